/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-import-row"

#include "config.h"

#include "wp-import-row.h"
#include "wp-resources.h"

/* The indentation of one level, as in the outline of the main window. */
#define INDENT_WIDTH 24

struct _WpImportRow
{
  GtkWidget    parent_instance;

  GtkLabel    *line_label;
  GtkBox      *text_box;
  GtkLabel    *number_label;
  GtkLabel    *text_label;
  GtkDropDown *kind_dropdown;
  GtkButton   *outdent_button;
  GtkButton   *indent_button;

  WpOutline   *outline;
  guint        line;
};

G_DEFINE_FINAL_TYPE (WpImportRow, wp_import_row, GTK_TYPE_WIDGET)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_outline_item (WpOutlineLineKind kind)
{
  return kind == WP_OUTLINE_LINE_SECTION || kind == WP_OUTLINE_LINE_TASK;
}

/* The section or task that a line follows decides how deep the line may go and, for
 * body text, where it is shown. Returns FALSE when no section or task comes before it. */
static gboolean
find_level_above (WpOutline *outline,
                  guint      line,
                  guint     *level)
{
  while (line-- > 0)
    {
      if (is_outline_item (wp_outline_get_line_kind (outline, line)))
        {
          *level = wp_outline_get_line_level (outline, line);
          return TRUE;
        }
    }

  return FALSE;
}

/* Sections and tasks sit at their level; body text sits under its item; the rest of the
 * document (preamble, headings, debris) at the margin. */
static guint
compute_indent (WpOutline *outline,
                guint      line)
{
  WpOutlineLineKind kind = wp_outline_get_line_kind (outline, line);
  guint level_above = 0;

  if (is_outline_item (kind))
    return wp_outline_get_line_level (outline, line);
  if (kind == WP_OUTLINE_LINE_BODY && find_level_above (outline, line, &level_above))
    return level_above + 1;

  return 0;
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    enabled)
{
  if (enabled)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
update_level_buttons (WpImportRow *self)
{
  WpOutlineLineKind kind = wp_outline_get_line_kind (self->outline, self->line);
  guint level = wp_outline_get_line_level (self->outline, self->line);
  guint level_above = 0;
  gboolean has_above = find_level_above (self->outline, self->line, &level_above);

  /* The outline allows a line one level below the item above it, and no deeper. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->outdent_button),
                            is_outline_item (kind) && level > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->indent_button),
                            is_outline_item (kind) && has_above && level <= level_above);
}

void
wp_import_row_update (WpImportRow *self)
{
  WpOutlineLineKind kind;

  g_return_if_fail (WP_IS_IMPORT_ROW (self));

  if (self->outline == NULL)
    return;

  kind = wp_outline_get_line_kind (self->outline, self->line);
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  gtk_widget_set_margin_start (GTK_WIDGET (self->text_box),
                               INDENT_WIDTH * compute_indent (self->outline, self->line));
  set_css_class (GTK_WIDGET (self->text_box), "heading", kind == WP_OUTLINE_LINE_SECTION);
  set_css_class (GTK_WIDGET (self->text_box), "dim-label", kind == WP_OUTLINE_LINE_DROPPED);
  update_level_buttons (self);
}

void
wp_import_row_bind (WpImportRow *self,
                    WpOutline   *outline,
                    guint        line)
{
  g_autofree char *line_number = NULL;
  const char *number;
  const char *text;

  g_return_if_fail (WP_IS_IMPORT_ROW (self));
  g_return_if_fail (WP_IS_OUTLINE (outline));
  g_return_if_fail (line < wp_outline_get_n_lines (outline));

  g_set_object (&self->outline, outline);
  self->line = line;

  line_number = g_strdup_printf ("%u", line + 1);
  number = wp_outline_get_line_number (outline, line);
  gtk_label_set_label (self->line_label, line_number);
  gtk_label_set_label (self->number_label, number != NULL ? number : "");
  gtk_widget_set_visible (GTK_WIDGET (self->number_label), number != NULL);
  text = wp_outline_get_line_text (outline, line);
  gtk_label_set_label (self->text_label, text);
  /* The label ends in an ellipsis: the whole paragraph is a hover away. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->text_label), text);
  wp_import_row_update (self);
}

void
wp_import_row_unbind (WpImportRow *self)
{
  g_return_if_fail (WP_IS_IMPORT_ROW (self));

  g_clear_object (&self->outline);
}

guint
wp_import_row_get_line (WpImportRow *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_ROW (self), 0);

  return self->line;
}

/* Showing a line also sets the dropdown: only a choice that differs from the outline
 * is the user's. */
static void
on_kind_dropdown_selected_changed (WpImportRow *self)
{
  WpOutlineLineKind kind = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->outline == NULL || kind == wp_outline_get_line_kind (self->outline, self->line))
    return;

  wp_outline_set_line_kind (self->outline, self->line, kind);
  wp_import_row_update (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
move_to_level (WpImportRow *self,
               guint        level)
{
  wp_outline_set_line_level (self->outline, self->line, level);
  wp_import_row_update (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_outdent_button_clicked (WpImportRow *self)
{
  move_to_level (self, wp_outline_get_line_level (self->outline, self->line) - 1);
}

static void
on_indent_button_clicked (WpImportRow *self)
{
  move_to_level (self, wp_outline_get_line_level (self->outline, self->line) + 1);
}

static void
wp_import_row_dispose (GObject *object)
{
  WpImportRow *self = WP_IMPORT_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->outline);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_IMPORT_ROW);
  /* The template's box holds the bound children but is not bound itself. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (wp_import_row_parent_class)->dispose (object);
}

static void
wp_import_row_class_init (WpImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_import_row_dispose;

  /* Emitted after the user changed the kind or level of the line. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-import-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpImportRow, line_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportRow, text_box);
  gtk_widget_class_bind_template_child (widget_class, WpImportRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportRow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WpImportRow, outdent_button);
  gtk_widget_class_bind_template_child (widget_class, WpImportRow, indent_button);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_dropdown_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_outdent_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_indent_button_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wp_import_row_init (WpImportRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
wp_import_row_new (void)
{
  return g_object_new (WP_TYPE_IMPORT_ROW, NULL);
}
