/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-dashboard-canvas"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "wp-catalog.h"
#include "wp-dashboard-canvas.h"
#include "wp-dashboard-chart.h"
#include "wp-plan.h"

/* The width of the exported canvas, in user units: points in SVG and PDF, half the
 * pixels of the PNG, which is drawn at twice the size to stay sharp when zoomed. */
#define EXPORT_WIDTH     800.0
#define EXPORT_FONT_SIZE 13.0
#define PNG_SCALE        2.0
/* Long lists end in "and N more", so that a plan with hundreds of indicators still fits
 * into an image (cairo's image surfaces stop at 32767 pixels). */
#define MAX_ROWS         100

/* One pass over the canvas measures it (cr only measures text) or also draws it. */
typedef struct
{
  cairo_t            *cr;
  WpDashboardData    *data;
  const WpChartStyle *style;
  gboolean            draw;
  double              margin;
  double              width;   /* of the column between the margins */
  double              y;
} Pass;

static const char *
chart_word (const WpChartStyle *style,
            const char         *msgid)
{
  return wp_catalog_pgettext (style->language, "chart", msgid);
}

/* Places one line of text at (x, pass->y) in @width and returns its height. */
static double
place_text (Pass               *pass,
            double              x,
            double              width,
            const char         *text,
            double              scale,
            gboolean            bold,
            const WpChartColor *color)
{
  g_autoptr(PangoLayout) layout = wp_chart_text_layout (pass->cr, pass->style, scale, text, width);
  int height;

  if (bold)
    {
      PangoFontDescription *font =
        pango_font_description_copy (pango_layout_get_font_description (layout));

      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
    }

  pango_layout_get_pixel_size (layout, NULL, &height);
  if (pass->draw)
    {
      cairo_save (pass->cr);
      wp_chart_set_color (pass->cr, color);
      cairo_move_to (pass->cr, x, pass->y);
      pango_cairo_show_layout (pass->cr, layout);
      cairo_restore (pass->cr);
    }

  return height;
}

/* A small heading above a chart, in the charts' language. */
static double
place_heading (Pass       *pass,
               double      x,
               double      width,
               const char *msgid)
{
  return place_text (pass, x, width, chart_word (pass->style, msgid), 1.1, TRUE,
                     &pass->style->foreground);
}

static char *
format_as_of (const WpChartStyle *style,
              const GDate        *as_of)
{
  /* Translators: the line under the dashboard's title; %1$d is the year, %2$d the
   * month, %3$d the day: "截至%1$d年%2$d月%3$d日" */
  const char *format = chart_word (style, NC_("chart", "As of %1$d-%2$02d-%3$02d"));

  return g_strdup_printf (format, g_date_get_year (as_of), g_date_get_month (as_of),
                          g_date_get_day (as_of));
}

static void
place_title (Pass *pass)
{
  WpPlanSnapshot *snapshot = wp_dashboard_data_get_snapshot (pass->data);
  WpPlan *plan = wp_plan_snapshot_get_plan (snapshot);
  g_autofree char *as_of = format_as_of (pass->style, wp_plan_snapshot_get_as_of (snapshot));

  pass->y += place_text (pass, pass->margin, pass->width, wp_plan_get_title (plan), 1.6, TRUE,
                         &pass->style->foreground);
  pass->y += pass->style->font_size * 0.3;
  pass->y += place_text (pass, pass->margin, pass->width, as_of, 1.0, FALSE,
                         &pass->style->dim);
  pass->y += pass->style->font_size * 1.5;
}

/* The lights and the completion ring side by side. */
static void
place_overview (Pass *pass)
{
  double gap = pass->style->font_size * 2;
  double lights_width = (pass->width - gap) * 0.4;
  double ring_x = pass->margin + lights_width + gap;
  double ring_width = pass->width - lights_width - gap;
  double chart_height = pass->style->font_size * 11;
  double heading;
  WpChartRect lights;
  WpChartRect ring;

  heading = place_heading (pass, pass->margin, lights_width, NC_("chart", "Traffic lights"));
  place_heading (pass, ring_x, ring_width, NC_("chart", "Completion"));
  pass->y += heading + pass->style->font_size * 0.5;

  lights = (WpChartRect) { pass->margin, pass->y, lights_width, chart_height };
  ring = (WpChartRect) { ring_x, pass->y, ring_width, chart_height };
  if (pass->draw)
    {
      wp_chart_draw_lights (pass->cr, &lights, pass->style,
                            wp_dashboard_data_get_lights (pass->data));
      wp_chart_draw_completion (pass->cr, &ring, pass->style,
                                wp_dashboard_data_get_completion (pass->data));
    }
  pass->y += chart_height;
}

static double
chart_height (Pass        *pass,
              WpChartKind  kind)
{
  if (kind == WP_CHART_KIND_BURNUP)
    return pass->style->font_size * 18;
  return wp_dashboard_chart_height (pass->data, pass->style, kind, MAX_ROWS);
}

/* A heading and its chart across the column. */
static void
place_chart (Pass        *pass,
             WpChartKind  kind,
             const char  *heading_msgid)
{
  WpChartRect rect;

  pass->y += pass->style->font_size * 2;
  pass->y += place_heading (pass, pass->margin, pass->width, heading_msgid);
  pass->y += pass->style->font_size * 0.5;

  rect = (WpChartRect) { pass->margin, pass->y, pass->width, chart_height (pass, kind) };
  if (pass->draw)
    wp_dashboard_chart_draw (pass->cr, &rect, pass->style, pass->data, kind);
  pass->y += rect.height;
}

/* Lays the canvas out on @cr, drawing it when @draw, and returns its height. */
static double
run_pass (cairo_t            *cr,
          WpDashboardData    *data,
          const WpChartStyle *style,
          double              width,
          gboolean            draw)
{
  Pass pass = { cr, data, style, draw, style->font_size * 2, 0, 0 };

  pass.width = MAX (width - 2 * pass.margin, 1);
  pass.y = pass.margin;
  place_title (&pass);
  place_overview (&pass);
  place_chart (&pass, WP_CHART_KIND_BARS, NC_("chart", "Sections"));
  place_chart (&pass, WP_CHART_KIND_DEPARTMENTS, NC_("chart", "Departments"));
  place_chart (&pass, WP_CHART_KIND_BULLETS, NC_("chart", "Indicators"));
  place_chart (&pass, WP_CHART_KIND_BURNUP, NC_("chart", "Progress by month"));

  return ceil (pass.y + pass.margin);
}

double
wp_dashboard_canvas_height (WpDashboardData    *data,
                            const WpChartStyle *style,
                            double              width)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;

  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (style != NULL, 0);

  /* Text is measured on a scratch surface; nothing is drawn. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  height = run_pass (cr, data, style, width, FALSE);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return height;
}

void
wp_dashboard_canvas_draw (cairo_t            *cr,
                          WpDashboardData    *data,
                          const WpChartStyle *style,
                          double              width)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  run_pass (cr, data, style, width, TRUE);
}

/* Cairo writes through this; the first error is kept for the caller. */
typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable,
                                  &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static void
paint_canvas (cairo_surface_t    *surface,
              WpDashboardData    *data,
              const WpChartStyle *style,
              double              scale,
              gboolean            background)
{
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  if (background)
    {
      wp_chart_set_color (cr, &style->background);
      cairo_paint (cr);
    }
  wp_dashboard_canvas_draw (cr, data, style, EXPORT_WIDTH);
  cairo_destroy (cr);
}

static void
set_pdf_metadata (cairo_surface_t *surface,
                  WpDashboardData *data)
{
  WpPlan *plan = wp_plan_snapshot_get_plan (wp_dashboard_data_get_snapshot (data));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, wp_plan_get_title (plan));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  wp_plan_get_organization (plan));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Workplan");
}

/* The PNG is painted into memory first and then encoded; SVG and PDF stream out. */
static cairo_surface_t *
render_surface (WpDashboardData    *data,
                WpDashboardFormat   format,
                const WpChartStyle *style,
                double              height,
                Sink               *sink)
{
  cairo_surface_t *surface = NULL;

  switch (format)
    {
    case WP_DASHBOARD_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) ceil (EXPORT_WIDTH * PNG_SCALE),
                                            (int) ceil (height * PNG_SCALE));
      paint_canvas (surface, data, style, PNG_SCALE, TRUE);
      break;
    case WP_DASHBOARD_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_sink, sink, EXPORT_WIDTH, height);
      paint_canvas (surface, data, style, 1, TRUE);
      break;
    case WP_DASHBOARD_FORMAT_PDF:
      /* One page the size of the canvas: the dashboard is a picture, not a document. */
      surface = cairo_pdf_surface_create_for_stream (write_to_sink, sink, EXPORT_WIDTH, height);
      set_pdf_metadata (surface, data);
      paint_canvas (surface, data, style, 1, FALSE);
      break;
    default:
      g_assert_not_reached ();
    }

  return surface;
}

/* Encodes the PNG, or ends the SVG or PDF document, into @sink. */
static cairo_status_t
finish_surface (cairo_surface_t   *surface,
                WpDashboardFormat  format,
                Sink              *sink)
{
  if (format == WP_DASHBOARD_FORMAT_PNG && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
    return cairo_surface_write_to_png_stream (surface, write_to_sink, sink);

  cairo_surface_finish (surface);
  return cairo_surface_status (surface);
}

static void
init_export_style (WpChartStyle      *style,
                   WpDashboardFormat  format,
                   const char        *language)
{
  if (format == WP_DASHBOARD_FORMAT_PDF)
    wp_chart_style_init_print (style, NULL, EXPORT_FONT_SIZE);
  else
    wp_chart_style_init_light (style, NULL, EXPORT_FONT_SIZE);
  wp_chart_style_set_language (style, language);
}

gboolean
wp_dashboard_canvas_export (WpDashboardData    *data,
                            WpDashboardFormat   format,
                            const char         *language,
                            GOutputStream      *stream,
                            GCancellable       *cancellable,
                            GError            **error)
{
  WpChartStyle style;
  Sink sink = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  init_export_style (&style, format, language);
  surface = render_surface (data, format, &style,
                            wp_dashboard_canvas_height (data, &style, EXPORT_WIDTH), &sink);
  status = finish_surface (surface, format, &sink);
  cairo_surface_destroy (surface);
  wp_chart_style_clear (&style);

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot draw the dashboard: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
