/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-node-filter"

#include "config.h"

#include <string.h>

#include "wp-node-filter.h"
#include "wp-store-cache.h"

struct _WpNodeFilter
{
  GObject   parent_instance;

  char     *text;
  char     *folded_text;   /* @text case-folded, NULL when empty */
  gint64    department_id;
  int       status;
  int       light;
  gboolean  overdue;
  gboolean  key_only;
  gint64    root_id;
};

G_DEFINE_FINAL_TYPE (WpNodeFilter, wp_node_filter, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TEXT,
  PROP_DEPARTMENT_ID,
  PROP_STATUS,
  PROP_LIGHT,
  PROP_OVERDUE,
  PROP_KEY_ONLY,
  PROP_ROOT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One call of wp_node_filter_match(). */
typedef struct
{
  WpNodeFilter *filter;
  WpStore      *store;
  WpRollup     *rollup;
  gint64        plan_id;
  GDate         plan_end;
  GHashTable   *ids;
} MatchRun;

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL || *haystack == '\0')
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, folded_needle) != NULL;
}

static gboolean
has_task_criteria (WpNodeFilter *self)
{
  return self->department_id != 0 || self->status != WP_NODE_FILTER_ANY ||
         self->light != WP_NODE_FILTER_ANY || self->overdue || self->key_only;
}

static gboolean
is_led_by (WpStore *store,
           WpNode  *task,
           gint64   department_id)
{
  g_autoptr(GPtrArray) assignments = wp_store_peek_assignments (store, wp_node_get_id (task));

  for (guint i = 0; i < assignments->len; i++)
    {
      WpAssignment *assignment = g_ptr_array_index (assignments, i);

      if (wp_assignment_get_role (assignment) == WP_ROLE_LEAD)
        return wp_assignment_get_department_id (assignment) == department_id;
    }
  return FALSE;
}

static gboolean
is_overdue (MatchRun *run,
            WpNode   *task)
{
  WpStatus status = wp_node_get_status (task);
  GDate due;

  if (status == WP_STATUS_DONE || status == WP_STATUS_CANCELLED)
    return FALSE;
  if (!wp_date_parse (wp_node_get_due (task), &due))
    due = run->plan_end;
  return g_date_valid (&due) && g_date_compare (&due, wp_rollup_get_as_of (run->rollup)) < 0;
}

/* The cheap criteria first: the department may cost a query. */
static gboolean
task_matches (MatchRun *run,
              WpNode   *task)
{
  WpNodeFilter *self = run->filter;
  gint64 id = wp_node_get_id (task);

  if (self->status != WP_NODE_FILTER_ANY && (int) wp_node_get_status (task) != self->status)
    return FALSE;
  if (self->key_only && !wp_node_get_key (task))
    return FALSE;
  if (self->light != WP_NODE_FILTER_ANY
      && (int) wp_rollup_get_light (run->rollup, id) != self->light)
    return FALSE;
  if (self->overdue && !is_overdue (run, task))
    return FALSE;
  return self->department_id == 0 || is_led_by (run->store, task, self->department_id);
}

static gboolean
node_matches (MatchRun *run,
              WpNode   *node)
{
  WpNodeFilter *self = run->filter;

  if (self->folded_text != NULL && !contains_folded (wp_node_get_title (node), self->folded_text)
      && !contains_folded (wp_node_get_body (node), self->folded_text))
    return FALSE;
  if (wp_node_get_kind (node) == WP_NODE_TASK)
    return task_matches (run, node);
  return !has_task_criteria (self);
}

/* Adds the matching nodes below @parent_id and their ancestors up to @parent_id; TRUE
 * when there was any. */
static gboolean
match_children (MatchRun *run,
                gint64    parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_peek_children (run->store, run->plan_id, parent_id);
  gboolean any = FALSE;

  for (guint i = 0; i < children->len; i++)
    {
      WpNode *child = g_ptr_array_index (children, i);
      gint64 id = wp_node_get_id (child);
      gboolean keep = match_children (run, id);

      if (keep || node_matches (run, child))
        {
          g_hash_table_add (run->ids, g_memdup2 (&id, sizeof id));
          any = TRUE;
        }
    }
  return any;
}

/* Only the root's subtree is searched; when anything in it matches, the root and its
 * ancestors are added, like the ancestors of any match. A root that is gone, or in
 * another plan, lets nothing through. */
static void
match_subtree (MatchRun *run,
               gint64    root_id)
{
  g_autoptr(WpNode) root = wp_store_get_node (run->store, root_id);
  gint64 id = root_id;

  if (root == NULL || wp_node_get_plan_id (root) != run->plan_id)
    return;
  if (!match_children (run, root_id) && !node_matches (run, root))
    return;

  while (id != 0)
    {
      g_autoptr(WpNode) node = wp_store_get_node (run->store, id);

      if (node == NULL)
        break;
      g_hash_table_add (run->ids, g_memdup2 (&id, sizeof id));
      id = wp_node_get_parent_id (node);
    }
}

GHashTable *
wp_node_filter_match (WpNodeFilter *self,
                      WpStore      *store,
                      gint64        plan_id,
                      WpRollup     *rollup)
{
  g_autoptr(WpPlan) plan = NULL;
  GDate plan_start;
  MatchRun run = { self, store, rollup, plan_id };
  gboolean reading;

  g_return_val_if_fail (WP_IS_NODE_FILTER (self), NULL);
  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (WP_IS_ROLLUP (rollup), NULL);

  run.ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_date_clear (&run.plan_end, 1);
  plan = wp_store_get_plan (store, plan_id);
  if (plan != NULL)
    wp_plan_get_period (plan, &plan_start, &run.plan_end);
  /* One view of the plan, and one lock for what the store has to read. */
  reading = wp_store_begin_read (store, NULL);
  if (self->root_id != 0)
    match_subtree (&run, self->root_id);
  else
    match_children (&run, 0);
  if (reading)
    wp_store_end_read (store);

  return run.ids;
}

static void
wp_node_filter_finalize (GObject *object)
{
  WpNodeFilter *self = WP_NODE_FILTER (object);

  g_free (self->text);
  g_free (self->folded_text);

  G_OBJECT_CLASS (wp_node_filter_parent_class)->finalize (object);
}

static void
wp_node_filter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WpNodeFilter *self = WP_NODE_FILTER (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_LIGHT:
      g_value_set_int (value, self->light);
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;
    case PROP_KEY_ONLY:
      g_value_set_boolean (value, self->key_only);
      break;
    case PROP_ROOT_ID:
      g_value_set_int64 (value, self->root_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_node_filter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WpNodeFilter *self = WP_NODE_FILTER (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      wp_node_filter_set_text (self, g_value_get_string (value));
      break;
    case PROP_DEPARTMENT_ID:
      wp_node_filter_set_department_id (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      wp_node_filter_set_status (self, g_value_get_int (value));
      break;
    case PROP_LIGHT:
      wp_node_filter_set_light (self, g_value_get_int (value));
      break;
    case PROP_OVERDUE:
      wp_node_filter_set_overdue (self, g_value_get_boolean (value));
      break;
    case PROP_KEY_ONLY:
      wp_node_filter_set_key_only (self, g_value_get_boolean (value));
      break;
    case PROP_ROOT_ID:
      wp_node_filter_set_root_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_node_filter_class_init (WpNodeFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wp_node_filter_finalize;
  object_class->get_property = wp_node_filter_get_property;
  object_class->set_property = wp_node_filter_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, WP_NODE_FILTER_ANY, WP_STATUS_CANCELLED,
                      WP_NODE_FILTER_ANY, flags);
  properties[PROP_LIGHT] =
    g_param_spec_int ("light", NULL, NULL, WP_NODE_FILTER_ANY, WP_LIGHT_RED,
                      WP_NODE_FILTER_ANY, flags);
  properties[PROP_OVERDUE] = g_param_spec_boolean ("overdue", NULL, NULL, FALSE, flags);
  properties[PROP_KEY_ONLY] = g_param_spec_boolean ("key-only", NULL, NULL, FALSE, flags);
  properties[PROP_ROOT_ID] =
    g_param_spec_int64 ("root-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_node_filter_init (WpNodeFilter *self)
{
  self->text = g_strdup ("");
  self->status = WP_NODE_FILTER_ANY;
  self->light = WP_NODE_FILTER_ANY;
}

WpNodeFilter *
wp_node_filter_new (void)
{
  return g_object_new (WP_TYPE_NODE_FILTER, NULL);
}

const char *
wp_node_filter_get_text (WpNodeFilter *self)
{
  g_return_val_if_fail (WP_IS_NODE_FILTER (self), NULL);

  return self->text;
}

void
wp_node_filter_set_text (WpNodeFilter *self,
                         const char   *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (WP_IS_NODE_FILTER (self));

  /* Spaces around a search word are not part of what the user looks for. */
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (!wp_set_str (&self->text, stripped))
    return;
  g_clear_pointer (&self->folded_text, g_free);
  if (*stripped != '\0')
    self->folded_text = g_utf8_casefold (stripped, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

gint64
wp_node_filter_get_department_id (WpNodeFilter *self)
{
  g_return_val_if_fail (WP_IS_NODE_FILTER (self), 0);

  return self->department_id;
}

void
wp_node_filter_set_department_id (WpNodeFilter *self,
                                  gint64        department_id)
{
  g_return_if_fail (WP_IS_NODE_FILTER (self));

  if (self->department_id == department_id)
    return;
  self->department_id = department_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT_ID]);
}

/* Sets one of the int or boolean criteria, notifying when it changed. */
static void
set_criterion (WpNodeFilter *self,
               int          *field,
               int           value,
               guint         prop_id)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

int
wp_node_filter_get_status (WpNodeFilter *self)
{
  g_return_val_if_fail (WP_IS_NODE_FILTER (self), WP_NODE_FILTER_ANY);

  return self->status;
}

void
wp_node_filter_set_status (WpNodeFilter *self,
                           int           status)
{
  g_return_if_fail (WP_IS_NODE_FILTER (self));
  g_return_if_fail (status >= WP_NODE_FILTER_ANY && status <= WP_STATUS_CANCELLED);

  set_criterion (self, &self->status, status, PROP_STATUS);
}

int
wp_node_filter_get_light (WpNodeFilter *self)
{
  g_return_val_if_fail (WP_IS_NODE_FILTER (self), WP_NODE_FILTER_ANY);

  return self->light;
}

void
wp_node_filter_set_light (WpNodeFilter *self,
                          int           light)
{
  g_return_if_fail (WP_IS_NODE_FILTER (self));
  g_return_if_fail (light >= WP_NODE_FILTER_ANY && light <= WP_LIGHT_RED);

  set_criterion (self, &self->light, light, PROP_LIGHT);
}

gboolean
wp_node_filter_get_overdue (WpNodeFilter *self)
{
  g_return_val_if_fail (WP_IS_NODE_FILTER (self), FALSE);

  return self->overdue;
}

void
wp_node_filter_set_overdue (WpNodeFilter *self,
                            gboolean      overdue)
{
  g_return_if_fail (WP_IS_NODE_FILTER (self));

  set_criterion (self, &self->overdue, !!overdue, PROP_OVERDUE);
}

gboolean
wp_node_filter_get_key_only (WpNodeFilter *self)
{
  g_return_val_if_fail (WP_IS_NODE_FILTER (self), FALSE);

  return self->key_only;
}

void
wp_node_filter_set_key_only (WpNodeFilter *self,
                             gboolean      key_only)
{
  g_return_if_fail (WP_IS_NODE_FILTER (self));

  set_criterion (self, &self->key_only, !!key_only, PROP_KEY_ONLY);
}

gint64
wp_node_filter_get_root_id (WpNodeFilter *self)
{
  g_return_val_if_fail (WP_IS_NODE_FILTER (self), 0);

  return self->root_id;
}

void
wp_node_filter_set_root_id (WpNodeFilter *self,
                            gint64        root_id)
{
  g_return_if_fail (WP_IS_NODE_FILTER (self));

  if (self->root_id == root_id)
    return;
  self->root_id = root_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOT_ID]);
}

gboolean
wp_node_filter_is_empty (WpNodeFilter *self)
{
  g_return_val_if_fail (WP_IS_NODE_FILTER (self), TRUE);

  return self->folded_text == NULL && self->root_id == 0 && !has_task_criteria (self);
}

void
wp_node_filter_clear (WpNodeFilter *self)
{
  g_return_if_fail (WP_IS_NODE_FILTER (self));

  g_object_freeze_notify (G_OBJECT (self));
  wp_node_filter_set_text (self, NULL);
  wp_node_filter_set_department_id (self, 0);
  wp_node_filter_set_status (self, WP_NODE_FILTER_ANY);
  wp_node_filter_set_light (self, WP_NODE_FILTER_ANY);
  wp_node_filter_set_overdue (self, FALSE);
  wp_node_filter_set_key_only (self, FALSE);
  wp_node_filter_set_root_id (self, 0);
  g_object_thaw_notify (G_OBJECT (self));
}
