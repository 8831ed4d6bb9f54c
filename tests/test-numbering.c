/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-numbering"

#include "wp-numbering.h"
#include "wp-store.h"
#include "wp-test-util.h"

static void
assert_number (WpNumbering  style,
               guint        level,
               guint        index,
               const char  *expected)
{
  g_autofree char *number = wp_numbering_format (style, level, index);

  g_assert_cmpstr (number, ==, expected);
}

static void
test_level (void)
{
  /* Sections take their depth. */
  g_assert_cmpuint (wp_numbering_level (WP_NODE_SECTION, FALSE, 0), ==, 0);
  g_assert_cmpuint (wp_numbering_level (WP_NODE_SECTION, TRUE, 0), ==, 1);
  g_assert_cmpuint (wp_numbering_level (WP_NODE_SECTION, TRUE, 4), ==, 5);
  /* Tasks read 1. directly under 一、 and under （一）, and go deeper under 1. */
  g_assert_cmpuint (wp_numbering_level (WP_NODE_TASK, FALSE, 0), ==, 2);
  g_assert_cmpuint (wp_numbering_level (WP_NODE_TASK, TRUE, 0), ==, 2);
  g_assert_cmpuint (wp_numbering_level (WP_NODE_TASK, TRUE, 1), ==, 2);
  g_assert_cmpuint (wp_numbering_level (WP_NODE_TASK, TRUE, 2), ==, 3);
}

typedef struct
{
  guint       level;
  guint       index;
  const char *expected;
} NumberCase;

static void
assert_numbers (WpNumbering       style,
                const NumberCase *cases,
                guint             n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    assert_number (style, cases[i].level, cases[i].index, cases[i].expected);
}

static void
test_zh_levels (void)
{
  static const NumberCase cases[] = {
    { 0, 1, "一、" }, { 1, 1, "（一）" }, { 2, 1, "1." }, { 3, 1, "（1）" }, { 4, 1, "①" },
    { 0, 3, "三、" }, { 1, 12, "（十二）" }, { 2, 12, "12." }, { 3, 12, "（12）" },
    { 4, 12, "⑫" },
    /* Level 5 starts the cycle again. */
    { 5, 2, "二、" }, { 9, 2, "②" },
  };

  assert_numbers (WP_NUMBERING_ZH, cases, G_N_ELEMENTS (cases));
}

static void
test_en_levels (void)
{
  static const NumberCase cases[] = {
    { 0, 1, "I." }, { 1, 1, "A." }, { 2, 1, "1." }, { 3, 1, "(a)" }, { 4, 1, "(i)" },
    { 0, 3, "III." }, { 1, 3, "C." }, { 3, 3, "(c)" }, { 4, 3, "(iii)" },
    { 5, 2, "II." }, { 6, 2, "B." },
  };

  assert_numbers (WP_NUMBERING_EN, cases, G_N_ELEMENTS (cases));
}

static void
test_chinese_numerals (void)
{
  static const NumberCase cases[] = {
    { 0, 1, "一、" }, { 0, 9, "九、" }, { 0, 10, "十、" }, { 0, 11, "十一、" },
    { 0, 19, "十九、" }, { 0, 20, "二十、" }, { 0, 21, "二十一、" }, { 0, 99, "九十九、" },
    { 0, 100, "一百、" }, { 0, 101, "一百零一、" }, { 0, 110, "一百一十、" },
    { 0, 111, "一百一十一、" }, { 0, 1000, "一千、" }, { 0, 1001, "一千零一、" },
    { 0, 1010, "一千零一十、" }, { 0, 2019, "二千零一十九、" }, { 0, 10000, "一万、" },
    { 0, 10010, "一万零一十、" }, { 0, 100000, "十万、" }, { 0, 150000, "十五万、" },
    { 0, 1000000, "一百万、" }, { 0, 100000000, "一亿、" }, { 0, 100010000, "一亿零一万、" },
    { 1, 10, "（十）" }, { 1, 101, "（一百零一）" },
  };

  assert_numbers (WP_NUMBERING_ZH, cases, G_N_ELEMENTS (cases));
}

static void
test_circled_numbers (void)
{
  static const NumberCase cases[] = {
    { 4, 10, "⑩" }, { 4, 20, "⑳" }, { 4, 21, "㉑" }, { 4, 35, "㉟" }, { 4, 36, "㊱" },
    { 4, 50, "㊿" },
    /* Unicode has no circled 51: a plain number with a parenthesis. */
    { 4, 51, "51)" },
  };

  assert_numbers (WP_NUMBERING_ZH, cases, G_N_ELEMENTS (cases));
}

static void
test_roman_numerals (void)
{
  static const NumberCase cases[] = {
    { 0, 4, "IV." }, { 0, 9, "IX." }, { 0, 14, "XIV." }, { 0, 40, "XL." },
    { 0, 1994, "MCMXCIV." }, { 4, 4, "(iv)" }, { 4, 19, "(xix)" },
  };

  assert_numbers (WP_NUMBERING_EN, cases, G_N_ELEMENTS (cases));
}

static void
test_alpha_numbers (void)
{
  static const NumberCase cases[] = {
    { 1, 26, "Z." }, { 1, 27, "AA." }, { 1, 28, "AB." }, { 1, 52, "AZ." }, { 1, 53, "BA." },
    { 1, 702, "ZZ." }, { 1, 703, "AAA." }, { 3, 27, "(aa)" },
  };

  assert_numbers (WP_NUMBERING_EN, cases, G_N_ELEMENTS (cases));
}

typedef WpTestFixture StoreFixture;

static gint64
insert_node (StoreFixture *fixture,
             gint64        parent_id,
             WpNodeKind    kind,
             const char   *title)
{
  return wp_test_add_node (fixture->store, fixture->plan_id, parent_id, kind, title, -1);
}

static void
assert_node_number (StoreFixture *fixture,
                    gint64        node_id,
                    WpNumbering   style,
                    const char   *expected)
{
  g_autoptr(WpNode) node = wp_store_get_node (fixture->store, node_id);
  g_autofree char *number = NULL;

  g_assert_nonnull (node);
  number = wp_numbering_for_node (fixture->store, node, style);
  g_assert_cmpstr (number, ==, expected);
}

static void
test_sections_five_deep (StoreFixture  *fixture,
                         gconstpointer  data)
{
  static const char *const zh[] = { "一、", "（一）", "1.", "（1）", "①", "一、" };
  static const char *const en[] = { "I.", "A.", "1.", "(a)", "(i)", "I." };
  gint64 chain[G_N_ELEMENTS (zh)];
  gint64 parent_id = 0;

  /* Six nested sections: the sixth starts the cycle again. */
  for (guint depth = 0; depth < G_N_ELEMENTS (chain); depth++)
    {
      chain[depth] = insert_node (fixture, parent_id, WP_NODE_SECTION, "Section");
      parent_id = chain[depth];
    }

  for (guint depth = 0; depth < G_N_ELEMENTS (chain); depth++)
    {
      assert_node_number (fixture, chain[depth], WP_NUMBERING_ZH, zh[depth]);
      assert_node_number (fixture, chain[depth], WP_NUMBERING_EN, en[depth]);
    }
}

static void
test_siblings_and_tasks (StoreFixture  *fixture,
                         gconstpointer  data)
{
  gint64 first = insert_node (fixture, 0, WP_NODE_SECTION, "加强党的建设");
  gint64 task1 = insert_node (fixture, first, WP_NODE_TASK, "深入学习");
  gint64 sub = insert_node (fixture, first, WP_NODE_SECTION, "基础教育");
  gint64 task2 = insert_node (fixture, first, WP_NODE_TASK, "推进改革");
  gint64 sub_task = insert_node (fixture, sub, WP_NODE_TASK, "新建学校");
  gint64 second = insert_node (fixture, 0, WP_NODE_SECTION, "办好人民满意的教育");
  gint64 third = insert_node (fixture, 0, WP_NODE_SECTION, "保障");
  gint64 sub2 = insert_node (fixture, first, WP_NODE_SECTION, "职业教育");
  gint64 sub2_task = insert_node (fixture, sub2, WP_NODE_TASK, "产教融合");
  gint64 item = insert_node (fixture, sub, WP_NODE_SECTION, "分项");
  gint64 item_task = insert_node (fixture, item, WP_NODE_TASK, "细项");

  /* Tasks directly under 一、 count 1., 2. past the subsection between them. */
  assert_node_number (fixture, task1, WP_NUMBERING_ZH, "1.");
  assert_node_number (fixture, task2, WP_NUMBERING_ZH, "2.");
  assert_node_number (fixture, sub, WP_NUMBERING_ZH, "（一）");
  assert_node_number (fixture, sub2, WP_NUMBERING_ZH, "（二）");
  assert_node_number (fixture, sub_task, WP_NUMBERING_ZH, "1.");
  assert_node_number (fixture, sub2_task, WP_NUMBERING_ZH, "1.");
  /* Under a 1.-level section a task goes one level deeper. */
  assert_node_number (fixture, item, WP_NUMBERING_ZH, "1.");
  assert_node_number (fixture, item_task, WP_NUMBERING_ZH, "（1）");
  assert_node_number (fixture, second, WP_NUMBERING_ZH, "二、");
  assert_node_number (fixture, third, WP_NUMBERING_ZH, "三、");

  assert_node_number (fixture, task2, WP_NUMBERING_EN, "2.");
  assert_node_number (fixture, sub, WP_NUMBERING_EN, "A.");
  assert_node_number (fixture, sub2, WP_NUMBERING_EN, "B.");
  assert_node_number (fixture, item_task, WP_NUMBERING_EN, "(a)");
  assert_node_number (fixture, third, WP_NUMBERING_EN, "III.");
}

static void
test_follows_moves (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 first = insert_node (fixture, 0, WP_NODE_SECTION, "First");
  gint64 second = insert_node (fixture, 0, WP_NODE_SECTION, "Second");
  gint64 task = insert_node (fixture, first, WP_NODE_TASK, "Task");

  /* Numbers are computed, never stored: a move renumbers at once. */
  g_assert_true (wp_store_move_node (fixture->store, second, 0, 0, &error));
  g_assert_no_error (error);
  assert_node_number (fixture, second, WP_NUMBERING_ZH, "一、");
  assert_node_number (fixture, first, WP_NUMBERING_ZH, "二、");

  g_assert_true (wp_store_indent_node (fixture->store, first, &error));
  g_assert_no_error (error);
  assert_node_number (fixture, first, WP_NUMBERING_ZH, "（一）");
  assert_node_number (fixture, task, WP_NUMBERING_ZH, "1.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/numbering/level", test_level);
  g_test_add_func ("/numbering/zh-levels", test_zh_levels);
  g_test_add_func ("/numbering/en-levels", test_en_levels);
  g_test_add_func ("/numbering/chinese-numerals", test_chinese_numerals);
  g_test_add_func ("/numbering/circled-numbers", test_circled_numbers);
  g_test_add_func ("/numbering/roman-numerals", test_roman_numerals);
  g_test_add_func ("/numbering/alpha-numbers", test_alpha_numbers);
  wp_test_add ("/numbering/store/sections-five-deep", wp_test_fixture_set_up_plan,
               test_sections_five_deep);
  wp_test_add ("/numbering/store/siblings-and-tasks", wp_test_fixture_set_up_plan,
               test_siblings_and_tasks);
  wp_test_add ("/numbering/store/follows-moves", wp_test_fixture_set_up_plan, test_follows_moves);

  return g_test_run ();
}
