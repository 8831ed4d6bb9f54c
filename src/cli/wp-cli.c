/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wp-backups.h"
#include "wp-catalog.h"
#include "wp-cli.h"
#include "wp-draft.h"
#include "wp-file-system.h"
#include "wp-import.h"
#include "wp-json-reader.h"
#include "wp-json-writer.h"
#include "wp-plan-snapshot.h"
#include "wp-report-export.h"
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
    N_("export [--db DB] (--plan ID | --year N) --format json|csv|pdf|png|svg "
       "[--kind plan|summary|dashboard] [--lang zh_CN|en] [--as-of YYYY-MM-DD] "
       "[--parts PARTS] [--output FILE|-]"),
    N_("Exports plans as Workplan JSON, a plan as a PDF or its task breakdown as CSV, the "
       "year-end summary as a PDF, or the dashboard as PNG, SVG or PDF."), run_export },
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

/* A value or a combination of options that cannot work: one line naming the @problem,
 * which it frees. */
static int
option_error (const Command *command,
              char          *problem)
{
  g_printerr ("workplan %s: %s\n", command->name, problem);
  g_free (problem);
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
  g_autofree char *default_path = db == NULL ? wp_store_default_path () : NULL;
  WpStore *store = wp_store_open (db != NULL ? db : default_path, error);
  g_autofree char *warning = store != NULL ? wp_store_dup_network_warning (store) : NULL;

  if (warning != NULL)
    g_printerr ("workplan: %s\n", warning);
  return store;
}

/* Data goes to stdout byte for byte (UTF-8), whatever the locale, so that it can be
 * piped into files and scripts. */
static gboolean
write_stdout_data (const void  *data,
                   gsize        length,
                   GError     **error)
{
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write to standard output"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_stdout (const char  *text,
              GError     **error)
{
  return write_stdout_data (text, strlen (text), error);
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

/* A backup that fails does not stop the import: the user reads why on stderr. */
static void
make_daily_backup (WpStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!wp_backups_make_daily (store, wp_backups_get_kept (), NULL, &error))
    g_printerr ("workplan: %s\n", error->message);
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
  make_daily_backup (store);

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
              const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_strcmp0 (output, "-") == 0)
    return write_stdout_data (data, length, error);

  if (!g_file_set_contents_full (output, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
                                 &local_error))
    {
      g_propagate_error (error, wp_file_system_write_error (output, local_error));
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
  if (json == NULL || !write_output (output, json, strlen (json), &error))
    return report_error (error);

  return EXIT_SUCCESS;
}

/* What `workplan export` was asked for. */
typedef struct
{
  char   *db;
  char   *format;
  char   *kind;
  char   *lang;
  char   *as_of;
  char   *parts;
  char   *output;
  gint64  plan_id;
  int     year;
} ExportArgs;

static void
export_args_clear (ExportArgs *args)
{
  g_clear_pointer (&args->db, g_free);
  g_clear_pointer (&args->format, g_free);
  g_clear_pointer (&args->kind, g_free);
  g_clear_pointer (&args->lang, g_free);
  g_clear_pointer (&args->as_of, g_free);
  g_clear_pointer (&args->parts, g_free);
  g_clear_pointer (&args->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportArgs, export_args_clear)

static const struct
{
  const char     *name;
  WpSummaryParts  part;
} summary_parts[] = {
  { "achievements", WP_SUMMARY_ACHIEVEMENTS },
  { "problems", WP_SUMMARY_PROBLEMS },
  { "next-year", WP_SUMMARY_NEXT_YEAR },
  { "results", WP_SUMMARY_RESULTS_TABLE },
  { "departments", WP_SUMMARY_DEPARTMENTS },
  { "charts", WP_SUMMARY_CHARTS },
};

/* The parts named in @text ("achievements,charts"); FALSE with the first name that is
 * not a part in @unknown. */
static gboolean
parse_parts (const char      *text,
             WpSummaryParts  *parts,
             char           **unknown)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);

  *parts = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      guint j;

      g_strstrip (names[i]);
      for (j = 0; j < G_N_ELEMENTS (summary_parts); j++)
        {
          if (g_str_equal (names[i], summary_parts[j].name))
            break;
        }
      if (j == G_N_ELEMENTS (summary_parts))
        {
          *unknown = g_strdup (names[i]);
          return FALSE;
        }
      *parts |= summary_parts[j].part;
    }

  return TRUE;
}

/* "zh_CN", "zh", "en", "en_GB.UTF-8": the languages reports are written in. */
static gboolean
is_report_language (const char *lang)
{
  if (!g_str_has_prefix (lang, "zh") && !g_str_has_prefix (lang, "en"))
    return FALSE;
  return lang[2] == '\0' || lang[2] == '_' || lang[2] == '.' || lang[2] == '@';
}

/* Checks the kind, format and language of a report export. */
static int
read_export_options (const Command   *command,
                     const ExportArgs *args,
                     WpExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *unknown = NULL;

  *options = (WpExportOptions) { WP_EXPORT_KIND_PLAN, WP_EXPORT_FORMAT_PDF, NULL, 0 };
  if (!wp_export_format_from_string (args->format, &options->format))
    return usage_error (command, _("unknown format “%s”"), args->format);
  if (args->kind != NULL && !wp_export_kind_from_string (args->kind, &options->kind))
    return option_error (command, g_strdup_printf (_("unknown kind “%s”; choose plan, summary "
                                                     "or dashboard"), args->kind));
  if (!wp_export_options_check (options, &error))
    return option_error (command, g_strdup (error->message));

  if (args->lang != NULL && !is_report_language (args->lang))
    return option_error (command, g_strdup_printf (_("unknown language “%s”; choose zh_CN or en"),
                                                   args->lang));
  options->language = wp_catalog_report_language (args->lang);

  if (args->parts != NULL && options->kind != WP_EXPORT_KIND_SUMMARY)
    return option_error (command, g_strdup (_("--parts applies to --kind summary only")));
  if (args->parts != NULL && !parse_parts (args->parts, &options->parts, &unknown))
    return option_error (command, g_strdup_printf (_("unknown part “%s”; choose from "
                                                     "achievements, problems, next-year, "
                                                     "results, departments, charts"), unknown));

  return CONTINUE;
}

static int
read_as_of (const Command *command,
            const char    *text,
            GDate         *as_of)
{
  g_date_clear (as_of, 1);
  if (text != NULL && !wp_date_parse (text, as_of))
    return option_error (command, g_strdup_printf (_("--as-of “%s” is not a date such as "
                                                     "2019-12-31"), text));

  return CONTINUE;
}

/* The one plan a report is about: --plan, or the only plan of --year. */
static gint64
choose_plan (WpStore  *store,
             gint64    plan_id,
             int       year,
             GError  **error)
{
  g_autoptr(GArray) plan_ids = select_plans (store, plan_id, year, error);

  if (plan_ids == NULL)
    return 0;
  if (plan_ids->len > 1)
    {
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND,
                   _("%s: there are %u plans for the year %d; choose one with --plan"),
                   wp_store_get_path (store), plan_ids->len, year);
      return 0;
    }

  return g_array_index (plan_ids, gint64, 0);
}

/* The thresholds the window uses, when its settings are installed. */
static WpLightThresholds
read_thresholds (void)
{
  WpLightThresholds thresholds = wp_light_thresholds_default ();
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "light-red-after"))
    return thresholds;

  settings = g_settings_new_full (schema, NULL, NULL);
  thresholds.yellow_after = g_settings_get_double (settings, "light-yellow-after");
  thresholds.red_after = g_settings_get_double (settings, "light-red-after");
  return thresholds;
}

/* The plan at @as_of, or at its default date when @as_of is not set. */
static WpPlanSnapshot *
read_snapshot (const ExportArgs  *args,
               const GDate       *as_of,
               GError           **error)
{
  g_autoptr(WpStore) store = NULL;
  g_autoptr(WpPlan) plan = NULL;
  g_autofree char *id_text = NULL;
  WpLightThresholds thresholds = read_thresholds ();
  GDate date = *as_of;
  gint64 plan_id;

  store = open_store (args->db, error);
  if (store == NULL)
    return NULL;
  plan_id = choose_plan (store, args->plan_id, args->year, error);
  if (plan_id == 0)
    return NULL;

  plan = wp_store_get_plan (store, plan_id);
  if (plan == NULL)
    {
      id_text = g_strdup_printf ("%" G_GINT64_FORMAT, plan_id);
      g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND,
                   _("%s: there is no plan with id %s"), wp_store_get_path (store), id_text);
      return NULL;
    }
  if (!g_date_valid (&date))
    wp_plan_snapshot_default_as_of (plan, &date);

  return wp_plan_snapshot_new (store, plan_id, &date, &thresholds, error);
}

/* The report is rendered in memory and written in one go, so the file is never half
 * written. */
static int
export_report (const ExportArgs      *args,
               const WpExportOptions *options,
               const GDate           *as_of)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  GMemoryOutputStream *memory;

  snapshot = read_snapshot (args, as_of, &error);
  if (snapshot == NULL)
    return report_error (error);

  stream = g_memory_output_stream_new_resizable ();
  memory = G_MEMORY_OUTPUT_STREAM (stream);
  if (!wp_report_export (snapshot, options, stream, NULL, NULL, NULL, &error) ||
      !g_output_stream_close (stream, NULL, &error) ||
      !write_output (args->output != NULL ? args->output : "-",
                     g_memory_output_stream_get_data (memory),
                     g_memory_output_stream_get_data_size (memory), &error))
    return report_error (error);

  return EXIT_SUCCESS;
}

static int
export_json (const Command    *command,
             const ExportArgs *args)
{
  if (args->kind != NULL && !g_str_equal (args->kind, "plan"))
    return option_error (command, g_strdup_printf (_("--format json writes plans; leave out "
                                                     "--kind %s"), args->kind));

  return export_plans (args->db, args->plan_id, args->year,
                       args->output != NULL ? args->output : "-");
}

static int
export_other (const Command    *command,
              const ExportArgs *args)
{
  WpExportOptions options;
  GDate as_of;
  int status;

  if ((status = read_export_options (command, args, &options)) != CONTINUE ||
      (status = read_as_of (command, args->as_of, &as_of)) != CONTINUE)
    return status;

  return export_report (args, &options, &as_of);
}

static int
run_export (const Command  *command,
            char          **argv)
{
  g_auto(ExportArgs) args = { 0, };
  GOptionEntry entries[] = {
    DB_OPTION (args.db),
    { "plan", 0, 0, G_OPTION_ARG_INT64, &args.plan_id, N_("Export the plan with the id ID"),
      N_("ID") },
    { "year", 0, 0, G_OPTION_ARG_INT, &args.year, N_("Export the plans of the year N"), N_("N") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &args.format,
      N_("Write FORMAT: json, csv, pdf, png or svg"), N_("FORMAT") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &args.kind,
      N_("Write the plan (pdf, csv), the year-end summary (pdf) or the dashboard (png, svg, "
         "pdf); the plan by default"), N_("KIND") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args.lang,
      N_("Write the report in LANG: zh_CN or en; the interface’s language by default"),
      N_("LANG") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &args.as_of,
      N_("Show the plan as it stood on DATE; today, or the plan’s last day once it is over, by "
         "default"), N_("DATE") },
    { "parts", 0, 0, G_OPTION_ARG_STRING, &args.parts,
      N_("The summary’s parts, separated by commas: achievements, problems, next-year, "
         "results, departments, charts; all by default"), N_("PARTS") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &args.output,
      N_("Write to FILE, or to standard output when FILE is - (the default)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if ((status = parse_options (command, entries, &argv)) != CONTINUE)
    return status;
  if (argv[1] != NULL)
    return usage_error (command, _("unexpected argument “%s”"), argv[1]);
  if ((args.plan_id != 0) == (args.year != 0))
    return usage_error (command, _("give either --plan or --year"));
  if (args.plan_id < 0 || args.year < 0)
    return usage_error (command, _("--plan and --year must be positive numbers"));
  if (args.format == NULL)
    return usage_error (command, _("--format is missing"));

  if (g_str_equal (args.format, "json"))
    return export_json (command, &args);
  return export_other (command, &args);
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
