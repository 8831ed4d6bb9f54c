/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-history.h"

G_BEGIN_DECLS

#define WP_TYPE_TASK_EDITOR (wp_task_editor_get_type ())
G_DECLARE_FINAL_TYPE (WpTaskEditor, wp_task_editor, WP, TASK_EDITOR, GtkWidget)

/* The form beside the outline: every field of a task (or the title, body and roll-up of
 * a section). Each change is stored at once through @history, typed text after Enter,
 * when the field loses the focus or after a short pause; the form follows the node when
 * it changes elsewhere (undo, another view). */
GtkWidget *wp_task_editor_new      (WpHistory    *history);
/* Shows @node, a live node of the history's store; NULL shows "Select a task or section".
 * Text typed for the previous node is stored first. */
void       wp_task_editor_set_node (WpTaskEditor *self,
                                    WpNode       *node);
WpNode    *wp_task_editor_get_node (WpTaskEditor *self);

G_END_DECLS
