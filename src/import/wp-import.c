/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wp-docx-reader.h"
#include "wp-import-private.h"
#include "wp-json-reader.h"
#include "wp-outline-text.h"
#include "wp-outline.h"
#include "wp-pdf-reader.h"
#include "wp-text-decoder.h"

/* PDF allows anything before its signature in the first kilobyte. */
#define PDF_SIGNATURE_RANGE 1024

/* Reading the text takes this share of an import; parsing the outline the rest. */
#define READ_SHARE 0.9

G_DEFINE_QUARK (wp-import-error-quark, wp_import_error)

typedef enum
{
  FORMAT_TEXT,
  FORMAT_PDF,
  FORMAT_DOCX,
  FORMAT_OLD_OFFICE,
  FORMAT_JSON,
} Format;

/* Forwards the progress of one stage as a share of the whole import. */
typedef struct
{
  WpImportProgress callback;
  gpointer         user_data;
  double           from;
  double           to;
} Stage;

typedef struct
{
  GFile            *file;
  WpImportProgress  progress;
  gpointer          progress_data;
  GMainContext     *context;   /* the caller's, where progress is reported */
} AsyncImport;

typedef struct
{
  WpImportProgress  progress;
  gpointer          progress_data;
  double            fraction;
} ProgressReport;

/* A file being imported. */
typedef struct
{
  char   *display_name;  /* for messages */
  GBytes *bytes;
  Format  format;
} Source;

gboolean
wp_import_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!wp_outline_text_is_space (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static void
report_progress (WpImportProgress progress,
                 gpointer         progress_data,
                 double           fraction)
{
  if (progress != NULL)
    progress (fraction, progress_data);
}

static void
forward_stage_progress (double   fraction,
                        gpointer user_data)
{
  Stage *stage = user_data;

  report_progress (stage->callback, stage->user_data,
                   stage->from + fraction * (stage->to - stage->from));
}

/* The whole file, refused before reading when it is larger than any plan. */
static GBytes *
read_bytes (GFile         *file,
            const char    *display_name,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;
  goffset size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_UNSUPPORTED,
                   _("%s: this is a folder; choose a plan file in it"), display_name);
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size <= WP_IMPORT_MAX_BYTES
      && !g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  if (size > WP_IMPORT_MAX_BYTES || length > WP_IMPORT_MAX_BYTES)
    {
      g_free (contents);
      g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the file is %.1f MB, more than the %d MB Workplan imports, while a "
                     "plan takes a few hundred KB; check that this is the plan, or import "
                     "only the part that holds it"),
                   display_name, MAX (size, (goffset) length) / (1024.0 * 1024.0),
                   WP_IMPORT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/* The lower-case extension of @file without its dot, or "". */
static char *
get_extension (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  const char *dot = basename != NULL ? strrchr (basename, '.') : NULL;

  return g_ascii_strdown (dot != NULL ? dot + 1 : "", -1);
}

static gboolean
starts_like_json (const char *data,
                  gsize       length)
{
  gsize i = length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

  while (i < length && g_ascii_isspace (data[i]))
    i++;

  return i < length && data[i] == '{';
}

/* The content decides first, the extension second: a renamed file still reads. */
static Format
detect_format (GFile  *file,
               GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *extension = get_extension (file);

  if (g_strstr_len (data, MIN (length, PDF_SIGNATURE_RANGE), "%PDF-") != NULL)
    return FORMAT_PDF;
  if (length >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    return FORMAT_DOCX;
  if (length >= 4 && memcmp (data, "\xd0\xcf\x11\xe0", 4) == 0)
    return FORMAT_OLD_OFFICE;
  if (g_str_equal (extension, "pdf"))
    return FORMAT_PDF;
  if (g_str_equal (extension, "docx"))
    return FORMAT_DOCX;
  if (g_str_equal (extension, "json") || starts_like_json (data, length))
    return FORMAT_JSON;

  return FORMAT_TEXT;
}

static char *
read_format (Source            *source,
             WpImportProgress   progress,
             gpointer           progress_data,
             GCancellable      *cancellable,
             GError           **error)
{
  gsize length;
  const char *data = g_bytes_get_data (source->bytes, &length);

  switch (source->format)
    {
    case FORMAT_PDF:
      return wp_pdf_read_text (source->bytes, source->display_name, progress, progress_data,
                               cancellable, error);
    case FORMAT_DOCX:
      return wp_docx_read_text (source->bytes, source->display_name, cancellable, error);
    case FORMAT_OLD_OFFICE:
      g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_UNSUPPORTED,
                   _("%s: this is an old Word (.doc) or WPS document; open it in Word or "
                     "WPS Office, save it as .docx and import that copy"),
                   source->display_name);
      return NULL;
    case FORMAT_TEXT:
    case FORMAT_JSON:
    default:
      return wp_text_decode (data, length, source->display_name, error);
    }
}

/* A PDF without text is a scan; any other file without text is empty. */
static char *
fail_blank (Format       format,
            const char  *display_name,
            GError     **error)
{
  if (format == FORMAT_PDF)
    g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_NO_TEXT,
                 _("%s: the PDF has no text, only pictures of it (a scan?); import a text "
                   "or Word version of the plan instead"),
                 display_name);
  else
    g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_EMPTY,
                 _("%s: the file holds no text; choose the file with the plan in it"),
                 display_name);

  return NULL;
}

static char *
read_text_as (Source            *source,
              WpImportProgress   progress,
              gpointer           progress_data,
              GCancellable      *cancellable,
              GError           **error)
{
  g_autofree char *text = read_format (source, progress, progress_data, cancellable, error);

  if (text != NULL && wp_import_is_blank (text))
    return fail_blank (source->format, source->display_name, error);

  return g_steal_pointer (&text);
}

static void
clear_source (Source *source)
{
  g_clear_pointer (&source->display_name, g_free);
  g_clear_pointer (&source->bytes, g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Source, clear_source)

/* Reads @file whole into @source and tells its format. */
static gboolean
open_source (GFile         *file,
             Source        *source,
             GCancellable  *cancellable,
             GError       **error)
{
  const char *path = g_file_peek_path (file);

  /* The path as the user knows it, or the URI of a file that has none. */
  source->display_name = path != NULL ? g_strdup (path) : g_file_get_parse_name (file);
  source->bytes = read_bytes (file, source->display_name, cancellable, error);
  if (source->bytes == NULL)
    return FALSE;

  source->format = detect_format (file, source->bytes);
  return TRUE;
}

char *
wp_import_read_text (GFile             *file,
                     WpImportProgress   progress,
                     gpointer           progress_data,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_auto(Source) source = { NULL, NULL, FORMAT_TEXT };
  char *text;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!open_source (file, &source, cancellable, error))
    return NULL;

  text = read_text_as (&source, progress, progress_data, cancellable, error);
  if (text != NULL)
    report_progress (progress, progress_data, 1.0);

  return text;
}

static gboolean
has_outline (WpOutline *outline)
{
  for (guint i = 0; i < wp_outline_get_n_lines (outline); i++)
    {
      WpOutlineLineKind kind = wp_outline_get_line_kind (outline, i);

      if (kind == WP_OUTLINE_LINE_SECTION || kind == WP_OUTLINE_LINE_TASK)
        return TRUE;
    }

  return FALSE;
}

/* One plan from the text of a document, parsed by WpOutline. */
static GPtrArray *
import_text (const char    *text,
             const char    *display_name,
             GError       **error)
{
  g_autoptr(WpOutline) outline = wp_outline_parse (text);
  GPtrArray *drafts;

  if (!has_outline (outline))
    {
      g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_NO_OUTLINE,
                   _("%s: no numbered heading or task was found (such as “一、”, “1.” or "
                     "“I.”); number the plan’s sections and tasks and import it again"),
                   display_name);
      return NULL;
    }

  drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_plan_free);
  g_ptr_array_add (drafts, wp_outline_build (outline));

  return drafts;
}

GPtrArray *
wp_import_file (GFile             *file,
                WpImportProgress   progress,
                gpointer           progress_data,
                GCancellable      *cancellable,
                GError           **error)
{
  g_auto(Source) source = { NULL, NULL, FORMAT_TEXT };
  g_autofree char *text = NULL;
  Stage reading = { progress, progress_data, 0.0, READ_SHARE };
  GPtrArray *drafts;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!open_source (file, &source, cancellable, error))
    return NULL;

  if (source.format == FORMAT_JSON)
    drafts = wp_json_read_bytes (source.bytes, source.display_name, error);
  else
    {
      text = read_text_as (&source, forward_stage_progress, &reading, cancellable, error);
      if (text == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      forward_stage_progress (1.0, &reading);
      drafts = import_text (text, source.display_name, error);
    }

  if (drafts != NULL)
    report_progress (progress, progress_data, 1.0);

  return drafts;
}

static void
async_import_free (AsyncImport *self)
{
  g_clear_object (&self->file);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_free (self);
}

static gboolean
deliver_progress (gpointer user_data)
{
  ProgressReport *report = user_data;

  report->progress (report->fraction, report->progress_data);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker thread: hands the fraction over to the caller's main context.
 * Not with g_main_context_invoke(), which runs the callback right here whenever the
 * context is the default one and the caller's thread happens not to hold it. Reports
 * queue before the task's result, which comes through the same context. */
static void
post_progress (double   fraction,
               gpointer user_data)
{
  AsyncImport *import = user_data;
  ProgressReport *report = g_new (ProgressReport, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  report->progress = import->progress;
  report->progress_data = import->progress_data;
  report->fraction = fraction;
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress, report, g_free);
  g_source_set_static_name (source, "[wp-import] progress");
  g_source_attach (source, import->context);
}

static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  AsyncImport *import = task_data;
  GError *error = NULL;
  GPtrArray *drafts;

  drafts = wp_import_file (import->file, import->progress != NULL ? post_progress : NULL,
                           import, cancellable, &error);
  if (drafts != NULL)
    g_task_return_pointer (task, drafts, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
wp_import_file_async (GFile               *file,
                      WpImportProgress     progress,
                      gpointer             progress_data,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AsyncImport *import;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  import = g_new0 (AsyncImport, 1);
  import->file = g_object_ref (file);
  import->progress = progress;
  import->progress_data = progress_data;
  import->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, wp_import_file_async);
  g_task_set_task_data (task, import, (GDestroyNotify) async_import_free);
  g_task_run_in_thread (task, import_in_thread);
}

GPtrArray *
wp_import_file_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == wp_import_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
