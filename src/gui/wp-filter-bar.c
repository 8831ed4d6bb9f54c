/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-filter-bar"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "wp-filter-bar.h"
#include "wp-numbering.h"
#include "wp-resources.h"

struct _WpFilterBar
{
  GtkWidget        parent_instance;

  GtkSearchBar    *search_bar;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *department_dropdown;
  GtkDropDown     *status_dropdown;
  GtkDropDown     *light_dropdown;
  GtkToggleButton *overdue_button;
  GtkToggleButton *key_button;
  GtkButton       *root_button;
  GtkLabel        *root_label;

  WpNodeFilter    *filter;
  WpStore         *store;
  GArray          *department_ids;  /* gint64 per item of the dropdown; 0 for "all" */
};

G_DEFINE_FINAL_TYPE (WpFilterBar, wp_filter_bar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The first item of the status and light dropdowns is "any": item i is value i - 1. */
static int
get_criterion (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == GTK_INVALID_LIST_POSITION ? WP_NODE_FILTER_ANY : (int) selected - 1;
}

static void
on_search_entry_search_changed (WpFilterBar *self)
{
  if (self->filter != NULL)
    wp_node_filter_set_text (self->filter,
                             gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_department_dropdown_selected_changed (WpFilterBar *self)
{
  guint selected = gtk_drop_down_get_selected (self->department_dropdown);

  if (self->filter != NULL && selected < self->department_ids->len)
    wp_node_filter_set_department_id (self->filter,
                                      g_array_index (self->department_ids, gint64, selected));
}

static void
on_status_dropdown_selected_changed (WpFilterBar *self)
{
  if (self->filter != NULL)
    wp_node_filter_set_status (self->filter, get_criterion (self->status_dropdown));
}

static void
on_light_dropdown_selected_changed (WpFilterBar *self)
{
  if (self->filter != NULL)
    wp_node_filter_set_light (self->filter, get_criterion (self->light_dropdown));
}

static void
on_overdue_button_active_changed (WpFilterBar *self)
{
  if (self->filter != NULL)
    wp_node_filter_set_overdue (self->filter, gtk_toggle_button_get_active (self->overdue_button));
}

static void
on_key_button_active_changed (WpFilterBar *self)
{
  if (self->filter != NULL)
    wp_node_filter_set_key_only (self->filter, gtk_toggle_button_get_active (self->key_button));
}

static void
on_root_button_clicked (WpFilterBar *self)
{
  if (self->filter != NULL)
    wp_node_filter_set_root_id (self->filter, 0);
}

static gboolean
needs_space (const char *number)
{
  const char *last = g_utf8_find_prev_char (number, number + strlen (number));

  return last != NULL && !g_unichar_iswide (g_utf8_get_char (last));
}

/* "一、学前教育": the root as the outline numbers it, or NULL when it is gone. */
static char *
describe_node (WpStore *store,
               gint64   node_id)
{
  g_autoptr(WpNode) node = wp_store_get_node (store, node_id);
  g_autoptr(WpPlan) plan = NULL;
  g_autofree char *number = NULL;

  if (node == NULL)
    return NULL;
  plan = wp_store_get_plan (store, wp_node_get_plan_id (node));
  if (plan == NULL)
    return NULL;
  number = wp_numbering_for_node (store, node, wp_plan_get_numbering (plan));
  /* "I. Goals" but "一、目标": Chinese numbers end in a full-width mark of their own. */
  return g_strdup_printf ("%s%s%s", number, needs_space (number) ? " " : "",
                          wp_node_get_title (node));
}

/* The root is set from the dashboard, not from the bar: the bar shows it so that the user
 * sees why the outline is cut down to one part, and can undo it. */
static void
update_root (WpFilterBar *self)
{
  gint64 root_id = self->filter != NULL ? wp_node_filter_get_root_id (self->filter) : 0;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (root_id != 0 && self->store != NULL)
    name = describe_node (self->store, root_id);
  gtk_widget_set_visible (GTK_WIDGET (self->root_button), root_id != 0);
  if (root_id == 0)
    return;
  /* TRANSLATORS: the outline shows only one section (or task) and what is under it. */
  text = g_strdup_printf (_("Only %s"), name != NULL ? name : _("a deleted part"));
  gtk_label_set_label (self->root_label, text);
}

/* Departments change in their own dialog: the list is read again each time the bar opens,
 * keeping the department chosen before when it still exists. */
static void
load_departments (WpFilterBar *self)
{
  g_autoptr(GPtrArray) departments = wp_store_list_departments (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 current = wp_node_filter_get_department_id (self->filter);
  gint64 all = 0;
  guint selected = 0;

  g_array_set_size (self->department_ids, 0);
  g_array_append_val (self->department_ids, all);
  gtk_string_list_append (names, _("All departments"));
  for (guint i = 0; i < departments->len; i++)
    {
      WpDepartment *department = g_ptr_array_index (departments, i);
      gint64 id = wp_department_get_id (department);

      g_array_append_val (self->department_ids, id);
      gtk_string_list_append (names, wp_department_get_name (department));
      if (id == current)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->department_dropdown, selected);
}

static void
select_department (WpFilterBar *self,
                   gint64       department_id)
{
  for (guint i = 0; i < self->department_ids->len; i++)
    if (g_array_index (self->department_ids, gint64, i) == department_id)
      {
        gtk_drop_down_set_selected (self->department_dropdown, i);
        return;
      }
  load_departments (self);
}

/* The filter is also set from elsewhere (the dashboard opens the outline on a department
 * or a section): the open bar shows what it holds. The widgets' handlers then write back
 * the same values, which changes nothing. */
static void
sync_widgets (WpFilterBar *self)
{
  g_autofree char *typed = NULL;

  update_root (self);
  if (!wp_filter_bar_get_revealed (self))
    return;
  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  if (g_strcmp0 (typed, wp_node_filter_get_text (self->filter)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry),
                           wp_node_filter_get_text (self->filter));
  select_department (self, wp_node_filter_get_department_id (self->filter));
  gtk_drop_down_set_selected (self->status_dropdown, wp_node_filter_get_status (self->filter) + 1);
  gtk_drop_down_set_selected (self->light_dropdown, wp_node_filter_get_light (self->filter) + 1);
  gtk_toggle_button_set_active (self->overdue_button, wp_node_filter_get_overdue (self->filter));
  gtk_toggle_button_set_active (self->key_button, wp_node_filter_get_key_only (self->filter));
}

/* Each widget writes its default into the filter through its handler. */
static void
reset_criteria (WpFilterBar *self)
{
  g_object_freeze_notify (G_OBJECT (self->filter));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->department_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->light_dropdown, 0);
  gtk_toggle_button_set_active (self->overdue_button, FALSE);
  gtk_toggle_button_set_active (self->key_button, FALSE);
  wp_node_filter_set_root_id (self->filter, 0);
  g_object_thaw_notify (G_OBJECT (self->filter));
}

static void
on_search_bar_search_mode_changed (WpFilterBar *self)
{
  if (self->filter != NULL)
    {
      if (gtk_search_bar_get_search_mode (self->search_bar))
        load_departments (self);
      else
        reset_criteria (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

void
wp_filter_bar_setup (WpFilterBar  *self,
                     WpNodeFilter *filter,
                     WpStore      *store)
{
  g_return_if_fail (WP_IS_FILTER_BAR (self));
  g_return_if_fail (WP_IS_NODE_FILTER (filter));
  g_return_if_fail (WP_IS_STORE (store));

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  g_set_object (&self->store, store);
  g_signal_connect_object (filter, "notify", G_CALLBACK (sync_widgets), self, G_CONNECT_SWAPPED);
  update_root (self);
  if (wp_filter_bar_get_revealed (self))
    load_departments (self);
}

void
wp_filter_bar_reveal (WpFilterBar *self)
{
  g_return_if_fail (WP_IS_FILTER_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
wp_filter_bar_dismiss (WpFilterBar *self)
{
  g_return_if_fail (WP_IS_FILTER_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

gboolean
wp_filter_bar_get_revealed (WpFilterBar *self)
{
  g_return_val_if_fail (WP_IS_FILTER_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

static gboolean
dismiss_cb (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  WpFilterBar *self = WP_FILTER_BAR (widget);

  if (!wp_filter_bar_get_revealed (self))
    return FALSE;
  wp_filter_bar_dismiss (self);
  return TRUE;
}

static void
wp_filter_bar_dispose (GObject *object)
{
  WpFilterBar *self = WP_FILTER_BAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_FILTER_BAR);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_filter_bar_parent_class)->dispose (object);
}

static void
wp_filter_bar_finalize (GObject *object)
{
  WpFilterBar *self = WP_FILTER_BAR (object);

  g_array_unref (self->department_ids);

  G_OBJECT_CLASS (wp_filter_bar_parent_class)->finalize (object);
}

static void
wp_filter_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WpFilterBar *self = WP_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      g_value_set_boolean (value, wp_filter_bar_get_revealed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_filter_bar_class_init (WpFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_filter_bar_dispose;
  object_class->finalize = wp_filter_bar_finalize;
  object_class->get_property = wp_filter_bar_get_property;

  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Escape from any of the bar's widgets, not only from the entry. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, dismiss_cb, NULL);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, light_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, key_button);
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, root_button);
  gtk_widget_class_bind_template_child (widget_class, WpFilterBar, root_label);
  gtk_widget_class_bind_template_callback (widget_class, on_root_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_department_dropdown_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_status_dropdown_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_light_dropdown_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_overdue_button_active_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_key_button_active_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_bar_search_mode_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wp_filter_bar_init (WpFilterBar *self)
{
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
}

GtkWidget *
wp_filter_bar_new (void)
{
  return g_object_new (WP_TYPE_FILTER_BAR, NULL);
}
