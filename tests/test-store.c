/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>

#include "wp-node-list.h"
#include "wp-plan-list.h"
#include "wp-store.h"
#include "wp-test-util.h"

typedef WpTestFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();

  wp_test_fixture_set_up_store (fixture, data);
  wp_plan_set_year (plan, 2019);
  wp_plan_set_title (plan, "2019年工作要点");
  wp_plan_set_organization (plan, "某市教育局");
  fixture->plan_id = wp_test_insert_plan (fixture->store, plan);
}

static gint64
add_node (Fixture    *fixture,
          gint64      parent_id,
          WpNodeKind  kind,
          const char *title,
          int         position)
{
  return wp_test_add_node (fixture->store, fixture->plan_id, parent_id, kind, title, position);
}

/* The titles of a sibling list as read back from the database are @expected, "a,b,c". */
static void
assert_children_titles (Fixture    *fixture,
                        gint64      parent_id,
                        const char *expected)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (fixture->store, fixture->plan_id,
                                                          parent_id);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;
  g_autofree char *joined = NULL;

  for (guint i = 0; i < children->len; i++)
    g_strv_builder_add (builder, wp_node_get_title (g_ptr_array_index (children, i)));
  titles = g_strv_builder_end (builder);
  joined = g_strjoinv (",", titles);
  g_assert_cmpstr (joined, ==, expected);
}

static guint
count_indicators (Fixture *fixture,
                  gint64   node_id)
{
  g_autoptr(GPtrArray) indicators = wp_store_list_indicators (fixture->store, node_id);

  return indicators->len;
}

/* Every sibling list in the plan has positions 0 … n-1, checked in SQL on a second
 * connection, so the live objects cannot hide a bad row. */
static void
assert_positions_dense (Fixture *fixture)
{
  g_assert_cmpint (wp_test_query_int (fixture->path,
                                      "SELECT count(*) FROM (SELECT parent_id, count(*) AS n, "
                                      "min(position) AS lo, max(position) AS hi, "
                                      "count(DISTINCT position) AS d FROM nodes "
                                      "GROUP BY plan_id, parent_id) "
                                      "WHERE lo != 0 OR hi != n - 1 OR d != n"), ==, 0);
}

static void
test_plans (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(WpPlan) bad = wp_plan_new ();
  GDate start, end;

  g_assert_true (wp_store_rename_plan (fixture->store, fixture->plan_id, "新标题", &error));
  g_assert_no_error (error);
  plan = wp_store_get_plan (fixture->store, fixture->plan_id);
  g_assert_cmpstr (wp_plan_get_title (plan), ==, "新标题");
  g_assert_cmpstr (wp_plan_get_organization (plan), ==, "某市教育局");
  g_assert_nonnull (wp_plan_get_created (plan));

  /* The period defaults to the calendar year. */
  wp_plan_get_period (plan, &start, &end);
  g_assert_cmpint (g_date_get_month (&start), ==, 1);
  g_assert_cmpint (g_date_get_day (&start), ==, 1);
  g_assert_cmpint (g_date_get_day (&end), ==, 31);
  g_assert_cmpint (g_date_get_year (&end), ==, 2019);

  wp_plan_set_year (bad, 19);
  g_assert_cmpint (wp_store_create_plan (fixture->store, bad, &error), ==, 0);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  add_node (fixture, 0, WP_NODE_SECTION, "一", -1);
  g_assert_true (wp_store_delete_plan (fixture->store, fixture->plan_id, &error));
  g_assert_no_error (error);
  plans = wp_store_list_plans (fixture->store);
  g_assert_cmpuint (plans->len, ==, 0);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_SECTION),
                    ==, 0);
  g_assert_false (wp_store_delete_plan (fixture->store, fixture->plan_id, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
}

static void
test_insert_positions (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 section = add_node (fixture, 0, WP_NODE_SECTION, "S", -1);

  add_node (fixture, section, WP_NODE_TASK, "b", -1);
  add_node (fixture, section, WP_NODE_TASK, "d", -1);
  add_node (fixture, section, WP_NODE_TASK, "a", 0);
  add_node (fixture, section, WP_NODE_TASK, "c", 2);
  add_node (fixture, section, WP_NODE_TASK, "e", 99);

  assert_children_titles (fixture, section, "a,b,c,d,e");
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_TASK), ==, 5);
  assert_positions_dense (fixture);
}

static void
test_update_node (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_node (fixture, 0, WP_NODE_TASK, "建设幼儿园", -1);
  g_autoptr(WpNode) live = wp_store_get_node (fixture->store, id);
  g_autoptr(WpNode) edit = wp_node_copy (live);
  g_autoptr(WpStore) other = NULL;
  g_autoptr(WpNode) reread = NULL;

  wp_node_set_title (edit, "新建幼儿园12所");
  wp_node_set_body (edit, "加快学前教育发展。");
  wp_node_set_status (edit, WP_STATUS_IN_PROGRESS);
  wp_node_set_progress (edit, 40);
  wp_node_set_key (edit, TRUE);
  wp_node_set_start (edit, "2019-01-01");
  wp_node_set_due (edit, "2019-06-30");
  wp_node_set_weight (edit, 2);
  wp_node_set_summary (edit, "完成13所。");
  wp_node_set_reason (edit, "");
  g_assert_true (wp_store_update_node (fixture->store, edit, &error));
  g_assert_no_error (error);

  /* The live object follows, and a second connection reads the same row. */
  g_assert_cmpstr (wp_node_get_title (live), ==, "新建幼儿园12所");
  other = wp_store_open (fixture->path, &error);
  g_assert_no_error (error);
  reread = wp_store_get_node (other, id);
  g_assert_cmpstr (wp_node_get_body (reread), ==, "加快学前教育发展。");
  g_assert_cmpint (wp_node_get_status (reread), ==, WP_STATUS_IN_PROGRESS);
  g_assert_cmpfloat (wp_node_get_progress (reread), ==, 40);
  g_assert_true (wp_node_get_key (reread));
  g_assert_cmpstr (wp_node_get_due (reread), ==, "2019-06-30");
  g_assert_null (wp_node_get_completed (reread));
  g_assert_cmpfloat (wp_node_get_weight (reread), ==, 2);

  wp_node_set_due (edit, "2019-02-30");
  g_assert_false (wp_store_update_node (fixture->store, edit, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_assert_cmpstr (wp_node_get_due (live), ==, "2019-06-30");
}

static void
test_delete_subtree (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a = add_node (fixture, 0, WP_NODE_SECTION, "A", -1);
  gint64 b = add_node (fixture, 0, WP_NODE_SECTION, "B", -1);
  gint64 b1 = add_node (fixture, b, WP_NODE_SECTION, "B1", -1);
  gint64 task = add_node (fixture, b1, WP_NODE_TASK, "t", -1);
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  g_autoptr(WpNode) kept = NULL;

  add_node (fixture, 0, WP_NODE_SECTION, "C", -1);
  wp_indicator_set_node_id (indicator, task);
  wp_indicator_set_target (indicator, 12);
  wp_store_add_indicator (fixture->store, indicator, &error);
  g_assert_no_error (error);

  g_assert_true (wp_store_delete_node (fixture->store, b, &error));
  g_assert_no_error (error);
  assert_children_titles (fixture, 0, "A,C");
  g_assert_null (wp_store_get_node (fixture->store, b1));
  g_assert_null (wp_store_get_node (fixture->store, task));
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_TASK), ==, 0);
  g_assert_cmpuint (count_indicators (fixture, task), ==, 0);
  assert_positions_dense (fixture);
  kept = wp_store_get_node (fixture->store, a);
  g_assert_cmpstr (wp_node_get_title (kept), ==, "A");
}

static void
test_move_and_indent (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 s1 = add_node (fixture, 0, WP_NODE_SECTION, "一", -1);
  gint64 s2 = add_node (fixture, 0, WP_NODE_SECTION, "二", -1);
  gint64 t1 = add_node (fixture, s1, WP_NODE_TASK, "1", -1);
  gint64 t2 = add_node (fixture, s1, WP_NODE_TASK, "2", -1);
  gint64 t3 = add_node (fixture, s1, WP_NODE_TASK, "3", -1);

  /* Reorder among siblings, both directions. */
  g_assert_true (wp_store_move_node (fixture->store, t3, s1, 0, &error));
  assert_children_titles (fixture, s1, "3,1,2");
  g_assert_true (wp_store_move_node (fixture->store, t3, s1, 2, &error));
  assert_children_titles (fixture, s1, "1,2,3");

  /* Under another parent. */
  g_assert_true (wp_store_move_node (fixture->store, t2, s2, -1, &error));
  g_assert_no_error (error);
  assert_children_titles (fixture, s1, "1,3");
  assert_children_titles (fixture, s2, "2");

  /* Indent 3 under 1, then outdent it back after 1. */
  g_assert_true (wp_store_indent_node (fixture->store, t3, &error));
  g_assert_no_error (error);
  assert_children_titles (fixture, t1, "3");
  g_assert_cmpuint (wp_store_get_node_depth (fixture->store, t3), ==, 2);
  g_assert_true (wp_store_outdent_node (fixture->store, t3, &error));
  assert_children_titles (fixture, s1, "1,3");

  /* Outdent a second-level section to the top, right after its parent. */
  g_assert_true (wp_store_outdent_node (fixture->store, t1, &error));
  assert_children_titles (fixture, 0, "一,1,二");

  /* What makes no sense is refused and changes nothing. */
  g_assert_false (wp_store_indent_node (fixture->store, s1, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wp_store_outdent_node (fixture->store, s2, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  add_node (fixture, s2, WP_NODE_SECTION, "child", -1);
  g_assert_false (wp_store_move_node (fixture->store, s2, s2, 0, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  assert_children_titles (fixture, 0, "一,1,二");
  assert_positions_dense (fixture);
}

/* Many random moves keep every sibling list dense and lose no node. */
static void
test_random_moves (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GRand *rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < 40; i++)
    {
      gint64 parent = i < 4 ? 0 : g_array_index (ids, gint64, g_rand_int_range (rand, 0, ids->len));
      gint64 id = add_node (fixture, parent, WP_NODE_SECTION, "n", g_rand_int_range (rand, -1, 5));

      g_array_append_val (ids, id);
    }
  for (guint i = 0; i < 300; i++)
    {
      gint64 node = g_array_index (ids, gint64, g_rand_int_range (rand, 0, ids->len));
      gint64 parent = g_rand_boolean (rand) ? 0
                      : g_array_index (ids, gint64, g_rand_int_range (rand, 0, ids->len));
      g_autoptr(GError) error = NULL;

      if (!wp_store_move_node (fixture->store, node, parent, g_rand_int_range (rand, -1, 6), &error))
        g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
    }
  g_rand_free (rand);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_SECTION),
                    ==, 40);
  assert_positions_dense (fixture);
}

static void
test_departments (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(GPtrArray) departments = NULL;
  gint64 task = add_node (fixture, 0, WP_NODE_TASK, "t", -1);
  gint64 jj = wp_store_ensure_department (fixture->store, "基教科", &error);
  gint64 zc = wp_store_ensure_department (fixture->store, "职成科", &error);
  gint64 rs = wp_store_ensure_department (fixture->store, " 人事科 ", &error);

  g_assert_no_error (error);
  g_assert_cmpint (wp_store_ensure_department (fixture->store, "基教科", NULL), ==, jj);
  g_assert_cmpint (wp_store_ensure_department (fixture->store, "", &error), ==, 0);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (wp_store_assign_department (fixture->store, task, jj, WP_ROLE_LEAD, &error));
  g_assert_true (wp_store_assign_department (fixture->store, task, zc, WP_ROLE_SUPPORT, &error));
  g_assert_true (wp_store_assign_department (fixture->store, task, rs, WP_ROLE_SUPPORT, &error));
  /* Changing the role keeps the place. */
  g_assert_true (wp_store_assign_department (fixture->store, task, zc, WP_ROLE_LEAD, &error));
  g_assert_no_error (error);
  assignments = wp_store_list_assignments (fixture->store, task);
  g_assert_cmpuint (assignments->len, ==, 3);
  g_assert_cmpstr (wp_assignment_get_department_name (assignments->pdata[0]), ==, "基教科");
  g_assert_cmpint (wp_assignment_get_role (assignments->pdata[1]), ==, WP_ROLE_LEAD);
  g_assert_cmpstr (wp_assignment_get_department_name (assignments->pdata[2]), ==, "人事科");
  g_clear_pointer (&assignments, g_ptr_array_unref);

  g_assert_true (wp_store_unassign_department (fixture->store, task, jj, &error));
  g_assert_no_error (error);
  g_assert_true (wp_store_assign_department (fixture->store, task, jj, WP_ROLE_SUPPORT, &error));
  assignments = wp_store_list_assignments (fixture->store, task);
  g_assert_cmpuint (assignments->len, ==, 3);
  g_assert_cmpstr (wp_assignment_get_department_name (assignments->pdata[0]), ==, "职成科");
  g_assert_cmpstr (wp_assignment_get_department_name (assignments->pdata[2]), ==, "基教科");

  departments = wp_store_list_departments (fixture->store);
  g_assert_cmpuint (departments->len, ==, 3);
  g_assert_cmpstr (wp_department_get_name (departments->pdata[1]), ==, "职成科");
}

static void
test_indicators_and_progress (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  g_autoptr(WpProgressEntry) early = wp_progress_entry_new ();
  g_autoptr(WpProgressEntry) late = wp_progress_entry_new ();
  gint64 task = add_node (fixture, 0, WP_NODE_TASK, "t", -1);
  gint64 id;

  wp_indicator_set_node_id (indicator, task);
  wp_indicator_set_name (indicator, "建成幼儿园");
  wp_indicator_set_unit (indicator, "所");
  wp_indicator_set_target (indicator, 12);
  id = wp_store_add_indicator (fixture->store, indicator, &error);
  g_assert_no_error (error);
  wp_indicator_set_id (indicator, id);
  wp_indicator_set_actual (indicator, 13);
  wp_indicator_set_comparator (indicator, WP_COMPARATOR_AT_LEAST);
  g_assert_true (wp_store_update_indicator (fixture->store, indicator, &error));

  indicators = wp_store_list_indicators (fixture->store, task);
  g_assert_cmpuint (indicators->len, ==, 1);
  g_assert_cmpstr (wp_indicator_get_unit (indicators->pdata[0]), ==, "所");
  g_assert_cmpfloat (wp_indicator_get_actual (indicators->pdata[0]), ==, 13);
  g_assert_true (isnan (wp_indicator_get_baseline (indicators->pdata[0])));

  /* Entries come back by date, whatever the order they were written in. */
  wp_progress_entry_set_node_id (late, task);
  wp_progress_entry_set_date (late, "2019-09-01");
  wp_progress_entry_set_progress (late, 80);
  wp_progress_entry_set_note (late, "主体完工");
  wp_store_add_progress (fixture->store, late, &error);
  wp_progress_entry_set_node_id (early, task);
  wp_progress_entry_set_date (early, "2019-05-01");
  wp_progress_entry_set_progress (early, 40);
  wp_progress_entry_set_department_id (early,
                                       wp_store_ensure_department (fixture->store, "基教科", NULL));
  id = wp_store_add_progress (fixture->store, early, &error);
  g_assert_no_error (error);
  log = wp_store_list_progress (fixture->store, task);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpstr (wp_progress_entry_get_date (log->pdata[0]), ==, "2019-05-01");
  g_assert_cmpint (wp_progress_entry_get_department_id (log->pdata[0]), >, 0);
  g_assert_cmpstr (wp_progress_entry_get_note (log->pdata[1]), ==, "主体完工");

  wp_progress_entry_set_progress (early, 140);
  g_assert_false (wp_store_add_progress (fixture->store, early, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (wp_store_delete_progress (fixture->store, id, &error));
  g_assert_true (wp_store_delete_indicator (fixture->store, wp_indicator_get_id (indicator), &error));
  g_assert_no_error (error);
  log = (g_ptr_array_unref (log), wp_store_list_progress (fixture->store, task));
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpuint (count_indicators (fixture, task), ==, 0);
}

typedef struct
{
  guint position, removed, added, calls;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->calls++;
}

static void
test_node_list_signals (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 s = add_node (fixture, 0, WP_NODE_SECTION, "S", -1);
  g_autoptr(WpNodeList) list = wp_node_list_new (fixture->store, fixture->plan_id, s);
  ItemsChanged record = { 0 };
  gint64 a, b;
  g_autoptr(WpNode) first = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &record);
  a = add_node (fixture, s, WP_NODE_TASK, "a", -1);
  g_assert_cmpuint (record.calls, ==, 1);
  g_assert_cmpuint (record.added, ==, 1);
  b = add_node (fixture, s, WP_NODE_TASK, "b", -1);
  add_node (fixture, s, WP_NODE_TASK, "c", -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpuint (record.position, ==, 2);

  /* One transaction of several changes announces once. */
  record.calls = 0;
  g_assert_true (wp_store_begin (fixture->store, &error));
  wp_store_move_node (fixture->store, b, s, 0, &error);
  wp_store_delete_node (fixture->store, a, &error);
  g_assert_cmpuint (record.calls, ==, 0);
  g_assert_true (wp_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (record.calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (wp_node_get_title (first), ==, "b");
  g_assert_cmpuint (wp_node_get_position (first), ==, 0);
}

static void
test_plan_list (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlanList) list = wp_plan_list_new (fixture->store);
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autoptr(WpPlan) first = NULL;
  ItemsChanged record = { 0 };

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &record);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  wp_plan_set_year (plan, 2018);
  wp_store_create_plan (fixture->store, plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpuint (wp_plan_get_year (first), ==, 2018);
}

/* A failing step inside a transaction undoes the earlier ones, and the live objects
 * read what the database holds again. */
static void
test_rollback (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 s = add_node (fixture, 0, WP_NODE_SECTION, "S", -1);
  g_autoptr(WpNode) live = wp_store_get_node (fixture->store, s);
  g_autoptr(WpNode) edit = wp_node_copy (live);
  g_autoptr(WpNode) orphan = wp_node_new (WP_NODE_TASK);

  g_assert_true (wp_store_begin (fixture->store, &error));
  wp_node_set_title (edit, "changed");
  g_assert_true (wp_store_update_node (fixture->store, edit, &error));
  add_node (fixture, s, WP_NODE_TASK, "t", -1);
  g_assert_cmpstr (wp_node_get_title (live), ==, "changed");
  wp_node_set_plan_id (orphan, fixture->plan_id);
  wp_node_set_parent_id (orphan, 999999);
  g_assert_cmpint (wp_store_insert_node (fixture->store, orphan, -1, &error), ==, 0);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
  wp_store_rollback (fixture->store);

  g_assert_cmpstr (wp_node_get_title (live), ==, "S");
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_TASK), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  wp_test_add ("/store/plans", fixture_set_up, test_plans);
  wp_test_add ("/store/insert-positions", fixture_set_up, test_insert_positions);
  wp_test_add ("/store/update-node", fixture_set_up, test_update_node);
  wp_test_add ("/store/delete-subtree", fixture_set_up, test_delete_subtree);
  wp_test_add ("/store/move-and-indent", fixture_set_up, test_move_and_indent);
  wp_test_add ("/store/random-moves", fixture_set_up, test_random_moves);
  wp_test_add ("/store/departments", fixture_set_up, test_departments);
  wp_test_add ("/store/indicators-and-progress", fixture_set_up, test_indicators_and_progress);
  wp_test_add ("/store/node-list-signals", fixture_set_up, test_node_list_signals);
  wp_test_add ("/store/plan-list", fixture_set_up, test_plan_list);
  wp_test_add ("/store/rollback", fixture_set_up, test_rollback);

  return g_test_run ();
}
