/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-chart-style.h"
#include "wp-dashboard-chart.h"

G_BEGIN_DECLS

#define WP_TYPE_CHART_VIEW (wp_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (WpChartView, wp_chart_view, WP, CHART_VIEW, GtkWidget)

/* One chart of wp-charts.h, drawn from a WpDashboardData in the widget's snapshot, in the
 * light or dark style (following AdwStyleManager) and the widget's font, so that it
 * follows the text scale. Its natural height is the chart's (wp_chart_*_height() for the
 * charts with a row per item). Hovering shows the item under the pointer in a tooltip;
 * a click on an item emits "item-activated" (int index into the chart's array, as the
 * *_item_at() functions answer).
 *
 * Properties: "kind" (int, a WpChartKind, construct-only). */
GtkWidget       *wp_chart_view_new         (WpChartKind      kind);
WpChartKind      wp_chart_view_get_kind    (WpChartView     *self);
/* @data NULL draws the chart with no data. */
void             wp_chart_view_set_data    (WpChartView     *self,
                                            WpDashboardData *data);
WpDashboardData *wp_chart_view_get_data    (WpChartView     *self);
/* The style the chart is drawn in now; for tests. */
void             wp_chart_view_get_style   (WpChartView     *self,
                                            WpChartStyle    *style);
/* The item under (@x, @y) in widget coordinates, or -1. */
int              wp_chart_view_item_at     (WpChartView     *self,
                                            double           x,
                                            double           y);
/* What a click at (@x, @y) does: emits "item-activated" when an item lies there.
 * Returns the item, or -1. */
int              wp_chart_view_activate_at (WpChartView     *self,
                                            double           x,
                                            double           y);

G_END_DECLS
