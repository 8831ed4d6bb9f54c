/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-store-carry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wp-store-private.h"

/* Carrying a plan into the next year: the outline goes along, unfinished work goes along
 * with its departments and targets, and what happened last year (status, progress, log,
 * actual values, narrative) stays behind. Dates move by one year, so that a task due at
 * the end of June is due at the end of June again; 29 February becomes the 28th. */

#define NEXT_YEAR(column) \
  "CASE WHEN " column " LIKE '%-02-29' " \
  "THEN (CAST(substr(" column ", 1, 4) AS INTEGER) + 1) || '-02-28' " \
  "ELSE date(" column ", '+1 year') END"

typedef struct
{
  WpStore *store;
  gint64   old_plan;
  gint64   new_plan;
} Carry;

/* @text with the number @year, where it stands on its own, replaced by the next year:
 * "2019年工作要点" becomes "2020年工作要点"; "20191" stays. */
static char *
replace_year (const char *text,
              guint       year)
{
  g_autofree char *old_year = g_strdup_printf ("%u", year);
  g_autofree char *new_year = g_strdup_printf ("%u", year + 1);
  gsize length = strlen (old_year);
  GString *result = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      if (g_str_has_prefix (p, old_year) && (p == text || !g_ascii_isdigit (p[-1])) &&
          !g_ascii_isdigit (p[length]))
        {
          g_string_append (result, new_year);
          p += length;
        }
      else
        g_string_append_c (result, *p++);
    }
  return g_string_free (result, FALSE);
}

/* The new plan's fields: the same organisation, preamble and numbering, the next year, and
 * the period that year has by default. */
static WpPlan *
next_year_plan (WpPlan *plan)
{
  WpPlan *next = wp_plan_copy (plan);
  g_autofree char *title = replace_year (wp_plan_get_title (plan), wp_plan_get_year (plan));

  wp_plan_set_id (next, 0);
  wp_plan_set_year (next, wp_plan_get_year (plan) + 1);
  wp_plan_set_title (next, title);
  wp_plan_set_period_start (next, NULL);
  wp_plan_set_period_end (next, NULL);
  return next;
}

/* A node goes along when unfinished work is in its subtree (itself included), or when it
 * is a section that never had a task: a heading still to be filled in. A section whose
 * tasks were all done or cancelled stays behind. */
static gboolean
is_carried (WpStore *store,
            WpNode  *node)
{
  sqlite3_stmt *stmt = wp_store_prepare (store, "WITH RECURSIVE sub (id, kind, status) AS ("
                                         "SELECT id, kind, status FROM nodes WHERE id = ? "
                                         "UNION ALL SELECT n.id, n.kind, n.status FROM nodes n "
                                         "JOIN sub ON n.parent_id = sub.id) "
                                         "SELECT count(*) FILTER (WHERE kind = 'task'), "
                                         "count(*) FILTER (WHERE kind = 'task' AND status "
                                         "NOT IN ('done', 'cancelled')) FROM sub", NULL);
  gint64 n_tasks = 0, n_unfinished = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wp_node_get_id (node));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      n_tasks = sqlite3_column_int64 (stmt, 0);
      n_unfinished = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return n_unfinished > 0 || (wp_node_get_kind (node) == WP_NODE_SECTION && n_tasks == 0);
}

/* Runs @sql with @new_id bound to ?1 and @old_id to ?2. */
static gboolean
run_copy (WpStore     *store,
          const char  *sql,
          gint64       new_id,
          gint64       old_id,
          GError     **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, new_id);
  sqlite3_bind_int64 (stmt, 2, old_id);
  return wp_store_run (store, stmt, error);
}

/* Copies the node's text, flags, weight and moved dates; the columns left out take their
 * defaults: not started, progress 0, no completion date, no narrative, no reason. */
static gint64
copy_node (Carry   *carry,
           WpNode  *node,
           gint64   new_parent,
           guint    position,
           GError **error)
{
  sqlite3_stmt *stmt = wp_store_prepare (carry->store, "INSERT INTO nodes (plan_id, parent_id, "
                                         "position, kind, title, body, progress_from_indicators, "
                                         "key_task, start_date, due_date, weight) "
                                         "SELECT ?, ?, ?, kind, title, body, "
                                         "progress_from_indicators, key_task, "
                                         NEXT_YEAR ("start_date") ", " NEXT_YEAR ("due_date")
                                         ", weight FROM nodes WHERE id = ?", error);
  gint64 new_id;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, carry->new_plan);
  wp_store_bind_id_or_null (stmt, 2, new_parent);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_int64 (stmt, 4, wp_node_get_id (node));
  if (!wp_store_run (carry->store, stmt, error))
    return 0;
  new_id = wp_store_last_insert_id (carry->store);

  /* Departments keep roles and order; last year's result is this year's baseline. */
  if (!run_copy (carry->store, "INSERT INTO node_department (node_id, department_id, role, "
                 "position) SELECT ?1, department_id, role, position FROM node_department "
                 "WHERE node_id = ?2", new_id, wp_node_get_id (node), error) ||
      !run_copy (carry->store, "INSERT INTO indicators (node_id, position, name, unit, "
                 "comparator, baseline, target, actual) SELECT ?1, position, name, unit, "
                 "comparator, coalesce(actual, baseline), target, NULL FROM indicators "
                 "WHERE node_id = ?2", new_id, wp_node_get_id (node), error))
    return 0;
  return new_id;
}

/* Copies the children of @old_parent that go along under @new_parent, closing the gaps
 * of those that stay behind. */
static gboolean
carry_children (Carry   *carry,
                gint64   old_parent,
                gint64   new_parent,
                GError **error)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (carry->store, carry->old_plan,
                                                          old_parent);
  guint position = 0;

  for (guint i = 0; i < children->len; i++)
    {
      WpNode *child = g_ptr_array_index (children, i);
      gint64 new_id;

      if (!is_carried (carry->store, child))
        continue;
      new_id = copy_node (carry, child, new_parent, position++, error);
      if (new_id == 0 || !carry_children (carry, wp_node_get_id (child), new_id, error))
        return FALSE;
    }
  return TRUE;
}

gint64
wp_store_find_plan (WpStore    *self,
                    guint       year,
                    const char *title)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WP_IS_STORE (self), 0);
  g_return_val_if_fail (title != NULL, 0);

  stmt = wp_store_prepare (self, "SELECT id FROM plans WHERE year = ? AND title = ? "
                                 "ORDER BY id LIMIT 1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  return wp_store_query_int64 (self, stmt);
}

/* Carrying twice would give two plans that cannot be told apart. */
static gboolean
check_not_carried (WpStore  *self,
                   WpPlan   *next,
                   GError  **error)
{
  if (wp_store_find_plan (self, wp_plan_get_year (next), wp_plan_get_title (next)) == 0)
    return TRUE;
  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
               _("There is already a plan “%s” for %u. Rename or delete it before carrying "
                 "this plan into %u again."),
               wp_plan_get_title (next), wp_plan_get_year (next), wp_plan_get_year (next));
  return FALSE;
}

gint64
wp_store_carry_plan (WpStore  *self,
                     gint64    plan_id,
                     GError  **error)
{
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(WpPlan) next = NULL;
  Carry carry = { self, plan_id, 0 };
  gboolean ok;

  g_return_val_if_fail (WP_IS_STORE (self), 0);

  plan = wp_store_get_plan (self, plan_id);
  if (plan == NULL)
    {
      wp_store_not_found (error, _("plan"), plan_id);
      return 0;
    }
  next = next_year_plan (plan);
  if (!check_not_carried (self, next, error) || !wp_store_begin (self, error))
    return 0;

  carry.new_plan = wp_store_create_plan (self, next, error);
  ok = carry.new_plan != 0 && carry_children (&carry, 0, 0, error);
  if (ok)
    wp_store_note_children_changed (self, carry.new_plan, 0);
  if (!wp_store_finish (self, ok, error))
    return 0;
  return carry.new_plan;
}
