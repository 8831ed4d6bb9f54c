/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-dashboard-chart.h"
#include "wp-report-charts.h"
#include "wp-report-phrases.h"

/* The print style's body size, in points, from which the charts' natural heights
 * follow. */
#define CHART_FONT_SIZE 10.0
/* A chart never gets taller than a page's text block (225 mm) less its caption; one with
 * more rows says "and N more". */
#define MAX_HEIGHT_MM 190.0
#define BURNUP_HEIGHT_MM 75.0
#define MM_PER_POINT (25.4 / 72.0)

typedef struct
{
  WpDashboardData *data;
  WpChartKind      kind;
} ChartBlock;

static void
chart_block_free (gpointer user_data)
{
  ChartBlock *block = user_data;

  wp_dashboard_data_unref (block->data);
  g_free (block);
}

static void
draw_chart (cairo_t            *cr,
            const WpChartRect  *rect,
            const WpChartStyle *style,
            gpointer            user_data)
{
  ChartBlock *block = user_data;

  wp_dashboard_chart_draw (cr, rect, style, block->data, block->kind);
}

static double
height_mm (double points)
{
  return MIN (points * MM_PER_POINT, MAX_HEIGHT_MM);
}

/* Adds the chart with the next figure number. */
static void
add_chart (WpDocument      *document,
           const char      *language,
           guint           *n_figures,
           const char      *caption_msgid,
           double           height,
           WpChartKind      kind,
           WpDashboardData *data)
{
  g_autofree char *caption = g_strdup_printf (wp_report_word (language, caption_msgid),
                                              ++*n_figures);
  ChartBlock *block = g_new0 (ChartBlock, 1);

  block->data = wp_dashboard_data_ref (data);
  block->kind = kind;
  wp_document_add_chart (document, caption, height, draw_chart, block, chart_block_free);
}

/* Adds chart @kind with the next figure number, unless it has nothing to show. */
static void
add_row_chart (WpDocument         *document,
               const char         *language,
               guint              *n_figures,
               const char         *caption_msgid,
               const WpChartStyle *style,
               WpChartKind         kind,
               WpDashboardData    *data)
{
  if (wp_dashboard_chart_n_rows (data, kind) == 0)
    return;
  add_chart (document, language, n_figures, caption_msgid,
             height_mm (wp_dashboard_chart_height (data, style, kind, G_MAXUINT)), kind, data);
}

void
wp_report_add_charts (WpDocument     *document,
                      WpPlanSnapshot *snapshot,
                      const char     *language)
{
  g_autoptr(WpDashboardData) data = NULL;
  WpChartStyle style;
  guint n_figures = 0;

  g_return_if_fail (WP_IS_DOCUMENT (document));
  g_return_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot));

  data = wp_dashboard_data_new (snapshot);
  wp_chart_style_init_print (&style, "Sans", CHART_FONT_SIZE);
  add_row_chart (document, language, &n_figures, NC_("report", "Figure %u. Progress by section"),
                 &style, WP_CHART_KIND_BARS, data);
  add_row_chart (document, language, &n_figures,
                 NC_("report", "Figure %u. Tasks led by each department"), &style,
                 WP_CHART_KIND_DEPARTMENTS, data);
  add_row_chart (document, language, &n_figures,
                 NC_("report", "Figure %u. Targets against results"), &style,
                 WP_CHART_KIND_BULLETS, data);
  if (wp_dashboard_data_get_burnup (data)->n_months > 0)
    add_chart (document, language, &n_figures,
               NC_("report", "Figure %u. Progress through the year"), BURNUP_HEIGHT_MM,
               WP_CHART_KIND_BURNUP, data);
  wp_chart_style_clear (&style);
}
