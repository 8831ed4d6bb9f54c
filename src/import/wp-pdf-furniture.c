/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-pdf-furniture"

#include "config.h"

#include "wp-outline-text.h"
#include "wp-pdf-furniture.h"

/* Lines at each edge of a page that may be a running header, footer or page number. */
#define EDGE_LINES 3

/* The text with its digits as "#" and without white space, so that "— 3 —" and
 * "— 4 —" and headers carrying a page number compare equal. */
static char *
make_repeat_key (const char *text)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        g_string_append_c (key, '#');
      else if (!wp_outline_text_is_space (c))
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

/* "3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 10 页", "3/10", "Page 3", "Page 3 of 10". */
static gboolean
is_page_number (const char *text)
{
  static GRegex *patterns;
  g_autofree char *key = NULL;

  if (g_once_init_enter (&patterns))
    {
      GRegex *regex = g_regex_new ("^(?:[-—–－―─~·•_]*(?:第)?#+页?(?:[/／]#+|共#+页)?[-—–－―─~·•_]*"
                                   "|(?:page|p\\.?)#+(?:(?:of|/)#+)?)$",
                                   G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);

      g_once_init_leave (&patterns, regex);
    }

  key = make_repeat_key (text);
  return g_regex_match (patterns, key, 0, NULL);
}

static WpPdfLine *
get_edge_line (GPtrArray *lines,
               gboolean   top,
               guint      depth)
{
  return g_ptr_array_index (lines, top ? depth : lines->len - 1 - depth);
}

/* The keys of the lines near the top (or bottom) of at least half the pages, and of
 * two pages at least. */
static GHashTable *
find_repeated_edges (GPtrArray *pages,
                     gboolean   top)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *repeated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, count;

  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pages, p);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          NULL);

      for (guint depth = 0; depth < MIN (lines->len, EDGE_LINES); depth++)
        {
          char *line_key = make_repeat_key (get_edge_line (lines, top, depth)->text);
          guint count;

          /* Counts pages, not lines: the set keeps @line_key either way. */
          if (!g_hash_table_add (seen, line_key))
            continue;
          count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, line_key));
          g_hash_table_insert (counts, g_strdup (line_key), GUINT_TO_POINTER (count + 1));
        }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &count))
    {
      guint n = GPOINTER_TO_UINT (count);

      if (n >= 2 && n * 2 >= pages->len)
        g_hash_table_add (repeated, g_strdup (key));
    }

  return repeated;
}

static gboolean
is_furniture (WpPdfLine  *line,
              GHashTable *repeated)
{
  g_autofree char *key = make_repeat_key (line->text);

  return g_hash_table_contains (repeated, key) || is_page_number (line->text);
}

void
wp_pdf_remove_furniture (GPtrArray *pages)
{
  g_autoptr(GHashTable) headers = find_repeated_edges (pages, TRUE);
  g_autoptr(GHashTable) footers = find_repeated_edges (pages, FALSE);

  for (guint p = 0; p < pages->len; p++)
    {
      GPtrArray *lines = g_ptr_array_index (pages, p);

      for (guint n = 0; n < EDGE_LINES && lines->len > 0
                        && is_furniture (get_edge_line (lines, TRUE, 0), headers); n++)
        g_ptr_array_remove_index (lines, 0);
      for (guint n = 0; n < EDGE_LINES && lines->len > 0
                        && is_furniture (get_edge_line (lines, FALSE, 0), footers); n++)
        g_ptr_array_remove_index (lines, lines->len - 1);
    }
}
