/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-catalog.h"
#include "wp-department.h"
#include "wp-indicator.h"
#include "wp-progress-entry.h"
#include "wp-report-phrases.h"
#include "wp-report-tables.h"

static const char *const results_header[] = {
  /* TRANSLATORS: the column of row numbers in the results table, "序号". */
  NC_("report", "No."),
  NC_("report", "Indicator"),
  NC_("report", "Target"),
  NC_("report", "Actual"),
  NC_("report", "Rate"),
  NC_("report", "Led by"),
  NC_("report", "Progress or reason not met"),
};
static const double results_widths[] = { 0.55, 2.2, 1.3, 1.3, 1.0, 1.5, 2.7 };
/* English words ("Completed", "kindergartens") are longer than the Chinese values. */
static const double results_widths_en[] = { 0.5, 1.9, 1.5, 1.5, 1.0, 1.6, 2.5 };

static const char *const departments_header[] = {
  NC_("report", "Department"),
  NC_("report", "Tasks led"),
  NC_("report", "Completed"),
  NC_("report", "Not completed"),
  NC_("report", "Overdue"),
  NC_("report", "Mean progress"),
};
static const double departments_widths[] = { 2.4, 1.1, 1.1, 1.1, 1.1, 1.2 };

G_STATIC_ASSERT (G_N_ELEMENTS (results_header) == G_N_ELEMENTS (results_widths));
G_STATIC_ASSERT (G_N_ELEMENTS (results_header) == G_N_ELEMENTS (results_widths_en));
G_STATIC_ASSERT (G_N_ELEMENTS (departments_header) == G_N_ELEMENTS (departments_widths));

static WpBlockTable *
add_table (WpDocument         *document,
           const char         *language,
           const char * const *msgids,
           const double       *widths,
           guint               n_columns)
{
  g_autofree const char **header = g_new0 (const char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    header[i] = wp_report_word (language, msgids[i]);
  return wp_document_add_table (document, n_columns, widths, header);
}

/* The last column: why a target was missed; for a task done, when; else what its
 * latest note says or where it stands. The year-end text is in the body already and
 * too long for a cell. */
static char *
format_remark (const WpSnapshotNode      *task,
               const WpSnapshotIndicator *indicator,
               const GDate               *as_of,
               const char                *language)
{
  gboolean met = wp_report_is_met (indicator);
  g_autoptr(GPtrArray) notes = NULL;

  if (!met && !wp_report_is_blank (task->reason))
    return wp_report_join_lines (language, task->reason);
  if (task->status == WP_STATUS_DONE)
    return wp_report_format_standing (language, task);
  notes = wp_report_latest_notes (task, as_of, 1);
  if (notes->len > 0)
    return wp_report_join_lines (language,
                                 wp_progress_entry_get_note (g_ptr_array_index (notes, 0)));
  return wp_report_format_standing (language, task);
}

static void
add_result_row (WpBlockTable              *table,
                guint                      index,
                const WpSnapshotNode      *task,
                const WpSnapshotIndicator *indicator,
                const GDate               *as_of,
                const char                *language)
{
  g_autofree char *number = g_strdup_printf ("%u", index);
  g_autofree char *target = wp_report_indicator_target (language, indicator->indicator);
  g_autofree char *actual = wp_report_indicator_actual (language, indicator->indicator);
  g_autofree char *rate = wp_report_format_rate (language, indicator->rate);
  g_autofree char *remark = format_remark (task, indicator, as_of, language);
  const char *cells[] = {
    number, wp_indicator_get_name (indicator->indicator), target, actual, rate, task->lead,
    remark,
  };

  wp_block_table_add_row (table, cells);
}

void
wp_report_add_results_table (WpDocument     *document,
                             WpPlanSnapshot *snapshot,
                             const char     *language)
{
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (snapshot);
  const GDate *as_of = wp_plan_snapshot_get_as_of (snapshot);
  WpBlockTable *table;
  guint index = 0;

  g_return_if_fail (WP_IS_DOCUMENT (document));
  g_return_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot));

  table = add_table (document, language, results_header,
                     wp_catalog_is_chinese (language) ? results_widths : results_widths_en,
                     G_N_ELEMENTS (results_header));
  for (guint i = 0; i < tasks->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (tasks, i);

      if (!wp_report_counts_task (task))
        continue;
      for (guint j = 0; j < task->indicators->len; j++)
        add_result_row (table, ++index, task, g_ptr_array_index (task->indicators, j), as_of,
                        language);
    }
}

/* A row of the department table. */
typedef struct
{
  guint  led;
  guint  done;
  guint  overdue;
  double progress;  /* the sum, for the mean */
} DepartmentRow;

static void
count_task (DepartmentRow        *row,
            const WpSnapshotNode *task,
            const GDate          *as_of)
{
  row->led++;
  row->done += task->status == WP_STATUS_DONE;
  row->overdue += wp_report_is_overdue (task, as_of);
  row->progress += task->progress;
}

static void
add_department_row (WpBlockTable        *table,
                    const char          *name,
                    const DepartmentRow *row,
                    const char          *language)
{
  g_autofree char *led = g_strdup_printf ("%u", row->led);
  g_autofree char *done = g_strdup_printf ("%u", row->done);
  g_autofree char *not_done = g_strdup_printf ("%u", row->led - row->done);
  g_autofree char *overdue = g_strdup_printf ("%u", row->overdue);
  g_autofree char *mean = wp_report_format_percent (language, row->progress / row->led);
  const char *cells[] = { name, led, done, not_done, overdue, mean };

  if (row->led > 0)
    wp_block_table_add_row (table, cells);
}

/* The rows by department id (0 for tasks without a lead), and the total. */
static GHashTable *
count_departments (WpPlanSnapshot *snapshot,
                   DepartmentRow  *total)
{
  GHashTable *rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (snapshot);
  const GDate *as_of = wp_plan_snapshot_get_as_of (snapshot);

  for (guint i = 0; i < tasks->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (tasks, i);
      DepartmentRow *row;

      if (!wp_report_counts_task (task))
        continue;
      row = g_hash_table_lookup (rows, &task->lead_id);
      if (row == NULL)
        {
          row = g_new0 (DepartmentRow, 1);
          g_hash_table_insert (rows, g_memdup2 (&task->lead_id, sizeof (gint64)), row);
        }
      count_task (row, task, as_of);
      count_task (total, task, as_of);
    }
  return rows;
}

void
wp_report_add_department_table (WpDocument     *document,
                                WpPlanSnapshot *snapshot,
                                const char     *language)
{
  GPtrArray *departments = wp_plan_snapshot_get_departments (snapshot);
  g_autoptr(GHashTable) rows = NULL;
  DepartmentRow total = { 0 };
  DepartmentRow *row;
  WpBlockTable *table;
  gint64 none = 0;

  g_return_if_fail (WP_IS_DOCUMENT (document));
  g_return_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot));

  table = add_table (document, language, departments_header, departments_widths,
                     G_N_ELEMENTS (departments_header));
  rows = count_departments (snapshot, &total);
  for (guint i = 0; i < departments->len; i++)
    {
      WpDepartment *department = g_ptr_array_index (departments, i);
      gint64 id = wp_department_get_id (department);

      row = g_hash_table_lookup (rows, &id);
      if (row != NULL)
        add_department_row (table, wp_department_get_name (department), row, language);
    }
  row = g_hash_table_lookup (rows, &none);
  if (row != NULL)
    add_department_row (table, wp_report_word (language, NC_("report", "No lead department")),
                        row, language);
  add_department_row (table, wp_report_word (language, NC_("report", "Total")), &total,
                      language);
}
