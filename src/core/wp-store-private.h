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
/* The connection, for what the store's own calls do not cover (the backup API). */
sqlite3      *wp_store_get_db               (WpStore       *self);
/* Reads every live object again and announces every watched sibling list, every live
 * node and the plan list as changed: after the database changed under us (another
 * connection, a restored backup). Not inside a transaction. */
void          wp_store_announce_all         (WpStore       *self);
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

/* Rows copied verbatim (WpStoreRows), to compare with the database later or put back with
 * their ids: what undo needs. A scope says which rows, for one key. */
typedef enum
{
  WP_STORE_SCOPE_PLAN,          /* the plan's fields, not its "modified"; key: plan id */
  WP_STORE_SCOPE_NODE,          /* one node's row; key: node id */
  WP_STORE_SCOPE_SUBTREE,       /* a node, its descendants and all they own; key: node id */
  WP_STORE_SCOPE_ASSIGNMENTS,   /* a node's departments, in order; key: node id */
  WP_STORE_SCOPE_INDICATOR,     /* key: indicator id */
  WP_STORE_SCOPE_PROGRESS,      /* key: progress entry id */
} WpStoreScope;

typedef struct _WpStoreRows WpStoreRows;

WpStoreRows  *wp_store_rows_new             (void);
void          wp_store_rows_free            (WpStoreRows   *rows);
/* The rows of @scope for @key now; none when there are none, NULL on error. */
WpStoreRows  *wp_store_rows_read            (WpStore       *self,
                                             WpStoreScope   scope,
                                             gint64         key,
                                             GError       **error);
/* Whether the rows of @scope for @key are still @expected; else a WP_STORE_ERROR_CONFLICT. */
gboolean      wp_store_rows_check           (WpStore       *self,
                                             WpStoreScope   scope,
                                             gint64         key,
                                             WpStoreRows   *expected,
                                             GError       **error);
/* Inserts @rows as they were read, ids included; a constraint that fails (an id taken,
 * a department gone) is a WP_STORE_ERROR_CONFLICT. No signals: callers note changes. */
gboolean      wp_store_rows_insert          (WpStore       *self,
                                             WpStoreRows   *rows,
                                             GError       **error);
/* Makes @rows the rows of the ASSIGNMENTS, INDICATOR or PROGRESS scope for @key, as one
 * transaction, and tells the owning node's listeners. */
gboolean      wp_store_rows_replace         (WpStore       *self,
                                             WpStoreScope   scope,
                                             gint64         key,
                                             WpStoreRows   *rows,
                                             GError       **error);
/* The node that the rows of the ASSIGNMENTS, INDICATOR or PROGRESS scope for @key belong
 * to, or 0 when there are none. */
gint64        wp_store_rows_get_owner       (WpStore       *self,
                                             WpStoreScope   scope,
                                             gint64         key);
/* Puts back the subtree that @rows (the SUBTREE scope) held, with @root, a copy of its
 * root as it was, at the root's old parent and position; as one transaction. */
gboolean      wp_store_restore_subtree      (WpStore       *self,
                                             WpNode        *root,
                                             WpStoreRows   *rows,
                                             GError       **error);
/* Rows appended as they are, for a writer that builds a new tree in order inside its own
 * transaction (wp_store_import_draft()): fields are checked as by the public calls, but
 * the parent is not, no sibling moves, the plan is not touched and no change is noted. */
gint64        wp_store_append_node_row      (WpStore       *self,
                                             WpNode        *node,
                                             gint64         plan_id,
                                             gint64         parent_id,
                                             guint          position,
                                             GError       **error);
gboolean      wp_store_append_assignment_row (WpStore      *self,
                                             gint64         node_id,
                                             gint64         department_id,
                                             WpRole         role,
                                             GError       **error);
/* @indicator's and @entry's own node and department ids are ignored. */
gint64        wp_store_append_indicator_row (WpStore       *self,
                                             WpIndicator   *indicator,
                                             gint64         node_id,
                                             GError       **error);
gint64        wp_store_append_progress_row  (WpStore       *self,
                                             WpProgressEntry *entry,
                                             gint64         node_id,
                                             gint64         department_id,
                                             GError       **error);

/* Sets a WP_STORE_ERROR_CONFLICT: the database is not as an undo step left it. */
gboolean      wp_store_conflict             (GError       **error);

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpStoreRows, wp_store_rows_free)

G_END_DECLS
