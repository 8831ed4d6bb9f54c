/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-store.h"

G_BEGIN_DECLS

/* A plan held in memory before it is written: importers build one, the import preview
 * shows and edits it, and wp_store_import_draft() writes it in one transaction.
 * Ids, plan ids, parent ids and positions inside the objects are ignored: the place of
 * a node is its place in the tree. */

typedef struct
{
  char   *name;
  WpRole  role;
} WpDraftAssignment;

typedef struct
{
  WpProgressEntry *entry;
  /* The reporting department by name, or NULL; its department_id is ignored. */
  char            *department;
} WpDraftProgress;

typedef struct
{
  WpNode    *node;
  GPtrArray *assignments;  /* WpDraftAssignment, lead first */
  GPtrArray *indicators;   /* WpIndicator */
  GPtrArray *progress;     /* WpDraftProgress, oldest first */
  GPtrArray *children;     /* WpDraftNode */
} WpDraftNode;

typedef struct
{
  WpPlan    *plan;
  GPtrArray *nodes;        /* WpDraftNode at the top level */
} WpDraftPlan;

typedef struct
{
  guint sections;
  guint tasks;
  guint departments;       /* distinct names, from assignments and progress entries */
  guint indicators;
} WpDraftCounts;

WpDraftNode *wp_draft_node_new            (WpNodeKind       kind);
void         wp_draft_node_free           (WpDraftNode     *self);
void         wp_draft_node_add_assignment (WpDraftNode     *self,
                                           const char      *department,
                                           WpRole           role);
/* Takes ownership of @indicator, @entry and @child. */
void         wp_draft_node_add_indicator  (WpDraftNode     *self,
                                           WpIndicator     *indicator);
void         wp_draft_node_add_progress   (WpDraftNode     *self,
                                           WpProgressEntry *entry,
                                           const char      *department);
void         wp_draft_node_add_child      (WpDraftNode     *self,
                                           WpDraftNode     *child);

WpDraftPlan *wp_draft_plan_new            (void);
void         wp_draft_plan_free           (WpDraftPlan     *self);
/* Takes ownership of @node. */
void         wp_draft_plan_add_node       (WpDraftPlan     *self,
                                           WpDraftNode     *node);
void         wp_draft_plan_count          (WpDraftPlan     *self,
                                           WpDraftCounts   *counts);

/* Writes @draft as a new plan in one transaction: on error nothing is written.
 * Departments are matched by name and created when missing. Returns the new plan's
 * id, or 0 on error. */
gint64       wp_store_import_draft        (WpStore         *store,
                                           WpDraftPlan     *draft,
                                           GError         **error);
/* Writes every WpDraftPlan of @drafts in one transaction; returns the new ids in order
 * (a GArray of gint64), or NULL on error with nothing written. */
GArray      *wp_store_import_drafts       (WpStore         *store,
                                           GPtrArray       *drafts,
                                           GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpDraftNode, wp_draft_node_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpDraftPlan, wp_draft_plan_free)

G_END_DECLS
