/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "wp-draft.h"

G_BEGIN_DECLS

#define WP_JSON_ERROR (wp_json_error_quark ())

typedef enum
{
  WP_JSON_ERROR_SYNTAX,         /* not JSON, or not UTF-8 */
  WP_JSON_ERROR_FORMAT,         /* JSON, but not a Workplan interchange file */
  WP_JSON_ERROR_NEWER_VERSION,  /* written by a newer Workplan */
  WP_JSON_ERROR_INVALID,        /* a value is missing, of the wrong type or unknown */
} WpJsonError;

GQuark     wp_json_error_quark (void);

/* Reads the interchange JSON of design.md into WpDraftPlan's (transfer full). Every
 * error message names @display_name (usually the file's path) and where in the file
 * the problem is. "number" and "id" members are ignored, and so are unknown members. */
GPtrArray *wp_json_read_bytes  (GBytes      *bytes,
                                const char  *display_name,
                                GError     **error);
GPtrArray *wp_json_read_file   (GFile       *file,
                                GError     **error);

G_END_DECLS
