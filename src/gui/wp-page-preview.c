/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-page-preview"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-page-canvas.h"
#include "wp-page-preview.h"
#include "wp-resources.h"

/* The width of a thumbnail, in pixels. */
#define THUMBNAIL_WIDTH 100

struct _WpPagePreview
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkListView       *thumbnails_view;
  GtkSingleSelection *selection;
  GtkStringList     *pages;
  GtkLabel          *position_label;
  GtkLabel          *zoom_label;
  GtkToggleButton   *fit_button;
  GtkScrolledWindow *page_window;
  WpPageCanvas      *canvas;

  PopplerDocument   *document;
  guint              n_pages;
  guint              page;
  double             zoom;
  char              *position_text;
  /* GdkTexture or NULL per page, rendered when a thumbnail is first shown. */
  GPtrArray         *thumbnails;
  /* Set while the selection is moved to follow the page, not by the user. */
  gboolean           syncing;
  guint              zoom_label_source;
  guint              scroll_source;
  gboolean           scroll_pending;
};

G_DEFINE_FINAL_TYPE (WpPagePreview, wp_page_preview, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The zoom levels that +/− step through. */
static const double zoom_steps[] = { 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };

static void
update_position (WpPagePreview *self)
{
  g_autofree char *tooltip = NULL;

  g_free (self->position_text);
  self->position_text = g_strdup_printf ("%u / %u", self->n_pages > 0 ? self->page + 1 : 0,
                                         self->n_pages);
  gtk_label_set_label (self->position_label, self->position_text);
  /* TRANSLATORS: the tooltip of the "3 / 12" label of the preview. */
  tooltip = g_strdup_printf (_("Page %u of %u"), self->n_pages > 0 ? self->page + 1 : 0,
                             self->n_pages);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->position_label), tooltip);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page",
                                 self->page + 1 < self->n_pages);
}

static void
update_zoom_label (WpPagePreview *self)
{
  double scale = wp_page_canvas_get_scale (self->canvas);
  g_autofree char *text = g_strdup_printf ("%d%%", (int) round (scale * 100));

  gtk_label_set_label (self->zoom_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 scale < zoom_steps[G_N_ELEMENTS (zoom_steps) - 1] - 0.01);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 scale > zoom_steps[0] + 0.01);
}

/* Brings the current page's thumbnail into view. GTK 4.8's "list.scroll-to-item" misses
 * rows not made yet; the rows are of one height, so their place is known once the list
 * has been laid out. That happens after a new document's first frame: until then the
 * scroll waits for the list's height. */
static gboolean
scroll_to_thumbnail_cb (gpointer user_data)
{
  WpPagePreview *self = user_data;
  GtkAdjustment *adjustment =
    gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->thumbnails_view));
  double upper = gtk_adjustment_get_upper (adjustment);
  double value = gtk_adjustment_get_value (adjustment);
  double page_size = gtk_adjustment_get_page_size (adjustment);
  double row, top;

  self->scroll_source = 0;
  self->scroll_pending = self->n_pages > 0 && upper <= 0;
  if (self->n_pages == 0 || upper <= 0)
    return G_SOURCE_REMOVE;

  row = upper / self->n_pages;
  top = row * self->page;
  if (top < value)
    gtk_adjustment_set_value (adjustment, top);
  else if (top + row > value + page_size)
    gtk_adjustment_set_value (adjustment, top + row - page_size);
  return G_SOURCE_REMOVE;
}

static void
scroll_to_thumbnail (WpPagePreview *self)
{
  if (self->scroll_source == 0)
    self->scroll_source = g_idle_add (scroll_to_thumbnail_cb, self);
}

static void
on_thumbnails_upper (WpPagePreview *self)
{
  if (self->scroll_pending)
    scroll_to_thumbnail (self);
}

static void
show_page (WpPagePreview *self)
{
  PopplerPage *page = NULL;

  if (self->document != NULL && self->page < self->n_pages)
    page = poppler_document_get_page (self->document, self->page);
  wp_page_canvas_set_page (self->canvas, page);
  g_clear_object (&page);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->page_window), 0);

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     self->n_pages > 0 ? self->page : GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
  scroll_to_thumbnail (self);
  update_position (self);
}

static void
on_selection_selected (WpPagePreview *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (!self->syncing && selected != GTK_INVALID_LIST_POSITION)
    wp_page_preview_set_page (self, selected);
}

static void
on_thumbnail_setup (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    WpPagePreview            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *picture = gtk_picture_new ();

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_size_request (picture, THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 297 / 210);
  gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_add_css_class (picture, "card");
  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

/* Thumbnails not rendered yet are NULL. */
static void
free_thumbnail (gpointer texture)
{
  if (texture != NULL)
    g_object_unref (texture);
}

static GdkTexture *
get_thumbnail (WpPagePreview *self,
               guint          index)
{
  PopplerPage *page;
  double width, height;

  if (self->document == NULL || index >= self->thumbnails->len)
    return NULL;
  if (g_ptr_array_index (self->thumbnails, index) == NULL)
    {
      page = poppler_document_get_page (self->document, index);
      if (page == NULL)
        return NULL;
      poppler_page_get_size (page, &width, &height);
      g_ptr_array_index (self->thumbnails, index) =
        wp_page_render_texture (page, THUMBNAIL_WIDTH / MAX (width, 1.0)
                                        * gtk_widget_get_scale_factor (GTK_WIDGET (self)));
      g_object_unref (page);
    }
  return g_ptr_array_index (self->thumbnails, index);
}

static void
on_thumbnail_bind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   WpPagePreview            *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *picture = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  guint index = gtk_list_item_get_position (item);
  g_autofree char *accessible = g_strdup_printf (_("Page %u"), index + 1);

  gtk_label_set_label (GTK_LABEL (label),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), accessible);
  gtk_picture_set_paintable (GTK_PICTURE (picture),
                             GDK_PAINTABLE (get_thumbnail (self, index)));
}

static void
on_thumbnail_unbind (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     WpPagePreview            *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_picture_set_paintable (GTK_PICTURE (gtk_widget_get_first_child (box)), NULL);
}

/* Fit width is a mode, not a level: the button shows it and leaving it keeps the size. */
static void
on_fit_button_toggled (WpPagePreview *self)
{
  gboolean fit = gtk_toggle_button_get_active (self->fit_button);

  if (fit && self->zoom != 0)
    wp_page_preview_set_zoom (self, 0);
  else if (!fit && self->zoom == 0)
    wp_page_preview_set_zoom (self, wp_page_canvas_get_scale (self->canvas));
}

static void
zoom_step (WpPagePreview *self,
           int            direction)
{
  double scale = wp_page_canvas_get_scale (self->canvas);
  guint n = G_N_ELEMENTS (zoom_steps);

  if (direction > 0)
    {
      for (guint i = 0; i < n; i++)
        if (zoom_steps[i] > scale + 0.01)
          {
            wp_page_preview_set_zoom (self, zoom_steps[i]);
            return;
          }
    }
  else
    {
      for (guint i = n; i-- > 0;)
        if (zoom_steps[i] < scale - 0.01)
          {
            wp_page_preview_set_zoom (self, zoom_steps[i]);
            return;
          }
    }
}

/* preview.zoom-in, preview.zoom-out and preview.zoom-fit. */
static void
zoom_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  WpPagePreview *self = WP_PAGE_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-fit"))
    wp_page_preview_set_zoom (self, 0);
  else
    zoom_step (self, g_str_equal (action_name, "preview.zoom-in") ? 1 : -1);
}

/* preview.next-page and preview.previous-page. */
static void
turn_page_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WpPagePreview *self = WP_PAGE_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.next-page"))
    {
      if (self->page + 1 < self->n_pages)
        wp_page_preview_set_page (self, self->page + 1);
    }
  else if (self->page > 0)
    {
      wp_page_preview_set_page (self, self->page - 1);
    }
}

/* The list of page numbers the thumbnails show, all rebound: the pages are new. */
static void
reset_thumbnails (WpPagePreview *self)
{
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (self->thumbnails, 0);
  g_ptr_array_set_size (self->thumbnails, self->n_pages);
  for (guint i = 0; i < self->n_pages; i++)
    g_ptr_array_add (numbers, g_strdup_printf ("%u", i + 1));
  g_ptr_array_add (numbers, NULL);

  self->syncing = TRUE;
  gtk_string_list_splice (self->pages, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->pages)),
                          (const char * const *) numbers->pdata);
  self->syncing = FALSE;
}

GtkWidget *
wp_page_preview_new (void)
{
  return g_object_new (WP_TYPE_PAGE_PREVIEW, NULL);
}

PopplerDocument *
wp_page_preview_get_document (WpPagePreview *self)
{
  g_return_val_if_fail (WP_IS_PAGE_PREVIEW (self), NULL);

  return self->document;
}

void
wp_page_preview_set_document (WpPagePreview   *self,
                              PopplerDocument *document)
{
  guint old_page;

  g_return_if_fail (WP_IS_PAGE_PREVIEW (self));
  g_return_if_fail (document == NULL || POPPLER_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  old_page = self->page;
  self->n_pages = document != NULL ? poppler_document_get_n_pages (document) : 0;
  self->page = MIN (self->page, self->n_pages > 0 ? self->n_pages - 1 : 0);
  reset_thumbnails (self);
  show_page (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  if (old_page != self->page)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

guint
wp_page_preview_get_n_pages (WpPagePreview *self)
{
  g_return_val_if_fail (WP_IS_PAGE_PREVIEW (self), 0);

  return self->n_pages;
}

guint
wp_page_preview_get_page (WpPagePreview *self)
{
  g_return_val_if_fail (WP_IS_PAGE_PREVIEW (self), 0);

  return self->page;
}

void
wp_page_preview_set_page (WpPagePreview *self,
                          guint          page)
{
  g_return_if_fail (WP_IS_PAGE_PREVIEW (self));

  page = MIN (page, self->n_pages > 0 ? self->n_pages - 1 : 0);
  if (page == self->page)
    return;
  self->page = page;
  show_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

double
wp_page_preview_get_zoom (WpPagePreview *self)
{
  g_return_val_if_fail (WP_IS_PAGE_PREVIEW (self), 0);

  return self->zoom;
}

void
wp_page_preview_set_zoom (WpPagePreview *self,
                          double         zoom)
{
  g_return_if_fail (WP_IS_PAGE_PREVIEW (self));

  zoom = zoom <= 0 ? 0 : CLAMP (zoom, zoom_steps[0], zoom_steps[G_N_ELEMENTS (zoom_steps) - 1]);
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  wp_page_canvas_set_zoom (self->canvas, zoom);
  gtk_scrolled_window_set_policy (self->page_window,
                                  zoom == 0 ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_toggle_button_set_active (self->fit_button, zoom == 0);
  update_zoom_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

const char *
wp_page_preview_get_position_text (WpPagePreview *self)
{
  g_return_val_if_fail (WP_IS_PAGE_PREVIEW (self), NULL);

  return self->position_text;
}

GtkWidget *
wp_page_preview_get_page_widget (WpPagePreview *self)
{
  g_return_val_if_fail (WP_IS_PAGE_PREVIEW (self), NULL);

  return GTK_WIDGET (self->canvas);
}

static void
wp_page_preview_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WpPagePreview *self = WP_PAGE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_page_preview_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WpPagePreview *self = WP_PAGE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      wp_page_preview_set_document (self, g_value_get_object (value));
      break;
    case PROP_PAGE:
      wp_page_preview_set_page (self, g_value_get_uint (value));
      break;
    case PROP_ZOOM:
      wp_page_preview_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_page_preview_dispose (GObject *object)
{
  WpPagePreview *self = WP_PAGE_PREVIEW (object);

  g_clear_handle_id (&self->zoom_label_source, g_source_remove);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_PAGE_PREVIEW);
  g_clear_object (&self->document);
  g_clear_pointer (&self->thumbnails, g_ptr_array_unref);

  G_OBJECT_CLASS (wp_page_preview_parent_class)->dispose (object);
}

static void
wp_page_preview_finalize (GObject *object)
{
  WpPagePreview *self = WP_PAGE_PREVIEW (object);

  g_free (self->position_text);

  G_OBJECT_CLASS (wp_page_preview_parent_class)->finalize (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, turn_page_cb);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, turn_page_cb);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_cb);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_cb);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_cb);
}

static void
wp_page_preview_class_init (WpPagePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_page_preview_dispose;
  object_class->finalize = wp_page_preview_finalize;
  object_class->get_property = wp_page_preview_get_property;
  object_class->set_property = wp_page_preview_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, POPPLER_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, 4.0, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  install_actions (widget_class);

  g_type_ensure (WP_TYPE_PAGE_CANVAS);
  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-page-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, box);
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, thumbnails_view);
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, selection);
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, pages);
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, position_label);
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, fit_button);
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, page_window);
  gtk_widget_class_bind_template_child (widget_class, WpPagePreview, canvas);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_thumbnail_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_thumbnail_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_thumbnail_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_fit_button_toggled);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pagepreview");
}

static gboolean
update_zoom_label_cb (gpointer user_data)
{
  WpPagePreview *self = user_data;

  self->zoom_label_source = 0;
  update_zoom_label (self);
  return G_SOURCE_REMOVE;
}

/* In fit mode the zoom label follows the width the page is given. That width changes
 * while the window lays itself out, when the label must not change size: later. */
static void
on_page_window_width (WpPagePreview *self)
{
  if (self->zoom == 0 && self->zoom_label_source == 0)
    self->zoom_label_source = g_idle_add (update_zoom_label_cb, self);
}

static void
wp_page_preview_init (WpPagePreview *self)
{
  GtkAdjustment *thumbnails_adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  thumbnails_adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->thumbnails_view));

  self->thumbnails = g_ptr_array_new_with_free_func (free_thumbnail);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->page_window),
                           "notify::page-size", G_CALLBACK (on_page_window_width), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (thumbnails_adjustment, "notify::upper",
                           G_CALLBACK (on_thumbnails_upper), self, G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_policy (self->page_window, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_toggle_button_set_active (self->fit_button, TRUE);
  update_position (self);
  update_zoom_label (self);
}
