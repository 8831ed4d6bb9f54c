/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-test-util"
#define _GNU_SOURCE  /* unshare() */

#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include <adwaita.h>

#include "wp-resources.h"
#include "wp-window.h"
#include "wp-test-util.h"
#include "wp-json-reader.h"
#include "wp-draft.h"

/* The file name of a fixture's workbook inside its folder. */
static const char workbook_name[] = "workplan.db";

char *
wp_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  g_autofree char *tmpl = g_strconcat (program, "-XXXXXX", NULL);
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

void
wp_test_remove_tree (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        wp_test_remove_tree (path);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

char *
wp_test_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

char *
wp_test_read_file (const char *path,
                   gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

void
wp_test_write_file (const char *path,
                    const char *contents,
                    gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

void
wp_test_fixture_set_up_dir (WpTestFixture *fixture,
                            gconstpointer  data)
{
  fixture->dir = wp_test_make_tmp_dir ();
  fixture->path = g_build_filename (fixture->dir, workbook_name, NULL);
}

void
wp_test_fixture_set_up_store (WpTestFixture *fixture,
                              gconstpointer  data)
{
  wp_test_fixture_set_up_dir (fixture, data);
  fixture->store = wp_test_open_store (fixture->dir, workbook_name);
}

void
wp_test_fixture_set_up_plan (WpTestFixture *fixture,
                             gconstpointer  data)
{
  wp_test_fixture_set_up_store (fixture, data);
  fixture->plan_id = wp_test_create_plan (fixture->store, 2019, "2019年工作要点",
                                          WP_NUMBERING_ZH);
}

void
wp_test_fixture_tear_down (WpTestFixture *fixture,
                           gconstpointer  data)
{
  /* The store must not outlive the test: whatever still holds it leaks. */
  if (fixture->store != NULL)
    g_assert_finalize_object (fixture->store);
  wp_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

void
wp_test_add (const char        *path,
             WpTestFixtureFunc  set_up,
             WpTestFixtureFunc  test)
{
  g_test_add (path, WpTestFixture, NULL, set_up, test, wp_test_fixture_tear_down);
}

WpStore *
wp_test_open_store (const char *dir,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  WpStore *store = wp_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* @id, once the call that returned it and set @error is seen to have succeeded. */
static gint64
assert_new_id (gint64  id,
               GError *error)
{
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
wp_test_insert_plan (WpStore *store,
                     WpPlan  *plan)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wp_store_create_plan (store, plan, &error);

  return assert_new_id (id, error);
}

gint64
wp_test_create_plan (WpStore     *store,
                     guint        year,
                     const char  *title,
                     WpNumbering  numbering)
{
  g_autoptr(WpPlan) plan = wp_plan_new ();

  wp_plan_set_year (plan, year);
  wp_plan_set_title (plan, title);
  wp_plan_set_numbering (plan, numbering);
  return wp_test_insert_plan (store, plan);
}

gint64
wp_test_insert_node (WpStore *store,
                     gint64   plan_id,
                     gint64   parent_id,
                     WpNode  *node,
                     int      position)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  wp_node_set_plan_id (node, plan_id);
  wp_node_set_parent_id (node, parent_id);
  id = wp_store_insert_node (store, node, position, &error);
  return assert_new_id (id, error);
}

gint64
wp_test_add_node (WpStore    *store,
                  gint64      plan_id,
                  gint64      parent_id,
                  WpNodeKind  kind,
                  const char *title,
                  int         position)
{
  g_autoptr(WpNode) node = wp_node_new (kind);

  wp_node_set_title (node, title);
  return wp_test_insert_node (store, plan_id, parent_id, node, position);
}

void
wp_test_exec_sql (const char *db_path,
                  const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Opens @db_path read-only and steps @sql to its first row, which must exist. */
static sqlite3_stmt *
step_to_first_row (const char  *db_path,
                   const char  *sql,
                   sqlite3    **db)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (*db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return stmt;
}

gint64
wp_test_query_int (const char *db_path,
                   const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = step_to_first_row (db_path, sql, &db);
  gint64 value = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

char *
wp_test_query_text (const char *db_path,
                    const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = step_to_first_row (db_path, sql, &db);
  char *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static gboolean
wake_up_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

void
wp_test_wait_until (WpTestCondition condition,
                    gpointer        data)
{
  gint64 deadline = g_get_monotonic_time () + WP_TEST_PATIENCE_SECONDS * G_USEC_PER_SEC;
  guint wake_up_id = g_timeout_add (20, wake_up_cb, NULL);

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (wake_up_id);
}

GtkApplication *
wp_test_register_app (void)
{
  g_autoptr(GError) error = NULL;
  GtkApplication *app = GTK_APPLICATION (adw_application_new ("io.github.workplan.Workplan.Test",
                                                              G_APPLICATION_NON_UNIQUE));

  /* As in the program: the resources, under the base path where GtkApplication looks
   * for the shortcuts window. Registering runs the application's startup, which
   * initialises GTK and libadwaita. */
  wp_resources_register ();
  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/workplan/Workplan");
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

GtkWindow *
wp_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

gint64
wp_test_add_progress (WpStore    *store,
                      gint64      node_id,
                      const char *date,
                      double      progress,
                      gint64      department_id)
{
  g_autoptr(WpProgressEntry) entry = wp_progress_entry_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  wp_progress_entry_set_node_id (entry, node_id);
  wp_progress_entry_set_date (entry, date);
  wp_progress_entry_set_progress (entry, progress);
  wp_progress_entry_set_note (entry, "按计划推进");
  wp_progress_entry_set_department_id (entry, department_id);
  id = wp_store_add_progress (store, entry, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
wp_test_import_fixture (WpStore    *store,
                        const char *name)
{
  g_autofree char *path = wp_test_fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = wp_json_read_file (file, &error);
  gint64 plan_id;

  g_assert_no_error (error);
  g_assert_nonnull (drafts);
  g_assert_cmpuint (drafts->len, >, 0);
  plan_id = wp_store_import_draft (store, g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpint (plan_id, >, 0);
  return plan_id;
}

void
wp_test_record_progress (double   fraction,
                         gpointer fractions)
{
  g_array_append_val ((GArray *) fractions, fraction);
}

gint64
wp_test_add_department (WpStore    *store,
                        const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wp_store_add_department (store, name, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
wp_test_ensure_department (WpStore    *store,
                           const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = wp_store_ensure_department (store, name, &error);

  g_assert_no_error (error);
  return id;
}

GtkWindow *
wp_test_open_window (GtkApplication *app,
                     WpStore        *store)
{
  GtkWindow *window = GTK_WINDOW (g_object_ref (wp_window_new (app, store)));

  gtk_window_present (window);
  return window;
}

void
wp_test_run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

void
wp_test_close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  wp_test_run_pending ();
  g_assert_finalize_object (window);
}

/* Mounts made from now on are this process's own and go when it exits, even when a
 * test fails before it unmounts. */
static gboolean
enter_private_mounts (void)
{
  static gsize entered = 0;
  static char *problem = NULL;

  if (g_once_init_enter (&entered))
    {
      if (geteuid () != 0)
        problem = g_strdup ("mounting a small disk needs root");
      else if (unshare (CLONE_NEWNS) != 0)
        problem = g_strdup_printf ("no mount namespace: %s", g_strerror (errno));
      else if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
        problem = g_strdup_printf ("cannot make / private: %s", g_strerror (errno));
      g_once_init_leave (&entered, 1);
    }
  if (problem != NULL)
    g_test_skip (problem);
  return problem == NULL;
}

char *
wp_test_mount_small_disk (const char *parent,
                          const char *name,
                          gsize       kib)
{
  g_autofree char *disk = g_build_filename (parent, name, NULL);
  g_autofree char *options = g_strdup_printf ("size=%" G_GSIZE_FORMAT "k,mode=0755", kib);

  if (!enter_private_mounts ())
    return NULL;
  g_assert_no_errno (g_mkdir (disk, 0755));
  if (mount ("wp-test-disk", disk, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      g_autofree char *problem = g_strdup_printf ("cannot mount a tmpfs: %s", g_strerror (errno));

      g_test_skip (problem);
      return NULL;
    }
  return g_steal_pointer (&disk);
}

void
wp_test_unmount_disk (const char *disk)
{
  g_assert_no_errno (umount2 (disk, MNT_DETACH));
}
