/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-types.h"

G_BEGIN_DECLS

#define WP_TYPE_DEPARTMENT (wp_department_get_type ())
G_DECLARE_FINAL_TYPE (WpDepartment, wp_department, WP, DEPARTMENT, GObject)

WpDepartment *wp_department_new           (gint64        id,
                                           const char   *name,
                                           const char   *full_name,
                                           guint         position);
gint64        wp_department_get_id        (WpDepartment *self);
const char   *wp_department_get_name      (WpDepartment *self);
const char   *wp_department_get_full_name (WpDepartment *self);
guint         wp_department_get_position  (WpDepartment *self);

G_END_DECLS
