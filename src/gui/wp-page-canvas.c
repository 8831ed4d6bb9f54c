/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-page-canvas"

#include "config.h"

#include "wp-page-canvas.h"

/* Room around the page for its shadow, in pixels. */
#define PAGE_MARGIN 16

struct _WpPageCanvas
{
  GtkWidget    parent_instance;

  PopplerPage *page;
  double       zoom;
  /* The page rendered at texture_scale device pixels per point, kept between frames so
   * that scrolling does not render the page again. */
  GdkTexture  *texture;
  double       texture_scale;
};

G_DEFINE_FINAL_TYPE (WpPageCanvas, wp_page_canvas, GTK_TYPE_WIDGET)

GdkTexture *
wp_page_render_texture (PopplerPage *page,
                        double       scale)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  int pixel_width, pixel_height, stride;

  g_return_val_if_fail (POPPLER_IS_PAGE (page), NULL);

  poppler_page_get_size (page, &width, &height);
  pixel_width = MAX (1, (int) ceil (width * scale));
  pixel_height = MAX (1, (int) ceil (height * scale));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is premultiplied BGRA in memory on little-endian machines, which is
   * what GDK_MEMORY_DEFAULT means on each machine. */
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * pixel_height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes,
                                 stride);
}

static void
page_size (WpPageCanvas *self,
           double       *width,
           double       *height)
{
  *width = *height = 0;
  if (self->page != NULL)
    poppler_page_get_size (self->page, width, height);
}

static double
scale_for_width (WpPageCanvas *self,
                 int           width)
{
  double page_width, page_height;

  page_size (self, &page_width, &page_height);
  if (page_width <= 0)
    return 1.0;
  if (self->zoom > 0)
    return self->zoom;
  return MAX (width - 2 * PAGE_MARGIN, 1) / page_width;
}

static GtkSizeRequestMode
wp_page_canvas_get_request_mode (GtkWidget *widget)
{
  WpPageCanvas *self = WP_PAGE_CANVAS (widget);

  return self->zoom > 0 ? GTK_SIZE_REQUEST_CONSTANT_SIZE
                        : GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
wp_page_canvas_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  WpPageCanvas *self = WP_PAGE_CANVAS (widget);
  double width, height, scale;

  page_size (self, &width, &height);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Fitting the width, the page takes what it is given down to a small size. */
      *natural = (int) ceil (width * (self->zoom > 0 ? self->zoom : 1.0)) + 2 * PAGE_MARGIN;
      *minimum = self->zoom > 0 ? *natural : 4 * PAGE_MARGIN;
      *natural = MAX (*natural, *minimum);
      return;
    }

  scale = self->zoom > 0 || for_size < 0 ? (self->zoom > 0 ? self->zoom : 1.0)
                                         : scale_for_width (self, for_size);
  *minimum = *natural = (int) ceil (height * scale) + 2 * PAGE_MARGIN;
}

static void
wp_page_canvas_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  WpPageCanvas *self = WP_PAGE_CANVAS (widget);
  double width, height, scale, device_scale;
  graphene_rect_t bounds;
  GskRoundedRect outline;

  if (self->page == NULL)
    return;

  page_size (self, &width, &height);
  scale = scale_for_width (self, gtk_widget_get_width (widget));
  device_scale = scale * gtk_widget_get_scale_factor (widget);
  if (self->texture == NULL || self->texture_scale != device_scale)
    {
      g_clear_object (&self->texture);
      self->texture = wp_page_render_texture (self->page, device_scale);
      self->texture_scale = device_scale;
    }

  graphene_rect_init (&bounds, floor ((gtk_widget_get_width (widget) - width * scale) / 2),
                      PAGE_MARGIN, width * scale, height * scale);
  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &(GdkRGBA) { 0, 0, 0, 0.25 },
                                     0, 1, 1, 6);
  gtk_snapshot_append_texture (snapshot, self->texture, &bounds);
}

GtkWidget *
wp_page_canvas_new (void)
{
  return g_object_new (WP_TYPE_PAGE_CANVAS, NULL);
}

void
wp_page_canvas_set_page (WpPageCanvas *self,
                         PopplerPage  *page)
{
  g_return_if_fail (WP_IS_PAGE_CANVAS (self));
  g_return_if_fail (page == NULL || POPPLER_IS_PAGE (page));

  if (!g_set_object (&self->page, page))
    return;
  g_clear_object (&self->texture);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
wp_page_canvas_set_zoom (WpPageCanvas *self,
                         double        zoom)
{
  g_return_if_fail (WP_IS_PAGE_CANVAS (self));

  if (self->zoom == zoom)
    return;
  self->zoom = MAX (zoom, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
wp_page_canvas_get_scale (WpPageCanvas *self)
{
  g_return_val_if_fail (WP_IS_PAGE_CANVAS (self), 1.0);

  if (self->zoom > 0 || gtk_widget_get_width (GTK_WIDGET (self)) == 0)
    return self->zoom > 0 ? self->zoom : 1.0;
  return scale_for_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
}

static void
wp_page_canvas_dispose (GObject *object)
{
  WpPageCanvas *self = WP_PAGE_CANVAS (object);

  g_clear_object (&self->page);
  g_clear_object (&self->texture);

  G_OBJECT_CLASS (wp_page_canvas_parent_class)->dispose (object);
}

static void
wp_page_canvas_class_init (WpPageCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_page_canvas_dispose;
  widget_class->get_request_mode = wp_page_canvas_get_request_mode;
  widget_class->measure = wp_page_canvas_measure;
  widget_class->snapshot = wp_page_canvas_snapshot;
  gtk_widget_class_set_css_name (widget_class, "pagecanvas");
}

static void
wp_page_canvas_init (WpPageCanvas *self)
{
}
