/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-types.h"

G_BEGIN_DECLS

#define WP_TYPE_NODE (wp_node_get_type ())
G_DECLARE_FINAL_TYPE (WpNode, wp_node, WP, NODE, GObject)

/* A node of a plan's outline: a section or a task. Objects handed out by WpStore are
 * live: the store updates them in place (with notify) when the database changes.
 * To edit, take a wp_node_copy(), change it and pass it to wp_store_update_node(). */
WpNode      *wp_node_new                          (WpNodeKind   kind);
WpNode      *wp_node_copy                         (WpNode      *self);
void         wp_node_assign                       (WpNode      *self,
                                                   WpNode      *source);
gint64       wp_node_get_id                       (WpNode      *self);
void         wp_node_set_id                       (WpNode      *self,
                                                   gint64       id);
gint64       wp_node_get_plan_id                  (WpNode      *self);
void         wp_node_set_plan_id                  (WpNode      *self,
                                                   gint64       plan_id);
/* 0 for a top-level node. */
gint64       wp_node_get_parent_id                (WpNode      *self);
void         wp_node_set_parent_id                (WpNode      *self,
                                                   gint64       parent_id);
guint        wp_node_get_position                 (WpNode      *self);
void         wp_node_set_position                 (WpNode      *self,
                                                   guint        position);
WpNodeKind   wp_node_get_kind                     (WpNode      *self);
void         wp_node_set_kind                     (WpNode      *self,
                                                   WpNodeKind   kind);
const char  *wp_node_get_title                    (WpNode      *self);
void         wp_node_set_title                    (WpNode      *self,
                                                   const char  *title);
const char  *wp_node_get_body                     (WpNode      *self);
void         wp_node_set_body                     (WpNode      *self,
                                                   const char  *body);
WpStatus     wp_node_get_status                   (WpNode      *self);
void         wp_node_set_status                   (WpNode      *self,
                                                   WpStatus     status);
/* The manual progress, 0–100. */
double       wp_node_get_progress                 (WpNode      *self);
void         wp_node_set_progress                 (WpNode      *self,
                                                   double       progress);
gboolean     wp_node_get_progress_from_indicators (WpNode      *self);
void         wp_node_set_progress_from_indicators (WpNode      *self,
                                                   gboolean     from_indicators);
gboolean     wp_node_get_key                      (WpNode      *self);
void         wp_node_set_key                      (WpNode      *self,
                                                   gboolean     key);
const char  *wp_node_get_start                    (WpNode      *self);
void         wp_node_set_start                    (WpNode      *self,
                                                   const char  *iso_date);
const char  *wp_node_get_due                      (WpNode      *self);
void         wp_node_set_due                      (WpNode      *self,
                                                   const char  *iso_date);
const char  *wp_node_get_completed                (WpNode      *self);
void         wp_node_set_completed                (WpNode      *self,
                                                   const char  *iso_date);
double       wp_node_get_weight                   (WpNode      *self);
void         wp_node_set_weight                   (WpNode      *self,
                                                   double       weight);
/* The year-end narrative (完成情况) and the reason when not done. */
const char  *wp_node_get_summary                  (WpNode      *self);
void         wp_node_set_summary                  (WpNode      *self,
                                                   const char  *summary);
const char  *wp_node_get_reason                   (WpNode      *self);
void         wp_node_set_reason                   (WpNode      *self,
                                                   const char  *reason);

G_END_DECLS
