/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-charts"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "wp-chart-rows.h"
#include "wp-charts.h"

/* In multiples of the font size: a row, and the "12/15 · 62%" at its right. */
#define ROW_EM   2.0
#define VALUE_EM 7.0

static void
draw_department (cairo_t            *cr,
                 const WpChartRect  *row,
                 const WpChartStyle *style,
                 gconstpointer       item,
                 gpointer            user_data)
{
  const WpChartDepartment *department = item;
  const WpChartColor *fills[] = { &style->green, &style->red };
  double fractions[2] = { 0, 0 };
  g_autofree char *mean = wp_chart_format_percent (style, department->mean_progress, 0);
  g_autofree char *value = NULL;
  WpChartRowColumns columns;

  if (department->led > 0)
    {
      fractions[0] = (double) department->done / department->led;
      fractions[1] = (double) department->late / department->led;
    }
  /* TRANSLATORS: a department's tasks done out of those it leads, and their mean
   * progress, e.g. "3/5 · 62%". */
  value = g_strdup_printf (wp_chart_word (style, NC_("chart", "%u/%u · %s")),
                           department->done, department->led, mean);

  wp_chart_row_columns (row, style, VALUE_EM, &columns);
  /* A department with late tasks is named in red, so the laggards stand out in a list
   * sorted by how far behind they are. */
  wp_chart_cell_text (cr, &columns.label, style,
                      department->late > 0 ? &style->red : &style->foreground,
                      department->name, PANGO_ALIGN_LEFT);
  wp_chart_draw_meter (cr, style, &columns.bar, G_N_ELEMENTS (fills), fractions, fills);
  wp_chart_cell_text (cr, &columns.value, style, &style->foreground, value, PANGO_ALIGN_RIGHT);
}

void
wp_chart_draw_departments (cairo_t                 *cr,
                           const WpChartRect       *rect,
                           const WpChartStyle      *style,
                           const WpChartDepartment *rows,
                           guint                    n_rows)
{
  wp_chart_rows_draw (cr, rect, style, ROW_EM, rows, sizeof *rows, n_rows,
                      NC_("chart", "No tasks"), draw_department, NULL);
}

double
wp_chart_departments_height (const WpChartStyle *style,
                             guint               n_rows)
{
  return wp_chart_rows_height (style, ROW_EM, n_rows);
}

int
wp_chart_departments_item_at (const WpChartRect       *rect,
                              const WpChartStyle      *style,
                              const WpChartDepartment *rows,
                              guint                    n_rows,
                              double                   x,
                              double                   y)
{
  g_return_val_if_fail (rows != NULL || n_rows == 0, -1);

  return wp_chart_rows_item_at (rect, style, ROW_EM, n_rows, x, y);
}

void
wp_chart_departments_track (const WpChartRect  *rect,
                            const WpChartStyle *style,
                            guint               n_rows,
                            guint               index,
                            WpChartRect        *track)
{
  WpChartRowColumns columns;

  g_return_if_fail (rect != NULL && style != NULL && track != NULL);

  wp_chart_rows_columns_at (rect, style, ROW_EM, VALUE_EM, n_rows, index, &columns);
  *track = columns.bar;
}
