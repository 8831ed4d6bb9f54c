/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-store.h"
#include "wp-rollup.h"

G_BEGIN_DECLS

/* One indicator of a task with its achievement rate (wp_rules_indicator_rate(), a
 * fraction, NAN when not reported) and its light: green when the rate reaches 100 %,
 * otherwise wp_rules_light() of the task's status with progress = rate × 100 (capped at
 * 100) over the task's period, so a target that is behind the calendar turns yellow or
 * red like a task would. */
typedef struct
{
  WpIndicator *indicator;
  double       rate;
  WpLight      light;
} WpSnapshotIndicator;

typedef struct _WpSnapshotNode WpSnapshotNode;

/* A read-only copy of one node with everything the dashboard and the report need. Its
 * strings belong to the snapshot: never changed nor freed, they live as long as it does. */
struct _WpSnapshotNode
{
  gint64          id;
  WpNodeKind      kind;
  guint           depth;          /* 0 for top-level nodes */
  char           *number;         /* "一、", "（二）", "3." or "I.", "B." in the plan's style */
  char           *title;
  char           *body;           /* "" when empty, never NULL; likewise the strings below */
  WpStatus        status;         /* tasks only; sections read WP_STATUS_NOT_STARTED */
  double          progress;       /* 0–100, from the roll-up */
  WpLight         light;          /* from the roll-up */
  WpRollupCounts  counts;         /* of the subtree (a task counts itself) */
  gboolean        key;
  double          weight;
  GDate           start;          /* the task's own dates, or the plan's period */
  GDate           due;
  GDate           completed;      /* cleared (g_date_valid() FALSE) when unset */
  char           *summary;        /* the year-end narrative (完成情况) */
  char           *reason;         /* why it is not done */
  char           *lead;           /* the first lead department's name, "" when none */
  gint64          lead_id;        /* 0 when none */
  GPtrArray      *assignments;    /* WpAssignment, leads first, in the store's order */
  GPtrArray      *indicators;     /* WpSnapshotIndicator */
  GPtrArray      *entries;        /* WpProgressEntry, oldest first */
  WpSnapshotNode *parent;         /* NULL at the top */
  GPtrArray      *children;       /* WpSnapshotNode, in outline order */
};

/* The number and the title as a heading shows them: "一、学前教育", "1.新建幼儿园",
 * "I. Preschool education" (a space only between a narrow number and a narrow title).
 * Free with g_free(). */
char           *wp_snapshot_node_get_label     (const WpSnapshotNode    *node);

#define WP_TYPE_PLAN_SNAPSHOT (wp_plan_snapshot_get_type ())
G_DECLARE_FINAL_TYPE (WpPlanSnapshot, wp_plan_snapshot, WP, PLAN_SNAPSHOT, GObject)

/* Everything about one plan at @as_of, read from @store in one read transaction so that
 * the figures agree with each other. It is immutable and holds no reference to the
 * store, so it may be handed to a worker thread (the report and the exports render from
 * it off the main thread). @as_of NULL means today; @thresholds NULL the defaults.
 * Fails (with the store's message) when the plan does not exist. */
WpPlanSnapshot *wp_plan_snapshot_new           (WpStore                 *store,
                                                gint64                   plan_id,
                                                const GDate             *as_of,
                                                const WpLightThresholds *thresholds,
                                                GError                 **error);

typedef enum
{
  WP_SNAPSHOT_FULL        = 0,
  /* What the dashboard's charts and their export read, for a fraction of the memory: every
   * figure, progress_on() included, but no progress entries (every node's entries array
   * is empty) and empty bodies, summaries and reasons. */
  WP_SNAPSHOT_CHARTS_ONLY = 1 << 0,
} WpSnapshotFlags;

/* Like wp_plan_snapshot_new(), but read through a connection of its own to the workbook
 * at @path, opened and closed here: a WpStore belongs to the thread that opened it, so a
 * worker thread builds a snapshot with this while the window goes on with its own
 * connection. Never creates a workbook: fails when @path is not one. */
WpPlanSnapshot *wp_plan_snapshot_new_from_file (const char              *path,
                                                gint64                   plan_id,
                                                const GDate             *as_of,
                                                const WpLightThresholds *thresholds,
                                                WpSnapshotFlags          flags,
                                                GError                 **error);

/* The as-of date a plan is looked at by default: today while the plan's period runs (or
 * before it starts), the period's last day once it is over. */
void            wp_plan_snapshot_default_as_of (WpPlan                  *plan,
                                                GDate                   *as_of);

WpPlan         *wp_plan_snapshot_get_plan      (WpPlanSnapshot          *self);
const GDate    *wp_plan_snapshot_get_as_of     (WpPlanSnapshot          *self);
const GDate    *wp_plan_snapshot_get_start     (WpPlanSnapshot          *self);
const GDate    *wp_plan_snapshot_get_end       (WpPlanSnapshot          *self);
const WpLightThresholds *
                wp_plan_snapshot_get_thresholds (WpPlanSnapshot         *self);

/* The plan's progress (0–100), light and counts, as the roll-up gives them. */
double          wp_plan_snapshot_get_progress  (WpPlanSnapshot          *self);
WpLight         wp_plan_snapshot_get_light     (WpPlanSnapshot          *self);
const WpRollupCounts *
                wp_plan_snapshot_get_counts    (WpPlanSnapshot          *self);

/* The top-level nodes (WpSnapshotNode), in order. */
GPtrArray      *wp_plan_snapshot_get_roots     (WpPlanSnapshot          *self);
/* Every node in document order (depth first, parents before children). */
GPtrArray      *wp_plan_snapshot_get_nodes     (WpPlanSnapshot          *self);
/* Every task in document order. */
GPtrArray      *wp_plan_snapshot_get_tasks     (WpPlanSnapshot          *self);
/* Every department of the workbook (WpDepartment), in the workbook's order. */
GPtrArray      *wp_plan_snapshot_get_departments (WpPlanSnapshot        *self);
WpSnapshotNode *wp_plan_snapshot_lookup        (WpPlanSnapshot          *self,
                                                gint64                   node_id);

/* The plan's progress as it stood at the end of @date, from the progress entries: each
 * task counts the progress of its latest entry on or before @date (100 once its
 * completion date is reached, 0 before any entry), weighted and rolled up by the same
 * rules as the outline. On and after the as-of date it is the plan's progress itself.
 * Used by the month-by-month burn-up. */
double          wp_plan_snapshot_progress_on   (WpPlanSnapshot          *self,
                                                const GDate             *date);
/* The plan's expected progress at the end of @date: the weighted mean of every task's
 * wp_rules_expected_progress(). */
double          wp_plan_snapshot_expected_on   (WpPlanSnapshot          *self,
                                                const GDate             *date);

G_END_DECLS
