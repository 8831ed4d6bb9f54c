/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-charts"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "wp-charts.h"

#define N_LIGHTS     3
/* In multiples of the font size. */
#define DOT_EM       1.0
#define COUNT_SCALE  2.0
#define DOT_GAP_EM   0.5

static const char *
light_name (const WpChartStyle *style,
            guint               light)
{
  const char *names[N_LIGHTS] = {
    NC_("chart", "On track"),
    NC_("chart", "At risk"),
    NC_("chart", "Late"),
  };

  return wp_chart_word (style, names[light]);
}

/* The three lights side by side in equal cells. */
static void
light_cell (const WpChartRect *rect,
            guint              light,
            WpChartRect       *cell)
{
  *cell = *rect;
  cell->width = rect->width / N_LIGHTS;
  cell->x = rect->x + light * cell->width;
}

/* A dot and the count in large type side by side, the light's name below, the block
 * centred in its cell. */
static void
draw_light (cairo_t            *cr,
            const WpChartRect  *cell,
            const WpChartStyle *style,
            guint               light,
            guint               count)
{
  double em = style->font_size;
  double dot = DOT_EM * em;
  g_autofree char *number = g_strdup_printf ("%u", count);
  g_autoptr (PangoLayout) big = wp_chart_text_layout (cr, style, COUNT_SCALE, number,
                                                       cell->width - dot - DOT_GAP_EM * em);
  g_autoptr (PangoLayout) name = wp_chart_text_layout (cr, style, 1.0,
                                                        light_name (style, light),
                                                        cell->width);
  double big_width, big_height, name_width, name_height;
  double top;
  double left;

  wp_chart_layout_set_bold (big);
  wp_chart_layout_size (big, &big_width, &big_height);
  wp_chart_layout_size (name, &name_width, &name_height);
  top = cell->y + (cell->height - big_height - name_height) / 2;
  left = cell->x + (cell->width - dot - DOT_GAP_EM * em - big_width) / 2;

  cairo_arc (cr, left + dot / 2, top + big_height / 2, dot / 2, 0, 2 * G_PI);
  wp_chart_set_color (cr, wp_chart_light_color (style, light));
  cairo_fill (cr);
  wp_chart_show_layout (cr, big, &style->foreground, left + dot + DOT_GAP_EM * em, top);
  wp_chart_show_layout (cr, name, &style->dim,
                        cell->x + (cell->width - name_width) / 2, top + big_height);
}

void
wp_chart_draw_lights (cairo_t             *cr,
                      const WpChartRect   *rect,
                      const WpChartStyle  *style,
                      const WpChartLights *data)
{
  guint counts[N_LIGHTS];

  g_return_if_fail (cr != NULL && rect != NULL && style != NULL && data != NULL);

  counts[WP_LIGHT_GREEN] = data->green;
  counts[WP_LIGHT_YELLOW] = data->yellow;
  counts[WP_LIGHT_RED] = data->red;
  wp_chart_begin (cr, rect);
  if (counts[0] + counts[1] + counts[2] == 0)
    wp_chart_draw_message (cr, rect, style, wp_chart_word (style, NC_("chart", "No tasks")));
  else
    for (guint i = 0; i < N_LIGHTS; i++)
      {
        WpChartRect cell;

        light_cell (rect, i, &cell);
        draw_light (cr, &cell, style, i, counts[i]);
      }
  cairo_restore (cr);
}

int
wp_chart_lights_item_at (const WpChartRect   *rect,
                         const WpChartStyle  *style,
                         const WpChartLights *data,
                         double               x,
                         double               y)
{
  g_return_val_if_fail (rect != NULL && style != NULL && data != NULL, -1);

  if (data->green + data->yellow + data->red == 0 || !wp_chart_rect_contains (rect, x, y))
    return -1;
  return MIN (N_LIGHTS - 1, (int) ((x - rect->x) / (rect->width / N_LIGHTS)));
}
