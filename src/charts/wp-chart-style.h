/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cairo.h>
#include <pango/pango.h>

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
 * the window passes its font's size in pixels, the PDF 10 (points). */
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

G_END_DECLS
