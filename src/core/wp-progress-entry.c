/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-progress-entry"

#include "config.h"

#include "wp-progress-entry.h"

struct _WpProgressEntry
{
  GObject  parent_instance;

  gint64   id;
  gint64   node_id;
  char    *date;
  double   progress;
  char    *note;
  gint64   department_id;
};

G_DEFINE_FINAL_TYPE (WpProgressEntry, wp_progress_entry, G_TYPE_OBJECT)

static void
wp_progress_entry_finalize (GObject *object)
{
  WpProgressEntry *self = WP_PROGRESS_ENTRY (object);

  g_free (self->date);
  g_free (self->note);

  G_OBJECT_CLASS (wp_progress_entry_parent_class)->finalize (object);
}

static void
wp_progress_entry_class_init (WpProgressEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_progress_entry_finalize;
}

static void
wp_progress_entry_init (WpProgressEntry *self)
{
  self->note = g_strdup ("");
}

WpProgressEntry *
wp_progress_entry_new (void)
{
  return g_object_new (WP_TYPE_PROGRESS_ENTRY, NULL);
}

WpProgressEntry *
wp_progress_entry_copy (WpProgressEntry *self)
{
  WpProgressEntry *copy;

  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (self), NULL);

  copy = wp_progress_entry_new ();
  copy->id = self->id;
  copy->node_id = self->node_id;
  copy->date = g_strdup (self->date);
  copy->progress = self->progress;
  wp_progress_entry_set_note (copy, self->note);
  copy->department_id = self->department_id;
  return copy;
}

#define WP_PROGRESS_ENTRY_ACCESSORS(Type, field)                           \
  Type                                                                     \
  wp_progress_entry_get_##field (WpProgressEntry *self)                    \
  {                                                                        \
    g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (self), (Type) 0);          \
    return self->field;                                                    \
  }                                                                        \
                                                                           \
  void                                                                     \
  wp_progress_entry_set_##field (WpProgressEntry *self,                    \
                                 Type             value)                   \
  {                                                                        \
    g_return_if_fail (WP_IS_PROGRESS_ENTRY (self));                        \
    self->field = value;                                                   \
  }

WP_PROGRESS_ENTRY_ACCESSORS (gint64, id)
WP_PROGRESS_ENTRY_ACCESSORS (gint64, node_id)
WP_PROGRESS_ENTRY_ACCESSORS (double, progress)
WP_PROGRESS_ENTRY_ACCESSORS (gint64, department_id)

const char *
wp_progress_entry_get_date (WpProgressEntry *self)
{
  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (self), NULL);
  return self->date;
}

void
wp_progress_entry_set_date (WpProgressEntry *self,
                            const char      *iso_date)
{
  g_return_if_fail (WP_IS_PROGRESS_ENTRY (self));
  g_free (self->date);
  self->date = g_strdup (iso_date);
}

const char *
wp_progress_entry_get_note (WpProgressEntry *self)
{
  g_return_val_if_fail (WP_IS_PROGRESS_ENTRY (self), NULL);
  return self->note;
}

void
wp_progress_entry_set_note (WpProgressEntry *self,
                            const char      *note)
{
  g_return_if_fail (WP_IS_PROGRESS_ENTRY (self));
  g_free (self->note);
  self->note = g_strdup (note ? note : "");
}
