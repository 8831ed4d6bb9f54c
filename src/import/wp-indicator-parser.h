/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-indicator.h"

G_BEGIN_DECLS

/* The targets that @text sets (a GPtrArray of WpIndicator, in text order): a number with
 * a unit and the words before it — "建成幼儿园12所" is at least 12 所 of 建成幼儿园,
 * "不低于/不少于/达到/以上/力争/超过" say at least, "以内/不超过/控制在/低于" at most,
 * "为零/零事故/不发生" zero. Years, dates, ordinals (第35个), ranges (1-3个),
 * numbers in names ("2.0", 《…2035》) and anniversaries (70周年) are not targets. */
GPtrArray *wp_indicator_parser_find (const char *text);

G_END_DECLS
