/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-catalog.h"
#include "wp-test-util.h"

/* The catalogues are read once per language and kept, so every test uses a language
 * of its own inside the one locale folder that main() makes. */
static char *localedir;

static void
put_word (GByteArray *mo,
          guint32     word,
          gboolean    big_endian)
{
  guint32 stored = big_endian ? GUINT32_TO_BE (word) : GUINT32_TO_LE (word);

  g_byte_array_append (mo, (const guint8 *) &stored, sizeof stored);
}

/* A compiled catalogue as msgfmt writes it (without the optional hash table), holding
 * @n pairs of @originals and @translations, which must be sorted by original. */
static GBytes *
make_mo (const char * const *originals,
         const char * const *translations,
         guint32              n,
         gboolean             big_endian)
{
  GByteArray *mo = g_byte_array_new ();
  guint32 strings = 28 + n * 16;
  GString *pool = g_string_new (NULL);

  put_word (mo, 0x950412deU, big_endian);
  put_word (mo, 0, big_endian);
  put_word (mo, n, big_endian);
  put_word (mo, 28, big_endian);
  put_word (mo, 28 + n * 8, big_endian);
  put_word (mo, 0, big_endian);
  put_word (mo, 0, big_endian);
  for (guint table = 0; table < 2; table++)
    for (guint32 i = 0; i < n; i++)
      {
        const char *text = table == 0 ? originals[i] : translations[i];

        put_word (mo, strlen (text), big_endian);
        put_word (mo, strings + pool->len, big_endian);
        g_string_append_len (pool, text, strlen (text) + 1);
      }
  g_byte_array_append (mo, (const guint8 *) pool->str, pool->len);
  g_string_free (pool, TRUE);
  return g_byte_array_free_to_bytes (mo);
}

static void
install_mo (const char *language,
            GBytes     *mo)
{
  g_autofree char *dir = g_build_filename (localedir, language, "LC_MESSAGES", NULL);
  g_autofree char *path = g_build_filename (dir, GETTEXT_PACKAGE ".mo", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (mo, NULL),
                                      g_bytes_get_size (mo), NULL));
}

static const char *originals[] = { "chart\004Done", "report\004Annex %u" };
static const char *translations[] = { "已完成", "附件%u" };

static void
test_catalog_lookup (void)
{
  g_autoptr(GBytes) mo = make_mo (originals, translations, 2, FALSE);

  install_mo ("zh_CN", mo);

  g_assert_cmpstr (wp_catalog_pgettext ("zh_CN", "report", "Annex %u"), ==, "附件%u");
  g_assert_cmpstr (wp_catalog_pgettext ("zh_CN.UTF-8", "chart", "Done"), ==, "已完成");
  /* The context keeps apart words that read alike in English. */
  g_assert_cmpstr (wp_catalog_pgettext ("zh_CN", "report", "Done"), ==, "Done");
  g_assert_cmpstr (wp_catalog_pgettext ("zh_CN", "chart", "Late"), ==, "Late");
  g_assert_cmpstr (wp_catalog_pgettext ("en", "chart", "Done"), ==, "Done");
  g_assert_cmpstr (wp_catalog_pgettext ("C", "chart", "Done"), ==, "Done");
}

static void
test_catalog_big_endian_and_fallback (void)
{
  g_autoptr(GBytes) mo = make_mo (originals, translations, 2, TRUE);

  /* "zh_SG" has no catalogue of its own and falls back to the language's, "zh". */
  install_mo ("zh", mo);
  g_assert_cmpstr (wp_catalog_pgettext ("zh_SG", "chart", "Done"), ==, "已完成");
}

static void
test_catalog_damaged (void)
{
  g_autoptr(GBytes) mo = make_mo (originals, translations, 2, FALSE);
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (mo, 0, g_bytes_get_size (mo) - strlen ("附件%u") - 1);

  /* A truncated file loses the strings that lie past its end, and nothing else happens. */
  install_mo ("ja", cut);
  g_assert_cmpstr (wp_catalog_pgettext ("ja", "report", "Annex %u"), ==, "Annex %u");
  g_assert_cmpstr (wp_catalog_pgettext ("ja", "chart", "Done"), ==, "已完成");
  g_assert_cmpstr (wp_catalog_pgettext ("fr", "chart", "Done"), ==, "Done");
}

static void
test_catalog_report_language (void)
{
  g_assert_cmpstr (wp_catalog_report_language ("zh_CN.UTF-8"), ==, "zh_CN");
  g_assert_cmpstr (wp_catalog_report_language ("zh"), ==, "zh_CN");
  g_assert_cmpstr (wp_catalog_report_language ("en_GB"), ==, "en");
  g_assert_cmpstr (wp_catalog_report_language ("de"), ==, "en");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  localedir = wp_test_make_tmp_dir ();
  g_setenv ("WORKPLAN_LOCALEDIR", localedir, TRUE);

  g_test_add_func ("/catalog/lookup", test_catalog_lookup);
  g_test_add_func ("/catalog/big-endian-and-fallback", test_catalog_big_endian_and_fallback);
  g_test_add_func ("/catalog/damaged", test_catalog_damaged);
  g_test_add_func ("/catalog/report-language", test_catalog_report_language);

  status = g_test_run ();
  wp_test_remove_tree (localedir);
  g_free (localedir);
  return status;
}
