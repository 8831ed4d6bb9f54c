/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>

#include "wp-outline-row.h"
#include "wp-store.h"
#include "wp-test-util.h"
#include "wp-toast.h"
#include "wp-window.h"

typedef WpTestFixture Fixture;

typedef struct
{
  const char *number;
  const char *title;
} ExpectedRow;

static GtkApplication *app;

/* Two levels of sections with tasks, and tasks directly under a top section, as in
 * the bureau's documents. */
static void
add_outline (WpStore           *store,
             gint64             plan_id,
             const char * const titles[9])
{
  gint64 first = wp_test_add_node (store, plan_id, 0, WP_NODE_SECTION, titles[0], -1);
  gint64 sub1 = wp_test_add_node (store, plan_id, first, WP_NODE_SECTION, titles[1], -1);
  gint64 sub2, second;

  wp_test_add_node (store, plan_id, sub1, WP_NODE_TASK, titles[2], -1);
  wp_test_add_node (store, plan_id, sub1, WP_NODE_TASK, titles[3], -1);
  sub2 = wp_test_add_node (store, plan_id, first, WP_NODE_SECTION, titles[4], -1);
  wp_test_add_node (store, plan_id, sub2, WP_NODE_TASK, titles[5], -1);
  second = wp_test_add_node (store, plan_id, 0, WP_NODE_SECTION, titles[6], -1);
  wp_test_add_node (store, plan_id, second, WP_NODE_TASK, titles[7], -1);
  wp_test_add_node (store, plan_id, second, WP_NODE_TASK, titles[8], -1);
}

static const char * const zh_titles[9] = {
  "全面加强党的建设", "强化理论武装", "组织专题学习", "开展主题党日活动", "严格落实监督责任",
  "落实全面从严治党主体责任", "推进教育优质均衡发展", "新建改扩建幼儿园12所",
  "新增学位不少于3000个",
};

static const char * const en_titles[9] = {
  "Strengthen the party's work", "Theory", "Organise study sessions", "Hold theme days",
  "Supervision", "Carry out the main responsibility", "Balanced education",
  "Build 12 kindergartens", "Add at least 3000 school places",
};

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  GtkWidget *child;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);

  for (child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static GPtrArray *
find_widgets (WpWindow *window,
              GType     type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (window), type, found);
  return found;
}

/* The rows that show a node, in the order the list view lays them out. */
static GPtrArray *
find_outline_rows (WpWindow *window)
{
  GPtrArray *rows = find_widgets (window, WP_TYPE_OUTLINE_ROW);

  for (guint i = rows->len; i > 0; i--)
    if (*wp_outline_row_get_title (g_ptr_array_index (rows, i - 1)) == '\0')
      g_ptr_array_remove_index (rows, i - 1);

  return rows;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @window shows @n_rows outline rows. */
static void
wait_for_rows (WpWindow *window,
               guint     n_rows)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WP_TEST_PATIENCE_SECONDS, timeout_cb, &timed_out);

  while (!timed_out)
    {
      g_autoptr(GPtrArray) rows = find_outline_rows (window);

      if (rows->len == n_rows)
        break;
      g_main_context_iteration (NULL, TRUE);
    }

  g_assert_false (timed_out);
  g_source_remove (timeout_id);
}

static void
assert_outline (WpWindow          *window,
                const ExpectedRow *expected,
                guint              n_expected)
{
  g_autoptr(GPtrArray) rows = NULL;

  wait_for_rows (window, n_expected);
  rows = find_outline_rows (window);
  for (guint i = 0; i < n_expected; i++)
    {
      WpOutlineRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (wp_outline_row_get_number (row), ==, expected[i].number);
      g_assert_cmpstr (wp_outline_row_get_title (row), ==, expected[i].title);
    }
}

static WpWindow *
open_window (WpStore *store)
{
  WpWindow *window = wp_window_new (app, store);

  /* The test's own reference, so that it can check that the window is finalised. */
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
close_window (WpWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (window);
}

static GtkDropDown *
find_plan_dropdown (WpWindow *window)
{
  g_autoptr(GPtrArray) dropdowns = find_widgets (window, GTK_TYPE_DROP_DOWN);

  g_assert_cmpuint (dropdowns->len, ==, 1);
  return g_ptr_array_index (dropdowns, 0);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

static void
test_zh_outline (Fixture       *fixture,
                 gconstpointer  data)
{
  const ExpectedRow expected[] = {
    { "一、", zh_titles[0] }, { "（一）", zh_titles[1] }, { "1.", zh_titles[2] },
    { "2.", zh_titles[3] }, { "（二）", zh_titles[4] }, { "1.", zh_titles[5] },
    { "二、", zh_titles[6] }, { "1.", zh_titles[7] }, { "2.", zh_titles[8] },
  };
  gint64 plan_id = wp_test_create_plan (fixture->store, 2019, "2019年工作要点", WP_NUMBERING_ZH);
  WpWindow *window;

  add_outline (fixture->store, plan_id, zh_titles);
  window = open_window (fixture->store);

  assert_outline (window, expected, G_N_ELEMENTS (expected));
  g_assert_true (has_label (GTK_WIDGET (find_plan_dropdown (window)), "2019 2019年工作要点"));

  close_window (window);
}

static void
test_switch_to_en_plan (Fixture       *fixture,
                        gconstpointer  data)
{
  const ExpectedRow expected[] = {
    { "I.", en_titles[0] }, { "A.", en_titles[1] }, { "1.", en_titles[2] },
    { "2.", en_titles[3] }, { "B.", en_titles[4] }, { "1.", en_titles[5] },
    { "II.", en_titles[6] }, { "1.", en_titles[7] }, { "2.", en_titles[8] },
  };
  gint64 zh_plan = wp_test_create_plan (fixture->store, 2019, "2019年工作要点", WP_NUMBERING_ZH);
  gint64 en_plan = wp_test_create_plan (fixture->store, 2020, "Work Plan 2020", WP_NUMBERING_EN);
  GtkDropDown *dropdown;
  WpWindow *window;

  add_outline (fixture->store, zh_plan, zh_titles);
  add_outline (fixture->store, en_plan, en_titles);
  window = open_window (fixture->store);
  dropdown = find_plan_dropdown (window);
  wait_for_rows (window, G_N_ELEMENTS (expected));

  /* Plans are listed by year: the first is selected, the user picks the second. */
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  gtk_drop_down_set_selected (dropdown, 1);

  assert_outline (window, expected, G_N_ELEMENTS (expected));
  g_assert_true (has_label (GTK_WIDGET (dropdown), "2020 Work Plan 2020"));

  close_window (window);
}

static void
test_empty_then_import (Fixture       *fixture,
                        gconstpointer  data)
{
  const ExpectedRow expected[] = { { "一、", "推进教育优质均衡发展" }, { "1.", "新建幼儿园" } };
  WpWindow *window = open_window (fixture->store);
  g_autoptr(GPtrArray) status_pages = NULL;
  g_autoptr(GPtrArray) dropdowns = NULL;
  gint64 plan_id, section_id;

  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  status_pages = find_widgets (window, ADW_TYPE_STATUS_PAGE);
  g_assert_cmpuint (status_pages->len, ==, 1);
  g_assert_cmpstr (adw_status_page_get_title (g_ptr_array_index (status_pages, 0)),
                   ==, "Welcome to Workplan");

  /* A plan arriving while the window is open (an import from the command line). */
  g_assert_true (wp_store_begin (fixture->store, NULL));
  plan_id = wp_test_create_plan (fixture->store, 2021, "2021年工作要点", WP_NUMBERING_ZH);
  section_id = wp_test_add_node (fixture->store, plan_id, 0, WP_NODE_SECTION, expected[0].title,
                                 -1);
  wp_test_add_node (fixture->store, plan_id, section_id, WP_NODE_TASK, expected[1].title, -1);
  g_assert_true (wp_store_commit (fixture->store, NULL));

  assert_outline (window, expected, G_N_ELEMENTS (expected));
  g_clear_pointer (&status_pages, g_ptr_array_unref);
  status_pages = find_widgets (window, ADW_TYPE_STATUS_PAGE);
  g_assert_cmpuint (status_pages->len, ==, 0);
  dropdowns = find_widgets (window, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (dropdowns->len, ==, 1);

  close_window (window);
}

static void
test_rename_updates_row (Fixture       *fixture,
                         gconstpointer  data)
{
  const ExpectedRow before[] = { { "一、", "旧标题" } };
  const ExpectedRow after[] = { { "一、", "新标题" } };
  gint64 plan_id = wp_test_create_plan (fixture->store, 2019, "2019年工作要点", WP_NUMBERING_ZH);
  gint64 node_id = wp_test_add_node (fixture->store, plan_id, 0, WP_NODE_SECTION, before[0].title,
                                     -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(WpNode) live = NULL;
  g_autoptr(WpNode) edited = NULL;
  WpWindow *window = open_window (fixture->store);

  assert_outline (window, before, G_N_ELEMENTS (before));

  live = wp_store_get_node (fixture->store, node_id);
  edited = wp_node_copy (live);
  wp_node_set_title (edited, after[0].title);
  g_assert_true (wp_store_update_node (fixture->store, edited, &error));
  g_assert_no_error (error);

  assert_outline (window, after, G_N_ELEMENTS (after));

  close_window (window);
}

static gboolean
has_one_plan (gpointer store)
{
  g_autoptr(GPtrArray) plans = wp_store_list_plans (store);

  return plans->len == 1;
}

/* The welcome page's third button opens the sample plan, which is then shown. */
static void
test_open_sample (Fixture       *fixture,
                  gconstpointer  data)
{
  WpWindow *window = open_window (fixture->store);
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) status_pages = NULL;
  gint64 plan_id;
  WpPlan *shown;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  wp_test_wait_until (has_one_plan, fixture->store);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  plans = wp_store_list_plans (fixture->store);
  plan_id = wp_plan_get_id (g_ptr_array_index (plans, 0));
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, plan_id, WP_NODE_TASK), >, 10);
  shown = wp_outline_view_get_plan (wp_window_get_outline (window));
  g_assert_nonnull (shown);
  g_assert_cmpint (wp_plan_get_id (shown), ==, plan_id);
  status_pages = find_widgets (window, ADW_TYPE_STATUS_PAGE);
  g_assert_cmpuint (status_pages->len, ==, 0);

  close_window (window);
}

typedef struct
{
  WpDashboardView *view;
  guint            red;
} RedLights;

static gboolean
shows_red (gpointer data)
{
  RedLights *wait = data;
  WpDashboardData *shown = wp_dashboard_view_get_data (wait->view);

  return shown != NULL && wp_dashboard_data_get_lights (shown)->red == wait->red;
}

static guint
count_red (WpStore     *store,
           gint64       plan_id,
           const GDate *as_of,
           double       threshold)
{
  WpLightThresholds thresholds = { threshold, threshold };
  g_autoptr(WpPlanSnapshot) snapshot = wp_plan_snapshot_new (store, plan_id, as_of,
                                                             &thresholds, NULL);
  g_autoptr(WpDashboardData) data = wp_dashboard_data_new (snapshot);

  return wp_dashboard_data_get_lights (data)->red;
}

/* The light thresholds are settings: with zero, every task behind the calendar is red
 * on the dashboard. */
static void
test_light_settings (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  WpWindow *window = open_window (fixture->store);
  RedLights wait = { wp_window_get_dashboard (window), 0 };
  const GDate *as_of;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "dashboard");
  g_assert_cmpstr (wp_window_get_view (window), ==, "dashboard");
  as_of = wp_dashboard_view_get_as_of (wait.view);
  wait.red = count_red (fixture->store, plan_id, as_of, 25);
  wp_test_wait_until (shows_red, &wait);

  g_settings_set_double (settings, "light-yellow-after", 0);
  g_settings_set_double (settings, "light-red-after", 0);
  wait.red = count_red (fixture->store, plan_id, as_of, 0);
  g_assert_cmpuint (wait.red, >, count_red (fixture->store, plan_id, as_of, 25));
  wp_test_wait_until (shows_red, &wait);

  g_settings_reset (settings, "light-yellow-after");
  g_settings_reset (settings, "light-red-after");
  close_window (window);
}

/* libadwaita 1.2 reads a toast's title as markup: what the user sees is the title parsed
 * as Pango markup, and it must be the text exactly, whatever a plan or file is called. */
static void
test_toast_literal (void)
{
  const char *texts[] = { "已删除“R&D <b>研发</b> & 5 < 6”", "a &amp; b", "<span>", "" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(AdwToast) toast = wp_toast_new_literal (texts[i]);
      g_autofree char *shown = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (pango_parse_markup (adw_toast_get_title (toast), -1, 0, NULL, &shown, NULL,
                                         &error));
      g_assert_no_error (error);
      g_assert_cmpstr (shown, ==, texts[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = wp_test_register_app ();

  wp_test_add ("/window/zh-outline", wp_test_fixture_set_up_store, test_zh_outline);
  wp_test_add ("/window/switch-to-en-plan", wp_test_fixture_set_up_store, test_switch_to_en_plan);
  wp_test_add ("/window/empty-then-import", wp_test_fixture_set_up_store, test_empty_then_import);
  wp_test_add ("/window/rename-updates-row", wp_test_fixture_set_up_store, test_rename_updates_row);
  wp_test_add ("/window/open-sample", wp_test_fixture_set_up_store, test_open_sample);
  wp_test_add ("/window/light-settings", wp_test_fixture_set_up_store, test_light_settings);
  g_test_add_func ("/window/toast-literal", test_toast_literal);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
