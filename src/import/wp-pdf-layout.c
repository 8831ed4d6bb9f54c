/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-pdf-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-outline-number.h"
#include "wp-outline-text.h"
#include "wp-pdf-furniture.h"
#include "wp-pdf-layout.h"

/* A first line starting this many line heights right of the margin is indented. */
#define INDENT_SHARE 0.9

/* Pieces of text whose tops and bottoms are this share of their height apart or closer
 * stand in one row. */
#define SAME_ROW_SHARE 0.25

/* A gap of this many usual line distances from the line above is a paragraph break. */
#define GAP_SHARE 1.4

/* Latin words are preceded by a space about this share of the line height. */
#define SPACE_SHARE 0.25

/* Lines of a text block end within this many line heights of its right edge... */
#define FULL_SHARE 0.5
/* ...and so do a few of them at least when the text wraps at all. */
#define MIN_FULL_LINES 3

typedef struct
{
  gboolean geometry;
  double   left;    /* where most lines start */
  double   right;   /* where full lines end; G_MAXDOUBLE when none is */
  double   em;      /* the usual line height */
  double   pitch;   /* the usual distance from one line's top to the next one's */
} Metrics;

void
wp_pdf_line_free (WpPdfLine *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self);
}

static gboolean
is_same_row (const WpPdfLine *line,
             const WpPdfLine *next)
{
  double tolerance = SAME_ROW_SHARE * (line->bottom - line->top);

  return next->left >= line->right && fabs (next->top - line->top) <= tolerance
         && fabs (next->bottom - line->bottom) <= tolerance;
}

/* poppler cuts a row at wide gaps, as in loosely justified text or a header with the
 * date at its right, into lines of their own; this puts the row together again. */
static void
join_rows (GPtrArray *lines)
{
  for (guint i = 1; i < lines->len;)
    {
      WpPdfLine *line = g_ptr_array_index (lines, i - 1);
      WpPdfLine *next = g_ptr_array_index (lines, i);
      char *text;

      if (!is_same_row (line, next))
        {
          i++;
          continue;
        }
      text = g_strconcat (line->text, " ", next->text, NULL);
      g_free (line->text);
      line->text = text;
      line->right = next->right;
      g_ptr_array_remove_index (lines, i);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value below which @share of @values lie; sorts @values. */
static double
get_percentile (GArray *values,
                double  share)
{
  if (values->len == 0)
    return 0;

  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, (guint) (share * (values->len - 1)));
}

/* The longest line alone is no edge: a page of short lines has no full line. */
static guint
count_full_lines (GPtrArray     *pages,
                  const Metrics *metrics)
{
  guint count = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pages, p);

      for (guint i = 0; i < lines->len; i++)
        {
          WpPdfLine *line = g_ptr_array_index (lines, i);

          count += line->right >= metrics->right - FULL_SHARE * metrics->em;
        }
    }

  return count;
}

static void
measure_lines (GPtrArray *pages,
               Metrics   *metrics)
{
  g_autoptr(GArray) lefts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pitches = g_array_new (FALSE, FALSE, sizeof (double));

  memset (metrics, 0, sizeof *metrics);
  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pages, p);

      for (guint i = 0; i < lines->len; i++)
        {
          WpPdfLine *line = g_ptr_array_index (lines, i);
          double height = line->bottom - line->top;

          metrics->right = MAX (metrics->right, line->right);
          g_array_append_val (lefts, line->left);
          g_array_append_val (heights, height);
          if (i > 0)
            {
              WpPdfLine *above = g_ptr_array_index (lines, i - 1);
              double pitch = line->top - above->top;

              if (pitch > 0)
                g_array_append_val (pitches, pitch);
            }
        }
    }

  metrics->geometry = metrics->right > 0;
  metrics->left = get_percentile (lefts, 0.1);
  metrics->em = get_percentile (heights, 0.5);
  metrics->pitch = pitches->len > 0 ? get_percentile (pitches, 0.5) : metrics->em;
  if (count_full_lines (pages, metrics) < MIN_FULL_LINES)
    metrics->right = G_MAXDOUBLE;
}

/* Without geometry: a line ending without a full stop, colon or closing bracket goes
 * on in the next one. */
static gboolean
ends_paragraph (const char *text)
{
  const char *last = g_utf8_find_prev_char (text, text + strlen (text));

  /* An empty line has no last character, and ends whatever came before it. */
  return last == NULL || wp_outline_text_is_one_of ("。！？；：）!?;:).”", g_utf8_get_char (last));
}

static gboolean
starts_numbered_item (const char *text)
{
  WpOutlineNumber number;

  return wp_outline_number_parse (text, &number) && number.start == 0;
}

/* Whether @line was wrapped into @next rather than ending its paragraph: a wrapped
 * line is full, that is, what begins the next line did not fit at its end. */
static gboolean
continues_on (const Metrics   *metrics,
              const WpPdfLine *line,
              const WpPdfLine *next,
              gboolean         same_page)
{
  double lead = next->lead_width;

  if (starts_numbered_item (next->text))
    return FALSE;
  if (!metrics->geometry)
    return !ends_paragraph (line->text);

  if (next->left > metrics->left + INDENT_SHARE * metrics->em)
    return FALSE;
  if (same_page && next->top - line->top > GAP_SHARE * metrics->pitch)
    return FALSE;

  if (!wp_outline_text_is_cjk (g_utf8_get_char (next->text)))
    lead += SPACE_SHARE * metrics->em;
  return line->right + lead > metrics->right;
}

/* Chinese lines join without a space; Latin words, and text that is mostly Latin, with
 * one. A hyphen ending a word stays, without a space after it ("well-known"), and so
 * does the slash of a path or URL. */
static gboolean
needs_space (GString    *paragraph,
             const char *next)
{
  const char *last = g_utf8_find_prev_char (paragraph->str, paragraph->str + paragraph->len);
  const char *before_last = g_utf8_find_prev_char (paragraph->str, last);
  gunichar before = g_utf8_get_char (last);
  gunichar after = g_utf8_get_char (next);

  if (before == '/'
      || (before == '-' && before_last != NULL
          && g_unichar_isalpha (g_utf8_get_char (before_last))))
    return FALSE;
  if (wp_outline_text_is_cjk (before) || wp_outline_text_is_cjk (after))
    return FALSE;
  if (g_unichar_isalnum (before) && g_unichar_isalnum (after))
    return TRUE;

  return !wp_outline_text_is_mostly_han (next);
}

/* Whether most neighbouring Han characters of @text stand apart: a spaced-out title, or
 * justified Chinese that poppler read with a space in every widened gap. */
static gboolean
is_letter_spaced (const char *text)
{
  guint spaced = 0;
  guint close = 0;
  gboolean after_cjk = FALSE;
  gboolean gap = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (wp_outline_text_is_space (c))
        {
          gap = TRUE;
          continue;
        }
      if (after_cjk && wp_outline_text_is_cjk (c) && gap)
        spaced++;
      else if (after_cjk && wp_outline_text_is_cjk (c))
        close++;
      after_cjk = wp_outline_text_is_cjk (c);
      gap = FALSE;
    }

  return spaced > 0 && spaced >= close;
}

/* Appends @text to @paragraph, letter-spaced Chinese without its spaces; a single space
 * between Han words, as in "中共中央 国务院", stays. */
static void
append_squeezed (GString    *paragraph,
                 const char *text)
{
  const char *run = text;

  if (!is_letter_spaced (text))
    {
      g_string_append (paragraph, text);
      return;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *after = p;

      if (p == text || !wp_outline_text_is_cjk (g_utf8_get_char (g_utf8_prev_char (p))))
        continue;
      while (*after != '\0' && wp_outline_text_is_space (g_utf8_get_char (after)))
        after = g_utf8_next_char (after);
      if (after == p || !wp_outline_text_is_cjk (g_utf8_get_char (after)))
        continue;

      g_string_append_len (paragraph, run, p - run);
      run = after;
      p = g_utf8_prev_char (after);
    }
  g_string_append (paragraph, run);
}

static void
flush_paragraph (GString *out,
                 GString *paragraph)
{
  g_string_append_len (out, paragraph->str, paragraph->len);
  g_string_append_c (out, '\n');
  g_string_truncate (paragraph, 0);
}

static void
join_lines (GPtrArray *pages,
            GString   *out)
{
  g_autoptr(GString) paragraph = g_string_new (NULL);
  const WpPdfLine *previous = NULL;
  Metrics metrics;

  measure_lines (pages, &metrics);
  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pages, p);

      for (guint i = 0; i < lines->len; i++)
        {
          const WpPdfLine *line = g_ptr_array_index (lines, i);

          if (previous != NULL && continues_on (&metrics, previous, line, i > 0))
            {
              if (needs_space (paragraph, line->text))
                g_string_append_c (paragraph, ' ');
            }
          else if (previous != NULL)
            flush_paragraph (out, paragraph);
          append_squeezed (paragraph, line->text);
          previous = line;
        }
    }

  if (paragraph->len > 0)
    flush_paragraph (out, paragraph);
}

char *
wp_pdf_layout_paragraphs (GPtrArray *pages)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (pages != NULL, NULL);

  for (guint p = 0; p < pages->len; p++)
    join_rows (g_ptr_array_index (pages, p));
  wp_pdf_remove_furniture (pages);
  join_lines (pages, out);

  return g_string_free (out, FALSE);
}
