/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include "wp-document.h"

/* The document is built once, by one thread, and then only read (possibly by another
 * thread that lays it out), so it needs no locking. */
struct _WpDocument
{
  GObject    parent_instance;

  char      *language;
  char      *title;
  char      *author;
  char      *subject;
  GDate      date;
  GPtrArray *blocks;   /* WpBlock * */
};

G_DEFINE_FINAL_TYPE (WpDocument, wp_document, G_TYPE_OBJECT)

static void
block_table_free (WpBlockTable *table)
{
  g_free (table->widths);
  g_strfreev (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_free (gpointer data)
{
  WpBlock *block = data;

  g_free (block->lead);
  g_free (block->text);
  g_clear_pointer (&block->table, block_table_free);
  if (block->chart_destroy != NULL && block->chart_data != NULL)
    block->chart_destroy (block->chart_data);
  g_free (block);
}

static void
wp_document_finalize (GObject *object)
{
  WpDocument *self = WP_DOCUMENT (object);

  g_free (self->language);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_ptr_array_unref (self->blocks);

  G_OBJECT_CLASS (wp_document_parent_class)->finalize (object);
}

static void
wp_document_class_init (WpDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wp_document_finalize;
}

static void
wp_document_init (WpDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  g_date_clear (&self->date, 1);
}

WpDocument *
wp_document_new (const char *language)
{
  WpDocument *self = g_object_new (WP_TYPE_DOCUMENT, NULL);

  self->language = g_strdup (language != NULL ? language : "zh_CN");
  return self;
}

const char *
wp_document_get_language (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return self->language;
}

/* g_set_str() is GLib 2.76, newer than we may use. */
static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

void
wp_document_set_metadata (WpDocument  *self,
                          const char  *title,
                          const char  *author,
                          const char  *subject,
                          const GDate *date)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));

  replace_string (&self->title, title);
  replace_string (&self->author, author);
  replace_string (&self->subject, subject);
  if (date != NULL && g_date_valid (date))
    self->date = *date;
  else
    g_date_clear (&self->date, 1);
}

const char *
wp_document_get_title (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return self->title;
}

const char *
wp_document_get_author (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return self->author;
}

const char *
wp_document_get_subject (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return self->subject;
}

/* NULL when no valid date was set (the PDF then has no creation date). */
const GDate *
wp_document_get_date (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  return g_date_valid (&self->date) ? &self->date : NULL;
}

static WpBlock *
append_block (WpDocument  *self,
              WpBlockKind  kind,
              const char  *text)
{
  WpBlock *block = g_new0 (WpBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (self->blocks, block);
  return block;
}

void
wp_document_add_title (WpDocument *self,
                       const char *text)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));
  append_block (self, WP_BLOCK_TITLE, text);
}

void
wp_document_add_subtitle (WpDocument *self,
                          const char *text)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));
  append_block (self, WP_BLOCK_SUBTITLE, text);
}

void
wp_document_add_heading (WpDocument *self,
                         guint       level,
                         const char *text)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));
  append_block (self, WP_BLOCK_HEADING, text)->level = CLAMP (level, 1, 4);
}

void
wp_document_add_paragraph (WpDocument *self,
                           guint       level,
                           const char *lead,
                           const char *text)
{
  WpBlock *block;

  g_return_if_fail (WP_IS_DOCUMENT (self));

  block = append_block (self, WP_BLOCK_PARAGRAPH, text);
  block->level = CLAMP (level, 1, 4);
  if (lead != NULL && *lead != '\0')
    block->lead = g_strdup (lead);
}

void
wp_document_add_signature (WpDocument *self,
                           const char *organisation,
                           const char *date_text)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (WP_IS_DOCUMENT (self));

  if (organisation != NULL && *organisation != '\0')
    g_string_append (text, organisation);
  if (date_text != NULL && *date_text != '\0')
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, date_text);
    }
  append_block (self, WP_BLOCK_SIGNATURE, text->str);
}

void
wp_document_add_page_break (WpDocument *self)
{
  g_return_if_fail (WP_IS_DOCUMENT (self));
  append_block (self, WP_BLOCK_PAGE_BREAK, NULL);
}

static char **
copy_cells (guint               n_columns,
            const char * const *cells)
{
  char **copy = g_new0 (char *, n_columns + 1);

  for (guint i = 0; i < n_columns; i++)
    copy[i] = g_strdup (cells != NULL && cells[i] != NULL ? cells[i] : "");
  return copy;
}

WpBlockTable *
wp_document_add_table (WpDocument         *self,
                       guint               n_columns,
                       const double       *widths,
                       const char * const *header)
{
  WpBlockTable *table;

  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  table = g_new0 (WpBlockTable, 1);
  table->n_columns = n_columns;
  table->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = widths != NULL && widths[i] > 0 ? widths[i] : 1.0;
  table->header = copy_cells (n_columns, header);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  append_block (self, WP_BLOCK_TABLE, NULL)->table = table;
  return table;
}

void
wp_block_table_add_row (WpBlockTable       *table,
                        const char * const *cells)
{
  g_return_if_fail (table != NULL);
  g_ptr_array_add (table->rows, copy_cells (table->n_columns, cells));
}

void
wp_document_add_chart (WpDocument          *self,
                       const char          *caption,
                       double               height_mm,
                       WpDocumentChartFunc  draw,
                       gpointer             user_data,
                       GDestroyNotify       destroy)
{
  WpBlock *block;

  g_return_if_fail (WP_IS_DOCUMENT (self));
  g_return_if_fail (draw != NULL);

  block = append_block (self, WP_BLOCK_CHART, caption);
  block->chart = draw;
  block->chart_data = user_data;
  block->chart_destroy = destroy;
  block->height = MAX (height_mm, 10.0);
}

guint
wp_document_get_n_blocks (WpDocument *self)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), 0);
  return self->blocks->len;
}

const WpBlock *
wp_document_get_block (WpDocument *self,
                       guint       index)
{
  g_return_val_if_fail (WP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return g_ptr_array_index (self->blocks, index);
}
