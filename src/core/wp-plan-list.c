/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-plan-list"

#include "config.h"

#include "wp-list-diff.h"
#include "wp-plan-list.h"

struct _WpPlanList
{
  GObject    parent_instance;

  WpStore   *store;
  GPtrArray *plans;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WpPlanList, wp_plan_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
wp_plan_list_get_item_type (GListModel *model)
{
  return WP_TYPE_PLAN;
}

static guint
wp_plan_list_get_n_items (GListModel *model)
{
  return WP_PLAN_LIST (model)->plans->len;
}

static gpointer
wp_plan_list_get_item (GListModel *model,
                       guint       position)
{
  WpPlanList *self = WP_PLAN_LIST (model);

  if (position >= self->plans->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->plans, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = wp_plan_list_get_item_type;
  iface->get_n_items = wp_plan_list_get_n_items;
  iface->get_item = wp_plan_list_get_item;
}

static void
on_store_plans_changed (WpStore    *store,
                        WpPlanList *self)
{
  g_autoptr(GPtrArray) plans = wp_store_list_plans (store);

  wp_list_diff_replace (G_LIST_MODEL (self), &self->plans, g_steal_pointer (&plans));
}

static void
wp_plan_list_dispose (GObject *object)
{
  WpPlanList *self = WP_PLAN_LIST (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->plans, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_plan_list_parent_class)->dispose (object);
}

static void
wp_plan_list_class_init (WpPlanListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = wp_plan_list_dispose;
}

static void
wp_plan_list_init (WpPlanList *self)
{
}

WpPlanList *
wp_plan_list_new (WpStore *store)
{
  WpPlanList *self;

  g_return_val_if_fail (WP_IS_STORE (store), NULL);

  self = g_object_new (WP_TYPE_PLAN_LIST, NULL);
  self->store = g_object_ref (store);
  self->plans = wp_store_list_plans (store);
  g_signal_connect (store, "plans-changed", G_CALLBACK (on_store_plans_changed), self);
  return self;
}
