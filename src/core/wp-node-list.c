/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-node-list"

#include "config.h"

#include "wp-list-diff.h"
#include "wp-node-list.h"

struct _WpNodeList
{
  GObject    parent_instance;

  WpStore   *store;
  gint64     plan_id;
  gint64     parent_id;
  GPtrArray *nodes;
  guint      watch_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpNodeList, wp_node_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
wp_node_list_get_item_type (GListModel *model)
{
  return WP_TYPE_NODE;
}

static guint
wp_node_list_get_n_items (GListModel *model)
{
  return WP_NODE_LIST (model)->nodes->len;
}

static gpointer
wp_node_list_get_item (GListModel *model,
                       guint       position)
{
  WpNodeList *self = WP_NODE_LIST (model);

  if (position >= self->nodes->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->nodes, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = wp_node_list_get_item_type;
  iface->get_n_items = wp_node_list_get_n_items;
  iface->get_item = wp_node_list_get_item;
}

static void
on_store_children_changed (WpStore  *store,
                           gint64    plan_id,
                           gint64    parent_id,
                           gpointer  user_data)
{
  WpNodeList *self = user_data;
  g_autoptr(GPtrArray) nodes = NULL;

  nodes = wp_store_list_children (store, plan_id, parent_id);
  wp_list_diff_replace (G_LIST_MODEL (self), &self->nodes, g_steal_pointer (&nodes));
}

static void
wp_node_list_dispose (GObject *object)
{
  WpNodeList *self = WP_NODE_LIST (object);

  if (self->watch_id != 0)
    wp_store_unwatch_children (self->store, self->watch_id);
  self->watch_id = 0;
  g_clear_object (&self->store);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_node_list_parent_class)->dispose (object);
}

static void
wp_node_list_class_init (WpNodeListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wp_node_list_dispose;
}

static void
wp_node_list_init (WpNodeList *self)
{
}

WpNodeList *
wp_node_list_new (WpStore *store,
                  gint64   plan_id,
                  gint64   parent_id)
{
  WpNodeList *self;

  g_return_val_if_fail (WP_IS_STORE (store), NULL);

  self = g_object_new (WP_TYPE_NODE_LIST, NULL);
  self->store = g_object_ref (store);
  self->plan_id = plan_id;
  self->parent_id = parent_id;
  self->nodes = wp_store_list_children (store, plan_id, parent_id);
  self->watch_id = wp_store_watch_children (store, plan_id, parent_id, on_store_children_changed,
                                            self);
  return self;
}

gint64
wp_node_list_get_plan_id (WpNodeList *self)
{
  g_return_val_if_fail (WP_IS_NODE_LIST (self), 0);
  return self->plan_id;
}

gint64
wp_node_list_get_parent_id (WpNodeList *self)
{
  g_return_val_if_fail (WP_IS_NODE_LIST (self), 0);
  return self->parent_id;
}
