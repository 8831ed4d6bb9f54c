/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-department-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-department-row.h"
#include "wp-resources.h"

/* Renaming in place uses a label and an entry of our own rather than GtkEditableLabel:
 * GTK 4.8's version leaves a timeout behind when focus leaves it, which crashes once its
 * row is replaced (as every change to the list does) within 100 ms. */
struct _WpDepartmentRow
{
  GtkWidget     parent_instance;

  GtkStack     *name_stack;
  GtkLabel     *name_label;
  GtkEntry     *name_entry;
  GtkLabel     *count_label;

  WpDepartment *department;
};

G_DEFINE_FINAL_TYPE (WpDepartmentRow, wp_department_row, GTK_TYPE_WIDGET)

typedef struct
{
  GtkWidget *row;
  GVariant  *parameter;
} Rename;

static void
rename_free (gpointer data)
{
  Rename *rename = data;

  g_object_unref (rename->row);
  g_variant_unref (rename->parameter);
  g_free (rename);
}

static gboolean
activate_rename (gpointer data)
{
  Rename *rename = data;

  gtk_widget_activate_action_variant (rename->row, "departments.rename", rename->parameter);
  return G_SOURCE_REMOVE;
}

static gboolean
is_editing (WpDepartmentRow *self)
{
  return gtk_stack_get_visible_child (self->name_stack) == GTK_WIDGET (self->name_entry);
}

static void
show_name (WpDepartmentRow *self)
{
  gtk_stack_set_visible_child (self->name_stack, GTK_WIDGET (self->name_label));
}

static void
start_editing (WpDepartmentRow *self)
{
  if (self->department == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), wp_department_get_name (self->department));
  gtk_stack_set_visible_child (self->name_stack, GTK_WIDGET (self->name_entry));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

/* The rename reloads the list, which replaces this row: it waits until the entry has
 * finished the signal that ended the edit. */
static void
finish_editing (WpDepartmentRow *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  Rename *rename;

  if (self->department == NULL || !is_editing (self))
    return;
  show_name (self);
  if (g_str_equal (name, wp_department_get_name (self->department)))
    return;
  rename = g_new0 (Rename, 1);
  rename->row = g_object_ref (GTK_WIDGET (self));
  rename->parameter = g_variant_ref_sink (g_variant_new ("(xs)",
                                                         wp_department_get_id (self->department),
                                                         name));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, activate_rename, rename, rename_free);
}

static void
rename_department (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  start_editing (WP_DEPARTMENT_ROW (widget));
}

static void
on_name_label_pressed (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       WpDepartmentRow *self)
{
  if (n_press == 2)
    start_editing (self);
}

/* Escape gives the name back unchanged, and does not close the dialog. */
static gboolean
on_name_entry_key_pressed (WpDepartmentRow *self,
                           guint            keyval,
                           guint            keycode,
                           GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape || !is_editing (self))
    return GDK_EVENT_PROPAGATE;
  show_name (self);
  return GDK_EVENT_STOP;
}

static void
wp_department_row_dispose (GObject *object)
{
  WpDepartmentRow *self = WP_DEPARTMENT_ROW (object);

  /* First: the entry losing focus as it goes is no rename. */
  g_clear_object (&self->department);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_DEPARTMENT_ROW);

  G_OBJECT_CLASS (wp_department_row_parent_class)->dispose (object);
}

static void
wp_department_row_class_init (WpDepartmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_department_row_dispose;

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-department-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentRow, name_stack);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentRow, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_label_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_entry_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, finish_editing);
  /* Not kept in the struct (its action drives it), but reachable by name. */
  gtk_widget_class_bind_template_child_full (widget_class, "rename_button", FALSE, 0);
  gtk_widget_class_install_action (widget_class, "row.rename", NULL, rename_department);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
wp_department_row_init (WpDepartmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
wp_department_row_new (void)
{
  return g_object_new (WP_TYPE_DEPARTMENT_ROW, NULL);
}

static char *
format_count (guint n_tasks)
{
  if (n_tasks == 0)
    return g_strdup (_("Not used"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n_tasks), n_tasks);
}

void
wp_department_row_bind (WpDepartmentRow *self,
                        WpDepartment    *department,
                        guint            n_tasks)
{
  g_autofree char *count = format_count (n_tasks);

  g_return_if_fail (WP_IS_DEPARTMENT_ROW (self));
  g_return_if_fail (WP_IS_DEPARTMENT (department));

  g_set_object (&self->department, department);
  show_name (self);
  gtk_label_set_label (self->name_label, wp_department_get_name (department));
  gtk_label_set_label (self->count_label, count);
}

void
wp_department_row_unbind (WpDepartmentRow *self)
{
  g_return_if_fail (WP_IS_DEPARTMENT_ROW (self));

  g_clear_object (&self->department);
}

WpDepartment *
wp_department_row_get_department (WpDepartmentRow *self)
{
  g_return_val_if_fail (WP_IS_DEPARTMENT_ROW (self), NULL);

  return self->department;
}
