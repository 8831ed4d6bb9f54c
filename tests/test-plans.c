/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-plans"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "wp-department-row.h"
#include "wp-departments-dialog.h"
#include "wp-plan-dialog.h"
#include "wp-test-util.h"

typedef WpTestFixture Fixture;

/* Store level */

static void
assign (Fixture *fixture,
        gint64   node_id,
        gint64   department_id,
        WpRole   role)
{
  g_autoptr(GError) error = NULL;

  wp_store_assign_department (fixture->store, node_id, department_id, role, &error);
  g_assert_no_error (error);
}

static gint64
add_task (Fixture    *fixture,
          gint64      parent_id,
          const char *title)
{
  return wp_test_add_node (fixture->store, fixture->plan_id, parent_id, WP_NODE_TASK, title, -1);
}

static gint64
add_section (Fixture    *fixture,
             gint64      parent_id,
             const char *title)
{
  return wp_test_add_node (fixture->store, fixture->plan_id, parent_id, WP_NODE_SECTION, title,
                           -1);
}

/* The text that the SQL of @format returns, read on a connection of its own, is
 * @expected. */
static void G_GNUC_PRINTF (3, 4)
assert_query_text (Fixture    *fixture,
                   const char *expected,
                   const char *format,
                   ...)
{
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  text = wp_test_query_text (fixture->path, sql);
  g_assert_cmpstr (text, ==, expected);
}

/* The departments of @node_id, as "name:role" in their order, are @expected. */
static void
assert_assignments (Fixture    *fixture,
                    gint64      node_id,
                    const char *expected)
{
  assert_query_text (fixture, expected,
                     "SELECT coalesce(group_concat(name || ':' || role, ','), '') "
                     "FROM (SELECT d.name, nd.role FROM node_department nd "
                     "JOIN departments d ON d.id = nd.department_id "
                     "WHERE nd.node_id = %" G_GINT64_FORMAT " ORDER BY nd.position)", node_id);
}

/* Every node's departments have positions 0 … n-1, and so do the departments. */
static void
assert_department_positions_dense (Fixture *fixture)
{
  g_assert_cmpint (wp_test_query_int (fixture->path,
                                      "SELECT count(*) FROM (SELECT count(*) AS n, "
                                      "min(position) AS lo, max(position) AS hi, "
                                      "count(DISTINCT position) AS d FROM node_department "
                                      "GROUP BY node_id) "
                                      "WHERE lo != 0 OR hi != n - 1 OR d != n"), ==, 0);
  g_assert_cmpint (wp_test_query_int (fixture->path,
                                      "SELECT count(*) = 0 OR (min(position) = 0 AND "
                                      "max(position) = count(*) - 1 AND "
                                      "count(DISTINCT position) = count(*)) FROM departments"),
                   ==, 1);
}

static void
assert_department_names (Fixture    *fixture,
                         const char *expected)
{
  assert_query_text (fixture, expected, "SELECT coalesce(group_concat(name, ','), '') FROM "
                                        "(SELECT name FROM departments ORDER BY position)");
  assert_department_positions_dense (fixture);
}

static void
count_signal (gpointer  instance,
              gint64    id,
              guint    *count)
{
  (*count)++;
}

static void
test_rename_department (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 jijiao = wp_test_add_department (fixture->store, "基教科");
  gint64 zhijiao = wp_test_add_department (fixture->store, "职成科");
  gint64 task = add_task (fixture, 0, "推进集团化办学");
  guint changed = 0;

  assign (fixture, task, jijiao, WP_ROLE_LEAD);
  g_signal_connect (fixture->store, "node-changed", G_CALLBACK (count_signal), &changed);

  g_assert_true (wp_store_rename_department (fixture->store, jijiao, " 基础教育科 ", &error));
  g_assert_no_error (error);
  assert_department_names (fixture, "基础教育科,职成科");
  assert_assignments (fixture, task, "基础教育科:lead");
  /* The task that names it is told to show the new name. */
  g_assert_cmpuint (changed, ==, 1);

  g_assert_false (wp_store_rename_department (fixture->store, zhijiao, "基础教育科", &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "基础教育科"));
  g_clear_error (&error);
  g_assert_false (wp_store_rename_department (fixture->store, zhijiao, "  ", &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wp_store_rename_department (fixture->store, 999, "新科室", &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (wp_store_add_department (fixture->store, "职成科", &error), ==, 0);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  assert_department_names (fixture, "基础教育科,职成科");

  g_signal_handlers_disconnect_by_func (fixture->store, count_signal, &changed);
}

static void
test_merge_departments (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = wp_test_add_department (fixture->store, "基教科");
  gint64 b = wp_test_add_department (fixture->store, "基础教育科");
  gint64 c = wp_test_add_department (fixture->store, "人事科");
  gint64 t1 = add_task (fixture, 0, "A lead, B support");
  gint64 t2 = add_task (fixture, 0, "B lead, C support");
  gint64 t3 = add_task (fixture, 0, "B lead, A support, C support");
  gint64 t4 = add_task (fixture, 0, "C lead, B support");
  gint64 t5 = add_task (fixture, 0, "C lead only");
  guint changed = 0;

  assign (fixture, t1, a, WP_ROLE_LEAD);
  assign (fixture, t1, b, WP_ROLE_SUPPORT);
  assign (fixture, t2, b, WP_ROLE_LEAD);
  assign (fixture, t2, c, WP_ROLE_SUPPORT);
  assign (fixture, t3, b, WP_ROLE_LEAD);
  assign (fixture, t3, a, WP_ROLE_SUPPORT);
  assign (fixture, t3, c, WP_ROLE_SUPPORT);
  assign (fixture, t4, c, WP_ROLE_LEAD);
  assign (fixture, t4, b, WP_ROLE_SUPPORT);
  assign (fixture, t5, c, WP_ROLE_LEAD);
  wp_test_add_progress (fixture->store, t2, "2019-05-01", 40, b);
  wp_test_add_progress (fixture->store, t5, "2019-05-01", 30, c);
  g_assert_cmpuint (wp_store_count_department_tasks (fixture->store, b), ==, 4);
  g_signal_connect (fixture->store, "node-changed", G_CALLBACK (count_signal), &changed);

  g_assert_true (wp_store_merge_departments (fixture->store, a, b, &error));
  g_assert_no_error (error);

  assert_department_names (fixture, "基教科,人事科");
  assert_assignments (fixture, t1, "基教科:lead");
  assert_assignments (fixture, t2, "基教科:lead,人事科:support");
  /* Both named: A stays at its place with the stronger role, the rest close up. */
  assert_assignments (fixture, t3, "基教科:lead,人事科:support");
  assert_assignments (fixture, t4, "人事科:lead,基教科:support");
  assert_assignments (fixture, t5, "人事科:lead");
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM progress_entries "
                                                      "WHERE department_id = 1"), ==, 1);
  g_assert_cmpuint (wp_store_count_department_tasks (fixture->store, a), ==, 4);
  g_assert_cmpuint (wp_store_count_department_tasks (fixture->store, b), ==, 0);
  g_assert_cmpuint (changed, ==, 4);

  g_assert_false (wp_store_merge_departments (fixture->store, a, b, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (wp_store_merge_departments (fixture->store, a, a, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);

  g_signal_handlers_disconnect_by_func (fixture->store, count_signal, &changed);
}

static void
test_move_department (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = wp_test_add_department (fixture->store, "A");
  gint64 d;

  wp_test_add_department (fixture->store, "B");
  wp_test_add_department (fixture->store, "C");
  d = wp_test_add_department (fixture->store, "D");

  g_assert_true (wp_store_move_department (fixture->store, d, 0, &error));
  g_assert_no_error (error);
  assert_department_names (fixture, "D,A,B,C");
  g_assert_true (wp_store_move_department (fixture->store, a, -1, &error));
  assert_department_names (fixture, "D,B,C,A");
  g_assert_true (wp_store_move_department (fixture->store, a, 2, &error));
  assert_department_names (fixture, "D,B,A,C");
  g_assert_true (wp_store_move_department (fixture->store, d, 99, &error));
  assert_department_names (fixture, "B,A,C,D");
  g_assert_no_error (error);

  g_assert_false (wp_store_move_department (fixture->store, 999, 0, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
}

static void
test_delete_department (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 used = wp_test_add_department (fixture->store, "基教科");
  gint64 unused = wp_test_add_department (fixture->store, "督导室");
  gint64 logged = wp_test_add_department (fixture->store, "安全科");
  gint64 t1 = add_task (fixture, 0, "任务一");
  gint64 t2 = add_task (fixture, 0, "任务二");

  wp_test_add_department (fixture->store, "人事科");
  assign (fixture, t1, used, WP_ROLE_LEAD);
  assign (fixture, t2, used, WP_ROLE_SUPPORT);
  wp_test_add_progress (fixture->store, t1, "2019-03-01", 10, logged);

  g_assert_false (wp_store_delete_department (fixture->store, used, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  /* The message names the department and how many tasks use it. */
  g_assert_nonnull (strstr (error->message, "基教科"));
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);
  /* A department named only in a progress log is still in use. */
  g_assert_false (wp_store_delete_department (fixture->store, logged, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (wp_store_delete_department (fixture->store, unused, &error));
  g_assert_no_error (error);
  assert_department_names (fixture, "基教科,安全科,人事科");
  g_assert_false (wp_store_delete_department (fixture->store, unused, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
}

/* Carry */

typedef struct
{
  gint64 jijiao;
  gint64 anquan;
  gint64 s1, t_done, t_running, t_cancelled;
  gint64 s2, t_done2;
  gint64 s3;
  gint64 s4, s41, t_delayed, t_new;
} SeedPlan;

static gint64
add_task_with (Fixture    *fixture,
               gint64      parent_id,
               const char *title,
               WpStatus    status,
               const char *due)
{
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);

  wp_node_set_title (node, title);
  wp_node_set_body (node, "具体内容。");
  wp_node_set_status (node, status);
  wp_node_set_progress (node, status == WP_STATUS_DONE ? 100 : 40);
  wp_node_set_due (node, due);
  wp_node_set_summary (node, "全年完成情况。");
  wp_node_set_reason (node, status == WP_STATUS_DONE ? "" : "经费未到位。");
  if (status == WP_STATUS_DONE)
    wp_node_set_completed (node, "2019-11-30");
  return wp_test_insert_node (fixture->store, fixture->plan_id, parent_id, node, -1);
}

static void
add_indicator (Fixture    *fixture,
               gint64      node_id,
               const char *name,
               double      baseline,
               double      target,
               double      actual)
{
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  g_autoptr(GError) error = NULL;

  wp_indicator_set_node_id (indicator, node_id);
  wp_indicator_set_name (indicator, name);
  wp_indicator_set_unit (indicator, "所");
  wp_indicator_set_comparator (indicator, WP_COMPARATOR_AT_LEAST);
  wp_indicator_set_baseline (indicator, baseline);
  wp_indicator_set_target (indicator, target);
  wp_indicator_set_actual (indicator, actual);
  g_assert_cmpint (wp_store_add_indicator (fixture->store, indicator, &error), >, 0);
  g_assert_no_error (error);
}

/* 一、S1: done, in progress (key, dates, departments, indicators, log), cancelled;
 * 二、S2: only done work; 三、S3: no task yet; 四、S4: （一）S4.1 with a delayed task due
 * on a 29 February, and a task not started. */
static void
seed_plan (Fixture  *fixture,
           SeedPlan *seed)
{
  g_autoptr(WpPlan) plan = wp_store_get_plan (fixture->store, fixture->plan_id);
  g_autoptr(WpPlan) edit = wp_plan_copy (plan);
  g_autoptr(WpNode) live = NULL;
  g_autoptr(WpNode) running = NULL;
  g_autoptr(GError) error = NULL;

  wp_plan_set_organization (edit, "某区教育局");
  wp_plan_set_preamble (edit, "坚持立德树人。");
  wp_plan_set_period_start (edit, "2019-01-01");
  wp_plan_set_period_end (edit, "2019-12-31");
  g_assert_true (wp_store_update_plan (fixture->store, edit, &error));

  seed->jijiao = wp_test_add_department (fixture->store, "基教科");
  seed->anquan = wp_test_add_department (fixture->store, "安全科");
  seed->s1 = add_section (fixture, 0, "深化教育改革");
  seed->t_done = add_task_with (fixture, seed->s1, "完成课程改革", WP_STATUS_DONE, NULL);
  seed->t_running = add_task_with (fixture, seed->s1, "新建学校", WP_STATUS_IN_PROGRESS,
                                   "2019-06-30");
  seed->t_cancelled = add_task_with (fixture, seed->s1, "撤并学校", WP_STATUS_CANCELLED, NULL);
  seed->s2 = add_section (fixture, 0, "加强队伍建设");
  seed->t_done2 = add_task_with (fixture, seed->s2, "培训教师", WP_STATUS_DONE, NULL);
  seed->s3 = add_section (fixture, 0, "其他工作");
  seed->s4 = add_section (fixture, 0, "保障安全稳定");
  seed->s41 = add_section (fixture, seed->s4, "校园安全");
  seed->t_delayed = add_task_with (fixture, seed->s41, "安装监控", WP_STATUS_DELAYED, "2020-02-29");
  seed->t_new = add_task_with (fixture, seed->s4, "开展演练", WP_STATUS_NOT_STARTED, NULL);

  live = wp_store_get_node (fixture->store, seed->t_running);
  running = wp_node_copy (live);
  wp_node_set_key (running, TRUE);
  wp_node_set_start (running, "2019-03-01");
  wp_node_set_weight (running, 2);
  g_assert_true (wp_store_update_node (fixture->store, running, &error));
  assign (fixture, seed->t_running, seed->anquan, WP_ROLE_LEAD);
  assign (fixture, seed->t_running, seed->jijiao, WP_ROLE_SUPPORT);
  assign (fixture, seed->t_done, seed->jijiao, WP_ROLE_LEAD);
  assign (fixture, seed->t_delayed, seed->anquan, WP_ROLE_LEAD);
  add_indicator (fixture, seed->t_running, "新建学校", 10, 12, 13);
  add_indicator (fixture, seed->t_running, "新增学位", 3000, 5000, NAN);
  wp_test_add_progress (fixture->store, seed->t_running, "2019-05-01", 40, seed->anquan);
  wp_test_add_progress (fixture->store, seed->t_delayed, "2019-08-01", 20, 0);
}

static char *
describe_children (Fixture *fixture,
                   gint64   plan_id,
                   gint64   parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (fixture->store, plan_id, parent_id);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < children->len; i++)
    {
      WpNode *child = g_ptr_array_index (children, i);

      g_assert_cmpuint (wp_node_get_position (child), ==, i);
      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", wp_node_get_title (child));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
child_id (Fixture *fixture,
          gint64   plan_id,
          gint64   parent_id,
          guint    position)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (fixture->store, plan_id, parent_id);

  g_assert_cmpuint (position, <, children->len);
  return wp_node_get_id (g_ptr_array_index (children, position));
}

static void
assert_children (Fixture    *fixture,
                 gint64      plan_id,
                 gint64      parent_id,
                 const char *expected)
{
  g_autofree char *titles = describe_children (fixture, plan_id, parent_id);

  g_assert_cmpstr (titles, ==, expected);
}

static void
assert_fresh_task (WpNode *task)
{
  g_assert_cmpint (wp_node_get_status (task), ==, WP_STATUS_NOT_STARTED);
  g_assert_cmpfloat (wp_node_get_progress (task), ==, 0);
  g_assert_null (wp_node_get_completed (task));
  g_assert_cmpstr (wp_node_get_summary (task), ==, "");
  g_assert_cmpstr (wp_node_get_reason (task), ==, "");
  g_assert_cmpstr (wp_node_get_body (task), ==, "具体内容。");
}

static void
assert_carried_task (Fixture *fixture,
                     gint64   task_id)
{
  g_autoptr(WpNode) task = wp_store_get_node (fixture->store, task_id);
  g_autoptr(GPtrArray) indicators = wp_store_list_indicators (fixture->store, task_id);
  g_autoptr(GPtrArray) log = wp_store_list_progress (fixture->store, task_id);
  WpIndicator *schools, *places;

  assert_fresh_task (task);
  g_assert_true (wp_node_get_key (task));
  g_assert_cmpfloat (wp_node_get_weight (task), ==, 2);
  g_assert_cmpstr (wp_node_get_start (task), ==, "2020-03-01");
  g_assert_cmpstr (wp_node_get_due (task), ==, "2020-06-30");
  assert_assignments (fixture, task_id, "安全科:lead,基教科:support");
  g_assert_cmpuint (log->len, ==, 0);

  g_assert_cmpuint (indicators->len, ==, 2);
  schools = g_ptr_array_index (indicators, 0);
  places = g_ptr_array_index (indicators, 1);
  /* Last year's result is the new baseline; without one the old baseline stays. */
  g_assert_cmpstr (wp_indicator_get_name (schools), ==, "新建学校");
  g_assert_cmpfloat (wp_indicator_get_baseline (schools), ==, 13);
  g_assert_cmpfloat (wp_indicator_get_target (schools), ==, 12);
  g_assert_true (isnan (wp_indicator_get_actual (schools)));
  g_assert_cmpstr (wp_indicator_get_unit (schools), ==, "所");
  g_assert_cmpfloat (wp_indicator_get_baseline (places), ==, 3000);
  g_assert_cmpfloat (wp_indicator_get_target (places), ==, 5000);
  g_assert_true (isnan (wp_indicator_get_actual (places)));
}

static void
assert_new_plan (Fixture *fixture,
                 gint64   plan_id)
{
  g_autoptr(WpPlan) plan = wp_store_get_plan (fixture->store, plan_id);

  g_assert_cmpuint (wp_plan_get_year (plan), ==, 2020);
  g_assert_cmpstr (wp_plan_get_title (plan), ==, "2020年工作要点");
  g_assert_cmpstr (wp_plan_get_organization (plan), ==, "某区教育局");
  g_assert_cmpstr (wp_plan_get_preamble (plan), ==, "坚持立德树人。");
  g_assert_cmpint (wp_plan_get_numbering (plan), ==, WP_NUMBERING_ZH);
  g_assert_null (wp_plan_get_period_start (plan));
  g_assert_null (wp_plan_get_period_end (plan));
}

/* Nothing of the old plan changed: counts, statuses, actuals and logs. */
static void
assert_old_plan_untouched (Fixture  *fixture,
                           SeedPlan *seed)
{
  g_autoptr(WpPlan) plan = wp_store_get_plan (fixture->store, fixture->plan_id);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM progress_entries p JOIN nodes n "
                                          "ON n.id = p.node_id WHERE n.plan_id = %"
                                          G_GINT64_FORMAT, fixture->plan_id);

  g_assert_cmpstr (wp_plan_get_title (plan), ==, "2019年工作要点");
  g_assert_cmpstr (wp_plan_get_period_start (plan), ==, "2019-01-01");
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_TASK), ==, 6);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_SECTION), ==, 5);
  g_assert_cmpint (wp_test_query_int (fixture->path, sql), ==, 2);
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM indicators "
                                                      "WHERE actual = 13"), ==, 1);
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM nodes "
                                                      "WHERE status = 'done'"), ==, 2);
  assert_assignments (fixture, seed->t_running, "安全科:lead,基教科:support");
}

static void
count_plans_changed (WpStore *store,
                     guint   *count)
{
  (*count)++;
}

static void
test_carry_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpNode) delayed = NULL;
  SeedPlan seed;
  guint plans_changed = 0;
  gint64 next, s1, s4, s41;

  seed_plan (fixture, &seed);
  g_signal_connect (fixture->store, "plans-changed", G_CALLBACK (count_plans_changed),
                    &plans_changed);
  next = wp_store_carry_plan (fixture->store, fixture->plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (next, >, fixture->plan_id);
  g_assert_cmpuint (plans_changed, ==, 1);
  g_signal_handlers_disconnect_by_func (fixture->store, count_plans_changed, &plans_changed);

  assert_new_plan (fixture, next);
  /* 二、 had only finished work and stays behind; 三、 never had a task and goes along. */
  assert_children (fixture, next, 0, "深化教育改革,其他工作,保障安全稳定");
  s1 = child_id (fixture, next, 0, 0);
  s4 = child_id (fixture, next, 0, 2);
  assert_children (fixture, next, s1, "新建学校");
  assert_children (fixture, next, s4, "校园安全,开展演练");
  s41 = child_id (fixture, next, s4, 0);
  assert_children (fixture, next, s41, "安装监控");
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, next, WP_NODE_TASK), ==, 3);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, next, WP_NODE_SECTION), ==, 4);

  assert_carried_task (fixture, child_id (fixture, next, s1, 0));
  delayed = wp_store_get_node (fixture->store, child_id (fixture, next, s41, 0));
  assert_fresh_task (delayed);
  g_assert_cmpstr (wp_node_get_due (delayed), ==, "2021-02-28");
  assert_assignments (fixture, wp_node_get_id (delayed), "安全科:lead");
  assert_old_plan_untouched (fixture, &seed);
}

static void
test_carry_titles (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const struct
  {
    guint       year;
    const char *title;
    const char *expected;
  } cases[] = {
    { 2019, "Work Plan 2019 (revised 2019)", "Work Plan 2020 (revised 2020)" },
    { 2019, "工作要点", "工作要点" },
    { 2019, "20191号文件 2019", "20191号文件 2020" },
    { 2022, "某区教育局2022年工作计划", "某区教育局2023年工作计划" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 old_id = wp_test_create_plan (fixture->store, cases[i].year, cases[i].title,
                                           WP_NUMBERING_EN);
      gint64 new_id = wp_store_carry_plan (fixture->store, old_id, &error);
      g_autoptr(WpPlan) plan = wp_store_get_plan (fixture->store, new_id);

      g_assert_no_error (error);
      g_assert_cmpstr (wp_plan_get_title (plan), ==, cases[i].expected);
      g_assert_cmpuint (wp_plan_get_year (plan), ==, cases[i].year + 1);
      g_assert_cmpint (wp_plan_get_numbering (plan), ==, WP_NUMBERING_EN);
      g_assert_cmpuint (wp_store_count_nodes (fixture->store, new_id, WP_NODE_TASK), ==, 0);
    }

  g_assert_cmpint (wp_store_carry_plan (fixture->store, 999, &error), ==, 0);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Carrying a plan again would make a second plan of that year and title. */
  g_assert_cmpint (wp_store_find_plan (fixture->store, 2023, "某区教育局2023年工作计划"), >, 0);
  g_assert_cmpint (wp_store_carry_plan (fixture->store,
                                        wp_store_find_plan (fixture->store, 2022,
                                                            "某区教育局2022年工作计划"),
                                        &error), ==, 0);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "某区教育局2023年工作计划"));
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM plans"), ==, 8);
}

/* GUI level */

static gboolean
is_hidden (gpointer window)
{
  return !gtk_widget_get_visible (GTK_WIDGET (window));
}

static void
drain_main_context (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Closes @window if it is still open and drops the test's reference, the last one. */
static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_context ();
  g_assert_finalize_object (window);
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

static GtkWidget *
get_plan_part (WpPlanDialog *dialog,
               const char   *name)
{
  return GTK_WIDGET (get_part (dialog, WP_TYPE_PLAN_DIALOG, name));
}

static void
set_text (WpPlanDialog *dialog,
          const char   *row,
          const char   *text)
{
  gtk_editable_set_text (GTK_EDITABLE (get_plan_part (dialog, row)), text);
}

static const char *
get_text (WpPlanDialog *dialog,
          const char   *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (get_plan_part (dialog, row)));
}

static void
on_plan_saved (WpPlanDialog *dialog,
               gint64        plan_id,
               gint64       *saved_id)
{
  *saved_id = plan_id;
}

static WpPlanDialog *
open_plan_dialog (Fixture *fixture,
                  WpPlan  *plan,
                  gint64  *saved_id)
{
  WpPlanDialog *dialog = g_object_ref (wp_plan_dialog_present (NULL, fixture->store, plan));

  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_signal_connect (dialog, "plan-saved", G_CALLBACK (on_plan_saved), saved_id);
  drain_main_context ();
  return dialog;
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
assert_plan_row (Fixture    *fixture,
                 gint64      plan_id,
                 const char *expected)
{
  assert_query_text (fixture, expected,
                     "SELECT year || '|' || title || '|' || organization || '|' || numbering "
                     "|| '|' || coalesce(period_start, '-') FROM plans "
                     "WHERE id = %" G_GINT64_FORMAT, plan_id);
}

static void
test_plan_dialog_create (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *suggested = NULL;
  WpPlanDialog *dialog;
  GtkWidget *year, *save, *error_label;
  gint64 saved_id = 0;

  wp_test_create_plan (fixture->store, g_date_time_get_year (now), "今年的计划", WP_NUMBERING_ZH);
  dialog = open_plan_dialog (fixture, NULL, &saved_id);
  year = get_plan_part (dialog, "year_spin");
  save = get_plan_part (dialog, "save_button");
  error_label = get_plan_part (dialog, "error_label");

  /* This year has a plan: the new one is for the next, and its title follows the year. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (year)), ==,
                   g_date_time_get_year (now) + 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (year), 2030);
  g_assert_cmpstr (get_text (dialog, "title_row"), ==, "Work Plan 2030");
  g_assert_false (gtk_widget_get_visible (error_label));

  /* Without a title nothing can be created. */
  set_text (dialog, "title_row", "  ");
  g_assert_false (gtk_widget_is_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (get_plan_part (dialog, "title_row"), "error"));

  set_text (dialog, "title_row", "2030年工作要点");
  set_text (dialog, "organization_row", "某区教育局");
  adw_combo_row_set_selected (ADW_COMBO_ROW (get_plan_part (dialog, "numbering_row")),
                              WP_NUMBERING_EN);
  click (save);
  wp_test_wait_until (is_hidden, dialog);

  g_assert_cmpint (saved_id, >, 0);
  assert_plan_row (fixture, saved_id, "2030|2030年工作要点|某区教育局|en|-");
  close_window (dialog);

  /* The same title for the same year is refused, inline, and the dialog stays. */
  dialog = open_plan_dialog (fixture, NULL, &saved_id);
  error_label = get_plan_part (dialog, "error_label");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (get_plan_part (dialog, "year_spin")), 2030);
  set_text (dialog, "title_row", "2030年工作要点");
  saved_id = 0;
  click (get_plan_part (dialog, "save_button"));
  drain_main_context ();
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "2030年工作要点"));
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM plans"), ==, 2);
  /* The organisation and numbering follow the latest plan. */
  g_assert_cmpstr (get_text (dialog, "organization_row"), ==, "某区教育局");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (get_plan_part (dialog,
                                                                              "numbering_row"))),
                    ==, WP_NUMBERING_EN);
  close_window (dialog);
}

static void
test_plan_dialog_edit (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_store_get_plan (fixture->store, fixture->plan_id);
  g_autoptr(WpPlan) edit = wp_plan_copy (plan);
  g_autoptr(GError) error = NULL;
  WpPlanDialog *dialog;
  gint64 saved_id = 0;

  wp_plan_set_organization (edit, "某市教育局");
  wp_plan_set_period_start (edit, "2019-02-01");
  g_assert_true (wp_store_update_plan (fixture->store, edit, &error));

  dialog = open_plan_dialog (fixture, plan, &saved_id);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Plan");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (get_plan_part (dialog, "save_button"))),
                   ==, "_Save");
  g_assert_cmpstr (get_text (dialog, "title_row"), ==, "2019年工作要点");
  g_assert_cmpstr (get_text (dialog, "organization_row"), ==, "某市教育局");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (get_plan_part (dialog,
                                                                                     "year_spin"))),
                   ==, 2019);

  /* Pressing Enter in a field saves, as the button does. */
  set_text (dialog, "organization_row", "某区教育局");
  g_signal_emit_by_name (get_plan_part (dialog, "organization_row"), "entry-activated");
  wp_test_wait_until (is_hidden, dialog);
  g_assert_cmpint (saved_id, ==, fixture->plan_id);
  assert_plan_row (fixture, fixture->plan_id, "2019|2019年工作要点|某区教育局|zh|2019-02-01");
  close_window (dialog);

  /* Another year: the period set for the old one goes and follows the new year. */
  dialog = open_plan_dialog (fixture, plan, &saved_id);
  set_text (dialog, "title_row", "2021年工作要点");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (get_plan_part (dialog, "year_spin")), 2021);
  g_assert_cmpstr (get_text (dialog, "title_row"), ==, "2021年工作要点");
  click (get_plan_part (dialog, "save_button"));
  wp_test_wait_until (is_hidden, dialog);
  assert_plan_row (fixture, fixture->plan_id, "2021|2021年工作要点|某区教育局|zh|-");
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM plans"), ==, 1);
  close_window (dialog);
}

/* The departments dialog */

static GtkWidget *
get_departments_part (WpDepartmentsDialog *dialog,
                      const char          *name)
{
  return GTK_WIDGET (get_part (dialog, WP_TYPE_DEPARTMENTS_DIALOG, name));
}

typedef struct
{
  WpDepartmentsDialog *dialog;
  const char          *name;
  WpDepartmentRow     *row;
} RowSearch;

/* The row the list view shows for the department called @search->name. */
static gboolean
find_row (gpointer data)
{
  RowSearch *search = data;
  GtkWidget *list_view = get_departments_part (search->dialog, "list_view");

  search->row = NULL;
  for (GtkWidget *item = gtk_widget_get_first_child (list_view); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      WpDepartment *department;

      if (!WP_IS_DEPARTMENT_ROW (row))
        continue;
      department = wp_department_row_get_department (WP_DEPARTMENT_ROW (row));
      if (department != NULL && g_str_equal (wp_department_get_name (department), search->name))
        search->row = WP_DEPARTMENT_ROW (row);
    }
  return search->row != NULL;
}

static WpDepartmentRow *
wait_for_row (WpDepartmentsDialog *dialog,
              const char          *name)
{
  RowSearch search = { dialog, name, NULL };

  wp_test_wait_until (find_row, &search);
  return search.row;
}

static void
select_department (WpDepartmentsDialog *dialog,
                   const char          *name)
{
  GtkSingleSelection *selection = get_part (dialog, WP_TYPE_DEPARTMENTS_DIALOG, "selection");
  GListModel *model = gtk_single_selection_get_model (selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WpDepartment) department = g_list_model_get_item (model, i);

      if (g_str_equal (wp_department_get_name (department), name))
        {
          gtk_single_selection_set_selected (selection, i);
          return;
        }
    }
  g_assert_not_reached ();
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
add_through_entry (WpDepartmentsDialog *dialog,
                   const char          *name)
{
  GtkWidget *entry = get_departments_part (dialog, "add_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  click (get_departments_part (dialog, "add_button"));
  drain_main_context ();
}

static void
rename_in_place (WpDepartmentsDialog *dialog,
                 const char          *name,
                 const char          *new_name)
{
  WpDepartmentRow *row = wait_for_row (dialog, name);
  GtkWidget *entry = get_part (row, WP_TYPE_DEPARTMENT_ROW, "name_entry");

  click (get_part (row, WP_TYPE_DEPARTMENT_ROW, "rename_button"));
  g_assert_true (gtk_widget_get_child_visible (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, name);
  gtk_editable_set_text (GTK_EDITABLE (entry), new_name);
  g_signal_emit_by_name (entry, "activate");
  drain_main_context ();
}

/* Merges the selected department through the confirmation dialog, into @target. */
static void
merge_through_dialog (WpDepartmentsDialog *dialog,
                      const char          *target,
                      const char          *expected_body)
{
  AdwMessageDialog *message;
  GtkDropDown *targets;
  GListModel *model;

  click (get_departments_part (dialog, "merge_button"));
  message = g_object_ref (find_message_dialog (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==, expected_body);
  targets = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (message));
  model = gtk_drop_down_get_model (targets);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WpDepartment) department = g_list_model_get_item (model, i);

      if (g_str_equal (wp_department_get_name (department), target))
        gtk_drop_down_set_selected (targets, i);
    }
  adw_message_dialog_response (message, "merge");
  close_window (message);
}

static void
test_departments_dialog (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 jijiao = wp_test_add_department (fixture->store, "基教科");
  gint64 zhijiao = wp_test_add_department (fixture->store, "职成科");
  gint64 t1 = add_task (fixture, 0, "任务一");
  gint64 t2 = add_task (fixture, 0, "任务二");
  WpDepartmentsDialog *dialog;
  WpDepartmentRow *row;

  assign (fixture, t1, jijiao, WP_ROLE_LEAD);
  assign (fixture, t2, zhijiao, WP_ROLE_LEAD);
  assign (fixture, t2, jijiao, WP_ROLE_SUPPORT);
  dialog = g_object_ref (wp_departments_dialog_present (NULL, fixture->store));

  /* Each row shows the name and how many tasks name it. */
  row = wait_for_row (dialog, "基教科");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (get_part (row, WP_TYPE_DEPARTMENT_ROW,
                                                              "count_label"))), ==, "2 tasks");

  add_through_entry (dialog, "督导室");
  add_through_entry (dialog, "基础教育科");
  assert_department_names (fixture, "基教科,职成科,督导室,基础教育科");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_departments_part (dialog,
                                                                              "add_entry"))),
                   ==, "");
  /* A name that is taken adds nothing and stays in the entry. */
  add_through_entry (dialog, "职成科");
  assert_department_names (fixture, "基教科,职成科,督导室,基础教育科");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_departments_part (dialog,
                                                                              "add_entry"))),
                   ==, "职成科");

  rename_in_place (dialog, "职成科", "职业教育科");
  assert_department_names (fixture, "基教科,职业教育科,督导室,基础教育科");
  /* A rename into a taken name is refused and the row shows the old name again. */
  rename_in_place (dialog, "督导室", "基教科");
  assert_department_names (fixture, "基教科,职业教育科,督导室,基础教育科");
  wait_for_row (dialog, "督导室");

  select_department (dialog, "基教科");
  merge_through_dialog (dialog, "基础教育科",
                        "2 tasks move to the department chosen below, and this department "
                        "is removed.");
  assert_department_names (fixture, "职业教育科,督导室,基础教育科");
  assert_assignments (fixture, t1, "基础教育科:lead");
  assert_assignments (fixture, t2, "职业教育科:lead,基础教育科:support");

  /* The merged-into department is selected: up with the button, then with Alt+Up. */
  click (get_departments_part (dialog, "move_up_button"));
  assert_department_names (fixture, "职业教育科,基础教育科,督导室");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "departments.move-up", NULL);
  assert_department_names (fixture, "基础教育科,职业教育科,督导室");
  g_assert_false (gtk_widget_is_sensitive (get_departments_part (dialog, "move_up_button")));
  click (get_departments_part (dialog, "move_down_button"));
  assert_department_names (fixture, "职业教育科,基础教育科,督导室");

  /* Only an unused department can be deleted. */
  select_department (dialog, "职业教育科");
  g_assert_false (gtk_widget_is_sensitive (get_departments_part (dialog, "delete_button")));
  select_department (dialog, "督导室");
  click (get_departments_part (dialog, "delete_button"));
  assert_department_names (fixture, "职业教育科,基础教育科");

  close_window (dialog);
}

static void
test_departments_dialog_empty (Fixture       *fixture,
                               gconstpointer  data)
{
  WpDepartmentsDialog *dialog = g_object_ref (wp_departments_dialog_new (NULL, fixture->store));
  GtkStack *stack = GTK_STACK (get_departments_part (dialog, "stack"));

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  add_through_entry (dialog, "办公室");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  wait_for_row (dialog, "办公室");
  assert_department_names (fixture, "办公室");
  close_window (dialog);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The dialogs need no application: GTK and libadwaita are enough. */
  adw_init ();

  wp_test_add ("/plans/departments/rename", wp_test_fixture_set_up_plan, test_rename_department);
  wp_test_add ("/plans/departments/merge", wp_test_fixture_set_up_plan, test_merge_departments);
  wp_test_add ("/plans/departments/move", wp_test_fixture_set_up_store, test_move_department);
  wp_test_add ("/plans/departments/delete", wp_test_fixture_set_up_plan, test_delete_department);
  wp_test_add ("/plans/carry/plan", wp_test_fixture_set_up_plan, test_carry_plan);
  wp_test_add ("/plans/carry/titles", wp_test_fixture_set_up_store, test_carry_titles);
  wp_test_add ("/plans/plan-dialog/create", wp_test_fixture_set_up_store,
               test_plan_dialog_create);
  wp_test_add ("/plans/plan-dialog/edit", wp_test_fixture_set_up_plan, test_plan_dialog_edit);
  wp_test_add ("/plans/departments-dialog/edit", wp_test_fixture_set_up_plan,
               test_departments_dialog);
  wp_test_add ("/plans/departments-dialog/empty", wp_test_fixture_set_up_store,
               test_departments_dialog_empty);

  return g_test_run ();
}
