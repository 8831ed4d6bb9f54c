/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store-details"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-store-cache.h"
#include "wp-store-private.h"

GPtrArray *
wp_store_list_departments (WpStore *self)
{
  GPtrArray *departments = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), departments);

  stmt = wp_store_prepare (self, "SELECT id, name, full_name, position FROM departments "
                        "ORDER BY position, id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (departments,
                     wp_department_new (sqlite3_column_int64 (stmt, 0), wp_store_column_text (stmt, 1),
                                        wp_store_column_text (stmt, 2), sqlite3_column_int (stmt, 3)));
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return departments;
}

static gint64
find_department (WpStore    *self,
                 const char *name)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, "SELECT id FROM departments WHERE name = ?", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  return wp_store_query_int64 (self, stmt);
}

gint64
wp_store_ensure_department (WpStore     *self,
                            const char  *name,
                            GError     **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  clean = g_strstrip (g_strdup (name));
  if (*clean == '\0')
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("A department needs a name."));
      return 0;
    }
  id = find_department (self, clean);
  if (id != 0)
    return id;

  if (!wp_store_begin (self, error))
    return 0;
  stmt = wp_store_prepare (self, "INSERT INTO departments (name, position) "
                        "VALUES (?, (SELECT count(*) FROM departments))", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
      ok = wp_store_run (self, stmt, error);
      id = wp_store_last_insert_id (self);
    }
  if (!wp_store_finish (self, ok, error))
    return 0;
  return id;
}

WpAssignment *
wp_store_read_assignment_row (sqlite3_stmt *stmt)
{
  WpRole role = WP_ROLE_SUPPORT;

  wp_role_from_string (wp_store_column_text (stmt, 3), &role);
  return wp_assignment_new (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                            wp_store_column_text (stmt, 2), role);
}

static GPtrArray *
query_assignments (WpStore *self,
                   gint64   node_id)
{
  GPtrArray *assignments = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  stmt = wp_store_prepare (self, "SELECT nd.node_id, nd.department_id, d.name, nd.role "
                           "FROM node_department nd JOIN departments d ON d.id = nd.department_id "
                           "WHERE nd.node_id = ? ORDER BY nd.position", NULL);
  if (stmt == NULL)
    return assignments;
  sqlite3_bind_int64 (stmt, 1, node_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (assignments, wp_store_read_assignment_row (stmt));
  sqlite3_reset (stmt);
  return assignments;
}

static GPtrArray *query_indicators (WpStore *self,
                                    gint64   node_id);

/* A node's assignments or indicators from the cache, else from the database (and kept). */
static GPtrArray *
get_details (WpStore          *self,
             WpStoreCacheKind  kind,
             gint64            node_id,
             gboolean          load_whole)
{
  GPtrArray *details = wp_store_cache_lookup (self, kind, 0, node_id, load_whole);

  if (details != NULL)
    return details;
  details = kind == WP_STORE_CACHE_ASSIGNMENTS ? query_assignments (self, node_id)
                                               : query_indicators (self, node_id);
  return wp_store_cache_keep (self, kind, 0, node_id, details);
}

GPtrArray *
wp_store_peek_assignments (WpStore *self,
                           gint64   node_id)
{
  g_return_val_if_fail (WP_IS_STORE (self), NULL);

  return get_details (self, WP_STORE_CACHE_ASSIGNMENTS, node_id, TRUE);
}

GPtrArray *
wp_store_list_assignments (WpStore *self,
                           gint64   node_id)
{
  g_autoptr(GPtrArray) assignments = NULL;

  g_return_val_if_fail (WP_IS_STORE (self), g_ptr_array_new_with_free_func (g_object_unref));

  /* One node's alone: a row on screen need not read the whole plan's. Assignments
   * cannot change, so the copy shares them. */
  assignments = get_details (self, WP_STORE_CACHE_ASSIGNMENTS, node_id, FALSE);
  return wp_store_cache_copy_array (assignments);
}

/* Runs @stmt, which changes something that belongs to @node_id, as one transaction. */
static gboolean
change_node_detail (WpStore       *self,
                    gint64         node_id,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  g_autoptr(WpNode) node = wp_store_require_node (self, node_id, error);
  gboolean ok;

  if (node == NULL)
    return FALSE;
  if (!wp_store_begin (self, error))
    return FALSE;
  ok = wp_store_run (self, stmt, error) && wp_store_touch_plan (self, wp_node_get_plan_id (node), error);
  if (ok)
    wp_store_note_node_changed (self, node_id);
  return wp_store_finish (self, ok, error);
}

/* The statement that adds a department to a node's end, or changes its role. */
static sqlite3_stmt *
prepare_assignment (WpStore  *self,
                    gint64    node_id,
                    gint64    department_id,
                    WpRole    role,
                    GError  **error)
{
  sqlite3_stmt *stmt;

  stmt = wp_store_prepare (self, "INSERT INTO node_department (node_id, department_id, role, position) "
                        "VALUES (?1, ?2, ?3, (SELECT count(*) FROM node_department "
                        "WHERE node_id = ?1)) "
                        "ON CONFLICT (node_id, department_id) DO UPDATE SET role = excluded.role",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, node_id);
  sqlite3_bind_int64 (stmt, 2, department_id);
  sqlite3_bind_text (stmt, 3, wp_role_to_string (role), -1, SQLITE_STATIC);
  return stmt;
}

gboolean
wp_store_assign_department (WpStore  *self,
                            gint64    node_id,
                            gint64    department_id,
                            WpRole    role,
                            GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  stmt = prepare_assignment (self, node_id, department_id, role, error);
  return stmt != NULL && change_node_detail (self, node_id, stmt, error);
}

gboolean
wp_store_append_assignment_row (WpStore  *self,
                                gint64    node_id,
                                gint64    department_id,
                                WpRole    role,
                                GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  stmt = prepare_assignment (self, node_id, department_id, role, error);
  return stmt != NULL && wp_store_run (self, stmt, error);
}

gboolean
wp_store_unassign_department (WpStore  *self,
                              gint64    node_id,
                              gint64    department_id,
                              GError  **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  if (!wp_store_begin (self, error))
    return FALSE;
  /* Positions stay dense: the later assignments move up by one. */
  stmt = wp_store_prepare (self, "UPDATE node_department SET position = position - 1 "
                        "WHERE node_id = ?1 AND position > (SELECT position FROM node_department "
                        "WHERE node_id = ?1 AND department_id = ?2)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, node_id);
      sqlite3_bind_int64 (stmt, 2, department_id);
      ok = wp_store_run (self, stmt, error);
    }
  stmt = ok ? wp_store_prepare (self, "DELETE FROM node_department WHERE node_id = ? AND department_id = ?",
                       error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, node_id);
      sqlite3_bind_int64 (stmt, 2, department_id);
      ok = change_node_detail (self, node_id, stmt, error);
    }
  return wp_store_finish (self, ok, error);
}

/* Indicators */

WpIndicator *
wp_store_read_indicator_row (sqlite3_stmt *stmt)
{
  WpIndicator *indicator = wp_indicator_new ();
  WpComparator comparator = WP_COMPARATOR_AT_LEAST;

  wp_comparator_from_string (wp_store_column_text (stmt, 4), &comparator);
  wp_indicator_set_id (indicator, sqlite3_column_int64 (stmt, 0));
  wp_indicator_set_node_id (indicator, sqlite3_column_int64 (stmt, 1));
  wp_indicator_set_name (indicator, wp_store_column_text (stmt, 2));
  wp_indicator_set_unit (indicator, wp_store_column_text (stmt, 3));
  wp_indicator_set_comparator (indicator, comparator);
  wp_indicator_set_baseline (indicator, wp_store_column_double_or_nan (stmt, 5));
  wp_indicator_set_target (indicator, wp_store_column_double_or_nan (stmt, 6));
  wp_indicator_set_actual (indicator, wp_store_column_double_or_nan (stmt, 7));
  return indicator;
}

static GPtrArray *
query_indicators (WpStore *self,
                  gint64   node_id)
{
  GPtrArray *indicators = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  stmt = wp_store_prepare (self, "SELECT id, node_id, name, unit, comparator, baseline, target, actual "
                        "FROM indicators WHERE node_id = ? ORDER BY position, id", NULL);
  if (stmt == NULL)
    return indicators;
  sqlite3_bind_int64 (stmt, 1, node_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (indicators, wp_store_read_indicator_row (stmt));
  sqlite3_reset (stmt);
  return indicators;
}

GPtrArray *
wp_store_peek_indicators (WpStore *self,
                          gint64   node_id)
{
  g_return_val_if_fail (WP_IS_STORE (self), NULL);

  return get_details (self, WP_STORE_CACHE_INDICATORS, node_id, TRUE);
}

static gpointer
copy_indicator (gconstpointer indicator,
                gpointer      user_data)
{
  return wp_indicator_copy ((WpIndicator *) indicator);
}

GPtrArray *
wp_store_list_indicators (WpStore *self,
                          gint64   node_id)
{
  g_autoptr(GPtrArray) indicators = NULL;

  g_return_val_if_fail (WP_IS_STORE (self), g_ptr_array_new_with_free_func (g_object_unref));

  /* One node's alone; copies: an editor may change what it gets, the cache's must not. */
  indicators = get_details (self, WP_STORE_CACHE_INDICATORS, node_id, FALSE);
  return g_ptr_array_copy (indicators, copy_indicator, NULL);
}

/* Binds name, unit, comparator, baseline, target and actual to parameters 1–6. */
static void
bind_indicator_fields (sqlite3_stmt *stmt,
                       WpIndicator  *indicator)
{
  sqlite3_bind_text (stmt, 1, wp_indicator_get_name (indicator), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, wp_indicator_get_unit (indicator), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, wp_comparator_to_string (wp_indicator_get_comparator (indicator)),
                     -1, SQLITE_STATIC);
  wp_store_bind_double_or_null (stmt, 4, wp_indicator_get_baseline (indicator));
  wp_store_bind_double_or_null (stmt, 5, wp_indicator_get_target (indicator));
  wp_store_bind_double_or_null (stmt, 6, wp_indicator_get_actual (indicator));
}

/* The statement that adds @indicator at the end of @node_id's indicators. */
static sqlite3_stmt *
prepare_indicator_insert (WpStore      *self,
                          WpIndicator  *indicator,
                          gint64        node_id,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = wp_store_prepare (self, "INSERT INTO indicators (name, unit, comparator, baseline, "
                           "target, actual, node_id, position) VALUES (?, ?, ?, ?, ?, ?, ?7, "
                           "(SELECT count(*) FROM indicators WHERE node_id = ?7))", error);
  if (stmt == NULL)
    return NULL;
  bind_indicator_fields (stmt, indicator);
  sqlite3_bind_int64 (stmt, 7, node_id);
  return stmt;
}

gint64
wp_store_add_indicator (WpStore      *self,
                        WpIndicator  *indicator,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 node_id;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (WP_IS_INDICATOR (indicator), 0);

  node_id = wp_indicator_get_node_id (indicator);
  stmt = prepare_indicator_insert (self, indicator, node_id, error);
  if (stmt == NULL || !change_node_detail (self, node_id, stmt, error))
    return 0;
  return wp_store_last_insert_id (self);
}

gint64
wp_store_append_indicator_row (WpStore      *self,
                               WpIndicator  *indicator,
                               gint64        node_id,
                               GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (WP_IS_INDICATOR (indicator), 0);

  stmt = prepare_indicator_insert (self, indicator, node_id, error);
  if (stmt == NULL || !wp_store_run (self, stmt, error))
    return 0;
  return wp_store_last_insert_id (self);
}

static gint64
lookup_owner (WpStore    *self,
              const char *sql,
              gint64      id)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  return wp_store_query_int64 (self, stmt);
}

gboolean
wp_store_update_indicator (WpStore      *self,
                           WpIndicator  *indicator,
                           GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 id, node_id;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  g_return_val_if_fail (WP_IS_INDICATOR (indicator), FALSE);

  id = wp_indicator_get_id (indicator);
  node_id = lookup_owner (self, "SELECT node_id FROM indicators WHERE id = ?", id);
  if (node_id == 0)
    return wp_store_not_found (error, _("indicator"), id);
  stmt = wp_store_prepare (self, "UPDATE indicators SET name = ?, unit = ?, comparator = ?, baseline = ?, "
                        "target = ?, actual = ? WHERE id = ?7", error);
  if (stmt == NULL)
    return FALSE;
  bind_indicator_fields (stmt, indicator);
  sqlite3_bind_int64 (stmt, 7, id);
  return change_node_detail (self, node_id, stmt, error);
}

gboolean
wp_store_delete_indicator (WpStore  *self,
                           gint64    indicator_id,
                           GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 node_id;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  node_id = lookup_owner (self, "SELECT node_id FROM indicators WHERE id = ?", indicator_id);
  if (node_id == 0)
    return wp_store_not_found (error, _("indicator"), indicator_id);
  stmt = wp_store_prepare (self, "DELETE FROM indicators WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, indicator_id);
  return change_node_detail (self, node_id, stmt, error);
}

/* Progress entries */

GPtrArray *
wp_store_list_progress (WpStore *self,
                        gint64   node_id)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), entries);

  stmt = wp_store_prepare (self, "SELECT id, date, progress, note, department_id FROM progress_entries "
                        "WHERE node_id = ? ORDER BY date, id", NULL);
  if (stmt == NULL)
    return entries;
  sqlite3_bind_int64 (stmt, 1, node_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      WpProgressEntry *entry = wp_progress_entry_new ();

      wp_progress_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
      wp_progress_entry_set_node_id (entry, node_id);
      wp_progress_entry_set_date (entry, wp_store_column_text (stmt, 1));
      wp_progress_entry_set_progress (entry, sqlite3_column_double (stmt, 2));
      wp_progress_entry_set_note (entry, wp_store_column_text (stmt, 3));
      wp_progress_entry_set_department_id (entry, sqlite3_column_int64 (stmt, 4));
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);
  return entries;
}

static gboolean
check_progress_entry (WpProgressEntry  *entry,
                      GError          **error)
{
  double progress = wp_progress_entry_get_progress (entry);

  if (!wp_date_is_valid_iso (wp_progress_entry_get_date (entry)))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("A progress entry needs a date like 2019-05-01."));
      return FALSE;
    }
  if (progress < 0 || progress > 100)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("Progress must be between 0 and 100 percent."));
      return FALSE;
    }
  return TRUE;
}

/* Binds date, progress, note and @department_id to parameters 1–4. */
static void
bind_progress_fields (sqlite3_stmt    *stmt,
                      WpProgressEntry *entry,
                      gint64           department_id)
{
  sqlite3_bind_text (stmt, 1, wp_progress_entry_get_date (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 2, wp_progress_entry_get_progress (entry));
  sqlite3_bind_text (stmt, 3, wp_progress_entry_get_note (entry), -1, SQLITE_TRANSIENT);
  wp_store_bind_id_or_null (stmt, 4, department_id);
}

/* The checked statement that adds @entry to @node_id's progress log. */
static sqlite3_stmt *
prepare_progress_insert (WpStore          *self,
                         WpProgressEntry  *entry,
                         gint64            node_id,
                         gint64            department_id,
                         GError          **error)
{
  sqlite3_stmt *stmt;

  if (!check_progress_entry (entry, error))
    return NULL;
  stmt = wp_store_prepare (self, "INSERT INTO progress_entries (date, progress, note, "
                           "department_id, node_id) VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return NULL;
  bind_progress_fields (stmt, entry, department_id);
  sqlite3_bind_int64 (stmt, 5, node_id);
  return stmt;
}

gint64
wp_store_add_progress (WpStore          *self,
                       WpProgressEntry  *entry,
                       GError          **error)
{
  sqlite3_stmt *stmt;
  gint64 node_id;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (entry), 0);

  node_id = wp_progress_entry_get_node_id (entry);
  stmt = prepare_progress_insert (self, entry, node_id,
                                  wp_progress_entry_get_department_id (entry), error);
  if (stmt == NULL || !change_node_detail (self, node_id, stmt, error))
    return 0;
  return wp_store_last_insert_id (self);
}

gint64
wp_store_append_progress_row (WpStore          *self,
                              WpProgressEntry  *entry,
                              gint64            node_id,
                              gint64            department_id,
                              GError          **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (entry), 0);

  stmt = prepare_progress_insert (self, entry, node_id, department_id, error);
  if (stmt == NULL || !wp_store_run (self, stmt, error))
    return 0;
  return wp_store_last_insert_id (self);
}

gboolean
wp_store_update_progress (WpStore          *self,
                          WpProgressEntry  *entry,
                          GError          **error)
{
  sqlite3_stmt *stmt;
  gint64 id, node_id;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (entry), FALSE);

  if (!check_progress_entry (entry, error))
    return FALSE;
  id = wp_progress_entry_get_id (entry);
  node_id = lookup_owner (self, "SELECT node_id FROM progress_entries WHERE id = ?", id);
  if (node_id == 0)
    return wp_store_not_found (error, _("progress entry"), id);
  stmt = wp_store_prepare (self, "UPDATE progress_entries SET date = ?, progress = ?, note = ?, "
                        "department_id = ? WHERE id = ?5", error);
  if (stmt == NULL)
    return FALSE;
  bind_progress_fields (stmt, entry, wp_progress_entry_get_department_id (entry));
  sqlite3_bind_int64 (stmt, 5, id);
  return change_node_detail (self, node_id, stmt, error);
}

gboolean
wp_store_delete_progress (WpStore  *self,
                          gint64    entry_id,
                          GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 node_id;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  node_id = lookup_owner (self, "SELECT node_id FROM progress_entries WHERE id = ?", entry_id);
  if (node_id == 0)
    return wp_store_not_found (error, _("progress entry"), entry_id);
  stmt = wp_store_prepare (self, "DELETE FROM progress_entries WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  return change_node_detail (self, node_id, stmt, error);
}
