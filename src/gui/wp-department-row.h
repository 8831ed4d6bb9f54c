/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-department.h"

G_BEGIN_DECLS

#define WP_TYPE_DEPARTMENT_ROW (wp_department_row_get_type ())
G_DECLARE_FINAL_TYPE (WpDepartmentRow, wp_department_row, WP, DEPARTMENT_ROW, GtkWidget)

/* A row of the departments dialog: the name, renamed in place, and how many tasks name
 * the department. A rename activates "departments.rename" with (id, new name). */
GtkWidget    *wp_department_row_new            (void);
void          wp_department_row_bind           (WpDepartmentRow *self,
                                                WpDepartment    *department,
                                                guint            n_tasks);
void          wp_department_row_unbind         (WpDepartmentRow *self);
WpDepartment *wp_department_row_get_department (WpDepartmentRow *self);

G_END_DECLS
