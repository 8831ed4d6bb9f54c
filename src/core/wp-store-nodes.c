/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store-nodes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-store-cache.h"
#include "wp-store-private.h"

void
wp_store_read_node_row (sqlite3_stmt *stmt,
                        gpointer      object)
{
  WpNode *node = object;
  WpNodeKind kind = WP_NODE_TASK;
  WpStatus status = WP_STATUS_NOT_STARTED;

  wp_node_kind_from_string (wp_store_column_text (stmt, 4), &kind);
  wp_status_from_string (wp_store_column_text (stmt, 7), &status);

  g_object_freeze_notify (G_OBJECT (node));
  wp_node_set_id (node, sqlite3_column_int64 (stmt, 0));
  wp_node_set_plan_id (node, sqlite3_column_int64 (stmt, 1));
  wp_node_set_parent_id (node, sqlite3_column_int64 (stmt, 2));
  wp_node_set_position (node, sqlite3_column_int (stmt, 3));
  wp_node_set_kind (node, kind);
  wp_node_set_title (node, wp_store_column_text (stmt, 5));
  wp_node_set_body (node, wp_store_column_text (stmt, 6));
  wp_node_set_status (node, status);
  wp_node_set_progress (node, sqlite3_column_double (stmt, 8));
  wp_node_set_progress_from_indicators (node, sqlite3_column_int (stmt, 9) != 0);
  wp_node_set_key (node, sqlite3_column_int (stmt, 10) != 0);
  wp_node_set_start (node, wp_store_column_text (stmt, 11));
  wp_node_set_due (node, wp_store_column_text (stmt, 12));
  wp_node_set_completed (node, wp_store_column_text (stmt, 13));
  wp_node_set_weight (node, sqlite3_column_double (stmt, 14));
  wp_node_set_summary (node, wp_store_column_text (stmt, 15));
  wp_node_set_reason (node, wp_store_column_text (stmt, 16));
  g_object_thaw_notify (G_OBJECT (node));
}


WpNode *
wp_store_require_node (WpStore  *self,
                       gint64    node_id,
                       GError  **error)
{
  WpNode *node = wp_store_get_node (self, node_id);

  if (node == NULL)
    wp_store_not_found (error, _("node"), node_id);
  return node;
}

WpNode *
wp_store_get_node (WpStore *self,
                   gint64   node_id)
{
  WpNode *node;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), NULL);

  node = g_hash_table_lookup (wp_store_get_node_cache (self), &node_id);
  if (node != NULL)
    return g_object_ref (node);

  stmt = wp_store_prepare (self, WP_STORE_NODE_SELECT " WHERE id = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, node_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    node = wp_store_cache_row (wp_store_get_node_cache (self), stmt, WP_TYPE_NODE,
                                         wp_store_read_node_row);
  sqlite3_reset (stmt);
  return node;
}

static GPtrArray *
query_children (WpStore *self,
                gint64   plan_id,
                gint64   parent_id)
{
  GPtrArray *children = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  stmt = wp_store_prepare (self, WP_STORE_NODE_SELECT " WHERE plan_id = ? AND parent_id IS ? "
                           "ORDER BY position", NULL);
  if (stmt == NULL)
    return children;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  wp_store_bind_id_or_null (stmt, 2, parent_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (children, wp_store_cache_row (wp_store_get_node_cache (self), stmt,
                                                   WP_TYPE_NODE, wp_store_read_node_row));
  sqlite3_reset (stmt);
  return children;
}

GPtrArray *
wp_store_peek_children (WpStore *self,
                        gint64   plan_id,
                        gint64   parent_id)
{
  GPtrArray *children;

  g_return_val_if_fail (WP_IS_STORE (self), NULL);

  children = wp_store_cache_lookup (self, WP_STORE_CACHE_CHILDREN, plan_id, parent_id, TRUE);
  if (children != NULL)
    return children;
  children = query_children (self, plan_id, parent_id);
  return wp_store_cache_keep (self, WP_STORE_CACHE_CHILDREN, plan_id, parent_id, children);
}

GPtrArray *
wp_store_list_children (WpStore *self,
                        gint64   plan_id,
                        gint64   parent_id)
{
  g_autoptr(GPtrArray) children = NULL;

  g_return_val_if_fail (WP_IS_STORE (self), g_ptr_array_new_with_free_func (g_object_unref));

  /* A copy: the caller may change it, the cache's may not. */
  children = wp_store_peek_children (self, plan_id, parent_id);
  return wp_store_cache_copy_array (children);
}

static gint64
count_children (WpStore *self,
                gint64   plan_id,
                gint64   parent_id)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, "SELECT count(*) FROM nodes "
                                      "WHERE plan_id = ? AND parent_id IS ?", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  wp_store_bind_id_or_null (stmt, 2, parent_id);
  return wp_store_query_int64 (self, stmt);
}

/* Shifts the siblings at or after @from, except @moving_id, by @delta to open or close a gap. */
static gboolean
shift_siblings (WpStore  *self,
                gint64    plan_id,
                gint64    parent_id,
                gint64    from,
                int       delta,
                gint64    moving_id,
                GError  **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, "UPDATE nodes SET position = position + ? "
                                      "WHERE plan_id = ? AND parent_id IS ? AND position >= ? "
                                      "AND id != ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, delta);
  sqlite3_bind_int64 (stmt, 2, plan_id);
  wp_store_bind_id_or_null (stmt, 3, parent_id);
  sqlite3_bind_int64 (stmt, 4, from);
  sqlite3_bind_int64 (stmt, 5, moving_id);
  wp_store_note_children_changed (self, plan_id, parent_id);
  return wp_store_run (self, stmt, error);
}

/* Brings the live objects of a sibling list up to date after positions moved. */
static void
refresh_children (WpStore *self,
                  gint64   plan_id,
                  gint64   parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (self, plan_id, parent_id);
}

static gboolean
check_node_fields (WpNode  *node,
                   GError **error)
{
  const char *dates[] = { wp_node_get_start (node), wp_node_get_due (node),
                          wp_node_get_completed (node) };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      if (dates[i] != NULL && !wp_date_is_valid_iso (dates[i]))
        {
          g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                       _("“%s” is not a date; write dates like 2019-06-30."), dates[i]);
          return FALSE;
        }
    }
  if (wp_node_get_progress (node) < 0 || wp_node_get_progress (node) > 100)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("Progress must be between 0 and 100 percent."));
      return FALSE;
    }
  return TRUE;
}

/* Binds the editable fields to parameters 1–13. */
static void
bind_node_fields (sqlite3_stmt *stmt,
                  WpNode       *node)
{
  sqlite3_bind_text (stmt, 1, wp_node_kind_to_string (wp_node_get_kind (node)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, wp_node_get_title (node), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, wp_node_get_body (node), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, wp_status_to_string (wp_node_get_status (node)), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 5, wp_node_get_progress (node));
  sqlite3_bind_int (stmt, 6, wp_node_get_progress_from_indicators (node));
  sqlite3_bind_int (stmt, 7, wp_node_get_key (node));
  wp_store_bind_text_or_null (stmt, 8, wp_node_get_start (node));
  wp_store_bind_text_or_null (stmt, 9, wp_node_get_due (node));
  wp_store_bind_text_or_null (stmt, 10, wp_node_get_completed (node));
  sqlite3_bind_double (stmt, 11, wp_node_get_weight (node));
  sqlite3_bind_text (stmt, 12, wp_node_get_summary (node), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, wp_node_get_reason (node), -1, SQLITE_TRANSIENT);
}

static gboolean
check_parent (WpStore  *self,
              gint64    plan_id,
              gint64    parent_id,
              GError  **error)
{
  g_autoptr(WpNode) parent = NULL;
  g_autoptr(WpPlan) plan = wp_store_get_plan (self, plan_id);

  if (plan == NULL)
    return wp_store_not_found (error, _("plan"), plan_id);
  if (parent_id == 0)
    return TRUE;
  parent = wp_store_get_node (self, parent_id);
  if (parent == NULL || wp_node_get_plan_id (parent) != plan_id)
    return wp_store_not_found (error, _("parent node in this plan"), parent_id);
  return TRUE;
}

static gint64
insert_node_row (WpStore  *self,
                 WpNode   *node,
                 gint64    plan_id,
                 gint64    parent_id,
                 gint64    position,
                 GError  **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, "INSERT INTO nodes (kind, title, body, status, "
                                         "progress, progress_from_indicators, key_task, "
                                         "start_date, due_date, completed_date, weight, summary, "
                                         "reason, plan_id, parent_id, position) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                         error);

  if (stmt == NULL)
    return 0;
  bind_node_fields (stmt, node);
  sqlite3_bind_int64 (stmt, 14, plan_id);
  wp_store_bind_id_or_null (stmt, 15, parent_id);
  sqlite3_bind_int64 (stmt, 16, position);
  if (!wp_store_run (self, stmt, error))
    return 0;
  return wp_store_last_insert_id (self);
}

gint64
wp_store_append_node_row (WpStore  *self,
                          WpNode   *node,
                          gint64    plan_id,
                          gint64    parent_id,
                          guint     position,
                          GError  **error)
{
  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (WP_IS_NODE (node), 0);

  if (!check_node_fields (node, error))
    return 0;
  return insert_node_row (self, node, plan_id, parent_id, position, error);
}

gint64
wp_store_insert_node (WpStore  *self,
                      WpNode   *node,
                      int       position,
                      GError  **error)
{
  gint64 plan_id, parent_id, n_siblings, id = 0;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (WP_IS_NODE (node), 0);

  plan_id = wp_node_get_plan_id (node);
  parent_id = wp_node_get_parent_id (node);
  if (!check_node_fields (node, error) || !wp_store_begin (self, error))
    return 0;

  ok = check_parent (self, plan_id, parent_id, error);
  if (ok)
    {
      n_siblings = count_children (self, plan_id, parent_id);
      if (position < 0 || position > n_siblings)
        position = n_siblings;
      ok = shift_siblings (self, plan_id, parent_id, position, 1, 0, error) &&
           (id = insert_node_row (self, node, plan_id, parent_id, position, error)) != 0 &&
           wp_store_touch_plan (self, plan_id, error);
    }
  if (ok)
    {
      refresh_children (self, plan_id, parent_id);
      if (parent_id != 0)
        wp_store_note_node_changed (self, parent_id);
    }
  if (!wp_store_finish (self, ok, error))
    return 0;
  return id;
}

gboolean
wp_store_update_node (WpStore  *self,
                      WpNode   *node,
                      GError  **error)
{
  g_autoptr(WpNode) live = NULL;
  g_autoptr(WpNode) updated = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  g_return_val_if_fail (WP_IS_NODE (node), FALSE);

  id = wp_node_get_id (node);
  live = wp_store_require_node (self, id, error);
  if (live == NULL)
    return FALSE;
  if (!check_node_fields (node, error) || !wp_store_begin (self, error))
    return FALSE;

  stmt = wp_store_prepare (self, "UPDATE nodes SET kind = ?, title = ?, body = ?, status = ?, "
                        "progress = ?, progress_from_indicators = ?, key_task = ?, "
                        "start_date = ?, due_date = ?, completed_date = ?, weight = ?, "
                        "summary = ?, reason = ? WHERE id = ?14", error);
  ok = stmt != NULL;
  if (ok)
    {
      bind_node_fields (stmt, node);
      sqlite3_bind_int64 (stmt, 14, id);
      ok = wp_store_run (self, stmt, error) &&
           wp_store_touch_plan (self, wp_node_get_plan_id (live), error);
    }
  if (ok)
    {
      /* The place in the tree is not an editable field: keep the live one. */
      updated = wp_node_copy (node);
      wp_node_set_plan_id (updated, wp_node_get_plan_id (live));
      wp_node_set_parent_id (updated, wp_node_get_parent_id (live));
      wp_node_set_position (updated, wp_node_get_position (live));
      wp_node_assign (live, updated);
      wp_store_note_node_changed (self, id);
    }
  return wp_store_finish (self, ok, error);
}

/* Ids of the node and all its descendants. */
static GArray *
collect_subtree (WpStore *self,
                 gint64   node_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = wp_store_prepare (self, "WITH RECURSIVE sub (id) AS (SELECT ? UNION ALL "
                                      "SELECT n.id FROM nodes n JOIN sub ON n.parent_id = sub.id) "
                                      "SELECT id FROM sub", NULL);

  if (stmt == NULL)
    return ids;
  sqlite3_bind_int64 (stmt, 1, node_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

gboolean
wp_store_delete_node (WpStore  *self,
                      gint64    node_id,
                      GError  **error)
{
  g_autoptr(WpNode) node = NULL;
  g_autoptr(GArray) subtree = NULL;
  sqlite3_stmt *stmt;
  gint64 plan_id, parent_id;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  node = wp_store_require_node (self, node_id, error);
  if (node == NULL)
    return FALSE;
  plan_id = wp_node_get_plan_id (node);
  parent_id = wp_node_get_parent_id (node);
  if (!wp_store_begin (self, error))
    return FALSE;

  subtree = collect_subtree (self, node_id);
  stmt = wp_store_prepare (self, "DELETE FROM nodes WHERE id = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, node_id);
      ok = wp_store_run (self, stmt, error) &&
           shift_siblings (self, plan_id, parent_id, wp_node_get_position (node) + 1, -1, 0,
                           error) &&
           wp_store_touch_plan (self, plan_id, error);
    }
  if (ok)
    {
      for (guint i = 0; i < subtree->len; i++)
        g_hash_table_remove (wp_store_get_node_cache (self),
                             &g_array_index (subtree, gint64, i));
      wp_store_cache_forget_subtree (wp_store_get_cache (self), plan_id, subtree);
      refresh_children (self, plan_id, parent_id);
      if (parent_id != 0)
        wp_store_note_node_changed (self, parent_id);
    }
  return wp_store_finish (self, ok, error);
}

/* Whether a node can go back to @position under @parent_id: the parent is still there and
 * the gap it left has not closed from elsewhere. */
static gboolean
check_old_place (WpStore  *self,
                 gint64    plan_id,
                 gint64    parent_id,
                 guint     position,
                 GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!check_parent (self, plan_id, parent_id, &local_error) ||
      position > count_children (self, plan_id, parent_id))
    return wp_store_conflict (error);
  return TRUE;
}

gboolean
wp_store_restore_subtree (WpStore      *self,
                          WpNode       *root,
                          WpStoreRows  *rows,
                          GError      **error)
{
  gint64 plan_id = wp_node_get_plan_id (root);
  gint64 parent_id = wp_node_get_parent_id (root);
  guint position = wp_node_get_position (root);
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  g_return_val_if_fail (WP_IS_NODE (root), FALSE);

  if (!wp_store_begin (self, error))
    return FALSE;
  ok = check_old_place (self, plan_id, parent_id, position, error) &&
       shift_siblings (self, plan_id, parent_id, position, 1, 0, error) &&
       wp_store_rows_insert (self, rows, error) &&
       wp_store_touch_plan (self, plan_id, error);
  if (ok)
    {
      refresh_children (self, plan_id, parent_id);
      if (parent_id != 0)
        wp_store_note_node_changed (self, parent_id);
    }
  return wp_store_finish (self, ok, error);
}

static gboolean
is_in_subtree (WpStore *self,
               gint64   root_id,
               gint64   node_id)
{
  g_autoptr(GArray) subtree = collect_subtree (self, root_id);

  for (guint i = 0; i < subtree->len; i++)
    {
      if (g_array_index (subtree, gint64, i) == node_id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
set_node_place (WpStore  *self,
                gint64    node_id,
                gint64    parent_id,
                gint64    position,
                GError  **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, "UPDATE nodes SET parent_id = ?, position = ? "
                                         "WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  wp_store_bind_id_or_null (stmt, 1, parent_id);
  sqlite3_bind_int64 (stmt, 2, position);
  sqlite3_bind_int64 (stmt, 3, node_id);
  return wp_store_run (self, stmt, error);
}

/* Closes the gap the node leaves, then opens one at its new place. */
static gboolean
relocate (WpStore  *self,
          WpNode   *node,
          gint64    parent_id,
          int       position,
          GError  **error)
{
  gint64 id = wp_node_get_id (node);
  gint64 plan_id = wp_node_get_plan_id (node);
  gint64 old_parent = wp_node_get_parent_id (node);
  gint64 n_siblings;

  if (!shift_siblings (self, plan_id, old_parent, wp_node_get_position (node) + 1, -1, id, error))
    return FALSE;

  n_siblings = count_children (self, plan_id, parent_id) - (old_parent == parent_id ? 1 : 0);
  if (position < 0 || position > n_siblings)
    position = n_siblings;
  return shift_siblings (self, plan_id, parent_id, position, 1, id, error) &&
         set_node_place (self, id, parent_id, position, error) &&
         wp_store_touch_plan (self, plan_id, error);
}

gboolean
wp_store_move_node (WpStore  *self,
                    gint64    node_id,
                    gint64    parent_id,
                    int       position,
                    GError  **error)
{
  g_autoptr(WpNode) node = NULL;
  gint64 plan_id, old_parent;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  node = wp_store_require_node (self, node_id, error);
  if (node == NULL)
    return FALSE;
  plan_id = wp_node_get_plan_id (node);
  old_parent = wp_node_get_parent_id (node);
  if (parent_id != 0 && is_in_subtree (self, node_id, parent_id))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("“%s” cannot be moved into itself."), wp_node_get_title (node));
      return FALSE;
    }
  if (!wp_store_begin (self, error))
    return FALSE;

  ok = check_parent (self, plan_id, parent_id, error) &&
       relocate (self, node, parent_id, position, error);
  if (ok)
    {
      refresh_children (self, plan_id, old_parent);
      refresh_children (self, plan_id, parent_id);
      wp_store_note_children_changed (self, plan_id, old_parent);
      wp_store_note_children_changed (self, plan_id, parent_id);
      if (old_parent != 0)
        wp_store_note_node_changed (self, old_parent);
      if (parent_id != 0)
        wp_store_note_node_changed (self, parent_id);
    }
  return wp_store_finish (self, ok, error);
}

/* The sibling just before @node, or NULL at the first place. */
static WpNode *
get_previous_sibling (WpStore *self,
                      WpNode  *node)
{
  g_autoptr(GPtrArray) siblings = NULL;
  guint position = wp_node_get_position (node);

  if (position == 0)
    return NULL;
  siblings = wp_store_list_children (self, wp_node_get_plan_id (node),
                                     wp_node_get_parent_id (node));
  if (position > siblings->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (siblings, position - 1));
}

gboolean
wp_store_indent_node (WpStore  *self,
                      gint64    node_id,
                      GError  **error)
{
  g_autoptr(WpNode) node = NULL;
  g_autoptr(WpNode) previous = NULL;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  node = wp_store_require_node (self, node_id, error);
  if (node == NULL)
    return FALSE;
  previous = get_previous_sibling (self, node);
  if (previous == NULL)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("“%s” cannot be indented: it is the first item at its level."),
                   wp_node_get_title (node));
      return FALSE;
    }
  return wp_store_move_node (self, node_id, wp_node_get_id (previous), -1, error);
}

gboolean
wp_store_outdent_node (WpStore  *self,
                       gint64    node_id,
                       GError  **error)
{
  g_autoptr(WpNode) node = NULL;
  g_autoptr(WpNode) parent = NULL;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  node = wp_store_require_node (self, node_id, error);
  if (node == NULL)
    return FALSE;
  if (wp_node_get_parent_id (node) == 0)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("“%s” cannot be outdented: it is already at the top level."),
                   wp_node_get_title (node));
      return FALSE;
    }
  parent = wp_store_get_node (self, wp_node_get_parent_id (node));
  return wp_store_move_node (self, node_id, wp_node_get_parent_id (parent),
                             wp_node_get_position (parent) + 1, error);
}

guint
wp_store_get_node_depth (WpStore *self,
                         gint64   node_id)
{
  g_autoptr(WpNode) node = NULL;
  guint depth = 0;

  g_return_val_if_fail (WP_IS_STORE (self), 0);

  node = wp_store_get_node (self, node_id);
  while (node != NULL && wp_node_get_parent_id (node) != 0)
    {
      WpNode *parent = wp_store_get_node (self, wp_node_get_parent_id (node));

      g_object_unref (node);
      node = parent;
      depth++;
    }
  return depth;
}
