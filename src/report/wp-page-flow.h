/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-document.h"
#include "wp-page-style.h"
#include "wp-page-table.h"
#include "wp-page-text.h"

G_BEGIN_DECLS

/* A document block ready to be paginated: its text laid out, or its table measured. */
typedef struct
{
  const WpBlock *block;
  WpPageText    *text;    /* TITLE, SUBTITLE, HEADING, PARAGRAPH, SIGNATURE, a CHART's
                           * caption (NULL without one) */
  WpPageTable   *table;   /* TABLE */
  WpPageRole     role;    /* of @text */
} WpPageBlock;

typedef enum
{
  WP_PAGE_ITEM_LINES,     /* lines @first … of @source->text */
  WP_PAGE_ITEM_TABLE,     /* the header row, then rows @first …, or a slice of @first */
  WP_PAGE_ITEM_CHART,     /* a chart @height high, then its caption */
} WpPageItemKind;

/* Something drawn on a page, its top at @y. */
typedef struct
{
  WpPageItemKind     kind;
  const WpPageBlock *source;
  double             y;
  guint              first;
  guint              n;
  double             slice_offset;  /* TABLE: @slice_height > 0 cuts row @first */
  double             slice_height;
  double             height;        /* CHART: the chart's own height */
} WpPageItem;

/* The pages, each a GArray of WpPageItem, top to bottom: lines on the grid (zh); a
 * paragraph cut between lines leaving at least two on each page; a heading kept with
 * what follows it; tables cut between rows under a repeated header row; charts whole. */
GPtrArray *wp_page_flow_paginate (const WpPageStyle *style,
                                  const WpPageBlock *blocks,
                                  guint              n_blocks);

G_END_DECLS
