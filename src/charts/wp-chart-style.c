/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-charts"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "wp-catalog.h"
#include "wp-chart-style.h"

/* Cantarell is GNOME's interface font; the CJK face carries the Chinese and DejaVu is
 * there on every system that has neither. */
#define DEFAULT_FONT_FAMILY "Cantarell, Noto Sans CJK SC, DejaVu Sans, sans-serif"
#define DEFAULT_FONT_SIZE   14.0

typedef struct
{
  guint32 foreground;
  guint32 dim;
  guint32 grid;
  guint32 track;
  guint32 background;
  guint32 green;
  guint32 yellow;
  guint32 red;
  guint32 blue;
  guint32 grey;
} Palette;

/* The GNOME palette, as libadwaita uses it on light backgrounds. */
static const Palette light_palette = {
  0x241f31, 0x77767b, 0xdeddda, 0xebeae8, 0xffffff,
  0x2ec27e, 0xe5a50a, 0xe01b24, 0x3584e4, 0x9a9996,
};

/* Lighter shades of the same colours, which keep their contrast on a dark card. */
static const Palette dark_palette = {
  0xffffff, 0xb0afac, 0x4a4a4a, 0x3d3d3d, 0x242424,
  0x33d17a, 0xf5c211, 0xf66151, 0x62a0ea, 0x9a9996,
};

/* Told apart by lightness alone on a greyscale printer: red darkest (20 %), then blue
 * (33 %), green (53 %) and grey (72 %), which meet in the ring; yellow (74 %) only meets
 * red and green. Grid and track stay lighter than all of them. */
static const Palette print_palette = {
  0x000000, 0x4d4d4d, 0xdedede, 0xf0f0f0, 0xffffff,
  0x3bb36f, 0xf5c211, 0x7a1219, 0x1a5fb4, 0xb8b8b8,
};

static void
set_rgb (WpChartColor *color,
         guint32       rgb)
{
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  color->alpha = 1.0;
}

static void
init_style (WpChartStyle  *style,
            const Palette *palette,
            const char    *font_family,
            double         font_size)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  set_rgb (&style->foreground, palette->foreground);
  set_rgb (&style->dim, palette->dim);
  set_rgb (&style->grid, palette->grid);
  set_rgb (&style->track, palette->track);
  set_rgb (&style->background, palette->background);
  set_rgb (&style->green, palette->green);
  set_rgb (&style->yellow, palette->yellow);
  set_rgb (&style->red, palette->red);
  set_rgb (&style->blue, palette->blue);
  set_rgb (&style->grey, palette->grey);
  style->font_family = g_strdup (font_family != NULL && *font_family != '\0'
                                 ? font_family : DEFAULT_FONT_FAMILY);
  style->font_size = font_size > 0 ? font_size : DEFAULT_FONT_SIZE;
  /* Hairlines vanish on HiDPI screens and in print; a tenth of the text stays visible. */
  style->line_width = MAX (1.0, style->font_size / 10.0);
}

void
wp_chart_style_init_light (WpChartStyle *style,
                           const char   *font_family,
                           double        font_size)
{
  init_style (style, &light_palette, font_family, font_size);
}

void
wp_chart_style_init_dark (WpChartStyle *style,
                          const char   *font_family,
                          double        font_size)
{
  init_style (style, &dark_palette, font_family, font_size);
}

void
wp_chart_style_init_print (WpChartStyle *style,
                           const char   *font_family,
                           double        font_size)
{
  init_style (style, &print_palette, font_family, font_size);
}

void
wp_chart_style_set_language (WpChartStyle *style,
                             const char   *language)
{
  g_return_if_fail (style != NULL);

  g_free (style->language);
  style->language = g_strdup (language);
}

void
wp_chart_style_clear (WpChartStyle *style)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font_family, g_free);
  g_clear_pointer (&style->language, g_free);
}

void
wp_chart_style_copy (const WpChartStyle *src,
                     WpChartStyle       *dest)
{
  g_return_if_fail (src != NULL);
  g_return_if_fail (dest != NULL);

  if (src == dest)
    return;
  *dest = *src;
  dest->font_family = g_strdup (src->font_family);
  dest->language = g_strdup (src->language);
}

void
wp_chart_set_color (cairo_t            *cr,
                    const WpChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

PangoLayout *
wp_chart_text_layout (cairo_t            *cr,
                      const WpChartStyle *style,
                      double              scale,
                      const char         *text,
                      double              width)
{
  PangoLayout *layout;
  PangoFontDescription *font;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string (style->font_family);
  /* Absolute: the size is in the cairo_t's units whatever the surface's resolution. */
  pango_font_description_set_absolute_size (font, style->font_size * scale * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Names from imported documents may hold line breaks; a chart label is one line. */
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

void
wp_chart_layout_set_bold (PangoLayout *layout)
{
  PangoFontDescription *font;

  font = pango_font_description_copy (pango_layout_get_font_description (layout));
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

const char *
wp_chart_word (const WpChartStyle *style,
               const char         *msgid)
{
  return wp_catalog_pgettext (style->language, "chart", msgid);
}

const WpChartColor *
wp_chart_light_color (const WpChartStyle *style,
                      WpLight             light)
{
  switch (light)
    {
    case WP_LIGHT_GREEN:
      return &style->green;
    case WP_LIGHT_YELLOW:
      return &style->yellow;
    case WP_LIGHT_RED:
      return &style->red;
    default:
      return &style->grey;
    }
}

char *
wp_chart_format_percent (const WpChartStyle *style,
                         double              percent,
                         int                 decimals)
{
  if (isnan (percent))
    return g_strdup ("—");
  if (decimals > 0)
    /* TRANSLATORS: a share in per cent with one decimal, e.g. "62.5%". */
    return g_strdup_printf (wp_chart_word (style, NC_("chart", "%.1f%%")), percent);
  /* TRANSLATORS: a share in whole per cent, e.g. "62%". */
  return g_strdup_printf (wp_chart_word (style, NC_("chart", "%.0f%%")), percent);
}

gboolean
wp_chart_rect_contains (const WpChartRect *rect,
                        double             x,
                        double             y)
{
  return x >= rect->x && y >= rect->y
         && x < rect->x + rect->width && y < rect->y + rect->height;
}

void
wp_chart_begin (cairo_t           *cr,
                const WpChartRect *rect)
{
  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  cairo_new_path (cr);
}

void
wp_chart_pill_path (cairo_t *cr,
                    double   x,
                    double   y,
                    double   width,
                    double   height)
{
  double radius = MIN (height, width) / 2.0;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
wp_chart_draw_meter (cairo_t                   *cr,
                     const WpChartStyle        *style,
                     const WpChartRect         *track,
                     guint                      n_parts,
                     const double              *fractions,
                     const WpChartColor *const *fills)
{
  double x = track->x;

  if (track->width <= 0 || track->height <= 0)
    return;

  cairo_save (cr);
  wp_chart_pill_path (cr, track->x, track->y, track->width, track->height);
  wp_chart_set_color (cr, &style->track);
  cairo_fill_preserve (cr);
  /* The parts are cut from the track's shape, so each ends exactly at its fraction while
   * the bar keeps its rounded ends. */
  cairo_clip (cr);
  for (guint i = 0; i < n_parts; i++)
    {
      double fraction = isnan (fractions[i]) ? 0 : CLAMP (fractions[i], 0.0, 1.0);
      double width = MIN (track->width * fraction, track->x + track->width - x);

      if (width <= 0)
        continue;
      cairo_rectangle (cr, x, track->y, width, track->height);
      wp_chart_set_color (cr, fills[i]);
      cairo_fill (cr);
      x += width;
    }
  cairo_restore (cr);
}

void
wp_chart_show_layout (cairo_t            *cr,
                      PangoLayout        *layout,
                      const WpChartColor *color,
                      double              x,
                      double              y)
{
  wp_chart_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
}

void
wp_chart_layout_size (PangoLayout *layout,
                      double      *width,
                      double      *height)
{
  int w;
  int h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

void
wp_chart_cell_text (cairo_t            *cr,
                    const WpChartRect  *cell,
                    const WpChartStyle *style,
                    const WpChartColor *color,
                    const char         *text,
                    PangoAlignment      alignment)
{
  g_autoptr (PangoLayout) layout = NULL;
  double height;

  if (cell->width <= 0)
    return;
  layout = wp_chart_text_layout (cr, style, 1.0, text, cell->width);
  pango_layout_set_alignment (layout, alignment);
  wp_chart_layout_size (layout, NULL, &height);
  wp_chart_show_layout (cr, layout, color, cell->x, cell->y + (cell->height - height) / 2);
}

void
wp_chart_draw_message (cairo_t            *cr,
                       const WpChartRect  *rect,
                       const WpChartStyle *style,
                       const char         *text)
{
  wp_chart_cell_text (cr, rect, style, &style->dim, text, PANGO_ALIGN_CENTER);
}
