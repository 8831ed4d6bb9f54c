/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-departments-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-department-row.h"
#include "wp-departments-dialog.h"
#include "wp-resources.h"
#include "wp-toast.h"

struct _WpDepartmentsDialog
{
  AdwWindow           parent_instance;

  AdwToastOverlay    *toast_overlay;
  GtkEntry           *add_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;

  WpStore            *store;
  GListStore         *departments;
  gint64              merging_id;   /* the department the merge dialog asks about */
};

G_DEFINE_FINAL_TYPE (WpDepartmentsDialog, wp_departments_dialog, ADW_TYPE_WINDOW)

static void
show_toast (WpDepartmentsDialog *self,
            const char          *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, wp_toast_new_literal (message));
}

static WpDepartment *
get_selected (WpDepartmentsDialog *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (WpDepartmentsDialog *self)
{
  WpDepartment *selected = get_selected (self);
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->departments));
  GtkWidget *widget = GTK_WIDGET (self);
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry)));

  gtk_widget_action_set_enabled (widget, "departments.add", *g_strstrip (name) != '\0');
  gtk_widget_action_set_enabled (widget, "departments.move-up", selected != NULL && position > 0);
  gtk_widget_action_set_enabled (widget, "departments.move-down",
                                 selected != NULL && position + 1 < n_items);
  gtk_widget_action_set_enabled (widget, "departments.merge", selected != NULL && n_items > 1);
  gtk_widget_action_set_enabled (widget, "departments.delete",
                                 selected != NULL &&
                                 wp_store_count_department_tasks (self->store,
                                                                  wp_department_get_id (selected))
                                 == 0);
}

/* Reads the list again after a change, selecting @select_id (or keeping the place). */
static void
reload (WpDepartmentsDialog *self,
        gint64               select_id)
{
  g_autoptr(GPtrArray) departments = wp_store_list_departments (self->store);
  guint selected = gtk_single_selection_get_selected (self->selection);

  g_list_store_splice (self->departments, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->departments)),
                       departments->pdata, departments->len);
  for (guint i = 0; i < departments->len; i++)
    {
      if (wp_department_get_id (g_ptr_array_index (departments, i)) == select_id)
        selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = 0;
  if (departments->len > 0)
    gtk_single_selection_set_selected (self->selection, MIN (selected, departments->len - 1));
  gtk_stack_set_visible_child_name (self->stack, departments->len > 0 ? "list" : "empty");
  update_actions (self);
}

/* Shows what went wrong, or reloads and returns TRUE. */
static gboolean
finish_change (WpDepartmentsDialog *self,
               gboolean             ok,
               GError              *error,
               gint64               select_id)
{
  reload (self, select_id);
  if (!ok)
    show_toast (self, error->message);
  return ok;
}

static void
add_department (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WpDepartmentsDialog *self = WP_DEPARTMENTS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = wp_store_add_department (self->store, gtk_editable_get_text (GTK_EDITABLE (self->add_entry)),
                                &error);
  if (finish_change (self, id != 0, error, id))
    gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
}

static void
rename_department (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  WpDepartmentsDialog *self = WP_DEPARTMENTS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  const char *name;
  gint64 id;
  gboolean ok;

  g_variant_get (parameter, "(x&s)", &id, &name);
  ok = wp_store_rename_department (self->store, id, name, &error);
  /* On failure too: the row shows the name the department still has. */
  finish_change (self, ok, error, id);
}

static void
move_selected (WpDepartmentsDialog *self,
               int                  delta)
{
  WpDepartment *selected = get_selected (self);
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(GError) error = NULL;
  gint64 id;
  gboolean ok;

  if (selected == NULL)
    return;
  id = wp_department_get_id (selected);
  ok = wp_store_move_department (self->store, id, (int) position + delta, &error);
  finish_change (self, ok, error, id);
}

static void
move_up (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  move_selected (WP_DEPARTMENTS_DIALOG (widget), -1);
}

static void
move_down (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  move_selected (WP_DEPARTMENTS_DIALOG (widget), 1);
}

static void
delete_department (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  WpDepartmentsDialog *self = WP_DEPARTMENTS_DIALOG (widget);
  WpDepartment *selected = get_selected (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (selected == NULL)
    return;
  ok = wp_store_delete_department (self->store, wp_department_get_id (selected), &error);
  finish_change (self, ok, error, 0);
}

static void
on_merge_response (AdwMessageDialog    *dialog,
                   const char          *response,
                   WpDepartmentsDialog *self)
{
  GtkDropDown *targets = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  WpDepartment *into = gtk_drop_down_get_selected_item (targets);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "merge") || into == NULL)
    return;
  ok = wp_store_merge_departments (self->store, wp_department_get_id (into), self->merging_id,
                                   &error);
  finish_change (self, ok, error, wp_department_get_id (into));
}

static char *
dup_department_name (WpDepartment *department)
{
  return g_strdup (wp_department_get_name (department));
}

/* A drop-down of the departments other than @except_id. */
static GtkWidget *
create_target_list (WpDepartmentsDialog *self,
                    gint64               except_id)
{
  GListStore *targets = g_list_store_new (WP_TYPE_DEPARTMENT);
  GtkExpression *name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                     G_CALLBACK (dup_department_name),
                                                     NULL, NULL);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->departments));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(WpDepartment) department = g_list_model_get_item (G_LIST_MODEL (self->departments),
                                                                  i);

      if (wp_department_get_id (department) != except_id)
        g_list_store_append (targets, department);
    }
  return gtk_drop_down_new (G_LIST_MODEL (targets), name);
}

static char *
describe_merge (WpDepartmentsDialog *self,
                WpDepartment        *from)
{
  guint n_tasks = wp_store_count_department_tasks (self->store, wp_department_get_id (from));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u task moves to the department chosen below, and "
                                       "this department is removed.",
                                       "%u tasks move to the department chosen below, and "
                                       "this department is removed.", n_tasks),
                          n_tasks);
}

/* Asks which department takes over the selected one, saying how many tasks move. */
static void
merge_department (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WpDepartmentsDialog *self = WP_DEPARTMENTS_DIALOG (widget);
  WpDepartment *from = get_selected (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (from == NULL)
    return;
  self->merging_id = wp_department_get_id (from);
  heading = g_strdup_printf (_("Merge “%s” Into Another Department?"),
                             wp_department_get_name (from));
  body = describe_merge (self, from);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_set_extra_child (dialog, create_target_list (self, self->merging_id));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_merge_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  WpDepartmentsDialog      *self)
{
  gtk_list_item_set_child (item, wp_department_row_new ());
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 WpDepartmentsDialog      *self)
{
  WpDepartment *department = gtk_list_item_get_item (item);

  wp_department_row_bind (WP_DEPARTMENT_ROW (gtk_list_item_get_child (item)), department,
                          wp_store_count_department_tasks (self->store,
                                                           wp_department_get_id (department)));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   WpDepartmentsDialog      *self)
{
  wp_department_row_unbind (WP_DEPARTMENT_ROW (gtk_list_item_get_child (item)));
}

static void
on_add_entry_activate (WpDepartmentsDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "departments.add", NULL);
}

static void
wp_departments_dialog_dispose (GObject *object)
{
  WpDepartmentsDialog *self = WP_DEPARTMENTS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_DEPARTMENTS_DIALOG);
  g_clear_object (&self->departments);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_departments_dialog_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  static const char *const buttons[] = {
    "add_button", "move_up_button", "move_down_button", "merge_button", "delete_button",
  };

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/"
                                               "wp-departments-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentsDialog, add_entry);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentsDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentsDialog, selection);
  /* Not kept in the struct (the actions drive them), but reachable by name. */
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    gtk_widget_class_bind_template_child_full (widget_class, buttons[i], FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_add_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "departments.add", NULL, add_department);
  gtk_widget_class_install_action (widget_class, "departments.rename", "(xs)",
                                   rename_department);
  gtk_widget_class_install_action (widget_class, "departments.move-up", NULL, move_up);
  gtk_widget_class_install_action (widget_class, "departments.move-down", NULL, move_down);
  gtk_widget_class_install_action (widget_class, "departments.merge", NULL, merge_department);
  gtk_widget_class_install_action (widget_class, "departments.delete", NULL, delete_department);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "departments.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "departments.move-down", NULL);
}

static void
wp_departments_dialog_class_init (WpDepartmentsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_departments_dialog_dispose;

  bind_template (widget_class);
  install_actions (widget_class);
}

static void
wp_departments_dialog_init (WpDepartmentsDialog *self)
{
  self->departments = g_list_store_new (WP_TYPE_DEPARTMENT);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->departments));
}

WpDepartmentsDialog *
wp_departments_dialog_new (GtkWindow *parent,
                           WpStore   *store)
{
  WpDepartmentsDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WP_IS_STORE (store), NULL);

  self = g_object_new (WP_TYPE_DEPARTMENTS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  reload (self, 0);
  return self;
}

WpDepartmentsDialog *
wp_departments_dialog_present (GtkWindow *parent,
                               WpStore   *store)
{
  WpDepartmentsDialog *self = wp_departments_dialog_new (parent, store);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
