/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-main"

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "wp-application.h"
#include "wp-catalog.h"
#include "wp-cli.h"

static void
setup_gettext (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, wp_catalog_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* Plans are written in Simplified Chinese whatever the interface language. Pango picks
 * the font for Han text by the first preferred language that writes Han; with none (an
 * English desktop) fontconfig ranks CJK fonts blindly and often takes a 楷体. */
static void
prefer_simplified_chinese_fonts (void)
{
  const char *preferred = g_getenv ("PANGO_LANGUAGE");
  g_autofree char *languages = NULL;

  if (preferred != NULL && *preferred != '\0')
    return;
  languages = g_strjoin (":", g_get_language_names ()[0], "zh-cn", NULL);
  g_setenv ("PANGO_LANGUAGE", languages, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WpApplication) app = NULL;

  setup_gettext ();

  if (argc > 1 && wp_cli_is_command (argv[1]))
    return wp_cli_run (argc, argv);

  prefer_simplified_chinese_fonts ();
  app = wp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
