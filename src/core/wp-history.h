/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_HISTORY (wp_history_get_type ())
G_DECLARE_FINAL_TYPE (WpHistory, wp_history, WP, HISTORY, GObject)

/* Every edit a user makes goes through a WpHistory: each call is one transaction in the
 * store (nothing to save) and one step that wp_history_undo() takes back and
 * wp_history_redo() makes again. Undo restores deleted nodes with their ids, subtrees,
 * departments, indicators and progress entries, so later steps that name them still
 * apply. A new edit after an undo drops the steps that were undone. An edit that fails
 * records no step and changes nothing.
 * Undo and redo first check that the rows they change are as the step left them: when
 * another window or program changed them meanwhile, they fail with
 * WP_STORE_ERROR_CONFLICT, change nothing and drop that step (it can never apply again),
 * so that the steps beneath it stay usable. They must not be called while a group is
 * open.
 * Properties: "can-undo", "can-redo" (boolean), "undo-label", "redo-label" (string). */
WpHistory   *wp_history_new                 (WpStore      *store);
WpStore     *wp_history_get_store           (WpHistory    *self);

gboolean     wp_history_can_undo            (WpHistory    *self);
gboolean     wp_history_can_redo            (WpHistory    *self);
/* What the next undo or redo would do, for menus and toasts ("Delete “…”"). */
const char  *wp_history_get_undo_label      (WpHistory    *self);
const char  *wp_history_get_redo_label      (WpHistory    *self);
gboolean     wp_history_undo                (WpHistory    *self,
                                             GError      **error);
gboolean     wp_history_redo                (WpHistory    *self,
                                             GError      **error);

/* Makes the calls until the matching end_group one undo step (and one transaction),
 * e.g. a progress entry that also sets the task's progress. Groups nest. */
gboolean     wp_history_begin_group         (WpHistory    *self,
                                             const char   *label,
                                             GError      **error);
gboolean     wp_history_end_group           (WpHistory    *self,
                                             GError      **error);
/* Abandons the open group: its changes are rolled back and no step is recorded. */
void         wp_history_cancel_group        (WpHistory    *self);

/* The edits; they take the same arguments as the WpStore functions they wrap. */
gint64       wp_history_insert_node         (WpHistory        *self,
                                             WpNode           *node,
                                             int               position,
                                             GError          **error);
gboolean     wp_history_update_node         (WpHistory        *self,
                                             WpNode           *node,
                                             GError          **error);
gboolean     wp_history_delete_node         (WpHistory        *self,
                                             gint64            node_id,
                                             GError          **error);
gboolean     wp_history_move_node           (WpHistory        *self,
                                             gint64            node_id,
                                             gint64            parent_id,
                                             int               position,
                                             GError          **error);
gboolean     wp_history_indent_node         (WpHistory        *self,
                                             gint64            node_id,
                                             GError          **error);
gboolean     wp_history_outdent_node        (WpHistory        *self,
                                             gint64            node_id,
                                             GError          **error);
gboolean     wp_history_assign_department   (WpHistory        *self,
                                             gint64            node_id,
                                             gint64            department_id,
                                             WpRole            role,
                                             GError          **error);
gboolean     wp_history_unassign_department (WpHistory        *self,
                                             gint64            node_id,
                                             gint64            department_id,
                                             GError          **error);
gint64       wp_history_add_indicator       (WpHistory        *self,
                                             WpIndicator      *indicator,
                                             GError          **error);
gboolean     wp_history_update_indicator    (WpHistory        *self,
                                             WpIndicator      *indicator,
                                             GError          **error);
gboolean     wp_history_delete_indicator    (WpHistory        *self,
                                             gint64            indicator_id,
                                             GError          **error);
gint64       wp_history_add_progress        (WpHistory        *self,
                                             WpProgressEntry  *entry,
                                             GError          **error);
gboolean     wp_history_update_progress     (WpHistory        *self,
                                             WpProgressEntry  *entry,
                                             GError          **error);
gboolean     wp_history_delete_progress     (WpHistory        *self,
                                             gint64            entry_id,
                                             GError          **error);
gboolean     wp_history_update_plan         (WpHistory        *self,
                                             WpPlan           *plan,
                                             GError          **error);

G_END_DECLS
