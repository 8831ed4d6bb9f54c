/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-chart-data.h"
#include "wp-plan-snapshot.h"

G_BEGIN_DECLS

/* Every chart's data for one plan at the snapshot's as-of date. Immutable; keeps a
 * reference to the snapshot, whose strings the charts' label pointers borrow (the bars'
 * "number title" labels are the data's own). Like the snapshot it may be built and read
 * in a worker thread. Cancelled tasks count nowhere: not in the ring, the lights, a
 * bar's tasks nor a department's. */
typedef struct _WpDashboardData WpDashboardData;

WpDashboardData         *wp_dashboard_data_new            (WpPlanSnapshot  *snapshot);
WpDashboardData         *wp_dashboard_data_ref            (WpDashboardData *self);
void                     wp_dashboard_data_unref          (WpDashboardData *self);

WpPlanSnapshot          *wp_dashboard_data_get_snapshot   (WpDashboardData *self);
const WpChartCompletion *wp_dashboard_data_get_completion (WpDashboardData *self);
const WpChartLights     *wp_dashboard_data_get_lights     (WpDashboardData *self);
/* One bar per top-level section, in outline order (top-level tasks are left out). */
const WpChartBar        *wp_dashboard_data_get_bars       (WpDashboardData *self,
                                                           guint           *n_bars);
/* Departments leading at least one task, the most behind first: most late tasks, then
 * lowest mean progress, then the workbook's order. A task with two lead departments
 * counts for both. */
const WpChartDepartment *wp_dashboard_data_get_departments (WpDashboardData *self,
                                                            guint           *n_rows);
/* Every indicator in outline order. */
const WpChartBullet     *wp_dashboard_data_get_bullets    (WpDashboardData *self,
                                                           guint           *n_bullets);
/* Months from the plan's first through its last (at most WP_CHART_BURNUP_MAX_MONTHS):
 * expected and actual at each month's end (wp_plan_snapshot_expected_on() and
 * _progress_on()); the as-of month's actual is taken at the as-of date, later ones are
 * NAN. */
const WpChartBurnup     *wp_dashboard_data_get_burnup     (WpDashboardData *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpDashboardData, wp_dashboard_data_unref)

G_END_DECLS
