/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "wp-store.h"
#include "wp-test-util.h"

typedef WpTestFixture Fixture;

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "new.db");
  g_autoptr(WpStore) store = wp_test_open_store (fixture->dir, "new.db");
  g_autofree char *backups = path_in (fixture, "backups");

  g_assert_cmpstr (wp_store_get_path (store), ==, path);
  g_assert_cmpint (wp_test_query_int (path, "PRAGMA application_id"), ==, WP_APPLICATION_ID);
  g_assert_cmpint (wp_test_query_int (path, "PRAGMA user_version"), ==, WP_SCHEMA_VERSION);
  g_assert_cmpint (wp_test_query_int (path, "SELECT count(*) FROM sqlite_master WHERE name IN "
                                            "('plans', 'nodes', 'departments', 'node_department', "
                                            "'indicators', 'progress_entries')"), ==, 6);
  /* A new workbook has nothing to back up. */
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));

  /* Opening it again changes nothing and works. */
  g_clear_object (&store);
  store = wp_test_open_store (fixture->dir, "new.db");
}

static void
test_wal_and_foreign_keys (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = path_in (fixture, "wal.db");
  g_autoptr(WpStore) store = wp_test_open_store (fixture->dir, "wal.db");
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);
  g_autofree char *journal_mode = wp_test_query_text (path, "PRAGMA journal_mode");

  g_assert_cmpstr (journal_mode, ==, "wal");

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

  wp_test_exec_sql (path, sql);
  store = wp_test_open_store (fixture->dir, "old.db");
  g_assert_cmpint (wp_test_query_int (path, "PRAGMA user_version"), ==, WP_SCHEMA_VERSION);
  g_assert_cmpint (wp_test_query_int (path, "SELECT count(*) FROM early_notes"), ==, 1);
  g_assert_cmpint (wp_test_query_int (path, "SELECT count(*) FROM plans"), ==, 0);

  dir = g_dir_open (backups, 0, &error);
  g_assert_no_error (error);
  name = g_dir_read_name (dir);
  g_assert_nonnull (name);
  g_assert_true (g_str_has_prefix (name, "old.db.v0-"));
  backup = g_build_filename (backups, name, NULL);
  g_assert_cmpint (wp_test_query_int (backup, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (wp_test_query_int (backup, "SELECT count(*) FROM early_notes"), ==, 1);
}

/* Opening @path must fail with @code, a message naming the file, and no byte changed. */
static void
assert_refused (const char *path,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  gsize before_len = 0, after_len = 0;
  g_autofree char *before = wp_test_read_file (path, &before_len);
  g_autofree char *after = NULL;
  g_autoptr(WpStore) store = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  store = wp_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, WP_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, words));
  after = wp_test_read_file (path, &after_len);
  g_assert_cmpuint (before_len, ==, after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS) && after_len == 0);
}

/* The file @name, written with @contents, is refused as assert_refused() says. */
static void
assert_text_refused (Fixture    *fixture,
                     const char *name,
                     const char *contents,
                     int         code,
                     const char *words)
{
  g_autofree char *path = path_in (fixture, name);

  wp_test_write_file (path, contents, -1);
  assert_refused (path, code, words);
}

static void
test_not_sqlite (Fixture       *fixture,
                 gconstpointer  data)
{
  assert_text_refused (fixture, "notes.txt", "一、加强党的领导\n1.深入学习\n",
                       WP_STORE_ERROR_NOT_DATABASE, "not an SQLite database");
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "corrupt.db");
  g_autoptr(WpStore) store = wp_test_open_store (fixture->dir, "corrupt.db");
  g_autofree char *contents = NULL;
  gsize length;

  /* A real workbook with data, then its pages past the header overwritten. */
  for (guint i = 0; i < 200; i++)
    wp_test_create_plan (store, 2000 + i % 50, "一个相当长的标题，用来占满几页数据库页面",
                         WP_NUMBERING_ZH);
  g_clear_object (&store);
  wp_test_exec_sql (path, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE");
  contents = wp_test_read_file (path, &length);
  g_assert_cmpuint (length, >, 8192);
  memset (contents + 4096, 0x5a, length - 4096);
  wp_test_write_file (path, contents, length);

  assert_refused (path, WP_STORE_ERROR_NOT_DATABASE, "damaged");
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  assert_text_refused (fixture, "truncated.db", "SQLite format",
                       WP_STORE_ERROR_NOT_DATABASE, "not an SQLite database");
}

static void
test_foreign (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *contacts = path_in (fixture, "other.db");
  g_autofree char *other_id = path_in (fixture, "other-id.db");

  wp_test_exec_sql (contacts, "CREATE TABLE contacts (name TEXT); "
                              "INSERT INTO contacts VALUES ('x');");
  assert_refused (contacts, WP_STORE_ERROR_FOREIGN, "another application");
  wp_test_exec_sql (other_id, "PRAGMA application_id = 1234;");
  assert_refused (other_id, WP_STORE_ERROR_FOREIGN, "another application");
}

static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "future.db");
  g_autoptr(WpStore) store = wp_test_open_store (fixture->dir, "future.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA user_version = %d",
                                          WP_SCHEMA_VERSION + 1);

  g_clear_object (&store);
  wp_test_exec_sql (path, sql);
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

  wp_test_add ("/store-open/new-file", wp_test_fixture_set_up_dir, test_new_file);
  wp_test_add ("/store-open/wal-and-foreign-keys", wp_test_fixture_set_up_dir,
               test_wal_and_foreign_keys);
  wp_test_add ("/store-open/migrate", wp_test_fixture_set_up_dir, test_migrate);
  wp_test_add ("/store-open/not-sqlite", wp_test_fixture_set_up_dir, test_not_sqlite);
  wp_test_add ("/store-open/corrupt", wp_test_fixture_set_up_dir, test_corrupt);
  wp_test_add ("/store-open/truncated", wp_test_fixture_set_up_dir, test_truncated);
  wp_test_add ("/store-open/foreign", wp_test_fixture_set_up_dir, test_foreign);
  wp_test_add ("/store-open/newer-version", wp_test_fixture_set_up_dir, test_newer_version);
  wp_test_add ("/store-open/directory-and-missing-folder", wp_test_fixture_set_up_dir,
               test_directory_and_missing_folder);

  return g_test_run ();
}
