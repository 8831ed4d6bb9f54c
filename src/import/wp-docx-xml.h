/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parsing the XML parts of a Word document with GMarkup. WordprocessingML elements are
 * named by their local name ("p", "numPr") whatever prefix the part declares for the
 * namespace, transitional or strict. */

typedef struct
{
  const char  *name;        /* local name, or NULL outside WordprocessingML */
  const char  *qname;       /* as written, e.g. "mc:Fallback" */
  const char **attribute_names;
  const char **attribute_values;
  const char  *prefix;      /* "w:" or "" */
} WpDocxElement;

/* @end and @text may be NULL. */
typedef struct
{
  void (*start) (const WpDocxElement *element,
                 gpointer             user_data);
  void (*end)   (const WpDocxElement *element,
                 gpointer             user_data);
  void (*text)  (const char          *text,
                 gsize                length,
                 gpointer             user_data);
} WpDocxHandler;

/* The value of WordprocessingML attribute @name ("val") of @element, or NULL. */
const char *wp_docx_element_get_attribute       (const WpDocxElement  *element,
                                                 const char           *name);
/* The value of attribute @name without a prefix, as in the package's own parts. */
const char *wp_docx_element_get_plain_attribute (const WpDocxElement  *element,
                                                 const char           *name);
/* The integer value of attribute @name, or @fallback when missing or not a number. */
gint64      wp_docx_element_get_integer         (const WpDocxElement  *element,
                                                 const char           *name,
                                                 gint64                fallback);
/* On/off properties such as <w:isLgl/>: on when present without w:val or with a true
 * value. */
gboolean    wp_docx_element_get_toggle          (const WpDocxElement  *element);

/* Parses @xml, failing with a G_MARKUP_ERROR when it is not well-formed. */
gboolean    wp_docx_parse_xml                   (GBytes               *xml,
                                                 const WpDocxHandler  *handler,
                                                 gpointer              user_data,
                                                 GError              **error);

G_END_DECLS
