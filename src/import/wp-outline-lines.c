/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline-lines"

#include "config.h"

#include <string.h>

#include "wp-outline-lines.h"
#include "wp-outline-number.h"
#include "wp-outline-text.h"

/* Only plain digit lists are found inside paragraphs: other styles inside running
 * text are far more often words than numbers. */
static gboolean
is_inline_style (WpOutlineStyle style)
{
  return style == WP_OUTLINE_STYLE_DIGIT_DOT || style == WP_OUTLINE_STYLE_DIGIT_COMMA;
}

typedef struct
{
  guint last[WP_OUTLINE_N_STYLES];  /* the last value seen at a paragraph's start */
  GPtrArray *paragraphs;
  char *pending;                    /* a number waiting for the text on the next line */
} Splitter;

/* Where the text of @paragraph starts, after its own number if any; @heading_end gets
 * where the heading that opens it ("I. Party building …") ends: the end of its first
 * sentence when it starts with a number, else 0. */
static gsize
find_text_start (const char *paragraph,
                 gsize      *heading_end)
{
  WpOutlineNumber number;

  *heading_end = 0;
  if (!wp_outline_number_parse (paragraph, &number) || number.start > 0)
    return g_utf8_next_char (paragraph) - paragraph;

  *heading_end = number.end + wp_outline_text_sentence_end (paragraph + number.end, NULL);
  return MAX (number.end, 1);
}

/* "… work 1. In-depth" or "… members. 2. Solidly": a number inside a paragraph that
 * follows a full stop, or ends the heading that opens the paragraph (@heading_end).
 * Not after a colon or a semicolon, where a list belongs to its sentence. */
static gboolean
is_item_boundary (const char *paragraph,
                  gsize       offset,
                  gsize       heading_end)
{
  const char *prev = g_utf8_find_prev_char (paragraph, paragraph + offset);
  gunichar c;

  if (prev == NULL)
    return FALSE;
  c = g_utf8_get_char (prev);
  if (wp_outline_text_is_space (c))
    {
      const char *word = g_utf8_find_prev_char (paragraph, prev);

      c = word != NULL ? g_utf8_get_char (word) : 0;
    }
  if (c == '.' || c == 0x3002)
    return TRUE;

  return !wp_outline_text_is_one_of (":：;；,，、", c) && offset <= heading_end;
}

/* English items need "N. Capital", Chinese ones "N.汉" after a 。. */
static gboolean
read_inline_number (const char      *paragraph,
                    gsize            offset,
                    gsize            heading_end,
                    WpOutlineNumber *number)
{
  const char *p = paragraph + offset;
  gunichar next;

  if (!g_ascii_isdigit (*p) || !wp_outline_number_parse (p, number) || number->start > 0
      || !is_inline_style (number->readings[0].style))
    return FALSE;

  next = g_utf8_get_char (p + number->end);
  if (next < 0x80 && !(g_ascii_isupper (next) && wp_outline_text_is_space (p[number->end - 1])))
    return FALSE;

  return is_item_boundary (paragraph, offset, heading_end);
}

static void
remember_number (Splitter   *splitter,
                 const char *paragraph)
{
  WpOutlineNumber number;

  if (wp_outline_number_parse (paragraph, &number))
    splitter->last[number.readings[0].style] = number.readings[0].value;
}

static void
add_paragraph (Splitter   *splitter,
               const char *text,
               gssize      length)
{
  char *paragraph = wp_outline_text_strip (text, length);

  if (*paragraph == '\0')
    {
      g_free (paragraph);
      return;
    }
  remember_number (splitter, paragraph);
  g_ptr_array_add (splitter->paragraphs, paragraph);
}

/* Splits where the numbers run 1, 2, 3 … or continue the list of earlier paragraphs. */
static void
split_items (Splitter   *splitter,
             const char *paragraph)
{
  gsize start = 0;
  guint expected = 0;
  gsize heading_end;
  gsize text_start = find_text_start (paragraph, &heading_end);

  for (const char *p = paragraph + text_start; *p != '\0'; p = g_utf8_next_char (p))
    {
      WpOutlineNumber number;
      WpOutlineReading *reading = &number.readings[0];

      if (!read_inline_number (paragraph, p - paragraph, heading_end, &number))
        continue;
      if (reading->value != (expected > 0 ? expected : 1)
          && (expected > 0 || reading->value != splitter->last[reading->style] + 1))
        continue;

      add_paragraph (splitter, paragraph + start, p - paragraph - start);
      start = p - paragraph;
      expected = reading->value + 1;
    }
  add_paragraph (splitter, paragraph + start, -1);
}

static const char *
skip_markdown_heading (const char *line)
{
  const char *p = line;

  while (*p == '#')
    p++;

  return p > line && *p == ' ' ? p + 1 : line;
}

static void
take_line (Splitter   *splitter,
           const char *raw,
           gsize       length)
{
  g_autofree char *line = wp_outline_text_strip (raw, length);
  g_autofree char *text = NULL;
  WpOutlineNumber number;

  text = g_strdup (skip_markdown_heading (line));
  if (*text == '\0')
    return;

  if (splitter->pending != NULL)
    {
      char *joined = g_strconcat (splitter->pending, text, NULL);

      g_clear_pointer (&splitter->pending, g_free);
      g_free (text);
      text = joined;
    }

  /* "三、" on a line of its own, its heading on the next. */
  if (wp_outline_number_parse (text, &number) && number.start == 0 && text[number.end] == '\0')
    splitter->pending = g_steal_pointer (&text);
  else
    split_items (splitter, text);
}

GPtrArray *
wp_outline_lines_split (const char *text)
{
  Splitter splitter = { { 0 }, NULL, NULL };
  const char *line = text;
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);

  splitter.paragraphs = g_ptr_array_new_with_free_func (g_free);
  while ((end = strchr (line, '\n')) != NULL)
    {
      take_line (&splitter, line, end - line);
      line = end + 1;
    }
  take_line (&splitter, line, strlen (line));
  if (splitter.pending != NULL)
    g_ptr_array_add (splitter.paragraphs, g_steal_pointer (&splitter.pending));

  return splitter.paragraphs;
}
