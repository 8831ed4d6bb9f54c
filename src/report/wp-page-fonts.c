/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include "wp-page-fonts.h"

typedef struct
{
  const char  *family;
  PangoWeight  weight;
} ChainLink;

#define END { NULL, 0 }

/* Only installed families go into the Pango family list: fontconfig would otherwise
 * answer "FangSong" with whatever its aliases say (often a sans), before our own
 * fallbacks get a chance. */
static const ChainLink fangsong[] = {
  { "FangSong", PANGO_WEIGHT_NORMAL }, { "仿宋", PANGO_WEIGHT_NORMAL },
  { "FangSong_GB2312", PANGO_WEIGHT_NORMAL }, { "仿宋_GB2312", PANGO_WEIGHT_NORMAL },
  { "方正仿宋_GBK", PANGO_WEIGHT_NORMAL }, { "STFangsong", PANGO_WEIGHT_NORMAL },
  { "Noto Serif CJK SC", PANGO_WEIGHT_NORMAL }, { "Source Han Serif SC", PANGO_WEIGHT_NORMAL },
  { "AR PL UMing CN", PANGO_WEIGHT_NORMAL }, END
};
static const ChainLink xiaobiaosong[] = {
  { "FZXiaoBiaoSong-B05S", PANGO_WEIGHT_NORMAL }, { "方正小标宋简体", PANGO_WEIGHT_NORMAL },
  { "方正小标宋_GBK", PANGO_WEIGHT_NORMAL }, { "STZhongsong", PANGO_WEIGHT_NORMAL },
  { "华文中宋", PANGO_WEIGHT_NORMAL }, { "Noto Serif CJK SC", PANGO_WEIGHT_BOLD },
  { "Source Han Serif SC", PANGO_WEIGHT_BOLD }, END
};
static const ChainLink heiti[] = {
  { "SimHei", PANGO_WEIGHT_NORMAL }, { "黑体", PANGO_WEIGHT_NORMAL },
  { "STHeiti", PANGO_WEIGHT_NORMAL }, { "Noto Sans CJK SC", PANGO_WEIGHT_NORMAL },
  { "Source Han Sans SC", PANGO_WEIGHT_NORMAL }, { "Droid Sans Fallback", PANGO_WEIGHT_NORMAL },
  END
};
static const ChainLink kaiti[] = {
  { "KaiTi", PANGO_WEIGHT_NORMAL }, { "楷体", PANGO_WEIGHT_NORMAL },
  { "KaiTi_GB2312", PANGO_WEIGHT_NORMAL }, { "楷体_GB2312", PANGO_WEIGHT_NORMAL },
  { "STKaiti", PANGO_WEIGHT_NORMAL }, { "华文楷体", PANGO_WEIGHT_NORMAL },
  { "AR PL UKai CN", PANGO_WEIGHT_NORMAL }, { "Noto Serif CJK SC", PANGO_WEIGHT_NORMAL },
  END
};
static const ChainLink songti[] = {
  { "SimSun", PANGO_WEIGHT_NORMAL }, { "宋体", PANGO_WEIGHT_NORMAL },
  { "STSong", PANGO_WEIGHT_NORMAL }, { "Noto Serif CJK SC", PANGO_WEIGHT_NORMAL },
  { "AR PL UMing CN", PANGO_WEIGHT_NORMAL }, END
};
static const ChainLink serif[] = {
  { "Noto Serif", PANGO_WEIGHT_NORMAL }, { "DejaVu Serif", PANGO_WEIGHT_NORMAL },
  { "Nimbus Roman", PANGO_WEIGHT_NORMAL }, { "Liberation Serif", PANGO_WEIGHT_NORMAL },
  { "Noto Serif CJK SC", PANGO_WEIGHT_NORMAL }, { "AR PL UMing CN", PANGO_WEIGHT_NORMAL },
  END
};
static const ChainLink sans[] = {
  { "Noto Sans", PANGO_WEIGHT_BOLD }, { "DejaVu Sans", PANGO_WEIGHT_BOLD },
  { "Nimbus Sans", PANGO_WEIGHT_BOLD }, { "Liberation Sans", PANGO_WEIGHT_BOLD },
  { "Noto Sans CJK SC", PANGO_WEIGHT_BOLD }, { "Droid Sans Fallback", PANGO_WEIGHT_BOLD },
  END
};

static const struct
{
  const ChainLink *links;
  const char      *generic;
} chains[WP_PAGE_N_FONTS] = {
  [WP_PAGE_FONT_FANGSONG] = { fangsong, "serif" },
  [WP_PAGE_FONT_XIAOBIAOSONG] = { xiaobiaosong, "serif" },
  [WP_PAGE_FONT_HEITI] = { heiti, "sans-serif" },
  [WP_PAGE_FONT_KAITI] = { kaiti, "serif" },
  [WP_PAGE_FONT_SONGTI] = { songti, "serif" },
  [WP_PAGE_FONT_SERIF] = { serif, "serif" },
  [WP_PAGE_FONT_SANS] = { sans, "sans-serif" },
};

/* Family names compare case-insensitively in fontconfig. */
static GHashTable *
list_installed (PangoFontMap *font_map)
{
  g_autofree PangoFontFamily **families = NULL;
  GHashTable *installed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int n_families = 0;

  pango_font_map_list_families (font_map, &families, &n_families);
  for (int i = 0; i < n_families; i++)
    g_hash_table_add (installed, g_utf8_casefold (pango_font_family_get_name (families[i]), -1));
  return installed;
}

static gboolean
is_installed (GHashTable *installed,
              const char *family)
{
  g_autofree char *key = g_utf8_casefold (family, -1);

  return g_hash_table_contains (installed, key);
}

char *
wp_page_fonts_resolve (PangoFontMap *font_map,
                       WpPageFont    font,
                       PangoWeight  *weight)
{
  g_autoptr(GHashTable) installed = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  gboolean first = TRUE;

  g_return_val_if_fail (PANGO_IS_FONT_MAP (font_map), NULL);
  g_return_val_if_fail (font < WP_PAGE_N_FONTS, NULL);

  installed = list_installed (font_map);
  *weight = chains[font].links[0].weight;
  for (const ChainLink *link = chains[font].links; link->family != NULL; link++)
    {
      if (!is_installed (installed, link->family))
        continue;
      if (first)
        *weight = link->weight;
      first = FALSE;
      g_string_append_printf (list, "%s, ", link->family);
    }
  g_string_append (list, chains[font].generic);
  return g_string_free (g_steal_pointer (&list), FALSE);
}
