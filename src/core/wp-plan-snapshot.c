/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-plan-snapshot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "wp-plan-snapshot.h"
#include "wp-numbering.h"
#include "wp-store-private.h"

/* A progress entry as the burn-up reads it, its date parsed once. */
typedef struct
{
  guint32 julian;
  double  progress;
} HistoryPoint;

/* The public node with what only the snapshot itself needs. Its texts (title, body,
 * summary, reason) are those of @node, its lead's name that of its first assignment. */
typedef struct
{
  WpSnapshotNode  pub;
  WpNode         *node;    /* a detached copy: the rules' weighted mean reads weight and status */
  guint           level;   /* the numbering level, which the children's numbers follow */
  HistoryPoint   *history; /* the entries with a valid date, oldest first */
  guint           n_history;
} SnapshotNode;

struct _WpPlanSnapshot
{
  GObject            parent_instance;

  WpPlan            *plan;          /* a detached copy */
  GDate              as_of;
  GDate              start;
  GDate              end;
  WpLightThresholds  thresholds;
  double             progress;
  WpLight            light;
  WpRollupCounts     counts;
  GPtrArray         *nodes;         /* SnapshotNode in document order; owns them */
  GPtrArray         *roots;         /* borrowed from nodes */
  GPtrArray         *tasks;         /* borrowed from nodes */
  GPtrArray         *departments;   /* WpDepartment */
  GHashTable        *by_id;         /* gint64 id → SnapshotNode, borrowed */
};

G_DEFINE_FINAL_TYPE (WpPlanSnapshot, wp_plan_snapshot, G_TYPE_OBJECT)

/* Only used while the snapshot is built. */
typedef struct
{
  WpPlanSnapshot *self;
  WpStore        *store;
  WpRollup       *rollup;
  gint64          plan_id;
  WpNumbering     numbering;
  gboolean        own_store;  /* nobody else uses @store: its nodes need no copies */
  WpSnapshotFlags flags;
} Builder;

static void
snapshot_indicator_free (gpointer data)
{
  WpSnapshotIndicator *indicator = data;

  g_object_unref (indicator->indicator);
  g_free (indicator);
}

static void
snapshot_node_free (gpointer data)
{
  SnapshotNode *snode = data;
  WpSnapshotNode *node = &snode->pub;

  g_free (snode->history);
  g_ptr_array_unref (node->assignments);
  g_ptr_array_unref (node->indicators);
  g_ptr_array_unref (node->entries);
  g_ptr_array_unref (node->children);
  g_object_unref (snode->node);
  g_free (snode);
}

static void
wp_plan_snapshot_finalize (GObject *object)
{
  WpPlanSnapshot *self = WP_PLAN_SNAPSHOT (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->roots, g_ptr_array_unref);
  g_clear_pointer (&self->tasks, g_ptr_array_unref);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->departments, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_plan_snapshot_parent_class)->finalize (object);
}

static void
wp_plan_snapshot_class_init (WpPlanSnapshotClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_plan_snapshot_finalize;
}

static void
wp_plan_snapshot_init (WpPlanSnapshot *self)
{
  self->nodes = g_ptr_array_new_with_free_func (snapshot_node_free);
  self->roots = g_ptr_array_new ();
  self->tasks = g_ptr_array_new ();
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_date_clear (&self->as_of, 1);
  g_date_clear (&self->start, 1);
  g_date_clear (&self->end, 1);
}

/* Leads first, each group in the store's order, and the first lead named on the node. */
static void
load_assignments (Builder        *builder,
                  WpSnapshotNode *node)
{
  g_autoptr(GPtrArray) stored = wp_store_list_assignments (builder->store, node->id);

  node->assignments = g_ptr_array_new_full (stored->len, g_object_unref);
  for (int pass = 0; pass < 2; pass++)
    {
      WpRole role = pass == 0 ? WP_ROLE_LEAD : WP_ROLE_SUPPORT;

      for (guint i = 0; i < stored->len; i++)
        {
          WpAssignment *assignment = g_ptr_array_index (stored, i);

          if (wp_assignment_get_role (assignment) == role)
            g_ptr_array_add (node->assignments, g_object_ref (assignment));
        }
    }

  if (node->assignments->len > 0 &&
      wp_assignment_get_role (g_ptr_array_index (node->assignments, 0)) == WP_ROLE_LEAD)
    {
      WpAssignment *lead = g_ptr_array_index (node->assignments, 0);

      node->lead = (char *) wp_assignment_get_department_name (lead);
      node->lead_id = wp_assignment_get_department_id (lead);
    }
  if (node->lead == NULL)
    node->lead = (char *) "";
}

/* A reached target is green; otherwise the rate stands for the task's progress, so a
 * target behind the calendar turns yellow or red as a task would. */
static WpLight
indicator_light (Builder        *builder,
                 WpSnapshotNode *node,
                 double          rate)
{
  double progress;

  if (rate >= 1.0)
    return WP_LIGHT_GREEN;

  progress = isnan (rate) ? 0.0 : MIN (rate * 100.0, 100.0);
  return wp_rules_light (node->status, progress, &node->start, &node->due,
                         &builder->self->as_of, &builder->self->thresholds);
}

static void
load_indicators (Builder        *builder,
                 WpSnapshotNode *node)
{
  g_autoptr(GPtrArray) stored = wp_store_list_indicators (builder->store, node->id);

  node->indicators = g_ptr_array_new_full (stored->len, snapshot_indicator_free);
  for (guint i = 0; i < stored->len; i++)
    {
      WpIndicator *indicator = g_ptr_array_index (stored, i);
      WpSnapshotIndicator *item = g_new0 (WpSnapshotIndicator, 1);

      /* The store hands out fresh objects, so owning them is as good as a copy. */
      item->indicator = g_object_ref (indicator);
      item->rate = wp_rules_indicator_rate (wp_indicator_get_comparator (indicator),
                                            wp_indicator_get_target (indicator),
                                            wp_indicator_get_actual (indicator));
      item->light = indicator_light (builder, node, item->rate);
      g_ptr_array_add (node->indicators, item);
    }
}

static void
set_date_or_clear (GDate      *date,
                   const char *iso)
{
  if (!wp_date_parse (iso, date))
    g_date_clear (date, 1);
}

/* The snapshot's own copy's text, which lives as long as the node: 21,000 nodes would
 * otherwise hold each text twice. */
static char *
borrow_text (const char *text)
{
  return (char *) (text != NULL ? text : "");
}

/* Everything but the place in the tree, the details and the children, from @node: the
 * snapshot's own copy. */
static void
fill_node_fields (Builder        *builder,
                  WpNode         *node,
                  WpSnapshotNode *out)
{
  out->id = wp_node_get_id (node);
  out->kind = wp_node_get_kind (node);
  out->title = borrow_text (wp_node_get_title (node));
  out->body = borrow_text (wp_node_get_body (node));
  out->summary = borrow_text (wp_node_get_summary (node));
  out->reason = borrow_text (wp_node_get_reason (node));
  out->status = out->kind == WP_NODE_TASK ? wp_node_get_status (node) : WP_STATUS_NOT_STARTED;
  out->progress = wp_rollup_get_progress (builder->rollup, out->id);
  out->light = wp_rollup_get_light (builder->rollup, out->id);
  wp_rollup_get_counts (builder->rollup, out->id, &out->counts);
  out->key = wp_node_get_key (node);
  out->weight = wp_node_get_weight (node);
  wp_rollup_get_task_period (builder->rollup, node, &out->start, &out->due);
  set_date_or_clear (&out->completed, wp_node_get_completed (node));
}

/* The burn-up asks for every task's progress at a dozen month ends: the dates are parsed
 * once here, not 55,000 times a month. */
static void
load_history (SnapshotNode *snode)
{
  GPtrArray *entries = snode->pub.entries;

  if (entries->len == 0)
    return;
  snode->history = g_new (HistoryPoint, entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      WpProgressEntry *entry = g_ptr_array_index (entries, i);
      GDate date;

      if (!wp_date_parse (wp_progress_entry_get_date (entry), &date))
        continue;
      snode->history[snode->n_history].julian = g_date_get_julian (&date);
      snode->history[snode->n_history].progress = wp_progress_entry_get_progress (entry);
      snode->n_history++;
    }
}

/* The texts that the charts never show. */
static void
drop_texts (WpNode *node)
{
  wp_node_set_body (node, "");
  wp_node_set_summary (node, "");
  wp_node_set_reason (node, "");
}

/* Numbers repeat ("1." under every section): one copy of each for the whole program. */
static char *
intern_number (WpNumbering numbering,
               guint       level,
               guint       index)
{
  g_autofree char *number = wp_numbering_format (numbering, level, index);

  return (char *) g_intern_string (number);
}

static void build_children (Builder      *builder,
                            SnapshotNode *parent,
                            GPtrArray    *out);

static SnapshotNode *
build_node (Builder      *builder,
            WpNode       *node,
            SnapshotNode *parent,
            guint         level,
            guint         index)
{
  SnapshotNode *snode = g_new0 (SnapshotNode, 1);
  WpSnapshotNode *pub = &snode->pub;
  WpPlanSnapshot *self = builder->self;

  /* A store's nodes are live: it changes them when the workbook changes. */
  snode->node = builder->own_store ? g_object_ref (node) : wp_node_copy (node);
  snode->level = level;
  if (builder->flags & WP_SNAPSHOT_CHARTS_ONLY)
    drop_texts (snode->node);
  fill_node_fields (builder, snode->node, pub);
  pub->depth = parent != NULL ? parent->pub.depth + 1 : 0;
  pub->number = intern_number (builder->numbering, level, index);
  pub->parent = parent != NULL ? &parent->pub : NULL;
  load_assignments (builder, pub);
  load_indicators (builder, pub);
  pub->entries = wp_store_list_progress (builder->store, pub->id);
  load_history (snode);
  /* The burn-up reads the history; 55,000 entries with their notes are the report's. */
  if (builder->flags & WP_SNAPSHOT_CHARTS_ONLY)
    g_ptr_array_set_size (pub->entries, 0);
  pub->children = g_ptr_array_new ();

  /* Parents go before their children: document order. */
  g_ptr_array_add (self->nodes, snode);
  g_hash_table_insert (self->by_id, &pub->id, snode);
  if (pub->kind == WP_NODE_TASK)
    g_ptr_array_add (self->tasks, snode);

  build_children (builder, snode, pub->children);
  return snode;
}

/* Numbers as the outline shows them: sections and tasks under one parent are counted
 * apart (wp_numbering_for_node() would ask the store again for every node). */
static void
build_children (Builder      *builder,
                SnapshotNode *parent,
                GPtrArray    *out)
{
  g_autoptr(GPtrArray) children = NULL;
  guint n_of_kind[2] = { 0, 0 };

  children = wp_store_list_children (builder->store, builder->plan_id,
                                     parent != NULL ? parent->pub.id : 0);
  for (guint i = 0; i < children->len; i++)
    {
      WpNode *child = g_ptr_array_index (children, i);
      WpNodeKind kind = wp_node_get_kind (child);
      guint level = wp_numbering_level (kind, parent != NULL,
                                        parent != NULL ? parent->level : 0);

      g_ptr_array_add (out, build_node (builder, child, parent, level, ++n_of_kind[kind]));
    }
}

static void
set_today (GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_time_t (date, time (NULL));
}

static WpPlanSnapshot *
build_snapshot (WpStore                 *store,
                gboolean                 own_store,
                WpSnapshotFlags          flags,
                WpPlan                  *plan,
                const GDate             *as_of,
                const WpLightThresholds *thresholds)
{
  WpPlanSnapshot *self = g_object_new (WP_TYPE_PLAN_SNAPSHOT, NULL);
  g_autoptr(WpRollup) rollup = NULL;
  Builder builder = { self, store, NULL, wp_plan_get_id (plan), wp_plan_get_numbering (plan),
                      own_store, flags };

  self->plan = wp_plan_copy (plan);
  self->thresholds = thresholds != NULL ? *thresholds : wp_light_thresholds_default ();
  if (as_of != NULL)
    self->as_of = *as_of;
  else
    set_today (&self->as_of);
  wp_plan_get_period (plan, &self->start, &self->end);

  rollup = wp_rollup_new (store, builder.plan_id, &self->as_of, &self->thresholds);
  builder.rollup = rollup;
  self->progress = wp_rollup_get_plan_progress (rollup);
  self->light = wp_rollup_get_plan_light (rollup);
  wp_rollup_get_plan_counts (rollup, &self->counts);

  build_children (&builder, NULL, self->roots);
  self->departments = wp_store_list_departments (store);

  return self;
}

static WpPlanSnapshot *
snapshot_new (WpStore                 *store,
              gboolean                 own_store,
              WpSnapshotFlags          flags,
              gint64                   plan_id,
              const GDate             *as_of,
              const WpLightThresholds *thresholds,
              GError                 **error)
{
  g_autoptr(WpPlanSnapshot) self = NULL;
  g_autoptr(WpPlan) plan = NULL;

  /* One read transaction, so that no other instance writes between the queries; not a
   * write one, which would hold up that instance for as long as this one reads. */
  if (!wp_store_begin_read (store, error))
    return NULL;
  plan = wp_store_get_plan (store, plan_id);
  if (plan != NULL)
    self = build_snapshot (store, own_store, flags, plan, as_of, thresholds);
  wp_store_end_read (store);

  if (plan == NULL)
    {
      wp_store_not_found (error, _("plan"), plan_id);
      return NULL;
    }
  return g_steal_pointer (&self);
}

WpPlanSnapshot *
wp_plan_snapshot_new (WpStore                 *store,
                      gint64                   plan_id,
                      const GDate             *as_of,
                      const WpLightThresholds *thresholds,
                      GError                 **error)
{
  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of == NULL || g_date_valid (as_of), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return snapshot_new (store, FALSE, WP_SNAPSHOT_FULL, plan_id, as_of, thresholds, error);
}

WpPlanSnapshot *
wp_plan_snapshot_new_from_file (const char              *path,
                                gint64                   plan_id,
                                const GDate             *as_of,
                                const WpLightThresholds *thresholds,
                                WpSnapshotFlags          flags,
                                GError                 **error)
{
  g_autoptr(WpStore) store = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (as_of == NULL || g_date_valid (as_of), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* wp_store_open() would create a missing file: a workbook moved away meanwhile. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_IO,
                   _("“%s” is no longer there. Open the workbook again from where it is now."),
                   path);
      return NULL;
    }
  store = wp_store_open (path, error);
  if (store == NULL)
    return NULL;
  return snapshot_new (store, TRUE, flags, plan_id, as_of, thresholds, error);
}

void
wp_plan_snapshot_default_as_of (WpPlan *plan,
                                GDate  *as_of)
{
  GDate start, end;

  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (as_of != NULL);

  set_today (as_of);
  wp_plan_get_period (plan, &start, &end);
  if (g_date_valid (&end) && g_date_compare (as_of, &end) > 0)
    *as_of = end;
}

WpPlan *
wp_plan_snapshot_get_plan (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return self->plan;
}

const GDate *
wp_plan_snapshot_get_as_of (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return &self->as_of;
}

const GDate *
wp_plan_snapshot_get_start (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return &self->start;
}

const GDate *
wp_plan_snapshot_get_end (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return &self->end;
}

const WpLightThresholds *
wp_plan_snapshot_get_thresholds (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return &self->thresholds;
}

double
wp_plan_snapshot_get_progress (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), 0.0);

  return self->progress;
}

WpLight
wp_plan_snapshot_get_light (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), WP_LIGHT_GREEN);

  return self->light;
}

const WpRollupCounts *
wp_plan_snapshot_get_counts (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return &self->counts;
}

GPtrArray *
wp_plan_snapshot_get_roots (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return self->roots;
}

GPtrArray *
wp_plan_snapshot_get_nodes (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return self->nodes;
}

GPtrArray *
wp_plan_snapshot_get_tasks (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return self->tasks;
}

GPtrArray *
wp_plan_snapshot_get_departments (WpPlanSnapshot *self)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return self->departments;
}

WpSnapshotNode *
wp_plan_snapshot_lookup (WpPlanSnapshot *self,
                         gint64          node_id)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), NULL);

  return g_hash_table_lookup (self->by_id, &node_id);
}

char *
wp_snapshot_node_get_label (const WpSnapshotNode *node)
{
  const char *last;

  g_return_val_if_fail (node != NULL, NULL);

  /* "一、学前教育" and "1.新建幼儿园" as Chinese documents write them, but "I. Preschool":
   * only narrow characters on both sides want a space between them. */
  if (*node->number == '\0' || *node->title == '\0')
    return g_strconcat (node->number, node->title, NULL);
  last = g_utf8_find_prev_char (node->number, node->number + strlen (node->number));
  if (!g_unichar_iswide (g_utf8_get_char (last)) &&
      !g_unichar_iswide (g_utf8_get_char (node->title)))
    return g_strconcat (node->number, " ", node->title, NULL);
  return g_strconcat (node->number, node->title, NULL);
}

/* Burn-up: progress and expectation at a past or future date. */

typedef double (*TaskValueFunc) (const WpSnapshotNode *task,
                                 const GDate          *date);

/* 100 once completed, else the latest entry on or before @date, else 0. */
static double
task_progress_on (const WpSnapshotNode *task,
                  const GDate          *date)
{
  const SnapshotNode *snode = (const SnapshotNode *) task;
  guint32 julian = g_date_get_julian (date);
  double progress = 0.0;

  if (g_date_valid (&task->completed) && g_date_compare (&task->completed, date) <= 0)
    return 100.0;

  for (guint i = 0; i < snode->n_history; i++)
    {
      /* Entries are oldest first: the first one after @date ends the search. */
      if (snode->history[i].julian > julian)
        break;
      progress = snode->history[i].progress;
    }

  return progress;
}

static double
task_expected_on (const WpSnapshotNode *task,
                  const GDate          *date)
{
  return wp_rules_expected_progress (&task->start, &task->due, date);
}

/* The same weighted roll-up as WpRollup's, with @func giving each task's value. */
static void
add_children_mean (GPtrArray     *children,
                   TaskValueFunc  func,
                   const GDate   *date,
                   WpRulesMean   *mean)
{
  for (guint i = 0; i < children->len; i++)
    {
      SnapshotNode *child = g_ptr_array_index (children, i);

      if (child->pub.kind == WP_NODE_TASK)
        {
          wp_rules_mean_add_task (mean, child->node, func (&child->pub, date));
        }
      else
        {
          WpRulesMean section_mean = WP_RULES_MEAN_INIT;

          add_children_mean (child->pub.children, func, date, &section_mean);
          wp_rules_mean_add_section (mean, child->node, &section_mean);
        }
    }
}

static double
plan_mean_on (WpPlanSnapshot *self,
              TaskValueFunc   func,
              const GDate    *date)
{
  WpRulesMean mean = WP_RULES_MEAN_INIT;

  add_children_mean (self->roots, func, date, &mean);
  return wp_rules_mean_get (&mean);
}

double
wp_plan_snapshot_progress_on (WpPlanSnapshot *self,
                              const GDate    *date)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), 0.0);
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0.0);

  /* From the as-of date on, the plan stands where the outline says: a task marked done
   * without a dated entry or completion date has no history but is done now. */
  if (g_date_compare (date, &self->as_of) >= 0)
    return wp_plan_snapshot_get_progress (self);
  return plan_mean_on (self, task_progress_on, date);
}

double
wp_plan_snapshot_expected_on (WpPlanSnapshot *self,
                              const GDate    *date)
{
  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (self), 0.0);
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0.0);

  return plan_mean_on (self, task_expected_on, date);
}
