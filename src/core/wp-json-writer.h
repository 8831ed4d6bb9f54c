/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-store.h"

G_BEGIN_DECLS

/* The interchange JSON version this build writes (and the newest it reads). */
#define WP_JSON_FORMAT_VERSION 1

/* Serialises the plans @plan_ids of @store, in that order, as the interchange JSON of
 * design.md: pretty-printed, deterministic, every model field included so that an
 * import gives back the same plan. Returns NULL with a WP_STORE_ERROR_NOT_FOUND when
 * a plan does not exist. */
char *wp_json_write_plans (WpStore       *store,
                           const gint64  *plan_ids,
                           guint          n_plans,
                           GError       **error);

G_END_DECLS
