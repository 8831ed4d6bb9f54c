/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <cairo.h>
#include "wp-chart-style.h"

G_BEGIN_DECLS

/* A document as the report builders say it, before any layout: a flat list of blocks.
 * The page layout (wp-page-layout.h) decides fonts, sizes and pages from the document's
 * language. Every string is copied. */

typedef enum
{
  WP_BLOCK_TITLE,       /* centred, 2号 小标宋 in zh */
  WP_BLOCK_SUBTITLE,    /* centred under the title, body font: "（2019年12月）" */
  WP_BLOCK_HEADING,     /* level 1 一、 黑体, 2 （一） 楷体, 3 1. and 4 （1） 仿宋 */
  WP_BLOCK_PARAGRAPH,   /* body text, first line indented two characters; may begin
                         * with a run-in heading (lead) in that level's typeface */
  WP_BLOCK_TABLE,
  WP_BLOCK_CHART,       /* vector graphics drawn by a callback */
  WP_BLOCK_SIGNATURE,   /* right-aligned lines at the end: organisation, date */
  WP_BLOCK_PAGE_BREAK,  /* the annexes start on a new page */
} WpBlockKind;

/* Draws a chart into @rect (points) with @style (the print style, in the document's
 * language). */
typedef void (*WpDocumentChartFunc) (cairo_t            *cr,
                                     const WpChartRect  *rect,
                                     const WpChartStyle *style,
                                     gpointer            user_data);

typedef struct
{
  guint        n_columns;
  double      *widths;       /* relative column widths, n_columns of them */
  char       **header;       /* n_columns cells; repeated on every page */
  GPtrArray   *rows;         /* char ** of n_columns cells (may contain "\n") */
} WpBlockTable;

typedef struct
{
  WpBlockKind          kind;
  guint                level;     /* HEADING, and the lead of a PARAGRAPH: 1–4 */
  char                *lead;      /* PARAGRAPH: run-in heading text, or NULL */
  char                *text;      /* TITLE, SUBTITLE, HEADING, PARAGRAPH; a chart's
                                   * caption; SIGNATURE lines joined by "\n" */
  WpBlockTable        *table;     /* TABLE */
  WpDocumentChartFunc  chart;     /* CHART */
  gpointer             chart_data;
  GDestroyNotify       chart_destroy;
  double               height;    /* CHART: height in mm at the text block's width */
} WpBlock;

#define WP_TYPE_DOCUMENT (wp_document_get_type ())
G_DECLARE_FINAL_TYPE (WpDocument, wp_document, WP, DOCUMENT, GObject)

/* @language: "zh_CN" (GB/T 9704 layout) or "en" (the English layout). */
WpDocument   *wp_document_new            (const char          *language);
const char   *wp_document_get_language   (WpDocument          *self);

/* The PDF's metadata: title, author (the organisation), subject, and the date. */
void          wp_document_set_metadata   (WpDocument          *self,
                                          const char          *title,
                                          const char          *author,
                                          const char          *subject,
                                          const GDate         *date);
const char   *wp_document_get_title      (WpDocument          *self);
const char   *wp_document_get_author     (WpDocument          *self);
const char   *wp_document_get_subject    (WpDocument          *self);
const GDate  *wp_document_get_date       (WpDocument          *self);

void          wp_document_add_title      (WpDocument          *self,
                                          const char          *text);
void          wp_document_add_subtitle   (WpDocument          *self,
                                          const char          *text);
void          wp_document_add_heading    (WpDocument          *self,
                                          guint                level,
                                          const char          *text);
/* A body paragraph; @lead (may be NULL) is a run-in heading of @level set in that
 * level's typeface before @text: "（一）学前教育。" + "全年新建幼儿园13所……". */
void          wp_document_add_paragraph  (WpDocument          *self,
                                          guint                level,
                                          const char          *lead,
                                          const char          *text);
void          wp_document_add_signature  (WpDocument          *self,
                                          const char          *organisation,
                                          const char          *date_text);
void          wp_document_add_page_break (WpDocument          *self);
/* A table of @n_columns with relative @widths and a header row; add rows to the table
 * that is returned (owned by the document). */
WpBlockTable *wp_document_add_table      (WpDocument          *self,
                                          guint                n_columns,
                                          const double        *widths,
                                          const char * const  *header);
void          wp_block_table_add_row     (WpBlockTable        *table,
                                          const char * const  *cells);
/* A chart @height_mm high across the text block, with a centred @caption under it (may
 * be NULL). The document owns @user_data and frees it with @destroy. */
void          wp_document_add_chart      (WpDocument          *self,
                                          const char          *caption,
                                          double               height_mm,
                                          WpDocumentChartFunc  draw,
                                          gpointer             user_data,
                                          GDestroyNotify       destroy);

guint          wp_document_get_n_blocks  (WpDocument          *self);
const WpBlock *wp_document_get_block     (WpDocument          *self,
                                          guint                index);

G_END_DECLS
