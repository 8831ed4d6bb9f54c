/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-cache"

#include "config.h"

#include <math.h>
#include <sqlite3.h>

#include "wp-history.h"
#include "wp-rollup.h"
#include "wp-store-cache.h"
#include "wp-test-util.h"

/* The store keeps whole plans in memory (wp-store-cache.h): whatever it reads from there,
 * after any edit, undo, rollback or change by another connection, must be what the
 * database holds. Each check writes the plan out twice, once through the store (its
 * one-node calls, then its whole-plan ones) and once straight from the file through a
 * connection of the test's own, and compares the two texts. */

typedef struct
{
  WpTestFixture  base;
  WpHistory     *history;
  gint64         section_a;   /* the plan's first section */
  gint64         section_b;   /* its second */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) sections = NULL;

  wp_test_fixture_set_up_store (&fixture->base, data);
  fixture->base.plan_id = wp_test_import_fixture (fixture->base.store, "plan-2019.json");
  fixture->history = wp_history_new (fixture->base.store);
  sections = wp_store_list_children (fixture->base.store, fixture->base.plan_id, 0);
  g_assert_cmpuint (sections->len, >=, 2);
  fixture->section_a = wp_node_get_id (g_ptr_array_index (sections, 0));
  fixture->section_b = wp_node_get_id (g_ptr_array_index (sections, 1));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->history);
  wp_test_fixture_tear_down (&fixture->base, data);
}

/* Writing a plan out */

static void
append_number (GString *out,
               double   value)
{
  if (isnan (value))
    g_string_append (out, "-");
  else
    g_string_append_printf (out, "%g", value);
}

static void
append_node (GString    *out,
             guint       depth,
             gint64      id,
             gint64      parent_id,
             int         position,
             const char *title)
{
  g_string_append_printf (out, "%*s%" G_GINT64_FORMAT " ^%" G_GINT64_FORMAT " @%d %s",
                          (int) depth * 2, "", id, parent_id, position, title);
}

typedef struct
{
  WpStore  *store;
  gint64    plan_id;
  gboolean  peek;    /* the whole-plan calls, else the public one-node ones */
} StoreDump;

static void
append_store_details (StoreDump *dump,
                      GString   *out,
                      gint64     id)
{
  g_autoptr(GPtrArray) assignments = dump->peek ? wp_store_peek_assignments (dump->store, id)
                                                : wp_store_list_assignments (dump->store, id);
  g_autoptr(GPtrArray) indicators = dump->peek ? wp_store_peek_indicators (dump->store, id)
                                               : wp_store_list_indicators (dump->store, id);

  g_string_append (out, " [");
  for (guint i = 0; i < assignments->len; i++)
    {
      WpAssignment *assignment = g_ptr_array_index (assignments, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT ":%s:%s ",
                              wp_assignment_get_department_id (assignment),
                              wp_assignment_get_department_name (assignment),
                              wp_role_to_string (wp_assignment_get_role (assignment)));
    }
  g_string_append (out, "] {");
  for (guint i = 0; i < indicators->len; i++)
    {
      WpIndicator *indicator = g_ptr_array_index (indicators, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT ":%s:", wp_indicator_get_id (indicator),
                              wp_indicator_get_name (indicator));
      append_number (out, wp_indicator_get_target (indicator));
      g_string_append (out, ":");
      append_number (out, wp_indicator_get_actual (indicator));
      g_string_append (out, " ");
    }
  g_string_append (out, "}\n");
}

static void
append_store_children (StoreDump *dump,
                       GString   *out,
                       gint64     parent_id,
                       guint      depth)
{
  g_autoptr(GPtrArray) children = dump->peek
    ? wp_store_peek_children (dump->store, dump->plan_id, parent_id)
    : wp_store_list_children (dump->store, dump->plan_id, parent_id);

  for (guint i = 0; i < children->len; i++)
    {
      WpNode *node = g_ptr_array_index (children, i);
      gint64 id = wp_node_get_id (node);

      append_node (out, depth, id, wp_node_get_parent_id (node), wp_node_get_position (node),
                   wp_node_get_title (node));
      append_store_details (dump, out, id);
      append_store_children (dump, out, id, depth + 1);
    }
}

static char *
dump_store (WpStore  *store,
            gint64    plan_id,
            gboolean  peek)
{
  StoreDump dump = { store, plan_id, peek };
  GString *out = g_string_new (NULL);

  append_store_children (&dump, out, 0, 0);
  return g_string_free (out, FALSE);
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  return stmt;
}

static void
append_file_details (sqlite3 *db,
                     GString *out,
                     gint64   id)
{
  sqlite3_stmt *stmt = prepare (db, "SELECT nd.department_id, d.name, nd.role "
                                    "FROM node_department nd JOIN departments d "
                                    "ON d.id = nd.department_id WHERE nd.node_id = ? "
                                    "ORDER BY nd.position");

  g_string_append (out, " [");
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%" G_GINT64_FORMAT ":%s:%s ",
                            (gint64) sqlite3_column_int64 (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);

  g_string_append (out, "] {");
  stmt = prepare (db, "SELECT id, name, target, actual FROM indicators WHERE node_id = ? "
                      "ORDER BY position, id");
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT ":%s:",
                              (gint64) sqlite3_column_int64 (stmt, 0),
                              sqlite3_column_text (stmt, 1));
      append_number (out, sqlite3_column_type (stmt, 2) == SQLITE_NULL
                          ? NAN : sqlite3_column_double (stmt, 2));
      g_string_append (out, ":");
      append_number (out, sqlite3_column_type (stmt, 3) == SQLITE_NULL
                          ? NAN : sqlite3_column_double (stmt, 3));
      g_string_append (out, " ");
    }
  sqlite3_finalize (stmt);
  g_string_append (out, "}\n");
}

static void
append_file_children (sqlite3 *db,
                      GString *out,
                      gint64   plan_id,
                      gint64   parent_id,
                      guint    depth)
{
  sqlite3_stmt *stmt = prepare (db, "SELECT id, position, title FROM nodes "
                                    "WHERE plan_id = ? AND parent_id IS ? ORDER BY position");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 2, parent_id);
  /* The statement ends before going down: one open at a time, as the nodes are few. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GString *line = g_string_new (NULL);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      append_node (line, depth, id, parent_id, sqlite3_column_int (stmt, 1),
                   (const char *) sqlite3_column_text (stmt, 2));
      g_array_append_val (ids, id);
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      g_string_append (out, g_ptr_array_index (lines, i));
      append_file_details (db, out, id);
      append_file_children (db, out, plan_id, id, depth + 1);
    }
}

static char *
dump_file (const char *path,
           gint64      plan_id)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  append_file_children (db, out, plan_id, 0, 0);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* What the store gives, both ways, is what the file holds. */
static void
assert_store_is_file (WpStore    *store,
                      const char *path,
                      gint64      plan_id)
{
  g_autofree char *expected = dump_file (path, plan_id);
  g_autofree char *one_by_one = dump_store (store, plan_id, FALSE);
  g_autofree char *whole = dump_store (store, plan_id, TRUE);

  g_assert_cmpstr (one_by_one, ==, expected);
  g_assert_cmpstr (whole, ==, expected);
}

static void
assert_cached (Fixture *fixture)
{
  assert_store_is_file (fixture->base.store, fixture->base.path, fixture->base.plan_id);
}

/* Helpers for edits */

static gint64
first_child (WpStore *store,
             gint64   plan_id,
             gint64   parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (store, plan_id, parent_id);

  g_assert_cmpuint (children->len, >, 0);
  return wp_node_get_id (g_ptr_array_index (children, 0));
}

static gint64
add_task (Fixture    *fixture,
          gint64      parent_id,
          const char *title,
          int         position)
{
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);
  g_autoptr(GError) error = NULL;
  gint64 id;

  wp_node_set_plan_id (node, fixture->base.plan_id);
  wp_node_set_parent_id (node, parent_id);
  wp_node_set_title (node, title);
  id = wp_history_insert_node (fixture->history, node, position, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_indicator (WpHistory  *history,
               gint64      node_id,
               const char *name,
               double      target)
{
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  wp_indicator_set_node_id (indicator, node_id);
  wp_indicator_set_name (indicator, name);
  wp_indicator_set_target (indicator, target);
  id = wp_history_add_indicator (history, indicator, &error);
  g_assert_no_error (error);
  return id;
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wp_history_undo (fixture->history, &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wp_history_redo (fixture->history, &error));
  g_assert_no_error (error);
}

/* Tests */

/* Adding, moving, indenting and deleting nodes, each undone and done again. */
static void
test_tree_edits (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 task, other;

  assert_cached (fixture);
  task = add_task (fixture, fixture->section_a, "新任务甲", 0);
  other = add_task (fixture, fixture->section_a, "新任务乙", -1);
  assert_cached (fixture);

  g_assert_true (wp_history_move_node (fixture->history, task, fixture->section_b, 1, &error));
  g_assert_no_error (error);
  assert_cached (fixture);
  g_assert_true (wp_history_indent_node (fixture->history, other, &error));
  g_assert_no_error (error);
  assert_cached (fixture);
  /* A task's first sub-task: a sibling list that was empty. */
  add_task (fixture, other, "子任务", -1);
  assert_cached (fixture);
  g_assert_true (wp_history_outdent_node (fixture->history, other, &error));
  g_assert_no_error (error);
  assert_cached (fixture);

  for (guint i = 0; i < 5; i++)
    undo (fixture);
  assert_cached (fixture);
  for (guint i = 0; i < 5; i++)
    redo (fixture);
  assert_cached (fixture);
}

/* A section deleted with its subtree comes back with the same ids on undo: what the
 * cache knew of them must not come back with it. */
static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 task = first_child (fixture->base.store, fixture->base.plan_id, fixture->section_a);
  gint64 department = wp_test_add_department (fixture->base.store, "删除测试科");

  add_indicator (fixture->history, task, "删除前的指标", 3);
  assert_cached (fixture);
  g_assert_true (wp_history_delete_node (fixture->history, fixture->section_a, &error));
  g_assert_no_error (error);
  assert_cached (fixture);

  undo (fixture);
  assert_cached (fixture);
  g_assert_true (wp_history_assign_department (fixture->history, task, department,
                                               WP_ROLE_SUPPORT, &error));
  g_assert_no_error (error);
  assert_cached (fixture);
  undo (fixture);
  redo (fixture);
  assert_cached (fixture);
}

/* Departments and indicators of one node, and a department renamed or merged, which
 * changes what many nodes read. */
static void
test_detail_edits (Fixture       *fixture,
                   gconstpointer  data)
{
  WpStore *store = fixture->base.store;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpIndicator) edited = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  gint64 task = first_child (store, fixture->base.plan_id, fixture->section_b);
  gint64 lead = wp_test_add_department (store, "测试甲科");
  gint64 support = wp_test_add_department (store, "测试乙科");
  gint64 indicator;

  assert_cached (fixture);
  g_assert_true (wp_history_assign_department (fixture->history, task, lead, WP_ROLE_LEAD,
                                               &error));
  g_assert_true (wp_history_assign_department (fixture->history, task, support,
                                               WP_ROLE_SUPPORT, &error));
  g_assert_no_error (error);
  assert_cached (fixture);

  indicator = add_indicator (fixture->history, task, "建成幼儿园", 12);
  assert_cached (fixture);
  indicators = wp_store_list_indicators (store, task);
  edited = wp_indicator_copy (g_ptr_array_index (indicators, indicators->len - 1));
  g_assert_cmpint (wp_indicator_get_id (edited), ==, indicator);
  /* A copy that is changed and not saved changes nothing the store gives. */
  wp_indicator_set_actual (edited, 7);
  wp_indicator_set_name (g_ptr_array_index (indicators, 0), "改了却没有保存");
  assert_cached (fixture);
  g_assert_true (wp_history_update_indicator (fixture->history, edited, &error));
  g_assert_no_error (error);
  assert_cached (fixture);

  g_assert_true (wp_store_rename_department (store, lead, "改名后的科", &error));
  g_assert_no_error (error);
  assert_cached (fixture);
  g_assert_true (wp_store_merge_departments (store, support, lead, &error));
  g_assert_no_error (error);
  assert_cached (fixture);

  g_assert_true (wp_history_delete_indicator (fixture->history, indicator, &error));
  g_assert_no_error (error);
  g_assert_true (wp_history_unassign_department (fixture->history, task, support, &error));
  g_assert_no_error (error);
  assert_cached (fixture);
  undo (fixture);
  undo (fixture);
  assert_cached (fixture);
}

/* Changes read inside a transaction that is then rolled back are not kept. */
static void
test_rollback (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 task = first_child (fixture->base.store, fixture->base.plan_id, fixture->section_a);
  gint64 department = wp_test_add_department (fixture->base.store, "回滚科");

  assert_cached (fixture);
  g_assert_true (wp_history_begin_group (fixture->history, "回滚", &error));
  add_task (fixture, fixture->section_a, "不会留下的任务", 0);
  add_indicator (fixture->history, task, "不会留下的指标", 1);
  g_assert_true (wp_history_assign_department (fixture->history, task, department,
                                               WP_ROLE_LEAD, &error));
  g_assert_no_error (error);
  /* Read inside the transaction, both ways. */
  g_free (dump_store (fixture->base.store, fixture->base.plan_id, FALSE));
  g_free (dump_store (fixture->base.store, fixture->base.plan_id, TRUE));
  wp_history_cancel_group (fixture->history);
  assert_cached (fixture);
}

/* Another instance changes the workbook: once this one refreshes, it reads the change. */
static void
test_second_connection (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *name = g_path_get_basename (fixture->base.path);
  g_autoptr(WpStore) other = wp_test_open_store (fixture->base.dir, name);
  g_autoptr(WpHistory) other_history = wp_history_new (other);
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);
  g_autoptr(GError) error = NULL;
  gint64 task = first_child (fixture->base.store, fixture->base.plan_id, fixture->section_b);
  gint64 department = wp_test_add_department (other, "另一实例科");
  gint64 added;

  assert_cached (fixture);
  wp_node_set_plan_id (node, fixture->base.plan_id);
  wp_node_set_parent_id (node, fixture->section_a);
  wp_node_set_title (node, "另一实例加的任务");
  added = wp_history_insert_node (other_history, node, 0, &error);
  g_assert_no_error (error);
  g_assert_true (wp_history_assign_department (other_history, added, department, WP_ROLE_LEAD,
                                               &error));
  add_indicator (other_history, task, "另一实例的指标", 5);
  g_assert_true (wp_history_delete_node (other_history, fixture->section_b, &error));
  g_assert_no_error (error);

  g_assert_true (wp_store_refresh (fixture->base.store));
  assert_cached (fixture);
  assert_store_is_file (other, fixture->base.path, fixture->base.plan_id);

  /* The deleted section back, by the other instance's undo. */
  g_assert_true (wp_history_undo (other_history, &error));
  g_assert_no_error (error);
  g_assert_true (wp_store_refresh (fixture->base.store));
  assert_cached (fixture);
  g_assert_finalize_object (g_steal_pointer (&other_history));
}

/* The outline's rows and the task editor share one roll-up until the plan changes; it
 * gives what a roll-up built afresh gives. */
static void
test_shared_rollup (Fixture       *fixture,
                    gconstpointer  data)
{
  WpStore *store = fixture->base.store;
  gint64 plan_id = fixture->base.plan_id;
  gint64 task = first_child (store, plan_id, fixture->section_a);
  g_autoptr(WpRollup) first = wp_rollup_dup_current (store, plan_id, NULL);
  g_autoptr(WpRollup) again = wp_rollup_dup_current (store, plan_id, NULL);
  g_autoptr(WpRollup) after = NULL;
  g_autoptr(WpRollup) fresh = NULL;
  g_autoptr(WpNode) live = wp_store_get_node (store, task);
  g_autoptr(WpNode) edited = wp_node_copy (live);
  g_autoptr(GError) error = NULL;
  WpLightThresholds strict = { 1, 2 };
  g_autoptr(WpRollup) other_thresholds = wp_rollup_dup_current (store, plan_id, &strict);
  double before = wp_rollup_get_progress (first, fixture->section_a);

  g_assert_true (first == again);
  g_assert_true (other_thresholds != first);

  wp_node_set_status (edited, WP_STATUS_DONE);
  g_assert_true (wp_history_update_node (fixture->history, edited, &error));
  g_assert_no_error (error);

  after = wp_rollup_dup_current (store, plan_id, NULL);
  fresh = wp_rollup_new (store, plan_id, NULL, NULL);
  g_assert_true (after != first);
  g_assert_cmpfloat (wp_rollup_get_progress (first, fixture->section_a), ==, before);
  g_assert_cmpfloat (wp_rollup_get_progress (after, fixture->section_a), ==,
                     wp_rollup_get_progress (fresh, fixture->section_a));
  g_assert_cmpfloat (wp_rollup_get_progress (after, task), ==, 100);
  g_assert_cmpfloat (wp_rollup_get_plan_progress (after), ==,
                     wp_rollup_get_plan_progress (fresh));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-cache/tree-edits", test_tree_edits);
  ADD ("/store-cache/delete-and-undo", test_delete_and_undo);
  ADD ("/store-cache/detail-edits", test_detail_edits);
  ADD ("/store-cache/rollback", test_rollback);
  ADD ("/store-cache/second-connection", test_second_connection);
  ADD ("/store-cache/shared-rollup", test_shared_rollup);
#undef ADD

  return g_test_run ();
}
