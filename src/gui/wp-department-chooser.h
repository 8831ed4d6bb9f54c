/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_DEPARTMENT_CHOOSER (wp_department_chooser_get_type ())
G_DECLARE_FINAL_TYPE (WpDepartmentChooser, wp_department_chooser, WP, DEPARTMENT_CHOOSER,
                      GtkWidget)

/* An "add" button whose popover finds a department of the store as the user types, or
 * takes what was typed as the name of a new one.
 * Signal "chosen" (const char *name): the user picked or typed @name. */
GtkWidget *wp_department_chooser_new       (void);
void       wp_department_chooser_set_store (WpDepartmentChooser *self,
                                            WpStore             *store);

G_END_DECLS
