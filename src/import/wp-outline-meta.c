/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline-meta"

#include "config.h"

#include <string.h>

#include "wp-outline-meta.h"
#include "wp-outline-text.h"

/* A breadcrumb is one short line of links. */
#define MAX_BREADCRUMB 120
#define MAX_HEADING_HAN 50
#define MAX_HEADING_LATIN 140

/* Ranks: a later source replaces an earlier one only when it ranks higher. */
enum
{
  RANK_PREAMBLE = 1,   /* "2019年是…" */
  RANK_DERIVED,        /* the organisation read out of a title */
  RANK_SIGNATURE,      /* a signature line at the end */
  RANK_BOOK_TITLE,     /* 《教育局2019年工作计划》 on a line of its own */
  RANK_HEADING,        /* a heading line at the head of the plan */
};

typedef enum
{
  PATTERN_DEBRIS,
  PATTERN_DATE,
  PATTERN_PLAN_WORD,
  PATTERN_ORGANIZATION,
  PATTERN_YEAR,
  PATTERN_YEAR_HAN,
  PATTERN_WEB_SUFFIX,
  PATTERN_BOOK_TITLE,
  PATTERN_ORG_BEFORE_YEAR,
  PATTERN_ORG_BEFORE_WORD,
  PATTERN_ORG_IN_BRACKETS,
  PATTERN_ORG_OF,
  PATTERN_ORG_POSSESSIVE,
  N_PATTERNS
} Pattern;

#define HAN_DIGITS "〇零一二两三四五六七八九十"
#define MONTHS "january|february|march|april|may|june|july|august|september|october|" \
               "november|december"

static const char *patterns[N_PATTERNS] = {
  [PATTERN_DEBRIS] =
    "^(当前位置|您的位置|你的位置|现在的位置|current location|your location)"
    "|^[-–—·•*\\s]*(上一篇|下一篇|上一页|下一页|previous article|next article)"
    "|^来源[:：]|免责声明|本文地址|原文地址|原文链接|转载.{0,20}(注明|保留)|版权.{0,20}删除"
    "|https?://|www\\.|\\b[a-z0-9-]+\\.(com|net|org|cn)\\b"
    "|格式[:：]\\s*doc|上传日期|小编|为大家整理|仅供大家参考|希望大家(能够)?喜欢|范文|请访问"
    "|相关关键词|全文阅读已结束|下载此文档|点击下载|content_\\d|-->|对我很有帮助|由互联网用户整理"
    "|^(recommended|popular|related|hot|latest) (articles?|reading|posts?)$|^you may also like"
    "|^(相关推荐|热门推荐|推荐阅读|相关阅读|相关文章|热门文章|猜你喜欢|推荐文章|精彩推荐)",
  [PATTERN_DATE] =
    "^([0-9]{4}|[" HAN_DIGITS "]{4}) ?年 ?[0-9" HAN_DIGITS "]{1,3} ?月"
    "( ?[0-9" HAN_DIGITS "]{1,3} ?日)?$"
    "|^[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}$"
    "|^(" MONTHS ") [0-9]{1,2},? [0-9]{4}$",
  [PATTERN_PLAN_WORD] =
    "计划|要点|总结|规划|方案|安排|work plan|summary|\\bplan\\b|key points|work points",
  [PATTERN_ORGANIZATION] =
    "^[^，,。；;：:]{2,30}"
    "(局|委员会|委|办公室|厅|学校|中学|小学|大学|学院|幼儿园|中心|工会|政府|研究院)$"
    "|^(the )?[A-Z][^,;:.]{2,80}(bureau|office|committee|commission|department|school|"
    "university|college|center|centre|union|government)$",
  [PATTERN_YEAR] = "(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])",
  [PATTERN_YEAR_HAN] = "(?<![0-9])(19[5-9][0-9]|20[0-9][0-9]) ?年(?!代)",
  [PATTERN_WEB_SUFFIX] = "[（(][^（()）]*篇[)）]$",
  [PATTERN_BOOK_TITLE] = "^《([^《》]+)》$",
  [PATTERN_ORG_BEFORE_YEAR] = "^(.{2,30}?)(19[0-9][0-9]|20[0-9][0-9]|20xx) ?年",
  [PATTERN_ORG_BEFORE_WORD] = "^(.{2,30}?)(年度)?(工作计划|工作要点|工作总结|计划|要点|总结)",
  [PATTERN_ORG_IN_BRACKETS] = "^(.*?) ?[(（]([^()（）]{3,80})[)）]$",
  [PATTERN_ORG_OF] = "^.*\\bof (the )?(.{3,80}?) (in|for) (19|20)[0-9][0-9]\\b",
  [PATTERN_ORG_POSSESSIVE] = "^(the )?(.{3,80}?)[’']s\\b",
};

/* How a Chinese organisation's name ends. */
static const char *org_endings[] = {
  "局", "委", "办", "厅", "部", "校", "院", "园", "中心", "会", "站", "所", "处", "科", "室", "馆",
  "府", "组",
};

static GRegex *
get_pattern (Pattern which)
{
  static GRegex *regexes[N_PATTERNS];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < N_PATTERNS; i++)
        {
          g_autoptr(GError) error = NULL;

          regexes[i] = g_regex_new (patterns[i], G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);
          g_assert_no_error (error);
        }
      g_once_init_leave (&initialized, 1);
    }

  return regexes[which];
}

static gboolean
matches (Pattern     which,
         const char *text)
{
  return g_regex_match (get_pattern (which), text, 0, NULL);
}

/* Group @group of the first match of @which in @text, or NULL. */
static char *
fetch (Pattern     which,
       const char *text,
       int         group)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *found = NULL;

  if (!g_regex_match (get_pattern (which), text, 0, &match))
    return NULL;

  found = g_match_info_fetch (match, group);
  return found != NULL && *found != '\0' ? wp_outline_text_strip (found, -1) : NULL;
}

static guint
count_substrings (const char *text,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* "Work plan > Office unit work plan", "Current location - A - B - C" */
static gboolean
is_breadcrumb (const char *line)
{
  if (g_utf8_strlen (line, -1) > MAX_BREADCRUMB || !wp_outline_text_is_heading_like (line))
    return FALSE;

  return strstr (line, " > ") != NULL || strstr (line, "»") != NULL || strstr (line, "›") != NULL
         || strstr (line, "＞") != NULL
         || count_substrings (line, " - ") + count_substrings (line, " – ") >= 2;
}

gboolean
wp_outline_meta_is_debris (const char *line)
{
  g_return_val_if_fail (line != NULL, FALSE);

  return matches (PATTERN_DEBRIS, line) || is_breadcrumb (line);
}

static gboolean
is_short_line (const char *line)
{
  glong length = g_utf8_strlen (line, -1);

  if (!wp_outline_text_is_heading_like (line))
    return FALSE;

  return length <= (wp_outline_text_is_mostly_han (line) ? MAX_HEADING_HAN : MAX_HEADING_LATIN);
}

gboolean
wp_outline_meta_is_signature (const char *line)
{
  g_return_val_if_fail (line != NULL, FALSE);

  return is_short_line (line)
         && (matches (PATTERN_DATE, line) || matches (PATTERN_ORGANIZATION, line));
}

gboolean
wp_outline_meta_is_heading (const char *line)
{
  g_return_val_if_fail (line != NULL, FALSE);

  return wp_outline_meta_is_signature (line)
         || matches (PATTERN_BOOK_TITLE, line)
         || (is_short_line (line) && matches (PATTERN_PLAN_WORD, line));
}

static void
set_field (char      **field,
           guint      *field_rank,
           char       *value,
           guint       rank)
{
  if (value == NULL || *value == '\0' || rank <= *field_rank)
    {
      g_free (value);
      return;
    }

  g_free (*field);
  *field = value;
  *field_rank = rank;
}

static void
set_year (WpOutlineMeta *meta,
          Pattern        pattern,
          const char    *text,
          guint          rank)
{
  g_autofree char *year = fetch (pattern, text, 1);

  if (year != NULL && rank > meta->year_rank)
    {
      meta->year = g_ascii_strtoull (year, NULL, 10);
      meta->year_rank = rank;
    }
}

static gboolean
has_org_ending (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (org_endings); i++)
    if (g_str_has_suffix (name, org_endings[i]))
      return TRUE;

  return FALSE;
}

/* "教育局2019年工作计划" → 教育局; "教育局工会工作计划" → 教育局工会; "Summary of the work
 * of the Education Bureau in 2019" → Education Bureau; "Education Bureau’s 2022 …". */
static char *
find_organization (const char *title)
{
  char *org = NULL;

  if (wp_outline_text_is_mostly_han (title))
    {
      org = fetch (PATTERN_ORG_BEFORE_YEAR, title, 1);
      if (org == NULL && (org = fetch (PATTERN_ORG_BEFORE_WORD, title, 1)) != NULL
          && !has_org_ending (org))
        g_clear_pointer (&org, g_free);
      if (org != NULL && g_str_has_suffix (org, "关于"))
        org[strlen (org) - strlen ("关于")] = '\0';
      return org;
    }

  if ((org = fetch (PATTERN_ORG_OF, title, 2)) == NULL)
    org = fetch (PATTERN_ORG_POSSESSIVE, title, 2);

  return org;
}

/* Takes a title: "(优秀19篇)" of a web page goes, "(Cultural Affairs Bureau)" after an
 * English title is the organisation. */
static void
take_title (WpOutlineMeta *meta,
            const char    *line,
            guint          rank)
{
  g_autofree char *title = g_regex_replace_literal (get_pattern (PATTERN_WEB_SUFFIX), line, -1,
                                                    0, "", 0, NULL);
  char *bracketed = NULL;

  if (!wp_outline_text_is_mostly_han (title)
      && (bracketed = fetch (PATTERN_ORG_IN_BRACKETS, title, 2)) != NULL)
    {
      set_field (&meta->organization, &meta->organization_rank, bracketed, RANK_HEADING);
      g_free (g_steal_pointer (&title));
      title = fetch (PATTERN_ORG_IN_BRACKETS, line, 1);
    }

  set_year (meta, PATTERN_YEAR, title, rank);
  set_field (&meta->organization, &meta->organization_rank, find_organization (title),
             RANK_DERIVED);
  set_field (&meta->title, &meta->title_rank, g_steal_pointer (&title), rank);
}

void
wp_outline_meta_take_heading (WpOutlineMeta *meta,
                              const char    *line)
{
  g_return_if_fail (meta != NULL);
  g_return_if_fail (line != NULL);

  if (matches (PATTERN_BOOK_TITLE, line))
    wp_outline_meta_take_book_title (meta, line);
  else if (wp_outline_meta_is_signature (line))
    wp_outline_meta_take_signature (meta, line);
  else if (meta->title == NULL && matches (PATTERN_PLAN_WORD, line))
    take_title (meta, line, RANK_HEADING);
  else
    set_year (meta, PATTERN_YEAR, line, RANK_BOOK_TITLE);
}

void
wp_outline_meta_take_book_title (WpOutlineMeta *meta,
                                 const char    *line)
{
  g_autofree char *title = NULL;

  g_return_if_fail (meta != NULL);
  g_return_if_fail (line != NULL);

  title = fetch (PATTERN_BOOK_TITLE, line, 1);
  if (title != NULL && meta->title == NULL && matches (PATTERN_PLAN_WORD, title))
    take_title (meta, title, RANK_BOOK_TITLE);
}

void
wp_outline_meta_take_signature (WpOutlineMeta *meta,
                                const char    *line)
{
  g_return_if_fail (meta != NULL);
  g_return_if_fail (line != NULL);

  if (matches (PATTERN_DATE, line))
    set_year (meta, PATTERN_YEAR, line, RANK_SIGNATURE);
  else if (matches (PATTERN_ORGANIZATION, line))
    set_field (&meta->organization, &meta->organization_rank, g_strdup (line), RANK_SIGNATURE);
}

void
wp_outline_meta_take_preamble (WpOutlineMeta *meta,
                               const char    *line)
{
  g_return_if_fail (meta != NULL);
  g_return_if_fail (line != NULL);

  set_year (meta, PATTERN_YEAR_HAN, line, RANK_PREAMBLE);
}

void
wp_outline_meta_clear (WpOutlineMeta *meta)
{
  g_return_if_fail (meta != NULL);

  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->organization, g_free);
  memset (meta, 0, sizeof *meta);
}
