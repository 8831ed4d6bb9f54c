/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-document.h"
#include "wp-plan-snapshot.h"

G_BEGIN_DECLS

/* The parts of the year-end summary a user may leave out. */
typedef enum
{
  WP_SUMMARY_ACHIEVEMENTS   = 1 << 0,  /* 一、主要工作及成效 */
  WP_SUMMARY_PROBLEMS       = 1 << 1,  /* 二、存在的问题和不足 */
  WP_SUMMARY_NEXT_YEAR      = 1 << 2,  /* 三、{year+1}年工作思路 */
  WP_SUMMARY_RESULTS_TABLE  = 1 << 3,  /* 附件1 完成情况表 */
  WP_SUMMARY_DEPARTMENTS    = 1 << 4,  /* 附件2 科室情况表 */
  WP_SUMMARY_CHARTS         = 1 << 5,  /* 附件3 charts */
  WP_SUMMARY_ALL            = 0x3f,
} WpSummaryParts;

/* The year-end summary (年度工作总结) of @snapshot's plan in @language ("zh_CN" or
 * "en"; others map by wp_catalog_report_language()), as design.md "Year-end summary PDF"
 * lays it out: the title "某市教育局2019年工作总结" / "… — Work Summary 2019", an opening
 * paragraph with the overall figures, then the chosen @parts (numbered 一、二、三 in the
 * order kept), the signature (organisation, as-of date), and the annexes, each on a new
 * page (附件1, 附件2 … in the order kept). Every word of ours comes from
 * wp_catalog_pgettext() with the context "report"; the plan's own text (titles,
 * narratives, names) is used as written.
 *
 * The summary numbers its own outline: top sections （一）, their tasks 1., deeper levels
 * one step further; cancelled tasks and sections without a task left are skipped. A
 * task's narrative is its year-end text, else its last three progress notes with their
 * dates, then where it stands and a sentence per indicator: "目标12所，完成13所，完成率
 * 108.3%" / "Target 12, achieved 13 (108.3%)" — rates with one decimal, values as
 * entered (no trailing ".0"). The problems part repeats the numbers of the first part. */
WpDocument *wp_summary_build       (WpPlanSnapshot *snapshot,
                                    const char     *language,
                                    WpSummaryParts  parts);

/* The plan itself as issued: title, preamble, the numbered sections and tasks with
 * their bodies, each task followed by its responsible departments
 * （牵头科室：…；配合科室：…）/ (Lead: …; support: …) and its targets. */
WpDocument *wp_plan_document_build (WpPlanSnapshot *snapshot,
                                    const char     *language);

G_END_DECLS
