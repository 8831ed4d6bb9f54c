/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-page-layout.h"

G_BEGIN_DECLS

/* Writes @layout's @pages (GArray of WpPageItem) to @stream as a PDF with the document's
 * metadata and its headings as bookmarks. Cancelling stops between pages and leaves the
 * stream without a complete PDF. */
gboolean wp_page_pdf_write (WpPageLayout   *layout,
                            GPtrArray      *pages,
                            GOutputStream  *stream,
                            GCancellable   *cancellable,
                            WpProgressFunc  progress,
                            gpointer        progress_data,
                            GError        **error);

G_END_DECLS
