/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-fuzz"

#include "config.h"

#include <string.h>

#include "wp-fuzz-util.h"
#include "wp-import.h"
#include "wp-text-decoder.h"

/* libFuzzer target: the bytes of a .txt file go through the decoder and, when they are
 * text, through the outline parser into a plan, as `workplan import` does. */

#define DISPLAY_NAME "fuzz.txt"

/* The decoder promises one of three errors, each naming the file. */
static void
check_decode_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == WP_IMPORT_ERROR);
  g_assert_true (error->code == WP_IMPORT_ERROR_UNSUPPORTED ||
                 error->code == WP_IMPORT_ERROR_ENCODING ||
                 error->code == WP_IMPORT_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, DISPLAY_NAME));
}

/* Decoded text is UTF-8 with "\n" line ends and no NUL inside. */
static void
check_decoded_text (const char *text)
{
  wp_fuzz_assert_utf8 (text);
  g_assert_null (strchr (text, '\r'));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(WpOutline) outline = NULL;

  text = wp_text_decode ((const char *) data, size, DISPLAY_NAME, &error);
  if (text == NULL)
    {
      check_decode_error (error);
      return 0;
    }

  g_assert_null (error);
  check_decoded_text (text);
  outline = wp_outline_parse (text);
  wp_fuzz_check_build (outline);
  return 0;
}
