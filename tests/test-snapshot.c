/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-snapshot"

#include "config.h"

#include <math.h>

#include "wp-dashboard-data.h"
#include "wp-plan-snapshot.h"
#include "wp-test-util.h"

/* Helpers */

static GDate *
make_date (const char *iso)
{
  GDate *date = g_date_new ();

  g_assert_true (wp_date_parse (iso, date));
  return date;
}

static WpPlanSnapshot *
take_snapshot (WpTestFixture *fixture,
               const char    *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) date = make_date (as_of);
  WpPlanSnapshot *snapshot;

  snapshot = wp_plan_snapshot_new (fixture->store, fixture->plan_id, date, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (snapshot);
  return snapshot;
}

static double
progress_on (WpPlanSnapshot *snapshot,
             const char     *iso)
{
  g_autoptr(GDate) date = make_date (iso);

  return wp_plan_snapshot_progress_on (snapshot, date);
}

static double
expected_on (WpPlanSnapshot *snapshot,
             const char     *iso)
{
  g_autoptr(GDate) date = make_date (iso);

  return wp_plan_snapshot_expected_on (snapshot, date);
}

/* A task as a person would enter it; NULL dates stay unset. */
typedef struct
{
  const char *title;
  WpStatus    status;
  double      progress;
  double      weight;
  const char *start;
  const char *due;
  const char *completed;
} TaskSpec;

static gint64
add_task (WpTestFixture  *fixture,
          gint64          parent_id,
          const TaskSpec *spec)
{
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);

  wp_node_set_title (node, spec->title);
  wp_node_set_status (node, spec->status);
  wp_node_set_progress (node, spec->progress);
  wp_node_set_weight (node, spec->weight > 0 ? spec->weight : 1.0);
  wp_node_set_start (node, spec->start);
  wp_node_set_due (node, spec->due);
  wp_node_set_completed (node, spec->completed);
  return wp_test_insert_node (fixture->store, fixture->plan_id, parent_id, node, -1);
}

static gint64
add_section (WpTestFixture *fixture,
             gint64         parent_id,
             const char    *title)
{
  return wp_test_add_node (fixture->store, fixture->plan_id, parent_id, WP_NODE_SECTION, title,
                           -1);
}

static void
assign (WpTestFixture *fixture,
        gint64         node_id,
        gint64         department_id,
        WpRole         role)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wp_store_assign_department (fixture->store, node_id, department_id, role,
                                             &error));
  g_assert_no_error (error);
}

static WpSnapshotNode *
find_task (WpPlanSnapshot *snapshot,
           const char     *title)
{
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (snapshot);

  for (guint i = 0; i < tasks->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (tasks, i);

      if (g_str_equal (task->title, title))
        return task;
    }
  g_assert_not_reached ();
}

static const WpSnapshotIndicator *
find_indicator (WpSnapshotNode *node,
                const char     *name)
{
  for (guint i = 0; i < node->indicators->len; i++)
    {
      const WpSnapshotIndicator *item = g_ptr_array_index (node->indicators, i);

      if (g_str_equal (wp_indicator_get_name (item->indicator), name))
        return item;
    }
  g_assert_not_reached ();
}

static void
import_fixture (WpTestFixture *fixture,
                gconstpointer  data)
{
  wp_test_fixture_set_up_store (fixture, data);
  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
}

/* The snapshot of the 2019 fixture */

static void
test_fixture_tree (WpTestFixture *fixture,
                   gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = take_snapshot (fixture, "2019-12-31");
  GPtrArray *roots = wp_plan_snapshot_get_roots (snapshot);
  WpSnapshotNode *party = g_ptr_array_index (roots, 0);
  WpSnapshotNode *education = g_ptr_array_index (roots, 1);
  WpSnapshotNode *preschool = g_ptr_array_index (education->children, 0);
  WpSnapshotNode *kindergartens = g_ptr_array_index (preschool->children, 0);
  WpSnapshotNode *first_task = g_ptr_array_index (party->children, 0);
  g_autofree char *label = wp_snapshot_node_get_label (preschool);

  g_assert_cmpuint (roots->len, ==, 4);
  g_assert_cmpuint (wp_plan_snapshot_get_tasks (snapshot)->len, ==, 11);
  g_assert_cmpuint (wp_plan_snapshot_get_nodes (snapshot)->len, ==, 19);
  g_assert_cmpstr (party->number, ==, "一、");
  g_assert_cmpstr (education->number, ==, "二、");
  g_assert_cmpstr (education->title, ==, "推进各级各类教育协调发展");
  g_assert_cmpstr (preschool->number, ==, "（一）");
  g_assert_cmpstr (label, ==, "（一）学前教育");
  g_clear_pointer (&label, g_free);
  label = wp_snapshot_node_get_label (kindergartens);
  g_assert_cmpstr (label, ==, "1.新建、改扩建公办幼儿园");
  g_assert_cmpstr (kindergartens->number, ==, "1.");
  g_assert_cmpstr (first_task->number, ==, "1.");
  g_assert_cmpuint (education->depth, ==, 0);
  g_assert_cmpuint (preschool->depth, ==, 1);
  g_assert_cmpuint (kindergartens->depth, ==, 2);
  g_assert_true (kindergartens->parent == preschool);
  g_assert_null (education->parent);
  g_assert_true (wp_plan_snapshot_lookup (snapshot, kindergartens->id) == kindergartens);
  g_assert_null (wp_plan_snapshot_lookup (snapshot, -5));

  /* Document order: every node comes after its parent. */
  g_assert_true (g_ptr_array_index (wp_plan_snapshot_get_nodes (snapshot), 0) == party);
  g_assert_true (g_ptr_array_index (wp_plan_snapshot_get_nodes (snapshot), 1) == first_task);
}

static void
test_labels (WpTestFixture *fixture,
             gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  gint64 section, task;
  g_autofree char *section_label = NULL;
  g_autofree char *task_label = NULL;

  fixture->plan_id = wp_test_create_plan (fixture->store, 2019, "Work plan", WP_NUMBERING_EN);
  section = add_section (fixture, 0, "Preschool");
  add_section (fixture, section, "Kindergartens");
  task = add_task (fixture, section, &(TaskSpec) { "Build 12 kindergartens" });
  snapshot = take_snapshot (fixture, "2019-06-30");
  section_label = wp_snapshot_node_get_label (wp_plan_snapshot_lookup (snapshot, section));
  task_label = wp_snapshot_node_get_label (wp_plan_snapshot_lookup (snapshot, task));

  g_assert_cmpstr (section_label, ==, "I. Preschool");
  /* Sections and tasks are counted apart: the task is the first of its kind. */
  g_assert_cmpstr (task_label, ==, "1. Build 12 kindergartens");
  g_assert_cmpstr (((WpSnapshotNode *) wp_plan_snapshot_get_nodes (snapshot)->pdata[1])->number,
                   ==, "A.");
}

static void
test_fixture_matches_rollup (WpTestFixture *fixture,
                             gconstpointer  data)
{
  g_autoptr(GDate) as_of = make_date ("2019-10-15");
  g_autoptr(WpPlanSnapshot) snapshot = take_snapshot (fixture, "2019-10-15");
  g_autoptr(WpRollup) rollup = wp_rollup_new (fixture->store, fixture->plan_id, as_of, NULL);
  GPtrArray *nodes = wp_plan_snapshot_get_nodes (snapshot);
  WpRollupCounts counts;
  guint n_red = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      WpSnapshotNode *node = g_ptr_array_index (nodes, i);

      g_assert_cmpfloat (node->progress, ==, wp_rollup_get_progress (rollup, node->id));
      g_assert_cmpint (node->light, ==, wp_rollup_get_light (rollup, node->id));
      g_assert_true (wp_rollup_get_counts (rollup, node->id, &counts));
      g_assert_cmpmem (&node->counts, sizeof counts, &counts, sizeof counts);
      n_red += node->kind == WP_NODE_TASK && node->light == WP_LIGHT_RED;
    }
  g_assert_cmpuint (n_red, >, 0);

  wp_rollup_get_plan_counts (rollup, &counts);
  g_assert_cmpfloat (wp_plan_snapshot_get_progress (snapshot), ==,
                     wp_rollup_get_plan_progress (rollup));
  g_assert_cmpint (wp_plan_snapshot_get_light (snapshot), ==, wp_rollup_get_plan_light (rollup));
  g_assert_cmpmem (wp_plan_snapshot_get_counts (snapshot), sizeof counts, &counts, sizeof counts);
  g_assert_cmpuint (counts.tasks, ==, 11);
}

static void
test_fixture_details (WpTestFixture *fixture,
                      gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = take_snapshot (fixture, "2019-12-31");
  WpSnapshotNode *kindergartens = find_task (snapshot, "新建、改扩建公办幼儿园");
  WpSnapshotNode *enrolment = find_task (snapshot, "提高学前三年毛入园率");
  WpSnapshotNode *discipline = find_task (snapshot, "落实全面从严治党主体责任");
  g_autoptr(GDate) plan_start = make_date ("2019-01-01");
  g_autoptr(GDate) completed = make_date ("2019-12-20");

  g_assert_cmpstr (kindergartens->lead, ==, "基础教育科");
  g_assert_cmpint (kindergartens->lead_id, >, 0);
  g_assert_cmpuint (kindergartens->assignments->len, ==, 3);
  g_assert_cmpint (wp_assignment_get_role (kindergartens->assignments->pdata[0]), ==, WP_ROLE_LEAD);
  g_assert_cmpstr (enrolment->lead, ==, "基础教育科");
  g_assert_cmpstr (discipline->lead, ==, "纪检监察室");
  g_assert_true (kindergartens->key);
  g_assert_cmpfloat (kindergartens->weight, ==, 2.0);
  g_assert_cmpint (kindergartens->status, ==, WP_STATUS_DONE);
  g_assert_cmpint (g_date_compare (&kindergartens->completed, completed), ==, 0);
  g_assert_false (g_date_valid (&discipline->completed));
  /* No start date of its own: the plan's period. */
  g_assert_cmpint (g_date_compare (&discipline->start, plan_start), ==, 0);
  g_assert_cmpstr (discipline->summary, ==, "");
  g_assert_cmpstr (discipline->reason, ==, "");
}

static void
test_fixture_indicators (WpTestFixture *fixture,
                         gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = take_snapshot (fixture, "2019-12-31");
  WpSnapshotNode *kindergartens = find_task (snapshot, "新建、改扩建公办幼儿园");
  WpSnapshotNode *canteens = find_task (snapshot, "推进“明厨亮灶”工程");
  const WpSnapshotIndicator *built = find_indicator (kindergartens, "建成幼儿园");
  const WpSnapshotIndicator *canteen = find_indicator (canteens, "建成“明厨亮灶”学校食堂");

  /* 13 kindergartens of 12 is 108.3 %, and green. */
  g_assert_cmpfloat_with_epsilon (built->rate, 13.0 / 12.0, 1e-9);
  g_assert_cmpint (built->light, ==, WP_LIGHT_GREEN);
  /* Not reported four months into a ten-month task: no rate, and red. */
  g_assert_true (isnan (canteen->rate));
  g_assert_cmpint (canteen->light, ==, WP_LIGHT_RED);

  g_assert_cmpuint (kindergartens->entries->len, ==, 4);
  for (guint i = 1; i < kindergartens->entries->len; i++)
    g_assert_cmpstr (wp_progress_entry_get_date (kindergartens->entries->pdata[i - 1]), <,
                     wp_progress_entry_get_date (kindergartens->entries->pdata[i]));
  g_assert_cmpstr (wp_progress_entry_get_date (kindergartens->entries->pdata[0]), ==,
                   "2019-03-31");
  g_assert_cmpuint (wp_plan_snapshot_get_departments (snapshot)->len, >=, 8);
}

static gpointer
build_dashboard_data (gpointer snapshot)
{
  return wp_dashboard_data_new (snapshot);
}

/* The store goes; everything read from the snapshot stays, in any thread. */
static void
test_detached (WpTestFixture *fixture,
               gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = take_snapshot (fixture, "2019-12-31");
  g_autoptr(WpDashboardData) dashboard = NULL;
  WpSnapshotNode *kindergartens;
  guint n_bullets;

  g_assert_finalize_object (g_steal_pointer (&fixture->store));

  g_assert_cmpstr (wp_plan_get_title (wp_plan_snapshot_get_plan (snapshot)), ==,
                   "某市教育局2019年工作要点");
  kindergartens = find_task (snapshot, "新建、改扩建公办幼儿园");
  g_assert_cmpstr (kindergartens->number, ==, "1.");
  g_assert_cmpstr (wp_indicator_get_name (((WpSnapshotIndicator *)
                                           kindergartens->indicators->pdata[1])->indicator),
                   ==, "新增学位");
  g_assert_cmpfloat (wp_progress_entry_get_progress (kindergartens->entries->pdata[1]), ==, 45);
  g_assert_cmpfloat (progress_on (snapshot, "2019-12-31"), >, 0);

  dashboard = g_thread_join (g_thread_new ("dashboard", build_dashboard_data, snapshot));
  wp_dashboard_data_get_bullets (dashboard, &n_bullets);
  g_assert_cmpuint (n_bullets, ==, 12);
  g_assert_true (wp_dashboard_data_get_snapshot (dashboard) == snapshot);
}

typedef struct
{
  WpTestFixture   *fixture;
  WpSnapshotFlags  flags;
} FileRead;

/* Read in a worker, as the dashboard does: through a connection of its own. */
static gpointer
read_from_file (gpointer data)
{
  FileRead *read = data;
  g_autoptr(GDate) as_of = make_date ("2019-10-15");
  g_autoptr(GError) error = NULL;
  WpPlanSnapshot *snapshot;

  snapshot = wp_plan_snapshot_new_from_file (read->fixture->path, read->fixture->plan_id, as_of,
                                             NULL, read->flags, &error);
  g_assert_no_error (error);
  return snapshot;
}

static void
assert_same_node (const WpSnapshotNode *a,
                  const WpSnapshotNode *b,
                  gboolean              charts_only)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpstr (a->number, ==, b->number);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->lead, ==, b->lead);
  g_assert_cmpfloat (a->progress, ==, b->progress);
  g_assert_cmpint (a->light, ==, b->light);
  g_assert_cmpmem (&a->counts, sizeof a->counts, &b->counts, sizeof b->counts);
  g_assert_cmpuint (a->assignments->len, ==, b->assignments->len);
  g_assert_cmpuint (a->indicators->len, ==, b->indicators->len);
  g_assert_cmpuint (a->children->len, ==, b->children->len);
  if (charts_only)
    {
      g_assert_cmpuint (a->entries->len, ==, 0);
      g_assert_cmpstr (a->body, ==, "");
      g_assert_cmpstr (a->summary, ==, "");
    }
  else
    {
      g_assert_cmpuint (a->entries->len, ==, b->entries->len);
      g_assert_cmpstr (a->body, ==, b->body);
      g_assert_cmpstr (a->summary, ==, b->summary);
    }
}

/* Read from the workbook's file in another thread, a snapshot has the figures of one read
 * through the window's store, burn-up included; for the charts only, without entries and
 * texts. */
static void
assert_same_as_store (WpTestFixture   *fixture,
                      WpPlanSnapshot  *expected,
                      WpSnapshotFlags  flags)
{
  FileRead read = { fixture, flags };
  g_autoptr(WpPlanSnapshot) snapshot = g_thread_join (g_thread_new ("snapshot", read_from_file,
                                                                    &read));
  g_autoptr(WpDashboardData) charts = wp_dashboard_data_new (snapshot);
  g_autoptr(WpDashboardData) expected_charts = wp_dashboard_data_new (expected);
  GPtrArray *nodes = wp_plan_snapshot_get_nodes (snapshot);

  g_assert_cmpuint (nodes->len, ==, wp_plan_snapshot_get_nodes (expected)->len);
  for (guint i = 0; i < nodes->len; i++)
    assert_same_node (g_ptr_array_index (nodes, i),
                      g_ptr_array_index (wp_plan_snapshot_get_nodes (expected), i),
                      flags == WP_SNAPSHOT_CHARTS_ONLY);
  g_assert_cmpfloat (wp_plan_snapshot_get_progress (snapshot), ==,
                     wp_plan_snapshot_get_progress (expected));
  g_assert_cmpint (g_date_compare (wp_plan_snapshot_get_as_of (snapshot),
                                   wp_plan_snapshot_get_as_of (expected)), ==, 0);
  g_assert_cmpfloat (progress_on (snapshot, "2019-05-31"), ==,
                     progress_on (expected, "2019-05-31"));
  g_assert_cmpfloat (progress_on (snapshot, "2019-05-31"), >, 0);
  g_assert_cmpmem (wp_dashboard_data_get_burnup (charts), sizeof (WpChartBurnup),
                   wp_dashboard_data_get_burnup (expected_charts), sizeof (WpChartBurnup));
}

/* A snapshot read from the workbook's file in another thread has the figures of one read
 * through the window's store; a workbook that is gone is not created again. */
static void
test_from_file (WpTestFixture *fixture,
                gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) expected = take_snapshot (fixture, "2019-10-15");
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autofree char *moved = g_build_filename (fixture->dir, "moved.db", NULL);
  g_autoptr(GError) error = NULL;

  assert_same_as_store (fixture, expected, WP_SNAPSHOT_FULL);
  assert_same_as_store (fixture, expected, WP_SNAPSHOT_CHARTS_ONLY);

  snapshot = wp_plan_snapshot_new_from_file (moved, fixture->plan_id, NULL, NULL,
                                             WP_SNAPSHOT_FULL, &error);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO);
  g_assert_null (snapshot);
  g_assert_false (g_file_test (moved, G_FILE_TEST_EXISTS));
}

static void
test_missing_plan (WpTestFixture *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlanSnapshot) snapshot = NULL;

  snapshot = wp_plan_snapshot_new (fixture->store, fixture->plan_id + 100, NULL, NULL, &error);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
  g_assert_null (snapshot);
}

static void
assert_default_as_of (guint        year,
                      const GDate *expected)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();
  GDate as_of;

  wp_plan_set_year (plan, year);
  wp_plan_snapshot_default_as_of (plan, &as_of);
  g_assert_true (g_date_valid (&as_of));
  g_assert_cmpint (g_date_compare (&as_of, expected), ==, 0);
}

static void
test_default_as_of (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint year = g_date_time_get_year (now);
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now), year);
  g_autoptr(GDate) end_2019 = make_date ("2019-12-31");

  assert_default_as_of (2019, end_2019);
  assert_default_as_of (year, today);
  /* Before the period starts, the plan is looked at as it stands today. */
  assert_default_as_of (year + 1, today);
}

/* The burn-up's figures */

static void
test_progress_on (WpTestFixture *fixture,
                  gconstpointer  data)
{
  gint64 section = add_section (fixture, 0, "基础教育");
  gint64 reading = add_task (fixture, section, &(TaskSpec) { "推广阅读", WP_STATUS_IN_PROGRESS, 40 });
  gint64 building = add_task (fixture, section, &(TaskSpec) { "校舍改造", WP_STATUS_DONE, 100,
                                                               .completed = "2019-09-30" });
  gint64 dropped = add_task (fixture, section, &(TaskSpec) { "取消的任务", WP_STATUS_CANCELLED });
  gint64 heavy = add_task (fixture, 0, &(TaskSpec) { "重点工程", WP_STATUS_IN_PROGRESS, 80, 3 });
  g_autoptr(WpPlanSnapshot) snapshot = NULL;

  wp_test_add_progress (fixture->store, reading, "2019-05-01", 40, 0);
  wp_test_add_progress (fixture->store, building, "2019-03-01", 20, 0);
  wp_test_add_progress (fixture->store, dropped, "2019-02-01", 90, 0);
  wp_test_add_progress (fixture->store, heavy, "2019-06-01", 80, 0);
  snapshot = take_snapshot (fixture, "2019-12-31");

  /* Nothing reported yet. */
  g_assert_cmpfloat_with_epsilon (progress_on (snapshot, "2019-01-15"), 0, 1e-9);
  /* The section (weight 1) at (0 + 20) / 2, the weight-3 task still at 0. */
  g_assert_cmpfloat_with_epsilon (progress_on (snapshot, "2019-04-01"), 10.0 / 4, 1e-9);
  /* Section (40 + 20) / 2 = 30, the heavy task 80 from its entry's day. */
  g_assert_cmpfloat_with_epsilon (progress_on (snapshot, "2019-06-01"), (30 + 3 * 80) / 4.0,
                                  1e-9);
  /* Completed on 30 September: 100 from that day on. */
  g_assert_cmpfloat_with_epsilon (progress_on (snapshot, "2019-09-29"), (30 + 240) / 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (progress_on (snapshot, "2019-09-30"), (70 + 240) / 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (progress_on (snapshot, "2019-10-01"), (70 + 240) / 4.0, 1e-9);
}

static void
test_expected_on (WpTestFixture *fixture,
                  gconstpointer  data)
{
  gint64 section = add_section (fixture, 0, "教师队伍");
  g_autoptr(WpPlanSnapshot) snapshot = NULL;

  add_task (fixture, section, &(TaskSpec) { "全员培训", WP_STATUS_IN_PROGRESS, 10 });
  add_task (fixture, 0, &(TaskSpec) { "招聘教师", WP_STATUS_NOT_STARTED, 0, 2 });
  snapshot = take_snapshot (fixture, "2019-03-31");

  g_assert_cmpfloat_with_epsilon (expected_on (snapshot, "2019-01-01"), 0, 1);
  g_assert_cmpfloat_with_epsilon (expected_on (snapshot, "2019-07-02"), 50, 1);
  g_assert_cmpfloat_with_epsilon (expected_on (snapshot, "2019-12-31"), 100, 1e-9);
}

static void
test_empty_plan (WpTestFixture *fixture,
                 gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDashboardData) dashboard = NULL;
  const WpChartCompletion *completion;
  const WpChartLights *lights;
  const WpChartBurnup *burnup;
  guint n_bars, n_rows, n_bullets;

  wp_test_add_department (fixture->store, "办公室");
  snapshot = take_snapshot (fixture, "2019-06-30");
  dashboard = wp_dashboard_data_new (snapshot);
  completion = wp_dashboard_data_get_completion (dashboard);
  lights = wp_dashboard_data_get_lights (dashboard);
  burnup = wp_dashboard_data_get_burnup (dashboard);

  g_assert_cmpuint (wp_plan_snapshot_get_roots (snapshot)->len, ==, 0);
  g_assert_cmpfloat (wp_plan_snapshot_get_progress (snapshot), ==, 0);
  g_assert_cmpuint (completion->done + completion->late + completion->in_progress +
                    completion->not_started, ==, 0);
  g_assert_cmpuint (lights->green + lights->yellow + lights->red, ==, 0);
  wp_dashboard_data_get_bars (dashboard, &n_bars);
  wp_dashboard_data_get_departments (dashboard, &n_rows);
  wp_dashboard_data_get_bullets (dashboard, &n_bullets);
  g_assert_cmpuint (n_bars, ==, 0);
  g_assert_cmpuint (n_rows, ==, 0);
  g_assert_cmpuint (n_bullets, ==, 0);
  g_assert_cmpuint (burnup->n_months, ==, 12);
  g_assert_cmpfloat (burnup->expected[11], ==, 0);
  g_assert_cmpfloat (burnup->actual[0], ==, 0);
  g_assert_true (isnan (burnup->actual[11]));
}

/* Dashboard data */

/* At 30 June: one of each kind of task, one cancelled. */
static void
add_known_statuses (WpTestFixture *fixture)
{
  gint64 first = add_section (fixture, 0, "党的建设");
  gint64 second = add_section (fixture, 0, "教育发展");

  add_task (fixture, first, &(TaskSpec) { "已完成", WP_STATUS_DONE, 100, .completed = "2019-05-01" });
  add_task (fixture, first, &(TaskSpec) { "已取消", WP_STATUS_CANCELLED, 0 });
  add_task (fixture, first, &(TaskSpec) { "逾期未完成", WP_STATUS_IN_PROGRESS, 10,
                                          .due = "2019-03-31" });
  add_task (fixture, second, &(TaskSpec) { "按期推进", WP_STATUS_IN_PROGRESS, 50 });
  add_task (fixture, second, &(TaskSpec) { "略有滞后", WP_STATUS_IN_PROGRESS, 35 });
  add_task (fixture, second, &(TaskSpec) { "下半年启动", WP_STATUS_NOT_STARTED, 0,
                                           .start = "2019-09-01" });
  /* A top-level task has no bar of its own. */
  add_task (fixture, 0, &(TaskSpec) { "尚未启动", WP_STATUS_NOT_STARTED, 0 });
}

static void
test_dashboard_counts (WpTestFixture *fixture,
                       gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDashboardData) dashboard = NULL;
  const WpChartCompletion *completion;
  const WpChartLights *lights;
  const WpChartBar *bars;
  guint n_bars;

  add_known_statuses (fixture);
  snapshot = take_snapshot (fixture, "2019-06-30");
  dashboard = wp_dashboard_data_new (snapshot);
  completion = wp_dashboard_data_get_completion (dashboard);
  lights = wp_dashboard_data_get_lights (dashboard);
  bars = wp_dashboard_data_get_bars (dashboard, &n_bars);

  g_assert_cmpuint (completion->done, ==, 1);
  g_assert_cmpuint (completion->late, ==, 2);
  g_assert_cmpuint (completion->in_progress, ==, 2);
  g_assert_cmpuint (completion->not_started, ==, 1);
  g_assert_cmpuint (lights->green, ==, 3);
  g_assert_cmpuint (lights->yellow, ==, 1);
  g_assert_cmpuint (lights->red, ==, 2);

  g_assert_cmpuint (n_bars, ==, 2);
  g_assert_cmpstr (bars[0].label, ==, "一、党的建设");
  g_assert_cmpstr (bars[1].label, ==, "二、教育发展");
  g_assert_cmpuint (bars[0].tasks, ==, 2);
  g_assert_cmpuint (bars[0].done, ==, 1);
  g_assert_cmpuint (bars[0].late, ==, 1);
  g_assert_cmpint (bars[0].light, ==, WP_LIGHT_RED);
  g_assert_cmpfloat_with_epsilon (bars[0].progress, 55, 1e-9);
  g_assert_cmpuint (bars[1].tasks, ==, 3);
  g_assert_cmpint (bars[1].light, ==, WP_LIGHT_YELLOW);
  g_assert_cmpint (bars[1].node_id, ==, ((WpSnapshotNode *)
                                         wp_plan_snapshot_get_roots (snapshot)->pdata[1])->id);
}

/* Departments in the workbook's order and the tasks they lead or support (-1: none). */
static const char *const department_names[] = { "甲科", "乙科", "丙科", "丁科", "戊科", "己科" };

static const struct
{
  TaskSpec spec;
  int      lead;
  int      support;
} led_tasks[] = {
  /* 甲科 leads a done and a half-done task: mean 75. */
  { { "完成", WP_STATUS_DONE, 100 }, 0, -1 },
  { { "过半", WP_STATUS_IN_PROGRESS, 50 }, 0, 3 },
  /* 乙科 leads a late task; 丙科 only supports it. */
  { { "逾期", WP_STATUS_IN_PROGRESS, 10, .due = "2019-03-31" }, 1, 2 },
  /* 己科 and 丙科 are as far behind; 丙科 comes first in the workbook. */
  { { "慢一", WP_STATUS_IN_PROGRESS, 20, .start = "2019-06-01" }, 5, -1 },
  { { "慢二", WP_STATUS_IN_PROGRESS, 20, .start = "2019-06-01" }, 2, -1 },
  /* 戊科 leads a cancelled task only; 丁科 never leads. */
  { { "取消", WP_STATUS_CANCELLED }, 4, -1 },
};

static void
test_dashboard_departments (WpTestFixture *fixture,
                            gconstpointer  data)
{
  gint64 section = add_section (fixture, 0, "重点工作");
  gint64 departments[G_N_ELEMENTS (department_names)];
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDashboardData) dashboard = NULL;
  const WpChartDepartment *rows;
  guint n_rows;

  for (guint i = 0; i < G_N_ELEMENTS (department_names); i++)
    departments[i] = wp_test_add_department (fixture->store, department_names[i]);
  for (guint i = 0; i < G_N_ELEMENTS (led_tasks); i++)
    {
      gint64 id = add_task (fixture, section, &led_tasks[i].spec);

      assign (fixture, id, departments[led_tasks[i].lead], WP_ROLE_LEAD);
      if (led_tasks[i].support >= 0)
        assign (fixture, id, departments[led_tasks[i].support], WP_ROLE_SUPPORT);
    }
  snapshot = take_snapshot (fixture, "2019-06-30");
  dashboard = wp_dashboard_data_new (snapshot);
  rows = wp_dashboard_data_get_departments (dashboard, &n_rows);

  g_assert_cmpuint (n_rows, ==, 4);
  g_assert_cmpstr (rows[0].name, ==, "乙科");
  g_assert_cmpuint (rows[0].late, ==, 1);
  g_assert_cmpuint (rows[0].led, ==, 1);
  g_assert_cmpstr (rows[1].name, ==, "丙科");
  g_assert_cmpint (rows[1].department_id, ==, departments[2]);
  g_assert_cmpfloat (rows[1].mean_progress, ==, 20);
  g_assert_cmpstr (rows[2].name, ==, "己科");
  g_assert_cmpstr (rows[3].name, ==, "甲科");
  g_assert_cmpuint (rows[3].led, ==, 2);
  g_assert_cmpuint (rows[3].done, ==, 1);
  g_assert_cmpfloat (rows[3].mean_progress, ==, 75);
}

static void
test_dashboard_bullets (WpTestFixture *fixture,
                        gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = take_snapshot (fixture, "2019-12-31");
  g_autoptr(WpDashboardData) dashboard = wp_dashboard_data_new (snapshot);
  WpSnapshotNode *kindergartens = find_task (snapshot, "新建、改扩建公办幼儿园");
  const WpChartBullet *bullets;
  guint n_bullets;

  bullets = wp_dashboard_data_get_bullets (dashboard, &n_bullets);
  g_assert_cmpuint (n_bullets, ==, 12);
  g_assert_cmpstr (bullets[0].label, ==, "开展廉政警示教育");
  g_assert_cmpstr (bullets[0].unit, ==, "次");
  g_assert_cmpfloat (bullets[0].target, ==, 4);
  g_assert_cmpfloat (bullets[0].actual, ==, 3);
  g_assert_cmpfloat_with_epsilon (bullets[0].rate, 0.75, 1e-9);
  g_assert_cmpstr (bullets[1].label, ==, "建成幼儿园");
  g_assert_cmpint (bullets[1].node_id, ==, kindergartens->id);
  g_assert_cmpint (bullets[1].indicator_id, ==,
                   wp_indicator_get_id (((WpSnapshotIndicator *)
                                         kindergartens->indicators->pdata[0])->indicator));
  g_assert_cmpint (bullets[1].comparator, ==, WP_COMPARATOR_AT_LEAST);
  g_assert_cmpfloat_with_epsilon (bullets[1].rate, 13.0 / 12.0, 1e-9);
  g_assert_cmpint (bullets[1].light, ==, WP_LIGHT_GREEN);
  g_assert_cmpstr (bullets[11].label, ==, "建成“明厨亮灶”学校食堂");
  g_assert_true (isnan (bullets[11].actual));
  g_assert_cmpint (bullets[11].light, ==, WP_LIGHT_RED);
}

static void
test_dashboard_burnup (WpTestFixture *fixture,
                       gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = take_snapshot (fixture, "2019-06-15");
  g_autoptr(WpDashboardData) dashboard = wp_dashboard_data_new (snapshot);
  const WpChartBurnup *burnup = wp_dashboard_data_get_burnup (dashboard);
  g_autoptr(WpPlanSnapshot) year_end = take_snapshot (fixture, "2019-12-31");
  g_autoptr(WpDashboardData) year_end_dashboard = wp_dashboard_data_new (year_end);

  g_assert_cmpuint (burnup->n_months, ==, 12);
  g_assert_cmpuint (burnup->first_month, ==, 1);
  g_assert_cmpuint (burnup->first_year, ==, 2019);
  g_assert_cmpfloat (burnup->actual[4], ==, progress_on (snapshot, "2019-05-31"));
  g_assert_cmpfloat (burnup->actual[5], ==, progress_on (snapshot, "2019-06-15"));
  g_assert_cmpfloat (burnup->expected[5], ==, expected_on (snapshot, "2019-06-30"));
  g_assert_cmpfloat (burnup->expected[11], ==, expected_on (snapshot, "2019-12-31"));
  g_assert_cmpfloat (burnup->actual[2], >, burnup->actual[1]);
  for (guint m = 6; m < 12; m++)
    g_assert_true (isnan (burnup->actual[m]));
  for (guint m = 1; m < 12; m++)
    g_assert_cmpfloat (burnup->expected[m], >=, burnup->expected[m - 1]);

  burnup = wp_dashboard_data_get_burnup (year_end_dashboard);
  for (guint m = 0; m < 12; m++)
    g_assert_false (isnan (burnup->actual[m]));
  g_assert_cmpfloat (burnup->actual[11], ==, progress_on (year_end, "2019-12-31"));
}

/* A bureau-sized plan, for the time it takes (in the test log, not asserted). */

#define N_TOP_SECTIONS 25
#define N_SUBSECTIONS  20
#define N_TASKS        39

static void
add_large_plan (WpTestFixture *fixture)
{
  gint64 department = wp_test_add_department (fixture->store, "基础教育科");

  g_assert_true (wp_store_begin (fixture->store, NULL));
  for (guint s = 0; s < N_TOP_SECTIONS; s++)
    {
      gint64 top = add_section (fixture, 0, "部分");

      for (guint sub = 0; sub < N_SUBSECTIONS; sub++)
        {
          gint64 section = add_section (fixture, top, "分项");

          for (guint t = 0; t < N_TASKS; t++)
            {
              gint64 id = add_task (fixture, section, &(TaskSpec) { "任务", WP_STATUS_IN_PROGRESS,
                                                                     t * 2.5 });

              assign (fixture, id, department, WP_ROLE_LEAD);
              wp_test_add_progress (fixture->store, id, "2019-03-31", t, 0);
            }
        }
    }
  g_assert_true (wp_store_commit (fixture->store, NULL));
}

static void
test_large_plan (WpTestFixture *fixture,
                 gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDashboardData) dashboard = NULL;
  g_autoptr(WpRollup) rollup = NULL;
  g_autoptr(GDate) as_of = make_date ("2019-06-30");
  gint64 start;

  add_large_plan (fixture);

  /* The roll-up alone, for comparison: the snapshot builds one. */
  start = g_get_monotonic_time ();
  rollup = wp_rollup_new (fixture->store, fixture->plan_id, as_of, NULL);
  g_test_message ("roll-up alone: %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  snapshot = take_snapshot (fixture, "2019-06-30");
  g_test_message ("snapshot of %u nodes: %.0f ms", wp_plan_snapshot_get_nodes (snapshot)->len,
                  (g_get_monotonic_time () - start) / 1000.0);
  start = g_get_monotonic_time ();
  dashboard = wp_dashboard_data_new (snapshot);
  g_test_message ("dashboard data: %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  g_assert_cmpuint (wp_plan_snapshot_get_nodes (snapshot)->len, ==,
                    N_TOP_SECTIONS * (1 + N_SUBSECTIONS * (1 + N_TASKS)));
  g_assert_cmpstr (((WpSnapshotNode *) g_ptr_array_index (wp_plan_snapshot_get_roots (snapshot),
                                                          24))->number, ==, "二十五、");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  wp_test_add ("/snapshot/fixture/tree", import_fixture, test_fixture_tree);
  wp_test_add ("/snapshot/fixture/rollup", import_fixture, test_fixture_matches_rollup);
  wp_test_add ("/snapshot/fixture/details", import_fixture, test_fixture_details);
  wp_test_add ("/snapshot/fixture/indicators", import_fixture, test_fixture_indicators);
  wp_test_add ("/snapshot/detached", import_fixture, test_detached);
  wp_test_add ("/snapshot/from-file", import_fixture, test_from_file);
  wp_test_add ("/snapshot/labels", wp_test_fixture_set_up_store, test_labels);
  wp_test_add ("/snapshot/missing-plan", wp_test_fixture_set_up_plan, test_missing_plan);
  g_test_add_func ("/snapshot/default-as-of", test_default_as_of);
  wp_test_add ("/snapshot/progress-on", wp_test_fixture_set_up_plan, test_progress_on);
  wp_test_add ("/snapshot/expected-on", wp_test_fixture_set_up_plan, test_expected_on);
  wp_test_add ("/snapshot/large", wp_test_fixture_set_up_plan, test_large_plan);
  wp_test_add ("/dashboard-data/empty", wp_test_fixture_set_up_plan, test_empty_plan);
  wp_test_add ("/dashboard-data/counts", wp_test_fixture_set_up_plan, test_dashboard_counts);
  wp_test_add ("/dashboard-data/departments", wp_test_fixture_set_up_plan,
               test_dashboard_departments);
  wp_test_add ("/dashboard-data/bullets", import_fixture, test_dashboard_bullets);
  wp_test_add ("/dashboard-data/burnup", import_fixture, test_dashboard_burnup);

  return g_test_run ();
}
