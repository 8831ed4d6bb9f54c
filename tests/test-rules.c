/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-rules"

#include <math.h>
#include <glib/gstdio.h>

#include "wp-rollup.h"
#include "wp-rules.h"
#include "wp-store.h"
#include "wp-test-util.h"

#define EPSILON 1e-9

static void
test_rate_at_least (void)
{
  /* 目标12所，完成13所，完成率108.3% */
  g_assert_cmpfloat_with_epsilon (wp_rules_indicator_rate (WP_COMPARATOR_AT_LEAST, 12, 13),
                                  13.0 / 12.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (wp_rules_indicator_rate (WP_COMPARATOR_AT_LEAST, 12, 13),
                                  1.0833, 1e-4);
  g_assert_cmpfloat_with_epsilon (wp_rules_indicator_rate (WP_COMPARATOR_AT_LEAST, 12, 6),
                                  0.5, EPSILON);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_AT_LEAST, 0, 0), ==, 1.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_AT_LEAST, 0, -1), ==, 0.0);
  g_assert_true (isnan (wp_rules_indicator_rate (WP_COMPARATOR_AT_LEAST, 12, NAN)));
  g_assert_true (isnan (wp_rules_indicator_rate (WP_COMPARATOR_AT_LEAST, NAN, 3)));
}

static void
test_rate_at_most (void)
{
  g_assert_cmpfloat_with_epsilon (wp_rules_indicator_rate (WP_COMPARATOR_AT_MOST, 5, 6),
                                  5.0 / 6.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (wp_rules_indicator_rate (WP_COMPARATOR_AT_MOST, 5, 6),
                                  0.8333, 1e-4);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_AT_MOST, 5, 5), ==, 1.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_AT_MOST, 5, 2), ==, 1.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_AT_MOST, 0, 2), ==, 0.0);
  g_assert_true (isnan (wp_rules_indicator_rate (WP_COMPARATOR_AT_MOST, 5, NAN)));
}

static void
test_rate_zero (void)
{
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_ZERO, 0, 0), ==, 1.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_ZERO, 0, 2), ==, 0.0);
  /* The target of 零事故 is implied: an unset one does not matter. */
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_ZERO, NAN, 0), ==, 1.0);
  g_assert_true (isnan (wp_rules_indicator_rate (WP_COMPARATOR_ZERO, 0, NAN)));
}

static void
test_rate_equal (void)
{
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_EQUAL, 100, 100), ==, 1.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_EQUAL, 100, 99), ==, 0.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_EQUAL, 100, 101), ==, 0.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_EQUAL, 0.3, 0.1 + 0.2), ==, 1.0);
  g_assert_true (isnan (wp_rules_indicator_rate (WP_COMPARATOR_EQUAL, 100, NAN)));
}

static void
test_rate_milestone (void)
{
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_MILESTONE, 1, 1), ==, 1.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_MILESTONE, 1, 0), ==, 0.0);
  g_assert_cmpfloat (wp_rules_indicator_rate (WP_COMPARATOR_MILESTONE, NAN, 1), ==, 1.0);
  g_assert_true (isnan (wp_rules_indicator_rate (WP_COMPARATOR_MILESTONE, 1, NAN)));
}

static WpIndicator *
new_indicator (WpComparator comparator,
               double       target,
               double       actual)
{
  WpIndicator *indicator = wp_indicator_new ();

  wp_indicator_set_name (indicator, "指标");
  wp_indicator_set_comparator (indicator, comparator);
  wp_indicator_set_target (indicator, target);
  wp_indicator_set_actual (indicator, actual);

  return indicator;
}

static void
test_task_progress (void)
{
  g_autoptr(WpNode) task = wp_node_new (WP_NODE_TASK);
  g_autoptr(GPtrArray) indicators = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);

  /* 13 of 12 caps at 100 %, 6 against at most 5 is 83.3 %, not reported is 0. */
  g_ptr_array_add (indicators, new_indicator (WP_COMPARATOR_AT_LEAST, 12, 13));
  g_ptr_array_add (indicators, new_indicator (WP_COMPARATOR_AT_MOST, 5, 6));
  g_ptr_array_add (indicators, new_indicator (WP_COMPARATOR_AT_LEAST, 10, NAN));

  wp_node_set_status (task, WP_STATUS_IN_PROGRESS);
  wp_node_set_progress (task, 40);
  g_assert_cmpfloat (wp_rules_task_progress (task, NULL), ==, 40.0);
  /* The manual value rules until the task says otherwise. */
  g_assert_cmpfloat (wp_rules_task_progress (task, indicators), ==, 40.0);

  wp_node_set_progress_from_indicators (task, TRUE);
  g_assert_cmpfloat_with_epsilon (wp_rules_task_progress (task, indicators),
                                  100.0 * (1.0 + 5.0 / 6.0 + 0.0) / 3.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (wp_rules_task_progress (task, indicators), 61.11, 0.01);
  g_assert_cmpfloat (wp_rules_task_progress (task, none), ==, 40.0);
  g_assert_cmpfloat (wp_rules_task_progress (task, NULL), ==, 40.0);

  wp_node_set_status (task, WP_STATUS_DONE);
  g_assert_cmpfloat (wp_rules_task_progress (task, indicators), ==, 100.0);
}

static WpNode *
new_task (WpStatus status,
          double   weight)
{
  WpNode *task = wp_node_new (WP_NODE_TASK);

  wp_node_set_status (task, status);
  wp_node_set_weight (task, weight);

  return task;
}

static void
test_section_mean (void)
{
  g_autoptr(WpNode) heavy = new_task (WP_STATUS_IN_PROGRESS, 3);
  g_autoptr(WpNode) light = new_task (WP_STATUS_DONE, 1);
  g_autoptr(WpNode) cancelled = new_task (WP_STATUS_CANCELLED, 1);
  g_autoptr(WpNode) weightless = new_task (WP_STATUS_NOT_STARTED, 0);
  g_autoptr(WpNode) section = wp_node_new (WP_NODE_SECTION);
  g_autoptr(WpNode) other = wp_node_new (WP_NODE_SECTION);
  WpRulesMean mean = WP_RULES_MEAN_INIT;
  WpRulesMean only_cancelled = WP_RULES_MEAN_INIT;
  WpRulesMean top = WP_RULES_MEAN_INIT;

  g_assert_true (wp_rules_mean_is_empty (&mean));
  g_assert_cmpfloat (wp_rules_mean_get (&mean), ==, 0.0);

  /* (3 × 20 + 1 × 100) / 4; the cancelled and the weightless task are left out. */
  wp_rules_mean_add_task (&mean, heavy, 20);
  wp_rules_mean_add_task (&mean, light, 100);
  wp_rules_mean_add_task (&mean, cancelled, 0);
  wp_rules_mean_add_task (&mean, weightless, 0);
  g_assert_false (wp_rules_mean_is_empty (&mean));
  g_assert_cmpfloat_with_epsilon (wp_rules_mean_get (&mean), 40.0, EPSILON);

  wp_rules_mean_add_task (&only_cancelled, cancelled, 50);
  g_assert_true (wp_rules_mean_is_empty (&only_cancelled));
  g_assert_cmpfloat (wp_rules_mean_get (&only_cancelled), ==, 0.0);

  /* A section weighs 2 against a task at 70; an empty section does not count. */
  wp_node_set_weight (section, 2);
  wp_rules_mean_add_section (&top, section, &mean);
  wp_rules_mean_add_section (&top, other, &only_cancelled);
  wp_rules_mean_add_task (&top, heavy, 70);
  g_assert_cmpfloat_with_epsilon (wp_rules_mean_get (&top), (2 * 40.0 + 3 * 70.0) / 5, EPSILON);
}

static void
set_date (GDate      *date,
          const char *iso)
{
  g_assert_true (wp_date_parse (iso, date));
}

static WpLight
light_at (WpStatus    status,
          double      progress,
          const char *as_of)
{
  GDate start, due, today;

  /* Ten days: on the 6th half the time has passed. */
  set_date (&start, "2019-01-01");
  set_date (&due, "2019-01-11");
  set_date (&today, as_of);

  return wp_rules_light (status, progress, &start, &due, &today, NULL);
}

static void
test_light (void)
{
  const WpStatus going = WP_STATUS_IN_PROGRESS;

  /* Before the start nothing is expected. */
  g_assert_cmpint (light_at (WP_STATUS_NOT_STARTED, 0, "2018-12-20"), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (light_at (WP_STATUS_NOT_STARTED, 0, "2019-01-01"), ==, WP_LIGHT_GREEN);

  /* Mid-period 50 points are expected: behind by 5, 15 and 30. */
  g_assert_cmpint (light_at (going, 45, "2019-01-06"), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (light_at (going, 35, "2019-01-06"), ==, WP_LIGHT_YELLOW);
  g_assert_cmpint (light_at (going, 20, "2019-01-06"), ==, WP_LIGHT_RED);
  /* The limits themselves: exactly 10 behind is green, exactly 25 yellow. */
  g_assert_cmpint (light_at (going, 40, "2019-01-06"), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (light_at (going, 25, "2019-01-06"), ==, WP_LIGHT_YELLOW);
  g_assert_cmpint (light_at (WP_STATUS_DELAYED, 24, "2019-01-06"), ==, WP_LIGHT_RED);

  /* On the due date all is expected; after it, anything not done is late. */
  g_assert_cmpint (light_at (going, 80, "2019-01-11"), ==, WP_LIGHT_YELLOW);
  g_assert_cmpint (light_at (going, 99, "2019-01-12"), ==, WP_LIGHT_RED);
  g_assert_cmpint (light_at (going, 100, "2019-01-12"), ==, WP_LIGHT_RED);

  /* Done and cancelled tasks are never late. */
  g_assert_cmpint (light_at (WP_STATUS_DONE, 0, "2019-06-01"), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (light_at (WP_STATUS_CANCELLED, 0, "2019-06-01"), ==, WP_LIGHT_GREEN);
}

static void
test_light_thresholds (void)
{
  WpLightThresholds defaults = wp_light_thresholds_default ();
  WpLightThresholds strict = { 5, 10 };
  GDate start, due, today;

  g_assert_cmpfloat (defaults.yellow_after, ==, 10);
  g_assert_cmpfloat (defaults.red_after, ==, 25);

  set_date (&start, "2019-01-01");
  set_date (&due, "2019-01-11");
  set_date (&today, "2019-01-06");
  g_assert_cmpint (wp_rules_light (WP_STATUS_IN_PROGRESS, 38, &start, &due, &today, &strict),
                   ==, WP_LIGHT_RED);
  g_assert_cmpint (wp_rules_light (WP_STATUS_IN_PROGRESS, 42, &start, &due, &today, &strict),
                   ==, WP_LIGHT_YELLOW);
  g_assert_cmpint (wp_rules_light (WP_STATUS_IN_PROGRESS, 38, &start, &due, &today, NULL),
                   ==, WP_LIGHT_YELLOW);
}

static void
test_expected_progress (void)
{
  GDate start, due, today;

  /* A whole year: 1 July 2019 is day 181 of 364 elapsed days. */
  set_date (&start, "2019-01-01");
  set_date (&due, "2019-12-31");
  set_date (&today, "2019-07-01");
  g_assert_cmpfloat_with_epsilon (wp_rules_expected_progress (&start, &due, &today),
                                  100.0 * 181 / 364, EPSILON);

  /* Without a start the task is only expected by its due date. */
  g_assert_cmpfloat (wp_rules_expected_progress (NULL, &due, &today), ==, 0.0);
  g_assert_cmpfloat (wp_rules_expected_progress (NULL, &today, &today), ==, 100.0);
  /* Without a due date it cannot be late. */
  g_assert_cmpfloat (wp_rules_expected_progress (&start, NULL, &today), ==, 0.0);
  g_assert_cmpint (wp_rules_light (WP_STATUS_NOT_STARTED, 0, &start, NULL, &today, NULL),
                   ==, WP_LIGHT_GREEN);
}

typedef struct
{
  WpTestFixture base;
  gint64        part_one;      /* 一、 */
  gint64        done_task;
  gint64        late_task;
  gint64        cancelled_task;
  gint64        part_two;      /* 二、 */
  gint64        subsection;    /* （一） */
  gint64        measured_task;
  gint64        behind_task;
  gint64        empty_part;    /* 三、 */
} PlanFixture;

static gint64
insert_node (PlanFixture *fixture,
             gint64       parent_id,
             WpNode      *node)
{
  gint64 id = wp_test_insert_node (fixture->base.store, fixture->base.plan_id, parent_id, node,
                                   -1);

  g_object_unref (node);

  return id;
}

static WpNode *
new_section (const char *title)
{
  WpNode *section = wp_node_new (WP_NODE_SECTION);

  wp_node_set_title (section, title);

  return section;
}

static WpNode *
new_stored_task (WpStatus    status,
                 double      progress,
                 double      weight,
                 const char *start,
                 const char *due)
{
  WpNode *task = new_task (status, weight);

  wp_node_set_title (task, "任务");
  wp_node_set_progress (task, progress);
  wp_node_set_start (task, start);
  wp_node_set_due (task, due);

  return task;
}

static void
add_stored_indicator (PlanFixture  *fixture,
                      gint64        node_id,
                      WpComparator  comparator,
                      double        target,
                      double        actual)
{
  g_autoptr(WpIndicator) indicator = new_indicator (comparator, target, actual);
  g_autoptr(GError) error = NULL;

  wp_indicator_set_node_id (indicator, node_id);
  g_assert_cmpint (wp_store_add_indicator (fixture->base.store, indicator, &error), >, 0);
  g_assert_no_error (error);
}

/* 一、 done (weight 1) / late, 20 % (weight 3, due 30 June) / cancelled
 * 二、 （一） from indicators 13 of ≥12 and 6 of ≤5 / 30 % in July
 * 三、 nothing */
static void
plan_fixture_set_up (PlanFixture   *fixture,
                     gconstpointer  data)
{
  WpNode *measured;

  wp_test_fixture_set_up_plan (&fixture->base, data);

  fixture->part_one = insert_node (fixture, 0, new_section ("一"));
  fixture->done_task = insert_node (fixture, fixture->part_one,
                                    new_stored_task (WP_STATUS_DONE, 100, 1, NULL, NULL));
  fixture->late_task = insert_node (fixture, fixture->part_one,
                                    new_stored_task (WP_STATUS_IN_PROGRESS, 20, 3,
                                                     NULL, "2019-06-30"));
  fixture->cancelled_task = insert_node (fixture, fixture->part_one,
                                         new_stored_task (WP_STATUS_CANCELLED, 0, 1,
                                                          NULL, NULL));

  fixture->part_two = insert_node (fixture, 0, new_section ("二"));
  fixture->subsection = insert_node (fixture, fixture->part_two, new_section ("（一）"));
  measured = new_stored_task (WP_STATUS_IN_PROGRESS, 10, 1, NULL, NULL);
  wp_node_set_progress_from_indicators (measured, TRUE);
  fixture->measured_task = insert_node (fixture, fixture->subsection, measured);
  add_stored_indicator (fixture, fixture->measured_task, WP_COMPARATOR_AT_LEAST, 12, 13);
  add_stored_indicator (fixture, fixture->measured_task, WP_COMPARATOR_AT_MOST, 5, 6);
  fixture->behind_task = insert_node (fixture, fixture->part_two,
                                      new_stored_task (WP_STATUS_IN_PROGRESS, 30, 1,
                                                       "2019-07-01", "2019-07-31"));

  fixture->empty_part = insert_node (fixture, 0, new_section ("三"));
}

static void
plan_fixture_tear_down (PlanFixture   *fixture,
                        gconstpointer  data)
{
  wp_test_fixture_tear_down (&fixture->base, data);
}

static WpRollup *
rollup_at (PlanFixture *fixture,
           const char  *as_of)
{
  GDate date;

  set_date (&date, as_of);

  return wp_rollup_new (fixture->base.store, fixture->base.plan_id, &date, NULL);
}

static void
assert_counts (WpRollup *rollup,
               gint64    node_id,
               guint     tasks,
               guint     done,
               guint     cancelled,
               guint     at_risk,
               guint     late)
{
  WpRollupCounts counts;

  g_assert_true (wp_rollup_get_counts (rollup, node_id, &counts));
  g_assert_cmpuint (counts.tasks, ==, tasks);
  g_assert_cmpuint (counts.done, ==, done);
  g_assert_cmpuint (counts.cancelled, ==, cancelled);
  g_assert_cmpuint (counts.at_risk, ==, at_risk);
  g_assert_cmpuint (counts.late, ==, late);
}

static void
test_rollup_progress (PlanFixture   *fixture,
                      gconstpointer  data)
{
  g_autoptr(WpRollup) rollup = rollup_at (fixture, "2019-07-15");
  double measured = 100.0 * (1.0 + 5.0 / 6.0) / 2.0;
  double part_one = (1 * 100.0 + 3 * 20.0) / 4;
  double part_two = (measured + 30.0) / 2;

  g_assert_cmpint (wp_rollup_get_plan_id (rollup), ==, fixture->base.plan_id);
  g_assert_cmpfloat (wp_rollup_get_progress (rollup, fixture->done_task), ==, 100.0);
  g_assert_cmpfloat (wp_rollup_get_progress (rollup, fixture->late_task), ==, 20.0);
  g_assert_cmpfloat_with_epsilon (wp_rollup_get_progress (rollup, fixture->measured_task),
                                  measured, EPSILON);
  g_assert_cmpfloat_with_epsilon (wp_rollup_get_progress (rollup, fixture->subsection),
                                  measured, EPSILON);
  /* 40 %: the cancelled task does not count, the late one weighs 3. */
  g_assert_cmpfloat_with_epsilon (wp_rollup_get_progress (rollup, fixture->part_one),
                                  part_one, EPSILON);
  g_assert_cmpfloat_with_epsilon (wp_rollup_get_progress (rollup, fixture->part_two),
                                  part_two, EPSILON);
  g_assert_cmpfloat (wp_rollup_get_progress (rollup, fixture->empty_part), ==, 0.0);
  /* The empty 三、 does not pull the plan down. */
  g_assert_cmpfloat_with_epsilon (wp_rollup_get_plan_progress (rollup),
                                  (part_one + part_two) / 2, EPSILON);
  g_assert_cmpfloat_with_epsilon (wp_rollup_get_plan_progress (rollup), 50.42, 0.01);
}

static void
test_rollup_lights (PlanFixture   *fixture,
                    gconstpointer  data)
{
  g_autoptr(WpRollup) july = rollup_at (fixture, "2019-07-15");
  g_autoptr(WpRollup) march = rollup_at (fixture, "2019-03-01");

  /* 15 July: the 30 June task is past due; the July task is 16.7 points behind. */
  g_assert_cmpint (wp_rollup_get_light (july, fixture->done_task), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (wp_rollup_get_light (july, fixture->late_task), ==, WP_LIGHT_RED);
  g_assert_cmpint (wp_rollup_get_light (july, fixture->cancelled_task), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (wp_rollup_get_light (july, fixture->measured_task), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (wp_rollup_get_light (july, fixture->behind_task), ==, WP_LIGHT_YELLOW);
  g_assert_cmpint (wp_rollup_get_light (july, fixture->part_one), ==, WP_LIGHT_RED);
  g_assert_cmpint (wp_rollup_get_light (july, fixture->subsection), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (wp_rollup_get_light (july, fixture->part_two), ==, WP_LIGHT_YELLOW);
  g_assert_cmpint (wp_rollup_get_light (july, fixture->empty_part), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (wp_rollup_get_plan_light (july), ==, WP_LIGHT_RED);

  /* 1 March: the task without a start runs from the plan's 1 January, 32.8 % expected
   * against 20 % done; the July task has not started yet. */
  g_assert_cmpint (wp_rollup_get_light (march, fixture->late_task), ==, WP_LIGHT_YELLOW);
  g_assert_cmpint (wp_rollup_get_light (march, fixture->behind_task), ==, WP_LIGHT_GREEN);
  g_assert_cmpint (wp_rollup_get_plan_light (march), ==, WP_LIGHT_YELLOW);
}

static void
test_rollup_counts (PlanFixture   *fixture,
                    gconstpointer  data)
{
  g_autoptr(WpRollup) rollup = rollup_at (fixture, "2019-07-15");
  WpRollupCounts counts;

  assert_counts (rollup, fixture->part_one, 3, 1, 1, 0, 1);
  assert_counts (rollup, fixture->part_two, 2, 0, 0, 1, 0);
  assert_counts (rollup, fixture->subsection, 1, 0, 0, 0, 0);
  assert_counts (rollup, fixture->empty_part, 0, 0, 0, 0, 0);
  assert_counts (rollup, fixture->late_task, 1, 0, 0, 0, 1);

  wp_rollup_get_plan_counts (rollup, &counts);
  g_assert_cmpuint (counts.tasks, ==, 5);
  g_assert_cmpuint (counts.done, ==, 1);
  g_assert_cmpuint (counts.cancelled, ==, 1);
  g_assert_cmpuint (counts.at_risk, ==, 1);
  g_assert_cmpuint (counts.late, ==, 1);

  /* A node that is not in the plan. */
  g_assert_false (wp_rollup_get_counts (rollup, fixture->late_task + 1000, &counts));
  g_assert_cmpuint (counts.tasks, ==, 0);
  g_assert_cmpint (wp_rollup_get_light (rollup, fixture->late_task + 1000), ==, WP_LIGHT_GREEN);
}

static void
test_rollup_snapshot (PlanFixture   *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpNode) stored = wp_store_get_node (fixture->base.store, fixture->late_task);
  g_autoptr(WpNode) edited = wp_node_copy (stored);
  WpRollup *before = rollup_at (fixture, "2019-07-15");
  g_autoptr(WpRollup) after = NULL;

  /* Marking the late task done turns 一、 green and lifts it to 100 %. */
  wp_node_set_status (edited, WP_STATUS_DONE);
  g_assert_true (wp_store_update_node (fixture->base.store, edited, &error));
  g_assert_no_error (error);
  after = rollup_at (fixture, "2019-07-15");

  g_assert_cmpint (wp_rollup_get_light (before, fixture->part_one), ==, WP_LIGHT_RED);
  g_assert_cmpint (wp_rollup_get_light (after, fixture->part_one), ==, WP_LIGHT_GREEN);
  g_assert_cmpfloat (wp_rollup_get_progress (after, fixture->part_one), ==, 100.0);
  assert_counts (after, 0, 5, 2, 1, 1, 0);

  g_assert_finalize_object (before);
}

static void
test_rollup_missing_plan (void)
{
  g_autofree char *dir = wp_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "workplan.db", NULL);
  WpStore *store = wp_test_open_store (dir, "workplan.db");
  GDate as_of;
  WpRollup *rollup;
  WpRollupCounts counts;

  set_date (&as_of, "2019-07-15");
  rollup = wp_rollup_new (store, 42, &as_of, NULL);
  g_assert_cmpfloat (wp_rollup_get_plan_progress (rollup), ==, 0.0);
  g_assert_cmpint (wp_rollup_get_plan_light (rollup), ==, WP_LIGHT_GREEN);
  wp_rollup_get_plan_counts (rollup, &counts);
  g_assert_cmpuint (counts.tasks, ==, 0);
  g_assert_cmpint (g_date_compare (wp_rollup_get_as_of (rollup), &as_of), ==, 0);

  g_assert_finalize_object (rollup);
  g_assert_finalize_object (store);
  /* By hand, not wp_test_remove_tree (): the closed workbook must be all that is left. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/rate/at-least", test_rate_at_least);
  g_test_add_func ("/rules/rate/at-most", test_rate_at_most);
  g_test_add_func ("/rules/rate/zero", test_rate_zero);
  g_test_add_func ("/rules/rate/equal", test_rate_equal);
  g_test_add_func ("/rules/rate/milestone", test_rate_milestone);
  g_test_add_func ("/rules/task-progress", test_task_progress);
  g_test_add_func ("/rules/section-mean", test_section_mean);
  g_test_add_func ("/rules/light", test_light);
  g_test_add_func ("/rules/light-thresholds", test_light_thresholds);
  g_test_add_func ("/rules/expected-progress", test_expected_progress);
  g_test_add ("/rules/rollup/progress", PlanFixture, NULL,
              plan_fixture_set_up, test_rollup_progress, plan_fixture_tear_down);
  g_test_add ("/rules/rollup/lights", PlanFixture, NULL,
              plan_fixture_set_up, test_rollup_lights, plan_fixture_tear_down);
  g_test_add ("/rules/rollup/counts", PlanFixture, NULL,
              plan_fixture_set_up, test_rollup_counts, plan_fixture_tear_down);
  g_test_add ("/rules/rollup/snapshot", PlanFixture, NULL,
              plan_fixture_set_up, test_rollup_snapshot, plan_fixture_tear_down);
  g_test_add_func ("/rules/rollup/missing-plan", test_rollup_missing_plan);

  return g_test_run ();
}
