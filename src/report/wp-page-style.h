/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* The geometry and typefaces of a report page in one language: GB/T 9704-2012 for zh_CN,
 * a plain A4 report for en. All lengths are points (Pango runs at 72 dpi). */

typedef enum
{
  WP_PAGE_ROLE_TITLE,
  WP_PAGE_ROLE_SUBTITLE,
  WP_PAGE_ROLE_HEADING_1,
  WP_PAGE_ROLE_HEADING_2,
  WP_PAGE_ROLE_HEADING_3,
  WP_PAGE_ROLE_HEADING_4,
  WP_PAGE_ROLE_BODY,
  WP_PAGE_ROLE_SIGNATURE,
  WP_PAGE_ROLE_CAPTION,
  WP_PAGE_ROLE_CELL,
  WP_PAGE_ROLE_HEADER_CELL,
  WP_PAGE_ROLE_FOLIO,
  WP_PAGE_N_ROLES
} WpPageRole;

typedef struct
{
  PangoFontDescription *font;
  double                pitch;           /* advance from one line to the next */
  double                letter_spacing;  /* zh: squeezes 16 pt glyphs onto the grid */
  double                indent;          /* of the first line */
  double                width_slack;     /* extra layout width; see wp-page-style.c */
  PangoAlignment        alignment;
  gboolean              justify;
  double                space_before;    /* dropped at the top of a page */
  double                space_after;
} WpPageRoleStyle;

typedef struct
{
  double           page_width;
  double           page_height;
  double           left;           /* the text block */
  double           top;
  double           width;
  double           height;
  gboolean         grid;           /* zh: every text line sits on a line of the grid */
  double           char_width;     /* zh: the grid's character cell; en: an em */
  double           signature_inset;
  double           folio_gap;      /* from the text block's foot to the page number */
  double           folio_inset;    /* zh: from the block's edge, on alternating sides */
  gboolean         folio_centred;
  double           rule_width;     /* table rules */
  double           cell_padding;
  double           block_gap;      /* around tables and charts */
  char            *chart_font;     /* family list for wp_chart_style_init_print() */
  double           chart_font_size;
  WpPageRoleStyle  roles[WP_PAGE_N_ROLES];
} WpPageStyle;

/* Fills @style for @language ("zh_CN": GB/T 9704, anything else: en) with the families
 * installed on @font_map. */
void        wp_page_style_init       (WpPageStyle  *style,
                                      const char   *language,
                                      PangoFontMap *font_map);
void        wp_page_style_clear      (WpPageStyle  *style);
/* The role of a heading (or a paragraph's lead) of @level 1–4. */
WpPageRole  wp_page_role_for_level   (guint         level);

G_END_DECLS
