/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-chart-style.h"
#include "wp-chart-data.h"

G_BEGIN_DECLS

/* The dashboard's charts. Each draws @data into @rect of @cr in @style, saving and
 * restoring @cr, clipping to @rect, and never painting outside it; with no data it
 * draws a short "No tasks" / "No indicators" message instead. The window calls them
 * from its snapshot, the PNG/SVG/PDF exports and the year-end summary call the same.
 *
 * Charts with one row per item (bars, departments, bullets) have a natural height for
 * n items (wp_chart_*_height()); given less they draw the rows that fit and say
 * "and N more". They draw only the rows that meet @cr's clip: a caller showing part of a
 * long chart clips @cr to that part and gets those pixels exactly, at the cost of the
 * rows in it. The *_item_at() functions answer which item lies under a point (for
 * tooltips and clicks) with the same geometry as the drawing: the index into the
 * array, or -1. Words in the charts come from wp_catalog_pgettext() in
 * @style->language with the context "chart". */

/* A ring of the four groups (done green, in progress blue, not started grey, late red),
 * the share done in large type in its middle, and a legend with the counts beside it. */
void   wp_chart_draw_completion     (cairo_t                 *cr,
                                     const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartCompletion *data);
/* 0–3: done, in progress, not started, late; -1 outside the ring and its legend. */
int    wp_chart_completion_item_at  (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartCompletion *data,
                                     double                   x,
                                     double                   y);

/* Three large counts with a coloured dot each: green, yellow, red tasks. */
void   wp_chart_draw_lights         (cairo_t                 *cr,
                                     const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartLights     *data);
/* 0–2: green, yellow, red (a WpLight); -1 elsewhere. */
int    wp_chart_lights_item_at      (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartLights     *data,
                                     double                   x,
                                     double                   y);

/* One labelled horizontal bar per section: the label on the left, the bar filled to
 * progress % of its track in the section's light colour, the percentage at the right.
 * A bar at p % is filled to p % of the track's width (±1 px). */
void   wp_chart_draw_bars           (cairo_t                 *cr,
                                     const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartBar        *bars,
                                     guint                    n_bars);
double wp_chart_bars_height         (const WpChartStyle      *style,
                                     guint                    n_bars);
int    wp_chart_bars_item_at        (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartBar        *bars,
                                     guint                    n_bars,
                                     double                   x,
                                     double                   y);
/* The rectangle of bar @index's track (the full 100 % width), for tests and tooltips. */
void   wp_chart_bars_track          (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     guint                    n_bars,
                                     guint                    index,
                                     WpChartRect             *track);

/* One row per department: name, a stacked bar of its led tasks (done green, late red,
 * the rest track-coloured) and "done/led · mean %"; departments with late tasks are
 * named in red. Rows in the order given (the data builder sorts the most behind first). */
void   wp_chart_draw_departments    (cairo_t                 *cr,
                                     const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartDepartment *rows,
                                     guint                    n_rows);
double wp_chart_departments_height  (const WpChartStyle      *style,
                                     guint                    n_rows);
int    wp_chart_departments_item_at (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartDepartment *rows,
                                     guint                    n_rows,
                                     double                   x,
                                     double                   y);
/* The rectangle of row @index's stacked bar (the full width). */
void   wp_chart_departments_track   (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     guint                    n_rows,
                                     guint                    index,
                                     WpChartRect             *track);

/* One bullet chart per indicator: the name and "13 / 12 所 · 108.3%" above a track
 * scaled to max(target, actual) × 1.1, the actual as a bar in the indicator's light
 * colour and the target as a vertical tick. Zero and at-most indicators read the
 * other way round (less is better) and say so in their caption. */
void   wp_chart_draw_bullets        (cairo_t                 *cr,
                                     const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartBullet     *bullets,
                                     guint                    n_bullets);
double wp_chart_bullets_height      (const WpChartStyle      *style,
                                     guint                    n_bullets);
int    wp_chart_bullets_item_at     (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartBullet     *bullets,
                                     guint                    n_bullets,
                                     double                   x,
                                     double                   y);
/* The rectangle of bullet @index's track: 0 at its left end, the scale's top at its
 * right (a target tick and the actual bar are placed along it). */
void   wp_chart_bullets_track       (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     guint                    n_bullets,
                                     guint                    index,
                                     WpChartRect             *track);

/* Month-by-month plan progress (0–100 on the y axis, months on the x axis): the
 * expected line dashed grey, the actual line solid blue up to the as-of month (the last
 * month with a value) with a dot there. Each month's value is drawn at the month's end,
 * both lines starting from 0 at the plan's start; "No progress yet" without months. */
void   wp_chart_draw_burnup         (cairo_t                 *cr,
                                     const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartBurnup     *data);
/* The month index under @x (0 … n_months-1), or -1. */
int    wp_chart_burnup_item_at      (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartBurnup     *data,
                                     double                   x,
                                     double                   y);
/* Where the value @percent at the end of month @month (0 … n_months-1) is drawn, for
 * tests and for placing tooltips. */
void   wp_chart_burnup_point        (const WpChartRect       *rect,
                                     const WpChartStyle      *style,
                                     const WpChartBurnup     *data,
                                     guint                    month,
                                     double                   percent,
                                     double                  *x,
                                     double                  *y);

G_END_DECLS
