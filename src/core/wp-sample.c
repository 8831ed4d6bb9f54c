/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-sample"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-catalog.h"
#include "wp-json-reader.h"
#include "wp-sample.h"

#define SAMPLE_RESOURCE_FORMAT "/io/github/workplan/Workplan/sample/sample-%s.json"

/* The sample is read through the same JSON reader as a user's file, so that it can
 * never hold anything an export could not. */
static GPtrArray *
read_sample (const char  *language,
             GError     **error)
{
  g_autofree char *path = g_strdup_printf (SAMPLE_RESOURCE_FORMAT, language);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND,
                   _("The sample plan is missing from this installation: %s"),
                   local_error->message);
      return NULL;
    }

  return wp_json_read_bytes (bytes, path, error);
}

gint64
wp_sample_import (WpStore     *store,
                  const char  *language,
                  GError     **error)
{
  g_autoptr (GPtrArray) drafts = NULL;

  g_return_val_if_fail (WP_IS_STORE (store), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  drafts = read_sample (wp_catalog_report_language (language), error);
  if (drafts == NULL)
    return 0;

  /* A broken build could ship an empty file; say so rather than import nothing. */
  if (drafts->len != 1)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
                   _("The sample plan of this installation is damaged: it does not hold "
                     "exactly one plan."));
      return 0;
    }

  return wp_store_import_draft (store, g_ptr_array_index (drafts, 0), error);
}
