/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-types"

#include "wp-types.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *node_kinds[] = { "section", "task" };
static const char *statuses[] = { "not_started", "in_progress", "done", "delayed", "cancelled" };
static const char *comparators[] = { "at_least", "at_most", "equal", "zero", "milestone" };
static const char *roles[] = { "lead", "support" };
static const char *numberings[] = { "zh", "en" };

static gboolean
lookup_name (const char  *const *names,
             guint        n_names,
             const char  *str,
             int         *value)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (strcmp (names[i], str) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

#define WP_DEFINE_ENUM_STRINGS(prefix, Type, table)                          \
  const char *                                                               \
  prefix##_to_string (Type value)                                            \
  {                                                                          \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);       \
    return table[value];                                                     \
  }                                                                          \
                                                                             \
  gboolean                                                                   \
  prefix##_from_string (const char *str,                                     \
                        Type       *value)                                   \
  {                                                                          \
    int found;                                                               \
    if (!lookup_name (table, G_N_ELEMENTS (table), str, &found))             \
      return FALSE;                                                          \
    *value = (Type) found;                                                   \
    return TRUE;                                                             \
  }

WP_DEFINE_ENUM_STRINGS (wp_node_kind, WpNodeKind, node_kinds)
WP_DEFINE_ENUM_STRINGS (wp_status, WpStatus, statuses)
WP_DEFINE_ENUM_STRINGS (wp_comparator, WpComparator, comparators)
WP_DEFINE_ENUM_STRINGS (wp_role, WpRole, roles)
WP_DEFINE_ENUM_STRINGS (wp_numbering, WpNumbering, numberings)

gboolean
wp_date_parse (const char *iso,
               GDate      *date)
{
  guint year, month, day;
  char tail;

  g_return_val_if_fail (date != NULL, FALSE);

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return FALSE;
  if (strlen (iso) != 10 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
wp_date_is_valid_iso (const char *iso)
{
  GDate date;

  return wp_date_parse (iso, &date);
}

gboolean
wp_set_str (char       **str,
            const char  *value)
{
  g_return_val_if_fail (str != NULL, FALSE);

  if (g_strcmp0 (*str, value) == 0)
    return FALSE;

  g_free (*str);
  *str = g_strdup (value);
  return TRUE;
}

char *
wp_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}
