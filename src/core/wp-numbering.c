/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-numbering"

#include "wp-numbering.h"

#include <string.h>

/* The five looks of a style; deeper levels cycle through them again. */
#define N_LEVEL_LOOKS 5

/* The lowest level a task takes, "1." in both styles. */
#define TASK_MIN_LEVEL 2

static const char *const chinese_digits[] = {
  "零", "一", "二", "三", "四", "五", "六", "七", "八", "九",
};

/* Units inside a group of four digits, from the thousands down. */
static const char *const chinese_small_units[] = { "千", "百", "十", "" };

/* Units of the groups of four digits, from the highest group of a guint down. */
static const char *const chinese_group_units[] = { "亿", "万", "" };

guint
wp_numbering_level (WpNodeKind kind,
                    gboolean   has_parent,
                    guint      parent_level)
{
  guint level = has_parent ? parent_level + 1 : 0;

  if (kind == WP_NODE_TASK)
    level = MAX (level, TASK_MIN_LEVEL);

  return level;
}

/* Writes @n the way a Chinese document counts: 十 for 10 (not 一十), 一百零一 for 101,
 * 一万零一十 for 10010. A run of zeros before a non-zero digit reads as one 零. */
void
wp_numbering_append_chinese (GString *out,
                             guint    n)
{
  static const guint group_divisors[] = { 100000000, 10000, 1 };
  static const guint digit_divisors[] = { 1000, 100, 10, 1 };
  gsize start = out->len;
  gboolean started = FALSE;
  gboolean zero_pending = FALSE;

  for (guint g = 0; g < G_N_ELEMENTS (group_divisors); g++)
    {
      guint group = (n / group_divisors[g]) % 10000;

      for (guint d = 0; d < G_N_ELEMENTS (digit_divisors); d++)
        {
          guint digit = (group / digit_divisors[d]) % 10;

          if (digit == 0)
            {
              zero_pending = started;
              continue;
            }
          if (zero_pending)
            g_string_append (out, chinese_digits[0]);
          zero_pending = FALSE;
          started = TRUE;
          g_string_append (out, chinese_digits[digit]);
          g_string_append (out, chinese_small_units[d]);
        }

      if (group != 0)
        g_string_append (out, chinese_group_units[g]);
    }

  /* 十一, 十万, not 一十一, 一十万. */
  if (g_str_has_prefix (out->str + start, "一十"))
    g_string_erase (out, start, strlen ("一"));
}

/* ①–⑳, ㉑–㉟ and ㊱–㊿ are the circled numbers Unicode has. Beyond 50 there is no
 * circled form; "51)" keeps the list readable and differs from every other zh level. */
void
wp_numbering_append_circled (GString *out,
                             guint    n)
{
  if (n >= 1 && n <= 20)
    g_string_append_unichar (out, 0x2460 + n - 1);
  else if (n >= 21 && n <= 35)
    g_string_append_unichar (out, 0x3251 + n - 21);
  else if (n >= 36 && n <= 50)
    g_string_append_unichar (out, 0x32B1 + n - 36);
  else
    g_string_append_printf (out, "%u)", n);
}

/* Subtractive Roman numerals; thousands beyond MMM simply repeat M. */
void
wp_numbering_append_roman (GString  *out,
                           guint     n,
                           gboolean  upper)
{
  static const struct { guint value; const char *upper; const char *lower; } numerals[] = {
    { 1000, "M", "m" }, { 900, "CM", "cm" }, { 500, "D", "d" }, { 400, "CD", "cd" },
    { 100, "C", "c" }, { 90, "XC", "xc" }, { 50, "L", "l" }, { 40, "XL", "xl" },
    { 10, "X", "x" }, { 9, "IX", "ix" }, { 5, "V", "v" }, { 4, "IV", "iv" },
    { 1, "I", "i" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    {
      for (; n >= numerals[i].value; n -= numerals[i].value)
        g_string_append (out, upper ? numerals[i].upper : numerals[i].lower);
    }
}

/* Letters counted like spreadsheet columns: A … Z, AA, AB … ZZ, AAA. */
static void
append_alpha_number (GString  *out,
                     guint     n,
                     gboolean  upper)
{
  char letters[16];
  guint len = 0;

  for (; n > 0; n = (n - 1) / 26)
    letters[len++] = (upper ? 'A' : 'a') + (n - 1) % 26;

  while (len > 0)
    g_string_append_c (out, letters[--len]);
}

static void
append_zh_number (GString *out,
                  guint    look,
                  guint    index)
{
  switch (look)
    {
    case 0:
      wp_numbering_append_chinese (out, index);
      g_string_append (out, "、");
      break;
    case 1:
      g_string_append (out, "（");
      wp_numbering_append_chinese (out, index);
      g_string_append (out, "）");
      break;
    case 2:
      g_string_append_printf (out, "%u.", index);
      break;
    case 3:
      g_string_append_printf (out, "（%u）", index);
      break;
    default:
      wp_numbering_append_circled (out, index);
      break;
    }
}

static void
append_en_number (GString *out,
                  guint    look,
                  guint    index)
{
  switch (look)
    {
    case 0:
      wp_numbering_append_roman (out, index, TRUE);
      g_string_append_c (out, '.');
      break;
    case 1:
      append_alpha_number (out, index, TRUE);
      g_string_append_c (out, '.');
      break;
    case 2:
      g_string_append_printf (out, "%u.", index);
      break;
    case 3:
      g_string_append_c (out, '(');
      append_alpha_number (out, index, FALSE);
      g_string_append_c (out, ')');
      break;
    default:
      g_string_append_c (out, '(');
      wp_numbering_append_roman (out, index, FALSE);
      g_string_append_c (out, ')');
      break;
    }
}

char *
wp_numbering_format (WpNumbering style,
                     guint       level,
                     guint       index)
{
  GString *out;

  g_return_val_if_fail (index >= 1, NULL);

  out = g_string_new (NULL);
  if (style == WP_NUMBERING_EN)
    append_en_number (out, level % N_LEVEL_LOOKS, index);
  else
    append_zh_number (out, level % N_LEVEL_LOOKS, index);

  return g_string_free (out, FALSE);
}

static guint
compute_node_level (WpStore *store,
                    WpNode  *node)
{
  gint64 parent_id = wp_node_get_parent_id (node);
  g_autoptr(WpNode) parent = NULL;

  if (parent_id != 0)
    parent = wp_store_get_node (store, parent_id);

  if (parent == NULL)
    return wp_numbering_level (wp_node_get_kind (node), FALSE, 0);

  return wp_numbering_level (wp_node_get_kind (node), TRUE, compute_node_level (store, parent));
}

/* 1 + the number of earlier siblings of the same kind: sections and tasks under one
 * parent are counted apart, as (一), (二) and 1., 2. are in the bureau's documents. */
static guint
compute_node_index (WpStore *store,
                    WpNode  *node)
{
  g_autoptr(GPtrArray) siblings = NULL;
  WpNodeKind kind = wp_node_get_kind (node);
  guint index = 1;

  siblings = wp_store_list_children (store, wp_node_get_plan_id (node),
                                     wp_node_get_parent_id (node));
  for (guint i = 0; i < siblings->len; i++)
    {
      WpNode *sibling = g_ptr_array_index (siblings, i);

      if (wp_node_get_id (sibling) == wp_node_get_id (node))
        break;
      if (wp_node_get_kind (sibling) == kind)
        index++;
    }

  return index;
}

char *
wp_numbering_for_node (WpStore     *store,
                       WpNode      *node,
                       WpNumbering  style)
{
  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (WP_IS_NODE (node), NULL);

  return wp_numbering_format (style,
                              compute_node_level (store, node),
                              compute_node_index (store, node));
}
