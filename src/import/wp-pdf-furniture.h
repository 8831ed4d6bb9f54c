/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-pdf-layout.h"

G_BEGIN_DECLS

/* Removes what a printed page carries besides the text from @pages (GPtrArray of
 * WpPdfLine each): running headers and footers — lines that repeat, digits aside, at
 * the top or bottom of at least half the pages — and page numbers such as "— 3 —",
 * "第3页" or "Page 3 of 10", from the edges of every page. */
void wp_pdf_remove_furniture (GPtrArray *pages);

G_END_DECLS
