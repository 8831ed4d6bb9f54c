/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-dashboard-view.h"
#include "wp-history.h"
#include "wp-outline-view.h"

G_BEGIN_DECLS

#define WP_TYPE_WINDOW (wp_window_get_type ())
G_DECLARE_FINAL_TYPE (WpWindow, wp_window, WP, WINDOW, AdwApplicationWindow)

/* A window on the plans of @store: a plan selector and three views of the selected plan
 * (Ctrl+1, 2, 3): the outline with the task editor beside it, the dashboard and the
 * summary. A click on the dashboard opens the outline filtered to what was clicked. An
 * empty workbook shows a welcome page. Every edit made in it goes through one WpHistory. */
WpWindow      *wp_window_new         (GtkApplication *application,
                                      WpStore        *store);
WpStore       *wp_window_get_store   (WpWindow       *self);
WpHistory     *wp_window_get_history (WpWindow       *self);
WpOutlineView *wp_window_get_outline (WpWindow       *self);
WpDashboardView *
              wp_window_get_dashboard (WpWindow     *self);
/* The name of the page shown: "outline", "dashboard" or "summary". */
const char    *wp_window_get_view    (WpWindow       *self);
/* Opens the import dialog on @file; the plan it imports gets selected. Returns the
 * dialog (transfer none). */
GtkWindow     *wp_window_import_file (WpWindow       *self,
                                      GFile          *file);
/* Shows @message, as it is, in a toast: for what the application has to tell. */
void           wp_window_show_toast  (WpWindow       *self,
                                      const char     *message);

G_END_DECLS
