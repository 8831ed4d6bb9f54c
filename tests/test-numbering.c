/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-numbering"

#include <glib/gstdio.h>

#include "wp-numbering.h"
#include "wp-store.h"

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

static void
test_zh_levels (void)
{
  assert_number (WP_NUMBERING_ZH, 0, 1, "一、");
  assert_number (WP_NUMBERING_ZH, 1, 1, "（一）");
  assert_number (WP_NUMBERING_ZH, 2, 1, "1.");
  assert_number (WP_NUMBERING_ZH, 3, 1, "（1）");
  assert_number (WP_NUMBERING_ZH, 4, 1, "①");
  assert_number (WP_NUMBERING_ZH, 0, 3, "三、");
  assert_number (WP_NUMBERING_ZH, 1, 12, "（十二）");
  assert_number (WP_NUMBERING_ZH, 2, 12, "12.");
  assert_number (WP_NUMBERING_ZH, 3, 12, "（12）");
  assert_number (WP_NUMBERING_ZH, 4, 12, "⑫");
  /* Level 5 starts the cycle again. */
  assert_number (WP_NUMBERING_ZH, 5, 2, "二、");
  assert_number (WP_NUMBERING_ZH, 9, 2, "②");
}

static void
test_en_levels (void)
{
  assert_number (WP_NUMBERING_EN, 0, 1, "I.");
  assert_number (WP_NUMBERING_EN, 1, 1, "A.");
  assert_number (WP_NUMBERING_EN, 2, 1, "1.");
  assert_number (WP_NUMBERING_EN, 3, 1, "(a)");
  assert_number (WP_NUMBERING_EN, 4, 1, "(i)");
  assert_number (WP_NUMBERING_EN, 0, 3, "III.");
  assert_number (WP_NUMBERING_EN, 1, 3, "C.");
  assert_number (WP_NUMBERING_EN, 3, 3, "(c)");
  assert_number (WP_NUMBERING_EN, 4, 3, "(iii)");
  assert_number (WP_NUMBERING_EN, 5, 2, "II.");
  assert_number (WP_NUMBERING_EN, 6, 2, "B.");
}

static void
test_chinese_numerals (void)
{
  static const struct { guint n; const char *text; } cases[] = {
    { 1, "一、" }, { 9, "九、" }, { 10, "十、" }, { 11, "十一、" }, { 19, "十九、" },
    { 20, "二十、" }, { 21, "二十一、" }, { 99, "九十九、" }, { 100, "一百、" },
    { 101, "一百零一、" }, { 110, "一百一十、" }, { 111, "一百一十一、" },
    { 1000, "一千、" }, { 1001, "一千零一、" }, { 1010, "一千零一十、" },
    { 2019, "二千零一十九、" }, { 10000, "一万、" }, { 10010, "一万零一十、" },
    { 100000, "十万、" }, { 150000, "十五万、" }, { 1000000, "一百万、" },
    { 100000000, "一亿、" }, { 100010000, "一亿零一万、" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_number (WP_NUMBERING_ZH, 0, cases[i].n, cases[i].text);

  assert_number (WP_NUMBERING_ZH, 1, 10, "（十）");
  assert_number (WP_NUMBERING_ZH, 1, 101, "（一百零一）");
}

static void
test_circled_numbers (void)
{
  assert_number (WP_NUMBERING_ZH, 4, 10, "⑩");
  assert_number (WP_NUMBERING_ZH, 4, 20, "⑳");
  assert_number (WP_NUMBERING_ZH, 4, 21, "㉑");
  assert_number (WP_NUMBERING_ZH, 4, 35, "㉟");
  assert_number (WP_NUMBERING_ZH, 4, 36, "㊱");
  assert_number (WP_NUMBERING_ZH, 4, 50, "㊿");
  /* Unicode has no circled 51: a plain number with a parenthesis. */
  assert_number (WP_NUMBERING_ZH, 4, 51, "51)");
}

static void
test_roman_numerals (void)
{
  assert_number (WP_NUMBERING_EN, 0, 4, "IV.");
  assert_number (WP_NUMBERING_EN, 0, 9, "IX.");
  assert_number (WP_NUMBERING_EN, 0, 14, "XIV.");
  assert_number (WP_NUMBERING_EN, 0, 40, "XL.");
  assert_number (WP_NUMBERING_EN, 0, 1994, "MCMXCIV.");
  assert_number (WP_NUMBERING_EN, 4, 4, "(iv)");
  assert_number (WP_NUMBERING_EN, 4, 19, "(xix)");
}

static void
test_alpha_numbers (void)
{
  assert_number (WP_NUMBERING_EN, 1, 26, "Z.");
  assert_number (WP_NUMBERING_EN, 1, 27, "AA.");
  assert_number (WP_NUMBERING_EN, 1, 28, "AB.");
  assert_number (WP_NUMBERING_EN, 1, 52, "AZ.");
  assert_number (WP_NUMBERING_EN, 1, 53, "BA.");
  assert_number (WP_NUMBERING_EN, 1, 702, "ZZ.");
  assert_number (WP_NUMBERING_EN, 1, 703, "AAA.");
  assert_number (WP_NUMBERING_EN, 3, 27, "(aa)");
}

typedef struct
{
  char    *dir;
  WpStore *store;
  gint64   plan_id;
} StoreFixture;

static void
store_fixture_set_up (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpPlan) plan = wp_plan_new ();
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("test-numbering-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "workplan.db", NULL);
  fixture->store = wp_store_open (path, &error);
  g_assert_no_error (error);

  wp_plan_set_year (plan, 2019);
  wp_plan_set_title (plan, "2019年工作要点");
  fixture->plan_id = wp_store_create_plan (fixture->store, plan, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->plan_id, >, 0);
}

static void
store_fixture_tear_down (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->store);

  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
}

static gint64
insert_node (StoreFixture *fixture,
             gint64        parent_id,
             WpNodeKind    kind,
             const char   *title)
{
  g_autoptr(WpNode) node = wp_node_new (kind);
  g_autoptr(GError) error = NULL;
  gint64 id;

  wp_node_set_plan_id (node, fixture->plan_id);
  wp_node_set_parent_id (node, parent_id);
  wp_node_set_title (node, title);
  id = wp_store_insert_node (fixture->store, node, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
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
  g_test_add ("/numbering/store/sections-five-deep", StoreFixture, NULL,
              store_fixture_set_up, test_sections_five_deep, store_fixture_tear_down);
  g_test_add ("/numbering/store/siblings-and-tasks", StoreFixture, NULL,
              store_fixture_set_up, test_siblings_and_tasks, store_fixture_tear_down);
  g_test_add ("/numbering/store/follows-moves", StoreFixture, NULL,
              store_fixture_set_up, test_follows_moves, store_fixture_tear_down);

  return g_test_run ();
}
