/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-charts"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "wp-chart-rows.h"

/* In multiples of the font size. */
#define PAD_EM       0.25
#define MORE_EM      1.6
#define EMPTY_EM     3.0
#define GAP_EM       0.6
#define BAR_EM       0.75

double
wp_chart_rows_height (const WpChartStyle *style,
                      double              row_em,
                      guint               n_items)
{
  g_return_val_if_fail (style != NULL, 0);

  if (n_items == 0)
    return EMPTY_EM * style->font_size;
  return (2 * PAD_EM + row_em * n_items) * style->font_size;
}

void
wp_chart_rows_layout (WpChartRows        *rows,
                      const WpChartRect  *rect,
                      const WpChartStyle *style,
                      double              row_em,
                      guint               n_items)
{
  double pad = PAD_EM * style->font_size;
  double room;

  rows->inner = *rect;
  rows->inner.y += pad;
  rows->inner.height = MAX (0, rect->height - 2 * pad);
  rows->row_height = row_em * style->font_size;
  rows->n_items = n_items;

  /* A hair of tolerance so that a chart given exactly its natural height shows every
   * row despite rounding. */
  room = rows->inner.height + 0.01;
  if (n_items * rows->row_height <= room)
    rows->n_shown = n_items;
  else
    rows->n_shown = (guint) MAX (0, floor ((room - MORE_EM * style->font_size)
                                           / rows->row_height));
}

void
wp_chart_rows_get_row (const WpChartRows *rows,
                       guint              index,
                       WpChartRect       *row)
{
  row->x = rows->inner.x;
  row->y = rows->inner.y + index * rows->row_height;
  row->width = rows->inner.width;
  row->height = rows->row_height;
}

void
wp_chart_rows_row_at (const WpChartRect  *rect,
                      const WpChartStyle *style,
                      double              row_em,
                      guint               n_items,
                      guint               index,
                      WpChartRect        *row)
{
  WpChartRows rows;

  wp_chart_rows_layout (&rows, rect, style, row_em, n_items);
  wp_chart_rows_get_row (&rows, index, row);
}

int
wp_chart_rows_item_at (const WpChartRect  *rect,
                       const WpChartStyle *style,
                       double              row_em,
                       guint               n_items,
                       double              x,
                       double              y)
{
  WpChartRows rows;
  double index;

  g_return_val_if_fail (rect != NULL && style != NULL, -1);

  wp_chart_rows_layout (&rows, rect, style, row_em, n_items);
  if (x < rows.inner.x || x >= rows.inner.x + rows.inner.width || rows.row_height <= 0)
    return -1;
  index = floor ((y - rows.inner.y) / rows.row_height);
  if (index < 0 || index >= rows.n_shown)
    return -1;
  return (int) index;
}

static void
draw_more (cairo_t            *cr,
           const WpChartRows  *rows,
           const WpChartStyle *style)
{
  g_autofree char *text = NULL;
  WpChartRect line;

  wp_chart_rows_get_row (rows, rows->n_shown, &line);
  line.height = MORE_EM * style->font_size;
  /* TRANSLATORS: below a chart that shows only the rows that fit, e.g. "and 12 more". */
  text = g_strdup_printf (wp_chart_word (style, NC_("chart", "and %u more")),
                          rows->n_items - rows->n_shown);
  wp_chart_cell_text (cr, &line, style, &style->dim, text, PANGO_ALIGN_LEFT);
}

/* The rows [*@first, *@end) that meet the clip: a window scrolled to a few rows of a chart
 * of 20,000 draws those, not all (the chart view clips to what is on screen). A row
 * more on either side, for any ink that strays past its row's edge. */
static void
get_rows_in_clip (cairo_t           *cr,
                  const WpChartRows *rows,
                  guint             *first,
                  guint             *end)
{
  double x1, y1, x2, y2;
  double top, bottom;

  *first = 0;
  *end = rows->n_shown;
  if (rows->row_height <= 0)
    return;
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  if (y2 <= y1)
    {
      *end = 0;
      return;
    }
  top = floor ((y1 - rows->inner.y) / rows->row_height) - 1;
  bottom = ceil ((y2 - rows->inner.y) / rows->row_height) + 1;
  *first = (guint) CLAMP (top, 0, rows->n_shown);
  *end = (guint) CLAMP (bottom, *first, rows->n_shown);
}

void
wp_chart_rows_draw (cairo_t            *cr,
                    const WpChartRect  *rect,
                    const WpChartStyle *style,
                    double              row_em,
                    gconstpointer       items,
                    gsize               item_size,
                    guint               n_items,
                    const char         *empty_msgid,
                    WpChartRowFunc      draw_row,
                    gpointer            user_data)
{
  WpChartRows rows;
  guint first, end;

  g_return_if_fail (cr != NULL && rect != NULL && style != NULL);
  g_return_if_fail (items != NULL || n_items == 0);

  wp_chart_begin (cr, rect);
  if (n_items == 0)
    {
      wp_chart_draw_message (cr, rect, style, wp_chart_word (style, empty_msgid));
      cairo_restore (cr);
      return;
    }
  wp_chart_rows_layout (&rows, rect, style, row_em, n_items);
  get_rows_in_clip (cr, &rows, &first, &end);
  for (guint i = first; i < end; i++)
    {
      WpChartRect row;

      wp_chart_rows_get_row (&rows, i, &row);
      draw_row (cr, &row, style, (const guint8 *) items + i * item_size, user_data);
    }
  if (rows.n_shown < n_items)
    draw_more (cr, &rows, style);
  cairo_restore (cr);
}

void
wp_chart_row_columns (const WpChartRect  *row,
                      const WpChartStyle *style,
                      double              value_em,
                      WpChartRowColumns  *columns)
{
  double em = style->font_size;
  double gap = GAP_EM * em;
  double label_width = CLAMP (0.32 * row->width, 5 * em, 16 * em);
  double value_width = value_em * em;
  double bar_height = BAR_EM * em;

  /* Narrow charts give the label at most 45 % and keep a bar in the middle. */
  label_width = MIN (label_width, 0.45 * row->width);
  value_width = MIN (value_width, 0.3 * row->width);

  columns->label = *row;
  columns->label.width = label_width;
  columns->value = *row;
  columns->value.x = row->x + row->width - value_width;
  columns->value.width = value_width;
  columns->bar.x = row->x + label_width + gap;
  columns->bar.width = MAX (0, row->width - label_width - value_width - 2 * gap);
  columns->bar.height = bar_height;
  columns->bar.y = row->y + (row->height - bar_height) / 2;
}

void
wp_chart_rows_columns_at (const WpChartRect  *rect,
                          const WpChartStyle *style,
                          double              row_em,
                          double              value_em,
                          guint               n_items,
                          guint               index,
                          WpChartRowColumns  *columns)
{
  WpChartRect row;

  wp_chart_rows_row_at (rect, style, row_em, n_items, index, &row);
  wp_chart_row_columns (&row, style, value_em, columns);
}
