/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "wp-page-style.h"

G_BEGIN_DECLS

/* One block of text laid out once, whose lines the pagination hands out page by page.
 * Each line takes the role's pitch; its baseline sits the role font's ascent below the
 * top of its slot, so the font's line box (what a PDF reader reports as the glyph box)
 * starts exactly at the slot's top: on the grid's lines in zh. */
typedef struct
{
  PangoLayout *layout;
  guint        n_lines;
  double       x;         /* the layout box's left edge on the page */
  double       pitch;
  double       ascent;
  double      *line_x;    /* n_lines offsets from @x: indent and alignment */
} WpPageText;

/* @text in @role's style, after a run-in @lead (may be NULL) in @lead_role's typeface,
 * @width wide at @x. */
WpPageText *wp_page_text_new        (PangoContext      *context,
                                     const WpPageStyle *style,
                                     WpPageRole         role,
                                     const char        *text,
                                     WpPageRole         lead_role,
                                     const char        *lead,
                                     double             x,
                                     double             width);
/* @text's lines set as one block as wide as its widest line, each line centred in it,
 * the block's right edge @inset from the right of the text block: 署名 centred over
 * 成文日期, which is set 四字 from the right. */
WpPageText *wp_page_text_new_signature (PangoContext      *context,
                                        const WpPageStyle *style,
                                        const char        *text);
void        wp_page_text_free       (WpPageText        *text);
double      wp_page_text_height     (const WpPageText  *text);
/* Draws lines @first … @first + @n_lines − 1, the first in the slot starting at @y. */
void        wp_page_text_draw_lines (const WpPageText  *text,
                                     cairo_t           *cr,
                                     guint              first,
                                     guint              n_lines,
                                     double             y);

G_END_DECLS
