/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store-departments"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-store-private.h"

/* Managing the department list: departments belong to the workbook, not to one plan, so
 * each change reaches every node that names the department (?1), as responsible or in
 * its progress log. */
#define DEPARTMENT_NODES \
  "SELECT node_id FROM node_department WHERE department_id = ?1 " \
  "UNION SELECT node_id FROM progress_entries WHERE department_id = ?1"

/* The name of department @id, or NULL with a "not found" error. */
static char *
require_department_name (WpStore  *self,
                         gint64    id,
                         GError  **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, "SELECT name FROM departments WHERE id = ?", error);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (wp_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (name == NULL)
    wp_store_not_found (error, _("department"), id);
  return name;
}

/* @name without surrounding blanks, or NULL with an error when nothing is left. */
static char *
clean_department_name (const char  *name,
                       GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name));

  if (*clean == '\0')
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("A department needs a name."));
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* Names are unique: two departments of one name could not be told apart in a plan. */
static gboolean
check_name_free (WpStore     *self,
                 const char  *name,
                 gint64       except_id,
                 GError     **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, "SELECT count(*) FROM departments "
                                               "WHERE name = ? AND id != ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, except_id);
  if (wp_store_query_int64 (self, stmt) == 0)
    return TRUE;
  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
               _("There is already a department called “%s”. Choose another name, or merge "
                 "the two departments."), name);
  return FALSE;
}

/* Runs @sql with the department ids @id1 and @id2 bound to ?1 and ?2 (when it has them). */
static gboolean
run_with_ids (WpStore     *self,
              const char  *sql,
              gint64       id1,
              gint64       id2,
              GError     **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id1);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_int64 (stmt, 2, id2);
  return wp_store_run (self, stmt, error);
}

/* Ids of all departments in their order. */
static GArray *
list_department_ids (WpStore *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = wp_store_prepare (self, "SELECT id FROM departments ORDER BY position, id",
                                         NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return ids;
}

static gboolean
write_positions (WpStore  *self,
                 GArray   *ids,
                 GError  **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt = wp_store_prepare (self, "UPDATE departments SET position = ? "
                                                   "WHERE id = ?", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!wp_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Positions become 0 … n-1 again, in the order they had. */
static gboolean
compact_positions (WpStore  *self,
                   GError  **error)
{
  g_autoptr(GArray) ids = list_department_ids (self);

  return write_positions (self, ids, error);
}

/* Announces the nodes that name department @id as changed, and marks their plans as
 * modified: how those plans read changes with the department. */
static gboolean
note_department_nodes (WpStore  *self,
                       gint64    id,
                       GError  **error)
{
  g_autoptr(GHashTable) plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt = wp_store_prepare (self, "SELECT id, plan_id FROM nodes WHERE id IN ("
                                         DEPARTMENT_NODES ")", error);
  GHashTableIter iter;
  gpointer plan_id;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 plan = sqlite3_column_int64 (stmt, 1);

      wp_store_note_node_changed (self, sqlite3_column_int64 (stmt, 0));
      g_hash_table_add (plans, g_memdup2 (&plan, sizeof plan));
    }
  sqlite3_reset (stmt);

  g_hash_table_iter_init (&iter, plans);
  while (g_hash_table_iter_next (&iter, &plan_id, NULL))
    {
      if (!wp_store_touch_plan (self, *(gint64 *) plan_id, error))
        return FALSE;
    }
  return TRUE;
}

guint
wp_store_count_department_tasks (WpStore *self,
                                 gint64   department_id)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), 0);

  stmt = wp_store_prepare (self, "SELECT count(*) FROM (" DEPARTMENT_NODES ")", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, department_id);
  return (guint) wp_store_query_int64 (self, stmt);
}

gint64
wp_store_add_department (WpStore     *self,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  clean = clean_department_name (name, error);
  if (clean == NULL || !check_name_free (self, clean, 0, error))
    return 0;
  return wp_store_ensure_department (self, clean, error);
}

gboolean
wp_store_rename_department (WpStore     *self,
                            gint64       department_id,
                            const char  *name,
                            GError     **error)
{
  g_autofree char *clean = NULL;
  g_autofree char *old_name = NULL;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  old_name = require_department_name (self, department_id, error);
  if (old_name == NULL || (clean = clean_department_name (name, error)) == NULL)
    return FALSE;
  if (g_str_equal (old_name, clean))
    return TRUE;
  if (!check_name_free (self, clean, department_id, error) || !wp_store_begin (self, error))
    return FALSE;

  ok = note_department_nodes (self, department_id, error);
  if (ok)
    {
      sqlite3_stmt *stmt = wp_store_prepare (self, "UPDATE departments SET name = ? WHERE id = ?",
                                             error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 2, department_id);
          ok = wp_store_run (self, stmt, error);
        }
    }
  return wp_store_finish (self, ok, error);
}

/* The statements of a merge of ?2 into ?1, in order. On a node that names both, ?1 keeps
 * its place and takes the stronger role; the row of ?2 goes and the later ones close up.
 * Elsewhere ?2's rows become ?1's, keeping role and place. */
static const char *const merge_steps[] = {
  "UPDATE node_department SET role = 'lead' WHERE department_id = ?1 AND role = 'support' "
  "AND node_id IN (SELECT node_id FROM node_department WHERE department_id = ?2 "
  "AND role = 'lead')",
  "UPDATE node_department SET position = position - 1 "
  "WHERE node_id IN (SELECT node_id FROM node_department WHERE department_id = ?1) "
  "AND position > (SELECT b.position FROM node_department b "
  "WHERE b.node_id = node_department.node_id AND b.department_id = ?2)",
  "DELETE FROM node_department WHERE department_id = ?2 "
  "AND node_id IN (SELECT node_id FROM node_department WHERE department_id = ?1)",
  "UPDATE node_department SET department_id = ?1 WHERE department_id = ?2",
  "UPDATE progress_entries SET department_id = ?1 WHERE department_id = ?2",
  "DELETE FROM departments WHERE id = ?2",
};

gboolean
wp_store_merge_departments (WpStore  *self,
                            gint64    into_id,
                            gint64    from_id,
                            GError  **error)
{
  g_autofree char *into_name = NULL;
  g_autofree char *from_name = NULL;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  into_name = require_department_name (self, into_id, error);
  if (into_name == NULL || (from_name = require_department_name (self, from_id, error)) == NULL)
    return FALSE;
  if (into_id == from_id)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("“%s” cannot be merged into itself."), into_name);
      return FALSE;
    }
  if (!wp_store_begin (self, error))
    return FALSE;

  ok = note_department_nodes (self, from_id, error);
  for (guint i = 0; ok && i < G_N_ELEMENTS (merge_steps); i++)
    ok = run_with_ids (self, merge_steps[i], into_id, from_id, error);
  ok = ok && compact_positions (self, error);
  return wp_store_finish (self, ok, error);
}

gboolean
wp_store_move_department (WpStore  *self,
                          gint64    department_id,
                          int       position,
                          GError  **error)
{
  g_autoptr(GArray) ids = NULL;
  guint index = 0;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  ids = list_department_ids (self);
  while (index < ids->len && g_array_index (ids, gint64, index) != department_id)
    index++;
  if (index == ids->len)
    return wp_store_not_found (error, _("department"), department_id);

  g_array_remove_index (ids, index);
  if (position < 0 || (guint) position > ids->len)
    position = ids->len;
  g_array_insert_val (ids, position, department_id);
  if (!wp_store_begin (self, error))
    return FALSE;
  return wp_store_finish (self, write_positions (self, ids, error), error);
}

gboolean
wp_store_delete_department (WpStore  *self,
                            gint64    department_id,
                            GError  **error)
{
  g_autofree char *name = NULL;
  guint n_tasks;
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), FALSE);

  name = require_department_name (self, department_id, error);
  if (name == NULL)
    return FALSE;
  n_tasks = wp_store_count_department_tasks (self, department_id);
  if (n_tasks > 0)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” cannot be deleted: %u task names it. Merge it into "
                                "another department instead.",
                                "“%s” cannot be deleted: %u tasks name it. Merge it into "
                                "another department instead.", n_tasks),
                   name, n_tasks);
      return FALSE;
    }
  if (!wp_store_begin (self, error))
    return FALSE;
  ok = run_with_ids (self, "DELETE FROM departments WHERE id = ?1", department_id, 0, error) &&
       compact_positions (self, error);
  return wp_store_finish (self, ok, error);
}
