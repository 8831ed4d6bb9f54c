/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-resources"

#include "config.h"

#include "workplan-resources.h"
#include "wp-resources.h"

void
wp_resources_register (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      wp_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
