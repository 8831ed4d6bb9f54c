/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "wp-cli.h"
#include "wp-import.h"
#include "wp-json-writer.h"
#include "wp-store.h"
#include "wp-test-util.h"

/* The tests run the program the user runs, so that they also cover main()'s dispatch.
 * @path is the workbook they name with --db; the program creates it. */
typedef WpTestFixture Fixture;


typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs `workplan ARGS…` with its default workbook inside the test's folder, never the
 * user's. */
static void
run_workplanv (Fixture           *fixture,
               Result            *result,
               const char *const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, g_test_build_filename (G_TEST_BUILT, "..", "src", "workplan", NULL));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
}

#define run_workplan(fixture, result, ...) \
  run_workplanv ((fixture), (result), (const char *const[]) { __VA_ARGS__, NULL })

/* A failure is one line on stderr that names @file and says @problem. */
static void
assert_failure (Result     *result,
                int         status,
                const char *file,
                const char *problem)
{
  g_assert_cmpint (result->status, ==, status);
  g_assert_cmpstr (result->out, ==, "");
  /* One line: its only newline ends it. */
  g_assert_cmpint (strchr (result->err, '\n') - result->err, ==, (gssize) strlen (result->err) - 1);
  if (strstr (result->err, file) == NULL || strstr (result->err, problem) == NULL)
    g_error ("“%s” does not name “%s” and say “%s”", result->err, file, problem);
}

static void
import_plan (Fixture *fixture)
{
  g_auto(Result) result = { 0, };
  g_autofree char *plan_json = wp_test_fixture_path ("plan-2019.json");

  run_workplan (fixture, &result, "import", plan_json, "--db", fixture->path);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "1\n");
}

static void
test_import_and_list (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  import_plan (fixture);
  run_workplan (fixture, &result, "list", "--db", fixture->path);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==,
                   "ID\tYear\tTitle\tSections\tTasks\n"
                   "1\t2019\t某市教育局2019年工作要点\t8\t11\n");
  g_assert_cmpstr (result.err, ==, "");
}

static void
test_list_default_workbook (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autofree char *db = g_build_filename (fixture->dir, "workplan", "workplan.db", NULL);

  run_workplan (fixture, &result, "list");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "ID\tYear\tTitle\tSections\tTasks\n");
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
}

static void
test_import_overrides (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(Result) import = { 0, };
  g_auto(Result) list = { 0, };
  g_autofree char *plan_json = wp_test_fixture_path ("plan-2019.json");

  import_plan (fixture);
  run_workplan (fixture, &import, "import", plan_json, "--db", fixture->path,
                "--year", "2020", "--title", "某市教育局2020年工作要点");
  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpstr (import.out, ==, "2\n");

  run_workplan (fixture, &list, "list", "--db", fixture->path);
  g_assert_cmpstr (list.out, ==,
                   "ID\tYear\tTitle\tSections\tTasks\n"
                   "1\t2019\t某市教育局2019年工作要点\t8\t11\n"
                   "2\t2020\t某市教育局2020年工作要点\t8\t11\n");
}

/* The line `workplan list` prints for the plan that the library reads from @path. */
static char *
expected_list_line (const char *path,
                    gint64      plan_id)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  WpDraftPlan *draft;
  WpDraftCounts counts;

  drafts = wp_import_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  wp_draft_plan_count (draft, &counts);

  return g_strdup_printf ("%" G_GINT64_FORMAT "\t%u\t%s\t%u\t%u\n", plan_id,
                          wp_plan_get_year (draft->plan), wp_plan_get_title (draft->plan),
                          counts.sections, counts.tasks);
}

/* Plan documents in text and Word: the tree the preview would show, written at once. */
static void
test_import_documents (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *names[] = { "seed-003.txt", "seed-003.docx" };
  g_autoptr(GString) expected = g_string_new ("ID\tYear\tTitle\tSections\tTasks\n");
  g_auto(Result) list = { 0, };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = wp_test_fixture_path (names[i]);
      g_autofree char *line = expected_list_line (path, i + 1);
      g_autofree char *id = g_strdup_printf ("%u\n", i + 1);
      g_auto(Result) import = { 0, };

      run_workplan (fixture, &import, "import", path, "--db", fixture->path);
      g_assert_cmpstr (import.err, ==, "");
      g_assert_cmpint (import.status, ==, 0);
      g_assert_cmpstr (import.out, ==, id);
      g_string_append (expected, line);
    }

  run_workplan (fixture, &list, "list", "--db", fixture->path);
  g_assert_cmpstr (list.out, ==, expected->str);
  g_assert_nonnull (strstr (list.out, "\t2019\t"));
  g_assert_nonnull (strstr (list.out, "\t7\t34\n"));
}

/* A document that names no year is refused rather than filed under a guess, and
 * accepted once the user gives the year. */
static void
test_import_text_without_year (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "工作要点.txt", NULL);
  g_auto(Result) refused = { 0, };
  g_auto(Result) accepted = { 0, };
  g_auto(Result) list = { 0, };

  wp_test_write_file (text,
                      "一、推进教育优质均衡发展\n"
                      "1.新建幼儿园。（责任科室：基教科）\n"
                      "2.改扩建公办学校。（责任科室：计财科）\n", -1);

  run_workplan (fixture, &refused, "import", text, "--db", fixture->path);
  assert_failure (&refused, 1, text, "--year");
  /* Refused before the workbook was even opened. */
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  run_workplan (fixture, &accepted, "import", text, "--db", fixture->path, "--year", "2021",
                "--title", "2021年工作要点");
  g_assert_cmpstr (accepted.err, ==, "");
  g_assert_cmpstr (accepted.out, ==, "1\n");
  run_workplan (fixture, &list, "list", "--db", fixture->path);
  g_assert_cmpstr (list.out, ==,
                   "ID\tYear\tTitle\tSections\tTasks\n"
                   "1\t2021\t2021年工作要点\t1\t2\n");
}

/* What the program prints is what the library writes for the same plan. */
static char *
expected_export (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpStore) store = wp_store_open (fixture->path, &error);
  gint64 plan_id = 1;
  char *json;

  g_assert_no_error (error);
  json = wp_json_write_plans (store, &plan_id, 1, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
  return json;
}

static void
test_export_stdout (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autofree char *expected = NULL;

  import_plan (fixture);
  run_workplan (fixture, &result, "export", "--db", fixture->path, "--plan", "1",
                "--format", "json");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  expected = expected_export (fixture);
  g_assert_cmpstr (result.out, ==, expected);
  g_assert_nonnull (strstr (result.out, "\"title\" : \"新建、改扩建公办幼儿园\""));
}

static GPtrArray *
list_folder (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));

  return names;
}

static void
test_export_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autofree char *out_dir = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *output = g_build_filename (out_dir, "计划.json", NULL);
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) names = NULL;

  import_plan (fixture);
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  /* An older export is replaced as a whole. */
  wp_test_write_file (output, "old", -1);

  run_workplan (fixture, &result, "export", "--db", fixture->path, "--year", "2019",
                "--format", "json", "--output", output);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpstr (result.err, ==, "");

  written = wp_test_read_file (output, NULL);
  expected = expected_export (fixture);
  g_assert_cmpstr (written, ==, expected);

  names = list_folder (out_dir);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "计划.json");
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.json", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "plan.txt", NULL);
  g_autofree char *nowhere = g_build_filename (fixture->dir, "no", "such", "folder.json", NULL);
  g_auto(Result) no_file = { 0, };
  g_autofree char *encrypted = wp_test_fixture_path ("encrypted.pdf");
  g_auto(Result) txt = { 0, };
  g_auto(Result) locked = { 0, };
  g_auto(Result) bad_plan = { 0, };
  g_auto(Result) csv = { 0, };
  g_auto(Result) bad_output = { 0, };
  g_auto(Result) list = { 0, };

  import_plan (fixture);

  run_workplan (fixture, &no_file, "import", missing, "--db", fixture->path);
  assert_failure (&no_file, 1, missing, "No such file");
  wp_test_write_file (text, " \n\n", -1);
  run_workplan (fixture, &txt, "import", text, "--db", fixture->path);
  assert_failure (&txt, 1, text, "no text");
  run_workplan (fixture, &locked, "import", encrypted, "--db", fixture->path);
  assert_failure (&locked, 1, encrypted, "password");
  run_workplan (fixture, &bad_plan, "export", "--db", fixture->path, "--plan", "42",
                "--format", "json");
  assert_failure (&bad_plan, 1, fixture->path, "no plan with id 42");
  run_workplan (fixture, &csv, "export", "--db", fixture->path, "--plan", "42",
                "--format", "csv");
  assert_failure (&csv, 1, fixture->path, "no plan with id 42");
  run_workplan (fixture, &bad_output, "export", "--db", fixture->path, "--plan", "1",
                "--format", "json", "--output", nowhere);
  assert_failure (&bad_output, 1, nowhere, "Cannot write");
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  /* Nothing of the failed imports reached the workbook. */
  run_workplan (fixture, &list, "list", "--db", fixture->path);
  g_assert_cmpstr (list.out, ==,
                   "ID\tYear\tTitle\tSections\tTasks\n"
                   "1\t2019\t某市教育局2019年工作要点\t8\t11\n");
}

static void
assert_usage_error (Fixture           *fixture,
                    const char        *problem,
                    const char *const *args)
{
  g_auto(Result) result = { 0, };

  run_workplanv (fixture, &result, args);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, problem));
  g_assert_nonnull (strstr (result.err, "\nUsage: workplan "));
}

#define ARGS(...) ((const char *const[]) { __VA_ARGS__, NULL })

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  assert_usage_error (fixture, "--plan", ARGS ("export", "--plan", "abc", "--format", "json"));
  assert_usage_error (fixture, "either --plan or --year",
                      ARGS ("export", "--plan", "1", "--year", "2019", "--format", "json"));
  assert_usage_error (fixture, "--format", ARGS ("export", "--plan", "1"));
  assert_usage_error (fixture, "name the file", ARGS ("import"));
  assert_usage_error (fixture, "--colour", ARGS ("list", "--colour"));
}

/* Reports and the dashboard */

/* Runs `workplan export --db … --plan 1 ARGS… --output dir/@name` and returns what it
 * wrote, asserting that it succeeded quietly. */
static GBytes *
export_to_file (Fixture           *fixture,
                const char        *name,
                const char *const *args)
{
  g_autofree char *output = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(Result) result = { 0, };
  gsize length = 0;
  char *contents;

  g_ptr_array_add (argv, (gpointer) "export");
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, fixture->path);
  g_ptr_array_add (argv, (gpointer) "--plan");
  g_ptr_array_add (argv, (gpointer) "1");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) "--output");
  g_ptr_array_add (argv, output);
  g_ptr_array_add (argv, NULL);

  run_workplanv (fixture, &result, (const char *const *) argv->pdata);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");

  contents = wp_test_read_file (output, &length);
  return g_bytes_new_take (contents, length);
}

/* The text of every page of the PDF in @bytes, which must open. */
static char *
pdf_text (GBytes *bytes,
          int    *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < *n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A PNG of @width pixels, taller than half of that: its signature and its header. */
static void
assert_png (GBytes *bytes,
            guint   width)
{
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (data, 16, "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  g_assert_cmpuint (GUINT32_FROM_BE (*(const guint32 *) (data + 16)), ==, width);
  g_assert_cmpuint (GUINT32_FROM_BE (*(const guint32 *) (data + 20)), >, width / 2);
}

static void
assert_svg (GBytes *bytes)
{
  GMarkupParser parser = { NULL, };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *svg = strstr (text, "<svg");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (svg);
  g_markup_parse_context_parse (context, svg, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
test_export_dashboard (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  int n_pages = 0;

  import_plan (fixture);
  png = export_to_file (fixture, "仪表盘.png", ARGS ("--kind", "dashboard", "--format", "png"));
  assert_png (png, 1600);
  svg = export_to_file (fixture, "仪表盘.svg", ARGS ("--kind", "dashboard", "--format", "svg",
                                                    "--lang", "zh_CN"));
  assert_svg (svg);
  pdf = export_to_file (fixture, "dashboard.pdf", ARGS ("--kind", "dashboard", "--format", "pdf",
                                                       "--lang", "en", "--as-of", "2019-06-30"));
  text = pdf_text (pdf, &n_pages);
  g_assert_cmpint (n_pages, ==, 1);
  g_assert_nonnull (strstr (text, "某市教育局2019年工作要点"));
  g_assert_nonnull (strstr (text, "As of 2019-06-30"));
}

/* The task breakdown table, to standard output: a header and a CRLF line per task. */
static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  guint n_lines = 0;

  import_plan (fixture);
  run_workplan (fixture, &result, "export", "--db", fixture->path, "--year", "2019",
                "--format", "csv", "--lang", "en", "--output", "-");
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out, "\xEF\xBB\xBF" "No.,Section,Task,"));
  for (const char *p = result.out; (p = strstr (p, "\r\n")) != NULL; p += 2)
    n_lines++;
  g_assert_cmpuint (n_lines, ==, 1 + 11);
  g_assert_nonnull (strstr (result.out, "\r\n二、（一）1.,（一）学前教育,新建、改扩建公办幼儿园,"));
}

static void
test_export_reports (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) summary = NULL;
  g_autoptr(GBytes) plan = NULL;
  g_autofree char *summary_text = NULL;
  g_autofree char *plan_text = NULL;
  int n_pages = 0;

  import_plan (fixture);
  summary = export_to_file (fixture, "summary.pdf", ARGS ("--kind", "summary", "--format", "pdf",
                                                         "--lang", "en", "--as-of",
                                                         "2019-12-31"));
  summary_text = pdf_text (summary, &n_pages);
  g_assert_cmpint (n_pages, >=, 2);
  g_assert_nonnull (strstr (summary_text, "2019"));

  plan = export_to_file (fixture, "计划.pdf", ARGS ("--format", "pdf", "--lang", "zh_CN"));
  plan_text = pdf_text (plan, &n_pages);
  g_assert_cmpint (n_pages, >=, 1);
  g_assert_nonnull (strstr (plan_text, "新建、改扩建公办幼儿园"));
}

/* A combination that cannot work is refused in one line, before anything is opened or
 * written. */
static void
assert_option_error (Fixture           *fixture,
                     const char        *problem,
                     const char *const *args)
{
  g_autofree char *output = g_build_filename (fixture->dir, "out", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(Result) result = { 0, };

  g_ptr_array_add (argv, (gpointer) "export");
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, fixture->path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) "--output");
  g_ptr_array_add (argv, output);
  g_ptr_array_add (argv, NULL);

  run_workplanv (fixture, &result, (const char *const *) argv->pdata);
  g_assert_cmpint (result.status, !=, 0);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_true (g_str_has_prefix (result.err, "workplan export: "));
  g_assert_cmpint (strchr (result.err, '\n') - result.err, ==, (gssize) strlen (result.err) - 1);
  if (strstr (result.err, problem) == NULL)
    g_error ("“%s” does not say “%s”", result.err, problem);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_export_option_errors (Fixture       *fixture,
                           gconstpointer  data)
{
  assert_option_error (fixture, "dashboard cannot be written as csv",
                       ARGS ("--plan", "1", "--kind", "dashboard", "--format", "csv"));
  assert_option_error (fixture, "plan cannot be written as png",
                       ARGS ("--plan", "1", "--format", "png"));
  assert_option_error (fixture, "summary cannot be written as svg",
                       ARGS ("--year", "2019", "--kind", "summary", "--format", "svg"));
  assert_option_error (fixture, "unknown kind “report”",
                       ARGS ("--plan", "1", "--kind", "report", "--format", "pdf"));
  assert_option_error (fixture, "--as-of “2019-13-45”",
                       ARGS ("--plan", "1", "--format", "pdf", "--as-of", "2019-13-45"));
  assert_option_error (fixture, "unknown language “fr”",
                       ARGS ("--plan", "1", "--format", "pdf", "--lang", "fr"));
  assert_option_error (fixture, "--kind dashboard",
                       ARGS ("--plan", "1", "--format", "json", "--kind", "dashboard"));
  assert_option_error (fixture, "unknown part “intro”",
                       ARGS ("--plan", "1", "--kind", "summary", "--format", "pdf",
                             "--parts", "achievements,intro"));
  assert_option_error (fixture, "--parts applies to --kind summary",
                       ARGS ("--plan", "1", "--format", "csv", "--parts", "charts"));
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(Result) overview = { 0, };
  g_auto(Result) export = { 0, };

  run_workplan (fixture, &overview, "--help");
  g_assert_cmpint (overview.status, ==, 0);
  g_assert_nonnull (strstr (overview.out, "workplan import FILE [--db DB] [--year N] [--title T]"));
  g_assert_nonnull (strstr (overview.out, "workplan list [--db DB]"));

  run_workplan (fixture, &export, "export", "--help");
  g_assert_cmpint (export.status, ==, 0);
  g_assert_nonnull (strstr (export.out, "--format=FORMAT"));
  g_assert_nonnull (strstr (export.out, "--output=FILE"));
  g_assert_nonnull (strstr (export.out, "--kind=KIND"));
  g_assert_nonnull (strstr (export.out, "--as-of=DATE"));
}

static void
test_is_command (void)
{
  g_assert_true (wp_cli_is_command ("list"));
  g_assert_true (wp_cli_is_command ("import"));
  g_assert_true (wp_cli_is_command ("export"));
  g_assert_true (wp_cli_is_command ("--help"));
  /* The window's own options go to GApplication. */
  g_assert_false (wp_cli_is_command ("--db"));
  g_assert_false (wp_cli_is_command ("plan.json"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/is-command", test_is_command);
  wp_test_add ("/cli/import-and-list", wp_test_fixture_set_up_dir, test_import_and_list);
  wp_test_add ("/cli/list-default-workbook", wp_test_fixture_set_up_dir,
               test_list_default_workbook);
  wp_test_add ("/cli/import-overrides", wp_test_fixture_set_up_dir, test_import_overrides);
  wp_test_add ("/cli/import-documents", wp_test_fixture_set_up_dir, test_import_documents);
  wp_test_add ("/cli/import-text-without-year", wp_test_fixture_set_up_dir,
               test_import_text_without_year);
  wp_test_add ("/cli/export-stdout", wp_test_fixture_set_up_dir, test_export_stdout);
  wp_test_add ("/cli/export-file", wp_test_fixture_set_up_dir, test_export_file);
  wp_test_add ("/cli/export-dashboard", wp_test_fixture_set_up_dir, test_export_dashboard);
  wp_test_add ("/cli/export-csv", wp_test_fixture_set_up_dir, test_export_csv);
  wp_test_add ("/cli/export-reports", wp_test_fixture_set_up_dir, test_export_reports);
  wp_test_add ("/cli/export-option-errors", wp_test_fixture_set_up_dir,
               test_export_option_errors);
  wp_test_add ("/cli/errors", wp_test_fixture_set_up_dir, test_errors);
  wp_test_add ("/cli/usage-errors", wp_test_fixture_set_up_dir, test_usage_errors);
  wp_test_add ("/cli/help", wp_test_fixture_set_up_dir, test_help);

  return g_test_run ();
}
