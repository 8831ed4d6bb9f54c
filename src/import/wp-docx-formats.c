/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-docx-formats"

#include "config.h"

#include <string.h>

#include "wp-docx-formats.h"
#include "wp-numbering.h"

/* Letters repeat (AAA …) and Roman numerals run out past these; decimal follows. */
#define MAX_LETTERS 130
#define MAX_ROMAN   3999

static void
append_decimal (GString *out,
                guint    n)
{
  g_string_append_printf (out, "%u", n);
}

static void
append_decimal_zero (GString *out,
                     guint    n)
{
  g_string_append_printf (out, "%02u", n);
}

static void
append_full_width (GString *out,
                   guint    n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);

  for (const char *d = digits; *d != '\0'; d++)
    g_string_append_unichar (out, 0xff10 + (*d - '0'));
}

/* Financial numerals, as on cheques: 壹贰叁 instead of 一二三. */
static void
append_chinese_legal (GString *out,
                      guint    n)
{
  static const char *const plain[] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千",
  };
  static const char *const legal[] = {
    "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟",
  };
  g_autoptr(GString) numeral = g_string_new (NULL);

  wp_numbering_append_chinese (numeral, n);
  for (const char *p = numeral->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize length = g_utf8_next_char (p) - p;
      guint i = 0;

      while (i < G_N_ELEMENTS (plain) && strncmp (p, plain[i], length) != 0)
        i++;
      if (i < G_N_ELEMENTS (plain))
        g_string_append (out, legal[i]);
      else
        g_string_append_len (out, p, length);
    }
}

/* Word repeats the letter past Z: A … Z, AA, BB … ZZ, AAA. */
static void
append_letters (GString  *out,
                guint     n,
                gunichar  first)
{
  guint times = n == 0 ? 0 : (n - 1) / 26 + 1;

  for (guint i = 0; i < times; i++)
    g_string_append_unichar (out, first + (n - 1) % 26);
}

static void
append_upper_letter (GString *out,
                     guint    n)
{
  append_letters (out, n, 'A');
}

static void
append_lower_letter (GString *out,
                     guint    n)
{
  append_letters (out, n, 'a');
}

/* The ten heavenly stems 甲乙丙丁…, which Word cycles through. */
static void
append_heavenly_stem (GString *out,
                      guint    n)
{
  static const char *const stems[] = {
    "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸",
  };

  g_string_append (out, stems[(n + G_N_ELEMENTS (stems) - 1) % G_N_ELEMENTS (stems)]);
}

/* Digit by digit: 一〇 for 10. */
static void
append_ideograph_digits (GString *out,
                         guint    n)
{
  static const char *const digits[] = {
    "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九",
  };
  g_autofree char *decimal = g_strdup_printf ("%u", n);

  for (const char *d = decimal; *d != '\0'; d++)
    g_string_append (out, digits[*d - '0']);
}

/* ⑴ ⑵ … ⑳ and ⒈ ⒉ … ⒛ exist up to 20; later numbers are written out. */
static void
append_enclosed (GString    *out,
                 guint       n,
                 gunichar    first,
                 const char *format)
{
  if (n >= 1 && n <= 20)
    g_string_append_unichar (out, first + n - 1);
  else
    g_string_append_printf (out, format, n);
}

static void
append_parenthesized (GString *out,
                      guint    n)
{
  append_enclosed (out, n, 0x2474, "(%u)");
}

static void
append_full_stop (GString *out,
                  guint    n)
{
  append_enclosed (out, n, 0x2488, "%u.");
}

static void
append_upper_roman (GString *out,
                    guint    n)
{
  wp_numbering_append_roman (out, n, TRUE);
}

static void
append_lower_roman (GString *out,
                    guint    n)
{
  wp_numbering_append_roman (out, n, FALSE);
}

/* Unicode has circled numbers up to 50; larger ones fall back to plain decimals. */
#define MAX_CIRCLED 50

typedef struct
{
  const char  *name;
  void       (*append) (GString *out, guint n);
  guint        max;
} Format;

static const Format formats[] = {
  { "decimalZero", append_decimal_zero, G_MAXUINT },
  { "decimalFullWidth", append_full_width, G_MAXUINT },
  { "decimalFullWidth2", append_full_width, G_MAXUINT },
  { "decimalEnclosedCircle", wp_numbering_append_circled, MAX_CIRCLED },
  { "decimalEnclosedCircleChinese", wp_numbering_append_circled, MAX_CIRCLED },
  { "decimalEnclosedParen", append_parenthesized, G_MAXUINT },
  { "decimalEnclosedFullstop", append_full_stop, G_MAXUINT },
  { "chineseCounting", wp_numbering_append_chinese, G_MAXUINT },
  { "chineseCountingThousand", wp_numbering_append_chinese, G_MAXUINT },
  { "taiwaneseCounting", wp_numbering_append_chinese, G_MAXUINT },
  { "taiwaneseCountingThousand", wp_numbering_append_chinese, G_MAXUINT },
  { "japaneseCounting", wp_numbering_append_chinese, G_MAXUINT },
  { "chineseLegalSimplified", append_chinese_legal, G_MAXUINT },
  { "ideographTraditional", append_heavenly_stem, G_MAXUINT },
  { "ideographDigital", append_ideograph_digits, G_MAXUINT },
  { "taiwaneseDigital", append_ideograph_digits, G_MAXUINT },
  { "upperRoman", append_upper_roman, MAX_ROMAN },
  { "lowerRoman", append_lower_roman, MAX_ROMAN },
  { "upperLetter", append_upper_letter, MAX_LETTERS },
  { "lowerLetter", append_lower_letter, MAX_LETTERS },
};

void
wp_docx_append_number (GString    *out,
                       const char *format,
                       int         value)
{
  guint n = MAX (value, 0);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const Format *f = &formats[i];

      if (n == 0 || n > f->max || !g_str_equal (format, f->name))
        continue;
      f->append (out, n);
      return;
    }

  append_decimal (out, n);
}
