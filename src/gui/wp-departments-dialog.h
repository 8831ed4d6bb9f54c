/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_DEPARTMENTS_DIALOG (wp_departments_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WpDepartmentsDialog, wp_departments_dialog, WP, DEPARTMENTS_DIALOG,
                      AdwWindow)

/* A window on the departments of @store, in their order, with the number of tasks that
 * name each: add, rename in place, reorder, merge one into another, delete unused ones.
 * Every change is written at once. */
WpDepartmentsDialog *wp_departments_dialog_new     (GtkWindow *parent,
                                                    WpStore   *store);
/* Creates the dialog and presents it; returns it (transfer none: it closes itself). */
WpDepartmentsDialog *wp_departments_dialog_present (GtkWindow *parent,
                                                    WpStore   *store);

G_END_DECLS
