/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline-number"

#include "config.h"

#include <string.h>

#include "wp-outline-number.h"
#include "wp-outline-text.h"

/* Outlines run to a few dozen items; larger values are years, codes or amounts. */
#define MAX_DIGIT_VALUE 199
#define MAX_HAN_VALUE    99
#define MAX_ROMAN_VALUE  89
/* "教育局工会工作计划篇一": the name before 篇 is a short title. */
#define MAX_CHAPTER_TITLE 40
#define MAX_CHAPTER_LINE  200

static const struct
{
  const char *word;
  guint       value;
} ordinal_words[] = {
  { "Firstly", 1 }, { "First", 1 }, { "Secondly", 2 }, { "Second", 2 }, { "Thirdly", 3 },
  { "Third", 3 }, { "Fourthly", 4 }, { "Fourth", 4 }, { "Fifthly", 5 }, { "Fifth", 5 },
  { "Sixthly", 6 }, { "Sixth", 6 }, { "Seventh", 7 }, { "Eighth", 8 }, { "Ninth", 9 },
  { "Tenth", 10 }, { "Eleventh", 11 }, { "Twelfth", 12 },
};

static gunichar
char_at (const char *line,
         gsize       offset)
{
  return g_utf8_get_char (line + offset);
}

static gsize
next_offset (const char *line,
             gsize       offset)
{
  return g_utf8_next_char (line + offset) - line;
}

static gsize
skip_spaces (const char *line,
             gsize       offset)
{
  while (line[offset] != '\0' && wp_outline_text_is_space (char_at (line, offset)))
    offset = next_offset (line, offset);

  return offset;
}

static void
add_reading (WpOutlineNumber *number,
             WpOutlineStyle   style,
             guint            value,
             guint            cost)
{
  g_assert (number->n_readings < G_N_ELEMENTS (number->readings));
  number->readings[number->n_readings++] = (WpOutlineReading) { style, value, cost };
}

static gboolean
finish (WpOutlineNumber *number,
        const char      *line,
        gsize            end)
{
  number->start = 0;
  number->end = skip_spaces (line, end);
  return number->n_readings > 0;
}

static int
han_digit (gunichar c)
{
  static const gunichar digits[] = { 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                     0x516D, 0x4E03, 0x516B, 0x4E5D };   /* 零一…九 */

  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    if (digits[i] == c)
      return i;
  if (c == 0x3007)  /* 〇 */
    return 0;
  if (c == 0x4E24)  /* 两 */
    return 2;

  return -1;
}

guint
wp_outline_number_parse_han (const char *text,
                             gsize      *length)
{
  guint total = 0;
  guint digit = 0;
  gsize offset = 0;

  for (;; offset = next_offset (text, offset))
    {
      gunichar c = char_at (text, offset);
      int d = han_digit (c);

      if (d >= 0)
        {
          digit = d;
          continue;
        }
      if (c == 0x5341)  /* 十: 十一 is 11, 二十 is 20 */
        total += (digit == 0 ? 1 : digit) * 10;
      else if (c == 0x767E)  /* 百 */
        total += digit * 100;
      else
        break;
      digit = 0;
    }

  if (length != NULL)
    *length = offset;

  return offset > 0 ? total + digit : 0;
}

/* One to three ASCII or full-width digits, not followed by a fourth. */
static guint
parse_digits (const char *line,
              gsize       offset,
              gsize      *end)
{
  guint value = 0;
  guint n = 0;

  for (;; offset = next_offset (line, offset), n++)
    {
      gunichar c = char_at (line, offset);

      if (c >= '0' && c <= '9')
        value = value * 10 + (c - '0');
      else if (c >= 0xFF10 && c <= 0xFF19)
        value = value * 10 + (c - 0xFF10);
      else
        break;
    }

  *end = offset;
  return n >= 1 && n <= 3 ? value : 0;
}

static gboolean
is_digit_char (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static guint
roman_value (const char *text,
             gsize       length)
{
  static const struct { const char *glyphs; guint value; } table[] = {
    { "L", 50 }, { "XL", 40 }, { "X", 10 }, { "IX", 9 }, { "V", 5 }, { "IV", 4 }, { "I", 1 },
  };
  g_autofree char *upper = g_ascii_strup (text, length);
  GString *canonical = g_string_new (NULL);
  guint value = 0;
  const char *p = upper;

  /* Read greedily by the canonical table, then insist on the canonical spelling, so
   * that "IIII" or "VX" are not numbers. */
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    while (g_str_has_prefix (p, table[i].glyphs))
      {
        value += table[i].value;
        g_string_append (canonical, table[i].glyphs);
        p += strlen (table[i].glyphs);
      }

  if (*p != '\0' || strcmp (canonical->str, upper) != 0 || value > MAX_ROMAN_VALUE)
    value = 0;
  g_string_free (canonical, TRUE);

  return value;
}

/* A single letter that is also a Roman numeral reads both ways; I, V and X are usually
 * Roman, L as a letter. */
static void
add_letter_readings (WpOutlineNumber *number,
                     const char      *letters,
                     gsize            length,
                     WpOutlineStyle   letter_style,
                     WpOutlineStyle   roman_style)
{
  guint roman = roman_value (letters, length);
  gboolean usually_roman = length > 1 || strchr ("IVXivx", letters[0]) != NULL;

  if (roman > 0)
    add_reading (number, roman_style, roman, usually_roman ? 0 : 1);
  if (length == 1)
    add_reading (number, letter_style, g_ascii_tolower (letters[0]) - 'a' + 1,
                 roman > 0 && usually_roman ? 1 : 0);
}

static gsize
count_ascii_letters (const char *line,
                     gsize       offset,
                     gboolean    upper)
{
  gsize n = 0;

  while (upper ? g_ascii_isupper (line[offset + n]) : g_ascii_islower (line[offset + n]))
    n++;

  return n;
}

/* Reads the number inside brackets at @inner; returns where it ends, or 0. */
static gsize
read_bracket_content (const char      *line,
                      gsize            inner,
                      WpOutlineNumber *number)
{
  gsize length;
  guint value;

  value = wp_outline_number_parse_han (line + inner, &length);
  if (value > 0 && value <= MAX_HAN_VALUE)
    {
      add_reading (number, WP_OUTLINE_STYLE_ZH_PAREN, value, 0);
      return inner + length;
    }

  value = parse_digits (line, inner, &length);
  if (value > 0 && value <= MAX_DIGIT_VALUE)
    {
      add_reading (number, WP_OUTLINE_STYLE_DIGIT_PAREN, value, 0);
      return length;
    }

  length = count_ascii_letters (line, inner, FALSE);
  if (length > 0 && length <= 4)
    add_letter_readings (number, line + inner, length, WP_OUTLINE_STYLE_LETTER_PAREN,
                         WP_OUTLINE_STYLE_ROMAN_PAREN);

  return number->n_readings > 0 ? inner + length : 0;
}

/* （一） (1) （a） (ii) */
static gboolean
parse_bracketed (const char      *line,
                 WpOutlineNumber *number)
{
  gunichar open = char_at (line, 0);
  gsize after;
  gunichar close;

  if (open != '(' && open != 0xFF08)
    return FALSE;

  after = read_bracket_content (line, next_offset (line, 0), number);
  close = char_at (line, after);
  if (after == 0 || (close != ')' && close != 0xFF09))
    {
      number->n_readings = 0;
      return FALSE;
    }

  after = next_offset (line, after);
  if (wp_outline_text_is_one_of ("、.．", char_at (line, after)))
    after = next_offset (line, after);

  return finish (number, line, after);
}

/* ① ⑴ ⒈ ❶ */
static gboolean
parse_enclosed (const char      *line,
                WpOutlineNumber *number)
{
  gunichar c = char_at (line, 0);

  if (c >= 0x2460 && c <= 0x2473)
    add_reading (number, WP_OUTLINE_STYLE_CIRCLED, c - 0x2460 + 1, 0);
  else if (c >= 0x3251 && c <= 0x325F)
    add_reading (number, WP_OUTLINE_STYLE_CIRCLED, c - 0x3251 + 21, 0);
  else if (c >= 0x32B1 && c <= 0x32BF)
    add_reading (number, WP_OUTLINE_STYLE_CIRCLED, c - 0x32B1 + 36, 0);
  else if (c >= 0x2776 && c <= 0x277F)
    add_reading (number, WP_OUTLINE_STYLE_CIRCLED, c - 0x2776 + 1, 0);
  else if (c >= 0x2474 && c <= 0x2487)
    add_reading (number, WP_OUTLINE_STYLE_DIGIT_PAREN, c - 0x2474 + 1, 0);
  else if (c >= 0x2488 && c <= 0x249B)
    add_reading (number, WP_OUTLINE_STYLE_DIGIT_DOT, c - 0x2488 + 1, 0);
  else
    return FALSE;

  return finish (number, line, next_offset (line, 0));
}

/* First, Second: … */
static gboolean
parse_ordinal_word (const char      *line,
                    WpOutlineNumber *number)
{
  for (guint i = 0; i < G_N_ELEMENTS (ordinal_words); i++)
    {
      gsize length = strlen (ordinal_words[i].word);

      if (g_ascii_strncasecmp (line, ordinal_words[i].word, length) == 0
          && g_ascii_isupper (line[0])
          && wp_outline_text_is_one_of (",，:：", char_at (line, length)))
        {
          add_reading (number, WP_OUTLINE_STYLE_ORDINAL, ordinal_words[i].value, 0);
          return finish (number, line, next_offset (line, length));
        }
    }

  return FALSE;
}

/* 第一、 第二， */
static gboolean
parse_han_ordinal (const char      *line,
                   WpOutlineNumber *number)
{
  gsize start;
  gsize length;
  guint value;

  if (char_at (line, 0) != 0x7B2C)  /* 第 */
    return FALSE;

  start = next_offset (line, 0);
  value = wp_outline_number_parse_han (line + start, &length);
  if (value == 0 || value > MAX_HAN_VALUE
      || !wp_outline_text_is_one_of ("、，,：:", char_at (line, start + length)))
    return FALSE;

  add_reading (number, WP_OUTLINE_STYLE_ZH_ORDINAL, value, 0);
  return finish (number, line, next_offset (line, start + length));
}

typedef struct
{
  const char     *separators;
  WpOutlineStyle  style;
} Separator;

static const Separator han_separators[] = {
  { "、.．", WP_OUTLINE_STYLE_ZH_COMMA },
};

static const Separator digit_separators[] = {
  { ".．", WP_OUTLINE_STYLE_DIGIT_DOT },
  { "、", WP_OUTLINE_STYLE_DIGIT_COMMA },
  { ")）", WP_OUTLINE_STYLE_DIGIT_RPAREN },
};

/* The style that @separator gives a number, from @table. */
static gboolean
add_separated_reading (WpOutlineNumber *number,
                       const Separator *table,
                       guint            n_entries,
                       gunichar         separator,
                       guint            value)
{
  for (guint i = 0; i < n_entries; i++)
    if (wp_outline_text_is_one_of (table[i].separators, separator))
      {
        add_reading (number, table[i].style, value, 0);
        return TRUE;
      }

  return FALSE;
}

/* Where the text after the separator at @separator begins, or 0 when the number is
 * none: the line ends there, or it runs on ("1.5亿", "2.0", "50%", "一、二年级"). */
static gsize
find_text_after (const char *line,
                 gsize       separator,
                 gboolean    han)
{
  gsize after;
  gunichar next;

  if (line[separator] == '\0')
    return 0;

  after = next_offset (line, separator);
  next = char_at (line, after);
  if (is_digit_char (next))
    return 0;
  if (han ? wp_outline_number_parse_han (line + after, NULL) > 0
          : wp_outline_text_is_one_of (".．%％", next))
    return 0;

  return after;
}

/* 一、 一． 一是 */
static gboolean
parse_han_numeral (const char      *line,
                   WpOutlineNumber *number)
{
  gsize length;
  guint value = wp_outline_number_parse_han (line, &length);
  gsize after = find_text_after (line, length, TRUE);
  gunichar next = char_at (line, after);

  if (value == 0 || value > MAX_HAN_VALUE || after == 0)
    return FALSE;

  if (char_at (line, length) == 0x662F && next != 0 && !g_unichar_ispunct (next))  /* 是 */
    add_reading (number, WP_OUTLINE_STYLE_ZH_SHI, value, 0);
  else if (!add_separated_reading (number, han_separators, G_N_ELEMENTS (han_separators),
                                   char_at (line, length), value))
    return FALSE;

  return finish (number, line, after);
}

/* 1. 1． 1、 1) */
static gboolean
parse_digit_numeral (const char      *line,
                     WpOutlineNumber *number)
{
  gsize length;
  guint value = parse_digits (line, 0, &length);
  gsize after = find_text_after (line, length, FALSE);

  if (value == 0 || value > MAX_DIGIT_VALUE || after == 0)
    return FALSE;

  return add_separated_reading (number, digit_separators, G_N_ELEMENTS (digit_separators),
                                char_at (line, length), value)
         && finish (number, line, after);
}

/* I. II. A. — followed by a space, Chinese text or nothing, so that "U.S." is not. */
static gboolean
parse_capital_numeral (const char      *line,
                       WpOutlineNumber *number)
{
  gsize length = count_ascii_letters (line, 0, TRUE);
  gsize after;
  gunichar next;

  if (length == 0 || length > 6 || !wp_outline_text_is_one_of (".．、", char_at (line, length)))
    return FALSE;

  after = next_offset (line, length);
  next = char_at (line, after);
  if (next != 0 && next < 0x80 && !g_ascii_isspace (next))
    return FALSE;

  add_letter_readings (number, line, length, WP_OUTLINE_STYLE_LETTER, WP_OUTLINE_STYLE_ROMAN);
  return finish (number, line, after);
}

/* "教育局工会工作计划篇一": web compilations number their documents at the end. */
static gboolean
parse_chapter (const char      *line,
               WpOutlineNumber *number)
{
  const char *mark;
  const char *numeral;
  gsize length;
  guint value;

  /* A short line only, and found without reading a long one to its end. */
  if (strnlen (line, MAX_CHAPTER_LINE) == MAX_CHAPTER_LINE)
    return FALSE;
  mark = g_utf8_strrchr (line, -1, 0x7BC7);  /* 篇 */
  if (mark == NULL || mark == line)
    return FALSE;

  numeral = g_utf8_next_char (mark);
  value = wp_outline_number_parse_han (numeral, &length);
  if (value == 0 || numeral[length] != '\0'
      || g_utf8_strlen (line, mark - line) > MAX_CHAPTER_TITLE)
    return FALSE;

  add_reading (number, WP_OUTLINE_STYLE_ZH_CHAPTER, value, 0);
  number->start = mark - line;
  number->end = strlen (line);
  return TRUE;
}

gboolean
wp_outline_number_parse (const char      *line,
                         WpOutlineNumber *number)
{
  g_return_val_if_fail (line != NULL, FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  memset (number, 0, sizeof *number);
  return parse_bracketed (line, number)
         || parse_enclosed (line, number)
         || parse_ordinal_word (line, number)
         || parse_han_ordinal (line, number)
         || parse_han_numeral (line, number)
         || parse_digit_numeral (line, number)
         || parse_capital_numeral (line, number)
         || parse_chapter (line, number);
}

char *
wp_outline_number_strip (const char            *line,
                         const WpOutlineNumber *number)
{
  g_return_val_if_fail (line != NULL, NULL);
  g_return_val_if_fail (number != NULL, NULL);

  if (number->start > 0)
    return wp_outline_text_strip (line, number->start);

  return wp_outline_text_strip (line + number->end, -1);
}

guint
wp_outline_style_get_text_cost (WpOutlineStyle style)
{
  switch (style)
    {
    case WP_OUTLINE_STYLE_ORDINAL:
    case WP_OUTLINE_STYLE_ZH_SHI:
      return 2;
    case WP_OUTLINE_STYLE_ZH_ORDINAL:
      return 4;
    case WP_OUTLINE_STYLE_LETTER:
      return 6;
    default:
      return 15;
    }
}

gboolean
wp_outline_style_is_han (WpOutlineStyle style)
{
  return style <= WP_OUTLINE_STYLE_ZH_CHAPTER;
}

gboolean
wp_outline_style_is_latin (WpOutlineStyle style)
{
  return style >= WP_OUTLINE_STYLE_ROMAN;
}
