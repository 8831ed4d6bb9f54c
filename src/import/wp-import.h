/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wp-draft.h"

G_BEGIN_DECLS

#define WP_IMPORT_ERROR (wp_import_error_quark ())

/* Every message names the file and says what is wrong and what to do. */
typedef enum
{
  WP_IMPORT_ERROR_EMPTY,        /* nothing but white space */
  WP_IMPORT_ERROR_UNSUPPORTED,  /* not a text, Markdown, PDF, Word (.docx) or JSON file */
  WP_IMPORT_ERROR_TOO_LARGE,    /* larger than WP_IMPORT_MAX_BYTES */
  WP_IMPORT_ERROR_ENCODING,     /* text in none of UTF-8, UTF-16 and GB18030 */
  WP_IMPORT_ERROR_NO_TEXT,      /* a PDF without a text layer (a scan) */
  WP_IMPORT_ERROR_ENCRYPTED,    /* a password-protected PDF */
  WP_IMPORT_ERROR_DAMAGED,      /* a corrupt PDF or .docx */
  WP_IMPORT_ERROR_NO_OUTLINE,   /* text, but no numbered heading or task in it */
} WpImportError;

/* Files above this size are refused before reading: a plan is a few hundred KB. */
#define WP_IMPORT_MAX_BYTES (32 * 1024 * 1024)

/* Called from the thread doing the work with the share done, 0.0–1.0. */
typedef void (*WpImportProgress) (double   fraction,
                                  gpointer user_data);

GQuark     wp_import_error_quark     (void);

/* Reads a .txt/.md (any supported encoding), .pdf or .docx file as UTF-8 text: one
 * paragraph per line, "\n" line ends, Word's automatic list numbers written out, PDF
 * running headers, footers and page numbers removed and wrapped lines joined. The
 * format is decided by content first (PDF and ZIP signatures), then by extension. */
char      *wp_import_read_text       (GFile             *file,
                                      WpImportProgress   progress,
                                      gpointer           progress_data,
                                      GCancellable      *cancellable,
                                      GError           **error);

/* Reads any supported file, JSON included, into WpDraftPlan's (transfer full); nothing
 * is written. Text, PDF and Word give one plan parsed by WpOutline. Blocking: call it
 * in a thread, or use the async variant. */
GPtrArray *wp_import_file            (GFile             *file,
                                      WpImportProgress   progress,
                                      gpointer           progress_data,
                                      GCancellable      *cancellable,
                                      GError           **error);
/* Runs wp_import_file() in a GTask thread; @progress is called in the thread-default
 * main context of the caller. */
void       wp_import_file_async      (GFile               *file,
                                      WpImportProgress     progress,
                                      gpointer             progress_data,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
GPtrArray *wp_import_file_finish     (GAsyncResult        *result,
                                      GError             **error);

G_END_DECLS
