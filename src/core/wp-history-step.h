/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-store-private.h"

G_BEGIN_DECLS

/* One undo step of WpHistory: what a set of rows (a scope and its key) held before and
 * after an edit, and how to write either state back. Each direction first checks that
 * the rows are as the other state left them, so that a change made elsewhere in the
 * meantime is refused instead of overwritten. */

typedef enum
{
  WP_HISTORY_STEP_PRESENCE,   /* a node with its subtree added or deleted; SUBTREE scope */
  WP_HISTORY_STEP_FIELDS,     /* a node's fields; NODE scope */
  WP_HISTORY_STEP_PLACE,      /* a node's parent and position; NODE scope */
  WP_HISTORY_STEP_ROWS,       /* departments, an indicator or a progress entry */
  WP_HISTORY_STEP_PLAN,       /* a plan's fields; PLAN scope */
} WpHistoryStepKind;

typedef struct _WpHistoryStep WpHistoryStep;

/* A step whose states are both "no rows" until read. Takes @label. */
WpHistoryStep *wp_history_step_new       (WpHistoryStepKind   kind,
                                          char               *label,
                                          WpStoreScope        scope,
                                          gint64              key);
/* A step made of @steps (taken), undone last to first. Takes @label. */
WpHistoryStep *wp_history_step_new_group (char               *label,
                                          GPtrArray          *steps);
void           wp_history_step_free      (WpHistoryStep      *step);
const char    *wp_history_step_get_label (WpHistoryStep      *step);
/* Reads the state before (@after FALSE) or after the edit from @store. */
gboolean       wp_history_step_read      (WpHistoryStep      *step,
                                          WpStore            *store,
                                          gboolean            after,
                                          GError            **error);
/* Redoes (@forward) or undoes the step; the caller holds the transaction. */
gboolean       wp_history_step_apply     (WpHistoryStep      *step,
                                          WpStore            *store,
                                          gboolean            forward,
                                          GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpHistoryStep, wp_history_step_free)

G_END_DECLS
