/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "wp-store.h"

G_BEGIN_DECLS

/* Backups of a workbook are whole copies made with VACUUM INTO, kept in the folder
 * "backups" beside it and named after it: "<name>.daily-<stamp>.db",
 * "<name>.v<version>-<stamp>.db" (before a migration from that version) and
 * "<name>.before-restore-<stamp>.db", with <stamp> the local time as YYYYMMDD-HHMMSS. */

/* How many backups a workbook keeps when the setting "backups-kept" is not available. */
#define WP_BACKUPS_KEPT_DEFAULT 10

typedef enum
{
  WP_BACKUP_DAILY,
  WP_BACKUP_BEFORE_MIGRATION,
  WP_BACKUP_BEFORE_RESTORE,
} WpBackupKind;

typedef struct
{
  char         *path;
  GDateTime    *time;          /* when it was made, local time */
  WpBackupKind  kind;
  int           from_version;  /* WP_BACKUP_BEFORE_MIGRATION: the schema version it holds */
  guint         serial;        /* 0, or 2, 3, … for backups made within the same second */
  goffset       size;
} WpBackup;

/* What a backup holds: one entry per plan. */
typedef struct
{
  guint  year;
  char  *title;
  guint  n_tasks;
} WpBackupPlan;

void       wp_backup_free            (WpBackup      *backup);
void       wp_backup_plan_free       (WpBackupPlan  *plan);
/* When @backup was made, in the local time, as people read it. */
char      *wp_backup_format_time     (const WpBackup *backup);

/* "<folder of @db_path>/backups". */
char      *wp_backups_get_folder     (const char    *db_path);
/* The backups of the workbook @db_path, newest first (WpBackup); none when there is no
 * backup folder. Files that are half-written or not named as backups are left out. */
GPtrArray *wp_backups_list           (const char    *db_path);
/* Copies the database open on @db (the workbook @db_path) into a new backup of @kind
 * and returns its path. The copy is written under a temporary name and renamed when
 * complete; on failure nothing is left behind. Not inside a transaction. */
char      *wp_backups_copy_db        (sqlite3       *db,
                                      const char    *db_path,
                                      WpBackupKind   kind,
                                      int            version,
                                      GError       **error);
/* A new backup of @store's workbook; its path. */
char      *wp_backups_make           (WpStore       *store,
                                      WpBackupKind   kind,
                                      GError       **error);
/* Deletes all but the @keep newest backups of @db_path. */
gboolean   wp_backups_prune          (const char    *db_path,
                                      guint          keep,
                                      GError       **error);
/* Makes the daily backup of @store unless one was made today (local date) or it holds no
 * plan, then keeps the @keep newest. @made_path, if not NULL, gets the new backup's path or NULL. */
gboolean   wp_backups_make_daily     (WpStore       *store,
                                      guint          keep,
                                      char         **made_path,
                                      GError       **error);
/* The setting "backups-kept" when the schema is installed, else the default. */
guint      wp_backups_get_kept       (void);

/* Whether @backup_path is a Workplan workbook this version can restore (ours, not newer,
 * not damaged), read without changing it. Its schema version goes to @version. */
gboolean   wp_backups_check          (const char    *backup_path,
                                      int           *version,
                                      GError       **error);
/* The plans in the backup, in year order (WpBackupPlan), read without changing it. */
GPtrArray *wp_backups_read_plans     (const char    *backup_path,
                                      GError       **error);
/* Replaces the contents of the open @store's workbook with the backup, after checking
 * it and backing up the current state ("before-restore"); every live object is read
 * again and every view told. On failure the workbook is unchanged. */
gboolean   wp_backups_restore        (WpStore       *store,
                                      const char    *backup_path,
                                      GError       **error);
/* For a workbook that cannot be opened: moves the file at @db_path (and its journal
 * files) aside as "<name>.damaged-<stamp>", whose path goes to @damaged_path (NULL when
 * there was no file), and puts a copy of the backup in its place. */
gboolean   wp_backups_restore_file   (const char    *db_path,
                                      const char    *backup_path,
                                      char         **damaged_path,
                                      GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpBackup, wp_backup_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpBackupPlan, wp_backup_plan_free)

G_END_DECLS
