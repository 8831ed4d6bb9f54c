/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The text of a Word document (.docx) held in @bytes: one line per paragraph of the
 * body, table cells included, each starting with the list number Word shows for it.
 * Fails with WP_IMPORT_ERROR_DAMAGED (or _TOO_LARGE for a ZIP bomb) naming
 * @display_name. */
char *wp_docx_read_text (GBytes        *bytes,
                         const char    *display_name,
                         GCancellable  *cancellable,
                         GError       **error);

G_END_DECLS
