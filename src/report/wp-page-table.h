/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "wp-document.h"
#include "wp-page-style.h"

G_BEGIN_DECLS

/* A table laid out across the text block: its cells wrapped in the table's smaller
 * size, its rows measured, so that the pagination can cut it between rows and draw the
 * header row again at the top of every page it reaches. */
typedef struct _WpPageTable WpPageTable;

WpPageTable *wp_page_table_new               (PangoContext       *context,
                                              const WpPageStyle  *style,
                                              const WpBlockTable *table);
void         wp_page_table_free              (WpPageTable        *self);
guint        wp_page_table_get_n_rows        (const WpPageTable  *self);
double       wp_page_table_get_header_height (const WpPageTable  *self);
double       wp_page_table_get_row_height    (const WpPageTable  *self,
                                              guint               row);
/* The height of one line of cell text: a row taller than a page is cut between its
 * lines, at multiples of this below the row's top. */
double       wp_page_table_get_line_pitch    (const WpPageTable  *self);
/* The header row at @y, then rows @first … @first + @n_rows − 1 under it. */
void         wp_page_table_draw              (const WpPageTable  *self,
                                              cairo_t            *cr,
                                              double              y,
                                              guint               first,
                                              guint               n_rows);
/* The header row at @y, then the part of @row from @offset to @offset + @height. */
void         wp_page_table_draw_slice        (const WpPageTable  *self,
                                              cairo_t            *cr,
                                              double              y,
                                              guint               row,
                                              double              offset,
                                              double              height);

G_END_DECLS
