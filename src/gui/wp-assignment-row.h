/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-assignment.h"

G_BEGIN_DECLS

#define WP_TYPE_ASSIGNMENT_ROW (wp_assignment_row_get_type ())
G_DECLARE_FINAL_TYPE (WpAssignmentRow, wp_assignment_row, WP, ASSIGNMENT_ROW, AdwActionRow)

/* A department responsible for a task, with its role as a Lead / Support switch.
 * Signals: "role-changed" (int role, a WpRole) when the user picks the other role;
 * "remove" () when the user takes the department off the task. */
GtkWidget    *wp_assignment_row_new            (void);
WpAssignment *wp_assignment_row_get_assignment (WpAssignmentRow *self);
void          wp_assignment_row_set_assignment (WpAssignmentRow *self,
                                                WpAssignment    *assignment);

G_END_DECLS
