/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-indicator.h"

G_BEGIN_DECLS

#define WP_TYPE_INDICATOR_ROW (wp_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (WpIndicatorRow, wp_indicator_row, WP, INDICATOR_ROW, AdwExpanderRow)

/* One indicator of a task, edited in place: name, unit, comparator, baseline, target and
 * actual, with the achievement rate of the values as they are typed.
 * Signals: "changed" (WpIndicator *edited) when an edit should be stored — after Enter,
 * when the focus leaves the row, after a short pause, or on wp_indicator_row_commit();
 * "remove" () when the user asks to delete the indicator. */
GtkWidget   *wp_indicator_row_new           (WpIndicator    *indicator);
WpIndicator *wp_indicator_row_get_indicator (WpIndicatorRow *self);
/* Shows the stored @indicator; fields with an edit not yet stored keep what was typed. */
void         wp_indicator_row_set_indicator (WpIndicatorRow *self,
                                             WpIndicator    *indicator);
/* Opens the row and puts the cursor in the indicator's name. */
void         wp_indicator_row_edit          (WpIndicatorRow *self);
/* Emits "changed" now for what was typed and not yet stored. */
void         wp_indicator_row_commit        (WpIndicatorRow *self);
/* The achievement rate shown, e.g. "108.3%". */
const char  *wp_indicator_row_get_rate_text (WpIndicatorRow *self);

/* A rate from wp_rules_indicator_rate() as the editor and the report show it: "108.3%",
 * or a dash when there is none. */
char        *wp_format_rate                 (double          rate);

G_END_DECLS
