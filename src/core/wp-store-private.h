/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "wp-store.h"

G_BEGIN_DECLS

/* What the wp-store-*.c files share: statements, change tracking and the caches of live
 * objects. Every public mutation is wp_store_begin() … wp_store_finish(). */

#define WP_STORE_PLAN_SELECT \
  "SELECT id, year, title, organization, preamble, numbering, period_start, period_end, " \
  "created, modified FROM plans"
#define WP_STORE_NODE_SELECT \
  "SELECT id, plan_id, parent_id, position, kind, title, body, status, progress, " \
  "progress_from_indicators, key_task, start_date, due_date, completed_date, weight, " \
  "summary, reason FROM nodes"

typedef void (*WpStoreReadRow) (sqlite3_stmt *stmt,
                                gpointer      object);

/* A cached prepared statement, reset and unbound; NULL (and @error set) on failure. */
sqlite3_stmt *wp_store_prepare              (WpStore       *self,
                                             const char    *sql,
                                             GError       **error);
/* Steps a statement that returns no rows (or ignores them) and resets it. */
gboolean      wp_store_run                  (WpStore       *self,
                                             sqlite3_stmt  *stmt,
                                             GError       **error);
/* The first column of the first row, or 0. */
gint64        wp_store_query_int64          (WpStore       *self,
                                             sqlite3_stmt  *stmt);
gint64        wp_store_last_insert_id       (WpStore       *self);
int           wp_store_changes              (WpStore       *self);
/* Commits when @ok, else rolls back; returns whether the change is stored. */
gboolean      wp_store_finish               (WpStore       *self,
                                             gboolean       ok,
                                             GError       **error);

void          wp_store_note_plans_changed   (WpStore       *self);
void          wp_store_note_children_changed (WpStore      *self,
                                             gint64         plan_id,
                                             gint64         parent_id);
void          wp_store_note_node_changed    (WpStore       *self,
                                             gint64         node_id);
/* The live node, or NULL with a "not found" error. */
WpNode       *wp_store_require_node         (WpStore       *self,
                                             gint64         node_id,
                                             GError       **error);
/* Records in the plan's "modified" that something in it changed now. */
gboolean      wp_store_touch_plan           (WpStore       *self,
                                             gint64         plan_id,
                                             GError       **error);
gboolean      wp_store_not_found            (GError       **error,
                                             const char    *what,
                                             gint64         id);

/* id → live object */
GHashTable   *wp_store_get_plan_cache       (WpStore       *self);
GHashTable   *wp_store_get_node_cache       (WpStore       *self);
/* A new reference to the live object for the row under @stmt (its id in column 0),
 * created as a @type when new and filled from the row by @read_row. */
gpointer      wp_store_cache_row            (GHashTable    *cache,
                                             sqlite3_stmt  *stmt,
                                             GType          type,
                                             WpStoreReadRow read_row);
void          wp_store_read_plan_row        (sqlite3_stmt  *stmt,
                                             gpointer       plan);
void          wp_store_read_node_row        (sqlite3_stmt  *stmt,
                                             gpointer       node);

char         *wp_store_now_iso              (void);
const char   *wp_store_column_text          (sqlite3_stmt  *stmt,
                                             int            column);
double        wp_store_column_double_or_nan (sqlite3_stmt  *stmt,
                                             int            column);
void          wp_store_bind_text_or_null    (sqlite3_stmt  *stmt,
                                             int            index,
                                             const char    *text);
/* Binds NULL for an id of 0 (no parent, no department). */
void          wp_store_bind_id_or_null      (sqlite3_stmt  *stmt,
                                             int            index,
                                             gint64         id);
void          wp_store_bind_double_or_null  (sqlite3_stmt  *stmt,
                                             int            index,
                                             double         value);

G_END_DECLS
