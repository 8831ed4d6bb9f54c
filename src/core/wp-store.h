/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wp-types.h"
#include "wp-plan.h"
#include "wp-node.h"
#include "wp-department.h"
#include "wp-assignment.h"
#include "wp-indicator.h"
#include "wp-progress-entry.h"

G_BEGIN_DECLS

#define WP_STORE_ERROR (wp_store_error_quark ())

typedef enum
{
  WP_STORE_ERROR_NOT_DATABASE,    /* not an SQLite file, or corrupt */
  WP_STORE_ERROR_FOREIGN,         /* an SQLite file of another application */
  WP_STORE_ERROR_NEWER_VERSION,   /* written by a newer Workplan */
  WP_STORE_ERROR_IO,              /* cannot open, read or write the file */
  WP_STORE_ERROR_NOT_FOUND,       /* no such plan, node, … */
  WP_STORE_ERROR_INVALID,         /* the operation makes no sense (e.g. move under itself) */
  WP_STORE_ERROR_FAILED,
  WP_STORE_ERROR_CONFLICT,        /* changed elsewhere since (another window or program) */
} WpStoreError;

/* The schema version this build writes (PRAGMA user_version). */
#define WP_SCHEMA_VERSION 1
/* PRAGMA application_id: "WPLN". */
#define WP_APPLICATION_ID 0x57504c4e

#define WP_TYPE_STORE (wp_store_get_type ())
G_DECLARE_FINAL_TYPE (WpStore, wp_store, WP, STORE, GObject)

GQuark        wp_store_error_quark             (void);

/* The default workbook: $XDG_DATA_HOME/workplan/workplan.db. */
char         *wp_store_default_path            (void);
/* Opens or creates @path. A file that is not ours, is damaged or is from a newer version
 * is left byte-for-byte unchanged and a WP_STORE_ERROR names the file and the problem. */
WpStore      *wp_store_open                    (const char   *path,
                                                GError      **error);
const char   *wp_store_get_path                (WpStore      *self);
/* TRUE when the workbook is on a network drive (NFS, SMB, …; see wp-file-system.h). It is
 * then kept with a rollback journal instead of the write-ahead log, and the user should
 * be told so once: wp_store_dup_network_warning() gives the words, or NULL. */
gboolean      wp_store_is_on_network_drive     (WpStore      *self);
char         *wp_store_dup_network_warning     (WpStore      *self);

/* Looks whether another connection (a second window or process, the command line)
 * changed the workbook since this one last looked (PRAGMA data_version). If it did, the
 * live objects are read again and every watched sibling list, every live node and the
 * plan list are announced as changed, as after a commit of our own, and TRUE is
 * returned. Cheap when nothing changed: call it on a timer and on focus. */
gboolean      wp_store_refresh                 (WpStore      *self);

/* How long a write waits for another instance's write to end before it gives up with
 * the "busy" error. The longest write is the import of a very large plan, one
 * transaction: 20,000 tasks held the lock for 4.5 to 6 seconds on a busy two-core
 * machine. Every other write takes milliseconds. */
#define WP_STORE_BUSY_TIMEOUT_MS 10000
void          wp_store_set_busy_timeout        (WpStore      *self,
                                                guint         milliseconds);

/* Groups several operations into one transaction; they nest (savepoints inside).
 * Signals — "plans-changed" (), "children-changed" (plan_id, parent_id) and
 * "node-changed" (node_id) — are emitted once the outermost transaction ends.
 * A commit that fails has already rolled back: do not call wp_store_rollback() again. */
gboolean      wp_store_begin                   (WpStore      *self,
                                                GError      **error);
gboolean      wp_store_commit                  (WpStore      *self,
                                                GError      **error);
void          wp_store_rollback                (WpStore      *self);
/* A read transaction: one consistent view of the workbook for several queries (a
 * snapshot, an export) without the write lock, so that another instance writing
 * meanwhile neither waits for it nor is waited for. Nests, also inside wp_store_begin();
 * nothing may be written inside one that is not inside wp_store_begin(). */
gboolean      wp_store_begin_read              (WpStore      *self,
                                                GError      **error);
void          wp_store_end_read                (WpStore      *self);

/* Called, like "children-changed", once a commit changed the children of @parent_id. */
typedef void (*WpStoreChildrenFunc) (WpStore *store,
                                     gint64   plan_id,
                                     gint64   parent_id,
                                     gpointer user_data);

/* Calls @func whenever the children of @parent_id (0: the top level) in @plan_id change,
 * before "children-changed" is emitted. Unlike a handler of that signal, which runs on
 * every change, a watch runs only for its own sibling list: a tree model keeps one per
 * expanded row, thousands in a large outline. Returns an id for
 * wp_store_unwatch_children(); the watch must be removed before @user_data goes. */
guint         wp_store_watch_children          (WpStore             *self,
                                                gint64               plan_id,
                                                gint64               parent_id,
                                                WpStoreChildrenFunc  func,
                                                gpointer             user_data);
void          wp_store_unwatch_children        (WpStore             *self,
                                                guint                watch_id);

/* Plans */
GPtrArray    *wp_store_list_plans              (WpStore      *self);
WpPlan       *wp_store_get_plan                (WpStore      *self,
                                                gint64        plan_id);
/* Inserts @plan (its id is ignored) and returns the new id, or 0 on error. */
gint64        wp_store_create_plan             (WpStore      *self,
                                                WpPlan       *plan,
                                                GError      **error);
gboolean      wp_store_update_plan             (WpStore      *self,
                                                WpPlan       *plan,
                                                GError      **error);
gboolean      wp_store_rename_plan             (WpStore      *self,
                                                gint64        plan_id,
                                                const char   *title,
                                                GError      **error);
gboolean      wp_store_delete_plan             (WpStore      *self,
                                                gint64        plan_id,
                                                GError      **error);
guint         wp_store_count_nodes             (WpStore      *self,
                                                gint64        plan_id,
                                                WpNodeKind    kind);

/* Nodes. Positions among siblings are dense: 0 … n-1. parent_id 0 is the top level. */
WpNode       *wp_store_get_node                (WpStore      *self,
                                                gint64        node_id);
GPtrArray    *wp_store_list_children           (WpStore      *self,
                                                gint64        plan_id,
                                                gint64        parent_id);
/* Inserts @node under its parent_id at @position (-1 appends); returns the new id or 0. */
gint64        wp_store_insert_node             (WpStore      *self,
                                                WpNode       *node,
                                                int           position,
                                                GError      **error);
/* Writes every editable field of @node (not its place: see the move functions). */
gboolean      wp_store_update_node             (WpStore      *self,
                                                WpNode       *node,
                                                GError      **error);
/* Deletes the node with its whole subtree. */
gboolean      wp_store_delete_node             (WpStore      *self,
                                                gint64        node_id,
                                                GError      **error);
/* Moves a node (with its subtree) under @parent_id at @position (-1 appends). */
gboolean      wp_store_move_node               (WpStore      *self,
                                                gint64        node_id,
                                                gint64        parent_id,
                                                int           position,
                                                GError      **error);
/* Makes the node the last child of its previous sibling. */
gboolean      wp_store_indent_node             (WpStore      *self,
                                                gint64        node_id,
                                                GError      **error);
/* Makes the node the next sibling of its parent. */
gboolean      wp_store_outdent_node            (WpStore      *self,
                                                gint64        node_id,
                                                GError      **error);
/* Depth of the node (0 at the top level). */
guint         wp_store_get_node_depth          (WpStore      *self,
                                                gint64        node_id);

/* Departments */
GPtrArray    *wp_store_list_departments        (WpStore      *self);
/* Returns the id of the department called @name, creating it when needed; 0 on error. */
gint64        wp_store_ensure_department       (WpStore      *self,
                                                const char   *name,
                                                GError      **error);
GPtrArray    *wp_store_list_assignments        (WpStore      *self,
                                                gint64        node_id);
/* Assigns (or changes the role of) a department on a node; new ones go last. */
gboolean      wp_store_assign_department       (WpStore      *self,
                                                gint64        node_id,
                                                gint64        department_id,
                                                WpRole        role,
                                                GError      **error);
gboolean      wp_store_unassign_department     (WpStore      *self,
                                                gint64        node_id,
                                                gint64        department_id,
                                                GError      **error);

/* Indicators */
GPtrArray    *wp_store_list_indicators         (WpStore      *self,
                                                gint64        node_id);
gint64        wp_store_add_indicator           (WpStore      *self,
                                                WpIndicator  *indicator,
                                                GError      **error);
gboolean      wp_store_update_indicator        (WpStore      *self,
                                                WpIndicator  *indicator,
                                                GError      **error);
gboolean      wp_store_delete_indicator        (WpStore      *self,
                                                gint64        indicator_id,
                                                GError      **error);

/* Progress entries, oldest first */
GPtrArray    *wp_store_list_progress           (WpStore      *self,
                                                gint64        node_id);
gint64        wp_store_add_progress            (WpStore         *self,
                                                WpProgressEntry *entry,
                                                GError         **error);
gboolean      wp_store_update_progress         (WpStore         *self,
                                                WpProgressEntry *entry,
                                                GError         **error);
gboolean      wp_store_delete_progress         (WpStore      *self,
                                                gint64        entry_id,
                                                GError      **error);

/* Managing departments and carrying plans (wp-store-departments.c, wp-store-carry.c).
 * Departments belong to the workbook; a change to one emits "node-changed" for every node
 * that names it (as responsible or in its progress log). */
/* The number of nodes (tasks, in practice) that name the department. */
guint         wp_store_count_department_tasks  (WpStore      *self,
                                                gint64        department_id);
/* Adds a department at the end of the list; an error when the name is taken. */
gint64        wp_store_add_department          (WpStore      *self,
                                                const char   *name,
                                                GError      **error);
/* An error when another department has the name. */
gboolean      wp_store_rename_department       (WpStore      *self,
                                                gint64        department_id,
                                                const char   *name,
                                                GError      **error);
/* Moves every assignment and progress entry of @from_id to @into_id, then deletes
 * @from_id. A node that names both keeps @into_id at its place, as lead when either was. */
gboolean      wp_store_merge_departments       (WpStore      *self,
                                                gint64        into_id,
                                                gint64        from_id,
                                                GError      **error);
/* Moves the department to @position (-1: last) in the list; positions stay 0 … n-1. */
gboolean      wp_store_move_department         (WpStore      *self,
                                                gint64        department_id,
                                                int           position,
                                                GError      **error);
/* Deletes a department that no node names; otherwise an error saying how many do. */
gboolean      wp_store_delete_department       (WpStore      *self,
                                                gint64        department_id,
                                                GError      **error);
/* The id of the (first) plan of @year called @title, or 0. */
gint64        wp_store_find_plan               (WpStore      *self,
                                                guint         year,
                                                const char   *title);
/* A new plan for the next year with the same outline and the unfinished tasks (not done,
 * not cancelled): their departments and indicators go along, with last year's actual as
 * the new baseline and no actual yet; status, progress, log and narrative start afresh;
 * dates move by one year. Sections whose tasks were all finished are left out. An error
 * when the next year already has a plan of the new title. Returns the new plan's id, or 0. */
gint64        wp_store_carry_plan              (WpStore      *self,
                                                gint64        plan_id,
                                                GError      **error);
/* End of managing departments and carrying plans. */

G_END_DECLS
