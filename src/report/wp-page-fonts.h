/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* The typefaces of the report, each a fallback chain of families. GB/T 9704 names the
 * Windows/Founder faces (仿宋, 小标宋, 黑体, 楷体); a Debian machine has Noto CJK and
 * AR PL instead, so each chain ends with what fonts-noto-cjk / fonts-arphic-ukai give. */
typedef enum
{
  WP_PAGE_FONT_FANGSONG,      /* zh body, headings 3–4, tables */
  WP_PAGE_FONT_XIAOBIAOSONG,  /* zh title */
  WP_PAGE_FONT_HEITI,         /* zh heading 1, table header, charts */
  WP_PAGE_FONT_KAITI,         /* zh heading 2, subtitle */
  WP_PAGE_FONT_SONGTI,        /* zh page numbers: Latin digits in a serif */
  WP_PAGE_FONT_SERIF,         /* en body, with a CJK fallback for Chinese names */
  WP_PAGE_FONT_SANS,          /* en headings and charts, with a CJK fallback */
  WP_PAGE_N_FONTS
} WpPageFont;

/* The installed families of @font's chain on @font_map, first choice first, as a Pango
 * family list ("Noto Serif CJK SC, serif"). In @weight, the weight that makes the first
 * installed family look as the role wants (a Bold Noto Serif stands in for the heavy
 * single-weight 小标宋). Never empty: a generic family ends every list. */
char *wp_page_fonts_resolve (PangoFontMap *font_map,
                             WpPageFont    font,
                             PangoWeight  *weight);

G_END_DECLS
