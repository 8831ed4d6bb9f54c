/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-backups"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "wp-backups.h"
#include "wp-store-private.h"
#include "wp-store-schema.h"

#define STAMP_FORMAT "%Y%m%d-%H%M%S"

void
wp_backup_free (WpBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_clear_pointer (&backup->time, g_date_time_unref);
  g_free (backup);
}

void
wp_backup_plan_free (WpBackupPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->title);
  g_free (plan);
}

char *
wp_backup_format_time (const WpBackup *backup)
{
  g_return_val_if_fail (backup != NULL, NULL);

  /* Translators: when a backup was made, as in strftime(); e.g. "%Y年%-m月%-d日 %H:%M". */
  return g_date_time_format (backup->time, _("%Y-%m-%d %H:%M"));
}

char *
wp_backups_get_folder (const char *db_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, "backups", NULL);
}

/* Names */

static char *
format_kind (WpBackupKind kind,
             int          version)
{
  switch (kind)
    {
    case WP_BACKUP_DAILY:
      return g_strdup ("daily");
    case WP_BACKUP_BEFORE_MIGRATION:
      return g_strdup_printf ("v%d", version);
    case WP_BACKUP_BEFORE_RESTORE:
      return g_strdup ("before-restore");
    default:
      g_assert_not_reached ();
    }
}

/* Reads exactly @n_digits decimal digits at *@text. */
static gboolean
read_number (const char **text,
             guint        n_digits,
             int         *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit ((*text)[i]))
        return FALSE;
      *value = *value * 10 + g_ascii_digit_value ((*text)[i]);
    }
  *text += n_digits;
  return TRUE;
}

static gboolean
skip (const char **text,
      const char  *prefix)
{
  if (!g_str_has_prefix (*text, prefix))
    return FALSE;
  *text += strlen (prefix);
  return TRUE;
}

static gboolean
parse_kind (const char  **text,
            WpBackupKind *kind,
            int          *version)
{
  guint n_digits = 0;

  *version = 0;
  if (skip (text, "daily-"))
    *kind = WP_BACKUP_DAILY;
  else if (skip (text, "before-restore-"))
    *kind = WP_BACKUP_BEFORE_RESTORE;
  else if (skip (text, "v"))
    {
      *kind = WP_BACKUP_BEFORE_MIGRATION;
      while (g_ascii_isdigit ((*text)[n_digits]) && n_digits < 6)
        n_digits++;
      return n_digits > 0 && read_number (text, n_digits, version) && skip (text, "-");
    }
  else
    return FALSE;
  return TRUE;
}

/* "YYYYMMDD-HHMMSS.db" or "YYYYMMDD-HHMMSS-N.db". */
static GDateTime *
parse_stamp (const char *text,
             guint      *serial)
{
  int year, month, day, hour, minute, second, n = 0;
  guint n_digits = 0;

  if (!read_number (&text, 4, &year) || !read_number (&text, 2, &month) ||
      !read_number (&text, 2, &day) || !skip (&text, "-") ||
      !read_number (&text, 2, &hour) || !read_number (&text, 2, &minute) ||
      !read_number (&text, 2, &second))
    return NULL;
  if (skip (&text, "-"))
    {
      while (g_ascii_isdigit (text[n_digits]) && n_digits < 6)
        n_digits++;
      if (n_digits == 0 || !read_number (&text, n_digits, &n))
        return NULL;
    }
  if (strcmp (text, ".db") != 0)
    return NULL;
  *serial = n;
  return g_date_time_new_local (year, month, day, hour, minute, second);
}

static WpBackup *
parse_name (const char *folder,
            const char *base,
            const char *name)
{
  g_autoptr(WpBackup) backup = g_new0 (WpBackup, 1);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  const char *rest = name;

  if (!skip (&rest, base) || !skip (&rest, ".") ||
      !parse_kind (&rest, &backup->kind, &backup->from_version))
    return NULL;
  backup->time = parse_stamp (rest, &backup->serial);
  if (backup->time == NULL)
    return NULL;

  backup->path = g_build_filename (folder, name, NULL);
  file = g_file_new_for_path (backup->path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return NULL;
  backup->size = g_file_info_get_size (info);
  return g_steal_pointer (&backup);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const WpBackup *backup_a = *(WpBackup * const *) a;
  const WpBackup *backup_b = *(WpBackup * const *) b;
  int order = g_date_time_compare (backup_b->time, backup_a->time);

  if (order != 0)
    return order;
  return (backup_b->serial > backup_a->serial) - (backup_b->serial < backup_a->serial);
}

GPtrArray *
wp_backups_list (const char *db_path)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_backup_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (db_path != NULL, NULL);

  folder = wp_backups_get_folder (db_path);
  base = g_path_get_basename (db_path);
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      WpBackup *backup = parse_name (folder, base, name);

      if (backup != NULL)
        g_ptr_array_add (backups, backup);
    }
  g_ptr_array_sort (backups, compare_newest_first);
  return g_steal_pointer (&backups);
}

/* Making one */

/* Backups made within the same second are numbered, whatever their kind, so that the
 * newest is always known. */
static guint
next_serial (const char *db_path,
             const char *stamp)
{
  g_autoptr(GPtrArray) backups = wp_backups_list (db_path);
  guint serial = 0;

  for (guint i = 0; i < backups->len; i++)
    {
      WpBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *other = g_date_time_format (backup->time, STAMP_FORMAT);

      if (strcmp (other, stamp) == 0)
        serial = MAX (serial, backup->serial + 1);
    }
  return serial;
}

/* "<folder>/<base>.<kind>-<stamp>[-<serial>].db" that no file has yet. */
static char *
choose_target (const char *db_path,
               const char *kind)
{
  g_autofree char *folder = wp_backups_get_folder (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, STAMP_FORMAT);

  for (guint serial = next_serial (db_path, stamp); ; serial++)
    {
      g_autofree char *name = serial == 0
        ? g_strdup_printf ("%s.%s-%s.db", base, kind, stamp)
        : g_strdup_printf ("%s.%s-%s-%u.db", base, kind, stamp, serial);
      char *target = g_build_filename (folder, name, NULL);

      if (!g_file_test (target, G_FILE_TEST_EXISTS))
        return target;
      g_free (target);
    }
}


static gboolean
ensure_folder (const char  *folder,
               const char  *db_path,
               GError     **error)
{
  int saved_errno;

  if (g_mkdir_with_parents (folder, 0755) == 0)
    return TRUE;
  saved_errno = errno;
  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
               _("No backup was made: the folder “%s” could not be created (%s). The "
                 "workbook “%s” itself was not changed."),
               folder, g_strerror (saved_errno), db_path);
  return FALSE;
}

static gboolean
vacuum_into (sqlite3     *db,
             const char  *db_path,
             const char  *target,
             GError     **error)
{
  char *sql = sqlite3_mprintf ("VACUUM INTO %Q", target);
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  sqlite3_free (sql);
  if (rc == SQLITE_OK)
    return TRUE;

  if ((sqlite3_errcode (db) & 0xff) == SQLITE_FULL)
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                 _("No backup was made: the disk is full. Free some space on it; the "
                   "workbook “%s” itself was not changed."), db_path);
  else
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                 _("No backup was made of “%s” (%s). The workbook itself was not changed."),
                 db_path, sqlite3_errmsg (db));
  return FALSE;
}

/* Puts the file's bytes on the disk, so that a rename never publishes a file that a power
 * failure could leave empty. */
static gboolean
sync_path (const char  *path,
           int          flags,
           GError     **error)
{
  int fd = g_open (path, flags, 0);
  int saved_errno = 0;

  if (fd < 0 || g_fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);
  if (saved_errno == 0)
    return TRUE;

  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
               _("Could not write “%s” to the disk: %s."), path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
rename_file (const char  *from,
             const char  *to,
             GError     **error)
{
  int saved_errno;

  if (g_rename (from, to) == 0)
    return TRUE;
  saved_errno = errno;
  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
               _("Could not rename “%s” to “%s”: %s."), from, to, g_strerror (saved_errno));
  return FALSE;
}

char *
wp_backups_copy_db (sqlite3       *db,
                    const char    *db_path,
                    WpBackupKind   kind,
                    int            version,
                    GError       **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *kind_name = format_kind (kind, version);
  g_autofree char *target = NULL;
  g_autofree char *part = NULL;

  g_return_val_if_fail (db != NULL && db_path != NULL, NULL);
  g_return_val_if_fail (sqlite3_get_autocommit (db), NULL);

  folder = wp_backups_get_folder (db_path);
  if (!ensure_folder (folder, db_path, error))
    return NULL;

  target = choose_target (db_path, kind_name);
  /* Not a backup's name, so that a half-written copy is never listed or restored. */
  part = g_strdup_printf ("%s.%d.part", target, (int) getpid ());
  g_remove (part);
  if (!vacuum_into (db, db_path, part, error) || !sync_path (part, O_RDWR, error) ||
      !rename_file (part, target, error))
    {
      g_remove (part);
      return NULL;
    }
  sync_path (folder, O_RDONLY, NULL);
  return g_steal_pointer (&target);
}

char *
wp_backups_make (WpStore       *store,
                 WpBackupKind   kind,
                 GError       **error)
{
  g_return_val_if_fail (WP_IS_STORE (store), NULL);

  return wp_backups_copy_db (wp_store_get_db (store), wp_store_get_path (store), kind,
                             WP_SCHEMA_VERSION, error);
}

gboolean
wp_backups_prune (const char  *db_path,
                  guint        keep,
                  GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  backups = wp_backups_list (db_path);
  for (guint i = keep; i < backups->len; i++)
    {
      WpBackup *backup = g_ptr_array_index (backups, i);
      int saved_errno;

      if (g_remove (backup->path) == 0)
        continue;
      saved_errno = errno;
      if (error != NULL && *error == NULL)
        g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                     _("Could not delete the old backup “%s”: %s."), backup->path,
                     g_strerror (saved_errno));
    }
  return error == NULL || *error == NULL;
}

static gboolean
has_daily_of_today (const char *db_path)
{
  g_autoptr(GPtrArray) backups = wp_backups_list (db_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (guint i = 0; i < backups->len; i++)
    {
      WpBackup *backup = g_ptr_array_index (backups, i);

      if (backup->kind == WP_BACKUP_DAILY &&
          g_date_time_get_year (backup->time) == g_date_time_get_year (now) &&
          g_date_time_get_day_of_year (backup->time) == g_date_time_get_day_of_year (now))
        return TRUE;
    }
  return FALSE;
}

gboolean
wp_backups_make_daily (WpStore  *store,
                       guint     keep,
                       char    **made_path,
                       GError  **error)
{
  const char *db_path;
  g_autofree char *made = NULL;
  g_autoptr(GPtrArray) plans = NULL;

  g_return_val_if_fail (WP_IS_STORE (store), FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  db_path = wp_store_get_path (store);
  /* A workbook without plans (a new one) has nothing worth a copy. */
  plans = wp_store_list_plans (store);
  if (plans->len > 0 && !has_daily_of_today (db_path))
    {
      made = wp_backups_make (store, WP_BACKUP_DAILY, error);
      if (made == NULL)
        return FALSE;
    }
  if (made_path != NULL)
    *made_path = g_steal_pointer (&made);
  return wp_backups_prune (db_path, keep, error);
}

guint
wp_backups_get_kept (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  /* An older compiled schema may lack the key: reading it would abort. */
  if (schema == NULL || !g_settings_schema_has_key (schema, "backups-kept"))
    return WP_BACKUPS_KEPT_DEFAULT;

  settings = g_settings_new_full (schema, NULL, NULL);
  return CLAMP (g_settings_get_int (settings, "backups-kept"), 1, 100);
}

/* Checking and reading one */

/* The schema's own checks word their errors for a workbook; these are for a backup. */
static void
set_check_error (GError      **error,
                 const GError *cause,
                 const char   *backup_path)
{
  if (g_error_matches (cause, WP_STORE_ERROR, WP_STORE_ERROR_FOREIGN))
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_FOREIGN,
                 _("“%s” is not a backup of a Workplan workbook."), backup_path);
  else if (g_error_matches (cause, WP_STORE_ERROR, WP_STORE_ERROR_NEWER_VERSION))
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NEWER_VERSION,
                 _("The backup “%s” was made by a newer version of Workplan; update Workplan "
                   "to restore it."), backup_path);
  else if (g_error_matches (cause, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE))
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE,
                 _("The backup “%s” is damaged and cannot be restored; choose another one."),
                 backup_path);
  else
    g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                 _("The backup “%s” cannot be read: %s"), backup_path, cause->message);
}

/* A read-only connection to a backup that passed the checks. */
static sqlite3 *
open_backup (const char  *backup_path,
             int         *version,
             GError     **error)
{
  g_autoptr(GError) cause = NULL;
  sqlite3 *db = NULL;
  gint64 found_version = 0;
  gboolean has_tables = FALSE;

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND,
                   _("The backup “%s” no longer exists."), backup_path);
      return NULL;
    }
  /* A backup is never written again: reading it creates no journal or lock files. */
  if (wp_store_schema_open_immutable (backup_path, &db) != SQLITE_OK)
    wp_store_schema_set_error (&cause, db, backup_path);
  else if (wp_store_schema_check (db, backup_path, &found_version, &has_tables, &cause) &&
           !has_tables)
    g_set_error_literal (&cause, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE, "empty");

  if (cause != NULL)
    {
      set_check_error (error, cause, backup_path);
      sqlite3_close (db);
      return NULL;
    }
  *version = (int) found_version;
  return db;
}

gboolean
wp_backups_check (const char  *backup_path,
                  int         *version,
                  GError     **error)
{
  int found_version = 0;
  sqlite3 *db;

  g_return_val_if_fail (backup_path != NULL, FALSE);

  db = open_backup (backup_path, &found_version, error);
  if (db == NULL)
    return FALSE;
  sqlite3_close (db);
  if (version != NULL)
    *version = found_version;
  return TRUE;
}

static void
read_plan_rows (sqlite3   *db,
                GPtrArray *plans)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT year, title, (SELECT count(*) FROM nodes "
                              "WHERE nodes.plan_id = plans.id AND kind = 'task') "
                              "FROM plans ORDER BY year, id", -1, &stmt, NULL) != SQLITE_OK)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      WpBackupPlan *plan = g_new0 (WpBackupPlan, 1);

      plan->year = sqlite3_column_int (stmt, 0);
      plan->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      plan->n_tasks = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (plans, plan);
    }
  sqlite3_finalize (stmt);
}

GPtrArray *
wp_backups_read_plans (const char  *backup_path,
                       GError     **error)
{
  g_autoptr(GPtrArray) plans = NULL;
  int version = 0;
  sqlite3 *db;

  g_return_val_if_fail (backup_path != NULL, NULL);

  db = open_backup (backup_path, &version, error);
  if (db == NULL)
    return NULL;
  plans = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_backup_plan_free);
  /* Before version 1 there were no plans. */
  if (version >= 1)
    read_plan_rows (db, plans);
  sqlite3_close (db);
  return g_steal_pointer (&plans);
}

/* Restoring */

static void
set_copy_error (GError     **error,
                int          rc,
                const char  *db_path,
                const char  *detail)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("Could not restore “%s”: the disk is full. Free some space on it; the "
                     "workbook was not changed."), db_path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("Could not restore “%s”: another program is writing to it. Try again "
                     "in a moment; the workbook was not changed."), db_path);
      break;
    default:
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("Could not restore “%s”: %s. The workbook was not changed."),
                   db_path, detail);
    }
}

/* Copies every page of @source over @dest in one write transaction of @dest: it is
 * replaced completely or not at all. */
static gboolean
copy_pages (sqlite3     *source,
            sqlite3     *dest,
            const char  *db_path,
            GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    {
      set_copy_error (error, sqlite3_errcode (dest), db_path, sqlite3_errmsg (dest));
      return FALSE;
    }
  for (guint attempt = 0; ; attempt++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt == 50)
        break;
      sqlite3_sleep (100);
    }
  sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    return TRUE;
  set_copy_error (error, rc, db_path, sqlite3_errstr (rc));
  return FALSE;
}

/* The check's message, and that the workbook stayed as it was. */
static sqlite3 *
open_backup_for_restore (const char  *backup_path,
                         int         *version,
                         GError     **error)
{
  g_autoptr(GError) cause = NULL;
  sqlite3 *source = open_backup (backup_path, version, &cause);

  if (source == NULL)
    g_set_error (error, cause->domain, cause->code, _("%s The workbook was not changed."),
                 cause->message);
  return source;
}

gboolean
wp_backups_restore (WpStore     *store,
                    const char  *backup_path,
                    GError     **error)
{
  g_autofree char *before = NULL;
  sqlite3 *source;
  int version = 0;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (store), FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (wp_store_get_db (store)), FALSE);

  source = open_backup_for_restore (backup_path, &version, error);
  if (source == NULL)
    return FALSE;
  before = wp_backups_make (store, WP_BACKUP_BEFORE_RESTORE, error);
  ok = before != NULL &&
       copy_pages (source, wp_store_get_db (store), wp_store_get_path (store), error);
  sqlite3_close (source);
  if (!ok)
    return FALSE;

  /* An older backup comes back at its own version: bring it up to date as on opening. */
  if (version < WP_SCHEMA_VERSION)
    ok = wp_store_schema_prepare (wp_store_get_db (store), wp_store_get_path (store), error);
  wp_store_announce_all (store);
  return ok;
}

/* The journal files travel with the database: a stale "-wal" left beside the restored
 * copy would be played into it. */
static const char *companions[] = { "", "-wal", "-journal", "-shm" };

static char *
choose_aside_name (const char *db_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, STAMP_FORMAT);

  for (guint serial = 1; ; serial++)
    {
      char *aside = serial == 1
        ? g_strdup_printf ("%s.damaged-%s", db_path, stamp)
        : g_strdup_printf ("%s.damaged-%s-%u", db_path, stamp, serial);

      if (!g_file_test (aside, G_FILE_TEST_EXISTS))
        return aside;
      g_free (aside);
    }
}

/* Renames @from and its journal files to @to; all or none. */
static gboolean
move_with_companions (const char  *from,
                      const char  *to,
                      GError     **error)
{
  guint moved;

  for (moved = 0; moved < G_N_ELEMENTS (companions); moved++)
    {
      g_autofree char *old_path = g_strconcat (from, companions[moved], NULL);
      g_autofree char *new_path = g_strconcat (to, companions[moved], NULL);

      if (g_file_test (old_path, G_FILE_TEST_EXISTS) && !rename_file (old_path, new_path, error))
        break;
    }
  if (moved == G_N_ELEMENTS (companions))
    return TRUE;

  while (moved-- > 0)
    {
      g_autofree char *old_path = g_strconcat (from, companions[moved], NULL);
      g_autofree char *new_path = g_strconcat (to, companions[moved], NULL);

      g_rename (new_path, old_path);
    }
  return FALSE;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) cause = NULL;

  if (g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &cause))
    return sync_path (to, O_RDWR, error);

  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
               _("Could not copy the backup “%s” to “%s”: %s"), from, to, cause->message);
  return FALSE;
}

gboolean
wp_backups_restore_file (const char  *db_path,
                         const char  *backup_path,
                         char       **damaged_path,
                         GError     **error)
{
  g_autofree char *part = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (db_path != NULL && backup_path != NULL, FALSE);

  part = g_strdup_printf ("%s.restoring-%d", db_path, (int) getpid ());
  if (!wp_backups_check (backup_path, NULL, error) || !copy_file (backup_path, part, error))
    goto failed;
  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      aside = choose_aside_name (db_path);
      if (!move_with_companions (db_path, aside, error))
        goto failed;
    }
  if (!rename_file (part, db_path, error))
    {
      if (aside != NULL)
        move_with_companions (aside, db_path, NULL);
      goto failed;
    }
  folder = g_path_get_dirname (db_path);
  sync_path (folder, O_RDONLY, NULL);
  if (damaged_path != NULL)
    *damaged_path = g_steal_pointer (&aside);
  return TRUE;

failed:
  g_remove (part);
  return FALSE;
}
