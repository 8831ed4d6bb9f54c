/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-outline-edit"

#include "config.h"

#include <adwaita.h>

#include "wp-charts.h"
#include "wp-filter-bar.h"
#include "wp-node-filter.h"
#include "wp-outline-row.h"
#include "wp-resources.h"
#include "wp-test-util.h"
#include "wp-window.h"

/* The outline as a user edits it: keys pressed in the window, titles typed into the row,
 * buttons clicked, rows dropped on rows; then the database says what happened. */

typedef WpTestFixture Fixture;

static GtkApplication *app;

/* Running the window */

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

typedef gpointer (*FindFunc) (WpWindow *window,
                              gconstpointer data);

/* Runs the main loop until @find returns something (which it returns), for at most
 * WP_TEST_PATIENCE_SECONDS: rows are bound and toasts shown at the next frames. */
static gpointer
wait_for (WpWindow      *window,
          FindFunc       find,
          gconstpointer  data)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WP_TEST_PATIENCE_SECONDS, timeout_cb, &timed_out);
  gpointer found;

  while ((found = find (window, data)) == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (found);
  g_source_remove (timeout_id);
  return found;
}

static WpWindow *
open_window (WpStore *store)
{
  WpWindow *window = wp_window_new (app, store);

  /* The test's own reference, so that it can check that the window is finalised. */
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  wp_test_run_pending ();
  return window;
}

static void
close_window (WpWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wp_test_run_pending ();
  g_assert_finalize_object (window);
}

/* Widgets */

typedef gboolean (*WidgetPredicate) (GtkWidget     *widget,
                                     gconstpointer  data);

static GtkWidget *
find_widget (GtkWidget       *widget,
             GType            type,
             WidgetPredicate  predicate,
             gconstpointer    data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget)
      && (predicate == NULL || predicate (widget, data)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, predicate, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shows_node (GtkWidget     *widget,
            gconstpointer  data)
{
  WpNode *node = wp_outline_row_get_node (WP_OUTLINE_ROW (widget));

  return node != NULL && wp_node_get_id (node) == *(const gint64 *) data;
}

static gpointer
find_row (WpWindow      *window,
          gconstpointer  node_id)
{
  return find_widget (GTK_WIDGET (window), WP_TYPE_OUTLINE_ROW, shows_node, node_id);
}

/* As a click on the row would: selected, with the focus. */
static void
select_row (WpWindow *window,
            gint64    node_id)
{
  GtkWidget *row;

  g_assert_true (wp_outline_view_select_node (wp_window_get_outline (window), node_id));
  row = wait_for (window, find_row, &node_id);
  gtk_widget_grab_focus (gtk_widget_get_parent (row));
  wp_test_run_pending ();
}

static gpointer
find_title_entry (WpWindow      *window,
                  gconstpointer  data)
{
  GtkWidget *outline = GTK_WIDGET (wp_window_get_outline (window));

  return find_widget (outline, GTK_TYPE_ENTRY, NULL, NULL);
}

static gboolean
has_label (GtkWidget     *widget,
           gconstpointer  data)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gpointer
find_button (WpWindow      *window,
             gconstpointer  label)
{
  return find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_label, label);
}

/* The outline's list view: the one on a tree (dropdowns have lists too). */
static gboolean
shows_tree (GtkWidget     *widget,
            gconstpointer  data)
{
  GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (widget));

  return GTK_IS_SINGLE_SELECTION (model)
         && GTK_IS_TREE_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)));
}

/* The ids of the nodes the outline shows, top to bottom, as "id id id". */
static char *
list_shown_ids (WpWindow *window)
{
  GtkWidget *list_view = find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW, shows_tree, NULL);
  GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(WpNode) node = gtk_tree_list_row_get_item (row);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", wp_node_get_id (node));
    }
  return g_string_free (ids, FALSE);
}


static gint64
get_selected_id (WpWindow *window)
{
  g_autoptr(WpNode) node = wp_outline_view_get_selected_node (wp_window_get_outline (window));

  return node != NULL ? wp_node_get_id (node) : 0;
}

/* Keys */

static gboolean
activate_shortcut_of (GtkWidget          *widget,
                      GtkShortcutTrigger *trigger,
                      gboolean            global_only)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller)
          || (global_only && gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller))
                             == GTK_SHORTCUT_SCOPE_LOCAL))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger)
              && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                               gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
activate_global_shortcut (GtkWidget          *widget,
                          GtkShortcutTrigger *trigger)
{
  if (activate_shortcut_of (widget, trigger, TRUE))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (activate_global_shortcut (child, trigger))
        return TRUE;
    }
  return FALSE;
}

/* As the key would go: from the focus up to the window, then to the shortcuts that
 * widgets give the whole window. */
static void
press (WpWindow   *window,
       const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string (accelerator);
  GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window));

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (activate_shortcut_of (widget, trigger, FALSE))
        goto done;
    }
  if (!activate_global_shortcut (GTK_WIDGET (window), trigger))
    g_error ("Nothing in the window took %s", accelerator);

done:
  wp_test_run_pending ();
}

/* Types @title into the title being edited and presses Enter. */
static void
type_title (WpWindow   *window,
            const char *title)
{
  GtkWidget *entry = wait_for (window, find_title_entry, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  g_signal_emit_by_name (entry, "activate");
  wp_test_run_pending ();
}

/* The database */

/* The titles of the children of @parent_id (0: the top level), as "A|B|C". */
static char *
query_titles (Fixture *fixture,
              gint64   parent_id)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT coalesce(group_concat(title, '|'), '') FROM (SELECT title "
                         "FROM nodes WHERE coalesce(parent_id, 0) = %" G_GINT64_FORMAT
                         " ORDER BY position)", parent_id);
  return wp_test_query_text (fixture->path, sql);
}

static gint64
query_id (Fixture    *fixture,
          const char *title)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM nodes WHERE title = '%s'", title);

  return wp_test_query_int (fixture->path, sql);
}

static void
assert_children (Fixture    *fixture,
                 gint64      parent_id,
                 const char *titles)
{
  g_autofree char *found = query_titles (fixture, parent_id);

  g_assert_cmpstr (found, ==, titles);
}

/* Tests */

#define SECTION "推进教育优质均衡发展"
#define TASK_A  "新建改扩建幼儿园12所"
#define TASK_B  "新增学位不少于3000个"

static void
test_build_move_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  WpWindow *window = open_window (fixture->store);
  gint64 section, task_a;

  wait_for (window, find_button, "Add _Section");

  /* Ctrl+Shift+N starts the plan; Ctrl+N adds into the section, then after the task. */
  press (window, "<Control><Shift>n");
  type_title (window, SECTION);
  section = query_id (fixture, SECTION);
  assert_children (fixture, 0, SECTION);
  press (window, "<Control>n");
  type_title (window, TASK_A);
  press (window, "<Control>n");
  type_title (window, TASK_B);
  assert_children (fixture, section, TASK_A "|" TASK_B);
  g_assert_cmpint (get_selected_id (window), ==, query_id (fixture, TASK_B));

  press (window, "<Alt>Up");
  assert_children (fixture, section, TASK_B "|" TASK_A);
  g_assert_cmpint (get_selected_id (window), ==, query_id (fixture, TASK_B));

  task_a = query_id (fixture, TASK_A);
  select_row (window, task_a);
  press (window, "Tab");
  assert_children (fixture, section, TASK_B);
  assert_children (fixture, query_id (fixture, TASK_B), TASK_A);
  g_assert_cmpint (get_selected_id (window), ==, task_a);

  press (window, "<Control>z");
  assert_children (fixture, section, TASK_B "|" TASK_A);
  press (window, "<Control>z");
  assert_children (fixture, section, TASK_A "|" TASK_B);
  press (window, "<Control><Shift>z");
  assert_children (fixture, section, TASK_B "|" TASK_A);

  close_window (window);
}

static void
test_rename_in_place (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 section = wp_test_add_node (fixture->store, fixture->plan_id, 0, WP_NODE_SECTION,
                                     SECTION, -1);
  gint64 task = wp_test_add_node (fixture->store, fixture->plan_id, section, WP_NODE_TASK,
                                  "旧标题", -1);
  WpWindow *window = open_window (fixture->store);
  WpOutlineRow *row;

  select_row (window, task);
  row = wait_for (window, find_row, &task);

  /* F2 or Enter opens the title; Escape gives it back. */
  press (window, "F2");
  gtk_editable_set_text (wait_for (window, find_title_entry, NULL), "作废的标题");
  press (window, "Escape");
  assert_children (fixture, section, "旧标题");
  g_assert_cmpstr (wp_outline_row_get_title (row), ==, "旧标题");

  press (window, "Return");
  type_title (window, "  新标题 ");
  assert_children (fixture, section, "新标题");
  g_assert_cmpstr (wp_outline_row_get_title (row), ==, "新标题");
  g_assert_null (find_title_entry (window, NULL));

  close_window (window);
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 section = wp_test_add_node (fixture->store, fixture->plan_id, 0, WP_NODE_SECTION,
                                     SECTION, -1);
  gint64 task_a = wp_test_add_node (fixture->store, fixture->plan_id, section, WP_NODE_TASK,
                                    TASK_A, -1);
  gint64 task_b = wp_test_add_node (fixture->store, fixture->plan_id, section, WP_NODE_TASK,
                                    TASK_B, -1);
  WpWindow *window;
  GtkWidget *undo;

  wp_test_add_node (fixture->store, fixture->plan_id, task_a, WP_NODE_TASK, "子任务", -1);
  window = open_window (fixture->store);
  select_row (window, task_a);
  press (window, "Delete");
  assert_children (fixture, section, TASK_B);
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM nodes"), ==, 2);
  g_assert_cmpint (get_selected_id (window), ==, task_b);

  /* The toast takes it back, with what was under it. */
  undo = wait_for (window, find_button, "_Undo");
  g_signal_emit_by_name (undo, "clicked");
  wp_test_run_pending ();
  assert_children (fixture, section, TASK_A "|" TASK_B);
  assert_children (fixture, task_a, "子任务");

  close_window (window);
}

/* What a drag of @dragged ends with when released over @target's row at @fraction of its
 * height: the row's own drop handler runs, as GTK would run it. */
static void
drop (WpWindow *window,
      Fixture  *fixture,
      gint64    dragged,
      gint64    target,
      double    fraction)
{
  GtkWidget *row = wait_for (window, find_row, &target);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  g_autoptr(WpNode) node = wp_store_get_node (fixture->store, dragged);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_value_init (&value, WP_TYPE_NODE);
  g_value_set_object (&value, node);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0,
                               gtk_widget_get_height (row) * fraction, &dropped);
    }
  g_assert_true (dropped);
  wp_test_run_pending ();
}

static void
test_drag_and_drop (Fixture       *fixture,
                    gconstpointer  data)
{
  WpStore *store = fixture->store;
  gint64 plan = fixture->plan_id;
  gint64 first = wp_test_add_node (store, plan, 0, WP_NODE_SECTION, "一", -1);
  gint64 second = wp_test_add_node (store, plan, 0, WP_NODE_SECTION, "二", -1);
  gint64 task_a = wp_test_add_node (store, plan, first, WP_NODE_TASK, "A", -1);
  gint64 task_b = wp_test_add_node (store, plan, first, WP_NODE_TASK, "B", -1);
  gint64 task_c = wp_test_add_node (store, plan, second, WP_NODE_TASK, "C", -1);
  WpWindow *window = open_window (fixture->store);

  /* The middle of a section takes the node in, at its end. */
  drop (window, fixture, task_a, second, 0.5);
  assert_children (fixture, first, "B");
  assert_children (fixture, second, "C|A");
  g_assert_cmpint (get_selected_id (window), ==, task_a);

  /* The top of a row puts the node before it, the bottom after it. */
  drop (window, fixture, task_c, task_b, 0.1);
  assert_children (fixture, first, "C|B");
  drop (window, fixture, task_c, task_b, 0.9);
  assert_children (fixture, first, "B|C");

  /* Below an open section is its first child. */
  drop (window, fixture, task_a, first, 0.9);
  assert_children (fixture, first, "A|B|C");
  assert_children (fixture, second, "");
  g_assert_cmpint (get_selected_id (window), ==, task_a);

  close_window (window);
}

static gboolean
offers (GtkWidget     *widget,
        gconstpointer  name)
{
  GListModel *items = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (items, i);

      if (GTK_IS_STRING_OBJECT (item) && g_str_equal (gtk_string_object_get_string (item), name))
        return TRUE;
    }
  return FALSE;
}

static gpointer
find_dropdown_offering (WpWindow      *window,
                        gconstpointer  name)
{
  return find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, offers, name);
}

static void
choose (GtkDropDown *dropdown,
        const char  *name)
{
  GListModel *items = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (items, i);

      if (g_str_equal (gtk_string_object_get_string (item), name))
        gtk_drop_down_set_selected (dropdown, i);
    }
  wp_test_run_pending ();
}

static void
assign (Fixture    *fixture,
        gint64      node_id,
        const char *department,
        WpRole      role)
{
  gint64 department_id = wp_store_ensure_department (fixture->store, department, NULL);

  g_assert_true (wp_store_assign_department (fixture->store, node_id, department_id, role, NULL));
}

/* Returns @window once it shows the nodes @ids, as list_shown_ids() writes them. */
static gpointer
find_shown_ids (WpWindow      *window,
                gconstpointer  ids)
{
  g_autofree char *shown = list_shown_ids (window);

  return g_strcmp0 (shown, ids) == 0 ? window : NULL;
}

static gpointer
find_search_entry (WpWindow      *window,
                   gconstpointer  data)
{
  return find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
}

static char *
format_ids (guint n_ids,
            ...)
{
  GString *ids = g_string_new (NULL);
  va_list args;

  va_start (args, n_ids);
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", va_arg (args, gint64));
  va_end (args);
  return g_string_free (ids, FALSE);
}

static void
test_filter_by_department (Fixture       *fixture,
                           gconstpointer  data)
{
  WpStore *store = fixture->store;
  gint64 plan = fixture->plan_id;
  gint64 first = wp_test_add_node (store, plan, 0, WP_NODE_SECTION, "一", -1);
  gint64 second = wp_test_add_node (store, plan, 0, WP_NODE_SECTION, "二", -1);
  gint64 sub = wp_test_add_node (store, plan, second, WP_NODE_SECTION, "（一）", -1);
  gint64 a = wp_test_add_node (store, plan, first, WP_NODE_TASK, "新建幼儿园", -1);
  gint64 b = wp_test_add_node (store, plan, first, WP_NODE_TASK, "招聘教师", -1);
  gint64 c = wp_test_add_node (store, plan, sub, WP_NODE_TASK, "改造校舍", -1);
  gint64 d = wp_test_add_node (store, plan, sub, WP_NODE_TASK, "幼儿园安全检查", -1);
  g_autofree char *all = NULL;
  g_autofree char *led = format_ids (5, first, a, second, sub, d);
  g_autofree char *led_and_safe = format_ids (3, second, sub, d);
  WpWindow *window;
  WpFilterBar *bar;

  assign (fixture, a, "基教科", WP_ROLE_LEAD);
  assign (fixture, b, "人事科", WP_ROLE_LEAD);
  assign (fixture, b, "基教科", WP_ROLE_SUPPORT);
  assign (fixture, c, "基建科", WP_ROLE_LEAD);
  assign (fixture, d, "基教科", WP_ROLE_LEAD);
  window = open_window (store);
  all = list_shown_ids (window);

  press (window, "<Control>f");
  bar = WP_FILTER_BAR (find_widget (GTK_WIDGET (window), WP_TYPE_FILTER_BAR, NULL, NULL));
  g_assert_true (wp_filter_bar_get_revealed (bar));

  /* The tasks it leads, not those it supports, with their sections. */
  choose (wait_for (window, find_dropdown_offering, "基教科"), "基教科");
  wait_for (window, find_shown_ids, led);

  /* Text narrows it further. */
  gtk_editable_set_text (wait_for (window, find_search_entry, NULL), "安全");
  wait_for (window, find_shown_ids, led_and_safe);

  /* Escape closes the bar, clears the filter and shows everything again. */
  press (window, "Escape");
  g_assert_false (wp_filter_bar_get_revealed (bar));
  wait_for (window, find_shown_ids, all);
  g_assert_true (wp_node_filter_is_empty (wp_outline_view_get_filter (wp_window_get_outline (window))));

  close_window (window);
}

/* The dashboard */

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static gpointer
find_root_chip (WpWindow      *window,
                gconstpointer  data)
{
  return find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_css_class, "filter-root");
}

/* The section chart, once it has its data and is laid out. */
static gpointer
find_section_chart (WpWindow      *window,
                    gconstpointer  data)
{
  WpChartView *chart = wp_dashboard_view_get_chart (wp_window_get_dashboard (window),
                                                    WP_CHART_KIND_BARS);
  int natural;

  if (wp_chart_view_get_data (chart) == NULL || !gtk_widget_get_mapped (GTK_WIDGET (chart)))
    return NULL;
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL,
                      NULL);
  return gtk_widget_get_height (GTK_WIDGET (chart)) >= natural ? chart : NULL;
}

/* Clicks the middle of bar @index of the dashboard's section chart, as a user would. */
static void
click_section_bar (WpWindow *window,
                   guint     index)
{
  WpChartView *chart = wait_for (window, find_section_chart, NULL);
  WpChartRect rect = { 0, 0, gtk_widget_get_width (GTK_WIDGET (chart)),
                       gtk_widget_get_height (GTK_WIDGET (chart)) };
  WpChartRect track;
  WpChartStyle style;
  guint n_bars = 0;

  wp_dashboard_data_get_bars (wp_chart_view_get_data (chart), &n_bars);
  wp_chart_view_get_style (chart, &style);
  wp_chart_bars_track (&rect, &style, n_bars, index, &track);
  wp_chart_style_clear (&style);
  g_assert_cmpint (wp_chart_view_activate_at (chart, track.x + track.width / 2,
                                              track.y + track.height / 2), ==, index);
  wp_test_run_pending ();
}

/* Ctrl+1, 2 and 3 switch the views; a click on a section's bar opens the outline on that
 * section alone, and the filter bar says so until the user takes it away. */
static void
test_dashboard_to_outline (Fixture       *fixture,
                           gconstpointer  data)
{
  /* Each node's parent is an earlier one of the table, or -1 for the top. */
  const struct { int parent; WpNodeKind kind; const char *title; } outline[] = {
    { -1, WP_NODE_SECTION, "学前教育" }, { 0, WP_NODE_TASK, "新建幼儿园" },
    { -1, WP_NODE_SECTION, "义务教育" }, { 2, WP_NODE_SECTION, "办学条件" },
    { 3, WP_NODE_TASK, "改造校舍" }, { 3, WP_NODE_TASK, "安全检查" },
  };
  gint64 ids[G_N_ELEMENTS (outline)];
  g_autofree char *all = NULL;
  g_autofree char *second_only = NULL;
  WpNodeFilter *filter;
  WpWindow *window;
  GtkWidget *chip, *label;

  for (guint i = 0; i < G_N_ELEMENTS (outline); i++)
    ids[i] = wp_test_add_node (fixture->store, fixture->plan_id,
                               outline[i].parent < 0 ? 0 : ids[outline[i].parent],
                               outline[i].kind, outline[i].title, -1);
  all = format_ids (6, ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
  second_only = format_ids (4, ids[2], ids[3], ids[4], ids[5]);

  window = open_window (fixture->store);
  filter = wp_outline_view_get_filter (wp_window_get_outline (window));
  wait_for (window, find_shown_ids, all);

  press (window, "<Control>2");
  g_assert_cmpstr (wp_window_get_view (window), ==, "dashboard");
  press (window, "<Control>3");
  g_assert_cmpstr (wp_window_get_view (window), ==, "summary");
  press (window, "<Control>2");
  g_assert_cmpstr (wp_window_get_view (window), ==, "dashboard");

  click_section_bar (window, 1);
  g_assert_cmpstr (wp_window_get_view (window), ==, "outline");
  g_assert_cmpint (wp_node_filter_get_root_id (filter), ==, ids[2]);
  wait_for (window, find_shown_ids, second_only);
  chip = wait_for (window, find_root_chip, NULL);
  /* The section as the outline numbers it. */
  label = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (chip)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "二、义务教育"));

  /* The chip takes the section away: the whole plan again. */
  g_signal_emit_by_name (chip, "clicked");
  wp_test_run_pending ();
  g_assert_true (wp_node_filter_is_empty (filter));
  wait_for (window, find_shown_ids, all);

  press (window, "<Control>1");
  g_assert_cmpstr (wp_window_get_view (window), ==, "outline");

  close_window (window);
}

static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  WpWindow *window = open_window (fixture->store);
  /* Transfer none: GTK's own list of windows, which must outlive this test. */
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *shortcuts = NULL;

  press (window, "<Control>question");
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && shortcuts == NULL; i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel) && gtk_widget_get_visible (toplevel))
        shortcuts = toplevel;
    }
  g_assert_nonnull (shortcuts);
  g_assert_nonnull (find_widget (shortcuts, GTK_TYPE_SHORTCUTS_SHORTCUT, NULL, NULL));
  gtk_window_close (GTK_WINDOW (shortcuts));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = wp_test_register_app ();

  wp_test_add ("/outline-edit/build-move-undo", wp_test_fixture_set_up_plan, test_build_move_undo);
  wp_test_add ("/outline-edit/rename-in-place", wp_test_fixture_set_up_plan, test_rename_in_place);
  wp_test_add ("/outline-edit/delete-and-undo", wp_test_fixture_set_up_plan, test_delete_and_undo);
  wp_test_add ("/outline-edit/drag-and-drop", wp_test_fixture_set_up_plan, test_drag_and_drop);
  wp_test_add ("/outline-edit/filter-by-department", wp_test_fixture_set_up_plan,
               test_filter_by_department);
  wp_test_add ("/outline-edit/dashboard-to-outline", wp_test_fixture_set_up_plan,
               test_dashboard_to_outline);
  wp_test_add ("/outline-edit/shortcuts-window", wp_test_fixture_set_up_plan,
               test_shortcuts_window);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
