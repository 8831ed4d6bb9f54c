/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-progress-entry.h"

G_BEGIN_DECLS

#define WP_TYPE_PROGRESS_ENTRY_ROW (wp_progress_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (WpProgressEntryRow, wp_progress_entry_row, WP, PROGRESS_ENTRY_ROW,
                      AdwActionRow)

/* One entry of a task's progress log: its date and percentage over its note.
 * Signal "remove" () when the user asks to delete it. */
GtkWidget       *wp_progress_entry_row_new       (void);
WpProgressEntry *wp_progress_entry_row_get_entry (WpProgressEntryRow *self);
void             wp_progress_entry_row_set_entry (WpProgressEntryRow *self,
                                                  WpProgressEntry    *entry);

G_END_DECLS
