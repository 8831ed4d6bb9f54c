/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _WpStore          WpStore;
typedef struct _WpPlan           WpPlan;
typedef struct _WpNode           WpNode;
typedef struct _WpDepartment     WpDepartment;
typedef struct _WpAssignment     WpAssignment;
typedef struct _WpIndicator      WpIndicator;
typedef struct _WpProgressEntry  WpProgressEntry;

typedef enum
{
  WP_NODE_SECTION,
  WP_NODE_TASK,
} WpNodeKind;

typedef enum
{
  WP_STATUS_NOT_STARTED,
  WP_STATUS_IN_PROGRESS,
  WP_STATUS_DONE,
  WP_STATUS_DELAYED,
  WP_STATUS_CANCELLED,
} WpStatus;

typedef enum
{
  WP_COMPARATOR_AT_LEAST,
  WP_COMPARATOR_AT_MOST,
  WP_COMPARATOR_EQUAL,
  WP_COMPARATOR_ZERO,
  WP_COMPARATOR_MILESTONE,
} WpComparator;

typedef enum
{
  WP_ROLE_LEAD,
  WP_ROLE_SUPPORT,
} WpRole;

typedef enum
{
  WP_NUMBERING_ZH,
  WP_NUMBERING_EN,
} WpNumbering;

typedef enum
{
  WP_LIGHT_GREEN,
  WP_LIGHT_YELLOW,
  WP_LIGHT_RED,
} WpLight;

/* Stable identifiers used in the database and the interchange JSON. */
const char *wp_node_kind_to_string   (WpNodeKind   kind);
gboolean    wp_node_kind_from_string (const char  *str,
                                      WpNodeKind  *kind);
const char *wp_status_to_string      (WpStatus     status);
gboolean    wp_status_from_string    (const char  *str,
                                      WpStatus    *status);
const char *wp_comparator_to_string  (WpComparator comparator);
gboolean    wp_comparator_from_string (const char   *str,
                                       WpComparator *comparator);
const char *wp_role_to_string        (WpRole       role);
gboolean    wp_role_from_string      (const char  *str,
                                      WpRole      *role);
const char *wp_numbering_to_string   (WpNumbering  numbering);
gboolean    wp_numbering_from_string (const char  *str,
                                      WpNumbering *numbering);

/* Dates travel as ISO "YYYY-MM-DD" strings (NULL when unset), as in the database and JSON. */
gboolean    wp_date_parse            (const char  *iso,
                                      GDate       *date);
gboolean    wp_date_is_valid_iso     (const char  *iso);

/* A number as the user typed it ("12", "0.5", "1250"; 15 significant digits, so that
 * 0.1 + 0.2 reads "0.3"), in the C locale; "" for NAN (not set). */
char       *wp_format_number         (double       value);

/* Replaces *@str by a copy of @value; TRUE when it changed. GLib 2.76's g_set_str(),
 * which 2.74 lacks. */
gboolean    wp_set_str               (char       **str,
                                      const char  *value);

G_END_DECLS
