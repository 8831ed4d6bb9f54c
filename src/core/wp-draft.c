/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-draft"

#include "config.h"

#include "wp-draft.h"
#include "wp-store-private.h"

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

/* Writing appends rows at places known from the tree, inside one transaction: the public
 * calls would, for every row, check the parent, count and move its siblings, touch the
 * plan and open a savepoint, which made an import of 20,000 tasks take seconds. */
typedef struct
{
  WpStore    *store;
  gint64      plan_id;
  GHashTable *departments;  /* name as the drafts spell it → gint64 id */
} DraftWriter;

static gint64
writer_department (DraftWriter  *writer,
                   const char   *name,
                   GError      **error)
{
  gint64 *cached = g_hash_table_lookup (writer->departments, name);
  gint64 id;

  if (cached != NULL)
    return *cached;
  id = wp_store_ensure_department (writer->store, name, error);
  if (id != 0)
    g_hash_table_insert (writer->departments, (gpointer) name, g_memdup2 (&id, sizeof id));
  return id;
}

static gboolean
write_assignments (DraftWriter  *writer,
                   gint64        node_id,
                   WpDraftNode  *draft,
                   GError      **error)
{
  for (guint i = 0; i < draft->assignments->len; i++)
    {
      WpDraftAssignment *assignment = g_ptr_array_index (draft->assignments, i);
      gint64 department_id = writer_department (writer, assignment->name, error);

      if (department_id == 0 ||
          !wp_store_append_assignment_row (writer->store, node_id, department_id,
                                           assignment->role, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_indicators (DraftWriter  *writer,
                  gint64        node_id,
                  WpDraftNode  *draft,
                  GError      **error)
{
  for (guint i = 0; i < draft->indicators->len; i++)
    {
      WpIndicator *indicator = g_ptr_array_index (draft->indicators, i);

      if (wp_store_append_indicator_row (writer->store, indicator, node_id, error) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_progress (DraftWriter  *writer,
                gint64        node_id,
                WpDraftNode  *draft,
                GError      **error)
{
  for (guint i = 0; i < draft->progress->len; i++)
    {
      WpDraftProgress *progress = g_ptr_array_index (draft->progress, i);
      gint64 department_id = 0;

      if (progress->department != NULL)
        {
          department_id = writer_department (writer, progress->department, error);
          if (department_id == 0)
            return FALSE;
        }
      if (wp_store_append_progress_row (writer->store, progress->entry, node_id, department_id,
                                        error) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_nodes (DraftWriter  *writer,
             gint64        parent_id,
             GPtrArray    *nodes,
             GError      **error)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpDraftNode *draft = g_ptr_array_index (nodes, i);
      gint64 node_id = wp_store_append_node_row (writer->store, draft->node, writer->plan_id,
                                                 parent_id, i, error);

      if (node_id == 0 ||
          !write_assignments (writer, node_id, draft, error) ||
          !write_indicators (writer, node_id, draft, error) ||
          !write_progress (writer, node_id, draft, error) ||
          !write_nodes (writer, node_id, draft->children, error))
        return FALSE;
      /* As the public calls do, so that no cache keeps what an id once held. */
      if (draft->assignments->len + draft->indicators->len + draft->progress->len > 0)
        wp_store_note_node_changed (writer->store, node_id);
    }

  if (nodes->len > 0)
    {
      wp_store_note_children_changed (writer->store, writer->plan_id, parent_id);
      if (parent_id != 0)
        wp_store_note_node_changed (writer->store, parent_id);
    }
  return TRUE;
}

static gint64
write_plan (DraftWriter  *writer,
            WpDraftPlan  *draft,
            GError      **error)
{
  writer->plan_id = wp_store_create_plan (writer->store, draft->plan, error);
  if (writer->plan_id == 0 ||
      !write_nodes (writer, 0, draft->nodes, error) ||
      !wp_store_touch_plan (writer->store, writer->plan_id, error))
    return 0;
  return writer->plan_id;
}

gint64
wp_store_import_draft (WpStore      *store,
                       WpDraftPlan  *draft,
                       GError      **error)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new ();
  g_autoptr(GArray) plan_ids = NULL;

  g_return_val_if_fail (WP_IS_STORE (store), 0);
  g_return_val_if_fail (draft != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  g_ptr_array_add (drafts, draft);
  plan_ids = wp_store_import_drafts (store, drafts, error);
  return plan_ids != NULL ? g_array_index (plan_ids, gint64, 0) : 0;
}

GArray *
wp_store_import_drafts (WpStore    *store,
                        GPtrArray  *drafts,
                        GError    **error)
{
  g_autoptr(GHashTable) departments = NULL;
  g_autoptr(GArray) plan_ids = NULL;
  DraftWriter writer = { store, 0, NULL };

  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (drafts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The names belong to the drafts, which outlive the table. */
  departments = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  writer.departments = departments;
  if (!wp_store_begin (store, error))
    return NULL;

  plan_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), drafts->len);
  for (guint i = 0; i < drafts->len; i++)
    {
      gint64 plan_id = write_plan (&writer, g_ptr_array_index (drafts, i), error);

      if (plan_id == 0)
        {
          wp_store_rollback (store);
          return NULL;
        }
      g_array_append_val (plan_ids, plan_id);
    }

  /* A failed commit has rolled back already. */
  if (!wp_store_commit (store, error))
    return NULL;

  return g_steal_pointer (&plan_ids);
}
