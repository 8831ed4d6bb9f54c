/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_NODE_LIST (wp_node_list_get_type ())
G_DECLARE_FINAL_TYPE (WpNodeList, wp_node_list, WP, NODE_LIST, GObject)

/* A GListModel of the live WpNode children of @parent_id (0: the top level) in a plan,
 * in position order; emits items-changed for exactly the rows that changed. */
WpNodeList *wp_node_list_new          (WpStore    *store,
                                       gint64      plan_id,
                                       gint64      parent_id);
gint64      wp_node_list_get_plan_id   (WpNodeList *self);
gint64      wp_node_list_get_parent_id (WpNodeList *self);

G_END_DECLS
