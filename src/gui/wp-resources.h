/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes the .ui templates and icons available; every widget with a template calls it
 * from its class_init, so that tests can build any widget on its own. */
void wp_resources_register (void);

G_END_DECLS
