/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-rules"

#include "wp-rules.h"

#include <math.h>

#define DEFAULT_YELLOW_AFTER 10.0
#define DEFAULT_RED_AFTER    25.0

WpLightThresholds
wp_light_thresholds_default (void)
{
  WpLightThresholds thresholds = { DEFAULT_YELLOW_AFTER, DEFAULT_RED_AFTER };

  return thresholds;
}

/* Values typed by hand and stored as doubles: 0.1 + 0.2 must equal 0.3. */
static gboolean
values_equal (double a,
              double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1.0, fabs (b));
}

static double
rate_at_least (double target,
               double actual)
{
  /* A target of 0 (or below) cannot be divided by: met or not. */
  if (target <= 0)
    return actual >= target ? 1.0 : 0.0;

  return MAX (actual / target, 0.0);
}

static double
rate_at_most (double target,
              double actual)
{
  if (actual <= target)
    return 1.0;

  /* Over a ceiling of 0 there is no proportion to show: missed. */
  if (target <= 0)
    return 0.0;

  return target / actual;
}

double
wp_rules_indicator_rate (WpComparator comparator,
                         double       target,
                         double       actual)
{
  if (isnan (actual))
    return NAN;

  switch (comparator)
    {
    case WP_COMPARATOR_ZERO:
      return actual == 0 ? 1.0 : 0.0;
    case WP_COMPARATOR_MILESTONE:
      return actual != 0 ? 1.0 : 0.0;
    default:
      break;
    }

  if (isnan (target))
    return NAN;

  switch (comparator)
    {
    case WP_COMPARATOR_AT_LEAST:
      return rate_at_least (target, actual);
    case WP_COMPARATOR_AT_MOST:
      return rate_at_most (target, actual);
    case WP_COMPARATOR_EQUAL:
      return values_equal (actual, target) ? 1.0 : 0.0;
    default:
      g_return_val_if_reached (NAN);
    }
}

static double
clamp_progress (double progress)
{
  if (isnan (progress))
    return 0.0;

  return CLAMP (progress, 0.0, 100.0);
}

static double
mean_capped_rate (GPtrArray *indicators)
{
  double sum = 0.0;

  for (guint i = 0; i < indicators->len; i++)
    {
      WpIndicator *indicator = g_ptr_array_index (indicators, i);
      double rate = wp_rules_indicator_rate (wp_indicator_get_comparator (indicator),
                                             wp_indicator_get_target (indicator),
                                             wp_indicator_get_actual (indicator));

      /* Not reported yet counts as nothing achieved. */
      if (!isnan (rate))
        sum += MIN (rate, 1.0);
    }

  return sum / indicators->len;
}

double
wp_rules_task_progress (WpNode    *task,
                        GPtrArray *indicators)
{
  g_return_val_if_fail (WP_IS_NODE (task), 0.0);

  if (wp_node_get_status (task) == WP_STATUS_DONE)
    return 100.0;

  if (wp_node_get_progress_from_indicators (task) && indicators != NULL && indicators->len > 0)
    return 100.0 * mean_capped_rate (indicators);

  return clamp_progress (wp_node_get_progress (task));
}

/* A weight that was never set is the default 1; a negative one is treated as 0. */
static double
get_counting_weight (WpNode *node)
{
  double weight = wp_node_get_weight (node);

  if (isnan (weight))
    return 1.0;

  return MAX (weight, 0.0);
}

static void
add_weighted (WpRulesMean *mean,
              double       weight,
              double       progress)
{
  if (weight <= 0)
    return;

  mean->weighted_sum += weight * clamp_progress (progress);
  mean->total_weight += weight;
}

void
wp_rules_mean_add_task (WpRulesMean *mean,
                        WpNode      *task,
                        double       progress)
{
  g_return_if_fail (mean != NULL);
  g_return_if_fail (WP_IS_NODE (task));

  if (wp_node_get_status (task) == WP_STATUS_CANCELLED)
    return;

  add_weighted (mean, get_counting_weight (task), progress);
}

void
wp_rules_mean_add_section (WpRulesMean       *mean,
                           WpNode            *section,
                           const WpRulesMean *section_mean)
{
  g_return_if_fail (mean != NULL);
  g_return_if_fail (WP_IS_NODE (section));
  g_return_if_fail (section_mean != NULL);

  if (wp_rules_mean_is_empty (section_mean))
    return;

  add_weighted (mean, get_counting_weight (section), wp_rules_mean_get (section_mean));
}

gboolean
wp_rules_mean_is_empty (const WpRulesMean *mean)
{
  g_return_val_if_fail (mean != NULL, TRUE);

  return mean->total_weight <= 0;
}

double
wp_rules_mean_get (const WpRulesMean *mean)
{
  g_return_val_if_fail (mean != NULL, 0.0);

  if (wp_rules_mean_is_empty (mean))
    return 0.0;

  return mean->weighted_sum / mean->total_weight;
}

static gboolean
date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

double
wp_rules_expected_progress (const GDate *start,
                            const GDate *due,
                            const GDate *as_of)
{
  guint32 first, last, today;

  g_return_val_if_fail (date_is_set (as_of), 0.0);

  if (!date_is_set (due))
    return 0.0;

  today = g_date_get_julian (as_of);
  last = g_date_get_julian (due);
  if (today >= last)
    return 100.0;

  first = date_is_set (start) ? g_date_get_julian (start) : last;
  if (today <= first)
    return 0.0;

  return 100.0 * (today - first) / (last - first);
}

WpLight
wp_rules_light (WpStatus                 status,
                double                   progress,
                const GDate             *start,
                const GDate             *due,
                const GDate             *as_of,
                const WpLightThresholds *thresholds)
{
  WpLightThresholds defaults = wp_light_thresholds_default ();
  double behind;

  g_return_val_if_fail (date_is_set (as_of), WP_LIGHT_GREEN);

  if (status == WP_STATUS_DONE || status == WP_STATUS_CANCELLED)
    return WP_LIGHT_GREEN;

  if (date_is_set (due) && g_date_compare (as_of, due) > 0)
    return WP_LIGHT_RED;

  if (thresholds == NULL)
    thresholds = &defaults;

  behind = wp_rules_expected_progress (start, due, as_of) - clamp_progress (progress);
  if (behind <= thresholds->yellow_after)
    return WP_LIGHT_GREEN;
  if (behind <= thresholds->red_after)
    return WP_LIGHT_YELLOW;

  return WP_LIGHT_RED;
}

WpLight
wp_rules_worst_light (WpLight a,
                      WpLight b)
{
  /* The enum runs from green to red. */
  return MAX (a, b);
}
