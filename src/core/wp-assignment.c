/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-assignment"

#include "config.h"

#include "wp-assignment.h"

struct _WpAssignment
{
  GObject  parent_instance;

  gint64   node_id;
  gint64   department_id;
  char    *department_name;
  WpRole   role;
};

G_DEFINE_FINAL_TYPE (WpAssignment, wp_assignment, G_TYPE_OBJECT)

static void
wp_assignment_finalize (GObject *object)
{
  WpAssignment *self = WP_ASSIGNMENT (object);

  g_free (self->department_name);

  G_OBJECT_CLASS (wp_assignment_parent_class)->finalize (object);
}

static void
wp_assignment_class_init (WpAssignmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_assignment_finalize;
}

static void
wp_assignment_init (WpAssignment *self)
{
}

WpAssignment *
wp_assignment_new (gint64      node_id,
                   gint64      department_id,
                   const char *department_name,
                   WpRole      role)
{
  WpAssignment *self = g_object_new (WP_TYPE_ASSIGNMENT, NULL);

  self->node_id = node_id;
  self->department_id = department_id;
  self->department_name = g_strdup (department_name);
  self->role = role;
  return self;
}

gint64
wp_assignment_get_node_id (WpAssignment *self)
{
  g_return_val_if_fail (WP_IS_ASSIGNMENT (self), 0);
  return self->node_id;
}

gint64
wp_assignment_get_department_id (WpAssignment *self)
{
  g_return_val_if_fail (WP_IS_ASSIGNMENT (self), 0);
  return self->department_id;
}

const char *
wp_assignment_get_department_name (WpAssignment *self)
{
  g_return_val_if_fail (WP_IS_ASSIGNMENT (self), NULL);
  return self->department_name;
}

WpRole
wp_assignment_get_role (WpAssignment *self)
{
  g_return_val_if_fail (WP_IS_ASSIGNMENT (self), WP_ROLE_LEAD);
  return self->role;
}
