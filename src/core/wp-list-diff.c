/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-list-diff"

#include "config.h"

#include "wp-list-diff.h"

void
wp_list_diff_replace (GListModel  *model,
                      GPtrArray  **items,
                      GPtrArray   *replacement)
{
  g_autoptr(GPtrArray) old = *items;
  guint head = 0, tail = 0;

  g_return_if_fail (G_IS_LIST_MODEL (model));
  g_return_if_fail (replacement != NULL);

  *items = replacement;
  while (head < old->len && head < replacement->len &&
         old->pdata[head] == replacement->pdata[head])
    head++;
  while (tail < old->len - head && tail < replacement->len - head &&
         old->pdata[old->len - 1 - tail] == replacement->pdata[replacement->len - 1 - tail])
    tail++;

  if (head == old->len && head == replacement->len)
    return;
  g_list_model_items_changed (model, head, old->len - head - tail,
                              replacement->len - head - tail);
}
