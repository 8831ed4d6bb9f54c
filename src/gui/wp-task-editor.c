/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-task-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-assignment-row.h"
#include "wp-date-row.h"
#include "wp-department-chooser.h"
#include "wp-edit-tracker.h"
#include "wp-indicator-row.h"
#include "wp-progress-entry-row.h"
#include "wp-resources.h"
#include "wp-rollup.h"
#include "wp-task-editor.h"
#include "wp-toast.h"

/* The fields typed as text, stored after a pause rather than at every keystroke. */
typedef enum
{
  TEXT_TITLE,
  TEXT_BODY,
  TEXT_SUMMARY,
  TEXT_REASON,
  N_TEXT_FIELDS
} TextField;

static const struct
{
  const char *(*get) (WpNode     *node);
  void        (*set) (WpNode     *node,
                      const char *text);
} text_fields[N_TEXT_FIELDS] = {
  [TEXT_TITLE] = { wp_node_get_title, wp_node_set_title },
  [TEXT_BODY] = { wp_node_get_body, wp_node_set_body },
  [TEXT_SUMMARY] = { wp_node_get_summary, wp_node_set_summary },
  [TEXT_REASON] = { wp_node_get_reason, wp_node_set_reason },
};

struct _WpTaskEditor
{
  GtkWidget            parent_instance;

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkScrolledWindow   *scrolled_window;
  AdwPreferencesGroup *heading_group;
  AdwEntryRow         *title_row;
  GtkTextView         *body_view;
  GtkWidget           *rollup_group;
  GtkLevelBar         *rollup_level_bar;
  GtkLabel            *rollup_progress_label;
  GtkLabel            *rollup_light_label;
  GtkLabel            *rollup_tasks_label;
  GtkLabel            *rollup_done_label;
  GtkLabel            *rollup_at_risk_label;
  GtkLabel            *rollup_late_label;
  GtkWidget           *status_group;
  AdwComboRow         *status_row;
  GtkSwitch           *key_switch;
  AdwActionRow        *progress_row;
  GtkSpinButton       *progress_spin;
  GtkSwitch           *from_indicators_switch;
  WpDateRow           *start_row;
  WpDateRow           *due_row;
  WpDateRow           *completed_row;
  GtkWidget           *departments_group;
  GtkListBox          *departments_list;
  WpDepartmentChooser *department_chooser;
  GtkWidget           *indicators_group;
  GtkListBox          *indicators_list;
  GtkWidget           *record_group;
  WpDateRow           *entry_date_row;
  GtkSpinButton       *entry_progress_spin;
  AdwEntryRow         *entry_note_row;
  GtkWidget           *log_group;
  GtkListBox          *log_list;
  GtkWidget           *summary_group;
  GtkTextView         *summary_view;
  GtkWidget           *reason_group;
  GtkTextView         *reason_view;

  WpHistory           *history;
  WpStore             *store;
  WpNode              *node;
  GPtrArray           *indicators;  /* the node's, for its computed progress */
  WpEditTracker       *tracker;
  GtkTextView         *text_views[N_TEXT_FIELDS];  /* none for the title */
  /* Set while the widgets are made to show the node: their changes are not edits. */
  gboolean             refreshing;
  guint                rollup_source;
};

G_DEFINE_FINAL_TYPE (WpTaskEditor, wp_task_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GQuark row_key_quark;
static GQuark row_order_quark;

static void refresh_fields  (WpTaskEditor *self);
static void refresh_details (WpTaskEditor *self);

/* What is shown is what is stored: after a failed edit the form shows the store again. */
static void
report_error (WpTaskEditor *self,
              const GError *error)
{
  AdwToast *toast = wp_toast_new_literal (error->message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  if (self->node != NULL)
    {
      refresh_fields (self);
      refresh_details (self);
    }
}

/* An edit of the node's own fields: a copy of it, and whether a setter changed it. */
typedef struct
{
  WpNode   *copy;
  gulong    handler;
  gboolean  changed;
} NodeEdit;

static void
note_node_edit_changed (NodeEdit *edit)
{
  edit->changed = TRUE;
}

static void
node_edit_begin (WpTaskEditor *self,
                 NodeEdit     *edit)
{
  edit->copy = wp_node_copy (self->node);
  edit->changed = FALSE;
  /* The setters notify only when a value changes. */
  edit->handler = g_signal_connect_swapped (edit->copy, "notify",
                                            G_CALLBACK (note_node_edit_changed), edit);
}

/* Stores the edit as one undo step when it changed anything. */
static gboolean
node_edit_finish (WpTaskEditor  *self,
                  NodeEdit      *edit,
                  GError       **error)
{
  gboolean ok = TRUE;

  g_signal_handler_disconnect (edit->copy, edit->handler);
  if (edit->changed)
    ok = wp_history_update_node (self->history, edit->copy, error);
  g_clear_object (&edit->copy);
  return ok;
}

static void
store_node_edit (WpTaskEditor *self,
                 NodeEdit     *edit)
{
  g_autoptr(GError) error = NULL;

  if (!node_edit_finish (self, edit, &error))
    report_error (self, error);
}

static char *
get_typed_text (WpTaskEditor *self,
                TextField     field)
{
  if (field == TEXT_TITLE)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  return wp_text_buffer_get_all (gtk_text_view_get_buffer (self->text_views[field]));
}

static void
show_text (WpTaskEditor *self,
           TextField     field,
           const char   *text)
{
  g_autofree char *shown = get_typed_text (self, field);
  GtkTextBuffer *buffer;

  if (g_strcmp0 (shown, text) == 0)
    return;
  if (field == TEXT_TITLE)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), text);
      return;
    }
  /* Ctrl+Z in the text view must not bring back the text of the node shown before. */
  buffer = gtk_text_view_get_buffer (self->text_views[field]);
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
}

static void
commit_text (WpTaskEditor *self)
{
  guint dirty = wp_edit_tracker_take_dirty (self->tracker);
  NodeEdit edit;

  if (dirty == 0 || self->node == NULL)
    return;
  node_edit_begin (self, &edit);
  for (TextField field = 0; field < N_TEXT_FIELDS; field++)
    {
      g_autofree char *text = NULL;

      if ((dirty & (1u << field)) == 0)
        continue;
      text = get_typed_text (self, field);
      text_fields[field].set (edit.copy, text);
    }
  store_node_edit (self, &edit);
}

/* Whatever was typed and not stored yet, in the text fields and the indicators. */
static void
commit_pending (WpTaskEditor *self)
{
  GtkWidget *child;

  if (self->node == NULL)
    return;
  commit_text (self);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->indicators_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (WP_IS_INDICATOR_ROW (child))
        wp_indicator_row_commit (WP_INDICATOR_ROW (child));
    }
}

/* The progress a task shows: the manual value, or the computed one read-only. */
static void
show_progress (WpTaskEditor *self)
{
  gboolean from_indicators = wp_node_get_progress_from_indicators (self->node);
  double progress = wp_node_get_progress (self->node);

  if (from_indicators)
    progress = wp_rules_task_progress (self->node, self->indicators);
  gtk_widget_set_sensitive (GTK_WIDGET (self->progress_spin), !from_indicators);
  gtk_spin_button_set_value (self->progress_spin, progress);
  adw_action_row_set_subtitle (self->progress_row,
                               from_indicators ? _("Computed from the indicators") : "");
}

static void
show_kind (WpTaskEditor *self)
{
  gboolean is_task = wp_node_get_kind (self->node) == WP_NODE_TASK;
  GtkWidget *task_groups[] = {
    self->status_group, self->departments_group, self->indicators_group, self->record_group,
    self->log_group, self->summary_group, self->reason_group,
  };

  for (guint i = 0; i < G_N_ELEMENTS (task_groups); i++)
    gtk_widget_set_visible (task_groups[i], is_task);
  gtk_widget_set_visible (self->rollup_group, !is_task);
  adw_preferences_group_set_title (self->heading_group, is_task ? _("Task") : _("Section"));
}

/* Text with an edit not stored yet keeps what the user typed. */
static void
refresh_fields (WpTaskEditor *self)
{
  WpNode *node = self->node;

  self->refreshing = TRUE;
  wp_edit_tracker_hold (self->tracker);
  show_kind (self);
  for (TextField field = 0; field < N_TEXT_FIELDS; field++)
    {
      if (!wp_edit_tracker_is_dirty (self->tracker, field))
        show_text (self, field, text_fields[field].get (node));
    }
  adw_combo_row_set_selected (self->status_row, wp_node_get_status (node));
  gtk_switch_set_active (self->key_switch, wp_node_get_key (node));
  gtk_switch_set_active (self->from_indicators_switch,
                         wp_node_get_progress_from_indicators (node));
  wp_date_row_set_date (self->start_row, wp_node_get_start (node));
  wp_date_row_set_date (self->due_row, wp_node_get_due (node));
  wp_date_row_set_date (self->completed_row, wp_node_get_completed (node));
  show_progress (self);
  wp_edit_tracker_release (self->tracker);
  self->refreshing = FALSE;
}

/* Reads the switches, lists, spin button and dates into @copy. */
static void
read_choices (WpTaskEditor *self,
              WpNode       *copy)
{
  WpStatus status = adw_combo_row_get_selected (self->status_row);
  gboolean from_indicators = gtk_switch_get_active (self->from_indicators_switch);

  wp_node_set_status (copy, status);
  wp_node_set_key (copy, gtk_switch_get_active (self->key_switch));
  wp_node_set_progress_from_indicators (copy, from_indicators);
  /* While the spin button shows the computed progress, it is not the manual value. */
  if (!from_indicators && !wp_node_get_progress_from_indicators (self->node))
    wp_node_set_progress (copy, gtk_spin_button_get_value (self->progress_spin));
  wp_node_set_start (copy, wp_date_row_get_date (self->start_row));
  wp_node_set_due (copy, wp_date_row_get_date (self->due_row));
  wp_node_set_completed (copy, wp_date_row_get_date (self->completed_row));
  /* A task marked done was completed today unless the user says otherwise. */
  if (status == WP_STATUS_DONE && wp_node_get_status (self->node) != WP_STATUS_DONE &&
      wp_node_get_completed (copy) == NULL)
    {
      g_autofree char *today = wp_date_today_iso ();

      wp_node_set_completed (copy, today);
    }
}

static void
on_choice_changed (WpTaskEditor *self)
{
  NodeEdit edit;

  if (self->refreshing || self->node == NULL)
    return;
  commit_text (self);
  node_edit_begin (self, &edit);
  read_choices (self, edit.copy);
  store_node_edit (self, &edit);
}

/* The rows of a list box follow a list of items, matched by a key: rows of items that
 * stay are updated in place, so that a field being typed in keeps its text and focus. */
typedef struct
{
  gint64     (*get_key)   (gpointer      item);
  /* Creates the row when @row is NULL; shows @item in it. */
  GtkWidget *(*show_item) (WpTaskEditor *self,
                           GtkWidget    *row,
                           gpointer      item);
  gboolean     newest_first;
} RowKind;

static void
place_row (GtkWidget *row,
           gint64     key,
           guint      order)
{
  if (g_object_get_qdata (G_OBJECT (row), row_key_quark) == NULL)
    g_object_set_qdata_full (G_OBJECT (row), row_key_quark, g_memdup2 (&key, sizeof key), g_free);
  g_object_set_qdata (G_OBJECT (row), row_order_quark, GUINT_TO_POINTER (order));
}

static void
sync_rows (WpTaskEditor  *self,
           GtkListBox    *box,
           GPtrArray     *items,
           const RowKind *kind)
{
  g_autoptr(GHashTable) old_rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  GtkWidget *row;

  for (row = gtk_widget_get_first_child (GTK_WIDGET (box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gint64 *key = g_object_get_qdata (G_OBJECT (row), row_key_quark);

      if (key != NULL)
        g_hash_table_insert (old_rows, key, row);
    }
  for (guint i = 0; i < items->len; i++)
    {
      gint64 key = kind->get_key (items->pdata[i]);

      row = g_hash_table_lookup (old_rows, &key);
      g_hash_table_remove (old_rows, &key);
      if (row == NULL)
        gtk_list_box_append (box, (row = kind->show_item (self, NULL, items->pdata[i])));
      else
        kind->show_item (self, row, items->pdata[i]);
      place_row (row, key, kind->newest_first ? items->len - 1 - i : i);
    }
  g_hash_table_iter_init (&iter, old_rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &row))
    gtk_list_box_remove (box, row);
  gtk_list_box_invalidate_sort (box);
}

static int
compare_row_order (GtkListBoxRow *a,
                   GtkListBoxRow *b,
                   gpointer       user_data)
{
  guint order_a = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (a), row_order_quark));
  guint order_b = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (b), row_order_quark));

  return order_a < order_b ? -1 : order_a > order_b;
}

/* Departments */

static void
on_assignment_role_changed (WpTaskEditor    *self,
                            int              role,
                            WpAssignmentRow *row)
{
  WpAssignment *assignment = wp_assignment_row_get_assignment (row);
  g_autoptr(GError) error = NULL;

  if (!wp_history_assign_department (self->history, wp_node_get_id (self->node),
                                     wp_assignment_get_department_id (assignment), role, &error))
    report_error (self, error);
}

static void
on_assignment_remove (WpTaskEditor    *self,
                      WpAssignmentRow *row)
{
  WpAssignment *assignment = wp_assignment_row_get_assignment (row);
  g_autoptr(GError) error = NULL;

  if (!wp_history_unassign_department (self->history, wp_node_get_id (self->node),
                                       wp_assignment_get_department_id (assignment), &error))
    report_error (self, error);
}

static gint64
get_assignment_key (gpointer item)
{
  return wp_assignment_get_department_id (item);
}

static GtkWidget *
show_assignment (WpTaskEditor *self,
                 GtkWidget    *row,
                 gpointer      item)
{
  if (row == NULL)
    {
      row = wp_assignment_row_new ();
      g_signal_connect_object (row, "role-changed", G_CALLBACK (on_assignment_role_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "remove", G_CALLBACK (on_assignment_remove), self,
                               G_CONNECT_SWAPPED);
    }
  wp_assignment_row_set_assignment (WP_ASSIGNMENT_ROW (row), item);
  return row;
}

static const RowKind assignment_rows = { get_assignment_key, show_assignment, FALSE };

/* Whether @department_id is on the task already; @has_lead says whether any lead is. */
static gboolean
find_assignment (WpTaskEditor *self,
                 gint64        department_id,
                 gboolean     *has_lead)
{
  g_autoptr(GPtrArray) assignments = wp_store_list_assignments (self->store,
                                                                wp_node_get_id (self->node));
  gboolean found = FALSE;

  *has_lead = FALSE;
  for (guint i = 0; i < assignments->len; i++)
    {
      WpAssignment *assignment = assignments->pdata[i];

      found |= wp_assignment_get_department_id (assignment) == department_id;
      *has_lead |= wp_assignment_get_role (assignment) == WP_ROLE_LEAD;
    }
  return found;
}

/* The first department named leads, the next ones support, as in the plan's documents. */
static void
on_department_chosen (WpTaskEditor *self,
                      const char   *name)
{
  g_autoptr(GError) error = NULL;
  gboolean has_lead;
  gint64 department_id;

  if (self->node == NULL)
    return;
  department_id = wp_store_ensure_department (self->store, name, &error);
  if (department_id == 0)
    {
      report_error (self, error);
      return;
    }
  if (find_assignment (self, department_id, &has_lead))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("“%s” is already responsible for this task."), name);
      adw_toast_overlay_add_toast (self->toast_overlay, wp_toast_new_literal (message));
      return;
    }
  if (!wp_history_assign_department (self->history, wp_node_get_id (self->node), department_id,
                                     has_lead ? WP_ROLE_SUPPORT : WP_ROLE_LEAD, &error))
    report_error (self, error);
}

/* Indicators */

static void
on_indicator_changed (WpTaskEditor   *self,
                      WpIndicator    *edited,
                      WpIndicatorRow *row)
{
  g_autoptr(GError) error = NULL;

  if (!wp_history_update_indicator (self->history, edited, &error))
    report_error (self, error);
}

static void
on_indicator_remove (WpTaskEditor   *self,
                     WpIndicatorRow *row)
{
  WpIndicator *indicator = wp_indicator_row_get_indicator (row);
  g_autoptr(GError) error = NULL;

  if (!wp_history_delete_indicator (self->history, wp_indicator_get_id (indicator), &error))
    report_error (self, error);
}

static gint64
get_indicator_key (gpointer item)
{
  return wp_indicator_get_id (item);
}

static GtkWidget *
show_indicator (WpTaskEditor *self,
                GtkWidget    *row,
                gpointer      item)
{
  if (row != NULL)
    {
      wp_indicator_row_set_indicator (WP_INDICATOR_ROW (row), item);
      return row;
    }
  row = wp_indicator_row_new (item);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_indicator_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_indicator_remove), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static const RowKind indicator_rows = { get_indicator_key, show_indicator, FALSE };

static GtkWidget *
find_row (GtkListBox *box,
          gint64      key)
{
  GtkWidget *row;

  for (row = gtk_widget_get_first_child (GTK_WIDGET (box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gint64 *row_key = g_object_get_qdata (G_OBJECT (row), row_key_quark);

      if (row_key != NULL && *row_key == key)
        return row;
    }
  return NULL;
}

static void
on_add_indicator_clicked (WpTaskEditor *self)
{
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  gint64 id;

  if (self->node == NULL)
    return;
  commit_pending (self);
  wp_indicator_set_node_id (indicator, wp_node_get_id (self->node));
  id = wp_history_add_indicator (self->history, indicator, &error);
  if (id == 0)
    {
      report_error (self, error);
      return;
    }
  /* The store has told the form about the new indicator: its row is there to fill in. */
  row = find_row (self->indicators_list, id);
  if (row != NULL)
    wp_indicator_row_edit (WP_INDICATOR_ROW (row));
}

/* Progress log */

/* The entry of the latest date sets the task's progress. */
static gboolean
follow_latest_entry (WpTaskEditor  *self,
                     GError       **error)
{
  g_autoptr(GPtrArray) entries = wp_store_list_progress (self->store, wp_node_get_id (self->node));
  WpProgressEntry *latest;
  NodeEdit edit;

  if (entries->len == 0)
    return TRUE;
  latest = entries->pdata[entries->len - 1];
  node_edit_begin (self, &edit);
  wp_node_set_progress (edit.copy, wp_progress_entry_get_progress (latest));
  return node_edit_finish (self, &edit, error);
}

/* Adds @added or deletes the entry @removed_id, and updates the task's progress, as one
 * undo step. */
static gboolean
change_log (WpTaskEditor     *self,
            WpProgressEntry  *added,
            gint64            removed_id,
            GError          **error)
{
  const char *label = added != NULL ? _("Record progress") : _("Remove progress entry");
  gboolean ok;

  if (!wp_history_begin_group (self->history, label, error))
    return FALSE;
  if (added != NULL)
    ok = wp_history_add_progress (self->history, added, error) != 0;
  else
    ok = wp_history_delete_progress (self->history, removed_id, error);
  if (!ok || !follow_latest_entry (self, error))
    {
      wp_history_cancel_group (self->history);
      return FALSE;
    }
  return wp_history_end_group (self->history, error);
}

static void
on_add_entry_clicked (WpTaskEditor *self)
{
  g_autoptr(WpProgressEntry) entry = wp_progress_entry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = wp_date_today_iso ();
  const char *date = wp_date_row_get_date (self->entry_date_row);

  if (self->node == NULL)
    return;
  commit_text (self);
  /* A percentage typed without Enter counts too. */
  gtk_spin_button_update (self->entry_progress_spin);
  wp_progress_entry_set_node_id (entry, wp_node_get_id (self->node));
  wp_progress_entry_set_date (entry, date != NULL ? date : today);
  wp_progress_entry_set_progress (entry, gtk_spin_button_get_value (self->entry_progress_spin));
  wp_progress_entry_set_note (entry, gtk_editable_get_text (GTK_EDITABLE (self->entry_note_row)));
  if (!change_log (self, entry, 0, &error))
    {
      report_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->entry_note_row), "");
}

static void
on_log_entry_remove (WpTaskEditor       *self,
                     WpProgressEntryRow *row)
{
  WpProgressEntry *entry = wp_progress_entry_row_get_entry (row);
  g_autoptr(GError) error = NULL;

  if (!change_log (self, NULL, wp_progress_entry_get_id (entry), &error))
    report_error (self, error);
}

static gint64
get_entry_key (gpointer item)
{
  return wp_progress_entry_get_id (item);
}

static GtkWidget *
show_entry (WpTaskEditor *self,
            GtkWidget    *row,
            gpointer      item)
{
  if (row == NULL)
    {
      row = wp_progress_entry_row_new ();
      g_signal_connect_object (row, "remove", G_CALLBACK (on_log_entry_remove), self,
                               G_CONNECT_SWAPPED);
    }
  wp_progress_entry_row_set_entry (WP_PROGRESS_ENTRY_ROW (row), item);
  return row;
}

static const RowKind entry_rows = { get_entry_key, show_entry, TRUE };

/* Section roll-up */

static void
show_light (WpTaskEditor *self,
            WpLight       light)
{
  static const char * const classes[] = { "success", "warning", "error" };
  const char *names[] = { _("On track"), _("At risk"), _("Late") };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->rollup_light_label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->rollup_light_label), classes[light]);
  gtk_label_set_label (self->rollup_light_label, names[light]);
}

static void
show_counts (WpTaskEditor         *self,
             const WpRollupCounts *counts)
{
  const struct
  {
    GtkLabel *label;
    guint     count;
  } shown[] = {
    { self->rollup_tasks_label, counts->tasks },
    { self->rollup_done_label, counts->done },
    { self->rollup_at_risk_label, counts->at_risk },
    { self->rollup_late_label, counts->late },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", shown[i].count);

      gtk_label_set_label (shown[i].label, text);
    }
}

static void
update_rollup (WpTaskEditor *self)
{
  gint64 id = wp_node_get_id (self->node);
  g_autoptr(WpRollup) rollup = wp_rollup_dup_current (self->store,
                                                      wp_node_get_plan_id (self->node), NULL);
  double progress = wp_rollup_get_progress (rollup, id);
  /* TRANSLATORS: a progress in percent, e.g. "40%". */
  g_autofree char *percent = g_strdup_printf (_("%.0f%%"), progress);
  WpRollupCounts counts = { 0 };

  wp_rollup_get_counts (rollup, id, &counts);
  gtk_label_set_label (self->rollup_progress_label, percent);
  gtk_level_bar_set_value (self->rollup_level_bar, progress);
  show_light (self, wp_rollup_get_light (rollup, id));
  show_counts (self, &counts);
}

static gboolean
on_rollup_idle (gpointer user_data)
{
  WpTaskEditor *self = user_data;

  self->rollup_source = 0;
  if (self->node != NULL && wp_node_get_kind (self->node) == WP_NODE_SECTION)
    update_rollup (self);
  return G_SOURCE_REMOVE;
}

/* Any task below the section may have changed; one roll-up after a burst of changes. */
static void
queue_rollup (WpTaskEditor *self)
{
  if (self->rollup_source == 0 && self->node != NULL &&
      wp_node_get_kind (self->node) == WP_NODE_SECTION)
    self->rollup_source = g_idle_add (on_rollup_idle, self);
}

/* Following the node */

static void
refresh_details (WpTaskEditor *self)
{
  gint64 id = wp_node_get_id (self->node);
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  if (wp_node_get_kind (self->node) == WP_NODE_SECTION)
    {
      update_rollup (self);
      return;
    }
  assignments = wp_store_list_assignments (self->store, id);
  entries = wp_store_list_progress (self->store, id);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  self->indicators = wp_store_list_indicators (self->store, id);
  sync_rows (self, self->departments_list, assignments, &assignment_rows);
  sync_rows (self, self->indicators_list, self->indicators, &indicator_rows);
  sync_rows (self, self->log_list, entries, &entry_rows);
  self->refreshing = TRUE;
  show_progress (self);
  self->refreshing = FALSE;
}

static void
on_node_notify (WpTaskEditor *self)
{
  refresh_fields (self);
}

static void
on_store_node_changed (WpTaskEditor *self,
                       gint64        node_id)
{
  if (self->node == NULL)
    return;
  if (node_id == wp_node_get_id (self->node))
    refresh_details (self);
  else
    queue_rollup (self);
}

static void
release_node (WpTaskEditor *self)
{
  if (self->node == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->node, self);
  g_clear_object (&self->node);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_handle_id (&self->rollup_source, g_source_remove);
}

/* The empty state, without the rows (and the edits in them) of the node shown before. */
static void
show_nothing (WpTaskEditor *self)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  release_node (self);
  sync_rows (self, self->departments_list, none, &assignment_rows);
  sync_rows (self, self->indicators_list, none, &indicator_rows);
  sync_rows (self, self->log_list, none, &entry_rows);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* A node deleted elsewhere (or by undo) leaves nothing to edit. */
static void
on_store_children_changed (WpTaskEditor *self)
{
  g_autoptr(WpNode) stored = NULL;

  if (self->node == NULL)
    return;
  stored = wp_store_get_node (self->store, wp_node_get_id (self->node));
  if (stored == NULL)
    {
      /* What was typed for it has nowhere to go. */
      wp_edit_tracker_take_dirty (self->tracker);
      show_nothing (self);
      return;
    }
  queue_rollup (self);
}


void
wp_task_editor_set_node (WpTaskEditor *self,
                         WpNode       *node)
{
  GtkAdjustment *scroll;

  g_return_if_fail (WP_IS_TASK_EDITOR (self));
  g_return_if_fail (node == NULL || WP_IS_NODE (node));

  if (node == self->node)
    return;
  commit_pending (self);
  if (node == NULL)
    {
      show_nothing (self);
      return;
    }
  release_node (self);
  self->node = g_object_ref (node);
  g_signal_connect_swapped (node, "notify", G_CALLBACK (on_node_notify), self);
  refresh_details (self);
  refresh_fields (self);
  gtk_spin_button_set_value (self->entry_progress_spin, wp_node_get_progress (node));
  scroll = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  gtk_adjustment_set_value (scroll, gtk_adjustment_get_lower (scroll));
  gtk_stack_set_visible_child_name (self->stack, "form");
}

WpNode *
wp_task_editor_get_node (WpTaskEditor *self)
{
  g_return_val_if_fail (WP_IS_TASK_EDITOR (self), NULL);

  return self->node;
}

static void
set_history (WpTaskEditor *self,
             WpHistory    *history)
{
  g_assert (self->history == NULL);

  self->history = g_object_ref (history);
  self->store = g_object_ref (wp_history_get_store (history));
  wp_department_chooser_set_store (self->department_chooser, self->store);
  g_signal_connect_object (self->store, "node-changed", G_CALLBACK (on_store_node_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "children-changed",
                           G_CALLBACK (on_store_children_changed), self, G_CONNECT_SWAPPED);
}

static void
wp_task_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WpTaskEditor *self = WP_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      set_history (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Never lose an edit: what was typed is stored before the form goes away. */
static void
wp_task_editor_dispose (GObject *object)
{
  WpTaskEditor *self = WP_TASK_EDITOR (object);

  if (self->history != NULL)
    commit_pending (self);
  release_node (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->tracker);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_TASK_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (wp_task_editor_parent_class)->dispose (object);
}

static void
bind_template_children (GtkWidgetClass *widget_class)
{
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, WpTaskEditor, name)
  BIND (toast_overlay);
  BIND (stack);
  BIND (scrolled_window);
  BIND (heading_group);
  BIND (title_row);
  BIND (body_view);
  BIND (rollup_group);
  BIND (rollup_level_bar);
  BIND (rollup_progress_label);
  BIND (rollup_light_label);
  BIND (rollup_tasks_label);
  BIND (rollup_done_label);
  BIND (rollup_at_risk_label);
  BIND (rollup_late_label);
  BIND (status_group);
  BIND (status_row);
  BIND (key_switch);
  BIND (progress_row);
  BIND (progress_spin);
  BIND (from_indicators_switch);
  BIND (start_row);
  BIND (due_row);
  BIND (completed_row);
  BIND (departments_group);
  BIND (departments_list);
  BIND (department_chooser);
  BIND (indicators_group);
  BIND (indicators_list);
  BIND (record_group);
  BIND (entry_date_row);
  BIND (entry_progress_spin);
  BIND (entry_note_row);
  BIND (log_group);
  BIND (log_list);
  BIND (summary_group);
  BIND (summary_view);
  BIND (reason_group);
  BIND (reason_view);
#undef BIND
}

static void
wp_task_editor_class_init (WpTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = wp_task_editor_set_property;
  object_class->dispose = wp_task_editor_dispose;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, WP_TYPE_HISTORY,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  row_key_quark = g_quark_from_static_string ("wp-task-editor-row-key");
  row_order_quark = g_quark_from_static_string ("wp-task-editor-row-order");

  g_type_ensure (WP_TYPE_DATE_ROW);
  g_type_ensure (WP_TYPE_DEPARTMENT_CHOOSER);
  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-task-editor.ui");
  bind_template_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_department_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_add_indicator_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_entry_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wp_task_editor_init (WpTaskEditor *self)
{
  GtkListBox *lists[3];
  g_autofree char *today = wp_date_today_iso ();

  gtk_widget_init_template (GTK_WIDGET (self));

  lists[0] = self->departments_list;
  lists[1] = self->indicators_list;
  lists[2] = self->log_list;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    gtk_list_box_set_sort_func (lists[i], compare_row_order, NULL, NULL);

  self->text_views[TEXT_BODY] = self->body_view;
  self->text_views[TEXT_SUMMARY] = self->summary_view;
  self->text_views[TEXT_REASON] = self->reason_view;
  self->tracker = wp_edit_tracker_new ();
  wp_edit_tracker_add_entry_row (self->tracker, self->title_row, TEXT_TITLE);
  for (TextField field = TEXT_BODY; field < N_TEXT_FIELDS; field++)
    wp_edit_tracker_add_text_view (self->tracker, self->text_views[field], field);
  g_signal_connect_object (self->tracker, "commit", G_CALLBACK (commit_text), self,
                           G_CONNECT_SWAPPED);

  wp_date_row_set_date (self->entry_date_row, today);
}

GtkWidget *
wp_task_editor_new (WpHistory *history)
{
  g_return_val_if_fail (WP_IS_HISTORY (history), NULL);

  return g_object_new (WP_TYPE_TASK_EDITOR, "history", history, NULL);
}
