/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Workbooks on disks that let the user down: read-only files, folders and disks, a
 * network drive (faked with tests/fake-netfs.c) and a full disk (a small tmpfs mounted
 * in a mount namespace of this program's own, so nothing outside sees it). */

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "wp-file-system.h"
#include "wp-plan-snapshot.h"
#include "wp-report-export.h"
#include "wp-store.h"
#include "wp-test-util.h"
#include "wp-window.h"

typedef WpTestFixture Fixture;

/* The disk is filled with files of this size, so that freeing some gives back a known
 * amount of space. */
#define CHUNK_SIZE (16 * 1024)

static const char *side_suffixes[] = { "-wal", "-shm", "-journal" };

static void
assert_no_side_files (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side_file = g_strconcat (path, side_suffixes[i], NULL);

      if (g_file_test (side_file, G_FILE_TEST_EXISTS))
        g_error ("%s was left behind", side_file);
    }
}

static void
assert_contains (const char *text,
                 const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” does not say “%s”", text, words);
}

/* Opening @path must fail with a message naming it and saying @words and @advice, with
 * no byte of it changed and nothing left next to it. Returns the message. */
static char *
assert_open_refused (const char *path,
                     int         code,
                     const char *words,
                     const char *advice)
{
  g_autoptr(GError) error = NULL;
  gsize before_len = 0, after_len = 0;
  g_autofree char *before = wp_test_read_file (path, &before_len);
  g_autofree char *after = NULL;
  g_autoptr(WpStore) store = NULL;

  assert_no_side_files (path);
  store = wp_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, WP_STORE_ERROR, code);
  assert_contains (error->message, path);
  assert_contains (error->message, words);
  assert_contains (error->message, advice);
  after = wp_test_read_file (path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
  assert_no_side_files (path);
  return g_strdup (error->message);
}

/* A workbook at @path with one plan, closed again (its log folded in). */
static void
make_workbook (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(WpStore) store = wp_test_open_store (dir, name);

  wp_test_create_plan (store, 2019, "2019年工作要点", WP_NUMBERING_ZH);
}

/* Read-only files and folders: root passes permission checks, but a file or folder
 * without write permission is still read-only to us. */

static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *future = g_build_filename (fixture->dir, "future.db", NULL);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", WP_SCHEMA_VERSION + 1);
  g_autofree char *message = NULL;
  g_autofree char *future_message = NULL;

  make_workbook (fixture->path);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  message = assert_open_refused (fixture->path, WP_STORE_ERROR_IO, "is read-only",
                                 "Remove its read-only flag, or copy it to a folder you can "
                                 "write to");
  assert_contains (message, "The file was not changed");

  /* What is wrong with the contents comes first: copying it would not help. Its header
   * says write-ahead log, which is read without creating one. */
  make_workbook (future);
  wp_test_exec_sql (future, sql);
  g_assert_cmpint (g_chmod (future, 0444), ==, 0);
  future_message = assert_open_refused (future, WP_STORE_ERROR_NEWER_VERSION, "newer version",
                                        "Update");
}

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *path = g_build_filename (folder, "plan.db", NULL);
  g_autofree char *new_path = g_build_filename (folder, "new.db", NULL);
  g_autoptr(WpStore) store = NULL;
  g_autofree char *message = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  make_workbook (path);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);

  message = assert_open_refused (path, WP_STORE_ERROR_IO, "is read-only",
                                 "Copy the workbook to a folder you can write to");
  assert_contains (message, folder);

  store = wp_store_open (new_path, &error);
  g_assert_null (store);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO);
  assert_contains (error->message, new_path);
  assert_contains (error->message, "cannot be written to");
  assert_contains (error->message, "Choose a folder you can write to");
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
}

/* A small disk of this program's own */

typedef struct
{
  Fixture  base;
  char    *disk;  /* a 1 MiB tmpfs in base.dir; NULL when the test is skipped */
} DiskFixture;

static void
disk_set_up (DiskFixture   *fixture,
             gconstpointer  data)
{
  wp_test_fixture_set_up_dir (&fixture->base, data);
  fixture->disk = wp_test_mount_small_disk (fixture->base.dir, "disk", 1024);
}

static void
disk_tear_down (DiskFixture   *fixture,
                gconstpointer  data)
{
  if (fixture->disk != NULL)
    wp_test_unmount_disk (fixture->disk);
  g_free (fixture->disk);
  wp_test_fixture_tear_down (&fixture->base, data);
}

#define add_disk_test(path, func) \
  g_test_add ((path), DiskFixture, NULL, disk_set_up, (func), disk_tear_down)

static char *
filler_path (const char *disk,
             guint       index)
{
  g_autofree char *name = g_strdup_printf ("filler-%04u", index);

  return g_build_filename (disk, name, NULL);
}

/* Fills @disk with files of CHUNK_SIZE bytes until not one more byte fits. */
static void
fill_disk (const char *disk)
{
  g_autofree char *chunk = g_malloc (CHUNK_SIZE);
  gssize written = CHUNK_SIZE;

  memset (chunk, 'x', CHUNK_SIZE);
  for (guint i = 0; written == CHUNK_SIZE; i++)
    {
      g_autofree char *path = filler_path (disk, i);
      int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

      g_assert_cmpint (fd, >=, 0);
      written = write (fd, chunk, CHUNK_SIZE);
      if (written < 0)
        g_assert_cmpint (errno, ==, ENOSPC);
      g_assert_cmpint (close (fd), ==, 0);
    }
}

/* Deletes @n_chunks of the filler (G_MAXUINT: all of it), giving back their space. A
 * 1 MiB disk holds fewer than 1024 of them. */
static void
free_space (const char *disk,
            guint       n_chunks)
{
  guint n_freed = 0;

  for (guint i = 0; i < 1024 && n_freed < n_chunks; i++)
    {
      g_autofree char *path = filler_path (disk, i);

      n_freed += g_remove (path) == 0;
    }
  g_assert_true (n_freed == n_chunks || n_chunks == G_MAXUINT);
}

/* The files in @dir that are not filler. */
static char *
list_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (!g_str_has_prefix (name, "filler-"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_integrity_ok (const char *path)
{
  g_autofree char *result = wp_test_query_text (path, "PRAGMA integrity_check");

  g_assert_cmpstr (result, ==, "ok");
}

static void
test_read_only_disk (DiskFixture   *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

  if (fixture->disk == NULL)
    return;
  path = g_build_filename (fixture->disk, "plan.db", NULL);
  make_workbook (path);
  g_assert_cmpint (mount (NULL, fixture->disk, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  message = assert_open_refused (path, WP_STORE_ERROR_IO, "on a disk that cannot be written to",
                                 "Copy it to a folder you can write to");
}

/* A node with a body of a few kilobytes, so that the disk fills up soon. */
static gint64
insert_big_task (WpStore  *store,
                 gint64    plan_id,
                 guint     index,
                 GError  **error)
{
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);
  g_autofree char *title = g_strdup_printf ("任务 %u", index);
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (body, "第%u项工作的具体措施，第%u句。", index, i);
  wp_node_set_plan_id (node, plan_id);
  wp_node_set_title (node, title);
  wp_node_set_body (node, body->str);
  return wp_store_insert_node (store, node, -1, error);
}

/* @message names @path, says that the disk is full and what to do. */
static void
assert_disk_full (const char *message,
                  const char *path)
{
  g_assert_nonnull (message);
  assert_contains (message, path);
  assert_contains (message, "the disk is full");
  assert_contains (message, "ree some space");
}

static guint
count_nodes (const char *path)
{
  return wp_test_query_int (path, "SELECT count(*) FROM nodes");
}

/* Edits that meet a full disk fail as a whole, say so, and the workbook goes on. */
static void
test_full_disk_edits (DiskFixture   *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpStore) store = NULL;
  g_autofree char *path = NULL;
  gint64 plan_id;
  guint n_saved = 0, n_before;
  gboolean failed = FALSE;

  if (fixture->disk == NULL)
    return;
  path = g_build_filename (fixture->disk, "plan.db", NULL);
  store = wp_test_open_store (fixture->disk, "plan.db");
  plan_id = wp_test_create_plan (store, 2019, "2019年工作要点", WP_NUMBERING_ZH);
  for (guint i = 0; i < 5; i++)
    wp_test_add_node (store, plan_id, 0, WP_NODE_SECTION, "部分", -1);
  fill_disk (fixture->disk);
  free_space (fixture->disk, 4);

  /* One edit at a time until the disk refuses one. */
  for (guint i = 0; i < 1000 && error == NULL; i++)
    n_saved += insert_big_task (store, plan_id, i, &error) != 0;
  assert_disk_full (error->message, path);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO);
  g_clear_error (&error);
  g_test_message ("%u edits saved before the disk was full", n_saved);
  g_assert_cmpuint (n_saved, >, 0);
  g_assert_cmpuint (count_nodes (path), ==, 5 + n_saved);
  assert_integrity_ok (path);

  /* Several edits as one: none of them is kept. */
  free_space (fixture->disk, 2);
  n_before = count_nodes (path);
  g_assert_true (wp_store_begin (store, &error));
  for (guint i = 0; i < 50 && !failed; i++)
    failed = insert_big_task (store, plan_id, 1000 + i, &error) == 0;
  if (failed)
    wp_store_rollback (store);
  else
    g_assert_false (wp_store_commit (store, &error));
  assert_disk_full (error->message, path);
  g_clear_error (&error);
  g_assert_cmpuint (count_nodes (path), ==, n_before);
  g_assert_cmpuint (wp_store_count_nodes (store, plan_id, WP_NODE_TASK), ==, n_saved);
  assert_integrity_ok (path);

  /* Once there is room again, the same store saves. */
  free_space (fixture->disk, G_MAXUINT);
  g_assert_cmpint (insert_big_task (store, plan_id, 2000, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_nodes (path), ==, n_before + 1);
  g_clear_object (&store);
  assert_integrity_ok (path);
}

/* Runs the built `workplan` with @args; LD_PRELOAD and the like come from @env. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run                *run,
         const char * const *env,
         const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "workplan",
                                                    NULL);

  g_strv_builder_add (argv, program);
  g_strv_builder_addv (argv, (const char **) args);
  strv = g_strv_builder_end (argv);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) strv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

#define run_workplan(run, ...) \
  run_cli ((run), NULL, (const char * const[]) { __VA_ARGS__, NULL })

/* A failed command says so in one line on stderr naming @file, that the disk is full. */
static void
assert_cli_disk_full (const Run  *run,
                      const char *file)
{
  g_assert_cmpint (run->status, !=, 0);
  g_assert_cmpstr (run->out, ==, "");
  if (strchr (run->err, '\n') != run->err + strlen (run->err) - 1)
    g_error ("not one line on stderr: “%s”", run->err);
  assert_disk_full (run->err, file);
}

static void
test_full_disk_import (DiskFixture   *fixture,
                       gconstpointer  data)
{
  g_auto(Run) first = { 0, };
  g_auto(Run) failed = { 0, };
  g_auto(Run) done = { 0, };
  g_autofree char *plan = wp_test_fixture_path ("plan-2019.json");
  g_autofree char *path = NULL;
  g_autofree char *seed = g_build_filename (g_getenv ("SEEDS_DIR"),
                                            "004_a6980091707da608.txt", NULL);
  guint n_nodes;

  if (fixture->disk == NULL)
    return;
  path = g_build_filename (fixture->disk, "plan.db", NULL);
  make_workbook (path);
  /* A first import while there is room, which also makes the day's backup. */
  run_workplan (&first, "import", plan, "--db", path);
  g_assert_cmpint (first.status, ==, 0);
  n_nodes = count_nodes (path);
  /* Room for the workbook to open, not for the 300 sections and tasks of the plan. */
  fill_disk (fixture->disk);
  free_space (fixture->disk, 3);

  run_workplan (&failed, "import", seed, "--year", "2020", "--db", path);
  assert_cli_disk_full (&failed, path);
  g_assert_cmpint (wp_test_query_int (path, "SELECT count(*) FROM plans"), ==, 2);
  g_assert_cmpuint (count_nodes (path), ==, n_nodes);
  assert_integrity_ok (path);

  free_space (fixture->disk, G_MAXUINT);
  run_workplan (&done, "import", seed, "--year", "2020", "--db", path);
  g_assert_cmpint (done.status, ==, 0);
  g_assert_cmpstr (done.out, ==, "3\n");
  g_assert_cmpuint (count_nodes (path), >, n_nodes + 200);
}

static void
test_full_disk_new_workbook (DiskFixture   *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpStore) store = NULL;
  g_autofree char *path = NULL;

  if (fixture->disk == NULL)
    return;
  path = g_build_filename (fixture->disk, "new.db", NULL);
  fill_disk (fixture->disk);

  store = wp_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO);
  assert_disk_full (error->message, path);
  g_clear_error (&error);
  /* Nothing that the next try would refuse as damaged. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_no_side_files (path);

  free_space (fixture->disk, G_MAXUINT);
  store = wp_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

typedef struct
{
  gboolean  done;
  GError   *error;
} ExportWait;

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportWait *wait = user_data;

  wait->done = TRUE;
  wp_report_export_file_finish (result, &wait->error);
}

static gboolean
is_export_done (gpointer data)
{
  return ((ExportWait *) data)->done;
}

/* The window's Export… of @plan_id as a PDF to @path: the error it reports. */
static GError *
export_from_window (const char *workbook,
                    gint64      plan_id,
                    const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (workbook);
  g_autofree char *name = g_path_get_basename (workbook);
  g_autoptr(WpStore) store = wp_test_open_store (dir, name);
  g_autoptr(WpPlanSnapshot) snapshot = wp_plan_snapshot_new (store, plan_id, NULL, NULL, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WpExportOptions options = { WP_EXPORT_KIND_PLAN, WP_EXPORT_FORMAT_PDF, "zh_CN", 0 };
  ExportWait wait = { FALSE, NULL };

  g_assert_no_error (error);
  wp_report_export_file_async (snapshot, &options, file, NULL, NULL, NULL, on_export_done,
                               &wait);
  wp_test_wait_until (is_export_done, &wait);
  return wait.error;
}

/* Exports to a full disk fail with the disk named full, leaving no piece of a file and
 * an older file of the same name as it was. */
static void
test_full_disk_export (DiskFixture   *fixture,
                       gconstpointer  data)
{
  g_auto(Run) pdf = { 0, };
  g_auto(Run) json = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(WpStore) store = NULL;
  g_autofree char *pdf_path = NULL, *json_path = NULL, *window_path = NULL, *id = NULL;
  g_autofree char *old = NULL, *files = NULL;
  g_autofree char *name = g_path_get_basename (fixture->base.path);
  gint64 plan_id;

  if (fixture->disk == NULL)
    return;
  store = wp_test_open_store (fixture->base.dir, name);
  plan_id = wp_test_import_fixture (store, "plan-2019.json");
  g_clear_object (&store);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);
  pdf_path = g_build_filename (fixture->disk, "plan.pdf", NULL);
  json_path = g_build_filename (fixture->disk, "plan.json", NULL);
  window_path = g_build_filename (fixture->disk, "window.pdf", NULL);
  wp_test_write_file (json_path, "{\"older\": true}", -1);
  /* Room for the start of each file, not for the whole. */
  fill_disk (fixture->disk);
  free_space (fixture->disk, 1);

  run_workplan (&pdf, "export", "--db", fixture->base.path, "--plan", id, "--format", "pdf",
                "--output", pdf_path);
  assert_cli_disk_full (&pdf, pdf_path);
  run_workplan (&json, "export", "--db", fixture->base.path, "--plan", id, "--format", "json",
                "--output", json_path);
  assert_cli_disk_full (&json, json_path);
  error = export_from_window (fixture->base.path, plan_id, window_path);
  g_assert_nonnull (error);
  assert_disk_full (error->message, window_path);

  files = list_files (fixture->disk);
  g_assert_cmpstr (files, ==, "plan.json");
  old = wp_test_read_file (json_path, NULL);
  g_assert_cmpstr (old, ==, "{\"older\": true}");
}

/* A network drive, faked by tests/fake-netfs.c for the folder $WP_FAKE_NETFS_DIR */

static const char *
find_label_containing (GtkWidget  *widget,
                       const char *words)
{
  const char *found = NULL;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), words) != NULL)
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && found == NULL;
       child = gtk_widget_get_next_sibling (child))
    found = find_label_containing (child, words);
  return found;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  GtkWidget *found = NULL;

  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && found == NULL;
       child = gtk_widget_get_next_sibling (child))
    found = find_button (child, label);
  return found;
}

static void
run_main_loop_dry (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The dialog that "Details" opened: it names the workbook and says what to do. */
static void
assert_details_shown (WpStore *store)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        dialog = l->data;
    }
  g_assert_nonnull (dialog);
  assert_contains (adw_message_dialog_get_body (dialog), wp_store_get_path (store));
  assert_contains (adw_message_dialog_get_body (dialog), "copy it to this computer");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The window on a workbook on a network drive tells the user so, until dismissed. */
static void
assert_window_warns (WpStore *store)
{
  g_autoptr(GtkApplication) app = wp_test_register_app ();
  WpWindow *window = wp_window_new (app, store);
  const char *shown;
  GtkWidget *details;

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  run_main_loop_dry ();
  shown = find_label_containing (GTK_WIDGET (window), "network drive");
  g_assert_nonnull (shown);
  assert_contains (shown, "do not open it on two computers at once");
  details = find_button (GTK_WIDGET (window), "Details");
  g_assert_nonnull (details);
  g_signal_emit_by_name (details, "clicked");
  run_main_loop_dry ();
  assert_details_shown (store);

  gtk_window_destroy (GTK_WINDOW (window));
  run_main_loop_dry ();
  g_assert_finalize_object (window);
}

/* In a process of its own under the shim: the store sees a network drive. */
static void
check_network_workbooks (const char *dir)
{
  g_autofree char *new_path = g_build_filename (dir, "new.db", NULL);
  g_autofree char *old_path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(WpStore) store = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *mode = NULL;

  g_assert_true (wp_file_system_is_network (dir));
  g_assert_true (wp_file_system_is_network (new_path));

  store = wp_test_open_store (dir, "new.db");
  g_assert_true (wp_store_is_on_network_drive (store));
  warning = wp_store_dup_network_warning (store);
  assert_contains (warning, new_path);
  assert_contains (warning, "is on a network drive");
  assert_contains (warning, "do not open it on two computers at once");
  wp_test_create_plan (store, 2020, "2020年工作要点", WP_NUMBERING_ZH);
  mode = wp_test_query_text (new_path, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  assert_no_side_files (new_path);
  assert_window_warns (store);
  g_clear_object (&store);

  store = wp_test_open_store (dir, "old.db");
  g_assert_true (wp_store_is_on_network_drive (store));
  wp_test_create_plan (store, 2020, "2020年工作要点", WP_NUMBERING_ZH);
  assert_no_side_files (old_path);
}

static char *
shim_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "fake-netfs.so", NULL);
}

/* Under AddressSanitizer the shim, preloaded, comes before its runtime, which it would
 * refuse. */
static char *
asan_options_with_shim (void)
{
  const char *options = g_getenv ("ASAN_OPTIONS");

  if (options == NULL || *options == '\0')
    return g_strdup ("verify_asan_link_order=0");
  return g_strconcat (options, ":verify_asan_link_order=0", NULL);
}

static void
test_network_store (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *shim = shim_path ();
  g_autofree char *mode = NULL;
  g_autofree char *asan_options = asan_options_with_shim ();
  g_autofree char *old_asan_options = g_strdup (g_getenv ("ASAN_OPTIONS"));

  if (g_test_subprocess ())
    {
      check_network_workbooks (g_getenv ("WP_FAKE_NETFS_DIR"));
      return;
    }

  dir = wp_test_make_tmp_dir ();
  old_path = g_build_filename (dir, "old.db", NULL);
  new_path = g_build_filename (dir, "new.db", NULL);
  g_assert_false (wp_file_system_is_network (dir));
  /* Written with a log while the folder was still a local one. */
  make_workbook (old_path);
  mode = wp_test_query_text (old_path, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");

  /* The child inherits the environment. */
  g_setenv ("WP_FAKE_NETFS_DIR", dir, TRUE);
  g_setenv ("LD_PRELOAD", shim, TRUE);
  g_setenv ("ASAN_OPTIONS", asan_options, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LD_PRELOAD");
  g_unsetenv ("WP_FAKE_NETFS_DIR");
  if (old_asan_options != NULL)
    g_setenv ("ASAN_OPTIONS", old_asan_options, TRUE);
  else
    g_unsetenv ("ASAN_OPTIONS");
  g_test_trap_assert_passed ();

  g_clear_pointer (&mode, g_free);
  mode = wp_test_query_text (old_path, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  g_assert_cmpint (wp_test_query_int (old_path, "SELECT count(*) FROM plans"), ==, 2);
  g_assert_cmpint (wp_test_query_int (new_path, "SELECT count(*) FROM plans"), ==, 1);
  assert_integrity_ok (old_path);
  wp_test_remove_tree (dir);
}

static void
test_network_cli (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0, };
  g_autofree char *shim = shim_path ();
  g_autofree char *plan = wp_test_fixture_path ("plan-2019.json");
  g_autofree char *mode = NULL;
  g_autofree char *asan_options = asan_options_with_shim ();
  const char *env[] = { "LD_PRELOAD", shim, "WP_FAKE_NETFS_DIR", fixture->dir,
                        "ASAN_OPTIONS", asan_options, NULL };

  run_cli (&run, env, (const char * const[]) { "import", plan, "--db", fixture->path, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "1\n");
  g_assert_true (g_str_has_prefix (run.err, "workplan: "));
  assert_contains (run.err, fixture->path);
  assert_contains (run.err, "is on a network drive");
  g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, (gssize) strlen (run.err) - 1);

  mode = wp_test_query_text (fixture->path, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "delete");
  assert_no_side_files (fixture->path);
}

int
main (int   argc,
      char *argv[])
{
  /* Messages are asserted in English. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  wp_test_add ("/store-faults/read-only/file", wp_test_fixture_set_up_dir, test_read_only_file);
  wp_test_add ("/store-faults/read-only/folder", wp_test_fixture_set_up_dir,
               test_read_only_folder);
  add_disk_test ("/store-faults/read-only/disk", test_read_only_disk);
  g_test_add_func ("/store-faults/network/store", test_network_store);
  wp_test_add ("/store-faults/network/cli", wp_test_fixture_set_up_dir, test_network_cli);
  add_disk_test ("/store-faults/full-disk/edits", test_full_disk_edits);
  add_disk_test ("/store-faults/full-disk/import", test_full_disk_import);
  add_disk_test ("/store-faults/full-disk/new-workbook", test_full_disk_new_workbook);
  add_disk_test ("/store-faults/full-disk/export", test_full_disk_export);

  return g_test_run ();
}
