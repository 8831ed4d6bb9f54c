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
 * "en"), as design.md "Year-end summary PDF" lays it out: the title
 * 《{organisation}{year}年工作总结》, an opening paragraph with the overall figures,
 * then the chosen @parts (numbered 一、二、三 in the order kept), the signature, and the
 * annexes on new pages. Every word of ours comes from wp_catalog_pgettext() with the
 * context "report"; the plan's own text (titles, narratives, names) is used as written.
 *
 * Indicator sentences: "目标12所，完成13所，完成率108.3%" / "Target 12, achieved 13
 * (108.3%)" — rates with one decimal, values as entered (no trailing ".0"). */
WpDocument *wp_summary_build       (WpPlanSnapshot *snapshot,
                                    const char     *language,
                                    WpSummaryParts  parts);

/* The plan itself as issued: title, preamble, the numbered sections and tasks with
 * their bodies, each task followed by its responsible departments
 * （牵头科室：…；配合科室：…）/ (Lead: …; support: …) and its targets. */
WpDocument *wp_plan_document_build (WpPlanSnapshot *snapshot,
                                    const char     *language);

G_END_DECLS
