/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-import-dialog.h"
#include "wp-node-list.h"
#include "wp-outline-row.h"
#include "wp-plan-list.h"
#include "wp-resources.h"
#include "wp-window.h"

struct _WpWindow
{
  AdwApplicationWindow parent_instance;

  GtkStack            *title_stack;
  GtkDropDown         *plan_dropdown;
  GtkStack            *content_stack;
  GtkListView         *outline_view;

  WpStore             *store;
  WpPlanList          *plans;
  WpNumbering          numbering;
};

G_DEFINE_FINAL_TYPE (WpWindow, wp_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_plan_label (WpPlan     *plan,
                   guint       year,
                   const char *title,
                   gpointer    user_data)
{
  return g_strdup_printf ("%u %s", year, title);
}

/* Sections always get a child model, so that they can receive tasks later; a task only
 * when it has sub-tasks, so that plain tasks show no expander. */
static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  WpNode *node = item;
  WpStore *store = user_data;
  g_autoptr(WpNodeList) children = NULL;

  children = wp_node_list_new (store, wp_node_get_plan_id (node), wp_node_get_id (node));
  if (wp_node_get_kind (node) == WP_NODE_SECTION
      || g_list_model_get_n_items (G_LIST_MODEL (children)) > 0)
    return G_LIST_MODEL (g_steal_pointer (&children));

  return NULL;
}

static GtkSelectionModel *
create_outline_model (WpWindow *self,
                      WpPlan   *plan)
{
  WpNodeList *roots = wp_node_list_new (self->store, wp_plan_get_id (plan), 0);
  GtkTreeListModel *tree;
  GtkSingleSelection *selection;

  /* Expanded from the start: a plan is read as a document, top to bottom. */
  tree = gtk_tree_list_model_new (G_LIST_MODEL (roots), FALSE, TRUE, create_child_model,
                                  g_object_ref (self->store), g_object_unref);

  /* Nothing is chosen until the user clicks a row: a highlighted first heading would
   * read as a distinction of that heading. */
  selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_model (selection, G_LIST_MODEL (tree));
  g_object_unref (tree);

  return GTK_SELECTION_MODEL (selection);
}

static void
load_outline (WpWindow *self)
{
  WpPlan *plan = gtk_drop_down_get_selected_item (self->plan_dropdown);
  g_autoptr(GtkSelectionModel) model = NULL;

  if (plan != NULL)
    {
      self->numbering = wp_plan_get_numbering (plan);
      model = create_outline_model (self, plan);
    }

  gtk_list_view_set_model (self->outline_view, model);
}

static void
update_empty_state (WpWindow *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->plans)) == 0;

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "outline");
  gtk_stack_set_visible_child_name (self->title_stack, empty ? "title" : "plans");
}

static void
on_plans_items_changed (WpWindow   *self,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GListModel *plans)
{
  update_empty_state (self);
}

static void
on_plan_dropdown_selected_item_changed (WpWindow *self)
{
  load_outline (self);
}

static void
on_outline_factory_setup (GtkSignalListItemFactory *factory,
                          GtkListItem              *item,
                          WpWindow                 *self)
{
  gtk_list_item_set_child (item, wp_outline_row_new ());
}

static void
on_outline_factory_bind (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         WpWindow                 *self)
{
  wp_outline_row_bind (WP_OUTLINE_ROW (gtk_list_item_get_child (item)),
                       self->store, self->numbering, gtk_list_item_get_item (item));
}

static void
on_outline_factory_unbind (GtkSignalListItemFactory *factory,
                           GtkListItem              *item,
                           WpWindow                 *self)
{
  wp_outline_row_unbind (WP_OUTLINE_ROW (gtk_list_item_get_child (item)));
}

static void
setup_plan_dropdown (WpWindow *self)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (WP_TYPE_PLAN, NULL, "year"),
    gtk_property_expression_new (WP_TYPE_PLAN, NULL, "title"),
  };
  g_autoptr(GtkExpression) label = NULL;

  label = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                       G_CALLBACK (format_plan_label), NULL, NULL);
  gtk_drop_down_set_expression (self->plan_dropdown, label);
  gtk_drop_down_set_model (self->plan_dropdown, G_LIST_MODEL (self->plans));
}

static void
select_plan (WpWindow *self,
             gint64    plan_id)
{
  guint n_plans = g_list_model_get_n_items (G_LIST_MODEL (self->plans));

  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(WpPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      if (wp_plan_get_id (plan) == plan_id)
        {
          gtk_drop_down_set_selected (self->plan_dropdown, i);
          return;
        }
    }
}

static void
on_import_dialog_imported (WpWindow       *self,
                           gint64          plan_id,
                           WpImportDialog *dialog)
{
  select_plan (self, plan_id);
}

GtkWindow *
wp_window_import_file (WpWindow *self,
                       GFile    *file)
{
  WpImportDialog *dialog;

  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  dialog = wp_import_dialog_new (GTK_WINDOW (self), self->store, file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_import_dialog_imported), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
on_import_chooser_response (WpWindow             *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    wp_window_import_file (self, file);
}

static GtkFileFilter *
create_plan_filter (void)
{
  const char *suffixes[] = { "txt", "md", "pdf", "docx", "json" };
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Plans (text, Word, PDF, Workplan)"));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);

  return filter;
}

static void
on_import_activate (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) plans = create_plan_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  /* Our reference, dropped once the user has answered. */
  chooser = gtk_file_chooser_native_new (_("Import Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plans);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect_swapped (chooser, "response", G_CALLBACK (on_import_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry win_actions[] = {
  { "import", on_import_activate },
};

static void
wp_window_constructed (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  G_OBJECT_CLASS (wp_window_parent_class)->constructed (object);

  self->plans = wp_plan_list_new (self->store);
  g_signal_connect_object (self->plans, "items-changed",
                           G_CALLBACK (on_plans_items_changed), self, G_CONNECT_SWAPPED);
  /* Setting the model selects the first plan, which loads its outline. */
  setup_plan_dropdown (self);
  update_empty_state (self);
}

static void
wp_window_dispose (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_WINDOW);
  g_clear_object (&self->plans);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (wp_window_parent_class)->dispose (object);
}

static void
wp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  WpWindow *self = WP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  WpWindow *self = WP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_window_class_init (WpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wp_window_constructed;
  object_class->dispose = wp_window_dispose;
  object_class->get_property = wp_window_get_property;
  object_class->set_property = wp_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, outline_view);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_dropdown_selected_item_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_outline_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_outline_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_outline_factory_unbind);
}

static void
wp_window_init (WpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* In the window's action map, so that the application's accelerator reaches it. */
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions),
                                   self);
}

WpWindow *
wp_window_new (GtkApplication *application,
               WpStore        *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (WP_IS_STORE (store), NULL);

  return g_object_new (WP_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

WpStore *
wp_window_get_store (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->store;
}
