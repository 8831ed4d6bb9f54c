/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-breakdown-csv.h"
#include "wp-catalog.h"
#include "wp-dashboard-canvas.h"
#include "wp-file-system.h"
#include "wp-report-export.h"

static const char *const kind_names[] = { "plan", "summary", "dashboard" };
static const char *const format_names[] = { "pdf", "csv", "png", "svg" };

/* The enums are read through a guint, which is their type on every compiler we build with. */
G_STATIC_ASSERT (sizeof (WpExportKind) == sizeof (guint));
G_STATIC_ASSERT (sizeof (WpExportFormat) == sizeof (guint));

static gboolean
lookup_name (const char *const *names,
             guint              n_names,
             const char        *str,
             guint             *index)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (g_strcmp0 (names[i], str) == 0)
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
wp_export_kind_from_string (const char   *str,
                            WpExportKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  return lookup_name (kind_names, G_N_ELEMENTS (kind_names), str, (guint *) kind);
}

gboolean
wp_export_format_from_string (const char     *str,
                              WpExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  return lookup_name (format_names, G_N_ELEMENTS (format_names), str, (guint *) format);
}

static gboolean
is_offered (WpExportKind   kind,
            WpExportFormat format)
{
  switch (kind)
    {
    case WP_EXPORT_KIND_PLAN:
      return format == WP_EXPORT_FORMAT_PDF || format == WP_EXPORT_FORMAT_CSV;
    case WP_EXPORT_KIND_SUMMARY:
      return format == WP_EXPORT_FORMAT_PDF;
    case WP_EXPORT_KIND_DASHBOARD:
      return format != WP_EXPORT_FORMAT_CSV;
    default:
      return FALSE;
    }
}

/* What the user may choose instead, for the message. */
static const char *
offered_formats (WpExportKind kind)
{
  switch (kind)
    {
    case WP_EXPORT_KIND_PLAN:
      return "pdf, csv";
    case WP_EXPORT_KIND_SUMMARY:
      return "pdf";
    case WP_EXPORT_KIND_DASHBOARD:
    default:
      return "png, svg, pdf";
    }
}

gboolean
wp_export_options_check (const WpExportOptions *options,
                         GError               **error)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((guint) options->kind >= G_N_ELEMENTS (kind_names) ||
      (guint) options->format >= G_N_ELEMENTS (format_names))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Unknown kind of export"));
      return FALSE;
    }
  if (!is_offered (options->kind, options->format))
    {
      /* Translators: "a dashboard cannot be written as csv; choose png, svg, pdf"; the
       * kinds and formats are the command line's words and stay untranslated */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("a %s cannot be written as %s; choose %s"), kind_names[options->kind],
                   format_names[options->format], offered_formats (options->kind));
      return FALSE;
    }

  return TRUE;
}

/* Progress of one step mapped into [from, to] of the whole. */
typedef struct
{
  WpProgressFunc func;
  gpointer       data;
  double         from;
  double         to;
} Stage;

static void
report_stage (double   fraction,
              gpointer user_data)
{
  Stage *stage = user_data;

  if (stage->func != NULL)
    stage->func (stage->from + (stage->to - stage->from) * CLAMP (fraction, 0, 1), stage->data);
}

static void
report (WpProgressFunc func,
        gpointer       data,
        double         fraction)
{
  if (func != NULL)
    func (fraction, data);
}

/* Lays @document out (the first half of the work) and writes its pages (the second). */
static gboolean
write_document (WpDocument     *document,
                GOutputStream  *stream,
                GCancellable   *cancellable,
                WpProgressFunc  progress,
                gpointer        progress_data,
                GError        **error)
{
  g_autoptr(WpPageLayout) layout = NULL;
  Stage laying_out = { progress, progress_data, 0, 0.5 };
  Stage writing = { progress, progress_data, 0.5, 1 };

  layout = wp_page_layout_new (document, cancellable, report_stage, &laying_out, error);
  if (layout == NULL)
    return FALSE;
  return wp_page_layout_write_pdf (layout, stream, cancellable, report_stage, &writing, error);
}

static gboolean
export_dashboard (WpPlanSnapshot        *snapshot,
                  const WpExportOptions *options,
                  const char            *language,
                  GOutputStream         *stream,
                  GCancellable          *cancellable,
                  GError               **error)
{
  g_autoptr(WpDashboardData) data = wp_dashboard_data_new (snapshot);
  WpDashboardFormat format;

  switch (options->format)
    {
    case WP_EXPORT_FORMAT_PNG:
      format = WP_DASHBOARD_FORMAT_PNG;
      break;
    case WP_EXPORT_FORMAT_SVG:
      format = WP_DASHBOARD_FORMAT_SVG;
      break;
    case WP_EXPORT_FORMAT_PDF:
    case WP_EXPORT_FORMAT_CSV:
    default:
      format = WP_DASHBOARD_FORMAT_PDF;
      break;
    }

  return wp_dashboard_canvas_export (data, format, language, stream, cancellable, error);
}

static gboolean
dispatch (WpPlanSnapshot        *snapshot,
          const WpExportOptions *options,
          const char            *language,
          GOutputStream         *stream,
          GCancellable          *cancellable,
          WpProgressFunc         progress,
          gpointer               progress_data,
          GError               **error)
{
  g_autoptr(WpDocument) document = NULL;
  WpSummaryParts parts = options->parts != 0 ? options->parts : WP_SUMMARY_ALL;

  switch (options->kind)
    {
    case WP_EXPORT_KIND_PLAN:
      if (options->format == WP_EXPORT_FORMAT_CSV)
        return wp_breakdown_csv_write (snapshot, language, stream, cancellable, error);
      document = wp_plan_document_build (snapshot, language);
      break;
    case WP_EXPORT_KIND_SUMMARY:
      document = wp_summary_build (snapshot, language, parts);
      break;
    case WP_EXPORT_KIND_DASHBOARD:
    default:
      return export_dashboard (snapshot, options, language, stream, cancellable, error);
    }

  return write_document (document, stream, cancellable, progress, progress_data, error);
}

gboolean
wp_report_export (WpPlanSnapshot        *snapshot,
                  const WpExportOptions *options,
                  GOutputStream         *stream,
                  GCancellable          *cancellable,
                  WpProgressFunc         progress,
                  gpointer               progress_data,
                  GError               **error)
{
  const char *language;

  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!wp_export_options_check (options, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  language = wp_catalog_report_language (options->language);
  report (progress, progress_data, 0);
  if (!dispatch (snapshot, options, language, stream, cancellable, progress, progress_data,
                 error))
    return FALSE;
  report (progress, progress_data, 1);
  return TRUE;
}

/* Writing a file in a worker thread. */

typedef struct
{
  WpPlanSnapshot  *snapshot;
  WpExportOptions  options;
  char            *language;      /* options.language points here */
  GFile           *file;
  GMainContext    *context;       /* where progress is reported */
  WpProgressFunc   progress;
  gpointer         progress_data;
  GMutex           lock;
  double           last_fraction; /* of the last report posted; under lock */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->snapshot);
  g_clear_pointer (&job->language, g_free);
  g_clear_object (&job->file);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_mutex_clear (&job->lock);
  g_free (job);
}

typedef struct
{
  GTask  *task;   /* keeps the job alive until the report is delivered */
  double  fraction;
} ProgressReport;

static gboolean
deliver_progress (gpointer user_data)
{
  ProgressReport *report = user_data;
  ExportJob *job = g_task_get_task_data (report->task);

  job->progress (report->fraction, job->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_report_free (gpointer user_data)
{
  ProgressReport *report = user_data;

  g_object_unref (report->task);
  g_free (report);
}

/* Called in the worker; hands the fraction to the caller's main context, posting only
 * visible steps so that a fast export does not flood it. */
static void
post_progress (double   fraction,
               gpointer user_data)
{
  GTask *task = user_data;
  ExportJob *job = g_task_get_task_data (task);
  ProgressReport *report;
  GSource *source;

  g_mutex_lock (&job->lock);
  if (fraction < 1 && fraction - job->last_fraction < 0.01)
    {
      g_mutex_unlock (&job->lock);
      return;
    }
  job->last_fraction = fraction;
  g_mutex_unlock (&job->lock);

  report = g_new0 (ProgressReport, 1);
  report->task = g_object_ref (task);
  report->fraction = fraction;
  /* An idle source, not g_main_context_invoke(), which would call back right here in the
   * worker whenever the caller's (global default) context happens to be free. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress, report, progress_report_free);
  g_source_attach (source, job->context);
  g_source_unref (source);
}

/* Leaves the file as it was: a cancelled close drops the replacement, and a file that
 * did not exist before is removed again. */
static void
abandon_output (GOutputStream *stream,
                GFile         *file,
                gboolean       existed)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_cancellable_cancel (cancelled);
  g_output_stream_close (stream, cancelled, NULL);
  if (!existed)
    g_file_delete (file, NULL, NULL);
}

static gboolean
write_file (ExportJob     *job,
            GTask         *task,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gboolean existed = g_file_query_exists (job->file, NULL);
  WpProgressFunc progress = job->progress != NULL ? post_progress : NULL;

  stream = g_file_replace (job->file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!wp_report_export (job->snapshot, &job->options, G_OUTPUT_STREAM (stream), cancellable,
                         progress, task, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    {
      abandon_output (G_OUTPUT_STREAM (stream), job->file, existed);
      return FALSE;
    }

  return TRUE;
}

static void
export_file_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (!write_file (job, task, cancellable, &error))
    {
      g_autofree char *name = g_file_get_parse_name (job->file);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_error (task, wp_file_system_write_error (name, error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
wp_report_export_file_async (WpPlanSnapshot        *snapshot,
                             const WpExportOptions *options,
                             GFile                 *file,
                             GCancellable          *cancellable,
                             WpProgressFunc         progress,
                             gpointer               progress_data,
                             GAsyncReadyCallback    callback,
                             gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot));
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExportJob, 1);
  job->snapshot = g_object_ref (snapshot);
  job->options = *options;
  job->language = g_strdup (options->language);
  job->options.language = job->language;
  job->file = g_object_ref (file);
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;
  job->last_fraction = -1;
  g_mutex_init (&job->lock);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, wp_report_export_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_file_thread);
}

gboolean
wp_report_export_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
