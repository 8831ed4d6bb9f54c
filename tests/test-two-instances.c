/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-two-instances"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "wp-history.h"
#include "wp-json-writer.h"
#include "wp-node-list.h"
#include "wp-outline-row.h"
#include "wp-plan-list.h"
#include "wp-plan-snapshot.h"
#include "wp-task-editor.h"
#include "wp-test-util.h"
#include "wp-window.h"

/* Two instances of Workplan on one workbook. Instance A is the fixture's store, instance B
 * a second WpStore on the same file, as a second process has; the command line runs as a
 * real second process, and a raw SQLite connection in a thread holds the write lock as a
 * long import in another instance would. */

#define OLD_TITLE "完善学前教育公共服务体系"
#define SECTION_TITLE "一、学前教育"

typedef struct
{
  WpTestFixture  base;      /* base.store is instance A */
  WpStore       *other;     /* instance B */
  gint64         section_id;
  gint64         task_id;
} Fixture;

static GtkApplication *app;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *name = NULL;

  wp_test_fixture_set_up_plan (&fixture->base, data);
  name = g_path_get_basename (fixture->base.path);
  fixture->other = wp_test_open_store (fixture->base.dir, name);
  fixture->section_id = wp_test_add_node (fixture->base.store, fixture->base.plan_id, 0,
                                          WP_NODE_SECTION, SECTION_TITLE, -1);
  fixture->task_id = wp_test_add_node (fixture->base.store, fixture->base.plan_id,
                                       fixture->section_id, WP_NODE_TASK, OLD_TITLE, -1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->other);
  wp_test_fixture_tear_down (&fixture->base, data);
}

static void
add_test (const char *path,
          void      (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, test, fixture_tear_down);
}

/* Renames @node_id through @store, as the user of that instance would. */
static void
rename_node (WpStore    *store,
             gint64      node_id,
             const char *title)
{
  g_autoptr(WpNode) node = wp_store_get_node (store, node_id);
  g_autoptr(WpNode) copy = wp_node_copy (node);
  g_autoptr(GError) error = NULL;

  wp_node_set_title (copy, title);
  g_assert_true (wp_store_update_node (store, copy, &error));
  g_assert_no_error (error);
}

static char *
query_title (Fixture *fixture,
             gint64   node_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT title FROM nodes WHERE id = %" G_GINT64_FORMAT,
                                          node_id);

  return wp_test_query_text (fixture->base.path, sql);
}

/* What A announces */

typedef struct
{
  GArray *nodes;     /* ids of "node-changed" */
  GArray *parents;   /* parent ids of "children-changed" */
} Heard;

static void
on_node_changed (WpStore *store,
                 gint64   node_id,
                 Heard   *heard)
{
  g_array_append_val (heard->nodes, node_id);
}

static void
on_children_changed (WpStore *store,
                     gint64   plan_id,
                     gint64   parent_id,
                     Heard   *heard)
{
  g_array_append_val (heard->parents, parent_id);
}

static void
listen (WpStore *store,
        Heard   *heard)
{
  heard->nodes = g_array_new (FALSE, FALSE, sizeof (gint64));
  heard->parents = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (store, "node-changed", G_CALLBACK (on_node_changed), heard);
  g_signal_connect (store, "children-changed", G_CALLBACK (on_children_changed), heard);
}

static void
stop_listening (WpStore *store,
                Heard   *heard)
{
  g_signal_handlers_disconnect_by_data (store, heard);
  g_array_unref (heard->nodes);
  g_array_unref (heard->parents);
}

static gboolean
heard_id (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == id)
        return TRUE;
    }
  return FALSE;
}

/* Refreshing a store */

static void
test_rename_refresh (Fixture       *fixture,
                     gconstpointer  data)
{
  WpStore *a = fixture->base.store;
  g_autoptr(WpNode) live = wp_store_get_node (a, fixture->task_id);
  Heard heard;

  /* Nothing changed, or only by A itself: nothing to do. */
  g_assert_false (wp_store_refresh (a));
  rename_node (a, fixture->task_id, "A改的标题");
  g_assert_false (wp_store_refresh (a));

  listen (a, &heard);
  rename_node (fixture->other, fixture->task_id, "B改的标题");
  g_assert_cmpstr (wp_node_get_title (live), ==, "A改的标题");
  g_assert_true (wp_store_refresh (a));
  g_assert_cmpstr (wp_node_get_title (live), ==, "B改的标题");
  g_assert_true (heard_id (heard.nodes, fixture->task_id));

  /* Seen once, announced once. */
  g_array_set_size (heard.nodes, 0);
  g_assert_false (wp_store_refresh (a));
  g_assert_cmpuint (heard.nodes->len, ==, 0);
  stop_listening (a, &heard);
}

static gint64
get_item_id (GListModel *model,
             guint       position)
{
  g_autoptr(WpNode) node = g_list_model_get_item (model, position);

  return wp_node_get_id (node);
}

static void
test_children_refresh (Fixture       *fixture,
                       gconstpointer  data)
{
  WpStore *a = fixture->base.store;
  g_autoptr(WpNodeList) children = wp_node_list_new (a, fixture->base.plan_id,
                                                     fixture->section_id);
  gint64 added, sub_task;
  g_autoptr(WpNode) gone = NULL;
  Heard heard;

  /* The outline's model of the section's tasks gets B's new task. */
  added = wp_test_add_node (fixture->other, fixture->base.plan_id, fixture->section_id,
                            WP_NODE_TASK, "B新增的任务", -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (children)), ==, 1);
  g_assert_true (wp_store_refresh (a));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (children)), ==, 2);
  g_assert_cmpint (get_item_id (G_LIST_MODEL (children), 1), ==, added);

  /* A task's first sub-task: no list of A watched its empty children. */
  listen (a, &heard);
  sub_task = wp_test_add_node (fixture->other, fixture->base.plan_id, fixture->task_id,
                               WP_NODE_TASK, "B新增的子任务", -1);
  g_assert_true (wp_store_refresh (a));
  g_assert_true (heard_id (heard.parents, fixture->task_id));
  g_assert_nonnull (wp_store_get_node (a, sub_task));
  g_object_unref (wp_store_get_node (a, sub_task));

  /* A task deleted in B: gone from the list, and its listeners are told. */
  g_array_set_size (heard.nodes, 0);
  g_assert_true (wp_store_delete_node (fixture->other, added, NULL));
  g_assert_true (wp_store_refresh (a));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (children)), ==, 1);
  g_assert_true (heard_id (heard.nodes, added));
  gone = wp_store_get_node (a, added);
  g_assert_null (gone);
  stop_listening (a, &heard);
}

/* Starts `workplan COMMAND ARG --db @db` (ARG NULL: none), the workbook being the only
 * one it may touch. */
static GSubprocess *
spawn_cli (Fixture    *fixture,
           const char *db,
           const char *command,
           const char *arg)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "workplan",
                                                    NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  const char *with_arg[] = { program, command, arg, "--db", db, NULL };
  const char *without_arg[] = { program, command, "--db", db, NULL };
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->base.dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, arg != NULL ? with_arg : without_arg,
                                          &error);
  g_assert_no_error (error);
  return process;
}

/* Waits for @process, which must succeed without a word on stderr. */
static void
assert_cli_success (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

/* `workplan import FILE --db …` while A is open. */
static void
run_cli_import (Fixture    *fixture,
                const char *file)
{
  g_autoptr(GSubprocess) process = spawn_cli (fixture, fixture->base.path, "import", file);

  assert_cli_success (process);
}

/* Instances started at the same moment on a workbook that does not exist yet: one of
 * them creates it, and none fails or finds it half made. */
static void
test_open_new_at_once (Fixture       *fixture,
                       gconstpointer  data)
{
  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *name = g_strdup_printf ("new-%u.db", round);
      g_autofree char *db = g_build_filename (fixture->base.dir, name, NULL);
      GSubprocess *processes[4];

      for (guint i = 0; i < G_N_ELEMENTS (processes); i++)
        processes[i] = spawn_cli (fixture, db, "list", NULL);
      for (guint i = 0; i < G_N_ELEMENTS (processes); i++)
        {
          assert_cli_success (processes[i]);
          g_object_unref (processes[i]);
        }
      g_assert_cmpint (wp_test_query_int (db, "PRAGMA user_version"), ==, WP_SCHEMA_VERSION);
    }
}

static void
test_cli_import_refresh (Fixture       *fixture,
                         gconstpointer  data)
{
  WpStore *a = fixture->base.store;
  g_autoptr(WpPlanList) plans = wp_plan_list_new (a);
  g_autofree char *file = wp_test_fixture_path ("plan-2019.json");
  g_autoptr(WpPlan) imported = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plans)), ==, 1);
  run_cli_import (fixture, file);
  g_assert_true (wp_store_refresh (a));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plans)), ==, 2);
  imported = g_list_model_get_item (G_LIST_MODEL (plans), 1);
  g_assert_cmpstr (wp_plan_get_title (imported), ==, "某市教育局2019年工作要点");
}

/* The write lock held by another connection */

typedef struct
{
  const char *path;
  guint       hold_ms;     /* how long to hold it; 0: until released */
  GMutex      mutex;
  GCond       cond;
  gboolean    locked;
  gboolean    released;
  int         commit_rc;
} LockHolder;

static void
exec_or_fail (sqlite3    *db,
              const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* Takes the write lock, changes the plan's organisation, and commits after hold_ms or
 * when released. */
static gpointer
hold_write_lock (gpointer data)
{
  LockHolder *holder = data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (holder->path, &db, SQLITE_OPEN_READWRITE, NULL), ==,
                   SQLITE_OK);
  exec_or_fail (db, "BEGIN IMMEDIATE");
  exec_or_fail (db, "UPDATE plans SET organization = 'B的单位'");

  g_mutex_lock (&holder->mutex);
  holder->locked = TRUE;
  g_cond_broadcast (&holder->cond);
  g_mutex_unlock (&holder->mutex);
  if (holder->hold_ms > 0)
    g_usleep (holder->hold_ms * 1000);
  g_mutex_lock (&holder->mutex);
  while (holder->hold_ms == 0 && !holder->released)
    g_cond_wait (&holder->cond, &holder->mutex);
  g_mutex_unlock (&holder->mutex);

  holder->commit_rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  return NULL;
}

static GThread *
start_holder (LockHolder *holder)
{
  GThread *thread = g_thread_new ("lock-holder", hold_write_lock, holder);

  g_mutex_lock (&holder->mutex);
  while (!holder->locked)
    g_cond_wait (&holder->cond, &holder->mutex);
  g_mutex_unlock (&holder->mutex);
  return thread;
}

static void
release_holder (LockHolder *holder,
                GThread    *thread)
{
  g_mutex_lock (&holder->mutex);
  holder->released = TRUE;
  g_cond_broadcast (&holder->cond);
  g_mutex_unlock (&holder->mutex);
  g_thread_join (thread);
  g_assert_cmpint (holder->commit_rc, ==, SQLITE_OK);
}

/* A short write of B (a second) is waited for: A's edit goes through, and so does B's. */
static void
test_write_waits (Fixture       *fixture,
                  gconstpointer  data)
{
  LockHolder holder = { .path = fixture->base.path, .hold_ms = 1000 };
  GThread *thread = start_holder (&holder);
  g_autofree char *title = NULL;
  g_autofree char *organization = NULL;

  rename_node (fixture->base.store, fixture->task_id, "A改的标题");
  release_holder (&holder, thread);

  title = query_title (fixture, fixture->task_id);
  g_assert_cmpstr (title, ==, "A改的标题");
  organization = wp_test_query_text (fixture->base.path, "SELECT organization FROM plans");
  g_assert_cmpstr (organization, ==, "B的单位");
}

static void
assert_busy_error (Fixture      *fixture,
                   const GError *error)
{
  g_autofree char *lower = NULL;

  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, fixture->base.path));
  g_assert_nonnull (strstr (error->message, "busy in another program"));
  /* SQLite's own words never reach the user. */
  lower = g_ascii_strdown (error->message, -1);
  g_assert_null (strstr (lower, "locked"));
}

/* Reads take no write lock: a snapshot and an export go on while B writes. */
static void
assert_reads_work (Fixture *fixture)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  snapshot = wp_plan_snapshot_new (fixture->base.store, fixture->base.plan_id, NULL, NULL,
                                   &error);
  g_assert_no_error (error);
  json = wp_json_write_plans (fixture->base.store, &fixture->base.plan_id, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, OLD_TITLE));
}

/* B holds the lock past A's patience: A's user reads that the workbook is busy, and
 * nothing of A's edit is stored. */
static void
test_busy_past_timeout (Fixture       *fixture,
                        gconstpointer  data)
{
  WpStore *a = fixture->base.store;
  g_autoptr(WpHistory) history = wp_history_new (a);
  g_autoptr(WpNode) live = wp_store_get_node (a, fixture->task_id);
  g_autoptr(WpNode) copy = wp_node_copy (live);
  LockHolder holder = { .path = fixture->base.path };
  g_autoptr(GError) store_error = NULL;
  g_autoptr(GError) history_error = NULL;
  g_autofree char *title = NULL;
  GThread *thread;

  wp_store_set_busy_timeout (a, 200);
  thread = start_holder (&holder);

  wp_node_set_title (copy, "A改的标题");
  g_assert_false (wp_store_update_node (a, copy, &store_error));
  assert_busy_error (fixture, store_error);
  g_assert_false (wp_history_update_node (history, copy, &history_error));
  assert_busy_error (fixture, history_error);
  g_assert_false (wp_history_can_undo (history));
  g_assert_cmpstr (wp_node_get_title (live), ==, OLD_TITLE);
  assert_reads_work (fixture);
  g_assert_false (wp_store_refresh (a));

  release_holder (&holder, thread);
  title = query_title (fixture, fixture->task_id);
  g_assert_cmpstr (title, ==, OLD_TITLE);

  /* Once B is done, the same edit goes through. */
  g_assert_true (wp_store_refresh (a));
  g_assert_true (wp_history_update_node (history, copy, NULL));
  g_free (title);
  title = query_title (fixture, fixture->task_id);
  g_assert_cmpstr (title, ==, "A改的标题");
}

/* The window */

/* The first widget under @widget, itself included, for which @match holds. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 gboolean (*match) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  GtkWidget *found = match (widget, data) ? widget : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       found == NULL && child != NULL;
       child = gtk_widget_get_next_sibling (child))
    found = find_descendant (child, match, data);
  return found;
}

static gboolean
is_row_of (GtkWidget     *widget,
           gconstpointer  node_id)
{
  WpNode *node;

  if (!WP_IS_OUTLINE_ROW (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  node = wp_outline_row_get_node (WP_OUTLINE_ROW (widget));
  return node != NULL && wp_node_get_id (node) == *(const gint64 *) node_id;
}

static gboolean
is_label_with (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_task_editor (GtkWidget     *widget,
                gconstpointer  data)
{
  return WP_IS_TASK_EDITOR (widget);
}

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget);
}

typedef struct
{
  GtkWidget  *window;
  gint64      node_id;
  const char *title;   /* NULL: the row is gone */
} RowWait;

static gboolean
row_shows (gpointer data)
{
  RowWait *wait = data;
  GtkWidget *row = find_descendant (wait->window, is_row_of, &wait->node_id);

  if (wait->title == NULL)
    return row == NULL;
  return row != NULL && g_strcmp0 (wp_outline_row_get_title (WP_OUTLINE_ROW (row)),
                                   wait->title) == 0;
}

/* Turns the main loop until the row of @node_id shows @title, or is gone: the window's
 * own refresh (on its timer or on focus) is what makes it so. */
static void
wait_for_row (WpWindow   *window,
              gint64      node_id,
              const char *title)
{
  RowWait wait = { GTK_WIDGET (window), node_id, title };

  wp_test_wait_until (row_shows, &wait);
}

typedef struct
{
  GtkWidget  *window;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return find_descendant (wait->window, is_label_with, wait->text) != NULL;
}

/* Turns the main loop until a label (a toast's, say) shows @text. */
static void
wait_for_label (WpWindow   *window,
                const char *text)
{
  LabelWait wait = { GTK_WIDGET (window), text };

  wp_test_wait_until (label_shown, &wait);
}

static gboolean
plan_count_is (gpointer data)
{
  GtkWidget **window_and_count = data;
  GtkWidget *drop_down = find_descendant (window_and_count[0], is_drop_down, NULL);
  GListModel *model = drop_down != NULL ? gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down))
                                        : NULL;

  return model != NULL
         && g_list_model_get_n_items (model) == GPOINTER_TO_UINT (window_and_count[1]);
}

static void
test_window_follows (Fixture       *fixture,
                     gconstpointer  data)
{
  WpWindow *window = WP_WINDOW (wp_test_open_window (app, fixture->base.store));
  WpTaskEditor *editor;
  gpointer plan_count[2];

  wait_for_row (window, fixture->task_id, OLD_TITLE);
  g_assert_true (wp_outline_view_select_node (wp_window_get_outline (window),
                                              fixture->task_id));
  editor = WP_TASK_EDITOR (find_descendant (GTK_WIDGET (window), is_task_editor, NULL));
  g_assert_nonnull (wp_task_editor_get_node (editor));

  /* Focus: the window looks at once, before the main loop turns again. */
  rename_node (fixture->other, fixture->task_id, "B改的标题");
  g_object_notify (G_OBJECT (window), "is-active");
  g_assert_cmpstr (wp_node_get_title (wp_task_editor_get_node (editor)), ==, "B改的标题");
  wait_for_row (window, fixture->task_id, "B改的标题");

  /* The timer: the rest comes within seconds, the window untouched. */

  /* The node open in the editor, deleted in B: the editor lets it go. */
  g_assert_true (wp_store_delete_node (fixture->other, fixture->task_id, NULL));
  wait_for_row (window, fixture->task_id, NULL);
  g_assert_null (wp_task_editor_get_node (editor));

  /* A plan made in B comes into the plan switcher. */
  wp_test_create_plan (fixture->other, 2020, "2020年工作要点", WP_NUMBERING_ZH);
  plan_count[0] = window;
  plan_count[1] = GUINT_TO_POINTER (2);
  wp_test_wait_until (plan_count_is, plan_count);

  wp_test_close_window (GTK_WINDOW (window));
}

/* A undoes its rename after B renamed the task again: the undo is refused with the
 * conflict message, and both instances' rows stay as B left them. */
static void
test_window_undo_conflict (Fixture       *fixture,
                           gconstpointer  data)
{
  WpWindow *window = WP_WINDOW (wp_test_open_window (app, fixture->base.store));
  g_autoptr(WpNode) live = wp_store_get_node (fixture->base.store, fixture->task_id);
  g_autoptr(WpNode) copy = wp_node_copy (live);
  g_autofree char *title = NULL;
  g_autofree char *section_title = NULL;

  wait_for_row (window, fixture->task_id, OLD_TITLE);
  wp_node_set_title (copy, "A改的标题");
  g_assert_true (wp_history_update_node (wp_window_get_history (window), copy, NULL));
  rename_node (fixture->other, fixture->task_id, "B改的标题");

  /* At once, before any refresh: the undo itself finds the change. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  wait_for_label (window, "could not be undone. The plan was changed elsewhere");

  title = query_title (fixture, fixture->task_id);
  g_assert_cmpstr (title, ==, "B改的标题");
  section_title = query_title (fixture, fixture->section_id);
  g_assert_cmpstr (section_title, ==, SECTION_TITLE);
  g_assert_cmpint (wp_test_query_int (fixture->base.path, "SELECT count(*) FROM nodes"), ==, 2);
  g_assert_cmpstr (wp_node_get_title (live), ==, "B改的标题");
  wait_for_row (window, fixture->task_id, "B改的标题");

  wp_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Messages are asserted in English. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  app = wp_test_register_app ();

  add_test ("/two-instances/rename-refresh", test_rename_refresh);
  add_test ("/two-instances/children-refresh", test_children_refresh);
  add_test ("/two-instances/cli-import-refresh", test_cli_import_refresh);
  add_test ("/two-instances/open-new-at-once", test_open_new_at_once);
  add_test ("/two-instances/write-waits", test_write_waits);
  add_test ("/two-instances/busy-past-timeout", test_busy_past_timeout);
  add_test ("/two-instances/window-follows", test_window_follows);
  add_test ("/two-instances/window-undo-conflict", test_window_undo_conflict);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
