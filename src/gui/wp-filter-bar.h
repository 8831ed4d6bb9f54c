/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-node-filter.h"
#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_FILTER_BAR (wp_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (WpFilterBar, wp_filter_bar, WP, FILTER_BAR, GtkWidget)

/* The outline's search bar: text, lead department, status, light, overdue and key tasks,
 * written into a WpNodeFilter as the user changes them. Escape or its close button hides
 * it and clears the filter. Property "revealed" (boolean) says whether it shows. */
GtkWidget *wp_filter_bar_new          (void);
/* The filter the bar edits, and the store whose departments it offers. */
void       wp_filter_bar_setup        (WpFilterBar  *self,
                                       WpNodeFilter *filter,
                                       WpStore      *store);
/* Shows the bar, or brings the focus back to it, ready for typing. */
void       wp_filter_bar_reveal       (WpFilterBar  *self);
/* Hides the bar and clears the filter. */
void       wp_filter_bar_dismiss      (WpFilterBar  *self);
gboolean   wp_filter_bar_get_revealed (WpFilterBar  *self);

G_END_DECLS
