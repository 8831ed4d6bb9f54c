/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <string.h>

#include <poppler.h>

#include "wp-document.h"
#include "wp-page-layout.h"
#include "wp-test-util.h"


/* The documents here are built block by block, then read back from the PDF with poppler
 * as a reader would: where the characters are, which fonts carry them, what the
 * metadata says.
 *
 * Poppler's character box runs from the font's ascent to its descent around the
 * baseline (the line box Pango lays out), not around the ink; the layout puts the top
 * of that box on the text block's edge, so "the top of the first line" is the box's
 * top and must be 37 mm from the page's top. */

#define MM (72.0 / 25.4)
#define ZH_LEFT (28 * MM)
#define ZH_TOP (37 * MM)
#define ZH_WIDTH (156 * MM)
#define ZH_HEIGHT (225 * MM)
#define ZH_CELL (ZH_WIDTH / 28)
#define ZH_PITCH (ZH_HEIGHT / 22)

/* Our own text, for when the seed documents are not around. */
static const char fallback_paragraph[] =
  "全面贯彻党的教育方针，坚持立德树人根本任务，深化教育领域综合改革，推进学前教育普及普惠"
  "发展和义务教育优质均衡发展，扩大优质教育资源覆盖面，全面提高教育教学质量，加强教师队伍"
  "建设，完善学校安全管理体系，办好人民满意的教育，为全市经济社会发展提供有力的人才支撑。";

/* ASCII punctuation in the seeds (copied from the web) set as a Chinese document would. */
static char *
to_fullwidth (const char *line)
{
  static const char *pairs[][2] = {
    { ",", "，" }, { ":", "：" }, { ";", "；" }, { "(", "（" }, { ")", "）" }, { "?", "？" },
  };
  g_autoptr(GString) text = g_string_new (line);

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    g_string_replace (text, pairs[i][0], pairs[i][1], 0);
  return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
}

/* Long Chinese paragraphs of a real plan (seed 003), or ours. */
static GPtrArray *
load_paragraphs (void)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  const char *dir = g_getenv ("SEEDS_DIR");
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "003_b963d05fb069a339.txt", NULL)
                                      : NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (path != NULL && g_file_get_contents (path, &contents, NULL, NULL))
    {
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (g_utf8_strlen (lines[i], -1) > 80 && g_utf8_validate (lines[i], -1, NULL))
          g_ptr_array_add (paragraphs, to_fullwidth (lines[i]));
    }
  if (paragraphs->len < 5)
    for (guint i = 0; i < 10; i++)
      g_ptr_array_add (paragraphs, g_strdup (fallback_paragraph));
  return paragraphs;
}

static PopplerDocument *
write_and_open (WpDocument *document)
{
  g_autoptr(WpPageLayout) layout = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf;

  layout = wp_page_layout_new (document, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (wp_page_layout_write_pdf (layout, stream, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  if (g_getenv ("WP_TEST_PDF_DIR") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s.pdf", wp_document_get_title (document));
      g_autofree char *path = g_build_filename (g_getenv ("WP_TEST_PDF_DIR"), name, NULL);

      g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
    }
  pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (poppler_document_get_n_pages (pdf), ==, wp_page_layout_get_n_pages (layout));
  return pdf;
}

/* One character of a page as poppler reads it. */
typedef struct
{
  gunichar         c;
  PopplerRectangle box;
  guint            offset;   /* in characters, into the page's text */
} Glyph;

static GArray *
read_glyphs (PopplerDocument *pdf,
             int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *boxes = NULL;
  GArray *glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  guint n_boxes = 0;
  guint i = 0;

  g_assert_true (poppler_page_get_text_layout (page, &boxes, &n_boxes));
  for (const char *p = text; *p != '\0' && i < n_boxes; p = g_utf8_next_char (p), i++)
    {
      Glyph glyph = { g_utf8_get_char (p), boxes[i], i };

      if (!g_unichar_isspace (glyph.c))
        g_array_append_val (glyphs, glyph);
    }
  return glyphs;
}

static char *
page_text (PopplerDocument *pdf,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);

  return poppler_page_get_text (page);
}

/* The text block's glyphs, without the page number under it. */
static GArray *
read_body_glyphs (PopplerDocument *pdf,
                  int              index,
                  double           block_bottom)
{
  GArray *glyphs = read_glyphs (pdf, index);

  for (guint i = glyphs->len; i > 0; i--)
    if (g_array_index (glyphs, Glyph, i - 1).box.y1 > block_bottom)
      g_array_remove_index (glyphs, i - 1);
  return glyphs;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The baselines (box bottoms) of @glyphs, each once, top to bottom. */
static GArray *
distinct_lines (GArray *glyphs)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < glyphs->len; i++)
    {
      double y = g_array_index (glyphs, Glyph, i).box.y2;
      gboolean known = FALSE;

      for (guint j = 0; j < lines->len && !known; j++)
        known = fabs (g_array_index (lines, double, j) - y) < 0.5;
      if (!known)
        g_array_append_val (lines, y);
    }
  g_array_sort (lines, compare_doubles);
  return lines;
}

/* The glyphs on the line whose box bottom is @y, left to right. */
static GArray *
glyphs_on_line (GArray *glyphs,
                double  y)
{
  GArray *line = g_array_new (FALSE, FALSE, sizeof (Glyph));

  for (guint i = 0; i < glyphs->len; i++)
    if (fabs (g_array_index (glyphs, Glyph, i).box.y2 - y) < 0.5)
      g_array_append_val (line, g_array_index (glyphs, Glyph, i));
  return line;
}

static WpDocument *
make_long_document (const char *title,
                    guint       n_paragraphs)
{
  g_autoptr(GPtrArray) paragraphs = load_paragraphs ();
  WpDocument *document = wp_document_new ("zh_CN");

  wp_document_set_metadata (document, title, "某市教育局", "年度工作总结", NULL);
  wp_document_add_title (document, "某市教育局2019年工作总结");
  wp_document_add_heading (document, 1, "一、主要工作及成效");
  for (guint i = 0; i < n_paragraphs; i++)
    wp_document_add_paragraph (document, 1, NULL,
                               g_ptr_array_index (paragraphs, i % paragraphs->len));
  return document;
}

static void
test_document_model (void)
{
  g_autoptr(WpDocument) document = wp_document_new ("en");
  const char *header[] = { "No.", "Indicator", NULL };
  const char *row[] = { "1", "Kindergartens", NULL };
  WpBlockTable *table;
  const WpBlock *block;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 31, 12, 2019);
  wp_document_set_metadata (document, "Summary", "Bureau", "Year-end", &date);
  g_assert_cmpstr (wp_document_get_language (document), ==, "en");
  g_assert_cmpstr (wp_document_get_author (document), ==, "Bureau");
  g_assert_cmpint (g_date_get_year (wp_document_get_date (document)), ==, 2019);
  wp_document_add_paragraph (document, 2, "A. Schools. ", "Text");
  wp_document_add_signature (document, "Bureau", "31 December 2019");
  table = wp_document_add_table (document, 2, (double[]) { 1, 3 }, header);
  wp_block_table_add_row (table, row);

  g_assert_cmpuint (wp_document_get_n_blocks (document), ==, 3);
  block = wp_document_get_block (document, 0);
  g_assert_cmpint (block->kind, ==, WP_BLOCK_PARAGRAPH);
  g_assert_cmpstr (block->lead, ==, "A. Schools. ");
  g_assert_cmpuint (block->level, ==, 2);
  g_assert_cmpstr (wp_document_get_block (document, 1)->text, ==, "Bureau\n31 December 2019");
  block = wp_document_get_block (document, 2);
  g_assert_cmpuint (block->table->rows->len, ==, 1);
  g_assert_cmpstr (((char **) g_ptr_array_index (block->table->rows, 0))[1], ==, "Kindergartens");
}

static void
count_destroy (gpointer data)
{
  (*(int *) data)++;
}

static void
draw_nothing (cairo_t            *cr,
              const WpChartRect  *rect,
              const WpChartStyle *style,
              gpointer            user_data)
{
}

static void
test_document_frees_chart_data (void)
{
  WpDocument *document = wp_document_new ("zh_CN");
  int destroyed = 0;

  wp_document_add_chart (document, NULL, 60, draw_nothing, &destroyed, count_destroy);
  g_assert_finalize_object (document);
  g_assert_cmpint (destroyed, ==, 1);
}

static void
assert_a4 (PopplerDocument *pdf)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
    }
}

/* Page 2 is all body text: 22 lines on the grid, starting 37 mm from the top, each
 * full line starting 28 mm from the left and holding 28 characters. */
static void
assert_full_page (PopplerDocument *pdf,
                  int              index)
{
  g_autoptr(GArray) glyphs = read_body_glyphs (pdf, index, ZH_TOP + ZH_HEIGHT);
  g_autoptr(GArray) lines = distinct_lines (glyphs);
  double top = G_MAXDOUBLE, left = G_MAXDOUBLE;
  guint n_full = 0;

  g_assert_cmpuint (lines->len, ==, 22);
  for (guint i = 0; i < glyphs->len; i++)
    {
      top = MIN (top, g_array_index (glyphs, Glyph, i).box.y1);
      left = MIN (left, g_array_index (glyphs, Glyph, i).box.x1);
    }
  g_assert_cmpfloat_with_epsilon (top, ZH_TOP, 1 * MM);
  g_assert_cmpfloat_with_epsilon (left, ZH_LEFT, 1 * MM);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(GArray) line = glyphs_on_line (glyphs, g_array_index (lines, double, i));

      /* Evenly spaced lines: the grid's pitch, 225 mm / 22. */
      if (i > 0)
        g_assert_cmpfloat_with_epsilon (g_array_index (lines, double, i)
                                        - g_array_index (lines, double, i - 1), ZH_PITCH, 0.05);
      g_assert_cmpuint (line->len, <=, 28);
      if (line->len == 28)
        n_full++;
    }
  /* Some lines hold 27 (a comma may not start a line) or fewer (a paragraph's end, its
   * indented first line); most hold exactly 28. */
  g_assert_cmpuint (n_full, >=, lines->len / 2);
}

static const Glyph *
find_glyph (GArray   *glyphs,
            gunichar  c,
            gboolean  last)
{
  const Glyph *found = NULL;

  for (guint i = 0; i < glyphs->len; i++)
    if (g_array_index (glyphs, Glyph, i).c == c && (found == NULL || last))
      found = &g_array_index (glyphs, Glyph, i);
  return found;
}

/* "— N —" under the block: odd pages 空一字 from the right, even pages from the left. */
static void
assert_folio (PopplerDocument *pdf,
              int              index)
{
  g_autoptr(GArray) glyphs = read_glyphs (pdf, index);
  g_autofree char *text = page_text (pdf, index);
  g_autofree char *folio = g_strdup_printf ("— %d —", index + 1);
  const Glyph *dash = find_glyph (glyphs, 0x2014, index % 2 == 0);

  g_assert_nonnull (strstr (text, folio));
  g_assert_nonnull (dash);
  g_assert_cmpfloat (dash->box.y1, >, ZH_TOP + ZH_HEIGHT + 5 * MM);
  g_assert_cmpfloat (dash->box.y1, <, ZH_TOP + ZH_HEIGHT + 9 * MM);
  if (index % 2 == 0)
    g_assert_cmpfloat_with_epsilon (dash->box.x2, ZH_LEFT + ZH_WIDTH - ZH_CELL, 1 * MM);
  else
    g_assert_cmpfloat_with_epsilon (dash->box.x1, ZH_LEFT + ZH_CELL, 1 * MM);
}

static void
test_zh_geometry (void)
{
  g_autoptr(WpDocument) document = make_long_document ("geometry", 30);
  g_autoptr(PopplerDocument) pdf = write_and_open (document);
  g_autoptr(GArray) first_page = read_body_glyphs (pdf, 0, ZH_TOP + ZH_HEIGHT);
  guint title_length = g_utf8_strlen (wp_document_get_block (document, 0)->text, -1);
  const Glyph *title = &g_array_index (first_page, Glyph, 0);
  const Glyph *heading = &g_array_index (first_page, Glyph, title_length);
  const Glyph *paragraph = &g_array_index (first_page, Glyph, title_length + 9);

  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 3);
  assert_a4 (pdf);
  /* The title on the first line, centred; a blank line; the heading on the third line
   * and the paragraph on the fourth, both indented two characters. */
  g_assert_cmpfloat_with_epsilon (title->box.y1, ZH_TOP, 1 * MM);
  g_assert_cmpuint (heading->c, ==, g_utf8_get_char ("一"));
  g_assert_cmpfloat_with_epsilon (heading->box.y1, ZH_TOP + 2 * ZH_PITCH, 0.5);
  g_assert_cmpfloat_with_epsilon (heading->box.x1, ZH_LEFT + 2 * ZH_CELL, 0.5);
  g_assert_cmpuint (paragraph->c, ==, g_utf8_get_char ("全"));
  g_assert_cmpfloat_with_epsilon (paragraph->box.y1, ZH_TOP + 3 * ZH_PITCH, 0.5);
  g_assert_cmpfloat_with_epsilon (paragraph->box.x1, ZH_LEFT + 2 * ZH_CELL, 0.5);
  assert_full_page (pdf, 1);
  for (int i = 0; i < 3; i++)
    assert_folio (pdf, i);
}

static GPtrArray *
make_rows (guint n)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 1; i <= n; i++)
    {
      char **row = g_new0 (char *, 6);

      row[0] = g_strdup_printf ("%u", i);
      row[1] = g_strdup_printf ("第%u项指标：新建和改扩建公办幼儿园", i);
      row[2] = g_strdup ("12所");
      row[3] = g_strdup_printf ("%u所", 10 + i % 5);
      row[4] = g_strdup_printf ("%.1f%%", (10 + i % 5) * 100.0 / 12);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static void
add_results_table (WpDocument *document,
                   guint       n_rows)
{
  const char *header[] = { "序号", "指标", "目标值", "完成值", "完成率", NULL };
  const double widths[] = { 1, 5, 1.5, 1.5, 1.5 };
  g_autoptr(GPtrArray) rows = make_rows (n_rows);
  WpBlockTable *table = wp_document_add_table (document, 5, widths, header);

  for (guint i = 0; i < rows->len; i++)
    wp_block_table_add_row (table, g_ptr_array_index (rows, i));
}

static void
test_zh_table_repeats_header (void)
{
  g_autoptr(WpDocument) document = make_long_document ("table", 3);
  g_autoptr(PopplerDocument) pdf = NULL;
  guint next_row = 1;
  int pages_with_rows = 0;

  add_results_table (document, 40);
  pdf = write_and_open (document);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *text = page_text (pdf, i);
      g_autofree char *cell = g_strdup_printf ("第%u项指标：", next_row);

      if (strstr (text, cell) == NULL)
        continue;
      pages_with_rows++;
      g_assert_nonnull (strstr (text, "完成率"));
      /* Rows come in order, each whole on one page. */
      while (next_row <= 40)
        {
          g_autofree char *row = g_strdup_printf ("第%u项指标：", next_row);

          if (strstr (text, row) == NULL)
            break;
          next_row++;
        }
    }
  g_assert_cmpuint (next_row, ==, 41);
  g_assert_cmpint (pages_with_rows, >=, 2);
}

/* @n one-line paragraphs: lines 1 … @n of page 1. */
static WpDocument *
make_filled_page (guint n)
{
  WpDocument *document = wp_document_new ("zh_CN");

  wp_document_set_metadata (document, "filled", NULL, NULL, NULL);
  for (guint i = 0; i < n; i++)
    wp_document_add_paragraph (document, 1, NULL, "全市新建幼儿园十三所。");
  return document;
}

static guint
count_lines (PopplerDocument *pdf,
             int              index)
{
  g_autoptr(GArray) glyphs = read_body_glyphs (pdf, index, ZH_TOP + ZH_HEIGHT);
  g_autoptr(GArray) lines = distinct_lines (glyphs);

  return lines->len;
}

/* 26 + 28 × 3 + 20 ideographs without punctuation: exactly five lines. */
static char *
five_line_paragraph (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 130; i++)
    g_string_append (text, "教");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_zh_heading_moves_to_next_page (void)
{
  g_autoptr(WpDocument) document = make_filled_page (21);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  wp_document_add_heading (document, 1, "三、下一步工作思路");
  wp_document_add_paragraph (document, 1, NULL, "继续推进学前教育普及普惠发展。");
  pdf = write_and_open (document);
  first = page_text (pdf, 0);
  second = page_text (pdf, 1);
  g_assert_null (strstr (first, "下一步工作思路"));
  g_assert_true (g_str_has_prefix (second, "三、下一步工作思路"));
  g_assert_cmpuint (count_lines (pdf, 0), ==, 21);
}

static void
test_zh_paragraph_keeps_two_lines (void)
{
  g_autofree char *five = five_line_paragraph ();
  g_autoptr(WpDocument) one_left = make_filled_page (21);
  g_autoptr(WpDocument) two_left = make_filled_page (20);
  g_autoptr(PopplerDocument) moved = NULL;
  g_autoptr(PopplerDocument) split = NULL;

  /* One line left: the paragraph's first line would be alone; it all moves on. */
  wp_document_add_paragraph (one_left, 1, NULL, five);
  moved = write_and_open (one_left);
  g_assert_cmpuint (count_lines (moved, 0), ==, 21);
  g_assert_cmpuint (count_lines (moved, 1), ==, 5);

  /* Two lines left: two here, three on the next page. */
  wp_document_add_paragraph (two_left, 1, NULL, five);
  split = write_and_open (two_left);
  g_assert_cmpuint (count_lines (split, 0), ==, 22);
  g_assert_cmpuint (count_lines (split, 1), ==, 3);
}

static void
test_zh_signature_takes_lines_along (void)
{
  g_autofree char *five = five_line_paragraph ();
  g_autoptr(WpDocument) document = make_filled_page (17);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *second = NULL;

  /* The paragraph ends on the page's last line: the signature may not start the next
   * page alone, so the paragraph's last two lines go with it. */
  wp_document_add_paragraph (document, 1, NULL, five);
  wp_document_add_signature (document, "某市教育局", "2019年12月31日");
  pdf = write_and_open (document);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  g_assert_cmpuint (count_lines (pdf, 0), ==, 20);
  g_assert_cmpuint (count_lines (pdf, 1), ==, 4);
  second = page_text (pdf, 1);
  g_assert_true (g_str_has_prefix (second, "教教"));
  g_assert_nonnull (strstr (second, "某市教育局"));
}

static void
test_zh_tall_row_is_cut (void)
{
  g_autoptr(WpDocument) document = make_long_document ("tall-row", 1);
  g_autoptr(GString) reason = g_string_new ("开始");
  const char *header[] = { "序号", "未完成原因", NULL };
  const char *cells[] = { "1", NULL, NULL };
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *last = NULL;
  WpBlockTable *table;

  for (guint i = 0; i < 120; i++)
    g_string_append (reason, "受疫情和资金到位影响项目推迟开工，");
  g_string_append (reason, "结束");
  cells[1] = reason->str;
  table = wp_document_add_table (document, 2, (double[]) { 1, 8 }, header);
  wp_block_table_add_row (table, cells);
  pdf = write_and_open (document);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 3);
  last = page_text (pdf, poppler_document_get_n_pages (pdf) - 1);
  g_assert_nonnull (strstr (last, "结束"));
  g_assert_nonnull (strstr (last, "未完成原因"));
}

static void
assert_fonts_embedded (PopplerDocument *pdf)
{
  g_autoptr(PopplerFontInfo) info = poppler_font_info_new (pdf);
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  g_assert_true (poppler_font_info_scan (info, poppler_document_get_n_pages (pdf), &iter));
  do
    {
      g_assert_true (poppler_fonts_iter_is_embedded (iter));
      g_assert_true (poppler_fonts_iter_is_subset (iter));
      n_fonts++;
    }
  while (poppler_fonts_iter_next (iter));
  poppler_fonts_iter_free (iter);
  g_assert_cmpuint (n_fonts, >=, 2);
}

static void
test_fonts_and_metadata (void)
{
  g_autoptr(WpDocument) document = make_long_document ("某市教育局2019年工作总结", 4);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;

  add_results_table (document, 3);
  wp_document_add_signature (document, "某市教育局", "2019年12月31日");
  pdf = write_and_open (document);
  assert_fonts_embedded (pdf);
  title = poppler_document_get_title (pdf);
  author = poppler_document_get_author (pdf);
  subject = poppler_document_get_subject (pdf);
  creator = poppler_document_get_creator (pdf);
  g_assert_cmpstr (title, ==, "某市教育局2019年工作总结");
  g_assert_cmpstr (author, ==, "某市教育局");
  g_assert_cmpstr (subject, ==, "年度工作总结");
  g_assert_cmpstr (creator, ==, "Workplan");
}

/* The name of the font poppler reads for the character at @offset of page @index. */
static char *
font_at (PopplerDocument *pdf,
         int              index,
         guint            offset)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);
  GList *attributes = poppler_page_get_text_attributes (page);
  char *name = NULL;

  for (GList *l = attributes; l != NULL && name == NULL; l = l->next)
    {
      PopplerTextAttributes *attr = l->data;

      if ((guint) attr->start_index <= offset && offset <= (guint) attr->end_index)
        name = g_strdup (attr->font_name);
    }
  poppler_page_free_text_attributes (attributes);
  return name;
}

static guint
char_offset (const char *text,
             const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return g_utf8_pointer_to_offset (text, found);
}

static void
test_en_fonts (void)
{
  g_autoptr(WpDocument) document = wp_document_new ("en");
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *heading_font = NULL;
  g_autofree char *name_font = NULL;

  wp_document_set_metadata (document, "en", "Education Bureau", NULL, NULL);
  wp_document_add_title (document, "Education Bureau: 2019 Work Summary");
  wp_document_add_heading (document, 1, "I. Main work and results");
  for (guint i = 0; i < 40; i++)
    wp_document_add_paragraph (document, 2, i == 0 ? "A. Pre-school education. " : NULL,
                               "Thirteen kindergartens were built, led by the Basic "
                               "Education Section (基教科) under Director 王建国, "
                               "against a target of twelve: 108.3% of the target.");
  pdf = write_and_open (document);
  assert_a4 (pdf);
  assert_fonts_embedded (pdf);
  text = page_text (pdf, 0);
  heading_font = font_at (pdf, 0, char_offset (text, "Main work"));
  name_font = font_at (pdf, 0, char_offset (text, "王建国"));
  g_assert_null (strstr (heading_font, "CJK"));
  g_assert_nonnull (name_font);
  g_assert_nonnull (strstr (name_font, "CJK"));
}

static void
test_en_folio_centred (void)
{
  g_autoptr(WpDocument) document = wp_document_new ("en");
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GArray) glyphs = NULL;
  const Glyph *two;

  wp_document_set_metadata (document, "en-folio", NULL, NULL, NULL);
  for (guint i = 0; i < 80; i++)
    wp_document_add_paragraph (document, 1, NULL,
                               "Every school carried out its safety drills each term.");
  pdf = write_and_open (document);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 2);
  glyphs = read_glyphs (pdf, 1);
  two = find_glyph (glyphs, '2', TRUE);
  g_assert_nonnull (two);
  g_assert_cmpfloat_with_epsilon ((two->box.x1 + two->box.x2) / 2, 595.28 / 2, 1);
  g_assert_cmpfloat (two->box.y1, >, 841.89 - 25 * MM);
}

typedef struct
{
  guint       calls;
  WpChartRect rect;
  double      font_size;
  char       *language;
} ChartProbe;

static void
draw_probe (cairo_t            *cr,
            const WpChartRect  *rect,
            const WpChartStyle *style,
            gpointer            user_data)
{
  ChartProbe *probe = user_data;

  probe->calls++;
  probe->rect = *rect;
  probe->font_size = style->font_size;
  g_free (probe->language);
  probe->language = g_strdup (style->language);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_stroke (cr);
}

static void
test_chart_rect (void)
{
  g_autoptr(WpDocument) document = make_long_document ("chart", 1);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  ChartProbe probe = { 0 };

  wp_document_add_chart (document, "图1  各科室任务完成情况", 80, draw_probe, &probe, NULL);
  pdf = write_and_open (document);
  g_assert_cmpuint (probe.calls, ==, 1);
  g_assert_cmpfloat_with_epsilon (probe.rect.x, ZH_LEFT, 0.01);
  g_assert_cmpfloat_with_epsilon (probe.rect.width, ZH_WIDTH, 0.01);
  g_assert_cmpfloat_with_epsilon (probe.rect.height, 80 * MM, 0.01);
  g_assert_cmpfloat (probe.rect.y, >=, ZH_TOP);
  g_assert_cmpfloat (probe.rect.y + probe.rect.height, <=, ZH_TOP + ZH_HEIGHT);
  g_assert_cmpfloat (probe.font_size, >=, 9);
  g_assert_cmpfloat (probe.font_size, <=, 10);
  g_assert_cmpstr (probe.language, ==, "zh_CN");
  text = page_text (pdf, poppler_document_get_n_pages (pdf) - 1);
  g_assert_nonnull (strstr (text, "各科室任务完成情况"));
  g_free (probe.language);
}

static void
cancel_on_progress (double   fraction,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (void)
{
  g_autoptr(WpDocument) document = make_long_document ("cancel", 60);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(WpPageLayout) layout = NULL;
  g_autoptr(GError) error = NULL;

  layout = wp_page_layout_new (document, cancellable, cancel_on_progress, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (layout);
  g_clear_error (&error);

  g_cancellable_reset (cancellable);
  layout = wp_page_layout_new (document, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (wp_page_layout_write_pdf (layout, stream, cancellable, cancel_on_progress,
                                            cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static gpointer
lay_out_in_thread (gpointer data)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(WpPageLayout) layout = wp_page_layout_new (data, NULL, NULL, NULL, NULL);

  g_assert_true (wp_page_layout_write_pdf (layout, stream, NULL, NULL, NULL, NULL));
  return GUINT_TO_POINTER (wp_page_layout_get_n_pages (layout));
}

/* Exports lay out in a worker thread while the window may draw another layout. */
static void
test_worker_thread (void)
{
  g_autoptr(WpDocument) document = make_long_document ("thread", 40);
  g_autoptr(WpPageLayout) layout = wp_page_layout_new (document, NULL, NULL, NULL, NULL);
  GThread *threads[2];
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 60, 85);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("layout", lay_out_in_thread, document);
  cairo_scale (cr, 0.1, 0.1);
  for (guint i = 0; i < wp_page_layout_get_n_pages (layout); i++)
    wp_page_layout_render_page (layout, cr, i);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==,
                      wp_page_layout_get_n_pages (layout));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
assert_progress (GArray *fractions)
{
  g_assert_cmpuint (fractions->len, >, 1);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

/* 300 paragraphs and a 300-row table, as a large bureau's summary; prints the time. */
static void
test_large_document (void)
{
  g_autoptr(WpDocument) document = make_long_document ("large", 300);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GArray) laid = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) written = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(WpPageLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start, middle;

  add_results_table (document, 300);
  start = g_get_monotonic_time ();
  layout = wp_page_layout_new (document, NULL, wp_test_record_progress, laid, &error);
  g_assert_no_error (error);
  middle = g_get_monotonic_time ();
  g_assert_true (wp_page_layout_write_pdf (layout, stream, NULL, wp_test_record_progress, written,
                                           &error));
  g_assert_no_error (error);
  g_test_message ("300 paragraphs + 300 rows: %u pages, layout %.0f ms, PDF %.0f ms, %zu bytes",
                  wp_page_layout_get_n_pages (layout), (middle - start) / 1000.0,
                  (g_get_monotonic_time () - middle) / 1000.0,
                  g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
  g_assert_cmpuint (wp_page_layout_get_n_pages (layout), >, 30);
  assert_progress (laid);
  assert_progress (written);
  g_assert_cmpuint (written->len, ==, wp_page_layout_get_n_pages (layout));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/model", test_document_model);
  g_test_add_func ("/document/frees-chart-data", test_document_frees_chart_data);
  g_test_add_func ("/page-layout/zh/geometry", test_zh_geometry);
  g_test_add_func ("/page-layout/zh/table-repeats-header", test_zh_table_repeats_header);
  g_test_add_func ("/page-layout/zh/heading-moves-to-next-page",
                   test_zh_heading_moves_to_next_page);
  g_test_add_func ("/page-layout/zh/paragraph-keeps-two-lines", test_zh_paragraph_keeps_two_lines);
  g_test_add_func ("/page-layout/zh/signature-takes-lines-along",
                   test_zh_signature_takes_lines_along);
  g_test_add_func ("/page-layout/zh/tall-row-is-cut", test_zh_tall_row_is_cut);
  g_test_add_func ("/page-layout/fonts-and-metadata", test_fonts_and_metadata);
  g_test_add_func ("/page-layout/en/fonts", test_en_fonts);
  g_test_add_func ("/page-layout/en/folio-centred", test_en_folio_centred);
  g_test_add_func ("/page-layout/chart-rect", test_chart_rect);
  g_test_add_func ("/page-layout/cancel", test_cancel);
  g_test_add_func ("/page-layout/worker-thread", test_worker_thread);
  g_test_add_func ("/page-layout/large-document", test_large_document);

  return g_test_run ();
}
