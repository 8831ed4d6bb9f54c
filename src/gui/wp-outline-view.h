/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-history.h"
#include "wp-node-filter.h"

G_BEGIN_DECLS

#define WP_TYPE_OUTLINE_VIEW (wp_outline_view_get_type ())
G_DECLARE_FINAL_TYPE (WpOutlineView, wp_outline_view, WP, OUTLINE_VIEW, GtkWidget)

/* The outline of one plan, edited through a WpHistory: numbered rows with their light,
 * progress, lead department and due date, a filter bar, and the "outline.*" actions.
 *
 * Where new nodes go: a task (outline.add-task, Ctrl+N) becomes the last child of the
 * selected section, or the next sibling of the selected task; a section
 * (outline.add-section, Ctrl+Shift+N) becomes the next sibling of the selected section,
 * or of the section the selected task is in; a child (outline.add-child, Ctrl+Alt+N) is
 * a node of the selected one's kind, last inside it (a subsection or a sub-task). With
 * nothing selected, new nodes go last at the top level. The new node is selected and its
 * title opens for typing.
 *
 * Properties: "history" (WpHistory), "plan" (WpPlan, NULL for none) and the read-only
 * "selected-node" (WpNode). */
GtkWidget    *wp_outline_view_new               (void);
WpHistory    *wp_outline_view_get_history       (WpOutlineView *self);
void          wp_outline_view_set_history       (WpOutlineView *self,
                                                 WpHistory     *history);
WpPlan       *wp_outline_view_get_plan          (WpOutlineView *self);
void          wp_outline_view_set_plan          (WpOutlineView *self,
                                                 WpPlan        *plan);
/* The node of the selected row (transfer full), or NULL. */
WpNode       *wp_outline_view_get_selected_node (WpOutlineView *self);
/* Selects the row of @node_id, expanding its ancestors and scrolling it into view;
 * FALSE when the node is not in the outline (deleted, or hidden by the filter). */
gboolean      wp_outline_view_select_node       (WpOutlineView *self,
                                                 gint64         node_id);
/* The light thresholds (the settings) of the rows' lights; NULL for the defaults. */
void          wp_outline_view_set_thresholds    (WpOutlineView           *self,
                                                 const WpLightThresholds *thresholds);
/* What the filter bar edits. */
WpNodeFilter *wp_outline_view_get_filter        (WpOutlineView *self);
/* Opens the filter bar with the focus in its search entry. */
void          wp_outline_view_show_filter_bar   (WpOutlineView *self);

G_END_DECLS
