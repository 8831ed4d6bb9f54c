/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store-plans"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-store-private.h"

void
wp_store_read_plan_row (sqlite3_stmt *stmt,
                        gpointer      object)
{
  WpPlan *plan = object;
  WpNumbering numbering = WP_NUMBERING_ZH;

  wp_numbering_from_string (wp_store_column_text (stmt, 5), &numbering);
  g_object_freeze_notify (G_OBJECT (plan));
  wp_plan_set_id (plan, sqlite3_column_int64 (stmt, 0));
  wp_plan_set_year (plan, sqlite3_column_int (stmt, 1));
  wp_plan_set_title (plan, wp_store_column_text (stmt, 2));
  wp_plan_set_organization (plan, wp_store_column_text (stmt, 3));
  wp_plan_set_preamble (plan, wp_store_column_text (stmt, 4));
  wp_plan_set_numbering (plan, numbering);
  wp_plan_set_period_start (plan, wp_store_column_text (stmt, 6));
  wp_plan_set_period_end (plan, wp_store_column_text (stmt, 7));
  wp_plan_set_created (plan, wp_store_column_text (stmt, 8));
  wp_plan_set_modified (plan, wp_store_column_text (stmt, 9));
  g_object_thaw_notify (G_OBJECT (plan));
}

GPtrArray *
wp_store_list_plans (WpStore *self)
{
  GPtrArray *plans = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), plans);

  stmt = wp_store_prepare (self, WP_STORE_PLAN_SELECT " ORDER BY year, id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (plans, wp_store_cache_row (wp_store_get_plan_cache (self), stmt, WP_TYPE_PLAN,
                                         wp_store_read_plan_row));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return plans;
}

WpPlan *
wp_store_get_plan (WpStore *self,
                   gint64   plan_id)
{
  WpPlan *plan = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), NULL);

  stmt = wp_store_prepare (self, WP_STORE_PLAN_SELECT " WHERE id = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    plan = wp_store_cache_row (wp_store_get_plan_cache (self), stmt, WP_TYPE_PLAN,
                                         wp_store_read_plan_row);
  sqlite3_reset (stmt);
  return plan;
}

static void
bind_plan_fields (sqlite3_stmt *stmt,
                  WpPlan       *plan)
{
  sqlite3_bind_int (stmt, 1, wp_plan_get_year (plan));
  sqlite3_bind_text (stmt, 2, wp_plan_get_title (plan), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, wp_plan_get_organization (plan), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, wp_plan_get_preamble (plan), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, wp_numbering_to_string (wp_plan_get_numbering (plan)), -1,
                     SQLITE_STATIC);
  wp_store_bind_text_or_null (stmt, 6, wp_plan_get_period_start (plan));
  wp_store_bind_text_or_null (stmt, 7, wp_plan_get_period_end (plan));
}

static gboolean
check_plan_fields (WpStore  *self,
                   WpPlan   *plan,
                   GError  **error)
{
  const char *start = wp_plan_get_period_start (plan);
  const char *end = wp_plan_get_period_end (plan);

  if (wp_plan_get_year (plan) < 1900 || wp_plan_get_year (plan) > 9999)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("A plan’s year must be between 1900 and 9999, not %u."),
                   wp_plan_get_year (plan));
      return FALSE;
    }
  if ((start != NULL && !wp_date_is_valid_iso (start)) || (end != NULL && !wp_date_is_valid_iso (end)))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("A plan’s period must be given as dates like 2019-01-01."));
      return FALSE;
    }
  return TRUE;
}

gint64
wp_store_create_plan (WpStore  *self,
                      WpPlan   *plan,
                      GError  **error)
{
  g_autofree char *now = wp_store_now_iso ();
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (WP_IS_PLAN (plan), 0);

  if (!check_plan_fields (self, plan, error) || !wp_store_begin (self, error))
    return 0;
  stmt = wp_store_prepare (self, "INSERT INTO plans (year, title, organization, preamble, numbering, "
                        "period_start, period_end, created, modified) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?8, ?8)", error);
  ok = stmt != NULL;
  if (ok)
    {
      bind_plan_fields (stmt, plan);
      sqlite3_bind_text (stmt, 8, now, -1, SQLITE_TRANSIENT);
      ok = wp_store_run (self, stmt, error);
      id = wp_store_last_insert_id (self);
    }
  if (ok)
    wp_store_note_plans_changed (self);
  if (!wp_store_finish (self, ok, error))
    return 0;
  return id;
}

/* Records that something in a plan changed now. */
gboolean
wp_store_touch_plan (WpStore  *self,
            gint64    plan_id,
            GError  **error)
{
  g_autofree char *now = wp_store_now_iso ();
  sqlite3_stmt *stmt = wp_store_prepare (self, "UPDATE plans SET modified = ? WHERE id = ?", error);
  WpPlan *cached = g_hash_table_lookup (wp_store_get_plan_cache (self), &plan_id);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, plan_id);
  if (!wp_store_run (self, stmt, error))
    return FALSE;
  if (cached != NULL)
    wp_plan_set_modified (cached, now);
  return TRUE;
}

gboolean
wp_store_not_found (GError     **error,
                    const char  *what,
                    gint64       id)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* TRANSLATORS: the first %s is a thing such as "plan" or "node", the second its id */
  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND,
               _("There is no %s with id %s."), what, id_text);
  return FALSE;
}

/* Brings the live plan up to date with its row. */
static void
refresh_plan (WpStore *self,
              gint64   plan_id)
{
  g_autoptr(WpPlan) plan = wp_store_get_plan (self, plan_id);
}

gboolean
wp_store_update_plan (WpStore  *self,
                      WpPlan   *plan,
                      GError  **error)
{
  gint64 id;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);

  id = wp_plan_get_id (plan);
  if (!check_plan_fields (self, plan, error) || !wp_store_begin (self, error))
    return FALSE;
  stmt = wp_store_prepare (self, "UPDATE plans SET year = ?, title = ?, organization = ?, preamble = ?, "
                        "numbering = ?, period_start = ?, period_end = ? WHERE id = ?8", error);
  ok = stmt != NULL;
  if (ok)
    {
      bind_plan_fields (stmt, plan);
      sqlite3_bind_int64 (stmt, 8, id);
      ok = wp_store_run (self, stmt, error);
    }
  if (ok && wp_store_changes (self) == 0)
    ok = wp_store_not_found (error, _("plan"), id);
  ok = ok && wp_store_touch_plan (self, id, error);
  if (ok)
    refresh_plan (self, id);
  if (ok)
    wp_store_note_plans_changed (self);
  return wp_store_finish (self, ok, error);
}

gboolean
wp_store_rename_plan (WpStore     *self,
                      gint64       plan_id,
                      const char  *title,
                      GError     **error)
{
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(WpPlan) edit = NULL;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  plan = wp_store_get_plan (self, plan_id);
  if (plan == NULL)
    return wp_store_not_found (error, _("plan"), plan_id);
  edit = wp_plan_copy (plan);
  wp_plan_set_title (edit, title);
  return wp_store_update_plan (self, edit, error);
}

static void
forget_plan_nodes (WpStore *self,
                   gint64   plan_id)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, wp_store_get_node_cache (self));
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (wp_node_get_plan_id (value) == plan_id)
        g_hash_table_iter_remove (&iter);
    }
}

gboolean
wp_store_delete_plan (WpStore  *self,
                      gint64    plan_id,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  if (!wp_store_begin (self, error))
    return FALSE;
  stmt = wp_store_prepare (self, "DELETE FROM plans WHERE id = ?", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, plan_id);
      ok = wp_store_run (self, stmt, error);
    }
  if (ok && wp_store_changes (self) == 0)
    ok = wp_store_not_found (error, _("plan"), plan_id);
  if (ok)
    {
      forget_plan_nodes (self, plan_id);
      g_hash_table_remove (wp_store_get_plan_cache (self), &plan_id);
      wp_store_note_children_changed (self, plan_id, 0);
    }
  if (ok)
    wp_store_note_plans_changed (self);
  return wp_store_finish (self, ok, error);
}

guint
wp_store_count_nodes (WpStore    *self,
                      gint64      plan_id,
                      WpNodeKind  kind)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), 0);

  stmt = wp_store_prepare (self, "SELECT count(*) FROM nodes WHERE plan_id = ? AND kind = ?", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_text (stmt, 2, wp_node_kind_to_string (kind), -1, SQLITE_STATIC);
  return (guint) wp_store_query_int64 (self, stmt);
}
