/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-assignment-row"

#include "config.h"

#include "wp-assignment-row.h"
#include "wp-resources.h"

struct _WpAssignmentRow
{
  AdwActionRow     parent_instance;

  GtkToggleButton *lead_button;
  GtkToggleButton *support_button;

  WpAssignment    *assignment;
  /* Set while the buttons are made to show the stored role. */
  gboolean         showing_role;
};

G_DEFINE_FINAL_TYPE (WpAssignmentRow, wp_assignment_row, ADW_TYPE_ACTION_ROW)

enum
{
  ROLE_CHANGED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Both buttons of the group report a toggle; only the one turned on names the role. */
static void
on_role_button_toggled (WpAssignmentRow *self,
                        GtkToggleButton *button)
{
  WpRole role = button == self->lead_button ? WP_ROLE_LEAD : WP_ROLE_SUPPORT;

  if (self->showing_role || !gtk_toggle_button_get_active (button))
    return;
  g_signal_emit (self, signals[ROLE_CHANGED], 0, (int) role);
}

static void
on_remove_button_clicked (WpAssignmentRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

WpAssignment *
wp_assignment_row_get_assignment (WpAssignmentRow *self)
{
  g_return_val_if_fail (WP_IS_ASSIGNMENT_ROW (self), NULL);

  return self->assignment;
}

void
wp_assignment_row_set_assignment (WpAssignmentRow *self,
                                  WpAssignment    *assignment)
{
  WpRole role;

  g_return_if_fail (WP_IS_ASSIGNMENT_ROW (self));
  g_return_if_fail (WP_IS_ASSIGNMENT (assignment));

  g_set_object (&self->assignment, assignment);
  role = wp_assignment_get_role (assignment);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 wp_assignment_get_department_name (assignment));
  self->showing_role = TRUE;
  gtk_toggle_button_set_active (role == WP_ROLE_LEAD ? self->lead_button : self->support_button,
                                TRUE);
  self->showing_role = FALSE;
}

static void
wp_assignment_row_dispose (GObject *object)
{
  WpAssignmentRow *self = WP_ASSIGNMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_ASSIGNMENT_ROW);
  g_clear_object (&self->assignment);

  G_OBJECT_CLASS (wp_assignment_row_parent_class)->dispose (object);
}

static void
wp_assignment_row_class_init (WpAssignmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_assignment_row_dispose;

  signals[ROLE_CHANGED] =
    g_signal_new ("role-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-assignment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpAssignmentRow, lead_button);
  gtk_widget_class_bind_template_child (widget_class, WpAssignmentRow, support_button);
  gtk_widget_class_bind_template_callback (widget_class, on_role_button_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_button_clicked);
}

static void
wp_assignment_row_init (WpAssignmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
wp_assignment_row_new (void)
{
  return g_object_new (WP_TYPE_ASSIGNMENT_ROW, NULL);
}
