/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-chart-view.h"
#include "wp-dashboard-data.h"
#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_DASHBOARD_VIEW (wp_dashboard_view_get_type ())
G_DECLARE_FINAL_TYPE (WpDashboardView, wp_dashboard_view, WP, DASHBOARD_VIEW, GtkWidget)

/* The Dashboard page: one plan at an as-of date (wp_plan_snapshot_default_as_of() until
 * the user picks another) in cards of charts — the lights, the completion ring, the
 * sections, the departments, the indicators and the burn-up — with Export… to PNG, SVG
 * and PDF. It is rebuilt, once per burst of changes, when the store changes.
 *
 * Signals, when the user clicks an item of a chart: "activate-section" (gint64 node id),
 * "activate-department" (gint64 department id), "activate-task" (gint64 node id of the
 * task an indicator belongs to). */
GtkWidget       *wp_dashboard_view_new            (void);
/* Shows @plan_id of @store; @store NULL or @plan_id 0 shows nothing. */
void             wp_dashboard_view_set_plan       (WpDashboardView         *self,
                                                   WpStore                 *store,
                                                   gint64                   plan_id);
/* @as_of NULL goes back to the plan's default date. */
void             wp_dashboard_view_set_as_of      (WpDashboardView         *self,
                                                   const GDate             *as_of);
const GDate     *wp_dashboard_view_get_as_of      (WpDashboardView         *self);
/* The light thresholds (the settings); NULL for the defaults. */
void             wp_dashboard_view_set_thresholds (WpDashboardView         *self,
                                                   const WpLightThresholds *thresholds);
/* What the charts show now (transfer none), NULL without a plan. A change in the store
 * replaces it once the main loop is idle. */
WpDashboardData *wp_dashboard_view_get_data       (WpDashboardView         *self);
WpChartView     *wp_dashboard_view_get_chart      (WpDashboardView         *self,
                                                   WpChartKind              kind);

G_END_DECLS
