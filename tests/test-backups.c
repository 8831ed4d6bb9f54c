/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backups"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "wp-backups.h"
#include "wp-restore-dialog.h"
#include "wp-test-util.h"

typedef WpTestFixture Fixture;

static GtkApplication *app;

/* What a user would compare: every plan and node with its title. */
static char *
dump_rows (const char *path)
{
  return wp_test_query_text (path,
                             "SELECT (SELECT group_concat(id || ':' || title, '|') FROM "
                             "(SELECT id, title FROM plans ORDER BY id)) || ' / ' || "
                             "(SELECT group_concat(id || ':' || title, '|') FROM "
                             "(SELECT id, title FROM nodes ORDER BY id))");
}

static guint
count_kind (GPtrArray    *backups,
            WpBackupKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < backups->len; i++)
    n += ((WpBackup *) g_ptr_array_index (backups, i))->kind == kind;
  return n;
}

static char *
make_backup (WpStore      *store,
             WpBackupKind  kind)
{
  g_autoptr(GError) error = NULL;
  char *path = wp_backups_make (store, kind, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static void
set_up_imported (Fixture       *fixture,
                 gconstpointer  data)
{
  wp_test_fixture_set_up_store (fixture, data);
  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
}

/* Once a day: opening the workbook again the same day makes no second copy. */
static void
test_daily_once (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *again = NULL;
  g_autofree char *name = g_path_get_basename (fixture->path);
  g_autoptr(GPtrArray) backups = NULL;

  g_assert_true (wp_backups_make_daily (fixture->store, 10, &made, &error));
  g_assert_no_error (error);
  g_assert_nonnull (made);
  g_assert_cmpint (wp_test_query_int (made, "SELECT count(*) FROM plans"), ==, 1);
  g_assert_cmpint (wp_test_query_int (made, "PRAGMA application_id"), ==, WP_APPLICATION_ID);

  g_clear_object (&fixture->store);
  fixture->store = wp_test_open_store (fixture->dir, name);
  g_assert_true (wp_backups_make_daily (fixture->store, 10, &again, &error));
  g_assert_no_error (error);
  g_assert_null (again);

  backups = wp_backups_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (((WpBackup *) backups->pdata[0])->path, ==, made);
  g_assert_cmpint (((WpBackup *) backups->pdata[0])->kind, ==, WP_BACKUP_DAILY);
  g_assert_cmpint (((WpBackup *) backups->pdata[0])->size, >, 0);
}

/* A new, empty workbook has nothing worth a copy. */
static void
test_daily_empty (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *folder = wp_backups_get_folder (fixture->path);

  g_assert_true (wp_backups_make_daily (fixture->store, 10, &made, &error));
  g_assert_no_error (error);
  g_assert_null (made);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* Pruning keeps exactly the newest N; files that are not backups are left alone. */
static void
test_prune (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *folder = wp_backups_get_folder (fixture->path);
  g_autofree char *part = g_build_filename (folder, "workbook.db.daily-20200101-000000.db.7.part",
                                            NULL);
  g_autofree char *other = g_build_filename (folder, "other.db.daily-20200101-000000.db", NULL);

  for (guint i = 0; i < 12; i++)
    g_ptr_array_add (made, make_backup (fixture->store, i % 3 ? WP_BACKUP_DAILY
                                                              : WP_BACKUP_BEFORE_RESTORE));
  wp_test_write_file (part, "half", -1);
  wp_test_write_file (other, "theirs", -1);

  g_assert_true (wp_backups_prune (fixture->path, 5, &error));
  g_assert_no_error (error);
  backups = wp_backups_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (((WpBackup *) backups->pdata[i])->path, ==, made->pdata[11 - i]);
  for (guint i = 0; i < 7; i++)
    g_assert_false (g_file_test (made->pdata[i], G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  /* A daily backup of today is among them: none is added, and three are kept. */
  g_assert_true (wp_backups_make_daily (fixture->store, 3, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = wp_backups_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_cmpstr (((WpBackup *) backups->pdata[0])->path, ==, made->pdata[11]);
}

/* The backup before a migration is listed as one, holding the old version. */
static void
test_migration_backup (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                          "CREATE TABLE early_notes (text TEXT);",
                                          WP_APPLICATION_ID);
  g_autofree char *folder = wp_backups_get_folder (fixture->path);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GDir) dir = NULL;
  WpBackup *backup;
  int version = -1;

  wp_test_exec_sql (fixture->path, sql);
  fixture->store = wp_store_open (fixture->path, &error);
  g_assert_no_error (error);

  backups = wp_backups_list (fixture->path);
  g_assert_cmpuint (backups->len, ==, 1);
  backup = g_ptr_array_index (backups, 0);
  g_assert_cmpint (backup->kind, ==, WP_BACKUP_BEFORE_MIGRATION);
  g_assert_cmpint (backup->from_version, ==, 0);
  g_assert_true (wp_backups_check (backup->path, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 0);
  plans = wp_backups_read_plans (backup->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 0);

  /* Nothing half-written was left beside it. */
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_dir_read_name (dir));
  g_assert_null (g_dir_read_name (dir));
}

static void
count_signal (guint *count)
{
  (*count)++;
}

static void
count_watch (WpStore  *store,
             gint64    plan_id,
             gint64    parent_id,
             gpointer  count)
{
  (*(guint *) count)++;
}

/* Restoring brings the rows back, into the live objects too, after a backup of the state
 * it replaces. */
static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) top = wp_store_list_children (fixture->store, fixture->plan_id, 0);
  g_autoptr(WpNode) node = g_object_ref (g_ptr_array_index (top, 0));
  g_autofree char *title = g_strdup (wp_node_get_title (node));
  g_autofree char *before = dump_rows (fixture->path);
  g_autofree char *backup = make_backup (fixture->store, WP_BACKUP_DAILY);
  g_autofree char *journal_mode = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *restored = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  guint n_children_changed = 0, n_plans_changed = 0, n_watched = 0;
  guint watch;

  wp_node_set_title (node, "Changed after the backup");
  g_assert_true (wp_store_update_node (fixture->store, node, &error));
  g_assert_true (wp_store_delete_node (fixture->store,
                                       wp_node_get_id (g_ptr_array_index (top, 1)), &error));
  wp_test_create_plan (fixture->store, 2020, "Added after the backup", WP_NUMBERING_ZH);
  g_assert_no_error (error);
  changed = dump_rows (fixture->path);
  g_assert_cmpstr (changed, !=, before);

  /* As an outline does: it watches the top level of the plan it shows. */
  watch = wp_store_watch_children (fixture->store, fixture->plan_id, 0, count_watch, &n_watched);
  g_signal_connect_swapped (fixture->store, "children-changed", G_CALLBACK (count_signal),
                            &n_children_changed);
  g_signal_connect_swapped (fixture->store, "plans-changed", G_CALLBACK (count_signal),
                            &n_plans_changed);
  g_assert_true (wp_backups_restore (fixture->store, backup, &error));
  g_assert_no_error (error);

  restored = dump_rows (fixture->path);
  g_assert_cmpstr (restored, ==, before);
  g_assert_cmpstr (wp_node_get_title (node), ==, title);
  g_assert_cmpuint (n_children_changed, >, 0);
  g_assert_cmpuint (n_watched, >, 0);
  g_assert_cmpuint (n_plans_changed, >, 0);
  wp_store_unwatch_children (fixture->store, watch);
  journal_mode = wp_test_query_text (fixture->path, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");

  /* What the workbook held before the restore is a backup of its own. */
  backups = wp_backups_list (fixture->path);
  g_assert_cmpuint (count_kind (backups, WP_BACKUP_BEFORE_RESTORE), ==, 1);
  for (guint i = 0; i < backups->len; i++)
    {
      WpBackup *each = g_ptr_array_index (backups, i);

      if (each->kind == WP_BACKUP_BEFORE_RESTORE)
        plans = wp_backups_read_plans (each->path, &error);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (plans->len, ==, 2);
  g_assert_cmpstr (((WpBackupPlan *) plans->pdata[1])->title, ==, "Added after the backup");
}

static char *
corrupt_copy (const char *backup,
              const char *dir)
{
  gsize length = 0;
  g_autofree char *bytes = wp_test_read_file (backup, &length);
  char *path = g_build_filename (dir, "damaged.db", NULL);

  g_assert_cmpuint (length, >, 8192);
  memset (bytes + 4096, 0xff, 4096);
  wp_test_write_file (path, bytes, length);
  return path;
}

static char *
newer_copy (const char *backup,
            const char *dir)
{
  gsize length = 0;
  g_autofree char *bytes = wp_test_read_file (backup, &length);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", WP_SCHEMA_VERSION + 1);
  char *path = g_build_filename (dir, "newer.db", NULL);

  wp_test_write_file (path, bytes, length);
  wp_test_exec_sql (path, sql);
  return path;
}

static void
assert_refused (Fixture    *fixture,
                const char *backup,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_rows (fixture->path);
  g_autoptr(GPtrArray) backups_before = wp_backups_list (fixture->path);
  g_autoptr(GPtrArray) backups_after = NULL;
  g_autofree char *after = NULL;

  g_assert_false (wp_backups_restore (fixture->store, backup, &error));
  g_assert_error (error, WP_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, backup));
  g_assert_nonnull (strstr (error->message, "not changed"));

  after = dump_rows (fixture->path);
  g_assert_cmpstr (after, ==, before);
  backups_after = wp_backups_list (fixture->path);
  g_assert_cmpuint (backups_after->len, ==, backups_before->len);
}

/* A backup that is not ours, damaged, from a newer version or gone is refused before
 * anything is written. */
static void
test_refuse (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *good = make_backup (fixture->store, WP_BACKUP_DAILY);
  g_autofree char *foreign = g_build_filename (fixture->dir, "foreign.db", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autofree char *damaged = corrupt_copy (good, fixture->dir);
  g_autofree char *newer = newer_copy (good, fixture->dir);
  gsize length_before = 0, length_after = 0;
  g_autofree char *bytes_before = wp_test_read_file (damaged, &length_before);
  g_autofree char *bytes_after = NULL;

  wp_test_exec_sql (foreign, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('x')");
  wp_test_write_file (text, "Plans for 2019\n", -1);

  assert_refused (fixture, foreign, WP_STORE_ERROR_FOREIGN);
  assert_refused (fixture, damaged, WP_STORE_ERROR_NOT_DATABASE);
  assert_refused (fixture, newer, WP_STORE_ERROR_NEWER_VERSION);
  assert_refused (fixture, text, WP_STORE_ERROR_NOT_DATABASE);
  assert_refused (fixture, missing, WP_STORE_ERROR_NOT_FOUND);

  /* Checking a backup does not change it either. */
  bytes_after = wp_test_read_file (damaged, &length_after);
  g_assert_cmpmem (bytes_before, length_before, bytes_after, length_after);
}

/* A workbook that cannot be opened is moved aside with its journal, never deleted, and
 * the backup takes its place. */
static void
test_restore_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = make_backup (fixture->store, WP_BACKUP_DAILY);
  g_autofree char *before = dump_rows (fixture->path);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *aside_wal = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *after = NULL;
  g_autoptr(WpStore) store = NULL;

  g_clear_object (&fixture->store);
  wp_test_write_file (fixture->path, "damaged beyond repair", -1);
  wp_test_write_file (wal, "stale journal", -1);
  store = wp_store_open (fixture->path, &error);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE);
  g_clear_error (&error);

  /* A bad backup changes nothing. */
  g_assert_false (wp_backups_restore_file (fixture->path, wal, &aside, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE);
  g_clear_error (&error);
  g_assert_null (aside);
  kept = wp_test_read_file (fixture->path, NULL);
  g_assert_cmpstr (kept, ==, "damaged beyond repair");
  g_clear_pointer (&kept, g_free);

  g_assert_true (wp_backups_restore_file (fixture->path, backup, &aside, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (aside, fixture->path));
  g_assert_nonnull (strstr (aside, ".damaged-"));
  kept = wp_test_read_file (aside, NULL);
  g_assert_cmpstr (kept, ==, "damaged beyond repair");
  aside_wal = g_strconcat (aside, "-wal", NULL);
  g_assert_true (g_file_test (aside_wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  fixture->store = wp_store_open (fixture->path, &error);
  g_assert_no_error (error);
  after = dump_rows (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* On a full disk the backup fails with a message that says so, and leaves nothing. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mount_point = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *made = NULL;
  g_autoptr(WpStore) store = NULL;
  g_autoptr(GDir) dir = NULL;
  gsize length = 0;

  g_clear_object (&fixture->store);
  bytes = wp_test_read_file (fixture->path, &length);
  /* Room for the workbook and its shared-memory file, not for a copy. */
  mount_point = wp_test_mount_small_disk (fixture->dir, "small", length / 1024 + 48);
  if (mount_point == NULL)
    return;
  path = g_build_filename (mount_point, "full.db", NULL);
  folder = wp_backups_get_folder (path);
  wp_test_write_file (path, bytes, length);
  store = wp_store_open (path, &error);
  g_assert_no_error (error);

  g_assert_false (wp_backups_make_daily (store, 10, &made, &error));
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_null (made);
  dir = g_dir_open (folder, 0, NULL);
  g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);

  g_clear_pointer (&dir, g_dir_close);
  g_clear_object (&store);
  wp_test_unmount_disk (mount_point);
}

static void
test_kept_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_assert_cmpuint (wp_backups_get_kept (), ==, WP_BACKUPS_KEPT_DEFAULT);
  g_settings_set_int (settings, "backups-kept", 3);
  g_assert_cmpuint (wp_backups_get_kept (), ==, 3);
  g_settings_reset (settings, "backups-kept");
}

/* Dialog */

static GPtrArray *
list_rows (WpRestoreDialog *dialog)
{
  GtkWidget *list_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                   WP_TYPE_RESTORE_DIALOG,
                                                                   "list_box"));
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (list_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        g_ptr_array_add (rows, child);
    }
  return rows;
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_BUTTON (child) ? child : find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_restored (WpRestoreDialog *dialog,
             const char      *message,
             char           **received)
{
  *received = g_strdup (message);
}

static guint
count_subtitles (GPtrArray  *rows,
                 const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += g_str_has_prefix (adw_action_row_get_subtitle (rows->pdata[i]), prefix);
  return n;
}

static GtkWidget *
find_daily_row (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      if (g_str_has_prefix (adw_action_row_get_subtitle (rows->pdata[i]), "Daily backup"))
        return rows->pdata[i];
    }
  g_assert_not_reached ();
}

static void
make_three_backups (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *daily = make_backup (fixture->store, WP_BACKUP_DAILY);
  g_autofree char *restore = make_backup (fixture->store, WP_BACKUP_BEFORE_RESTORE);
  g_autofree char *migration = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  migration = wp_backups_copy_db (db, fixture->path, WP_BACKUP_BEFORE_MIGRATION, 0, &error);
  g_assert_no_error (error);
  sqlite3_close (db);
}

static gboolean
is_closed (gpointer dialog)
{
  return wp_test_find_toplevel (WP_TYPE_RESTORE_DIALOG) == NULL;
}

static void
test_dialog (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *before = dump_rows (fixture->path);
  g_autofree char *received = NULL;
  g_autofree char *restored = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  WpRestoreDialog *dialog;
  AdwMessageDialog *confirm;

  make_three_backups (fixture);
  wp_test_create_plan (fixture->store, 2020, "Added after the backups", WP_NUMBERING_ZH);

  dialog = g_object_ref (wp_restore_dialog_present (NULL, fixture->store));
  g_signal_connect (dialog, "restored", G_CALLBACK (on_restored), &received);
  rows = list_rows (dialog);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpuint (count_subtitles (rows, "Daily backup"), ==, 1);
  g_assert_cmpuint (count_subtitles (rows, "Before a restore"), ==, 1);
  g_assert_cmpuint (count_subtitles (rows, "Before an update of Workplan"), ==, 1);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows->pdata[0]), "2019"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows->pdata[0]), " tasks"));

  g_signal_emit_by_name (find_button (find_daily_row (rows)), "clicked");
  confirm = ADW_MESSAGE_DIALOG (wp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (confirm);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "backed up first"));
  adw_message_dialog_response (confirm, "restore");

  g_assert_nonnull (received);
  restored = dump_rows (fixture->path);
  g_assert_cmpstr (restored, ==, before);

  /* It closes itself once the confirmation is done with. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  wp_test_wait_until (is_closed, dialog);
  g_assert_finalize_object (dialog);
}

/* With no backups the dialog says so. */
static void
test_dialog_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  WpRestoreDialog *dialog = g_object_ref_sink (wp_restore_dialog_new (NULL, fixture->store));
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                              WP_TYPE_RESTORE_DIALOG, "stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  app = wp_test_register_app ();

  wp_test_add ("/backups/daily-once", wp_test_fixture_set_up_plan, test_daily_once);
  wp_test_add ("/backups/daily-empty", wp_test_fixture_set_up_store, test_daily_empty);
  wp_test_add ("/backups/prune", wp_test_fixture_set_up_plan, test_prune);
  wp_test_add ("/backups/migration", wp_test_fixture_set_up_dir, test_migration_backup);
  wp_test_add ("/backups/restore", set_up_imported, test_restore);
  wp_test_add ("/backups/refuse", set_up_imported, test_refuse);
  wp_test_add ("/backups/restore-file", set_up_imported, test_restore_file);
  wp_test_add ("/backups/disk-full", set_up_imported, test_disk_full);
  g_test_add_func ("/backups/kept-setting", test_kept_setting);
  wp_test_add ("/backups/dialog", set_up_imported, test_dialog);
  wp_test_add ("/backups/dialog-empty", wp_test_fixture_set_up_store, test_dialog_empty);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
