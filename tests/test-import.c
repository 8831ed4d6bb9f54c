/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <math.h>
#include <string.h>

#include "wp-import.h"
#include "wp-indicator.h"
#include "wp-json-reader.h"
#include "wp-node.h"
#include "wp-plan.h"
#include "wp-test-util.h"

/* What seed 003 holds, as a person counts it (issue 3). */
#define SEED_SECTIONS 7
#define SEED_TASKS    34

/* Printed from a web page onto one long sheet: A4 wide, as long as the text. */
#define SHEET_WIDTH  595.28
#define SHEET_MARGIN 56.0

static GPtrArray *
import_path (const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return wp_import_file (file, NULL, NULL, NULL, error);
}

static GPtrArray *
import_seed (void)
{
  g_autofree char *path = wp_test_fixture_path ("seed-003.txt");
  g_autoptr(GError) error = NULL;
  GPtrArray *drafts = import_path (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  return drafts;
}

typedef void (*AssertSame) (gconstpointer got,
                            gconstpointer want);

/* As many items in @got as in @want, each the same as its counterpart. */
static void
assert_same_items (GPtrArray  *got,
                   GPtrArray  *want,
                   AssertSame  assert_same)
{
  g_assert_cmpuint (got->len, ==, want->len);
  for (guint i = 0; i < got->len; i++)
    assert_same (g_ptr_array_index (got, i), g_ptr_array_index (want, i));
}

static void
assert_same_assignment (gconstpointer got,
                        gconstpointer want)
{
  const WpDraftAssignment *a = got;
  const WpDraftAssignment *b = want;

  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpint (a->role, ==, b->role);
}

/* Unset values are NaN, which equals nothing, not even itself. */
static void
assert_same_value (double got,
                   double want)
{
  if (isnan (want))
    g_assert_true (isnan (got));
  else
    g_assert_cmpfloat (got, ==, want);
}

static void
assert_same_indicator (gconstpointer got,
                       gconstpointer want)
{
  WpIndicator *a = (WpIndicator *) got;
  WpIndicator *b = (WpIndicator *) want;

  g_assert_cmpstr (wp_indicator_get_name (a), ==, wp_indicator_get_name (b));
  g_assert_cmpstr (wp_indicator_get_unit (a), ==, wp_indicator_get_unit (b));
  g_assert_cmpint (wp_indicator_get_comparator (a), ==, wp_indicator_get_comparator (b));
  assert_same_value (wp_indicator_get_baseline (a), wp_indicator_get_baseline (b));
  assert_same_value (wp_indicator_get_target (a), wp_indicator_get_target (b));
}

/* Node by node, level by level: what the outline shows of each. */
static void
assert_same_node (gconstpointer got,
                  gconstpointer want)
{
  const WpDraftNode *a = got;
  const WpDraftNode *b = want;

  g_assert_cmpint (wp_node_get_kind (a->node), ==, wp_node_get_kind (b->node));
  g_assert_cmpstr (wp_node_get_title (a->node), ==, wp_node_get_title (b->node));
  assert_same_items (a->assignments, b->assignments, assert_same_assignment);
  assert_same_items (a->indicators, b->indicators, assert_same_indicator);
  assert_same_items (a->children, b->children, assert_same_node);
}

static void
assert_same_plan (GPtrArray *got,
                  GPtrArray *want)
{
  WpDraftPlan *a, *b;

  g_assert_cmpuint (got->len, ==, 1);
  g_assert_cmpuint (want->len, ==, 1);
  a = g_ptr_array_index (got, 0);
  b = g_ptr_array_index (want, 0);
  g_assert_cmpuint (wp_plan_get_year (a->plan), ==, wp_plan_get_year (b->plan));
  g_assert_cmpstr (wp_plan_get_title (a->plan), ==, wp_plan_get_title (b->plan));
  assert_same_items (a->nodes, b->nodes, assert_same_node);
}

/* Lays the whole text out in one layout on a single sheet, wrapped to its width. */
static gboolean
write_sheet_pdf (const char *path,
                 const char *text)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Noto Sans CJK SC 11");
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  cairo_surface_t *surface;
  gboolean complete;
  int height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (SHEET_WIDTH - 2 * SHEET_MARGIN) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &height);
  complete = pango_layout_get_unknown_glyphs_count (layout) == 0;
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);

  surface = cairo_pdf_surface_create (path, SHEET_WIDTH,
                                      height / (double) PANGO_SCALE + 2 * SHEET_MARGIN);
  cr = cairo_create (surface);
  pango_cairo_update_layout (cr, layout);
  cairo_move_to (cr, SHEET_MARGIN, SHEET_MARGIN);
  pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (layout);

  return complete;
}

/* The seed as each format a bureau sends: the tree is the same whatever the file. */
static void
test_formats (WpTestFixture *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) want = import_seed ();
  g_autofree char *seed_path = wp_test_fixture_path ("seed-003.txt");
  g_autofree char *seed = wp_test_read_file (seed_path, NULL);
  g_autofree char *gbk = g_convert (seed, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  gsize utf16_length;
  g_autofree char *utf16 = g_convert (seed, -1, "UTF-16", "UTF-8", NULL, &utf16_length, NULL);
  g_autofree char *gbk_path = g_build_filename (fixture->dir, "plan-gbk.txt", NULL);
  g_autofree char *utf16_path = g_build_filename (fixture->dir, "plan-utf16.txt", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *docx_path = wp_test_fixture_path ("seed-003.docx");
  const char *paths[] = { gbk_path, utf16_path, docx_path, pdf_path };
  WpDraftCounts counts;

  wp_draft_plan_count (g_ptr_array_index (want, 0), &counts);
  g_assert_cmpuint (counts.sections, ==, SEED_SECTIONS);
  g_assert_cmpuint (counts.tasks, ==, SEED_TASKS);

  wp_test_write_file (gbk_path, gbk, -1);
  wp_test_write_file (utf16_path, utf16, utf16_length);
  if (!write_sheet_pdf (pdf_path, seed))
    {
      g_test_skip ("no font with Han characters is installed");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) got = NULL;

      g_test_message ("%s", paths[i]);
      g_test_timer_start ();
      got = import_path (paths[i], &error);
      g_test_message ("imported in %.3f s", g_test_timer_elapsed ());
      g_assert_no_error (error);
      assert_same_plan (got, want);
    }
}

typedef struct
{
  GMainLoop *loop;
  GThread   *thread;         /* the caller's, where progress must arrive */
  GArray    *fractions;
  gboolean   other_thread;   /* some progress arrived elsewhere */
  gboolean   after_finish;   /* some progress arrived after the result */
  gboolean   finished;
  GPtrArray *drafts;
  GError    *error;
} AsyncImport;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AsyncImport *import = user_data;

  g_array_append_val (import->fractions, fraction);
  import->other_thread |= g_thread_self () != import->thread;
  import->after_finish |= import->finished;
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncImport *import = user_data;

  import->drafts = wp_import_file_finish (result, &import->error);
  import->finished = TRUE;
  g_main_loop_quit (import->loop);
}

/* Runs an import in the background and waits for it in a main loop. */
static void
run_async_import (AsyncImport  *import,
                  const char   *path,
                  GCancellable *cancellable)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  memset (import, 0, sizeof *import);
  import->loop = g_main_loop_new (NULL, FALSE);
  import->thread = g_thread_self ();
  import->fractions = g_array_new (FALSE, FALSE, sizeof (double));

  wp_import_file_async (file, on_progress, import, cancellable, on_imported, import);
  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  g_main_loop_run (import->loop);

  /* Let any report still queued arrive, to see that none does. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
clear_async_import (AsyncImport *import)
{
  g_clear_pointer (&import->loop, g_main_loop_unref);
  g_clear_pointer (&import->fractions, g_array_unref);
  g_clear_pointer (&import->drafts, g_ptr_array_unref);
  g_clear_error (&import->error);
}

static void
test_async (void)
{
  g_autoptr(GPtrArray) want = import_seed ();
  g_autofree char *path = wp_test_fixture_path ("seed-003.docx");
  AsyncImport import;

  run_async_import (&import, path, NULL);

  g_assert_no_error (import.error);
  assert_same_plan (import.drafts, want);
  g_assert_cmpuint (import.fractions->len, >=, 2);
  for (guint i = 1; i < import.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (import.fractions, double, i), >=,
                       g_array_index (import.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (import.fractions, double, import.fractions->len - 1), ==,
                     1.0);
  g_assert_false (import.other_thread);
  g_assert_false (import.after_finish);
  clear_async_import (&import);
}

static void
test_async_cancel (void)
{
  g_autofree char *path = wp_test_fixture_path ("seed-003.docx");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncImport import;

  run_async_import (&import, path, cancellable);

  g_assert_null (import.drafts);
  g_assert_error (import.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  clear_async_import (&import);
}

/* Our own interchange file goes to the JSON reader, whatever its name. */
static void
test_json (WpTestFixture *fixture,
           gconstpointer  data)
{
  g_autofree char *path = wp_test_fixture_path ("plan-2019.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = wp_test_read_file (path, NULL);
  g_autofree char *renamed = g_build_filename (fixture->dir, "plan.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) want = wp_json_read_file (file, &error);
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) got_renamed = NULL;

  g_assert_no_error (error);
  wp_test_write_file (renamed, contents, -1);

  got = import_path (path, &error);
  g_assert_no_error (error);
  got_renamed = import_path (renamed, &error);
  g_assert_no_error (error);

  assert_same_plan (got, want);
  assert_same_plan (got_renamed, want);
}

static void
test_no_outline (WpTestFixture *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "letter.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;

  wp_test_write_file (path, "各位同事：\n今年的工作计划将在下周会议上讨论，请大家提前准备意见。\n"
                      "谢谢大家。\n", -1);
  drafts = import_path (path, &error);

  g_assert_null (drafts);
  g_assert_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_NO_OUTLINE);
  g_assert_nonnull (strstr (error->message, path));
}

/* The import as the window and the command line run it: read, then write in one go. */
static gboolean
import_into_store (WpStore     *store,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GPtrArray) drafts = import_path (path, error);
  g_autoptr(GArray) ids = NULL;

  if (drafts == NULL)
    return FALSE;

  ids = wp_store_import_drafts (store, drafts, error);
  return ids != NULL;
}

static void
test_bad_files_write_nothing (WpTestFixture *fixture,
                              gconstpointer  data)
{
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.txt", NULL);
  g_autofree char *letter = g_build_filename (fixture->dir, "letter.md", NULL);
  g_autofree char *cut = g_build_filename (fixture->dir, "cut.docx", NULL);
  g_autofree char *encrypted = wp_test_fixture_path ("encrypted.pdf");
  g_autofree char *docx = wp_test_fixture_path ("seed-003.docx");
  gsize length;
  g_autofree char *contents = wp_test_read_file (docx, &length);
  const char *bad[] = { empty, letter, cut, encrypted };
  g_autoptr(GError) error = NULL;
  const char *count_sql = "SELECT count(*) FROM plans";
  const char *nodes_sql = "SELECT count(*) FROM nodes";
  gint64 plans = wp_test_query_int (fixture->path, count_sql);
  gint64 nodes = wp_test_query_int (fixture->path, nodes_sql);

  wp_test_write_file (empty, "", 0);
  wp_test_write_file (letter, "Dear colleagues,\nplease send your ideas for next year.\n", -1);
  wp_test_write_file (cut, contents, length - 100);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (import_into_store (fixture->store, bad[i], &error));
      g_assert_true (error->domain == WP_IMPORT_ERROR);
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_clear_error (&error);
      g_assert_cmpint (wp_test_query_int (fixture->path, count_sql), ==, plans);
      g_assert_cmpint (wp_test_query_int (fixture->path, nodes_sql), ==, nodes);
    }

  g_assert_true (import_into_store (fixture->store, docx, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wp_test_query_int (fixture->path, count_sql), ==, plans + 1);
  g_assert_cmpint (wp_test_query_int (fixture->path, nodes_sql), ==,
                   nodes + SEED_SECTIONS + SEED_TASKS);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  wp_test_add ("/import/formats", wp_test_fixture_set_up_dir, test_formats);
  g_test_add_func ("/import/async", test_async);
  g_test_add_func ("/import/async-cancel", test_async_cancel);
  wp_test_add ("/import/json", wp_test_fixture_set_up_dir, test_json);
  wp_test_add ("/import/no-outline", wp_test_fixture_set_up_dir, test_no_outline);
  wp_test_add ("/import/bad-files-write-nothing", wp_test_fixture_set_up_plan,
               test_bad_files_write_nothing);

  return g_test_run ();
}
