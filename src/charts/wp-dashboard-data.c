/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-dashboard-data"

#include <math.h>

#include "wp-dashboard-data.h"

struct _WpDashboardData
{
  WpPlanSnapshot    *snapshot;
  WpChartCompletion  completion;
  WpChartLights      lights;
  GArray            *bars;          /* WpChartBar */
  GPtrArray         *bar_labels;    /* the bars' labels, owned here */
  GArray            *departments;   /* WpChartDepartment */
  GArray            *bullets;       /* WpChartBullet */
  WpChartBurnup      burnup;
};

/* A department's row while the tasks are counted. */
typedef struct
{
  WpChartDepartment row;
  guint             position;       /* in the workbook's list */
  double            progress_sum;
} DepartmentTally;

static gboolean
is_counted_task (const WpSnapshotNode *task)
{
  return task->status != WP_STATUS_CANCELLED;
}

/* Every task that is not cancelled lands in exactly one group of the ring. */
static void
fill_completion_and_lights (WpDashboardData *self)
{
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (self->snapshot);

  for (guint i = 0; i < tasks->len; i++)
    {
      const WpSnapshotNode *task = g_ptr_array_index (tasks, i);

      if (!is_counted_task (task))
        continue;

      if (task->status == WP_STATUS_DONE)
        self->completion.done++;
      else if (task->light == WP_LIGHT_RED)
        self->completion.late++;
      else if (task->progress > 0)
        self->completion.in_progress++;
      else
        self->completion.not_started++;

      if (task->light == WP_LIGHT_RED)
        self->lights.red++;
      else if (task->light == WP_LIGHT_YELLOW)
        self->lights.yellow++;
      else
        self->lights.green++;
    }
}

static void
fill_bars (WpDashboardData *self)
{
  GPtrArray *roots = wp_plan_snapshot_get_roots (self->snapshot);

  for (guint i = 0; i < roots->len; i++)
    {
      const WpSnapshotNode *section = g_ptr_array_index (roots, i);
      char *label;
      WpChartBar bar = { 0 };

      if (section->kind != WP_NODE_SECTION)
        continue;

      label = wp_snapshot_node_get_label (section);
      g_ptr_array_add (self->bar_labels, label);
      bar.node_id = section->id;
      bar.label = label;
      bar.progress = section->progress;
      bar.light = section->light;
      /* Cancelled tasks count nowhere in the charts, not even in the total. */
      bar.tasks = section->counts.tasks - section->counts.cancelled;
      bar.done = section->counts.done;
      bar.late = section->counts.late;
      g_array_append_val (self->bars, bar);
    }
}

static void
tally_task (GArray               *tallies,
            GHashTable           *index_by_id,
            const WpSnapshotNode *task)
{
  for (guint i = 0; i < task->assignments->len; i++)
    {
      WpAssignment *assignment = g_ptr_array_index (task->assignments, i);
      gint64 department_id = wp_assignment_get_department_id (assignment);
      gpointer index;
      DepartmentTally *tally;

      if (wp_assignment_get_role (assignment) != WP_ROLE_LEAD ||
          !g_hash_table_lookup_extended (index_by_id, &department_id, NULL, &index))
        continue;

      tally = &g_array_index (tallies, DepartmentTally, GPOINTER_TO_UINT (index));
      tally->row.led++;
      tally->row.done += task->status == WP_STATUS_DONE;
      tally->row.late += task->light == WP_LIGHT_RED;
      tally->progress_sum += task->progress;
    }
}

/* The most behind first: most late tasks, then the lowest mean, then the workbook's order. */
static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const DepartmentTally *ta = a;
  const DepartmentTally *tb = b;

  if (ta->row.late != tb->row.late)
    return ta->row.late > tb->row.late ? -1 : 1;
  if (ta->row.mean_progress != tb->row.mean_progress)
    return ta->row.mean_progress < tb->row.mean_progress ? -1 : 1;
  return ta->position < tb->position ? -1 : ta->position > tb->position;
}

/* The tallies of every department of the workbook, in its order, indexed by id. */
static GArray *
new_tallies (GPtrArray  *departments,
             GHashTable *index_by_id)
{
  GArray *tallies = g_array_sized_new (FALSE, TRUE, sizeof (DepartmentTally), departments->len);

  for (guint i = 0; i < departments->len; i++)
    {
      WpDepartment *department = g_ptr_array_index (departments, i);
      DepartmentTally tally = { { 0 } };

      tally.row.department_id = wp_department_get_id (department);
      tally.row.name = wp_department_get_name (department);
      tally.position = i;
      g_array_append_val (tallies, tally);
    }

  /* Keyed by the ids inside the array, which no longer grows. */
  for (guint i = 0; i < tallies->len; i++)
    g_hash_table_insert (index_by_id,
                         &g_array_index (tallies, DepartmentTally, i).row.department_id,
                         GUINT_TO_POINTER (i));

  return tallies;
}

static void
fill_departments (WpDashboardData *self)
{
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (self->snapshot);
  GPtrArray *departments = wp_plan_snapshot_get_departments (self->snapshot);
  g_autoptr(GHashTable) index_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) tallies = new_tallies (departments, index_by_id);

  for (guint i = 0; i < tasks->len; i++)
    {
      const WpSnapshotNode *task = g_ptr_array_index (tasks, i);

      if (is_counted_task (task))
        tally_task (tallies, index_by_id, task);
    }

  for (guint i = 0; i < tallies->len; i++)
    {
      DepartmentTally *tally = &g_array_index (tallies, DepartmentTally, i);

      if (tally->row.led > 0)
        tally->row.mean_progress = tally->progress_sum / tally->row.led;
    }
  g_array_sort (tallies, compare_tallies);

  for (guint i = 0; i < tallies->len; i++)
    {
      DepartmentTally *tally = &g_array_index (tallies, DepartmentTally, i);

      if (tally->row.led > 0)
        g_array_append_val (self->departments, tally->row);
    }
}

static void
fill_bullets (WpDashboardData *self)
{
  GPtrArray *nodes = wp_plan_snapshot_get_nodes (self->snapshot);

  for (guint i = 0; i < nodes->len; i++)
    {
      const WpSnapshotNode *node = g_ptr_array_index (nodes, i);

      for (guint j = 0; j < node->indicators->len; j++)
        {
          const WpSnapshotIndicator *item = g_ptr_array_index (node->indicators, j);
          WpIndicator *indicator = item->indicator;
          const char *unit = wp_indicator_get_unit (indicator);
          WpChartBullet bullet = {
            .node_id = node->id,
            .indicator_id = wp_indicator_get_id (indicator),
            .label = wp_indicator_get_name (indicator),
            .unit = unit != NULL ? unit : "",
            .comparator = wp_indicator_get_comparator (indicator),
            .target = wp_indicator_get_target (indicator),
            .actual = wp_indicator_get_actual (indicator),
            .rate = item->rate,
            .light = item->light,
          };

          g_array_append_val (self->bullets, bullet);
        }
    }
}

/* The last day of the month of @date, but not after @limit. */
static void
get_month_end (const GDate *first_of_month,
               const GDate *limit,
               GDate       *month_end)
{
  GDateMonth month = g_date_get_month (first_of_month);
  GDateYear year = g_date_get_year (first_of_month);

  g_date_clear (month_end, 1);
  g_date_set_dmy (month_end, g_date_get_days_in_month (month, year), month, year);
  if (g_date_compare (month_end, limit) > 0)
    *month_end = *limit;
}

/* A month that ended by the as-of date shows its end; the as-of month shows the as-of
 * date; later months are the future. */
static double
actual_for_month (WpPlanSnapshot *snapshot,
                  const GDate    *first_of_month,
                  const GDate    *month_end)
{
  const GDate *as_of = wp_plan_snapshot_get_as_of (snapshot);

  if (g_date_compare (month_end, as_of) <= 0)
    return wp_plan_snapshot_progress_on (snapshot, month_end);
  if (g_date_compare (first_of_month, as_of) <= 0)
    return wp_plan_snapshot_progress_on (snapshot, as_of);
  return NAN;
}

static guint
count_months (const GDate *start,
              const GDate *end)
{
  int months;

  if (g_date_compare (start, end) > 0)
    return 0;

  months = ((int) g_date_get_year (end) - (int) g_date_get_year (start)) * 12
           + (int) g_date_get_month (end) - (int) g_date_get_month (start) + 1;
  return MIN ((guint) months, WP_CHART_BURNUP_MAX_MONTHS);
}

static void
fill_burnup (WpDashboardData *self)
{
  const GDate *start = wp_plan_snapshot_get_start (self->snapshot);
  const GDate *end = wp_plan_snapshot_get_end (self->snapshot);
  WpChartBurnup *burnup = &self->burnup;
  GDate first_of_month;

  for (guint m = 0; m < WP_CHART_BURNUP_MAX_MONTHS; m++)
    burnup->expected[m] = burnup->actual[m] = NAN;
  if (!g_date_valid (start) || !g_date_valid (end))
    return;

  burnup->n_months = count_months (start, end);
  burnup->first_month = g_date_get_month (start);
  burnup->first_year = g_date_get_year (start);

  g_date_clear (&first_of_month, 1);
  g_date_set_dmy (&first_of_month, 1, burnup->first_month, burnup->first_year);
  for (guint m = 0; m < burnup->n_months; m++, g_date_add_months (&first_of_month, 1))
    {
      GDate month_end;

      get_month_end (&first_of_month, end, &month_end);
      burnup->expected[m] = wp_plan_snapshot_expected_on (self->snapshot, &month_end);
      burnup->actual[m] = actual_for_month (self->snapshot, &first_of_month, &month_end);
    }
}

WpDashboardData *
wp_dashboard_data_new (WpPlanSnapshot *snapshot)
{
  WpDashboardData *self;

  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot), NULL);

  self = g_atomic_rc_box_new0 (WpDashboardData);
  self->snapshot = g_object_ref (snapshot);
  self->bars = g_array_new (FALSE, TRUE, sizeof (WpChartBar));
  self->bar_labels = g_ptr_array_new_with_free_func (g_free);
  self->departments = g_array_new (FALSE, TRUE, sizeof (WpChartDepartment));
  self->bullets = g_array_new (FALSE, TRUE, sizeof (WpChartBullet));

  fill_completion_and_lights (self);
  fill_bars (self);
  fill_departments (self);
  fill_bullets (self);
  fill_burnup (self);

  return self;
}

WpDashboardData *
wp_dashboard_data_ref (WpDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
dashboard_data_clear (gpointer data)
{
  WpDashboardData *self = data;

  g_array_unref (self->bars);
  g_ptr_array_unref (self->bar_labels);
  g_array_unref (self->departments);
  g_array_unref (self->bullets);
  g_object_unref (self->snapshot);
}

void
wp_dashboard_data_unref (WpDashboardData *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, dashboard_data_clear);
}

WpPlanSnapshot *
wp_dashboard_data_get_snapshot (WpDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->snapshot;
}

const WpChartCompletion *
wp_dashboard_data_get_completion (WpDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->completion;
}

const WpChartLights *
wp_dashboard_data_get_lights (WpDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->lights;
}

const WpChartBar *
wp_dashboard_data_get_bars (WpDashboardData *self,
                            guint           *n_bars)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_bars != NULL, NULL);

  *n_bars = self->bars->len;
  return (const WpChartBar *) (gpointer) self->bars->data;
}

const WpChartDepartment *
wp_dashboard_data_get_departments (WpDashboardData *self,
                                   guint           *n_rows)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_rows != NULL, NULL);

  *n_rows = self->departments->len;
  return (const WpChartDepartment *) (gpointer) self->departments->data;
}

const WpChartBullet *
wp_dashboard_data_get_bullets (WpDashboardData *self,
                               guint           *n_bullets)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_bullets != NULL, NULL);

  *n_bullets = self->bullets->len;
  return (const WpChartBullet *) (gpointer) self->bullets->data;
}

const WpChartBurnup *
wp_dashboard_data_get_burnup (WpDashboardData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->burnup;
}
