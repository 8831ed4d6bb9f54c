/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-document.h"
#include "wp-plan-snapshot.h"

G_BEGIN_DECLS

/* The charts annex of the year-end summary: the dashboard's section bars, departments,
 * indicator bullets and burn-up as vector charts, each with a numbered caption
 * ("图1 各部分工作进度" / "Figure 1. Progress by section") in @language. A chart without
 * data is left out. The chart blocks share one WpDashboardData of @snapshot. */
void wp_report_add_charts (WpDocument     *document,
                           WpPlanSnapshot *snapshot,
                           const char     *language);

G_END_DECLS
