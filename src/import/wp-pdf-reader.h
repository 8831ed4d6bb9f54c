/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-import.h"

G_BEGIN_DECLS

/* The text of the PDF held in @bytes, page by page through poppler, rebuilt into
 * paragraphs by wp_pdf_layout_paragraphs(); empty for a scan. @progress hears after
 * every page. Fails with WP_IMPORT_ERROR_ENCRYPTED or _DAMAGED naming @display_name. */
char *wp_pdf_read_text (GBytes            *bytes,
                        const char        *display_name,
                        WpImportProgress   progress,
                        gpointer           progress_data,
                        GCancellable      *cancellable,
                        GError           **error);

G_END_DECLS
