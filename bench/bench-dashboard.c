/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-bench"

/* bench-dashboard DB [ROUNDS]: times the dashboard of the first plan of workbook DB
 * headless, with the functions the window uses: reading the plan snapshot (through the
 * store, and as the window's worker reads it, from the file for the charts only),
 * building the charts' data, and drawing one frame of the dashboard at the window's
 * default size (1100 × 740 px, the charts laid out as the dashboard page lays them out)
 * on an image surface, at the top and scrolled to the middle of the indicators, plus
 * each chart on its own. Prints "WORKPLAN_BENCH <key> <ms>" lines, each the median of
 * ROUNDS (default 9) runs. */

#include "config.h"

#include <stdlib.h>

#include "wp-dashboard-chart.h"
#include "wp-dashboard-data.h"
#include "wp-plan-snapshot.h"
#include "wp-store.h"

#define VIEW_WIDTH  1100
#define VIEW_HEIGHT 740
#define MARGIN      30.0
#define SPACING     18.0
#define FONT_SIZE   14.0

typedef struct
{
  WpChartKind  kind;
  const char  *name;
  gboolean     full_width;
  double       lines;       /* the height in lines of text; 0: the chart's natural one */
} Card;

/* The cards of data/ui/wp-dashboard-view.ui, top to bottom. */
static const Card cards[] = {
  { WP_CHART_KIND_LIGHTS, "lights", FALSE, 4 },
  { WP_CHART_KIND_COMPLETION, "completion", FALSE, 11 },
  { WP_CHART_KIND_BARS, "bars", TRUE, 0 },
  { WP_CHART_KIND_DEPARTMENTS, "departments", FALSE, 0 },
  { WP_CHART_KIND_BULLETS, "bullets", FALSE, 0 },
  { WP_CHART_KIND_BURNUP, "burnup", TRUE, 16 },
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report_median (const char *key,
               GArray     *times)
{
  g_array_sort (times, compare_doubles);
  g_print ("WORKPLAN_BENCH %s %.2f\n", key, g_array_index (times, double, times->len / 2));
  g_array_set_size (times, 0);
}

static void
card_rect (const Card         *card,
           WpDashboardData    *data,
           const WpChartStyle *style,
           double              y,
           WpChartRect        *rect)
{
  double column = (VIEW_WIDTH - 2 * MARGIN - SPACING) / 2;

  rect->x = MARGIN;
  rect->y = y;
  rect->width = card->full_width ? 2 * column + SPACING : column;
  rect->height = card->lines > 0 ? card->lines * style->font_size
                                 : wp_dashboard_chart_height (data, style, card->kind, G_MAXUINT);
}

/* Where each card's chart lies on the page, as the dashboard page lays them out: two
 * half-width cards share a row. */
static void
layout_cards (WpDashboardData    *data,
              const WpChartStyle *style,
              WpChartRect         rects[])
{
  double y = MARGIN;

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      card_rect (&cards[i], data, style, y, &rects[i]);
      if (cards[i].full_width || i + 1 == G_N_ELEMENTS (cards) || cards[i + 1].full_width)
        {
          y += rects[i].height + SPACING;
          continue;
        }
      card_rect (&cards[i + 1], data, style, y, &rects[i + 1]);
      rects[i + 1].x += rects[i + 1].width + SPACING;
      y += MAX (rects[i].height, rects[i + 1].height) + SPACING;
      i++;
    }
}

/* One chart, or every chart when @only is NULL, as the window draws them with the page
 * scrolled down by @scroll: each chart draws the rows inside the frame, as the window's
 * chart views clip to what is on screen. */
static void
draw_frame (cairo_t            *cr,
            WpDashboardData    *data,
            const WpChartStyle *style,
            const Card         *only,
            double              scroll)
{
  WpChartRect rects[G_N_ELEMENTS (cards)];

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  layout_cards (data, style, rects);
  cairo_translate (cr, 0, -scroll);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    if (only == NULL || only == &cards[i])
      wp_dashboard_chart_draw (cr, &rects[i], style, data, cards[i].kind);
}

/* How far the page scrolls to show the middle of the indicators chart. */
static double
bullets_scroll (WpDashboardData    *data,
                const WpChartStyle *style)
{
  WpChartRect rects[G_N_ELEMENTS (cards)];

  layout_cards (data, style, rects);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    if (cards[i].kind == WP_CHART_KIND_BULLETS)
      return MAX (0, rects[i].y + rects[i].height / 2 - VIEW_HEIGHT / 2);
  return 0;
}

static double
time_frame (cairo_surface_t    *surface,
            WpDashboardData    *data,
            const WpChartStyle *style,
            const Card         *only,
            double              scroll)
{
  cairo_t *cr = cairo_create (surface);
  gint64 start = g_get_monotonic_time ();

  draw_frame (cr, data, style, only, scroll);
  cairo_surface_flush (surface);
  cairo_destroy (cr);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
time_drawing (WpDashboardData *data,
              guint            rounds)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VIEW_WIDTH,
                                                         VIEW_HEIGHT);
  WpChartStyle style;

  wp_chart_style_init_light (&style, NULL, FONT_SIZE);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    g_print ("WORKPLAN_BENCH rows-%s %u\n", cards[i].name,
             wp_dashboard_chart_n_rows (data, cards[i].kind));
  for (guint r = 0; r < rounds; r++)
    {
      double ms = time_frame (surface, data, &style, NULL, 0);

      g_array_append_val (times, ms);
    }
  report_median ("dashboard-frame-ms", times);
  for (guint r = 0; r < rounds; r++)
    {
      double ms = time_frame (surface, data, &style, NULL, bullets_scroll (data, &style));

      g_array_append_val (times, ms);
    }
  report_median ("dashboard-frame-scrolled-ms", times);

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autofree char *key = g_strdup_printf ("chart-%s-ms", cards[i].name);

      for (guint r = 0; r < rounds; r++)
        {
          double ms = time_frame (surface, data, &style, &cards[i], 0);

          g_array_append_val (times, ms);
        }
      report_median (key, times);
    }
  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
}

/* What the window's worker does: a connection of its own, the charts' part only. */
static void
time_worker_snapshot (const char *path,
                      gint64      plan_id,
                      guint       rounds)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(WpPlanSnapshot) snapshot = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      snapshot = wp_plan_snapshot_new_from_file (path, plan_id, NULL, NULL,
                                                 WP_SNAPSHOT_CHARTS_ONLY, &error);
      if (snapshot == NULL)
        g_error ("Cannot read plan %" G_GINT64_FORMAT ": %s", plan_id, error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  report_median ("snapshot-charts-only-ms", times);
}

static WpDashboardData *
time_building (WpStore *store,
               gint64   plan_id,
               guint    rounds)
{
  g_autoptr(GArray) snapshot_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) data_times = g_array_new (FALSE, FALSE, sizeof (double));
  WpDashboardData *data = NULL;

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(WpPlanSnapshot) snapshot = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      snapshot = wp_plan_snapshot_new (store, plan_id, NULL, NULL, &error);
      if (snapshot == NULL)
        g_error ("Cannot read plan %" G_GINT64_FORMAT ": %s", plan_id, error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (snapshot_times, ms);

      start = g_get_monotonic_time ();
      g_clear_pointer (&data, wp_dashboard_data_unref);
      data = wp_dashboard_data_new (snapshot);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (data_times, ms);
    }
  report_median ("snapshot-ms", snapshot_times);
  report_median ("dashboard-data-ms", data_times);
  return data;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WpStore) store = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDashboardData) data = NULL;
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 9;

  if (argc < 2 || rounds == 0)
    {
      g_printerr ("Usage: bench-dashboard DB [ROUNDS]\n");
      return 2;
    }
  store = wp_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("bench-dashboard: %s\n", error->message);
      return 1;
    }
  plans = wp_store_list_plans (store);
  if (plans->len == 0)
    {
      g_printerr ("bench-dashboard: %s has no plan\n", argv[1]);
      return 1;
    }

  data = time_building (store, wp_plan_get_id (g_ptr_array_index (plans, 0)), rounds);
  time_worker_snapshot (argv[1], wp_plan_get_id (g_ptr_array_index (plans, 0)), rounds);
  time_drawing (data, rounds);
  return 0;
}
