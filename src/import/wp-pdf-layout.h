/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One line of text as a PDF page shows it, with where it stands on the page in points
 * from the top left corner. Without geometry (all numbers 0), lines are joined by what
 * they say alone. */
typedef struct
{
  char   *text;        /* without white space at either end; never empty */
  double  left;
  double  right;
  double  top;
  double  bottom;
  double  lead_width;  /* what the line could not break before: its first word, or a
                        * Han character with the punctuation that sticks to it */
} WpPdfLine;

void   wp_pdf_line_free           (WpPdfLine *self);

/* Rebuilds a document's paragraphs from its pages (GPtrArray of WpPdfLine each):
 * running headers and footers — lines that repeat, digits aside, at the top or bottom
 * of many pages — and page numbers ("— 3 —", "第3页", "Page 3 of 10") are dropped, and
 * the lines a paragraph was wrapped into are joined, Chinese without a space. Returns
 * one paragraph per line, "\n" after each; empty when no text is left. */
char  *wp_pdf_layout_paragraphs   (GPtrArray *pages);

G_END_DECLS
