/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-history"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-history.h"
#include "wp-history-step.h"

/* A group being built: its own savepoint in the store, and the steps made in it. */
typedef struct
{
  char      *label;
  GPtrArray *steps;
} Group;

struct _WpHistory
{
  GObject    parent_instance;

  WpStore   *store;
  GPtrArray *undo_steps;      /* oldest first */
  GPtrArray *redo_steps;      /* the next to redo last */
  GPtrArray *groups;          /* open groups, outermost first */
};

G_DEFINE_FINAL_TYPE (WpHistory, wp_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
group_free (gpointer data)
{
  Group *group = data;

  g_ptr_array_unref (group->steps);
  g_free (group->label);
  g_free (group);
}

static GPtrArray *
step_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) wp_history_step_free);
}

static void
notify_stacks (WpHistory *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  for (guint prop = PROP_CAN_UNDO; prop <= PROP_REDO_LABEL; prop++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Labels */

static const char *
display_name (const char *name)
{
  return name != NULL && *name != '\0' ? name : _("untitled");
}

/* @format (translated, one %s) filled with @name. */
static char *
make_label (const char *format,
            const char *name)
{
  return g_strdup_printf (format, display_name (name));
}

static char *
node_label (WpHistory  *self,
            const char *format,
            gint64      node_id)
{
  g_autoptr(WpNode) node = wp_store_get_node (self->store, node_id);

  return make_label (format, node != NULL ? wp_node_get_title (node) : NULL);
}

static char *
department_label (WpHistory  *self,
                  const char *format,
                  gint64      department_id,
                  gint64      node_id)
{
  g_autoptr(GPtrArray) departments = wp_store_list_departments (self->store);
  g_autoptr(WpNode) node = wp_store_get_node (self->store, node_id);
  const char *name = NULL;

  for (guint i = 0; i < departments->len; i++)
    {
      if (wp_department_get_id (departments->pdata[i]) == department_id)
        name = wp_department_get_name (departments->pdata[i]);
    }
  return g_strdup_printf (format, display_name (name),
                          display_name (node != NULL ? wp_node_get_title (node) : NULL));
}

static char *
indicator_label (WpHistory  *self,
                 const char *format,
                 gint64      indicator_id)
{
  gint64 node_id = wp_store_rows_get_owner (self->store, WP_STORE_SCOPE_INDICATOR, indicator_id);
  g_autoptr(GPtrArray) indicators = wp_store_list_indicators (self->store, node_id);

  for (guint i = 0; i < indicators->len; i++)
    {
      if (wp_indicator_get_id (indicators->pdata[i]) == indicator_id)
        return make_label (format, wp_indicator_get_name (indicators->pdata[i]));
    }
  return make_label (format, NULL);
}

/* Recording */

static void
record_step (WpHistory     *self,
             WpHistoryStep *step)
{
  if (self->groups->len > 0)
    {
      Group *group = g_ptr_array_index (self->groups, self->groups->len - 1);

      g_ptr_array_add (group->steps, step);
      return;
    }
  g_ptr_array_add (self->undo_steps, step);
  g_ptr_array_set_size (self->redo_steps, 0);
  notify_stacks (self);
}

/* Opens the transaction of an edit of the rows that @step names and reads them; on
 * failure, drops @step. */
static gboolean
start_edit (WpHistory      *self,
            WpHistoryStep  *step,
            GError        **error)
{
  if (wp_store_begin (self->store, error))
    {
      if (wp_history_step_read (step, self->store, FALSE, error))
        return TRUE;
      wp_store_rollback (self->store);
    }
  wp_history_step_free (step);
  return FALSE;
}

/* Ends the transaction of an edit: when @ok, reads the rows after it, commits and records
 * @step; else rolls back and drops it. */
static gboolean
finish_edit (WpHistory      *self,
             WpHistoryStep  *step,
             gboolean        ok,
             GError        **error)
{
  g_autoptr(WpHistoryStep) owned = step;

  if (!ok || !wp_history_step_read (step, self->store, TRUE, error))
    {
      wp_store_rollback (self->store);
      return FALSE;
    }
  if (!wp_store_commit (self->store, error))
    return FALSE;
  record_step (self, g_steal_pointer (&owned));
  return TRUE;
}

typedef gboolean (*IdEdit) (WpStore  *store,
                           gint64    id,
                           GError  **error);

/* Makes @edit of @id, a store function that needs nothing else, the edit @step records. */
static gboolean
run_edit (WpHistory      *self,
          WpHistoryStep  *step,
          IdEdit          edit,
          gint64          id,
          GError        **error)
{
  if (!start_edit (self, step, error))
    return FALSE;
  return finish_edit (self, step, edit (self->store, id, error), error);
}

/* Undo and redo */

/* The rows the top step of @from would change were changed by someone else: it can never
 * apply again, and left in place it would stop every step beneath it. The steps below
 * check their own rows, so they stay. */
static void
drop_conflicting_step (WpHistory  *self,
                       GPtrArray  *from,
                       GError    **error)
{
  g_autofree char *reason = (*error)->message;

  g_ptr_array_remove_index (from, from->len - 1);
  notify_stacks (self);
  (*error)->message = g_strconcat (reason, " ",
                                   _("It was taken off the list of steps to undo and redo."),
                                   NULL);
}

static gboolean
replay (WpHistory   *self,
        GPtrArray   *from,
        GPtrArray   *to,
        gboolean     forward,
        GError     **error)
{
  WpHistoryStep *step;

  g_return_val_if_fail (self->groups->len == 0, FALSE);

  if (from->len == 0)
    {
      g_set_error_literal (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                           forward ? _("There is nothing to redo.")
                                   : _("There is nothing to undo."));
      return FALSE;
    }
  step = g_ptr_array_index (from, from->len - 1);
  if (!wp_store_begin (self->store, error))
    return FALSE;
  if (!wp_history_step_apply (step, self->store, forward, error))
    {
      wp_store_rollback (self->store);
      /* TRANSLATORS: %s is what the step did, e.g. Delete “Task”; a reason follows */
      g_prefix_error (error, forward ? _("%s could not be redone. ")
                                     : _("%s could not be undone. "),
                      wp_history_step_get_label (step));
      if (g_error_matches (*error, WP_STORE_ERROR, WP_STORE_ERROR_CONFLICT))
        drop_conflicting_step (self, from, error);
      return FALSE;
    }
  if (!wp_store_commit (self->store, error))
    return FALSE;
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  notify_stacks (self);
  return TRUE;
}

gboolean
wp_history_undo (WpHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  return replay (self, self->undo_steps, self->redo_steps, FALSE, error);
}

gboolean
wp_history_redo (WpHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  return replay (self, self->redo_steps, self->undo_steps, TRUE, error);
}

gboolean
wp_history_can_undo (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  return self->undo_steps->len > 0;
}

gboolean
wp_history_can_redo (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  return self->redo_steps->len > 0;
}

static const char *
top_label (GPtrArray *steps)
{
  if (steps->len == 0)
    return NULL;
  return wp_history_step_get_label (g_ptr_array_index (steps, steps->len - 1));
}

const char *
wp_history_get_undo_label (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), NULL);
  return top_label (self->undo_steps);
}

const char *
wp_history_get_redo_label (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), NULL);
  return top_label (self->redo_steps);
}

/* Groups */

gboolean
wp_history_begin_group (WpHistory   *self,
                        const char  *label,
                        GError     **error)
{
  Group *group;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  if (!wp_store_begin (self->store, error))
    return FALSE;
  group = g_new0 (Group, 1);
  group->label = g_strdup (label);
  group->steps = step_array_new ();
  g_ptr_array_add (self->groups, group);
  return TRUE;
}

/* The one step that stands for @group's steps. */
static WpHistoryStep *
make_group_step (Group *group)
{
  WpHistoryStep *first = g_ptr_array_index (group->steps, 0);

  if (group->label == NULL && group->steps->len == 1)
    return g_ptr_array_steal_index (group->steps, 0);
  return wp_history_step_new_group (g_strdup (group->label != NULL ? group->label :
                                              wp_history_step_get_label (first)),
                                    g_ptr_array_ref (group->steps));
}

gboolean
wp_history_end_group (WpHistory  *self,
                      GError    **error)
{
  Group *group;
  gboolean ok;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->groups->len > 0, FALSE);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
  ok = wp_store_commit (self->store, error);
  if (ok && group->steps->len > 0)
    record_step (self, make_group_step (group));
  group_free (group);
  return ok;
}

void
wp_history_cancel_group (WpHistory *self)
{
  g_return_if_fail (WP_IS_HISTORY (self));
  g_return_if_fail (self->groups->len > 0);

  g_ptr_array_remove_index (self->groups, self->groups->len - 1);
  wp_store_rollback (self->store);
}

/* Nodes */

gint64
wp_history_insert_node (WpHistory  *self,
                        WpNode     *node,
                        int         position,
                        GError    **error)
{
  WpHistoryStep *step;
  gint64 id;

  g_return_val_if_fail (WP_IS_HISTORY (self), 0);
  g_return_val_if_fail (WP_IS_NODE (node), 0);

  /* Nothing to read before: the node's id is not known yet. */
  if (!wp_store_begin (self->store, error))
    return 0;
  id = wp_store_insert_node (self->store, node, position, error);
  step = wp_history_step_new (WP_HISTORY_STEP_PRESENCE,
                              make_label (_("Add “%s”"), wp_node_get_title (node)),
                              WP_STORE_SCOPE_SUBTREE, id);
  return finish_edit (self, step, id != 0, error) ? id : 0;
}

static WpHistoryStep *
node_step (WpHistory         *self,
           WpHistoryStepKind  kind,
           const char        *label,
           gint64             node_id)
{
  WpStoreScope scope = kind == WP_HISTORY_STEP_PRESENCE ? WP_STORE_SCOPE_SUBTREE
                                                        : WP_STORE_SCOPE_NODE;

  return wp_history_step_new (kind, node_label (self, label, node_id), scope, node_id);
}

gboolean
wp_history_update_node (WpHistory  *self,
                        WpNode     *node,
                        GError    **error)
{
  WpHistoryStep *step;
  gint64 id;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (WP_IS_NODE (node), FALSE);

  id = wp_node_get_id (node);
  /* Named as it will read, after a rename too. */
  step = wp_history_step_new (WP_HISTORY_STEP_FIELDS,
                              make_label (_("Edit “%s”"), wp_node_get_title (node)),
                              WP_STORE_SCOPE_NODE, id);
  if (!start_edit (self, step, error))
    return FALSE;
  return finish_edit (self, step, wp_store_update_node (self->store, node, error), error);
}

gboolean
wp_history_delete_node (WpHistory  *self,
                        gint64      node_id,
                        GError    **error)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  return run_edit (self, node_step (self, WP_HISTORY_STEP_PRESENCE, _("Delete “%s”"), node_id),
                   wp_store_delete_node, node_id, error);
}

gboolean
wp_history_move_node (WpHistory  *self,
                      gint64      node_id,
                      gint64      parent_id,
                      int         position,
                      GError    **error)
{
  WpHistoryStep *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  step = node_step (self, WP_HISTORY_STEP_PLACE, _("Move “%s”"), node_id);
  if (!start_edit (self, step, error))
    return FALSE;
  return finish_edit (self, step,
                      wp_store_move_node (self->store, node_id, parent_id, position, error),
                      error);
}

gboolean
wp_history_indent_node (WpHistory  *self,
                        gint64      node_id,
                        GError    **error)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  return run_edit (self, node_step (self, WP_HISTORY_STEP_PLACE, _("Indent “%s”"), node_id),
                   wp_store_indent_node, node_id, error);
}

gboolean
wp_history_outdent_node (WpHistory  *self,
                         gint64      node_id,
                         GError    **error)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  return run_edit (self, node_step (self, WP_HISTORY_STEP_PLACE, _("Outdent “%s”"), node_id),
                   wp_store_outdent_node, node_id, error);
}

/* Departments */

gboolean
wp_history_assign_department (WpHistory  *self,
                              gint64      node_id,
                              gint64      department_id,
                              WpRole      role,
                              GError    **error)
{
  WpHistoryStep *step;
  gboolean ok;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  /* TRANSLATORS: the first %s is a department, the second a task or section */
  step = wp_history_step_new (WP_HISTORY_STEP_ROWS,
                              department_label (self, _("Assign “%s” to “%s”"), department_id,
                                                node_id),
                              WP_STORE_SCOPE_ASSIGNMENTS, node_id);
  if (!start_edit (self, step, error))
    return FALSE;
  ok = wp_store_assign_department (self->store, node_id, department_id, role, error);
  return finish_edit (self, step, ok, error);
}

gboolean
wp_history_unassign_department (WpHistory  *self,
                                gint64      node_id,
                                gint64      department_id,
                                GError    **error)
{
  WpHistoryStep *step;
  gboolean ok;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  /* TRANSLATORS: the first %s is a department, the second a task or section */
  step = wp_history_step_new (WP_HISTORY_STEP_ROWS,
                              department_label (self, _("Remove “%s” from “%s”"), department_id,
                                                node_id),
                              WP_STORE_SCOPE_ASSIGNMENTS, node_id);
  if (!start_edit (self, step, error))
    return FALSE;
  ok = wp_store_unassign_department (self->store, node_id, department_id, error);
  return finish_edit (self, step, ok, error);
}

/* Indicators and progress entries */

/* Finishes the edit that added the row @id of @scope (0 when it failed). */
static gint64
finish_add (WpHistory     *self,
            char          *label,
            WpStoreScope   scope,
            gint64         id,
            GError       **error)
{
  WpHistoryStep *step = wp_history_step_new (WP_HISTORY_STEP_ROWS, label, scope, id);

  return finish_edit (self, step, id != 0, error) ? id : 0;
}

gint64
wp_history_add_indicator (WpHistory    *self,
                          WpIndicator  *indicator,
                          GError      **error)
{
  gint64 id;

  g_return_val_if_fail (WP_IS_HISTORY (self), 0);
  g_return_val_if_fail (WP_IS_INDICATOR (indicator), 0);

  if (!wp_store_begin (self->store, error))
    return 0;
  id = wp_store_add_indicator (self->store, indicator, error);
  return finish_add (self, make_label (_("Add indicator “%s”"), wp_indicator_get_name (indicator)),
                     WP_STORE_SCOPE_INDICATOR, id, error);
}

gboolean
wp_history_update_indicator (WpHistory    *self,
                             WpIndicator  *indicator,
                             GError      **error)
{
  WpHistoryStep *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (WP_IS_INDICATOR (indicator), FALSE);

  step = wp_history_step_new (WP_HISTORY_STEP_ROWS,
                              make_label (_("Edit indicator “%s”"),
                                          wp_indicator_get_name (indicator)),
                              WP_STORE_SCOPE_INDICATOR, wp_indicator_get_id (indicator));
  if (!start_edit (self, step, error))
    return FALSE;
  return finish_edit (self, step, wp_store_update_indicator (self->store, indicator, error),
                      error);
}

gboolean
wp_history_delete_indicator (WpHistory  *self,
                             gint64      indicator_id,
                             GError    **error)
{
  WpHistoryStep *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  step = wp_history_step_new (WP_HISTORY_STEP_ROWS,
                              indicator_label (self, _("Delete indicator “%s”"), indicator_id),
                              WP_STORE_SCOPE_INDICATOR, indicator_id);
  return run_edit (self, step, wp_store_delete_indicator, indicator_id, error);
}

gint64
wp_history_add_progress (WpHistory        *self,
                         WpProgressEntry  *entry,
                         GError          **error)
{
  char *label;
  gint64 id;

  g_return_val_if_fail (WP_IS_HISTORY (self), 0);
  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (entry), 0);

  if (!wp_store_begin (self->store, error))
    return 0;
  id = wp_store_add_progress (self->store, entry, error);
  label = node_label (self, _("Add a progress entry to “%s”"),
                      wp_progress_entry_get_node_id (entry));
  return finish_add (self, label, WP_STORE_SCOPE_PROGRESS, id, error);
}

static WpHistoryStep *
progress_step (WpHistory  *self,
               const char *label,
               gint64      entry_id)
{
  gint64 node_id = wp_store_rows_get_owner (self->store, WP_STORE_SCOPE_PROGRESS, entry_id);

  return wp_history_step_new (WP_HISTORY_STEP_ROWS, node_label (self, label, node_id),
                              WP_STORE_SCOPE_PROGRESS, entry_id);
}

gboolean
wp_history_update_progress (WpHistory        *self,
                            WpProgressEntry  *entry,
                            GError          **error)
{
  WpHistoryStep *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (entry), FALSE);

  step = progress_step (self, _("Edit a progress entry of “%s”"),
                        wp_progress_entry_get_id (entry));
  if (!start_edit (self, step, error))
    return FALSE;
  return finish_edit (self, step, wp_store_update_progress (self->store, entry, error), error);
}

gboolean
wp_history_delete_progress (WpHistory  *self,
                            gint64      entry_id,
                            GError    **error)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);

  return run_edit (self, progress_step (self, _("Delete a progress entry of “%s”"), entry_id),
                   wp_store_delete_progress, entry_id, error);
}

/* Plans */

gboolean
wp_history_update_plan (WpHistory  *self,
                        WpPlan     *plan,
                        GError    **error)
{
  WpHistoryStep *step;

  g_return_val_if_fail (WP_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (WP_IS_PLAN (plan), FALSE);

  step = wp_history_step_new (WP_HISTORY_STEP_PLAN,
                              make_label (_("Edit plan “%s”"), wp_plan_get_title (plan)),
                              WP_STORE_SCOPE_PLAN, wp_plan_get_id (plan));
  if (!start_edit (self, step, error))
    return FALSE;
  return finish_edit (self, step, wp_store_update_plan (self->store, plan, error), error);
}

/* Object life */

static void
wp_history_dispose (GObject *object)
{
  WpHistory *self = WP_HISTORY (object);

  /* An open group's changes were never confirmed. */
  while (self->groups->len > 0)
    wp_history_cancel_group (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_history_parent_class)->dispose (object);
}

static void
wp_history_finalize (GObject *object)
{
  WpHistory *self = WP_HISTORY (object);

  g_ptr_array_unref (self->undo_steps);
  g_ptr_array_unref (self->redo_steps);
  g_ptr_array_unref (self->groups);

  G_OBJECT_CLASS (wp_history_parent_class)->finalize (object);
}

static void
wp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WpHistory *self = WP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, wp_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, wp_history_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, wp_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, wp_history_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  WpHistory *self = WP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_history_class_init (WpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wp_history_dispose;
  object_class->finalize = wp_history_finalize;
  object_class->get_property = wp_history_get_property;
  object_class->set_property = wp_history_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_history_init (WpHistory *self)
{
  self->undo_steps = step_array_new ();
  self->redo_steps = step_array_new ();
  self->groups = g_ptr_array_new_with_free_func (group_free);
}

WpHistory *
wp_history_new (WpStore *store)
{
  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  return g_object_new (WP_TYPE_HISTORY, "store", store, NULL);
}

WpStore *
wp_history_get_store (WpHistory *self)
{
  g_return_val_if_fail (WP_IS_HISTORY (self), NULL);
  return self->store;
}
