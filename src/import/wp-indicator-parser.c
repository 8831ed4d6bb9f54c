/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-indicator-parser"

#include "config.h"

#include <string.h>

#include "wp-indicator-parser.h"
#include "wp-outline-text.h"

/* Longer names are cut to their last words, which name the thing counted; shorter
 * ones are a verb without its object. */
#define MAX_NAME_LENGTH 24
#define MAX_LATIN_NAME_LENGTH 60
#define MIN_NAME_LENGTH 2

typedef struct
{
  const char   *word;
  WpComparator  comparator;
} ComparatorWord;

/* Read in order: negated and bounding words before the plain ones they contain. */
static const ComparatorWord comparator_words[] = {
  { "不低于", WP_COMPARATOR_AT_LEAST }, { "不少于", WP_COMPARATOR_AT_LEAST },
  { "不超过", WP_COMPARATOR_AT_MOST }, { "不高于", WP_COMPARATOR_AT_MOST },
  { "不多于", WP_COMPARATOR_AT_MOST }, { "控制在", WP_COMPARATOR_AT_MOST },
  { "低于", WP_COMPARATOR_AT_MOST }, { "少于", WP_COMPARATOR_AT_MOST },
  { "no more than", WP_COMPARATOR_AT_MOST }, { "not more than", WP_COMPARATOR_AT_MOST },
  { "not exceed", WP_COMPARATOR_AT_MOST }, { "less than", WP_COMPARATOR_AT_MOST },
  { "below", WP_COMPARATOR_AT_MOST }, { "within", WP_COMPARATOR_AT_MOST },
  { "no less than", WP_COMPARATOR_AT_LEAST }, { "not less than", WP_COMPARATOR_AT_LEAST },
  { "at least", WP_COMPARATOR_AT_LEAST }, { "more than", WP_COMPARATOR_AT_LEAST },
  { "超过", WP_COMPARATOR_AT_LEAST }, { "至少", WP_COMPARATOR_AT_LEAST },
  { "高于", WP_COMPARATOR_AT_LEAST }, { "多于", WP_COMPARATOR_AT_LEAST },
  { "达到", WP_COMPARATOR_AT_LEAST }, { "达", WP_COMPARATOR_AT_LEAST },
  { "力争", WP_COMPARATOR_AT_LEAST }, { "reaches", WP_COMPARATOR_AT_LEAST },
  { "reach", WP_COMPARATOR_AT_LEAST }, { "over", WP_COMPARATOR_AT_LEAST },
};

/* Words after the unit. */
static const ComparatorWord after_words[] = {
  { "以上", WP_COMPARATOR_AT_LEAST }, { "以内", WP_COMPARATOR_AT_MOST },
  { "以下", WP_COMPARATOR_AT_MOST }, { "or more", WP_COMPARATOR_AT_LEAST },
  { "or less", WP_COMPARATOR_AT_MOST },
};

/* Longest first, so that 人次 wins over 人. Not 年, 月, 日, 周年, 届, 岁: those are dates,
 * anniversaries and ages. */
static const char *units[] = {
  "万平方米", "平方米", "万人次", "人次", "万元", "亿元", "千元", "万册", "万人", "课时", "学时",
  "小时", "公里", "%", "％", "‰", "元", "人", "名", "所", "个", "项", "次", "家", "场", "期",
  "篇", "门", "节", "天", "间", "座", "处", "批", "支", "位", "班", "件", "条", "部", "份",
  "种", "册", "本", "辆", "台", "套", "亩", "张", "户", "块", "组",
  " percent", " person-times", " people", " persons", " students", " teachers", " schools",
  " kindergartens", " classes", " classrooms", " reports", " papers", " projects", " times",
  " courses", " sessions", " activities", " hours", " days", " yuan",
};

/* Words that open a clause without naming anything. */
static const char *fillers[] = {
  "年内", "全年", "今年", "当年", "年底前", "年底", "力争", "确保", "争取", "努力", "进一步",
  "继续", "计划", "预计", "要", "将", "并", "共", "and ", "ensure that ", "ensure ", "strive to ",
  "make sure that ", "the ",
};

/* Words that link a name to its number. */
static const char *links[] = { " is", " are", " will be", " of", " to", " at" };

static const char *zero_things[] = {
  "事故", "伤亡", "死亡", "投诉", "违纪", "违规", "差错", "失误", "发生", "案件", "辍学",
};

/* Looked at for every character: a full-width digit starts with the byte 0xEF. */
static gboolean
is_digit_at (const char *p)
{
  gunichar c;

  if ((guchar) *p < 0x80)
    return g_ascii_isdigit (*p);
  if ((guchar) *p != 0xef)
    return FALSE;
  c = g_utf8_get_char (p);
  return c >= 0xFF10 && c <= 0xFF19;
}

/* The number at @p with its decimals, in ASCII; @end gets where it stops. */
static char *
read_number (const char  *p,
             const char **end)
{
  GString *number = g_string_new (NULL);

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_digit_at (p))
        g_string_append_c (number, c <= '9' ? (char) c : (char) ('0' + c - 0xFF10));
      else if ((c == '.' || c == 0xFF0E) && is_digit_at (g_utf8_next_char (p))
               && strchr (number->str, '.') == NULL)
        g_string_append_c (number, '.');
      else
        break;
    }

  *end = p;
  return g_string_free (number, FALSE);
}

static const char *
match_unit (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_ascii_strncasecmp (p, units[i], strlen (units[i])) == 0)
      {
        const char *after = p + strlen (units[i]);

        /* An English unit is a whole word; 2.0 or 2019年 have no unit at all. */
        if (units[i][0] != ' ' || !g_ascii_isalpha (*after))
          return units[i];
      }

  return NULL;
}

/* Not a target: 第35个 (an ordinal), 1-3个 (a range), v2 or 4.0 (part of a name). */
static gboolean
is_counted_number (const char *clause,
                   const char *start,
                   const char *end)
{
  const char *prev = g_utf8_find_prev_char (clause, start);
  gunichar before = prev != NULL ? g_utf8_get_char (prev) : 0;
  gunichar after = g_utf8_get_char (end);

  if (wp_outline_text_is_one_of ("第-—~～至.·xX", before))
    return FALSE;
  if (before < 0x80 && g_ascii_isalnum (before))
    return FALSE;

  return !wp_outline_text_is_one_of ("-—~～至xX.·*", after);
}

static gboolean
strip_prefix (char       *text,
              const char *prefix)
{
  gsize length = strlen (prefix);

  if (!g_str_has_prefix (text, prefix))
    return FALSE;
  memmove (text, text + length, strlen (text + length) + 1);
  return TRUE;
}

static gboolean
strip_suffix (char       *text,
              const char *suffix)
{
  if (!g_str_has_suffix (text, suffix))
    return FALSE;
  text[strlen (text) - strlen (suffix)] = '\0';
  return TRUE;
}

static gboolean
is_latin (const char *text)
{
  return *text != '\0' && !wp_outline_text_is_mostly_han (text);
}

/* Keeps the last words of a long name: Chinese by characters, English by words. */
static char *
cut_name (char *name)
{
  glong length = g_utf8_strlen (name, -1);
  glong most = is_latin (name) ? MAX_LATIN_NAME_LENGTH : MAX_NAME_LENGTH;
  const char *start;
  char *cut;

  if (length <= most)
    return name;

  start = g_utf8_offset_to_pointer (name, length - most);
  if (is_latin (name) && strchr (start, ' ') != NULL)
    start = strchr (start, ' ') + 1;
  cut = g_strdup (start);
  g_free (name);

  return cut;
}

/* "年内培训贫困地区农村教师不低于" → 培训贫困地区农村教师. */
static char *
make_name (const char *before)
{
  const char *listed = g_utf8_strrchr (before, -1, 0x3001);  /* after the last 、 */
  const char *start = listed != NULL ? g_utf8_next_char (listed) : before;
  g_autofree char *name = wp_outline_text_strip (start, -1);
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (fillers); i++)
        changed |= strip_prefix (name, fillers[i]);
      for (guint i = 0; i < G_N_ELEMENTS (comparator_words); i++)
        changed |= strip_suffix (name, comparator_words[i].word);
      for (guint i = 0; i < G_N_ELEMENTS (links); i++)
        changed |= strip_suffix (name, links[i]);
      g_strchomp (name);
    }

  return cut_name (g_steal_pointer (&name));
}

/* Only the words just before the number qualify it. */
#define COMPARATOR_REACH 20

static WpComparator
find_comparator (const char *before,
                 const char *after)
{
  glong length = g_utf8_strlen (before, -1);
  const char *near = g_utf8_offset_to_pointer (before, MAX (length - COMPARATOR_REACH, 0));
  g_autofree char *folded = g_utf8_casefold (near, -1);

  for (guint i = 0; i < G_N_ELEMENTS (after_words); i++)
    if (g_str_has_prefix (after, after_words[i].word)
        || (after[0] == ' ' && g_str_has_prefix (after + 1, after_words[i].word)))
      return after_words[i].comparator;
  for (guint i = 0; i < G_N_ELEMENTS (comparator_words); i++)
    if (strstr (folded, comparator_words[i].word) != NULL)
      return comparator_words[i].comparator;

  return WP_COMPARATOR_AT_LEAST;
}

static WpIndicator *
new_indicator (const char   *name,
               const char   *unit,
               WpComparator  comparator,
               double        target)
{
  WpIndicator *indicator = wp_indicator_new ();

  wp_indicator_set_name (indicator, name);
  wp_indicator_set_unit (indicator, unit);
  wp_indicator_set_comparator (indicator, comparator);
  wp_indicator_set_target (indicator, target);

  return indicator;
}

/* "完成600名骨干教师培训", "年内80%的中小学建立达标咨询室": a name of a verb or less
 * is completed by the words after the number, up to the next number or list. */
static char *
complete_name (char       *name,
               const char *after)
{
  GString *completed;
  g_autofree char *joined = NULL;
  const char *space;
  glong most;

  if (is_latin (name) ? strchr (name, ' ') != NULL : g_utf8_strlen (name, -1) > MIN_NAME_LENGTH)
    return name;

  most = is_latin (after) ? MAX_LATIN_NAME_LENGTH : MAX_NAME_LENGTH;
  completed = g_string_new (name);
  g_free (name);
  if (g_str_has_prefix (after, "的"))
    after += strlen ("的");
  for (const char *p = after; *p != '\0' && !is_digit_at (p)
       && g_utf8_get_char (p) != 0x3001 && g_utf8_strlen (completed->str, -1) < most;
       p = g_utf8_next_char (p))
    g_string_append_unichar (completed, g_utf8_get_char (p));
  /* An English name ends with a whole word. */
  space = strrchr (completed->str, ' ');
  if (is_latin (after) && g_utf8_strlen (completed->str, -1) >= most && space != NULL)
    g_string_truncate (completed, space - completed->str);

  joined = g_string_free (completed, FALSE);
  return wp_outline_text_strip (joined, -1);
}

/* The words before a number name it, back to the number before it in the clause. */
static void
add_number (const char *words,
            gsize       length,
            const char *number,
            const char *unit,
            const char *unit_text,
            GPtrArray  *found)
{
  const char *after = unit_text + strlen (unit);
  g_autofree char *before = g_strndup (words, length);
  /* "40 reports and papers": an English unit is part of the name. */
  g_autofree char *name = complete_name (make_name (before), unit[0] == ' ' ? unit_text : after);

  if (*name == '\0' || g_str_has_prefix (name, "每"))
    return;

  g_ptr_array_add (found, new_indicator (name, unit[0] == ' ' ? unit + 1 : unit,
                                         find_comparator (before, after),
                                         g_ascii_strtod (number, NULL)));
}

static void
find_numbers (const char *clause,
              GPtrArray  *found)
{
  const char *words = clause;

  for (const char *p = clause; *p != '\0';)
    {
      const char *end;
      g_autofree char *number = NULL;
      const char *unit;

      if (!is_digit_at (p))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      number = read_number (p, &end);
      unit = match_unit (end);
      if (unit != NULL && is_counted_number (clause, p, end))
        {
          add_number (words, p - words, number, unit, end, found);
          end += strlen (unit);
        }
      words = p = end;
    }
}

/* The first "zero " in any case, without a lower-case copy of every clause. */
static const char *
find_zero_word (const char *clause)
{
  for (const char *p = clause; (p = strpbrk (p, "zZ")) != NULL; p++)
    if (g_ascii_strncasecmp (p, "zero ", strlen ("zero ")) == 0)
      return p;

  return NULL;
}

/* "安全事故为零", "实现零事故", "确保不发生重大安全事故", "zero disciplinary violations". */
static void
find_zero (const char *clause,
           GPtrArray  *found)
{
  g_autofree char *name = NULL;
  const char *mark;

  if ((mark = strstr (clause, "为零")) != NULL || (mark = strstr (clause, "零发生")) != NULL)
    name = g_strndup (clause, mark - clause);
  else if ((mark = strstr (clause, "不发生")) != NULL)
    name = g_strdup (mark + strlen ("不发生"));
  else if ((mark = find_zero_word (clause)) != NULL && (mark == clause || mark[-1] == ' '))
    name = g_strdup (mark + strlen ("zero "));
  else if ((mark = strstr (clause, "零")) != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (zero_things) && name == NULL; i++)
      if (g_str_has_prefix (mark + strlen ("零"), zero_things[i]))
        name = g_strdup (clause);

  if (name != NULL)
    {
      g_autofree char *clean = make_name (name);

      if (*clean != '\0')
        g_ptr_array_add (found, new_indicator (clean, "", WP_COMPARATOR_ZERO, 0));
    }
}

static gboolean
ends_clause (const char *p,
             gunichar    c)
{
  if (c == '.')
    return wp_outline_text_is_space (g_utf8_get_char (p + 1));

  return wp_outline_text_is_one_of ("，,。；;：:！？!?", c);
}

/* Clauses at bracket depth 0; numbers inside 《》 and （）are names or asides. The words
 * at depth 0 are copied a run at a time. */
static void
scan_clauses (const char *text,
              GPtrArray  *found)
{
  GString *clause = g_string_new (NULL);
  const char *run = text;  /* words at depth 0 not yet copied to @clause */
  int depth = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || (depth == 0 && ends_clause (p, c)))
        {
          if (depth == 0)
            g_string_append_len (clause, run, p - run);
          find_numbers (clause->str, found);
          find_zero (clause->str, found);
          g_string_truncate (clause, 0);
          if (c == 0)
            break;
          run = g_utf8_next_char (p);
          continue;
        }
      if (wp_outline_text_is_one_of ("《（(", c))
        {
          if (depth++ == 0)
            g_string_append_len (clause, run, p - run);
        }
      else if (wp_outline_text_is_one_of ("》）)", c) && depth > 0)
        {
          if (--depth == 0)
            run = g_utf8_next_char (p);
        }
    }

  g_string_free (clause, TRUE);
}

GPtrArray *
wp_indicator_parser_find (const char *text)
{
  GPtrArray *found;

  g_return_val_if_fail (text != NULL, NULL);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  scan_clauses (text, found);

  return found;
}
