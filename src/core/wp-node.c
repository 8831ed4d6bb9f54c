/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-node"

#include "config.h"

#include "wp-node.h"

struct _WpNode
{
  GObject      parent_instance;

  gint64       id;
  gint64       plan_id;
  gint64       parent_id;
  guint        position;
  WpNodeKind   kind;
  char        *title;
  char        *body;
  WpStatus     status;
  double       progress;
  gboolean     progress_from_indicators;
  gboolean     key;
  char        *start;
  char        *due;
  char        *completed;
  double       weight;
  char        *summary;
  char        *reason;
};

G_DEFINE_FINAL_TYPE (WpNode, wp_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PLAN_ID,
  PROP_PARENT_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_TITLE,
  PROP_BODY,
  PROP_STATUS,
  PROP_PROGRESS,
  PROP_PROGRESS_FROM_INDICATORS,
  PROP_KEY,
  PROP_START,
  PROP_DUE,
  PROP_COMPLETED,
  PROP_WEIGHT,
  PROP_SUMMARY,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
wp_node_finalize (GObject *object)
{
  WpNode *self = WP_NODE (object);

  g_free (self->title);
  g_free (self->body);
  g_free (self->start);
  g_free (self->due);
  g_free (self->completed);
  g_free (self->summary);
  g_free (self->reason);

  G_OBJECT_CLASS (wp_node_parent_class)->finalize (object);
}

static void
wp_node_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  WpNode *self = WP_NODE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PLAN_ID: g_value_set_int64 (value, self->plan_id); break;
    case PROP_PARENT_ID: g_value_set_int64 (value, self->parent_id); break;
    case PROP_POSITION: g_value_set_uint (value, self->position); break;
    case PROP_KIND: g_value_set_int (value, self->kind); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_BODY: g_value_set_string (value, self->body); break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    case PROP_PROGRESS: g_value_set_double (value, self->progress); break;
    case PROP_PROGRESS_FROM_INDICATORS: g_value_set_boolean (value, self->progress_from_indicators); break;
    case PROP_KEY: g_value_set_boolean (value, self->key); break;
    case PROP_START: g_value_set_string (value, self->start); break;
    case PROP_DUE: g_value_set_string (value, self->due); break;
    case PROP_COMPLETED: g_value_set_string (value, self->completed); break;
    case PROP_WEIGHT: g_value_set_double (value, self->weight); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_REASON: g_value_set_string (value, self->reason); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_node_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  WpNode *self = WP_NODE (object);

  switch (prop_id)
    {
    case PROP_ID: wp_node_set_id (self, g_value_get_int64 (value)); break;
    case PROP_PLAN_ID: wp_node_set_plan_id (self, g_value_get_int64 (value)); break;
    case PROP_PARENT_ID: wp_node_set_parent_id (self, g_value_get_int64 (value)); break;
    case PROP_POSITION: wp_node_set_position (self, g_value_get_uint (value)); break;
    case PROP_KIND: wp_node_set_kind (self, g_value_get_int (value)); break;
    case PROP_TITLE: wp_node_set_title (self, g_value_get_string (value)); break;
    case PROP_BODY: wp_node_set_body (self, g_value_get_string (value)); break;
    case PROP_STATUS: wp_node_set_status (self, g_value_get_int (value)); break;
    case PROP_PROGRESS: wp_node_set_progress (self, g_value_get_double (value)); break;
    case PROP_PROGRESS_FROM_INDICATORS:
      wp_node_set_progress_from_indicators (self, g_value_get_boolean (value));
      break;
    case PROP_KEY: wp_node_set_key (self, g_value_get_boolean (value)); break;
    case PROP_START: wp_node_set_start (self, g_value_get_string (value)); break;
    case PROP_DUE: wp_node_set_due (self, g_value_get_string (value)); break;
    case PROP_COMPLETED: wp_node_set_completed (self, g_value_get_string (value)); break;
    case PROP_WEIGHT: wp_node_set_weight (self, g_value_get_double (value)); break;
    case PROP_SUMMARY: wp_node_set_summary (self, g_value_get_string (value)); break;
    case PROP_REASON: wp_node_set_reason (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_param (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
wp_node_class_init (WpNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wp_node_finalize;
  object_class->get_property = wp_node_get_property;
  object_class->set_property = wp_node_set_property;

  properties[PROP_ID] = int64_param ("id");
  properties[PROP_PLAN_ID] = int64_param ("plan-id");
  properties[PROP_PARENT_ID] = int64_param ("parent-id");
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL,
                                            WP_NODE_SECTION, WP_NODE_TASK, WP_NODE_SECTION, flags);
  properties[PROP_TITLE] = string_param ("title");
  properties[PROP_BODY] = string_param ("body");
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, WP_STATUS_NOT_STARTED,
                                              WP_STATUS_CANCELLED, WP_STATUS_NOT_STARTED, flags);
  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_PROGRESS_FROM_INDICATORS] =
    g_param_spec_boolean ("progress-from-indicators", NULL, NULL, FALSE, flags);
  properties[PROP_KEY] = g_param_spec_boolean ("key", NULL, NULL, FALSE, flags);
  properties[PROP_START] = string_param ("start");
  properties[PROP_DUE] = string_param ("due");
  properties[PROP_COMPLETED] = string_param ("completed");
  properties[PROP_WEIGHT] = g_param_spec_double ("weight", NULL, NULL, 0, G_MAXDOUBLE, 1, flags);
  properties[PROP_SUMMARY] = string_param ("summary");
  properties[PROP_REASON] = string_param ("reason");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_node_init (WpNode *self)
{
  self->title = g_strdup ("");
  self->body = g_strdup ("");
  self->summary = g_strdup ("");
  self->reason = g_strdup ("");
  self->weight = 1;
}

WpNode *
wp_node_new (WpNodeKind kind)
{
  return g_object_new (WP_TYPE_NODE, "kind", kind, NULL);
}

WpNode *
wp_node_copy (WpNode *self)
{
  WpNode *copy;

  g_return_val_if_fail (WP_IS_NODE (self), NULL);

  copy = wp_node_new (self->kind);
  wp_node_assign (copy, self);
  return copy;
}

void
wp_node_assign (WpNode *self,
                WpNode *source)
{
  g_return_if_fail (WP_IS_NODE (self));
  g_return_if_fail (WP_IS_NODE (source));

  g_object_freeze_notify (G_OBJECT (self));
  wp_node_set_id (self, source->id);
  wp_node_set_plan_id (self, source->plan_id);
  wp_node_set_parent_id (self, source->parent_id);
  wp_node_set_position (self, source->position);
  wp_node_set_kind (self, source->kind);
  wp_node_set_title (self, source->title);
  wp_node_set_body (self, source->body);
  wp_node_set_status (self, source->status);
  wp_node_set_progress (self, source->progress);
  wp_node_set_progress_from_indicators (self, source->progress_from_indicators);
  wp_node_set_key (self, source->key);
  wp_node_set_start (self, source->start);
  wp_node_set_due (self, source->due);
  wp_node_set_completed (self, source->completed);
  wp_node_set_weight (self, source->weight);
  wp_node_set_summary (self, source->summary);
  wp_node_set_reason (self, source->reason);
  g_object_thaw_notify (G_OBJECT (self));
}

#define WP_NODE_SCALAR_ACCESSORS(Type, field, PROP)                        \
  Type                                                                     \
  wp_node_get_##field (WpNode *self)                                       \
  {                                                                        \
    g_return_val_if_fail (WP_IS_NODE (self), (Type) 0);                    \
    return self->field;                                                    \
  }                                                                        \
                                                                           \
  void                                                                     \
  wp_node_set_##field (WpNode *self,                                       \
                       Type    value)                                      \
  {                                                                        \
    g_return_if_fail (WP_IS_NODE (self));                                  \
    if (self->field == value)                                              \
      return;                                                              \
    self->field = value;                                                   \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);          \
  }

/* @empty is what NULL becomes: text fields read "" when unset, dates stay NULL. */
#define WP_NODE_STRING_ACCESSORS(field, PROP, empty)                       \
  const char *                                                             \
  wp_node_get_##field (WpNode *self)                                       \
  {                                                                        \
    g_return_val_if_fail (WP_IS_NODE (self), NULL);                        \
    return self->field;                                                    \
  }                                                                        \
                                                                           \
  void                                                                     \
  wp_node_set_##field (WpNode     *self,                                   \
                       const char *value)                                  \
  {                                                                        \
    g_return_if_fail (WP_IS_NODE (self));                                  \
    if (wp_set_str (&self->field, value ? value : empty))                  \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);        \
  }

WP_NODE_SCALAR_ACCESSORS (gint64, id, PROP_ID)
WP_NODE_SCALAR_ACCESSORS (gint64, plan_id, PROP_PLAN_ID)
WP_NODE_SCALAR_ACCESSORS (gint64, parent_id, PROP_PARENT_ID)
WP_NODE_SCALAR_ACCESSORS (guint, position, PROP_POSITION)
WP_NODE_SCALAR_ACCESSORS (WpNodeKind, kind, PROP_KIND)
WP_NODE_SCALAR_ACCESSORS (WpStatus, status, PROP_STATUS)
WP_NODE_SCALAR_ACCESSORS (double, progress, PROP_PROGRESS)
WP_NODE_SCALAR_ACCESSORS (gboolean, progress_from_indicators, PROP_PROGRESS_FROM_INDICATORS)
WP_NODE_SCALAR_ACCESSORS (gboolean, key, PROP_KEY)
WP_NODE_SCALAR_ACCESSORS (double, weight, PROP_WEIGHT)
WP_NODE_STRING_ACCESSORS (title, PROP_TITLE, "")
WP_NODE_STRING_ACCESSORS (body, PROP_BODY, "")
WP_NODE_STRING_ACCESSORS (summary, PROP_SUMMARY, "")
WP_NODE_STRING_ACCESSORS (reason, PROP_REASON, "")
WP_NODE_STRING_ACCESSORS (start, PROP_START, NULL)
WP_NODE_STRING_ACCESSORS (due, PROP_DUE, NULL)
WP_NODE_STRING_ACCESSORS (completed, PROP_COMPLETED, NULL)
