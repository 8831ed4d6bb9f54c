/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "wp-draft.h"

G_BEGIN_DECLS

/* What one paragraph of an imported document is. The import preview shows these and
 * lets the user change a line's kind and level before anything is written. */
typedef enum
{
  WP_OUTLINE_LINE_SECTION,    /* a numbered heading that groups tasks */
  WP_OUTLINE_LINE_TASK,       /* a numbered item of work (a leaf) */
  WP_OUTLINE_LINE_BODY,       /* more text of the item above it */
  WP_OUTLINE_LINE_PREAMBLE,   /* opening paragraphs before the first section */
  WP_OUTLINE_LINE_HEADING,    /* the document's title, organisation or date lines */
  WP_OUTLINE_LINE_DROPPED,    /* web debris: breadcrumbs, "来源：", "上一篇", URLs … */
} WpOutlineLineKind;

#define WP_TYPE_OUTLINE (wp_outline_get_type ())
G_DECLARE_FINAL_TYPE (WpOutline, wp_outline, WP, OUTLINE, GObject)

/* Parses UTF-8 text (one paragraph per line) into lines with kinds and levels, and
 * guesses the plan's title, organisation, year and numbering style. Never fails: text
 * without any outline gives only body, preamble or dropped lines.
 *
 * The lines are the text's paragraphs: blank lines are not lines, a number alone on
 * its line ("三、") is joined to the next one, and items run together in one paragraph
 * ("I. Party building 1. Activities… 2. Education…") are split apart.
 * Levels follow the sequence of the numbers (see wp-outline-levels.h). A numbered line
 * with numbered lines below it is a section and a numbered leaf a task, except that a
 * bare heading of a few words, without text below it, among sections numbered like it
 * stays a section. Unnumbered lines before the first item are the preamble, or
 * headings (title, organisation, date) or dropped web debris; after an item they are
 * its body; after the last item a signature is a heading, and web debris ends the
 * plan: it and everything after it are dropped. Numbering is zh when the outline uses
 * Chinese numbers, or uses no English-only ones and the text is mostly Chinese. */
WpOutline         *wp_outline_parse           (const char        *text);

guint              wp_outline_get_n_lines     (WpOutline         *self);
/* The line as written, without its number. */
const char        *wp_outline_get_line_text   (WpOutline         *self,
                                               guint              line);
/* The number as written ("一、", "（1）", "Second,"), or NULL. */
const char        *wp_outline_get_line_number (WpOutline         *self,
                                               guint              line);
WpOutlineLineKind  wp_outline_get_line_kind   (WpOutline         *self,
                                               guint              line);
/* 0 for a top-level section or task; meaningful for sections and tasks only. */
guint              wp_outline_get_line_level  (WpOutline         *self,
                                               guint              line);
void               wp_outline_set_line_kind   (WpOutline         *self,
                                               guint              line,
                                               WpOutlineLineKind  kind);
/* Clamped so that a line is at most one level below the section or task above it. */
void               wp_outline_set_line_level  (WpOutline         *self,
                                               guint              line,
                                               guint              level);

const char        *wp_outline_get_title        (WpOutline        *self);
const char        *wp_outline_get_organization (WpOutline        *self);
/* 0 when no year was found. */
guint              wp_outline_get_year         (WpOutline        *self);
WpNumbering        wp_outline_get_numbering    (WpOutline        *self);

/* The plan as the lines now say: title (first sentence) and body of every section and
 * task, departments with roles from responsibility notes, indicators from the text.
 * Body lines before the first item join the preamble; a task that has lines below it
 * becomes a section, as tasks are leaves. */
WpDraftPlan       *wp_outline_build            (WpOutline        *self);

G_END_DECLS
