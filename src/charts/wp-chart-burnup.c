/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-charts"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "wp-charts.h"

/* In multiples of the font size. */
#define LEGEND_EM   1.6
#define AXIS_EM     3.2
#define MONTHS_EM   1.6
#define RIGHT_EM    0.75
#define TOP_EM      0.6
#define SAMPLE_EM   1.6
#define DOT_EM      0.3
#define LABEL_SCALE 0.85

/* The plot area inside the axis labels and the legend. Month i spans
 * [x + i·slot, x + (i+1)·slot] and its value is drawn at the month's end. */
typedef struct
{
  WpChartRect plot;
  double      slot;
} Layout;

static void
layout_burnup (const WpChartRect   *rect,
               const WpChartStyle  *style,
               const WpChartBurnup *data,
               Layout              *layout)
{
  double em = style->font_size;
  guint n_months = MIN (data->n_months, WP_CHART_BURNUP_MAX_MONTHS);

  layout->plot.x = rect->x + AXIS_EM * em;
  layout->plot.y = rect->y + (LEGEND_EM + TOP_EM) * em;
  layout->plot.width = MAX (0, rect->width - (AXIS_EM + RIGHT_EM) * em);
  layout->plot.height = MAX (0, rect->height - (LEGEND_EM + TOP_EM + MONTHS_EM) * em);
  layout->slot = n_months > 0 ? layout->plot.width / n_months : 0;
}

static double
value_y (const Layout *layout,
         double        percent)
{
  return layout->plot.y + layout->plot.height * (1 - CLAMP (percent, 0.0, 100.0) / 100);
}

static const char *
month_name (const WpChartStyle *style,
            guint               month)
{
  /* TRANSLATORS: month abbreviations under the burn-up chart; "1月" … in Chinese. */
  const char *names[12] = {
    NC_("chart", "Jan"), NC_("chart", "Feb"), NC_("chart", "Mar"), NC_("chart", "Apr"),
    NC_("chart", "May"), NC_("chart", "Jun"), NC_("chart", "Jul"), NC_("chart", "Aug"),
    NC_("chart", "Sep"), NC_("chart", "Oct"), NC_("chart", "Nov"), NC_("chart", "Dec"),
  };

  return wp_chart_word (style, names[(month - 1) % 12]);
}

/* Grid lines at every quarter, labelled at every quarter when there is room. */
static void
draw_grid (cairo_t            *cr,
           const Layout       *layout,
           const WpChartStyle *style)
{
  double em = style->font_size;
  guint step = layout->plot.height / 4 >= 1.3 * LABEL_SCALE * em ? 25 : 50;

  cairo_set_line_width (cr, style->line_width);
  for (guint percent = 0; percent <= 100; percent += 25)
    {
      double y = round (value_y (layout, percent)) + 0.5 * style->line_width;
      g_autofree char *text = NULL;
      g_autoptr (PangoLayout) label = NULL;
      double height;

      wp_chart_set_color (cr, &style->grid);
      cairo_move_to (cr, layout->plot.x, y);
      cairo_line_to (cr, layout->plot.x + layout->plot.width, y);
      cairo_stroke (cr);
      if (percent % step != 0)
        continue;
      text = wp_chart_format_percent (style, percent, 0);
      label = wp_chart_text_layout (cr, style, LABEL_SCALE, text, (AXIS_EM - 0.4) * em);
      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
      wp_chart_layout_size (label, NULL, &height);
      wp_chart_show_layout (cr, label, &style->dim, layout->plot.x - AXIS_EM * em,
                            y - height / 2);
    }
}

/* Month names centred under their months, every step-th one when they do not all fit. */
static void
draw_months (cairo_t             *cr,
             const Layout        *layout,
             const WpChartStyle  *style,
             const WpChartBurnup *data)
{
  double em = style->font_size;
  g_autoptr (PangoLayout) widest = wp_chart_text_layout (cr, style, LABEL_SCALE,
                                                          month_name (style, 12), 0);
  double width;
  guint step;

  wp_chart_layout_size (widest, &width, NULL);
  step = MAX (1, (guint) ceil ((width + 0.6 * em) / MAX (layout->slot, 1)));
  for (guint i = 0; i < data->n_months && i < WP_CHART_BURNUP_MAX_MONTHS; i += step)
    {
      guint month = (MAX (data->first_month, 1) - 1 + i) % 12 + 1;
      g_autoptr (PangoLayout) label = NULL;
      double x = layout->plot.x + (i + 0.5) * layout->slot;
      double span = MAX (layout->slot * step, width);

      label = wp_chart_text_layout (cr, style, LABEL_SCALE, month_name (style, month), span);
      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      wp_chart_show_layout (cr, label, &style->dim, x - span / 2,
                            layout->plot.y + layout->plot.height + 0.3 * em);
    }
}

/* A line through the values at the months' ends, from 0 at the plan's start; stops at
 * the first month without a value (the future). Returns the last month drawn or -1. */
static int
trace_line (cairo_t      *cr,
            const Layout *layout,
            const double *values,
            guint         n_months)
{
  int last = -1;

  cairo_move_to (cr, layout->plot.x, value_y (layout, 0));
  for (guint i = 0; i < n_months && !isnan (values[i]); i++)
    {
      cairo_line_to (cr, layout->plot.x + (i + 1) * layout->slot, value_y (layout, values[i]));
      last = i;
    }
  return last;
}

static void
draw_lines (cairo_t             *cr,
            const Layout        *layout,
            const WpChartStyle  *style,
            const WpChartBurnup *data)
{
  double em = style->font_size;
  double dashes[] = { 0.5 * em, 0.3 * em };
  guint n_months = MIN (data->n_months, WP_CHART_BURNUP_MAX_MONTHS);
  int last;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, 2 * style->line_width);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  trace_line (cr, layout, data->expected, n_months);
  wp_chart_set_color (cr, &style->grey);
  cairo_stroke (cr);

  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, 2.5 * style->line_width);
  last = trace_line (cr, layout, data->actual, n_months);
  wp_chart_set_color (cr, &style->blue);
  cairo_stroke (cr);
  if (last < 0)
    return;
  /* The as-of point, ringed in the background colour so it stands off the line. */
  cairo_arc (cr, layout->plot.x + (last + 1) * layout->slot,
             value_y (layout, data->actual[last]), DOT_EM * em, 0, 2 * G_PI);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, style->line_width);
  wp_chart_set_color (cr, &style->background);
  cairo_stroke (cr);
}

/* "- - Expected  —— Actual" above the plot. */
static void
draw_legend (cairo_t            *cr,
             const WpChartRect  *rect,
             const Layout       *layout,
             const WpChartStyle *style)
{
  double em = style->font_size;
  double sample = SAMPLE_EM * em;
  double x = layout->plot.x;
  double y = rect->y + LEGEND_EM * em / 2;
  const char *words[] = { NC_("chart", "Expected"), NC_("chart", "Actual") };
  const WpChartColor *colors[] = { &style->grey, &style->blue };
  double dashes[] = { 0.35 * em, 0.25 * em };

  cairo_set_line_width (cr, 2 * style->line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autoptr (PangoLayout) label = NULL;
      double width;
      double height;

      cairo_set_dash (cr, dashes, i == 0 ? G_N_ELEMENTS (dashes) : 0, 0);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + sample, y);
      wp_chart_set_color (cr, colors[i]);
      cairo_stroke (cr);
      x += sample + 0.4 * em;
      label = wp_chart_text_layout (cr, style, LABEL_SCALE, wp_chart_word (style, words[i]),
                                    MAX (1, (rect->x + rect->width - x) / (2 - i)));
      wp_chart_layout_size (label, &width, &height);
      wp_chart_show_layout (cr, label, &style->foreground, x, y - height / 2);
      x += width + 1.2 * em;
    }
  cairo_set_dash (cr, NULL, 0, 0);
}

void
wp_chart_draw_burnup (cairo_t             *cr,
                      const WpChartRect   *rect,
                      const WpChartStyle  *style,
                      const WpChartBurnup *data)
{
  Layout layout;

  g_return_if_fail (cr != NULL && rect != NULL && style != NULL && data != NULL);

  wp_chart_begin (cr, rect);
  if (data->n_months == 0)
    wp_chart_draw_message (cr, rect, style,
                           wp_chart_word (style, NC_("chart", "No progress yet")));
  else
    {
      layout_burnup (rect, style, data, &layout);
      draw_legend (cr, rect, &layout, style);
      draw_grid (cr, &layout, style);
      draw_months (cr, &layout, style, data);
      draw_lines (cr, &layout, style, data);
    }
  cairo_restore (cr);
}

void
wp_chart_burnup_point (const WpChartRect   *rect,
                       const WpChartStyle  *style,
                       const WpChartBurnup *data,
                       guint                month,
                       double               percent,
                       double              *x,
                       double              *y)
{
  Layout layout;

  g_return_if_fail (rect != NULL && style != NULL && data != NULL && x != NULL && y != NULL);

  layout_burnup (rect, style, data, &layout);
  *x = layout.plot.x + (month + 1) * layout.slot;
  *y = value_y (&layout, percent);
}

int
wp_chart_burnup_item_at (const WpChartRect   *rect,
                         const WpChartStyle  *style,
                         const WpChartBurnup *data,
                         double               x,
                         double               y)
{
  Layout layout;
  guint n_months;

  g_return_val_if_fail (rect != NULL && style != NULL && data != NULL, -1);

  n_months = MIN (data->n_months, WP_CHART_BURNUP_MAX_MONTHS);
  if (n_months == 0 || !wp_chart_rect_contains (rect, x, y))
    return -1;
  layout_burnup (rect, style, data, &layout);
  if (x < layout.plot.x || x >= layout.plot.x + layout.plot.width)
    return -1;
  return MIN ((int) n_months - 1, (int) ((x - layout.plot.x) / layout.slot));
}
