/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Word's automatic list numbers: the list definitions of word/numbering.xml, the list
 * properties of the paragraph styles in word/styles.xml, and the counters that number
 * a document's paragraphs in order, as Word does when it shows them. */
typedef struct _WpDocxNumbering WpDocxNumbering;

WpDocxNumbering *wp_docx_numbering_new          (void);
void             wp_docx_numbering_free         (WpDocxNumbering  *self);
/* Reads word/numbering.xml; fails with a G_MARKUP_ERROR when it is not XML. */
gboolean         wp_docx_numbering_load_lists   (WpDocxNumbering  *self,
                                                 GBytes           *numbering_xml,
                                                 GError          **error);
/* Reads word/styles.xml, for headings numbered through their style. */
gboolean         wp_docx_numbering_load_styles  (WpDocxNumbering  *self,
                                                 GBytes           *styles_xml,
                                                 GError          **error);
/* Counts the next paragraph of style @style_id (or NULL) with list @num_id at @level
 * (each -1 when the paragraph does not say, so that its style decides), and returns
 * its number as Word shows it — "一、", "（2）", "3.1" — or NULL when the paragraph
 * shows none, bullets included. @spaced says whether Word puts a tab or a space between
 * the number and the text. */
char            *wp_docx_numbering_next         (WpDocxNumbering  *self,
                                                 const char       *style_id,
                                                 int               num_id,
                                                 int               level,
                                                 gboolean         *spaced);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpDocxNumbering, wp_docx_numbering_free)

G_END_DECLS
