/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-bulk"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "wp-draft.h"
#include "wp-import.h"
#include "wp-test-util.h"

/* wp_store_import_drafts() appends rows at places it knows instead of inserting node by
 * node as an editor does; the workbook it leaves must be the one the public calls, one
 * row at a time, leave: same rows, same ids, same order. */

/* Every column a user's data lives in; the plan's times differ from run to run. */
static const char *dump_queries[] = {
  "SELECT id, year, title, organization, preamble, numbering, period_start, period_end "
  "FROM plans ORDER BY id",
  "SELECT * FROM nodes ORDER BY id",
  "SELECT * FROM departments ORDER BY id",
  "SELECT * FROM node_department ORDER BY node_id, position",
  "SELECT * FROM indicators ORDER BY id",
  "SELECT * FROM progress_entries ORDER BY id",
};

/* The rows of every table of the workbook at @path, one string each. */
static GPtrArray *
dump_rows (const char *path)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (dump_queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, dump_queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (dump_queries[q] + strlen ("SELECT"));

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *value = (const char *) sqlite3_column_text (stmt, c);

              g_string_append_printf (row, " | %s", value != NULL ? value : "NULL");
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return rows;
}

static void
add_details (WpStore     *store,
             gint64       node_id,
             WpDraftNode *draft)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < draft->assignments->len; i++)
    {
      WpDraftAssignment *assignment = g_ptr_array_index (draft->assignments, i);

      wp_store_assign_department (store, node_id, wp_test_ensure_department (store, assignment->name),
                                  assignment->role, &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < draft->indicators->len; i++)
    {
      WpIndicator *source = g_ptr_array_index (draft->indicators, i);
      g_autoptr(WpIndicator) indicator = wp_indicator_copy (source);

      wp_indicator_set_node_id (indicator, node_id);
      g_assert_cmpint (wp_store_add_indicator (store, indicator, &error), >, 0);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < draft->progress->len; i++)
    {
      WpDraftProgress *progress = g_ptr_array_index (draft->progress, i);
      g_autoptr(WpProgressEntry) entry = wp_progress_entry_copy (progress->entry);

      wp_progress_entry_set_node_id (entry, node_id);
      wp_progress_entry_set_department_id (entry, progress->department != NULL
                                                  ? wp_test_ensure_department (store, progress->department)
                                                  : 0);
      g_assert_cmpint (wp_store_add_progress (store, entry, &error), >, 0);
      g_assert_no_error (error);
    }
}

/* What an editor does: each node inserted at the end of its parent's children. */
static void
insert_one_by_one (WpStore   *store,
                   gint64     plan_id,
                   gint64     parent_id,
                   GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpDraftNode *draft = g_ptr_array_index (nodes, i);
      g_autoptr(WpNode) node = wp_node_copy (draft->node);
      g_autoptr(GError) error = NULL;
      gint64 node_id;

      wp_node_set_plan_id (node, plan_id);
      wp_node_set_parent_id (node, parent_id);
      node_id = wp_store_insert_node (store, node, -1, &error);
      g_assert_no_error (error);
      add_details (store, node_id, draft);
      insert_one_by_one (store, plan_id, node_id, draft->children);
    }
}

static void
write_one_by_one (WpStore   *store,
                  GPtrArray *drafts)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wp_store_begin (store, &error));
  for (guint i = 0; i < drafts->len; i++)
    {
      WpDraftPlan *draft = g_ptr_array_index (drafts, i);
      gint64 plan_id = wp_store_create_plan (store, draft->plan, &error);

      g_assert_no_error (error);
      insert_one_by_one (store, plan_id, 0, draft->nodes);
    }
  g_assert_true (wp_store_commit (store, &error));
}

static GPtrArray *
read_drafts (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GPtrArray *drafts = wp_import_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  /* Some seeds name no year: the command line asks for one, as the test gives here. */
  for (guint i = 0; i < drafts->len; i++)
    {
      WpDraftPlan *draft = g_ptr_array_index (drafts, i);

      if (wp_plan_get_year (draft->plan) == 0)
        wp_plan_set_year (draft->plan, 2019);
    }
  return drafts;
}

static void
assert_same_rows (GPtrArray *expected,
                  GPtrArray *rows)
{
  for (guint i = 0; i < MIN (expected->len, rows->len); i++)
    g_assert_cmpstr (g_ptr_array_index (rows, i), ==, g_ptr_array_index (expected, i));
  g_assert_cmpuint (rows->len, ==, expected->len);
}

/* Writes the plan of @path both ways, each into a new workbook, and compares them. */
static void
check_same_workbook (const char *dir,
                     const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *bulk_name = g_strconcat (base, "-bulk.db", NULL);
  g_autofree char *single_name = g_strconcat (base, "-single.db", NULL);
  g_autofree char *bulk_path = g_build_filename (dir, bulk_name, NULL);
  g_autofree char *single_path = g_build_filename (dir, single_name, NULL);
  g_autoptr(GPtrArray) drafts = read_drafts (path);
  g_autoptr(GPtrArray) bulk_rows = NULL;
  g_autoptr(GPtrArray) single_rows = NULL;
  g_autoptr(GArray) plan_ids = NULL;
  g_autoptr(GError) error = NULL;
  WpStore *bulk = wp_test_open_store (dir, bulk_name);
  WpStore *single = wp_test_open_store (dir, single_name);

  g_test_message ("%s", base);
  plan_ids = wp_store_import_drafts (bulk, drafts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan_ids->len, ==, drafts->len);
  write_one_by_one (single, drafts);
  g_assert_finalize_object (bulk);
  g_assert_finalize_object (single);

  bulk_rows = dump_rows (bulk_path);
  single_rows = dump_rows (single_path);
  g_assert_cmpuint (wp_test_query_int (bulk_path, "SELECT count(*) FROM nodes"), >, 0);
  assert_same_rows (single_rows, bulk_rows);
}

static void
test_same_as_one_by_one (void)
{
  const char *seeds_dir = g_getenv ("SEEDS_DIR");
  const char *fixtures[] = { "plan-2019.json", "seed-003.docx", "seed-001.txt" };
  g_autofree char *dir = wp_test_make_tmp_dir ();
  g_autoptr(GDir) seeds = NULL;
  const char *name;

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = wp_test_fixture_path (fixtures[i]);

      check_same_workbook (dir, path);
    }

  g_assert_nonnull (seeds_dir);
  seeds = g_dir_open (seeds_dir, 0, NULL);
  g_assert_nonnull (seeds);
  while ((name = g_dir_read_name (seeds)) != NULL)
    {
      g_autofree char *path = g_build_filename (seeds_dir, name, NULL);

      if (g_str_has_suffix (name, ".txt"))
        check_same_workbook (dir, path);
    }
  wp_test_remove_tree (dir);
}

static WpDraftNode *
new_task (const char *title,
          const char *lead)
{
  WpDraftNode *task = wp_draft_node_new (WP_NODE_TASK);

  wp_node_set_title (task->node, title);
  wp_draft_node_add_assignment (task, lead, WP_ROLE_LEAD);
  return task;
}

/* Two plans in one call that name the same departments, one of them with spaces around
 * it: each department is one row, and both plans use it. */
static void
test_shared_departments (WpTestFixture *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GArray) plan_ids = NULL;
  g_autoptr(GError) error = NULL;

  drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_plan_free);
  for (guint i = 0; i < 2; i++)
    {
      WpDraftPlan *draft = wp_draft_plan_new ();
      WpDraftNode *section = wp_draft_node_new (WP_NODE_SECTION);

      wp_plan_set_year (draft->plan, 2019 + i);
      wp_node_set_title (section->node, "一、基础教育");
      wp_draft_node_add_child (section, new_task ("建成幼儿园12所", "基教科"));
      wp_draft_node_add_child (section, new_task ("培训教师", i == 0 ? "人事科" : " 基教科 "));
      wp_draft_plan_add_node (draft, section);
      g_ptr_array_add (drafts, draft);
    }

  plan_ids = wp_store_import_drafts (fixture->store, drafts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan_ids->len, ==, 2);
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM departments"), ==, 2);
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM node_department nd "
                                      "JOIN departments d ON d.id = nd.department_id "
                                      "WHERE d.name = '基教科'"), ==, 3);
  /* The second task of each plan is at the second place under its section. */
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM nodes "
                                      "WHERE title = '培训教师' AND position = 1"), ==, 2);
}

typedef struct
{
  guint  plans_changed;
  gint64 top_plan_id;     /* the plan whose top-level list was announced, or 0 */
} Announced;

static void
on_plans_changed (WpStore   *store,
                  Announced *announced)
{
  announced->plans_changed++;
}

static void
on_children_changed (WpStore   *store,
                     gint64     plan_id,
                     gint64     parent_id,
                     Announced *announced)
{
  if (parent_id == 0)
    announced->top_plan_id = plan_id;
}

/* The outline and the plan list learn of the new plan, once it is written. */
static void
test_announces_plan (WpTestFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(WpDraftPlan) draft = wp_draft_plan_new ();
  g_autoptr(GError) error = NULL;
  Announced announced = { 0, 0 };
  gint64 plan_id;

  wp_plan_set_year (draft->plan, 2019);
  wp_draft_plan_add_node (draft, new_task ("建成幼儿园12所", "基教科"));
  g_signal_connect (fixture->store, "plans-changed", G_CALLBACK (on_plans_changed), &announced);
  g_signal_connect (fixture->store, "children-changed", G_CALLBACK (on_children_changed),
                    &announced);

  plan_id = wp_store_import_draft (fixture->store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (announced.plans_changed, ==, 1);
  g_assert_cmpint (announced.top_plan_id, ==, plan_id);
  g_signal_handlers_disconnect_by_data (fixture->store, &announced);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-bulk/same-as-one-by-one", test_same_as_one_by_one);
  wp_test_add ("/import-bulk/shared-departments", wp_test_fixture_set_up_store,
               test_shared_departments);
  wp_test_add ("/import-bulk/announces-plan", wp_test_fixture_set_up_store, test_announces_plan);

  return g_test_run ();
}
