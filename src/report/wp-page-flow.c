/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <math.h>

#include "wp-page-flow.h"

/* Rounding slack: 22 grid lines add up to the block's height only up to rounding. */
#define EPSILON 0.01
/* Lines a paragraph keeps together at the foot of a page (orphans) and at the top of
 * the next (widows). */
#define MIN_LINES 2

typedef struct
{
  const WpPageStyle *style;
  const WpPageBlock *blocks;
  guint              n_blocks;
  GPtrArray         *pages;
  GArray            *page;    /* the last of @pages */
  double             y;
} Flow;

static double
flow_bottom (const Flow *flow)
{
  return flow->style->top + flow->style->height;
}

static gboolean
flow_page_is_empty (const Flow *flow)
{
  return flow->page->len == 0;
}

static void
flow_new_page (Flow *flow)
{
  flow->page = g_array_new (FALSE, TRUE, sizeof (WpPageItem));
  g_ptr_array_add (flow->pages, flow->page);
  flow->y = flow->style->top;
}

static gboolean
flow_fits (const Flow *flow,
           double      height)
{
  return flow->y + height <= flow_bottom (flow) + EPSILON;
}

/* zh: whatever is not text (a table, a chart) ends on the next line of the grid. */
static void
flow_snap (Flow *flow)
{
  double pitch = flow->style->roles[WP_PAGE_ROLE_BODY].pitch;
  double lines;

  if (!flow->style->grid)
    return;
  lines = ceil ((flow->y - flow->style->top) / pitch - EPSILON);
  flow->y = flow->style->top + lines * pitch;
}

/* Space is kept only between things on one page, never at its top. */
static void
flow_space (Flow   *flow,
            double  space)
{
  if (!flow_page_is_empty (flow))
    flow->y += space;
}

static WpPageItem *
flow_add (Flow              *flow,
          WpPageItemKind     kind,
          const WpPageBlock *source)
{
  WpPageItem item = { .kind = kind, .source = source, .y = flow->y };

  g_array_append_val (flow->page, item);
  return &g_array_index (flow->page, WpPageItem, flow->page->len - 1);
}

static gboolean
is_keep_with_next (WpBlockKind kind)
{
  return kind == WP_BLOCK_TITLE || kind == WP_BLOCK_SUBTITLE || kind == WP_BLOCK_HEADING;
}

static double
space_after (const Flow *flow,
             guint       index)
{
  const WpPageBlock *pb = &flow->blocks[index];

  /* The title's blank line goes under its subtitle. */
  if (pb->block->kind == WP_BLOCK_TITLE && index + 1 < flow->n_blocks
      && flow->blocks[index + 1].block->kind == WP_BLOCK_SUBTITLE)
    return 0;
  return flow->style->roles[pb->role].space_after;
}

static double
space_before (const Flow *flow,
              guint       index)
{
  if (index >= flow->n_blocks)
    return 0;
  switch (flow->blocks[index].block->kind)
    {
    case WP_BLOCK_TABLE:
    case WP_BLOCK_CHART:
      return flow->style->block_gap;
    case WP_BLOCK_PAGE_BREAK:
      return 0;
    default:
      return flow->style->roles[flow->blocks[index].role].space_before;
    }
}

static double chart_height (const Flow        *flow,
                            const WpPageBlock *pb,
                            double            *chart);

/* How much of the page block @index and what it must stay with need: a heading and
 * the start of what follows it, a paragraph's first lines, a table's first row. */
static double
need_of (const Flow *flow,
         guint       index)
{
  const WpPageBlock *pb;
  double need;

  if (index >= flow->n_blocks)
    return 0;
  pb = &flow->blocks[index];
  switch (pb->block->kind)
    {
    case WP_BLOCK_PARAGRAPH:
      need = pb->text->n_lines <= 2 * MIN_LINES - 1 ? pb->text->n_lines : MIN_LINES;
      return need * pb->text->pitch;
    case WP_BLOCK_TABLE:
      need = wp_page_table_get_header_height (pb->table) + flow->style->block_gap;
      if (wp_page_table_get_n_rows (pb->table) > 0)
        need += wp_page_table_get_row_height (pb->table, 0);
      return need;
    case WP_BLOCK_CHART:
      return chart_height (flow, pb, NULL);
    case WP_BLOCK_PAGE_BREAK:
      return 0;
    case WP_BLOCK_SIGNATURE:
    case WP_BLOCK_TITLE:
    case WP_BLOCK_SUBTITLE:
    case WP_BLOCK_HEADING:
    default:
      need = wp_page_text_height (pb->text);
      if (!is_keep_with_next (pb->block->kind))
        return need;
      return need + space_after (flow, index) + space_before (flow, index + 1)
             + need_of (flow, index + 1);
    }
}

/* How many of @remaining lines to set in the @available ones: all that fit, but a
 * paragraph leaves at least MIN_LINES on each side of the break; 0 moves it on. */
static guint
lines_to_set (const WpPageBlock *pb,
              guint              first,
              guint              remaining,
              guint              available)
{
  guint n = MIN (remaining, available);

  if (n == remaining)
    return n;
  if (pb->block->kind != WP_BLOCK_PARAGRAPH)
    return 0;
  if (remaining - n < MIN_LINES)
    n = remaining > MIN_LINES ? remaining - MIN_LINES : 0;
  if (first == 0 && n < MIN_LINES)
    return 0;
  return n;
}

/* A signature never starts a page alone: the end of the paragraph before it goes
 * along, as long as that leaves MIN_LINES of the paragraph behind (or takes it all). */
static void
flow_new_page_with_last_lines (Flow *flow)
{
  WpPageItem *last = &g_array_index (flow->page, WpPageItem, flow->page->len - 1);
  WpPageItem moved;
  guint n = MIN_LINES;

  if (last->kind != WP_PAGE_ITEM_LINES || last->source->block->kind != WP_BLOCK_PARAGRAPH
      || flow->page->len < 2 || last->n < MIN_LINES)
    {
      flow_new_page (flow);
      return;
    }
  if (last->first == 0 && last->n < 2 * MIN_LINES)
    n = last->n;
  moved = *last;
  moved.first = last->first + last->n - n;
  moved.n = n;
  last->n -= n;
  if (last->n == 0)
    g_array_set_size (flow->page, flow->page->len - 1);
  flow_new_page (flow);
  moved.y = flow->y;
  g_array_append_val (flow->page, moved);
  flow->y += n * moved.source->text->pitch + space_after (flow, moved.source - flow->blocks)
             + flow->style->roles[WP_PAGE_ROLE_SIGNATURE].space_before;
}

static void
flow_text (Flow  *flow,
           guint  index)
{
  const WpPageBlock *pb = &flow->blocks[index];
  const WpPageText *text = pb->text;
  guint first = 0;

  flow_space (flow, flow->style->roles[pb->role].space_before);
  if (!flow_fits (flow, need_of (flow, index)) && !flow_page_is_empty (flow))
    {
      if (pb->block->kind == WP_BLOCK_SIGNATURE)
        flow_new_page_with_last_lines (flow);
      else
        flow_new_page (flow);
    }
  while (first < text->n_lines)
    {
      guint available = floor ((flow_bottom (flow) - flow->y + EPSILON) / text->pitch);
      guint n = lines_to_set (pb, first, text->n_lines - first, available);
      WpPageItem *item;

      /* Something taller than a page is cut wherever it must be. */
      if (n == 0 && flow_page_is_empty (flow))
        n = MAX (1, MIN (available, text->n_lines - first));
      if (n > 0)
        {
          item = flow_add (flow, WP_PAGE_ITEM_LINES, pb);
          item->first = first;
          item->n = n;
          flow->y += n * text->pitch;
          first += n;
        }
      if (first < text->n_lines)
        flow_new_page (flow);
    }
  flow->y += space_after (flow, index);
}

/* A row taller than a page, cut between its lines of text. */
static void
flow_row_slices (Flow              *flow,
                 const WpPageBlock *pb,
                 guint              row)
{
  const WpPageTable *table = pb->table;
  double header = wp_page_table_get_header_height (table);
  double pitch = wp_page_table_get_line_pitch (table);
  double padding = flow->style->cell_padding;
  double height = wp_page_table_get_row_height (table, row);
  double offset = 0;

  while (offset < height - EPSILON)
    {
      double end = offset + flow_bottom (flow) - flow->y - header;
      double slice = height - offset;
      WpPageItem *item;

      if (end < height)
        slice = MAX (padding + floor ((end - padding) / pitch) * pitch - offset, pitch);
      item = flow_add (flow, WP_PAGE_ITEM_TABLE, pb);
      item->first = row;
      item->slice_offset = offset;
      item->slice_height = slice;
      flow->y += header + slice;
      offset += slice;
      if (offset < height - EPSILON)
        flow_new_page (flow);
    }
}

static gboolean
is_taller_than_page (const Flow *flow,
                     double      height)
{
  return height > flow->style->height + EPSILON;
}

/* Whether a row that must be cut anyway can start here: the header and two lines. */
static gboolean
fits_a_slice (const Flow        *flow,
              const WpPageBlock *pb)
{
  return flow_fits (flow, wp_page_table_get_header_height (pb->table)
                          + flow->style->cell_padding
                          + MIN_LINES * wp_page_table_get_line_pitch (pb->table));
}

/* Rows @first … that fit under the header from the cursor down; at least one. */
static guint
rows_that_fit (const Flow        *flow,
               const WpPageTable *table,
               guint              first,
               double            *height)
{
  guint n = 0;

  *height = wp_page_table_get_header_height (table);
  while (first + n < wp_page_table_get_n_rows (table))
    {
      double row = wp_page_table_get_row_height (table, first + n);

      if (n > 0 && !flow_fits (flow, *height + row))
        break;
      *height += row;
      n++;
    }
  return n;
}

static void
flow_table (Flow  *flow,
            guint  index)
{
  const WpPageBlock *pb = &flow->blocks[index];
  double header = wp_page_table_get_header_height (pb->table);
  guint n_rows = wp_page_table_get_n_rows (pb->table);
  guint row = 0;

  flow_space (flow, flow->style->block_gap);
  do
    {
      double first = row < n_rows ? wp_page_table_get_row_height (pb->table, row) : 0;
      double height;
      WpPageItem *item;

      if (!flow_fits (flow, header + first) && !flow_page_is_empty (flow)
          && !(is_taller_than_page (flow, header + first) && fits_a_slice (flow, pb)))
        flow_new_page (flow);
      if (!flow_fits (flow, header + first))
        {
          flow_row_slices (flow, pb, row++);
          continue;
        }
      item = flow_add (flow, WP_PAGE_ITEM_TABLE, pb);
      item->first = row;
      item->n = rows_that_fit (flow, pb->table, row, &height);
      flow->y += height;
      row += item->n;
      if (row < n_rows)
        flow_new_page (flow);
    }
  while (row < n_rows);
  flow->y += flow->style->block_gap;
  flow_snap (flow);
}

/* The whole of a chart with its caption; the chart shrinks to fit on an empty page. */
static double
chart_height (const Flow        *flow,
              const WpPageBlock *pb,
              double            *chart)
{
  double caption = 0;
  double height = pb->block->height * 72.0 / 25.4;

  if (pb->text != NULL)
    caption = flow->style->block_gap + wp_page_text_height (pb->text);
  height = MIN (height, flow->style->height - caption - 2 * flow->style->block_gap);
  if (chart != NULL)
    *chart = height;
  return height + caption + flow->style->block_gap;
}

static void
flow_chart (Flow  *flow,
            guint  index)
{
  const WpPageBlock *pb = &flow->blocks[index];
  double chart;
  double total = chart_height (flow, pb, &chart);
  WpPageItem *item;

  flow_space (flow, flow->style->block_gap);
  if (!flow_fits (flow, total) && !flow_page_is_empty (flow))
    flow_new_page (flow);
  item = flow_add (flow, WP_PAGE_ITEM_CHART, pb);
  item->height = chart;
  flow->y += total;
  flow_snap (flow);
}

GPtrArray *
wp_page_flow_paginate (const WpPageStyle *style,
                       const WpPageBlock *blocks,
                       guint              n_blocks)
{
  Flow flow = { style, blocks, n_blocks, NULL, NULL, 0 };

  flow.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  flow_new_page (&flow);
  for (guint i = 0; i < n_blocks; i++)
    {
      switch (blocks[i].block->kind)
        {
        case WP_BLOCK_TABLE:
          flow_table (&flow, i);
          break;
        case WP_BLOCK_CHART:
          flow_chart (&flow, i);
          break;
        case WP_BLOCK_PAGE_BREAK:
          if (!flow_page_is_empty (&flow))
            flow_new_page (&flow);
          break;
        default:
          flow_text (&flow, i);
          break;
        }
    }
  /* A page break at the very end leaves nothing to print on its page. */
  if (flow.pages->len > 1 && flow_page_is_empty (&flow))
    g_ptr_array_remove_index (flow.pages, flow.pages->len - 1);
  return flow.pages;
}
