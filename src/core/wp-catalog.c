/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-catalog.h"

/* The header of a compiled gettext catalogue (.mo), after its magic number. */
#define MO_MAGIC 0x950412deU

static GMutex      catalogs_lock;
static GHashTable *catalogs;   /* language → GHashTable "context\004msgid" → translation */

const char *
wp_catalog_localedir (void)
{
  const char *localedir = g_getenv ("WORKPLAN_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    return LOCALEDIR;
  return localedir;
}

static guint32
read_word (const guint8 *data,
           gsize         offset,
           gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string at table entry @index (length, offset pairs), or NULL when it does not lie
 * inside the file or is not NUL-terminated as .mo files promise. */
static const char *
read_string (const guint8 *data,
             gsize         size,
             gsize         table,
             guint32       index,
             gboolean      swapped)
{
  gsize entry = table + (gsize) index * 8;
  guint32 length;
  guint32 offset;

  if (entry + 8 > size)
    return NULL;
  length = read_word (data, entry, swapped);
  offset = read_word (data, entry + 4, swapped);
  if ((gsize) offset + length >= size || data[offset + length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

/* Every singular message of the .mo in @contents, which the table keeps pointing into
 * (so @contents lives as long as the process). A damaged file gives what could be read. */
static GHashTable *
parse_catalog (const guint8 *data,
               gsize         size)
{
  GHashTable *messages = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean swapped;
  guint32 count;
  guint32 originals;
  guint32 translations;

  if (size < 20)
    return messages;
  swapped = read_word (data, 0, FALSE) != MO_MAGIC;
  if (read_word (data, 0, swapped) != MO_MAGIC)
    return messages;
  count = read_word (data, 8, swapped);
  originals = read_word (data, 12, swapped);
  translations = read_word (data, 16, swapped);

  for (guint32 i = 0; i < count; i++)
    {
      const char *msgid = read_string (data, size, originals, i, swapped);
      const char *msgstr = read_string (data, size, translations, i, swapped);

      if (msgid != NULL && msgstr != NULL && *msgid != '\0' && *msgstr != '\0')
        g_hash_table_insert (messages, (gpointer) msgid, (gpointer) msgstr);
    }
  return messages;
}

static GHashTable *
load_catalog (const char *language)
{
  g_autofree char *path = g_build_filename (wp_catalog_localedir (), language, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  char *contents = NULL;
  gsize size = 0;

  if (!g_file_get_contents (path, &contents, &size, NULL))
    return NULL;
  return parse_catalog ((const guint8 *) contents, size);
}

/* The catalogue for @language, trying "zh_CN.UTF-8" as "zh_CN" and then "zh"; an empty
 * table when there is none. Catalogues are never unloaded: their strings are handed out. */
static GHashTable *
lookup_catalog (const char *language)
{
  GHashTable *messages;

  g_mutex_lock (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new (g_str_hash, g_str_equal);
  messages = g_hash_table_lookup (catalogs, language);
  if (messages == NULL)
    {
      g_autofree char *base = g_strndup (language, strcspn (language, ".@"));
      g_autofree char *short_name = g_strndup (base, strcspn (base, "_"));

      messages = load_catalog (base);
      if (messages == NULL)
        messages = load_catalog (short_name);
      if (messages == NULL)
        messages = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (catalogs, g_strdup (language), messages);
    }
  g_mutex_unlock (&catalogs_lock);

  return messages;
}

static gboolean
is_english (const char *language)
{
  return g_str_has_prefix (language, "en") || g_str_equal (language, "C") ||
         g_str_equal (language, "POSIX");
}

const char *
wp_catalog_pgettext (const char *language,
                     const char *context,
                     const char *msgid)
{
  g_autofree char *key = NULL;
  const char *translation;

  g_return_val_if_fail (context != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (language == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
  if (is_english (language))
    return msgid;

  key = g_strconcat (context, "\004", msgid, NULL);
  translation = g_hash_table_lookup (lookup_catalog (language), key);
  return translation != NULL ? translation : msgid;
}

gboolean
wp_catalog_is_chinese (const char *language)
{
  return language != NULL && g_str_has_prefix (language, "zh");
}

const char *
wp_catalog_report_language (const char *language)
{
  if (language == NULL)
    language = g_get_language_names ()[0];
  return wp_catalog_is_chinese (language) ? "zh_CN" : "en";
}
