/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "wp-plan-snapshot.h"
#include "wp-page-layout.h"
#include "wp-summary-builder.h"

G_BEGIN_DECLS

/* What `workplan export` and the window's Export… write, in one place. */
typedef enum
{
  WP_EXPORT_KIND_PLAN,       /* the plan as issued (pdf) or its breakdown table (csv) */
  WP_EXPORT_KIND_SUMMARY,    /* the year-end summary (pdf) */
  WP_EXPORT_KIND_DASHBOARD,  /* the dashboard (png, svg, pdf) */
} WpExportKind;

typedef enum
{
  WP_EXPORT_FORMAT_PDF,
  WP_EXPORT_FORMAT_CSV,
  WP_EXPORT_FORMAT_PNG,
  WP_EXPORT_FORMAT_SVG,
} WpExportFormat;

typedef struct
{
  WpExportKind    kind;
  WpExportFormat  format;
  const char     *language;   /* "zh_CN" or "en"; NULL: wp_catalog_report_language() */
  WpSummaryParts  parts;      /* the summary's parts; 0 means WP_SUMMARY_ALL */
} WpExportOptions;

gboolean wp_export_kind_from_string   (const char     *str,
                                       WpExportKind   *kind);
gboolean wp_export_format_from_string (const char     *str,
                                       WpExportFormat *format);
/* FALSE, with a message naming the pair, when @format is not offered for @kind. */
gboolean wp_export_options_check      (const WpExportOptions *options,
                                       GError               **error);
/* Writes @snapshot's plan as @options say to @stream. Synchronous; safe in a worker
 * thread (the snapshot is immutable). */
gboolean wp_report_export             (WpPlanSnapshot        *snapshot,
                                       const WpExportOptions *options,
                                       GOutputStream         *stream,
                                       GCancellable          *cancellable,
                                       WpProgressFunc         progress,
                                       gpointer               progress_data,
                                       GError               **error);

/* Writes to @file through a temporary file that replaces @file only once everything is
 * written (g_file_replace), in a worker thread. @progress is called on the calling
 * thread's main context. */
void     wp_report_export_file_async  (WpPlanSnapshot        *snapshot,
                                       const WpExportOptions *options,
                                       GFile                 *file,
                                       GCancellable          *cancellable,
                                       WpProgressFunc         progress,
                                       gpointer               progress_data,
                                       GAsyncReadyCallback    callback,
                                       gpointer               user_data);
gboolean wp_report_export_file_finish (GAsyncResult          *result,
                                       GError               **error);

G_END_DECLS
