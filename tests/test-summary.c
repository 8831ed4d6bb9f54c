/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <poppler.h>

#include "wp-indicator.h"
#include "wp-report-export.h"
#include "wp-report-phrases.h"
#include "wp-rules.h"
#include "wp-summary-builder.h"
#include "wp-test-util.h"


/* What the bureau reads in the year-end summary and the plan document, first as blocks,
 * then as the text of the PDF. */

static WpPlanSnapshot *
snapshot_at (WpStore    *store,
             gint64      plan_id,
             const char *iso_date)
{
  g_autoptr(GError) error = NULL;
  WpPlanSnapshot *snapshot;
  GDate as_of;

  g_assert_true (wp_date_parse (iso_date, &as_of));
  snapshot = wp_plan_snapshot_new (store, plan_id, &as_of, NULL, &error);
  g_assert_no_error (error);
  return snapshot;
}

static WpPlanSnapshot *
fixture_snapshot (WpTestFixture *fixture)
{
  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  return snapshot_at (fixture->store, fixture->plan_id, "2019-12-31");
}

static const WpBlock *
block (WpDocument *document,
       guint       index)
{
  return wp_document_get_block (document, index);
}

/* The texts of the blocks of @kind (at @level, or any level when 0), in order. */
static GPtrArray *
texts_of (WpDocument  *document,
          WpBlockKind  kind,
          guint        level)
{
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < wp_document_get_n_blocks (document); i++)
    {
      const WpBlock *b = block (document, i);

      if (b->kind == kind && (level == 0 || b->level == level))
        g_ptr_array_add (texts, b->text);
    }
  return texts;
}

/* The index of the first paragraph whose lead is @lead, or -1. */
static int
find_lead (WpDocument *document,
           const char *lead,
           guint       from)
{
  for (guint i = from; i < wp_document_get_n_blocks (document); i++)
    {
      const WpBlock *b = block (document, i);

      if (b->kind == WP_BLOCK_PARAGRAPH && g_strcmp0 (b->lead, lead) == 0)
        return (int) i;
    }
  return -1;
}

static int
find_block (WpDocument  *document,
            WpBlockKind  kind,
            const char  *text)
{
  for (guint i = 0; i < wp_document_get_n_blocks (document); i++)
    {
      const WpBlock *b = block (document, i);

      if (b->kind == kind && g_strcmp0 (b->text, text) == 0)
        return (int) i;
    }
  return -1;
}

/* The whole text of the document's paragraphs, one per line. */
static char *
all_paragraphs (WpDocument *document)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < wp_document_get_n_blocks (document); i++)
    {
      const WpBlock *b = block (document, i);

      if (b->kind == WP_BLOCK_PARAGRAPH)
        g_string_append_printf (text, "%s%s\n", b->lead != NULL ? b->lead : "", b->text);
    }
  return g_string_free (text, FALSE);
}

static const WpBlockTable *
nth_table (WpDocument *document,
           guint       n)
{
  for (guint i = 0; i < wp_document_get_n_blocks (document); i++)
    {
      const WpBlock *b = block (document, i);

      if (b->kind == WP_BLOCK_TABLE && n-- == 0)
        return b->table;
    }
  g_assert_not_reached ();
}

static const char *
cell (const WpBlockTable *table,
      guint               row,
      guint               column)
{
  char **cells = g_ptr_array_index (table->rows, row);

  g_assert_cmpuint (column, <, table->n_columns);
  return cells[column];
}

static void
assert_strv (GPtrArray          *texts,
             const char * const *expected)
{
  g_ptr_array_add (texts, NULL);
  g_assert_cmpstrv ((const char * const *) texts->pdata, expected);
}

/* The sentence for an at-least indicator with a target and an actual, worked out here
 * from its values and the shared rule. */
static char *
expected_sentence (WpIndicator *indicator,
                   gboolean     chinese)
{
  double rate = wp_rules_indicator_rate (wp_indicator_get_comparator (indicator),
                                         wp_indicator_get_target (indicator),
                                         wp_indicator_get_actual (indicator));
  const char *unit = wp_indicator_get_unit (indicator);

  if (chinese)
    return g_strdup_printf ("%s目标%g%s，完成%g%s，完成率%.1f%%。",
                            wp_indicator_get_name (indicator),
                            wp_indicator_get_target (indicator), unit,
                            wp_indicator_get_actual (indicator), unit, 100 * rate);
  return g_strdup_printf ("%s: target %g%s, achieved %g%s (%.1f%%).",
                          wp_indicator_get_name (indicator),
                          wp_indicator_get_target (indicator),
                          g_str_equal (unit, "%") ? unit : "",
                          wp_indicator_get_actual (indicator),
                          g_str_equal (unit, "%") ? unit : "", 100 * rate);
}

/* Every at-least indicator of the plan that has both values. */
static GPtrArray *
measured_indicators (WpPlanSnapshot *snapshot)
{
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (snapshot);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < tasks->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (tasks, i);

      for (guint j = 0; j < task->indicators->len; j++)
        {
          WpSnapshotIndicator *si = g_ptr_array_index (task->indicators, j);

          if (wp_indicator_get_comparator (si->indicator) == WP_COMPARATOR_AT_LEAST
              && !isnan (wp_indicator_get_target (si->indicator))
              && !isnan (wp_indicator_get_actual (si->indicator)))
            g_ptr_array_add (found, si->indicator);
        }
    }
  return found;
}

static guint
count_indicators (WpPlanSnapshot *snapshot)
{
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (snapshot);
  guint n = 0;

  for (guint i = 0; i < tasks->len; i++)
    n += ((WpSnapshotNode *) g_ptr_array_index (tasks, i))->indicators->len;
  return n;
}

static void
test_phrases (void)
{
  g_autofree char *sum = wp_format_number (0.1 + 0.2);
  g_autofree char *whole = wp_format_number (12.0);
  g_autofree char *rate = wp_report_format_rate ("en", 13.0 / 12.0);
  g_autofree char *none = wp_report_format_rate ("en", NAN);
  g_autofree char *km = wp_report_format_value ("en", 3, "km");
  g_autofree char *schools = wp_report_format_value ("en", 12, "所");
  g_autofree char *share = wp_report_format_value ("en", 0.5, "%");
  g_autofree char *zh_schools = wp_report_format_value ("zh_CN", 12, "所");
  g_autoptr(GString) text = g_string_new (NULL);
  GDate date;

  g_assert_cmpstr (sum, ==, "0.3");
  g_assert_cmpstr (whole, ==, "12");
  g_assert_cmpstr (rate, ==, "108.3%");
  g_assert_cmpstr (none, ==, "—");
  g_assert_cmpstr (km, ==, "3 km");
  g_assert_cmpstr (schools, ==, "12");
  g_assert_cmpstr (share, ==, "0.5%");
  g_assert_cmpstr (zh_schools, ==, "12所");

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 2019);
  {
    g_autofree char *en = wp_report_format_date ("en", &date);
    g_autofree char *zh = wp_report_format_date ("zh_CN", &date);

    g_assert_cmpstr (en, ==, "31 December 2019");
    g_assert_cmpstr (zh, ==, "2019年12月31日");
  }

  /* A trailing comma becomes a full stop; a closed sentence keeps its own. */
  wp_report_append_sentence (text, "zh_CN", "资金全部拨付到位，");
  wp_report_append_sentence (text, "zh_CN", "  ");
  wp_report_append_sentence (text, "zh_CN", "（已验收。）");
  g_assert_cmpstr (text->str, ==, "资金全部拨付到位。（已验收。）");
  g_string_truncate (text, 0);
  wp_report_append_sentence (text, "en", "Sites chosen;");
  wp_report_append_sentence (text, "en", "Funds paid!");
  g_assert_cmpstr (text->str, ==, "Sites chosen. Funds paid!");
}

static void
test_summary_zh_blocks (WpTestFixture *fixture,
                        gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(WpDocument) document = wp_summary_build (snapshot, "zh_CN", WP_SUMMARY_ALL);
  g_autoptr(GPtrArray) parts = texts_of (document, WP_BLOCK_HEADING, 1);
  g_autoptr(GPtrArray) titles = texts_of (document, WP_BLOCK_TITLE, 0);
  g_autofree char *text = all_paragraphs (document);
  GDate as_of;

  g_assert_cmpstr (wp_document_get_language (document), ==, "zh_CN");
  g_assert_cmpstr (wp_document_get_title (document), ==, "某市教育局2019年工作总结");
  g_assert_cmpstr (wp_document_get_author (document), ==, "某市教育局");
  g_date_clear (&as_of, 1);
  g_date_set_dmy (&as_of, 31, G_DATE_DECEMBER, 2019);
  g_assert_cmpint (g_date_compare (wp_document_get_date (document), &as_of), ==, 0);

  g_assert_cmpint (block (document, 0)->kind, ==, WP_BLOCK_TITLE);
  assert_strv (titles, (const char *[]) { "某市教育局2019年工作总结", "2019年工作目标完成情况表",
                                          "2019年科室工作完成情况表",
                                          "2019年工作完成情况图表", NULL });
  assert_strv (parts, (const char *[]) { "一、主要工作及成效", "二、存在的问题和不足",
                                         "三、2020年工作思路", "附件1", "附件2", "附件3",
                                         NULL });

  /* The opening counts 6 of 11 tasks done, both key tasks, 7 of 12 targets met. */
  g_assert_nonnull (strstr (text, "截至2019年12月31日，《某市教育局2019年工作要点》确定的11项"
                                  "任务已完成6项，占54.5%。2项重点任务全部完成。设定的12项"
                                  "量化指标中，7项达到或超过目标值，2项尚未填报完成值。"));

  /* One part per top section, renumbered under 一、. */
  g_assert_cmpint (find_block (document, WP_BLOCK_HEADING, "（一）加强党的建设"), >, 0);
  g_assert_cmpint (find_block (document, WP_BLOCK_HEADING, "（四）守牢校园安全底线"), >, 0);
  g_assert_cmpint (find_block (document, WP_BLOCK_HEADING, "1.学前教育"), >, 0);
  g_assert_cmpint (find_block (document, WP_BLOCK_HEADING, "（1）推进义务教育优质均衡发展"),
                   >, 0);

  /* The year-end text, else the notes with their dates; the signature at the end. */
  g_assert_nonnull (strstr (text, "1.深入开展“不忘初心、牢记使命”主题教育。局机关和89所"));
  g_assert_nonnull (strstr (text, "①消除大班额。4月30日，摸清全市大班额底数；8月31日，秋季学期"
                                  "新增班级42个。目前完成进度60%。56人以上大班额比例控制在0.5%"
                                  "以内，实际0.75%，完成率66.7%。"));
  g_assert_nonnull (strstr (text, "校园重大安全责任事故目标为零，实际发生0起。"));
  g_assert_nonnull (strstr (text, "通过省级督导评估：尚未完成。"));
  g_assert_nonnull (strstr (text, "建成“明厨亮灶”学校食堂目标50所，尚未填报完成值。"));
  g_assert_cmpint (find_block (document, WP_BLOCK_SIGNATURE, "某市教育局\n2019年12月31日"),
                   >, 0);
}

/* Every task under a top section reads with its number as in the plan; nested ones with
 * the summary's own numbers one level down. */
static void
test_summary_every_task (WpTestFixture *fixture,
                         gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(WpDocument) document = wp_summary_build (snapshot, "zh_CN", WP_SUMMARY_ALL);
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (snapshot);
  int problems = find_block (document, WP_BLOCK_HEADING, "二、存在的问题和不足");
  guint n_leads = 0;

  g_assert_cmpint (problems, >, 0);
  for (guint i = 0; i < tasks->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (tasks, i);

      if (task->depth == 1)
        {
          g_autofree char *lead = g_strconcat (task->number, task->title, "。", NULL);

          g_assert_cmpint (find_lead (document, lead, 0), >, 0);
          g_assert_cmpint (find_lead (document, lead, 0), <, problems);
          n_leads++;
        }
    }
  g_assert_cmpuint (n_leads, ==, 6);
  g_assert_cmpint (find_lead (document, "（1）新建、改扩建公办幼儿园。", 0), >, 0);
  g_assert_cmpint (find_lead (document, "①落实控辍保学责任。", 0), >, 0);

  /* The problems: each unfinished task with its place, progress, lead and reason. */
  g_assert_cmpint (find_lead (document, "2.（1）②迎接县域义务教育优质均衡发展督导评估。",
                              problems), >, problems);
  g_assert_cmpstr (block (document, find_lead (document, "2.公开招聘新教师。", problems))->text,
                   ==, "目前完成进度80%。原定于2019年9月1日前完成，已逾期。牵头科室：组织人事科。"
                       "原因：音乐、美术等学科报名人数不足，24个岗位未招满，转入2020年招聘计划。");
  g_assert_cmpstr (block (document, find_lead (document, "2.（1）①消除大班额。", problems))->text,
                   ==, "目前完成进度60%。原定于2019年8月31日前完成，已逾期。牵头科室：基础教育科。"
                       "未填写原因。");
}

static void
test_summary_indicator_sentences (WpTestFixture *fixture,
                                  gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(WpDocument) zh = wp_summary_build (snapshot, "zh_CN", WP_SUMMARY_ALL);
  g_autoptr(WpDocument) en = wp_summary_build (snapshot, "en", WP_SUMMARY_ALL);
  g_autoptr(GPtrArray) indicators = measured_indicators (snapshot);
  g_autofree char *zh_text = all_paragraphs (zh);
  g_autofree char *en_text = all_paragraphs (en);

  /* 建成幼儿园 12 → 13, 新增学位, 学前三年毛入园率 (a percentage), 教师培训. */
  g_assert_cmpuint (indicators->len, ==, 5);
  for (guint i = 0; i < indicators->len; i++)
    {
      g_autofree char *zh_sentence = expected_sentence (g_ptr_array_index (indicators, i), TRUE);
      g_autofree char *en_sentence = expected_sentence (g_ptr_array_index (indicators, i), FALSE);

      g_assert_nonnull (strstr (zh_text, zh_sentence));
      g_assert_nonnull (strstr (en_text, en_sentence));
    }
  g_assert_nonnull (strstr (zh_text, "建成幼儿园目标12所，完成13所，完成率108.3%。"));
  g_assert_nonnull (strstr (en_text, "学前三年毛入园率: target 90%, achieved 91.25% (101.4%)."));
}

static void
test_summary_results_table (WpTestFixture *fixture,
                            gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(WpDocument) document = wp_summary_build (snapshot, "zh_CN", WP_SUMMARY_ALL);
  const WpBlockTable *results = nth_table (document, 0);
  const WpBlockTable *departments = nth_table (document, 1);
  guint total = departments->rows->len - 1;

  g_assert_cmpstrv ((const char * const *) results->header,
                    ((const char *[]) { "序号", "指标", "目标值", "完成值", "完成率", "责任科室",
                                        "进展/未完成原因", NULL }));
  g_assert_cmpuint (results->rows->len, ==, count_indicators (snapshot));
  for (guint i = 0; i < results->rows->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (cell (results, i, 0), ==, number);
    }
  /* 建成幼儿园: met, and the task done, so the last column tells when. */
  g_assert_cmpstr (cell (results, 1, 1), ==, "建成幼儿园");
  g_assert_cmpstr (cell (results, 1, 2), ==, "12所");
  g_assert_cmpstr (cell (results, 1, 3), ==, "13所");
  g_assert_cmpstr (cell (results, 1, 4), ==, "108.3%");
  g_assert_cmpstr (cell (results, 1, 5), ==, "基础教育科");
  g_assert_cmpstr (cell (results, 1, 6), ==, "已于2019年12月20日完成。");
  /* 56人以上大班额比例 ≤ 0.5 %: missed, without a reason, so the latest note. */
  g_assert_cmpstr (cell (results, 4, 2), ==, "≤0.5%");
  g_assert_cmpstr (cell (results, 4, 4), ==, "66.7%");
  g_assert_cmpstr (cell (results, 4, 6), ==, "秋季学期新增班级42个。");
  /* The milestone not reported, with its reason. */
  g_assert_cmpstr (cell (results, 5, 3), ==, "—");
  g_assert_cmpstr (cell (results, 5, 4), ==, "—");
  g_assert_cmpstr (cell (results, 5, 6), ==, "省级督导评估推迟至2020年上半年进行，自评材料已上报。");

  g_assert_cmpstrv ((const char * const *) departments->header,
                    ((const char *[]) { "科室", "牵头任务", "已完成", "未完成", "逾期", "平均进度",
                                        NULL }));
  g_assert_cmpstr (cell (departments, 2, 0), ==, "基础教育科");
  g_assert_cmpstr (cell (departments, 2, 1), ==, "4");
  g_assert_cmpstr (cell (departments, 2, 2), ==, "3");
  g_assert_cmpstr (cell (departments, 2, 4), ==, "1");
  g_assert_cmpstr (cell (departments, total, 0), ==, "合计");
  g_assert_cmpstr (cell (departments, total, 1), ==, "11");
  g_assert_cmpstr (cell (departments, total, 2), ==, "6");
  g_assert_cmpstr (cell (departments, total, 3), ==, "5");
  g_assert_cmpstr (cell (departments, total, 4), ==, "3");
}

static void
test_summary_parts (WpTestFixture *fixture,
                    gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(WpDocument) document =
    wp_summary_build (snapshot, "zh_CN",
                      WP_SUMMARY_PROBLEMS | WP_SUMMARY_NEXT_YEAR | WP_SUMMARY_DEPARTMENTS);
  g_autoptr(GPtrArray) parts = texts_of (document, WP_BLOCK_HEADING, 1);
  g_autoptr(GPtrArray) charts = texts_of (document, WP_BLOCK_CHART, 0);

  /* Numbered in the order kept; the annexes too. */
  assert_strv (parts, (const char *[]) { "一、存在的问题和不足", "二、2020年工作思路", "附件1",
                                         NULL });
  g_assert_cmpint (find_lead (document, "1.深入开展“不忘初心、牢记使命”主题教育。", 0), ==, -1);
  g_assert_cmpint (find_block (document, WP_BLOCK_TITLE, "2019年科室工作完成情况表"), >, 0);
  g_assert_cmpint (find_block (document, WP_BLOCK_TITLE, "2019年工作目标完成情况表"), ==, -1);
  g_assert_cmpuint (charts->len, ==, 0);
  g_assert_cmpstrv ((const char * const *) nth_table (document, 0)->header,
                    ((const char *[]) { "科室", "牵头任务", "已完成", "未完成", "逾期", "平均进度",
                                        NULL }));
}

static gboolean
has_cjk (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef))
        return TRUE;
    }
  return FALSE;
}

static void
test_summary_english (WpTestFixture *fixture,
                      gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(WpDocument) document = wp_summary_build (snapshot, "en", WP_SUMMARY_ALL);
  g_autoptr(GPtrArray) parts = texts_of (document, WP_BLOCK_HEADING, 1);
  g_autoptr(GPtrArray) titles = texts_of (document, WP_BLOCK_TITLE, 0);
  g_autoptr(GPtrArray) charts = texts_of (document, WP_BLOCK_CHART, 0);
  g_autofree char *text = all_paragraphs (document);

  assert_strv (parts, (const char *[]) { "I. Main work and results",
                                         "II. Problems and shortcomings",
                                         "III. Work plan for 2020", "Annex 1", "Annex 2",
                                         "Annex 3", NULL });
  g_assert_cmpstr (g_ptr_array_index (titles, 0), ==, "某市教育局 — Work Summary 2019");
  /* Our own words: the annex titles, the table headers, the captions, the signature
   * date. The plan's own text stays as it was written. */
  for (guint i = 1; i < titles->len; i++)
    g_assert_false (has_cjk (g_ptr_array_index (titles, i)));
  for (guint i = 0; i < charts->len; i++)
    g_assert_false (has_cjk (g_ptr_array_index (charts, i)));
  for (guint t = 0; t < 2; t++)
    {
      const WpBlockTable *table = nth_table (document, t);

      for (guint i = 0; i < table->n_columns; i++)
        g_assert_false (has_cjk (table->header[i]));
    }
  g_assert_cmpuint (charts->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (charts, 0), ==, "Figure 1. Progress by section");
  g_assert_cmpint (find_block (document, WP_BLOCK_HEADING, "A. 加强党的建设"), >, 0);
  g_assert_cmpint (find_block (document, WP_BLOCK_SIGNATURE, "某市教育局\n31 December 2019"),
                   >, 0);
  g_assert_nonnull (strstr (text, "As of 31 December 2019, 6 of the 11 tasks of the plan "
                                  "“某市教育局2019年工作要点” had been completed (54.5%)."));
  g_assert_nonnull (strstr (text, "Progress so far: 60%. It was due on 31 August 2019. "
                                  "Lead department: 基础教育科. No reason given."));
}

static void
cancel_task (WpStore    *store,
             gint64      plan_id,
             const char *title)
{
  g_autoptr(WpPlanSnapshot) snapshot = snapshot_at (store, plan_id, "2019-12-31");
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (snapshot);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < tasks->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (tasks, i);
      g_autoptr(WpNode) node = NULL;

      if (!g_str_equal (task->title, title))
        continue;
      node = wp_store_get_node (store, task->id);
      wp_node_set_status (node, WP_STATUS_CANCELLED);
      g_assert_true (wp_store_update_node (store, node, &error));
      g_assert_no_error (error);
      return;
    }
  g_assert_not_reached ();
}

/* A cancelled task is left out and the numbers close up behind it. */
static void
test_summary_cancelled (WpTestFixture *fixture,
                        gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autofree char *text = NULL;

  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  cancel_task (fixture->store, fixture->plan_id, "深入开展“不忘初心、牢记使命”主题教育");
  snapshot = snapshot_at (fixture->store, fixture->plan_id, "2019-12-31");
  document = wp_summary_build (snapshot, "zh_CN", WP_SUMMARY_ALL);
  text = all_paragraphs (document);

  g_assert_null (strstr (text, "深入开展“不忘初心、牢记使命”主题教育"));
  g_assert_cmpint (find_lead (document, "1.落实全面从严治党主体责任。", 0), >, 0);
  g_assert_nonnull (strstr (text, "确定的10项任务已完成5项，占50.0%。"));
  g_assert_cmpuint (nth_table (document, 0)->rows->len, ==, 12);
}

/* A sub-task still open under a cancelled task went with its parent: it is neither
 * numbered nor listed among the problems, and the summary builds. */
static void
test_summary_cancelled_parent (WpTestFixture *fixture,
                               gconstpointer  data)
{
  const char *parent = "深入开展“不忘初心、牢记使命”主题教育";
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  gint64 parent_id;

  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  sql = g_strdup_printf ("SELECT id FROM nodes WHERE title = '%s'", parent);
  parent_id = wp_test_query_int (fixture->path, sql);
  g_assert_cmpint (parent_id, >, 0);
  wp_test_add_node (fixture->store, fixture->plan_id, parent_id, WP_NODE_TASK,
                    "随父任务取消的子任务", -1);
  cancel_task (fixture->store, fixture->plan_id, parent);

  snapshot = snapshot_at (fixture->store, fixture->plan_id, "2019-12-31");
  document = wp_summary_build (snapshot, "zh_CN", WP_SUMMARY_ALL);
  text = all_paragraphs (document);
  g_assert_null (strstr (text, parent));
  g_assert_null (strstr (text, "随父任务取消的子任务"));
  g_assert_cmpint (find_lead (document, "1.落实全面从严治党主体责任。", 0), >, 0);
}

static gint64
add_done_task (WpStore    *store,
               gint64      plan_id,
               const char *title,
               const char *completed)
{
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);

  wp_node_set_title (node, title);
  wp_node_set_status (node, WP_STATUS_DONE);
  wp_node_set_progress (node, 100);
  wp_node_set_completed (node, completed);
  return wp_test_insert_node (store, plan_id, 0, node, -1);
}

/* A plan without sections, organisation or notes whose every task is done. */
static void
test_summary_all_done (WpTestFixture *fixture,
                       gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *text = NULL;

  fixture->plan_id = wp_test_create_plan (fixture->store, 2019, "2019年工作要点",
                                          WP_NUMBERING_ZH);
  add_done_task (fixture->store, fixture->plan_id, "修订学校章程", "2019-05-20");
  add_done_task (fixture->store, fixture->plan_id, "召开教育工作会议", NULL);
  snapshot = snapshot_at (fixture->store, fixture->plan_id, "2019-12-31");
  document = wp_summary_build (snapshot, "zh_CN", WP_SUMMARY_ALL);
  parts = texts_of (document, WP_BLOCK_HEADING, 1);
  text = all_paragraphs (document);

  g_assert_cmpstr (block (document, 0)->text, ==, "2019年工作总结");
  /* No targets, so no results table: the department table is the first annex. */
  assert_strv (parts, (const char *[]) { "一、主要工作及成效", "二、存在的问题和不足",
                                         "三、2020年工作思路", "附件1", "附件2", NULL });
  g_assert_cmpint (find_lead (document, "1.修订学校章程。", 0), >, 0);
  g_assert_nonnull (strstr (text, "1.修订学校章程。已于2019年5月20日完成。\n"
                                  "2.召开教育工作会议。已完成。\n"));
  g_assert_nonnull (strstr (text, "年度计划确定的各项任务均已完成。\n"
                                  "2019年各项任务均已完成，2020年工作将在新的年度工作计划中"
                                  "部署。\n"));
  g_assert_cmpuint (nth_table (document, 0)->rows->len, ==, 2);
  g_assert_cmpstr (cell (nth_table (document, 0), 0, 0), ==, "未明确牵头科室");
  g_assert_cmpstr (cell (nth_table (document, 0), 1, 5), ==, "100%");
  g_assert_cmpint (find_block (document, WP_BLOCK_SIGNATURE, "2019年12月31日"), >, 0);
}

static void
test_plan_document (WpTestFixture *fixture,
                    gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(WpDocument) zh = wp_plan_document_build (snapshot, "zh_CN");
  g_autoptr(WpDocument) en = wp_plan_document_build (snapshot, "en");
  g_autofree char *zh_text = all_paragraphs (zh);
  g_autofree char *en_text = all_paragraphs (en);
  int task;

  g_assert_cmpstr (block (zh, 0)->text, ==, "某市教育局2019年工作要点");
  g_assert_cmpint (block (zh, 1)->kind, ==, WP_BLOCK_SUBTITLE);
  g_assert_cmpstr (block (zh, 1)->text, ==, "（某市教育局　2019年）");
  g_assert_cmpstr (wp_document_get_title (zh), ==, "某市教育局2019年工作要点");
  g_assert_true (g_str_has_prefix (block (zh, 2)->text, "2019年是新中国成立70周年"));
  g_assert_cmpint (block (zh, 2)->kind, ==, WP_BLOCK_PARAGRAPH);
  g_assert_true (g_str_has_prefix (block (zh, 3)->text, "全年重点抓好党的建设"));

  g_assert_cmpuint (block (zh, find_block (zh, WP_BLOCK_HEADING, "一、加强党的建设"))->level,
                    ==, 1);
  g_assert_cmpuint (block (zh, find_block (zh, WP_BLOCK_HEADING, "（一）学前教育"))->level, ==, 2);
  g_assert_cmpuint (block (zh, find_block (zh, WP_BLOCK_HEADING,
                                           "1.推进义务教育优质均衡发展"))->level, ==, 3);
  task = find_lead (zh, "1.新建、改扩建公办幼儿园。", 0);
  g_assert_cmpint (task, >, 0);
  g_assert_cmpuint (block (zh, task)->level, ==, 3);
  g_assert_cmpstr (block (zh, task)->text, ==,
                   "实施第三期学前教育行动计划，新建、改扩建公办幼儿园12所，新增学位3600个。"
                   "目标：建成幼儿园不少于12所；新增学位不少于3600个。"
                   "（牵头科室：基础教育科；配合科室：发展规划科、计划财务科）");
  g_assert_cmpuint (block (zh, find_lead (zh, "（1）消除大班额。", 0))->level, ==, 4);
  g_assert_nonnull (strstr (zh_text, "目标：56人以上大班额比例控制在0.5%以内。（牵头科室：基础教育科）"));
  g_assert_nonnull (strstr (zh_text, "目标：校园重大安全责任事故为零；安全隐患排查2次。"));

  g_assert_cmpstr (block (en, 1)->text, ==, "(某市教育局, 2019)");
  g_assert_nonnull (strstr (en_text, "(Lead: 基础教育科; support: 发展规划科, 计划财务科)"));
  g_assert_nonnull (strstr (en_text, "Targets: 建成幼儿园 at least 12; 新增学位 at least 3600."));
}

/* @snapshot's summary or plan as `workplan export --format pdf` writes it, read back by
 * poppler. */
static PopplerDocument *
export_pdf (WpPlanSnapshot *snapshot,
            WpExportKind    kind,
            const char     *language)
{
  WpExportOptions options = { kind, WP_EXPORT_FORMAT_PDF, language, 0 };
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf;

  g_assert_true (wp_report_export (snapshot, &options, stream, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  return pdf;
}

/* @text without white space, so that a phrase wrapped across lines or pages is found. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Every page's text without its page number, squeezed, one after the other: a phrase
 * that runs on to the next page reads whole. */
static char *
pdf_text (PopplerDocument *pdf)
{
  g_autoptr(GRegex) folio = g_regex_new ("^\\s*(— \\d+ —|\\d+)\\s*$", G_REGEX_MULTILINE, 0,
                                         NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);
      g_autofree char *body = g_regex_replace_literal (folio, page_text, -1, 0, "", 0, NULL);

      g_string_append (text, body);
    }
  return squeeze (text->str);
}

static void
assert_all_fonts_embedded (PopplerDocument *pdf)
{
  g_autoptr(PopplerFontInfo) info = poppler_font_info_new (pdf);
  PopplerFontsIter *iter = NULL;

  g_assert_true (poppler_font_info_scan (info, poppler_document_get_n_pages (pdf), &iter));
  g_assert_nonnull (iter);
  do
    g_assert_true (poppler_fonts_iter_is_embedded (iter));
  while (poppler_fonts_iter_next (iter));
  poppler_fonts_iter_free (iter);
}

/* Each of @phrases occurs in @text, in that order. */
static void
assert_in_order (const char         *text,
                 const char * const *phrases)
{
  const char *from = text;

  for (guint i = 0; phrases[i] != NULL; i++)
    {
      g_autofree char *phrase = squeeze (phrases[i]);
      const char *found = strstr (from, phrase);

      if (found == NULL)
        g_error ("“%s” is missing from the PDF, or out of order", phrases[i]);
      from = found + strlen (phrase);
    }
}

static void
assert_pdf_holds_summary (WpTestFixture *fixture,
                          const char    *language,
                          const char    *title,
                          const char    *sentence)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(WpDocument) document = wp_summary_build (snapshot, language, WP_SUMMARY_ALL);
  g_autoptr(GPtrArray) headings = texts_of (document, WP_BLOCK_HEADING, 0);
  g_autoptr(PopplerDocument) pdf = export_pdf (snapshot, WP_EXPORT_KIND_SUMMARY, language);
  g_autofree char *text = pdf_text (pdf);
  g_autofree char *pdf_title = poppler_document_get_title (pdf);
  g_autofree char *author = poppler_document_get_author (pdf);

  g_assert_cmpstr (pdf_title, ==, wp_document_get_title (document));
  g_assert_cmpstr (author, ==, "某市教育局");
  g_assert_true (g_str_has_prefix (text, title));
  g_ptr_array_add (headings, NULL);
  assert_in_order (text, (const char * const *) headings->pdata);
  for (guint i = 0; i < wp_document_get_n_blocks (document); i++)
    {
      const WpBlock *b = block (document, i);
      g_autofree char *lead = b->lead != NULL ? squeeze (b->lead) : NULL;

      if (lead != NULL)
        g_assert_nonnull (strstr (text, lead));
    }
  g_assert_nonnull (strstr (text, sentence));
  assert_all_fonts_embedded (pdf);
}

static void
test_summary_pdf_zh (WpTestFixture *fixture,
                     gconstpointer  data)
{
  assert_pdf_holds_summary (fixture, "zh_CN", "某市教育局2019年工作总结",
                            "建成幼儿园目标12所，完成13所，完成率108.3%。");
}

static void
test_summary_pdf_en (WpTestFixture *fixture,
                     gconstpointer  data)
{
  assert_pdf_holds_summary (fixture, "en", "某市教育局—WorkSummary2019",
                            "建成幼儿园:target12,achieved13(108.3%).");
}

static void
test_plan_pdf (WpTestFixture *fixture,
               gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = fixture_snapshot (fixture);
  g_autoptr(PopplerDocument) pdf = export_pdf (snapshot, WP_EXPORT_KIND_PLAN, "zh_CN");
  g_autofree char *text = pdf_text (pdf);

  assert_in_order (text, (const char *[]) {
                     "某市教育局2019年工作要点", "（某市教育局　2019年）", "一、加强党的建设",
                     "1.深入开展“不忘初心、牢记使命”主题教育。",
                     "（牵头科室：组织人事科；配合科室：办公室）", "（一）学前教育",
                     "目标：建成幼儿园不少于12所；新增学位不少于3600个。", "四、守牢校园安全底线",
                     "2.推进“明厨亮灶”工程。", NULL });
  assert_all_fonts_embedded (pdf);
}

/* A plan of 10 sections of 30 tasks, each with a department, a target and a note. */
static gint64
make_large_plan (WpStore *store)
{
  gint64 plan_id = wp_test_create_plan (store, 2019, "2019年工作要点", WP_NUMBERING_ZH);
  gint64 department = wp_store_ensure_department (store, "基础教育科", NULL);

  for (guint s = 0; s < 10; s++)
    {
      g_autofree char *section_title = g_strdup_printf ("第%u方面工作", s + 1);
      gint64 section = wp_test_add_node (store, plan_id, 0, WP_NODE_SECTION, section_title, -1);

      for (guint t = 0; t < 30; t++)
        {
          g_autofree char *title = g_strdup_printf ("任务%u-%u", s + 1, t + 1);
          gint64 task = wp_test_add_node (store, plan_id, section, WP_NODE_TASK, title, -1);
          g_autoptr(WpIndicator) indicator = wp_indicator_new ();

          g_assert_true (wp_store_assign_department (store, task, department, WP_ROLE_LEAD,
                                                     NULL));
          wp_indicator_set_node_id (indicator, task);
          wp_indicator_set_name (indicator, "建成学校");
          wp_indicator_set_unit (indicator, "所");
          wp_indicator_set_target (indicator, 10);
          wp_indicator_set_actual (indicator, t % 12);
          g_assert_cmpint (wp_store_add_indicator (store, indicator, NULL), >, 0);
          wp_test_add_progress (store, task, "2019-06-30", 50, department);
        }
    }
  return plan_id;
}

static void
test_summary_pdf_large (WpTestFixture *fixture,
                        gconstpointer  data)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;

  fixture->plan_id = make_large_plan (fixture->store);
  snapshot = snapshot_at (fixture->store, fixture->plan_id, "2019-12-31");
  document = wp_summary_build (snapshot, "zh_CN", WP_SUMMARY_ALL);
  g_assert_cmpuint (nth_table (document, 0)->rows->len, ==, 300);
  pdf = export_pdf (snapshot, WP_EXPORT_KIND_SUMMARY, "zh_CN");
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >, 30);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "确定的300项任务已完成0项"));
  g_assert_nonnull (strstr (text, "（十）第10方面工作"));
  g_assert_nonnull (strstr (text, "30.任务10-30。"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/summary/phrases", test_phrases);
  wp_test_add ("/summary/zh/blocks", wp_test_fixture_set_up_store, test_summary_zh_blocks);
  wp_test_add ("/summary/zh/every-task", wp_test_fixture_set_up_store, test_summary_every_task);
  wp_test_add ("/summary/indicator-sentences", wp_test_fixture_set_up_store,
               test_summary_indicator_sentences);
  wp_test_add ("/summary/zh/tables", wp_test_fixture_set_up_store, test_summary_results_table);
  wp_test_add ("/summary/zh/parts", wp_test_fixture_set_up_store, test_summary_parts);
  wp_test_add ("/summary/en/words", wp_test_fixture_set_up_store, test_summary_english);
  wp_test_add ("/summary/cancelled", wp_test_fixture_set_up_store, test_summary_cancelled);
  wp_test_add ("/summary/cancelled-parent", wp_test_fixture_set_up_store,
               test_summary_cancelled_parent);
  wp_test_add ("/summary/all-done", wp_test_fixture_set_up_store, test_summary_all_done);
  wp_test_add ("/summary/plan-document", wp_test_fixture_set_up_store, test_plan_document);
  wp_test_add ("/summary/pdf/zh", wp_test_fixture_set_up_store, test_summary_pdf_zh);
  wp_test_add ("/summary/pdf/en", wp_test_fixture_set_up_store, test_summary_pdf_en);
  wp_test_add ("/summary/pdf/plan", wp_test_fixture_set_up_store, test_plan_pdf);
  wp_test_add ("/summary/pdf/300-tasks", wp_test_fixture_set_up_store, test_summary_pdf_large);
  return g_test_run ();
}
