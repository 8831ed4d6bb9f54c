/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-types.h"

G_BEGIN_DECLS

#define WP_TYPE_ASSIGNMENT (wp_assignment_get_type ())
G_DECLARE_FINAL_TYPE (WpAssignment, wp_assignment, WP, ASSIGNMENT, GObject)

/* One department responsible for one node, with its role (a row of node_department). */
WpAssignment *wp_assignment_new                (gint64        node_id,
                                                gint64        department_id,
                                                const char   *department_name,
                                                WpRole        role);
gint64        wp_assignment_get_node_id        (WpAssignment *self);
gint64        wp_assignment_get_department_id  (WpAssignment *self);
const char   *wp_assignment_get_department_name (WpAssignment *self);
WpRole        wp_assignment_get_role           (WpAssignment *self);

G_END_DECLS
