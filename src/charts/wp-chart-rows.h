/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-chart-style.h"

G_BEGIN_DECLS

/* The geometry the charts with one row per item (bars, departments, bullets) share, so
 * that their drawing, natural height and item_at() agree: rows of @row_em × the font
 * size below a small padding, as many as fit, then a dim "and N more" line. Only the
 * rows that fit and meet the cairo clip are drawn, so a chart of 20,000 rows clipped to
 * a screenful costs what a screenful does. */
typedef struct
{
  WpChartRect inner;       /* the rectangle less the padding */
  double      row_height;
  guint       n_items;
  guint       n_shown;     /* the first n_shown items have a row */
} WpChartRows;

/* Draws one item into @row (already clipped to the chart). */
typedef void (*WpChartRowFunc) (cairo_t            *cr,
                                const WpChartRect  *row,
                                const WpChartStyle *style,
                                gconstpointer       item,
                                gpointer            user_data);

double wp_chart_rows_height  (const WpChartStyle *style,
                              double              row_em,
                              guint               n_items);
void   wp_chart_rows_layout  (WpChartRows        *rows,
                              const WpChartRect  *rect,
                              const WpChartStyle *style,
                              double              row_em,
                              guint               n_items);
/* Row @index's rectangle (also for rows past n_shown, which lie below the chart). */
void   wp_chart_rows_get_row (const WpChartRows  *rows,
                              guint               index,
                              WpChartRect        *row);
/* Row @index's rectangle in a chart of @n_items drawn in @rect. */
void   wp_chart_rows_row_at  (const WpChartRect  *rect,
                              const WpChartStyle *style,
                              double              row_em,
                              guint               n_items,
                              guint               index,
                              WpChartRect        *row);
/* The index of the item whose row lies under @x, @y, or -1. */
int    wp_chart_rows_item_at (const WpChartRect  *rect,
                              const WpChartStyle *style,
                              double              row_em,
                              guint               n_items,
                              double              x,
                              double              y);
/* The whole chart: @empty_msgid (an NC_("chart", …) word) when there are no items,
 * else @draw_row for each row that fits and meets @cr's clip, and the "and N more" line. */
void   wp_chart_rows_draw    (cairo_t            *cr,
                              const WpChartRect  *rect,
                              const WpChartStyle *style,
                              double              row_em,
                              gconstpointer       items,
                              gsize               item_size,
                              guint               n_items,
                              const char         *empty_msgid,
                              WpChartRowFunc      draw_row,
                              gpointer            user_data);

/* A row split into a label on the left, a bar in the middle and a value of about
 * @value_em × the font size on the right, as bars and departments draw it. */
typedef struct
{
  WpChartRect label;
  WpChartRect bar;     /* the bar's track, vertically centred in the row */
  WpChartRect value;
} WpChartRowColumns;

void   wp_chart_row_columns  (const WpChartRect  *row,
                              const WpChartStyle *style,
                              double              value_em,
                              WpChartRowColumns  *columns);
/* The columns of row @index in a chart of @n_items drawn in @rect. */
void   wp_chart_rows_columns_at (const WpChartRect  *rect,
                                 const WpChartStyle *style,
                                 double              row_em,
                                 double              value_em,
                                 guint               n_items,
                                 guint               index,
                                 WpChartRowColumns  *columns);
G_END_DECLS
