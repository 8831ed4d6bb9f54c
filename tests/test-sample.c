/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "wp-test-util.h"

#include <math.h>
#include <string.h>

#include "wp-resources.h"
#include "wp-rollup.h"
#include "wp-rules.h"
#include "wp-sample.h"

/* What the sample was written to show (see build-aux/make-sample.py): the figures the
 * dashboard and the year-end summary of 2025 print. */
#define SAMPLE_SECTIONS    7
#define SAMPLE_TASKS       34
#define SAMPLE_DONE        24
#define SAMPLE_CANCELLED   1
#define SAMPLE_KEY         7
#define SAMPLE_INDICATORS  19
#define SAMPLE_MET         12
#define SAMPLE_LATE        7
#define SAMPLE_AT_RISK     2

/* What a reader of the outline counts, task by task. */
typedef struct
{
  guint      tasks;
  guint      done;
  guint      key;
  guint      indicators;
  guint      met;
  guint      entries;
  GPtrArray *task_list;  /* WpNode, in outline order */
} SampleTally;

static void
tally_indicators (WpStore     *store,
                  WpNode      *task,
                  SampleTally *tally)
{
  g_autoptr (GPtrArray) indicators = wp_store_list_indicators (store, wp_node_get_id (task));

  for (guint i = 0; i < indicators->len; i++)
    {
      WpIndicator *indicator = g_ptr_array_index (indicators, i);
      double rate = wp_rules_indicator_rate (wp_indicator_get_comparator (indicator),
                                             wp_indicator_get_target (indicator),
                                             wp_indicator_get_actual (indicator));

      /* Every target has its result by the year's end. */
      g_assert_false (isnan (rate));
      tally->indicators++;
      tally->met += rate >= 1.0 ? 1 : 0;
      /* A task reported done reached every one of its targets. */
      if (wp_node_get_status (task) == WP_STATUS_DONE)
        g_assert_cmpfloat (rate, >=, 1.0);
    }
}

static void
check_task (WpStore     *store,
            WpNode      *task,
            SampleTally *tally)
{
  g_autoptr (GPtrArray) entries = wp_store_list_progress (store, wp_node_get_id (task));
  WpStatus status = wp_node_get_status (task);

  tally->tasks++;
  tally->key += wp_node_get_key (task) ? 1 : 0;
  tally->entries += entries->len;
  g_ptr_array_add (tally->task_list, g_object_ref (task));

  if (status != WP_STATUS_CANCELLED)
    {
      WpProgressEntry *last;

      g_assert_cmpuint (entries->len, >=, 2);
      /* The latest report is what the task shows. */
      last = g_ptr_array_index (entries, entries->len - 1);
      g_assert_cmpfloat (wp_progress_entry_get_progress (last), ==, wp_node_get_progress (task));
      g_assert_cmpstr (wp_progress_entry_get_note (last), !=, "");
    }
  if (status == WP_STATUS_DONE)
    {
      tally->done++;
      g_assert_cmpfloat (wp_node_get_progress (task), ==, 100);
      g_assert_cmpstr (wp_node_get_completed (task), >, "2025-01-01");
      g_assert_cmpstr (wp_node_get_completed (task), <=, "2025-12-31");
      g_assert_cmpstr (wp_node_get_summary (task), !=, "");
    }
  else
    {
      g_assert_null (wp_node_get_completed (task));
      g_assert_cmpstr (wp_node_get_reason (task), !=, "");
    }
  tally_indicators (store, task, tally);
}

static void
tally_subtree (WpStore     *store,
               gint64       plan_id,
               gint64       parent_id,
               SampleTally *tally)
{
  g_autoptr (GPtrArray) children = wp_store_list_children (store, plan_id, parent_id);

  for (guint i = 0; i < children->len; i++)
    {
      WpNode *node = g_ptr_array_index (children, i);

      if (wp_node_get_kind (node) == WP_NODE_TASK)
        check_task (store, node, tally);
      else
        tally_subtree (store, plan_id, wp_node_get_id (node), tally);
    }
}

static void
tally_plan (WpStore     *store,
            gint64       plan_id,
            SampleTally *tally)
{
  g_autoptr (GPtrArray) top = wp_store_list_children (store, plan_id, 0);

  memset (tally, 0, sizeof *tally);
  tally->task_list = g_ptr_array_new_with_free_func (g_object_unref);
  g_assert_cmpuint (top->len, ==, SAMPLE_SECTIONS);
  tally_subtree (store, plan_id, 0, tally);
}

static gint64
import_sample (WpStore    *store,
               const char *language)
{
  g_autoptr (GError) error = NULL;
  gint64 plan_id = wp_sample_import (store, language, &error);

  g_assert_no_error (error);
  g_assert_cmpint (plan_id, >, 0);
  return plan_id;
}

static void
check_counts (SampleTally *tally)
{
  g_assert_cmpuint (tally->tasks, ==, SAMPLE_TASKS);
  g_assert_cmpuint (tally->done, ==, SAMPLE_DONE);
  g_assert_cmpuint (tally->key, ==, SAMPLE_KEY);
  g_assert_cmpuint (tally->indicators, ==, SAMPLE_INDICATORS);
  g_assert_cmpuint (tally->met, ==, SAMPLE_MET);
  g_assert_cmpuint (tally->entries, >=, 3 * SAMPLE_TASKS);
}

static void
test_chinese (WpTestFixture *fixture,
              gconstpointer  data)
{
  gint64 plan_id = import_sample (fixture->store, "zh_CN");
  g_autoptr (WpPlan) plan = wp_store_get_plan (fixture->store, plan_id);
  SampleTally tally;

  g_assert_cmpuint (wp_plan_get_year (plan), ==, 2025);
  g_assert_cmpstr (wp_plan_get_title (plan), ==, "教育局2025年工作计划");
  g_assert_cmpint (wp_plan_get_numbering (plan), ==, WP_NUMBERING_ZH);
  g_assert_null (strstr (wp_plan_get_preamble (plan), "2019"));

  tally_plan (fixture->store, plan_id, &tally);
  check_counts (&tally);
  g_assert_cmpstr (wp_node_get_title (g_ptr_array_index (tally.task_list, 11)), ==,
                   "推进学前教育普惠发展");
  g_ptr_array_unref (tally.task_list);
}

/* Every visible string of the English sample: titles, bodies, narratives, notes. */
static void
assert_no_cjk (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
        g_error ("Chinese text in the English sample: %s", text);
    }
}

static void
assert_task_in_english (WpStore *store,
                        WpNode  *task)
{
  g_autoptr (GPtrArray) entries = wp_store_list_progress (store, wp_node_get_id (task));
  g_autoptr (GPtrArray) indicators = wp_store_list_indicators (store, wp_node_get_id (task));
  g_autoptr (GPtrArray) assignments = wp_store_list_assignments (store, wp_node_get_id (task));

  assert_no_cjk (wp_node_get_title (task));
  assert_no_cjk (wp_node_get_body (task));
  assert_no_cjk (wp_node_get_summary (task));
  assert_no_cjk (wp_node_get_reason (task));
  for (guint i = 0; i < entries->len; i++)
    assert_no_cjk (wp_progress_entry_get_note (g_ptr_array_index (entries, i)));
  for (guint i = 0; i < indicators->len; i++)
    assert_no_cjk (wp_indicator_get_name (g_ptr_array_index (indicators, i)));
  for (guint i = 0; i < assignments->len; i++)
    assert_no_cjk (wp_assignment_get_department_name (g_ptr_array_index (assignments, i)));
}

static void
test_english (WpTestFixture *fixture,
              gconstpointer  data)
{
  gint64 zh_id = import_sample (fixture->store, "zh_CN");
  gint64 en_id = import_sample (fixture->store, "en");
  g_autoptr (WpPlan) plan = wp_store_get_plan (fixture->store, en_id);
  SampleTally zh, en;

  g_assert_cmpuint (wp_plan_get_year (plan), ==, 2025);
  g_assert_cmpint (wp_plan_get_numbering (plan), ==, WP_NUMBERING_EN);
  assert_no_cjk (wp_plan_get_title (plan));
  assert_no_cjk (wp_plan_get_organization (plan));
  assert_no_cjk (wp_plan_get_preamble (plan));

  tally_plan (fixture->store, zh_id, &zh);
  tally_plan (fixture->store, en_id, &en);
  check_counts (&en);
  g_assert_cmpuint (en.entries, ==, zh.entries);

  /* The same plan in the other language: same dates and figures, task by task. */
  for (guint i = 0; i < en.task_list->len; i++)
    {
      WpNode *a = g_ptr_array_index (zh.task_list, i);
      WpNode *b = g_ptr_array_index (en.task_list, i);

      assert_task_in_english (fixture->store, b);
      g_assert_cmpint (wp_node_get_status (a), ==, wp_node_get_status (b));
      g_assert_cmpfloat (wp_node_get_progress (a), ==, wp_node_get_progress (b));
      g_assert_cmpint (wp_node_get_key (a), ==, wp_node_get_key (b));
      g_assert_cmpstr (wp_node_get_start (a), ==, wp_node_get_start (b));
      g_assert_cmpstr (wp_node_get_due (a), ==, wp_node_get_due (b));
      g_assert_cmpstr (wp_node_get_completed (a), ==, wp_node_get_completed (b));
    }
  g_ptr_array_unref (zh.task_list);
  g_ptr_array_unref (en.task_list);
}

/* The figures of the dashboard and of the summary's opening paragraph at year end. */
static void
test_year_end (WpTestFixture *fixture,
               gconstpointer  data)
{
  const char *languages[] = { "zh_CN", "en" };
  g_autoptr (GDate) year_end = g_date_new_dmy (31, G_DATE_DECEMBER, 2025);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      gint64 plan_id = import_sample (fixture->store, languages[i]);
      g_autoptr (WpRollup) rollup = wp_rollup_new (fixture->store, plan_id, year_end, NULL);
      WpRollupCounts counts;

      wp_rollup_get_plan_counts (rollup, &counts);
      g_assert_cmpuint (counts.tasks, ==, SAMPLE_TASKS);
      g_assert_cmpuint (counts.done, ==, SAMPLE_DONE);
      g_assert_cmpuint (counts.cancelled, ==, SAMPLE_CANCELLED);
      g_assert_cmpuint (counts.late, ==, SAMPLE_LATE);
      g_assert_cmpuint (counts.at_risk, ==, SAMPLE_AT_RISK);
      g_assert_cmpint (wp_rollup_get_plan_light (rollup), ==, WP_LIGHT_RED);
      g_assert_cmpfloat (wp_rollup_get_plan_progress (rollup), >, 85);
      g_assert_cmpfloat (wp_rollup_get_plan_progress (rollup), <, 95);
    }
}

static void
test_twice (WpTestFixture *fixture,
            gconstpointer  data)
{
  gint64 first = import_sample (fixture->store, "zh_CN");
  gint64 second = import_sample (fixture->store, "zh_CN");
  g_autoptr (GPtrArray) plans = wp_store_list_plans (fixture->store);

  g_assert_cmpint (first, !=, second);
  g_assert_cmpuint (plans->len, ==, 2);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, first, WP_NODE_TASK), ==,
                    SAMPLE_TASKS);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, second, WP_NODE_TASK), ==,
                    SAMPLE_TASKS);
}

static void
test_fallback (WpTestFixture *fixture,
               gconstpointer  data)
{
  gint64 en_id = import_sample (fixture->store, "en");
  gint64 other_id = import_sample (fixture->store, "fr_FR.UTF-8");
  g_autoptr (WpPlan) en = wp_store_get_plan (fixture->store, en_id);
  g_autoptr (WpPlan) other = wp_store_get_plan (fixture->store, other_id);

  g_assert_cmpstr (wp_plan_get_title (other), ==, wp_plan_get_title (en));
  g_assert_cmpint (wp_plan_get_numbering (other), ==, WP_NUMBERING_EN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  wp_resources_register ();

  wp_test_add ("/sample/chinese", wp_test_fixture_set_up_store, test_chinese);
  wp_test_add ("/sample/english", wp_test_fixture_set_up_store, test_english);
  wp_test_add ("/sample/year-end", wp_test_fixture_set_up_store, test_year_end);
  wp_test_add ("/sample/twice", wp_test_fixture_set_up_store, test_twice);
  wp_test_add ("/sample/fallback", wp_test_fixture_set_up_store, test_fallback);
  return g_test_run ();
}
