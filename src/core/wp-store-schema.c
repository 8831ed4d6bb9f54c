/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store-schema"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wp-backups.h"
#include "wp-file-system.h"
#include "wp-store.h"
#include "wp-store-schema.h"

/* migrations[i] brings a database from user_version i to i + 1. */
static const char *migrations[] = {
  "CREATE TABLE plans ("
  "  id INTEGER PRIMARY KEY,"
  "  year INTEGER NOT NULL,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  organization TEXT NOT NULL DEFAULT '',"
  "  preamble TEXT NOT NULL DEFAULT '',"
  "  numbering TEXT NOT NULL DEFAULT 'zh' CHECK (numbering IN ('zh', 'en')),"
  "  period_start TEXT,"
  "  period_end TEXT,"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL);"
  "CREATE TABLE nodes ("
  "  id INTEGER PRIMARY KEY,"
  "  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  parent_id INTEGER REFERENCES nodes (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  kind TEXT NOT NULL CHECK (kind IN ('section', 'task')),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  body TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'not_started'"
  "    CHECK (status IN ('not_started', 'in_progress', 'done', 'delayed', 'cancelled')),"
  "  progress REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),"
  "  progress_from_indicators INTEGER NOT NULL DEFAULT 0,"
  "  key_task INTEGER NOT NULL DEFAULT 0,"
  "  start_date TEXT,"
  "  due_date TEXT,"
  "  completed_date TEXT,"
  "  weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),"
  "  summary TEXT NOT NULL DEFAULT '',"
  "  reason TEXT NOT NULL DEFAULT '');"
  /* Not UNIQUE: shifting positions with one UPDATE passes through duplicates. */
  "CREATE INDEX nodes_by_parent ON nodes (plan_id, parent_id, position);"
  "CREATE INDEX nodes_parent ON nodes (parent_id);"
  "CREATE TABLE departments ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE,"
  "  full_name TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL);"
  "CREATE TABLE node_department ("
  "  node_id INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,"
  "  department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE CASCADE,"
  "  role TEXT NOT NULL CHECK (role IN ('lead', 'support')),"
  "  position INTEGER NOT NULL,"
  "  PRIMARY KEY (node_id, department_id)) WITHOUT ROWID;"
  "CREATE INDEX node_department_by_department ON node_department (department_id);"
  "CREATE TABLE indicators ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  unit TEXT NOT NULL DEFAULT '',"
  "  comparator TEXT NOT NULL"
  "    CHECK (comparator IN ('at_least', 'at_most', 'equal', 'zero', 'milestone')),"
  "  baseline REAL,"
  "  target REAL,"
  "  actual REAL);"
  "CREATE INDEX indicators_by_node ON indicators (node_id, position);"
  "CREATE TABLE progress_entries ("
  "  id INTEGER PRIMARY KEY,"
  "  node_id INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  progress REAL NOT NULL CHECK (progress BETWEEN 0 AND 100),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  department_id INTEGER REFERENCES departments (id) ON DELETE SET NULL);"
  "CREATE INDEX progress_entries_by_node ON progress_entries (node_id, date);"
  "CREATE INDEX progress_entries_by_department ON progress_entries (department_id);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == WP_SCHEMA_VERSION);

void
wp_store_schema_set_error (GError     **error,
                           sqlite3     *db,
                           const char  *path)
{
  int code = db ? sqlite3_errcode (db) : SQLITE_CANTOPEN;
  const char *detail = db ? sqlite3_errmsg (db) : "";

  /* A full disk met while growing the -shm file or syncing shows as an I/O error. */
  if ((code & 0xff) == SQLITE_IOERR && wp_file_system_is_full_errno (sqlite3_system_errno (db)))
    code = SQLITE_FULL;

  switch (code & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is damaged and cannot be read (%s). The file was not changed; "
                     "restore it from a backup."), path, detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("“%s” cannot be written: it is read-only. Copy it to a folder you can "
                     "write to and open the copy."), path);
      break;
    case SQLITE_FULL:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("“%s” cannot be written: the disk is full. Nothing was changed; free "
                     "some space on the disk and try again."), path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("“%s” is busy in another program; try again in a moment."), path);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("The change does not fit the workbook “%s” (%s)."), path, detail);
      break;
    default:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("“%s” could not be used: %s."), path, detail);
    }
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           const char  *path,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      wp_store_schema_set_error (error, db, path);
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  else
    wp_store_schema_set_error (error, db, path);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

static gboolean
check_integrity (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) != SQLITE_OK)
    {
      wp_store_schema_set_error (error, db, path);
      return FALSE;
    }
  ok = sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  if (!ok)
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE,
                 _("“%s” is damaged (the integrity check failed). The file was not changed; "
                   "restore it from a backup."), path);
  sqlite3_finalize (stmt);
  return ok;
}

/* Reads only: a file we must refuse stays byte-for-byte as it was. */
static gboolean
check_ownership (sqlite3     *db,
                 const char  *path,
                 gint64      *version,
                 gboolean    *has_tables,
                 GError     **error)
{
  gint64 app_id, n_tables;
  gboolean read;

  /* In one read transaction: another instance creating the workbook at this moment is
   * seen before or after, never with its tables but not yet its application id. */
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  read = query_int (db, "PRAGMA application_id", path, &app_id, error) &&
         query_int (db, "PRAGMA user_version", path, version, error) &&
         query_int (db, "SELECT count(*) FROM sqlite_master", path, &n_tables, error);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (!read)
    return FALSE;

  *has_tables = n_tables > 0;
  if (app_id != WP_APPLICATION_ID && (app_id != 0 || *has_tables))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_FOREIGN,
                   _("“%s” is a database of another application, not a Workplan workbook. "
                     "It was not changed."), path);
      return FALSE;
    }
  if (*version > WP_SCHEMA_VERSION)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was written by a newer version of Workplan (format %d; this version "
                     "reads up to %d). Update Workplan to open it; the file was not changed."),
                   path, (int) *version, WP_SCHEMA_VERSION);
      return FALSE;
    }
  return !*has_tables || check_integrity (db, path, error);
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          const char  *path,
          GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;

  wp_store_schema_set_error (error, db, path);
  return FALSE;
}

static gboolean
backup_before_migration (sqlite3     *db,
                         const char  *path,
                         gint64       version,
                         GError     **error)
{
  g_autofree char *backup = wp_backups_copy_db (db, path, WP_BACKUP_BEFORE_MIGRATION,
                                                (int) version, error);

  return backup != NULL;
}

static gboolean
migrate_step (sqlite3     *db,
              const char  *path,
              gint64       from,
              GError     **error)
{
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", (int) from + 1);
  g_autofree char *set_app_id = g_strdup_printf ("PRAGMA application_id = %d", WP_APPLICATION_ID);
  gint64 current = 0;

  if (!exec_sql (db, "BEGIN IMMEDIATE", path, error))
    return FALSE;
  /* Another instance opening the workbook at the same moment may have done it already;
   * reading sqlite_master then makes SQLite read the tables it made, which this
   * connection has not seen yet. */
  if (!query_int (db, "PRAGMA user_version", path, &current, error) ||
      (current > from && !exec_sql (db, "SELECT count(*) FROM sqlite_master", path, error)))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (current > from)
    return exec_sql (db, "COMMIT", path, error);
  if (exec_sql (db, migrations[from], path, error) &&
      exec_sql (db, set_app_id, path, error) &&
      exec_sql (db, set_version, path, error) &&
      exec_sql (db, "COMMIT", path, error))
    return TRUE;

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/* The write-ahead log keeps its index in shared memory, which a network drive does not
 * share between computers: two of them writing would damage the workbook. There a
 * rollback journal, which locks the file itself, is used instead (switching a workbook
 * that had a log folds it in), with full syncs, as NORMAL is only safe with the log. */
static gboolean
configure_connection (sqlite3     *db,
                      const char  *path,
                      GError     **error)
{
  gboolean network = wp_file_system_is_network (path);

  return exec_sql (db, "PRAGMA foreign_keys = ON", path, error) &&
         exec_sql (db, network ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL",
                   path, error) &&
         exec_sql (db, network ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL",
                   path, error) &&
         /* The journal of a nested savepoint, written page by page, stays in memory. */
         exec_sql (db, "PRAGMA temp_store = MEMORY", path, error);
}

gboolean
wp_store_schema_prepare (sqlite3     *db,
                         const char  *path,
                         GError     **error)
{
  gint64 version = 0;
  gboolean has_tables = FALSE;

  g_return_val_if_fail (db != NULL, FALSE);

  if (!check_ownership (db, path, &version, &has_tables, error))
    return FALSE;
  if (sqlite3_db_readonly (db, "main") == 1)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("“%s” cannot be written: it is read-only. Copy it to a folder you can "
                     "write to and open the copy."), path);
      return FALSE;
    }
  if (!configure_connection (db, path, error))
    return FALSE;
  if (has_tables && version < WP_SCHEMA_VERSION &&
      !backup_before_migration (db, path, version, error))
    return FALSE;

  for (gint64 v = version; v < WP_SCHEMA_VERSION; v++)
    {
      if (!migrate_step (db, path, v, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
wp_store_schema_check (sqlite3     *db,
                       const char  *path,
                       gint64      *version,
                       gboolean    *has_tables,
                       GError     **error)
{
  g_return_val_if_fail (db != NULL, FALSE);

  return check_ownership (db, path, version, has_tables, error);
}

int
wp_store_schema_open_immutable (const char  *path,
                                sqlite3    **db)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *uri = NULL;

  *db = NULL;
  if (file_uri == NULL)
    return SQLITE_CANTOPEN;
  uri = g_strconcat (file_uri, "?immutable=1", NULL);
  return sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
}
