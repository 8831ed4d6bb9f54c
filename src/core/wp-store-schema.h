/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Checks that the open @db at @path is a Workplan database this build can use, without
 * writing anything; then sets the connection up and migrates it to WP_SCHEMA_VERSION,
 * each step in one transaction, after a backup copy of an existing workbook. */
gboolean wp_store_schema_prepare (sqlite3     *db,
                                  const char  *path,
                                  GError     **error);

/* The error for a failed SQLite call on @path, in words a user can act on. */
void     wp_store_schema_set_error (GError     **error,
                                    sqlite3     *db,
                                    const char  *path);

/* The checks of wp_store_schema_prepare() alone, reading only: whether @db is a Workplan
 * database (or an empty one: no tables) of at most WP_SCHEMA_VERSION that passes the
 * quick check. Its version goes to @version. */
gboolean wp_store_schema_check (sqlite3     *db,
                                const char  *path,
                                gint64      *version,
                                gboolean    *has_tables,
                                GError     **error);

/* Opens @path read-only and immutable: SQLite neither locks it nor creates a -wal,
 * -shm or journal file beside it, so looking never changes a file we may refuse or a
 * backup. Returns SQLite's result code; *@db, when set, is to be closed either way. */
int      wp_store_schema_open_immutable (const char  *path,
                                         sqlite3    **db);

G_END_DECLS
