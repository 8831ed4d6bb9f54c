/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-text-decoder"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wp-import.h"
#include "wp-text-decoder.h"

/* Control characters per thousand above which a file counts as binary. Real text has
 * none but the odd form feed or escape left by an old editor. */
#define MAX_CONTROLS_PER_MILLE 5

/* Share of common characters in text that is UTF-16 without a byte order mark. */
#define MIN_COMMON_PERCENT 90

typedef enum
{
  DETECTED_TEXT,
  DETECTED_UTF16_GUESSED,  /* by its zero bytes: binary data has those too */
  DETECTED_BINARY,
} Detection;

static gboolean
is_control_byte (guchar b)
{
  /* Tabs, line ends, form feeds and DOS's end-of-file mark occur in real text. */
  if (b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == 0x1a)
    return FALSE;

  return b < 0x20 || b == 0x7f;
}

/* For UTF-8 and GB18030, which share ASCII's control bytes and never use them inside
 * a multi-byte character; UTF-16 is looked at once converted to UTF-8. */
static gboolean
looks_binary (const char *data,
              gsize       length)
{
  gsize controls = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar b = data[i];

      /* Nearly every byte: printable ASCII or part of a multi-byte character. */
      if (b >= 0x20 && b != 0x7f)
        continue;
      if (b == '\0')
        return TRUE;
      if (is_control_byte (b))
        controls++;
    }

  return controls * 1000 > length * MAX_CONTROLS_PER_MILLE;
}

/* Code units of the scripts and punctuation plans are written in. */
static gboolean
is_common_unit (guint16 unit)
{
  return (unit >= 0x20 && unit < 0x7f) || unit == '\t' || unit == '\n' || unit == '\r'
         || (unit >= 0x00a0 && unit < 0x0250)   /* Latin-1 and Latin Extended */
         || (unit >= 0x2000 && unit < 0x2070)   /* punctuation: “ ” — … */
         || (unit >= 0x3000 && unit < 0x3040)   /* CJK punctuation */
         || (unit >= 0x4e00 && unit < 0xa000)   /* CJK unified ideographs */
         || (unit >= 0xff00 && unit < 0xfff0);  /* full-width forms */
}

/* UTF-16 without a byte order mark shows itself by zero bytes: the high byte of every
 * line end, digit and ASCII character. Which byte order it is, and whether it is text
 * at all, tells the share of code units that are common characters read either way:
 * nearly all in the right order, few in the wrong one (U+4E00 一 reads as U+004E N,
 * but "a" as U+6100 and most ideographs as nothing of the kind), few in binary data. */
static const char *
guess_utf16 (const char *data,
             gsize       length)
{
  const guchar *bytes = (const guchar *) data;
  gsize n_units = length / 2;
  gsize big = 0;
  gsize little = 0;

  if (length % 2 != 0)
    return NULL;

  for (gsize i = 0; i < n_units; i++)
    {
      big += is_common_unit (bytes[2 * i] << 8 | bytes[2 * i + 1]);
      little += is_common_unit (bytes[2 * i + 1] << 8 | bytes[2 * i]);
    }

  if (big > little && big * 100 >= n_units * MIN_COMMON_PERCENT)
    return "UTF-16BE";
  if (little > big && little * 100 >= n_units * MIN_COMMON_PERCENT)
    return "UTF-16LE";

  return NULL;
}

/* Valid UTF-8, or valid but for a last character cut off as in a truncated file; sets
 * @valid_length to the length without that character. */
static gboolean
is_utf8 (const char *data,
         gsize       length,
         gsize      *valid_length)
{
  const char *end;

  if (g_utf8_validate_len (data, length, &end))
    {
      *valid_length = length;
      return TRUE;
    }

  *valid_length = end - data;
  return g_utf8_get_char_validated (end, length - *valid_length) == (gunichar) -2;
}

/* Sets @charset to the encoding of the bytes, NULL for UTF-8, and skips a byte order
 * mark; @valid_length gets is_utf8()'s length when UTF-8 was told by looking at the
 * bytes, else G_MAXSIZE. */
static Detection
detect_charset (const char **data,
                gsize       *length,
                const char **charset,
                gsize       *valid_length)
{
  static const struct { const char *mark; const char *charset; } boms[] = {
    { "\xef\xbb\xbf", NULL }, { "\xff\xfe", "UTF-16LE" }, { "\xfe\xff", "UTF-16BE" },
  };

  *charset = NULL;
  *valid_length = G_MAXSIZE;
  for (guint i = 0; i < G_N_ELEMENTS (boms); i++)
    {
      gsize mark_length = strlen (boms[i].mark);

      if (*length >= mark_length && memcmp (*data, boms[i].mark, mark_length) == 0)
        {
          *data += mark_length;
          *length -= mark_length;
          *charset = boms[i].charset;
          return DETECTED_TEXT;
        }
    }

  if (memchr (*data, '\0', *length) != NULL)
    {
      *charset = guess_utf16 (*data, *length);
      return *charset != NULL ? DETECTED_UTF16_GUESSED : DETECTED_BINARY;
    }
  if (looks_binary (*data, *length))
    return DETECTED_BINARY;
  if (!is_utf8 (*data, *length, valid_length))
    *charset = "GB18030";

  return DETECTED_TEXT;
}

/* Binary data is unsupported, text in another encoding an encoding error. */
static char *
fail (WpImportError   code,
      const char     *display_name,
      GError        **error)
{
  const char *problem = code == WP_IMPORT_ERROR_ENCODING
    ? _("the text is in an encoding other than UTF-8, UTF-16 and GB18030; save it as UTF-8 "
        "text and import it again")
    : _("this is not text but binary data; import a text (.txt, .md), PDF, Word (.docx) or "
        "Workplan JSON file");

  g_set_error (error, WP_IMPORT_ERROR, code, "%s: %s", display_name, problem);
  return NULL;
}

/* The text as UTF-8: @data itself when it is UTF-8 (@charset NULL), so that a large file
 * is not copied once more, else a conversion that @converted owns. NULL when the bytes
 * are not valid in @charset. */
static const char *
convert_to_utf8 (const char  *data,
                 gsize        length,
                 const char  *charset,
                 gsize        valid_length,
                 char       **converted,
                 gsize       *utf8_length)
{
  if (charset != NULL)
    return *converted = g_convert (data, length, "UTF-8", charset, NULL, utf8_length, NULL);
  if (valid_length != G_MAXSIZE)
    *utf8_length = valid_length;
  else if (!is_utf8 (data, length, utf8_length))
    return NULL;

  return data;
}

/* What replaces the character at @p, which is @length bytes long, or NULL to keep it:
 * "\r\n" and "\r" become "\n", and so do form feeds and Unicode's line and paragraph
 * separators; byte order marks and other control characters go. */
static const char *
find_replacement (const char *p,
                  const char *end,
                  gsize      *length)
{
  guchar b = *p;

  *length = 1;
  if (b == '\r')
    return p + 1 < end && p[1] == '\n' ? "" : "\n";
  if (b == '\f' || b == '\v')
    return "\n";
  if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7f)
    return "";

  /* Looked at for every byte: only the lead bytes of the three go on to compare. */
  *length = 3;
  if (b != 0xe2 && b != 0xef)
    return NULL;
  if (end - p < 3)
    return NULL;
  if (memcmp (p, "\xe2\x80\xa8", 3) == 0 || memcmp (p, "\xe2\x80\xa9", 3) == 0)
    return "\n";
  if (memcmp (p, "\xef\xbb\xbf", 3) == 0)
    return "";

  return NULL;
}

/* Copies the @length bytes of @text a run at a time between the few characters that
 * change. */
static char *
normalize_text (const char *text,
                gsize       length)
{
  GString *out = g_string_sized_new (length);
  const char *end = text + length;
  const char *run = text;
  const char *p = text;

  while (p < end)
    {
      gsize skip;
      const char *replacement = find_replacement (p, end, &skip);

      if (replacement == NULL)
        {
          p++;
          continue;
        }
      g_string_append_len (out, run, p - run);
      g_string_append (out, replacement);
      p += skip;
      run = p;
    }
  g_string_append_len (out, run, p - run);

  return g_string_free (out, FALSE);
}

char *
wp_text_decode (const char  *data,
                gsize        length,
                const char  *display_name,
                GError     **error)
{
  g_autofree char *converted = NULL;
  const char *utf8;
  const char *charset;
  Detection detection;
  gsize utf8_length = 0;
  gsize valid_length;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (length == 0)
    return g_strdup ("");

  detection = detect_charset (&data, &length, &charset, &valid_length);
  if (detection == DETECTED_BINARY)
    return fail (WP_IMPORT_ERROR_UNSUPPORTED, display_name, error);

  utf8 = convert_to_utf8 (data, length, charset, valid_length, &converted, &utf8_length);
  /* UTF-16 guessed from zeros that does not decode, or decodes to control characters,
   * was binary data after all. */
  if (utf8 == NULL && detection == DETECTED_UTF16_GUESSED)
    return fail (WP_IMPORT_ERROR_UNSUPPORTED, display_name, error);
  if (utf8 == NULL)
    return fail (WP_IMPORT_ERROR_ENCODING, display_name, error);
  if (looks_binary (utf8, utf8_length))
    return fail (WP_IMPORT_ERROR_UNSUPPORTED, display_name, error);

  return normalize_text (utf8, utf8_length);
}
