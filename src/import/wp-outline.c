/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline"

#include "config.h"

#include <string.h>

#include "wp-indicator-parser.h"
#include "wp-outline.h"
#include "wp-outline-levels.h"
#include "wp-outline-lines.h"
#include "wp-outline-meta.h"
#include "wp-outline-number.h"
#include "wp-outline-text.h"
#include "wp-responsibility.h"

/* A section heading is a few words. */
#define MAX_SHORT_HAN   20
#define MAX_SHORT_LATIN 80

typedef struct
{
  char              *text;     /* without its number */
  char              *number;   /* as written, or NULL */
  int                style;    /* WpOutlineStyle of the number, -1 without one */
  WpOutlineLineKind  kind;
  guint              level;
} Line;

struct _WpOutline
{
  GObject        parent_instance;

  GArray        *lines;        /* Line */
  WpOutlineMeta  meta;
  WpNumbering    numbering;
};

G_DEFINE_FINAL_TYPE (WpOutline, wp_outline, G_TYPE_OBJECT)

static void
line_clear (Line *line)
{
  g_clear_pointer (&line->text, g_free);
  g_clear_pointer (&line->number, g_free);
}

static void
wp_outline_finalize (GObject *object)
{
  WpOutline *self = WP_OUTLINE (object);

  g_clear_pointer (&self->lines, g_array_unref);
  wp_outline_meta_clear (&self->meta);

  G_OBJECT_CLASS (wp_outline_parent_class)->finalize (object);
}

static void
wp_outline_class_init (WpOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wp_outline_finalize;
}

static void
wp_outline_init (WpOutline *self)
{
  self->lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_array_set_clear_func (self->lines, (GDestroyNotify) line_clear);
}

static Line *
get_line (WpOutline *self,
          guint      index)
{
  return &g_array_index (self->lines, Line, index);
}

static gboolean
is_item (const Line *line)
{
  return line->kind == WP_OUTLINE_LINE_SECTION || line->kind == WP_OUTLINE_LINE_TASK;
}

/* Numbers are read first, without regard to what the line says; web debris such as
 * "1. 上一篇" is not numbered. A line without any full stop reads as a heading. */
static void
read_numbers (GPtrArray       *paragraphs,
              WpOutlineNumber *numbers,
              gboolean        *heading_like)
{
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *text = NULL;

      if (wp_outline_meta_is_debris (paragraph)
          || !wp_outline_number_parse (paragraph, &numbers[i]))
        {
          numbers[i].n_readings = 0;
          continue;
        }
      text = wp_outline_number_strip (paragraph, &numbers[i]);
      heading_like[i] = wp_outline_text_sentence_end (text, NULL) == strlen (text);
    }
}

static void
add_line (WpOutline             *self,
          const char            *paragraph,
          const WpOutlineNumber *number,
          int                    level)
{
  Line line = { NULL, NULL, -1, WP_OUTLINE_LINE_BODY, MAX (level, 0) };

  if (level >= 0)
    {
      gsize start = number->start;

      line.text = wp_outline_number_strip (paragraph, number);
      line.number = wp_outline_text_strip (paragraph + start, number->end - start);
      line.style = number->readings[0].style;
      line.kind = WP_OUTLINE_LINE_TASK;
    }
  else
    line.text = g_strdup (paragraph);

  g_array_append_val (self->lines, line);
}

static void
choose_numbering (WpOutline             *self,
                  const char            *text,
                  const WpOutlineNumber *numbers,
                  const int             *levels,
                  guint                  n_lines)
{
  gboolean han = FALSE;
  gboolean latin = FALSE;

  for (guint i = 0; i < n_lines; i++)
    if (levels[i] >= 0)
      {
        han |= wp_outline_style_is_han (numbers[i].readings[0].style);
        latin |= wp_outline_style_is_latin (numbers[i].readings[0].style);
      }

  /* A Chinese plan numbered only 1. 2. still reads best in Chinese numbering. */
  if (han || (!latin && wp_outline_text_is_mostly_han (text)))
    self->numbering = WP_NUMBERING_ZH;
  else
    self->numbering = WP_NUMBERING_EN;
}

static void
read_lines (WpOutline  *self,
            const char *text)
{
  g_autoptr(GPtrArray) paragraphs = wp_outline_lines_split (text);
  guint n = paragraphs->len;
  g_autofree WpOutlineNumber *numbers = g_new0 (WpOutlineNumber, MAX (n, 1));
  g_autofree gboolean *heading_like = g_new0 (gboolean, MAX (n, 1));
  g_autofree int *levels = g_new0 (int, MAX (n, 1));

  read_numbers (paragraphs, numbers, heading_like);
  wp_outline_levels_assign (numbers, heading_like, n, levels);
  for (guint i = 0; i < n; i++)
    add_line (self, g_ptr_array_index (paragraphs, i), &numbers[i], levels[i]);
  choose_numbering (self, text, numbers, levels, n);
}

/* Lines before the first item: the title block, the preamble and page debris. */
static void
classify_head (WpOutline *self,
               guint      first_item)
{
  for (guint i = 0; i < first_item; i++)
    {
      Line *line = get_line (self, i);

      if (wp_outline_meta_is_debris (line->text))
        line->kind = WP_OUTLINE_LINE_DROPPED;
      else if (wp_outline_meta_is_heading (line->text))
        {
          line->kind = WP_OUTLINE_LINE_HEADING;
          wp_outline_meta_take_heading (&self->meta, line->text);
        }
      else
        {
          line->kind = WP_OUTLINE_LINE_PREAMBLE;
          wp_outline_meta_take_preamble (&self->meta, line->text);
        }
    }
}

/* Lines after the last item: a signature, closing words, and — from the first piece
 * of page debris on — the rest of the web page. */
static void
classify_tail (WpOutline *self,
               guint      after_last_item)
{
  gboolean ended = FALSE;

  for (guint i = after_last_item; i < self->lines->len; i++)
    {
      Line *line = get_line (self, i);

      ended |= wp_outline_meta_is_debris (line->text);
      if (ended)
        line->kind = WP_OUTLINE_LINE_DROPPED;
      else if (wp_outline_meta_is_signature (line->text))
        {
          line->kind = WP_OUTLINE_LINE_HEADING;
          wp_outline_meta_take_signature (&self->meta, line->text);
        }
    }
}

/* Body lines belong to the item above them, and sit at its level. */
static void
classify_body (WpOutline *self,
               guint      first_item,
               guint      after_last_item)
{
  guint level = 0;

  for (guint i = first_item; i < self->lines->len; i++)
    {
      Line *line = get_line (self, i);

      if (is_item (line))
        level = line->level;
      else
        line->level = level;
      if (i < after_last_item && !is_item (line) && wp_outline_meta_is_debris (line->text))
        line->kind = WP_OUTLINE_LINE_DROPPED;
    }
}

static gboolean
has_body (WpOutline *self,
          guint      item)
{
  for (guint i = item + 1; i < self->lines->len && !is_item (get_line (self, i)); i++)
    if (get_line (self, i)->kind == WP_OUTLINE_LINE_BODY)
      return TRUE;

  return FALSE;
}

/* "重督查指导", "Quality": a few words, not a sentence of work. */
static gboolean
is_short_heading (const char *text)
{
  glong length = g_utf8_strlen (text, -1);

  if (!wp_outline_text_is_heading_like (text))
    return FALSE;

  return length <= (wp_outline_text_is_mostly_han (text) ? MAX_SHORT_HAN : MAX_SHORT_LATIN);
}

/* Marks every item with items below it a section; @parents gets each item's parent
 * (-1 at the top). */
static void
mark_parents (WpOutline *self,
              int       *parents)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = get_line (self, i);

      if (!is_item (line))
        continue;
      g_array_set_size (open, MIN (line->level, open->len));
      parents[i] = open->len > 0 ? g_array_index (open, int, open->len - 1) : -1;
      if (parents[i] >= 0)
        get_line (self, parents[i])->kind = WP_OUTLINE_LINE_SECTION;
      g_array_append_val (open, i);
    }
}

/* Siblings that look alike: the same parent and the same number style. */
static gpointer
sibling_key (WpOutline *self,
             int       *parents,
             guint      item)
{
  return GINT_TO_POINTER ((parents[item] + 1) * (WP_OUTLINE_N_STYLES + 1)
                          + get_line (self, item)->style + 1);
}

static void
count_up (GHashTable *counts,
          gpointer    key)
{
  g_hash_table_insert (counts, key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
}

/* An item with items below it is a section and a leaf is a task — except a bare
 * heading among sections numbered like it ("（三）重督查指导" with no text of its
 * own, like a section whose tasks are yet to be written), which stays a section. */
static void
classify_items (WpOutline *self)
{
  g_autofree int *parents = g_new0 (int, self->lines->len + 1);
  g_autoptr(GHashTable) items = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) sections = g_hash_table_new (NULL, NULL);

  mark_parents (self, parents);
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = get_line (self, i);

      if (is_item (line))
        count_up (items, sibling_key (self, parents, i));
      if (line->kind == WP_OUTLINE_LINE_SECTION)
        count_up (sections, sibling_key (self, parents, i));
    }

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = get_line (self, i);
      gpointer key = sibling_key (self, parents, i);
      guint others;
      guint alike;

      if (line->kind != WP_OUTLINE_LINE_TASK)
        continue;
      others = GPOINTER_TO_UINT (g_hash_table_lookup (items, key)) - 1;
      alike = GPOINTER_TO_UINT (g_hash_table_lookup (sections, key));
      if (others > 0 && alike * 2 > others && is_short_heading (line->text) && !has_body (self, i))
        line->kind = WP_OUTLINE_LINE_SECTION;
    }
}

static void
find_items (WpOutline *self,
            guint     *first,
            guint     *after_last)
{
  *first = self->lines->len;
  *after_last = self->lines->len;

  for (guint i = 0; i < self->lines->len; i++)
    if (is_item (get_line (self, i)))
      {
        *first = MIN (*first, i);
        *after_last = i + 1;
      }
}

WpOutline *
wp_outline_parse (const char *text)
{
  WpOutline *self;
  guint first_item;
  guint after_last_item;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (WP_TYPE_OUTLINE, NULL);
  read_lines (self, text);
  find_items (self, &first_item, &after_last_item);
  classify_head (self, first_item);
  classify_body (self, first_item, after_last_item);
  classify_tail (self, after_last_item);
  classify_items (self);
  for (guint i = 0; i < self->lines->len; i++)
    wp_outline_meta_take_book_title (&self->meta, get_line (self, i)->text);

  return self;
}

guint
wp_outline_get_n_lines (WpOutline *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), 0);

  return self->lines->len;
}

const char *
wp_outline_get_line_text (WpOutline *self,
                          guint      line)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), NULL);
  g_return_val_if_fail (line < self->lines->len, NULL);

  return get_line (self, line)->text;
}

const char *
wp_outline_get_line_number (WpOutline *self,
                            guint      line)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), NULL);
  g_return_val_if_fail (line < self->lines->len, NULL);

  return get_line (self, line)->number;
}

WpOutlineLineKind
wp_outline_get_line_kind (WpOutline *self,
                          guint      line)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), WP_OUTLINE_LINE_BODY);
  g_return_val_if_fail (line < self->lines->len, WP_OUTLINE_LINE_BODY);

  return get_line (self, line)->kind;
}

guint
wp_outline_get_line_level (WpOutline *self,
                           guint      line)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), 0);
  g_return_val_if_fail (line < self->lines->len, 0);

  return get_line (self, line)->level;
}

/* The deepest level @line may take: one below the item above it. */
static guint
max_level (WpOutline *self,
           guint      line)
{
  for (guint i = line; i-- > 0;)
    if (is_item (get_line (self, i)))
      return get_line (self, i)->level + 1;

  return 0;
}

void
wp_outline_set_line_kind (WpOutline         *self,
                          guint              line,
                          WpOutlineLineKind  kind)
{
  Line *changed;

  g_return_if_fail (WP_IS_OUTLINE (self));
  g_return_if_fail (line < self->lines->len);
  g_return_if_fail (kind <= WP_OUTLINE_LINE_DROPPED);

  changed = get_line (self, line);
  changed->kind = kind;
  changed->level = MIN (changed->level, max_level (self, line));
}

void
wp_outline_set_line_level (WpOutline *self,
                           guint      line,
                           guint      level)
{
  g_return_if_fail (WP_IS_OUTLINE (self));
  g_return_if_fail (line < self->lines->len);

  get_line (self, line)->level = MIN (level, max_level (self, line));
}

const char *
wp_outline_get_title (WpOutline *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), NULL);

  return self->meta.title;
}

const char *
wp_outline_get_organization (WpOutline *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), NULL);

  return self->meta.organization;
}

guint
wp_outline_get_year (WpOutline *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), 0);

  return self->meta.year;
}

WpNumbering
wp_outline_get_numbering (WpOutline *self)
{
  g_return_val_if_fail (WP_IS_OUTLINE (self), WP_NUMBERING_ZH);

  return self->numbering;
}

typedef struct
{
  WpDraftPlan *plan;
  GPtrArray   *open;        /* WpDraftNode by level, owned by the plan */
  WpDraftNode *current;
  GPtrArray   *paragraphs;  /* the current item's text and body lines */
  GString     *preamble;
} Builder;

static void
add_indicators (WpDraftNode *node,
                const char  *text)
{
  g_autoptr(GPtrArray) found = wp_indicator_parser_find (text);

  for (guint i = 0; i < found->len; i++)
    wp_draft_node_add_indicator (node, g_object_ref (g_ptr_array_index (found, i)));
}

static void
append_line (GString    *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* The first sentence, with a capital after "Second, continue to …". */
static char *
make_title (const char *text,
            gsize      *rest)
{
  char *title = wp_outline_text_strip (text, wp_outline_text_sentence_end (text, rest));

  title[0] = g_ascii_toupper (title[0]);
  return title;
}

/* Notes of responsible departments come out of each paragraph first, so that neither
 * the title nor an indicator's name holds them. */
static void
fill_item (WpDraftNode *node,
           GPtrArray   *paragraphs)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *title = NULL;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);
      gsize keep = wp_responsibility_extract (paragraph, node);
      g_autofree char *text = wp_outline_text_strip (paragraph, keep);
      gsize rest = 0;

      if (*text == '\0')
        continue;
      add_indicators (node, text);
      if (title == NULL)
        title = make_title (text, &rest);
      if (text[rest] != '\0')
        append_line (body, text + rest);
    }

  wp_node_set_title (node->node, title != NULL ? title : "");
  if (body->len > 0)
    wp_node_set_body (node->node, body->str);
}

static void
finish_item (Builder *builder)
{
  if (builder->current != NULL)
    fill_item (builder->current, builder->paragraphs);
  builder->current = NULL;
  g_ptr_array_set_size (builder->paragraphs, 0);
}

static void
start_item (Builder    *builder,
            const Line *line)
{
  guint level = MIN (line->level, builder->open->len);
  WpDraftNode *node = wp_draft_node_new (line->kind == WP_OUTLINE_LINE_SECTION
                                         ? WP_NODE_SECTION : WP_NODE_TASK);

  finish_item (builder);
  g_ptr_array_set_size (builder->open, level);
  if (level > 0)
    wp_draft_node_add_child (g_ptr_array_index (builder->open, level - 1), node);
  else
    wp_draft_plan_add_node (builder->plan, node);
  g_ptr_array_add (builder->open, node);
  builder->current = node;
  g_ptr_array_add (builder->paragraphs, g_strdup (line->text));
}

static void
add_preamble (Builder    *builder,
              const char *text)
{
  append_line (builder->preamble, text);
}

static void
take_line (Builder    *builder,
           const Line *line)
{
  switch (line->kind)
    {
    case WP_OUTLINE_LINE_SECTION:
    case WP_OUTLINE_LINE_TASK:
      start_item (builder, line);
      break;
    case WP_OUTLINE_LINE_BODY:
      if (builder->current != NULL)
        g_ptr_array_add (builder->paragraphs, g_strdup (line->text));
      else
        add_preamble (builder, line->text);
      break;
    case WP_OUTLINE_LINE_PREAMBLE:
      add_preamble (builder, line->text);
      break;
    case WP_OUTLINE_LINE_HEADING:
    case WP_OUTLINE_LINE_DROPPED:
    default:
      break;
    }
}

/* Tasks are leaves: a task that the user gave lines below it becomes their section. */
static void
promote_parents (GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpDraftNode *node = g_ptr_array_index (nodes, i);

      if (node->children->len > 0)
        wp_node_set_kind (node->node, WP_NODE_SECTION);
      promote_parents (node->children);
    }
}

WpDraftPlan *
wp_outline_build (WpOutline *self)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) preamble = g_string_new (NULL);
  Builder builder = { wp_draft_plan_new (), open, NULL, paragraphs, preamble };

  g_return_val_if_fail (WP_IS_OUTLINE (self), NULL);

  for (guint i = 0; i < self->lines->len; i++)
    take_line (&builder, get_line (self, i));
  finish_item (&builder);
  promote_parents (builder.plan->nodes);

  wp_plan_set_year (builder.plan->plan, self->meta.year);
  wp_plan_set_title (builder.plan->plan, self->meta.title);
  wp_plan_set_organization (builder.plan->plan, self->meta.organization);
  wp_plan_set_numbering (builder.plan->plan, self->numbering);
  if (preamble->len > 0)
    wp_plan_set_preamble (builder.plan->plan, preamble->str);

  return builder.plan;
}
