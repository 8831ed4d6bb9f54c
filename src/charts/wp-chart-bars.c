/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-charts"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "wp-chart-rows.h"
#include "wp-charts.h"

/* In multiples of the font size: a row, and the "100%" at its right. */
#define ROW_EM   2.0
#define VALUE_EM 3.6

static void
draw_bar (cairo_t            *cr,
          const WpChartRect  *row,
          const WpChartStyle *style,
          gconstpointer       item,
          gpointer            user_data)
{
  const WpChartBar *bar = item;
  const WpChartColor *fill = wp_chart_light_color (style, bar->light);
  double progress = isnan (bar->progress) ? 0 : CLAMP (bar->progress, 0.0, 100.0);
  double fraction = progress / 100.0;
  g_autofree char *percent = wp_chart_format_percent (style, progress, 0);
  WpChartRowColumns columns;

  wp_chart_row_columns (row, style, VALUE_EM, &columns);
  wp_chart_cell_text (cr, &columns.label, style, &style->foreground, bar->label, PANGO_ALIGN_LEFT);
  wp_chart_draw_meter (cr, style, &columns.bar, 1, &fraction, &fill);
  wp_chart_cell_text (cr, &columns.value, style, &style->foreground, percent, PANGO_ALIGN_RIGHT);
}

void
wp_chart_draw_bars (cairo_t            *cr,
                    const WpChartRect  *rect,
                    const WpChartStyle *style,
                    const WpChartBar   *bars,
                    guint               n_bars)
{
  wp_chart_rows_draw (cr, rect, style, ROW_EM, bars, sizeof *bars, n_bars,
                      NC_("chart", "No tasks"), draw_bar, NULL);
}

double
wp_chart_bars_height (const WpChartStyle *style,
                      guint               n_bars)
{
  return wp_chart_rows_height (style, ROW_EM, n_bars);
}

int
wp_chart_bars_item_at (const WpChartRect  *rect,
                       const WpChartStyle *style,
                       const WpChartBar   *bars,
                       guint               n_bars,
                       double              x,
                       double              y)
{
  g_return_val_if_fail (bars != NULL || n_bars == 0, -1);

  return wp_chart_rows_item_at (rect, style, ROW_EM, n_bars, x, y);
}

void
wp_chart_bars_track (const WpChartRect  *rect,
                     const WpChartStyle *style,
                     guint               n_bars,
                     guint               index,
                     WpChartRect        *track)
{
  WpChartRowColumns columns;

  g_return_if_fail (rect != NULL && style != NULL && track != NULL);

  wp_chart_rows_columns_at (rect, style, ROW_EM, VALUE_EM, n_bars, index, &columns);
  *track = columns.bar;
}
