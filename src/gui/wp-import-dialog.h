/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-outline.h"
#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_IMPORT_DIALOG (wp_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WpImportDialog, wp_import_dialog, WP, IMPORT_DIALOG, AdwWindow)

/* A modal window that reads @file off the main thread, shows the parsed outline and its
 * counts, lets the user change the kind and level of lines and the plan's fields, and
 * writes the plan into @store in one transaction. "imported" (gint64 plan_id) gives the
 * id of the (first) new plan just before the dialog closes. */
WpImportDialog *wp_import_dialog_new         (GtkWindow      *parent,
                                              WpStore        *store,
                                              GFile          *file);
/* TRUE while the file is being read. */
gboolean        wp_import_dialog_is_loading  (WpImportDialog *self);
/* The outline shown in the preview, or NULL before the file is read, after an error
 * and for Workplan JSON files, which have no preview. */
WpOutline      *wp_import_dialog_get_outline (WpImportDialog *self);

G_END_DECLS
