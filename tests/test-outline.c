/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include "wp-draft.h"
#include "wp-indicator.h"
#include "wp-node.h"
#include "wp-outline.h"
#include "wp-plan.h"
#include "wp-test-util.h"

/* The outline parser turns text into the tree a person would type. These tests read
 * the seed documents our users write (copies in tests/fixtures) and small texts that
 * show one rule each, and check the tree: sections, tasks, departments, targets. */

static char *
read_seed (const char *name)
{
  g_autofree char *path = wp_test_fixture_path (name);

  return wp_test_read_file (path, NULL);
}

static WpDraftPlan *
build_text (const char  *text,
            WpOutline  **outline_out)
{
  g_autoptr(WpOutline) outline = wp_outline_parse (text);
  WpDraftPlan *draft = wp_outline_build (outline);

  if (outline_out != NULL)
    *outline_out = g_steal_pointer (&outline);
  return draft;
}

static WpDraftPlan *
build_seed (const char  *name,
            WpOutline  **outline_out)
{
  g_autofree char *text = read_seed (name);

  return build_text (text, outline_out);
}

/* Follows 1-based positions down the tree: (2, 1) is task 二.1. */
static WpDraftNode *
node_at (WpDraftPlan *draft,
         guint        n_steps,
         ...)
{
  GPtrArray *nodes = draft->nodes;
  WpDraftNode *node = NULL;
  va_list steps;

  va_start (steps, n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      guint position = va_arg (steps, guint);

      g_assert_cmpuint (position, <=, nodes->len);
      node = g_ptr_array_index (nodes, position - 1);
      nodes = node->children;
    }
  va_end (steps);

  return node;
}

static WpDraftNode *
child (GPtrArray *nodes,
       guint      index)
{
  return g_ptr_array_index (nodes, index);
}

static const char *
title_of (WpDraftNode *node)
{
  return wp_node_get_title (node->node);
}

static gboolean
is_section (WpDraftNode *node)
{
  return wp_node_get_kind (node->node) == WP_NODE_SECTION;
}

static void
assert_child_counts (GPtrArray   *nodes,
                     const guint *expected,
                     guint        n_expected)
{
  g_assert_cmpuint (nodes->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpuint (child (nodes, i)->children->len, ==, expected[i]);
}

static gboolean
node_mentions (GPtrArray  *nodes,
               const char *needle)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpDraftNode *node = child (nodes, i);
      const char *body = wp_node_get_body (node->node);

      if (strstr (title_of (node), needle) != NULL
          || (body != NULL && strstr (body, needle) != NULL)
          || node_mentions (node->children, needle))
        return TRUE;
    }

  return FALSE;
}

/* Whether @needle is anywhere in the plan a person would see after importing. */
static gboolean
plan_mentions (WpDraftPlan *draft,
               const char  *needle)
{
  const char *preamble = wp_plan_get_preamble (draft->plan);

  return (preamble != NULL && strstr (preamble, needle) != NULL)
         || node_mentions (draft->nodes, needle);
}

static WpIndicator *
find_indicator (WpDraftNode *node,
                const char  *name_prefix)
{
  for (guint i = 0; i < node->indicators->len; i++)
    {
      WpIndicator *indicator = g_ptr_array_index (node->indicators, i);

      if (g_str_has_prefix (wp_indicator_get_name (indicator), name_prefix))
        return indicator;
    }

  return NULL;
}

static void
assert_indicator (WpDraftNode  *node,
                  const char   *name_prefix,
                  double        target,
                  const char   *unit,
                  WpComparator  comparator)
{
  WpIndicator *indicator = find_indicator (node, name_prefix);

  if (indicator == NULL)
    g_error ("no indicator named %s… in “%s”", name_prefix, title_of (node));
  g_assert_cmpfloat_with_epsilon (wp_indicator_get_target (indicator), target, 1e-9);
  g_assert_cmpstr (wp_indicator_get_unit (indicator), ==, unit);
  g_assert_cmpint (wp_indicator_get_comparator (indicator), ==, comparator);
}

static void
collect_indicators (GPtrArray *nodes,
                    GPtrArray *all)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpDraftNode *node = child (nodes, i);

      for (guint j = 0; j < node->indicators->len; j++)
        g_ptr_array_add (all, g_ptr_array_index (node->indicators, j));
      collect_indicators (node->children, all);
    }
}

static guint
count_indicators (WpDraftPlan *draft)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  collect_indicators (draft->nodes, all);
  return all->len;
}

static void
assert_assignment (WpDraftNode *node,
                   guint        index,
                   const char  *name,
                   WpRole       role)
{
  WpDraftAssignment *assignment;

  g_assert_cmpuint (index, <, node->assignments->len);
  assignment = g_ptr_array_index (node->assignments, index);
  g_assert_cmpstr (assignment->name, ==, name);
  g_assert_cmpint (assignment->role, ==, role);
}

static void
collect_departments (GPtrArray  *nodes,
                     GHashTable *names,
                     guint      *tasks_without)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpDraftNode *node = child (nodes, i);

      if (!is_section (node) && node->assignments->len == 0)
        (*tasks_without)++;
      for (guint j = 0; j < node->assignments->len; j++)
        {
          WpDraftAssignment *assignment = g_ptr_array_index (node->assignments, j);

          g_hash_table_add (names, g_strdup (assignment->name));
        }
      collect_departments (node->children, names, tasks_without);
    }
}

/* The levels and kinds of every line, as "0S 1T 1T 2B …", to compare with a reading
 * of the text. */
static char *
describe_lines (WpOutline *outline)
{
  static const char kinds[] = "STBPHD";
  GString *described = g_string_new (NULL);

  for (guint i = 0; i < wp_outline_get_n_lines (outline); i++)
    g_string_append_printf (described, "%s%u%c", i > 0 ? " " : "",
                            wp_outline_get_line_level (outline, i),
                            kinds[wp_outline_get_line_kind (outline, i)]);

  return g_string_free (described, FALSE);
}

static void
assert_lines (const char *text,
              const char *expected)
{
  g_autoptr(WpOutline) outline = wp_outline_parse (text);
  g_autofree char *described = describe_lines (outline);

  g_assert_cmpstr (described, ==, expected);
}

/* 003: a Chinese plan copied from the web, sections 一、 with tasks 1., every task
 * ending with its departments. */
static void
test_seed_003_tree (void)
{
  static const guint tasks[] = { 5, 6, 5, 6, 4, 3, 5 };
  g_autoptr(WpOutline) outline = NULL;
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-003.txt", &outline);
  WpDraftCounts counts = { 0 };

  g_assert_cmpuint (wp_plan_get_year (draft->plan), ==, 2019);
  g_assert_cmpstr (wp_plan_get_title (draft->plan), ==, "教育局2019年工作计划");
  g_assert_cmpstr (wp_plan_get_organization (draft->plan), ==, "教育局");
  g_assert_cmpint (wp_plan_get_numbering (draft->plan), ==, WP_NUMBERING_ZH);

  assert_child_counts (draft->nodes, tasks, G_N_ELEMENTS (tasks));
  wp_draft_plan_count (draft, &counts);
  g_assert_cmpuint (counts.sections, ==, 7);
  g_assert_cmpuint (counts.tasks, ==, 34);
  g_assert_cmpuint (counts.departments, ==, 22);

  g_assert_cmpstr (title_of (node_at (draft, 1, 1)), ==, "加强党对教育工作的全面领导");
  g_assert_cmpstr (title_of (node_at (draft, 2, 1, 1)), ==,
                   "深入贯彻党的十九大精神和全国、全区教育大会精神");
  g_assert_true (g_str_has_prefix (wp_node_get_body (node_at (draft, 2, 1, 1)->node),
                                   "加强理论武装"));
}

static void
test_seed_003_preamble (void)
{
  g_autofree char *text = read_seed ("seed-003.txt");
  g_auto(GStrv) lines = g_strsplit (text, "\n", 3);
  g_autofree char *expected = g_strconcat (lines[0], "\n", lines[1], NULL);
  g_autoptr(WpDraftPlan) draft = build_text (text, NULL);

  g_assert_cmpstr (wp_plan_get_preamble (draft->plan), ==, expected);
}

static void
test_seed_003_departments (void)
{
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-003.txt", NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint tasks_without = 0;
  WpDraftNode *task;

  collect_departments (draft->nodes, names, &tasks_without);
  g_assert_cmpuint (tasks_without, ==, 0);
  g_assert_cmpuint (g_hash_table_size (names), ==, 22);

  /* 二.1 (责任科室：基教科、职成科、人事科、党办、教科所): the first named leads. */
  task = node_at (draft, 2, 2, 1);
  g_assert_cmpuint (task->assignments->len, ==, 5);
  assert_assignment (task, 0, "基教科", WP_ROLE_LEAD);
  assert_assignment (task, 1, "职成科", WP_ROLE_SUPPORT);
  assert_assignment (task, 2, "人事科", WP_ROLE_SUPPORT);
  assert_assignment (task, 3, "党办", WP_ROLE_SUPPORT);
  assert_assignment (task, 4, "教科所", WP_ROLE_SUPPORT);

  /* (责任单位:职成科、职教中心) is the other label the plan uses. */
  task = node_at (draft, 2, 3, 4);
  assert_assignment (task, 0, "职成科", WP_ROLE_LEAD);
  assert_assignment (task, 1, "职教中心", WP_ROLE_SUPPORT);

  /* The notes are gone from the text. */
  g_assert_false (plan_mentions (draft, "责任科室"));
  g_assert_false (plan_mentions (draft, "责任单位"));
}

static void
test_seed_003_indicators (void)
{
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-003.txt", NULL);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  assert_indicator (node_at (draft, 2, 3, 1), "建成幼儿园", 12, "所", WP_COMPARATOR_AT_LEAST);
  assert_indicator (node_at (draft, 2, 3, 2), "建成公办义务教育学校", 10, "所",
                    WP_COMPARATOR_AT_LEAST);
  assert_indicator (node_at (draft, 2, 3, 3), "新建普通高中", 1, "所", WP_COMPARATOR_AT_LEAST);
  assert_indicator (node_at (draft, 2, 3, 3), "改扩建", 8, "所", WP_COMPARATOR_AT_LEAST);
  /* 年内培训贫困地区农村教师不低于1000人次 */
  assert_indicator (node_at (draft, 2, 6, 2), "培训", 1000, "人次", WP_COMPARATOR_AT_LEAST);

  /* Nothing else in the plan is a target: not 2019年, 70周年, 第35个教师节, 5·25,
   * 《xx市教育现代化2035》 or 201*—2020年. */
  collect_indicators (draft->nodes, all);
  g_assert_cmpuint (all->len, ==, 5);
}

static void
test_seed_003_footer (void)
{
  static const char *debris[] = {
    "来源", "免责声明", "《教育局2019年工作计划》", "互联网用户", "http", "bsmz", "上一篇",
    "下一篇",
  };
  g_autoptr(WpOutline) outline = NULL;
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-003.txt", &outline);
  guint n = wp_outline_get_n_lines (outline);

  for (guint i = 0; i < G_N_ELEMENTS (debris); i++)
    g_assert_false (plan_mentions (draft, debris[i]));
  /* The preview shows the six footer lines as dropped. */
  for (guint i = n - 6; i < n; i++)
    g_assert_cmpint (wp_outline_get_line_kind (outline, i), ==, WP_OUTLINE_LINE_DROPPED);
}

/* 000: an English translation whose top level changes style as it goes: 1., Second,
 * Third, Fourth, V., 6., 7. — and "6." must not be read as item 6 of part V. */
static void
test_seed_000_tree (void)
{
  static const char *parts[] = {
    "The guiding ideology", "Continue to study", "Strengthen school safety work",
    "Take development as the theme", "Comprehensively implement the education policy",
    "Promote education innovation", "Strengthening the education system",
  };
  static const char *numbers[] = { "1.", "Second,", "Third,", "Fourth,", "V.", "6.", "7." };
  static const guint items[] = { 0, 4, 4, 9, 5, 2, 4 };
  g_autoptr(WpOutline) outline = NULL;
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-000.txt", &outline);
  guint part = 0;

  assert_child_counts (draft->nodes, items, G_N_ELEMENTS (items));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_assert_true (g_str_has_prefix (title_of (child (draft->nodes, i)), parts[i]));

  for (guint i = 0; i < wp_outline_get_n_lines (outline); i++)
    if (wp_outline_get_line_level (outline, i) == 0
        && (wp_outline_get_line_kind (outline, i) == WP_OUTLINE_LINE_SECTION
            || wp_outline_get_line_kind (outline, i) == WP_OUTLINE_LINE_TASK))
      g_assert_cmpstr (wp_outline_get_line_number (outline, i), ==, numbers[part++]);
  g_assert_cmpuint (part, ==, G_N_ELEMENTS (numbers));

  g_assert_cmpuint (wp_plan_get_year (draft->plan), ==, 2019);
  g_assert_cmpstr (wp_plan_get_title (draft->plan), ==, "Work plan for 2019");
  g_assert_cmpstr (wp_plan_get_organization (draft->plan), ==,
                   "Cultural and Cultural Affairs Bureau");
  g_assert_cmpint (wp_plan_get_numbering (draft->plan), ==, WP_NUMBERING_EN);
}

static void
test_seed_000_debris (void)
{
  g_autoptr(WpOutline) outline = NULL;
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-000.txt", &outline);
  guint n = wp_outline_get_n_lines (outline);

  g_assert_false (plan_mentions (draft, "Office unit work plan"));
  g_assert_false (plan_mentions (draft, "recommended article"));
  g_assert_false (plan_mentions (draft, "popular articles"));
  g_assert_cmpint (wp_outline_get_line_kind (outline, 0), ==, WP_OUTLINE_LINE_DROPPED);
  g_assert_cmpint (wp_outline_get_line_kind (outline, 1), ==, WP_OUTLINE_LINE_HEADING);
  g_assert_cmpint (wp_outline_get_line_kind (outline, n - 1), ==, WP_OUTLINE_LINE_DROPPED);
  g_assert_cmpint (wp_outline_get_line_kind (outline, n - 2), ==, WP_OUTLINE_LINE_DROPPED);
}

/* 001: five plans pasted one after another. Read by hand, its tree is five sections
 * with (1)–(6); 1., 3., Fourth, 5., Sixth, 7., 8. (item 2 lost its number in the
 * source: the paragraph "Further strengthen the supervision…" stays body text of 1.,
 * a line to fix by hand); 1. and 2. with 1.–12.; 1., 2. with (1)–(6) less (3), 3. with
 * (1) ①② (2) (3) (4); 1., 2. with (1) (2) (3) and 1.–5. under (3). "First, …" opening
 * a paragraph is text, not a list. */
static void
test_seed_001_tree (void)
{
  static const guint parts[] = { 6, 7, 2, 3, 2 };
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-001.txt", NULL);
  WpDraftCounts counts = { 0 };

  assert_child_counts (draft->nodes, parts, G_N_ELEMENTS (parts));
  g_assert_cmpuint (node_at (draft, 2, 3, 2)->children->len, ==, 12);
  g_assert_cmpuint (node_at (draft, 2, 4, 2)->children->len, ==, 5);
  g_assert_cmpuint (node_at (draft, 3, 4, 3, 1)->children->len, ==, 2);
  g_assert_cmpuint (node_at (draft, 3, 5, 2, 3)->children->len, ==, 5);
  g_assert_cmpstr (title_of (node_at (draft, 2, 2, 3)), ==,
                   "Strengthen training and continuously improve the quality of teachers");
  g_assert_true (g_str_has_prefix (wp_node_get_body (node_at (draft, 2, 1, 5)->node),
                                   "First, strengthen traffic safety education"));

  wp_draft_plan_count (draft, &counts);
  g_assert_cmpuint (counts.sections, ==, 11);
  g_assert_cmpuint (counts.tasks, ==, 45);
  g_assert_cmpuint (wp_plan_get_year (draft->plan), ==, 2022);
  g_assert_cmpstr (wp_plan_get_organization (draft->plan), ==, "Education Bureau");
  g_assert_false (plan_mentions (draft, "Current location"));
}

/* 002: a summary whose items run on inside three long paragraphs ("I. Party building
 * 1. Activities… 2. …"). Read by hand: three parts with 3, 5 and 8 items. */
static void
test_seed_002_tree (void)
{
  static const guint parts[] = { 3, 5, 8 };
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-002.txt", NULL);

  assert_child_counts (draft->nodes, parts, G_N_ELEMENTS (parts));
  g_assert_cmpstr (title_of (node_at (draft, 1, 1)), ==,
                   "Practically strengthened party building and ideological and political work");
  g_assert_cmpstr (title_of (node_at (draft, 2, 1, 1)), ==,
                   "In-depth educational activities to maintain the advanced nature of party "
                   "members");
  g_assert_cmpstr (title_of (node_at (draft, 2, 3, 8)), ==,
                   "Try to deal with personnel conflicts");
  g_assert_true (g_str_has_prefix (wp_plan_get_preamble (draft->plan), "In the year of"));
  g_assert_cmpuint (wp_plan_get_year (draft->plan), ==, 2019);
  g_assert_cmpstr (wp_plan_get_title (draft->plan), ==,
                   "Summary of the work of the Education Bureau in 2019");
  g_assert_cmpstr (wp_plan_get_organization (draft->plan), ==, "Education Bureau");
  g_assert_false (plan_mentions (draft, "recommended article"));
}

/* 004: nineteen plans of a web compilation, "教育局工会工作计划篇一" to "…篇十九",
 * several with their top headings lost in copying. Read by hand: one section per
 * piece (篇三 kept only paragraphs and becomes a task with that text; a person makes
 * it a section), their own outlines below, page debris between them dropped. */
static void
test_seed_004_tree (void)
{
  g_autoptr(WpDraftPlan) draft = build_seed ("seed-004.txt", NULL);
  WpDraftCounts counts = { 0 };

  g_assert_cmpuint (draft->nodes->len, ==, 19);
  for (guint i = 0; i < draft->nodes->len; i++)
    g_assert_cmpstr (title_of (child (draft->nodes, i)), ==, "教育局工会工作计划");
  g_assert_false (is_section (child (draft->nodes, 2)));
  /* 篇十: 1.–25.; 篇十八: 二、 and 三、 with （一）–（八） and 1、–31、 running on. */
  g_assert_cmpuint (node_at (draft, 1, 10)->children->len, ==, 25);
  g_assert_cmpuint (node_at (draft, 2, 18, 2)->children->len, ==, 8);
  g_assert_cmpuint (node_at (draft, 3, 18, 2, 8)->children->len, ==, 7);
  g_assert_cmpstr (title_of (node_at (draft, 4, 18, 2, 8, 7)), ==, "加强机关建设");

  wp_draft_plan_count (draft, &counts);
  g_assert_cmpuint (counts.sections, ==, 56);
  g_assert_cmpuint (counts.tasks, ==, 245);
  g_assert_cmpstr (wp_plan_get_title (draft->plan), ==, "教育局工会工作计划");
  g_assert_cmpstr (wp_plan_get_organization (draft->plan), ==, "教育局工会");
  g_assert_cmpuint (wp_plan_get_year (draft->plan), ==, 0);
  g_assert_false (plan_mentions (draft, "本文地址"));
  g_assert_false (plan_mentions (draft, "免责声明"));
  g_assert_false (plan_mentions (draft, "-->"));
  g_assert_false (plan_mentions (draft, "小编"));
}

static void
test_every_seed (void)
{
  static const char *seeds[] = {
    "seed-000.txt", "seed-001.txt", "seed-002.txt", "seed-003.txt", "seed-004.txt",
  };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(WpDraftPlan) draft = build_seed (seeds[i], NULL);
      WpDraftCounts counts = { 0 };

      wp_draft_plan_count (draft, &counts);
      g_test_message ("%s: %u sections, %u tasks, %u departments, %u indicators", seeds[i],
                      counts.sections, counts.tasks, counts.departments, counts.indicators);
      g_assert_cmpuint (counts.sections + counts.tasks, >, 0);
      g_assert_cmpuint (counts.tasks, >, 0);
    }
}

/* A number that restarts below a line opens a level under it; numbers that continue
 * an open level return to it. */
static void
test_levels_restart (void)
{
  assert_lines ("一、总体要求\n"
                "1.任务一。内容。\n"
                "2.任务二。内容。\n"
                "（一）小项一\n"
                "（二）小项二\n"
                "3.任务三。\n"
                "二、第二部分\n"
                "1.任务四。\n",
                "0S 1T 1S 2T 2T 1T 0S 1T");
}

/* 3、 under （二） continues 1、2、 under （一): numbering that runs on stays at its level. */
static void
test_levels_run_on (void)
{
  assert_lines ("一、总体要求\n"
                "（一）第一小节\n"
                "1、任务一。内容。\n"
                "2、任务二。内容。\n"
                "（二）第二小节\n"
                "3、任务三。内容。\n"
                "4、任务四。\n"
                "二、第二部分\n"
                "（一）小节\n"
                "1、任务五。\n",
                "0S 1S 2T 2T 1S 2T 2T 0S 1S 2T");
}

/* A short "3. …" after II. and 1. 2., followed by "1. …", is a heading at the top. */
static void
test_levels_heading_above (void)
{
  assert_lines ("I. Part one\n"
                "1. Task one. Text.\n"
                "2. Task two. Text.\n"
                "II. Part two\n"
                "1. Task three. Text.\n"
                "2. Task four. Text.\n"
                "3. Promote something new\n"
                "1. Task five. Text.\n"
                "2. Task six. Text.\n"
                "4. Another part\n"
                "1. Task seven. Text.\n",
                "0S 1T 1T 0S 1T 1T 0S 1T 1T 0S 1T");
}

/* （一）（二）（三） then 二、: the line 一、 is missing, so 二、 goes beside the list. */
static void
test_levels_missing_heading (void)
{
  assert_lines ("（一）建立制度。内容。\n"
                "（二）开展培训。内容。\n"
                "（三）加强检查。内容。\n"
                "二、学前教育科\n"
                "（一）重宣传培训。内容。\n"
                "（二）重常规落实。内容。\n"
                "三、安全管理办公室\n"
                "（一）抓好清理工作。内容。\n",
                "0T 0T 0T 0S 1T 1T 0S 1T");
}

/* Every style of number the bureau's documents use, each with the glyph it needs after
 * it, as the first two items of a list. */
static void
test_number_styles (void)
{
  static const char *lists[][2] = {
    { "一、", "二、" }, { "（一）", "（二）" }, { "(一)", "(二)" }, { "1.", "2." },
    { "1、", "2、" },
    { "1．", "2．" }, { "（1）", "（2）" }, { "(1)", "(2)" }, { "①", "②" }, { "I. ", "II. " },
    { "A. ", "B. " }, { "(a) ", "(b) " }, { "(i) ", "(ii) " }, { "1) ", "2) " },
    { "First, ", "Second, " }, { "第一、", "第二、" }, { "一是", "二是" }, { "十一、", "十二、" },
    { "（十九）", "（二十）" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s推进工作。\n%s落实任务。", lists[i][0],
                                               lists[i][1]);
      g_autoptr(WpOutline) outline = wp_outline_parse (text);

      g_test_message ("%s", text);
      g_assert_cmpuint (wp_outline_get_n_lines (outline), ==, 2);
      for (guint line = 0; line < 2; line++)
        {
          g_autofree char *number = g_strstrip (g_strdup (lists[i][line]));

          g_assert_cmpint (wp_outline_get_line_kind (outline, line), ==, WP_OUTLINE_LINE_TASK);
          g_assert_cmpuint (wp_outline_get_line_level (outline, line), ==, 0);
          g_assert_cmpstr (wp_outline_get_line_number (outline, line), ==, number);
        }
      g_assert_cmpstr (wp_outline_get_line_text (outline, 1), ==, "落实任务。");
    }
}

/* "(h) … (i) …": after (h), (i) is the letter, not the Roman one. */
static void
test_number_letter_or_roman (void)
{
  assert_lines ("I. Part\n(g) Seven.\n(h) Eight.\n(i) Nine.\n(j) Ten.\n",
                "0S 1T 1T 1T 1T");
  assert_lines ("I. Part\nA. Sub\n(i) One.\n(ii) Two.\n(iii) Three.\nB. Sub\n(i) One.\n",
                "0S 1S 2T 2T 2T 1S 2T");
}

static void
test_not_numbers (void)
{
  static const char *text[] = {
    "1.5亿元用于学校建设。", "2019年是关键之年。", "2.0时代的教育。", "一、二年级学生减负。",
    "3-5周岁幼儿入园率达到93%。", "20xx年工作思路。", "U.S. schools.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (text); i++)
    {
      g_autoptr(WpOutline) outline = wp_outline_parse (text[i]);

      g_assert_null (wp_outline_get_line_number (outline, 0));
      g_assert_cmpint (wp_outline_get_line_kind (outline, 0), !=, WP_OUTLINE_LINE_TASK);
    }
}

/* "First, …" opens a list only when "Second, …" follows. */
static void
test_ordinal_words (void)
{
  assert_lines ("1. Safety\n"
                "(1) Traffic\n"
                "First, teach traffic rules. The second is to check buses.\n"
                "(2) Food\n"
                "First, buy food centrally.\n",
                "0S 1T 1B 1T 1B");
  assert_lines ("Work plan for 2020\n"
                "First, build schools.\n"
                "Second, train teachers.\n"
                "Third, reform exams.\n",
                "0H 0T 0T 0T");
}

static WpDraftPlan *
build_task (const char *task)
{
  g_autofree char *text = g_strconcat ("一、部分\n1.", task, "\n", NULL);

  return build_text (text, NULL);
}

static WpDraftNode *
only_task (WpDraftPlan *draft)
{
  return node_at (draft, 2, 1, 1);
}

static void
assert_one_indicator (const char   *task,
                      const char   *name,
                      double        target,
                      const char   *unit,
                      WpComparator  comparator)
{
  g_autoptr(WpDraftPlan) draft = build_task (task);

  g_assert_cmpuint (only_task (draft)->indicators->len, ==, 1);
  assert_indicator (only_task (draft), name, target, unit, comparator);
  g_assert_cmpstr (wp_indicator_get_name (g_ptr_array_index (only_task (draft)->indicators, 0)),
                   ==, name);
}

static void
test_indicator_comparators (void)
{
  assert_one_indicator ("建设幼儿园。建成幼儿园12所。", "建成幼儿园", 12, "所",
                        WP_COMPARATOR_AT_LEAST);
  assert_one_indicator ("培训教师。培训教师不低于1000人次。", "培训教师", 1000, "人次",
                        WP_COMPARATOR_AT_LEAST);
  assert_one_indicator ("开展活动。开展活动不少于20场。", "开展活动", 20, "场",
                        WP_COMPARATOR_AT_LEAST);
  assert_one_indicator ("提高入园率。入园率达到93%。", "入园率", 93, "%", WP_COMPARATOR_AT_LEAST);
  assert_one_indicator ("提高入学率。入学率98.5%以上。", "入学率", 98.5, "%",
                        WP_COMPARATOR_AT_LEAST);
  assert_one_indicator ("扩大规模。力争招生1500人。", "招生", 1500, "人", WP_COMPARATOR_AT_LEAST);
  assert_one_indicator ("扩大规模。招生超过1500人。", "招生", 1500, "人", WP_COMPARATOR_AT_LEAST);
  assert_one_indicator ("控制辍学。辍学率0.05%以内。", "辍学率", 0.05, "%", WP_COMPARATOR_AT_MOST);
  assert_one_indicator ("控制择校。择校比例不超过5%。", "择校比例", 5, "%", WP_COMPARATOR_AT_MOST);
  assert_one_indicator ("控制辍学。辍学率控制在1%。", "辍学率", 1, "%", WP_COMPARATOR_AT_MOST);
  assert_one_indicator ("减轻负担。近视率低于30%。", "近视率", 30, "%", WP_COMPARATOR_AT_MOST);
  assert_one_indicator ("保障安全。重大安全事故为零。", "重大安全事故", 0, "", WP_COMPARATOR_ZERO);
  assert_one_indicator ("保障安全。实现校园安全零事故。", "实现校园安全零事故", 0, "",
                        WP_COMPARATOR_ZERO);
  assert_one_indicator ("保障安全。确保不发生重大安全责任事故。", "重大安全责任事故", 0, "",
                        WP_COMPARATOR_ZERO);
}

/* Years, dates, versions, anniversaries, ordinals, ranges and names of documents hold
 * numbers that are not targets. */
static void
test_indicator_not_targets (void)
{
  g_autoptr(WpDraftPlan) draft = build_task (
    "落实政策。2019年是关键之年,庆祝建国70周年,深入学习十九大精神,推进“一带一路”教育行动。"
    "制定《xx市教育现代化2035》,迈向教育2.0和工业4.0时代,做好第35个教师节工作,"
    "组建1-3个服务实体,开展“5·25”心理健康教育月,201*—2020年规划,3月15日前完成。");

  g_assert_cmpuint (only_task (draft)->indicators->len, ==, 0);
}

static void
test_responsibility_forms (void)
{
  g_autoptr(WpDraftPlan) full = build_task ("推进工作。内容。（责任科室：基教科、职成科）");
  g_autoptr(WpDraftPlan) half = build_task ("推进工作。内容。(责任单位:市现教中心,招考院)");
  g_autoptr(WpDraftPlan) roles = build_task ("推进工作。（牵头单位：基教科；配合单位：人事科、"
                                             "党办）");
  g_autoptr(WpDraftPlan) english = build_task ("Push the work. "
                                               "[Lead: Office; Support: HR, Finance]");
  g_autoptr(WpDraftPlan) bare = build_task ("Push the work. Responsible: Office, HR and Finance.");
  g_autoptr(WpDraftPlan) joined = build_task ("推进工作。（责任科室：基教科和职成科）");
  g_autoptr(WpDraftPlan) aside = build_task ("学习《条例（试行）》。");

  assert_assignment (only_task (full), 0, "基教科", WP_ROLE_LEAD);
  assert_assignment (only_task (full), 1, "职成科", WP_ROLE_SUPPORT);
  g_assert_cmpstr (wp_node_get_body (only_task (full)->node), ==, "内容。");

  assert_assignment (only_task (half), 0, "市现教中心", WP_ROLE_LEAD);
  assert_assignment (only_task (half), 1, "招考院", WP_ROLE_SUPPORT);

  assert_assignment (only_task (roles), 0, "基教科", WP_ROLE_LEAD);
  assert_assignment (only_task (roles), 1, "人事科", WP_ROLE_SUPPORT);
  assert_assignment (only_task (roles), 2, "党办", WP_ROLE_SUPPORT);
  g_assert_cmpstr (title_of (only_task (roles)), ==, "推进工作");
  g_assert_cmpstr (wp_node_get_body (only_task (roles)->node), ==, "");

  assert_assignment (only_task (english), 0, "Office", WP_ROLE_LEAD);
  assert_assignment (only_task (english), 1, "HR", WP_ROLE_SUPPORT);
  assert_assignment (only_task (english), 2, "Finance", WP_ROLE_SUPPORT);
  g_assert_cmpstr (title_of (only_task (english)), ==, "Push the work");

  g_assert_cmpuint (only_task (bare)->assignments->len, ==, 3);
  assert_assignment (only_task (bare), 0, "Office", WP_ROLE_LEAD);
  assert_assignment (only_task (bare), 2, "Finance", WP_ROLE_SUPPORT);
  g_assert_cmpstr (wp_node_get_body (only_task (bare)->node), ==, "");

  g_assert_cmpuint (only_task (joined)->assignments->len, ==, 2);
  assert_assignment (only_task (joined), 1, "职成科", WP_ROLE_SUPPORT);

  /* A bracket at the end that names no department stays in the text. */
  g_assert_cmpuint (only_task (aside)->assignments->len, ==, 0);
  g_assert_cmpstr (title_of (only_task (aside)), ==, "学习《条例（试行）》");
}

/* Web debris at the head and the tail, a title and a signature. */
static void
test_heading_and_debris (void)
{
  static const char *text =
    "当前位置：首页 > 工作计划 > 教育局工作计划\n"
    "xx市教育局2020年工作计划\n"
    "2020年是“十三五”收官之年。\n"
    "一、加强党建\n"
    "1.抓好学习。内容。\n"
    "xx市教育局\n"
    "2020年1月6日\n"
    "相关推荐\n"
    "小学工作计划\n";
  g_autoptr(WpOutline) outline = NULL;
  g_autoptr(WpDraftPlan) draft = build_text (text, &outline);

  assert_lines (text, "0D 0H 0P 0S 1T 1H 1H 1D 1D");
  g_assert_cmpstr (wp_outline_get_title (outline), ==, "xx市教育局2020年工作计划");
  g_assert_cmpstr (wp_outline_get_organization (outline), ==, "xx市教育局");
  g_assert_cmpuint (wp_outline_get_year (outline), ==, 2020);
  g_assert_cmpint (wp_outline_get_numbering (outline), ==, WP_NUMBERING_ZH);
  g_assert_cmpstr (wp_plan_get_preamble (draft->plan), ==, "2020年是“十三五”收官之年。");
  g_assert_false (plan_mentions (draft, "小学工作计划"));
}

/* The preview changes a line's kind and level; build takes the lines as they are. */
static void
test_edit_lines (void)
{
  g_autoptr(WpOutline) outline = wp_outline_parse ("一、部分\n"
                                                   "1.任务一。\n"
                                                   "补充说明的一段话。\n"
                                                   "2.任务二。\n");
  g_autoptr(WpDraftPlan) before = wp_outline_build (outline);
  g_autoptr(WpDraftPlan) after = NULL;

  g_assert_cmpuint (node_at (before, 1, 1)->children->len, ==, 2);
  g_assert_cmpstr (wp_node_get_body (node_at (before, 2, 1, 1)->node), ==, "补充说明的一段话。");

  /* The paragraph becomes a task of its own, between the two. */
  wp_outline_set_line_kind (outline, 2, WP_OUTLINE_LINE_TASK);
  g_assert_cmpint (wp_outline_get_line_kind (outline, 2), ==, WP_OUTLINE_LINE_TASK);
  /* Task two goes below it — a task with a line below it is a section — and cannot
   * go deeper than one level below. */
  wp_outline_set_line_level (outline, 3, 7);
  g_assert_cmpuint (wp_outline_get_line_level (outline, 3), ==, 2);
  /* The heading becomes body text: it is the preamble now. */
  wp_outline_set_line_kind (outline, 0, WP_OUTLINE_LINE_PREAMBLE);
  wp_outline_set_line_level (outline, 1, 0);
  wp_outline_set_line_level (outline, 2, 0);

  after = wp_outline_build (outline);
  g_assert_cmpstr (wp_plan_get_preamble (after->plan), ==, "部分");
  g_assert_cmpuint (after->nodes->len, ==, 2);
  g_assert_cmpstr (title_of (node_at (after, 1, 1)), ==, "任务一");
  g_assert_cmpstr (wp_node_get_body (node_at (after, 1, 1)->node), ==, "");
  g_assert_cmpstr (title_of (node_at (after, 1, 2)), ==, "补充说明的一段话");
  g_assert_true (is_section (node_at (after, 1, 2)));
  g_assert_cmpstr (title_of (node_at (after, 2, 2, 1)), ==, "任务二");
  g_assert_cmpuint (count_indicators (after), ==, 0);
}

/* Without a better source, the year comes from the preamble ("2019年是…"). */
static void
test_year_from_preamble (void)
{
  g_autoptr(WpOutline) outline = wp_outline_parse ("2019年是教育改革的关键之年。\n"
                                                   "一、加强党建\n"
                                                   "1.抓好学习,2020年前完成。\n");

  g_assert_cmpuint (wp_outline_get_year (outline), ==, 2019);
  g_assert_null (wp_outline_get_title (outline));
}

static void
test_no_outline (void)
{
  g_autoptr(WpOutline) outline = NULL;
  g_autoptr(WpDraftPlan) draft = build_text ("一段没有编号的文字。\n\n另一段。", &outline);

  g_assert_cmpuint (wp_outline_get_n_lines (outline), ==, 2);
  g_assert_cmpuint (draft->nodes->len, ==, 0);
  g_assert_cmpstr (wp_plan_get_preamble (draft->plan), ==, "一段没有编号的文字。\n另一段。");

  g_clear_object (&outline);
  g_clear_pointer (&draft, wp_draft_plan_free);
  draft = build_text ("", &outline);
  g_assert_cmpuint (wp_outline_get_n_lines (outline), ==, 0);
  g_assert_cmpuint (draft->nodes->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outline/seed-003/tree", test_seed_003_tree);
  g_test_add_func ("/outline/seed-003/preamble", test_seed_003_preamble);
  g_test_add_func ("/outline/seed-003/departments", test_seed_003_departments);
  g_test_add_func ("/outline/seed-003/indicators", test_seed_003_indicators);
  g_test_add_func ("/outline/seed-003/footer", test_seed_003_footer);
  g_test_add_func ("/outline/seed-000/tree", test_seed_000_tree);
  g_test_add_func ("/outline/seed-000/debris", test_seed_000_debris);
  g_test_add_func ("/outline/seed-001/tree", test_seed_001_tree);
  g_test_add_func ("/outline/seed-002/tree", test_seed_002_tree);
  g_test_add_func ("/outline/seed-004/tree", test_seed_004_tree);
  g_test_add_func ("/outline/seeds/every", test_every_seed);
  g_test_add_func ("/outline/levels/restart", test_levels_restart);
  g_test_add_func ("/outline/levels/run-on", test_levels_run_on);
  g_test_add_func ("/outline/levels/heading-above", test_levels_heading_above);
  g_test_add_func ("/outline/levels/missing-heading", test_levels_missing_heading);
  g_test_add_func ("/outline/numbers/styles", test_number_styles);
  g_test_add_func ("/outline/numbers/letter-or-roman", test_number_letter_or_roman);
  g_test_add_func ("/outline/numbers/not-numbers", test_not_numbers);
  g_test_add_func ("/outline/numbers/ordinal-words", test_ordinal_words);
  g_test_add_func ("/outline/indicators/comparators", test_indicator_comparators);
  g_test_add_func ("/outline/indicators/not-targets", test_indicator_not_targets);
  g_test_add_func ("/outline/responsibility/forms", test_responsibility_forms);
  g_test_add_func ("/outline/meta/heading-and-debris", test_heading_and_debris);
  g_test_add_func ("/outline/meta/year-from-preamble", test_year_from_preamble);
  g_test_add_func ("/outline/edit/lines", test_edit_lines);
  g_test_add_func ("/outline/no-outline", test_no_outline);

  return g_test_run ();
}
