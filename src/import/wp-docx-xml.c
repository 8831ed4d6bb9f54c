/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-docx-xml"

#include "config.h"

#include <string.h>

#include "wp-docx-xml.h"

/* Transitional (what Word writes) and strict Office Open XML. */
static const char *const wordml_namespaces[] = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
};

typedef struct
{
  const WpDocxHandler *handler;
  gpointer             user_data;
  char                *prefix;
} Parser;

static gboolean
is_wordml_namespace (const char *uri)
{
  for (guint i = 0; i < G_N_ELEMENTS (wordml_namespaces); i++)
    {
      if (strcmp (uri, wordml_namespaces[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Office declares every namespace on the root element, so that is where we look. */
static void
find_prefix (Parser      *parser,
             const char **names,
             const char **values)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (!is_wordml_namespace (values[i]))
        continue;
      if (strcmp (names[i], "xmlns") == 0)
        {
          g_free (parser->prefix);
          parser->prefix = g_strdup ("");
        }
      else if (g_str_has_prefix (names[i], "xmlns:"))
        {
          g_free (parser->prefix);
          parser->prefix = g_strconcat (names[i] + strlen ("xmlns:"), ":", NULL);
        }
    }
}

static void
describe_element (Parser        *parser,
                  WpDocxElement *element,
                  const char    *qname,
                  const char   **names,
                  const char   **values)
{
  const char *local = qname + strlen (parser->prefix);

  element->qname = qname;
  element->prefix = parser->prefix;
  element->attribute_names = names;
  element->attribute_values = values;
  element->name = NULL;
  if (g_str_has_prefix (qname, parser->prefix) && strchr (local, ':') == NULL)
    element->name = local;
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *qname,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Parser *parser = user_data;
  WpDocxElement element;

  if (g_markup_parse_context_get_element_stack (context)->next == NULL)
    find_prefix (parser, names, values);

  describe_element (parser, &element, qname, names, values);
  parser->handler->start (&element, parser->user_data);
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *qname,
                gpointer              user_data,
                GError              **error)
{
  static const char *no_attributes[] = { NULL };
  Parser *parser = user_data;
  WpDocxElement element;

  if (parser->handler->end == NULL)
    return;

  describe_element (parser, &element, qname, no_attributes, no_attributes);
  parser->handler->end (&element, parser->user_data);
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Parser *parser = user_data;

  if (parser->handler->text != NULL)
    parser->handler->text (text, length, parser->user_data);
}

gboolean
wp_docx_parse_xml (GBytes               *xml,
                   const WpDocxHandler  *handler,
                   gpointer              user_data,
                   GError              **error)
{
  static const GMarkupParser markup_parser = {
    on_start_element, on_end_element, on_text, NULL, NULL,
  };
  g_autoptr(GMarkupParseContext) context = NULL;
  Parser parser = { handler, user_data, g_strdup ("w:") };
  gsize length;
  const char *data = g_bytes_get_data (xml, &length);
  gboolean ok;

  context = g_markup_parse_context_new (&markup_parser, G_MARKUP_PREFIX_ERROR_POSITION,
                                        &parser, NULL);
  ok = g_markup_parse_context_parse (context, data, length, error)
       && g_markup_parse_context_end_parse (context, error);
  g_free (parser.prefix);

  return ok;
}

static const char *
find_attribute (const WpDocxElement *element,
                const char          *prefix,
                const char          *name)
{
  gsize prefix_length = strlen (prefix);

  for (guint i = 0; element->attribute_names[i] != NULL; i++)
    {
      const char *attribute = element->attribute_names[i];

      if (strncmp (attribute, prefix, prefix_length) == 0
          && strcmp (attribute + prefix_length, name) == 0)
        return element->attribute_values[i];
    }

  return NULL;
}

const char *
wp_docx_element_get_attribute (const WpDocxElement *element,
                               const char          *name)
{
  return find_attribute (element, element->prefix, name);
}

const char *
wp_docx_element_get_plain_attribute (const WpDocxElement *element,
                                     const char          *name)
{
  return find_attribute (element, "", name);
}

gint64
wp_docx_element_get_integer (const WpDocxElement *element,
                             const char          *name,
                             gint64               fallback)
{
  const char *value = wp_docx_element_get_attribute (element, name);
  gint64 number;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT32, G_MAXINT32, &number,
                                                  NULL))
    return fallback;

  return number;
}

gboolean
wp_docx_element_get_toggle (const WpDocxElement *element)
{
  const char *value = wp_docx_element_get_attribute (element, "val");

  return value == NULL || !(g_str_equal (value, "0") || g_str_equal (value, "false")
                            || g_str_equal (value, "off"));
}
