/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-charts"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "wp-charts.h"

/* In multiples of the font size. */
#define PAD_EM        0.25
#define RING_EM       0.9
#define LEGEND_GAP_EM 1.5
#define LEGEND_MIN_EM 9.0
#define LEGEND_MAX_EM 11.0
#define LEGEND_ROW_EM 1.8
#define DOT_EM        0.7

#define N_GROUPS 4

/* Where the ring and its legend go, shared by drawing and hit-testing. */
typedef struct
{
  double      cx;
  double      cy;
  double      radius;       /* of the ring's centre line */
  double      thickness;
  WpChartRect legend;       /* width 0 when there is no room for it */
  double      legend_row;
} Layout;

static void
layout_completion (const WpChartRect  *rect,
                   const WpChartStyle *style,
                   Layout             *layout)
{
  double em = style->font_size;
  double pad = PAD_EM * em;
  double diameter = MAX (0, rect->height - 2 * pad);
  gboolean legend = rect->width >= diameter * 0.6 + (LEGEND_GAP_EM + LEGEND_MIN_EM) * em;

  /* The legend needs its words; the ring gives up width for it, never the other way. */
  if (legend)
    diameter = MIN (diameter, rect->width - (LEGEND_GAP_EM + LEGEND_MIN_EM) * em);
  else
    diameter = MIN (diameter, rect->width - 2 * pad);
  diameter = MAX (diameter, 0);
  layout->thickness = MIN (RING_EM * em, diameter * 0.18);
  layout->radius = MAX (0, (diameter - layout->thickness) / 2);
  layout->cy = rect->y + rect->height / 2;
  layout->cx = legend ? rect->x + pad + diameter / 2 : rect->x + rect->width / 2;
  layout->legend_row = LEGEND_ROW_EM * em;
  layout->legend.x = rect->x + pad + diameter + LEGEND_GAP_EM * em;
  layout->legend.width = legend
    ? MIN (LEGEND_MAX_EM * em, rect->x + rect->width - layout->legend.x) : 0;
  layout->legend.height = N_GROUPS * layout->legend_row;
  layout->legend.y = layout->cy - layout->legend.height / 2;
}

static void
group_counts (const WpChartCompletion *data,
              guint                    counts[N_GROUPS])
{
  counts[0] = data->done;
  counts[1] = data->in_progress;
  counts[2] = data->not_started;
  counts[3] = data->late;
}

static const WpChartColor *
group_color (const WpChartStyle *style,
             guint               group)
{
  const WpChartColor *colors[N_GROUPS] = {
    &style->green, &style->blue, &style->grey, &style->red,
  };

  return colors[group];
}

static const char *
group_name (const WpChartStyle *style,
            guint               group)
{
  const char *names[N_GROUPS] = {
    NC_("chart", "Done"),
    NC_("chart", "In progress"),
    NC_("chart", "Not started"),
    NC_("chart", "Late"),
  };

  return wp_chart_word (style, names[group]);
}

/* Clockwise from twelve o'clock, in the legend's order. */
static void
draw_ring (cairo_t                 *cr,
           const Layout            *layout,
           const WpChartStyle      *style,
           const guint              counts[N_GROUPS],
           guint                    total)
{
  double angle = -G_PI / 2;
  guint n_groups = 0;

  cairo_set_line_width (cr, layout->thickness);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < N_GROUPS; i++)
    {
      double sweep = 2 * G_PI * counts[i] / total;

      if (counts[i] == 0)
        continue;
      cairo_arc (cr, layout->cx, layout->cy, layout->radius, angle, angle + sweep);
      wp_chart_set_color (cr, group_color (style, i));
      cairo_stroke (cr);
      angle += sweep;
      n_groups++;
    }
  if (n_groups < 2)
    return;

  /* Thin gaps in the background colour keep neighbouring groups apart in print. */
  angle = -G_PI / 2;
  cairo_set_line_width (cr, style->line_width * 1.5);
  wp_chart_set_color (cr, &style->background);
  for (guint i = 0; i < N_GROUPS; i++)
    {
      double inner = layout->radius - layout->thickness;
      double outer = layout->radius + layout->thickness;

      if (counts[i] == 0)
        continue;
      cairo_move_to (cr, layout->cx + inner * cos (angle), layout->cy + inner * sin (angle));
      cairo_line_to (cr, layout->cx + outer * cos (angle), layout->cy + outer * sin (angle));
      cairo_stroke (cr);
      angle += 2 * G_PI * counts[i] / total;
    }
}

/* The share done in large type, with the word below it when the hole has room. */
static void
draw_centre (cairo_t            *cr,
             const Layout       *layout,
             const WpChartStyle *style,
             guint               done,
             guint               total)
{
  double hole = 2 * (layout->radius - layout->thickness / 2) * 0.85;
  g_autofree char *share = wp_chart_format_percent (style, 100.0 * done / total, 0);
  g_autoptr (PangoLayout) big = wp_chart_text_layout (cr, style, 1.8, share, hole);
  g_autoptr (PangoLayout) word = wp_chart_text_layout (cr, style, 0.85,
                                                        group_name (style, 0), hole);
  double big_height;
  double word_height;
  double top;

  if (hole <= 0)
    return;
  wp_chart_layout_set_bold (big);
  pango_layout_set_alignment (big, PANGO_ALIGN_CENTER);
  pango_layout_set_alignment (word, PANGO_ALIGN_CENTER);
  wp_chart_layout_size (big, NULL, &big_height);
  wp_chart_layout_size (word, NULL, &word_height);
  if (big_height + word_height > hole)
    word_height = 0;
  top = layout->cy - (big_height + word_height) / 2;
  wp_chart_show_layout (cr, big, &style->foreground, layout->cx - hole / 2, top);
  if (word_height > 0)
    wp_chart_show_layout (cr, word, &style->dim, layout->cx - hole / 2, top + big_height);
}

static void
draw_legend (cairo_t            *cr,
             const Layout       *layout,
             const WpChartStyle *style,
             const guint         counts[N_GROUPS])
{
  double dot = DOT_EM * style->font_size;

  for (guint i = 0; i < N_GROUPS && layout->legend.width > 0; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", counts[i]);
      WpChartRect row = layout->legend;
      WpChartRect words;

      row.y += i * layout->legend_row;
      row.height = layout->legend_row;
      cairo_arc (cr, row.x + dot / 2, row.y + row.height / 2, dot / 2, 0, 2 * G_PI);
      wp_chart_set_color (cr, group_color (style, i));
      cairo_fill (cr);
      words = row;
      words.x += 1.6 * dot;
      words.width -= 1.6 * dot;
      wp_chart_cell_text (cr, &words, style, &style->foreground, count, PANGO_ALIGN_RIGHT);
      words.width -= 3 * style->font_size;
      wp_chart_cell_text (cr, &words, style, &style->foreground, group_name (style, i),
                          PANGO_ALIGN_LEFT);
    }
}

void
wp_chart_draw_completion (cairo_t                 *cr,
                          const WpChartRect       *rect,
                          const WpChartStyle      *style,
                          const WpChartCompletion *data)
{
  guint counts[N_GROUPS];
  guint total;
  Layout layout;

  g_return_if_fail (cr != NULL && rect != NULL && style != NULL && data != NULL);

  group_counts (data, counts);
  total = counts[0] + counts[1] + counts[2] + counts[3];
  wp_chart_begin (cr, rect);
  if (total == 0)
    wp_chart_draw_message (cr, rect, style, wp_chart_word (style, NC_("chart", "No tasks")));
  else
    {
      layout_completion (rect, style, &layout);
      draw_ring (cr, &layout, style, counts, total);
      draw_centre (cr, &layout, style, data->done, total);
      draw_legend (cr, &layout, style, counts);
    }
  cairo_restore (cr);
}

/* The group whose arc lies under @x, @y, or -1. */
static int
ring_group_at (const Layout *layout,
               const guint   counts[N_GROUPS],
               guint         total,
               double        x,
               double        y)
{
  double distance = hypot (x - layout->cx, y - layout->cy);
  /* Clockwise from twelve o'clock, in [0, 1). */
  double turn = atan2 (y - layout->cy, x - layout->cx) / (2 * G_PI) + 0.25;
  double start = 0;

  if (fabs (distance - layout->radius) > layout->thickness / 2)
    return -1;
  turn -= floor (turn);
  for (guint i = 0; i < N_GROUPS; i++)
    {
      start += (double) counts[i] / total;
      if (counts[i] > 0 && turn < start)
        return i;
    }
  return -1;
}

int
wp_chart_completion_item_at (const WpChartRect       *rect,
                             const WpChartStyle      *style,
                             const WpChartCompletion *data,
                             double                   x,
                             double                   y)
{
  guint counts[N_GROUPS];
  guint total;
  Layout layout;

  g_return_val_if_fail (rect != NULL && style != NULL && data != NULL, -1);

  group_counts (data, counts);
  total = counts[0] + counts[1] + counts[2] + counts[3];
  if (total == 0 || !wp_chart_rect_contains (rect, x, y))
    return -1;
  layout_completion (rect, style, &layout);
  if (wp_chart_rect_contains (&layout.legend, x, y))
    return (int) ((y - layout.legend.y) / layout.legend_row);
  return ring_group_at (&layout, counts, total, x, y);
}
