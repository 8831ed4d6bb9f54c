/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wp-bench.h"

/* Repetitions of a timed change: the benchmark takes their median. */
#define N_ROUNDS 10
#define N_FRAMES 15
#define SCROLL_STEP 240.0

typedef enum
{
  PROBE_FIRST_FRAME,
  PROBE_EXPAND_ALL,
  PROBE_FILTER_DEPT,
  PROBE_DASHBOARD,
} Probe;

typedef enum
{
  STEP_WAIT_OUTLINE,   /* until the first frame with outline rows */
  STEP_BUSY,           /* an idle is about to start the next change */
  STEP_WAIT_ROWS,      /* until a frame shows a different number of rows */
  STEP_WAIT_DASHBOARD, /* until a frame shows the dashboard with its data */
  STEP_WAIT_FRAME,     /* until the next frame (a redraw or a scroll of the dashboard) */
  STEP_DONE,
} Step;

typedef struct
{
  WpWindow *window;
  Probe     probe;
  gint64    department_id;
  Step      step;
  guint     round;
  guint     n_before;       /* rows shown before the change being timed */
  gint64    started;        /* monotonic µs: the change being timed began */
  gint64    frame_started;  /* monotonic µs: the current frame's before-paint */
  const char *key;          /* what is being timed */
} WpBench;

static void
report (const char *key,
        double      value)
{
  g_print ("WORKPLAN_BENCH %s %.2f\n", key, value);
  fflush (stdout);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The peak resident set of this process ("VmHWM:  123456 kB"), 0 when unknown. */
static guint64
read_vmhwm_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10) : 0;
}

/* The outline's list: the one on screen (the filter bar's drop-downs have lists too). */
static GtkWidget *
find_list_view (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_LIST_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The outline's rows, 0 unless some of them are on screen. */
static guint
count_shown_rows (WpBench *bench)
{
  GtkWidget *list = find_list_view (GTK_WIDGET (wp_window_get_outline (bench->window)));
  GListModel *model = list != NULL ? G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)))
                                   : NULL;

  if (model == NULL || gtk_widget_get_first_child (list) == NULL)
    return 0;
  return g_list_model_get_n_items (model);
}

static gboolean
finish_cb (gpointer user_data)
{
  WpBench *bench = user_data;

  report ("vmhwm-kb", read_vmhwm_kb ());
  bench->step = STEP_DONE;
  g_application_quit (g_application_get_default ());
  return G_SOURCE_REMOVE;
}

/* Expand-all rounds alternate with collapse-all, filter rounds with clearing it. */
static void
start_outline_change (WpBench *bench)
{
  WpOutlineView *outline = wp_window_get_outline (bench->window);
  gboolean even = bench->round % 2 == 0;

  bench->n_before = count_shown_rows (bench);
  bench->started = g_get_monotonic_time ();
  if (bench->probe == PROBE_EXPAND_ALL)
    {
      bench->key = even ? "collapse-all-ms" : "expand-all-ms";
      gtk_widget_activate_action (GTK_WIDGET (outline),
                                  even ? "outline.collapse-all" : "outline.expand-all", NULL);
    }
  else
    {
      bench->key = even ? "filter-dept-ms" : "filter-clear-ms";
      wp_node_filter_set_department_id (wp_outline_view_get_filter (outline),
                                        even ? bench->department_id : 0);
    }
  bench->step = STEP_WAIT_ROWS;
}

static void
start_dashboard_frame (WpBench *bench)
{
  WpDashboardView *dashboard = wp_window_get_dashboard (bench->window);
  WpChartView *bullets = wp_dashboard_view_get_chart (dashboard, WP_CHART_KIND_BULLETS);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (bullets), GTK_TYPE_SCROLLED_WINDOW);

  bench->started = g_get_monotonic_time ();
  bench->step = STEP_WAIT_FRAME;
  if (bench->round < N_FRAMES || scroller == NULL)
    {
      /* Every chart drawn again, as when the window is resized or the theme changes. */
      bench->key = "dashboard-redraw-frame-ms";
      for (int kind = WP_CHART_KIND_LIGHTS; kind <= WP_CHART_KIND_BURNUP; kind++)
        gtk_widget_queue_draw (GTK_WIDGET (wp_dashboard_view_get_chart (dashboard, kind)));
    }
  else
    {
      GtkAdjustment *adjustment =
        gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      bench->key = "dashboard-scroll-frame-ms";
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + SCROLL_STEP);
    }
}

static gboolean
next_change_cb (gpointer user_data)
{
  WpBench *bench = user_data;

  if (bench->probe == PROBE_DASHBOARD)
    start_dashboard_frame (bench);
  else
    start_outline_change (bench);
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  return G_SOURCE_REMOVE;
}

/* Switching to the dashboard builds its data (the snapshot) and draws it. */
static gboolean
open_dashboard_cb (gpointer user_data)
{
  WpBench *bench = user_data;

  bench->key = "dashboard-open-ms";
  bench->started = g_get_monotonic_time ();
  bench->step = STEP_WAIT_DASHBOARD;
  gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.view", "s", "dashboard");
  return G_SOURCE_REMOVE;
}

/* After a timed change shows: the next round, or the end. */
static void
measured (WpBench *bench,
          gboolean count_round)
{
  guint rounds = bench->probe == PROBE_DASHBOARD ? 2 * N_FRAMES : N_ROUNDS;

  report (bench->key, ms_since (bench->started));
  if (count_round)
    bench->round++;
  if (bench->round >= rounds)
    {
      bench->step = STEP_DONE;
      g_idle_add (finish_cb, bench);
      return;
    }
  bench->step = STEP_BUSY;
  g_idle_add (next_change_cb, bench);
}

static void
on_first_outline_frame (WpBench *bench)
{
  report ("first-frame-us", g_get_real_time ());
  report ("first-frame-paint-ms", ms_since (bench->frame_started));
  if (bench->probe == PROBE_FIRST_FRAME)
    {
      /* What the loaded workbook keeps once the idle work after the first frame is done. */
      bench->step = STEP_DONE;
      g_timeout_add_seconds (2, finish_cb, bench);
      return;
    }
  bench->step = STEP_BUSY;
  g_idle_add (bench->probe == PROBE_DASHBOARD ? open_dashboard_cb : next_change_cb, bench);
}

static void
on_before_paint (GdkFrameClock *clock,
                 WpBench       *bench)
{
  bench->frame_started = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                WpBench       *bench)
{
  WpDashboardView *dashboard = wp_window_get_dashboard (bench->window);

  switch (bench->step)
    {
    case STEP_WAIT_OUTLINE:
      if (count_shown_rows (bench) > 0)
        on_first_outline_frame (bench);
      break;

    case STEP_WAIT_ROWS:
      if (count_shown_rows (bench) != bench->n_before)
        measured (bench, TRUE);
      break;

    case STEP_WAIT_DASHBOARD:
      if (gtk_widget_get_mapped (GTK_WIDGET (dashboard))
          && wp_dashboard_view_get_data (dashboard) != NULL)
        measured (bench, FALSE);
      break;

    case STEP_WAIT_FRAME:
      /* The work of this frame alone: the wait for the frame clock's tick is not ours. */
      report ("dashboard-frame-work-ms", ms_since (bench->frame_started));
      measured (bench, TRUE);
      break;

    case STEP_BUSY:
    case STEP_DONE:
    default:
      break;
    }
}

static void
on_window_realize (GtkWidget *widget,
                   WpBench   *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), bench);
}

static gboolean
parse_probe (const char *spec,
             WpBench    *bench)
{
  if (g_str_equal (spec, "first-frame"))
    bench->probe = PROBE_FIRST_FRAME;
  else if (g_str_equal (spec, "expand-all"))
    bench->probe = PROBE_EXPAND_ALL;
  else if (g_str_equal (spec, "dashboard"))
    bench->probe = PROBE_DASHBOARD;
  else if (g_str_has_prefix (spec, "filter-dept:"))
    {
      bench->probe = PROBE_FILTER_DEPT;
      bench->department_id = g_ascii_strtoll (spec + strlen ("filter-dept:"), NULL, 10);
      return bench->department_id > 0;
    }
  else
    return FALSE;
  return TRUE;
}

void
wp_bench_attach (WpWindow *window)
{
  const char *spec = g_getenv ("WORKPLAN_BENCH");
  WpBench *bench;

  g_return_if_fail (WP_IS_WINDOW (window));

  if (spec == NULL || *spec == '\0')
    return;
  bench = g_new0 (WpBench, 1);
  if (!parse_probe (spec, bench))
    {
      /* A developer's tool, not the user's: the message is for whoever runs the bench. */
      g_printerr ("WORKPLAN_BENCH=%s: unknown probe\n", spec);
      g_free (bench);
      return;
    }
  bench->window = window;
  g_object_set_data_full (G_OBJECT (window), "wp-bench", bench, g_free);
  g_signal_connect (window, "realize", G_CALLBACK (on_window_realize), bench);
}
