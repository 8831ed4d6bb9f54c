/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-indicator"

#include "config.h"

#include <math.h>

#include "wp-indicator.h"

struct _WpIndicator
{
  GObject       parent_instance;

  gint64        id;
  gint64        node_id;
  char         *name;
  char         *unit;
  WpComparator  comparator;
  double        baseline;
  double        target;
  double        actual;
};

G_DEFINE_FINAL_TYPE (WpIndicator, wp_indicator, G_TYPE_OBJECT)

static void
wp_indicator_finalize (GObject *object)
{
  WpIndicator *self = WP_INDICATOR (object);

  g_free (self->name);
  g_free (self->unit);

  G_OBJECT_CLASS (wp_indicator_parent_class)->finalize (object);
}

static void
wp_indicator_class_init (WpIndicatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_indicator_finalize;
}

static void
wp_indicator_init (WpIndicator *self)
{
  self->name = g_strdup ("");
  self->unit = g_strdup ("");
  self->baseline = NAN;
  self->target = NAN;
  self->actual = NAN;
}

WpIndicator *
wp_indicator_new (void)
{
  return g_object_new (WP_TYPE_INDICATOR, NULL);
}

WpIndicator *
wp_indicator_copy (WpIndicator *self)
{
  WpIndicator *copy;

  g_return_val_if_fail (WP_IS_INDICATOR (self), NULL);

  copy = wp_indicator_new ();
  copy->id = self->id;
  copy->node_id = self->node_id;
  wp_indicator_set_name (copy, self->name);
  wp_indicator_set_unit (copy, self->unit);
  copy->comparator = self->comparator;
  copy->baseline = self->baseline;
  copy->target = self->target;
  copy->actual = self->actual;
  return copy;
}

#define WP_INDICATOR_ACCESSORS(Type, field)                                \
  Type                                                                     \
  wp_indicator_get_##field (WpIndicator *self)                             \
  {                                                                        \
    g_return_val_if_fail (WP_IS_INDICATOR (self), (Type) 0);               \
    return self->field;                                                    \
  }                                                                        \
                                                                           \
  void                                                                     \
  wp_indicator_set_##field (WpIndicator *self,                             \
                            Type         value)                            \
  {                                                                        \
    g_return_if_fail (WP_IS_INDICATOR (self));                             \
    self->field = value;                                                   \
  }

#define WP_INDICATOR_TEXT_ACCESSORS(field)                                 \
  const char *                                                             \
  wp_indicator_get_##field (WpIndicator *self)                             \
  {                                                                        \
    g_return_val_if_fail (WP_IS_INDICATOR (self), NULL);                   \
    return self->field;                                                    \
  }                                                                        \
                                                                           \
  void                                                                     \
  wp_indicator_set_##field (WpIndicator *self,                             \
                            const char  *value)                            \
  {                                                                        \
    g_return_if_fail (WP_IS_INDICATOR (self));                             \
    g_free (self->field);                                                  \
    self->field = g_strdup (value ? value : "");                           \
  }

WP_INDICATOR_ACCESSORS (gint64, id)
WP_INDICATOR_ACCESSORS (gint64, node_id)
WP_INDICATOR_ACCESSORS (WpComparator, comparator)
WP_INDICATOR_ACCESSORS (double, baseline)
WP_INDICATOR_ACCESSORS (double, target)
WP_INDICATOR_ACCESSORS (double, actual)
WP_INDICATOR_TEXT_ACCESSORS (name)
WP_INDICATOR_TEXT_ACCESSORS (unit)
