/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-draft.h"
#include "wp-import-dialog.h"
#include "wp-import-row.h"
#include "wp-import.h"
#include "wp-resources.h"
#include "wp-toast.h"

struct _WpImportDialog
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkLabel            *loading_label;
  GtkProgressBar      *progress_bar;
  GtkLabel            *error_label;
  GtkWidget           *lines_pane;
  GtkListView         *lines_view;
  GtkWidget           *side_panel;
  GtkWidget           *plan_group;
  AdwEntryRow         *title_row;
  AdwEntryRow         *organization_row;
  AdwActionRow        *year_row;
  GtkSpinButton       *year_spin;
  AdwComboRow         *numbering_row;
  AdwPreferencesGroup *counts_group;
  GtkWidget           *plans_row;
  GtkLabel            *plans_label;
  GtkLabel            *sections_label;
  GtkLabel            *tasks_label;
  GtkLabel            *departments_label;
  GtkLabel            *indicators_label;

  WpStore             *store;
  GFile               *file;
  GCancellable        *cancellable;
  /* What was read: an outline for documents, the plans of a Workplan JSON file. */
  WpOutline           *outline;
  GPtrArray           *drafts;
  /* Every WpImportRow the list view made (not owned), to show changes of other lines. */
  GPtrArray           *rows;
  /* Share read in thousandths, written by the reading thread. */
  int                  progress;
  guint                n_items;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (WpImportDialog, wp_import_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_FILE,
  PROP_LOADING,
  N_PROPS
};

enum
{
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_json_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (basename, -1);

  return g_str_has_suffix (lower, ".json");
}

static void
store_progress (double   fraction,
                gpointer user_data)
{
  WpImportDialog *self = user_data;

  g_atomic_int_set (&self->progress, (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

/* Runs in a worker thread on the file in @task_data. The dialog may be closed meanwhile:
 * the task keeps it alive, and only its progress is touched here. Documents are parsed
 * here as well, since a long one takes time. */
static void
read_file_in_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  WpImportDialog *self = source_object;
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GPtrArray *drafts;

  if (is_json_file (file))
    {
      drafts = wp_import_file (file, store_progress, self, cancellable, &error);
      if (drafts == NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, drafts, (GDestroyNotify) g_ptr_array_unref);
      return;
    }

  text = wp_import_read_text (file, store_progress, self, cancellable, &error);
  if (text == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, wp_outline_parse (text), g_object_unref);
}

static void
set_loading (WpImportDialog *self,
             gboolean        loading)
{
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_import_enabled (WpImportDialog *self)
{
  gboolean has_title = TRUE;

  if (self->outline != NULL)
    has_title = *gtk_editable_get_text (GTK_EDITABLE (self->title_row)) != '\0';

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import",
                                 self->n_items > 0 && has_title);
}

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (label, text);
}

/* Counts of all plans of @drafts together. */
static void
show_counts (WpImportDialog *self,
             GPtrArray      *drafts)
{
  WpDraftCounts total = { 0, };

  for (guint i = 0; i < drafts->len; i++)
    {
      WpDraftCounts counts;

      wp_draft_plan_count (g_ptr_array_index (drafts, i), &counts);
      total.sections += counts.sections;
      total.tasks += counts.tasks;
      total.departments += counts.departments;
      total.indicators += counts.indicators;
    }

  set_count (self->plans_label, drafts->len);
  set_count (self->sections_label, total.sections);
  set_count (self->tasks_label, total.tasks);
  set_count (self->departments_label, total.departments);
  set_count (self->indicators_label, total.indicators);
  self->n_items = total.sections + total.tasks;
  set_import_enabled (self);
}

/* The plan as the preview now shows it, with the fields the user may have edited. */
static GPtrArray *
build_drafts (WpImportDialog *self)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_plan_free);
  WpDraftPlan *draft = wp_outline_build (self->outline);
  guint year = gtk_spin_button_get_value_as_int (self->year_spin);

  wp_plan_set_title (draft->plan, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  wp_plan_set_organization (draft->plan,
                            gtk_editable_get_text (GTK_EDITABLE (self->organization_row)));
  wp_plan_set_numbering (draft->plan, adw_combo_row_get_selected (self->numbering_row));
  if (year != wp_plan_get_year (draft->plan))
    {
      /* A period guessed for another year would not fit; unset, it follows the year. */
      wp_plan_set_year (draft->plan, year);
      wp_plan_set_period_start (draft->plan, NULL);
      wp_plan_set_period_end (draft->plan, NULL);
    }
  g_ptr_array_add (drafts, draft);

  return drafts;
}

static void
update_preview_counts (WpImportDialog *self)
{
  g_autoptr(GPtrArray) drafts = build_drafts (self);

  show_counts (self, drafts);
  /* A document without numbers can still be imported: the user marks its items. */
  adw_preferences_group_set_description (self->counts_group,
                                         self->n_items == 0
                                           ? _("No section or task was found. Choose the "
                                               "kind of the lines that are sections or tasks.")
                                           : NULL);
}

static void
show_error (WpImportDialog *self,
            const GError   *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* The current year stands in for a year the file does not give; the row says so, so
 * that the user checks it. */
static guint
guess_year (WpImportDialog *self)
{
  g_autoptr(GDateTime) now = NULL;
  guint year = wp_outline_get_year (self->outline);

  if (year != 0)
    return year;

  adw_action_row_set_subtitle (self->year_row, _("Not found in the file"));
  now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

/* A plan needs a title: without one the row is marked and nothing can be imported. */
static void
mark_missing_title (WpImportDialog *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->title_row)) == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
}

static void
fill_plan_fields (WpImportDialog *self)
{
  const char *title = wp_outline_get_title (self->outline);
  const char *organization = wp_outline_get_organization (self->outline);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  mark_missing_title (self);
  gtk_editable_set_text (GTK_EDITABLE (self->organization_row),
                         organization != NULL ? organization : "");
  gtk_spin_button_set_value (self->year_spin, guess_year (self));
  adw_combo_row_set_selected (self->numbering_row, wp_outline_get_numbering (self->outline));
}

static GtkSelectionModel *
create_lines_model (WpOutline *outline)
{
  GtkStringList *lines = gtk_string_list_new (NULL);
  guint n_lines = wp_outline_get_n_lines (outline);

  for (guint i = 0; i < n_lines; i++)
    gtk_string_list_append (lines, wp_outline_get_line_text (outline, i));

  return GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (lines)));
}

static void
show_outline (WpImportDialog *self,
              WpOutline      *outline)
{
  g_autoptr(GtkSelectionModel) model = NULL;

  self->outline = outline;
  fill_plan_fields (self);
  model = create_lines_model (outline);
  gtk_list_view_set_model (self->lines_view, model);
  update_preview_counts (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

/* "2019 Title", one line per plan. */
static char *
list_plans (GPtrArray *drafts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < drafts->len; i++)
    {
      WpPlan *plan = ((WpDraftPlan *) g_ptr_array_index (drafts, i))->plan;

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%u %s", wp_plan_get_year (plan), wp_plan_get_title (plan));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A Workplan file holds finished plans, perhaps several: there is nothing to preview or
 * edit, only what will be added. */
static void
show_drafts (WpImportDialog *self,
             GPtrArray      *drafts)
{
  g_autofree char *plans = list_plans (drafts);

  self->drafts = drafts;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->plans_row), plans);
  gtk_widget_set_visible (self->lines_pane, FALSE);
  gtk_widget_set_visible (self->plan_group, FALSE);
  gtk_widget_set_visible (self->plans_row, TRUE);
  gtk_widget_set_hexpand (self->side_panel, TRUE);
  show_counts (self, drafts);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
on_read_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  gpointer contents = g_task_propagate_pointer (G_TASK (result), &error);

  set_loading (self, FALSE);
  /* Cancelled: the dialog has been closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (contents == NULL)
    show_error (self, error);
  else if (is_json_file (self->file))
    show_drafts (self, contents);
  else
    show_outline (self, contents);
}

static gboolean
update_progress_bar (GtkWidget     *widget,
                     GdkFrameClock *frame_clock,
                     gpointer       user_data)
{
  WpImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar,
                                 g_atomic_int_get (&self->progress) / 1000.0);
  return self->loading ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
start_reading (WpImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *reading = g_strdup_printf (_("Reading “%s”…"), name);

  adw_window_title_set_subtitle (self->window_title, name);
  gtk_label_set_label (self->loading_label, reading);
  set_loading (self, TRUE);
  gtk_widget_add_tick_callback (GTK_WIDGET (self->progress_bar), update_progress_bar, self, NULL);

  task = g_task_new (self, self->cancellable, on_read_done, NULL);
  g_task_set_source_tag (task, start_reading);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, read_file_in_thread);
}

/* Nothing was written: the message stays until the user has read it, and the user may
 * try again or cancel. */
static void
show_write_error (WpImportDialog *self,
                  const GError   *error)
{
  AdwToast *toast = wp_toast_new_literal (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
import_plans (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (widget);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GArray) plan_ids = NULL;
  g_autoptr(GError) error = NULL;

  drafts = self->outline != NULL ? build_drafts (self) : g_ptr_array_ref (self->drafts);
  plan_ids = wp_store_import_drafts (self->store, drafts, &error);
  if (plan_ids == NULL)
    {
      show_write_error (self, error);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, g_array_index (plan_ids, gint64, 0));
  gtk_window_close (GTK_WINDOW (self));
}

/* A change of one line can move the lines after it: every row shown is brought up to
 * date, and the counts with them. */
static void
on_import_row_changed (WpImportDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    wp_import_row_update (g_ptr_array_index (self->rows, i));

  update_preview_counts (self);
}

static void
on_lines_factory_setup (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        WpImportDialog           *self)
{
  GtkWidget *row = wp_import_row_new ();

  g_signal_connect_object (row, "changed", G_CALLBACK (on_import_row_changed), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->rows, row);
  gtk_list_item_set_child (item, row);
}

static void
on_lines_factory_teardown (GtkSignalListItemFactory *factory,
                           GtkListItem              *item,
                           WpImportDialog           *self)
{
  g_ptr_array_remove_fast (self->rows, gtk_list_item_get_child (item));
}

static void
on_lines_factory_bind (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       WpImportDialog           *self)
{
  wp_import_row_bind (WP_IMPORT_ROW (gtk_list_item_get_child (item)), self->outline,
                      gtk_list_item_get_position (item));
}

static void
on_lines_factory_unbind (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         WpImportDialog           *self)
{
  wp_import_row_unbind (WP_IMPORT_ROW (gtk_list_item_get_child (item)));
}

static void
on_title_row_changed (WpImportDialog *self)
{
  mark_missing_title (self);
  set_import_enabled (self);
}

static gboolean
wp_import_dialog_close_request (GtkWindow *window)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (wp_import_dialog_parent_class)->close_request (window);
}

static void
wp_import_dialog_constructed (GObject *object)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (wp_import_dialog_parent_class)->constructed (object);

  start_reading (self);
}

static void
wp_import_dialog_dispose (GObject *object)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  /* The rows go with the list view; none of them is to be updated any more. */
  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->outline);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (wp_import_dialog_parent_class)->dispose (object);
}

static void
wp_import_dialog_finalize (GObject *object)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (wp_import_dialog_parent_class)->finalize (object);
}

static void
wp_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WpImportDialog *self = WP_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, loading_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, lines_pane);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, lines_view);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, side_panel);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, plan_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, organization_row);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, numbering_row);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, counts_group);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, plans_row);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, plans_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, sections_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, tasks_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, departments_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportDialog, indicators_label);
  gtk_widget_class_bind_template_callback (widget_class, on_lines_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_lines_factory_teardown);
  gtk_widget_class_bind_template_callback (widget_class, on_lines_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_lines_factory_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_title_row_changed);
}

static void
wp_import_dialog_class_init (WpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = wp_import_dialog_constructed;
  object_class->dispose = wp_import_dialog_dispose;
  object_class->finalize = wp_import_dialog_finalize;
  object_class->get_property = wp_import_dialog_get_property;
  object_class->set_property = wp_import_dialog_set_property;
  window_class->close_request = wp_import_dialog_close_request;
  install_properties (object_class);

  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_plans);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "import.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "import.import", NULL);
}

static void
wp_import_dialog_init (WpImportDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Nothing to import until the file is read. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", FALSE);
}

WpImportDialog *
wp_import_dialog_new (GtkWindow *parent,
                      WpStore   *store,
                      GFile     *file)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (WP_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "file", file,
                       NULL);
}

gboolean
wp_import_dialog_is_loading (WpImportDialog *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_DIALOG (self), FALSE);

  return self->loading;
}

WpOutline *
wp_import_dialog_get_outline (WpImportDialog *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_DIALOG (self), NULL);

  return self->outline;
}
