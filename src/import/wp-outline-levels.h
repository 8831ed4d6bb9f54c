/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-outline-number.h"

G_BEGIN_DECLS

/* Levels follow the sequence of numbers, not only their look. For each of @n_lines
 * lines, @numbers[i] is its number (n_readings 0: none) and @heading_like[i] whether it
 * reads as a heading rather than a paragraph. Fills @levels[i] with the depth of line i
 * (0 at the top), or -1 when the line is text: it has no number, or its number reads
 * better as words ("First, …" alone in a paragraph). */
void wp_outline_levels_assign (const WpOutlineNumber *numbers,
                               const gboolean        *heading_like,
                               guint                  n_lines,
                               int                   *levels);

G_END_DECLS
