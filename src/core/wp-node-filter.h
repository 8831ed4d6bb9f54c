/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-rollup.h"
#include "wp-store.h"

G_BEGIN_DECLS

/* A status or light criterion that lets every node through. */
#define WP_NODE_FILTER_ANY (-1)

#define WP_TYPE_NODE_FILTER (wp_node_filter_get_type ())
G_DECLARE_FINAL_TYPE (WpNodeFilter, wp_node_filter, WP, NODE_FILTER, GObject)

/* What the outline's filter bar asks for. Properties: "text" (string), "department-id"
 * (int64, 0: any), "status" and "light" (int, a WpStatus or WpLight, or
 * WP_NODE_FILTER_ANY), "overdue" and "key-only" (boolean), "root-id" (int64, 0: the whole
 * plan). A criterion at its default lets every node through; set criteria must all hold.
 *
 * Text matches a node's title or body, ignoring case. The other criteria describe tasks:
 * the department is the task's lead, the light is the roll-up's, and a task is overdue
 * when it is neither done nor cancelled and its due date (or else the end of the plan's
 * period) lies before the roll-up's as-of date. A section never matches them itself; it
 * shows as the ancestor of tasks that do. The root keeps the nodes of one subtree: the
 * node itself and everything under it (the dashboard opens a section this way). */
WpNodeFilter *wp_node_filter_new               (void);
const char   *wp_node_filter_get_text          (WpNodeFilter *self);
void          wp_node_filter_set_text          (WpNodeFilter *self,
                                                const char   *text);
gint64        wp_node_filter_get_department_id (WpNodeFilter *self);
void          wp_node_filter_set_department_id (WpNodeFilter *self,
                                                gint64        department_id);
int           wp_node_filter_get_status        (WpNodeFilter *self);
void          wp_node_filter_set_status        (WpNodeFilter *self,
                                                int           status);
int           wp_node_filter_get_light         (WpNodeFilter *self);
void          wp_node_filter_set_light         (WpNodeFilter *self,
                                                int           light);
gboolean      wp_node_filter_get_overdue       (WpNodeFilter *self);
void          wp_node_filter_set_overdue       (WpNodeFilter *self,
                                                gboolean      overdue);
gboolean      wp_node_filter_get_key_only      (WpNodeFilter *self);
void          wp_node_filter_set_key_only      (WpNodeFilter *self,
                                                gboolean      key_only);
gint64        wp_node_filter_get_root_id       (WpNodeFilter *self);
void          wp_node_filter_set_root_id       (WpNodeFilter *self,
                                                gint64        root_id);
/* TRUE when every criterion is at its default. */
gboolean      wp_node_filter_is_empty          (WpNodeFilter *self);
/* Puts every criterion back to its default. */
void          wp_node_filter_clear             (WpNodeFilter *self);

/* The ids of the nodes of @plan_id that match, together with all their ancestors, as a
 * set of gint64 (g_int64_hash). @rollup, a roll-up of the same plan, gives the lights and
 * the as-of date. */
GHashTable   *wp_node_filter_match             (WpNodeFilter *self,
                                                WpStore      *store,
                                                gint64        plan_id,
                                                WpRollup     *rollup);

G_END_DECLS
