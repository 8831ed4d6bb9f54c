/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-summary-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "wp-catalog.h"
#include "wp-date-row.h"
#include "wp-page-layout.h"
#include "wp-plan-snapshot.h"
#include "wp-resources.h"
#include "wp-summary-builder.h"
#include "wp-summary-view.h"
#include "wp-types.h"
#include "wp-toast.h"

/* How long option and store changes settle before the preview is made again, so that
 * ticking three boxes or typing in the outline does not start a run per change. */
#define RENDER_DELAY_MS 300

/* The language combo's rows, in order. */
static const char *const languages[] = { "zh_CN", "en" };

struct _WpSummaryView
{
  GtkWidget          parent_instance;

  AdwToastOverlay   *toast_overlay;
  GtkStack          *stack;
  AdwStatusPage     *status_page;
  AdwComboRow       *kind_row;
  AdwComboRow       *language_row;
  WpDateRow         *as_of_row;
  GtkWidget         *parts_group;
  GtkCheckButton    *achievements_check;
  GtkCheckButton    *problems_check;
  GtkCheckButton    *next_year_check;
  GtkCheckButton    *results_check;
  GtkCheckButton    *departments_check;
  GtkCheckButton    *charts_check;
  GtkRevealer       *export_revealer;
  GtkLabel          *export_label;
  GtkProgressBar    *export_progress;
  GtkStack          *preview_stack;
  GtkSpinner        *loading_spinner;
  WpPagePreview     *preview;
  AdwStatusPage     *error_page;
  GtkSpinner        *busy_spinner;

  WpStore           *store;
  gint64             plan_id;
  /* The preview being made, and the pending start of the next one. */
  WpLightThresholds  thresholds;
  GCancellable      *render_cancellable;
  guint              render_source;
  /* The store changed while the page was hidden: make the preview again when shown. */
  gboolean           dirty;
  gboolean           busy;
  /* The layout the preview shows, which Print… draws. */
  WpPageLayout      *layout;

  GtkFileChooserNative *chooser;
  GCancellable      *export_cancellable;
  GFile             *exported_file;
};

G_DEFINE_FINAL_TYPE (WpSummaryView, wp_summary_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the worker thread needs, all of it immutable or its own. */
typedef struct
{
  WpPlanSnapshot *snapshot;
  char           *language;
  WpExportKind    kind;
  WpSummaryParts  parts;
} RenderJob;

typedef struct
{
  WpPageLayout    *layout;
  PopplerDocument *document;
} RenderResult;

static void
render_job_free (RenderJob *job)
{
  g_clear_object (&job->snapshot);
  g_free (job->language);
  g_free (job);
}

static void
render_result_free (RenderResult *result)
{
  g_clear_object (&result->layout);
  g_clear_object (&result->document);
  g_free (result);
}

static void
set_busy (WpSummaryView *self,
          gboolean       busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  gtk_spinner_set_spinning (self->busy_spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), busy);
  gtk_spinner_set_spinning (self->loading_spinner, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_actions (WpSummaryView *self)
{
  gboolean has_plan = self->store != NULL && self->plan_id != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.print", self->layout != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.export",
                                 has_plan && self->export_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.export-to",
                                 has_plan && self->export_cancellable == NULL);
}

/* AdwStatusPage reads its description as markup, and messages name the user's plans and
 * files: escaped, they show as they are. */
static void
set_description (AdwStatusPage *page,
                 const char    *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_status_page_set_description (page, escaped);
}

static void
show_status (WpSummaryView *self,
             const char    *title,
             const char    *description)
{
  adw_status_page_set_title (self->status_page, title);
  set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  wp_page_preview_set_document (self->preview, NULL);
  g_clear_object (&self->layout);
  update_actions (self);
}

static void
get_as_of (WpSummaryView *self,
           GDate         *as_of)
{
  const char *iso = wp_date_row_get_date (self->as_of_row);
  g_autoptr(WpPlan) plan = NULL;

  if (iso != NULL && wp_date_parse (iso, as_of))
    return;
  /* A cleared date means the default one. */
  plan = wp_store_get_plan (self->store, self->plan_id);
  if (plan != NULL)
    wp_plan_snapshot_default_as_of (plan, as_of);
  else
    g_date_set_time_t (as_of, time (NULL));
}

/* Runs in a worker thread: the document, its pages, and the PDF poppler reads back. */
static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  RenderJob *job = task_data;
  g_autoptr(WpDocument) document = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  RenderResult *result = g_new0 (RenderResult, 1);

  if (job->kind == WP_EXPORT_KIND_PLAN)
    document = wp_plan_document_build (job->snapshot, job->language);
  else
    document = wp_summary_build (job->snapshot, job->language, job->parts);

  result->layout = wp_page_layout_new (document, cancellable, NULL, NULL, &error);
  if (result->layout != NULL
      && wp_page_layout_write_pdf (result->layout, stream, cancellable, NULL, NULL, &error)
      && g_output_stream_close (stream, cancellable, &error))
    {
      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
      result->document = poppler_document_new_from_bytes (bytes, NULL, &error);
    }

  if (result->document == NULL)
    {
      render_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) render_result_free);
}

/* The task holds only a weak reference to the view: a window closed during a render is
 * finalized at once, and the render's result is dropped when it arrives. */
static void
on_render_done (GObject      *source,
                GAsyncResult *res,
                gpointer      user_data)
{
  GWeakRef *view_ref = user_data;
  g_autoptr(WpSummaryView) self = g_weak_ref_get (view_ref);
  g_autoptr(GError) error = NULL;
  RenderResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  g_weak_ref_clear (view_ref);
  g_free (view_ref);

  /* A newer run replaced this one, or the view is going away. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_pointer (&result, render_result_free);
      return;
    }

  g_clear_object (&self->render_cancellable);
  if (self->render_source == 0)
    set_busy (self, FALSE);

  if (result == NULL)
    {
      set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->preview_stack, "error");
      g_clear_object (&self->layout);
      update_actions (self);
      return;
    }

  g_set_object (&self->layout, result->layout);
  wp_page_preview_set_document (self->preview, result->document);
  gtk_stack_set_visible_child_name (self->preview_stack, "preview");
  update_actions (self);
  render_result_free (result);
}

/* The snapshot the preview and Export… start from, or NULL with the status page shown. */
static WpPlanSnapshot *
take_snapshot (WpSummaryView *self)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  GDate as_of;

  if (self->store == NULL || self->plan_id == 0)
    {
      show_status (self, _("No Plan"),
                   _("Open or create a plan to see its year-end summary here."));
      return NULL;
    }

  get_as_of (self, &as_of);
  snapshot = wp_plan_snapshot_new (self->store, self->plan_id, &as_of, &self->thresholds,
                                   &error);
  if (snapshot == NULL)
    {
      show_status (self, _("No Plan"), error->message);
      return NULL;
    }
  if (wp_plan_snapshot_get_nodes (snapshot)->len == 0)
    {
      show_status (self, _("Nothing to Summarise Yet"),
                   _("Add sections and tasks to the plan in the outline, and its summary "
                     "appears here."));
      return NULL;
    }
  gtk_stack_set_visible_child_name (self->stack, "summary");
  return g_steal_pointer (&snapshot);
}

static void
start_render (WpSummaryView *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *view_ref;
  RenderJob *job;
  WpPlanSnapshot *snapshot;

  g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  self->dirty = FALSE;

  snapshot = take_snapshot (self);
  if (snapshot == NULL)
    {
      set_busy (self, FALSE);
      return;
    }

  job = g_new0 (RenderJob, 1);
  job->snapshot = snapshot;
  job->language = g_strdup (wp_summary_view_get_language (self));
  job->kind = wp_summary_view_get_kind (self);
  job->parts = wp_summary_view_get_parts (self);

  if (wp_page_preview_get_document (self->preview) == NULL)
    gtk_stack_set_visible_child_name (self->preview_stack, "loading");
  set_busy (self, TRUE);
  self->render_cancellable = g_cancellable_new ();
  view_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (view_ref, self);
  task = g_task_new (NULL, self->render_cancellable, on_render_done, view_ref);
  g_task_set_source_tag (task, start_render);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  g_task_run_in_thread (task, render_in_thread);
}

static gboolean
render_timeout_cb (gpointer user_data)
{
  WpSummaryView *self = user_data;

  self->render_source = 0;
  start_render (self);
  return G_SOURCE_REMOVE;
}

/* The preview is out of date: the run under way stops now, and a new one starts once
 * changes settle — or, while the page is hidden, when it is shown. */
static void
schedule_render (WpSummaryView *self,
                 guint          delay_ms)
{
  g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  g_clear_handle_id (&self->render_source, g_source_remove);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      set_busy (self, FALSE);
      return;
    }
  set_busy (self, TRUE);
  self->render_source = g_timeout_add (delay_ms, render_timeout_cb, self);
}

static void
on_option_changed (WpSummaryView *self)
{
  if (self->store != NULL)
    schedule_render (self, RENDER_DELAY_MS);
}

static void
on_kind_changed (WpSummaryView *self)
{
  gtk_widget_set_sensitive (self->parts_group,
                            wp_summary_view_get_kind (self) == WP_EXPORT_KIND_SUMMARY);
  on_option_changed (self);
}

static void
on_store_plans_changed (WpStore       *store,
                        WpSummaryView *self)
{
  schedule_render (self, RENDER_DELAY_MS);
}

static void
on_store_children_changed (WpStore       *store,
                           gint64         plan_id,
                           gint64         parent_id,
                           WpSummaryView *self)
{
  if (plan_id == self->plan_id)
    schedule_render (self, RENDER_DELAY_MS);
}

static void
on_store_node_changed (WpStore       *store,
                       gint64         node_id,
                       WpSummaryView *self)
{
  schedule_render (self, RENDER_DELAY_MS);
}

static void
wp_summary_view_map (GtkWidget *widget)
{
  WpSummaryView *self = WP_SUMMARY_VIEW (widget);

  GTK_WIDGET_CLASS (wp_summary_view_parent_class)->map (widget);

  if (self->dirty)
    schedule_render (self, 0);
}

/* Print… */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                WpPageLayout      *layout)
{
  gtk_print_operation_set_n_pages (operation, wp_page_layout_get_n_pages (layout));
}

/* The operation's unit is points, so GTK has already scaled the context's cairo by
 * dpi / 72: the layout draws in points, as on a PDF page. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              WpPageLayout      *layout)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  cairo_save (cr);
  wp_page_layout_render_page (layout, cr, page_nr);
  cairo_restore (cr);
}

static GtkPageSetup *
a4_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

GtkPrintOperation *
wp_summary_view_create_print_operation (WpSummaryView *self)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkPrintOperation *operation;
  const char *title;

  g_return_val_if_fail (WP_IS_SUMMARY_VIEW (self), NULL);

  if (self->layout == NULL)
    return NULL;

  operation = gtk_print_operation_new ();
  setup = a4_page_setup ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* The layout's margins are the document's (GB/T 9704), not the printer's. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  title = wp_document_get_title (wp_page_layout_get_document (self->layout));
  if (title != NULL && *title != '\0')
    gtk_print_operation_set_job_name (operation, title);

  /* The pages of the preview as it is now, even if it changes while the dialog is open. */
  g_object_set_data_full (G_OBJECT (operation), "wp-page-layout", g_object_ref (self->layout),
                          g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), self->layout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), self->layout);
  return operation;
}

static GtkWindow *
get_window (WpSummaryView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (WpSummaryView *self,
            const char    *heading,
            const char    *body)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               WpSummaryView           *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  show_error (self, _("Could Not Print"), error != NULL ? error->message : NULL);
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  WpSummaryView *self = WP_SUMMARY_VIEW (widget);
  g_autoptr(GtkPrintOperation) operation = wp_summary_view_create_print_operation (self);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (operation == NULL)
    return;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    get_window (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print"), error->message);
}

/* Export… */

static void
on_export_progress (double   fraction,
                    gpointer user_data)
{
  WpSummaryView *self = user_data;

  if (self->export_progress != NULL)
    gtk_progress_bar_set_fraction (self->export_progress, CLAMP (fraction, 0.0, 1.0));
}

static char *
file_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_filename_display_name (path) : g_file_get_uri (file);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(WpSummaryView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_clear_object (&self->export_cancellable);
  /* The view went away while the file was written. */
  if (self->export_revealer == NULL)
    return;
  name = file_display_name (self->exported_file);
  gtk_revealer_set_reveal_child (self->export_revealer, FALSE);
  update_actions (self);

  if (!wp_report_export_file_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      heading = g_strdup_printf (_("Could Not Export “%s”"), name);
      show_error (self, heading, error->message);
      return;
    }

  title = g_strdup_printf (_("Exported “%s”"), name);
  toast = wp_toast_new_literal (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "summary.open-export");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
start_export (WpSummaryView *self,
              GFile         *file)
{
  g_autoptr(WpPlanSnapshot) snapshot = take_snapshot (self);
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  WpExportOptions options = { 0, };

  if (snapshot == NULL)
    return;

  options.kind = wp_summary_view_get_kind (self);
  options.format = WP_EXPORT_FORMAT_PDF;
  options.language = wp_summary_view_get_language (self);
  options.parts = wp_summary_view_get_parts (self);

  g_set_object (&self->exported_file, file);
  name = g_file_get_basename (file);
  label = g_strdup_printf (_("Exporting “%s”…"), name);
  gtk_label_set_label (self->export_label, label);
  gtk_progress_bar_set_fraction (self->export_progress, 0);
  gtk_revealer_set_reveal_child (self->export_revealer, TRUE);

  self->export_cancellable = g_cancellable_new ();
  update_actions (self);
  wp_report_export_file_async (snapshot, &options, file, self->export_cancellable,
                               on_export_progress, self, on_export_done,
                               g_object_ref (self));
}

/* summary.export-to (the file's URI): what Export… does once a file is chosen. */
static void
export_to_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  start_export (WP_SUMMARY_VIEW (widget), file);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     WpSummaryView   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  uri = g_file_get_uri (file);
  gtk_widget_activate_action (GTK_WIDGET (self), "summary.export-to", "s", uri);
}

/* "{title}.pdf", the title made safe as a file name. */
static char *
default_file_name (WpSummaryView *self)
{
  const char *title = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autofree char *name = NULL;

  if (self->layout != NULL)
    title = wp_document_get_title (wp_page_layout_get_document (self->layout));
  if (title == NULL || *title == '\0')
    {
      plan = wp_store_get_plan (self->store, self->plan_id);
      title = plan != NULL ? wp_plan_get_title (plan) : NULL;
    }
  name = g_strdup (title != NULL && *title != '\0' ? title : _("Summary"));
  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (name, ".pdf", NULL);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  WpSummaryView *self = WP_SUMMARY_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = default_file_name (self);

  if (self->chooser != NULL || self->store == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export PDF"), get_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_export_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WpSummaryView *self = WP_SUMMARY_VIEW (widget);
  g_autofree char *uri = NULL;

  if (self->exported_file == NULL)
    return;
  uri = g_file_get_uri (self->exported_file);
  gtk_show_uri (get_window (self), uri, GDK_CURRENT_TIME);
}

/* Public API */

GtkWidget *
wp_summary_view_new (void)
{
  return g_object_new (WP_TYPE_SUMMARY_VIEW, NULL);
}

static void
disconnect_store (WpSummaryView *self)
{
  if (self->store == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
}

/* A new plan is looked at on its default date: today, or its last day once it is over. */
static void
reset_as_of (WpSummaryView *self)
{
  g_autoptr(WpPlan) plan = NULL;
  g_autofree char *iso = NULL;
  GDate as_of;

  if (self->store != NULL && self->plan_id != 0)
    plan = wp_store_get_plan (self->store, self->plan_id);
  if (plan != NULL)
    {
      wp_plan_snapshot_default_as_of (plan, &as_of);
      iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&as_of),
                             g_date_get_month (&as_of), g_date_get_day (&as_of));
    }
  wp_date_row_set_date (self->as_of_row, iso);
}

void
wp_summary_view_set_plan (WpSummaryView *self,
                          WpStore       *store,
                          gint64         plan_id)
{
  g_return_if_fail (WP_IS_SUMMARY_VIEW (self));
  g_return_if_fail (store == NULL || WP_IS_STORE (store));

  if (store != self->store)
    {
      disconnect_store (self);
      if (store != NULL)
        {
          self->store = g_object_ref (store);
          g_signal_connect (store, "plans-changed", G_CALLBACK (on_store_plans_changed), self);
          g_signal_connect (store, "children-changed",
                            G_CALLBACK (on_store_children_changed), self);
          g_signal_connect (store, "node-changed", G_CALLBACK (on_store_node_changed), self);
        }
    }
  else if (plan_id == self->plan_id)
    return;

  self->plan_id = store != NULL ? plan_id : 0;
  /* The old plan's pages must not stay on show under the new plan's options. */
  wp_page_preview_set_document (self->preview, NULL);
  g_clear_object (&self->layout);
  reset_as_of (self);
  update_actions (self);
  schedule_render (self, 0);
  if (self->store == NULL || self->plan_id == 0)
    start_render (self);
}

WpExportKind
wp_summary_view_get_kind (WpSummaryView *self)
{
  g_return_val_if_fail (WP_IS_SUMMARY_VIEW (self), WP_EXPORT_KIND_SUMMARY);

  return adw_combo_row_get_selected (self->kind_row) == 1 ? WP_EXPORT_KIND_PLAN
                                                          : WP_EXPORT_KIND_SUMMARY;
}

void
wp_summary_view_set_kind (WpSummaryView *self,
                          WpExportKind   kind)
{
  g_return_if_fail (WP_IS_SUMMARY_VIEW (self));
  g_return_if_fail (kind == WP_EXPORT_KIND_SUMMARY || kind == WP_EXPORT_KIND_PLAN);

  adw_combo_row_set_selected (self->kind_row, kind == WP_EXPORT_KIND_PLAN ? 1 : 0);
}

const char *
wp_summary_view_get_language (WpSummaryView *self)
{
  guint selected;

  g_return_val_if_fail (WP_IS_SUMMARY_VIEW (self), NULL);

  selected = adw_combo_row_get_selected (self->language_row);
  return languages[selected < G_N_ELEMENTS (languages) ? selected : 0];
}

void
wp_summary_view_set_language (WpSummaryView *self,
                              const char    *language)
{
  const char *report_language;

  g_return_if_fail (WP_IS_SUMMARY_VIEW (self));

  report_language = wp_catalog_report_language (language);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i], report_language))
      adw_combo_row_set_selected (self->language_row, i);
}

static GtkCheckButton *
part_check (WpSummaryView  *self,
            WpSummaryParts  part)
{
  switch (part)
    {
    case WP_SUMMARY_ACHIEVEMENTS:
      return self->achievements_check;
    case WP_SUMMARY_PROBLEMS:
      return self->problems_check;
    case WP_SUMMARY_NEXT_YEAR:
      return self->next_year_check;
    case WP_SUMMARY_RESULTS_TABLE:
      return self->results_check;
    case WP_SUMMARY_DEPARTMENTS:
      return self->departments_check;
    case WP_SUMMARY_CHARTS:
      return self->charts_check;
    case WP_SUMMARY_ALL:
    default:
      g_assert_not_reached ();
    }
}

WpSummaryParts
wp_summary_view_get_parts (WpSummaryView *self)
{
  WpSummaryParts parts = 0;

  g_return_val_if_fail (WP_IS_SUMMARY_VIEW (self), WP_SUMMARY_ALL);

  for (guint part = 1; part < WP_SUMMARY_ALL; part <<= 1)
    if (gtk_check_button_get_active (part_check (self, part)))
      parts |= part;
  return parts;
}

void
wp_summary_view_set_parts (WpSummaryView  *self,
                           WpSummaryParts  parts)
{
  g_return_if_fail (WP_IS_SUMMARY_VIEW (self));

  for (guint part = 1; part < WP_SUMMARY_ALL; part <<= 1)
    gtk_check_button_set_active (part_check (self, part), (parts & part) != 0);
}

WpPagePreview *
wp_summary_view_get_preview (WpSummaryView *self)
{
  g_return_val_if_fail (WP_IS_SUMMARY_VIEW (self), NULL);

  return self->preview;
}

gboolean
wp_summary_view_get_busy (WpSummaryView *self)
{
  g_return_val_if_fail (WP_IS_SUMMARY_VIEW (self), FALSE);

  return self->busy;
}

static void
wp_summary_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WpSummaryView *self = WP_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_summary_view_dispose (GObject *object)
{
  WpSummaryView *self = WP_SUMMARY_VIEW (object);

  g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_handle_id (&self->render_source, g_source_remove);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  disconnect_store (self);
  g_clear_object (&self->layout);
  g_clear_object (&self->exported_file);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_SUMMARY_VIEW);

  G_OBJECT_CLASS (wp_summary_view_parent_class)->dispose (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "summary.export", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "summary.export-to", "s", export_to_cb);
  gtk_widget_class_install_action (widget_class, "summary.print", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "summary.open-export", NULL, open_export_cb);
}

static void
wp_summary_view_class_init (WpSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_summary_view_dispose;
  object_class->get_property = wp_summary_view_get_property;
  widget_class->map = wp_summary_view_map;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  install_actions (widget_class);

  g_type_ensure (WP_TYPE_DATE_ROW);
  g_type_ensure (WP_TYPE_PAGE_PREVIEW);
  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, status_page);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, kind_row);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, language_row);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, as_of_row);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, parts_group);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, achievements_check);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, problems_check);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, next_year_check);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, results_check);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, departments_check);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, charts_check);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, export_label);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, preview);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, error_page);
  gtk_widget_class_bind_template_child (widget_class, WpSummaryView, busy_spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_option_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wp_summary_view_init (WpSummaryView *self)
{
  self->thresholds = wp_light_thresholds_default ();
  gtk_widget_init_template (GTK_WIDGET (self));

  wp_summary_view_set_language (self, wp_catalog_report_language (NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->busy_spinner), FALSE);
  start_render (self);
}

void
wp_summary_view_set_thresholds (WpSummaryView           *self,
                                const WpLightThresholds *thresholds)
{
  g_return_if_fail (WP_IS_SUMMARY_VIEW (self));

  self->thresholds = thresholds != NULL ? *thresholds : wp_light_thresholds_default ();
  on_option_changed (self);
}
