/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-docx-numbering"

#include "config.h"

#include <string.h>

#include "wp-docx-formats.h"
#include "wp-docx-numbering.h"
#include "wp-docx-xml.h"

/* Word lists have nine levels, 0 to 8. */
#define N_LEVELS 9

/* Styles inherit through w:basedOn; Word refuses deeper chains, and a loop must end. */
#define MAX_STYLE_DEPTH 16

/* The largest start value Word accepts; it keeps a hostile file from sending counters
 * past what an int holds. */
#define MAX_START 32767

typedef struct
{
  int       start;
  char     *format;   /* w:numFmt, e.g. "decimal", "chineseCounting" */
  char     *text;     /* w:lvlText, e.g. "（%1）" */
  char     *style;    /* w:pStyle: the paragraph style this level belongs to */
  int       restart;  /* w:lvlRestart: -1 after any level above, 0 never, n after level n */
  gboolean  legal;    /* w:isLgl: every number in the label in decimal */
  gboolean  spaced;   /* w:suff is a tab or a space, not nothing */
} Level;

/* Word keeps the running counts on the abstract definition: lists (w:num) sharing one
 * continue each other's numbers unless they override a level's start. */
typedef struct
{
  Level    levels[N_LEVELS];
  int      counts[N_LEVELS];
  gboolean counting[N_LEVELS];
} AbstractList;

typedef struct
{
  int       abstract_id;
  int       start_override[N_LEVELS];   /* -1: none */
  Level    *levels[N_LEVELS];           /* a whole level redefined, or NULL */
  gboolean  seen[N_LEVELS];             /* the override applies at the first use */
} List;

typedef struct
{
  char *based_on;
  int   num_id;   /* -1: the style says nothing */
  int   level;
} Style;

struct _WpDocxNumbering
{
  GHashTable *abstract_lists;  /* abstractNumId → AbstractList */
  GHashTable *lists;           /* numId → List */
  GHashTable *styles;          /* styleId → Style */

  /* Where the parser is. */
  AbstractList *abstract_list;
  List         *list;
  int           override_level;
  Level        *level;
  Style        *style;
};

static void
init_level (Level *level)
{
  level->start = 0;
  level->format = g_strdup ("decimal");
  level->text = NULL;
  level->style = NULL;
  level->restart = -1;
  level->legal = FALSE;
  level->spaced = TRUE;
}

static void
clear_level (Level *level)
{
  g_clear_pointer (&level->format, g_free);
  g_clear_pointer (&level->text, g_free);
  g_clear_pointer (&level->style, g_free);
}

static AbstractList *
abstract_list_new (void)
{
  AbstractList *self = g_new0 (AbstractList, 1);

  for (guint i = 0; i < N_LEVELS; i++)
    init_level (&self->levels[i]);

  return self;
}

static void
abstract_list_free (AbstractList *self)
{
  for (guint i = 0; i < N_LEVELS; i++)
    clear_level (&self->levels[i]);
  g_free (self);
}

static List *
list_new (void)
{
  List *self = g_new0 (List, 1);

  self->abstract_id = -1;
  for (guint i = 0; i < N_LEVELS; i++)
    self->start_override[i] = -1;

  return self;
}

static void
list_free (List *self)
{
  for (guint i = 0; i < N_LEVELS; i++)
    {
      if (self->levels[i] != NULL)
        clear_level (self->levels[i]);
      g_free (self->levels[i]);
    }
  g_free (self);
}

static void
style_free (Style *self)
{
  g_free (self->based_on);
  g_free (self);
}

WpDocxNumbering *
wp_docx_numbering_new (void)
{
  WpDocxNumbering *self = g_new0 (WpDocxNumbering, 1);

  self->abstract_lists = g_hash_table_new_full (NULL, NULL, NULL,
                                                (GDestroyNotify) abstract_list_free);
  self->lists = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) list_free);
  self->styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) style_free);
  self->override_level = -1;

  return self;
}

void
wp_docx_numbering_free (WpDocxNumbering *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->abstract_lists, g_hash_table_unref);
  g_clear_pointer (&self->lists, g_hash_table_unref);
  g_clear_pointer (&self->styles, g_hash_table_unref);
  g_free (self);
}

/* The level index of a w:lvl or w:lvlOverride, or -1 when out of range. */
static int
get_level_index (const WpDocxElement *element)
{
  gint64 index = wp_docx_element_get_integer (element, "ilvl", -1);

  return index >= 0 && index < N_LEVELS ? (int) index : -1;
}

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* The children of w:lvl that decide the number a paragraph shows. */
static void
read_level_property (Level               *level,
                     const WpDocxElement *element)
{
  const char *value = wp_docx_element_get_attribute (element, "val");

  if (g_str_equal (element->name, "start"))
    level->start = CLAMP (wp_docx_element_get_integer (element, "val", 0), 0, MAX_START);
  else if (g_str_equal (element->name, "numFmt") && value != NULL)
    replace_string (&level->format, value);
  else if (g_str_equal (element->name, "lvlText"))
    replace_string (&level->text, value);
  else if (g_str_equal (element->name, "pStyle"))
    replace_string (&level->style, value);
  else if (g_str_equal (element->name, "lvlRestart"))
    level->restart = wp_docx_element_get_integer (element, "val", -1);
  else if (g_str_equal (element->name, "isLgl"))
    level->legal = wp_docx_element_get_toggle (element);
  else if (g_str_equal (element->name, "suff"))
    level->spaced = g_strcmp0 (value, "nothing") != 0;
}

/* A w:lvl inside w:lvlOverride replaces the abstract level for that list only. */
static Level *
start_level (WpDocxNumbering     *self,
             const WpDocxElement *element)
{
  int index = get_level_index (element);
  Level *level = NULL;

  if (index < 0)
    return NULL;

  if (self->list != NULL && self->override_level >= 0)
    {
      if (self->list->levels[index] == NULL)
        self->list->levels[index] = g_new0 (Level, 1);
      level = self->list->levels[index];
    }
  else if (self->abstract_list != NULL)
    level = &self->abstract_list->levels[index];

  if (level != NULL)
    {
      clear_level (level);
      init_level (level);
    }

  return level;
}

static void
start_list (WpDocxNumbering     *self,
            const WpDocxElement *element)
{
  gint64 id = wp_docx_element_get_integer (element, "numId", -1);

  if (id < 0)
    return;

  self->list = list_new ();
  g_hash_table_replace (self->lists, GINT_TO_POINTER (id), self->list);
}

static void
start_abstract_list (WpDocxNumbering     *self,
                     const WpDocxElement *element)
{
  gint64 id = wp_docx_element_get_integer (element, "abstractNumId", -1);

  if (id < 0)
    return;

  self->abstract_list = abstract_list_new ();
  g_hash_table_replace (self->abstract_lists, GINT_TO_POINTER (id), self->abstract_list);
}

static void
on_lists_start (const WpDocxElement *element,
                gpointer             user_data)
{
  WpDocxNumbering *self = user_data;

  if (element->name == NULL)
    return;

  if (self->level != NULL)
    read_level_property (self->level, element);
  else if (g_str_equal (element->name, "abstractNum"))
    start_abstract_list (self, element);
  else if (g_str_equal (element->name, "num"))
    start_list (self, element);
  else if (g_str_equal (element->name, "lvl"))
    self->level = start_level (self, element);
  else if (self->list == NULL)
    return;
  else if (g_str_equal (element->name, "abstractNumId"))
    self->list->abstract_id = wp_docx_element_get_integer (element, "val", -1);
  else if (g_str_equal (element->name, "lvlOverride"))
    self->override_level = get_level_index (element);
  else if (g_str_equal (element->name, "startOverride") && self->override_level >= 0)
    self->list->start_override[self->override_level] =
      CLAMP (wp_docx_element_get_integer (element, "val", 0), 0, MAX_START);
}

static void
on_lists_end (const WpDocxElement *element,
              gpointer             user_data)
{
  WpDocxNumbering *self = user_data;

  if (element->name == NULL)
    return;

  if (g_str_equal (element->name, "lvl"))
    self->level = NULL;
  else if (g_str_equal (element->name, "lvlOverride"))
    self->override_level = -1;
  else if (g_str_equal (element->name, "num"))
    self->list = NULL;
  else if (g_str_equal (element->name, "abstractNum"))
    self->abstract_list = NULL;
}

gboolean
wp_docx_numbering_load_lists (WpDocxNumbering  *self,
                              GBytes           *numbering_xml,
                              GError          **error)
{
  static const WpDocxHandler handler = { on_lists_start, on_lists_end, NULL };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (numbering_xml != NULL, FALSE);

  return wp_docx_parse_xml (numbering_xml, &handler, self, error);
}

static void
start_style (WpDocxNumbering     *self,
             const WpDocxElement *element)
{
  const char *id = wp_docx_element_get_attribute (element, "styleId");

  if (id == NULL)
    return;

  self->style = g_new0 (Style, 1);
  self->style->num_id = -1;
  self->style->level = -1;
  g_hash_table_replace (self->styles, g_strdup (id), self->style);
}

static void
on_styles_start (const WpDocxElement *element,
                 gpointer             user_data)
{
  WpDocxNumbering *self = user_data;

  if (element->name == NULL)
    return;

  if (g_str_equal (element->name, "style"))
    start_style (self, element);
  else if (self->style == NULL)
    return;
  else if (g_str_equal (element->name, "basedOn"))
    replace_string (&self->style->based_on, wp_docx_element_get_attribute (element, "val"));
  else if (g_str_equal (element->name, "numId"))
    self->style->num_id = wp_docx_element_get_integer (element, "val", -1);
  else if (g_str_equal (element->name, "ilvl"))
    self->style->level = wp_docx_element_get_integer (element, "val", -1);
}

static void
on_styles_end (const WpDocxElement *element,
               gpointer             user_data)
{
  WpDocxNumbering *self = user_data;

  if (element->name != NULL && g_str_equal (element->name, "style"))
    self->style = NULL;
}

gboolean
wp_docx_numbering_load_styles (WpDocxNumbering  *self,
                               GBytes           *styles_xml,
                               GError          **error)
{
  static const WpDocxHandler handler = { on_styles_start, on_styles_end, NULL };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (styles_xml != NULL, FALSE);

  return wp_docx_parse_xml (styles_xml, &handler, self, error);
}

/* Fills in what the paragraph leaves to its style (and the style to the one it is
 * based on): the list, and the level. */
static void
inherit_from_style (WpDocxNumbering *self,
                    const char      *style_id,
                    int             *num_id,
                    int             *level)
{
  for (guint depth = 0; style_id != NULL && depth < MAX_STYLE_DEPTH; depth++)
    {
      Style *style = g_hash_table_lookup (self->styles, style_id);

      if (style == NULL)
        return;
      if (*num_id < 0)
        *num_id = style->num_id;
      if (*level < 0)
        *level = style->level;
      style_id = style->based_on;
    }
}

/* A style numbered without a level takes the level that names it in w:pStyle. */
static int
find_level_of_style (AbstractList *abstract_list,
                     const char   *style_id)
{
  for (int i = 0; style_id != NULL && i < N_LEVELS; i++)
    {
      if (g_strcmp0 (abstract_list->levels[i].style, style_id) == 0)
        return i;
    }

  return 0;
}

static Level *
get_level (AbstractList *abstract_list,
           List         *list,
           int           index)
{
  return list->levels[index] != NULL ? list->levels[index] : &abstract_list->levels[index];
}

/* w:lvlRestart: whether using level @used starts level @index over. */
static gboolean
restarts_after (Level *level,
                int    used)
{
  if (level->restart < 0)
    return TRUE;

  return used < level->restart;
}

static void
count_paragraph (AbstractList *abstract_list,
                 List         *list,
                 int           index)
{
  if (!list->seen[index] && list->start_override[index] >= 0)
    {
      abstract_list->counts[index] = list->start_override[index];
      abstract_list->counting[index] = TRUE;
    }
  else if (abstract_list->counting[index])
    abstract_list->counts[index]++;
  else
    {
      abstract_list->counts[index] = get_level (abstract_list, list, index)->start;
      abstract_list->counting[index] = TRUE;
    }
  list->seen[index] = TRUE;

  for (int deeper = index + 1; deeper < N_LEVELS; deeper++)
    {
      if (restarts_after (get_level (abstract_list, list, deeper), index))
        abstract_list->counting[deeper] = FALSE;
    }
}

/* Expands w:lvlText: "%2" stands for the count of level 2 (index 1) in that level's
 * format, or in decimal when the level is "legal". */
static char *
format_label (AbstractList *abstract_list,
              List         *list,
              Level        *level)
{
  g_autoptr(GString) label = g_string_new (NULL);

  for (const char *p = level->text; p != NULL && *p != '\0'; p++)
    {
      int referenced = p[0] == '%' && p[1] >= '1' && p[1] <= '9' ? p[1] - '1' : -1;
      Level *other;
      int value;

      if (referenced < 0)
        {
          g_string_append_c (label, *p);
          continue;
        }

      other = get_level (abstract_list, list, referenced);
      value = abstract_list->counting[referenced] ? abstract_list->counts[referenced]
                                                  : other->start;
      wp_docx_append_number (label, level->legal ? "decimal" : other->format, value);
      p++;
    }

  if (label->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&label), FALSE);
}

char *
wp_docx_numbering_next (WpDocxNumbering *self,
                        const char      *style_id,
                        int              num_id,
                        int              level,
                        gboolean        *spaced)
{
  List *list;
  AbstractList *abstract_list;
  Level *shown;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (spaced != NULL, NULL);

  *spaced = FALSE;
  inherit_from_style (self, style_id, &num_id, &level);
  /* numId 0 is how a paragraph turns off the numbering of its style. */
  list = num_id > 0 ? g_hash_table_lookup (self->lists, GINT_TO_POINTER (num_id)) : NULL;
  if (list == NULL)
    return NULL;
  abstract_list = g_hash_table_lookup (self->abstract_lists,
                                       GINT_TO_POINTER (list->abstract_id));
  if (abstract_list == NULL)
    return NULL;
  if (level < 0 || level >= N_LEVELS)
    level = find_level_of_style (abstract_list, style_id);

  count_paragraph (abstract_list, list, level);
  shown = get_level (abstract_list, list, level);
  if (g_str_equal (shown->format, "bullet"))
    return NULL;

  *spaced = shown->spaced;
  return format_label (abstract_list, list, shown);
}
