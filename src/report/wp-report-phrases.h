/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-plan-snapshot.h"

G_BEGIN_DECLS

/* How the reports say numbers, dates and targets in "zh_CN" or "en": the small phrases
 * that the summary, the plan document and their tables share. Words come from
 * wp_catalog_pgettext() with the context "report"; @language must be one of the two
 * report languages (see wp_catalog_report_language()). */

/* @msgid, marked NC_("report", …) by the caller, in @language. */
const char *wp_report_word             (const char         *language,
                                        const char         *msgid);
/* @singular when @n is 1, else @plural, both in @language: English needs both, Chinese
 * translates them alike. */
const char *wp_report_plural           (const char         *language,
                                        guint               n,
                                        const char         *singular,
                                        const char         *plural);

/* A value with its unit: "12所", "0.5%" in Chinese; in English "12", "0.5%", "3 km" (a
 * unit that is not ASCII is left out, the indicator's name says what is counted). */
char       *wp_report_format_value     (const char         *language,
                                        double              value,
                                        const char         *unit);
/* An achievement rate (a fraction) with one decimal, "108.3%"; "—" when NAN. */
char       *wp_report_format_rate      (const char         *language,
                                        double              rate);
/* A progress in whole per cent, "79%". */
char       *wp_report_format_percent   (const char         *language,
                                        double              percent);
/* "2019年12月31日" / "31 December 2019". */
char       *wp_report_format_date      (const char         *language,
                                        const GDate        *date);
/* "6月15日" / "15 June": a date within the report's year. */
char       *wp_report_format_day       (const char         *language,
                                        const GDate        *date);

/* TRUE when @text is NULL or holds nothing but white space. */
gboolean    wp_report_is_blank         (const char         *text);
/* @text on one line: its lines joined (with a space in English), blank ones dropped. */
char       *wp_report_join_lines       (const char         *language,
                                        const char         *text);
/* @text on one line and without the punctuation that ends it, to be part of a longer
 * sentence: "资金全部拨付到位". */
char       *wp_report_format_clause    (const char         *language,
                                        const char         *text);
/* Whether the reports count @node as a task: cancelled tasks are left out. */
gboolean    wp_report_counts_task      (const WpSnapshotNode *node);
/* Whether @indicator reached its target: an achievement rate of 100 % or more. */
gboolean    wp_report_is_met           (const WpSnapshotIndicator *indicator);
/* Whether @task, not done, is past its due date at @as_of. */
gboolean    wp_report_is_overdue       (const WpSnapshotNode *task,
                                        const GDate          *as_of);
/* Where @task stands, as a sentence: "已于2019年11月28日完成。", "尚未启动。",
 * "目前完成进度60%。" / "Completed on 28 November 2019.", "Progress so far: 60%." */
char       *wp_report_format_standing  (const char           *language,
                                        const WpSnapshotNode *task);
/* The last @max progress entries of @task dated up to @as_of that have a note, oldest
 * first (an array of WpProgressEntry owned by the snapshot). */
GPtrArray  *wp_report_latest_notes     (const WpSnapshotNode *task,
                                        const GDate          *as_of,
                                        guint                 max);
/* Appends @sentence to @text as a sentence of its own: the trailing comma or semicolon
 * it may have becomes a full stop, English sentences are spaced. Empty ones are
 * skipped. */
void        wp_report_append_sentence  (GString            *text,
                                        const char         *language,
                                        const char         *sentence);
/* @title as a run-in heading: "1. 消除大班额。" / "1. Reduce class sizes. ". */
char       *wp_report_format_lead      (const char         *language,
                                        const char         *number,
                                        const char         *title);
/* @names (char *) joined as a list: "基础教育科、督导室" / "A, B". */
char       *wp_report_join_names       (const char         *language,
                                        GPtrArray          *names);

/* The sentence that reports an indicator against its target in the summary:
 * "建成幼儿园目标12所，完成13所，完成率108.3%。" / "Kindergartens: target 12, achieved 13
 * (108.3%)." and the forms of at-most, zero and milestone targets. */
char       *wp_report_indicator_sentence (const char                *language,
                                          const WpSnapshotIndicator *indicator);
/* The indicator and its target as the plan states them: "建成幼儿园不少于12所",
 * "56人以上大班额比例控制在0.5%以内", "校园重大安全责任事故为零" / "… at least 12". */
char       *wp_report_indicator_goal     (const char                *language,
                                          WpIndicator               *indicator);
/* The cells of the results table: the target ("12所", "≤0.5%", "0起", "完成") and the
 * actual ("13所", "已完成", "—" when not reported). */
char       *wp_report_indicator_target   (const char                *language,
                                          WpIndicator               *indicator);
char       *wp_report_indicator_actual   (const char                *language,
                                          WpIndicator               *indicator);

G_END_DECLS
