/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-pdf-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "wp-outline-text.h"
#include "wp-pdf-layout.h"
#include "wp-pdf-reader.h"

/* A character of the text with its box on the page. */
typedef struct
{
  const char             *text;
  const PopplerRectangle *box;   /* NULL without geometry */
} Glyph;

/* How line breaking (UAX #14, and Chinese typesetting rules) ties punctuation to its
 * neighbours: an opening bracket to what follows, closing punctuation — which never
 * starts a line — to what precedes, quotation marks to both. */
#define OPENING "（(《「『【[〔"
#define CLOSING "）)》」』】]〕。，、；：？！,.;:?!…"
#define QUOTES  "“”‘’\"'"

static gboolean
is_one_of (const char  *set,
           const Glyph *glyph)
{
  return wp_outline_text_is_one_of (set, g_utf8_get_char (glyph->text));
}

/* A Latin word ends before a space, and before a Han character, which a line may
 * start with: "20xx年" breaks before 年. */
static gboolean
is_word_end (const Glyph *glyph)
{
  gunichar c = g_utf8_get_char (glyph->text);

  return wp_outline_text_is_space (c) || wp_outline_text_is_cjk (c);
}

/* The width of what the line could not have been broken before: a Han character or a
 * Latin word, with the punctuation tied to it. */
static double
measure_lead (const Glyph *glyphs,
              guint        n_glyphs)
{
  gboolean tied = TRUE;
  guint end = 0;

  while (end < n_glyphs && tied)
    {
      const Glyph *first = &glyphs[end++];

      if (is_one_of (OPENING QUOTES, first))
        continue;
      tied = FALSE;
      while (!wp_outline_text_is_cjk (g_utf8_get_char (first->text)) && end < n_glyphs
             && !is_word_end (&glyphs[end]))
        end++;
      while (end < n_glyphs && is_one_of (CLOSING QUOTES, &glyphs[end]))
        tied = is_one_of (QUOTES, &glyphs[end++]);
    }

  return glyphs[end - 1].box->x2 - glyphs[0].box->x1;
}

static WpPdfLine *
make_line (const Glyph *glyphs,
           guint        n_glyphs)
{
  WpPdfLine *line = g_new0 (WpPdfLine, 1);
  const char *end = g_utf8_next_char (glyphs[n_glyphs - 1].text);

  line->text = g_strndup (glyphs[0].text, end - glyphs[0].text);
  if (glyphs[0].box == NULL)
    return line;

  line->left = glyphs[0].box->x1;
  line->right = glyphs[n_glyphs - 1].box->x2;
  line->top = glyphs[0].box->y1;
  line->bottom = glyphs[0].box->y2;
  for (guint i = 1; i < n_glyphs; i++)
    {
      line->top = MIN (line->top, glyphs[i].box->y1);
      line->bottom = MAX (line->bottom, glyphs[i].box->y2);
    }
  line->lead_width = measure_lead (glyphs, n_glyphs);

  return line;
}

/* Adds the glyphs as a line, without white space at either end; blank lines go. */
static void
add_line (GPtrArray   *lines,
          const Glyph *glyphs,
          guint        n_glyphs)
{
  while (n_glyphs > 0 && wp_outline_text_is_space (g_utf8_get_char (glyphs[0].text)))
    {
      glyphs++;
      n_glyphs--;
    }
  while (n_glyphs > 0
         && wp_outline_text_is_space (g_utf8_get_char (glyphs[n_glyphs - 1].text)))
    n_glyphs--;

  if (n_glyphs > 0)
    g_ptr_array_add (lines, make_line (glyphs, n_glyphs));
}

/* The page's lines in reading order. poppler gives one box per character of the text;
 * when it does not (or the text needed repair), the lines go without geometry. */
static GPtrArray *
read_page_lines (PopplerPage *page)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_pdf_line_free);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *boxes = NULL;
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  guint n_boxes = 0;
  guint index = 0;

  if (text == NULL)
    return lines;
  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);

      g_free (text);
      text = valid;
    }
  if (!poppler_page_get_text_layout (page, &boxes, &n_boxes)
      || n_boxes != (guint) g_utf8_strlen (text, -1))
    g_clear_pointer (&boxes, g_free);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), index++)
    {
      Glyph glyph = { p, boxes != NULL ? &boxes[index] : NULL };

      if (*p != '\n')
        {
          g_array_append_val (glyphs, glyph);
          continue;
        }
      add_line (lines, (Glyph *) glyphs->data, glyphs->len);
      g_array_set_size (glyphs, 0);
    }
  add_line (lines, (Glyph *) glyphs->data, glyphs->len);

  return lines;
}

static PopplerDocument *
open_document (GBytes      *bytes,
               const char  *display_name,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &local_error);

  if (document != NULL)
    return document;

  if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_ENCRYPTED,
                 _("%s: the PDF is protected by a password; open it with the password, "
                   "save a copy without one and import that copy"),
                 display_name);
  else
    g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_DAMAGED,
                 _("%s: the PDF is damaged (%s); open it in a PDF viewer, save or print "
                   "it to a new PDF and import that copy"),
                 display_name, local_error->message);

  return NULL;
}

static GPtrArray *
read_pages (PopplerDocument   *document,
            WpImportProgress   progress,
            gpointer           progress_data,
            GCancellable      *cancellable,
            GError           **error)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  int n_pages = poppler_document_get_n_pages (document);

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      page = poppler_document_get_page (document, i);
      g_ptr_array_add (pages, page != NULL ? read_page_lines (page) : g_ptr_array_new ());
      g_clear_object (&page);
      if (progress != NULL)
        progress ((i + 1.0) / n_pages, progress_data);
    }

  return g_steal_pointer (&pages);
}

char *
wp_pdf_read_text (GBytes            *bytes,
                  const char        *display_name,
                  WpImportProgress   progress,
                  gpointer           progress_data,
                  GCancellable      *cancellable,
                  GError           **error)
{
  PopplerDocument *document;
  g_autoptr(GPtrArray) pages = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  document = open_document (bytes, display_name, error);
  if (document == NULL)
    return NULL;

  pages = read_pages (document, progress, progress_data, cancellable, error);
  g_object_unref (document);
  if (pages == NULL)
    return NULL;

  return wp_pdf_layout_paragraphs (pages);
}
