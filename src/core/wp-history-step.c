/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-history-step"

#include "config.h"

#include "wp-history-step.h"

typedef struct
{
  WpStoreRows *rows;
  GObject     *object;        /* the live node or plan copied, for the store's own writers */
} State;

struct _WpHistoryStep
{
  WpHistoryStepKind  kind;
  char              *label;
  WpStoreScope       scope;
  gint64             key;
  State              states[2];   /* before, after */
  GPtrArray         *children;    /* a group's steps, or NULL */
};

WpHistoryStep *
wp_history_step_new (WpHistoryStepKind  kind,
                     char              *label,
                     WpStoreScope       scope,
                     gint64             key)
{
  WpHistoryStep *step = g_new0 (WpHistoryStep, 1);

  step->kind = kind;
  step->label = label;
  step->scope = scope;
  step->key = key;
  for (guint i = 0; i < G_N_ELEMENTS (step->states); i++)
    step->states[i].rows = wp_store_rows_new ();
  return step;
}

WpHistoryStep *
wp_history_step_new_group (char      *label,
                           GPtrArray *steps)
{
  WpHistoryStep *step = g_new0 (WpHistoryStep, 1);

  step->label = label;
  step->children = steps;
  return step;
}

void
wp_history_step_free (WpHistoryStep *step)
{
  for (guint i = 0; i < G_N_ELEMENTS (step->states); i++)
    {
      g_clear_pointer (&step->states[i].rows, wp_store_rows_free);
      g_clear_object (&step->states[i].object);
    }
  g_clear_pointer (&step->children, g_ptr_array_unref);
  g_free (step->label);
  g_free (step);
}

const char *
wp_history_step_get_label (WpHistoryStep *step)
{
  return step->label;
}

/* A copy of the live object the step's own writer takes, or NULL when it is gone. */
static GObject *
copy_object (WpHistoryStep *step,
             WpStore       *store)
{
  g_autoptr(WpNode) node = NULL;
  g_autoptr(WpPlan) plan = NULL;

  switch (step->kind)
    {
    case WP_HISTORY_STEP_PRESENCE:
    case WP_HISTORY_STEP_FIELDS:
    case WP_HISTORY_STEP_PLACE:
      node = wp_store_get_node (store, step->key);
      return node != NULL ? G_OBJECT (wp_node_copy (node)) : NULL;
    case WP_HISTORY_STEP_PLAN:
      plan = wp_store_get_plan (store, step->key);
      return plan != NULL ? G_OBJECT (wp_plan_copy (plan)) : NULL;
    case WP_HISTORY_STEP_ROWS:
    default:
      return NULL;
    }
}

gboolean
wp_history_step_read (WpHistoryStep  *step,
                      WpStore        *store,
                      gboolean        after,
                      GError        **error)
{
  State *state = &step->states[after ? 1 : 0];
  WpStoreRows *rows = wp_store_rows_read (store, step->scope, step->key, error);

  if (rows == NULL)
    return FALSE;
  g_clear_pointer (&state->rows, wp_store_rows_free);
  g_clear_object (&state->object);
  state->rows = rows;
  state->object = copy_object (step, store);
  return TRUE;
}

/* Writes @to, the rows being as @from left them. */
static gboolean
write_state (WpHistoryStep  *step,
             WpStore        *store,
             State          *from,
             State          *to,
             GError        **error)
{
  if (!wp_store_rows_check (store, step->scope, step->key, from->rows, error))
    return FALSE;

  switch (step->kind)
    {
    case WP_HISTORY_STEP_PRESENCE:
      if (to->object == NULL)
        return wp_store_delete_node (store, step->key, error);
      return wp_store_restore_subtree (store, WP_NODE (to->object), to->rows, error);
    case WP_HISTORY_STEP_FIELDS:
      return wp_store_update_node (store, WP_NODE (to->object), error);
    case WP_HISTORY_STEP_PLACE:
      return wp_store_move_node (store, step->key, wp_node_get_parent_id (WP_NODE (to->object)),
                                 wp_node_get_position (WP_NODE (to->object)), error);
    case WP_HISTORY_STEP_ROWS:
      return wp_store_rows_replace (store, step->scope, step->key, to->rows, error);
    case WP_HISTORY_STEP_PLAN:
      return wp_store_update_plan (store, WP_PLAN (to->object), error);
    default:
      g_assert_not_reached ();
    }
}

gboolean
wp_history_step_apply (WpHistoryStep  *step,
                       WpStore        *store,
                       gboolean        forward,
                       GError        **error)
{
  guint n;

  if (step->children == NULL)
    return write_state (step, store, &step->states[forward ? 0 : 1],
                        &step->states[forward ? 1 : 0], error);

  n = step->children->len;
  for (guint i = 0; i < n; i++)
    {
      WpHistoryStep *child = g_ptr_array_index (step->children, forward ? i : n - 1 - i);

      if (!wp_history_step_apply (child, store, forward, error))
        return FALSE;
    }
  return TRUE;
}
