/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_PLAN_DIALOG (wp_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WpPlanDialog, wp_plan_dialog, WP, PLAN_DIALOG, AdwWindow)

/* A modal window that creates a plan (@plan NULL) or edits the year, title, organisation
 * and numbering of @plan. "plan-saved" (gint64 plan_id) is emitted once the plan is
 * written, just before the dialog closes. */
WpPlanDialog *wp_plan_dialog_new     (GtkWindow *parent,
                                      WpStore   *store,
                                      WpPlan    *plan);
/* Creates the dialog and presents it. Returns it (transfer none: it closes itself) so
 * that the caller can connect to "plan-saved". */
WpPlanDialog *wp_plan_dialog_present (GtkWindow *parent,
                                      WpStore   *store,
                                      WpPlan    *plan);

G_END_DECLS
