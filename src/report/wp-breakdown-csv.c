/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-breakdown-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wp-assignment.h"
#include "wp-breakdown-csv.h"
#include "wp-catalog.h"
#include "wp-indicator.h"

/* Excel and WPS take a file without it for the legacy code page and garble Chinese. */
#define UTF8_BOM "\xEF\xBB\xBF"

static const char *const header_msgids[] = {
  NC_("report", "No."),
  NC_("report", "Section"),
  NC_("report", "Task"),
  NC_("report", "Lead department"),
  NC_("report", "Supporting departments"),
  NC_("report", "Indicators"),
  NC_("report", "Start"),
  NC_("report", "Due"),
  NC_("report", "Status"),
  NC_("report", "Progress"),
  NC_("report", "Light"),
};

static const char *
report_word (const char *language,
             const char *msgid)
{
  return wp_catalog_pgettext (language, "report", msgid);
}

/* RFC 4180: a field holding a separator, a quote or a line end is quoted, its quotes
 * doubled. */
static void
append_field (GString    *row,
              const char *value)
{
  if (row->len > 0)
    g_string_append_c (row, ',');
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (row, value);
      return;
    }

  g_string_append_c (row, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

static void
end_row (GString *csv,
         GString *row)
{
  g_string_append_len (csv, row->str, row->len);
  g_string_append (csv, "\r\n");
  g_string_truncate (row, 0);
}

/* "一、（二）3.": the numbers from the top of the outline down to @node. */
static char *
format_number_path (const WpSnapshotNode *node)
{
  GString *path = g_string_new (node->number);

  for (const WpSnapshotNode *up = node->parent; up != NULL; up = up->parent)
    g_string_prepend (path, up->number);
  return g_string_free (path, FALSE);
}

static char *
format_section (const WpSnapshotNode *task)
{
  if (task->parent == NULL)
    return g_strdup ("");
  return g_strconcat (task->parent->number, task->parent->title, NULL);
}

/* The departments of @role, joined in the language's list style. */
static char *
format_departments (const WpSnapshotNode *task,
                    WpRole                role,
                    const char           *language)
{
  g_autoptr(GString) names = g_string_new (NULL);
  /* Translators: between department names in a list, "、" in Chinese */
  const char *separator = report_word (language, NC_("report", ", "));

  for (guint i = 0; i < task->assignments->len; i++)
    {
      WpAssignment *assignment = g_ptr_array_index (task->assignments, i);

      if (wp_assignment_get_role (assignment) != role)
        continue;
      if (names->len > 0)
        g_string_append (names, separator);
      g_string_append (names, wp_assignment_get_department_name (assignment));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* "建成幼儿园 12所": the target as entered (no trailing ".0"), the unit after it. */
static void
append_indicator (GString     *text,
                  WpIndicator *indicator,
                  const char  *language)
{
  double target = wp_indicator_get_target (indicator);
  const char *unit = wp_indicator_get_unit (indicator);
  g_autofree char *number = NULL;

  g_string_append (text, wp_indicator_get_name (indicator));
  if (isnan (target))
    return;

  number = wp_format_number (target);
  g_string_append_printf (text, " %s", number);
  if (unit != NULL && *unit != '\0')
    {
      /* Chinese units follow the number directly: 12所; English ones after a space. */
      if (!g_str_equal (language, "zh_CN"))
        g_string_append_c (text, ' ');
      g_string_append (text, unit);
    }
}

static char *
format_indicators (const WpSnapshotNode *task,
                   const char           *language)
{
  g_autoptr(GString) text = g_string_new (NULL);
  /* Translators: between indicators in a table cell, "；" in Chinese */
  const char *separator = report_word (language, NC_("report", "; "));

  for (guint i = 0; i < task->indicators->len; i++)
    {
      const WpSnapshotIndicator *item = g_ptr_array_index (task->indicators, i);

      if (i > 0)
        g_string_append (text, separator);
      append_indicator (text, item->indicator, language);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_date (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static const char *
status_word (WpStatus    status,
             const char *language)
{
  switch (status)
    {
    case WP_STATUS_NOT_STARTED:
      return report_word (language, NC_("report", "Not started"));
    case WP_STATUS_IN_PROGRESS:
      return report_word (language, NC_("report", "In progress"));
    case WP_STATUS_DONE:
      return report_word (language, NC_("report", "Done"));
    case WP_STATUS_DELAYED:
      return report_word (language, NC_("report", "Delayed"));
    case WP_STATUS_CANCELLED:
      return report_word (language, NC_("report", "Cancelled"));
    default:
      g_assert_not_reached ();
    }
}

static const char *
light_word (WpLight     light,
            const char *language)
{
  switch (light)
    {
    case WP_LIGHT_GREEN:
      return report_word (language, NC_("report", "Green"));
    case WP_LIGHT_YELLOW:
      return report_word (language, NC_("report", "Yellow"));
    case WP_LIGHT_RED:
      return report_word (language, NC_("report", "Red"));
    default:
      g_assert_not_reached ();
    }
}

static void
append_task_row (GString              *csv,
                 GString              *row,
                 const WpSnapshotNode *task,
                 const char           *language)
{
  g_autofree char *number = format_number_path (task);
  g_autofree char *section = format_section (task);
  g_autofree char *lead = format_departments (task, WP_ROLE_LEAD, language);
  g_autofree char *support = format_departments (task, WP_ROLE_SUPPORT, language);
  g_autofree char *indicators = format_indicators (task, language);
  g_autofree char *start = format_date (&task->start);
  g_autofree char *due = format_date (&task->due);
  g_autofree char *progress = g_strdup_printf ("%.0f%%", task->progress);

  append_field (row, number);
  append_field (row, section);
  append_field (row, task->title);
  append_field (row, lead);
  append_field (row, support);
  append_field (row, indicators);
  append_field (row, start);
  append_field (row, due);
  append_field (row, status_word (task->status, language));
  append_field (row, progress);
  /* A cancelled task has no light to speak of. */
  append_field (row, task->status == WP_STATUS_CANCELLED ? "" : light_word (task->light, language));
  end_row (csv, row);
}

gboolean
wp_breakdown_csv_write (WpPlanSnapshot *snapshot,
                        const char     *language,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GString) csv = g_string_new (UTF8_BOM);
  g_autoptr(GString) row = g_string_new (NULL);
  GPtrArray *tasks;

  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  language = wp_catalog_report_language (language);
  for (guint i = 0; i < G_N_ELEMENTS (header_msgids); i++)
    append_field (row, report_word (language, header_msgids[i]));
  end_row (csv, row);

  tasks = wp_plan_snapshot_get_tasks (snapshot);
  for (guint i = 0; i < tasks->len; i++)
    append_task_row (csv, row, g_ptr_array_index (tasks, i), language);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return g_output_stream_write_all (stream, csv->str, csv->len, NULL, cancellable, error);
}
