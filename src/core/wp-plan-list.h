/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_PLAN_LIST (wp_plan_list_get_type ())
G_DECLARE_FINAL_TYPE (WpPlanList, wp_plan_list, WP, PLAN_LIST, GObject)

/* A GListModel of the store's WpPlan objects (by year, then id); emits items-changed
 * when plans are created, deleted or changed. */
WpPlanList *wp_plan_list_new (WpStore *store);

G_END_DECLS
