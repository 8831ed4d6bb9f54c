/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-rollup.h"
#include "wp-store.h"

G_BEGIN_DECLS

/* Where a row dropped on another row goes. */
typedef enum
{
  WP_DROP_BEFORE,
  WP_DROP_INTO,
  WP_DROP_AFTER,
} WpDropPlace;

#define WP_TYPE_OUTLINE_ROW (wp_outline_row_get_type ())
G_DECLARE_FINAL_TYPE (WpOutlineRow, wp_outline_row, WP, OUTLINE_ROW, GtkWidget)

/* One recycled row of the outline: expander, number, title, traffic light, progress,
 * lead department and due date of a node.
 *
 * The row edits nothing itself: a title edited in place activates "outline.set-title"
 * with (node id, title) as "(xs)", and a row dropped on it "outline.drop-node" with
 * (dragged id, target id, WpDropPlace) as "(xxi)"; an ancestor provides both actions. */
GtkWidget  *wp_outline_row_new          (void);
/* Shows the WpNode of @list_row, a node of @plan, and follows its changes. */
void        wp_outline_row_bind         (WpOutlineRow   *self,
                                         WpStore        *store,
                                         WpPlan         *plan,
                                         GtkTreeListRow *list_row);
void        wp_outline_row_unbind       (WpOutlineRow   *self);
/* The node shown (transfer none), or NULL when unbound. */
WpNode     *wp_outline_row_get_node     (WpOutlineRow   *self);
/* Shows what @rollup says of the node and the number, department and due date as the
 * store has them now: they change with other nodes, so the owner calls this after every
 * change of the plan. */
void        wp_outline_row_update       (WpOutlineRow   *self,
                                         WpRollup       *rollup);
/* Turns the title into an entry: Enter or leaving it keeps the text, Escape cancels. */
void        wp_outline_row_start_rename (WpOutlineRow   *self);
/* Keeps what was typed, as Enter does. */
void        wp_outline_row_stop_rename  (WpOutlineRow   *self);
gboolean    wp_outline_row_get_renaming (WpOutlineRow   *self);
const char *wp_outline_row_get_number   (WpOutlineRow   *self);
const char *wp_outline_row_get_title    (WpOutlineRow   *self);

G_END_DECLS
