/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-types.h"

G_BEGIN_DECLS

#define WP_TYPE_INDICATOR (wp_indicator_get_type ())
G_DECLARE_FINAL_TYPE (WpIndicator, wp_indicator, WP, INDICATOR, GObject)

/* Numeric values that are not set (null in JSON and SQL) are NAN; test with isnan(). */
WpIndicator  *wp_indicator_new            (void);
WpIndicator  *wp_indicator_copy           (WpIndicator  *self);
gint64        wp_indicator_get_id         (WpIndicator  *self);
void          wp_indicator_set_id         (WpIndicator  *self,
                                           gint64        id);
gint64        wp_indicator_get_node_id    (WpIndicator  *self);
void          wp_indicator_set_node_id    (WpIndicator  *self,
                                           gint64        node_id);
const char   *wp_indicator_get_name       (WpIndicator  *self);
void          wp_indicator_set_name       (WpIndicator  *self,
                                           const char   *name);
const char   *wp_indicator_get_unit       (WpIndicator  *self);
void          wp_indicator_set_unit       (WpIndicator  *self,
                                           const char   *unit);
WpComparator  wp_indicator_get_comparator (WpIndicator  *self);
void          wp_indicator_set_comparator (WpIndicator  *self,
                                           WpComparator  comparator);
double        wp_indicator_get_baseline   (WpIndicator  *self);
void          wp_indicator_set_baseline   (WpIndicator  *self,
                                           double        baseline);
double        wp_indicator_get_target     (WpIndicator  *self);
void          wp_indicator_set_target     (WpIndicator  *self,
                                           double        target);
double        wp_indicator_get_actual     (WpIndicator  *self);
void          wp_indicator_set_actual     (WpIndicator  *self,
                                           double        actual);

G_END_DECLS
