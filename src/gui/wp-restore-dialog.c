/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-restore-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-backups.h"
#include "wp-resources.h"
#include "wp-restore-dialog.h"
#include "wp-toast.h"

struct _WpRestoreDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *folder_label;
  GtkListBox      *list_box;

  WpStore         *store;
};

G_DEFINE_FINAL_TYPE (WpRestoreDialog, wp_restore_dialog, ADW_TYPE_WINDOW)

enum
{
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
describe_kind (WpBackupKind kind)
{
  switch (kind)
    {
    case WP_BACKUP_DAILY:
      return _("Daily backup");
    case WP_BACKUP_BEFORE_MIGRATION:
      return _("Before an update of Workplan");
    case WP_BACKUP_BEFORE_RESTORE:
      return _("Before a restore");
    default:
      g_assert_not_reached ();
    }
}

/* What the backup holds, a line per plan; or why it cannot be restored. */
static char *
describe_contents (WpBackup *backup,
                   gboolean *usable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = wp_backups_read_plans (backup->path, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  *usable = plans != NULL;
  if (plans == NULL)
    return g_strdup (error->message);
  if (plans->len == 0)
    return g_strdup (_("No plans"));

  for (guint i = 0; i < plans->len; i++)
    {
      WpBackupPlan *plan = g_ptr_array_index (plans, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "%u %s: %u task", "%u %s: %u tasks",
                                           plan->n_tasks),
                              plan->year, plan->title, plan->n_tasks);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void on_restore_clicked (WpRestoreDialog *self,
                                GtkButton       *button);

static GtkWidget *
create_row (WpRestoreDialog *self,
            WpBackup        *backup)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));
  g_autofree char *title = wp_backup_format_time (backup);
  g_autofree char *size = g_format_size (backup->size);
  g_autofree char *contents = NULL;
  g_autofree char *subtitle = NULL;
  gboolean usable;

  contents = describe_contents (backup, &usable);
  subtitle = g_strdup_printf ("%s · %s\n%s", describe_kind (backup->kind), size, contents);
  /* Plan titles are the user's text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, usable);
  g_object_set_data_full (G_OBJECT (button), "backup-path", g_strdup (backup->path), g_free);
  g_object_set_data_full (G_OBJECT (button), "backup-time", g_steal_pointer (&title), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_restore_clicked), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
reload (WpRestoreDialog *self)
{
  const char *db_path = wp_store_get_path (self->store);
  g_autoptr(GPtrArray) backups = wp_backups_list (db_path);
  g_autofree char *folder = wp_backups_get_folder (db_path);
  g_autofree char *name = g_path_get_basename (db_path);
  g_autofree char *note = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->list_box, create_row (self, g_ptr_array_index (backups, i)));

  note = g_strdup_printf (_("The backups of “%s” are kept in the folder “%s”, the newest first."),
                          name, folder);
  gtk_label_set_text (self->folder_label, note);
  gtk_stack_set_visible_child_name (self->stack, backups->len > 0 ? "list" : "empty");
}

static gboolean
close_when_idle (gpointer self)
{
  gtk_window_destroy (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
restore (WpRestoreDialog *self,
         const char      *path,
         const char      *time)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!wp_backups_restore (self->store, path, &error))
    {
      /* A failed attempt may still have added the backup of the current state. */
      reload (self);
      adw_toast_overlay_add_toast (self->toast_overlay, wp_toast_new_literal (error->message));
      return;
    }
  message = g_strdup_printf (_("The workbook was restored from the backup of %s. What it held "
                               "before was backed up first."), time);
  g_signal_emit (self, signals[RESTORED], 0, message);
  /* Not while the confirmation, our transient, is still emitting its response. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_when_idle, g_object_ref (self), g_object_unref);
}

static void
on_confirm_response (WpRestoreDialog  *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "restore") == 0)
    restore (self, g_object_get_data (G_OBJECT (dialog), "backup-path"),
             g_object_get_data (G_OBJECT (dialog), "backup-time"));
}

static void
on_restore_clicked (WpRestoreDialog *self,
                    GtkButton       *button)
{
  const char *time = g_object_get_data (G_OBJECT (button), "backup-time");
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The workbook is replaced by the backup of %s; its current "
                                    "contents are backed up first."), time);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path",
                          g_strdup (g_object_get_data (G_OBJECT (button), "backup-path")), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "backup-time", g_strdup (time), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
wp_restore_dialog_dispose (GObject *object)
{
  WpRestoreDialog *self = WP_RESTORE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_RESTORE_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_restore_dialog_parent_class)->dispose (object);
}

static void
wp_restore_dialog_class_init (WpRestoreDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_restore_dialog_dispose;

  /* A message for the user, saying which backup was restored. */
  signals[RESTORED] =
    g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-restore-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpRestoreDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WpRestoreDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, WpRestoreDialog, folder_label);
  gtk_widget_class_bind_template_child (widget_class, WpRestoreDialog, list_box);
}

static void
wp_restore_dialog_init (WpRestoreDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

WpRestoreDialog *
wp_restore_dialog_new (GtkWindow *parent,
                       WpStore   *store)
{
  WpRestoreDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WP_IS_STORE (store), NULL);

  self = g_object_new (WP_TYPE_RESTORE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  reload (self);
  return self;
}

WpRestoreDialog *
wp_restore_dialog_present (GtkWindow *parent,
                           WpStore   *store)
{
  WpRestoreDialog *self = wp_restore_dialog_new (parent, store);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
