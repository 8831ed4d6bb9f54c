/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-summary-view"

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>

#include "wp-page-preview.h"
#include "wp-summary-view.h"
#include "wp-test-util.h"

/* A view in a window of its own, shown, so that it is mapped and makes its previews. */
typedef struct
{
  GtkWindow       *window;
  WpSummaryView   *view;
  PopplerDocument *last;   /* the document the preview showed before the change awaited */
} Page;

static void
page_open (Page *page)
{
  page->view = WP_SUMMARY_VIEW (g_object_ref_sink (wp_summary_view_new ()));
  page->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (page->window, 1200, 800);
  gtk_window_set_child (page->window, GTK_WIDGET (page->view));
  gtk_window_present (page->window);
}

static void
page_close (Page *page)
{
  gtk_window_destroy (page->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (page->view);
}

static PopplerDocument *
preview_document (Page *page)
{
  return wp_page_preview_get_document (wp_summary_view_get_preview (page->view));
}

static gboolean
new_preview_ready (gpointer data)
{
  Page *page = data;
  PopplerDocument *document = preview_document (page);

  return !wp_summary_view_get_busy (page->view) && document != NULL && document != page->last;
}

/* Waits for the preview that follows a change, and returns its document. */
static PopplerDocument *
wait_for_preview (Page *page)
{
  wp_test_wait_until (new_preview_ready, page);
  page->last = preview_document (page);
  return page->last;
}

/* The text of @document's page @index without white space, which poppler puts wherever
 * a line breaks. */
static char *
page_text (PopplerDocument *document,
           int              index)
{
  PopplerPage *page = poppler_document_get_page (document, index);
  g_autofree char *text = poppler_page_get_text (page);
  GString *compact = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (compact, g_utf8_get_char (p));
  g_object_unref (page);
  return g_string_free (compact, FALSE);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF of @n_pages A4 pages saying "Page N", made with cairo. */
static PopplerDocument *
make_document (guint n_pages)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, data,
                                                                  595.28, 841.89);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *text = g_strdup_printf ("Page %u", i + 1);

      cairo_move_to (cr, 72, 72);
      cairo_set_font_size (cr, 24);
      cairo_show_text (cr, text);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  bytes = g_byte_array_free_to_bytes (data);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  return document;
}

static void
test_preview_new (void)
{
  GtkWidget *preview = g_object_ref_sink (wp_page_preview_new ());
  PopplerDocument *document = make_document (2);

  wp_page_preview_set_document (WP_PAGE_PREVIEW (preview), document);
  g_assert_finalize_object (preview);
  g_assert_finalize_object (document);
}

static void
test_view_new (void)
{
  GtkWidget *view = g_object_ref_sink (wp_summary_view_new ());

  g_assert_false (wp_summary_view_get_busy (WP_SUMMARY_VIEW (view)));
  g_assert_finalize_object (view);
}

static int
natural_width (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static void
test_preview_navigate (void)
{
  WpPagePreview *preview = g_object_ref_sink (WP_PAGE_PREVIEW (wp_page_preview_new ()));
  PopplerDocument *document = make_document (4);
  PopplerDocument *again = make_document (4);
  PopplerDocument *shorter = make_document (2);
  GtkWidget *page_widget = wp_page_preview_get_page_widget (preview);
  int width;

  g_assert_cmpstr (wp_page_preview_get_position_text (preview), ==, "0 / 0");
  wp_page_preview_set_document (preview, document);
  g_assert_cmpuint (wp_page_preview_get_n_pages (preview), ==, 4);
  g_assert_cmpstr (wp_page_preview_get_position_text (preview), ==, "1 / 4");

  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  g_assert_cmpuint (wp_page_preview_get_page (preview), ==, 1);
  g_assert_cmpstr (wp_page_preview_get_position_text (preview), ==, "2 / 4");
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  g_assert_cmpstr (wp_page_preview_get_position_text (preview), ==, "1 / 4");
  wp_page_preview_set_page (preview, 3);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  g_assert_cmpstr (wp_page_preview_get_position_text (preview), ==, "4 / 4");

  /* The fit mode leaves the width to the window; a zoom level sets it. */
  g_assert_cmpfloat (wp_page_preview_get_zoom (preview), ==, 0);
  wp_page_preview_set_zoom (preview, 1.0);
  width = natural_width (page_widget);
  g_assert_cmpint (width, >=, 595);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
  g_assert_cmpfloat (wp_page_preview_get_zoom (preview), >, 1.0);
  g_assert_cmpint (natural_width (page_widget), >, width);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL);
  g_assert_cmpint (natural_width (page_widget), <, width);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-fit", NULL);
  g_assert_cmpfloat (wp_page_preview_get_zoom (preview), ==, 0);

  /* A new render of the same document keeps the page the user was reading. */
  wp_page_preview_set_document (preview, again);
  g_assert_cmpstr (wp_page_preview_get_position_text (preview), ==, "4 / 4");
  wp_page_preview_set_document (preview, shorter);
  g_assert_cmpstr (wp_page_preview_get_position_text (preview), ==, "2 / 2");

  g_assert_finalize_object (preview);
  g_assert_finalize_object (document);
  g_assert_finalize_object (again);
  g_assert_finalize_object (shorter);
}

/* Shown in a window, the thumbnails are drawn and the page widget fills the width. */
static void
test_preview_shown (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  WpPagePreview *preview = g_object_ref_sink (WP_PAGE_PREVIEW (wp_page_preview_new ()));
  PopplerDocument *document = make_document (3);
  GtkWidget *page_widget = wp_page_preview_get_page_widget (preview);
  int fit_width;

  gtk_window_set_default_size (window, 900, 700);
  gtk_window_set_child (window, GTK_WIDGET (preview));
  wp_page_preview_set_document (preview, document);
  gtk_window_present (window);
  while (gtk_widget_get_width (page_widget) == 0)
    g_main_context_iteration (NULL, TRUE);

  fit_width = gtk_widget_get_width (page_widget);
  g_assert_cmpint (fit_width, >, 500);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
  g_assert_cmpint (natural_width (page_widget), >, fit_width);

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (preview);
  g_assert_finalize_object (document);
}

static void
test_view_preview (WpTestFixture *fixture,
                   gconstpointer  data)
{
  Page page = { 0, };
  PopplerDocument *document;
  g_autofree char *text = NULL;
  guint all_pages;

  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  page_open (&page);
  wp_summary_view_set_language (page.view, "zh_CN");
  wp_summary_view_set_plan (page.view, fixture->store, fixture->plan_id);

  document = wait_for_preview (&page);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
  text = page_text (document, 0);
  /* The title: 《某市教育局2019年工作总结》, its words as the catalogue has them. */
  g_assert_nonnull (strstr (text, "某市教育局"));
  g_assert_nonnull (strstr (text, "2019"));

  wp_summary_view_set_language (page.view, "en");
  g_assert_true (wp_summary_view_get_busy (page.view));
  document = wait_for_preview (&page);
  g_clear_pointer (&text, g_free);
  text = page_text (document, 0);
  g_assert_nonnull (strstr (text, "Summary"));

  all_pages = poppler_document_get_n_pages (document);
  wp_summary_view_set_parts (page.view, WP_SUMMARY_ALL & ~WP_SUMMARY_CHARTS);
  document = wait_for_preview (&page);
  g_assert_cmpint (poppler_document_get_n_pages (document), <, all_pages);

  page_close (&page);
}

/* Print… prints what the preview shows, page for page. */
static void
test_view_print (WpTestFixture *fixture,
                 gconstpointer  data)
{
  Page page = { 0, };
  g_autoptr(GtkPrintOperation) operation = NULL;
  PopplerDocument *document;
  int n_pages = 0;

  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  page_open (&page);
  g_assert_null (wp_summary_view_create_print_operation (page.view));
  wp_summary_view_set_plan (page.view, fixture->store, fixture->plan_id);
  document = wait_for_preview (&page);

  operation = wp_summary_view_create_print_operation (page.view);
  g_assert_nonnull (operation);
  g_signal_emit_by_name (operation, "begin-print", NULL);
  g_object_get (operation, "n-pages", &n_pages, NULL);
  g_assert_cmpint (n_pages, ==, poppler_document_get_n_pages (document));
  g_assert_cmpint (n_pages, ==,
                   wp_page_preview_get_n_pages (wp_summary_view_get_preview (page.view)));

  page_close (&page);
}

static gboolean
export_done (gpointer data)
{
  Page *page = data;
  GObject *progress = gtk_widget_get_template_child (GTK_WIDGET (page->view),
                                                     WP_TYPE_SUMMARY_VIEW, "export_revealer");

  /* The progress shows while the file is written. */
  return !gtk_revealer_get_reveal_child (GTK_REVEALER (progress));
}

/* Export… writes the PDF the preview shows. */
static void
test_view_export (WpTestFixture *fixture,
                  gconstpointer  data)
{
  Page page = { 0, };
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  PopplerDocument *preview, *exported;
  AdwMessageDialog *dialog;

  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  page_open (&page);
  wp_summary_view_set_language (page.view, "en");
  wp_summary_view_set_plan (page.view, fixture->store, fixture->plan_id);
  preview = wait_for_preview (&page);

  gtk_widget_activate_action (GTK_WIDGET (page.view), "summary.export-to", "s", uri);
  g_assert_false (export_done (&page));
  wp_test_wait_until (export_done, &page);

  exported = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (exported), ==,
                   poppler_document_get_n_pages (preview));
  g_object_unref (exported);

  /* A folder that is not there: a dialog names the file. */
  g_free (uri);
  uri = g_filename_to_uri ("/nonexistent-folder/summary.pdf", NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (page.view), "summary.export-to", "s", uri);
  wp_test_wait_until (export_done, &page);
  dialog = ADW_MESSAGE_DIALOG (wp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "summary.pdf"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  page_close (&page);
}

/* The preview follows the store while shown, and catches up once shown again. */
static void
test_view_follows_store (WpTestFixture *fixture,
                         gconstpointer  data)
{
  Page page = { 0, };
  g_autoptr(WpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PopplerDocument *document;

  fixture->plan_id = wp_test_import_fixture (fixture->store, "plan-2019.json");
  page_open (&page);
  wp_summary_view_set_language (page.view, "zh_CN");
  wp_summary_view_set_plan (page.view, fixture->store, fixture->plan_id);
  wait_for_preview (&page);

  plan = wp_store_get_plan (fixture->store, fixture->plan_id);
  wp_plan_set_organization (plan, "某县教育局");
  g_assert_true (wp_store_update_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  document = wait_for_preview (&page);
  text = page_text (document, 0);
  g_assert_nonnull (strstr (text, "某县教育局"));

  /* Hidden, the page only takes note. */
  gtk_widget_set_visible (GTK_WIDGET (page.view), FALSE);
  wp_plan_set_organization (plan, "某区教育局");
  g_assert_true (wp_store_update_plan (fixture->store, plan, &error));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (wp_summary_view_get_busy (page.view));
  g_assert_true (preview_document (&page) == page.last);

  gtk_widget_set_visible (GTK_WIDGET (page.view), TRUE);
  document = wait_for_preview (&page);
  g_clear_pointer (&text, g_free);
  text = page_text (document, 0);
  g_assert_nonnull (strstr (text, "某区教育局"));

  page_close (&page);
}

static const char *
visible_status (Page *page)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (page->view),
                                                              WP_TYPE_SUMMARY_VIEW,
                                                              "stack"));

  return gtk_stack_get_visible_child_name (stack);
}

/* No plan, or a plan with nothing in it, gives a status page instead of a blank PDF. */
static void
test_view_empty (WpTestFixture *fixture,
                 gconstpointer  data)
{
  Page page = { 0, };

  page_open (&page);
  g_assert_cmpstr (visible_status (&page), ==, "empty");
  wp_summary_view_set_plan (page.view, fixture->store, fixture->plan_id);
  while (g_main_context_iteration (NULL, FALSE) || wp_summary_view_get_busy (page.view))
    ;
  g_assert_cmpstr (visible_status (&page), ==, "empty");
  g_assert_null (preview_document (&page));
  g_assert_null (wp_summary_view_create_print_operation (page.view));

  wp_summary_view_set_plan (page.view, NULL, 0);
  g_assert_cmpstr (visible_status (&page), ==, "empty");
  page_close (&page);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/page-preview/new", test_preview_new);
  g_test_add_func ("/page-preview/navigate", test_preview_navigate);
  g_test_add_func ("/page-preview/shown", test_preview_shown);
  g_test_add_func ("/summary-view/new", test_view_new);
  wp_test_add ("/summary-view/preview", wp_test_fixture_set_up_store, test_view_preview);
  wp_test_add ("/summary-view/print", wp_test_fixture_set_up_store, test_view_print);
  wp_test_add ("/summary-view/export", wp_test_fixture_set_up_store, test_view_export);
  wp_test_add ("/summary-view/follows-store", wp_test_fixture_set_up_store,
               test_view_follows_store);
  wp_test_add ("/summary-view/empty", wp_test_fixture_set_up_plan, test_view_empty);

  return g_test_run ();
}
