/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <pango/pangocairo.h>

#include "wp-page-table.h"

typedef struct
{
  PangoLayout **cells;    /* n_columns */
  double        height;   /* with the padding */
} Row;

struct _WpPageTable
{
  guint   n_columns;
  double  x;
  double  width;
  double *column_x;       /* from @x */
  double *column_width;
  double  padding;
  double  rule_width;
  double  pitch;
  Row     header;
  GArray *rows;           /* Row */
};

static void
row_clear (Row  *row,
           guint n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    g_clear_object (&row->cells[i]);
  g_clear_pointer (&row->cells, g_free);
}

/* Every line of a cell is exactly @pitch high, whatever fallback font it uses, so a row
 * can be cut between lines. */
static PangoLayout *
make_cell (PangoContext          *context,
           const WpPageRoleStyle *rs,
           const char            *text,
           double                 width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_line_height_new_absolute (rs->pitch * PANGO_SCALE));
  pango_layout_set_font_description (layout, rs->font);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, rs->alignment);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
make_row (WpPageTable           *self,
          PangoContext          *context,
          const WpPageRoleStyle *rs,
          char                 **texts,
          Row                   *row)
{
  double tallest = 0;

  row->cells = g_new0 (PangoLayout *, self->n_columns);
  for (guint i = 0; i < self->n_columns; i++)
    {
      int height;

      row->cells[i] = make_cell (context, rs, texts[i],
                                 self->column_width[i] - 2 * self->padding);
      pango_layout_get_size (row->cells[i], NULL, &height);
      tallest = MAX (tallest, height / (double) PANGO_SCALE);
    }
  row->height = MAX (tallest, self->pitch) + 2 * self->padding;
}

/* The width of the widest cell of column @c set on one line, header included. */
static double
natural_width (PangoContext       *context,
               const WpPageStyle  *style,
               const WpBlockTable *table,
               guint               c)
{
  g_autoptr(PangoLayout) header = pango_layout_new (context);
  g_autoptr(PangoLayout) cell = pango_layout_new (context);
  int widest;

  pango_layout_set_font_description (header, style->roles[WP_PAGE_ROLE_HEADER_CELL].font);
  pango_layout_set_font_description (cell, style->roles[WP_PAGE_ROLE_CELL].font);
  pango_layout_set_text (header, table->header[c], -1);
  pango_layout_get_size (header, &widest, NULL);
  for (guint r = 0; r < table->rows->len; r++)
    {
      int width;

      pango_layout_set_text (cell, ((char **) g_ptr_array_index (table->rows, r))[c], -1);
      pango_layout_get_size (cell, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest / (double) PANGO_SCALE;
}

/* The builders give relative widths; short columns (序号, 完成率, "108.3%") that would
 * then wrap get their one-line width, taken from the columns of running text. */
static void
widen_short_columns (WpPageTable        *self,
                     PangoContext       *context,
                     const WpPageStyle  *style,
                     const WpBlockTable *table)
{
  double short_limit = 6 * pango_font_description_get_size (style->roles[WP_PAGE_ROLE_CELL].font)
                       / (double) PANGO_SCALE;
  g_autofree double *need = g_new0 (double, self->n_columns);
  double deficit = 0, donors = 0;

  for (guint c = 0; c < self->n_columns; c++)
    {
      double natural = natural_width (context, style, table, c);

      if (natural <= short_limit)
        need[c] = natural + 2 * self->padding + 1;
      if (need[c] > self->column_width[c])
        deficit += need[c] - self->column_width[c];
      else if (need[c] == 0)
        donors += self->column_width[c];
    }
  /* Text columns give at most half their width. */
  if (deficit == 0 || deficit > donors / 2)
    return;
  for (guint c = 0; c < self->n_columns; c++)
    {
      if (need[c] > self->column_width[c])
        self->column_width[c] = need[c];
      else if (need[c] == 0)
        self->column_width[c] -= deficit * self->column_width[c] / donors;
    }
}

static void
set_columns (WpPageTable        *self,
             PangoContext       *context,
             const WpPageStyle  *style,
             const WpBlockTable *table)
{
  double total = 0;
  double x = 0;

  for (guint i = 0; i < table->n_columns; i++)
    total += table->widths[i];
  self->column_x = g_new (double, table->n_columns);
  self->column_width = g_new (double, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    self->column_width[i] = style->width * table->widths[i] / total;
  widen_short_columns (self, context, style, table);
  for (guint i = 0; i < table->n_columns; i++)
    {
      self->column_x[i] = x;
      x += self->column_width[i];
    }
}

/* Short columns (序号, 完成率) read best centred, as in a Word table; a column whose
 * text wraps somewhere stays left-aligned. */
static void
centre_short_columns (WpPageTable *self)
{
  for (guint c = 0; c < self->n_columns; c++)
    {
      gboolean short_column = TRUE;

      for (guint r = 0; r < self->rows->len && short_column; r++)
        short_column = pango_layout_get_line_count (g_array_index (self->rows, Row, r).cells[c]) <= 1;
      for (guint r = 0; r < self->rows->len && short_column; r++)
        pango_layout_set_alignment (g_array_index (self->rows, Row, r).cells[c],
                                    PANGO_ALIGN_CENTER);
    }
}

WpPageTable *
wp_page_table_new (PangoContext       *context,
                   const WpPageStyle  *style,
                   const WpBlockTable *table)
{
  WpPageTable *self = g_new0 (WpPageTable, 1);
  const WpPageRoleStyle *cell = &style->roles[WP_PAGE_ROLE_CELL];

  self->n_columns = table->n_columns;
  self->x = style->left;
  self->width = style->width;
  self->padding = style->cell_padding;
  self->rule_width = style->rule_width;
  self->pitch = cell->pitch;
  set_columns (self, context, style, table);
  make_row (self, context, &style->roles[WP_PAGE_ROLE_HEADER_CELL], table->header,
            &self->header);
  self->rows = g_array_sized_new (FALSE, TRUE, sizeof (Row), table->rows->len);
  g_array_set_size (self->rows, table->rows->len);
  for (guint r = 0; r < table->rows->len; r++)
    make_row (self, context, cell, g_ptr_array_index (table->rows, r),
              &g_array_index (self->rows, Row, r));
  centre_short_columns (self);
  return self;
}

void
wp_page_table_free (WpPageTable *self)
{
  row_clear (&self->header, self->n_columns);
  for (guint r = 0; r < self->rows->len; r++)
    row_clear (&g_array_index (self->rows, Row, r), self->n_columns);
  g_array_unref (self->rows);
  g_free (self->column_x);
  g_free (self->column_width);
  g_free (self);
}

guint
wp_page_table_get_n_rows (const WpPageTable *self)
{
  return self->rows->len;
}

double
wp_page_table_get_header_height (const WpPageTable *self)
{
  return self->header.height;
}

double
wp_page_table_get_row_height (const WpPageTable *self,
                              guint              row)
{
  g_return_val_if_fail (row < self->rows->len, 0);
  return g_array_index (self->rows, Row, row).height;
}

double
wp_page_table_get_line_pitch (const WpPageTable *self)
{
  return self->pitch;
}

/* Cells are centred vertically in their row, as Chinese tables usually are; the parts
 * of a row cut across pages are set from the top, so that each page shows its start. */
static void
draw_row_text (const WpPageTable *self,
               cairo_t           *cr,
               const Row         *row,
               double             y,
               gboolean           centred)
{
  for (guint c = 0; c < self->n_columns; c++)
    {
      int height;
      double top = self->padding;

      pango_layout_get_size (row->cells[c], NULL, &height);
      if (centred)
        top = (row->height - height / (double) PANGO_SCALE) / 2;
      cairo_move_to (cr, self->x + self->column_x[c] + self->padding, y + top);
      pango_cairo_show_layout (cr, row->cells[c]);
    }
}

/* The outer frame, the columns' rules and a rule under each row of @heights. */
static void
draw_rules (const WpPageTable *self,
            cairo_t           *cr,
            double             y,
            const double      *heights,
            guint              n_heights)
{
  double bottom = y;

  cairo_save (cr);
  cairo_set_line_width (cr, self->rule_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_move_to (cr, self->x, y);
  cairo_rel_line_to (cr, self->width, 0);
  for (guint i = 0; i < n_heights; i++)
    {
      bottom += heights[i];
      cairo_move_to (cr, self->x, bottom);
      cairo_rel_line_to (cr, self->width, 0);
    }
  for (guint c = 0; c <= self->n_columns; c++)
    {
      double x = self->x + (c < self->n_columns ? self->column_x[c] : self->width);

      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x, bottom);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
wp_page_table_draw (const WpPageTable *self,
                    cairo_t           *cr,
                    double             y,
                    guint              first,
                    guint              n_rows)
{
  g_autofree double *heights = g_new (double, n_rows + 1);
  double row_y = y + self->header.height;

  g_return_if_fail (first + n_rows <= self->rows->len);

  heights[0] = self->header.height;
  draw_row_text (self, cr, &self->header, y, TRUE);
  for (guint i = 0; i < n_rows; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, first + i);

      draw_row_text (self, cr, row, row_y, TRUE);
      heights[i + 1] = row->height;
      row_y += row->height;
    }
  draw_rules (self, cr, y, heights, n_rows + 1);
}

void
wp_page_table_draw_slice (const WpPageTable *self,
                          cairo_t           *cr,
                          double             y,
                          guint              row,
                          double             offset,
                          double             height)
{
  double heights[2] = { self->header.height, height };
  double top = y + self->header.height;

  g_return_if_fail (row < self->rows->len);

  draw_row_text (self, cr, &self->header, y, TRUE);
  cairo_save (cr);
  cairo_rectangle (cr, self->x, top, self->width, height);
  cairo_clip (cr);
  draw_row_text (self, cr, &g_array_index (self->rows, Row, row), top - offset, FALSE);
  cairo_restore (cr);
  draw_rules (self, cr, y, heights, 2);
}
