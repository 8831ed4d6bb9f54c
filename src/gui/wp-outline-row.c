/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline-row"

#include "config.h"

#include "wp-numbering.h"
#include "wp-resources.h"
#include "wp-outline-row.h"

struct _WpOutlineRow
{
  GtkWidget        parent_instance;

  GtkTreeExpander *expander;
  GtkLabel        *number_label;
  GtkLabel        *title_label;

  WpStore         *store;
  WpNode          *node;
  WpNumbering      style;
  GBinding        *title_binding;
};

G_DEFINE_FINAL_TYPE (WpOutlineRow, wp_outline_row, GTK_TYPE_WIDGET)

/* The number depends on the node's place, so it is computed again when the place changes. */
static void
update_number (WpOutlineRow *self)
{
  g_autofree char *number = wp_numbering_for_node (self->store, self->node, self->style);

  gtk_label_set_label (self->number_label, number);
}

void
wp_outline_row_unbind (WpOutlineRow *self)
{
  g_return_if_fail (WP_IS_OUTLINE_ROW (self));

  if (self->node != NULL)
    g_signal_handlers_disconnect_by_data (self->node, self);
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  g_clear_object (&self->node);
  g_clear_object (&self->store);
  gtk_tree_expander_set_list_row (self->expander, NULL);
  gtk_label_set_label (self->number_label, "");
  gtk_label_set_label (self->title_label, "");
}

void
wp_outline_row_bind (WpOutlineRow   *self,
                     WpStore        *store,
                     WpNumbering     style,
                     GtkTreeListRow *list_row)
{
  g_return_if_fail (WP_IS_OUTLINE_ROW (self));
  g_return_if_fail (WP_IS_STORE (store));
  g_return_if_fail (GTK_IS_TREE_LIST_ROW (list_row));

  wp_outline_row_unbind (self);

  self->store = g_object_ref (store);
  self->node = gtk_tree_list_row_get_item (list_row);
  self->style = style;
  gtk_tree_expander_set_list_row (self->expander, list_row);

  self->title_binding = g_object_bind_property (self->node, "title",
                                                self->title_label, "label",
                                                G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->node, "notify::position", G_CALLBACK (update_number), self);
  g_signal_connect_swapped (self->node, "notify::parent-id", G_CALLBACK (update_number), self);
  update_number (self);

  /* A section's number and title form a heading, as in the printed plan. */
  if (wp_node_get_kind (self->node) == WP_NODE_SECTION)
    gtk_widget_add_css_class (GTK_WIDGET (self->expander), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->expander), "heading");
}

const char *
wp_outline_row_get_number (WpOutlineRow *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE_ROW (self), NULL);

  return gtk_label_get_label (self->number_label);
}

const char *
wp_outline_row_get_title (WpOutlineRow *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE_ROW (self), NULL);

  return gtk_label_get_label (self->title_label);
}

static void
wp_outline_row_dispose (GObject *object)
{
  WpOutlineRow *self = WP_OUTLINE_ROW (object);

  wp_outline_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_OUTLINE_ROW);

  G_OBJECT_CLASS (wp_outline_row_parent_class)->dispose (object);
}

static void
wp_outline_row_class_init (WpOutlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_outline_row_dispose;

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-outline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, expander);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, title_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wp_outline_row_init (WpOutlineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
wp_outline_row_new (void)
{
  return g_object_new (WP_TYPE_OUTLINE_ROW, NULL);
}
