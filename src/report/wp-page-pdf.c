/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "wp-page-flow.h"
#include "wp-page-pdf.h"

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;      /* the first one; nothing is written after it */
  gboolean       stopped;    /* cancelled: cairo's trailer must not reach the stream */
} Sink;

static cairo_status_t
write_cb (gpointer             data,
          const unsigned char *bytes,
          unsigned int         length)
{
  Sink *sink = data;

  if (sink->error != NULL || sink->stopped)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, bytes, length, NULL, sink->cancellable,
                                  &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t *surface,
              WpDocument      *document)
{
  const GDate *date = wp_document_get_date (document);

  if (wp_document_get_title (document) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                    wp_document_get_title (document));
  if (wp_document_get_author (document) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                    wp_document_get_author (document));
  if (wp_document_get_subject (document) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                    wp_document_get_subject (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Workplan");
  /* The document's own date, not the clock: the same plan gives the same file. */
  if (date != NULL)
    {
      g_autofree char *iso = g_strdup_printf ("%04u-%02u-%02uT00:00:00",
                                              g_date_get_year (date),
                                              g_date_get_month (date),
                                              g_date_get_day (date));

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
    }
}

/* Headings of levels 1 and 2 become the PDF's bookmarks, level 2 under level 1. */
static void
add_outline (cairo_surface_t *surface,
             GArray          *items,
             guint            page,
             int             *parent)
{
  for (guint i = 0; i < items->len; i++)
    {
      const WpPageItem *item = &g_array_index (items, WpPageItem, i);
      const WpBlock *block = item->source->block;
      g_autofree char *link = NULL;
      int id;

      if (item->kind != WP_PAGE_ITEM_LINES || block->kind != WP_BLOCK_HEADING
          || item->first != 0 || block->level > 2)
        continue;
      link = g_strdup_printf ("page=%u pos=[0 %d]", page + 1, (int) item->y);
      id = cairo_pdf_surface_add_outline (surface,
                                          block->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : *parent,
                                          block->text, link, 0);
      if (block->level == 1)
        *parent = id;
    }
}

static gboolean
write_pages (WpPageLayout    *layout,
             GPtrArray       *pages,
             cairo_surface_t *surface,
             Sink            *sink,
             WpProgressFunc   progress,
             gpointer         progress_data)
{
  cairo_t *cr = cairo_create (surface);
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < pages->len && sink->error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (sink->cancellable, &sink->error))
        break;
      wp_page_layout_render_page (layout, cr, i);
      add_outline (surface, g_ptr_array_index (pages, i), i, &parent);
      cairo_show_page (cr);
      if (progress != NULL)
        progress ((i + 1.0) / pages->len, progress_data);
    }
  cairo_destroy (cr);
  return sink->error == NULL;
}

gboolean
wp_page_pdf_write (WpPageLayout   *layout,
                   GPtrArray      *pages,
                   GOutputStream  *stream,
                   GCancellable   *cancellable,
                   WpProgressFunc  progress,
                   gpointer        progress_data,
                   GError        **error)
{
  Sink sink = { stream, cancellable, NULL, FALSE };
  cairo_surface_t *surface;
  double width, height;
  cairo_status_t status;

  wp_page_layout_get_page_size (layout, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, width, height);
  set_metadata (surface, wp_page_layout_get_document (layout));
  sink.stopped = !write_pages (layout, pages, surface, &sink, progress, progress_data);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the PDF: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
