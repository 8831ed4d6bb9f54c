/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-dialog"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "wp-application.h"
#include "wp-import-dialog.h"
#include "wp-import-row.h"
#include "wp-test-util.h"
#include "wp-window.h"

static GtkApplication *app;

static gboolean
is_read (gpointer data)
{
  return !wp_import_dialog_is_loading (data);
}

static GtkWidget *
get_part (WpImportDialog *dialog,
          const char     *name)
{
  GObject *part = gtk_widget_get_template_child (GTK_WIDGET (dialog), WP_TYPE_IMPORT_DIALOG,
                                                 name);

  g_assert_nonnull (part);
  return GTK_WIDGET (part);
}

static const char *
get_label (WpImportDialog *dialog,
           const char     *name)
{
  return gtk_label_get_label (GTK_LABEL (get_part (dialog, name)));
}

static const char *
get_page (WpImportDialog *dialog)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (get_part (dialog, "stack")));
}

/* The dialog on @file, shown once it has read the file. The test keeps a reference of
 * its own, so that it can check that the dialog is finalised. */
static WpImportDialog *
open_dialog (WpTestFixture *fixture,
             GFile         *file)
{
  WpImportDialog *dialog = wp_import_dialog_new (NULL, fixture->store, file);

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  wp_test_wait_until (is_read, dialog);

  return dialog;
}

static WpImportDialog *
open_path (WpTestFixture *fixture,
           const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return open_dialog (fixture, file);
}

static WpImportDialog *
open_fixture (WpTestFixture *fixture,
              const char    *name)
{
  g_autofree char *path = wp_test_fixture_path (name);

  return open_path (fixture, path);
}

/* @contents written to @name in the test's folder, and opened. */
static WpImportDialog *
open_written_file (WpTestFixture *fixture,
                   const char    *name,
                   const char    *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  wp_test_write_file (path, contents, -1);
  return open_path (fixture, path);
}

/* Closes @window if it is still open and drops the test's reference, which must be the
 * last one. */
static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (window);
}

static WpDraftCounts
count_outline (WpImportDialog *dialog)
{
  g_autoptr(WpDraftPlan) draft = wp_outline_build (wp_import_dialog_get_outline (dialog));
  WpDraftCounts counts;

  wp_draft_plan_count (draft, &counts);
  return counts;
}

/* What the labels say must be what the outline builds. */
static WpDraftCounts
assert_counts_shown (WpImportDialog *dialog)
{
  WpDraftCounts counts = count_outline (dialog);
  const struct
  {
    const char *label;
    guint       count;
  } expected[] = {
    { "sections_label", counts.sections },
    { "tasks_label", counts.tasks },
    { "departments_label", counts.departments },
    { "indicators_label", counts.indicators },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", expected[i].count);

      g_assert_cmpstr (get_label (dialog, expected[i].label), ==, text);
    }

  return counts;
}

/* The rows the list view shows, in no particular order. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (WP_IS_IMPORT_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The row that shows the first line of @kind, or NULL when no such line is shown. */
static WpImportRow *
find_row_of_kind (WpImportDialog    *dialog,
                  WpOutlineLineKind  kind)
{
  WpOutline *outline = wp_import_dialog_get_outline (dialog);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  WpImportRow *found = NULL;

  collect_rows (GTK_WIDGET (dialog), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      WpImportRow *row = g_ptr_array_index (rows, i);
      guint line = wp_import_row_get_line (row);

      if (wp_outline_get_line_kind (outline, line) == kind &&
          (found == NULL || line < wp_import_row_get_line (found)))
        found = row;
    }

  return found;
}

static WpImportRow *
find_row (WpImportDialog *dialog,
          guint           line)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (dialog), rows);
  for (guint i = 0; i < rows->len; i++)
    if (wp_import_row_get_line (g_ptr_array_index (rows, i)) == line)
      return g_ptr_array_index (rows, i);

  g_error ("line %u is not shown", line);
}

static gboolean
shows_a_task (gpointer data)
{
  return find_row_of_kind (data, WP_OUTLINE_LINE_TASK) != NULL;
}

static gboolean
shows_rows (gpointer data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (data, rows);
  return rows->len > 0;
}

static GtkWidget *
get_row_part (WpImportRow *row,
              const char  *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (row), WP_TYPE_IMPORT_ROW, name));
}

/* Picks @kind in the row's dropdown, as a click on the item does. */
static void
choose_kind (WpImportRow       *row,
             WpOutlineLineKind  kind)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (get_row_part (row, "kind_dropdown")), kind);
}

static void
on_imported (WpImportDialog *dialog,
             gint64          plan_id,
             gint64         *imported_id)
{
  *imported_id = plan_id;
}

static gint64
count_plans (WpTestFixture *fixture)
{
  return wp_test_query_int (fixture->path, "SELECT count(*) FROM plans");
}

static void
assert_plan_written (WpTestFixture       *fixture,
                     gint64               plan_id,
                     const WpDraftCounts *counts)
{
  g_autoptr(GPtrArray) departments = wp_store_list_departments (fixture->store);

  g_assert_cmpint (count_plans (fixture), ==, 1);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, plan_id, WP_NODE_SECTION),
                    ==, counts->sections);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, plan_id, WP_NODE_TASK),
                    ==, counts->tasks);
  g_assert_cmpuint (departments->len, ==, counts->departments);
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM indicators"),
                   ==, counts->indicators);
}

static void
test_preview_and_import (WpTestFixture *fixture,
                         gconstpointer  data)
{
  WpImportDialog *dialog = open_fixture (fixture, "seed-003.txt");
  WpOutline *outline = wp_import_dialog_get_outline (dialog);
  GtkSpinButton *year_spin = GTK_SPIN_BUTTON (get_part (dialog, "year_spin"));
  g_autoptr(WpPlan) plan = NULL;
  WpDraftCounts parsed, edited;
  WpImportRow *row;
  gint64 plan_id = 0;

  g_assert_cmpstr (get_page (dialog), ==, "preview");
  g_assert_nonnull (outline);
  parsed = assert_counts_shown (dialog);
  g_assert_cmpuint (parsed.sections, ==, 7);
  g_assert_cmpuint (parsed.tasks, ==, 34);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (year_spin), ==, 2019);

  /* The user turns the first task shown into body text of the line above. */
  wp_test_wait_until (shows_a_task, dialog);
  row = find_row_of_kind (dialog, WP_OUTLINE_LINE_TASK);
  choose_kind (row, WP_OUTLINE_LINE_BODY);
  g_assert_cmpint (wp_outline_get_line_kind (outline, wp_import_row_get_line (row)),
                   ==, WP_OUTLINE_LINE_BODY);
  edited = assert_counts_shown (dialog);
  g_assert_cmpuint (edited.tasks, ==, parsed.tasks - 1);
  g_assert_cmpuint (edited.sections, ==, parsed.sections);

  /* … and gives the plan another title and year. */
  gtk_editable_set_text (GTK_EDITABLE (get_part (dialog, "title_row")), "2020年工作计划");
  gtk_spin_button_set_value (year_spin, 2020);

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &plan_id);
  g_assert_cmpint (count_plans (fixture), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpint (plan_id, >, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  assert_plan_written (fixture, plan_id, &edited);
  plan = wp_store_get_plan (fixture->store, plan_id);
  g_assert_cmpstr (wp_plan_get_title (plan), ==, "2020年工作计划");
  g_assert_cmpuint (wp_plan_get_year (plan), ==, 2020);

  close_window (dialog);
}

/* Whether the counts come with advice on marking sections and tasks. */
static gboolean
shows_hint (WpImportDialog *dialog)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (get_part (dialog, "counts_group"));
  const char *description = adw_preferences_group_get_description (group);

  return description != NULL && *description != '\0';
}

/* Nothing in the text is numbered: the user marks a section and a task below it. */
static void
test_mark_items (WpTestFixture *fixture,
                 gconstpointer  data)
{
  WpImportDialog *dialog = open_written_file (fixture, "unnumbered.txt",
                                              "2021年重点工作\n"
                                              "加强党的建设\n"
                                              "开展主题教育活动。\n");
  WpOutline *outline = wp_import_dialog_get_outline (dialog);
  GtkWidget *title_row = get_part (dialog, "title_row");
  WpDraftCounts counts;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  gint64 plan_id = 0;

  counts = assert_counts_shown (dialog);
  g_assert_cmpuint (counts.sections + counts.tasks, ==, 0);
  g_assert_true (shows_hint (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpint (count_plans (fixture), ==, 0);

  wp_test_wait_until (shows_rows, dialog);
  choose_kind (find_row (dialog, 1), WP_OUTLINE_LINE_SECTION);
  choose_kind (find_row (dialog, 2), WP_OUTLINE_LINE_TASK);
  g_assert_cmpuint (wp_outline_get_line_level (outline, 2), ==, 0);
  g_signal_emit_by_name (get_row_part (find_row (dialog, 2), "indent_button"), "clicked");
  g_assert_cmpuint (wp_outline_get_line_level (outline, 2), ==, 1);
  /* One level below the section is as deep as it goes. */
  g_assert_false (gtk_widget_get_sensitive (get_row_part (find_row (dialog, 2), "indent_button")));

  counts = assert_counts_shown (dialog);
  g_assert_cmpuint (counts.sections, ==, 1);
  g_assert_cmpuint (counts.tasks, ==, 1);
  g_assert_false (shows_hint (dialog));

  gtk_editable_set_text (GTK_EDITABLE (title_row), "");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpint (count_plans (fixture), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "2021年重点工作");

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &plan_id);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpint (plan_id, >, 0);
  sections = wp_store_list_children (fixture->store, plan_id, 0);
  g_assert_cmpuint (sections->len, ==, 1);
  tasks = wp_store_list_children (fixture->store, plan_id,
                                  wp_node_get_id (g_ptr_array_index (sections, 0)));
  g_assert_cmpuint (tasks->len, ==, 1);
  g_assert_cmpint (wp_node_get_kind (g_ptr_array_index (tasks, 0)), ==, WP_NODE_TASK);

  close_window (dialog);
}

static void
test_json (WpTestFixture *fixture,
           gconstpointer  data)
{
  WpImportDialog *dialog = open_fixture (fixture, "plan-2019.json");
  const WpDraftCounts counts = { .sections = 8, .tasks = 11 };
  gint64 plan_id = 0;

  /* A Workplan file has nothing to preview: only what it adds. */
  g_assert_cmpstr (get_page (dialog), ==, "preview");
  g_assert_null (wp_import_dialog_get_outline (dialog));
  g_assert_false (gtk_widget_get_visible (get_part (dialog, "lines_pane")));
  g_assert_cmpstr (get_label (dialog, "plans_label"), ==, "1");
  g_assert_cmpstr (get_label (dialog, "sections_label"), ==, "8");
  g_assert_cmpstr (get_label (dialog, "tasks_label"), ==, "11");

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &plan_id);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpint (plan_id, >, 0);
  g_assert_cmpint (count_plans (fixture), ==, 1);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, plan_id, WP_NODE_SECTION),
                    ==, counts.sections);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, plan_id, WP_NODE_TASK),
                    ==, counts.tasks);

  close_window (dialog);
}

/* The dialog shows why it cannot import @dialog's file, and importing writes nothing. */
static void
assert_read_error (WpTestFixture  *fixture,
                   WpImportDialog *dialog,
                   const char     *name)
{
  const char *message = get_label (dialog, "error_label");

  g_assert_cmpstr (get_page (dialog), ==, "error");
  if (strstr (message, name) == NULL)
    g_error ("“%s” does not name the file %s", message, name);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpint (count_plans (fixture), ==, 0);
}

/* An empty text and a password-protected PDF. */
static void
test_read_errors (WpTestFixture *fixture,
                  gconstpointer  data)
{
  WpImportDialog *dialog = open_written_file (fixture, "empty.txt", " \n\n");

  assert_read_error (fixture, dialog, "empty.txt");
  close_window (dialog);

  dialog = open_fixture (fixture, "encrypted.pdf");
  assert_read_error (fixture, dialog, "encrypted.pdf");
  close_window (dialog);
}

/* The workbook refuses the plan half-way: the dialog stays open and nothing is kept. */
static void
test_write_error (WpTestFixture *fixture,
                  gconstpointer  data)
{
  WpImportDialog *dialog = open_fixture (fixture, "seed-003.txt");
  gint64 plan_id = 0;

  wp_test_exec_sql (fixture->path,
                    "CREATE TRIGGER refuse_tasks BEFORE INSERT ON nodes WHEN NEW.kind = 'task' "
                    "BEGIN SELECT RAISE (ABORT, 'disk full'); END;");

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &plan_id);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  g_assert_cmpint (plan_id, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpint (count_plans (fixture), ==, 0);
  g_assert_cmpint (wp_test_query_int (fixture->path, "SELECT count(*) FROM nodes"), ==, 0);

  close_window (dialog);
}

/* Closing the dialog while it reads stops the reading; nothing is written. */
static void
test_cancel (WpTestFixture *fixture,
             gconstpointer  data)
{
  g_autofree char *path = wp_test_fixture_path ("seed-003.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WpImportDialog *dialog = wp_import_dialog_new (NULL, fixture->store, file);

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wp_import_dialog_is_loading (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  wp_test_wait_until (is_read, dialog);
  g_assert_null (wp_import_dialog_get_outline (dialog));
  g_assert_cmpint (count_plans (fixture), ==, 0);
  close_window (dialog);
}

static gboolean
is_closed (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static gint64
get_selected_plan_id (WpWindow *window)
{
  GObject *dropdown = gtk_widget_get_template_child (GTK_WIDGET (window), WP_TYPE_WINDOW,
                                                     "plan_dropdown");

  return wp_plan_get_id (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (dropdown)));
}

/* File → Import: Ctrl+I, and the imported plan is the one the window then shows. */
static void
test_window_import (WpTestFixture *fixture,
                    gconstpointer  data)
{
  gint64 old_plan = wp_test_create_plan (fixture->store, 2020, "2020年工作要点",
                                         WP_NUMBERING_ZH);
  g_autofree char *path = wp_test_fixture_path ("seed-003.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "win.import");
  WpWindow *window = g_object_ref (wp_window_new (app, fixture->store));
  WpImportDialog *dialog;
  gint64 plan_id = 0;

  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (window), "import"));
  g_assert_true (g_strv_contains ((const char *const *) accels, "<Control>i"));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (get_selected_plan_id (window), ==, old_plan);

  dialog = g_object_ref (WP_IMPORT_DIALOG (wp_window_import_file (window, file)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  wp_test_wait_until (is_read, dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &plan_id);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  wp_test_wait_until (is_closed, dialog);

  /* The 2019 plan comes first in the list, and is selected. */
  g_assert_cmpint (plan_id, >, 0);
  g_assert_cmpint (get_selected_plan_id (window), ==, plan_id);

  close_window (dialog);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* Registering runs the application's startup: GTK, libadwaita and the accelerators. */
  app = GTK_APPLICATION (wp_application_new ());
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  wp_test_add ("/import-dialog/preview-and-import", wp_test_fixture_set_up_store,
               test_preview_and_import);
  wp_test_add ("/import-dialog/mark-items", wp_test_fixture_set_up_store, test_mark_items);
  wp_test_add ("/import-dialog/json", wp_test_fixture_set_up_store, test_json);
  wp_test_add ("/import-dialog/read-errors", wp_test_fixture_set_up_store, test_read_errors);
  wp_test_add ("/import-dialog/write-error", wp_test_fixture_set_up_store, test_write_error);
  wp_test_add ("/import-dialog/cancel", wp_test_fixture_set_up_store, test_cancel);
  wp_test_add ("/import-dialog/window-import", wp_test_fixture_set_up_store,
               test_window_import);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
