/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "wp-store.h"

G_BEGIN_DECLS

/* The store's memory of whole plans: sibling lists, and each node's departments and
 * indicators. The first time a plan's children are listed, all its nodes are read with one
 * query, and the first time a reader of the whole plan (roll-up, filter: the peek
 * functions below) asks for departments or indicators, all of the plan's are, so that an
 * outline, a roll-up or a filter over 20,000 nodes asks the database a few times instead
 * of 60,000. What the public calls read alone is kept too. An entry is forgotten when the
 * store notes a change to it (wp_store_note_children_changed(), wp_store_note_node_changed()),
 * a deleted subtree's at once, and everything on a rollback, a change to the plan list or
 * a change by another connection (wp_store_announce_all()); what is forgotten is read
 * again, alone, when next asked for. */
typedef struct _WpStoreCache WpStoreCache;

WpStoreCache *wp_store_cache_new             (void);
void          wp_store_cache_free            (WpStoreCache *cache);
void          wp_store_cache_clear           (WpStoreCache *cache);
void          wp_store_cache_forget_children (WpStoreCache *cache,
                                              gint64        plan_id,
                                              gint64        parent_id);
/* Forgets the node's departments and indicators. */
void          wp_store_cache_forget_node     (WpStoreCache *cache,
                                              gint64        node_id);
/* The node and its subtree are gone: their ids may come back (undo, a reused id). */
void          wp_store_cache_forget_subtree  (WpStoreCache *cache,
                                              gint64        plan_id,
                                              GArray       *node_ids);
/* Changes whenever anything is forgotten: what was computed from the store at one
 * serial still holds while the serial is the same. */
guint64       wp_store_cache_get_serial      (WpStoreCache *cache);

/* The store's cache (defined in wp-store.c) and its serial. */
WpStoreCache *wp_store_get_cache             (WpStore      *self);
guint64       wp_store_get_serial            (WpStore      *self);

/* The shared, read-only arrays behind wp_store_list_children(),
 * wp_store_list_assignments() and wp_store_list_indicators(), for the core's readers of
 * a whole plan (roll-up, filter, snapshot): a new reference to an array that no one may
 * change, nor its objects, which stays a copy of the store's state until the next change.
 * A miss reads the whole plan's entries of that kind. */
GPtrArray    *wp_store_peek_children         (WpStore      *self,
                                              gint64        plan_id,
                                              gint64        parent_id);
GPtrArray    *wp_store_peek_assignments      (WpStore      *self,
                                              gint64        node_id);
GPtrArray    *wp_store_peek_indicators       (WpStore      *self,
                                              gint64        node_id);

/* Used by the peek functions (wp-store-nodes.c, wp-store-details.c). */
typedef enum
{
  WP_STORE_CACHE_CHILDREN,
  WP_STORE_CACHE_ASSIGNMENTS,
  WP_STORE_CACHE_INDICATORS,
} WpStoreCacheKind;

/* A new reference to the cached array of @kind for @key (a node id; for children the
 * parent's, 0 for the top level of @plan_id), or NULL when there is none. With
 * @load_whole, a plan whose entries of @kind were not yet read whole is read first (the
 * plan of a live node @key but for children). */
GPtrArray    *wp_store_cache_lookup          (WpStore          *self,
                                              WpStoreCacheKind  kind,
                                              gint64            plan_id,
                                              gint64            key,
                                              gboolean          load_whole);
/* Keeps @array (read from the database) as the entry of @kind for @key when it may be
 * kept: the node (the parent, for children) is live. Returns @array. */
GPtrArray    *wp_store_cache_keep            (WpStore          *self,
                                              WpStoreCacheKind  kind,
                                              gint64            plan_id,
                                              gint64            key,
                                              GPtrArray        *array);

/* A new array holding the same objects as @array, for a caller that may change it. */
GPtrArray    *wp_store_cache_copy_array      (GPtrArray        *array);

/* Row readers shared by the single and the whole-plan queries. Assignments: node_id,
 * department_id, department name, role; indicators: id, node_id, name, unit, comparator,
 * baseline, target, actual. */
WpAssignment *wp_store_read_assignment_row   (sqlite3_stmt *stmt);
WpIndicator  *wp_store_read_indicator_row    (sqlite3_stmt *stmt);

G_END_DECLS
