/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-department"

#include "config.h"

#include "wp-department.h"

struct _WpDepartment
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *full_name;
  guint    position;
};

G_DEFINE_FINAL_TYPE (WpDepartment, wp_department, G_TYPE_OBJECT)

static void
wp_department_finalize (GObject *object)
{
  WpDepartment *self = WP_DEPARTMENT (object);

  g_free (self->name);
  g_free (self->full_name);

  G_OBJECT_CLASS (wp_department_parent_class)->finalize (object);
}

static void
wp_department_class_init (WpDepartmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_department_finalize;
}

static void
wp_department_init (WpDepartment *self)
{
}

WpDepartment *
wp_department_new (gint64      id,
                   const char *name,
                   const char *full_name,
                   guint       position)
{
  WpDepartment *self = g_object_new (WP_TYPE_DEPARTMENT, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->full_name = g_strdup (full_name ? full_name : "");
  self->position = position;
  return self;
}

gint64
wp_department_get_id (WpDepartment *self)
{
  g_return_val_if_fail (WP_IS_DEPARTMENT (self), 0);
  return self->id;
}

const char *
wp_department_get_name (WpDepartment *self)
{
  g_return_val_if_fail (WP_IS_DEPARTMENT (self), NULL);
  return self->name;
}

const char *
wp_department_get_full_name (WpDepartment *self)
{
  g_return_val_if_fail (WP_IS_DEPARTMENT (self), NULL);
  return self->full_name;
}

guint
wp_department_get_position (WpDepartment *self)
{
  g_return_val_if_fail (WP_IS_DEPARTMENT (self), 0);
  return self->position;
}
