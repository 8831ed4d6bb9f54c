/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-readers"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "wp-import.h"
#include "wp-test-util.h"

/* A4 in points, with the margins of a printed bureau document. */
#define PAGE_WIDTH   595.28
#define PAGE_HEIGHT  841.89
#define MARGIN       72.0
#define FONT_SIZE    12.0

#define RUNNING_HEADER "某市教育局文件"

/* The plan every reader must give back. */
#define SEED "seed-003.txt"
/* An English plan, for the spaces between words. */
#define ENGLISH_SEED "seed-000.txt"

/* A seed document of the shared fixtures, as UTF-8 text. */
static char *
read_seed (const char *name)
{
  g_autofree char *path = wp_test_fixture_path (name);

  return wp_test_read_file (path, NULL);
}

static char *
write_scratch_file (WpTestFixture *fixture,
                    const char    *name,
                    const char    *contents,
                    gssize         length)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  wp_test_write_file (path, contents, length);
  return path;
}

static char *
read_text (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return wp_import_read_text (file, NULL, NULL, NULL, error);
}

/* The reader fails on @path with @code, in a message that names the file. */
static void
assert_read_fails (const char  *path,
                   WpImportError code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = read_text (path, &error);

  g_assert_null (text);
  g_assert_error (error, WP_IMPORT_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, path));
  g_test_message ("%s", error->message);
}

/* Han text carries no spaces: a line broken at one loses it. So spaces next to a Han
 * character go, and runs of white space elsewhere become one space. */
static char *
normalize_spaces (const char *line)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean han = g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space && !han && g_unichar_get_script (
            g_utf8_get_char (g_utf8_find_prev_char (out->str, out->str + out->len)))
          != G_UNICODE_SCRIPT_HAN)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The non-empty lines of @text, white space normalised. */
static GPtrArray *
split_paragraphs (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *paragraph = normalize_spaces (lines[i]);

      if (*paragraph != '\0')
        g_ptr_array_add (paragraphs, paragraph);
      else
        g_free (paragraph);
    }

  return paragraphs;
}

static void
assert_same_paragraphs (const char *actual,
                        const char *expected)
{
  g_autoptr(GPtrArray) got = split_paragraphs (actual);
  g_autoptr(GPtrArray) want = split_paragraphs (expected);

  for (guint i = 0; i < MIN (got->len, want->len); i++)
    {
      const char *a = g_ptr_array_index (got, i);
      const char *b = g_ptr_array_index (want, i);

      /* Readable where g_assert_cmpstr() escapes every Han character. */
      if (!g_str_equal (a, b))
        g_test_message ("paragraph %u differs:\n got: %s\nwant: %s", i + 1, a, b);
      g_assert_cmpstr (a, ==, b);
    }
  g_assert_cmpuint (got->len, ==, want->len);
}

static void
test_text_encodings (WpTestFixture *fixture,
                     gconstpointer  data)
{
  g_autofree char *seed = read_seed (SEED);
  g_autofree char *gbk = g_convert (seed, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  gsize le_length, be_length;
  g_autofree char *le = g_convert (seed, -1, "UTF-16LE", "UTF-8", NULL, &le_length, NULL);
  g_autofree char *be = g_convert (seed, -1, "UTF-16BE", "UTF-8", NULL, &be_length, NULL);
  g_autofree char *le_bom = g_malloc (le_length + 2);
  g_autofree char *utf8_bom = g_strconcat ("\xef\xbb\xbf", seed, NULL);
  g_auto(GStrv) lines = g_strsplit (seed, "\n", -1);
  g_autofree char *crlf = g_strjoinv ("\r\n", lines);
  g_autofree char *cr = g_strjoinv ("\r", lines);
  struct { const char *name; const char *data; gssize length; } variants[] = {
    { "utf-8.txt", seed, -1 },
    { "gbk.txt", gbk, -1 },
    { "utf-16le-bom.txt", le_bom, le_length + 2 },
    { "utf-16be.txt", be, be_length },
    { "utf-8-bom.md", utf8_bom, -1 },
    { "crlf.txt", crlf, -1 },
    { "cr.text", cr, -1 },
    { "no-extension", gbk, -1 },
  };

  g_assert_nonnull (gbk);
  memcpy (le_bom, "\xff\xfe", 2);
  memcpy (le_bom + 2, le, le_length);
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *path = write_scratch_file (fixture, variants[i].name, variants[i].data,
                                                  variants[i].length);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = read_text (path, &error);

      g_test_message ("%s", variants[i].name);
      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, seed);
    }
}

/* A download cut short ends inside a character: the rest still reads. */
static void
test_text_cut_off (WpTestFixture *fixture,
                   gconstpointer  data)
{
  g_autofree char *seed = read_seed (SEED);
  gsize length = strlen (seed);
  g_autofree char *path = write_scratch_file (fixture, "cut.txt", seed, length - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = read_text (path, &error);
  const char *last = g_utf8_find_prev_char (seed, seed + length);

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (text), ==, last - seed);
  g_assert_true (strncmp (text, seed, last - seed) == 0);
}

/* Binary data, even what looks like text around it, is refused; so is text in an
 * encoding that is neither UTF-8, UTF-16 nor GB18030. */
static void
test_text_refused (WpTestFixture *fixture,
                   gconstpointer  data)
{
  g_autofree char *bytes = g_malloc (4 * 256);
  g_autofree char *binary = NULL;
  g_autofree char *controls = NULL;
  g_autofree char *empty = write_scratch_file (fixture, "empty.txt", "", 0);
  g_autofree char *blank = write_scratch_file (fixture, "blank.txt", " \r\n\t\n　\n", -1);
  g_autofree char *latin1 = write_scratch_file (fixture, "latin1.txt",
                                                "Plan f\xfcr 2019\n1. Schule \x80\xff\n", -1);
  g_autofree char *old_word = write_scratch_file (fixture, "plan.doc",
                                                  "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 plan",
                                                  -1);

  for (guint i = 0; i < 4 * 256; i++)
    bytes[i] = i % 256;
  binary = write_scratch_file (fixture, "bytes.txt", bytes, 4 * 256);
  controls = write_scratch_file (fixture, "controls.bin", "1. plan\x01\x02\x03\x04\x05\x06 "
                                 "\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19", -1);

  assert_read_fails (empty, WP_IMPORT_ERROR_EMPTY);
  assert_read_fails (blank, WP_IMPORT_ERROR_EMPTY);
  assert_read_fails (binary, WP_IMPORT_ERROR_UNSUPPORTED);
  assert_read_fails (controls, WP_IMPORT_ERROR_UNSUPPORTED);
  assert_read_fails (latin1, WP_IMPORT_ERROR_ENCODING);
  assert_read_fails (old_word, WP_IMPORT_ERROR_UNSUPPORTED);
}

/* Refused before a byte is read: the size is in the message, and it takes no time. */
static void
test_too_large (WpTestFixture *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double seconds;

  /* 50 MB of a sparse file: the size is what counts. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (G_OUTPUT_STREAM (stream), "1. 计划\n", strlen ("1. 计划\n"), NULL,
                             NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (stream), 50 * 1024 * 1024, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
  g_assert_no_error (error);

  g_test_timer_start ();
  text = wp_import_read_text (file, NULL, NULL, NULL, &error);
  seconds = g_test_timer_elapsed ();

  g_assert_null (text);
  g_assert_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "50.0 MB"));
  g_assert_cmpfloat (seconds, <, 0.5);
  g_test_message ("refused a 50 MB file in %.6f s: %s", seconds, error->message);
}

typedef struct
{
  cairo_t     *cr;
  PangoLayout *body;
  PangoLayout *furniture;  /* running header and page number */
  double       y;
  int          page;
} PdfWriter;

static PangoLayout *
make_layout (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Serif CJK SC");

  pango_font_description_set_absolute_size (font, FONT_SIZE * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  return layout;
}

static gboolean
has_han_font (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) layout = make_layout (cr);
  gboolean found;

  pango_layout_set_text (layout, "教育", -1);
  found = pango_layout_get_unknown_glyphs_count (layout) == 0;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return found;
}

static void
show_centered (PdfWriter  *writer,
               const char *text,
               double      y)
{
  int width;

  pango_layout_set_text (writer->furniture, text, -1);
  pango_layout_get_size (writer->furniture, &width, NULL);
  cairo_move_to (writer->cr, (PAGE_WIDTH - width / (double) PANGO_SCALE) / 2, y);
  pango_cairo_show_layout (writer->cr, writer->furniture);
}

/* A header over the text and "— N —" under it, as on every page of a bureau file. */
static void
start_page (PdfWriter *writer)
{
  g_autofree char *number = g_strdup_printf ("— %d —", ++writer->page);

  if (writer->page > 1)
    cairo_show_page (writer->cr);

  show_centered (writer, RUNNING_HEADER, MARGIN / 2);
  show_centered (writer, number, PAGE_HEIGHT - MARGIN / 2);
  writer->y = MARGIN;
}

/* Lays the paragraph out in lines of the text width, the first one indented by two
 * characters, and starts a new page wherever the next line does not fit. */
static void
show_paragraph (PdfWriter  *writer,
                const char *text)
{
  PangoLayoutIter *iter;

  pango_layout_set_text (writer->body, text, -1);
  iter = pango_layout_get_iter (writer->body);
  do
    {
      PangoRectangle extents;
      double height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      height = extents.height / (double) PANGO_SCALE;
      baseline = (pango_layout_iter_get_baseline (iter) - extents.y) / (double) PANGO_SCALE;
      if (writer->y + height > PAGE_HEIGHT - MARGIN)
        start_page (writer);
      cairo_move_to (writer->cr, MARGIN + extents.x / (double) PANGO_SCALE,
                     writer->y + baseline);
      pango_cairo_show_layout_line (writer->cr, pango_layout_iter_get_line_readonly (iter));
      writer->y += height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Prints @text, one paragraph per line, as an A4 PDF; returns the number of pages. */
static int
write_plan_pdf (const char *path,
                const char *text)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  PdfWriter writer = { cairo_create (surface), NULL, NULL, 0, 0 };
  int pages;

  writer.body = make_layout (writer.cr);
  writer.furniture = make_layout (writer.cr);
  pango_layout_set_width (writer.body, (PAGE_WIDTH - 2 * MARGIN) * PANGO_SCALE);
  pango_layout_set_wrap (writer.body, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_indent (writer.body, 2 * FONT_SIZE * PANGO_SCALE);

  start_page (&writer);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      if (*paragraphs[i] != '\0')
        show_paragraph (&writer, paragraphs[i]);
    }

  pages = writer.page;
  g_object_unref (writer.body);
  g_object_unref (writer.furniture);
  cairo_destroy (writer.cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return pages;
}

/* Seed @name printed into the fixture's folder; @pages gets the number of pages. */
static GFile *
print_seed (WpTestFixture *fixture,
            const char    *name,
            int           *pages)
{
  g_autofree char *seed = read_seed (name);
  g_autofree char *path = g_build_filename (fixture->dir, "plan.pdf", NULL);

  *pages = write_plan_pdf (path, seed);
  return g_file_new_for_path (path);
}

/* The paragraphs of seed @name come back from its printout, without the running header
 * and the page numbers, and with a progress report per page. */
static void
assert_reads_printed_seed (WpTestFixture *fixture,
                           const char    *name)
{
  g_autofree char *seed = read_seed (name);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int pages;

  if (!has_han_font ())
    {
      g_test_skip ("no font with Han characters is installed");
      return;
    }

  file = print_seed (fixture, name, &pages);
  g_assert_cmpint (pages, >, 3);

  g_test_timer_start ();
  text = wp_import_read_text (file, wp_test_record_progress, fractions, NULL, &error);
  g_test_message ("read %d PDF pages in %.3f s", pages, g_test_timer_elapsed ());
  g_assert_no_error (error);

  assert_same_paragraphs (text, seed);
  g_assert_null (strstr (text, RUNNING_HEADER));
  for (int page = 1; page <= pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("—%d—", page);
      g_autofree char *spaced = g_strdup_printf ("— %d —", page);

      g_assert_null (strstr (text, number));
      g_assert_null (strstr (text, spaced));
    }

  /* A report per page and a last one, rising to 1. */
  g_assert_cmpuint (fractions->len, >=, (guint) pages);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

static void
test_pdf_seed (WpTestFixture *fixture,
               gconstpointer  data)
{
  assert_reads_printed_seed (fixture, SEED);
}

static void
test_pdf_english (WpTestFixture *fixture,
                  gconstpointer  data)
{
  assert_reads_printed_seed (fixture, ENGLISH_SEED);
}

static void
cancel_after_first_page (double   fraction,
                         gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_pdf_cancel (WpTestFixture *fixture,
                 gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int pages;
  g_autoptr(GFile) file = print_seed (fixture, SEED, &pages);

  text = wp_import_read_text (file, cancel_after_first_page, cancellable, cancellable, &error);

  g_assert_null (text);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Justified Chinese spreads its characters, and spaced titles are common; a space
 * between two Han characters goes, a space between Latin words stays. */
static void
test_pdf_spaced_han (WpTestFixture *fixture,
                     gconstpointer  data)
{
  static const char *const lines[] = { "工 作 计 划", "Work plan 2019", "一、总  体  要  求" };
  g_autofree char *path = g_build_filename (fixture->dir, "spaced.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) layout = make_layout (cr);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      pango_layout_set_text (layout, lines[i], -1);
      cairo_move_to (cr, MARGIN, MARGIN + 3 * FONT_SIZE * i);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  text = read_text (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "工作计划\nWork plan 2019\n一、总体要求\n");
}

/* Drawings without a letter of text, as a scan is. */
static void
test_pdf_without_text (WpTestFixture *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "scan.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  for (int page = 0; page < 2; page++)
    {
      cairo_rectangle (cr, MARGIN, MARGIN, 200, 100);
      cairo_fill (cr);
      cairo_arc (cr, 300, 400, 50, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  assert_read_fails (path, WP_IMPORT_ERROR_NO_TEXT);
}

static void
test_pdf_refused (WpTestFixture *fixture,
                  gconstpointer  data)
{
  g_autofree char *encrypted = wp_test_fixture_path ("encrypted.pdf");
  g_autofree char *cut = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* The first third of a real PDF: its cross-reference table and objects are gone. */
  contents = wp_test_read_file (encrypted, &length);
  cut = write_scratch_file (fixture, "cut.pdf", contents, length / 3);

  assert_read_fails (encrypted, WP_IMPORT_ERROR_ENCRYPTED);
  assert_read_fails (cut, WP_IMPORT_ERROR_DAMAGED);
}

static void
test_docx_seed (void)
{
  g_autofree char *seed = read_seed (SEED);
  g_autofree char *path = wp_test_fixture_path ("seed-003.docx");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_test_timer_start ();
  text = read_text (path, &error);
  g_test_message ("read the .docx in %.3f s", g_test_timer_elapsed ());
  g_assert_no_error (error);

  /* The list numbers are Word's; the text around them is the seed's to the letter. */
  g_assert_true (g_str_has_prefix (text, "2019年是中华人民共和国成立70周年"));
  g_assert_nonnull (strstr (text, "\n一、加强党对教育工作的全面领导\n1.深入贯彻"));
  g_assert_nonnull (strstr (text, "\n七、大力夯实教育发展基础\n1.完善"));
  g_assert_nonnull (strstr (text, "\n5.深入推进教育绩效考评工作。"));
  assert_same_paragraphs (text, seed);
}

static void
test_docx_numbering (void)
{
  static const char expected[] =
    "Annual plan\n"
    "I. Goals\n" "A. Schools\n" "1) Build\n" "2) Repair\n" "(a) roofs\n"
    "(i) north\n" "(ii) south\n" "B. Teachers\n" "1) Train\n"
    /* Lists of one definition share their counts; an override starts them anew. */
    "II. Budget\n" "I. Again\n" "II. Next\n"
    "Unnumbered heading\n" "point\n"
    "（十）工作\n" "①落实\n" "甲、准备\n" "壹、方案\n" "１．细则\n"
    "I. Chapter\n" "1.1 Scope\n" "1.2 Terms\n"
    "1. A\n" "1. a1\n" "2. B\n" "2. b1\n"
    "01. Zero\n"
    "Cell one\n" "Cell two\n"
    "Line one\nLine two\n" "02. New page\n" "Name Value\n" "Kept text\n" "Box\n" "Before box\n"
    "Fish & chips <3\n";
  g_autofree char *path = wp_test_fixture_path ("numbering.docx");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = read_text (path, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

/* Sets the unpacked size that the central directory declares for @name. */
static void
declare_entry_size (char       *zip,
                    gsize       length,
                    const char *name,
                    guint32     size)
{
  for (gsize i = 0; i + 46 + strlen (name) <= length; i++)
    {
      if (memcmp (zip + i, "PK\001\002", 4) == 0
          && memcmp (zip + i + 46, name, strlen (name)) == 0)
        {
          for (guint b = 0; b < 4; b++)
            zip[i + 24 + b] = (size >> (8 * b)) & 0xff;
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_docx_refused (WpTestFixture *fixture,
                   gconstpointer  data)
{
  g_autofree char *seed = wp_test_fixture_path ("seed-003.docx");
  g_autofree char *no_document = wp_test_fixture_path ("bad-no-document.docx");
  g_autofree char *bad_xml = wp_test_fixture_path ("bad-xml.docx");
  gsize length;
  g_autofree char *contents = wp_test_read_file (seed, &length);
  g_autofree char *cut = write_scratch_file (fixture, "cut.docx", contents, length / 2);
  g_autofree char *bomb = NULL;
  g_autofree char *short_entry = NULL;
  g_autofree char *not_zip = write_scratch_file (fixture, "text.docx", "1. 计划", -1);

  declare_entry_size (contents, length, "word/document.xml", 0xfffffff0);
  bomb = write_scratch_file (fixture, "bomb.docx", contents, length);
  declare_entry_size (contents, length, "word/document.xml", 1000);
  short_entry = write_scratch_file (fixture, "short.docx", contents, length);

  assert_read_fails (cut, WP_IMPORT_ERROR_DAMAGED);
  assert_read_fails (no_document, WP_IMPORT_ERROR_DAMAGED);
  assert_read_fails (bad_xml, WP_IMPORT_ERROR_DAMAGED);
  assert_read_fails (bomb, WP_IMPORT_ERROR_TOO_LARGE);
  assert_read_fails (short_entry, WP_IMPORT_ERROR_DAMAGED);
  assert_read_fails (not_zip, WP_IMPORT_ERROR_DAMAGED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  wp_test_add ("/readers/text/encodings", wp_test_fixture_set_up_dir, test_text_encodings);
  wp_test_add ("/readers/text/cut-off", wp_test_fixture_set_up_dir, test_text_cut_off);
  wp_test_add ("/readers/text/refused", wp_test_fixture_set_up_dir, test_text_refused);
  wp_test_add ("/readers/too-large", wp_test_fixture_set_up_dir, test_too_large);
  wp_test_add ("/readers/pdf/seed", wp_test_fixture_set_up_dir, test_pdf_seed);
  wp_test_add ("/readers/pdf/english", wp_test_fixture_set_up_dir, test_pdf_english);
  wp_test_add ("/readers/pdf/cancel", wp_test_fixture_set_up_dir, test_pdf_cancel);
  wp_test_add ("/readers/pdf/spaced-han", wp_test_fixture_set_up_dir, test_pdf_spaced_han);
  wp_test_add ("/readers/pdf/without-text", wp_test_fixture_set_up_dir, test_pdf_without_text);
  wp_test_add ("/readers/pdf/refused", wp_test_fixture_set_up_dir, test_pdf_refused);
  g_test_add_func ("/readers/docx/seed", test_docx_seed);
  g_test_add_func ("/readers/docx/numbering", test_docx_numbering);
  wp_test_add ("/readers/docx/refused", wp_test_fixture_set_up_dir, test_docx_refused);

  return g_test_run ();
}
