/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "wp-page-preview.h"
#include "wp-report-export.h"
#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_SUMMARY_VIEW (wp_summary_view_get_type ())
G_DECLARE_FINAL_TYPE (WpSummaryView, wp_summary_view, WP, SUMMARY_VIEW, GtkWidget)

/* The Summary page: options (document kind, language, as-of date, parts), a poppler
 * preview of the document those options produce, and Export… / Print….
 *
 * The preview is rebuilt off the main thread when an option or the plan changes, and when
 * the store changes while the page is shown.
 *
 * Actions: summary.export (Ctrl+E, asks for a file), summary.export-to (a file URI: writes
 * the PDF there off the main thread, with progress, a toast when done and a dialog naming
 * the file when it fails), summary.print (Ctrl+P) and summary.open-export. */
GtkWidget *wp_summary_view_new      (void);
/* Shows @plan_id of @store; @store NULL or @plan_id 0 shows the "no plan" status page. */
void       wp_summary_view_set_plan (WpSummaryView *self,
                                     WpStore       *store,
                                     gint64         plan_id);

/* The options, as the controls on the page set them. @kind is WP_EXPORT_KIND_SUMMARY or
 * WP_EXPORT_KIND_PLAN; @language "zh_CN" or "en". */
WpExportKind       wp_summary_view_get_kind     (WpSummaryView  *self);
void               wp_summary_view_set_kind     (WpSummaryView  *self,
                                                 WpExportKind    kind);
const char        *wp_summary_view_get_language (WpSummaryView  *self);
void               wp_summary_view_set_language (WpSummaryView  *self,
                                                 const char     *language);
WpSummaryParts     wp_summary_view_get_parts    (WpSummaryView  *self);
void               wp_summary_view_set_parts    (WpSummaryView  *self,
                                                 WpSummaryParts  parts);

WpPagePreview     *wp_summary_view_get_preview  (WpSummaryView  *self);
/* TRUE from an option's change until the preview showing it is ready ("busy"). */
gboolean           wp_summary_view_get_busy     (WpSummaryView  *self);
/* A print operation for the preview's pages, set up for A4 in points on the full page;
 * NULL while there is no preview. Print… runs it with the print dialog. */
GtkPrintOperation *wp_summary_view_create_print_operation (WpSummaryView *self);

/* The light thresholds of the figures (the window's settings); NULL for the defaults. */
void             wp_summary_view_set_thresholds (WpSummaryView           *self,
                                                 const WpLightThresholds *thresholds);

G_END_DECLS
