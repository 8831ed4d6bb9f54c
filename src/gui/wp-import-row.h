/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-outline.h"

G_BEGIN_DECLS

#define WP_TYPE_IMPORT_ROW (wp_import_row_get_type ())
G_DECLARE_FINAL_TYPE (WpImportRow, wp_import_row, WP, IMPORT_ROW, GtkWidget)

/* One line of an imported document in the import preview: its number and text, indented
 * by its level, with a choice of its kind and buttons that change its level. A change
 * made here is made on the WpOutline at once and announced by "changed". */
GtkWidget *wp_import_row_new      (void);
void       wp_import_row_bind     (WpImportRow *self,
                                   WpOutline   *outline,
                                   guint        line);
void       wp_import_row_unbind   (WpImportRow *self);
/* Shows the line's kind and level again, after a change made elsewhere. */
void       wp_import_row_update   (WpImportRow *self);
guint      wp_import_row_get_line (WpImportRow *self);

G_END_DECLS
