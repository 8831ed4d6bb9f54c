/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "wp-filter-bar.h"
#include "wp-node-list.h"
#include "wp-outline-row.h"
#include "wp-outline-view.h"
#include "wp-resources.h"
#include "wp-toast.h"

struct _WpOutlineView
{
  GtkWidget           parent_instance;

  GtkWidget          *box;          /* bound so that disposing the template removes it */
  WpFilterBar        *filter_bar;
  GtkStack           *stack;
  GtkListView        *list_view;

  WpHistory          *history;
  WpStore            *store;
  WpPlan             *plan;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  GHashTable         *rows;          /* the bound WpOutlineRows */

  /* Built when a row needs it, dropped when the plan changes. */
  WpRollup           *rollup;
  WpLightThresholds   thresholds;
  guint               refresh_id;

  WpNodeFilter       *filter;
  GtkFilter          *row_filter;
  GHashTable         *visible_ids;   /* what the filter lets through; NULL: everything */
  GHashTable         *added_ids;     /* added while filtering: shown until it changes */
  guint               apply_filter_id;
  guint               row_tasks_id;

  /* What happens to a node's row once it is bound. */
  gint64              focus_id;
  gint64              rename_id;
};

G_DEFINE_FINAL_TYPE (WpOutlineView, wp_outline_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_HISTORY,
  PROP_PLAN,
  PROP_SELECTED_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GHashTable *
new_id_set (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
add_id (GHashTable *ids,
        gint64      id)
{
  g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
}

static gint64
get_plan_id (WpOutlineView *self)
{
  return self->plan != NULL ? wp_plan_get_id (self->plan) : 0;
}

static WpRollup *
ensure_rollup (WpOutlineView *self)
{
  if (self->rollup == NULL)
    self->rollup = wp_rollup_dup_current (self->store, get_plan_id (self), &self->thresholds);
  return self->rollup;
}

/* Showing the tree */

static gboolean
row_filter_func (gpointer item,
                 gpointer user_data)
{
  WpOutlineView *self = user_data;
  gint64 id = wp_node_get_id (item);

  return self->visible_ids == NULL || g_hash_table_contains (self->visible_ids, &id);
}

/* Takes @list; filtered when the filter is on. */
static GListModel *
wrap_children (WpOutlineView *self,
               WpNodeList    *list)
{
  if (self->visible_ids == NULL)
    return G_LIST_MODEL (list);
  return G_LIST_MODEL (gtk_filter_list_model_new (G_LIST_MODEL (list),
                                                  g_object_ref (self->row_filter)));
}

/* Sections always get a child model, so that they can receive tasks later; a task only
 * when it has sub-tasks, so that plain tasks show no expander. */
static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  WpOutlineView *self = user_data;
  WpNode *node = item;
  gint64 plan_id = wp_node_get_plan_id (node);
  gint64 id = wp_node_get_id (node);

  /* Most nodes are plain tasks: asking the store is cheaper than a list that watches. */
  if (wp_node_get_kind (node) != WP_NODE_SECTION)
    {
      g_autoptr(GPtrArray) children = wp_store_list_children (self->store, plan_id, id);

      if (children->len == 0)
        return NULL;
    }
  return wrap_children (self, wp_node_list_new (self->store, plan_id, id));
}

static void
update_page (WpOutlineView *self)
{
  gboolean empty = self->tree == NULL
                   || g_list_model_get_n_items (G_LIST_MODEL (self->tree)) == 0;

  if (!empty)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (self->visible_ids != NULL)
    gtk_stack_set_visible_child_name (self->stack, "no-matches");
  else
    gtk_stack_set_visible_child_name (self->stack, self->plan != NULL ? "empty" : "list");
}

WpNode *
wp_outline_view_get_selected_node (WpOutlineView *self)
{
  GtkTreeListRow *row;

  g_return_val_if_fail (WP_IS_OUTLINE_VIEW (self), NULL);

  if (self->selection == NULL)
    return NULL;
  row = gtk_single_selection_get_selected_item (self->selection);
  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

/* Without a reference of its own: the selected tree row holds one for as long as it is
 * selected. */
static WpNode *
peek_selected_node (WpOutlineView *self)
{
  g_autoptr(WpNode) node = wp_outline_view_get_selected_node (self);

  return node;
}

static guint
count_siblings (WpOutlineView *self,
                WpNode        *node)
{
  g_autoptr(GPtrArray) siblings = wp_store_list_children (self->store, wp_node_get_plan_id (node),
                                                          wp_node_get_parent_id (node));

  return siblings->len;
}

static void
update_actions (WpOutlineView *self)
{
  WpNode *node = peek_selected_node (self);
  gboolean has_plan = self->plan != NULL && self->history != NULL;
  gboolean has_node = has_plan && node != NULL;
  guint position = has_node ? wp_node_get_position (node) : 0;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "outline.add-task", has_plan);
  gtk_widget_action_set_enabled (widget, "outline.add-section", has_plan);
  gtk_widget_action_set_enabled (widget, "outline.add-child", has_node);
  gtk_widget_action_set_enabled (widget, "outline.rename", has_node);
  gtk_widget_action_set_enabled (widget, "outline.delete", has_node);
  gtk_widget_action_set_enabled (widget, "outline.indent", has_node && position > 0);
  gtk_widget_action_set_enabled (widget, "outline.outdent",
                                 has_node && wp_node_get_parent_id (node) != 0);
  gtk_widget_action_set_enabled (widget, "outline.move-up", has_node && position > 0);
  gtk_widget_action_set_enabled (widget, "outline.move-down",
                                 has_node && position + 1 < count_siblings (self, node));
}

static void
on_selection_selected_item_changed (WpOutlineView *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

static void
on_tree_items_changed (WpOutlineView *self)
{
  update_page (self);
}

static void
clear_tree (WpOutlineView *self)
{
  gtk_list_view_set_model (self->list_view, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_data (self->tree, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
}

/* Expanded from the start: a plan is read as a document, top to bottom. The model
 * selects nothing by itself: a highlighted first heading would read as a distinction of
 * that heading. A node selected before stays selected when it is still shown. */
static void
load_tree (WpOutlineView *self)
{
  WpNode *selected = peek_selected_node (self);
  gint64 selected_id = selected != NULL ? wp_node_get_id (selected) : 0;
  WpNodeList *roots;

  clear_tree (self);
  if (self->plan != NULL && self->store != NULL)
    {
      roots = wp_node_list_new (self->store, get_plan_id (self), 0);
      self->tree = gtk_tree_list_model_new (wrap_children (self, roots), FALSE, TRUE,
                                            create_child_model, self, NULL);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      g_signal_connect_swapped (self->selection, "notify::selected-item",
                                G_CALLBACK (on_selection_selected_item_changed), self);
      g_signal_connect_swapped (self->tree, "items-changed", G_CALLBACK (on_tree_items_changed),
                                self);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
    }

  update_page (self);
  if (selected_id == 0 || !wp_outline_view_select_node (self, selected_id))
    on_selection_selected_item_changed (self);
}

/* Rows */

/* Only a row on screen can take the focus; one just bound may not be yet. */
static WpOutlineRow *
find_shown_row (WpOutlineView *self,
                gint64         node_id)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      WpNode *node = wp_outline_row_get_node (row);

      if (node != NULL && wp_node_get_id (node) == node_id && gtk_widget_get_mapped (row))
        return row;
    }
  return NULL;
}

static gboolean
run_row_tasks_cb (gpointer user_data)
{
  WpOutlineView *self = user_data;
  WpOutlineRow *row;

  self->row_tasks_id = 0;
  if (self->focus_id != 0 && (row = find_shown_row (self, self->focus_id)) != NULL)
    {
      self->focus_id = 0;
      gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
    }
  if (self->rename_id != 0 && (row = find_shown_row (self, self->rename_id)) != NULL)
    {
      self->rename_id = 0;
      wp_outline_row_start_rename (row);
    }
  return G_SOURCE_REMOVE;
}

/* The focus and the title entry go to rows that may only now be shown, once the list
 * view is done binding: it rebinds rows as the selection changes. */
static void
queue_row_tasks (WpOutlineView *self)
{
  if (self->row_tasks_id == 0 && (self->focus_id != 0 || self->rename_id != 0))
    self->row_tasks_id = g_idle_add (run_row_tasks_cb, self);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  WpOutlineView            *self)
{
  GtkWidget *row = wp_outline_row_new ();

  g_signal_connect_object (row, "map", G_CALLBACK (queue_row_tasks), self,
                           G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, row);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 WpOutlineView            *self)
{
  WpOutlineRow *row = WP_OUTLINE_ROW (gtk_list_item_get_child (item));

  wp_outline_row_bind (row, self->store, self->plan, gtk_list_item_get_item (item));
  wp_outline_row_update (row, ensure_rollup (self));
  g_hash_table_add (self->rows, row);
  queue_row_tasks (self);
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   WpOutlineView            *self)
{
  WpOutlineRow *row = WP_OUTLINE_ROW (gtk_list_item_get_child (item));
  WpNode *node = wp_outline_row_get_node (row);

  /* The list view rebinds rows as the selection and the tree change: a title open for
   * editing opens again in the node's next row. */
  if (node != NULL && wp_outline_row_get_renaming (row))
    self->rename_id = wp_node_get_id (node);
  g_hash_table_remove (self->rows, row);
  wp_outline_row_unbind (row);
}

/* Finding a node's row */

/* The ids from the top-level ancestor of @node_id down to @node_id itself. */
static GArray *
get_path (WpOutlineView *self,
          gint64         node_id)
{
  GArray *path = g_array_new (FALSE, FALSE, sizeof (gint64));

  while (node_id != 0)
    {
      g_autoptr(WpNode) node = wp_store_get_node (self->store, node_id);

      if (node == NULL || wp_node_get_plan_id (node) != get_plan_id (self))
        {
          g_array_set_size (path, 0);
          break;
        }
      g_array_prepend_val (path, node_id);
      node_id = wp_node_get_parent_id (node);
    }
  return path;
}

static gboolean
find_node_index (GListModel *nodes,
                 gint64      node_id,
                 guint      *index)
{
  guint n_items = g_list_model_get_n_items (nodes);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(WpNode) node = g_list_model_get_item (nodes, i);

      if (wp_node_get_id (node) == node_id)
        {
          *index = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The tree row of @node_id, expanding its ancestors when @expand; NULL when it is not
 * shown (hidden by the filter, or under a collapsed row and not @expand). */
static GtkTreeListRow *
find_tree_row (WpOutlineView *self,
               gint64         node_id,
               gboolean       expand)
{
  g_autoptr(GArray) path = get_path (self, node_id);
  g_autoptr(GtkTreeListRow) row = NULL;
  GListModel *children = self->tree != NULL ? gtk_tree_list_model_get_model (self->tree) : NULL;

  for (guint depth = 0; depth < path->len && children != NULL; depth++)
    {
      GtkTreeListRow *child;
      guint index;

      if (row != NULL && !gtk_tree_list_row_get_expanded (row))
        {
          if (!expand)
            return NULL;
          gtk_tree_list_row_set_expanded (row, TRUE);
          children = gtk_tree_list_row_get_children (row);
        }
      if (children == NULL
          || !find_node_index (children, g_array_index (path, gint64, depth), &index))
        return NULL;
      child = row != NULL ? gtk_tree_list_row_get_child_row (row, index)
                          : gtk_tree_list_model_get_child_row (self->tree, index);
      g_set_object (&row, child);
      g_object_unref (child);
      children = gtk_tree_list_row_get_children (row);
    }
  return path->len > 0 ? g_steal_pointer (&row) : NULL;
}

/* Keyboard users editing the rows go on from the row they changed; a row the list view
 * dropped leaves the focus nowhere. Typing in the filter bar keeps the focus there. */
static gboolean
is_focus_in_rows (WpOutlineView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus == NULL || gtk_widget_get_root (focus) != root
         || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));
}

gboolean
wp_outline_view_select_node (WpOutlineView *self,
                             gint64         node_id)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  guint position;

  g_return_val_if_fail (WP_IS_OUTLINE_VIEW (self), FALSE);

  row = find_tree_row (self, node_id, TRUE);
  if (row == NULL)
    return FALSE;

  /* After a move the node has a new row widget, shown now or at the next layout. */
  if (is_focus_in_rows (self))
    self->focus_id = node_id;
  position = gtk_tree_list_row_get_position (row);
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  queue_row_tasks (self);
  return TRUE;
}

/* Following the store */

static void
update_visible_ids (WpOutlineView *self)
{
  GHashTableIter iter;
  gpointer id;

  g_clear_pointer (&self->visible_ids, g_hash_table_unref);
  if (wp_node_filter_is_empty (self->filter) || self->plan == NULL)
    return;

  self->visible_ids = wp_node_filter_match (self->filter, self->store, get_plan_id (self),
                                            ensure_rollup (self));
  g_hash_table_iter_init (&iter, self->added_ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    add_id (self->visible_ids, *(gint64 *) id);
}

static gboolean
refresh_cb (gpointer user_data)
{
  WpOutlineView *self = user_data;
  GHashTableIter iter;
  gpointer row;

  self->refresh_id = 0;
  if (self->visible_ids != NULL)
    {
      update_visible_ids (self);
      gtk_filter_changed (self->row_filter, GTK_FILTER_CHANGE_DIFFERENT);
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    wp_outline_row_update (row, ensure_rollup (self));
  update_actions (self);
  update_page (self);

  return G_SOURCE_REMOVE;
}

/* Progress and lights roll up, numbers count siblings: any change may show in any row,
 * so the roll-up is rebuilt and every bound row updated, once the change is complete. */
static void
queue_refresh (WpOutlineView *self)
{
  g_clear_object (&self->rollup);
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

/* A task's row has an expander only when the task had sub-tasks as the row was made
 * (see create_child_model()); GtkTreeListModel never asks again. */
static gboolean
has_wrong_expander (WpOutlineView *self,
                    gint64         node_id)
{
  g_autoptr(WpNode) node = wp_store_get_node (self->store, node_id);
  g_autoptr(GtkTreeListRow) row = NULL;
  g_autoptr(GPtrArray) children = NULL;

  if (node == NULL || wp_node_get_kind (node) == WP_NODE_SECTION)
    return FALSE;
  row = find_tree_row (self, node_id, FALSE);
  if (row == NULL)
    return FALSE;
  children = wp_store_list_children (self->store, wp_node_get_plan_id (node), node_id);
  return gtk_tree_list_row_is_expandable (row) != (children->len > 0);
}

static void
on_store_children_changed (WpOutlineView *self,
                           gint64         plan_id,
                           gint64         parent_id)
{
  if (plan_id != get_plan_id (self))
    return;
  /* Rare (a task's first sub-task, or its last one gone): a new tree is simplest. */
  if (parent_id != 0 && has_wrong_expander (self, parent_id))
    load_tree (self);
  queue_refresh (self);
}

static void
on_store_node_changed (WpOutlineView *self,
                       gint64         node_id)
{
  queue_refresh (self);
}

/* The numbers follow the plan's style, and due dates show no year in the plan's year. */
static void
on_plan_style_changed (WpOutlineView *self)
{
  load_tree (self);
}

/* Filtering */

static gboolean
apply_filter_cb (gpointer user_data)
{
  WpOutlineView *self = user_data;

  self->apply_filter_id = 0;
  g_hash_table_remove_all (self->added_ids);
  update_visible_ids (self);
  /* A new tree rather than a refiltered one: rows collapsed before show their matches. */
  load_tree (self);
  return G_SOURCE_REMOVE;
}

/* The criteria change one by one (clearing changes them all): the tree follows once. */
static void
on_filter_notify (WpOutlineView *self)
{
  if (self->apply_filter_id == 0)
    self->apply_filter_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_filter_cb, self, NULL);
}

/* A node the user adds while filtering stays in sight, match or not. */
static void
keep_visible (WpOutlineView *self,
              gint64         node_id)
{
  if (self->visible_ids == NULL)
    return;
  add_id (self->added_ids, node_id);
  add_id (self->visible_ids, node_id);
  gtk_filter_changed (self->row_filter, GTK_FILTER_CHANGE_LESS_STRICT);
}

WpNodeFilter *
wp_outline_view_get_filter (WpOutlineView *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE_VIEW (self), NULL);

  return self->filter;
}

void
wp_outline_view_show_filter_bar (WpOutlineView *self)
{
  g_return_if_fail (WP_IS_OUTLINE_VIEW (self));

  if (self->plan != NULL)
    wp_filter_bar_reveal (self->filter_bar);
}

/* Editing */

static void
show_toast (WpOutlineView *self,
            AdwToast      *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (toast));
}

static void
show_error (WpOutlineView *self,
            const GError  *error)
{
  g_autoptr(AdwToast) toast = wp_toast_new_literal (error->message);

  show_toast (self, toast);
}

/* Tab or Ctrl+N while a title is open keep the title, then act. */
static void
stop_rename (WpOutlineView *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      if (wp_outline_row_get_renaming (row))
        {
          wp_outline_row_stop_rename (row);
          return;
        }
    }
}

static void
add_node (WpOutlineView *self,
          WpNodeKind     kind,
          gint64         parent_id,
          int            position)
{
  g_autoptr(WpNode) node = wp_node_new (kind);
  g_autoptr(GError) error = NULL;
  gint64 id;

  stop_rename (self);
  wp_node_set_plan_id (node, get_plan_id (self));
  wp_node_set_parent_id (node, parent_id);
  wp_node_set_title (node, kind == WP_NODE_SECTION ? _("New Section") : _("New Task"));
  id = wp_history_insert_node (self->history, node, position, &error);
  if (id == 0)
    {
      show_error (self, error);
      return;
    }
  keep_visible (self, id);
  self->rename_id = id;
  wp_outline_view_select_node (self, id);
}

static void
add_task_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (widget);
  WpNode *selected = peek_selected_node (self);

  if (selected == NULL)
    add_node (self, WP_NODE_TASK, 0, -1);
  else if (wp_node_get_kind (selected) == WP_NODE_SECTION)
    add_node (self, WP_NODE_TASK, wp_node_get_id (selected), -1);
  else
    add_node (self, WP_NODE_TASK, wp_node_get_parent_id (selected),
              wp_node_get_position (selected) + 1);
}

static void
add_section_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (widget);
  g_autoptr(WpNode) after = wp_outline_view_get_selected_node (self);

  /* After a task, the section comes after the section the task is in. */
  if (after != NULL && wp_node_get_kind (after) == WP_NODE_TASK
      && wp_node_get_parent_id (after) != 0)
    {
      WpNode *parent = wp_store_get_node (self->store, wp_node_get_parent_id (after));

      g_object_unref (after);
      after = parent;
    }

  if (after == NULL)
    add_node (self, WP_NODE_SECTION, 0, -1);
  else
    add_node (self, WP_NODE_SECTION, wp_node_get_parent_id (after),
              wp_node_get_position (after) + 1);
}

static void
add_child_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (widget);
  WpNode *selected = peek_selected_node (self);

  if (selected != NULL)
    add_node (self, wp_node_get_kind (selected), wp_node_get_id (selected), -1);
}

static void
start_rename (WpOutlineView *self,
              gint64         node_id)
{
  self->rename_id = node_id;
  queue_row_tasks (self);
}

static void
rename_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (widget);
  WpNode *selected = peek_selected_node (self);

  if (selected != NULL)
    start_rename (self, wp_node_get_id (selected));
}

static void
on_list_view_activate (WpOutlineView *self,
                       guint          position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr(WpNode) node = gtk_tree_list_row_get_item (row);

  start_rename (self, wp_node_get_id (node));
}

static void
set_title_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (widget);
  g_autoptr(WpNode) live = NULL;
  g_autoptr(WpNode) edited = NULL;
  g_autoptr(GError) error = NULL;
  const char *title;
  gint64 node_id;

  g_variant_get (parameter, "(x&s)", &node_id, &title);
  live = wp_store_get_node (self->store, node_id);
  if (live == NULL)
    return;
  edited = wp_node_copy (live);
  wp_node_set_title (edited, title);
  if (!wp_history_update_node (self->history, edited, &error))
    show_error (self, error);
}

/* The row that takes the selection when @node goes: the next sibling, else the previous
 * one, else the parent. */
static gint64
find_successor (WpOutlineView *self,
                WpNode        *node)
{
  g_autoptr(GPtrArray) siblings = wp_store_list_children (self->store, wp_node_get_plan_id (node),
                                                          wp_node_get_parent_id (node));
  guint position = wp_node_get_position (node);

  if (position + 1 < siblings->len)
    return wp_node_get_id (g_ptr_array_index (siblings, position + 1));
  if (position > 0 && position - 1 < siblings->len)
    return wp_node_get_id (g_ptr_array_index (siblings, position - 1));
  return wp_node_get_parent_id (node);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (widget);
  g_autoptr(WpNode) node = wp_outline_view_get_selected_node (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;
  gint64 successor;

  if (node == NULL)
    return;
  successor = find_successor (self, node);
  if (!wp_history_delete_node (self->history, wp_node_get_id (node), &error))
    {
      show_error (self, error);
      return;
    }

  title = g_strdup_printf (_("Deleted “%s”"), wp_node_get_title (node));
  toast = wp_toast_new_literal (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  show_toast (self, toast);
  if (successor != 0)
    wp_outline_view_select_node (self, successor);
}

/* Runs a move of the selected node and keeps it selected where it went. */
static void
move_selected (WpOutlineView *self,
               gboolean       (*move) (WpHistory *, WpNode *, GError **))
{
  g_autoptr(WpNode) node = wp_outline_view_get_selected_node (self);
  g_autoptr(GError) error = NULL;

  if (node == NULL)
    return;
  stop_rename (self);
  if (!move (self->history, node, &error))
    {
      show_error (self, error);
      return;
    }
  wp_outline_view_select_node (self, wp_node_get_id (node));
}

static gboolean
indent (WpHistory  *history,
        WpNode     *node,
        GError    **error)
{
  return wp_history_indent_node (history, wp_node_get_id (node), error);
}

static gboolean
outdent (WpHistory  *history,
         WpNode     *node,
         GError    **error)
{
  return wp_history_outdent_node (history, wp_node_get_id (node), error);
}

/* Positions count the siblings without the node itself. */
static gboolean
move_up (WpHistory  *history,
         WpNode     *node,
         GError    **error)
{
  return wp_history_move_node (history, wp_node_get_id (node), wp_node_get_parent_id (node),
                               (int) wp_node_get_position (node) - 1, error);
}

static gboolean
move_down (WpHistory  *history,
           WpNode     *node,
           GError    **error)
{
  return wp_history_move_node (history, wp_node_get_id (node), wp_node_get_parent_id (node),
                               (int) wp_node_get_position (node) + 1, error);
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  static const struct
  {
    const char *name;
    gboolean  (*move) (WpHistory *, WpNode *, GError **);
  } moves[] = {
    { "outline.indent", indent },
    { "outline.outdent", outdent },
    { "outline.move-up", move_up },
    { "outline.move-down", move_down },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      if (g_str_equal (action_name, moves[i].name))
        move_selected (WP_OUTLINE_VIEW (widget), moves[i].move);
    }
}

/* A section whose children show right below its row. */
static gboolean
is_open_section (WpOutlineView *self,
                 WpNode        *node)
{
  g_autoptr(GtkTreeListRow) row = NULL;

  if (wp_node_get_kind (node) != WP_NODE_SECTION)
    return FALSE;
  row = find_tree_row (self, wp_node_get_id (node), FALSE);
  return row != NULL && gtk_tree_list_row_get_expanded (row)
         && g_list_model_get_n_items (gtk_tree_list_row_get_children (row)) > 0;
}

/* Where a node dropped on @target goes, as a parent and a position counted without the
 * dragged node: into a section, last; below an open section, first, where it shows. */
static void
get_drop_destination (WpOutlineView *self,
                      WpNode        *dragged,
                      WpNode        *target,
                      WpDropPlace    place,
                      gint64        *parent_id,
                      int           *position)
{
  int target_position = wp_node_get_position (target);

  if (place == WP_DROP_INTO || (place == WP_DROP_AFTER && is_open_section (self, target)))
    {
      *parent_id = wp_node_get_id (target);
      *position = place == WP_DROP_INTO ? -1 : 0;
      return;
    }

  *parent_id = wp_node_get_parent_id (target);
  *position = target_position + (place == WP_DROP_AFTER ? 1 : 0);
  if (wp_node_get_parent_id (dragged) == *parent_id
      && (int) wp_node_get_position (dragged) < target_position)
    (*position)--;
}

static void
drop_node_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (widget);
  g_autoptr(WpNode) dragged = NULL;
  g_autoptr(WpNode) target = NULL;
  g_autoptr(GError) error = NULL;
  gint64 dragged_id, target_id, parent_id;
  int place, position;

  g_variant_get (parameter, "(xxi)", &dragged_id, &target_id, &place);
  dragged = wp_store_get_node (self->store, dragged_id);
  target = wp_store_get_node (self->store, target_id);
  if (dragged == NULL || target == NULL || place < WP_DROP_BEFORE || place > WP_DROP_AFTER)
    return;

  get_drop_destination (self, dragged, target, place, &parent_id, &position);
  if (!wp_history_move_node (self->history, dragged_id, parent_id, position, &error))
    {
      show_error (self, error);
      return;
    }
  wp_outline_view_select_node (self, dragged_id);
}

/* Collapsing a row drops the rows under it, which expand again as they come back: only
 * the top level needs collapsing, not each of 20,000 rows. */
static void
collapse_all (WpOutlineView *self)
{
  GListModel *roots = self->tree != NULL ? gtk_tree_list_model_get_model (self->tree) : NULL;
  guint n_roots = roots != NULL ? g_list_model_get_n_items (roots) : 0;

  /* Backwards, so that collapsing a row does not move the rows still to visit. */
  for (guint i = n_roots; i > 0; i--)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree, i - 1);

      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, FALSE);
    }
}

static void
expand_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  /* A new tree expands everything as it loads. */
  load_tree (WP_OUTLINE_VIEW (widget));
}

static void
collapse_all_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  collapse_all (WP_OUTLINE_VIEW (widget));
}

static gboolean
close_filter_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (widget);

  if (!wp_filter_bar_get_revealed (self->filter_bar))
    return FALSE;
  wp_filter_bar_dismiss (self->filter_bar);
  return TRUE;
}

/* Setup */

static void
disconnect_store (WpOutlineView *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
}

WpHistory *
wp_outline_view_get_history (WpOutlineView *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE_VIEW (self), NULL);

  return self->history;
}

void
wp_outline_view_set_history (WpOutlineView *self,
                             WpHistory     *history)
{
  g_return_if_fail (WP_IS_OUTLINE_VIEW (self));
  g_return_if_fail (history == NULL || WP_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  disconnect_store (self);
  if (history != NULL)
    {
      self->store = g_object_ref (wp_history_get_store (history));
      g_signal_connect_swapped (self->store, "children-changed",
                                G_CALLBACK (on_store_children_changed), self);
      g_signal_connect_swapped (self->store, "node-changed", G_CALLBACK (on_store_node_changed),
                                self);
      wp_filter_bar_setup (self->filter_bar, self->filter, self->store);
    }
  wp_outline_view_set_plan (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

WpPlan *
wp_outline_view_get_plan (WpOutlineView *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE_VIEW (self), NULL);

  return self->plan;
}

void
wp_outline_view_set_plan (WpOutlineView *self,
                          WpPlan        *plan)
{
  g_return_if_fail (WP_IS_OUTLINE_VIEW (self));
  g_return_if_fail (plan == NULL || WP_IS_PLAN (plan));
  g_return_if_fail (plan == NULL || self->store != NULL);

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    {
      g_signal_connect_swapped (plan, "notify::numbering", G_CALLBACK (on_plan_style_changed),
                                self);
      g_signal_connect_swapped (plan, "notify::year", G_CALLBACK (on_plan_style_changed), self);
    }

  g_clear_object (&self->rollup);
  wp_filter_bar_dismiss (self->filter_bar);
  /* The old plan's selection means nothing in the new one. */
  clear_tree (self);
  load_tree (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

void
wp_outline_view_set_thresholds (WpOutlineView           *self,
                                const WpLightThresholds *thresholds)
{
  WpLightThresholds wanted = thresholds != NULL ? *thresholds : wp_light_thresholds_default ();

  g_return_if_fail (WP_IS_OUTLINE_VIEW (self));

  /* The window sets them as it opens: the same ones need no second pass over the rows. */
  if (wanted.yellow_after == self->thresholds.yellow_after
      && wanted.red_after == self->thresholds.red_after)
    return;
  self->thresholds = wanted;
  queue_refresh (self);
}

static void
wp_outline_view_dispose (GObject *object)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->apply_filter_id, g_source_remove);
  g_clear_handle_id (&self->row_tasks_id, g_source_remove);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  clear_tree (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_OUTLINE_VIEW);
  disconnect_store (self);
  g_clear_object (&self->plan);
  g_clear_object (&self->history);
  g_clear_object (&self->rollup);
  g_clear_object (&self->filter);
  g_clear_object (&self->row_filter);

  G_OBJECT_CLASS (wp_outline_view_parent_class)->dispose (object);
}

static void
wp_outline_view_finalize (GObject *object)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (object);

  g_hash_table_unref (self->rows);
  g_hash_table_unref (self->added_ids);
  g_clear_pointer (&self->visible_ids, g_hash_table_unref);

  G_OBJECT_CLASS (wp_outline_view_parent_class)->finalize (object);
}

static void
wp_outline_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_SELECTED_NODE:
      g_value_take_object (value, wp_outline_view_get_selected_node (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_outline_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WpOutlineView *self = WP_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      wp_outline_view_set_history (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      wp_outline_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outline.add-task", NULL, add_task_activated);
  gtk_widget_class_install_action (widget_class, "outline.add-section", NULL,
                                   add_section_activated);
  gtk_widget_class_install_action (widget_class, "outline.add-child", NULL, add_child_activated);
  gtk_widget_class_install_action (widget_class, "outline.rename", NULL, rename_activated);
  gtk_widget_class_install_action (widget_class, "outline.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "outline.indent", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "outline.outdent", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "outline.move-up", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "outline.move-down", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "outline.expand-all", NULL,
                                   expand_all_activated);
  gtk_widget_class_install_action (widget_class, "outline.collapse-all", NULL,
                                   collapse_all_activated);
  gtk_widget_class_install_action (widget_class, "outline.set-title", "(xs)",
                                   set_title_activated);
  gtk_widget_class_install_action (widget_class, "outline.drop-node", "(xxi)",
                                   drop_node_activated);
}

static void
wp_outline_view_class_init (WpOutlineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_outline_view_dispose;
  object_class->finalize = wp_outline_view_finalize;
  object_class->get_property = wp_outline_view_get_property;
  object_class->set_property = wp_outline_view_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, WP_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, WP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_NODE] =
    g_param_spec_object ("selected-node", NULL, NULL, WP_TYPE_NODE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  install_actions (widget_class);
  /* Escape leaves the filter from the rows too, not only from the bar. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, close_filter_cb, NULL);

  g_type_ensure (WP_TYPE_FILTER_BAR);
  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-outline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpOutlineView, box);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineView, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* Lights as dots and drop marks need a few rules of our own, once per display. */
static void
load_css (GdkDisplay *display)
{
  static GdkDisplay *loaded_on;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (loaded_on == display)
    return;
  loaded_on = display;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/workplan/Workplan/wp-outline-view.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
wp_outline_view_init (WpOutlineView *self)
{
  self->rows = g_hash_table_new (NULL, NULL);
  self->added_ids = new_id_set ();
  self->thresholds = wp_light_thresholds_default ();
  self->filter = wp_node_filter_new ();
  self->row_filter = GTK_FILTER (gtk_custom_filter_new (row_filter_func, self, NULL));
  g_signal_connect_swapped (self->filter, "notify", G_CALLBACK (on_filter_notify), self);

  gtk_widget_init_template (GTK_WIDGET (self));
  load_css (gtk_widget_get_display (GTK_WIDGET (self)));
  update_actions (self);
  update_page (self);
}

GtkWidget *
wp_outline_view_new (void)
{
  return g_object_new (WP_TYPE_OUTLINE_VIEW, NULL);
}
