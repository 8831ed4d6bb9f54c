/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <poppler.h>

G_BEGIN_DECLS

#define WP_TYPE_PAGE_PREVIEW (wp_page_preview_get_type ())
G_DECLARE_FINAL_TYPE (WpPagePreview, wp_page_preview, WP, PAGE_PREVIEW, GtkWidget)

/* Shows a poppler document: page thumbnails in a side list, the current page large with
 * zoom (fit width, +/−, Ctrl+plus/minus/0) and page navigation (Page Up/Down, previous
 * and next buttons, a "N / M" label).
 *
 * Properties: "document" (PopplerDocument, NULL for none), "page" (0-based current page),
 * "n-pages" (read-only), "zoom" (1.0 = 72 dpi at 100 %; 0 = fit width). */
GtkWidget       *wp_page_preview_new          (void);
PopplerDocument *wp_page_preview_get_document (WpPagePreview   *self);
/* Keeps the current page when the new document has it (a re-render of the same text). */
void             wp_page_preview_set_document (WpPagePreview   *self,
                                               PopplerDocument *document);
guint            wp_page_preview_get_n_pages  (WpPagePreview   *self);
guint            wp_page_preview_get_page     (WpPagePreview   *self);
void             wp_page_preview_set_page     (WpPagePreview   *self,
                                               guint            page);
double           wp_page_preview_get_zoom     (WpPagePreview   *self);
void             wp_page_preview_set_zoom     (WpPagePreview   *self,
                                               double           zoom);
/* The label text, "3 / 12" (for tests and accessibility). */
const char      *wp_page_preview_get_position_text (WpPagePreview *self);
/* The widget that draws the current page (its size follows the zoom). */
GtkWidget       *wp_page_preview_get_page_widget   (WpPagePreview *self);

G_END_DECLS
