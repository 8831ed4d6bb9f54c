/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_OUTLINE_ROW (wp_outline_row_get_type ())
G_DECLARE_FINAL_TYPE (WpOutlineRow, wp_outline_row, WP, OUTLINE_ROW, GtkWidget)

/* One recycled row of the outline: expander, number and title of a node. */
GtkWidget  *wp_outline_row_new        (void);
/* Shows the WpNode of @list_row, numbered in @style, and follows its changes. */
void        wp_outline_row_bind       (WpOutlineRow   *self,
                                       WpStore        *store,
                                       WpNumbering     style,
                                       GtkTreeListRow *list_row);
void        wp_outline_row_unbind     (WpOutlineRow   *self);
const char *wp_outline_row_get_number (WpOutlineRow   *self);
const char *wp_outline_row_get_title  (WpOutlineRow   *self);

G_END_DECLS
