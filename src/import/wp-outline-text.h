/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reading helpers shared by the outline parser: white space as plans use it, sentence
 * ends in Chinese and English, and whether a line reads as a heading. */

/* ASCII white space, the ideographic space U+3000 and no-break spaces. */
gboolean  wp_outline_text_is_space        (gunichar     c);
/* Han ideographs and the CJK punctuation that goes with them. */
gboolean  wp_outline_text_is_cjk          (gunichar     c);
/* Whether @c is one of the characters of @set; never for the NUL at a string's end. */
gboolean  wp_outline_text_is_one_of       (const char  *set,
                                           gunichar     c);
/* A copy of @length bytes of @text (-1: all) without white space at either end. */
char     *wp_outline_text_strip           (const char  *text,
                                           gssize       length);
/* The byte length of the first sentence of @text without its terminator (。！？；
 * !?; and an English ". "), ignoring terminators inside brackets, quotes and 《》;
 * @rest gets the offset where the next sentence starts. Returns strlen (@text) when
 * @text is one sentence without a terminator. */
gsize     wp_outline_text_sentence_end    (const char  *text,
                                           gsize       *rest);
/* One sentence at most, and not too long to be a heading. */
gboolean  wp_outline_text_is_heading_like (const char  *text);
/* More Han characters than Latin letters. */
gboolean  wp_outline_text_is_mostly_han   (const char  *text);

G_END_DECLS
