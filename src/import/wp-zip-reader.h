/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define WP_ZIP_ERROR (wp_zip_error_quark ())

/* Messages say what is wrong with the archive, not which file it is: callers add that. */
typedef enum
{
  WP_ZIP_ERROR_NOT_ZIP,       /* no end of central directory */
  WP_ZIP_ERROR_CORRUPT,       /* sizes, offsets, data or checksum do not add up */
  WP_ZIP_ERROR_UNSUPPORTED,   /* ZIP64, encryption or a compression other than deflate */
  WP_ZIP_ERROR_TOO_LARGE,     /* an entry larger than the caller accepts */
  WP_ZIP_ERROR_NOT_FOUND,     /* no entry of that name */
} WpZipError;

/* A ZIP archive held in memory, read through its central directory. Only what Office
 * files use is supported: stored and deflated entries, without ZIP64 or encryption. */
typedef struct _WpZipReader WpZipReader;

GQuark       wp_zip_error_quark      (void);

WpZipReader *wp_zip_reader_new       (GBytes        *bytes,
                                      GError       **error);
void         wp_zip_reader_free      (WpZipReader   *self);
/* Names compare without regard to ASCII case, as in Office's package format. */
gboolean     wp_zip_reader_has_entry (WpZipReader   *self,
                                      const char    *name);
/* The uncompressed contents of entry @name, checked against its size and CRC-32.
 * Entries declaring more than @max_size bytes are refused before inflating, and
 * inflating stops at the declared size, so a ZIP bomb costs no more than @max_size. */
GBytes      *wp_zip_reader_extract   (WpZipReader   *self,
                                      const char    *name,
                                      gsize          max_size,
                                      GCancellable  *cancellable,
                                      GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpZipReader, wp_zip_reader_free)

G_END_DECLS
