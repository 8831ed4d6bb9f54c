/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-edit-tracker"

#include "config.h"

#include "wp-edit-tracker.h"

/* Long enough not to store every keystroke, short enough that an edit is stored before
 * the user does anything else. */
#define PAUSE_MS 800

struct _WpEditTracker
{
  GObject parent_instance;

  guint   dirty;
  guint   pause_source;
  guint   hold_count;
};

G_DEFINE_FINAL_TYPE (WpEditTracker, wp_edit_tracker, G_TYPE_OBJECT)

enum
{
  CHANGED,
  COMMIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GQuark field_quark;

static void
emit_commit (WpEditTracker *self)
{
  g_clear_handle_id (&self->pause_source, g_source_remove);
  if (self->dirty != 0)
    g_signal_emit (self, signals[COMMIT], 0);
}

static gboolean
on_pause_timeout (gpointer user_data)
{
  WpEditTracker *self = user_data;

  self->pause_source = 0;
  emit_commit (self);
  return G_SOURCE_REMOVE;
}

static void
note_change (WpEditTracker *self,
             GObject       *watched)
{
  guint field = GPOINTER_TO_UINT (g_object_get_qdata (watched, field_quark));

  if (self->hold_count > 0)
    return;
  self->dirty |= 1u << field;
  g_clear_handle_id (&self->pause_source, g_source_remove);
  self->pause_source = g_timeout_add (PAUSE_MS, on_pause_timeout, self);
  g_signal_emit (self, signals[CHANGED], 0, field);
}

static void
on_editable_changed (GtkEditable   *editable,
                     WpEditTracker *self)
{
  note_change (self, G_OBJECT (editable));
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   WpEditTracker *self)
{
  note_change (self, G_OBJECT (buffer));
}

static void
watch_focus_leave (WpEditTracker *self,
                   GtkWidget     *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (emit_commit), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, focus);
}

void
wp_edit_tracker_add_entry_row (WpEditTracker *self,
                               AdwEntryRow   *row,
                               guint          field)
{
  g_return_if_fail (WP_IS_EDIT_TRACKER (self));
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));
  g_return_if_fail (field < 32);

  g_object_set_qdata (G_OBJECT (row), field_quark, GUINT_TO_POINTER (field));
  g_signal_connect_object (row, "changed", G_CALLBACK (on_editable_changed), self, 0);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (emit_commit), self,
                           G_CONNECT_SWAPPED);
  watch_focus_leave (self, GTK_WIDGET (row));
}

void
wp_edit_tracker_add_text_view (WpEditTracker *self,
                               GtkTextView   *view,
                               guint          field)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (WP_IS_EDIT_TRACKER (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (field < 32);

  buffer = gtk_text_view_get_buffer (view);
  g_object_set_qdata (G_OBJECT (buffer), field_quark, GUINT_TO_POINTER (field));
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed), self, 0);
  watch_focus_leave (self, GTK_WIDGET (view));
}

gboolean
wp_edit_tracker_is_dirty (WpEditTracker *self,
                          guint          field)
{
  g_return_val_if_fail (WP_IS_EDIT_TRACKER (self), FALSE);

  return (self->dirty & (1u << field)) != 0;
}

guint
wp_edit_tracker_take_dirty (WpEditTracker *self)
{
  guint dirty;

  g_return_val_if_fail (WP_IS_EDIT_TRACKER (self), 0);

  dirty = self->dirty;
  self->dirty = 0;
  g_clear_handle_id (&self->pause_source, g_source_remove);
  return dirty;
}

void
wp_edit_tracker_hold (WpEditTracker *self)
{
  g_return_if_fail (WP_IS_EDIT_TRACKER (self));

  self->hold_count++;
}

void
wp_edit_tracker_release (WpEditTracker *self)
{
  g_return_if_fail (WP_IS_EDIT_TRACKER (self));
  g_return_if_fail (self->hold_count > 0);

  self->hold_count--;
}

char *
wp_text_buffer_get_all (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
wp_edit_tracker_dispose (GObject *object)
{
  WpEditTracker *self = WP_EDIT_TRACKER (object);

  g_clear_handle_id (&self->pause_source, g_source_remove);

  G_OBJECT_CLASS (wp_edit_tracker_parent_class)->dispose (object);
}

static void
wp_edit_tracker_class_init (WpEditTrackerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = wp_edit_tracker_dispose;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[COMMIT] =
    g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  field_quark = g_quark_from_static_string ("wp-edit-tracker-field");
}

static void
wp_edit_tracker_init (WpEditTracker *self)
{
}

WpEditTracker *
wp_edit_tracker_new (void)
{
  return g_object_new (WP_TYPE_EDIT_TRACKER, NULL);
}
