/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WP_TYPE_EDIT_TRACKER (wp_edit_tracker_get_type ())
G_DECLARE_FINAL_TYPE (WpEditTracker, wp_edit_tracker, WP, EDIT_TRACKER, GObject)

/* Watches the text fields of a form and says when what the user typed should be stored:
 * on Enter in a one-line field, when the focus leaves a field, and after a short pause
 * in typing. Each field has a number (0–31) chosen by the form.
 * Signals: "changed" (guint field) on every change the user makes; "commit" () when the
 * fields that are dirty should be stored (read them with wp_edit_tracker_take_dirty()). */
WpEditTracker *wp_edit_tracker_new            (void);
void           wp_edit_tracker_add_entry_row  (WpEditTracker *self,
                                               AdwEntryRow   *row,
                                               guint          field);
void           wp_edit_tracker_add_text_view  (WpEditTracker *self,
                                               GtkTextView   *view,
                                               guint          field);
gboolean       wp_edit_tracker_is_dirty       (WpEditTracker *self,
                                               guint          field);
/* The set of dirty fields (bit 1 << field), which are clean afterwards. */
guint          wp_edit_tracker_take_dirty     (WpEditTracker *self);
/* Between hold and release, changes come from the program, not the user. */
void           wp_edit_tracker_hold           (WpEditTracker *self);
void           wp_edit_tracker_release        (WpEditTracker *self);

/* The whole text of @buffer. */
char          *wp_text_buffer_get_all         (GtkTextBuffer *buffer);

G_END_DECLS
