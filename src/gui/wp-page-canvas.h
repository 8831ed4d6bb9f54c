/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <poppler.h>

G_BEGIN_DECLS

#define WP_TYPE_PAGE_CANVAS (wp_page_canvas_get_type ())
G_DECLARE_FINAL_TYPE (WpPageCanvas, wp_page_canvas, WP, PAGE_CANVAS, GtkWidget)

/* One PDF page drawn on white with a shadow, the large page of WpPagePreview. Its size
 * follows "zoom" (pixels per point at 100 %; 0 fits the width it is given). */
GtkWidget   *wp_page_canvas_new        (void);
void         wp_page_canvas_set_page   (WpPageCanvas *self,
                                        PopplerPage  *page);
void         wp_page_canvas_set_zoom   (WpPageCanvas *self,
                                        double        zoom);
/* The scale the page is drawn at: the zoom, or in fit mode what the width gives. */
double       wp_page_canvas_get_scale  (WpPageCanvas *self);

/* @page on white, @scale device pixels per point. */
GdkTexture  *wp_page_render_texture    (PopplerPage  *page,
                                        double        scale);

G_END_DECLS
