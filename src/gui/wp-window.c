/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-bench.h"
#include "wp-dashboard-view.h"
#include "wp-departments-dialog.h"
#include "wp-import-dialog.h"
#include "wp-outline-view.h"
#include "wp-plan-dialog.h"
#include "wp-plan-list.h"
#include "wp-resources.h"
#include "wp-restore-dialog.h"
#include "wp-sample.h"
#include "wp-summary-view.h"
#include "wp-task-editor.h"
#include "wp-window.h"
#include "wp-toast.h"

struct _WpWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkDropDown          *plan_dropdown;
  GtkStack             *content_stack;
  AdwViewStack         *view_stack;
  WpOutlineView        *outline;
  AdwBin               *editor_slot;
  WpTaskEditor         *editor;
  WpDashboardView      *dashboard;
  WpSummaryView        *summary;

  WpStore              *store;
  WpHistory            *history;
  WpPlanList           *plans;
  GSettings            *settings;   /* NULL when the schema is not installed */
  gint64                reveal_id;  /* the node to select once the outline is filtered */
  guint                 reveal_source;
  guint                 refresh_source; /* the timer that looks for changes made elsewhere */
};

G_DEFINE_FINAL_TYPE (WpWindow, wp_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_plan_label (WpPlan     *plan,
                   guint       year,
                   const char *title,
                   gpointer    user_data)
{
  return g_strdup_printf ("%u %s", year, title);
}

static void
show_error (WpWindow     *self,
            const GError *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, wp_toast_new_literal (error->message));
}

static WpPlan *
get_selected_plan (WpWindow *self)
{
  return gtk_drop_down_get_selected_item (self->plan_dropdown);
}

static void
update_plan_actions (WpWindow *self)
{
  gboolean has_plan = get_selected_plan (self) != NULL;
  const char *names[] = { "edit-plan", "delete-plan", "carry-plan" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), has_plan);
    }
}

static void
update_empty_state (WpWindow *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->plans)) == 0;

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "plans");
  gtk_widget_set_visible (GTK_WIDGET (self->plan_dropdown), !empty);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, !empty);
}

static void
on_plans_items_changed (WpWindow   *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *plans)
{
  update_empty_state (self);
}

static void
on_plan_dropdown_selected_item_changed (WpWindow *self)
{
  WpPlan *plan = get_selected_plan (self);
  gint64 plan_id = plan != NULL ? wp_plan_get_id (plan) : 0;

  wp_outline_view_set_plan (self->outline, plan);
  wp_dashboard_view_set_plan (self->dashboard, self->store, plan_id);
  wp_summary_view_set_plan (self->summary, self->store, plan_id);
  update_plan_actions (self);
}

static void
on_outline_selected_node_changed (WpWindow *self)
{
  g_autoptr(WpNode) node = wp_outline_view_get_selected_node (self->outline);

  if (self->editor != NULL)
    wp_task_editor_set_node (self->editor, node);
}

static void
setup_plan_dropdown (WpWindow *self)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (WP_TYPE_PLAN, NULL, "year"),
    gtk_property_expression_new (WP_TYPE_PLAN, NULL, "title"),
  };
  g_autoptr(GtkExpression) label = NULL;

  label = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                       G_CALLBACK (format_plan_label), NULL, NULL);
  gtk_drop_down_set_expression (self->plan_dropdown, label);
  gtk_drop_down_set_model (self->plan_dropdown, G_LIST_MODEL (self->plans));
}

static void
select_plan (WpWindow *self,
             gint64    plan_id)
{
  guint n_plans = g_list_model_get_n_items (G_LIST_MODEL (self->plans));

  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(WpPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      if (wp_plan_get_id (plan) == plan_id)
        {
          gtk_drop_down_set_selected (self->plan_dropdown, i);
          return;
        }
    }
}

static void
on_plan_chosen (WpWindow *self,
                gint64    plan_id)
{
  select_plan (self, plan_id);
}

/* Importing */

GtkWindow *
wp_window_import_file (WpWindow *self,
                       GFile    *file)
{
  WpImportDialog *dialog;

  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  dialog = wp_import_dialog_new (GTK_WINDOW (self), self->store, file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_plan_chosen), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
on_import_chooser_response (WpWindow             *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    wp_window_import_file (self, file);
}

static GtkFileFilter *
create_plan_filter (void)
{
  const char *suffixes[] = { "txt", "md", "pdf", "docx", "json" };
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Plans (text, Word, PDF, Workplan)"));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);

  return filter;
}

static void
on_import_activate (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) plans = create_plan_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  /* Our reference, dropped once the user has answered. */
  chooser = gtk_file_chooser_native_new (_("Import Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plans);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect_swapped (chooser, "response", G_CALLBACK (on_import_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Editing */

/* The selected node stays selected when the step leaves it in the plan. */
static void
step_history (WpWindow  *self,
              gboolean (*step) (WpHistory *, GError **))
{
  g_autoptr(WpNode) selected = wp_outline_view_get_selected_node (self->outline);
  g_autoptr(GError) error = NULL;

  if (!step (self->history, &error))
    {
      show_error (self, error);
      return;
    }
  if (selected != NULL)
    wp_outline_view_select_node (self->outline, wp_node_get_id (selected));
}

static void
on_undo_activate (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  step_history (WP_WINDOW (user_data), wp_history_undo);
}

static void
on_redo_activate (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  step_history (WP_WINDOW (user_data), wp_history_redo);
}

static void
on_find_activate (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);

  adw_view_stack_set_visible_child_name (self->view_stack, "outline");
  wp_outline_view_show_filter_bar (self->outline);
}

/* Views */

static void
on_view_activate (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* Runs after the outline has applied its filter (a high-priority idle). */
static gboolean
reveal_node_cb (gpointer user_data)
{
  WpWindow *self = user_data;

  self->reveal_source = 0;
  wp_outline_view_select_node (self->outline, self->reveal_id);
  return G_SOURCE_REMOVE;
}

/* A click on the dashboard: the outline cut down to what was clicked, with the filter
 * bar open so that the user sees why, and @select_id (0: none) selected. */
static void
show_in_outline (WpWindow *self,
                 gint64    root_id,
                 gint64    department_id,
                 gint64    select_id)
{
  WpNodeFilter *filter = wp_outline_view_get_filter (self->outline);

  g_object_freeze_notify (G_OBJECT (filter));
  wp_node_filter_clear (filter);
  wp_node_filter_set_root_id (filter, root_id);
  wp_node_filter_set_department_id (filter, department_id);
  g_object_thaw_notify (G_OBJECT (filter));

  adw_view_stack_set_visible_child_name (self->view_stack, "outline");
  wp_outline_view_show_filter_bar (self->outline);
  self->reveal_id = select_id;
  if (select_id != 0 && self->reveal_source == 0)
    self->reveal_source = g_idle_add (reveal_node_cb, self);
}

static void
on_dashboard_activate_section (WpWindow *self,
                               gint64    node_id)
{
  show_in_outline (self, node_id, 0, node_id);
}

static void
on_dashboard_activate_department (WpWindow *self,
                                  gint64    department_id)
{
  show_in_outline (self, 0, department_id, 0);
}

static void
on_dashboard_activate_task (WpWindow *self,
                            gint64    node_id)
{
  show_in_outline (self, node_id, 0, node_id);
}

/* The light thresholds are settings; the outline, the dashboard and the summary follow
 * them. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

static void
apply_thresholds (WpWindow *self)
{
  WpLightThresholds thresholds = wp_light_thresholds_default ();

  if (self->settings != NULL)
    {
      thresholds.yellow_after = g_settings_get_double (self->settings, "light-yellow-after");
      thresholds.red_after = g_settings_get_double (self->settings, "light-red-after");
    }
  wp_outline_view_set_thresholds (self->outline, &thresholds);
  wp_dashboard_view_set_thresholds (self->dashboard, &thresholds);
  wp_summary_view_set_thresholds (self->summary, &thresholds);
}

/* Plans */

static void
present_plan_dialog (WpWindow *self,
                     WpPlan   *plan)
{
  WpPlanDialog *dialog = wp_plan_dialog_present (GTK_WINDOW (self), self->store, plan);

  g_signal_connect_object (dialog, "plan-saved", G_CALLBACK (on_plan_chosen), self,
                           G_CONNECT_SWAPPED);
}

static void
on_new_plan_activate (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  present_plan_dialog (WP_WINDOW (user_data), NULL);
}

static void
on_edit_plan_activate (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);

  present_plan_dialog (self, get_selected_plan (self));
}

static void
on_delete_plan_response (WpWindow         *self,
                         const char       *response,
                         AdwMessageDialog *dialog)
{
  WpPlan *plan = g_object_get_data (G_OBJECT (dialog), "plan");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") == 0
      && !wp_store_delete_plan (self->store, wp_plan_get_id (plan), &error))
    show_error (self, error);
}

static void
on_delete_plan_activate (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);
  WpPlan *plan = get_selected_plan (self);
  GtkWidget *dialog;

  if (plan == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                   _("Its sections, tasks, indicators and progress entries are "
                                     "deleted with it. This cannot be undone."));
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"),
                                     wp_plan_get_title (plan));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "plan", g_object_ref (plan), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_plan_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_carry_plan_activate (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);
  WpPlan *plan = get_selected_plan (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 plan_id;

  if (plan == NULL)
    return;
  plan_id = wp_store_carry_plan (self->store, wp_plan_get_id (plan), &error);
  if (plan_id == 0)
    {
      show_error (self, error);
      return;
    }
  select_plan (self, plan_id);
  message = g_strdup_printf (_("Unfinished tasks carried into %u"), wp_plan_get_year (plan) + 1);
  adw_toast_overlay_add_toast (self->toast_overlay, wp_toast_new_literal (message));
}

static void
on_open_sample_activate (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  gint64 plan_id = wp_sample_import (self->store, NULL, &error);
  GtkWidget *dialog;

  if (plan_id != 0)
    {
      select_plan (self, plan_id);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the Sample Plan"),
                                   error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_departments_activate (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);

  wp_departments_dialog_present (GTK_WINDOW (self), self->store);
}

static void
on_backup_restored (WpWindow   *self,
                    const char *message)
{
  wp_window_show_toast (self, message);
}

static void
on_restore_backup_activate (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);
  WpRestoreDialog *dialog = wp_restore_dialog_present (GTK_WINDOW (self), self->store);

  g_signal_connect_object (dialog, "restored", G_CALLBACK (on_backup_restored), self,
                           G_CONNECT_SWAPPED);
}

static const GActionEntry win_actions[] = {
  { "import", on_import_activate },
  { "undo", on_undo_activate },
  { "redo", on_redo_activate },
  { "find", on_find_activate },
  { "new-plan", on_new_plan_activate },
  { "edit-plan", on_edit_plan_activate },
  { "delete-plan", on_delete_plan_activate },
  { "carry-plan", on_carry_plan_activate },
  { "departments", on_departments_activate },
  { "restore-backup", on_restore_backup_activate },
  { "open-sample", on_open_sample_activate },
  { "view", on_view_activate, "s" },
};

/* Undo and redo are offered only when there is something to take back or make again. */
static void
bind_history_actions (WpWindow *self)
{
  g_object_bind_property (self->history, "can-undo",
                          g_action_map_lookup_action (G_ACTION_MAP (self), "undo"), "enabled",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->history, "can-redo",
                          g_action_map_lookup_action (G_ACTION_MAP (self), "redo"), "enabled",
                          G_BINDING_SYNC_CREATE);
}

static void
on_network_toast_button_clicked (WpWindow *self)
{
  g_autofree char *warning = wp_store_dup_network_warning (self->store);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                              _("Workbook on a Network Drive"), warning);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shown until dismissed, so that the user does not miss it (see
 * wp_store_is_on_network_drive()); short enough to be read whole, with the full story
 * one click away. */
static void
warn_about_network_drive (WpWindow *self)
{
  AdwToast *toast;

  if (!wp_store_is_on_network_drive (self->store))
    return;
  toast = wp_toast_new_literal (_("This workbook is on a network drive: do not open it on two "
                                  "computers at once"));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("Details"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_network_toast_button_clicked),
                           self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
wp_window_constructed (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  G_OBJECT_CLASS (wp_window_parent_class)->constructed (object);

  self->history = wp_history_new (self->store);
  bind_history_actions (self);
  /* The editor first: the outline tells it its selection from the start. */
  self->editor = WP_TASK_EDITOR (wp_task_editor_new (self->history));
  adw_bin_set_child (self->editor_slot, GTK_WIDGET (self->editor));
  wp_outline_view_set_history (self->outline, self->history);

  self->settings = create_settings ();
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::light-yellow-after",
                               G_CALLBACK (apply_thresholds), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::light-red-after",
                               G_CALLBACK (apply_thresholds), self, G_CONNECT_SWAPPED);
    }
  apply_thresholds (self);

  self->plans = wp_plan_list_new (self->store);
  g_signal_connect_object (self->plans, "items-changed",
                           G_CALLBACK (on_plans_items_changed), self, G_CONNECT_SWAPPED);
  /* Setting the model selects the first plan, which loads its outline. */
  setup_plan_dropdown (self);
  update_empty_state (self);
  update_plan_actions (self);
  warn_about_network_drive (self);
  wp_bench_attach (self);
}

/* Another window or program on the same workbook: what it changed shows here when the
 * user comes back to this window, and within seconds while they watch it. */

#define REFRESH_INTERVAL_SECONDS 2

static gboolean
refresh_store_cb (gpointer user_data)
{
  WpWindow *self = user_data;

  wp_store_refresh (self->store);
  return G_SOURCE_CONTINUE;
}

/* As the user comes back to the window; as they leave it too, which costs nothing. */
static void
on_is_active_changed (WpWindow *self)
{
  wp_store_refresh (self->store);
}

static void
on_map (WpWindow *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add_seconds (REFRESH_INTERVAL_SECONDS,
                                                  refresh_store_cb, self);
}

static void
on_unmap (WpWindow *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
}

static void
wp_window_dispose (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  g_clear_handle_id (&self->reveal_source, g_source_remove);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->plans);
  g_clear_object (&self->history);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_window_parent_class)->dispose (object);
}

static void
wp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WpWindow *self = WP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WpWindow *self = WP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* In the window rather than the application, so that a text field's own undo (Ctrl+Z
 * while typing) comes first. */
static void
add_bindings (GtkWidgetClass *widget_class)
{
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "win.view", "s", "outline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "win.view", "s", "dashboard");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK,
                                       "win.view", "s", "summary");
}

static void
wp_window_class_init (WpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wp_window_constructed;
  object_class->dispose = wp_window_dispose;
  object_class->get_property = wp_window_get_property;
  object_class->set_property = wp_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  add_bindings (widget_class);

  g_type_ensure (WP_TYPE_OUTLINE_VIEW);
  g_type_ensure (WP_TYPE_DASHBOARD_VIEW);
  g_type_ensure (WP_TYPE_SUMMARY_VIEW);
  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, dashboard);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, summary);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, editor_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_dropdown_selected_item_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_outline_selected_node_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_dashboard_activate_section);
  gtk_widget_class_bind_template_callback (widget_class, on_dashboard_activate_department);
  gtk_widget_class_bind_template_callback (widget_class, on_dashboard_activate_task);
}

static void
wp_window_init (WpWindow *self)
{
  /* In the window's action map, so that the application's accelerators reach them. */
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions),
                                   self);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_is_active_changed), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (on_unmap), NULL);
}

WpWindow *
wp_window_new (GtkApplication *application,
               WpStore        *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (WP_IS_STORE (store), NULL);

  return g_object_new (WP_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

WpStore *
wp_window_get_store (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->store;
}

WpHistory *
wp_window_get_history (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->history;
}

WpOutlineView *
wp_window_get_outline (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->outline;
}

WpDashboardView *
wp_window_get_dashboard (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->dashboard;
}

const char *
wp_window_get_view (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
wp_window_show_toast (WpWindow   *self,
                      const char *message)
{
  g_return_if_fail (WP_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, wp_toast_new_literal (message));
}
