/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wp-catalog.h"
#include "wp-indicator.h"
#include "wp-progress-entry.h"
#include "wp-report-phrases.h"

static const char *const month_msgids[] = {
  NC_("report", "January"), NC_("report", "February"), NC_("report", "March"),
  NC_("report", "April"), NC_("report", "May"), NC_("report", "June"),
  NC_("report", "July"), NC_("report", "August"), NC_("report", "September"),
  NC_("report", "October"), NC_("report", "November"), NC_("report", "December"),
};

const char *
wp_report_word (const char *language,
                const char *msgid)
{
  return wp_catalog_pgettext (language, "report", msgid);
}

const char *
wp_report_plural (const char *language,
                  guint       n,
                  const char *singular,
                  const char *plural)
{
  return wp_report_word (language, n == 1 ? singular : plural);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x80)
        return FALSE;
    }
  return TRUE;
}

char *
wp_report_format_value (const char *language,
                        double      value,
                        const char *unit)
{
  g_autofree char *number = wp_format_number (value);

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);
  /* Chinese units follow the number directly (12所); in English a unit in Chinese
   * would be the only Chinese in the sentence, and the indicator's name says it. */
  if (wp_catalog_is_chinese (language) || g_str_equal (unit, "%"))
    return g_strconcat (number, unit, NULL);
  if (!is_ascii (unit))
    return g_steal_pointer (&number);
  return g_strconcat (number, " ", unit, NULL);
}

char *
wp_report_format_rate (const char *language,
                       double      rate)
{
  if (isnan (rate))
    return g_strdup ("—");
  /* TRANSLATORS: an achievement rate with one decimal, e.g. "108.3%". */
  return g_strdup_printf (wp_report_word (language, NC_("report", "%.1f%%")), 100.0 * rate);
}

char *
wp_report_format_percent (const char *language,
                          double      percent)
{
  if (isnan (percent))
    return g_strdup ("—");
  /* TRANSLATORS: a progress in whole per cent, e.g. "79%". */
  return g_strdup_printf (wp_report_word (language, NC_("report", "%.0f%%")), percent);
}

static const char *
month_name (const char  *language,
            const GDate *date)
{
  return wp_report_word (language, month_msgids[g_date_get_month (date) - 1]);
}

char *
wp_report_format_date (const char  *language,
                       const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* TRANSLATORS: a full date: %1$u the year, %2$s the month's name, %3$u the day, e.g.
   * "31 December 2019"; in Chinese "%1$u年%2$s%3$u日" with the months "1月" … "12月". */
  return g_strdup_printf (wp_report_word (language, NC_("report", "%3$u %2$s %1$u")),
                          (guint) g_date_get_year (date), month_name (language, date),
                          (guint) g_date_get_day (date));
}

char *
wp_report_format_day (const char  *language,
                      const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  /* TRANSLATORS: a day of the report's year: %1$s the month's name, %2$u the day, e.g.
   * "15 June"; in Chinese "%1$s%2$u日". */
  return g_strdup_printf (wp_report_word (language, NC_("report", "%2$u %1$s")),
                          month_name (language, date), (guint) g_date_get_day (date));
}

/* TRUE when @text (not empty) already ends a sentence, possibly inside a closing quote
 * or bracket: "……完成。" "……（已完成。）". */
static gboolean
ends_sentence (const char *text,
               const char *end)
{
  static const char terminals[] = "。！？…．.!?";
  static const char closers[] = "”’」』）)\"'";

  while (end > text)
    {
      const char *prev = g_utf8_find_prev_char (text, end);
      g_autofree char *ch = g_strndup (prev, end - prev);

      if (strstr (terminals, ch) != NULL)
        return TRUE;
      if (strstr (closers, ch) == NULL)
        return FALSE;
      end = prev;
    }
  return FALSE;
}

/* The length of @text without the white space and the punctuation in @trailing at its
 * end. */
static gsize
trimmed_length (const char *text,
                const char *trailing)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      const char *prev = g_utf8_find_prev_char (text, end);
      g_autofree char *ch = g_strndup (prev, end - prev);

      if (strstr (trailing, ch) == NULL)
        break;
      end = prev;
    }
  return end - text;
}

/* What a sentence may trail that a full stop replaces. */
#define SOFT_ENDS " \t\r\n，,；;：:、　"

gboolean
wp_report_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }
  return TRUE;
}

char *
wp_report_join_lines (const char *language,
                      const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      if (joined->len > 0 && !wp_catalog_is_chinese (language))
        g_string_append_c (joined, ' ');
      g_string_append (joined, lines[i]);
    }
  return g_string_free (joined, FALSE);
}

char *
wp_report_format_clause (const char *language,
                         const char *text)
{
  char *clause = wp_report_join_lines (language, text);

  clause[trimmed_length (clause, SOFT_ENDS "。．.!?！？")] = '\0';
  return clause;
}

gboolean
wp_report_counts_task (const WpSnapshotNode *node)
{
  return node->kind == WP_NODE_TASK && node->status != WP_STATUS_CANCELLED;
}

gboolean
wp_report_is_met (const WpSnapshotIndicator *indicator)
{
  return !isnan (indicator->rate) && indicator->rate >= 1.0;
}

gboolean
wp_report_is_overdue (const WpSnapshotNode *task,
                      const GDate          *as_of)
{
  return task->status != WP_STATUS_DONE && g_date_valid (&task->due)
         && g_date_compare (&task->due, as_of) < 0;
}

char *
wp_report_format_standing (const char           *language,
                           const WpSnapshotNode *task)
{
  g_autofree char *value = NULL;

  if (task->status == WP_STATUS_DONE)
    {
      if (!g_date_valid (&task->completed))
        return g_strdup (wp_report_word (language, NC_("report", "Completed.")));
      value = wp_report_format_date (language, &task->completed);
      return g_strdup_printf (wp_report_word (language, NC_("report", "Completed on %s.")),
                              value);
    }
  if (task->status == WP_STATUS_NOT_STARTED && task->progress <= 0)
    return g_strdup (wp_report_word (language, NC_("report", "Not started yet.")));
  value = wp_report_format_percent (language, task->progress);
  /* TRANSLATORS: the progress of a task not done yet, "60%". */
  return g_strdup_printf (wp_report_word (language, NC_("report", "Progress so far: %s.")),
                          value);
}

GPtrArray *
wp_report_latest_notes (const WpSnapshotNode *task,
                        const GDate          *as_of,
                        guint                 max)
{
  GPtrArray *entries = g_ptr_array_new ();

  for (guint i = task->entries->len; i > 0 && entries->len < max; i--)
    {
      WpProgressEntry *entry = g_ptr_array_index (task->entries, i - 1);
      GDate date;

      if (wp_report_is_blank (wp_progress_entry_get_note (entry)))
        continue;
      /* A summary dated in the past does not know what came after. */
      if (wp_date_parse (wp_progress_entry_get_date (entry), &date)
          && g_date_compare (&date, as_of) > 0)
        continue;
      g_ptr_array_insert (entries, 0, entry);
    }
  return entries;
}

void
wp_report_append_sentence (GString    *text,
                           const char *language,
                           const char *sentence)
{
  gboolean chinese = wp_catalog_is_chinese (language);
  gsize length;

  while (g_ascii_isspace (*sentence))
    sentence++;
  length = trimmed_length (sentence, SOFT_ENDS);
  if (length == 0)
    return;

  if (!chinese && text->len > 0 && !g_ascii_isspace (text->str[text->len - 1]))
    g_string_append_c (text, ' ');
  g_string_append_len (text, sentence, length);
  if (!ends_sentence (sentence, sentence + length))
    g_string_append (text, chinese ? "。" : ".");
}

char *
wp_report_format_lead (const char *language,
                       const char *number,
                       const char *title)
{
  GString *lead = g_string_new (number);
  gboolean chinese = wp_catalog_is_chinese (language);

  /* "1." is followed by a space in English only; "（一）" never. */
  if (!chinese && lead->len > 0)
    g_string_append_c (lead, ' ');
  wp_report_append_sentence (lead, language, title);
  if (!chinese)
    g_string_append_c (lead, ' ');
  return g_string_free (lead, FALSE);
}

char *
wp_report_join_names (const char *language,
                      GPtrArray  *names)
{
  /* Translators: between department names in a list, "、" in Chinese */
  const char *separator = wp_report_word (language, NC_("report", ", "));
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (joined, separator);
      g_string_append (joined, g_ptr_array_index (names, i));
    }
  return g_string_free (joined, FALSE);
}

/* An English sentence about an indicator without a name would start with ": target";
 * it starts with the word after the colon instead. */
static char *
drop_empty_name (const char *language,
                 const char *name,
                 char       *sentence)
{
  const char *start = sentence;

  if (*name != '\0' || wp_catalog_is_chinese (language))
    return sentence;
  while (*start == ':' || *start == ' ')
    start++;
  memmove (sentence, start, strlen (start) + 1);
  sentence[0] = g_ascii_toupper (sentence[0]);
  return sentence;
}

static char *
milestone_sentence (const char                *language,
                    const WpSnapshotIndicator *indicator)
{
  const char *name = wp_indicator_get_name (indicator->indicator);

  if (wp_report_is_met (indicator))
    /* TRANSLATORS: a milestone target that was reached; %s is its name. */
    return g_strdup_printf (wp_report_word (language, NC_("report", "%s: achieved.")), name);
  /* TRANSLATORS: a milestone target not reached yet; %s is its name. */
  return g_strdup_printf (wp_report_word (language, NC_("report", "%s: not achieved yet.")),
                          name);
}

static char *
zero_sentence (const char                *language,
               const WpSnapshotIndicator *indicator)
{
  WpIndicator *ind = indicator->indicator;
  const char *name = wp_indicator_get_name (ind);
  g_autofree char *actual = wp_report_format_value (language, wp_indicator_get_actual (ind),
                                                    wp_indicator_get_unit (ind));

  if (isnan (wp_indicator_get_actual (ind)))
    return g_strdup_printf (wp_report_word (language,
                                            NC_("report", "%s: target zero, not reported yet.")),
                            name);
  /* TRANSLATORS: a target of zero (accidents, drop-outs): %1$s the indicator, %2$s what
   * happened with its unit, "0起". */
  return g_strdup_printf (wp_report_word (language,
                                          NC_("report", "%1$s: target zero, actual %2$s.")),
                          name, actual);
}

/* An indicator whose target or actual is missing. */
static char *
unreported_sentence (const char  *language,
                     WpIndicator *ind,
                     const char  *target,
                     const char  *actual)
{
  const char *name = wp_indicator_get_name (ind);

  if (isnan (wp_indicator_get_target (ind)) && isnan (wp_indicator_get_actual (ind)))
    return g_strdup_printf (wp_report_word (language, NC_("report", "%s: not reported yet.")),
                            name);
  if (isnan (wp_indicator_get_target (ind)))
    /* TRANSLATORS: an indicator without a target: %1$s its name, %2$s the value reached. */
    return g_strdup_printf (wp_report_word (language, NC_("report", "%1$s: achieved %2$s.")),
                            name, actual);
  if (wp_indicator_get_comparator (ind) == WP_COMPARATOR_AT_MOST)
    return g_strdup_printf (wp_report_word (language,
                                            NC_("report", "%1$s: at most %2$s, not reported yet.")),
                            name, target);
  return g_strdup_printf (wp_report_word (language,
                                          NC_("report", "%1$s: target %2$s, not reported yet.")),
                          name, target);
}

static char *
measured_sentence (const char                *language,
                   const WpSnapshotIndicator *indicator)
{
  WpIndicator *ind = indicator->indicator;
  const char *name = wp_indicator_get_name (ind);
  const char *unit = wp_indicator_get_unit (ind);
  g_autofree char *target = wp_report_format_value (language, wp_indicator_get_target (ind), unit);
  g_autofree char *actual = wp_report_format_value (language, wp_indicator_get_actual (ind), unit);
  g_autofree char *rate = wp_report_format_rate (language, indicator->rate);
  const char *format;

  if (isnan (indicator->rate))
    return unreported_sentence (language, ind, target, actual);

  switch (wp_indicator_get_comparator (ind))
    {
    case WP_COMPARATOR_AT_MOST:
      /* TRANSLATORS: %1$s the indicator, %2$s the ceiling, %3$s the actual value, %4$s
       * the achievement rate. */
      format = NC_("report", "%1$s: at most %2$s, actual %3$s (%4$s).");
      break;
    case WP_COMPARATOR_EQUAL:
      /* A target to hit exactly is met or not; a rate of 0 % for 96 of 120 would
       * mislead. */
      if (wp_report_is_met (indicator))
        format = NC_("report", "%1$s: target %2$s, achieved %3$s (met).");
      else
        format = NC_("report", "%1$s: target %2$s, achieved %3$s (not met).");
      return g_strdup_printf (wp_report_word (language, format), name, target, actual);
    default:
      /* TRANSLATORS: %1$s the indicator, %2$s the target, %3$s the actual value, %4$s
       * the achievement rate: "建成幼儿园目标12所，完成13所，完成率108.3%。" */
      format = NC_("report", "%1$s: target %2$s, achieved %3$s (%4$s).");
      break;
    }
  return g_strdup_printf (wp_report_word (language, format), name, target, actual, rate);
}

char *
wp_report_indicator_sentence (const char                *language,
                              const WpSnapshotIndicator *indicator)
{
  const char *name;
  char *sentence;

  g_return_val_if_fail (indicator != NULL, NULL);

  name = wp_indicator_get_name (indicator->indicator);
  switch (wp_indicator_get_comparator (indicator->indicator))
    {
    case WP_COMPARATOR_MILESTONE:
      sentence = milestone_sentence (language, indicator);
      break;
    case WP_COMPARATOR_ZERO:
      sentence = zero_sentence (language, indicator);
      break;
    default:
      sentence = measured_sentence (language, indicator);
      break;
    }
  return drop_empty_name (language, name, sentence);
}

char *
wp_report_indicator_goal (const char  *language,
                          WpIndicator *indicator)
{
  const char *name = wp_indicator_get_name (indicator);
  g_autofree char *target = wp_report_format_value (language,
                                                    wp_indicator_get_target (indicator),
                                                    wp_indicator_get_unit (indicator));
  const char *format;

  switch (wp_indicator_get_comparator (indicator))
    {
    case WP_COMPARATOR_MILESTONE:
      return g_strdup (name);
    case WP_COMPARATOR_ZERO:
      /* TRANSLATORS: a target of zero in the plan: "校园重大安全责任事故为零". */
      return g_strdup_printf (wp_report_word (language, NC_("report", "%s: zero")), name);
    case WP_COMPARATOR_AT_MOST:
      format = NC_("report", "%1$s at most %2$s");
      break;
    case WP_COMPARATOR_AT_LEAST:
      format = NC_("report", "%1$s at least %2$s");
      break;
    default:
      format = NC_("report", "%1$s: %2$s");
      break;
    }
  if (*target == '\0')
    return g_strdup (name);
  return g_strdup_printf (wp_report_word (language, format), name, target);
}

char *
wp_report_indicator_target (const char  *language,
                            WpIndicator *indicator)
{
  double target = wp_indicator_get_target (indicator);
  const char *unit = wp_indicator_get_unit (indicator);
  g_autofree char *value = NULL;

  switch (wp_indicator_get_comparator (indicator))
    {
    case WP_COMPARATOR_MILESTONE:
      /* TRANSLATORS: the target of a milestone in the results table. */
      return g_strdup (wp_report_word (language, NC_("report", "Complete")));
    case WP_COMPARATOR_ZERO:
      return wp_report_format_value (language, 0, unit);
    default:
      break;
    }
  if (isnan (target))
    return g_strdup ("—");
  value = wp_report_format_value (language, target, unit);
  if (wp_indicator_get_comparator (indicator) == WP_COMPARATOR_AT_MOST)
    return g_strconcat ("≤", value, NULL);
  return g_steal_pointer (&value);
}

char *
wp_report_indicator_actual (const char  *language,
                            WpIndicator *indicator)
{
  double actual = wp_indicator_get_actual (indicator);

  if (isnan (actual))
    return g_strdup ("—");
  if (wp_indicator_get_comparator (indicator) == WP_COMPARATOR_MILESTONE)
    return g_strdup (actual != 0 ? wp_report_word (language, NC_("report", "Completed"))
                                 : wp_report_word (language, NC_("report", "Not completed")));
  return wp_report_format_value (language, actual, wp_indicator_get_unit (indicator));
}
