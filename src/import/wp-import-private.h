/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-import.h"

G_BEGIN_DECLS

/* What the readers of wp-import.c share. Each reader takes the whole file as bytes and
 * the name to show in messages, and fails with a WP_IMPORT_ERROR naming that file. */

/* Whether @text has nothing but white space, ideographic spaces included. */
gboolean wp_import_is_blank (const char *text);

G_END_DECLS
