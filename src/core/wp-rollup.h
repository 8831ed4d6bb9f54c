/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-store.h"
#include "wp-rules.h"

G_BEGIN_DECLS

/* Task counts of a node's subtree (or of the whole plan). */
typedef struct
{
  guint tasks;      /* every task, cancelled ones included */
  guint done;
  guint cancelled;
  guint at_risk;    /* yellow at the as-of date */
  guint late;       /* red at the as-of date */
} WpRollupCounts;

#define WP_TYPE_ROLLUP (wp_rollup_get_type ())
G_DECLARE_FINAL_TYPE (WpRollup, wp_rollup, WP, ROLLUP, GObject)

/* The progress, light and counts of every node of a plan at @as_of, computed once from
 * the store by the rules of wp-rules.h. It is a snapshot: build a new one when the plan
 * changes. @as_of NULL means today; @thresholds NULL means the defaults.
 *
 * Progress: a task's by wp_rules_task_progress(); a section's is the weighted mean of
 * its children. Light: a task's by wp_rules_light() over its own start and due dates,
 * each falling back to the plan's period; a section's is the worst light of the tasks
 * under it, green when there are none. Node id 0 stands for the whole plan. */
WpRollup    *wp_rollup_new               (WpStore                 *store,
                                          gint64                   plan_id,
                                          const GDate             *as_of,
                                          const WpLightThresholds *thresholds);
/* The roll-up of @plan_id as of today, shared by every caller that asks for the same
 * plan and thresholds until the store changes: the outline's rows and the task editor's
 * section summary then compute it once. A new reference; do not keep it past a change. */
WpRollup    *wp_rollup_dup_current       (WpStore                 *store,
                                          gint64                   plan_id,
                                          const WpLightThresholds *thresholds);
gint64       wp_rollup_get_plan_id       (WpRollup                *self);
const GDate *wp_rollup_get_as_of         (WpRollup                *self);

/* A node the roll-up does not know (not in the plan, or added since) reads as progress
 * 0, green and no tasks; wp_rollup_get_counts() then returns FALSE. */
double       wp_rollup_get_progress      (WpRollup                *self,
                                          gint64                   node_id);
WpLight      wp_rollup_get_light         (WpRollup                *self,
                                          gint64                   node_id);
gboolean     wp_rollup_get_counts        (WpRollup                *self,
                                          gint64                   node_id,
                                          WpRollupCounts          *counts);

/* The period the light of @task is judged over: its own start and due dates, each
 * falling back to the plan's period. */
void         wp_rollup_get_task_period   (WpRollup                *self,
                                          WpNode                  *task,
                                          GDate                   *start,
                                          GDate                   *due);

double       wp_rollup_get_plan_progress (WpRollup                *self);
WpLight      wp_rollup_get_plan_light    (WpRollup                *self);
void         wp_rollup_get_plan_counts   (WpRollup                *self,
                                          WpRollupCounts          *counts);

G_END_DECLS
