/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>

#include "wp-cli.h"
#include "wp-draft.h"
#include "wp-import.h"
#include "wp-json-reader.h"
#include "wp-json-writer.h"
#include "wp-store.h"

#define EXIT_USAGE 2
/* parse_options() returns this when the command should go on. */
#define CONTINUE (-1)

typedef struct _Command Command;

struct _Command
{
  const char *name;
  const char *parameters;  /* after the options in --help, e.g. "FILE" */
  const char *synopsis;    /* the usage line after "workplan " */
  const char *summary;
  int       (*run) (const Command  *command,
                    char          **args);
};

static int run_list   (const Command *command, char **args);
static int run_import (const Command *command, char **args);
static int run_export (const Command *command, char **args);

static const Command commands[] = {
  { "list", NULL, N_("list [--db DB]"),
    N_("Lists the plans of a workbook: id, year, title, sections, tasks."), run_list },
  { "import", N_("FILE"), N_("import FILE [--db DB] [--year N] [--title T]"),
    N_("Imports the plan of a text, Markdown, PDF, Word (.docx) or Workplan JSON file and "
       "prints the new plan’s id."), run_import },
  { "export", NULL,
    N_("export [--db DB] (--plan ID | --year N) --format json [--output FILE|-]"),
    N_("Exports plans as Workplan JSON."), run_export },
};

#define DB_OPTION(variable) \
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &(variable), N_("Use the workbook DB"), N_("DB") }

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].name, name) == 0)
        return &commands[i];
    }

  return NULL;
}

static gboolean
is_help (const char *arg)
{
  return g_strcmp0 (arg, "help") == 0 || g_strcmp0 (arg, "--help") == 0 ||
         g_strcmp0 (arg, "-h") == 0;
}

gboolean
wp_cli_is_command (const char *arg)
{
  return find_command (arg) != NULL || is_help (arg);
}

static int usage_error (const Command *command,
                        const char    *format,
                        ...) G_GNUC_PRINTF (2, 3);

static int
usage_error (const Command *command,
             const char    *format,
             ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("workplan %s: %s\n", command->name, problem);
  g_printerr (_("Usage: workplan %s\n"), _(command->synopsis));
  return EXIT_USAGE;
}

static int
report_error (const GError *error)
{
  g_printerr ("workplan: %s\n", error->message);
  return EXIT_FAILURE;
}

/* Parses the options of @command in @args (args[0] is the command's name), leaving the
 * other arguments in @args. Returns CONTINUE, or the exit status after --help or a
 * usage error. */
static int
parse_options (const Command  *command,
               GOptionEntry   *entries,
               char         ***args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean help = FALSE;
  GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show the options"), NULL },
    G_OPTION_ENTRY_NULL
  };

  /* Help is handled here, not by GOption, which would call exit(). */
  context = g_option_context_new (command->parameters != NULL ? _(command->parameters) : NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, help_entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse_strv (context, args, &error))
    return usage_error (command, "%s", error->message);

  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);
      g_print ("%s", text);
      return EXIT_SUCCESS;
    }

  return CONTINUE;
}

static WpStore *
open_store (const char  *db,
            GError     **error)
{
  g_autofree char *default_path = NULL;

  if (db != NULL)
    return wp_store_open (db, error);

  default_path = wp_store_default_path ();
  return wp_store_open (default_path, error);
}

/* Data goes to stdout byte for byte (UTF-8), whatever the locale, so that it can be
 * piped into files and scripts. */
static gboolean
write_stdout (const char  *text,
              GError     **error)
{
  if (fputs (text, stdout) < 0 || fflush (stdout) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write to standard output"));
      return FALSE;
    }

  return TRUE;
}

/* A title is one field of a tab-separated line. */
static char *
flatten (const char *text)
{
  char *flat = g_strdup (text != NULL ? text : "");

  return g_strdelimit (flat, "\t\r\n", ' ');
}

static char *
format_plan_line (WpStore *store,
                  WpPlan  *plan)
{
  gint64 id = wp_plan_get_id (plan);
  g_autofree char *title = flatten (wp_plan_get_title (plan));

  return g_strdup_printf ("%" G_GINT64_FORMAT "\t%u\t%s\t%u\t%u\n", id, wp_plan_get_year (plan),
                          title, wp_store_count_nodes (store, id, WP_NODE_SECTION),
                          wp_store_count_nodes (store, id, WP_NODE_TASK));
}

static int
run_list (const Command  *command,
          char          **args)
{
  g_autofree char *db = NULL;
  GOptionEntry entries[] = { DB_OPTION (db), G_OPTION_ENTRY_NULL };
  g_autoptr(WpStore) store = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = parse_options (command, entries, &args)) != CONTINUE)
    return status;
  if (args[1] != NULL)
    return usage_error (command, _("unexpected argument “%s”"), args[1]);

  store = open_store (db, &error);
  if (store == NULL)
    return report_error (error);

  /* Translators: the header of `workplan list`; keep the tabs between the columns */
  text = g_string_new (_("ID\tYear\tTitle\tSections\tTasks"));
  g_string_append_c (text, '\n');
  plans = wp_store_list_plans (store);
  for (guint i = 0; i < plans->len; i++)
    {
      g_autofree char *line = format_plan_line (store, g_ptr_array_index (plans, i));
      g_string_append (text, line);
    }

  return write_stdout (text->str, &error) ? EXIT_SUCCESS : report_error (error);
}

/* Applies --year and --title, which make sense for one plan only. */
static gboolean
override_plan (GPtrArray   *drafts,
               const char  *file,
               int          year,
               const char  *title,
               GError     **error)
{
  WpPlan *plan;

  if (year == 0 && title == NULL)
    return TRUE;
  if (drafts->len != 1)
    {
      g_set_error (error, WP_JSON_ERROR, WP_JSON_ERROR_INVALID,
                   _("%s: the file holds %u plans, but --year and --title apply to one plan"),
                   file, drafts->len);
      return FALSE;
    }

  plan = ((WpDraftPlan *) g_ptr_array_index (drafts, 0))->plan;
  if (year != 0 && (guint) year != wp_plan_get_year (plan))
    {
      /* The period belongs to the old year; unset, it follows the new one. */
      wp_plan_set_year (plan, (guint) year);
      wp_plan_set_period_start (plan, NULL);
      wp_plan_set_period_end (plan, NULL);
    }
  if (title != NULL)
    wp_plan_set_title (plan, title);

  return TRUE;
}

/* A document that names no year would otherwise become a plan for no year at all. */
static gboolean
check_years (GPtrArray   *drafts,
             const char  *file,
             GError     **error)
{
  for (guint i = 0; i < drafts->len; i++)
    {
      WpDraftPlan *draft = g_ptr_array_index (drafts, i);

      if (wp_plan_get_year (draft->plan) == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("%s: no year found in the file; give one with --year"), file);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
print_plan_ids (GArray  *plan_ids,
                GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < plan_ids->len; i++)
    g_string_append_printf (text, "%" G_GINT64_FORMAT "\n", g_array_index (plan_ids, gint64, i));

  return write_stdout (text->str, error);
}

static int
import_file (const char *path,
             const char *db,
             int         year,
             const char *title)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *display_name = g_file_get_parse_name (file);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(WpStore) store = NULL;
  g_autoptr(GArray) plan_ids = NULL;
  g_autoptr(GError) error = NULL;

  drafts = wp_import_file (file, NULL, NULL, NULL, &error);
  if (drafts == NULL || !override_plan (drafts, display_name, year, title, &error) ||
      !check_years (drafts, display_name, &error))
    return report_error (error);

  store = open_store (db, &error);
  if (store == NULL)
    return report_error (error);

  plan_ids = wp_store_import_drafts (store, drafts, &error);
  if (plan_ids == NULL || !print_plan_ids (plan_ids, &error))
    return report_error (error);

  return EXIT_SUCCESS;
}

static int
run_import (const Command  *command,
            char          **args)
{
  g_autofree char *db = NULL;
  g_autofree char *title = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    DB_OPTION (db),
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Give the plan the year N"), N_("N") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Give the plan the title T"), N_("T") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if ((status = parse_options (command, entries, &args)) != CONTINUE)
    return status;
  if (args[1] == NULL)
    return usage_error (command, _("name the file to import"));
  if (args[2] != NULL)
    return usage_error (command, _("unexpected argument “%s”"), args[2]);
  if (year != 0 && (year < 1 || year > 9999))
    return usage_error (command, _("--year must be a year such as 2019"));

  return import_file (args[1], db, year, title);
}

/* The ids of the plans of @year; --plan needs no lookup, as the writer reports a
 * missing plan. */
static GArray *
select_plans (WpStore  *store,
              gint64    plan_id,
              int       year,
              GError  **error)
{
  g_autoptr(GArray) plan_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) plans = NULL;

  if (plan_id != 0)
    {
      g_array_append_val (plan_ids, plan_id);
      return g_steal_pointer (&plan_ids);
    }

  plans = wp_store_list_plans (store);
  for (guint i = 0; i < plans->len; i++)
    {
      WpPlan *plan = g_ptr_array_index (plans, i);
      gint64 id = wp_plan_get_id (plan);

      if (wp_plan_get_year (plan) == (guint) year)
        g_array_append_val (plan_ids, id);
    }

  if (plan_ids->len == 0)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND,
                   _("%s: there is no plan for the year %d"), wp_store_get_path (store), year);
      return NULL;
    }

  return g_steal_pointer (&plan_ids);
}

/* A file is written under a temporary name and renamed, so it is whole or untouched. */
static gboolean
write_output (const char  *output,
              const char  *text,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_strcmp0 (output, "-") == 0)
    return write_stdout (text, error);

  if (!g_file_set_contents_full (output, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write %s: %s"), output, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static int
export_plans (const char *db,
              gint64      plan_id,
              int         year,
              const char *output)
{
  g_autoptr(WpStore) store = NULL;
  g_autoptr(GArray) plan_ids = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  store = open_store (db, &error);
  if (store == NULL)
    return report_error (error);

  plan_ids = select_plans (store, plan_id, year, &error);
  if (plan_ids == NULL)
    return report_error (error);

  json = wp_json_write_plans (store, (const gint64 *) plan_ids->data, plan_ids->len, &error);
  if (json == NULL || !write_output (output, json, &error))
    return report_error (error);

  return EXIT_SUCCESS;
}

/* Checks --format; returns CONTINUE when it is json. */
static int
check_format (const Command *command,
              const char    *format)
{
  if (format == NULL)
    return usage_error (command, _("--format is missing"));
  if (g_str_equal (format, "json"))
    return CONTINUE;
  if (g_str_equal (format, "csv") || g_str_equal (format, "pdf"))
    {
      g_printerr (_("workplan: exporting as %s is not supported yet; use --format json\n"), format);
      return EXIT_FAILURE;
    }

  return usage_error (command, _("unknown format “%s”"), format);
}

static int
run_export (const Command  *command,
            char          **args)
{
  g_autofree char *db = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gint64 plan_id = 0;
  int year = 0;
  GOptionEntry entries[] = {
    DB_OPTION (db),
    { "plan", 0, 0, G_OPTION_ARG_INT64, &plan_id, N_("Export the plan with the id ID"), N_("ID") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Export the plans of the year N"), N_("N") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Write FORMAT (json)"), N_("FORMAT") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE, or to standard output when FILE is - (the default)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if ((status = parse_options (command, entries, &args)) != CONTINUE)
    return status;
  if (args[1] != NULL)
    return usage_error (command, _("unexpected argument “%s”"), args[1]);
  if ((plan_id != 0) == (year != 0))
    return usage_error (command, _("give either --plan or --year"));
  if (plan_id < 0 || year < 0)
    return usage_error (command, _("--plan and --year must be positive numbers"));
  if ((status = check_format (command, format)) != CONTINUE)
    return status;

  return export_plans (db, plan_id, year, output != NULL ? output : "-");
}

static int
print_help (void)
{
  g_autoptr(GString) text = g_string_new (_("Usage:\n"));

  g_string_append_printf (text, "  workplan [--db FILE]\n      %s\n", _("Opens the window."));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  workplan %s\n      %s\n",
                            _(commands[i].synopsis), _(commands[i].summary));
  g_string_append_printf (text, "\n%s\n",
                          _("Run “workplan COMMAND --help” for the options of a command."));

  g_print ("%s", text->str);
  return EXIT_SUCCESS;
}

int
wp_cli_run (int    argc,
            char **argv)
{
  const Command *command;
  g_auto(GStrv) args = NULL;
  g_autofree char *prgname = NULL;

  g_return_val_if_fail (argc > 1, EXIT_USAGE);

  if (is_help (argv[1]))
    return print_help ();

  command = find_command (argv[1]);
  g_return_val_if_fail (command != NULL, EXIT_USAGE);

  /* GOption names the program in its messages; the program is now this command. */
  prgname = g_strdup_printf ("workplan %s", command->name);
  g_set_prgname (prgname);

  /* A copy, because parsing removes the options from it. */
  args = g_strdupv (argv + 1);
  return command->run (command, args);
}
