/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "wp-document.h"

G_BEGIN_DECLS

/* Reports progress, 0–1; called on the thread doing the work. */
typedef void (*WpProgressFunc) (double   fraction,
                                gpointer user_data);

/* Lays a WpDocument out on pages with Pango and Cairo and draws them: to a PDF, to a
 * print context, or to the preview.
 *
 * zh_CN follows GB/T 9704-2012: A4; text block 156 × 225 mm at 37 mm from the top and
 * 28 mm from the left; body 3号 (16 pt) 仿宋 on a 22-line grid of 28 characters (the
 * size stays 16 pt, letters are spaced −0.21 pt so that 28 fill 156 mm, as Word's
 * document grid does); every line, headings and title included, takes one line of the
 * grid, and the top of its line box (ascent to descent, what PDF readers report as the
 * character box) is the top of its grid line; title 2号 小标宋 centred with a blank line
 * under it; heading 1 黑体, 2 楷体, 3 and 4 仿宋, indented two characters like the
 * paragraphs; "— N —" in 4号 7 mm below the text block on every page, the first
 * included, odd pages right and even pages left, one character in; the signature's date
 * four characters from the right with the organisation centred over it. en: A4, 25 mm
 * margins, a serif body at 12 pt, bold sans headings, centred "N" on every page.
 * Both: tables break between rows (a row taller than a page is cut between its lines)
 * and repeat their header row; short columns are widened to hold their text on one
 * line; a heading (or a paragraph's first line after it) never stays alone at the foot
 * of a page; paragraphs leave at least two lines on each side of a page break; the
 * signature takes the last lines of the paragraph before it along to a new page;
 * charts are drawn as vectors, never split, their caption centred under them. Headings
 * of levels 1–2 become the PDF's bookmarks.
 *
 * Fonts: each role has a fallback chain of families (FangSong, 仿宋, FangSong_GB2312,
 * Noto Serif CJK SC, … — see wp-page-fonts.c), of which the first installed one is
 * used; Pango runs at resolution 72, so sizes are points. Cairo embeds the fonts as
 * subsets, so the PDF's text can be searched and copied. */

#define WP_TYPE_PAGE_LAYOUT (wp_page_layout_get_type ())
G_DECLARE_FINAL_TYPE (WpPageLayout, wp_page_layout, WP, PAGE_LAYOUT, GObject)

/* Paginates @document (which it keeps a reference to). May run in a worker thread;
 * @progress (may be NULL) is called as blocks are laid out. Fails only when cancelled. */
WpPageLayout *wp_page_layout_new          (WpDocument     *document,
                                           GCancellable   *cancellable,
                                           WpProgressFunc  progress,
                                           gpointer        progress_data,
                                           GError        **error);
WpDocument   *wp_page_layout_get_document (WpPageLayout   *self);
guint         wp_page_layout_get_n_pages  (WpPageLayout   *self);
/* The page size in points (A4: 595.28 × 841.89). */
void          wp_page_layout_get_page_size (WpPageLayout  *self,
                                            double        *width,
                                            double        *height);
/* Draws page @index (0-based) on @cr, whose user space is points with the origin at the
 * page's top-left corner: a PDF surface, a print context scaled to points, or an image
 * surface scaled for the preview. Paints no background. */
void          wp_page_layout_render_page  (WpPageLayout   *self,
                                           cairo_t        *cr,
                                           guint           index);
/* Writes every page to a PDF with the document's metadata. May run in a worker thread;
 * @progress is called per page. */
gboolean      wp_page_layout_write_pdf    (WpPageLayout   *self,
                                           GOutputStream  *stream,
                                           GCancellable   *cancellable,
                                           WpProgressFunc  progress,
                                           gpointer        progress_data,
                                           GError        **error);

G_END_DECLS
