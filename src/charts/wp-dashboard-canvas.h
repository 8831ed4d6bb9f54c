/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "wp-dashboard-data.h"
#include "wp-chart-style.h"

G_BEGIN_DECLS

/* The whole dashboard on one canvas, for the PNG, SVG and PDF exports: a heading with
 * the plan's title and the as-of date, then the lights, the completion ring, the section
 * bars, the departments, the indicators and the burn-up, laid out in a column of
 * @width user units (points for SVG/PDF, pixels for PNG). */

/* The canvas height the dashboard needs at @width. */
double   wp_dashboard_canvas_height (WpDashboardData    *data,
                                     const WpChartStyle *style,
                                     double              width);
void     wp_dashboard_canvas_draw   (cairo_t            *cr,
                                     WpDashboardData    *data,
                                     const WpChartStyle *style,
                                     double              width);

typedef enum
{
  WP_DASHBOARD_FORMAT_PNG,
  WP_DASHBOARD_FORMAT_SVG,
  WP_DASHBOARD_FORMAT_PDF,
} WpDashboardFormat;

/* Writes the dashboard in the light style (the print style for PDF) with @language's
 * words (NULL: the interface's) to @stream. PNG is drawn at 2× for sharpness. May run
 * in a worker thread. */
gboolean wp_dashboard_canvas_export (WpDashboardData    *data,
                                     WpDashboardFormat   format,
                                     const char         *language,
                                     GOutputStream      *stream,
                                     GCancellable       *cancellable,
                                     GError            **error);

G_END_DECLS
