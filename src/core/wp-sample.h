/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-store.h"

G_BEGIN_DECLS

/* The sample plan shipped with the program (data/sample/, in the GResource): the plan
 * of a city education bureau for 2025, with a whole year of progress
 * entries, indicators and departments, so that the outline, the dashboard and the
 * summary show real content at once. @language picks the Chinese ("zh_CN") or English
 * ("en") version; NULL the interface's. Imports it in one transaction (as a new plan,
 * however often it is opened) and returns the new plan's id, or 0 with @error set. The
 * GResource must be registered (wp_resources_register()). */
gint64 wp_sample_import (WpStore     *store,
                         const char  *language,
                         GError     **error);

G_END_DECLS
