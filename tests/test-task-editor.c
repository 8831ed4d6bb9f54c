/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-task-editor"

#include "config.h"

#include <adwaita.h>

#include "wp-assignment-row.h"
#include "wp-date-row.h"
#include "wp-department-chooser.h"
#include "wp-edit-tracker.h"
#include "wp-history.h"
#include "wp-indicator-row.h"
#include "wp-progress-entry-row.h"
#include "wp-task-editor.h"
#include "wp-test-util.h"

/* An editor in a window of its own, on a history of the fixture's store. */
typedef struct
{
  WpTestFixture *fixture;
  WpHistory     *history;
  GtkWindow     *window;
  WpTaskEditor  *editor;
} Form;

static void
form_open (Form          *form,
           WpTestFixture *fixture)
{
  form->fixture = fixture;
  form->history = wp_history_new (fixture->store);
  form->editor = WP_TASK_EDITOR (g_object_ref_sink (wp_task_editor_new (form->history)));
  form->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (form->window, 600, 900);
  gtk_window_set_child (form->window, GTK_WIDGET (form->editor));
  gtk_window_present (form->window);
}

static void
form_close (Form *form)
{
  gtk_window_destroy (form->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (form->editor);
  g_assert_finalize_object (form->history);
}

static gpointer
editor_child (Form       *form,
              const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (form->editor),
                                                  WP_TYPE_TASK_EDITOR, name);

  if (child == NULL)
    g_error ("The editor has no child “%s”", name);
  return child;
}

static gpointer
row_child (gpointer    row,
           GType       type,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (row), type, name);

  if (child == NULL)
    g_error ("A %s has no child “%s”", g_type_name (type), name);
  return child;
}

static WpNode *
show_node (Form   *form,
           gint64  node_id)
{
  g_autoptr(WpNode) node = wp_store_get_node (form->fixture->store, node_id);

  wp_task_editor_set_node (form->editor, node);
  return wp_task_editor_get_node (form->editor);
}

/* Enter in a one-line field: its text emits "activate", as its key binding does. */
static void
press_enter (gpointer entry_row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (entry_row));

  g_assert_true (GTK_IS_TEXT (text));
  g_signal_emit_by_name (text, "activate");
}

static void
type_and_enter (gpointer    entry_row,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry_row), text);
  press_enter (entry_row);
}

static gboolean
on_wait_over (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits longer than the pause after which typed text is stored. */
static void
wait_for_pause (void)
{
  gboolean over = FALSE;

  g_timeout_add (1500, on_wait_over, &over);
  while (!over)
    g_main_context_iteration (NULL, TRUE);
}

/* The calendar moves to the day, then reports it, as a click on it does. */
static void
pick_date (WpDateRow  *row,
           int         year,
           int         month,
           int         day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 0, 0, 0);
  GtkCalendar *calendar = wp_date_row_get_calendar (row);

  gtk_calendar_select_day (calendar, date);
  g_signal_emit_by_name (calendar, "day-selected");
}

/* The first value that @sql (freed here) reads from the fixture's workbook. */
static char *
take_query_text (Form *form,
                 char *sql)
{
  char *value = wp_test_query_text (form->fixture->path, sql);

  g_free (sql);
  return value;
}

static gint64
take_query_int (Form *form,
                char *sql)
{
  gint64 value = wp_test_query_int (form->fixture->path, sql);

  g_free (sql);
  return value;
}

#define query_text(form, ...) take_query_text (form, g_strdup_printf (__VA_ARGS__))
#define query_int(form, ...) take_query_int (form, g_strdup_printf (__VA_ARGS__))

static gint64
node_int (Form       *form,
          gint64      id,
          const char *column)
{
  return query_int (form, "SELECT %s FROM nodes WHERE id = %" G_GINT64_FORMAT, column, id);
}

#define assert_node_text(form, id, column, expected)                                   \
  G_STMT_START {                                                                       \
    g_autofree char *_value = query_text (form, "SELECT " column " FROM nodes "         \
                                          "WHERE id = %" G_GINT64_FORMAT, id);          \
    g_assert_cmpstr (_value, ==, expected);                                            \
  } G_STMT_END

static gint64
add_task (WpTestFixture *fixture,
          const char    *title)
{
  return wp_test_add_node (fixture->store, fixture->plan_id, 0, WP_NODE_TASK, title, -1);
}

static void
set_text_fields (Form   *form,
                 gint64  id)
{
  type_and_enter (editor_child (form, "title_row"), "新建改扩建幼儿园12所");
  assert_node_text (form, id, "title", "新建改扩建幼儿园12所");

  /* Multi-line text is stored after a pause in typing. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (form, "body_view")),
                            "新增学位3000个。", -1);
  wait_for_pause ();
  assert_node_text (form, id, "body", "新增学位3000个。");
}

static void
set_choices (Form   *form,
             gint64  id)
{
  adw_combo_row_set_selected (editor_child (form, "status_row"), WP_STATUS_IN_PROGRESS);
  assert_node_text (form, id, "status", "in_progress");

  gtk_switch_set_active (editor_child (form, "key_switch"), TRUE);
  g_assert_cmpint (node_int (form, id, "key_task"), ==, 1);

  gtk_spin_button_set_value (editor_child (form, "progress_spin"), 35);
  g_assert_cmpint (node_int (form, id, "progress"), ==, 35);

  pick_date (editor_child (form, "start_row"), 2019, 3, 1);
  assert_node_text (form, id, "start_date", "2019-03-01");
  pick_date (editor_child (form, "due_row"), 2019, 6, 30);
  assert_node_text (form, id, "due_date", "2019-06-30");
  g_assert_cmpstr (adw_action_row_get_subtitle (editor_child (form, "due_row")), ==,
                   "30 June 2019");
}

static void
choose_department (Form       *form,
                   const char *typed,
                   gboolean    from_list)
{
  WpDepartmentChooser *chooser = editor_child (form, "department_chooser");
  GtkWidget *search = row_child (chooser, WP_TYPE_DEPARTMENT_CHOOSER, "search_entry");

  gtk_menu_button_popup (row_child (chooser, WP_TYPE_DEPARTMENT_CHOOSER, "menu_button"));
  gtk_editable_set_text (GTK_EDITABLE (search), typed);
  if (from_list)
    gtk_widget_activate_action (row_child (chooser, WP_TYPE_DEPARTMENT_CHOOSER, "list_view"),
                                "list.activate-item", "u", 0);
  else
    g_signal_emit_by_name (search, "activate");
}

static char *
department_role (Form       *form,
                 gint64      id,
                 const char *name)
{
  return query_text (form, "SELECT nd.role FROM node_department nd JOIN departments d "
                     "ON d.id = nd.department_id WHERE nd.node_id = %" G_GINT64_FORMAT
                     " AND d.name = '%s'", id, name);
}

static GtkWidget *
nth_row (Form       *form,
         const char *list,
         int         n)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (editor_child (form, list), n);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static guint
count_rows (Form       *form,
            const char *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (editor_child (form, list), n) != NULL)
    n++;
  return n;
}

static void
set_departments (Form   *form,
                 gint64  id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *toggled = NULL;
  GtkWidget *row;

  g_assert_cmpint (wp_store_ensure_department (form->fixture->store, "安全科", &error), >, 0);
  g_assert_no_error (error);

  /* A new name typed, then one found in the list: the first leads, the next supports. */
  choose_department (form, "基础教育科", FALSE);
  choose_department (form, "安全", TRUE);
  first = department_role (form, id, "基础教育科");
  second = department_role (form, id, "安全科");
  g_assert_cmpstr (first, ==, "lead");
  g_assert_cmpstr (second, ==, "support");
  g_assert_cmpuint (count_rows (form, "departments_list"), ==, 2);

  row = nth_row (form, "departments_list", 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "安全科");
  g_signal_emit_by_name (row_child (row, WP_TYPE_ASSIGNMENT_ROW, "lead_button"), "clicked");
  toggled = department_role (form, id, "安全科");
  g_assert_cmpstr (toggled, ==, "lead");
  g_signal_emit_by_name (row_child (row, WP_TYPE_ASSIGNMENT_ROW, "support_button"), "clicked");
  g_clear_pointer (&toggled, g_free);
  toggled = department_role (form, id, "安全科");
  g_assert_cmpstr (toggled, ==, "support");
}

static WpIndicatorRow *
add_indicator (Form *form)
{
  guint n = count_rows (form, "indicators_list");
  AdwPreferencesGroup *group = editor_child (form, "indicators_group");

  g_signal_emit_by_name (adw_preferences_group_get_header_suffix (group), "clicked");
  g_assert_cmpuint (count_rows (form, "indicators_list"), ==, n + 1);
  return WP_INDICATOR_ROW (nth_row (form, "indicators_list", n));
}

static void
fill_indicator (WpIndicatorRow *row,
                const char     *name,
                const char     *unit,
                WpComparator    comparator,
                const char     *target,
                const char     *actual)
{
  GType type = WP_TYPE_INDICATOR_ROW;

  gtk_editable_set_text (row_child (row, type, "name_row"), name);
  gtk_editable_set_text (row_child (row, type, "unit_row"), unit);
  adw_combo_row_set_selected (row_child (row, type, "comparator_row"), comparator);
  gtk_editable_set_text (row_child (row, type, "baseline_row"), "8");
  gtk_editable_set_text (row_child (row, type, "target_row"), target);
  gtk_editable_set_text (row_child (row, type, "actual_row"), actual);
}

static void
set_indicators (Form   *form,
                gint64  id)
{
  WpIndicatorRow *schools = add_indicator (form);
  WpIndicatorRow *accidents;
  g_autofree char *name = NULL;
  g_autofree char *comparator = NULL;

  fill_indicator (schools, "新建幼儿园", "所", WP_COMPARATOR_AT_LEAST, "12", "13");
  /* The rate follows the typing, before anything is stored. */
  g_assert_cmpstr (wp_indicator_row_get_rate_text (schools), ==, "108.3%");
  press_enter (row_child (schools, WP_TYPE_INDICATOR_ROW, "actual_row"));
  name = query_text (form, "SELECT name || '|' || unit || '|' || baseline || '|' || target "
                     "|| '|' || actual FROM indicators WHERE node_id = %" G_GINT64_FORMAT
                     " ORDER BY id LIMIT 1", id);
  g_assert_cmpstr (name, ==, "新建幼儿园|所|8.0|12.0|13.0");

  accidents = add_indicator (form);
  fill_indicator (accidents, "校园安全责任事故", "起", WP_COMPARATOR_ZERO, "", "0");
  g_assert_cmpstr (wp_indicator_row_get_rate_text (accidents), ==, "100.0%");
  press_enter (row_child (accidents, WP_TYPE_INDICATOR_ROW, "name_row"));
  comparator = query_text (form, "SELECT comparator || '|' || actual FROM indicators "
                           "WHERE node_id = %" G_GINT64_FORMAT " ORDER BY id DESC LIMIT 1", id);
  g_assert_cmpstr (comparator, ==, "zero|0.0");
  g_assert_cmpint (query_int (form, "SELECT count(*) FROM indicators WHERE node_id = %"
                              G_GINT64_FORMAT, id), ==, 2);
}

/* With its progress from the indicators, the task shows their mean, capped, read-only. */
static void
set_progress_from_indicators (Form   *form,
                              gint64  id)
{
  GtkSpinButton *spin = editor_child (form, "progress_spin");

  gtk_switch_set_active (editor_child (form, "from_indicators_switch"), TRUE);
  g_assert_cmpint (node_int (form, id, "progress_from_indicators"), ==, 1);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (spin)));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 100);
  g_assert_cmpint (node_int (form, id, "progress"), ==, 35);

  gtk_switch_set_active (editor_child (form, "from_indicators_switch"), FALSE);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (spin)));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 35);
}

static void
record_progress (Form       *form,
                 int         month,
                 double      progress,
                 const char *note)
{
  pick_date (editor_child (form, "entry_date_row"), 2019, month, 1);
  gtk_spin_button_set_value (editor_child (form, "entry_progress_spin"), progress);
  type_and_enter (editor_child (form, "entry_note_row"), note);
}

static void
set_progress_log (Form   *form,
                  gint64  id)
{
  g_autofree char *entry = NULL;
  WpProgressEntryRow *newest;

  record_progress (form, 5, 60, "已开工8所");
  g_assert_cmpint (node_int (form, id, "progress"), ==, 60);
  g_assert_cmpfloat (gtk_spin_button_get_value (editor_child (form, "progress_spin")), ==, 60);
  g_assert_cmpstr (gtk_editable_get_text (editor_child (form, "entry_note_row")), ==, "");

  /* An older entry does not set the progress: the latest-dated one does. */
  record_progress (form, 4, 40, "完成选址");
  g_assert_cmpint (node_int (form, id, "progress"), ==, 60);
  entry = query_text (form, "SELECT group_concat(date || ' ' || progress || ' ' || note, '; ') "
                      "FROM (SELECT * FROM progress_entries WHERE node_id = %" G_GINT64_FORMAT
                      " ORDER BY date)", id);
  g_assert_cmpstr (entry, ==, "2019-04-01 40.0 完成选址; 2019-05-01 60.0 已开工8所");

  g_assert_cmpuint (count_rows (form, "log_list"), ==, 2);
  newest = WP_PROGRESS_ENTRY_ROW (nth_row (form, "log_list", 0));
  g_assert_cmpstr (wp_progress_entry_get_date (wp_progress_entry_row_get_entry (newest)), ==,
                   "2019-05-01");
}

static void
set_year_end (Form   *form,
              gint64  id)
{
  pick_date (editor_child (form, "completed_row"), 2019, 12, 20);
  assert_node_text (form, id, "completed_date", "2019-12-20");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (form, "summary_view")),
                            "全年新建幼儿园13所，完成率108.3%。", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor_child (form, "reason_view")),
                            "一所因规划调整顺延。", -1);
  /* Showing another node stores what was typed. */
  wp_task_editor_set_node (form->editor, NULL);
  assert_node_text (form, id, "summary", "全年新建幼儿园13所，完成率108.3%。");
  assert_node_text (form, id, "reason", "一所因规划调整顺延。");
}

static void
test_every_field (WpTestFixture *fixture,
                  gconstpointer  data)
{
  gint64 id = add_task (fixture, "新建幼儿园");
  Form form;

  form_open (&form, fixture);
  show_node (&form, id);
  set_text_fields (&form, id);
  set_choices (&form, id);
  set_departments (&form, id);
  set_indicators (&form, id);
  set_progress_from_indicators (&form, id);
  set_progress_log (&form, id);
  set_year_end (&form, id);
  form_close (&form);
}

/* Undo reverts the last field and the form shows it; text being typed is not clobbered. */
static void
test_undo (WpTestFixture *fixture,
           gconstpointer  data)
{
  gint64 id = add_task (fixture, "旧标题");
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *body;
  g_autofree char *typed = NULL;
  Form form;

  form_open (&form, fixture);
  show_node (&form, id);
  type_and_enter (editor_child (&form, "title_row"), "新标题");
  adw_combo_row_set_selected (editor_child (&form, "status_row"), WP_STATUS_DELAYED);
  assert_node_text (&form, id, "status", "delayed");

  body = gtk_text_view_get_buffer (editor_child (&form, "body_view"));
  gtk_text_buffer_set_text (body, "正在输入", -1);

  g_assert_true (wp_history_undo (form.history, &error));
  g_assert_no_error (error);
  assert_node_text (&form, id, "status", "not_started");
  g_assert_cmpuint (adw_combo_row_get_selected (editor_child (&form, "status_row")), ==,
                    WP_STATUS_NOT_STARTED);
  typed = wp_text_buffer_get_all (body);
  g_assert_cmpstr (typed, ==, "正在输入");

  g_assert_true (wp_history_undo (form.history, &error));
  assert_node_text (&form, id, "title", "旧标题");
  g_assert_cmpstr (gtk_editable_get_text (editor_child (&form, "title_row")), ==, "旧标题");

  /* The typing is stored when the form goes away. */
  form_close (&form);
  assert_node_text (&form, id, "body", "正在输入");
}

/* The trash buttons of the lists; removing the latest entry gives the task the progress of
 * the one before, in one undo step. */
static void
test_remove (WpTestFixture *fixture,
             gconstpointer  data)
{
  gint64 id = add_task (fixture, "任务");
  g_autoptr(GError) error = NULL;
  Form form;

  form_open (&form, fixture);
  show_node (&form, id);
  choose_department (&form, "基础教育科", FALSE);
  fill_indicator (add_indicator (&form), "新建幼儿园", "所", WP_COMPARATOR_AT_LEAST, "12", "6");
  record_progress (&form, 4, 40, "完成选址");
  record_progress (&form, 5, 60, "已开工8所");
  g_assert_cmpint (node_int (&form, id, "progress"), ==, 60);

  g_signal_emit_by_name (nth_row (&form, "log_list", 0), "remove");
  g_assert_cmpint (node_int (&form, id, "progress"), ==, 40);
  g_assert_cmpuint (count_rows (&form, "log_list"), ==, 1);
  g_assert_true (wp_history_undo (form.history, &error));
  g_assert_cmpint (node_int (&form, id, "progress"), ==, 60);
  g_assert_cmpuint (count_rows (&form, "log_list"), ==, 2);

  g_signal_emit_by_name (nth_row (&form, "indicators_list", 0), "remove");
  g_signal_emit_by_name (nth_row (&form, "departments_list", 0), "remove");
  g_assert_cmpint (query_int (&form, "SELECT count(*) FROM indicators"), ==, 0);
  g_assert_cmpint (query_int (&form, "SELECT count(*) FROM node_department"), ==, 0);
  g_assert_cmpuint (count_rows (&form, "indicators_list"), ==, 0);
  g_assert_cmpuint (count_rows (&form, "departments_list"), ==, 0);
  form_close (&form);
}

/* Moving to another field stores what was typed in the one left. */
static void
test_focus_leave (WpTestFixture *fixture,
                  gconstpointer  data)
{
  gint64 id = add_task (fixture, "旧标题");
  AdwEntryRow *title_row;
  Form form;

  form_open (&form, fixture);
  show_node (&form, id);
  title_row = editor_child (&form, "title_row");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (title_row)));
  gtk_editable_set_text (GTK_EDITABLE (title_row), "离开时保存");
  assert_node_text (&form, id, "title", "旧标题");
  g_assert_true (gtk_widget_grab_focus (editor_child (&form, "summary_view")));
  assert_node_text (&form, id, "title", "离开时保存");
  form_close (&form);
}

/* A change made elsewhere shows at once. */
static void
test_follows_store (WpTestFixture *fixture,
                    gconstpointer  data)
{
  gint64 id = add_task (fixture, "任务");
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  g_autoptr(WpNode) copy = NULL;
  g_autoptr(GError) error = NULL;
  WpIndicatorRow *row;
  WpNode *node;
  Form form;

  form_open (&form, fixture);
  node = show_node (&form, id);
  copy = wp_node_copy (node);
  wp_node_set_title (copy, "另一窗口改的标题");
  wp_node_set_key (copy, TRUE);
  g_assert_true (wp_store_update_node (fixture->store, copy, &error));
  g_assert_cmpstr (gtk_editable_get_text (editor_child (&form, "title_row")), ==,
                   "另一窗口改的标题");
  g_assert_true (gtk_switch_get_active (editor_child (&form, "key_switch")));

  wp_indicator_set_node_id (indicator, id);
  wp_indicator_set_name (indicator, "覆盖率");
  wp_indicator_set_target (indicator, 90);
  wp_indicator_set_actual (indicator, 45);
  g_assert_cmpint (wp_store_add_indicator (fixture->store, indicator, &error), >, 0);
  g_assert_cmpuint (count_rows (&form, "indicators_list"), ==, 1);
  row = WP_INDICATOR_ROW (nth_row (&form, "indicators_list", 0));
  g_assert_cmpstr (wp_indicator_row_get_rate_text (row), ==, "50.0%");

  /* Deleted elsewhere: nothing left to edit. */
  g_assert_true (wp_store_delete_node (fixture->store, id, &error));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_child (&form, "stack")), ==, "empty");
  form_close (&form);
}

static gint64
add_dated_task (WpTestFixture *fixture,
                gint64         parent_id,
                WpStatus       status,
                const char    *due)
{
  g_autoptr(WpNode) task = wp_node_new (WP_NODE_TASK);

  wp_node_set_title (task, "任务");
  wp_node_set_status (task, status);
  wp_node_set_start (task, "2019-01-01");
  wp_node_set_due (task, due);
  return wp_test_insert_node (fixture->store, fixture->plan_id, parent_id, task, -1);
}

static const char *
label_text (Form       *form,
            const char *name)
{
  return gtk_label_get_label (editor_child (form, name));
}

/* Marks a task done as another view of the plan does. */
static void
mark_done (Form   *form,
           gint64  id)
{
  g_autoptr(WpNode) task = wp_store_get_node (form->fixture->store, id);
  g_autoptr(WpNode) copy = wp_node_copy (task);
  g_autoptr(GError) error = NULL;

  wp_node_set_status (copy, WP_STATUS_DONE);
  g_assert_true (wp_history_update_node (form->history, copy, &error));
  g_assert_no_error (error);
}

static void
test_section (WpTestFixture *fixture,
              gconstpointer  data)
{
  gint64 section = wp_test_add_node (fixture->store, fixture->plan_id, 0, WP_NODE_SECTION,
                                     "推进教育优质均衡发展", -1);
  gint64 late;
  Form form;

  add_dated_task (fixture, section, WP_STATUS_DONE, "2019-06-30");
  late = add_dated_task (fixture, section, WP_STATUS_IN_PROGRESS, "2019-06-30");
  add_dated_task (fixture, section, WP_STATUS_NOT_STARTED, "2999-12-31");

  form_open (&form, fixture);
  show_node (&form, section);
  g_assert_cmpstr (gtk_editable_get_text (editor_child (&form, "title_row")), ==,
                   "推进教育优质均衡发展");
  g_assert_true (gtk_widget_get_visible (editor_child (&form, "rollup_group")));
  g_assert_false (gtk_widget_get_visible (editor_child (&form, "status_group")));
  g_assert_cmpstr (label_text (&form, "rollup_tasks_label"), ==, "3");
  g_assert_cmpstr (label_text (&form, "rollup_done_label"), ==, "1");
  g_assert_cmpstr (label_text (&form, "rollup_late_label"), ==, "1");
  g_assert_cmpstr (label_text (&form, "rollup_light_label"), ==, "Late");
  g_assert_cmpstr (label_text (&form, "rollup_progress_label"), ==, "33%");

  /* A task below it changes: the numbers follow. */
  mark_done (&form, late);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (label_text (&form, "rollup_done_label"), ==, "2");
  g_assert_cmpstr (label_text (&form, "rollup_late_label"), ==, "0");
  g_assert_cmpstr (label_text (&form, "rollup_progress_label"), ==, "67%");
  form_close (&form);
}

static void
test_empty (WpTestFixture *fixture,
            gconstpointer  data)
{
  gint64 id = add_task (fixture, "任务");
  Form form;

  form_open (&form, fixture);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_child (&form, "stack")), ==, "empty");
  show_node (&form, id);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_child (&form, "stack")), ==, "form");
  wp_task_editor_set_node (form.editor, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor_child (&form, "stack")), ==, "empty");
  g_assert_null (wp_task_editor_get_node (form.editor));
  form_close (&form);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  wp_test_add ("/task-editor/every-field", wp_test_fixture_set_up_plan, test_every_field);
  wp_test_add ("/task-editor/undo", wp_test_fixture_set_up_plan, test_undo);
  wp_test_add ("/task-editor/remove", wp_test_fixture_set_up_plan, test_remove);
  wp_test_add ("/task-editor/focus-leave", wp_test_fixture_set_up_plan, test_focus_leave);
  wp_test_add ("/task-editor/follows-store", wp_test_fixture_set_up_plan, test_follows_store);
  wp_test_add ("/task-editor/section", wp_test_fixture_set_up_plan, test_section);
  wp_test_add ("/task-editor/empty", wp_test_fixture_set_up_plan, test_empty);

  return g_test_run ();
}
