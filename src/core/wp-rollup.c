/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-rollup"

#include "wp-rollup.h"
#include "wp-store-cache.h"

/* The plan itself is kept as node 0, the parent id of its top-level nodes. */
#define PLAN_NODE_ID 0
/* Shared roll-ups kept per store: one for each set of thresholds in use. */
#define MAX_SHARED 4

typedef struct
{
  gint64         id;
  double         progress;
  WpLight        light;
  WpRollupCounts counts;
  WpRulesMean    mean;      /* the children's weighted mean, read by the parent */
} NodeResult;

struct _WpRollup
{
  GObject            parent_instance;

  WpStore           *store;        /* only while building */
  gint64             plan_id;
  GDate              as_of;
  WpLightThresholds  thresholds;
  GDate              plan_start;
  GDate              plan_end;
  GHashTable        *results;      /* gint64 id → NodeResult */
  guint64            serial;       /* the store's when built: see wp_rollup_dup_current() */
};

G_DEFINE_FINAL_TYPE (WpRollup, wp_rollup, G_TYPE_OBJECT)

static void
wp_rollup_finalize (GObject *object)
{
  WpRollup *self = WP_ROLLUP (object);

  g_clear_pointer (&self->results, g_hash_table_unref);

  G_OBJECT_CLASS (wp_rollup_parent_class)->finalize (object);
}

static void
wp_rollup_class_init (WpRollupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_rollup_finalize;
}

static void
wp_rollup_init (WpRollup *self)
{
  self->results = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_date_clear (&self->as_of, 1);
  g_date_clear (&self->plan_start, 1);
  g_date_clear (&self->plan_end, 1);
}

static NodeResult *
add_result (WpRollup *self,
            gint64    id)
{
  /* Zeroed: no tasks, an empty mean, progress 0 and WP_LIGHT_GREEN. */
  NodeResult *result = g_new0 (NodeResult, 1);

  result->id = id;
  g_hash_table_replace (self->results, &result->id, result);

  return result;
}

static void
add_counts (WpRollupCounts       *total,
            const WpRollupCounts *part)
{
  total->tasks += part->tasks;
  total->done += part->done;
  total->cancelled += part->cancelled;
  total->at_risk += part->at_risk;
  total->late += part->late;
}

/* A task without its own dates runs over the plan's period. */
void
wp_rollup_get_task_period (WpRollup *self,
                           WpNode   *task,
                           GDate    *start,
                           GDate    *due)
{
  g_return_if_fail (WP_IS_ROLLUP (self));
  g_return_if_fail (WP_IS_NODE (task));

  if (!wp_date_parse (wp_node_get_start (task), start))
    *start = self->plan_start;
  if (!wp_date_parse (wp_node_get_due (task), due))
    *due = self->plan_end;
}

static void
roll_up_task (WpRollup   *self,
              WpNode     *task,
              NodeResult *result)
{
  g_autoptr(GPtrArray) indicators = NULL;
  WpStatus status = wp_node_get_status (task);
  GDate start, due;

  /* Most tasks report their progress themselves: their indicators need not be read. */
  if (wp_node_get_progress_from_indicators (task) && status != WP_STATUS_DONE)
    indicators = wp_store_peek_indicators (self->store, wp_node_get_id (task));

  wp_rollup_get_task_period (self, task, &start, &due);
  result->progress = wp_rules_task_progress (task, indicators);
  result->light = wp_rules_light (status, result->progress, &start, &due, &self->as_of,
                                  &self->thresholds);

  result->counts.tasks = 1;
  result->counts.done = status == WP_STATUS_DONE;
  result->counts.cancelled = status == WP_STATUS_CANCELLED;
  result->counts.at_risk = result->light == WP_LIGHT_YELLOW;
  result->counts.late = result->light == WP_LIGHT_RED;
}

static void roll_up_children (WpRollup   *self,
                              gint64      parent_id,
                              NodeResult *parent);

static NodeResult *
roll_up_node (WpRollup *self,
              WpNode   *node)
{
  NodeResult *result = add_result (self, wp_node_get_id (node));

  if (wp_node_get_kind (node) == WP_NODE_TASK)
    roll_up_task (self, node, result);

  /* Tasks are leaves in a well-formed plan; should one have children, they are still
   * counted, but the task's progress stays its own. */
  roll_up_children (self, result->id, result);
  if (wp_node_get_kind (node) == WP_NODE_SECTION)
    result->progress = wp_rules_mean_get (&result->mean);

  return result;
}

static void
roll_up_children (WpRollup   *self,
                  gint64      parent_id,
                  NodeResult *parent)
{
  g_autoptr(GPtrArray) children = wp_store_peek_children (self->store, self->plan_id, parent_id);

  for (guint i = 0; i < children->len; i++)
    {
      WpNode *child = g_ptr_array_index (children, i);
      NodeResult *result = roll_up_node (self, child);

      add_counts (&parent->counts, &result->counts);
      parent->light = wp_rules_worst_light (parent->light, result->light);

      if (wp_node_get_kind (child) == WP_NODE_TASK)
        wp_rules_mean_add_task (&parent->mean, child, result->progress);
      else
        wp_rules_mean_add_section (&parent->mean, child, &result->mean);
    }
}

static void
set_as_of_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

WpRollup *
wp_rollup_new (WpStore                 *store,
               gint64                   plan_id,
               const GDate             *as_of,
               const WpLightThresholds *thresholds)
{
  g_autoptr(WpPlan) plan = NULL;
  WpRollup *self;
  NodeResult *plan_result;
  gboolean reading;

  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of == NULL || g_date_valid (as_of), NULL);

  self = g_object_new (WP_TYPE_ROLLUP, NULL);
  self->plan_id = plan_id;
  self->serial = wp_store_get_serial (store);
  self->thresholds = thresholds != NULL ? *thresholds : wp_light_thresholds_default ();
  if (as_of != NULL)
    self->as_of = *as_of;
  else
    set_as_of_today (&self->as_of);

  plan_result = add_result (self, PLAN_NODE_ID);
  plan = wp_store_get_plan (store, plan_id);
  if (plan == NULL)
    return self;

  wp_plan_get_period (plan, &self->plan_start, &self->plan_end);
  /* One view of the plan, and one lock for what the store has to read. */
  reading = wp_store_begin_read (store, NULL);
  self->store = store;
  roll_up_children (self, PLAN_NODE_ID, plan_result);
  plan_result->progress = wp_rules_mean_get (&plan_result->mean);
  self->store = NULL;
  if (reading)
    wp_store_end_read (store);

  return self;
}

static gboolean
is_current (WpRollup                *self,
            guint64                  serial,
            gint64                   plan_id,
            const GDate             *today,
            const WpLightThresholds *thresholds)
{
  return self->serial == serial && self->plan_id == plan_id
         && g_date_compare (&self->as_of, today) == 0
         && self->thresholds.yellow_after == thresholds->yellow_after
         && self->thresholds.red_after == thresholds->red_after;
}

WpRollup *
wp_rollup_dup_current (WpStore                 *store,
                       gint64                   plan_id,
                       const WpLightThresholds *thresholds)
{
  static GQuark quark;
  WpLightThresholds wanted = thresholds != NULL ? *thresholds : wp_light_thresholds_default ();
  guint64 serial;
  GPtrArray *shared;
  WpRollup *rollup;
  GDate today;

  g_return_val_if_fail (WP_IS_STORE (store), NULL);

  if (quark == 0)
    quark = g_quark_from_static_string ("wp-rollup-shared");
  shared = g_object_get_qdata (G_OBJECT (store), quark);
  if (shared == NULL)
    {
      shared = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_qdata_full (G_OBJECT (store), quark, shared,
                               (GDestroyNotify) g_ptr_array_unref);
    }

  serial = wp_store_get_serial (store);
  set_as_of_today (&today);
  for (guint i = shared->len; i > 0; i--)
    {
      rollup = g_ptr_array_index (shared, i - 1);
      if (rollup->serial != serial)
        g_ptr_array_remove_index (shared, i - 1);
      else if (is_current (rollup, serial, plan_id, &today, &wanted))
        return g_object_ref (rollup);
    }

  rollup = wp_rollup_new (store, plan_id, &today, &wanted);
  if (shared->len >= MAX_SHARED)
    g_ptr_array_remove_index (shared, 0);
  g_ptr_array_add (shared, g_object_ref (rollup));
  return rollup;
}

gint64
wp_rollup_get_plan_id (WpRollup *self)
{
  g_return_val_if_fail (WP_IS_ROLLUP (self), 0);

  return self->plan_id;
}

const GDate *
wp_rollup_get_as_of (WpRollup *self)
{
  g_return_val_if_fail (WP_IS_ROLLUP (self), NULL);

  return &self->as_of;
}

static const NodeResult *
lookup_result (WpRollup *self,
               gint64    node_id)
{
  return g_hash_table_lookup (self->results, &node_id);
}

double
wp_rollup_get_progress (WpRollup *self,
                        gint64    node_id)
{
  const NodeResult *result;

  g_return_val_if_fail (WP_IS_ROLLUP (self), 0.0);

  result = lookup_result (self, node_id);
  return result != NULL ? result->progress : 0.0;
}

WpLight
wp_rollup_get_light (WpRollup *self,
                     gint64    node_id)
{
  const NodeResult *result;

  g_return_val_if_fail (WP_IS_ROLLUP (self), WP_LIGHT_GREEN);

  result = lookup_result (self, node_id);
  return result != NULL ? result->light : WP_LIGHT_GREEN;
}

gboolean
wp_rollup_get_counts (WpRollup       *self,
                      gint64          node_id,
                      WpRollupCounts *counts)
{
  const NodeResult *result;

  g_return_val_if_fail (WP_IS_ROLLUP (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  result = lookup_result (self, node_id);
  if (result == NULL)
    {
      *counts = (WpRollupCounts) { 0 };
      return FALSE;
    }

  *counts = result->counts;
  return TRUE;
}

double
wp_rollup_get_plan_progress (WpRollup *self)
{
  return wp_rollup_get_progress (self, PLAN_NODE_ID);
}

WpLight
wp_rollup_get_plan_light (WpRollup *self)
{
  return wp_rollup_get_light (self, PLAN_NODE_ID);
}

void
wp_rollup_get_plan_counts (WpRollup       *self,
                           WpRollupCounts *counts)
{
  wp_rollup_get_counts (self, PLAN_NODE_ID, counts);
}
