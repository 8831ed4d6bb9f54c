/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "wp-file-system.h"
#include "wp-store.h"
#include "wp-store-cache.h"
#include "wp-store-private.h"
#include "wp-store-schema.h"

struct _WpStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;     /* SQL text → sqlite3_stmt */
  GHashTable *nodes;          /* id → live WpNode */
  GHashTable *plans;          /* id → live WpPlan */
  WpStoreCache *cache;        /* whole plans read at once: see wp-store-cache.h */

  guint       depth;          /* nesting of wp_store_begin() */
  guint       read_depth;     /* nesting of wp_store_begin_read() */
  gint64      data_version;   /* PRAGMA data_version when we last looked */
  gboolean    plans_changed;
  GHashTable *changed_parents; /* "plan:parent" → GArray of two gint64 */
  GHashTable *changed_nodes;  /* set of node ids (gint64 *) */

  /* Watchers of one sibling list each, found by key so that a change reaches only its
   * own: an outline of 20,000 nodes keeps thousands of them alive. */
  GHashTable *watches;        /* watch id → ChildrenWatch */
  GHashTable *watch_ids;      /* "plan:parent" → GArray of watch ids */
  guint       last_watch_id;

  gboolean    on_network_drive; /* kept in rollback-journal mode: see wp-file-system.h */
};

typedef struct
{
  char                *key;
  gint64               plan_id;
  gint64               parent_id;
  WpStoreChildrenFunc  func;
  gpointer             user_data;
} ChildrenWatch;

G_DEFINE_FINAL_TYPE (WpStore, wp_store, G_TYPE_OBJECT)

enum {
  PLANS_CHANGED,
  CHILDREN_CHANGED,
  NODE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (wp-store-error-quark, wp_store_error)

/* Statements */

sqlite3_stmt *
wp_store_prepare (WpStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      wp_store_schema_set_error (error, self->db, self->path);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

void
wp_store_bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

void
wp_store_bind_id_or_null (sqlite3_stmt *stmt,
                 int           index,
                 gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

void
wp_store_bind_double_or_null (sqlite3_stmt *stmt,
                     int           index,
                     double        value)
{
  if (!isnan (value))
    sqlite3_bind_double (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

double
wp_store_column_double_or_nan (sqlite3_stmt *stmt,
                      int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NAN;
  return sqlite3_column_double (stmt, column);
}

const char *
wp_store_column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Runs a statement that returns no rows. */
gboolean
wp_store_run (WpStore       *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  wp_store_schema_set_error (error, self->db, self->path);
  return FALSE;
}

gint64
wp_store_query_int64 (WpStore      *self,
             sqlite3_stmt *stmt)
{
  gint64 value = 0;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

char *
wp_store_now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Change tracking: signals wait for the outermost commit, so that listeners never see
 * a half-made change and a rolled-back one is never announced. */

static char *
children_key (gint64 plan_id,
              gint64 parent_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, plan_id, parent_id);
}

void
wp_store_note_children_changed (WpStore *self,
                       gint64   plan_id,
                       gint64   parent_id)
{
  g_autofree char *key = children_key (plan_id, parent_id);
  GArray *pair;

  wp_store_cache_forget_children (self->cache, plan_id, parent_id);
  if (g_hash_table_contains (self->changed_parents, key))
    return;
  pair = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 2);
  g_array_append_val (pair, plan_id);
  g_array_append_val (pair, parent_id);
  g_hash_table_insert (self->changed_parents, g_steal_pointer (&key), pair);
}

void
wp_store_note_node_changed (WpStore *self,
                   gint64   node_id)
{
  wp_store_cache_forget_node (self->cache, node_id);
  g_hash_table_add (self->changed_nodes, g_memdup2 (&node_id, sizeof node_id));
}

/* Calls the watchers of one sibling list. A watcher may add or remove watches (a tree
 * model drops and creates child lists), so the ids are copied and looked up again. */
static void
call_children_watchers (WpStore *self,
                        gint64   plan_id,
                        gint64   parent_id)
{
  g_autofree char *key = children_key (plan_id, parent_id);
  GArray *ids = g_hash_table_lookup (self->watch_ids, key);
  g_autoptr(GArray) copy = NULL;

  if (ids == NULL)
    return;
  copy = g_array_copy (ids);
  for (guint i = 0; i < copy->len; i++)
    {
      guint watch_id = g_array_index (copy, guint, i);
      ChildrenWatch *watch = g_hash_table_lookup (self->watches, GUINT_TO_POINTER (watch_id));

      if (watch != NULL)
        watch->func (self, plan_id, parent_id, watch->user_data);
    }
}

static void
emit_pending_changes (WpStore *self)
{
  g_autoptr(GHashTable) parents = g_steal_pointer (&self->changed_parents);
  g_autoptr(GHashTable) nodes = g_steal_pointer (&self->changed_nodes);
  gboolean plans_changed = self->plans_changed;
  GHashTableIter iter;
  gpointer key, value;

  self->changed_parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_array_unref);
  self->changed_nodes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->plans_changed = FALSE;

  /* What was read again after a change was noted may have changed since, within the
   * same transaction: the cache forgets it once more before anyone is told. */
  if (plans_changed)
    wp_store_cache_clear (self->cache);
  g_hash_table_iter_init (&iter, parents);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    wp_store_cache_forget_children (self->cache, g_array_index ((GArray *) value, gint64, 0),
                                    g_array_index ((GArray *) value, gint64, 1));
  g_hash_table_iter_init (&iter, nodes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    wp_store_cache_forget_node (self->cache, *(gint64 *) key);

  if (plans_changed)
    g_signal_emit (self, signals[PLANS_CHANGED], 0);
  g_hash_table_iter_init (&iter, parents);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 plan_id = g_array_index ((GArray *) value, gint64, 0);
      gint64 parent_id = g_array_index ((GArray *) value, gint64, 1);

      call_children_watchers (self, plan_id, parent_id);
      g_signal_emit (self, signals[CHILDREN_CHANGED], 0, plan_id, parent_id);
    }
  g_hash_table_iter_init (&iter, nodes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_signal_emit (self, signals[NODE_CHANGED], 0, *(gint64 *) key);
}

/* Transactions */

static gboolean
exec_simple (WpStore     *self,
             const char  *sql,
             GError     **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, sql, error);

  return stmt != NULL && wp_store_run (self, stmt, error);
}

gboolean
wp_store_begin (WpStore  *self,
                GError  **error)
{
  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  /* A read transaction cannot take the write lock without risking SQLITE_BUSY_SNAPSHOT,
   * which no waiting cures. */
  g_return_val_if_fail (self->read_depth == 0 || self->depth > 0, FALSE);

  /* IMMEDIATE takes the write lock at once, so a second instance waits (busy_timeout)
   * instead of failing half-way through with SQLITE_BUSY. */
  if (!exec_simple (self, self->depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT wp_nested", error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
wp_store_commit (WpStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (!exec_simple (self, self->depth == 1 ? "COMMIT" : "RELEASE wp_nested", error))
    {
      wp_store_rollback (self);
      return FALSE;
    }
  if (--self->depth == 0)
    emit_pending_changes (self);
  return TRUE;
}

/* Re-reads every live object of @cache with @sql (one id parameter), dropping the ones
 * whose row is gone. */
static void
reload_cache (WpStore    *self,
              GHashTable *cache,
              const char *sql,
              WpStoreReadRow read_row)
{
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      stmt = wp_store_prepare (self, sql, NULL);
      if (stmt == NULL)
        return;
      sqlite3_bind_int64 (stmt, 1, *(gint64 *) key);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        read_row (stmt, value);
      else
        g_hash_table_iter_remove (&iter);
      sqlite3_reset (stmt);
    }
}

/* Reads every live plan and node again, dropping the ones whose row is gone: after a
 * rollback or a change made through another connection. */
static void
reload_live_objects (WpStore *self)
{
  reload_cache (self, self->plans, WP_STORE_PLAN_SELECT " WHERE id = ?",
                wp_store_read_plan_row);
  reload_cache (self, self->nodes, WP_STORE_NODE_SELECT " WHERE id = ?",
                wp_store_read_node_row);
}

void
wp_store_rollback (WpStore *self)
{
  g_return_if_fail (WP_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  wp_store_cache_clear (self->cache);
  if (self->depth == 1)
    exec_simple (self, "ROLLBACK", NULL);
  else if (exec_simple (self, "ROLLBACK TO wp_nested", NULL))
    exec_simple (self, "RELEASE wp_nested", NULL);

  if (--self->depth > 0)
    return;
  /* Live objects may hold values the database no longer has. */
  reload_live_objects (self);
  emit_pending_changes (self);
}

/* Wraps one mutation: on failure the transaction is rolled back and FALSE returned. */
gboolean
wp_store_finish (WpStore   *self,
        gboolean   ok,
        GError   **error)
{
  if (!ok)
    {
      wp_store_rollback (self);
      return FALSE;
    }
  return wp_store_commit (self, error);
}

void
wp_store_set_busy_timeout (WpStore *self,
                           guint    milliseconds)
{
  g_return_if_fail (WP_IS_STORE (self));

  sqlite3_busy_timeout (self->db, (int) MIN (milliseconds, G_MAXINT));
}

gboolean
wp_store_begin_read (WpStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  /* DEFERRED takes no lock until the first query, and then only a read one: in WAL mode
   * it neither waits for another instance's write nor holds one up. */
  if (self->depth == 0 && self->read_depth == 0 && !exec_simple (self, "BEGIN DEFERRED", error))
    return FALSE;
  self->read_depth++;
  return TRUE;
}

void
wp_store_end_read (WpStore *self)
{
  g_return_if_fail (WP_IS_STORE (self));
  g_return_if_fail (self->read_depth > 0);

  /* Inside wp_store_begin() the write transaction goes on. A read-only transaction has
   * nothing to lose: ending it cannot fail in a way that matters. */
  if (--self->read_depth == 0 && self->depth == 0)
    exec_simple (self, "COMMIT", NULL);
}

/* Changes made through other connections */

static gint64
query_data_version (WpStore *self)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, "PRAGMA data_version", NULL);

  return stmt != NULL ? wp_store_query_int64 (self, stmt) : 0;
}

/* Notes every sibling list that another connection may have changed: the watched ones,
 * and those under a live node that has children now, which nobody watched while they
 * were empty (a task's first sub-task). */
static void
note_all_children_changed (WpStore *self)
{
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->watches);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      ChildrenWatch *watch = value;

      wp_store_note_children_changed (self, watch->plan_id, watch->parent_id);
    }

  stmt = wp_store_prepare (self, "SELECT DISTINCT plan_id, parent_id FROM nodes "
                                 "WHERE parent_id IS NOT NULL", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 parent_id = sqlite3_column_int64 (stmt, 1);

      if (g_hash_table_contains (self->nodes, &parent_id))
        wp_store_note_children_changed (self, sqlite3_column_int64 (stmt, 0), parent_id);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
}

void
wp_store_announce_all (WpStore *self)
{
  GHashTableIter iter;
  gpointer key;
  /* One read transaction: one view of the other's changes, and a lock taken once rather
   * than for each of thousands of rows. Listeners run after it, as they may write. */
  gboolean reading = wp_store_begin_read (self, NULL);

  wp_store_cache_clear (self->cache);
  /* Read first: a commit made while we reload is then seen by the next refresh. */
  self->data_version = query_data_version (self);

  /* Before reloading, which drops the nodes deleted elsewhere: their listeners learn it
   * from wp_store_get_node() returning NULL. */
  g_hash_table_iter_init (&iter, self->nodes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    wp_store_note_node_changed (self, *(gint64 *) key);
  note_all_children_changed (self);
  wp_store_note_plans_changed (self);

  reload_live_objects (self);
  if (reading)
    wp_store_end_read (self);
  emit_pending_changes (self);
}

gboolean
wp_store_refresh (WpStore *self)
{
  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  /* Inside a transaction we see only its snapshot; look again after it. */
  if (self->depth > 0 || self->read_depth > 0
      || query_data_version (self) == self->data_version)
    return FALSE;

  wp_store_announce_all (self);
  return TRUE;
}

/* Watches */

static void
free_children_watch (gpointer data)
{
  ChildrenWatch *watch = data;

  g_free (watch->key);
  g_free (watch);
}

guint
wp_store_watch_children (WpStore             *self,
                         gint64               plan_id,
                         gint64               parent_id,
                         WpStoreChildrenFunc  func,
                         gpointer             user_data)
{
  ChildrenWatch *watch;
  GArray *ids;
  guint id;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  watch = g_new0 (ChildrenWatch, 1);
  watch->key = children_key (plan_id, parent_id);
  watch->plan_id = plan_id;
  watch->parent_id = parent_id;
  watch->func = func;
  watch->user_data = user_data;
  id = ++self->last_watch_id;
  g_hash_table_insert (self->watches, GUINT_TO_POINTER (id), watch);

  ids = g_hash_table_lookup (self->watch_ids, watch->key);
  if (ids == NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->watch_ids, g_strdup (watch->key), ids);
    }
  g_array_append_val (ids, id);
  return id;
}

void
wp_store_unwatch_children (WpStore *self,
                           guint    watch_id)
{
  ChildrenWatch *watch;
  GArray *ids;

  g_return_if_fail (WP_IS_STORE (self));

  watch = g_hash_table_lookup (self->watches, GUINT_TO_POINTER (watch_id));
  g_return_if_fail (watch != NULL);

  ids = g_hash_table_lookup (self->watch_ids, watch->key);
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, guint, i) == watch_id)
        {
          g_array_remove_index (ids, i);
          break;
        }
    }
  if (ids->len == 0)
    g_hash_table_remove (self->watch_ids, watch->key);
  g_hash_table_remove (self->watches, GUINT_TO_POINTER (watch_id));
}

/* Object life */

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
wp_store_finalize (GObject *object)
{
  WpStore *self = WP_STORE (object);

  g_clear_pointer (&self->nodes, g_hash_table_unref);
  g_clear_pointer (&self->plans, g_hash_table_unref);
  g_clear_pointer (&self->cache, wp_store_cache_free);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->changed_parents, g_hash_table_unref);
  g_clear_pointer (&self->changed_nodes, g_hash_table_unref);
  g_clear_pointer (&self->watches, g_hash_table_unref);
  g_clear_pointer (&self->watch_ids, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_free (self->path);

  G_OBJECT_CLASS (wp_store_parent_class)->finalize (object);
}

static void
wp_store_class_init (WpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wp_store_finalize;

  signals[PLANS_CHANGED] =
    g_signal_new ("plans-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHILDREN_CHANGED] =
    g_signal_new ("children-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  signals[NODE_CHANGED] =
    g_signal_new ("node-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
wp_store_init (WpStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_statement);
  self->nodes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->cache = wp_store_cache_new ();
  self->changed_parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_array_unref);
  self->changed_nodes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->watches = g_hash_table_new_full (NULL, NULL, NULL, free_children_watch);
  self->watch_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_array_unref);
}

char *
wp_store_default_path (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "workplan", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, "workplan.db", NULL);
}

/* A new workbook needs its folder, writable: SQLite keeps its journal files next to it. */
static gboolean
check_new_file (const char  *path,
                const char  *dir,
                GError     **error)
{
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("Cannot create “%s”: the folder “%s” does not exist."), path, dir);
      return FALSE;
    }
  if (wp_file_system_get_access (dir) != WP_FILE_WRITABLE)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("Cannot create “%s”: the folder “%s” cannot be written to. Choose a "
                     "folder you can write to."), path, dir);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_header (const char  *path,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[16] = { 0 };
  gssize n_read;
  int fd;

  fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("Cannot read “%s”: %s."), path, g_strerror (errno));
      return FALSE;
    }
  n_read = read (fd, header, sizeof header);
  close (fd);

  /* An empty file is a new database to SQLite, and to us. */
  if (n_read != 0 && (n_read != sizeof header || memcmp (header, magic, sizeof magic) != 0))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a Workplan workbook (it is not an SQLite database). "
                     "It was not changed."), path);
      return FALSE;
    }
  return TRUE;
}

/* A workbook that is not ours or too new is better told as such than as read-only; it is
 * looked at without a trace (immutable). */
static gboolean
check_read_only_contents (const char  *path,
                          GError     **error)
{
  sqlite3 *db = NULL;
  gint64 version = 0;
  gboolean has_tables = FALSE, ok;

  if (wp_store_schema_open_immutable (path, &db) != SQLITE_OK)
    {
      sqlite3_close (db);
      return TRUE;
    }
  ok = wp_store_schema_check (db, path, &version, &has_tables, error);
  sqlite3_close (db);
  return ok;
}

/* Refuses a workbook that cannot be written, with what to do about it. */
static gboolean
check_writable (const char  *path,
                const char  *dir,
                GError     **error)
{
  WpFileAccess file_access = wp_file_system_get_access (path);
  WpFileAccess dir_access = wp_file_system_get_access (dir);

  if (file_access == WP_FILE_WRITABLE && dir_access == WP_FILE_WRITABLE)
    return TRUE;
  if (!check_read_only_contents (path, error))
    return FALSE;

  if (file_access == WP_FILE_READ_ONLY_DISK || dir_access == WP_FILE_READ_ONLY_DISK)
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                 _("“%s” is on a disk that cannot be written to, so Workplan cannot save "
                   "changes to it. Copy it to a folder you can write to and open the copy. "
                   "The file was not changed."), path);
  else if (file_access == WP_FILE_READ_ONLY)
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                 _("“%s” is read-only, so Workplan cannot save changes to it. Remove its "
                   "read-only flag, or copy it to a folder you can write to and open the "
                   "copy. The file was not changed."), path);
  else
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                 _("“%s” cannot be opened: its folder “%s” is read-only, and Workplan keeps "
                   "its working files next to the workbook. Copy the workbook to a folder "
                   "you can write to and open the copy. The file was not changed."),
                 path, dir);
  return FALSE;
}

/* Refuses, before SQLite touches it, anything that is not a file SQLite could use. */
static gboolean
check_file (const char  *path,
            gboolean    *exists,
            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  *exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!*exists)
    return check_new_file (path, dir, error);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("“%s” is a folder, not a Workplan workbook."), path);
      return FALSE;
    }
  return check_header (path, error) && check_writable (path, dir, error);
}

static WpStore *
open_connection (const char  *path,
                 gboolean     exists,
                 GError     **error)
{
  g_autoptr(WpStore) self = g_object_new (WP_TYPE_STORE, NULL);
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

  self->path = g_strdup (path);
  self->on_network_drive = wp_file_system_is_network (path);
  if (sqlite3_open_v2 (path, &self->db, flags | (exists ? 0 : SQLITE_OPEN_CREATE), NULL)
      != SQLITE_OK)
    {
      wp_store_schema_set_error (error, self->db, path);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, WP_STORE_BUSY_TIMEOUT_MS);

  if (!wp_store_schema_prepare (self->db, path, error))
    return NULL;
  self->data_version = query_data_version (self);

  return g_steal_pointer (&self);
}

/* Creates @path empty, unless another instance just did: then *@exists becomes TRUE and
 * the file is theirs as much as ours. SQLite takes an empty file for a new database. */
static gboolean
claim_new_file (const char  *path,
                gboolean    *exists,
                GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0644);
  int saved_errno = errno;

  if (fd >= 0)
    {
      g_close (fd, NULL);
      return TRUE;
    }
  if (saved_errno == EEXIST)
    {
      *exists = TRUE;
      return TRUE;
    }
  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
               _("Cannot create “%s”: %s."), path, g_strerror (saved_errno));
  return FALSE;
}

/* Removes a workbook this call created, with the files SQLite keeps next to it. */
static void
remove_new_file (const char *path)
{
  static const char *suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side_file = g_strconcat (path, suffixes[i], NULL);

      g_remove (side_file);
    }
  g_remove (path);
}

WpStore *
wp_store_open (const char  *path,
               GError     **error)
{
  WpStore *self;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_file (path, &exists, error))
    return NULL;
  if (!exists && !claim_new_file (path, &exists, error))
    return NULL;

  self = open_connection (path, exists, error);
  /* A new workbook that could not be set up (on a full disk, say) would be refused as
   * damaged next time: it goes, and the next try starts afresh. Only the call that
   * created the file removes it, never one that found it made by another instance. */
  if (self == NULL && !exists)
    remove_new_file (path);
  return self;
}

gboolean
wp_store_is_on_network_drive (WpStore *self)
{
  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  return self->on_network_drive;
}

char *
wp_store_dup_network_warning (WpStore *self)
{
  g_return_val_if_fail (WP_IS_STORE (self), NULL);

  if (!self->on_network_drive)
    return NULL;
  return g_strdup_printf (_("“%s” is on a network drive. Workplan saves it more slowly there "
                            "to keep it safe; do not open it on two computers at once. For "
                            "everyday work, copy it to this computer."), self->path);
}

const char *
wp_store_get_path (WpStore *self)
{
  g_return_val_if_fail (WP_IS_STORE (self), NULL);
  return self->path;
}

GHashTable *
wp_store_get_plan_cache (WpStore *self)
{
  return self->plans;
}

GHashTable *
wp_store_get_node_cache (WpStore *self)
{
  return self->nodes;
}

WpStoreCache *
wp_store_get_cache (WpStore *self)
{
  return self->cache;
}

gpointer
wp_store_cache_row (GHashTable     *cache,
                    sqlite3_stmt   *stmt,
                    GType           type,
                    WpStoreReadRow  read_row)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  GObject *object = g_hash_table_lookup (cache, &id);

  if (object == NULL)
    {
      object = g_object_new (type, NULL);
      g_hash_table_insert (cache, g_memdup2 (&id, sizeof id), object);
    }
  read_row (stmt, object);
  return g_object_ref (object);
}

sqlite3 *
wp_store_get_db (WpStore *self)
{
  return self->db;
}

gint64
wp_store_last_insert_id (WpStore *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

int
wp_store_changes (WpStore *self)
{
  return sqlite3_changes (self->db);
}

void
wp_store_note_plans_changed (WpStore *self)
{
  /* A plan gone takes its nodes along, and its id may come back. */
  wp_store_cache_clear (self->cache);
  self->plans_changed = TRUE;
}
