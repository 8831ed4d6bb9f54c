/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-zip-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wp-zip-reader.h"

/* Record sizes and signatures of the ZIP application note (APPNOTE.TXT). */
#define END_RECORD_SIZE      22
#define MAX_COMMENT_SIZE     0xffff
#define CENTRAL_HEADER_SIZE  46
#define LOCAL_HEADER_SIZE    30
#define END_SIGNATURE        0x06054b50
#define CENTRAL_SIGNATURE    0x02014b50
#define LOCAL_SIGNATURE      0x04034b50

#define FLAG_ENCRYPTED       0x0001
#define METHOD_STORED        0
#define METHOD_DEFLATED      8

/* Inflating stops this often to look at the cancellable. */
#define INFLATE_CHUNK        (1024 * 1024)

G_DEFINE_QUARK (wp-zip-error-quark, wp_zip_error)

typedef struct
{
  guint16 flags;
  guint16 method;
  guint32 crc;
  guint32 compressed_size;
  guint32 size;
  guint32 local_offset;
} Entry;

struct _WpZipReader
{
  GBytes       *bytes;
  const guint8 *data;
  gsize         length;
  GHashTable   *entries;  /* lower-case name → Entry */
};

static guint16
read_u16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
read_u32 (const guint8 *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static gboolean
fail_corrupt (GError     **error,
              const char  *what)
{
  g_set_error (error, WP_ZIP_ERROR, WP_ZIP_ERROR_CORRUPT, _("the ZIP archive is damaged: %s"),
               what);
  return FALSE;
}

/* The end record sits in the last 22 bytes, or further up when the archive has a
 * comment; search backwards so that a comment containing the signature is skipped. */
static const guint8 *
find_end_record (WpZipReader *self)
{
  gsize lowest;

  if (self->length < END_RECORD_SIZE)
    return NULL;

  lowest = self->length > END_RECORD_SIZE + MAX_COMMENT_SIZE
           ? self->length - END_RECORD_SIZE - MAX_COMMENT_SIZE : 0;
  for (gsize pos = self->length - END_RECORD_SIZE + 1; pos-- > lowest;)
    {
      if (read_u32 (self->data + pos) == END_SIGNATURE)
        return self->data + pos;
    }

  return NULL;
}

/* Reads one central directory header at @pos and moves @pos past it. */
static gboolean
read_central_header (WpZipReader  *self,
                     gsize        *pos,
                     gsize         end,
                     GError      **error)
{
  const guint8 *p = self->data + *pos;
  guint16 name_length, extra_length, comment_length;
  Entry *entry;

  if (end - *pos < CENTRAL_HEADER_SIZE || read_u32 (p) != CENTRAL_SIGNATURE)
    return fail_corrupt (error, _("a directory entry is missing"));

  name_length = read_u16 (p + 28);
  extra_length = read_u16 (p + 30);
  comment_length = read_u16 (p + 32);
  if (end - *pos - CENTRAL_HEADER_SIZE < (gsize) name_length + extra_length + comment_length)
    return fail_corrupt (error, _("a directory entry runs past the directory"));

  entry = g_new0 (Entry, 1);
  entry->flags = read_u16 (p + 8);
  entry->method = read_u16 (p + 10);
  entry->crc = read_u32 (p + 16);
  entry->compressed_size = read_u32 (p + 20);
  entry->size = read_u32 (p + 24);
  entry->local_offset = read_u32 (p + 42);
  g_hash_table_replace (self->entries,
                        g_ascii_strdown ((const char *) p + CENTRAL_HEADER_SIZE, name_length),
                        entry);

  *pos += CENTRAL_HEADER_SIZE + name_length + extra_length + comment_length;
  return TRUE;
}

static gboolean
read_central_directory (WpZipReader  *self,
                        GError      **error)
{
  const guint8 *end_record = find_end_record (self);
  guint16 n_entries;
  guint32 directory_size, directory_offset;
  gsize pos, end;

  if (end_record == NULL)
    {
      g_set_error_literal (error, WP_ZIP_ERROR, WP_ZIP_ERROR_NOT_ZIP,
                           _("this is not a ZIP archive, or its end is cut off"));
      return FALSE;
    }

  n_entries = read_u16 (end_record + 10);
  directory_size = read_u32 (end_record + 12);
  directory_offset = read_u32 (end_record + 16);
  if (n_entries == 0xffff || directory_offset == 0xffffffff)
    {
      g_set_error_literal (error, WP_ZIP_ERROR, WP_ZIP_ERROR_UNSUPPORTED,
                           _("ZIP64 archives are not supported"));
      return FALSE;
    }
  if ((gsize) directory_offset + directory_size > (gsize) (end_record - self->data))
    return fail_corrupt (error, _("the directory lies outside the file"));

  pos = directory_offset;
  end = directory_offset + directory_size;
  for (guint i = 0; i < n_entries; i++)
    {
      if (!read_central_header (self, &pos, end, error))
        return FALSE;
    }

  return TRUE;
}

WpZipReader *
wp_zip_reader_new (GBytes  *bytes,
                   GError **error)
{
  g_autoptr(WpZipReader) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_new0 (WpZipReader, 1);
  self->bytes = g_bytes_ref (bytes);
  self->data = g_bytes_get_data (bytes, &self->length);
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!read_central_directory (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
wp_zip_reader_free (WpZipReader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_free (self);
}

static Entry *
lookup_entry (WpZipReader *self,
              const char  *name)
{
  g_autofree char *key = g_ascii_strdown (name, -1);

  return g_hash_table_lookup (self->entries, key);
}

gboolean
wp_zip_reader_has_entry (WpZipReader *self,
                         const char  *name)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  return lookup_entry (self, name) != NULL;
}

/* The compressed bytes of @entry, after its local header; NULL when they do not fit in
 * the archive. */
static const guint8 *
locate_data (WpZipReader *self,
             Entry       *entry)
{
  const guint8 *local;
  gsize data_offset;

  if (self->length < LOCAL_HEADER_SIZE
      || entry->local_offset > self->length - LOCAL_HEADER_SIZE)
    return NULL;

  local = self->data + entry->local_offset;
  if (read_u32 (local) != LOCAL_SIGNATURE)
    return NULL;

  /* The local name and extra field may differ in length from the central ones. */
  data_offset = (gsize) entry->local_offset + LOCAL_HEADER_SIZE
                + read_u16 (local + 26) + read_u16 (local + 28);
  if (data_offset > self->length || self->length - data_offset < entry->compressed_size)
    return NULL;

  return self->data + data_offset;
}

/* Inflates raw deflate data into exactly @size bytes of @out; one spare byte at the end
 * of @out catches data that inflates to more than it declared. */
static gboolean
inflate_into (const guint8  *in,
              gsize          in_size,
              guint8        *out,
              gsize          size,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GZlibDecompressor) inflater = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW);
  GConverterResult result = G_CONVERTER_CONVERTED;
  gsize in_pos = 0;
  gsize out_pos = 0;

  while (result != G_CONVERTER_FINISHED)
    {
      gsize n_read = 0, n_written = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      result = g_converter_convert (G_CONVERTER (inflater), in + in_pos, in_size - in_pos,
                                    out + out_pos, MIN (size + 1 - out_pos, INFLATE_CHUNK),
                                    G_CONVERTER_INPUT_AT_END, &n_read, &n_written, NULL);
      in_pos += n_read;
      out_pos += n_written;
      if (result == G_CONVERTER_ERROR || out_pos > size
          || (result != G_CONVERTER_FINISHED && n_read == 0 && n_written == 0))
        break;
    }

  if (result != G_CONVERTER_FINISHED || out_pos != size)
    return fail_corrupt (error, _("compressed data does not inflate to its size"));

  return TRUE;
}

/* The CRC-32 of ZIP (and of zlib and PNG): reflected polynomial 0xedb88320. */
static guint32
compute_crc32 (const guint8 *data,
               gsize         length)
{
  static guint32 table[256];
  static gsize table_ready = 0;
  guint32 crc = 0xffffffff;

  if (g_once_init_enter (&table_ready))
    {
      for (guint32 n = 0; n < 256; n++)
        {
          guint32 c = n;

          for (guint k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320 ^ (c >> 1) : c >> 1;
          table[n] = c;
        }
      g_once_init_leave (&table_ready, 1);
    }

  for (gsize i = 0; i < length; i++)
    crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);

  return crc ^ 0xffffffff;
}

static gboolean
check_entry (Entry        *entry,
             const char   *name,
             gsize         max_size,
             GError      **error)
{
  if (entry == NULL)
    {
      g_set_error (error, WP_ZIP_ERROR, WP_ZIP_ERROR_NOT_FOUND,
                   _("the ZIP archive has no “%s”"), name);
      return FALSE;
    }
  if ((entry->flags & FLAG_ENCRYPTED) != 0
      || (entry->method != METHOD_STORED && entry->method != METHOD_DEFLATED))
    {
      g_set_error (error, WP_ZIP_ERROR, WP_ZIP_ERROR_UNSUPPORTED,
                   _("“%s” is encrypted or compressed in an unsupported way"), name);
      return FALSE;
    }
  if (entry->size > max_size)
    {
      g_set_error (error, WP_ZIP_ERROR, WP_ZIP_ERROR_TOO_LARGE,
                   _("“%s” would take %.1f MB unpacked, more than the %.1f MB allowed"),
                   name, entry->size / 1e6, max_size / 1e6);
      return FALSE;
    }
  if (entry->method == METHOD_STORED && entry->compressed_size != entry->size)
    return fail_corrupt (error, _("a stored entry has two different sizes"));

  return TRUE;
}

GBytes *
wp_zip_reader_extract (WpZipReader   *self,
                       const char    *name,
                       gsize          max_size,
                       GCancellable  *cancellable,
                       GError       **error)
{
  Entry *entry;
  const guint8 *data;
  g_autofree guint8 *out = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  entry = lookup_entry (self, name);
  if (!check_entry (entry, name, max_size, error))
    return NULL;

  data = locate_data (self, entry);
  if (data == NULL)
    {
      fail_corrupt (error, _("an entry lies outside the file"));
      return NULL;
    }

  out = g_malloc (entry->size + 1);
  if (entry->method == METHOD_STORED)
    memcpy (out, data, entry->size);
  else if (!inflate_into (data, entry->compressed_size, out, entry->size, cancellable, error))
    return NULL;

  if (compute_crc32 (out, entry->size) != entry->crc)
    {
      fail_corrupt (error, _("an entry fails its checksum"));
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&out), entry->size);
}
