/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "wp-plan-snapshot.h"

G_BEGIN_DECLS

/* The task breakdown table (任务分解表) as CSV (RFC 4180, UTF-8 with a BOM so that
 * Excel and WPS read the Chinese, CRLF line ends): one row per task with its number
 * path ("一、（二）3."), section, task, lead and support departments, indicators
 * ("name target unit" joined by "；"), start, due, status, progress and light. The header
 * row is in @language ("zh_CN" or "en"). */
gboolean wp_breakdown_csv_write (WpPlanSnapshot *snapshot,
                                 const char     *language,
                                 GOutputStream  *stream,
                                 GCancellable   *cancellable,
                                 GError        **error);

G_END_DECLS
