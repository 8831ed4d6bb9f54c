/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "wp-store.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("wp-open-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (fixture, "new.db");
  g_autoptr(WpStore) store = wp_store_open (path, &error);
  g_autofree char *backups = path_in (fixture, "backups");

  g_assert_no_error (error);
  g_assert_cmpstr (wp_store_get_path (store), ==, path);
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, WP_APPLICATION_ID);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, WP_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_master WHERE name IN "
                                    "('plans', 'nodes', 'departments', 'node_department', "
                                    "'indicators', 'progress_entries')"), ==, 6);
  /* A new workbook has nothing to back up. */
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));

  /* Opening it again changes nothing and works. */
  g_clear_object (&store);
  store = wp_store_open (path, &error);
  g_assert_no_error (error);
}

static void
test_wal_and_foreign_keys (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (fixture, "wal.db");
  g_autoptr(WpStore) store = wp_store_open (path, &error);
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* A node of a plan that does not exist is refused. */
  wp_node_set_plan_id (node, 42);
  g_assert_cmpint (wp_store_insert_node (store, node, -1, &error), ==, 0);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND);
}

/* A workbook at an older schema version is backed up and brought up to date. */
static void
test_migrate (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (fixture, "old.db");
  g_autofree char *backups = path_in (fixture, "backups");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(WpStore) store = NULL;
  const char *name;
  g_autofree char *backup = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                          "CREATE TABLE early_notes (text TEXT);"
                                          "INSERT INTO early_notes VALUES ('kept');",
                                          WP_APPLICATION_ID);

  exec_sql (path, sql);
  store = wp_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, WP_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM early_notes"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM plans"), ==, 0);

  dir = g_dir_open (backups, 0, &error);
  g_assert_no_error (error);
  name = g_dir_read_name (dir);
  g_assert_nonnull (name);
  g_assert_true (g_str_has_prefix (name, "old.db.v0-"));
  backup = g_build_filename (backups, name, NULL);
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM early_notes"), ==, 1);
}

/* Opening @path must fail with @code, a message naming the file, and no byte changed. */
static void
assert_refused (const char *path,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;
  g_autoptr(WpStore) store = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  store = wp_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, WP_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, words));
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpuint (before_len, ==, after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS) && after_len == 0);
}

static void
test_not_sqlite (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "notes.txt");

  g_assert_true (g_file_set_contents (path, "一、加强党的领导\n1.深入学习\n", -1, NULL));
  assert_refused (path, WP_STORE_ERROR_NOT_DATABASE, "not an SQLite database");
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (fixture, "corrupt.db");
  g_autoptr(WpStore) store = wp_store_open (path, &error);
  g_autofree char *contents = NULL;
  gsize length;

  /* A real workbook with data, then its pages past the header overwritten. */
  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(WpPlan) plan = wp_plan_new ();

      wp_plan_set_year (plan, 2000 + i % 50);
      wp_plan_set_title (plan, "一个相当长的标题，用来占满几页数据库页面");
      wp_store_create_plan (store, plan, &error);
      g_assert_no_error (error);
    }
  g_clear_object (&store);
  exec_sql (path, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  memset (contents + 4096, 0x5a, length - 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  assert_refused (path, WP_STORE_ERROR_NOT_DATABASE, "damaged");
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "truncated.db");

  g_assert_true (g_file_set_contents (path, "SQLite format", -1, NULL));
  assert_refused (path, WP_STORE_ERROR_NOT_DATABASE, "not an SQLite database");
}

static void
test_foreign (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "other.db");

  exec_sql (path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
  assert_refused (path, WP_STORE_ERROR_FOREIGN, "another application");

  g_clear_pointer (&path, g_free);
  path = path_in (fixture, "other-id.db");
  exec_sql (path, "PRAGMA application_id = 1234;");
  assert_refused (path, WP_STORE_ERROR_FOREIGN, "another application");
}

static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (fixture, "future.db");
  g_autoptr(WpStore) store = wp_store_open (path, &error);
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA user_version = %d",
                                          WP_SCHEMA_VERSION + 1);

  g_assert_no_error (error);
  g_clear_object (&store);
  exec_sql (path, sql);
  assert_refused (path, WP_STORE_ERROR_NEWER_VERSION, "newer version");
}

static void
test_directory_and_missing_folder (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = path_in (fixture, "no-such-folder/plan.db");
  g_autoptr(WpStore) store = wp_store_open (fixture->dir, &error);

  g_assert_null (store);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  store = wp_store_open (missing, &error);
  g_assert_null (store);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "does not exist"));
}

int
main (int   argc,
      char *argv[])
{
  /* Error messages are asserted in English. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-open/new-file", test_new_file);
  ADD ("/store-open/wal-and-foreign-keys", test_wal_and_foreign_keys);
  ADD ("/store-open/migrate", test_migrate);
  ADD ("/store-open/not-sqlite", test_not_sqlite);
  ADD ("/store-open/corrupt", test_corrupt);
  ADD ("/store-open/truncated", test_truncated);
  ADD ("/store-open/foreign", test_foreign);
  ADD ("/store-open/newer-version", test_newer_version);
  ADD ("/store-open/directory-and-missing-folder", test_directory_and_missing_folder);
#undef ADD

  return g_test_run ();
}
