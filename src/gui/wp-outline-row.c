/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-numbering.h"
#include "wp-resources.h"
#include "wp-outline-row.h"

struct _WpOutlineRow
{
  GtkWidget         parent_instance;

  GtkWidget        *box;         /* bound so that disposing the template removes it */
  GtkTreeExpander  *expander;
  GtkLabel         *number_label;
  GtkStack         *title_stack;
  GtkLabel         *title_label;
  GtkEntry         *title_entry;   /* made on the first rename: most rows never need one */
  GtkWidget        *light_dot;
  GtkProgressBar   *progress_bar;
  GtkLabel         *progress_label;
  GtkLabel         *department_label;
  GtkLabel         *due_label;

  WpStore          *store;
  WpNode           *node;
  WpNumbering       style;
  guint             year;          /* the plan's: its due dates need no year */
  WpLight           light;         /* the light dot's, for its tooltip */
  GBinding         *title_binding;
  gboolean          renaming;
};

G_DEFINE_FINAL_TYPE (WpOutlineRow, wp_outline_row, GTK_TYPE_WIDGET)

static const char *const light_classes[] = { "green", "yellow", "red" };
static const char *const drop_classes[] = { "drop-before", "drop-into", "drop-after" };

static void
update_number (WpOutlineRow *self)
{
  g_autofree char *number = wp_numbering_for_node (self->store, self->node, self->style);

  gtk_label_set_label (self->number_label, number);
}

static const char *
light_description (WpLight light)
{
  switch (light)
    {
    case WP_LIGHT_GREEN:
      return _("On track");
    case WP_LIGHT_YELLOW:
      return _("At risk");
    case WP_LIGHT_RED:
    default:
      return _("Late");
    }
}

/* Setting a tooltip on a visible widget makes GTK ask the display where the pointer is,
 * a round trip to the X server, for each of the list view's 200 rows. Only a changed
 * tooltip is set, and a row not on screen yet (one being bound) takes it while hidden:
 * it cannot be showing a tooltip. */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  gboolean hide = !gtk_widget_get_mapped (widget) && gtk_widget_get_visible (widget);

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0)
    return;
  if (hide)
    gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  if (hide)
    gtk_widget_set_visible (widget, TRUE);
}

static void
update_rollup (WpOutlineRow *self,
               WpRollup     *rollup)
{
  gint64 id = wp_node_get_id (self->node);
  WpLight light = wp_rollup_get_light (rollup, id);
  double progress = wp_rollup_get_progress (rollup, id);
  g_autofree char *percent = g_strdup_printf (_("%.0f%%"), progress);

  for (guint i = 0; i < G_N_ELEMENTS (light_classes); i++)
    gtk_widget_remove_css_class (self->light_dot, light_classes[i]);
  gtk_widget_add_css_class (self->light_dot, light_classes[light]);
  self->light = light;

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (progress / 100.0, 0.0, 1.0));
  gtk_label_set_label (self->progress_label, percent);
}

static void
update_department (WpOutlineRow *self)
{
  g_autoptr(GPtrArray) assignments = wp_store_list_assignments (self->store,
                                                                wp_node_get_id (self->node));
  const char *lead = "";

  for (guint i = 0; i < assignments->len; i++)
    {
      WpAssignment *assignment = g_ptr_array_index (assignments, i);

      if (wp_assignment_get_role (assignment) == WP_ROLE_LEAD)
        {
          lead = wp_assignment_get_department_name (assignment);
          break;
        }
    }
  gtk_label_set_label (self->department_label, lead);
  set_tooltip (GTK_WIDGET (self->department_label), lead);
}

/* Short, as in a diary; a date outside the plan's year keeps its year, as numbers in
 * the same width. */
static char *
format_due (const char *iso,
            guint       plan_year)
{
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  if (!wp_date_parse (iso, &date))
    return g_strdup ("");
  if (g_date_get_year (&date) != plan_year)
    return g_strdup (iso);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, 0);
  /* Translators: a due date in the outline, see strftime(3); e.g. "Jun 30". */
  return g_date_time_format (time, _("%b %-d"));
}

/* Asked for when shown rather than set on every bind (see set_tooltip()). */
static gboolean
on_light_dot_query_tooltip (WpOutlineRow *self,
                            int           x,
                            int           y,
                            gboolean      keyboard_mode,
                            GtkTooltip   *tooltip)
{
  if (self->node == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, light_description (self->light));
  return TRUE;
}

void
wp_outline_row_update (WpOutlineRow *self,
                       WpRollup     *rollup)
{
  g_autofree char *due = NULL;

  g_return_if_fail (WP_IS_OUTLINE_ROW (self));
  g_return_if_fail (WP_IS_ROLLUP (rollup));

  if (self->node == NULL)
    return;

  update_number (self);
  update_rollup (self, rollup);
  update_department (self);
  due = format_due (wp_node_get_due (self->node), self->year);
  gtk_label_set_label (self->due_label, due);
}

/* Enter, Escape and leaving the entry all end the editing; only a changed, non-empty
 * title is worth an undo step. After a key, keyboard users go on from the row. */
static void
finish_rename (WpOutlineRow *self,
               gboolean      commit,
               gboolean      keep_focus)
{
  g_autofree char *title = NULL;

  if (!self->renaming)
    return;
  self->renaming = FALSE;

  if (keep_focus)
    gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (self)));
  gtk_stack_set_visible_child (self->title_stack, GTK_WIDGET (self->title_label));

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  if (!commit || *title == '\0' || g_strcmp0 (title, wp_node_get_title (self->node)) == 0)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "outline.set-title", "(xs)",
                              wp_node_get_id (self->node), title);
}

void
wp_outline_row_stop_rename (WpOutlineRow *self)
{
  g_return_if_fail (WP_IS_OUTLINE_ROW (self));

  finish_rename (self, TRUE, TRUE);
}

static void
on_title_entry_activate (WpOutlineRow *self)
{
  finish_rename (self, TRUE, TRUE);
}

/* Clicking elsewhere keeps what was typed, as in a file manager. */
static void
on_title_entry_focus_leave (WpOutlineRow *self)
{
  finish_rename (self, TRUE, FALSE);
}

static void
cancel_rename_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  finish_rename (WP_OUTLINE_ROW (widget), FALSE, TRUE);
}

void
wp_outline_row_unbind (WpOutlineRow *self)
{
  g_return_if_fail (WP_IS_OUTLINE_ROW (self));

  finish_rename (self, FALSE, FALSE);
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
                     WpPlan         *plan,
                     GtkTreeListRow *list_row)
{
  gboolean section;

  g_return_if_fail (WP_IS_OUTLINE_ROW (self));
  g_return_if_fail (WP_IS_STORE (store));
  g_return_if_fail (WP_IS_PLAN (plan));
  g_return_if_fail (GTK_IS_TREE_LIST_ROW (list_row));

  wp_outline_row_unbind (self);

  self->store = g_object_ref (store);
  self->node = gtk_tree_list_row_get_item (list_row);
  self->style = wp_plan_get_numbering (plan);
  self->year = wp_plan_get_year (plan);
  gtk_tree_expander_set_list_row (self->expander, list_row);

  self->title_binding = g_object_bind_property (self->node, "title",
                                                self->title_label, "label",
                                                G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->node, "notify::position", G_CALLBACK (update_number), self);
  g_signal_connect_swapped (self->node, "notify::parent-id", G_CALLBACK (update_number), self);

  /* A section's number and title form a heading, as in the printed plan. */
  section = wp_node_get_kind (self->node) == WP_NODE_SECTION;
  if (section)
    gtk_widget_add_css_class (GTK_WIDGET (self->expander), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->expander), "heading");
}

WpNode *
wp_outline_row_get_node (WpOutlineRow *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE_ROW (self), NULL);

  return self->node;
}

/* An entry costs more to make than the rest of the row, and the list view keeps 200 rows. */
static void
ensure_title_entry (WpOutlineRow *self)
{
  GtkEventController *focus;
  GtkEventController *shortcuts;
  GtkShortcut *escape;

  if (self->title_entry != NULL)
    return;

  self->title_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  g_signal_connect_swapped (self->title_entry, "activate",
                            G_CALLBACK (on_title_entry_activate), self);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_title_entry_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), focus);

  escape = gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Escape"),
                             gtk_named_action_new ("row.cancel-rename"));
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), escape);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), shortcuts);

  gtk_stack_add_child (self->title_stack, GTK_WIDGET (self->title_entry));
}

void
wp_outline_row_start_rename (WpOutlineRow *self)
{
  g_return_if_fail (WP_IS_OUTLINE_ROW (self));

  if (self->node == NULL || self->renaming)
    return;

  self->renaming = TRUE;
  ensure_title_entry (self);
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), wp_node_get_title (self->node));
  gtk_stack_set_visible_child (self->title_stack, GTK_WIDGET (self->title_entry));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->title_entry), 0, -1);
}

gboolean
wp_outline_row_get_renaming (WpOutlineRow *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE_ROW (self), FALSE);

  return self->renaming;
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

/* Dragging */

static GdkContentProvider *
on_drag_source_prepare (WpOutlineRow  *self,
                        double         x,
                        double         y,
                        GtkDragSource *source)
{
  if (self->node == NULL || self->renaming)
    return NULL;
  return gdk_content_provider_new_typed (WP_TYPE_NODE, self->node);
}

static void
on_drag_source_drag_begin (WpOutlineRow  *self,
                           GdkDrag       *drag,
                           GtkDragSource *source)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

/* A node cannot go into its own subtree. */
static gboolean
can_take (WpOutlineRow *self,
          WpNode       *dragged)
{
  gint64 dragged_id = wp_node_get_id (dragged);
  gint64 id;

  if (self->node == NULL || wp_node_get_plan_id (dragged) != wp_node_get_plan_id (self->node))
    return FALSE;
  for (id = wp_node_get_id (self->node); id != 0; )
    {
      g_autoptr(WpNode) ancestor = wp_store_get_node (self->store, id);

      if (id == dragged_id || ancestor == NULL)
        return FALSE;
      id = wp_node_get_parent_id (ancestor);
    }
  return TRUE;
}

/* Sections take a drop in their middle third; tasks only go before or after. */
static WpDropPlace
get_drop_place (WpOutlineRow *self,
                double        y)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (wp_node_get_kind (self->node) != WP_NODE_SECTION)
    return y < height / 2 ? WP_DROP_BEFORE : WP_DROP_AFTER;
  if (y < height / 3)
    return WP_DROP_BEFORE;
  return y > height * 2 / 3 ? WP_DROP_AFTER : WP_DROP_INTO;
}

static void
show_drop_place (WpOutlineRow *self,
                 int           place)
{
  for (int i = 0; i < (int) G_N_ELEMENTS (drop_classes); i++)
    {
      if (i == place)
        gtk_widget_add_css_class (GTK_WIDGET (self), drop_classes[i]);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), drop_classes[i]);
    }
}

static WpNode *
get_dragged_node (GtkDropTarget *target)
{
  const GValue *value = gtk_drop_target_get_value (target);

  return value != NULL && G_VALUE_HOLDS (value, WP_TYPE_NODE) ? g_value_get_object (value) : NULL;
}

static GdkDragAction
on_drop_target_motion (WpOutlineRow  *self,
                       double         x,
                       double         y,
                       GtkDropTarget *target)
{
  WpNode *dragged = get_dragged_node (target);

  if (dragged == NULL || !can_take (self, dragged))
    {
      show_drop_place (self, -1);
      return 0;
    }
  show_drop_place (self, get_drop_place (self, y));
  return GDK_ACTION_MOVE;
}

static void
on_drop_target_leave (WpOutlineRow  *self,
                      GtkDropTarget *target)
{
  show_drop_place (self, -1);
}

static gboolean
on_drop_target_drop (WpOutlineRow  *self,
                     const GValue  *value,
                     double         x,
                     double         y,
                     GtkDropTarget *target)
{
  WpNode *dragged = g_value_get_object (value);

  show_drop_place (self, -1);
  if (dragged == NULL || !can_take (self, dragged))
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "outline.drop-node", "(xxi)",
                                     wp_node_get_id (dragged), wp_node_get_id (self->node),
                                     get_drop_place (self, y));
}

static void
setup_drag_and_drop (WpOutlineRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (WP_TYPE_NODE, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_swapped (source, "prepare", G_CALLBACK (on_drag_source_prepare), self);
  g_signal_connect_swapped (source, "drag-begin", G_CALLBACK (on_drag_source_drag_begin), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  /* Preloaded, so that the motion handler can refuse a drop into the dragged subtree. */
  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect_swapped (target, "motion", G_CALLBACK (on_drop_target_motion), self);
  g_signal_connect_swapped (target, "leave", G_CALLBACK (on_drop_target_leave), self);
  g_signal_connect_swapped (target, "drop", G_CALLBACK (on_drop_target_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
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
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, box);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, expander);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, light_dot);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, department_label);
  gtk_widget_class_bind_template_child (widget_class, WpOutlineRow, due_label);
  gtk_widget_class_install_action (widget_class, "row.cancel-rename", NULL,
                                   cancel_rename_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "outlinerow");
}

static void
wp_outline_row_init (WpOutlineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_drag_and_drop (self);
  gtk_widget_set_has_tooltip (self->light_dot, TRUE);
  g_signal_connect_swapped (self->light_dot, "query-tooltip",
                            G_CALLBACK (on_light_dot_query_tooltip), self);
}

GtkWidget *
wp_outline_row_new (void)
{
  return g_object_new (WP_TYPE_OUTLINE_ROW, NULL);
}
