/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline-text"

#include "config.h"

#include <string.h>

#include "wp-outline-text.h"

/* A Chinese heading is a line of a page; an English one may run to a few lines. */
#define MAX_HEADING_HAN    80
#define MAX_HEADING_LATIN 250

gboolean
wp_outline_text_is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == 0x00A0 || c == 0x202F || c == 0xFEFF;
}

gboolean
wp_outline_text_is_cjk (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN
         || (c >= 0x3000 && c <= 0x303F)
         || (c >= 0xFF00 && c <= 0xFFEF);
}

/* Called several times for every character of a plan, mostly with a Han character that
 * no set holds: the set is searched for the character's first byte, which never occurs
 * inside another character, before its whole encoding is compared. */
gboolean
wp_outline_text_is_one_of (const char *set,
                           gunichar    c)
{
  char utf8[6];
  int length;
  const char *p;

  if (c == 0)
    return FALSE;
  if (c < 0x80)
    return strchr (set, (int) c) != NULL;
  if (c < 0x10000 && strchr (set, c < 0x800 ? 0xc0 | c >> 6 : 0xe0 | c >> 12) == NULL)
    return FALSE;

  length = g_unichar_to_utf8 (c, utf8);
  for (p = strchr (set, utf8[0]); p != NULL; p = strchr (p + 1, utf8[0]))
    if (strncmp (p, utf8, length) == 0)
      return TRUE;
  return FALSE;
}

char *
wp_outline_text_strip (const char *text,
                       gssize      length)
{
  const char *start = text;
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);

  end = text + (length < 0 ? strlen (text) : (gsize) length);
  while (start < end && wp_outline_text_is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (prev == NULL || !wp_outline_text_is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

/* +1 for a bracket, quote or 《 that opens, -1 for one that closes, 0 otherwise. */
static int
nesting_change (gunichar c)
{
  if (wp_outline_text_is_one_of ("（(《“‘「『【[〔", c))
    return 1;
  if (wp_outline_text_is_one_of ("）)》”’」』】]〕", c))
    return -1;

  return 0;
}

/* A full stop ends an English sentence only before a space or the end of the text,
 * so that 1.5 and "2.0" stay whole. */
static gboolean
ends_sentence (gunichar    c,
               const char *next)
{
  if (wp_outline_text_is_one_of ("。！？；!?;", c))
    return TRUE;

  return c == '.' && (*next == '\0' || wp_outline_text_is_space (g_utf8_get_char (next)));
}

static gsize
skip_sentence_gap (const char *text,
                   gsize       offset)
{
  const char *p = text + offset;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (!wp_outline_text_is_space (c) && !ends_sentence (c, g_utf8_next_char (p)))
        break;
      p = g_utf8_next_char (p);
    }

  return p - text;
}

static gboolean
find_sentence_end (const char *text,
                   gboolean    respect_brackets,
                   gsize      *end,
                   gsize      *rest)
{
  int depth = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      int change = respect_brackets ? nesting_change (c) : 0;

      if (change != 0)
        depth = MAX (depth + change, 0);
      else if (depth == 0 && ends_sentence (c, next))
        {
          *end = p - text;
          *rest = skip_sentence_gap (text, next - text);
          return TRUE;
        }
    }

  /* Unbalanced brackets (a stray “ or a cut-off line) would hide every terminator. */
  return respect_brackets && depth > 0 && find_sentence_end (text, FALSE, end, rest);
}

gsize
wp_outline_text_sentence_end (const char *text,
                              gsize      *rest)
{
  gsize end = strlen (text);
  gsize next = end;

  g_return_val_if_fail (text != NULL, 0);

  find_sentence_end (text, TRUE, &end, &next);
  if (rest != NULL)
    *rest = next;

  return end;
}

gboolean
wp_outline_text_is_heading_like (const char *text)
{
  gsize rest;
  glong length;

  g_return_val_if_fail (text != NULL, FALSE);

  wp_outline_text_sentence_end (text, &rest);
  if (text[rest] != '\0')
    return FALSE;

  length = g_utf8_strlen (text, -1);
  return length <= (wp_outline_text_is_mostly_han (text) ? MAX_HEADING_HAN : MAX_HEADING_LATIN);
}

gboolean
wp_outline_text_is_mostly_han (const char *text)
{
  guint han = 0;
  guint latin = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
        han++;
      else if (g_ascii_isalpha (*p))
        latin++;
    }

  return han > latin;
}
