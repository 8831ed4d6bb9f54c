/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Translations in a language chosen at run time. The interface follows the desktop's
 * language through gettext, but a report or a chart export is written in the language
 * the user picks for it ("--lang en" on a Chinese desktop), and gettext can only switch
 * languages process-wide. So the words of reports and charts are marked with
 * NC_("report", …) or NC_("chart", …) in the one catalogue (po/zh_CN.po), and looked up
 * here in the compiled catalogue of the language asked for. Thread-safe. */

/* The folder holding <lang>/LC_MESSAGES/workplan.mo: $WORKPLAN_LOCALEDIR when set (the
 * build tree's po/ when running uninstalled), else the installed one. */
const char *wp_catalog_localedir (void);

/* @msgid translated into @language ("zh_CN", "zh_CN.UTF-8", "zh", "en", "C" …) within
 * @context. NULL @language means the interface's language (plain gettext). English and
 * languages without a catalogue give @msgid back. The result lives as long as the
 * process. */
const char *wp_catalog_pgettext  (const char *language,
                                  const char *context,
                                  const char *msgid);

/* TRUE when @language is a Chinese one ("zh_CN", "zh_CN.UTF-8", "zh"); FALSE for NULL. */
gboolean    wp_catalog_is_chinese (const char *language);

/* "zh_CN" or "en", the report languages: @language's closest, or for NULL the
 * interface's. */
const char *wp_catalog_report_language (const char *language);

G_END_DECLS
