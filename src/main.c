/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-main"

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "wp-application.h"
#include "wp-cli.h"

/* WORKPLAN_LOCALEDIR names another translations folder than the installed one: the
 * build tree's po/ when the program runs uninstalled (build-aux/run sets it). */
static void
setup_gettext (void)
{
  const char *localedir = g_getenv ("WORKPLAN_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WpApplication) app = NULL;

  setup_gettext ();

  if (argc > 1 && wp_cli_is_command (argv[1]))
    return wp_cli_run (argc, argv);

  app = wp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
