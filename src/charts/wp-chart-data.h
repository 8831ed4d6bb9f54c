/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-types.h"

G_BEGIN_DECLS

/* The data each chart draws: plain values, so that tests can draw charts from known
 * numbers and the charts know nothing of the store. WpDashboardData fills them from a
 * plan snapshot. Strings are owned by whoever filled the struct. */

/* The completion ring. Every task that is not cancelled is in exactly one group: done;
 * late (red at the as-of date); in progress (progress > 0); not started. */
typedef struct
{
  guint done;
  guint in_progress;
  guint not_started;
  guint late;
} WpChartCompletion;

/* Tasks by traffic light (cancelled tasks not counted). */
typedef struct
{
  guint green;
  guint yellow;
  guint red;
} WpChartLights;

/* One horizontal bar per top section. */
typedef struct
{
  gint64       node_id;
  const char  *label;       /* "一、学前教育" : number and title */
  double       progress;    /* 0–100 */
  WpLight      light;
  guint        tasks;
  guint        done;
  guint        late;
} WpChartBar;

/* One row per department that leads at least one task. */
typedef struct
{
  gint64       department_id;
  const char  *name;
  guint        led;           /* tasks it leads, cancelled ones excluded */
  guint        done;
  guint        late;
  double       mean_progress; /* 0–100, plain mean of the tasks it leads */
} WpChartDepartment;

/* One bullet chart per indicator: the bar shows the actual against the target. */
typedef struct
{
  gint64        node_id;        /* the task the indicator belongs to */
  gint64        indicator_id;
  const char   *label;          /* the indicator's name */
  const char   *unit;           /* "" when none */
  WpComparator  comparator;
  double        target;         /* NAN when unset */
  double        actual;         /* NAN when not reported */
  double        rate;           /* fraction, uncapped; NAN when not reported */
  WpLight       light;
} WpChartBullet;

/* Month by month: the plan's progress from the progress entries against the expected
 * line. Months run from the plan's start; months after the as-of date have
 * actual = NAN and are not drawn. */
#define WP_CHART_BURNUP_MAX_MONTHS 24
typedef struct
{
  guint   n_months;
  guint   first_month;   /* 1–12, the month of the plan's start */
  guint   first_year;
  double  expected[WP_CHART_BURNUP_MAX_MONTHS];  /* 0–100 at each month's end */
  double  actual[WP_CHART_BURNUP_MAX_MONTHS];    /* 0–100, NAN in the future */
} WpChartBurnup;

G_END_DECLS
