/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store-cache"

#include "config.h"

#include "wp-store-cache.h"
#include "wp-store-private.h"

#define N_KINDS 3

struct _WpStoreCache
{
  /* key (gint64 *) → GPtrArray, or NULL for none. Children are keyed by their parent's
   * id, those of a plan's top level by minus the plan's id. */
  GHashTable *entries[N_KINDS];
  GHashTable *loaded[N_KINDS]; /* ids of the plans whose entries of a kind were read whole */
  GPtrArray  *empty;          /* what an entry of none reads as */
  guint64     serial;
};

static void
free_entry (gpointer array)
{
  if (array != NULL)
    g_ptr_array_unref (array);
}

static GHashTable *
new_entry_table (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, free_entry);
}

WpStoreCache *
wp_store_cache_new (void)
{
  WpStoreCache *cache = g_new0 (WpStoreCache, 1);

  for (guint i = 0; i < N_KINDS; i++)
    {
      cache->entries[i] = new_entry_table ();
      cache->loaded[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    }
  cache->empty = g_ptr_array_new_with_free_func (g_object_unref);
  return cache;
}

void
wp_store_cache_free (WpStoreCache *cache)
{
  for (guint i = 0; i < N_KINDS; i++)
    {
      g_hash_table_unref (cache->entries[i]);
      g_hash_table_unref (cache->loaded[i]);
    }
  g_ptr_array_unref (cache->empty);
  g_free (cache);
}

void
wp_store_cache_clear (WpStoreCache *cache)
{
  for (guint i = 0; i < N_KINDS; i++)
    {
      g_hash_table_remove_all (cache->entries[i]);
      g_hash_table_remove_all (cache->loaded[i]);
    }
  cache->serial++;
}

static gint64
children_key (gint64 plan_id,
              gint64 parent_id)
{
  return parent_id != 0 ? parent_id : -plan_id;
}

void
wp_store_cache_forget_children (WpStoreCache *cache,
                                gint64        plan_id,
                                gint64        parent_id)
{
  gint64 key = children_key (plan_id, parent_id);

  g_hash_table_remove (cache->entries[WP_STORE_CACHE_CHILDREN], &key);
  cache->serial++;
}

void
wp_store_cache_forget_node (WpStoreCache *cache,
                            gint64        node_id)
{
  g_hash_table_remove (cache->entries[WP_STORE_CACHE_ASSIGNMENTS], &node_id);
  g_hash_table_remove (cache->entries[WP_STORE_CACHE_INDICATORS], &node_id);
  cache->serial++;
}

void
wp_store_cache_forget_subtree (WpStoreCache *cache,
                               gint64        plan_id,
                               GArray       *node_ids)
{
  for (guint i = 0; i < node_ids->len; i++)
    {
      gint64 id = g_array_index (node_ids, gint64, i);

      wp_store_cache_forget_children (cache, plan_id, id);
      wp_store_cache_forget_node (cache, id);
    }
}

guint64
wp_store_cache_get_serial (WpStoreCache *cache)
{
  return cache->serial;
}

guint64
wp_store_get_serial (WpStore *self)
{
  g_return_val_if_fail (WP_IS_STORE (self), 0);

  return wp_store_get_cache (self)->serial;
}

/* Keeps @array (NULL or empty: none) under @key, owned by the cache. */
static void
put_entry (WpStoreCache     *cache,
           WpStoreCacheKind  kind,
           gint64            key,
           GPtrArray        *array)
{
  if (array != NULL && array->len == 0)
    g_clear_pointer (&array, g_ptr_array_unref);
  g_hash_table_replace (cache->entries[kind], g_memdup2 (&key, sizeof key), array);
}

/* Reading a whole plan */

typedef gpointer (*ReadObject) (WpStore      *self,
                                sqlite3_stmt *stmt);

static gpointer
read_live_node (WpStore      *self,
                sqlite3_stmt *stmt)
{
  return wp_store_cache_row (wp_store_get_node_cache (self), stmt, WP_TYPE_NODE,
                             wp_store_read_node_row);
}

static gpointer
read_assignment (WpStore      *self,
                 sqlite3_stmt *stmt)
{
  return wp_store_read_assignment_row (stmt);
}

static gpointer
read_indicator (WpStore      *self,
                sqlite3_stmt *stmt)
{
  return wp_store_read_indicator_row (stmt);
}

/* Files the rows of @stmt into arrays by the node id in column @key_column, which the
 * query orders by. */
static void
file_rows (WpStore          *self,
           WpStoreCacheKind  kind,
           sqlite3_stmt     *stmt,
           int               key_column,
           gint64            plan_id,
           ReadObject        read_object)
{
  WpStoreCache *cache = wp_store_get_cache (self);
  GPtrArray *list = NULL;
  gint64 current = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (stmt, key_column);

      if (kind == WP_STORE_CACHE_CHILDREN)
        key = children_key (plan_id, key);
      if (list == NULL || key != current)
        {
          if (list != NULL)
            put_entry (cache, kind, current, list);
          list = g_ptr_array_new_with_free_func (g_object_unref);
          current = key;
        }
      g_ptr_array_add (list, read_object (self, stmt));
    }
  if (list != NULL)
    put_entry (cache, kind, current, list);
  sqlite3_reset (stmt);
}

/* Marks every node of @node_ids that has no entry of @kind as having none. */
static void
fill_empty_entries (WpStoreCache     *cache,
                    WpStoreCacheKind  kind,
                    GArray           *node_ids)
{
  for (guint i = 0; i < node_ids->len; i++)
    {
      gint64 id = g_array_index (node_ids, gint64, i);

      if (!g_hash_table_contains (cache->entries[kind], &id))
        put_entry (cache, kind, id, NULL);
    }
}

static const struct
{
  const char *sql;
  int         key_column;
  ReadObject  read_object;
} plan_queries[N_KINDS] = {
  [WP_STORE_CACHE_CHILDREN] = {
    WP_STORE_NODE_SELECT " WHERE plan_id = ? ORDER BY parent_id, position", 2, read_live_node },
  [WP_STORE_CACHE_ASSIGNMENTS] = {
    "SELECT nd.node_id, nd.department_id, d.name, nd.role FROM node_department nd "
    "JOIN departments d ON d.id = nd.department_id JOIN nodes n ON n.id = nd.node_id "
    "WHERE n.plan_id = ? ORDER BY nd.node_id, nd.position", 0,
    read_assignment },
  [WP_STORE_CACHE_INDICATORS] = {
    "SELECT i.id, i.node_id, i.name, i.unit, i.comparator, i.baseline, i.target, i.actual "
    "FROM indicators i JOIN nodes n ON n.id = i.node_id WHERE n.plan_id = ? "
    "ORDER BY i.node_id, i.position, i.id", 1, read_indicator },
};

static GArray *
collect_plan_node_ids (WpStore *self,
                       gint64   plan_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, wp_store_get_node_cache (self));
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (wp_node_get_plan_id (value) == plan_id)
        g_array_append_val (ids, *(gint64 *) key);
    }
  return ids;
}

/* Reads the plan's entries of @kind with one query; a plan that cannot be read is left to
 * the single queries. The nodes come first: every node is then live, and one without
 * entries of @kind is known to have none. */
static void
load_kind (WpStore          *self,
           WpStoreCacheKind  kind,
           gint64            plan_id)
{
  WpStoreCache *cache = wp_store_get_cache (self);
  g_autoptr(GArray) node_ids = NULL;
  sqlite3_stmt *stmt;

  if (kind != WP_STORE_CACHE_CHILDREN
      && !g_hash_table_contains (cache->loaded[WP_STORE_CACHE_CHILDREN], &plan_id))
    load_kind (self, WP_STORE_CACHE_CHILDREN, plan_id);

  stmt = wp_store_prepare (self, plan_queries[kind].sql, NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  file_rows (self, kind, stmt, plan_queries[kind].key_column, plan_id,
             plan_queries[kind].read_object);
  if (kind == WP_STORE_CACHE_CHILDREN)
    {
      gint64 top = children_key (plan_id, 0);

      if (!g_hash_table_contains (cache->entries[kind], &top))
        put_entry (cache, kind, top, NULL);
    }
  node_ids = collect_plan_node_ids (self, plan_id);
  fill_empty_entries (cache, kind, node_ids);
  g_hash_table_add (cache->loaded[kind], g_memdup2 (&plan_id, sizeof plan_id));
}

/* Lookups */

/* The plan of the live node @node_id, or 0 when it is not live. */
static gint64
get_live_plan (WpStore *self,
               gint64   node_id)
{
  WpNode *node = g_hash_table_lookup (wp_store_get_node_cache (self), &node_id);

  return node != NULL ? wp_node_get_plan_id (node) : 0;
}

static gboolean
find_entry (WpStoreCache     *cache,
            WpStoreCacheKind  kind,
            gint64            key,
            GPtrArray       **array)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (cache->entries[kind], &key, NULL, &value))
    return FALSE;
  *array = g_ptr_array_ref (value != NULL ? value : cache->empty);
  return TRUE;
}

GPtrArray *
wp_store_cache_lookup (WpStore          *self,
                       WpStoreCacheKind  kind,
                       gint64            plan_id,
                       gint64            key,
                       gboolean          load_whole)
{
  WpStoreCache *cache = wp_store_get_cache (self);
  gint64 entry_key = kind == WP_STORE_CACHE_CHILDREN ? children_key (plan_id, key) : key;
  GPtrArray *array = NULL;
  gboolean reading;

  if (find_entry (cache, kind, entry_key, &array) || !load_whole)
    return array;
  if (kind != WP_STORE_CACHE_CHILDREN)
    plan_id = get_live_plan (self, key);
  if (plan_id == 0 || g_hash_table_contains (cache->loaded[kind], &plan_id))
    return NULL;

  /* One view of the plan, and the lock taken once. */
  reading = wp_store_begin_read (self, NULL);
  load_kind (self, kind, plan_id);
  if (reading)
    wp_store_end_read (self);
  find_entry (cache, kind, entry_key, &array);
  return array;
}

GPtrArray *
wp_store_cache_keep (WpStore          *self,
                     WpStoreCacheKind  kind,
                     gint64            plan_id,
                     gint64            key,
                     GPtrArray        *array)
{
  gint64 live_plan_id = key != 0 ? get_live_plan (self, key) : plan_id;

  /* Only for live nodes: a node that is not (deleted, say) could come back with its id
   * and would find an entry that no change has touched. */
  if (live_plan_id == 0 || (kind == WP_STORE_CACHE_CHILDREN && live_plan_id != plan_id))
    return array;
  put_entry (wp_store_get_cache (self), kind,
             kind == WP_STORE_CACHE_CHILDREN ? children_key (plan_id, key) : key,
             g_ptr_array_ref (array));
  return array;
}

static gpointer
ref_object (gconstpointer object,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

GPtrArray *
wp_store_cache_copy_array (GPtrArray *array)
{
  return g_ptr_array_copy (array, ref_object, NULL);
}
