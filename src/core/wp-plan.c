/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-plan"

#include "config.h"

#include "wp-plan.h"

struct _WpPlan
{
  GObject      parent_instance;

  gint64       id;
  guint        year;
  char        *title;
  char        *organization;
  char        *preamble;
  WpNumbering  numbering;
  char        *period_start;
  char        *period_end;
  char        *created;
  char        *modified;
};

G_DEFINE_FINAL_TYPE (WpPlan, wp_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_TITLE,
  PROP_ORGANIZATION,
  PROP_PREAMBLE,
  PROP_NUMBERING,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wp_plan_finalize (GObject *object)
{
  WpPlan *self = WP_PLAN (object);

  g_free (self->title);
  g_free (self->organization);
  g_free (self->preamble);
  g_free (self->period_start);
  g_free (self->period_end);
  g_free (self->created);
  g_free (self->modified);

  G_OBJECT_CLASS (wp_plan_parent_class)->finalize (object);
}

static void
wp_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  WpPlan *self = WP_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_YEAR: g_value_set_uint (value, self->year); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_ORGANIZATION: g_value_set_string (value, self->organization); break;
    case PROP_PREAMBLE: g_value_set_string (value, self->preamble); break;
    case PROP_NUMBERING: g_value_set_int (value, self->numbering); break;
    case PROP_PERIOD_START: g_value_set_string (value, self->period_start); break;
    case PROP_PERIOD_END: g_value_set_string (value, self->period_end); break;
    case PROP_CREATED: g_value_set_string (value, self->created); break;
    case PROP_MODIFIED: g_value_set_string (value, self->modified); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  WpPlan *self = WP_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID: wp_plan_set_id (self, g_value_get_int64 (value)); break;
    case PROP_YEAR: wp_plan_set_year (self, g_value_get_uint (value)); break;
    case PROP_TITLE: wp_plan_set_title (self, g_value_get_string (value)); break;
    case PROP_ORGANIZATION: wp_plan_set_organization (self, g_value_get_string (value)); break;
    case PROP_PREAMBLE: wp_plan_set_preamble (self, g_value_get_string (value)); break;
    case PROP_NUMBERING: wp_plan_set_numbering (self, g_value_get_int (value)); break;
    case PROP_PERIOD_START: wp_plan_set_period_start (self, g_value_get_string (value)); break;
    case PROP_PERIOD_END: wp_plan_set_period_end (self, g_value_get_string (value)); break;
    case PROP_CREATED: wp_plan_set_created (self, g_value_get_string (value)); break;
    case PROP_MODIFIED: wp_plan_set_modified (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_plan_class_init (WpPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wp_plan_finalize;
  object_class->get_property = wp_plan_get_property;
  object_class->set_property = wp_plan_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_ORGANIZATION] = g_param_spec_string ("organization", NULL, NULL, NULL, flags);
  properties[PROP_PREAMBLE] = g_param_spec_string ("preamble", NULL, NULL, NULL, flags);
  properties[PROP_NUMBERING] = g_param_spec_int ("numbering", NULL, NULL, WP_NUMBERING_ZH,
                                                 WP_NUMBERING_EN, WP_NUMBERING_ZH, flags);
  properties[PROP_PERIOD_START] = g_param_spec_string ("period-start", NULL, NULL, NULL, flags);
  properties[PROP_PERIOD_END] = g_param_spec_string ("period-end", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_plan_init (WpPlan *self)
{
  self->title = g_strdup ("");
  self->organization = g_strdup ("");
  self->preamble = g_strdup ("");
}

WpPlan *
wp_plan_new (void)
{
  return g_object_new (WP_TYPE_PLAN, NULL);
}

WpPlan *
wp_plan_copy (WpPlan *self)
{
  WpPlan *copy;

  g_return_val_if_fail (WP_IS_PLAN (self), NULL);

  copy = wp_plan_new ();
  wp_plan_assign (copy, self);
  return copy;
}

void
wp_plan_assign (WpPlan *self,
                WpPlan *source)
{
  g_return_if_fail (WP_IS_PLAN (self));
  g_return_if_fail (WP_IS_PLAN (source));

  g_object_freeze_notify (G_OBJECT (self));
  wp_plan_set_id (self, source->id);
  wp_plan_set_year (self, source->year);
  wp_plan_set_title (self, source->title);
  wp_plan_set_organization (self, source->organization);
  wp_plan_set_preamble (self, source->preamble);
  wp_plan_set_numbering (self, source->numbering);
  wp_plan_set_period_start (self, source->period_start);
  wp_plan_set_period_end (self, source->period_end);
  wp_plan_set_created (self, source->created);
  wp_plan_set_modified (self, source->modified);
  g_object_thaw_notify (G_OBJECT (self));
}

void
wp_plan_get_period (WpPlan *self,
                    GDate  *start,
                    GDate  *end)
{
  g_return_if_fail (WP_IS_PLAN (self));

  if (start != NULL && !wp_date_parse (self->period_start, start))
    {
      g_date_clear (start, 1);
      g_date_set_dmy (start, 1, G_DATE_JANUARY, self->year);
    }
  if (end != NULL && !wp_date_parse (self->period_end, end))
    {
      g_date_clear (end, 1);
      g_date_set_dmy (end, 31, G_DATE_DECEMBER, self->year);
    }
}

#define WP_PLAN_SCALAR_ACCESSORS(Type, field, PROP)                        \
  Type                                                                     \
  wp_plan_get_##field (WpPlan *self)                                       \
  {                                                                        \
    g_return_val_if_fail (WP_IS_PLAN (self), (Type) 0);                    \
    return self->field;                                                    \
  }                                                                        \
                                                                           \
  void                                                                     \
  wp_plan_set_##field (WpPlan *self,                                       \
                       Type    value)                                      \
  {                                                                        \
    g_return_if_fail (WP_IS_PLAN (self));                                  \
    if (self->field == value)                                              \
      return;                                                              \
    self->field = value;                                                   \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);          \
  }

/* @empty is what NULL becomes: text fields read "" when unset, dates stay NULL. */
#define WP_PLAN_STRING_ACCESSORS(field, PROP, empty)                       \
  const char *                                                             \
  wp_plan_get_##field (WpPlan *self)                                       \
  {                                                                        \
    g_return_val_if_fail (WP_IS_PLAN (self), NULL);                        \
    return self->field;                                                    \
  }                                                                        \
                                                                           \
  void                                                                     \
  wp_plan_set_##field (WpPlan     *self,                                   \
                       const char *value)                                  \
  {                                                                        \
    g_return_if_fail (WP_IS_PLAN (self));                                  \
    if (wp_set_str (&self->field, value ? value : empty))                  \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);        \
  }

WP_PLAN_SCALAR_ACCESSORS (gint64, id, PROP_ID)
WP_PLAN_SCALAR_ACCESSORS (guint, year, PROP_YEAR)
WP_PLAN_SCALAR_ACCESSORS (WpNumbering, numbering, PROP_NUMBERING)
WP_PLAN_STRING_ACCESSORS (title, PROP_TITLE, "")
WP_PLAN_STRING_ACCESSORS (organization, PROP_ORGANIZATION, "")
WP_PLAN_STRING_ACCESSORS (preamble, PROP_PREAMBLE, "")
WP_PLAN_STRING_ACCESSORS (period_start, PROP_PERIOD_START, NULL)
WP_PLAN_STRING_ACCESSORS (period_end, PROP_PERIOD_END, NULL)
WP_PLAN_STRING_ACCESSORS (created, PROP_CREATED, NULL)
WP_PLAN_STRING_ACCESSORS (modified, PROP_MODIFIED, NULL)
