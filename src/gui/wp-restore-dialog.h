/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "wp-store.h"

G_BEGIN_DECLS

#define WP_TYPE_RESTORE_DIALOG (wp_restore_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WpRestoreDialog, wp_restore_dialog, WP, RESTORE_DIALOG, AdwWindow)

/* A modal window on the backups of @store's workbook, newest first: when each was made,
 * why, its size and the plans in it. "Restore…" on one asks first, then replaces the
 * workbook's contents with it (after backing up the current state), emits "restored"
 * (a message for the user) and closes. */
WpRestoreDialog *wp_restore_dialog_new     (GtkWindow *parent,
                                            WpStore   *store);
/* Creates the dialog and presents it; returns it (transfer none: it closes itself). */
WpRestoreDialog *wp_restore_dialog_present (GtkWindow *parent,
                                            WpStore   *store);

G_END_DECLS
