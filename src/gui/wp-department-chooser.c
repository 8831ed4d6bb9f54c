/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-department-chooser"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-department-chooser.h"
#include "wp-resources.h"

struct _WpDepartmentChooser
{
  GtkWidget          parent_instance;

  GtkMenuButton     *menu_button;
  GtkPopover        *popover;
  GtkSearchEntry    *search_entry;
  GtkListView       *list_view;
  GtkButton         *new_button;

  WpStore           *store;
  GListStore        *departments;
  GtkFilterListModel *matches;
};

G_DEFINE_FINAL_TYPE (WpDepartmentChooser, wp_department_chooser, GTK_TYPE_WIDGET)

enum
{
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
get_department_name (WpDepartment *department)
{
  return g_strdup (wp_department_get_name (department));
}

static void
on_factory_setup (GtkListItemFactory *factory,
                  GtkListItem        *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_factory_bind (GtkListItemFactory *factory,
                 GtkListItem        *item)
{
  WpDepartment *department = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       wp_department_get_name (department));
}

static void
choose (WpDepartmentChooser *self,
        const char          *name)
{
  g_autofree char *chosen = g_strstrip (g_strdup (name));

  if (*chosen == '\0')
    return;
  gtk_popover_popdown (self->popover);
  g_signal_emit (self, signals[CHOSEN], 0, chosen);
}

static gboolean
has_department (WpDepartmentChooser *self,
                const char          *name)
{
  GListModel *departments = G_LIST_MODEL (self->departments);
  guint n = g_list_model_get_n_items (departments);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WpDepartment) department = g_list_model_get_item (departments, i);

      if (g_strcmp0 (wp_department_get_name (department), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A name that is not a department yet is offered as a new one. */
static void
on_search_entry_changed (WpDepartmentChooser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *typed = g_strstrip (g_strdup (text));
  g_autofree char *label = NULL;
  gboolean is_new = *typed != '\0' && !has_department (self, typed);

  gtk_widget_set_visible (GTK_WIDGET (self->new_button), is_new);
  if (!is_new)
    return;
  /* TRANSLATORS: a button that adds a department of the name typed by the user. */
  label = g_strdup_printf (_("Add “%s” as a New Department"), typed);
  gtk_button_set_label (self->new_button, label);
}

/* Enter takes the department typed or the first that matches, else a new one. */
static void
on_search_entry_activate (WpDepartmentChooser *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(WpDepartment) first = NULL;

  if (!has_department (self, typed) &&
      (first = g_list_model_get_item (G_LIST_MODEL (self->matches), 0)) != NULL)
    typed = wp_department_get_name (first);
  choose (self, typed);
}

static void
on_list_view_activate (WpDepartmentChooser *self,
                       guint                position)
{
  g_autoptr(WpDepartment) department = NULL;

  department = g_list_model_get_item (G_LIST_MODEL (self->matches), position);
  if (department != NULL)
    choose (self, wp_department_get_name (department));
}

static void
on_new_button_clicked (WpDepartmentChooser *self)
{
  choose (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Departments are added and renamed elsewhere: the list is read when it opens. */
static void
on_popover_show (WpDepartmentChooser *self)
{
  g_autoptr(GPtrArray) departments = NULL;

  if (self->store != NULL)
    departments = wp_store_list_departments (self->store);
  g_list_store_splice (self->departments, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->departments)),
                       departments != NULL ? departments->pdata : NULL,
                       departments != NULL ? departments->len : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
wp_department_chooser_set_store (WpDepartmentChooser *self,
                                 WpStore             *store)
{
  g_return_if_fail (WP_IS_DEPARTMENT_CHOOSER (self));
  g_return_if_fail (store == NULL || WP_IS_STORE (store));

  g_set_object (&self->store, store);
}

static void
wp_department_chooser_dispose (GObject *object)
{
  WpDepartmentChooser *self = WP_DEPARTMENT_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_DEPARTMENT_CHOOSER);
  g_clear_object (&self->matches);
  g_clear_object (&self->departments);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_department_chooser_parent_class)->dispose (object);
}

static void
wp_department_chooser_class_init (WpDepartmentChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_department_chooser_dispose;

  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/"
                                               "wp-department-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentChooser, menu_button);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentChooser, popover);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentChooser, list_view);
  gtk_widget_class_bind_template_child (widget_class, WpDepartmentChooser, new_button);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_new_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* The list shows the departments whose name contains what is typed. */
static void
wp_department_chooser_init (WpDepartmentChooser *self)
{
  GtkExpression *name;
  GtkStringFilter *filter;
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->departments = g_list_store_new (WP_TYPE_DEPARTMENT);
  name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                      G_CALLBACK (get_department_name), NULL, NULL);
  filter = gtk_string_filter_new (name);
  g_object_bind_property (self->search_entry, "text", filter, "search", G_BINDING_DEFAULT);
  self->matches = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->departments)),
                                             GTK_FILTER (filter));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->matches)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

GtkWidget *
wp_department_chooser_new (void)
{
  return g_object_new (WP_TYPE_DEPARTMENT_CHOOSER, NULL);
}
