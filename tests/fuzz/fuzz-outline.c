/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-fuzz"

#include "config.h"

#include "wp-fuzz-util.h"

/* libFuzzer target: any UTF-8 text through the outline parser, every getter, the edits
 * a user makes in the import preview (kinds and levels taken from the input bytes) and
 * the plan built from the result. */

#define N_LINE_KINDS (WP_OUTLINE_LINE_DROPPED + 1)

static void
read_every_line (WpOutline *outline)
{
  guint n_lines = wp_outline_get_n_lines (outline);

  for (guint i = 0; i < n_lines; i++)
    {
      g_assert_nonnull (wp_outline_get_line_text (outline, i));
      wp_fuzz_assert_utf8 (wp_outline_get_line_text (outline, i));
      wp_fuzz_assert_utf8 (wp_outline_get_line_number (outline, i));
      g_assert_cmpuint (wp_outline_get_line_kind (outline, i), <, N_LINE_KINDS);
      wp_outline_get_line_level (outline, i);
    }

  wp_fuzz_assert_utf8 (wp_outline_get_title (outline));
  wp_fuzz_assert_utf8 (wp_outline_get_organization (outline));
  wp_outline_get_year (outline);
  g_assert_cmpuint (wp_outline_get_numbering (outline), <=, WP_NUMBERING_EN);
}

/* Changes some lines as a user could in the preview. The choices come from the input
 * read backwards, so that libFuzzer's mutations of the text also vary the edits. */
static void
edit_lines (WpOutline    *outline,
            const guint8 *data,
            gsize         size)
{
  guint n_lines = wp_outline_get_n_lines (outline);

  for (guint i = 0; i < n_lines && size > 0; i++)
    {
      guint8 choice = data[size - 1 - i % size];
      WpOutlineLineKind kind = (choice >> 2) % N_LINE_KINDS;
      guint level = choice >> 5;

      if (choice & 1)
        {
          wp_outline_set_line_kind (outline, i, kind);
          g_assert_cmpuint (wp_outline_get_line_kind (outline, i), ==, kind);
        }
      if (choice & 2)
        {
          wp_outline_set_line_level (outline, i, level);
          g_assert_cmpuint (wp_outline_get_line_level (outline, i), <=, level);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  g_autoptr(WpOutline) outline = wp_outline_parse (text);

  read_every_line (outline);
  wp_fuzz_check_build (outline);
  edit_lines (outline, data, size);
  read_every_line (outline);
  wp_fuzz_check_build (outline);
  return 0;
}
