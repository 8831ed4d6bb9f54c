/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-docx-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wp-docx-numbering.h"
#include "wp-docx-reader.h"
#include "wp-docx-xml.h"
#include "wp-import-private.h"
#include "wp-outline-text.h"
#include "wp-zip-reader.h"

/* A plan's word/document.xml is well under a megabyte; anything unpacking to more than
 * this is refused before it is inflated. */
#define MAX_PART_BYTES (2 * WP_IMPORT_MAX_BYTES)

/* Where Word puts the parts; the package's relationships may name others. */
#define DEFAULT_DOCUMENT_PART  "word/document.xml"
#define DEFAULT_NUMBERING_PART "word/numbering.xml"
#define DEFAULT_STYLES_PART    "word/styles.xml"

typedef struct
{
  GString *text;
  char    *style_id;
  int      num_id;     /* -1: the paragraph does not say */
  int      level;
  guint    run_depth;  /* a text box's paragraphs sit in a run of their own */
} Paragraph;

typedef struct
{
  WpDocxNumbering *numbering;
  GString         *out;
  GPtrArray       *paragraphs;  /* Paragraph; text boxes nest paragraphs in paragraphs */
  guint            skip_depth;  /* inside content that is not shown */
  gboolean         in_text;
} DocumentReader;

static void
paragraph_free (Paragraph *self)
{
  g_string_free (self->text, TRUE);
  g_free (self->style_id);
  g_free (self);
}

/* "_rels/.rels" for the package, "word/_rels/document.xml.rels" for the document. */
static char *
build_relationships_path (const char *part)
{
  const char *slash = strrchr (part, '/');
  const char *base = slash != NULL ? slash + 1 : part;

  return g_strdup_printf ("%.*s_rels/%s.rels", (int) (base - part), part, base);
}

static void
on_relationship_start (const WpDocxElement *element,
                       gpointer             user_data)
{
  GHashTable *targets = user_data;
  const char *type = wp_docx_element_get_plain_attribute (element, "Type");
  const char *target = wp_docx_element_get_plain_attribute (element, "Target");
  const char *kind;

  if (!g_str_equal (element->qname, "Relationship") || type == NULL || target == NULL)
    return;

  kind = strrchr (type, '/');
  if (kind != NULL && !g_hash_table_contains (targets, kind + 1))
    g_hash_table_insert (targets, g_strdup (kind + 1), g_strdup (target));
}

/* Makes the targets of @part's relationships paths in the archive: they are relative
 * to the folder of @part unless they start at the root. */
static void
resolve_targets (GHashTable *targets,
                 const char *part)
{
  const char *slash = strrchr (part, '/');
  g_autofree char *folder = g_strndup (part, slash != NULL ? slash + 1 - part : 0);
  GHashTableIter iter;
  gpointer target;

  g_hash_table_iter_init (&iter, targets);
  while (g_hash_table_iter_next (&iter, NULL, &target))
    {
      const char *relative = target;

      g_hash_table_iter_replace (&iter, relative[0] == '/'
                                        ? g_strdup (relative + 1)
                                        : g_strconcat (folder, relative, NULL));
    }
}

/* The parts that @part refers to, by kind of relationship ("officeDocument",
 * "numbering", "styles"); empty when @part has none. */
static GHashTable *
read_relationships (WpZipReader   *zip,
                    const char    *part,
                    GCancellable  *cancellable,
                    GError       **error)
{
  static const WpDocxHandler handler = { on_relationship_start, NULL, NULL };
  g_autofree char *path = build_relationships_path (part);
  g_autoptr(GHashTable) targets = NULL;
  g_autoptr(GBytes) xml = NULL;

  targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!wp_zip_reader_has_entry (zip, path))
    return g_steal_pointer (&targets);

  xml = wp_zip_reader_extract (zip, path, MAX_PART_BYTES, cancellable, error);
  if (xml == NULL || !wp_docx_parse_xml (xml, &handler, targets, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  resolve_targets (targets, part);
  return g_steal_pointer (&targets);
}

typedef gboolean (*LoadPart) (WpDocxNumbering  *numbering,
                              GBytes           *xml,
                              GError          **error);

/* Loads the part of @kind into @numbering with @load; a document may have none. */
static gboolean
load_related_part (WpZipReader      *zip,
                   GHashTable       *relationships,
                   const char       *kind,
                   const char       *fallback,
                   WpDocxNumbering  *numbering,
                   LoadPart          load,
                   GCancellable     *cancellable,
                   GError          **error)
{
  const char *part = g_hash_table_lookup (relationships, kind);
  g_autoptr(GBytes) xml = NULL;

  if (part == NULL)
    part = fallback;
  if (!wp_zip_reader_has_entry (zip, part))
    return TRUE;

  xml = wp_zip_reader_extract (zip, part, MAX_PART_BYTES, cancellable, error);
  if (xml == NULL || !load (numbering, xml, error))
    {
      g_prefix_error (error, "%s: ", part);
      return FALSE;
    }

  return TRUE;
}

/* Word's list definitions, and the styles that number their paragraphs. */
static gboolean
load_numbering (WpDocxNumbering  *numbering,
                WpZipReader      *zip,
                GHashTable       *relationships,
                GCancellable     *cancellable,
                GError          **error)
{
  return load_related_part (zip, relationships, "numbering", DEFAULT_NUMBERING_PART,
                            numbering, wp_docx_numbering_load_lists, cancellable, error)
         && load_related_part (zip, relationships, "styles", DEFAULT_STYLES_PART,
                               numbering, wp_docx_numbering_load_styles, cancellable, error);
}

static Paragraph *
get_paragraph (DocumentReader *reader)
{
  if (reader->paragraphs->len == 0)
    return NULL;

  return g_ptr_array_index (reader->paragraphs, reader->paragraphs->len - 1);
}

/* Tracked changes keep the former properties and moved-away text, and compatibility
 * blocks keep a fallback copy of drawings and text boxes; none of them is shown. */
static gboolean
is_hidden_container (const WpDocxElement *element)
{
  if (element->name == NULL)
    return g_str_has_suffix (element->qname, ":Fallback");

  return g_str_equal (element->name, "pPrChange") || g_str_equal (element->name, "rPrChange")
         || g_str_equal (element->name, "moveFrom") || g_str_equal (element->name, "del");
}

static void
start_paragraph (DocumentReader *reader)
{
  Paragraph *paragraph = g_new0 (Paragraph, 1);

  paragraph->text = g_string_new (NULL);
  paragraph->num_id = -1;
  paragraph->level = -1;
  g_ptr_array_add (reader->paragraphs, paragraph);
}

/* A page or column break is layout; often it stands before a numbered heading, which
 * must stay on the line of its number. */
static gboolean
is_line_break (const WpDocxElement *element)
{
  const char *type = wp_docx_element_get_attribute (element, "type");

  return type == NULL || g_str_equal (type, "textWrapping");
}

/* Paragraph properties and run content: styles and list membership, and the characters
 * Word draws for tabs and breaks. */
static void
read_paragraph_content (Paragraph           *paragraph,
                        const WpDocxElement *element)
{
  const char *name = element->name;

  if (g_str_equal (name, "pStyle"))
    {
      g_free (paragraph->style_id);
      paragraph->style_id = g_strdup (wp_docx_element_get_attribute (element, "val"));
    }
  else if (g_str_equal (name, "numId"))
    paragraph->num_id = wp_docx_element_get_integer (element, "val", -1);
  else if (g_str_equal (name, "ilvl"))
    paragraph->level = wp_docx_element_get_integer (element, "val", -1);
  else if (paragraph->run_depth == 0)
    return;
  else if (g_str_equal (name, "tab"))
    g_string_append_c (paragraph->text, ' ');
  else if (g_str_equal (name, "cr") || (g_str_equal (name, "br") && is_line_break (element)))
    g_string_append_c (paragraph->text, '\n');
  else if (g_str_equal (name, "noBreakHyphen"))
    g_string_append_c (paragraph->text, '-');
}

/* Counts the hidden containers that open (@step 1) and close (-1) around @element, and
 * says whether @element is shown WordprocessingML to read. */
static gboolean
is_shown (DocumentReader      *reader,
          const WpDocxElement *element,
          int                  step)
{
  if (is_hidden_container (element))
    {
      reader->skip_depth += step;
      return FALSE;
    }

  return reader->skip_depth == 0 && element->name != NULL;
}

static void
on_document_start (const WpDocxElement *element,
                   gpointer             user_data)
{
  DocumentReader *reader = user_data;
  Paragraph *paragraph = get_paragraph (reader);

  if (!is_shown (reader, element, 1))
    return;

  if (g_str_equal (element->name, "p"))
    start_paragraph (reader);
  else if (paragraph == NULL)
    return;
  else if (g_str_equal (element->name, "r"))
    paragraph->run_depth++;
  else if (g_str_equal (element->name, "t"))
    reader->in_text = TRUE;
  else
    read_paragraph_content (paragraph, element);
}

/* Writes the paragraph as a line, after the number Word shows for it. CJK text follows
 * its number directly, as when typed; other text after a space for Word's tab. */
static void
end_paragraph (DocumentReader *reader)
{
  Paragraph *paragraph = get_paragraph (reader);
  g_autofree char *number = NULL;
  gboolean spaced;

  number = wp_docx_numbering_next (reader->numbering, paragraph->style_id,
                                   paragraph->num_id, paragraph->level, &spaced);
  if (number != NULL)
    {
      g_string_append (reader->out, number);
      if (spaced && !wp_outline_text_is_cjk (g_utf8_get_char (paragraph->text->str)))
        g_string_append_c (reader->out, ' ');
    }
  if (number != NULL || !wp_import_is_blank (paragraph->text->str))
    {
      g_string_append (reader->out, paragraph->text->str);
      g_string_append_c (reader->out, '\n');
    }

  g_ptr_array_set_size (reader->paragraphs, reader->paragraphs->len - 1);
}

static void
on_document_end (const WpDocxElement *element,
                 gpointer             user_data)
{
  DocumentReader *reader = user_data;
  Paragraph *paragraph = get_paragraph (reader);

  if (!is_shown (reader, element, -1) || paragraph == NULL)
    return;

  if (g_str_equal (element->name, "p"))
    end_paragraph (reader);
  else if (g_str_equal (element->name, "r") && paragraph->run_depth > 0)
    paragraph->run_depth--;
  else if (g_str_equal (element->name, "t"))
    reader->in_text = FALSE;
}

static void
on_document_text (const char *text,
                  gsize       length,
                  gpointer    user_data)
{
  DocumentReader *reader = user_data;
  Paragraph *paragraph = get_paragraph (reader);

  if (reader->in_text && reader->skip_depth == 0 && paragraph != NULL)
    g_string_append_len (paragraph->text, text, length);
}

static char *
read_body (GBytes           *document,
           WpDocxNumbering  *numbering,
           GError          **error)
{
  static const WpDocxHandler handler = {
    on_document_start, on_document_end, on_document_text,
  };
  DocumentReader reader = { numbering, g_string_new (NULL), NULL, 0, FALSE };
  gboolean parsed;

  reader.paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  parsed = wp_docx_parse_xml (document, &handler, &reader, error);
  g_ptr_array_unref (reader.paragraphs);

  return g_string_free (reader.out, !parsed);
}

/* The text of the document; errors are those of the archive and the XML. */
static char *
read_document (WpZipReader   *zip,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GHashTable) package = NULL;
  g_autoptr(GHashTable) relationships = NULL;
  g_autoptr(WpDocxNumbering) numbering = wp_docx_numbering_new ();
  g_autoptr(GBytes) document = NULL;
  const char *part;
  char *text;

  package = read_relationships (zip, "", cancellable, error);
  if (package == NULL)
    return NULL;
  part = g_hash_table_lookup (package, "officeDocument");
  if (part == NULL)
    part = DEFAULT_DOCUMENT_PART;

  relationships = read_relationships (zip, part, cancellable, error);
  if (relationships == NULL || !load_numbering (numbering, zip, relationships, cancellable,
                                                error))
    return NULL;

  document = wp_zip_reader_extract (zip, part, MAX_PART_BYTES, cancellable, error);
  if (document == NULL)
    return NULL;

  text = read_body (document, numbering, error);
  if (text == NULL)
    g_prefix_error (error, "%s: ", part);

  return text;
}

/* Turns what went wrong inside the archive into a message that names the file. */
static void
report_failure (const char  *display_name,
                GError      *cause,
                GError     **error)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, WP_ZIP_ERROR, WP_ZIP_ERROR_TOO_LARGE))
    g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_TOO_LARGE,
                 _("%s: this Word document unpacks to far more than a plan could hold (%s); "
                   "it may be damaged or made to attack programs — do not open it"),
                 display_name, cause->message);
  else if (g_error_matches (cause, WP_ZIP_ERROR, WP_ZIP_ERROR_NOT_ZIP))
    g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_DAMAGED,
                 _("%s: this is not a Word document (.docx), or it is cut off; open it in "
                   "Word or WPS Office, save it as .docx and import the copy"),
                 display_name);
  else
    g_set_error (error, WP_IMPORT_ERROR, WP_IMPORT_ERROR_DAMAGED,
                 _("%s: the Word document is damaged (%s); open it in Word or WPS Office, "
                   "save it again as .docx and import the copy"),
                 display_name, cause->message);
}

char *
wp_docx_read_text (GBytes        *bytes,
                   const char    *display_name,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(WpZipReader) zip = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  zip = wp_zip_reader_new (bytes, &local_error);
  if (zip != NULL)
    text = read_document (zip, cancellable, &local_error);
  if (text == NULL)
    report_failure (display_name, local_error, error);

  return g_steal_pointer (&text);
}
