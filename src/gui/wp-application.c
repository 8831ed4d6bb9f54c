/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wp-application.h"
#include "wp-backups.h"
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

/* The workbook this instance shows: --db FILE, else the default one. */
static char *
get_workbook_path (WpApplication *self)
{
  return self->db_path != NULL ? g_strdup (self->db_path) : wp_store_default_path ();
}

static WpStore *
open_workbook (WpApplication  *self,
               GError        **error)
{
  g_autofree char *path = get_workbook_path (self);

  if (self->db_path == NULL && !ensure_parent_directory (path, error))
    return NULL;

  return wp_store_open (path, error);
}

/* The newest backup of @path that can be restored, or NULL. */
static WpBackup *
find_usable_backup (const char *path)
{
  g_autoptr(GPtrArray) backups = wp_backups_list (path);

  for (guint i = 0; i < backups->len; i++)
    {
      if (wp_backups_check (((WpBackup *) g_ptr_array_index (backups, i))->path, NULL, NULL))
        return g_ptr_array_steal_index (backups, i);
    }
  return NULL;
}

static void show_open_error (WpApplication *self,
                             const GError  *error);

/* A failed backup does not keep the user from working; the window says why. */
static WpWindow *
present_window (WpApplication *self)
{
  WpWindow *window = wp_window_new (GTK_APPLICATION (self), self->store);
  g_autoptr(GError) error = NULL;

  if (!wp_backups_make_daily (self->store, wp_backups_get_kept (), NULL, &error))
    wp_window_show_toast (window, error->message);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The damaged file is kept beside the restored one, never deleted. */
static void
restore_latest_backup (WpApplication *self,
                       WpBackup      *backup)
{
  g_autofree char *path = get_workbook_path (self);
  g_autofree char *aside = NULL;
  g_autofree char *time = wp_backup_format_time (backup);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (wp_backups_restore_file (path, backup->path, &aside, &error))
    self->store = wp_store_open (path, &error);
  if (self->store == NULL)
    {
      show_open_error (self, error);
      return;
    }
  /* A dialog rather than a toast: the user needs the whole of it, where the file went. */
  message = g_strdup_printf (_("“%s” could not be read and was restored from the backup of %s. "
                               "The damaged file was kept as “%s”."),
                             path, time, aside != NULL ? aside : path);
  dialog = adw_message_dialog_new (GTK_WINDOW (present_window (self)),
                                   _("Workbook Restored"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_open_error_response (WpApplication    *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "restore") == 0)
    restore_latest_backup (self, g_object_get_data (G_OBJECT (dialog), "backup"));
}

/* The file is left as it is; the user reads why and closes the dialog, which ends the
 * application since it is its only window. A damaged workbook that has a backup can be
 * restored from it instead. */
static void
show_open_error (WpApplication *self,
                 const GError  *error)
{
  g_autofree char *path = get_workbook_path (self);
  WpBackup *backup = NULL;
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Workbook"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (g_error_matches (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_DATABASE))
    backup = find_usable_backup (path);
  if (backup != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "restore",
                                       _("_Restore Latest Backup"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                                  ADW_RESPONSE_SUGGESTED);
      g_object_set_data_full (G_OBJECT (dialog), "backup", backup,
                              (GDestroyNotify) wp_backup_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_error_response), self,
                               G_CONNECT_SWAPPED);
    }
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

  present_window (self);
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
