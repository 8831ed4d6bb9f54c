/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-store.h"

G_BEGIN_DECLS

/* Outline numbers are never stored: they come from depth and position.
 * Levels: zh 一、 / （一） / 1. / （1） / ①; en I. / A. / 1. / (a) / (i); deeper levels
 * start the cycle again. A section at depth d uses level d; a task uses at least level 2,
 * so that tasks read 1., 2. directly under 一、 as in the bureau's documents. */
guint  wp_numbering_level      (WpNodeKind   kind,
                                gboolean     has_parent,
                                guint        parent_level);
/* @index counts from 1. Chinese numerals for any index (十, 十一, 一百零一, 一万零一十);
 * circled numbers ① – ㊿, then "51)" as Unicode has no circled 51; Roman numerals
 * repeat M past 3999; letters run A … Z, AA, AB like spreadsheet columns. */
char  *wp_numbering_format     (WpNumbering  style,
                                guint        level,
                                guint        index);
/* The bare numerals of the levels above, without their punctuation, for other
 * numbering schemes (Word's list formats): 十一, ⑤, XIV / xiv. */
void   wp_numbering_append_chinese (GString  *out,
                                    guint     n);
void   wp_numbering_append_circled (GString  *out,
                                    guint     n);
void   wp_numbering_append_roman   (GString  *out,
                                    guint     n,
                                    gboolean  upper);
/* The number of a node as shown in the outline: its index counts the earlier siblings
 * of the same kind. */
char  *wp_numbering_for_node   (WpStore     *store,
                                WpNode      *node,
                                WpNumbering  style);

G_END_DECLS
