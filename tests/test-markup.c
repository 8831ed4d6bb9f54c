/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-markup"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "wp-chart-view.h"
#include "wp-dashboard-view.h"
#include "wp-department-chooser.h"
#include "wp-departments-dialog.h"
#include "wp-filter-bar.h"
#include "wp-import-dialog.h"
#include "wp-json-writer.h"
#include "wp-node-filter.h"
#include "wp-outline-row.h"
#include "wp-report-export.h"
#include "wp-summary-view.h"
#include "wp-task-editor.h"
#include "wp-test-util.h"
#include "wp-window.h"

/* Titles, names and notes come from users and from other people's files: each shows
 * exactly as it was typed, in the window and in the PDF. Some of these are valid Pango
 * markup, which a label that parses markup would show changed ("粗体" in bold, "&" for
 * "&amp;"); the others are not, and such a label would warn, which aborts the test
 * (G_DEBUG=fatal-warnings). One has an underscore, which a mnemonic label would eat. */
#define PLAN_TITLE   "计划 <b>粗体</b> &amp; <span foreground=\"red\">红</span>"
#define ORGANIZATION "R&D 教育局 <局> 5 < 6"
#define SECTION_A    "<b>粗体</b> & R&D <span foreground=\"red\">红</span> 5 < 6 &amp;"
#define SECTION_B    "<span foreground=\"blue\">蓝色部分</span> &amp; <i>斜体</i>"
#define TASK_A       "任务 <i>斜体</i> &lt;标签&gt; <u>下_划线</u>"
#define TASK_B       "a < b & c"
#define TASK_C       "<b>已完成</b>任务 &amp; 验收"
#define BODY         "正文 <u>说明</u> & 5 < 6"
#define SUMMARY      "总结 <b>完成</b> &amp; R&D"
#define REASON       "原因 <i>未完成</i> & 资金 < 预算"
#define DEPT_A       "<b>基教科</b> &amp;"
#define DEPT_B       "R&D 科 <一>"
#define INDICATOR_A  "<i>新建</i>幼儿园 &amp; 学位"
#define UNIT_A       "<sup>所</sup>"
#define INDICATOR_B  "合格率 < 100 & > 0"
#define NOTE_A       "<b>进展</b> &amp; 顺利"
#define NOTE_B       "进展 5 < 6 & R&D"

static const char * const literals[] = {
  PLAN_TITLE, ORGANIZATION, SECTION_A, SECTION_B, TASK_A, TASK_B, TASK_C, BODY, SUMMARY,
  REASON, DEPT_A, DEPT_B, INDICATOR_A, UNIT_A, INDICATOR_B, NOTE_A, NOTE_B,
};

/* The ids of the workbook that set_up_workbook() fills. */
static struct
{
  gint64 section_a;
  gint64 task_a;
  gint64 task_b;
  gint64 task_c;
  gint64 dept_a;
  gint64 dept_b;
} ids;

static GtkApplication *app;

/* The workbook */

static gint64
add_task (WpTestFixture *fixture,
          gint64         parent_id,
          const char    *title,
          WpStatus       status,
          double         progress)
{
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);

  wp_node_set_title (node, title);
  wp_node_set_status (node, status);
  wp_node_set_progress (node, progress);
  wp_node_set_start (node, "2019-01-01");
  wp_node_set_due (node, "2019-06-30");
  return wp_test_insert_node (fixture->store, fixture->plan_id, parent_id, node, -1);
}

/* The texts of a task that only the editor and the reports show. */
static void
set_texts (WpTestFixture *fixture,
           gint64         node_id,
           const char    *body,
           const char    *summary,
           const char    *reason)
{
  g_autoptr(WpNode) node = wp_store_get_node (fixture->store, node_id);
  g_autoptr(GError) error = NULL;

  wp_node_set_body (node, body);
  wp_node_set_summary (node, summary);
  wp_node_set_reason (node, reason);
  g_assert_true (wp_store_update_node (fixture->store, node, &error));
  g_assert_no_error (error);
}

static void
add_indicator (WpTestFixture *fixture,
               gint64         node_id,
               const char    *name,
               const char    *unit,
               double         target,
               double         actual)
{
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  g_autoptr(GError) error = NULL;

  wp_indicator_set_node_id (indicator, node_id);
  wp_indicator_set_name (indicator, name);
  wp_indicator_set_unit (indicator, unit);
  wp_indicator_set_comparator (indicator, WP_COMPARATOR_AT_LEAST);
  wp_indicator_set_target (indicator, target);
  wp_indicator_set_actual (indicator, actual);
  g_assert_cmpint (wp_store_add_indicator (fixture->store, indicator, &error), >, 0);
  g_assert_no_error (error);
}

/* A progress entry whose note is @note. */
static void
add_note (WpTestFixture *fixture,
          gint64         node_id,
          const char    *date,
          gint64         department_id,
          const char    *note)
{
  gint64 entry_id = wp_test_add_progress (fixture->store, node_id, date, 40, department_id);
  g_autoptr(GPtrArray) entries = wp_store_list_progress (fixture->store, node_id);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      WpProgressEntry *entry = g_ptr_array_index (entries, i);

      if (wp_progress_entry_get_id (entry) != entry_id)
        continue;
      wp_progress_entry_set_note (entry, note);
      g_assert_true (wp_store_update_progress (fixture->store, entry, &error));
      g_assert_no_error (error);
      return;
    }
  g_assert_not_reached ();
}

/* Every user text of the model holds one of the literals: the plan, two sections, a task
 * in progress, a late one with a reason and a done one, two departments, two indicators
 * and two progress notes. */
static void
set_up_workbook (WpTestFixture *fixture,
                 gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  gint64 section_b;

  wp_test_fixture_set_up_store (fixture, data);
  wp_plan_set_year (plan, 2019);
  wp_plan_set_title (plan, PLAN_TITLE);
  wp_plan_set_organization (plan, ORGANIZATION);
  wp_plan_set_numbering (plan, WP_NUMBERING_ZH);
  fixture->plan_id = wp_test_insert_plan (fixture->store, plan);

  ids.section_a = wp_test_add_node (fixture->store, fixture->plan_id, 0, WP_NODE_SECTION,
                                    SECTION_A, -1);
  ids.task_a = add_task (fixture, ids.section_a, TASK_A, WP_STATUS_IN_PROGRESS, 60);
  ids.task_b = add_task (fixture, ids.section_a, TASK_B, WP_STATUS_DELAYED, 30);
  section_b = wp_test_add_node (fixture->store, fixture->plan_id, 0, WP_NODE_SECTION,
                                SECTION_B, -1);
  ids.task_c = add_task (fixture, section_b, TASK_C, WP_STATUS_DONE, 100);
  set_texts (fixture, ids.task_a, BODY, SUMMARY, "");
  set_texts (fixture, ids.task_b, "", "", REASON);

  ids.dept_a = wp_test_add_department (fixture->store, DEPT_A);
  ids.dept_b = wp_test_add_department (fixture->store, DEPT_B);
  g_assert_true (wp_store_assign_department (fixture->store, ids.task_a, ids.dept_a,
                                             WP_ROLE_LEAD, NULL));
  g_assert_true (wp_store_assign_department (fixture->store, ids.task_a, ids.dept_b,
                                             WP_ROLE_SUPPORT, NULL));
  g_assert_true (wp_store_assign_department (fixture->store, ids.task_b, ids.dept_b,
                                             WP_ROLE_LEAD, NULL));
  g_assert_true (wp_store_assign_department (fixture->store, ids.task_c, ids.dept_a,
                                             WP_ROLE_LEAD, NULL));

  add_indicator (fixture, ids.task_a, INDICATOR_A, UNIT_A, 12, 13);
  add_indicator (fixture, ids.task_b, INDICATOR_B, "%", 100, 80);
  add_note (fixture, ids.task_a, "2019-05-01", ids.dept_a, NOTE_A);
  add_note (fixture, ids.task_b, "2019-06-01", ids.dept_b, NOTE_B);
}

/* What the user sees */

static gboolean
contains_literal (const char *text)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (literals); i++)
    if (strstr (text, literals[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The name of the widget of ours (or of libadwaita) that @widget is part of, for messages. */
static const char *
name_owner (GtkWidget *widget)
{
  for (GtkWidget *owner = widget; owner != NULL; owner = gtk_widget_get_parent (owner))
    {
      const char *name = G_OBJECT_TYPE_NAME (owner);

      if (g_str_has_prefix (name, "Wp") || g_str_has_prefix (name, "Adw"))
        return name;
    }
  return G_OBJECT_TYPE_NAME (widget);
}

/* Fails when a widget under @widget, shown or not, is set to read one of the literals as
 * markup or with a mnemonic, in a label or in a tooltip. Escaped text is fine: it no
 * longer contains the literal, which always has a "<" or a "&". */
static void
assert_nothing_parsed (GtkWidget *widget)
{
  const char *tooltip = gtk_widget_get_tooltip_markup (widget);

  if (GTK_IS_LABEL (widget))
    {
      GtkLabel *label = GTK_LABEL (widget);

      if ((gtk_label_get_use_markup (label) || gtk_label_get_use_underline (label))
          && contains_literal (gtk_label_get_label (label)))
        g_error ("A label in a %s reads “%s” as markup", name_owner (widget),
                 gtk_label_get_label (label));
    }
  if (contains_literal (tooltip))
    g_error ("A %s has “%s” as its tooltip's markup", name_owner (widget), tooltip);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_nothing_parsed (child);
}

/* The text that @widget itself shows: a label's, an entry's or a text view's. */
static char *
dup_shown_text (GtkWidget *widget)
{
  GtkTextIter start, end;

  if (GTK_IS_LABEL (widget))
    return g_strdup (gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_TEXT (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return NULL;
}

/* A mapped widget under @widget that shows @literal in its text or its tooltip; with
 * @exact, a label whose whole text is @literal. */
static GtkWidget *
find_shown (GtkWidget  *widget,
            const char *literal,
            gboolean    exact)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  g_autofree char *text = NULL;

  if (!gtk_widget_get_mapped (widget))
    return NULL;
  text = dup_shown_text (widget);
  if (exact ? GTK_IS_LABEL (widget) && g_strcmp0 (text, literal) == 0
            : (text != NULL && strstr (text, literal) != NULL)
              || (tooltip != NULL && strstr (tooltip, literal) != NULL))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown (child, literal, exact);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A label under @widget, shown or not, whose text is @literal. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *literal)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), literal) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, literal);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *literal;
  gboolean    exact;
  GtkWidget  *found;
} Search;

static gboolean
search_cb (gpointer data)
{
  Search *search = data;

  search->found = find_shown (search->root, search->literal, search->exact);
  return search->found != NULL;
}

/* Runs the main loop until something under @root shows @literal, and returns it. Rows
 * are bound and popovers shown at the next frames, not at once. */
static GtkWidget *
wait_shown (gpointer    root,
            const char *literal,
            gboolean    exact)
{
  Search search = { root, literal, exact, NULL };

  g_test_message ("Waiting for “%s”", literal);
  wp_test_wait_until (search_cb, &search);
  return search.found;
}

/* The window */

static WpWindow *
open_window (WpStore *store)
{
  WpWindow *window = wp_window_new (app, store);

  /* The test's own reference, so that it can check that the window is finalised. */
  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  wp_test_run_pending ();
  return window;
}

static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wp_test_run_pending ();
  g_assert_finalize_object (window);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gpointer
get_part (gpointer    widget,
          GType       type,
          const char *name)
{
  GObject *part = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (part);
  return part;
}

typedef struct
{
  GtkWindow *parent;
  GtkWindow *found;
} DialogSearch;

static gboolean
find_message_dialog (gpointer data)
{
  DialogSearch *search = data;
  /* Transfer none: GTK's own list. */
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_mapped (GTK_WIDGET (toplevel))
          && gtk_window_get_transient_for (toplevel) == search->parent)
        search->found = toplevel;
    }
  return search->found != NULL;
}

/* The message dialog that @parent shows, once it is on screen. */
static AdwMessageDialog *
wait_message_dialog (gpointer parent)
{
  DialogSearch search = { parent, NULL };

  wp_test_wait_until (find_message_dialog, &search);
  return ADW_MESSAGE_DIALOG (search.found);
}

/* Tests */

/* The outline's rows, the lead department beside each task, the plan switcher and the
 * filter bar: its department list and the chip that names the section shown alone. */
static void
test_outline (WpTestFixture *fixture,
              gconstpointer  data)
{
  WpWindow *window = open_window (fixture->store);
  GtkWidget *root = GTK_WIDGET (window);
  WpOutlineView *outline = wp_window_get_outline (window);
  const char *titles[] = { SECTION_A, TASK_A, TASK_B, SECTION_B, TASK_C };
  g_autofree char *chip = g_strconcat ("一、", SECTION_A, NULL);
  GtkWidget *label, *bar, *dropdown;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      label = wait_shown (root, titles[i], TRUE);
      g_assert_true (gtk_widget_get_ancestor (label, WP_TYPE_OUTLINE_ROW) != NULL);
    }
  label = wait_shown (root, DEPT_B, TRUE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==, DEPT_B);
  wait_shown (root, DEPT_A, TRUE);
  wait_shown (root, PLAN_TITLE, FALSE);
  assert_nothing_parsed (root);

  wp_outline_view_show_filter_bar (outline);
  bar = find_widget (root, WP_TYPE_FILTER_BAR);
  dropdown = get_part (bar, WP_TYPE_FILTER_BAR, "department_dropdown");
  /* Its list, in a popover that is not opened: a popover under the pointer leaves GTK a
   * tooltip timeout that fires on its destroyed surface once the window is gone. */
  g_assert_nonnull (find_label (find_widget (dropdown, GTK_TYPE_POPOVER), DEPT_A));
  g_assert_nonnull (find_label (find_widget (dropdown, GTK_TYPE_POPOVER), DEPT_B));
  assert_nothing_parsed (dropdown);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 2);
  wait_shown (dropdown, DEPT_B, TRUE);

  wp_node_filter_set_root_id (wp_outline_view_get_filter (outline), ids.section_a);
  label = wait_shown (get_part (bar, WP_TYPE_FILTER_BAR, "root_button"), chip, FALSE);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  assert_nothing_parsed (root);

  close_window (window);
}

/* Every field of the task editor: the title, the texts, the departments and the list to
 * add one from, the indicators and the progress log. */
static void
test_task_editor (WpTestFixture *fixture,
                  gconstpointer  data)
{
  WpWindow *window = open_window (fixture->store);
  GtkWidget *root = GTK_WIDGET (window);
  WpOutlineView *outline = wp_window_get_outline (window);
  const char *task_a[] = { TASK_A, BODY, SUMMARY, DEPT_A, DEPT_B, INDICATOR_A, UNIT_A, NOTE_A };
  const char *task_b[] = { TASK_B, REASON, DEPT_B, INDICATOR_B, NOTE_B };
  GtkWidget *editor, *chooser;

  wait_shown (root, TASK_C, TRUE);
  editor = find_widget (root, WP_TYPE_TASK_EDITOR);

  g_assert_true (wp_outline_view_select_node (outline, ids.task_a));
  for (guint i = 0; i < G_N_ELEMENTS (task_a); i++)
    wait_shown (editor, task_a[i], FALSE);
  assert_nothing_parsed (root);

  g_assert_true (wp_outline_view_select_node (outline, ids.task_b));
  for (guint i = 0; i < G_N_ELEMENTS (task_b); i++)
    wait_shown (editor, task_b[i], FALSE);
  assert_nothing_parsed (root);

  /* Task C has only department A: B is on offer. */
  g_assert_true (wp_outline_view_select_node (outline, ids.task_c));
  wait_shown (editor, TASK_C, FALSE);
  chooser = find_widget (editor, WP_TYPE_DEPARTMENT_CHOOSER);
  gtk_menu_button_popup (get_part (chooser, WP_TYPE_DEPARTMENT_CHOOSER, "menu_button"));
  wait_shown (chooser, DEPT_B, TRUE);
  assert_nothing_parsed (root);

  close_window (window);
}

/* The confirmation before a plan is deleted, the departments dialog and its confirmation
 * before a merge. */
static void
test_dialogs (WpTestFixture *fixture,
              gconstpointer  data)
{
  WpWindow *window = open_window (fixture->store);
  g_autofree char *heading = NULL;
  WpDepartmentsDialog *departments;
  AdwMessageDialog *dialog;

  wait_shown (window, TASK_C, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-plan", NULL);
  dialog = wait_message_dialog (window);
  g_assert_false (adw_message_dialog_get_heading_use_markup (dialog));
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), PLAN_TITLE));
  wait_shown (dialog, PLAN_TITLE, FALSE);
  assert_nothing_parsed (GTK_WIDGET (dialog));
  adw_message_dialog_response (dialog, "cancel");
  wp_test_run_pending ();
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM plans"), ==, 1);

  departments = wp_departments_dialog_new (GTK_WINDOW (window), fixture->store);
  g_object_ref (departments);
  gtk_window_present (GTK_WINDOW (departments));
  wait_shown (departments, DEPT_A, TRUE);
  wait_shown (departments, DEPT_B, TRUE);
  assert_nothing_parsed (GTK_WIDGET (departments));

  gtk_single_selection_set_selected (get_part (departments, WP_TYPE_DEPARTMENTS_DIALOG,
                                               "selection"), 0);
  gtk_widget_activate_action (GTK_WIDGET (departments), "departments.merge", NULL);
  dialog = wait_message_dialog (departments);
  g_assert_false (adw_message_dialog_get_heading_use_markup (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), DEPT_A));
  wait_shown (dialog, DEPT_B, TRUE);
  assert_nothing_parsed (GTK_WIDGET (dialog));
  adw_message_dialog_response (dialog, "cancel");
  wp_test_run_pending ();

  close_window (departments);
  close_window (window);
}

static gboolean
is_read (gpointer dialog)
{
  return !wp_import_dialog_is_loading (dialog);
}

/* The import dialog on the file @name in the test's folder, once it has read it. */
static WpImportDialog *
open_import (WpTestFixture *fixture,
             const char    *name,
             const char    *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WpImportDialog *dialog;

  wp_test_write_file (path, contents, -1);
  dialog = g_object_ref (wp_import_dialog_new (NULL, fixture->store, file));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1200, 800);
  gtk_window_present (GTK_WINDOW (dialog));
  wp_test_wait_until (is_read, dialog);
  return dialog;
}

/* A text file's lines in the preview and their tooltips, the file's name in the title bar;
 * a Workplan file's plans in the list of what it adds. */
static void
test_import_dialog (WpTestFixture *fixture,
                    gconstpointer  data)
{
  /* Names of files cannot hold a "/": no closing tags. */
  const char *text_name = "R&D <b>计划 5 < 6.txt";
  const char *json_name = "导出 &amp; <i>备份.json";
  const char *text = "某局2019年工作要点\n"
                     "一、" SECTION_A "\n"
                     "1. " TASK_A "。（责任科室：" DEPT_B "）\n"
                     "2. " TASK_B "。\n"
                     "二、" SECTION_B "\n";
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  WpImportDialog *dialog = open_import (fixture, text_name, text);
  GtkWidget *label;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_part (dialog, WP_TYPE_IMPORT_DIALOG,
                                                               "stack")), ==, "preview");
  wait_shown (dialog, text_name, TRUE);
  wait_shown (dialog, SECTION_A, TRUE);
  label = wait_shown (dialog, SECTION_B, TRUE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==, SECTION_B);
  wait_shown (dialog, TASK_A, FALSE);
  wait_shown (dialog, TASK_B, FALSE);
  assert_nothing_parsed (GTK_WIDGET (dialog));
  close_window (dialog);

  json = wp_json_write_plans (fixture->store, &fixture->plan_id, 1, &error);
  g_assert_no_error (error);
  dialog = open_import (fixture, json_name, json);
  wait_shown (dialog, json_name, TRUE);
  wait_shown (dialog, PLAN_TITLE, FALSE);
  assert_nothing_parsed (GTK_WIDGET (dialog));
  close_window (dialog);
}

/* Asks @chart for the tooltip of every item on a grid of points over it: a tooltip set
 * from markup would warn on the names that are not valid markup. Returns how many points
 * have one. */
static guint
query_tooltips (WpChartView *chart)
{
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));
  guint n_shown = 0;

  for (int y = 0; y < height; y += 4)
    for (int x = 0; x < width; x += 8)
      {
        g_autoptr(GtkTooltip) tooltip = NULL;
        gboolean shown = FALSE;

        if (wp_chart_view_item_at (chart, x, y) < 0)
          continue;
        tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
        g_signal_emit_by_name (chart, "query-tooltip", x, y, FALSE, tooltip, &shown);
        g_assert_true (shown);
        n_shown++;
      }
  return n_shown;
}

static gboolean
chart_is_laid_out (gpointer chart)
{
  return wp_chart_view_get_data (chart) != NULL && gtk_widget_get_mapped (chart)
         && gtk_widget_get_height (chart) > 0;
}

static gboolean
summary_is_idle (gpointer view)
{
  return !wp_summary_view_get_busy (view);
}

/* The names the dashboard's charts draw, as typed. */
static void
assert_chart_names (WpDashboardData *data)
{
  g_autofree char *bar_label = g_strconcat ("一、", SECTION_A, NULL);
  const WpChartBar *bars;
  const WpChartDepartment *departments;
  const WpChartBullet *bullets;
  guint n = 0;

  bars = wp_dashboard_data_get_bars (data, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (bars[0].label, ==, bar_label);
  departments = wp_dashboard_data_get_departments (data, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (contains_literal (departments[0].name) && contains_literal (departments[1].name));
  bullets = wp_dashboard_data_get_bullets (data, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (bullets[0].label, ==, INDICATOR_A);
  g_assert_cmpstr (bullets[0].unit, ==, UNIT_A);
  g_assert_cmpstr (bullets[1].label, ==, INDICATOR_B);
}

/* The dashboard's heading, the names its charts draw and their tooltips; then the summary
 * page. */
static void
test_dashboard (WpTestFixture *fixture,
                gconstpointer  data)
{
  WpWindow *window = open_window (fixture->store);
  WpDashboardView *dashboard = wp_window_get_dashboard (window);
  const WpChartKind kinds[] = { WP_CHART_KIND_BARS, WP_CHART_KIND_DEPARTMENTS,
                                WP_CHART_KIND_BULLETS };

  wait_shown (window, TASK_C, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "dashboard");
  wait_shown (dashboard, PLAN_TITLE, TRUE);
  wait_shown (dashboard, ORGANIZATION, FALSE);
  assert_nothing_parsed (GTK_WIDGET (dashboard));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      WpChartView *chart = wp_dashboard_view_get_chart (dashboard, kinds[i]);

      wp_test_wait_until (chart_is_laid_out, chart);
      g_assert_cmpuint (query_tooltips (chart), >, 0);
    }
  assert_chart_names (wp_dashboard_view_get_data (dashboard));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "summary");
  wp_test_run_pending ();
  wp_test_wait_until (summary_is_idle, find_widget (GTK_WIDGET (window), WP_TYPE_SUMMARY_VIEW));
  assert_nothing_parsed (GTK_WIDGET (window));

  close_window (window);
}

/* The PDF */

static PopplerDocument *
export_pdf (WpTestFixture *fixture,
            WpExportKind   kind,
            const char    *language)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  WpExportOptions options = { kind, WP_EXPORT_FORMAT_PDF, language, 0 };
  PopplerDocument *document;
  GDate as_of;

  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 31, G_DATE_DECEMBER, 2019);
  snapshot = wp_plan_snapshot_new (fixture->store, fixture->plan_id, &as_of, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (wp_report_export (snapshot, &options, stream, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  return document;
}

/* @text without its white space: lines wrap anywhere in CJK text. */
static char *
strip_space (const char *text)
{
  GString *stripped = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (stripped, g_utf8_get_char (p));
  return g_string_free (stripped, FALSE);
}

/* The text of every page, without white space. */
static char *
dup_document_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);
      g_autofree char *stripped = strip_space (page_text);

      g_string_append (text, stripped);
    }
  return g_string_free (text, FALSE);
}

/* The bookmarks' titles, one a line. */
static void
append_bookmarks (PopplerIndexIter *iter,
                  GString          *titles)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);

      g_string_append_printf (titles, "%s\n", action->any.title);
      poppler_action_free (action);
      if (child != NULL)
        append_bookmarks (child, titles);
      g_clear_pointer (&child, poppler_index_iter_free);
    }
  while (poppler_index_iter_next (iter));
}

static void
assert_text_has (const char *text,
                 const char *literal)
{
  g_autofree char *stripped = strip_space (literal);

  if (strstr (text, stripped) == NULL)
    g_error ("The PDF does not show “%s”", literal);
}

static void
assert_bookmarked (PopplerDocument *document,
                   const char      *literal)
{
  PopplerIndexIter *iter = poppler_index_iter_new (document);
  g_autoptr(GString) titles = g_string_new (NULL);

  g_assert_nonnull (iter);
  append_bookmarks (iter, titles);
  poppler_index_iter_free (iter);
  if (strstr (titles->str, literal) == NULL)
    g_error ("No bookmark of the PDF shows “%s”: %s", literal, titles->str);
}

/* The plan as issued and the year-end summary, in both languages: every text as typed, in
 * the pages, the bookmarks and the document's properties. */
static void
test_pdf (WpTestFixture *fixture,
          gconstpointer  data)
{
  const char *plan_texts[] = { PLAN_TITLE, SECTION_A, SECTION_B, TASK_A, TASK_B, TASK_C, BODY,
                               DEPT_A, DEPT_B, INDICATOR_A };
  const char *summary_texts[] = { ORGANIZATION, SECTION_A, SECTION_B, TASK_A, TASK_B, SUMMARY,
                                  REASON, DEPT_A, DEPT_B, INDICATOR_A, UNIT_A, INDICATOR_B };
  const char *languages[] = { "zh_CN", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(PopplerDocument) plan = export_pdf (fixture, WP_EXPORT_KIND_PLAN, languages[l]);
      g_autoptr(PopplerDocument) summary = export_pdf (fixture, WP_EXPORT_KIND_SUMMARY,
                                                       languages[l]);
      g_autofree char *plan_text = dup_document_text (plan);
      g_autofree char *summary_text = dup_document_text (summary);
      g_autofree char *plan_title = poppler_document_get_title (plan);
      g_autofree char *author = poppler_document_get_author (summary);

      g_test_message ("Plan (%s): %s", languages[l], plan_text);
      g_test_message ("Summary (%s): %s", languages[l], summary_text);
      for (guint i = 0; i < G_N_ELEMENTS (plan_texts); i++)
        assert_text_has (plan_text, plan_texts[i]);
      for (guint i = 0; i < G_N_ELEMENTS (summary_texts); i++)
        assert_text_has (summary_text, summary_texts[i]);
      g_assert_cmpstr (plan_title, ==, PLAN_TITLE);
      g_assert_cmpstr (author, ==, ORGANIZATION);
      assert_bookmarked (plan, SECTION_A);
      assert_bookmarked (summary, SECTION_B);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = wp_test_register_app ();

  wp_test_add ("/markup/pdf", set_up_workbook, test_pdf);
  wp_test_add ("/markup/outline", set_up_workbook, test_outline);
  wp_test_add ("/markup/task-editor", set_up_workbook, test_task_editor);
  wp_test_add ("/markup/dialogs", set_up_workbook, test_dialogs);
  wp_test_add ("/markup/import-dialog", set_up_workbook, test_import_dialog);
  wp_test_add ("/markup/dashboard", set_up_workbook, test_dashboard);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
