/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Decodes the bytes of a text file into UTF-8 with "\n" line ends. The encoding is
 * detected: a byte order mark, else UTF-16 by its zero bytes, else UTF-8 when valid,
 * else GB18030 (which covers GBK and GB2312). Stray control characters are dropped.
 * Fails with WP_IMPORT_ERROR_UNSUPPORTED for binary data and WP_IMPORT_ERROR_ENCODING
 * for text in another encoding, in a message that names @display_name. */
char *wp_text_decode (const char  *data,
                      gsize        length,
                      const char  *display_name,
                      GError     **error);

G_END_DECLS
