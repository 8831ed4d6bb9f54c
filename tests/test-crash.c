/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-test-crash"

/* Crash safety: the program is killed (SIGKILL, nothing to clean up) at random moments of
 * a large import and of a stream of edits, again and again on one workbook that lives on,
 * as a user's would. After each kill the workbook must open in the store, pass SQLite's
 * integrity check, hold every import whole or not at all and every edit the program
 * acknowledged. The random choices come from the test's seed: rerun with --seed (printed
 * at the top of the log) to see the same kills again. */

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "wp-store.h"
#include "wp-test-util.h"

/* The kills of each test: 50, or fewer where WP_TEST_CRASH_RUNS says so (the sanitized
 * tree, where each run is ten times slower and memory errors, not more kills, are what
 * it looks for). */
static guint
n_runs (void)
{
  const char *runs = g_getenv ("WP_TEST_CRASH_RUNS");

  return runs != NULL ? (guint) g_ascii_strtoull (runs, NULL, 10) : 50;
}

/* The generated plan: sections × subsections × tasks. */
#define N_SECTIONS     10
#define N_SUBSECTIONS  5
#define N_TASKS        12

/* Child processes */

/* Starts @argv with its default workbook in @dir, never the user's; its output comes
 * through *@out_fd when that is not NULL, else goes nowhere. */
static GPid
spawn_child (const char *const *argv,
             const char        *dir,
             int               *out_fd)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  GSpawnFlags flags = G_SPAWN_DO_NOT_REAP_CHILD;
  GPid pid = 0;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", dir, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  if (out_fd == NULL)
    flags |= G_SPAWN_STDOUT_TO_DEV_NULL;
  g_spawn_async_with_pipes (NULL, (char **) argv, envp, flags, NULL, NULL, &pid,
                            NULL, out_fd, NULL, &error);
  g_assert_no_error (error);
  return pid;
}

/* Waits for @pid: TRUE when it finished by itself (successfully: anything else fails the
 * test), FALSE when our SIGKILL ended it. */
static gboolean
reap_child (GPid pid)
{
  int status = 0;

  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_spawn_close_pid (pid);
  if (WIFSIGNALED (status))
    {
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      return FALSE;
    }
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return TRUE;
}

static void
kill_child (GPid pid)
{
  /* Not reaped yet, so the pid is still ours even when the program has finished. */
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
}

/* The database, looked at directly */

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  /* Read-write so that SQLite may recover the log a killed writer left; we only read. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

/* @sql with ?1 bound to @arg, stepped to its first row; NULL when it has none. */
static sqlite3_stmt *
query_row (sqlite3    *db,
           const char *sql,
           gint64      arg)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, arg);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return stmt;
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return NULL;
}

static gint64
query_int (sqlite3    *db,
           const char *sql,
           gint64      arg)
{
  sqlite3_stmt *stmt = query_row (db, sql, arg);
  gint64 value;

  g_assert_nonnull (stmt);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* What SQLite itself says of the file: no damage, no row pointing at a missing one. */
static void
assert_database_sound (sqlite3 *db)
{
  sqlite3_stmt *stmt = query_row (db, "PRAGMA integrity_check", 0);

  g_assert_nonnull (stmt);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  g_assert_null (query_row (db, "PRAGMA foreign_key_check", 0));
  /* Siblings are numbered 0 … n-1 in every list. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM (SELECT count(*) AS n, "
                                  "min(position) AS low, max(position) AS high FROM nodes "
                                  "GROUP BY plan_id, parent_id) WHERE low != 0 OR high != n - 1",
                              0), ==, 0);
}

/* The workbook opens in the program's own store, as the window would open it. */
static WpStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  WpStore *store = wp_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static goffset
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? buf.st_size : 0;
}

/* A large import */

/* @line without the numbers it starts with, or NULL when what is left is not a sentence
 * of Chinese text. */
static const char *
strip_numbering (const char *line)
{
  while (*line != '\0' && strchr (" 0123456789().", *line) != NULL)
    line++;
  while (*line != '\0' && g_utf8_strchr ("一二三四五六七八九十（）、．①②③④⑤⑥⑦⑧⑨⑩第篇　", -1,
                                         g_utf8_get_char (line)) != NULL)
    line = g_utf8_next_char (line);
  if (g_utf8_strlen (line, -1) < 10 || g_utf8_get_char (line) < 0x4e00)
    return NULL;
  return line;
}

static void
add_seed_lines (GPtrArray  *lines,
                const char *path)
{
  g_autofree char *raw = wp_test_read_file (path, NULL);
  g_autofree char *text = g_utf8_make_valid (raw, -1);
  g_auto(GStrv) split = g_strsplit (text, "\n", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      const char *line = strip_numbering (g_strstrip (split[i]));

      if (line != NULL)
        g_ptr_array_add (lines, g_strdup (line));
    }
}

/* The lines of the seed plans (real, messy work plans, copied to tests/fixtures) that
 * carry Chinese text, without their own numbers, so that the generated plan's numbers
 * alone make its outline. */
static GPtrArray *
read_seed_lines (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i <= 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("seed-%03u.txt", i);
      g_autofree char *path = wp_test_fixture_path (name);

      add_seed_lines (lines, path);
    }
  g_assert_cmpuint (lines->len, >, 100);
  return g_steal_pointer (&lines);
}

static const char *
chinese_number (guint n)
{
  static const char *const numbers[] = { "一", "二", "三", "四", "五",
                                         "六", "七", "八", "九", "十" };

  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <=, G_N_ELEMENTS (numbers));
  return numbers[n - 1];
}

/* The first words of @line, to end a heading. */
static void
append_words (GString    *text,
              const char *line)
{
  g_autofree char *words = g_utf8_substring (line, 0, MIN (g_utf8_strlen (line, -1), 24));

  g_string_append_printf (text, "%s\n", words);
}

static void
append_tasks (GString   *text,
              GPtrArray *lines,
              guint     *k)
{
  static const char *const units[] = { "基教科", "德育科", "财务科", "人事科", "安全办", "教研室" };

  for (guint t = 1; t <= N_TASKS; t++, (*k)++)
    g_string_append_printf (text, "%u. 落实第%u项任务，覆盖学校不少于%u所。%s"
                                  "（责任科室：%s、%s）\n",
                            t, *k, t + 2, (char *) lines->pdata[*k % lines->len],
                            units[*k % G_N_ELEMENTS (units)],
                            units[(*k + 1) % G_N_ELEMENTS (units)]);
}

/* Writes a plan of some 600 tasks to @dir/plan.txt: seed sentences under numbers
 * of our own, each task with an indicator and two responsible units. */
static char *
write_large_plan (const char *dir)
{
  g_autoptr(GPtrArray) lines = read_seed_lines ();
  g_autoptr(GString) text = g_string_new ("某市教育局2021年工作要点\n\n");
  char *path = g_build_filename (dir, "plan.txt", NULL);
  guint k = 0;

  for (guint s = 1; s <= N_SECTIONS; s++)
    {
      g_string_append_printf (text, "%s、", chinese_number (s));
      append_words (text, lines->pdata[k++ % lines->len]);
      for (guint u = 1; u <= N_SUBSECTIONS; u++)
        {
          g_string_append_printf (text, "（%s）", chinese_number (u));
          append_words (text, lines->pdata[k++ % lines->len]);
          append_tasks (text, lines, &k);
        }
    }
  wp_test_write_file (path, text->str, text->len);
  return path;
}

/* What an import writes for one plan, to tell a whole one from a part. */
typedef struct
{
  gint64 nodes;
  gint64 indicators;
  gint64 assignments;
  gint64 text_length;  /* of all titles and bodies */
} PlanShape;

static void
read_plan_shape (sqlite3   *db,
                 gint64     plan_id,
                 PlanShape *shape)
{
  sqlite3_stmt *stmt = query_row (db,
    "SELECT (SELECT count(*) FROM nodes WHERE plan_id = ?1), "
    "(SELECT count(*) FROM indicators JOIN nodes ON nodes.id = node_id WHERE plan_id = ?1), "
    "(SELECT count(*) FROM node_department JOIN nodes ON nodes.id = node_id "
    " WHERE plan_id = ?1), "
    "(SELECT total(length(title) + length(body)) FROM nodes WHERE plan_id = ?1)", plan_id);

  g_assert_nonnull (stmt);
  shape->nodes = sqlite3_column_int64 (stmt, 0);
  shape->indicators = sqlite3_column_int64 (stmt, 1);
  shape->assignments = sqlite3_column_int64 (stmt, 2);
  shape->text_length = sqlite3_column_int64 (stmt, 3);
  sqlite3_finalize (stmt);
}

typedef struct
{
  char      *dir;
  char      *plan_path;     /* the generated plan */
  char      *path;          /* the workbook the imports go to */
  PlanShape  reference;     /* the plan as an import that ran to its end wrote it */
  gint64     n_departments;
  gint64     duration;      /* of that import, in µs */
  gint64     commit_start;  /* when it began to commit, in µs from its start */
  guint      n_plans;       /* in the workbook now */
} ImportCase;

static GPid
start_import (ImportCase *self,
              const char *db)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "workplan", NULL);
  const char *argv[] = { program, "import", self->plan_path, "--db", db, NULL };

  return spawn_child (argv, self->dir, NULL);
}

/* Imports the plan into @db_path, noting how long it takes and when it begins to write
 * its transaction to the log @wal (SQLite keeps it in memory until the commit). */
static void
time_import (ImportCase *self,
             const char *db_path,
             const char *wal)
{
  gint64 start = g_get_monotonic_time ();
  GPid pid = start_import (self, db_path);
  int status = 0;

  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      if (self->commit_start == 0 && file_size (wal) > 0)
        self->commit_start = g_get_monotonic_time () - start;
      g_usleep (500);
    }
  self->duration = g_get_monotonic_time () - start;
  g_spawn_close_pid (pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  /* A busy machine may keep us from looking while the log was there. */
  if (self->commit_start == 0)
    self->commit_start = self->duration * 3 / 4;
}

/* Imports the plan once, undisturbed, into a workbook of its own: how long it takes, when
 * it commits and what it writes. */
static void
import_reference (ImportCase *self)
{
  g_autofree char *db_path = g_build_filename (self->dir, "reference.db", NULL);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  sqlite3 *db;

  /* An existing workbook, so that the log holds nothing but the import. */
  g_object_unref (open_store (db_path));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  time_import (self, db_path, wal);
  db = open_db (db_path);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plans", 0), ==, 1);
  read_plan_shape (db, query_int (db, "SELECT id FROM plans", 0), &self->reference);
  self->n_departments = query_int (db, "SELECT count(*) FROM departments", 0);
  sqlite3_close (db);
  g_assert_cmpint (self->reference.nodes, >, N_SECTIONS * N_SUBSECTIONS * N_TASKS);
  g_assert_cmpint (self->reference.indicators, >, 0);
  g_assert_cmpint (self->reference.assignments, >, 0);
  g_test_message ("the plan: %" G_GINT64_FORMAT " nodes, %" G_GINT64_FORMAT " indicators, %"
                  G_GINT64_FORMAT " assignments; imported undisturbed in %.0f ms, "
                  "committing from %.0f ms on", self->reference.nodes, self->reference.indicators,
                  self->reference.assignments, self->duration / 1000.0,
                  self->commit_start / 1000.0);
}

/* Every plan in the workbook is the whole plan, and nothing lies outside them. */
static void
assert_plans_whole (ImportCase *self,
                    sqlite3    *db)
{
  sqlite3_stmt *stmt = NULL;
  guint n_plans = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM plans", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PlanShape shape;

      read_plan_shape (db, sqlite3_column_int64 (stmt, 0), &shape);
      g_assert_cmpmem (&shape, sizeof shape, &self->reference, sizeof self->reference);
      n_plans++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM nodes", 0), ==,
                   n_plans * self->reference.nodes);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM indicators", 0), ==,
                   n_plans * self->reference.indicators);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM node_department", 0), ==,
                   n_plans * self->reference.assignments);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM departments", 0), ==,
                   n_plans > 0 ? self->n_departments : 0);
}

/* Opens the workbook as the program would and checks it; returns how many plans it has. */
static guint
check_imports (ImportCase *self)
{
  g_autoptr(WpStore) store = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  sqlite3 *db;

  /* A workbook killed before the import created it is no workbook yet. */
  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    return 0;
  store = open_store (self->path);
  plans = wp_store_list_plans (store);
  db = open_db (self->path);
  assert_database_sound (db);
  assert_plans_whole (self, db);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM plans", 0), ==, plans->len);
  sqlite3_close (db);
  return plans->len;
}

typedef struct
{
  guint finished;     /* ran to its end before the kill */
  guint complete;     /* killed, with the plan stored whole */
  guint absent;       /* killed, with nothing of the plan stored */
  guint mid_write;    /* of those, killed while writing to the workbook */
} ImportCounts;

static gboolean
child_running (GPid pid)
{
  siginfo_t info = { 0, };

  /* WNOWAIT: the child stays to be reaped by reap_child(). */
  g_assert_cmpint (waitid (P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT), ==, 0);
  return info.si_pid == 0;
}

/* Kills an import @delay µs after its start, or after it began to commit when
 * @after_commit, and checks what it left. */
static void
kill_import (ImportCase   *self,
             guint         run,
             gboolean      after_commit,
             gint64        delay,
             ImportCounts *counts)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  GPid pid = start_import (self, self->path);
  gboolean finished;
  goffset log_size;
  guint n_plans;

  /* The log was removed when the last check closed the workbook: it grows once the
   * import writes its transaction, at the commit. */
  while (after_commit && file_size (wal) == 0 && child_running (pid))
    g_usleep (200);
  g_usleep (delay);
  kill_child (pid);
  finished = reap_child (pid);
  /* The previous check closed the workbook cleanly, which removes the log: a log now
   * means the import had begun to write. */
  log_size = file_size (wal);
  n_plans = check_imports (self);
  g_test_message ("import %u: killed %.1f ms after %s: %s%s", run, delay / 1000.0,
                  after_commit ? "the commit began" : "the start",
                  finished ? "had finished" : n_plans > self->n_plans ? "complete" : "absent",
                  !finished && n_plans == self->n_plans && log_size > 0 ? " (was writing)" : "");
  if (finished)
    counts->finished++;
  else if (n_plans > self->n_plans)
    counts->complete++;
  else
    counts->absent++;
  if (!finished && n_plans == self->n_plans && log_size > 0)
    counts->mid_write++;
  g_assert_cmpuint (n_plans, <=, self->n_plans + 1);
  g_assert_cmpuint (n_plans, >=, self->n_plans + (finished ? 1 : 0));
  self->n_plans = n_plans;
}

static void
test_kill_import (void)
{
  ImportCase self = { 0, };
  ImportCounts counts = { 0, };

  self.dir = wp_test_make_tmp_dir ();
  self.plan_path = write_large_plan (self.dir);
  self.path = g_build_filename (self.dir, "workbook.db", NULL);
  import_reference (&self);
  for (guint run = 1; run <= n_runs (); run++)
    {
      /* Every other kill anywhere in the import, a few too late; the others during its
       * commit, the moment that matters and the shortest. */
      gboolean after_commit = run % 2 == 0;
      gint64 window = MAX (self.duration - self.commit_start, 1000);
      gint64 delay = after_commit ? g_test_rand_int_range (0, window)
                                  : g_test_rand_int_range (0, self.duration * 11 / 10);

      kill_import (&self, run, after_commit, delay, &counts);
    }
  g_test_message ("%u imports killed: %u had finished, %u complete, %u absent "
                  "(%u of them killed while writing); %u plans in the workbook",
                  n_runs (), counts.finished, counts.complete, counts.absent, counts.mid_write,
                  self.n_plans);
  g_assert_cmpuint (self.n_plans, ==, counts.finished + counts.complete);
  wp_test_remove_tree (self.dir);
  g_free (self.path);
  g_free (self.plan_path);
  g_free (self.dir);
}

/* Rapid edits */

/* What the workbook must hold after the acknowledged edits, in the driver's facts (see
 * wp-edit-driver.c): KEY → VALUE. */
typedef struct
{
  char       *dir;
  char       *path;
  gint64      plan_id;
  GHashTable *model;
  sqlite3    *db;          /* open while checking */
  char      **pending;     /* the facts of the edit under way, or NULL */
  guint       pending_n;
  guint       acks;        /* in this run */
  guint       total_acks;
  guint       stored;      /* edits a kill interrupted, found stored */
  guint       not_stored;  /* … and found not stored */
} EditCase;

/* The value a key has in the workbook now, in the form of the driver's facts; NULL for
 * the title or progress of a node that is not there. */
static char *
read_key (EditCase   *self,
          const char *key)
{
  const char *slash = strchr (key, '/');
  gint64 id = g_ascii_strtoll (slash + 1, NULL, 10);
  g_autofree char *kind = g_strndup (key, slash - key);
  sqlite3_stmt *stmt;
  char *value = NULL;

  if (strcmp (kind, "title") == 0 || strcmp (kind, "progress") == 0)
    stmt = query_row (self->db, "SELECT title, progress FROM nodes WHERE id = ?1", id);
  else if (strcmp (kind, "parent") == 0)
    stmt = query_row (self->db, "SELECT coalesce(parent_id, 0) FROM nodes WHERE id = ?1", id);
  else
    stmt = query_row (self->db, "SELECT node_id, progress FROM progress_entries WHERE id = ?1", id);
  if (stmt == NULL)
    return strcmp (kind, "parent") == 0 || strcmp (kind, "entry") == 0 ? g_strdup ("gone") : NULL;

  if (strcmp (kind, "title") == 0)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (strcmp (kind, "progress") == 0)
    value = g_strdup_printf ("%g", sqlite3_column_double (stmt, 1));
  else if (strcmp (kind, "parent") == 0)
    value = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
  else
    value = g_strdup_printf ("%" G_GINT64_FORMAT " %g", (gint64) sqlite3_column_int64 (stmt, 0),
                             sqlite3_column_double (stmt, 1));
  sqlite3_finalize (stmt);
  return value;
}

/* A deleted node takes its fields and its progress log with it. */
static void
forget_node (EditCase   *self,
             const char *id)
{
  g_autofree char *title = g_strconcat ("title/", id, NULL);
  g_autofree char *progress = g_strconcat ("progress/", id, NULL);
  g_autofree char *owner = g_strconcat (id, " ", NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_remove (self->model, title);
  g_hash_table_remove (self->model, progress);
  g_hash_table_iter_init (&iter, self->model);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_str_has_prefix (key, "entry/") && g_str_has_prefix (value, owner))
        g_hash_table_iter_replace (&iter, g_strdup ("gone"));
    }
}

static void
apply_fact (EditCase   *self,
            const char *fact)
{
  const char *equals = strchr (fact, '=');
  g_autofree char *key = NULL;

  g_assert_nonnull (equals);
  key = g_strndup (fact, equals - fact);
  if (g_str_has_prefix (key, "parent/") && strcmp (equals + 1, "gone") == 0)
    forget_node (self, key + strlen ("parent/"));
  g_hash_table_replace (self->model, g_steal_pointer (&key), g_strdup (equals + 1));
}

/* Takes one line of the driver's: an edit begins, or the one under way is stored. */
static void
take_line (EditCase   *self,
           const char *line)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
  guint n;

  g_assert_cmpuint (g_strv_length (fields), >=, 3);
  n = g_ascii_strtoull (fields[1], NULL, 10);
  if (strcmp (fields[0], "edit") == 0)
    {
      g_assert_null (self->pending);
      self->pending = g_strdupv (fields + 2);
      self->pending_n = n;
      return;
    }
  g_assert_cmpstr (fields[0], ==, "ack");
  g_assert_nonnull (self->pending);
  g_assert_cmpuint (n, ==, self->pending_n);
  for (guint i = 2; fields[i] != NULL; i++)
    apply_fact (self, fields[i]);
  g_clear_pointer (&self->pending, g_strfreev);
  self->acks++;
}

/* Reads what the driver has written so far; FALSE at the end of its output. A last line
 * without its newline was cut short by the kill and does not count. */
static gboolean
read_output (EditCase *self,
             int       fd,
             GString  *buffer)
{
  char chunk[4096];
  gssize length = read (fd, chunk, sizeof chunk);
  char *newline;

  if (length < 0 && errno == EINTR)
    return TRUE;
  g_assert_cmpint (length, >=, 0);
  g_string_append_len (buffer, chunk, length);
  while ((newline = memchr (buffer->str, '\n', buffer->len)) != NULL)
    {
      *newline = '\0';
      take_line (self, buffer->str);
      g_string_erase (buffer, 0, newline - buffer->str + 1);
    }
  return length > 0;
}

/* Reads the driver's lines until @max_acks were acknowledged or @deadline (monotonic
 * time) passed. */
static void
read_until (EditCase *self,
            int       fd,
            GString  *buffer,
            guint     max_acks,
            gint64    deadline)
{
  while (self->acks < max_acks)
    {
      struct pollfd poll_fd = { fd, POLLIN, 0 };
      gint64 left = deadline - g_get_monotonic_time ();
      int ready;

      if (left <= 0)
        return;
      ready = poll (&poll_fd, 1, (int) CLAMP (left / 1000, 1, 1000));
      if (ready < 0)
        g_assert_cmpint (errno, ==, EINTR);
      if (ready > 0 && !read_output (self, fd, buffer))
        return;
    }
}

typedef enum
{
  FOUND_EITHER,  /* the edit does not change this value */
  FOUND_BEFORE,
  FOUND_AFTER,
} Found;

/* The first row of @sql with @text bound, or NULL. */
static sqlite3_stmt *
find_row (EditCase   *self,
          const char *sql,
          const char *text)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return stmt;
  sqlite3_finalize (stmt);
  return NULL;
}

/* Whether the node titled @title that the interrupted edit was adding under @parent is
 * there; when it is, the facts that name it by its id go to @after. */
static Found
find_new_node (EditCase   *self,
               const char *title,
               const char *parent,
               GPtrArray  *after)
{
  sqlite3_stmt *stmt = find_row (self, "SELECT id, coalesce(parent_id, 0) FROM nodes "
                                       "WHERE title = ?1", title);
  gint64 id;

  if (stmt == NULL)
    return FOUND_BEFORE;
  id = sqlite3_column_int64 (stmt, 0);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, g_ascii_strtoll (parent, NULL, 10));
  sqlite3_finalize (stmt);
  g_ptr_array_add (after, g_strdup_printf ("parent/%" G_GINT64_FORMAT "=%s", id, parent));
  g_ptr_array_add (after, g_strdup_printf ("title/%" G_GINT64_FORMAT "=%s", id, title));
  g_ptr_array_add (after, g_strdup_printf ("progress/%" G_GINT64_FORMAT "=0", id));
  return FOUND_AFTER;
}

/* The same for the progress entry with the note @note, to be "NODE PROGRESS" @entry. */
static Found
find_new_entry (EditCase   *self,
                const char *note,
                const char *entry,
                GPtrArray  *after)
{
  sqlite3_stmt *stmt = find_row (self, "SELECT id, node_id, progress FROM progress_entries "
                                       "WHERE note = ?1", note);
  g_autofree char *found = NULL;
  gint64 id;

  if (stmt == NULL)
    return FOUND_BEFORE;
  id = sqlite3_column_int64 (stmt, 0);
  found = g_strdup_printf ("%" G_GINT64_FORMAT " %g", (gint64) sqlite3_column_int64 (stmt, 1),
                           sqlite3_column_double (stmt, 2));
  sqlite3_finalize (stmt);
  g_assert_cmpstr (found, ==, entry);
  g_ptr_array_add (after, g_strdup_printf ("entry/%" G_GINT64_FORMAT "=%s", id, entry));
  return FOUND_AFTER;
}

/* Which state of the interrupted edit one of its facts finds in the workbook: the one
 * before it (the last acknowledged) or the one after it; anything else is damage. */
static Found
find_fact (EditCase   *self,
           const char *fact,
           GPtrArray  *after)
{
  const char *equals = strchr (fact, '=');
  g_autofree char *key = g_strndup (fact, equals - fact);
  const char *value = equals + 1;
  const char *before = g_hash_table_lookup (self->model, key);
  g_autofree char *found = NULL;

  if (g_str_has_prefix (key, "new/"))
    return find_new_node (self, key + strlen ("new/"), value, after);
  if (g_str_has_prefix (key, "newentry/"))
    return find_new_entry (self, key + strlen ("newentry/"), value, after);
  g_ptr_array_add (after, g_strdup (fact));
  found = read_key (self, key);
  if (g_strcmp0 (found, value) == 0)
    return g_strcmp0 (before, value) == 0 ? FOUND_EITHER : FOUND_AFTER;
  if (g_strcmp0 (found, before) != 0)
    g_error ("%s is '%s': neither the acknowledged '%s' nor the interrupted edit's '%s'",
             key, found, before, value);
  return FOUND_BEFORE;
}

/* The edit a kill interrupted is stored whole or not at all; the model follows. */
static void
settle_pending (EditCase *self)
{
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (g_free);
  gboolean seen[FOUND_AFTER + 1] = { FALSE, };

  if (self->pending == NULL)
    return;
  for (guint i = 0; self->pending[i] != NULL; i++)
    seen[find_fact (self, self->pending[i], after)] = TRUE;
  if (seen[FOUND_BEFORE] && seen[FOUND_AFTER])
    g_error ("edit %u was stored in part", self->pending_n);
  if (seen[FOUND_AFTER])
    {
      for (guint i = 0; i < after->len; i++)
        apply_fact (self, after->pdata[i]);
      self->stored++;
    }
  else
    self->not_stored++;
  g_clear_pointer (&self->pending, g_strfreev);
}

/* Every value the model holds is in the workbook, and the plan has no other node or
 * progress entry. */
static guint
assert_model_stored (EditCase *self)
{
  GHashTableIter iter;
  gpointer key, value;
  gint64 n_nodes = 0, n_entries = 0;

  g_hash_table_iter_init (&iter, self->model);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *found = read_key (self, key);

      if (g_strcmp0 (found, value) != 0)
        g_error ("%s is '%s', but '%s' was acknowledged", (char *) key, found, (char *) value);
      if (strcmp (value, "gone") == 0)
        continue;
      if (g_str_has_prefix (key, "parent/"))
        n_nodes++;
      else if (g_str_has_prefix (key, "entry/"))
        n_entries++;
    }
  g_assert_cmpint (query_int (self->db, "SELECT count(*) FROM nodes WHERE plan_id = ?1",
                              self->plan_id), ==, n_nodes);
  g_assert_cmpint (query_int (self->db, "SELECT count(*) FROM progress_entries JOIN nodes "
                                        "ON nodes.id = node_id WHERE plan_id = ?1",
                              self->plan_id), ==, n_entries);
  return n_nodes;
}

/* Adds KIND/ID with its value now for each id that @sql gives. */
static void
load_keys (EditCase          *self,
           const char        *sql,
           const char *const *kinds)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, self->plan_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (guint i = 0; kinds[i] != NULL; i++)
        {
          char *key = g_strdup_printf ("%s/%" G_GINT64_FORMAT, kinds[i],
                                       (gint64) sqlite3_column_int64 (stmt, 0));

          g_hash_table_insert (self->model, key, read_key (self, key));
        }
    }
  sqlite3_finalize (stmt);
}

/* The plan as the test starts: its nodes and progress entries, in the driver's facts. */
static void
load_model (EditCase *self)
{
  self->db = open_db (self->path);
  load_keys (self, "SELECT id FROM nodes WHERE plan_id = ?1",
             (const char *const[]) { "parent", "title", "progress", NULL });
  load_keys (self, "SELECT progress_entries.id FROM progress_entries JOIN nodes "
                   "ON nodes.id = node_id WHERE plan_id = ?1",
             (const char *const[]) { "entry", NULL });
  g_clear_pointer (&self->db, sqlite3_close);
}

static GPid
start_driver (EditCase *self,
              guint     run,
              guint32   seed,
              int      *out_fd)
{
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "wp-edit-driver", NULL);
  g_autofree char *plan = g_strdup_printf ("%" G_GINT64_FORMAT, self->plan_id);
  g_autofree char *seed_arg = g_strdup_printf ("%u", seed);
  g_autofree char *tag = g_strdup_printf ("r%u", run);
  const char *argv[] = { program, self->path, plan, seed_arg, tag, NULL };

  return spawn_child (argv, self->dir, out_fd);
}

/* After a kill: the workbook opens in the store and is sound, the edit under way is
 * stored whole or not at all, and every acknowledged one is there. */
static void
check_edits (EditCase *self)
{
  g_autoptr(WpStore) store = open_store (self->path);
  g_autoptr(WpPlan) plan = NULL;
  guint n_nodes;

  plan = wp_store_get_plan (store, self->plan_id);
  g_assert_nonnull (plan);
  self->db = open_db (self->path);
  assert_database_sound (self->db);
  settle_pending (self);
  n_nodes = assert_model_stored (self);
  g_assert_cmpuint (wp_store_count_nodes (store, self->plan_id, WP_NODE_SECTION) +
                    wp_store_count_nodes (store, self->plan_id, WP_NODE_TASK), ==, n_nodes);
  g_clear_pointer (&self->db, sqlite3_close);
}

/* Runs the driver until @max_acks edits are acknowledged or @max_time µs passed, kills
 * it and checks the workbook. */
static void
kill_driver (EditCase *self,
             guint     run,
             guint     max_acks,
             gint64    max_time)
{
  guint32 seed = g_test_rand_int ();
  g_autoptr(GString) buffer = g_string_new (NULL);
  g_autofree char *aim = max_acks < G_MAXUINT ? g_strdup_printf ("%u acks", max_acks)
                                             : g_strdup_printf ("%.0f ms", max_time / 1000.0);
  gint64 start = g_get_monotonic_time ();
  int fd = -1;
  GPid pid = start_driver (self, run, seed, &fd);
  gint64 killed;

  self->acks = 0;
  read_until (self, fd, buffer, max_acks, start + max_time);
  /* Somewhere in the edit that follows, not always at its start. */
  g_usleep (g_test_rand_int_range (0, 2000));
  kill_child (pid);
  killed = g_get_monotonic_time () - start;
  /* What it wrote before it died is still in the pipe. */
  while (read_output (self, fd, buffer))
    ;
  g_close (fd, NULL);
  g_assert_false (reap_child (pid));
  g_test_message ("edits %u: driver seed %u, killed at %s (%.0f ms), %u edits acknowledged%s",
                  run, seed, aim, killed / 1000.0, self->acks,
                  self->pending != NULL ? ", one under way" : "");
  self->total_acks += self->acks;
  check_edits (self);
}

static void
test_kill_edits (void)
{
  EditCase self = { 0, };
  g_autoptr(WpStore) store = NULL;

  self.dir = wp_test_make_tmp_dir ();
  self.path = g_build_filename (self.dir, "workbook.db", NULL);
  self.model = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  store = open_store (self.path);
  self.plan_id = wp_test_import_fixture (store, "plan-2019.json");
  g_clear_object (&store);
  load_model (&self);
  for (guint run = 1; run <= n_runs (); run++)
    {
      /* Mostly after a number of acknowledged edits; every third run at a moment, which
       * may come before the first edit. */
      if (run % 3 == 0)
        kill_driver (&self, run, G_MAXUINT, g_test_rand_int_range (0, 300) * 1000);
      else
        kill_driver (&self, run, g_test_rand_int_range (1, 150), 10 * G_USEC_PER_SEC);
    }
  g_test_message ("%u drivers killed: %u edits acknowledged, all found (%u values checked "
                  "after the last kill); edits a kill interrupted: %u stored whole, %u not stored "
                  "at all", n_runs (), self.total_acks, g_hash_table_size (self.model),
                  self.stored, self.not_stored);
  wp_test_remove_tree (self.dir);
  g_hash_table_unref (self.model);
  g_free (self.path);
  g_free (self.dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/import", test_kill_import);
  g_test_add_func ("/crash/edits", test_kill_edits);
  return g_test_run ();
}
