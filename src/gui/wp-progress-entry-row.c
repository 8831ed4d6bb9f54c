/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-progress-entry-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-date-row.h"
#include "wp-progress-entry-row.h"
#include "wp-resources.h"

struct _WpProgressEntryRow
{
  AdwActionRow     parent_instance;

  GtkLabel        *progress_label;

  WpProgressEntry *entry;
};

G_DEFINE_FINAL_TYPE (WpProgressEntryRow, wp_progress_entry_row, ADW_TYPE_ACTION_ROW)

enum
{
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_remove_button_clicked (WpProgressEntryRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

WpProgressEntry *
wp_progress_entry_row_get_entry (WpProgressEntryRow *self)
{
  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY_ROW (self), NULL);

  return self->entry;
}

void
wp_progress_entry_row_set_entry (WpProgressEntryRow *self,
                                 WpProgressEntry    *entry)
{
  g_autofree char *date = NULL;
  g_autofree char *progress = NULL;

  g_return_if_fail (WP_IS_PROGRESS_ENTRY_ROW (self));
  g_return_if_fail (WP_IS_PROGRESS_ENTRY (entry));

  g_set_object (&self->entry, entry);
  date = wp_date_format (wp_progress_entry_get_date (entry));
  /* TRANSLATORS: a task's progress in percent, e.g. "40%". */
  progress = g_strdup_printf (_("%.0f%%"), wp_progress_entry_get_progress (entry));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 date != NULL ? date : wp_progress_entry_get_date (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), wp_progress_entry_get_note (entry));
  gtk_label_set_label (self->progress_label, progress);
}

static void
wp_progress_entry_row_dispose (GObject *object)
{
  WpProgressEntryRow *self = WP_PROGRESS_ENTRY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_PROGRESS_ENTRY_ROW);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (wp_progress_entry_row_parent_class)->dispose (object);
}

static void
wp_progress_entry_row_class_init (WpProgressEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_progress_entry_row_dispose;

  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/"
                                               "wp-progress-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpProgressEntryRow, progress_label);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_button_clicked);
}

static void
wp_progress_entry_row_init (WpProgressEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
wp_progress_entry_row_new (void)
{
  return g_object_new (WP_TYPE_PROGRESS_ENTRY_ROW, NULL);
}
