/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-draft"

#include "config.h"

#include "wp-draft.h"

static void
wp_draft_assignment_free (WpDraftAssignment *self)
{
  g_free (self->name);
  g_free (self);
}

static void
wp_draft_progress_free (WpDraftProgress *self)
{
  g_clear_object (&self->entry);
  g_free (self->department);
  g_free (self);
}

WpDraftNode *
wp_draft_node_new (WpNodeKind kind)
{
  WpDraftNode *self = g_new0 (WpDraftNode, 1);

  self->node = wp_node_new (kind);
  self->assignments = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_assignment_free);
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self->progress = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_progress_free);
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_node_free);

  return self;
}

void
wp_draft_node_free (WpDraftNode *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->node);
  g_clear_pointer (&self->assignments, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->progress, g_ptr_array_unref);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_free (self);
}

void
wp_draft_node_add_assignment (WpDraftNode *self,
                              const char  *department,
                              WpRole       role)
{
  WpDraftAssignment *assignment;

  g_return_if_fail (self != NULL);
  g_return_if_fail (department != NULL);

  assignment = g_new0 (WpDraftAssignment, 1);
  assignment->name = g_strdup (department);
  assignment->role = role;
  g_ptr_array_add (self->assignments, assignment);
}

void
wp_draft_node_add_indicator (WpDraftNode *self,
                             WpIndicator *indicator)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (WP_IS_INDICATOR (indicator));

  g_ptr_array_add (self->indicators, indicator);
}

void
wp_draft_node_add_progress (WpDraftNode     *self,
                            WpProgressEntry *entry,
                            const char      *department)
{
  WpDraftProgress *progress;

  g_return_if_fail (self != NULL);
  g_return_if_fail (WP_IS_PROGRESS_ENTRY (entry));

  progress = g_new0 (WpDraftProgress, 1);
  progress->entry = entry;
  progress->department = g_strdup (department);
  g_ptr_array_add (self->progress, progress);
}

void
wp_draft_node_add_child (WpDraftNode *self,
                         WpDraftNode *child)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (child != NULL);

  g_ptr_array_add (self->children, child);
}

WpDraftPlan *
wp_draft_plan_new (void)
{
  WpDraftPlan *self = g_new0 (WpDraftPlan, 1);

  self->plan = wp_plan_new ();
  self->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_node_free);

  return self;
}

void
wp_draft_plan_free (WpDraftPlan *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->plan);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_free (self);
}

void
wp_draft_plan_add_node (WpDraftPlan *self,
                        WpDraftNode *node)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (node != NULL);

  g_ptr_array_add (self->nodes, node);
}

static void
count_nodes (GPtrArray     *nodes,
             GHashTable    *departments,
             WpDraftCounts *counts)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpDraftNode *draft = g_ptr_array_index (nodes, i);

      if (wp_node_get_kind (draft->node) == WP_NODE_SECTION)
        counts->sections++;
      else
        counts->tasks++;
      counts->indicators += draft->indicators->len;

      for (guint j = 0; j < draft->assignments->len; j++)
        {
          WpDraftAssignment *assignment = g_ptr_array_index (draft->assignments, j);
          g_hash_table_add (departments, assignment->name);
        }
      for (guint j = 0; j < draft->progress->len; j++)
        {
          WpDraftProgress *progress = g_ptr_array_index (draft->progress, j);
          if (progress->department != NULL)
            g_hash_table_add (departments, progress->department);
        }

      count_nodes (draft->children, departments, counts);
    }
}

void
wp_draft_plan_count (WpDraftPlan   *self,
                     WpDraftCounts *counts)
{
  g_autoptr(GHashTable) departments = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (counts != NULL);

  /* The names belong to the draft, which outlives the table. */
  departments = g_hash_table_new (g_str_hash, g_str_equal);
  *counts = (WpDraftCounts) { 0, };
  count_nodes (self->nodes, departments, counts);
  counts->departments = g_hash_table_size (departments);
}

static gboolean
write_assignments (WpStore      *store,
                   gint64        node_id,
                   WpDraftNode  *draft,
                   GError      **error)
{
  for (guint i = 0; i < draft->assignments->len; i++)
    {
      WpDraftAssignment *assignment = g_ptr_array_index (draft->assignments, i);
      gint64 department_id = wp_store_ensure_department (store, assignment->name, error);

      if (department_id == 0 ||
          !wp_store_assign_department (store, node_id, department_id, assignment->role, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_indicators (WpStore      *store,
                  gint64        node_id,
                  WpDraftNode  *draft,
                  GError      **error)
{
  for (guint i = 0; i < draft->indicators->len; i++)
    {
      WpIndicator *source = g_ptr_array_index (draft->indicators, i);
      g_autoptr(WpIndicator) indicator = wp_indicator_copy (source);

      wp_indicator_set_node_id (indicator, node_id);
      if (wp_store_add_indicator (store, indicator, error) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_progress (WpStore      *store,
                gint64        node_id,
                WpDraftNode  *draft,
                GError      **error)
{
  for (guint i = 0; i < draft->progress->len; i++)
    {
      WpDraftProgress *progress = g_ptr_array_index (draft->progress, i);
      g_autoptr(WpProgressEntry) entry = wp_progress_entry_copy (progress->entry);
      gint64 department_id = 0;

      if (progress->department != NULL)
        {
          department_id = wp_store_ensure_department (store, progress->department, error);
          if (department_id == 0)
            return FALSE;
        }

      wp_progress_entry_set_node_id (entry, node_id);
      wp_progress_entry_set_department_id (entry, department_id);
      if (wp_store_add_progress (store, entry, error) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_nodes (WpStore      *store,
             gint64        plan_id,
             gint64        parent_id,
             GPtrArray    *nodes,
             GError      **error)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpDraftNode *draft = g_ptr_array_index (nodes, i);
      g_autoptr(WpNode) node = wp_node_copy (draft->node);
      gint64 node_id;

      wp_node_set_plan_id (node, plan_id);
      wp_node_set_parent_id (node, parent_id);
      node_id = wp_store_insert_node (store, node, -1, error);

      if (node_id == 0 ||
          !write_assignments (store, node_id, draft, error) ||
          !write_indicators (store, node_id, draft, error) ||
          !write_progress (store, node_id, draft, error) ||
          !write_nodes (store, plan_id, node_id, draft->children, error))
        return FALSE;
    }

  return TRUE;
}

gint64
wp_store_import_draft (WpStore      *store,
                       WpDraftPlan  *draft,
                       GError      **error)
{
  gint64 plan_id;

  g_return_val_if_fail (WP_IS_STORE (store), 0);
  g_return_val_if_fail (draft != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!wp_store_begin (store, error))
    return 0;

  plan_id = wp_store_create_plan (store, draft->plan, error);
  if (plan_id == 0 || !write_nodes (store, plan_id, 0, draft->nodes, error))
    {
      wp_store_rollback (store);
      return 0;
    }

  /* A failed commit has rolled back already. */
  return wp_store_commit (store, error) ? plan_id : 0;
}

GArray *
wp_store_import_drafts (WpStore    *store,
                        GPtrArray  *drafts,
                        GError    **error)
{
  g_autoptr(GArray) plan_ids = NULL;

  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (drafts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!wp_store_begin (store, error))
    return NULL;

  plan_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), drafts->len);
  for (guint i = 0; i < drafts->len; i++)
    {
      gint64 plan_id = wp_store_import_draft (store, g_ptr_array_index (drafts, i), error);

      if (plan_id == 0)
        {
          wp_store_rollback (store);
          return NULL;
        }
      g_array_append_val (plan_ids, plan_id);
    }

  if (!wp_store_commit (store, error))
    return NULL;

  return g_steal_pointer (&plan_ids);
}
