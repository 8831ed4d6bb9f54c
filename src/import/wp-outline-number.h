/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a list number looks. Levels are decided from the sequence of values, so the
 * style is a hint: two lines of one style are likely siblings. */
typedef enum
{
  WP_OUTLINE_STYLE_ZH_COMMA,      /* 一、 一． */
  WP_OUTLINE_STYLE_ZH_PAREN,      /* （一） (一) */
  WP_OUTLINE_STYLE_ZH_ORDINAL,    /* 第一、 第二， */
  WP_OUTLINE_STYLE_ZH_SHI,        /* 一是 二是 */
  WP_OUTLINE_STYLE_ZH_CHAPTER,    /* …篇一: one document of a compilation */
  WP_OUTLINE_STYLE_DIGIT_DOT,     /* 1. 1． ⒈ */
  WP_OUTLINE_STYLE_DIGIT_COMMA,   /* 1、 */
  WP_OUTLINE_STYLE_DIGIT_PAREN,   /* （1） (1) ⑴ */
  WP_OUTLINE_STYLE_DIGIT_RPAREN,  /* 1) */
  WP_OUTLINE_STYLE_CIRCLED,       /* ① */
  WP_OUTLINE_STYLE_ROMAN,         /* I. II. */
  WP_OUTLINE_STYLE_LETTER,        /* A. B. */
  WP_OUTLINE_STYLE_LETTER_PAREN,  /* (a) (b) */
  WP_OUTLINE_STYLE_ROMAN_PAREN,   /* (i) (ii) */
  WP_OUTLINE_STYLE_ORDINAL,       /* First, Second, */
  WP_OUTLINE_N_STYLES
} WpOutlineStyle;

/* One way to read a number: "I." is the Roman one or the letter I. */
typedef struct
{
  WpOutlineStyle style;
  guint          value;
  guint          cost;     /* 0 for the likelier reading, more for the other */
} WpOutlineReading;

typedef struct
{
  gsize            start;  /* bytes of the number in its line: at the start, except */
  gsize            end;    /* for ZH_CHAPTER, which ends its line */
  guint            n_readings;
  WpOutlineReading readings[2];
} WpOutlineNumber;

/* Recognises the list number that begins (or, for "…篇一", ends) @line, which must not
 * start with white space. A number needs the right glyph after it: "1.5亿", "2019年",
 * "2.0" and "一、二年级" are not list numbers. */
gboolean  wp_outline_number_parse        (const char      *line,
                                          WpOutlineNumber *number);
/* @line without its number and the spaces and commas around it (a new string). */
char     *wp_outline_number_strip        (const char            *line,
                                          const WpOutlineNumber *number);
/* The value of the Chinese numeral (一 … 九十九, 一百二十) at @text, 0 if none;
 * @length gets its length in bytes. */
guint     wp_outline_number_parse_han    (const char      *text,
                                          gsize           *length);

/* How readily a line numbered in @style is plain text instead: "First, …" and "一是…"
 * often open a paragraph, "（一）" never does. */
guint     wp_outline_style_get_text_cost (WpOutlineStyle   style);
/* Numbers that belong to Chinese writing (一、 （一） 一是 第一 篇一). */
gboolean  wp_outline_style_is_han        (WpOutlineStyle   style);
/* Numbers that only English writing uses (I. A. (a) (i) First,). */
gboolean  wp_outline_style_is_latin      (WpOutlineStyle   style);

G_END_DECLS
