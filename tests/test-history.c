/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-history"

#include "config.h"

#include <math.h>
#include <sqlite3.h>

#include "wp-history.h"
#include "wp-node-list.h"
#include "wp-test-util.h"

/* Every edit is done, undone and redone, and after each the database is compared, row by
 * row, with what it held before: undo must give back exactly the rows, ids included. */

/* The outline every test starts from (ids of its rows):
 *   S1 一、基础教育
 *     T1 推进学前教育   基教科 lead, 督导室 support; indicator 普惠园; progress 40 %
 *     T2 义务教育均衡
 *     S2 （一）质量提升
 *       T3 课程改革      indicator 示范校; progress 20 %
 *   S3 二、职业教育
 *     T4 产教融合 */
typedef struct
{
  gint64 s1, s2, s3, t1, t2, t3, t4;
  gint64 basic, inspection, vocational;   /* departments */
  gint64 indicator, progress;             /* T1's */
} Outline;

/* Runs @call, which sets the GError *error this declares, and asserts that it succeeded. */
#define assert_edit(call) \
  G_STMT_START { \
    g_autoptr(GError) error = NULL; \
    gboolean ok_ = (call) != 0; \
    g_assert_no_error (error); \
    g_assert_true (ok_); \
  } G_STMT_END

/* Database dump */

static void
dump_query (sqlite3    *db,
            GString    *out,
            const char *name,
            const char *sql,
            gint64      plan_id)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, plan_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append (out, name);
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "|%s", text != NULL ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
}

/* Every row of the plan (its own fields but "modified", its nodes, their departments,
 * indicators and progress entries) and the departments, read through a connection of
 * its own, one line per row. */
static char *
dump_plan (WpTestFixture *fixture)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  dump_query (db, out, "plan", "SELECT id, year, title, organization, preamble, numbering, "
              "period_start, period_end, created FROM plans WHERE id = ?1", fixture->plan_id);
  dump_query (db, out, "node", "SELECT * FROM nodes WHERE plan_id = ?1 ORDER BY id",
              fixture->plan_id);
  dump_query (db, out, "department", "SELECT nd.* FROM node_department nd JOIN nodes n "
              "ON n.id = nd.node_id WHERE n.plan_id = ?1 ORDER BY nd.node_id, nd.position",
              fixture->plan_id);
  dump_query (db, out, "indicator", "SELECT i.* FROM indicators i JOIN nodes n "
              "ON n.id = i.node_id WHERE n.plan_id = ?1 ORDER BY i.id", fixture->plan_id);
  dump_query (db, out, "progress", "SELECT p.* FROM progress_entries p JOIN nodes n "
              "ON n.id = p.node_id WHERE n.plan_id = ?1 ORDER BY p.id", fixture->plan_id);
  dump_query (db, out, "departments", "SELECT * FROM departments WHERE ?1 > 0 ORDER BY id",
              fixture->plan_id);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* The titles of the children of @parent_id, in order, joined by commas. */
static char *
child_titles (WpTestFixture *fixture,
              gint64         parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (fixture->store, fixture->plan_id,
                                                          parent_id);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;

  for (guint i = 0; i < children->len; i++)
    g_strv_builder_add (builder, wp_node_get_title (children->pdata[i]));
  titles = g_strv_builder_end (builder);
  return g_strjoinv (",", titles);
}

#define assert_children(fixture, parent_id, expected) \
  G_STMT_START { \
    g_autofree char *titles_ = child_titles (fixture, parent_id); \
    g_assert_cmpstr (titles_, ==, expected); \
  } G_STMT_END

/* The outline */

static gint64
add_indicator (WpStore    *store,
               gint64      node_id,
               const char *name,
               double      target,
               double      actual)
{
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  wp_indicator_set_node_id (indicator, node_id);
  wp_indicator_set_name (indicator, name);
  wp_indicator_set_unit (indicator, "所");
  wp_indicator_set_target (indicator, target);
  wp_indicator_set_actual (indicator, actual);
  id = wp_store_add_indicator (store, indicator, &error);
  g_assert_no_error (error);
  return id;
}

static void
assign (WpStore *store,
        gint64   node_id,
        gint64   department_id,
        WpRole   role)
{
  assert_edit (wp_store_assign_department (store, node_id, department_id, role, &error));
}

static void
fill_outline (WpTestFixture *fixture,
              Outline       *o)
{
  WpStore *store = fixture->store;
  gint64 plan = fixture->plan_id;

  o->s1 = wp_test_add_node (store, plan, 0, WP_NODE_SECTION, "基础教育", -1);
  o->t1 = wp_test_add_node (store, plan, o->s1, WP_NODE_TASK, "推进学前教育", -1);
  o->t2 = wp_test_add_node (store, plan, o->s1, WP_NODE_TASK, "义务教育均衡", -1);
  o->s2 = wp_test_add_node (store, plan, o->s1, WP_NODE_SECTION, "质量提升", -1);
  o->t3 = wp_test_add_node (store, plan, o->s2, WP_NODE_TASK, "课程改革", -1);
  o->s3 = wp_test_add_node (store, plan, 0, WP_NODE_SECTION, "职业教育", -1);
  o->t4 = wp_test_add_node (store, plan, o->s3, WP_NODE_TASK, "产教融合", -1);

  o->basic = wp_test_ensure_department (store, "基教科");
  o->inspection = wp_test_ensure_department (store, "督导室");
  o->vocational = wp_test_ensure_department (store, "职成科");
  assign (store, o->t1, o->basic, WP_ROLE_LEAD);
  assign (store, o->t1, o->inspection, WP_ROLE_SUPPORT);
  assign (store, o->t3, o->basic, WP_ROLE_LEAD);
  o->indicator = add_indicator (store, o->t1, "普惠园", 12, 13);
  add_indicator (store, o->t3, "示范校", 5, NAN);
  o->progress = wp_test_add_progress (store, o->t1, "2019-05-01", 40, o->basic);
  wp_test_add_progress (store, o->t3, "2019-06-01", 20, 0);
}

/* Edits */

typedef void (*EditFunc) (WpTestFixture *fixture,
                          WpHistory     *history,
                          Outline       *o);

static WpNode *
new_task (WpTestFixture *fixture,
          gint64         parent_id,
          const char    *title)
{
  WpNode *node = wp_node_new (WP_NODE_TASK);

  wp_node_set_plan_id (node, fixture->plan_id);
  wp_node_set_parent_id (node, parent_id);
  wp_node_set_title (node, title);
  return node;
}

static void
edit_add_task (WpTestFixture *fixture,
               WpHistory     *history,
               Outline       *o)
{
  g_autoptr(WpNode) node = new_task (fixture, o->s1, "学位供给");

  assert_edit (wp_history_insert_node (history, node, 1, &error));
  assert_children (fixture, o->s1, "推进学前教育,学位供给,义务教育均衡,质量提升");
}

static void
edit_add_top (WpTestFixture *fixture,
              WpHistory     *history,
              Outline       *o)
{
  g_autoptr(WpNode) node = new_task (fixture, 0, "党建");

  assert_edit (wp_history_insert_node (history, node, 0, &error));
  assert_children (fixture, 0, "党建,基础教育,职业教育");
}

static void
edit_update_task (WpTestFixture *fixture,
                  WpHistory     *history,
                  Outline       *o)
{
  g_autoptr(WpNode) live = wp_store_get_node (fixture->store, o->t1);
  g_autoptr(WpNode) node = wp_node_copy (live);

  wp_node_set_title (node, "扩大普惠性学前教育资源");
  wp_node_set_body (node, "新建幼儿园3所。");
  wp_node_set_status (node, WP_STATUS_DONE);
  wp_node_set_progress (node, 100);
  wp_node_set_key (node, TRUE);
  wp_node_set_start (node, "2019-02-01");
  wp_node_set_due (node, "2019-11-30");
  wp_node_set_completed (node, "2019-10-15");
  wp_node_set_weight (node, 2);
  wp_node_set_summary (node, "完成。");
  assert_edit (wp_history_update_node (history, node, &error));
}

static void
edit_delete_task (WpTestFixture *fixture,
                  WpHistory     *history,
                  Outline       *o)
{
  assert_edit (wp_history_delete_node (history, o->t1, &error));
  g_assert_null (wp_store_get_node (fixture->store, o->t1));
}

static void
edit_delete_section (WpTestFixture *fixture,
                     WpHistory     *history,
                     Outline       *o)
{
  assert_edit (wp_history_delete_node (history, o->s1, &error));
  assert_children (fixture, 0, "职业教育");
}

static void
edit_move (WpTestFixture *fixture,
           WpHistory     *history,
           Outline       *o)
{
  assert_edit (wp_history_move_node (history, o->t4, o->s1, 0, &error));
  assert_children (fixture, o->s1, "产教融合,推进学前教育,义务教育均衡,质量提升");
}

static void
edit_move_down (WpTestFixture *fixture,
                WpHistory     *history,
                Outline       *o)
{
  assert_edit (wp_history_move_node (history, o->t1, o->s1, 2, &error));
  assert_children (fixture, o->s1, "义务教育均衡,质量提升,推进学前教育");
}

static void
edit_indent (WpTestFixture *fixture,
             WpHistory     *history,
             Outline       *o)
{
  assert_edit (wp_history_indent_node (history, o->t2, &error));
  assert_children (fixture, o->t1, "义务教育均衡");
}

static void
edit_outdent (WpTestFixture *fixture,
              WpHistory     *history,
              Outline       *o)
{
  assert_edit (wp_history_outdent_node (history, o->t3, &error));
  assert_children (fixture, o->s1, "推进学前教育,义务教育均衡,质量提升,课程改革");
}

static void
edit_assign (WpTestFixture *fixture,
             WpHistory     *history,
             Outline       *o)
{
  assert_edit (wp_history_assign_department (history, o->t1, o->vocational, WP_ROLE_SUPPORT,
                                               &error));
}

static void
edit_change_role (WpTestFixture *fixture,
                  WpHistory     *history,
                  Outline       *o)
{
  assert_edit (wp_history_assign_department (history, o->t1, o->inspection, WP_ROLE_LEAD,
                                               &error));
}

static void
edit_unassign (WpTestFixture *fixture,
               WpHistory     *history,
               Outline       *o)
{
  /* The first of two: the other moves up, and back on undo. */
  assert_edit (wp_history_unassign_department (history, o->t1, o->basic, &error));
}

static void
edit_add_indicator (WpTestFixture *fixture,
                    WpHistory     *history,
                    Outline       *o)
{
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();

  wp_indicator_set_node_id (indicator, o->t2);
  wp_indicator_set_name (indicator, "优质均衡县");
  wp_indicator_set_comparator (indicator, WP_COMPARATOR_MILESTONE);
  assert_edit (wp_history_add_indicator (history, indicator, &error));
}

static void
edit_update_indicator (WpTestFixture *fixture,
                       WpHistory     *history,
                       Outline       *o)
{
  g_autoptr(GPtrArray) indicators = wp_store_list_indicators (fixture->store, o->t1);
  g_autoptr(WpIndicator) indicator = wp_indicator_copy (indicators->pdata[0]);

  wp_indicator_set_actual (indicator, NAN);
  wp_indicator_set_baseline (indicator, 8);
  wp_indicator_set_comparator (indicator, WP_COMPARATOR_AT_MOST);
  assert_edit (wp_history_update_indicator (history, indicator, &error));
}

static void
edit_delete_indicator (WpTestFixture *fixture,
                       WpHistory     *history,
                       Outline       *o)
{
  assert_edit (wp_history_delete_indicator (history, o->indicator, &error));
}

static void
edit_add_progress (WpTestFixture *fixture,
                   WpHistory     *history,
                   Outline       *o)
{
  g_autoptr(WpProgressEntry) entry = wp_progress_entry_new ();

  wp_progress_entry_set_node_id (entry, o->t1);
  wp_progress_entry_set_date (entry, "2019-09-01");
  wp_progress_entry_set_progress (entry, 75);
  wp_progress_entry_set_note (entry, "新园开工");
  wp_progress_entry_set_department_id (entry, o->inspection);
  assert_edit (wp_history_add_progress (history, entry, &error));
}

static void
edit_update_progress (WpTestFixture *fixture,
                      WpHistory     *history,
                      Outline       *o)
{
  g_autoptr(GPtrArray) entries = wp_store_list_progress (fixture->store, o->t1);
  g_autoptr(WpProgressEntry) entry = wp_progress_entry_copy (entries->pdata[0]);

  wp_progress_entry_set_progress (entry, 55);
  wp_progress_entry_set_department_id (entry, 0);
  assert_edit (wp_history_update_progress (history, entry, &error));
}

static void
edit_delete_progress (WpTestFixture *fixture,
                      WpHistory     *history,
                      Outline       *o)
{
  assert_edit (wp_history_delete_progress (history, o->progress, &error));
}

static void
edit_update_plan (WpTestFixture *fixture,
                  WpHistory     *history,
                  Outline       *o)
{
  g_autoptr(WpPlan) live = wp_store_get_plan (fixture->store, fixture->plan_id);
  g_autoptr(WpPlan) plan = wp_plan_copy (live);

  wp_plan_set_title (plan, "2019年工作计划");
  wp_plan_set_organization (plan, "某区教育局");
  wp_plan_set_numbering (plan, WP_NUMBERING_EN);
  wp_plan_set_period_end (plan, "2019-12-20");
  assert_edit (wp_history_update_plan (history, plan, &error));
}

typedef struct
{
  const char *name;
  EditFunc    edit;
  const char *label;
} Edit;

static const Edit edits[] = {
  { "add-task", edit_add_task, "Add “学位供给”" },
  { "add-top", edit_add_top, "Add “党建”" },
  { "update-task", edit_update_task, "Edit “扩大普惠性学前教育资源”" },
  { "delete-task", edit_delete_task, "Delete “推进学前教育”" },
  { "delete-section", edit_delete_section, "Delete “基础教育”" },
  { "move", edit_move, "Move “产教融合”" },
  { "move-down", edit_move_down, "Move “推进学前教育”" },
  { "indent", edit_indent, "Indent “义务教育均衡”" },
  { "outdent", edit_outdent, "Outdent “课程改革”" },
  { "assign", edit_assign, "Assign “职成科” to “推进学前教育”" },
  { "change-role", edit_change_role, "Assign “督导室” to “推进学前教育”" },
  { "unassign", edit_unassign, "Remove “基教科” from “推进学前教育”" },
  { "add-indicator", edit_add_indicator, "Add indicator “优质均衡县”" },
  { "update-indicator", edit_update_indicator, "Edit indicator “普惠园”" },
  { "delete-indicator", edit_delete_indicator, "Delete indicator “普惠园”" },
  { "add-progress", edit_add_progress, "Add a progress entry to “推进学前教育”" },
  { "update-progress", edit_update_progress, "Edit a progress entry of “推进学前教育”" },
  { "delete-progress", edit_delete_progress, "Delete a progress entry of “推进学前教育”" },
  { "update-plan", edit_update_plan, "Edit plan “2019年工作计划”" },
};

#define undo(history) assert_edit (wp_history_undo (history, &error))
#define redo(history) assert_edit (wp_history_redo (history, &error))

#define assert_dump(fixture, expected) \
  G_STMT_START { \
    g_autofree char *dump_ = dump_plan (fixture); \
    g_assert_cmpstr (dump_, ==, expected); \
  } G_STMT_END

/* The one step left undoes to @before and redoes to @after. */
static void
assert_last_step (WpTestFixture *fixture,
                  WpHistory     *history,
                  const char    *before,
                  const char    *after)
{
  undo (history);
  assert_dump (fixture, before);
  g_assert_false (wp_history_can_undo (history));
  redo (history);
  assert_dump (fixture, after);
}

/* Do, undo, redo, undo again: the database is as before or as after each time. */
static void
test_round_trip (WpTestFixture *fixture,
                 gconstpointer  data)
{
  const Edit *edit = data;
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Outline o;

  fill_outline (fixture, &o);
  before = dump_plan (fixture);
  edit->edit (fixture, history, &o);
  after = dump_plan (fixture);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (wp_history_can_undo (history));
  g_assert_false (wp_history_can_redo (history));
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, edit->label);

  assert_last_step (fixture, history, before, after);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, edit->label);
  undo (history);
  assert_dump (fixture, before);
  g_assert_cmpstr (wp_history_get_redo_label (history), ==, edit->label);
}

/* Issue 4's outline scenario, at the store level: a section with two tasks, one
 * indented, then moved; undo twice, redo once. */
static void
test_scenario (WpTestFixture *fixture,
               gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(WpNode) section = wp_node_new (WP_NODE_SECTION);
  g_autoptr(WpNode) first = new_task (fixture, 0, "第一项");
  g_autoptr(WpNode) second = new_task (fixture, 0, "第二项");
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *indented = NULL;
  gint64 section_id, first_id, second_id;

  wp_node_set_plan_id (section, fixture->plan_id);
  wp_node_set_title (section, "重点工作");
  section_id = wp_history_insert_node (history, section, -1, &error);
  g_assert_no_error (error);
  wp_node_set_parent_id (first, section_id);
  first_id = wp_history_insert_node (history, first, -1, &error);
  g_assert_no_error (error);
  second_id = wp_history_insert_node (history, second, -1, &error);
  g_assert_no_error (error);
  made = dump_plan (fixture);
  assert_children (fixture, 0, "重点工作,第二项");

  g_assert_true (wp_history_indent_node (history, second_id, &error));
  g_assert_no_error (error);
  assert_children (fixture, section_id, "第一项,第二项");
  indented = dump_plan (fixture);
  g_assert_true (wp_history_move_node (history, second_id, section_id, 0, &error));
  g_assert_no_error (error);
  assert_children (fixture, section_id, "第二项,第一项");
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Move “第二项”");

  undo (history);
  assert_children (fixture, section_id, "第一项,第二项");
  assert_dump (fixture, indented);
  undo (history);
  assert_children (fixture, 0, "重点工作,第二项");
  assert_children (fixture, section_id, "第一项");
  assert_dump (fixture, made);
  g_assert_cmpstr (wp_history_get_redo_label (history), ==, "Indent “第二项”");

  redo (history);
  assert_children (fixture, 0, "重点工作");
  assert_children (fixture, section_id, "第一项,第二项");
  assert_dump (fixture, indented);
  g_assert_cmpint (wp_store_get_node_depth (fixture->store, first_id), ==, 1);
  g_assert_true (wp_history_can_redo (history));
}

static gint64
count_rows (WpTestFixture *fixture,
            const char    *sql_format,
            gint64         id)
{
  g_autofree char *sql = g_strdup_printf (sql_format, id);

  return wp_test_query_int (fixture->path, sql);
}

/* A section with everything in it goes and comes back with the same ids. */
static void
test_delete_subtree (WpTestFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Outline o;

  fill_outline (fixture, &o);
  before = dump_plan (fixture);
  g_assert_true (wp_history_delete_node (history, o.s1, &error));
  g_assert_no_error (error);
  after = dump_plan (fixture);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM nodes WHERE id IN (%" G_GINT64_FORMAT
                               ")", o.t3), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM indicators WHERE id = %"
                               G_GINT64_FORMAT, o.indicator), ==, 0);

  undo (history);
  assert_dump (fixture, before);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM progress_entries WHERE id = %"
                               G_GINT64_FORMAT " AND department_id IS NOT NULL", o.progress),
                   ==, 1);
  assert_children (fixture, o.s2, "课程改革");

  redo (history);
  assert_dump (fixture, after);
  assert_children (fixture, 0, "职业教育");
  g_assert_null (wp_store_get_node (fixture->store, o.t1));
}

static void
test_new_edit_clears_redo (WpTestFixture *fixture,
                           gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  Outline o;

  fill_outline (fixture, &o);
  edit_move (fixture, history, &o);
  edit_indent (fixture, history, &o);
  undo (history);
  g_assert_true (wp_history_can_redo (history));
  edit_assign (fixture, history, &o);
  g_assert_false (wp_history_can_redo (history));
  g_assert_null (wp_history_get_redo_label (history));
  undo (history);
  undo (history);
  g_assert_false (wp_history_can_undo (history));
  g_assert_cmpstr (wp_history_get_redo_label (history), ==, "Move “产教融合”");
}

/* Dispatch of children changes to the one list they concern */

typedef struct
{
  guint n_calls;
  guint position, removed, added;
} Changes;

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n_calls++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static WpNodeList *
watched_list (WpTestFixture *fixture,
              gint64         plan_id,
              gint64         parent_id,
              Changes       *changes)
{
  WpNodeList *list = wp_node_list_new (fixture->store, plan_id, parent_id);

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), changes);
  return list;
}

#define assert_changes(changes, n, pos, rem, add) \
  G_STMT_START { \
    g_assert_cmpuint ((changes).n_calls, ==, n); \
    g_assert_cmpuint ((changes).position, ==, pos); \
    g_assert_cmpuint ((changes).removed, ==, rem); \
    g_assert_cmpuint ((changes).added, ==, add); \
  } G_STMT_END

static void
test_group (WpTestFixture *fixture,
            gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(WpNodeList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Changes changes = { 0 };
  Outline o;

  fill_outline (fixture, &o);
  list = watched_list (fixture, fixture->plan_id, o.s1, &changes);
  before = dump_plan (fixture);

  g_assert_true (wp_history_begin_group (history, "Fill in the task", &error));
  edit_add_task (fixture, history, &o);
  edit_update_task (fixture, history, &o);
  edit_add_progress (fixture, history, &o);
  /* Nothing is announced before the group ends: it is one transaction. */
  g_assert_false (wp_history_can_undo (history));
  g_assert_cmpuint (changes.n_calls, ==, 0);
  g_assert_true (wp_history_end_group (history, &error));
  g_assert_no_error (error);
  assert_changes (changes, 1, 1, 0, 1);
  after = dump_plan (fixture);
  g_assert_true (wp_history_can_undo (history));
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Fill in the task");

  assert_last_step (fixture, history, before, after);
}

/* A node added, edited and deleted in one group: each step finds what the one before
 * left, forwards and backwards. */
static void
test_group_same_node (WpTestFixture *fixture,
                      gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(WpNode) node = new_task (fixture, 0, "临时");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id;
  Outline o;

  fill_outline (fixture, &o);
  before = dump_plan (fixture);
  g_assert_true (wp_history_begin_group (history, "Try", &error));
  id = wp_history_insert_node (history, node, 1, &error);
  g_assert_no_error (error);
  wp_node_set_id (node, id);
  wp_node_set_title (node, "改名");
  assert_edit (wp_history_update_node (history, node, &error));
  assert_edit (wp_history_assign_department (history, id, o.basic, WP_ROLE_LEAD, &error));
  edit_move (fixture, history, &o);
  assert_edit (wp_history_delete_node (history, id, &error));
  g_assert_true (wp_history_end_group (history, &error));
  after = dump_plan (fixture);

  assert_last_step (fixture, history, before, after);
  undo (history);
  assert_dump (fixture, before);
}

/* An inner group that is cancelled takes back only its own edits. */
static void
test_group_nested (WpTestFixture *fixture,
                   gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *after = NULL;
  Outline o;

  fill_outline (fixture, &o);
  before = dump_plan (fixture);
  g_assert_true (wp_history_begin_group (history, NULL, &error));
  edit_move (fixture, history, &o);
  moved = dump_plan (fixture);
  g_assert_cmpstr (before, ==, moved);   /* not committed yet */

  g_assert_true (wp_history_begin_group (history, "Inner", &error));
  edit_delete_task (fixture, history, &o);
  wp_history_cancel_group (history);
  assert_children (fixture, o.s1, "产教融合,推进学前教育,义务教育均衡,质量提升");

  g_assert_true (wp_history_begin_group (history, "Inner", &error));
  edit_assign (fixture, history, &o);
  g_assert_true (wp_history_end_group (history, &error));
  g_assert_true (wp_history_end_group (history, &error));
  g_assert_no_error (error);
  after = dump_plan (fixture);
  g_assert_cmpstr (wp_history_get_undo_label (history), ==, "Move “产教融合”");

  assert_last_step (fixture, history, before, after);
}

static void
test_group_cancel (WpTestFixture *fixture,
                   gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  Outline o;

  fill_outline (fixture, &o);
  before = dump_plan (fixture);
  g_assert_true (wp_history_begin_group (history, "Abandoned", &error));
  edit_delete_section (fixture, history, &o);
  edit_update_plan (fixture, history, &o);
  wp_history_cancel_group (history);
  assert_dump (fixture, before);
  assert_children (fixture, 0, "基础教育,职业教育");
  g_assert_false (wp_history_can_undo (history));

  /* An empty group is no step either. */
  g_assert_true (wp_history_begin_group (history, "Empty", &error));
  g_assert_true (wp_history_end_group (history, &error));
  g_assert_false (wp_history_can_undo (history));
}

static void
test_failed_edit (WpTestFixture *fixture,
                  gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(WpNode) live = NULL;
  g_autoptr(WpNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  Outline o;

  fill_outline (fixture, &o);
  before = dump_plan (fixture);
  live = wp_store_get_node (fixture->store, o.t1);
  node = wp_node_copy (live);
  wp_node_set_title (node, "改了");
  wp_node_set_due (node, "2019-13-45");
  g_assert_false (wp_history_update_node (history, node, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wp_history_indent_node (history, o.s1, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wp_history_delete_node (history, 9999, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_dump (fixture, before);
  g_assert_false (wp_history_can_undo (history));
  g_assert_null (wp_history_get_undo_label (history));
  g_assert_false (wp_history_undo (history, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* In a group, a failed edit leaves the others. */
  g_assert_true (wp_history_begin_group (history, "Some", &error));
  edit_move (fixture, history, &o);
  g_assert_false (wp_history_update_node (history, node, &error));
  g_clear_error (&error);
  g_assert_true (wp_history_end_group (history, &error));
  assert_children (fixture, o.s1, "产教融合,推进学前教育,义务教育均衡,质量提升");
  g_assert_cmpstr (wp_node_get_title (live), ==, "推进学前教育");
  undo (history);
  assert_dump (fixture, before);
}

/* What another connection changed in the meantime is not overwritten. */
static void
test_conflict (WpTestFixture *fixture,
               gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(WpNode) live = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *changed = NULL;
  Outline o;

  fill_outline (fixture, &o);
  edit_update_task (fixture, history, &o);
  sql = g_strdup_printf ("UPDATE nodes SET title = '别处改的' WHERE id = %" G_GINT64_FORMAT, o.t1);
  wp_test_exec_sql (fixture->path, sql);
  changed = dump_plan (fixture);

  g_assert_false (wp_history_undo (history, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_CONFLICT);
  g_assert_true (g_str_has_prefix (error->message, "Edit “扩大普惠性学前教育资源” could not be undone."));
  g_assert_true (g_str_has_suffix (error->message, "It was taken off the list of steps to undo and "
                                                   "redo."));
  g_clear_error (&error);
  assert_dump (fixture, changed);
  /* The step that can never apply again is gone; the one beneath is next. */
  g_assert_cmpstr (wp_history_get_undo_label (history), !=, "Edit “扩大普惠性学前教育资源”");
  g_assert_false (wp_history_can_redo (history));
  /* The failed attempt brought the live node up to date. */
  live = wp_store_get_node (fixture->store, o.t1);
  g_assert_cmpstr (wp_node_get_title (live), ==, "别处改的");
}

/* A deleted node whose id was taken elsewhere meanwhile cannot come back. */
static void
test_conflict_restore (WpTestFixture *fixture,
                       gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *changed = NULL;
  Outline o;

  fill_outline (fixture, &o);
  edit_move (fixture, history, &o);
  edit_delete_task (fixture, history, &o);
  sql = g_strdup_printf ("INSERT INTO nodes (id, plan_id, position, kind, title) "
                         "VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 2, 'task', '别处')",
                         o.t1, fixture->plan_id);
  wp_test_exec_sql (fixture->path, sql);
  changed = dump_plan (fixture);

  g_assert_false (wp_history_undo (history, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  assert_dump (fixture, changed);
  g_assert_cmpstr (wp_history_get_undo_label (history), !=, "Delete “推进学前教育”");
  /* The move beneath it still undoes. */
  undo (history);
}

/* A change elsewhere to something else does not stop an undo; a redo is checked too. */
static void
test_unrelated_change (WpTestFixture *fixture,
                       gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  Outline o;

  fill_outline (fixture, &o);
  edit_update_indicator (fixture, history, &o);
  sql = g_strdup_printf ("UPDATE nodes SET body = '别处' WHERE id = %" G_GINT64_FORMAT, o.t4);
  wp_test_exec_sql (fixture->path, sql);
  undo (history);

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE indicators SET target = 99 WHERE id = %" G_GINT64_FORMAT,
                         o.indicator);
  wp_test_exec_sql (fixture->path, sql);
  g_assert_false (wp_history_redo (history, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_CONFLICT);
  g_assert_false (wp_history_can_redo (history));
  g_assert_false (wp_history_can_undo (history));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify (WpTestFixture *fixture,
             gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  guint can_undo = 0, can_redo = 0, undo_label = 0;
  gboolean value = FALSE;
  Outline o;

  fill_outline (fixture, &o);
  g_signal_connect (history, "notify::can-undo", G_CALLBACK (count_notify), &can_undo);
  g_signal_connect (history, "notify::can-redo", G_CALLBACK (count_notify), &can_redo);
  g_signal_connect (history, "notify::undo-label", G_CALLBACK (count_notify), &undo_label);
  edit_add_top (fixture, history, &o);
  g_assert_cmpuint (can_undo, ==, 1);
  g_assert_cmpuint (undo_label, ==, 1);
  g_object_get (history, "can-undo", &value, NULL);
  g_assert_true (value);
  undo (history);
  g_assert_cmpuint (can_redo, ==, 2);
  g_object_get (history, "can-redo", &value, NULL);
  g_assert_true (value);
  g_assert_true (wp_history_get_store (history) == fixture->store);
}

static void
test_dispatch (WpTestFixture *fixture,
               gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(WpNodeList) top = NULL;
  g_autoptr(WpNodeList) s1 = NULL;
  g_autoptr(WpNodeList) s1_again = NULL;
  g_autoptr(WpNodeList) s3 = NULL;
  g_autoptr(WpNodeList) other_plan = NULL;
  g_autoptr(WpNode) restored = NULL;
  Changes top_changes = { 0 }, s1_changes = { 0 }, s1_again_changes = { 0 };
  Changes s3_changes = { 0 }, other_changes = { 0 };
  gint64 plan_2020 = wp_test_create_plan (fixture->store, 2020, "2020", WP_NUMBERING_ZH);
  Outline o;

  fill_outline (fixture, &o);
  top = watched_list (fixture, fixture->plan_id, 0, &top_changes);
  s1 = watched_list (fixture, fixture->plan_id, o.s1, &s1_changes);
  s1_again = watched_list (fixture, fixture->plan_id, o.s1, &s1_again_changes);
  s3 = watched_list (fixture, fixture->plan_id, o.s3, &s3_changes);
  other_plan = watched_list (fixture, plan_2020, 0, &other_changes);

  edit_add_task (fixture, history, &o);
  assert_changes (s1_changes, 1, 1, 0, 1);
  assert_changes (s1_again_changes, 1, 1, 0, 1);
  g_assert_cmpuint (top_changes.n_calls + s3_changes.n_calls + other_changes.n_calls, ==, 0);

  undo (history);
  assert_changes (s1_changes, 2, 1, 1, 0);
  edit_move (fixture, history, &o);
  assert_changes (s1_changes, 3, 0, 0, 1);
  assert_changes (s3_changes, 1, 0, 1, 0);
  g_assert_cmpuint (top_changes.n_calls + other_changes.n_calls, ==, 0);

  /* A deleted section comes back as a row of the top level. */
  edit_delete_section (fixture, history, &o);
  assert_changes (top_changes, 1, 0, 1, 0);
  undo (history);
  assert_changes (top_changes, 2, 0, 0, 1);
  restored = g_list_model_get_item (G_LIST_MODEL (top), 0);
  g_assert_cmpint (wp_node_get_id (restored), ==, o.s1);
  g_assert_cmpuint (other_changes.n_calls, ==, 0);
}

/* A list that goes while the store tells the lists of its parent is not called. */
static void
drop_list (GListModel  *list,
           guint        position,
           guint        removed,
           guint        added,
           WpNodeList **other)
{
  g_clear_object (other);
}

static void
fail_if_called (void)
{
  g_assert_not_reached ();
}

static void
test_dispatch_reentrant (WpTestFixture *fixture,
                         gconstpointer  data)
{
  g_autoptr(WpHistory) history = wp_history_new (fixture->store);
  g_autoptr(WpNodeList) first = NULL;
  WpNodeList *second = NULL;
  Outline o;

  fill_outline (fixture, &o);
  first = wp_node_list_new (fixture->store, fixture->plan_id, o.s1);
  second = wp_node_list_new (fixture->store, fixture->plan_id, o.s1);
  g_signal_connect (first, "items-changed", G_CALLBACK (drop_list), &second);
  g_signal_connect (second, "items-changed", G_CALLBACK (fail_if_called), NULL);
  edit_add_task (fixture, history, &o);
  g_assert_null (second);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first)), ==, 4);
}

/* How long one insert takes with thousands of live sibling lists, as a tree model of a
 * large outline keeps; reported, not asserted. */
static void
test_dispatch_timing (WpTestFixture *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(WpNode) node = new_task (fixture, 0, "新任务");
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  guint n_lists = 5000;
  gint64 first, start;
  double insert_ms = G_MAXDOUBLE;

  /* Made with one statement: through the store, each insert would re-read the long list. */
  sql = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
                         "WHERE i < %u) INSERT INTO nodes (plan_id, position, kind, title) "
                         "SELECT %" G_GINT64_FORMAT ", i, 'section', '部分' FROM n",
                         n_lists - 1, fixture->plan_id);
  wp_test_exec_sql (fixture->path, sql);
  first = wp_test_query_int (fixture->path, "SELECT min(id) FROM nodes");

  for (guint i = 0; i < n_lists; i++)
    g_ptr_array_add (lists, wp_node_list_new (fixture->store, fixture->plan_id, first + i));
  wp_node_set_parent_id (node, first + n_lists / 2);
  for (guint i = 0; i < 5; i++)
    {
      start = g_get_monotonic_time ();
      g_assert_cmpint (wp_store_insert_node (fixture->store, node, -1, &error), >, 0);
      insert_ms = MIN (insert_ms, (g_get_monotonic_time () - start) / 1000.0);
    }
  g_test_message ("one insert with %u live node lists: %.3f ms (best of 5)", n_lists, insert_ms);
  g_assert_cmpuint (g_list_model_get_n_items (lists->pdata[n_lists / 2]), ==, 5);

  start = g_get_monotonic_time ();
  g_ptr_array_set_size (lists, 0);
  g_test_message ("dropping %u node lists: %.1f ms", n_lists,
                  (g_get_monotonic_time () - start) / 1000.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *path = g_strconcat ("/history/round-trip/", edits[i].name, NULL);

      g_test_add (path, WpTestFixture, &edits[i], wp_test_fixture_set_up_plan, test_round_trip,
                  wp_test_fixture_tear_down);
    }
  wp_test_add ("/history/scenario", wp_test_fixture_set_up_plan, test_scenario);
  wp_test_add ("/history/delete-subtree", wp_test_fixture_set_up_plan, test_delete_subtree);
  wp_test_add ("/history/new-edit-clears-redo", wp_test_fixture_set_up_plan,
               test_new_edit_clears_redo);
  wp_test_add ("/history/group", wp_test_fixture_set_up_plan, test_group);
  wp_test_add ("/history/group-same-node", wp_test_fixture_set_up_plan, test_group_same_node);
  wp_test_add ("/history/group-nested", wp_test_fixture_set_up_plan, test_group_nested);
  wp_test_add ("/history/group-cancel", wp_test_fixture_set_up_plan, test_group_cancel);
  wp_test_add ("/history/failed-edit", wp_test_fixture_set_up_plan, test_failed_edit);
  wp_test_add ("/history/conflict", wp_test_fixture_set_up_plan, test_conflict);
  wp_test_add ("/history/conflict-restore", wp_test_fixture_set_up_plan, test_conflict_restore);
  wp_test_add ("/history/unrelated-change", wp_test_fixture_set_up_plan, test_unrelated_change);
  wp_test_add ("/history/notify", wp_test_fixture_set_up_plan, test_notify);
  wp_test_add ("/history/dispatch", wp_test_fixture_set_up_plan, test_dispatch);
  wp_test_add ("/history/dispatch-reentrant", wp_test_fixture_set_up_plan,
               test_dispatch_reentrant);
  wp_test_add ("/history/dispatch-timing", wp_test_fixture_set_up_plan, test_dispatch_timing);
  return g_test_run ();
}
