/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store-rows"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wp-store-private.h"

/* Rows copied value by value, every column, so that what is put back is exactly what was
 * there, ids and positions included, and so that a later look can tell whether anything
 * changed in between. */

typedef struct
{
  const char     *insert_sql;   /* interned: it also stands for the table and its columns */
  int             n_values;
  sqlite3_value **values;
} Row;

struct _WpStoreRows
{
  GPtrArray *rows;
};

typedef struct
{
  const char *table;
  const char *select;           /* every column of @table; ?1 is the key */
} ScopeQuery;

typedef struct
{
  ScopeQuery  queries[4];       /* in the order a restore inserts them: parents first */
  const char *delete_sql;       /* for the scopes that wp_store_rows_replace() writes */
  const char *owner_sql;        /* the node the rows belong to */
} ScopeInfo;

#define SUBTREE_CTE \
  "WITH RECURSIVE sub (id, depth) AS (SELECT ?1, 0 UNION ALL " \
  "SELECT n.id, sub.depth + 1 FROM nodes n JOIN sub ON n.parent_id = sub.id) "

static const ScopeInfo scopes[] = {
  [WP_STORE_SCOPE_PLAN] = {
    /* Not "modified": every edit sets it, undo too. */
    { { "plans", "SELECT id, year, title, organization, preamble, numbering, period_start, "
                 "period_end, created FROM plans WHERE id = ?1" } },
  },
  [WP_STORE_SCOPE_NODE] = {
    { { "nodes", "SELECT * FROM nodes WHERE id = ?1" } },
  },
  [WP_STORE_SCOPE_SUBTREE] = {
    { { "nodes", SUBTREE_CTE "SELECT nodes.* FROM sub JOIN nodes ON nodes.id = sub.id "
                 "ORDER BY sub.depth, nodes.id" },
      { "node_department", SUBTREE_CTE "SELECT nd.* FROM sub JOIN node_department nd "
                           "ON nd.node_id = sub.id ORDER BY nd.node_id, nd.position" },
      { "indicators", SUBTREE_CTE "SELECT i.* FROM sub JOIN indicators i ON i.node_id = sub.id "
                      "ORDER BY i.id" },
      { "progress_entries", SUBTREE_CTE "SELECT p.* FROM sub JOIN progress_entries p "
                            "ON p.node_id = sub.id ORDER BY p.id" } },
  },
  [WP_STORE_SCOPE_ASSIGNMENTS] = {
    { { "node_department", "SELECT * FROM node_department WHERE node_id = ?1 ORDER BY position" } },
    "DELETE FROM node_department WHERE node_id = ?1",
    "SELECT id FROM nodes WHERE id = ?1",
  },
  [WP_STORE_SCOPE_INDICATOR] = {
    { { "indicators", "SELECT * FROM indicators WHERE id = ?1" } },
    "DELETE FROM indicators WHERE id = ?1",
    "SELECT node_id FROM indicators WHERE id = ?1",
  },
  [WP_STORE_SCOPE_PROGRESS] = {
    { { "progress_entries", "SELECT * FROM progress_entries WHERE id = ?1" } },
    "DELETE FROM progress_entries WHERE id = ?1",
    "SELECT node_id FROM progress_entries WHERE id = ?1",
  },
};

static void
row_free (gpointer data)
{
  Row *row = data;

  for (int i = 0; i < row->n_values; i++)
    sqlite3_value_free (row->values[i]);
  g_free (row->values);
  g_free (row);
}

WpStoreRows *
wp_store_rows_new (void)
{
  WpStoreRows *rows = g_new0 (WpStoreRows, 1);

  rows->rows = g_ptr_array_new_with_free_func (row_free);
  return rows;
}

void
wp_store_rows_free (WpStoreRows *rows)
{
  g_ptr_array_unref (rows->rows);
  g_free (rows);
}

/* "INSERT INTO table (a, b) VALUES (?, ?)" for the columns of @stmt, interned. */
static const char *
make_insert_sql (const char   *table,
                 sqlite3_stmt *stmt)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  int n = sqlite3_column_count (stmt);

  g_string_append_printf (sql, "INSERT INTO %s (", table);
  for (int i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", sqlite3_column_name (stmt, i));
  g_string_append (sql, ") VALUES (");
  for (int i = 0; i < n; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");
  return g_intern_string (sql->str);
}

static gboolean
read_query (WpStore           *self,
            WpStoreRows       *rows,
            const ScopeQuery  *query,
            gint64             key,
            GError           **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, query->select, error);
  const char *insert_sql;

  if (stmt == NULL)
    return FALSE;
  insert_sql = make_insert_sql (query->table, stmt);
  sqlite3_bind_int64 (stmt, 1, key);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Row *row = g_new0 (Row, 1);

      row->insert_sql = insert_sql;
      row->n_values = sqlite3_column_count (stmt);
      row->values = g_new0 (sqlite3_value *, row->n_values);
      for (int i = 0; i < row->n_values; i++)
        row->values[i] = sqlite3_value_dup (sqlite3_column_value (stmt, i));
      g_ptr_array_add (rows->rows, row);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

WpStoreRows *
wp_store_rows_read (WpStore       *self,
                    WpStoreScope   scope,
                    gint64         key,
                    GError       **error)
{
  g_autoptr(WpStoreRows) rows = wp_store_rows_new ();

  for (guint i = 0; i < G_N_ELEMENTS (scopes[scope].queries); i++)
    {
      const ScopeQuery *query = &scopes[scope].queries[i];

      if (query->table != NULL && !read_query (self, rows, query, key, error))
        return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
values_equal (sqlite3_value *a,
              sqlite3_value *b)
{
  int type = sqlite3_value_type (a);
  int n_bytes;

  if (type != sqlite3_value_type (b))
    return FALSE;
  switch (type)
    {
    case SQLITE_NULL:
      return TRUE;
    case SQLITE_INTEGER:
      return sqlite3_value_int64 (a) == sqlite3_value_int64 (b);
    case SQLITE_FLOAT:
      return sqlite3_value_double (a) == sqlite3_value_double (b);
    default:
      /* An empty text or blob has no buffer: memcmp() must not see its NULL. */
      n_bytes = sqlite3_value_bytes (a);
      return n_bytes == sqlite3_value_bytes (b) &&
             (n_bytes == 0 ||
              memcmp (sqlite3_value_blob (a), sqlite3_value_blob (b), n_bytes) == 0);
    }
}

static gboolean
rows_equal (WpStoreRows *a,
            WpStoreRows *b)
{
  if (a->rows->len != b->rows->len)
    return FALSE;
  for (guint i = 0; i < a->rows->len; i++)
    {
      Row *row_a = g_ptr_array_index (a->rows, i);
      Row *row_b = g_ptr_array_index (b->rows, i);

      if (row_a->insert_sql != row_b->insert_sql)
        return FALSE;
      for (int j = 0; j < row_a->n_values; j++)
        {
          if (!values_equal (row_a->values[j], row_b->values[j]))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
wp_store_conflict (GError **error)
{
  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_CONFLICT,
               _("The plan was changed elsewhere in the meantime, in another window or "
                 "program."));
  return FALSE;
}

gboolean
wp_store_rows_check (WpStore       *self,
                     WpStoreScope   scope,
                     gint64         key,
                     WpStoreRows   *expected,
                     GError       **error)
{
  g_autoptr(WpStoreRows) current = wp_store_rows_read (self, scope, key, error);

  if (current == NULL)
    return FALSE;
  return rows_equal (current, expected) || wp_store_conflict (error);
}

gboolean
wp_store_rows_insert (WpStore      *self,
                      WpStoreRows  *rows,
                      GError      **error)
{
  for (guint i = 0; i < rows->rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows->rows, i);
      sqlite3_stmt *stmt = wp_store_prepare (self, row->insert_sql, error);
      g_autoptr(GError) local_error = NULL;

      if (stmt == NULL)
        return FALSE;
      for (int j = 0; j < row->n_values; j++)
        sqlite3_bind_value (stmt, j + 1, row->values[j]);
      if (wp_store_run (self, stmt, &local_error))
        continue;
      /* The rows fitted when they were read: a constraint that fails now is an id taken,
       * or a department or parent deleted, since. */
      if (g_error_matches (local_error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID))
        return wp_store_conflict (error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gint64
wp_store_rows_get_owner (WpStore      *self,
                         WpStoreScope  scope,
                         gint64        key)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (scopes[scope].owner_sql != NULL, 0);

  stmt = wp_store_prepare (self, scopes[scope].owner_sql, NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, key);
  return wp_store_query_int64 (self, stmt);
}

static gboolean
delete_scope (WpStore       *self,
              WpStoreScope   scope,
              gint64         key,
              GError       **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, scopes[scope].delete_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, key);
  return wp_store_run (self, stmt, error);
}

/* Tells the owner's listeners and the plan's "modified". */
static gboolean
note_owner_changed (WpStore  *self,
                    gint64    node_id,
                    GError  **error)
{
  g_autoptr(WpNode) node = NULL;

  if (node_id == 0)
    return TRUE;
  node = wp_store_require_node (self, node_id, error);
  if (node == NULL || !wp_store_touch_plan (self, wp_node_get_plan_id (node), error))
    return FALSE;
  wp_store_note_node_changed (self, node_id);
  return TRUE;
}

gboolean
wp_store_rows_replace (WpStore       *self,
                       WpStoreScope   scope,
                       gint64         key,
                       WpStoreRows   *rows,
                       GError       **error)
{
  gint64 owner;
  gboolean ok;

  g_return_val_if_fail (scopes[scope].delete_sql != NULL, FALSE);

  if (!wp_store_begin (self, error))
    return FALSE;
  /* The rows are there before, after, or both. */
  owner = wp_store_rows_get_owner (self, scope, key);
  ok = delete_scope (self, scope, key, error) && wp_store_rows_insert (self, rows, error);
  if (ok && owner == 0)
    owner = wp_store_rows_get_owner (self, scope, key);
  ok = ok && note_owner_changed (self, owner, error);
  return wp_store_finish (self, ok, error);
}
