/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-charts.h"
#include "wp-dashboard-data.h"

G_BEGIN_DECLS

/* The dashboard's charts by name, each drawn from a WpDashboardData: what the window's
 * chart widgets, the dashboard export and the summary's chart annex have in common. */
typedef enum
{
  WP_CHART_KIND_LIGHTS,
  WP_CHART_KIND_COMPLETION,
  WP_CHART_KIND_BARS,
  WP_CHART_KIND_DEPARTMENTS,
  WP_CHART_KIND_BULLETS,
  WP_CHART_KIND_BURNUP,
} WpChartKind;

/* TRUE for the charts with a row per item: bars, departments, bullets. */
gboolean wp_dashboard_chart_has_rows (WpChartKind         kind);
/* The number of rows of a row chart (0 for the others, and for NULL @data). */
guint    wp_dashboard_chart_n_rows   (WpDashboardData    *data,
                                      WpChartKind         kind);
/* The natural height of a row chart showing at most @max_rows of its rows; 0 for the
 * other charts, whose height is the caller's to choose. */
double   wp_dashboard_chart_height   (WpDashboardData    *data,
                                      const WpChartStyle *style,
                                      WpChartKind         kind,
                                      guint               max_rows);
/* Draws chart @kind of @data (NULL: the chart without data) into @rect. */
void     wp_dashboard_chart_draw     (cairo_t            *cr,
                                      const WpChartRect  *rect,
                                      const WpChartStyle *style,
                                      WpDashboardData    *data,
                                      WpChartKind         kind);
/* The item of chart @kind under (@x, @y), as the chart's *_item_at() answers; -1 when
 * there is none or @data is NULL. */
int      wp_dashboard_chart_item_at  (const WpChartRect  *rect,
                                      const WpChartStyle *style,
                                      WpDashboardData    *data,
                                      WpChartKind         kind,
                                      double              x,
                                      double              y);

G_END_DECLS
