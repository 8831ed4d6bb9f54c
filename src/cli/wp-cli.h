/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @arg (argv[1]) names a headless command ("list", "import", "export",
 * "help", "--help"), which main() hands to wp_cli_run() instead of opening the window. */
gboolean wp_cli_is_command (const char *arg);

/* Runs "workplan COMMAND …" as described in design.md. argv[1] is the command. Returns
 * the exit status: 0 on success, 1 on failure (one line on stderr naming the file and
 * the reason), 2 on a usage error (the problem and a usage line on stderr) or on option
 * values that cannot work together, such as a dashboard as CSV (one line naming them);
 * nothing is opened or written then. */
int      wp_cli_run        (int         argc,
                            char      **argv);

G_END_DECLS
