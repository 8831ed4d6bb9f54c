/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-document.h"
#include "wp-plan-snapshot.h"

G_BEGIN_DECLS

/* The tables of the year-end summary's annexes, in @language ("zh_CN" or "en"). Tasks
 * that were cancelled are left out of both. */

/* The results table (完成情况表): 序号 | 指标 | 目标值 | 完成值 | 完成率 | 责任科室 |
 * 进展/未完成原因, one row per indicator in outline order, numbered from 1. The last
 * column holds the task's reason when the target is not met, else its latest progress
 * note (or its year-end text). */
void wp_report_add_results_table    (WpDocument     *document,
                                     WpPlanSnapshot *snapshot,
                                     const char     *language);

/* One row per department leading a task, in the workbook's order: tasks led, done, not
 * done, past their due date and their mean progress; then a row for tasks without a
 * lead, if any, and the totals. */
void wp_report_add_department_table (WpDocument     *document,
                                     WpPlanSnapshot *snapshot,
                                     const char     *language);

G_END_DECLS
