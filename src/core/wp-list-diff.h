/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Replaces *@items (the backing array of @model) by @replacement and emits one
 * items-changed for the span between the unchanged head and tail, so that views keep
 * their rows (and expanded state) for everything that did not move. Items compare by
 * identity: the store hands out one live object per row. */
void wp_list_diff_replace (GListModel  *model,
                           GPtrArray  **items,
                           GPtrArray   *replacement);

G_END_DECLS
