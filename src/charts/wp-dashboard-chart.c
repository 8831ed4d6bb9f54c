/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-dashboard-chart"

#include "wp-dashboard-chart.h"

static const WpChartCompletion no_completion;
static const WpChartLights no_lights;
static const WpChartBurnup no_burnup;

gboolean
wp_dashboard_chart_has_rows (WpChartKind kind)
{
  return kind == WP_CHART_KIND_BARS || kind == WP_CHART_KIND_DEPARTMENTS ||
         kind == WP_CHART_KIND_BULLETS;
}

guint
wp_dashboard_chart_n_rows (WpDashboardData *data,
                           WpChartKind      kind)
{
  guint n = 0;

  if (data == NULL)
    return 0;
  if (kind == WP_CHART_KIND_BARS)
    wp_dashboard_data_get_bars (data, &n);
  else if (kind == WP_CHART_KIND_DEPARTMENTS)
    wp_dashboard_data_get_departments (data, &n);
  else if (kind == WP_CHART_KIND_BULLETS)
    wp_dashboard_data_get_bullets (data, &n);
  return n;
}

double
wp_dashboard_chart_height (WpDashboardData    *data,
                           const WpChartStyle *style,
                           WpChartKind         kind,
                           guint               max_rows)
{
  guint n = MIN (wp_dashboard_chart_n_rows (data, kind), max_rows);

  switch (kind)
    {
    case WP_CHART_KIND_BARS:
      return wp_chart_bars_height (style, n);
    case WP_CHART_KIND_DEPARTMENTS:
      return wp_chart_departments_height (style, n);
    case WP_CHART_KIND_BULLETS:
      return wp_chart_bullets_height (style, n);
    case WP_CHART_KIND_LIGHTS:
    case WP_CHART_KIND_COMPLETION:
    case WP_CHART_KIND_BURNUP:
    default:
      return 0;
    }
}

/* The row charts' arrays; NULL (with *@n 0) without data. The count is read before the
 * drawing call, since C leaves the order of argument evaluation open. */
static const WpChartBar *
get_bars (WpDashboardData *data,
          guint           *n)
{
  *n = 0;
  return data != NULL ? wp_dashboard_data_get_bars (data, n) : NULL;
}

static const WpChartDepartment *
get_departments (WpDashboardData *data,
                 guint           *n)
{
  *n = 0;
  return data != NULL ? wp_dashboard_data_get_departments (data, n) : NULL;
}

static const WpChartBullet *
get_bullets (WpDashboardData *data,
             guint           *n)
{
  *n = 0;
  return data != NULL ? wp_dashboard_data_get_bullets (data, n) : NULL;
}

void
wp_dashboard_chart_draw (cairo_t            *cr,
                         const WpChartRect  *rect,
                         const WpChartStyle *style,
                         WpDashboardData    *data,
                         WpChartKind         kind)
{
  const WpChartBar *bars;
  const WpChartDepartment *departments;
  const WpChartBullet *bullets;
  guint n;

  switch (kind)
    {
    case WP_CHART_KIND_LIGHTS:
      wp_chart_draw_lights (cr, rect, style,
                            data ? wp_dashboard_data_get_lights (data) : &no_lights);
      break;
    case WP_CHART_KIND_COMPLETION:
      wp_chart_draw_completion (cr, rect, style,
                                data ? wp_dashboard_data_get_completion (data) : &no_completion);
      break;
    case WP_CHART_KIND_BURNUP:
      wp_chart_draw_burnup (cr, rect, style,
                            data ? wp_dashboard_data_get_burnup (data) : &no_burnup);
      break;
    case WP_CHART_KIND_BARS:
      bars = get_bars (data, &n);
      wp_chart_draw_bars (cr, rect, style, bars, n);
      break;
    case WP_CHART_KIND_DEPARTMENTS:
      departments = get_departments (data, &n);
      wp_chart_draw_departments (cr, rect, style, departments, n);
      break;
    case WP_CHART_KIND_BULLETS:
      bullets = get_bullets (data, &n);
      wp_chart_draw_bullets (cr, rect, style, bullets, n);
      break;
    default:
      g_assert_not_reached ();
    }
}

int
wp_dashboard_chart_item_at (const WpChartRect  *rect,
                            const WpChartStyle *style,
                            WpDashboardData    *data,
                            WpChartKind         kind,
                            double              x,
                            double              y)
{
  const WpChartBar *bars;
  const WpChartDepartment *departments;
  const WpChartBullet *bullets;
  guint n;

  if (data == NULL)
    return -1;
  switch (kind)
    {
    case WP_CHART_KIND_LIGHTS:
      return wp_chart_lights_item_at (rect, style, wp_dashboard_data_get_lights (data), x, y);
    case WP_CHART_KIND_COMPLETION:
      return wp_chart_completion_item_at (rect, style, wp_dashboard_data_get_completion (data),
                                          x, y);
    case WP_CHART_KIND_BURNUP:
      return wp_chart_burnup_item_at (rect, style, wp_dashboard_data_get_burnup (data), x, y);
    case WP_CHART_KIND_BARS:
      bars = get_bars (data, &n);
      return wp_chart_bars_item_at (rect, style, bars, n, x, y);
    case WP_CHART_KIND_DEPARTMENTS:
      departments = get_departments (data, &n);
      return wp_chart_departments_item_at (rect, style, departments, n, x, y);
    case WP_CHART_KIND_BULLETS:
      bullets = get_bullets (data, &n);
      return wp_chart_bullets_item_at (rect, style, bullets, n, x, y);
    default:
      g_assert_not_reached ();
    }
}
