/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <string.h>

#include "wp-catalog.h"
#include "wp-page-fonts.h"
#include "wp-page-style.h"

#define MM (72.0 / 25.4)
#define A4_WIDTH (210 * MM)
#define A4_HEIGHT (297 * MM)

/* GB/T 9704-2012, 5.2.1 and 7.5: a text block of 156 × 225 mm, 37 mm from the top and
 * 28 mm from the (binding) left edge, 22 lines of 28 characters of 3号 (16 pt). */
#define ZH_LINES 22
#define ZH_CHARS 28
#define ZH_BODY_SIZE 16.0

typedef struct
{
  WpPageFont  font;
  double      size;
  PangoStyle  style;
  gboolean    bold;         /* on top of the chain's own weight */
} FontSpec;

static PangoFontDescription *
make_font (PangoFontMap   *font_map,
           const FontSpec *spec)
{
  PangoFontDescription *font = pango_font_description_new ();
  PangoWeight weight = PANGO_WEIGHT_NORMAL;
  g_autofree char *families = wp_page_fonts_resolve (font_map, spec->font, &weight);

  pango_font_description_set_family (font, families);
  pango_font_description_set_absolute_size (font, spec->size * PANGO_SCALE);
  pango_font_description_set_weight (font, spec->bold ? PANGO_WEIGHT_BOLD : weight);
  pango_font_description_set_style (font, spec->style);
  return font;
}

static WpPageRoleStyle *
set_role (WpPageStyle    *style,
          PangoFontMap   *font_map,
          WpPageRole      role,
          const FontSpec *spec,
          double          pitch)
{
  WpPageRoleStyle *rs = &style->roles[role];

  rs->font = make_font (font_map, spec);
  rs->pitch = pitch;
  rs->alignment = PANGO_ALIGN_LEFT;
  return rs;
}

/* The grid's character cell is 156 mm / 28 = 15.79 pt, narrower than a 16 pt ideograph.
 * Word and WPS fit 3号 text to this grid by squeezing each character's advance, and so
 * do we: the size stays 3号 as the standard asks, letters are spaced by 15.79 − 16 =
 * −0.21 pt, and 28 ideographs fill the line exactly. Pango adds no spacing after a
 * line's last glyph, so that line is 27 cells + 16 pt wide: the layout gets that much
 * more width (width_slack) or the 28th character would wrap. */
static void
fit_to_grid (WpPageStyle     *style,
             WpPageRoleStyle *rs,
             gboolean         indent)
{
  rs->letter_spacing = style->char_width - ZH_BODY_SIZE;
  rs->width_slack = ZH_BODY_SIZE - style->char_width + 0.01;
  rs->indent = indent ? 2 * style->char_width : 0;
  rs->justify = TRUE;
}

static void
init_zh_text (WpPageStyle  *style,
              PangoFontMap *font_map)
{
  double pitch = style->height / ZH_LINES;
  const FontSpec title = { WP_PAGE_FONT_XIAOBIAOSONG, 22, PANGO_STYLE_NORMAL, FALSE };
  const FontSpec kai = { WP_PAGE_FONT_KAITI, ZH_BODY_SIZE, PANGO_STYLE_NORMAL, FALSE };
  const FontSpec hei = { WP_PAGE_FONT_HEITI, ZH_BODY_SIZE, PANGO_STYLE_NORMAL, FALSE };
  const FontSpec fang = { WP_PAGE_FONT_FANGSONG, ZH_BODY_SIZE, PANGO_STYLE_NORMAL, FALSE };
  WpPageRoleStyle *rs;

  rs = set_role (style, font_map, WP_PAGE_ROLE_TITLE, &title, pitch);
  rs->alignment = PANGO_ALIGN_CENTER;
  rs->space_after = pitch;
  rs = set_role (style, font_map, WP_PAGE_ROLE_SUBTITLE, &kai, pitch);
  fit_to_grid (style, rs, FALSE);
  rs->alignment = PANGO_ALIGN_CENTER;
  rs->justify = FALSE;
  rs->space_after = pitch;
  /* Headings are indented like the paragraphs around them, as in every 公文. */
  fit_to_grid (style, set_role (style, font_map, WP_PAGE_ROLE_HEADING_1, &hei, pitch), TRUE);
  fit_to_grid (style, set_role (style, font_map, WP_PAGE_ROLE_HEADING_2, &kai, pitch), TRUE);
  fit_to_grid (style, set_role (style, font_map, WP_PAGE_ROLE_HEADING_3, &fang, pitch), TRUE);
  fit_to_grid (style, set_role (style, font_map, WP_PAGE_ROLE_HEADING_4, &fang, pitch), TRUE);
  fit_to_grid (style, set_role (style, font_map, WP_PAGE_ROLE_BODY, &fang, pitch), TRUE);
  rs = set_role (style, font_map, WP_PAGE_ROLE_SIGNATURE, &fang, pitch);
  fit_to_grid (style, rs, FALSE);
  rs->justify = FALSE;
  rs->space_before = pitch;
}

/* The roles around the text: captions, table cells, page numbers, and the charts. */
typedef struct
{
  FontSpec    caption;
  FontSpec    cell;
  FontSpec    header;
  FontSpec    folio;
  double      cell_pitch;
  WpPageFont  chart_font;
  double      chart_font_size;
} SmallRoles;

static const SmallRoles zh_small = {
  { WP_PAGE_FONT_FANGSONG, 14, PANGO_STYLE_NORMAL, FALSE },
  { WP_PAGE_FONT_FANGSONG, 12, PANGO_STYLE_NORMAL, FALSE },
  { WP_PAGE_FONT_HEITI, 12, PANGO_STYLE_NORMAL, FALSE },
  { WP_PAGE_FONT_SONGTI, 14, PANGO_STYLE_NORMAL, FALSE },
  17, WP_PAGE_FONT_HEITI, 10,
};

static const SmallRoles en_small = {
  { WP_PAGE_FONT_SERIF, 10, PANGO_STYLE_ITALIC, FALSE },
  { WP_PAGE_FONT_SERIF, 10, PANGO_STYLE_NORMAL, FALSE },
  { WP_PAGE_FONT_SERIF, 10, PANGO_STYLE_NORMAL, TRUE },
  { WP_PAGE_FONT_SERIF, 10, PANGO_STYLE_NORMAL, FALSE },
  12.5, WP_PAGE_FONT_SANS, 9,
};

static void
set_small_roles (WpPageStyle      *style,
                 PangoFontMap     *font_map,
                 const SmallRoles *small)
{
  PangoWeight weight;

  set_role (style, font_map, WP_PAGE_ROLE_CAPTION, &small->caption,
            small->caption.size * 1.4)->alignment = PANGO_ALIGN_CENTER;
  set_role (style, font_map, WP_PAGE_ROLE_CELL, &small->cell, small->cell_pitch);
  set_role (style, font_map, WP_PAGE_ROLE_HEADER_CELL, &small->header,
            small->cell_pitch)->alignment = PANGO_ALIGN_CENTER;
  set_role (style, font_map, WP_PAGE_ROLE_FOLIO, &small->folio, small->folio.size * 1.4);
  style->chart_font = wp_page_fonts_resolve (font_map, small->chart_font, &weight);
  style->chart_font_size = small->chart_font_size;
}

static void
init_zh (WpPageStyle  *style,
         PangoFontMap *font_map)
{
  style->left = 28 * MM;
  style->top = 37 * MM;
  style->width = 156 * MM;
  style->height = 225 * MM;
  style->grid = TRUE;
  style->char_width = style->width / ZH_CHARS;
  /* 7.5: 一字线上距版心下边缘 7 mm; odd pages right, even pages left, 空一字. */
  style->folio_gap = 7 * MM;
  style->folio_inset = style->char_width;
  style->signature_inset = 4 * style->char_width;   /* 成文日期右空四字 */
  style->block_gap = 6;
  init_zh_text (style, font_map);
  set_small_roles (style, font_map, &zh_small);
}

static void
init_en_text (WpPageStyle  *style,
              PangoFontMap *font_map)
{
  const FontSpec title = { WP_PAGE_FONT_SANS, 18, PANGO_STYLE_NORMAL, TRUE };
  const FontSpec h1 = { WP_PAGE_FONT_SANS, 14, PANGO_STYLE_NORMAL, TRUE };
  const FontSpec h2 = { WP_PAGE_FONT_SANS, 12, PANGO_STYLE_NORMAL, TRUE };
  const FontSpec h3 = { WP_PAGE_FONT_SERIF, 12, PANGO_STYLE_NORMAL, TRUE };
  const FontSpec h4 = { WP_PAGE_FONT_SERIF, 12, PANGO_STYLE_ITALIC, TRUE };
  const FontSpec body = { WP_PAGE_FONT_SERIF, 12, PANGO_STYLE_NORMAL, FALSE };
  const FontSpec italic = { WP_PAGE_FONT_SERIF, 12, PANGO_STYLE_ITALIC, FALSE };
  WpPageRoleStyle *rs;

  rs = set_role (style, font_map, WP_PAGE_ROLE_TITLE, &title, 23);
  rs->alignment = PANGO_ALIGN_CENTER;
  rs->space_after = 18;
  rs = set_role (style, font_map, WP_PAGE_ROLE_SUBTITLE, &italic, 15);
  rs->alignment = PANGO_ALIGN_CENTER;
  rs->space_after = 18;
  rs = set_role (style, font_map, WP_PAGE_ROLE_HEADING_1, &h1, 18);
  rs->space_before = 14;
  rs->space_after = 4;
  rs = set_role (style, font_map, WP_PAGE_ROLE_HEADING_2, &h2, 15);
  rs->space_before = 10;
  rs->space_after = 2;
  set_role (style, font_map, WP_PAGE_ROLE_HEADING_3, &h3, 15)->space_before = 6;
  set_role (style, font_map, WP_PAGE_ROLE_HEADING_4, &h4, 15)->space_before = 6;
  rs = set_role (style, font_map, WP_PAGE_ROLE_BODY, &body, 15);
  rs->justify = TRUE;
  rs->space_after = 6;
  set_role (style, font_map, WP_PAGE_ROLE_SIGNATURE, &body, 15)->space_before = 24;
}

static void
init_en (WpPageStyle  *style,
         PangoFontMap *font_map)
{
  style->left = style->top = 25 * MM;
  style->width = A4_WIDTH - 50 * MM;
  style->height = A4_HEIGHT - 50 * MM;
  style->char_width = 12;
  style->folio_gap = 10 * MM;
  style->folio_centred = TRUE;
  style->block_gap = 8;
  init_en_text (style, font_map);
  set_small_roles (style, font_map, &en_small);
}

void
wp_page_style_init (WpPageStyle  *style,
                    const char   *language,
                    PangoFontMap *font_map)
{
  g_return_if_fail (style != NULL);
  g_return_if_fail (PANGO_IS_FONT_MAP (font_map));

  memset (style, 0, sizeof *style);
  style->page_width = A4_WIDTH;
  style->page_height = A4_HEIGHT;
  style->rule_width = 0.5;
  style->cell_padding = 4;
  if (wp_catalog_is_chinese (language))
    init_zh (style, font_map);
  else
    init_en (style, font_map);
}

void
wp_page_style_clear (WpPageStyle *style)
{
  for (guint i = 0; i < WP_PAGE_N_ROLES; i++)
    g_clear_pointer (&style->roles[i].font, pango_font_description_free);
  g_clear_pointer (&style->chart_font, g_free);
}

WpPageRole
wp_page_role_for_level (guint level)
{
  return WP_PAGE_ROLE_HEADING_1 + CLAMP (level, 1, 4) - 1;
}
