/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wp-application.h"
#include "wp-resources.h"
#include "wp-store.h"
#include "wp-window.h"

struct _WpApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
  WpStore        *store;
};

G_DEFINE_FINAL_TYPE (WpApplication, wp_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the workbook FILE instead of the default one"), N_("FILE") },
  { NULL }
};

static gboolean
ensure_parent_directory (const char  *path,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int saved_errno;

  if (g_mkdir_with_parents (dir, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
  return FALSE;
}

static WpStore *
open_workbook (WpApplication  *self,
               GError        **error)
{
  g_autofree char *default_path = NULL;

  if (self->db_path != NULL)
    return wp_store_open (self->db_path, error);

  default_path = wp_store_default_path ();
  if (!ensure_parent_directory (default_path, error))
    return NULL;

  return wp_store_open (default_path, error);
}

/* The file is left as it is; the user reads why and closes the dialog, which ends the
 * application since it is its only window. */
static void
show_open_error (WpApplication *self,
                 const GError  *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Workbook"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_quit_activate (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
on_about_activate (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", gtk_application_get_active_window (app),
                "application-name", _("Workplan"),
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Workplan developers"),
                "comments", _("Draft the annual work plan, assign its tasks to departments, "
                              "follow their progress and print the year-end summary."),
                "license-type", GTK_LICENSE_GPL_3_0,
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activate },
  { "about", on_about_activate },
};

static int
wp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  WpApplication *self = WP_APPLICATION (app);
  const char *db_path = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db_path))
    {
      self->db_path = g_canonicalize_filename (db_path, NULL);
      /* A running instance shows the default workbook: another one gets its own process
       * rather than being handed to that instance and ignored. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
wp_application_startup (GApplication *app)
{
  /* Before GtkApplication looks for gtk/help-overlay.ui, the shortcuts window. */
  wp_resources_register ();
  G_APPLICATION_CLASS (wp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.import",
                                         (const char *[]) { "<Control>i", NULL });
}

static void
wp_application_activate (GApplication *app)
{
  WpApplication *self = WP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL)
    self->store = open_workbook (self, &error);
  if (self->store == NULL)
    {
      show_open_error (self, error);
      return;
    }

  gtk_window_present (GTK_WINDOW (wp_window_new (GTK_APPLICATION (app), self->store)));
}

static void
wp_application_dispose (GObject *object)
{
  WpApplication *self = WP_APPLICATION (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_application_parent_class)->dispose (object);
}

static void
wp_application_finalize (GObject *object)
{
  WpApplication *self = WP_APPLICATION (object);

  g_free (self->db_path);

  G_OBJECT_CLASS (wp_application_parent_class)->finalize (object);
}

static void
wp_application_class_init (WpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = wp_application_dispose;
  object_class->finalize = wp_application_finalize;
  app_class->handle_local_options = wp_application_handle_local_options;
  app_class->startup = wp_application_startup;
  app_class->activate = wp_application_activate;
}

static void
wp_application_init (WpApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

WpApplication *
wp_application_new (void)
{
  return g_object_new (WP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}
