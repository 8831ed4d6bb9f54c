/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-charts"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "wp-chart-rows.h"
#include "wp-charts.h"

/* In multiples of the font size: a row is a caption line above a bar. */
#define ROW_EM     3.4
#define CAPTION_EM 1.5
#define BAR_EM     0.7
#define TICK_EM    0.25
#define GAP_EM     0.8

/* "13", "≤ 5", "0": the target as the comparator reads it. */
static char *
format_target (const WpChartBullet *bullet)
{
  g_autofree char *number = NULL;

  if (bullet->comparator == WP_COMPARATOR_ZERO)
    return g_strdup ("0");
  if (isnan (bullet->target))
    return g_strdup ("—");
  number = wp_format_number (bullet->target);
  if (bullet->comparator == WP_COMPARATOR_AT_MOST)
    return g_strconcat ("≤ ", number, NULL);
  if (bullet->comparator == WP_COMPARATOR_EQUAL)
    return g_strconcat ("= ", number, NULL);
  return g_steal_pointer (&number);
}

static char *
format_milestone (const WpChartStyle  *style,
                  const WpChartBullet *bullet)
{
  if (isnan (bullet->rate))
    return g_strdup (wp_chart_word (style, NC_("chart", "Not reported")));
  if (bullet->rate >= 1)
    return g_strdup (wp_chart_word (style, NC_("chart", "Reached")));
  return g_strdup (wp_chart_word (style, NC_("chart", "Not reached")));
}

/* "13 / 12 所 · 108.3%", with "less is better" for the indicators that read the other
 * way round. */
static char *
format_values (const WpChartStyle  *style,
               const WpChartBullet *bullet)
{
  g_autofree char *actual = NULL;
  g_autofree char *target = format_target (bullet);
  g_autofree char *unit = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *values = NULL;

  if (bullet->comparator == WP_COMPARATOR_MILESTONE)
    return format_milestone (style, bullet);
  actual = isnan (bullet->actual)
    ? g_strdup (wp_chart_word (style, NC_("chart", "Not reported")))
    : wp_format_number (bullet->actual);
  /* TRANSLATORS: an indicator's actual value against its target, e.g. "13 / 12". */
  values = g_strdup_printf (wp_chart_word (style, NC_("chart", "%s / %s")), actual, target);
  if (bullet->unit != NULL && *bullet->unit != '\0')
    unit = g_strconcat (" ", bullet->unit, NULL);
  if (isnan (bullet->rate))
    return g_strconcat (values, unit != NULL ? unit : "", NULL);
  rate = wp_chart_format_percent (style, 100 * bullet->rate, 1);
  return g_strconcat (values, unit != NULL ? unit : "", " · ", rate, NULL);
}

/* "13 / 12 所 · 108.3%", with "less is better" for the indicators that read the other
 * way round. */
static char *
format_caption (const WpChartStyle  *style,
                const WpChartBullet *bullet)
{
  g_autofree char *values = format_values (style, bullet);

  if (bullet->comparator != WP_COMPARATOR_AT_MOST && bullet->comparator != WP_COMPARATOR_ZERO)
    return g_steal_pointer (&values);
  return g_strconcat (values, " · ", wp_chart_word (style, NC_("chart", "less is better")), NULL);
}

/* The actual and the target on a common scale: max (target, actual) × 1.1, so neither
 * touches the end; a milestone is 0 or 1 against 1. NAN stays NAN. */
static void
scale_bullet (const WpChartBullet *bullet,
              double              *actual,
              double              *target)
{
  double top;

  *actual = bullet->actual;
  *target = bullet->comparator == WP_COMPARATOR_ZERO ? 0 : bullet->target;
  if (bullet->comparator == WP_COMPARATOR_MILESTONE)
    {
      *actual = isnan (bullet->rate) ? NAN : (bullet->rate >= 1 ? 1 : 0);
      *target = 1;
    }
  top = MAX (isnan (*actual) ? 0 : *actual, isnan (*target) ? 0 : *target);
  if (top <= 0)
    top = 1;
  *actual /= 1.1 * top;
  *target /= 1.1 * top;
}

static void
draw_tick (cairo_t            *cr,
           const WpChartStyle *style,
           const WpChartRect  *track,
           double              fraction)
{
  double width = MAX (2.0, 0.15 * style->font_size);
  double overhang = TICK_EM * style->font_size;
  double x = track->x + CLAMP (fraction, 0.0, 1.0) * track->width;

  /* Kept inside the track so that a target of 0 still shows at its left end. */
  x = CLAMP (x, track->x + width / 2, track->x + track->width - width / 2);
  cairo_rectangle (cr, x - width / 2, track->y - overhang, width,
                   track->height + 2 * overhang);
  wp_chart_set_color (cr, &style->foreground);
  cairo_fill (cr);
}

/* The rectangles of a bullet row's name, caption and bar. */
static void
bullet_geometry (const WpChartRect  *row,
                 const WpChartStyle *style,
                 WpChartRect        *caption,
                 WpChartRect        *track)
{
  double em = style->font_size;

  *caption = *row;
  caption->height = CAPTION_EM * em;
  *track = *row;
  track->y = row->y + caption->height + 0.25 * em;
  track->height = BAR_EM * em;
}

static void
draw_bullet (cairo_t            *cr,
             const WpChartRect  *row,
             const WpChartStyle *style,
             gconstpointer       item,
             gpointer            user_data)
{
  const WpChartBullet *bullet = item;
  const WpChartColor *fill = wp_chart_light_color (style, bullet->light);
  g_autofree char *caption_text = format_caption (style, bullet);
  g_autoptr (PangoLayout) caption = NULL;
  WpChartRect line;
  WpChartRect track;
  WpChartRect name;
  double caption_width;
  double caption_height;
  double actual;
  double target;

  bullet_geometry (row, style, &line, &track);
  /* The numbers matter more than the end of a long name: the caption gets up to 60 % of
   * the line, the name what is left. */
  caption = wp_chart_text_layout (cr, style, 1.0, caption_text, 0.6 * line.width);
  wp_chart_layout_size (caption, &caption_width, &caption_height);
  name = line;
  name.width = MAX (0, line.width - caption_width - GAP_EM * style->font_size);
  wp_chart_cell_text (cr, &name, style, &style->foreground, bullet->label, PANGO_ALIGN_LEFT);
  wp_chart_show_layout (cr, caption, &style->dim, line.x + line.width - caption_width,
                        line.y + (line.height - caption_height) / 2);

  scale_bullet (bullet, &actual, &target);
  wp_chart_draw_meter (cr, style, &track, isnan (actual) ? 0 : 1, &actual, &fill);
  if (!isnan (target))
    draw_tick (cr, style, &track, target);
}

void
wp_chart_draw_bullets (cairo_t             *cr,
                       const WpChartRect   *rect,
                       const WpChartStyle  *style,
                       const WpChartBullet *bullets,
                       guint                n_bullets)
{
  wp_chart_rows_draw (cr, rect, style, ROW_EM, bullets, sizeof *bullets, n_bullets,
                      NC_("chart", "No indicators"), draw_bullet, NULL);
}

double
wp_chart_bullets_height (const WpChartStyle *style,
                         guint               n_bullets)
{
  return wp_chart_rows_height (style, ROW_EM, n_bullets);
}

void
wp_chart_bullets_track (const WpChartRect  *rect,
                        const WpChartStyle *style,
                        guint               n_bullets,
                        guint               index,
                        WpChartRect        *track)
{
  WpChartRect row;
  WpChartRect caption;

  g_return_if_fail (rect != NULL && style != NULL && track != NULL);

  wp_chart_rows_row_at (rect, style, ROW_EM, n_bullets, index, &row);
  bullet_geometry (&row, style, &caption, track);
}

int
wp_chart_bullets_item_at (const WpChartRect   *rect,
                          const WpChartStyle  *style,
                          const WpChartBullet *bullets,
                          guint                n_bullets,
                          double               x,
                          double               y)
{
  g_return_val_if_fail (bullets != NULL || n_bullets == 0, -1);

  return wp_chart_rows_item_at (rect, style, ROW_EM, n_bullets, x, y);
}
