/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-types.h"
#include "wp-node.h"
#include "wp-indicator.h"

G_BEGIN_DECLS

/* The rules of design.md that the outline, the dashboard and the report share.
 * Implemented here once; everything else asks these functions or WpRollup. */

/* How far behind the expected progress (in points) a task may be before its light
 * turns yellow, and then red. They are settings; the defaults are 10 and 25. */
typedef struct
{
  double yellow_after;
  double red_after;
} WpLightThresholds;

WpLightThresholds wp_light_thresholds_default (void);

/* The achievement rate as a fraction (1.083 is 108.3 %), not capped so that
 * over-achievement shows. NAN when @actual is NAN (not reported yet), or when the
 * comparator needs a target and @target is NAN. */
double   wp_rules_indicator_rate (WpComparator  comparator,
                                  double        target,
                                  double        actual);

/* A task's progress, 0–100: 100 when done; when the task says its progress comes from
 * its indicators (and it has some), the mean of their rates each capped at 100 %, an
 * indicator without an actual counting as 0; otherwise the manual value.
 * @indicators holds WpIndicator and may be NULL. */
double   wp_rules_task_progress  (WpNode       *task,
                                  GPtrArray    *indicators);

/* The weighted mean of a section's children. Start from WP_RULES_MEAN_INIT, add every
 * child, then read the result. Cancelled tasks, children of weight 0 and child sections
 * with nothing countable in them do not count, so they never pull a section down. */
typedef struct
{
  double weighted_sum;
  double total_weight;
} WpRulesMean;

#define WP_RULES_MEAN_INIT { 0.0, 0.0 }

void     wp_rules_mean_add_task    (WpRulesMean       *mean,
                                    WpNode            *task,
                                    double             progress);
void     wp_rules_mean_add_section (WpRulesMean       *mean,
                                    WpNode            *section,
                                    const WpRulesMean *section_mean);
gboolean wp_rules_mean_is_empty    (const WpRulesMean *mean);
/* The section's progress, 0–100; 0 when nothing counted. */
double   wp_rules_mean_get         (const WpRulesMean *mean);

/* The traffic light of a task at @as_of. Done and cancelled tasks are green. Otherwise
 * the expected progress is the share of [@start, @due] elapsed at @as_of (0 before the
 * start, 100 from the due date on) and the light follows how many points @progress is
 * behind it; past @due a task that is not done is red. Without a valid @start the task
 * is expected to be finished only by @due; without a valid @due it cannot be late and
 * is green. @thresholds may be NULL for the defaults. */
WpLight  wp_rules_light          (WpStatus                 status,
                                  double                   progress,
                                  const GDate             *start,
                                  const GDate             *due,
                                  const GDate             *as_of,
                                  const WpLightThresholds *thresholds);

/* The expected progress (0–100) used by wp_rules_light(). */
double   wp_rules_expected_progress (const GDate *start,
                                     const GDate *due,
                                     const GDate *as_of);

/* The worse of two lights: red over yellow over green. */
WpLight  wp_rules_worst_light    (WpLight       a,
                                  WpLight       b);

G_END_DECLS
