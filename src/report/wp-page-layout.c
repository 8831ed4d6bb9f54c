/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <pango/pangocairo.h>

#include "wp-catalog.h"
#include "wp-page-flow.h"
#include "wp-page-layout.h"
#include "wp-page-pdf.h"

struct _WpPageLayout
{
  GObject       parent_instance;

  WpDocument   *document;
  PangoFontMap *font_map;
  PangoContext *context;
  WpPageStyle   style;
  GArray       *blocks;   /* WpPageBlock, one per block of @document */
  GPtrArray    *pages;    /* GArray of WpPageItem */
};

G_DEFINE_FINAL_TYPE (WpPageLayout, wp_page_layout, G_TYPE_OBJECT)

static void
page_block_clear (gpointer data)
{
  WpPageBlock *pb = data;

  g_clear_pointer (&pb->text, wp_page_text_free);
  g_clear_pointer (&pb->table, wp_page_table_free);
}

static void
wp_page_layout_finalize (GObject *object)
{
  WpPageLayout *self = WP_PAGE_LAYOUT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  wp_page_style_clear (&self->style);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (wp_page_layout_parent_class)->finalize (object);
}

static void
wp_page_layout_class_init (WpPageLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_page_layout_finalize;
}

static void
wp_page_layout_init (WpPageLayout *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (WpPageBlock));
  g_array_set_clear_func (self->blocks, page_block_clear);
}

/* A font map of our own, so that a layout can run in a worker thread. Points are
 * Pango's units at 72 dpi; without hinting and rounding, text measures the same on
 * the PDF, the printer and the preview at any zoom. */
static void
set_up_context (WpPageLayout *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  const char *language = wp_document_get_language (self->document);

  self->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72);
  self->context = pango_font_map_create_context (self->font_map);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context,
                              pango_language_from_string (wp_catalog_is_chinese (language)
                                                          ? "zh-cn" : "en"));
  wp_page_style_init (&self->style, language, self->font_map);
}

static WpPageRole
role_of (const WpBlock *block)
{
  switch (block->kind)
    {
    case WP_BLOCK_TITLE:
      return WP_PAGE_ROLE_TITLE;
    case WP_BLOCK_SUBTITLE:
      return WP_PAGE_ROLE_SUBTITLE;
    case WP_BLOCK_HEADING:
      return wp_page_role_for_level (block->level);
    case WP_BLOCK_SIGNATURE:
      return WP_PAGE_ROLE_SIGNATURE;
    case WP_BLOCK_CHART:
      return WP_PAGE_ROLE_CAPTION;
    case WP_BLOCK_PARAGRAPH:
    case WP_BLOCK_TABLE:
    case WP_BLOCK_PAGE_BREAK:
    default:
      return WP_PAGE_ROLE_BODY;
    }
}

static void
prepare_block (WpPageLayout  *self,
               const WpBlock *block,
               WpPageBlock   *pb)
{
  const WpPageStyle *style = &self->style;

  pb->block = block;
  pb->role = role_of (block);
  switch (block->kind)
    {
    case WP_BLOCK_TABLE:
      pb->table = wp_page_table_new (self->context, style, block->table);
      break;
    case WP_BLOCK_SIGNATURE:
      pb->text = wp_page_text_new_signature (self->context, style, block->text);
      break;
    case WP_BLOCK_PAGE_BREAK:
      break;
    case WP_BLOCK_CHART:
      if (block->text == NULL || *block->text == '\0')
        break;
      G_GNUC_FALLTHROUGH;
    default:
      pb->text = wp_page_text_new (self->context, style, pb->role, block->text,
                                   wp_page_role_for_level (block->level), block->lead,
                                   style->left, style->width);
      break;
    }
}

WpPageLayout *
wp_page_layout_new (WpDocument      *document,
                    GCancellable    *cancellable,
                    WpProgressFunc   progress,
                    gpointer         progress_data,
                    GError         **error)
{
  g_autoptr(WpPageLayout) self = NULL;
  guint n_blocks;

  g_return_val_if_fail (WP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (WP_TYPE_PAGE_LAYOUT, NULL);
  self->document = g_object_ref (document);
  set_up_context (self);
  n_blocks = wp_document_get_n_blocks (document);
  g_array_set_size (self->blocks, n_blocks);
  for (guint i = 0; i < n_blocks; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      prepare_block (self, wp_document_get_block (document, i),
                     &g_array_index (self->blocks, WpPageBlock, i));
      if (progress != NULL)
        progress ((i + 1.0) / (n_blocks + 1.0), progress_data);
    }
  self->pages = wp_page_flow_paginate (&self->style, (WpPageBlock *) self->blocks->data,
                                       n_blocks);
  if (progress != NULL)
    progress (1.0, progress_data);
  return g_steal_pointer (&self);
}

WpDocument *
wp_page_layout_get_document (WpPageLayout *self)
{
  g_return_val_if_fail (WP_IS_PAGE_LAYOUT (self), NULL);
  return self->document;
}

guint
wp_page_layout_get_n_pages (WpPageLayout *self)
{
  g_return_val_if_fail (WP_IS_PAGE_LAYOUT (self), 0);
  return self->pages->len;
}

void
wp_page_layout_get_page_size (WpPageLayout *self,
                              double       *width,
                              double       *height)
{
  g_return_if_fail (WP_IS_PAGE_LAYOUT (self));

  if (width != NULL)
    *width = self->style.page_width;
  if (height != NULL)
    *height = self->style.page_height;
}

static void
draw_chart (WpPageLayout     *self,
            cairo_t          *cr,
            const WpPageItem *item)
{
  const WpBlock *block = item->source->block;
  WpChartRect rect = { self->style.left, item->y, self->style.width, item->height };
  WpChartStyle style;

  wp_chart_style_init_print (&style, self->style.chart_font, self->style.chart_font_size);
  wp_chart_style_set_language (&style, wp_document_get_language (self->document));
  cairo_save (cr);
  block->chart (cr, &rect, &style, block->chart_data);
  cairo_restore (cr);
  wp_chart_style_clear (&style);
  if (item->source->text != NULL)
    wp_page_text_draw_lines (item->source->text, cr, 0, item->source->text->n_lines,
                             item->y + item->height + self->style.block_gap);
}

static void
draw_item (WpPageLayout     *self,
           cairo_t          *cr,
           const WpPageItem *item)
{
  const WpPageBlock *pb = item->source;

  switch (item->kind)
    {
    case WP_PAGE_ITEM_LINES:
      wp_page_text_draw_lines (pb->text, cr, item->first, item->n, item->y);
      break;
    case WP_PAGE_ITEM_TABLE:
      if (item->slice_height > 0)
        wp_page_table_draw_slice (pb->table, cr, item->y, item->first, item->slice_offset,
                                  item->slice_height);
      else
        wp_page_table_draw (pb->table, cr, item->y, item->first, item->n);
      break;
    case WP_PAGE_ITEM_CHART:
      draw_chart (self, cr, item);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* GB/T 9704 7.5: "— N —" 7 mm under the text block, 空一字 from its right edge on odd
 * pages and from its left edge on even ones; the English style centres a plain "N". The
 * top of the number's line box sits @folio_gap under the block. */
static void
draw_folio (WpPageLayout *self,
            cairo_t      *cr,
            guint         index)
{
  const WpPageStyle *style = &self->style;
  const WpPageRoleStyle *rs = &style->roles[WP_PAGE_ROLE_FOLIO];
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  g_autofree char *number = NULL;
  double x = style->left;
  int width;

  if (style->folio_centred)
    number = g_strdup_printf ("%u", index + 1);
  else
    /* En spaces: as wide as 宋体's half-width space that Word puts there, and wide
     * enough for a PDF reader to read "— 1 —" and not "—1—". */
    number = g_strdup_printf ("\u2014\u2002%u\u2002\u2014", index + 1);
  pango_layout_set_font_description (layout, rs->font);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_size (layout, &width, NULL);
  if (style->folio_centred)
    x += (style->width - width / (double) PANGO_SCALE) / 2;
  else if (index % 2 == 0)
    x += style->width - style->folio_inset - width / (double) PANGO_SCALE;
  else
    x += style->folio_inset;
  cairo_move_to (cr, x, style->top + style->height + style->folio_gap);
  pango_cairo_show_layout (cr, layout);
}

void
wp_page_layout_render_page (WpPageLayout *self,
                            cairo_t      *cr,
                            guint         index)
{
  GArray *items;

  g_return_if_fail (WP_IS_PAGE_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index < self->pages->len);

  items = g_ptr_array_index (self->pages, index);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < items->len; i++)
    draw_item (self, cr, &g_array_index (items, WpPageItem, i));
  draw_folio (self, cr, index);
  cairo_restore (cr);
}

gboolean
wp_page_layout_write_pdf (WpPageLayout   *self,
                          GOutputStream  *stream,
                          GCancellable   *cancellable,
                          WpProgressFunc  progress,
                          gpointer        progress_data,
                          GError        **error)
{
  g_return_val_if_fail (WP_IS_PAGE_LAYOUT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return wp_page_pdf_write (self, self->pages, stream, cancellable, progress, progress_data,
                            error);
}
