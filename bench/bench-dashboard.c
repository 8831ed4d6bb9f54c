/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-bench"

/* bench-dashboard DB [ROUNDS]: times the dashboard of the first plan of workbook DB
 * headless, with the functions the window uses: reading the plan snapshot, building the
 * charts' data, and drawing one frame of the dashboard at the window's default size
 * (1100 × 740 px, the charts laid out as the dashboard page lays them out) on an image
 * surface, plus each chart on its own. Prints "WORKPLAN_BENCH <key> <ms>" lines, each the
 * median of ROUNDS (default 9) runs. */

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

/* One chart, or every chart when @only is NULL, as the window draws them: every chart
 * widget is drawn whole (GTK records a widget's drawing before it clips to the view). */
static void
draw_frame (cairo_t            *cr,
            WpDashboardData    *data,
            const WpChartStyle *style,
            const Card         *only)
{
  double y = MARGIN;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      WpChartRect rect;

      card_rect (&cards[i], data, style, y, &rect);
      if (only == NULL || only == &cards[i])
        wp_dashboard_chart_draw (cr, &rect, style, data, cards[i].kind);
      /* Two half-width cards share a row. */
      if (cards[i].full_width || rect.x + rect.width > VIEW_WIDTH / 2)
        y += rect.height + SPACING;
      else if (i + 1 < G_N_ELEMENTS (cards) && !cards[i + 1].full_width)
        {
          WpChartRect next;

          card_rect (&cards[++i], data, style, y, &next);
          next.x += next.width + SPACING;
          if (only == NULL || only == &cards[i])
            wp_dashboard_chart_draw (cr, &next, style, data, cards[i].kind);
          y += MAX (rect.height, next.height) + SPACING;
        }
      else
        y += rect.height + SPACING;
    }
}

static double
time_frame (cairo_surface_t    *surface,
            WpDashboardData    *data,
            const WpChartStyle *style,
            const Card         *only)
{
  cairo_t *cr = cairo_create (surface);
  gint64 start = g_get_monotonic_time ();

  draw_frame (cr, data, style, only);
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
      double ms = time_frame (surface, data, &style, NULL);

      g_array_append_val (times, ms);
    }
  report_median ("dashboard-frame-ms", times);

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autofree char *key = g_strdup_printf ("chart-%s-ms", cards[i].name);

      for (guint r = 0; r < rounds; r++)
        {
          double ms = time_frame (surface, data, &style, &cards[i]);

          g_array_append_val (times, ms);
        }
      report_median (key, times);
    }
  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
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
  time_drawing (data, rounds);
  return 0;
}
