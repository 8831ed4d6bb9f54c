/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "wp-page-text.h"

/* The ascent of the role's first font, measured on an ideograph so that CJK and Latin
 * lines of one role share their baselines whatever the fallback fonts on a line. */
static double
measure_ascent (PangoContext               *context,
                const PangoFontDescription *font)
{
  g_autoptr(PangoLayout) probe = pango_layout_new (context);

  pango_layout_set_font_description (probe, font);
  pango_layout_set_text (probe, "国", -1);
  return pango_layout_get_baseline (probe) / (double) PANGO_SCALE;
}

static PangoAttrList *
make_attributes (const WpPageStyle     *style,
                 const WpPageRoleStyle *rs,
                 WpPageRole             lead_role,
                 gsize                  lead_len)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  if (rs->letter_spacing != 0)
    pango_attr_list_insert (attrs,
                            pango_attr_letter_spacing_new (rs->letter_spacing * PANGO_SCALE));
  if (lead_len > 0)
    {
      PangoAttribute *attr = pango_attr_font_desc_new (style->roles[lead_role].font);

      /* A lead takes its level's typeface at the body's size. */
      attr->end_index = lead_len;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_size_new_absolute (pango_font_description_get_size (rs->font));
      attr->end_index = lead_len;
      pango_attr_list_insert (attrs, attr);
    }
  return attrs;
}

static void
measure_lines (WpPageText *text)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (text->layout);
  guint i = 0;

  text->n_lines = pango_layout_get_line_count (text->layout);
  text->line_x = g_new0 (double, text->n_lines);
  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      text->line_x[i++] = logical.x / (double) PANGO_SCALE;
    }
  while (i < text->n_lines && pango_layout_iter_next_line (iter));
}

static WpPageText *
text_new (PangoContext          *context,
          const WpPageRoleStyle *rs,
          const char            *string,
          PangoAttrList         *attrs,
          double                 x,
          double                 width)
{
  WpPageText *text = g_new0 (WpPageText, 1);

  text->layout = pango_layout_new (context);
  text->x = x;
  text->pitch = rs->pitch;
  text->ascent = measure_ascent (context, rs->font);
  pango_layout_set_font_description (text->layout, rs->font);
  pango_layout_set_width (text->layout, (width + rs->width_slack) * PANGO_SCALE);
  pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (text->layout, rs->alignment);
  pango_layout_set_justify (text->layout, rs->justify);
  pango_layout_set_indent (text->layout, rs->indent * PANGO_SCALE);
  pango_layout_set_text (text->layout, string, -1);
  pango_layout_set_attributes (text->layout, attrs);
  measure_lines (text);
  return text;
}

WpPageText *
wp_page_text_new (PangoContext      *context,
                  const WpPageStyle *style,
                  WpPageRole         role,
                  const char        *text,
                  WpPageRole         lead_role,
                  const char        *lead,
                  double             x,
                  double             width)
{
  const WpPageRoleStyle *rs = &style->roles[role];
  g_autofree char *joined = g_strconcat (lead != NULL ? lead : "", text, NULL);
  g_autoptr(PangoAttrList) attrs = NULL;

  attrs = make_attributes (style, rs, lead_role, lead != NULL ? strlen (lead) : 0);
  return text_new (context, rs, joined, attrs, x, width);
}

WpPageText *
wp_page_text_new_signature (PangoContext      *context,
                            const WpPageStyle *style,
                            const char        *text)
{
  const WpPageRoleStyle *rs = &style->roles[WP_PAGE_ROLE_SIGNATURE];
  g_autoptr(PangoAttrList) attrs = make_attributes (style, rs, 0, 0);
  g_autoptr(PangoLayout) probe = pango_layout_new (context);
  double available = style->width - style->signature_inset;
  int widest;
  WpPageText *result;

  pango_layout_set_font_description (probe, rs->font);
  pango_layout_set_attributes (probe, attrs);
  pango_layout_set_text (probe, text, -1);
  pango_layout_get_size (probe, &widest, NULL);

  available = MIN (available, widest / (double) PANGO_SCALE + 0.5);
  result = text_new (context, rs, text, attrs,
                     style->left + style->width - style->signature_inset - available,
                     available);
  pango_layout_set_alignment (result->layout, PANGO_ALIGN_CENTER);
  g_free (result->line_x);
  measure_lines (result);
  return result;
}

void
wp_page_text_free (WpPageText *text)
{
  g_clear_object (&text->layout);
  g_free (text->line_x);
  g_free (text);
}

double
wp_page_text_height (const WpPageText *text)
{
  return text->n_lines * text->pitch;
}

void
wp_page_text_draw_lines (const WpPageText *text,
                         cairo_t          *cr,
                         guint             first,
                         guint             n_lines,
                         double            y)
{
  g_return_if_fail (first + n_lines <= text->n_lines);

  for (guint i = 0; i < n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (text->layout, first + i);

      cairo_move_to (cr, text->x + text->line_x[first + i], y + i * text->pitch + text->ascent);
      pango_cairo_show_layout_line (cr, line);
    }
}
