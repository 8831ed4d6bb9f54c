/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-types.h"

G_BEGIN_DECLS

#define WP_TYPE_PLAN (wp_plan_get_type ())
G_DECLARE_FINAL_TYPE (WpPlan, wp_plan, WP, PLAN, GObject)

WpPlan      *wp_plan_new              (void);
WpPlan      *wp_plan_copy             (WpPlan      *self);
/* Copies every field of @source into @self, notifying what changed. */
void         wp_plan_assign           (WpPlan      *self,
                                       WpPlan      *source);
gint64       wp_plan_get_id           (WpPlan      *self);
void         wp_plan_set_id           (WpPlan      *self,
                                       gint64       id);
guint        wp_plan_get_year         (WpPlan      *self);
void         wp_plan_set_year         (WpPlan      *self,
                                       guint        year);
const char  *wp_plan_get_title        (WpPlan      *self);
void         wp_plan_set_title        (WpPlan      *self,
                                       const char  *title);
const char  *wp_plan_get_organization (WpPlan      *self);
void         wp_plan_set_organization (WpPlan      *self,
                                       const char  *organization);
const char  *wp_plan_get_preamble     (WpPlan      *self);
void         wp_plan_set_preamble     (WpPlan      *self,
                                       const char  *preamble);
WpNumbering  wp_plan_get_numbering    (WpPlan      *self);
void         wp_plan_set_numbering    (WpPlan      *self,
                                       WpNumbering  numbering);
/* The period defaults to 1 January – 31 December of the year when unset. */
const char  *wp_plan_get_period_start (WpPlan      *self);
void         wp_plan_set_period_start (WpPlan      *self,
                                       const char  *iso_date);
const char  *wp_plan_get_period_end   (WpPlan      *self);
void         wp_plan_set_period_end   (WpPlan      *self,
                                       const char  *iso_date);
void         wp_plan_get_period       (WpPlan      *self,
                                       GDate       *start,
                                       GDate       *end);
const char  *wp_plan_get_created      (WpPlan      *self);
void         wp_plan_set_created      (WpPlan      *self,
                                       const char  *iso_datetime);
const char  *wp_plan_get_modified     (WpPlan      *self);
void         wp_plan_set_modified     (WpPlan      *self,
                                       const char  *iso_datetime);

G_END_DECLS
