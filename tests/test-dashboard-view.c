/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-dashboard-view"

#include "config.h"

#include <adwaita.h>

#include "wp-charts.h"
#include "wp-dashboard-view.h"
#include "wp-node-filter.h"
#include "wp-test-util.h"

/* The Dashboard page as a user sees it: the numbers its charts show, how it follows the
 * store, dark mode and the text scale, and where its clicks lead. */

typedef WpTestFixture Fixture;

static GtkApplication *app;

static void
set_date (GDate      *date,
          const char *iso)
{
  g_assert_true (wp_date_parse (iso, date));
}

/* A dashboard on @plan_id at @as_of (NULL: the plan's default), shown in a window. */
static WpDashboardView *
show_dashboard (GtkWindow   **window,
                WpStore      *store,
                gint64        plan_id,
                const GDate  *as_of)
{
  WpDashboardView *view = WP_DASHBOARD_VIEW (wp_dashboard_view_new ());

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 1000, 800);
  gtk_window_set_child (*window, GTK_WIDGET (view));
  wp_dashboard_view_set_plan (view, store, plan_id);
  wp_dashboard_view_set_as_of (view, as_of);
  gtk_window_present (*window);
  return view;
}

static gboolean
has_data (gpointer view)
{
  return wp_dashboard_view_get_data (view) != NULL;
}

typedef struct
{
  WpDashboardView *view;
  WpDashboardData *old;
} Replaced;

static gboolean
data_replaced (gpointer data)
{
  Replaced *replaced = data;
  WpDashboardData *now = wp_dashboard_view_get_data (replaced->view);

  return now != NULL && now != replaced->old;
}

/* The data the dashboard should show, built without the widget. */
static WpDashboardData *
build_expected (WpStore     *store,
                gint64       plan_id,
                const GDate *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlanSnapshot) snapshot = wp_plan_snapshot_new (store, plan_id, as_of, NULL, &error);

  g_assert_no_error (error);
  return wp_dashboard_data_new (snapshot);
}

static void
close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  wp_test_run_pending ();
}

/* Widgets are built and finalised without leaks. */

static void
test_chart_view_finalize (void)
{
  for (int kind = WP_CHART_KIND_LIGHTS; kind <= WP_CHART_KIND_BURNUP; kind++)
    {
      GtkWidget *view = g_object_ref_sink (wp_chart_view_new (kind));

      g_assert_cmpint (wp_chart_view_get_kind (WP_CHART_VIEW (view)), ==, kind);
      g_assert_cmpint (wp_chart_view_item_at (WP_CHART_VIEW (view), 10, 10), ==, -1);
      g_assert_finalize_object (view);
    }
}

static void
test_dashboard_view_finalize (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  GtkWindow *window;
  WpDashboardView *view = show_dashboard (&window, fixture->store, plan_id, NULL);

  g_object_ref (view);
  wp_test_wait_until (has_data, view);
  close_window (window);
  g_assert_finalize_object (view);
}

/* The lights show the counts of the plan at the chosen date. */
static void
test_lights (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  g_autoptr(WpDashboardData) expected = NULL;
  const WpChartLights *lights, *shown;
  GtkWindow *window;
  WpDashboardView *view;
  WpChartView *chart;
  GDate as_of;

  set_date (&as_of, "2019-09-30");
  view = show_dashboard (&window, fixture->store, plan_id, &as_of);
  wp_test_wait_until (has_data, view);

  expected = build_expected (fixture->store, plan_id, &as_of);
  lights = wp_dashboard_data_get_lights (expected);
  chart = wp_dashboard_view_get_chart (view, WP_CHART_KIND_LIGHTS);
  shown = wp_dashboard_data_get_lights (wp_chart_view_get_data (chart));
  g_assert_cmpuint (shown->green, ==, lights->green);
  g_assert_cmpuint (shown->yellow, ==, lights->yellow);
  g_assert_cmpuint (shown->red, ==, lights->red);
  /* The fixture's eleven tasks, none cancelled. */
  g_assert_cmpuint (shown->green + shown->yellow + shown->red, ==, 11);
  g_assert_cmpint (g_date_compare (wp_dashboard_view_get_as_of (view), &as_of), ==, 0);

  close_window (window);
}

static WpNode *
find_task (WpStore *store,
           gint64   plan_id,
           gint64   parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (store, plan_id, parent_id);

  for (guint i = 0; i < children->len; i++)
    {
      WpNode *child = g_ptr_array_index (children, i);
      WpNode *task;

      if (wp_node_get_kind (child) == WP_NODE_TASK && wp_node_get_status (child) != WP_STATUS_DONE)
        return g_object_ref (child);
      task = find_task (store, plan_id, wp_node_get_id (child));
      if (task != NULL)
        return task;
    }
  return NULL;
}

/* A task marked done in the store shows in the completion ring once the loop is idle. */
static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  g_autoptr(WpNode) task = find_task (fixture->store, plan_id, 0);
  g_autoptr(WpNode) edited = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  WpDashboardView *view;
  Replaced replaced;
  guint done_before;
  GDate as_of;

  set_date (&as_of, "2019-09-30");
  view = show_dashboard (&window, fixture->store, plan_id, &as_of);
  wp_test_wait_until (has_data, view);
  replaced = (Replaced) { view, wp_dashboard_view_get_data (view) };
  done_before = wp_dashboard_data_get_completion (replaced.old)->done;

  g_assert_nonnull (task);
  edited = wp_node_copy (task);
  wp_node_set_status (edited, WP_STATUS_DONE);
  wp_node_set_progress (edited, 100);
  g_assert_true (wp_store_update_node (fixture->store, edited, &error));
  g_assert_no_error (error);

  wp_test_wait_until (data_replaced, &replaced);
  g_assert_cmpuint (wp_dashboard_data_get_completion (wp_dashboard_view_get_data (view))->done,
                    ==, done_before + 1);

  close_window (window);
}

/* Reading in a worker */

/* The page the dashboard shows: "dashboard", "loading" or "empty". */
static const char *
visible_page (WpDashboardView *view)
{
  GtkWidget *stack = gtk_widget_get_first_child (GTK_WIDGET (view));

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static gint64
plan_of (WpDashboardData *data)
{
  return wp_plan_get_id (wp_plan_snapshot_get_plan (wp_dashboard_data_get_snapshot (data)));
}

typedef struct
{
  WpDashboardView *view;
  gint64           plan_id;
  WpDashboardData *old;       /* NULL: none of this plan yet */
} Reading;

/* Until data of the plan other than @old shows. Meanwhile the dashboard shows @old's
 * charts, or "Reading the Plan…" when it has none: never another plan's. */
static gboolean
shows_new_data (gpointer data)
{
  Reading *reading = data;
  WpDashboardData *now = wp_dashboard_view_get_data (reading->view);

  if (reading->old != NULL)
    g_assert_nonnull (now);
  if (now == NULL)
    {
      g_assert_cmpstr (visible_page (reading->view), ==, "loading");
      return FALSE;
    }
  g_assert_cmpint (plan_of (now), ==, reading->plan_id);
  g_assert_cmpstr (visible_page (reading->view), ==, "dashboard");
  return now != reading->old;
}

/* The data is read in a worker: the charts of before stay on screen until new ones are
 * ready, and another plan shows "Reading the Plan…" instead of the last one's charts. */
static void
test_reading (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  gint64 other_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  g_autoptr(WpNode) task = find_task (fixture->store, plan_id, 0);
  g_autoptr(WpNode) edited = wp_node_copy (task);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  Reading reading;

  g_assert_cmpint (other_id, !=, plan_id);
  reading = (Reading) { show_dashboard (&window, fixture->store, plan_id, NULL), plan_id, NULL };
  wp_test_wait_until (shows_new_data, &reading);

  reading.old = wp_dashboard_view_get_data (reading.view);
  wp_node_set_title (edited, "新建幼儿园（改）");
  g_assert_true (wp_store_update_node (fixture->store, edited, &error));
  g_assert_no_error (error);
  wp_test_wait_until (shows_new_data, &reading);

  wp_dashboard_view_set_plan (reading.view, fixture->store, other_id);
  g_assert_null (wp_dashboard_view_get_data (reading.view));
  reading = (Reading) { reading.view, other_id, NULL };
  wp_test_wait_until (shows_new_data, &reading);

  close_window (window);
}

/* Rendering a widget into pixels */

static GBytes *
render_widget (GtkWidget *widget,
               int       *width,
               int       *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  GBytes *bytes;
  guchar *pixels;
  gsize stride;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  stride = (gsize) *width * 4;
  pixels = g_malloc (stride * *height);
  gdk_texture_download (texture, pixels, stride);
  bytes = g_bytes_new_take (pixels, stride * *height);
  return bytes;
}

/* The share of pixels in which two renderings differ. */
static double
count_different (GBytes *a,
                 GBytes *b)
{
  gsize size, n = 0;
  const guint32 *pa = g_bytes_get_data (a, &size);
  const guint32 *pb = g_bytes_get_data (b, NULL);

  g_assert_cmpuint (size, ==, g_bytes_get_size (b));
  for (gsize i = 0; i < size / 4; i++)
    n += pa[i] != pb[i];
  return (double) n / (size / 4);
}

static double
luminance (const WpChartColor *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

typedef struct
{
  WpChartView *chart;
  gboolean     dark;
} StyleWait;

static gboolean
has_style (gpointer data)
{
  StyleWait *wait = data;
  WpChartStyle style;
  gboolean dark;

  wp_chart_view_get_style (wait->chart, &style);
  dark = luminance (&style.foreground) > 0.5;
  wp_chart_style_clear (&style);
  return dark == wait->dark && gtk_widget_get_width (GTK_WIDGET (wait->chart)) > 0;
}

/* Forcing the dark style gives the charts light text: the pixels change. */
static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GBytes) light = NULL;
  g_autoptr(GBytes) dark = NULL;
  GtkWindow *window;
  WpDashboardView *view;
  StyleWait wait;
  int width, height, dark_width, dark_height;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  view = show_dashboard (&window, fixture->store, plan_id, NULL);
  wp_test_wait_until (has_data, view);
  wait = (StyleWait) { wp_dashboard_view_get_chart (view, WP_CHART_KIND_BARS), FALSE };
  wp_test_wait_until (has_style, &wait);
  light = render_widget (GTK_WIDGET (wait.chart), &width, &height);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait.dark = TRUE;
  wp_test_wait_until (has_style, &wait);
  wp_test_run_pending ();
  dark = render_widget (GTK_WIDGET (wait.chart), &dark_width, &dark_height);

  g_assert_cmpint (dark_width, ==, width);
  g_assert_cmpint (dark_height, ==, height);
  /* The labels and percentages at least: a few per cent of the chart. */
  g_assert_cmpfloat (count_different (light, dark), >, 0.01);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  close_window (window);
}

/* A larger text scale makes the rows of the charts taller. */
static void
test_text_scale (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWindow *window;
  WpDashboardView *view;
  GtkWidget *chart;
  int dpi, before, after;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  view = show_dashboard (&window, fixture->store, plan_id, NULL);
  wp_test_wait_until (has_data, view);
  chart = GTK_WIDGET (wp_dashboard_view_get_chart (view, WP_CHART_KIND_BULLETS));
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, -1, NULL, &before, NULL, NULL);

  g_object_set (settings, "gtk-xft-dpi", (dpi > 0 ? dpi : 96 * 1024) * 3 / 2, NULL);
  wp_test_run_pending ();
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, -1, NULL, &after, NULL, NULL);
  g_assert_cmpint (after, >, before * 5 / 4);

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  close_window (window);
}

/* The outline filter's root */

/* The indices into @order of the nodes the filter lets through, "3 4 5". */
static char *
format_match (WpStore      *store,
              gint64        plan_id,
              WpNodeFilter *filter,
              const gint64 *order,
              guint         n_order)
{
  g_autoptr(WpRollup) rollup = wp_rollup_new (store, plan_id, NULL, NULL);
  g_autoptr(GHashTable) ids = wp_node_filter_match (filter, store, plan_id, rollup);
  GString *out = g_string_new (NULL);
  guint n_found = 0;

  for (guint i = 0; i < n_order; i++)
    if (g_hash_table_contains (ids, &order[i]))
      {
        g_string_append_printf (out, "%s%u", n_found > 0 ? " " : "", i);
        n_found++;
      }
  g_assert_cmpuint (g_hash_table_size (ids), ==, n_found);
  return g_string_free (out, FALSE);
}

static void
test_filter_root (Fixture       *fixture,
                  gconstpointer  data)
{
  WpStore *store = fixture->store;
  gint64 plan = fixture->plan_id;
  gint64 ids[7];
  g_autoptr(WpNodeFilter) filter = wp_node_filter_new ();
  char *match;

  ids[0] = wp_test_add_node (store, plan, 0, WP_NODE_SECTION, "一", -1);
  ids[1] = wp_test_add_node (store, plan, ids[0], WP_NODE_TASK, "新建幼儿园", -1);
  ids[2] = wp_test_add_node (store, plan, ids[0], WP_NODE_TASK, "招聘教师", -1);
  ids[3] = wp_test_add_node (store, plan, 0, WP_NODE_SECTION, "二", -1);
  ids[4] = wp_test_add_node (store, plan, ids[3], WP_NODE_SECTION, "（一）", -1);
  ids[5] = wp_test_add_node (store, plan, ids[4], WP_NODE_TASK, "改造校舍", -1);
  ids[6] = wp_test_add_node (store, plan, ids[4], WP_NODE_TASK, "幼儿园安全检查", -1);

  g_assert_true (wp_node_filter_is_empty (filter));

  /* A top section: itself and everything under it. */
  wp_node_filter_set_root_id (filter, ids[3]);
  g_assert_false (wp_node_filter_is_empty (filter));
  match = format_match (store, plan, filter, ids, 7);
  g_assert_cmpstr (match, ==, "3 4 5 6");
  g_free (match);

  /* A subsection: with its ancestor, as any match. */
  wp_node_filter_set_root_id (filter, ids[4]);
  match = format_match (store, plan, filter, ids, 7);
  g_assert_cmpstr (match, ==, "3 4 5 6");
  g_free (match);

  /* A task: itself and its sections. */
  wp_node_filter_set_root_id (filter, ids[5]);
  match = format_match (store, plan, filter, ids, 7);
  g_assert_cmpstr (match, ==, "3 4 5");
  g_free (match);

  /* With text: only the matches inside the root. */
  wp_node_filter_set_root_id (filter, ids[0]);
  wp_node_filter_set_text (filter, "幼儿园");
  match = format_match (store, plan, filter, ids, 7);
  g_assert_cmpstr (match, ==, "0 1");
  g_free (match);

  /* A root that is gone lets nothing through. */
  wp_node_filter_set_text (filter, NULL);
  wp_node_filter_set_root_id (filter, 999999);
  match = format_match (store, plan, filter, ids, 7);
  g_assert_cmpstr (match, ==, "");
  g_free (match);

  wp_node_filter_clear (filter);
  g_assert_cmpint (wp_node_filter_get_root_id (filter), ==, 0);
  g_assert_true (wp_node_filter_is_empty (filter));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = wp_test_register_app ();

  g_test_add_func ("/chart-view/finalize", test_chart_view_finalize);
  wp_test_add ("/dashboard-view/finalize", wp_test_fixture_set_up_store,
               test_dashboard_view_finalize);
  wp_test_add ("/dashboard-view/lights", wp_test_fixture_set_up_store, test_lights);
  wp_test_add ("/dashboard-view/follows-store", wp_test_fixture_set_up_store, test_follows_store);
  wp_test_add ("/dashboard-view/reading", wp_test_fixture_set_up_store, test_reading);
  wp_test_add ("/dashboard-view/dark", wp_test_fixture_set_up_store, test_dark);
  wp_test_add ("/dashboard-view/text-scale", wp_test_fixture_set_up_store, test_text_scale);
  wp_test_add ("/dashboard-view/filter-root", wp_test_fixture_set_up_plan, test_filter_root);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
