/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cairo.h>
#include <pango/pango.h>

#include "wp-types.h"

G_BEGIN_DECLS

/* Where a chart draws, in the cairo_t's user units (device pixels / scale in the window,
 * points in a PDF). A chart never paints outside it. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} WpChartRect;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} WpChartColor;

/* Colours, fonts and sizes of every chart. The dashboard fills one from the widget's
 * style (light or dark, the text scale), the PDF uses the print style. Sizes are in the
 * cairo_t's user units. */
typedef struct
{
  WpChartColor  foreground;     /* text and axis labels */
  WpChartColor  dim;            /* secondary text */
  WpChartColor  grid;           /* rules, ticks */
  WpChartColor  track;          /* the empty part of a bar or ring */
  WpChartColor  background;     /* behind the chart; only used to knock out shapes */
  WpChartColor  green;          /* on track / done */
  WpChartColor  yellow;         /* at risk */
  WpChartColor  red;            /* late */
  WpChartColor  blue;           /* in progress, the actual line */
  WpChartColor  grey;           /* not started, the expected line */
  char         *font_family;    /* e.g. "Cantarell, Noto Sans CJK SC" */
  double        font_size;      /* body text, in user units (not points at 96 dpi) */
  double        line_width;
  char         *language;       /* of the charts' own words ("Done", month names):
                                 * NULL for the interface's, or "zh_CN" / "en" for the
                                 * report's; see wp_catalog_pgettext() */
} WpChartStyle;

/* Fill @style; wp_chart_style_clear() frees its strings. @font_size is in user units:
 * the window passes its font's size in pixels, the PDF 10 (points); every row height,
 * padding and line width of the charts is a multiple of it. NULL @font_family gives
 * "Cantarell, Noto Sans CJK SC, DejaVu Sans, sans-serif", @font_size <= 0 gives 14. */
void  wp_chart_style_init_light (WpChartStyle       *style,
                                 const char         *font_family,
                                 double              font_size);
void  wp_chart_style_init_dark  (WpChartStyle       *style,
                                 const char         *font_family,
                                 double              font_size);
/* Black text on white with colours that survive a greyscale printer. */
void  wp_chart_style_init_print (WpChartStyle       *style,
                                 const char         *font_family,
                                 double              font_size);
/* Sets the language of the charts' own words (NULL: the interface's). */
void  wp_chart_style_set_language (WpChartStyle     *style,
                                   const char       *language);
void  wp_chart_style_clear      (WpChartStyle       *style);
void  wp_chart_style_copy       (const WpChartStyle *src,
                                 WpChartStyle       *dest);

void  wp_chart_set_color        (cairo_t            *cr,
                                 const WpChartColor *color);

/* A layout for chart text in @style's font (scaled by @scale, 1 for body text) on @cr,
 * ellipsized to @width when @width > 0. Charts use this for every label so that long
 * Chinese names never overflow. */
PangoLayout *wp_chart_text_layout (cairo_t            *cr,
                                   const WpChartStyle *style,
                                   double              scale,
                                   const char         *text,
                                   double              width);

/* Helpers the charts share. */

/* Large numbers (the share done, the light counts) stand out in bold. */
void                wp_chart_layout_set_bold (PangoLayout     *layout);
/* @msgid (marked NC_("chart", …)) in @style's language. */
const char         *wp_chart_word         (const WpChartStyle *style,
                                           const char         *msgid);
/* The colour of a traffic light. */
const WpChartColor *wp_chart_light_color  (const WpChartStyle *style,
                                           WpLight             light);
/* "62.5%" for 62.5 (a share in per cent, not a fraction), in @style's language. */
char               *wp_chart_format_percent (const WpChartStyle *style,
                                             double              percent,
                                             int                 decimals);
/* Whether @x, @y lies in @rect (its left and top edges in, right and bottom out). */
gboolean            wp_chart_rect_contains (const WpChartRect *rect,
                                            double             x,
                                            double             y);
/* Saves @cr and clips it to @rect; every chart starts with it and ends with
 * cairo_restore(). */
void                wp_chart_begin        (cairo_t            *cr,
                                           const WpChartRect  *rect);
/* A rectangle with fully rounded ends (a pill), as a path. */
void                wp_chart_pill_path    (cairo_t            *cr,
                                           double              x,
                                           double              y,
                                           double              width,
                                           double              height);
/* A pill-shaped @track filled from the left with @n_parts parts, part i @fractions[i]
 * (0–1) of the width in @fills[i]; the rest shows the track colour. */
void                wp_chart_draw_meter   (cairo_t                   *cr,
                                           const WpChartStyle        *style,
                                           const WpChartRect         *track,
                                           guint                      n_parts,
                                           const double              *fractions,
                                           const WpChartColor *const *fills);
/* @layout drawn in @color with its top left corner at @x, @y. */
void                wp_chart_show_layout  (cairo_t            *cr,
                                           PangoLayout        *layout,
                                           const WpChartColor *color,
                                           double              x,
                                           double              y);
/* The width and height of @layout in user units. */
void                wp_chart_layout_size  (PangoLayout        *layout,
                                           double             *width,
                                           double             *height);
/* @text ellipsized to @cell's width, vertically centred, aligned in it. */
void                wp_chart_cell_text    (cairo_t            *cr,
                                           const WpChartRect  *cell,
                                           const WpChartStyle *style,
                                           const WpChartColor *color,
                                           const char         *text,
                                           PangoAlignment      alignment);

/* A dim one-line message ("No tasks") centred in @rect, for charts without data. */
void                wp_chart_draw_message (cairo_t            *cr,
                                           const WpChartRect  *rect,
                                           const WpChartStyle *style,
                                           const char         *text);

G_END_DECLS
