/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-responsibility"

#include "config.h"

#include <string.h>

#include "wp-outline-text.h"
#include "wp-responsibility.h"

/* A department's name is short; a longer "name" is a sentence caught by mistake. */
#define MAX_NAME_LENGTH 30

typedef enum
{
  LABEL_LEAD,       /* 牵头单位, Lead */
  LABEL_SUPPORT,    /* 配合单位, Support */
  LABEL_NEUTRAL,    /* 责任科室, Responsible: the first named leads */
} Label;

static const char *label_pattern =
  "(牵头|主责|主办|责任|配合|协办|协助|参与)(单位|科室|部门|处室|股室|人)?[ ]*[：:]"
  "|\\b(lead|support|responsible|responsibility|assisting|cooperating)"
  "( units?| departments?| offices?| sections?)?[ ]*[：:]";

/* 和 joins two names only after a name's usual ending: 基教科和职成科, but not
 * 人力资源和社会保障局. */
static const char *name_endings[] = {
  "科", "室", "办", "局", "处", "所", "院", "校", "会", "组", "部", "委", "站", "馆", "中心",
};

typedef enum
{
  REGEX_LABEL,
  REGEX_LABEL_AT_START,
  REGEX_SEPARATOR,
  N_REGEXES
} Regex;

static GRegex *
get_regex (Regex which)
{
  static GRegex *regexes[N_REGEXES];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      regexes[REGEX_LABEL] = g_regex_new (label_pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
                                          0, NULL);
      /* Anchored when compiled, not when matched, so that PCRE's JIT takes it. */
      regexes[REGEX_LABEL_AT_START] = g_regex_new (label_pattern, G_REGEX_CASELESS
                                                   | G_REGEX_OPTIMIZE | G_REGEX_ANCHORED,
                                                   0, NULL);
      regexes[REGEX_SEPARATOR] = g_regex_new ("[、，,;；/／]| and |及", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  return regexes[which];
}

static Label
classify_label (const char *label)
{
  g_autofree char *folded = g_utf8_casefold (label, -1);

  if (strstr (folded, "牵头") || strstr (folded, "主责") || strstr (folded, "主办")
      || g_str_has_prefix (folded, "lead"))
    return LABEL_LEAD;
  if (strstr (folded, "责任") || g_str_has_prefix (folded, "respons"))
    return LABEL_NEUTRAL;

  return LABEL_SUPPORT;
}

static gboolean
has_assignment (WpDraftNode *node,
                const char  *name,
                WpRole       role)
{
  for (guint i = 0; i < node->assignments->len; i++)
    {
      WpDraftAssignment *assignment = g_ptr_array_index (node->assignments, i);

      if ((name != NULL && strcmp (assignment->name, name) == 0)
          || (name == NULL && assignment->role == role))
        return TRUE;
    }

  return FALSE;
}

static void
add_name (WpDraftNode *node,
          const char  *raw,
          Label        label)
{
  g_autofree char *name = wp_outline_text_strip (raw, -1);
  WpRole role;

  if (g_str_has_suffix (name, "等"))
    name[strlen (name) - strlen ("等")] = '\0';
  if (*name == '\0' || g_utf8_strlen (name, -1) > MAX_NAME_LENGTH || has_assignment (node, name, 0))
    return;

  if (label == LABEL_NEUTRAL)
    role = has_assignment (node, NULL, WP_ROLE_LEAD) ? WP_ROLE_SUPPORT : WP_ROLE_LEAD;
  else
    role = label == LABEL_LEAD ? WP_ROLE_LEAD : WP_ROLE_SUPPORT;
  wp_draft_node_add_assignment (node, name, role);
}

static void
add_joined_names (WpDraftNode *node,
                  const char  *part,
                  Label        label)
{
  const char *and = strstr (part, "和");

  while (and != NULL)
    {
      g_autofree char *before = g_strndup (part, and - part);
      gboolean splits = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (name_endings) && !splits; i++)
        splits = g_str_has_suffix (before, name_endings[i]);
      if (splits)
        {
          add_name (node, before, label);
          part = and + strlen ("和");
          and = strstr (part, "和");
        }
      else
        and = strstr (and + strlen ("和"), "和");
    }
  add_name (node, part, label);
}

static void
add_names (WpDraftNode *node,
           const char  *text,
           gsize        length,
           Label        label)
{
  g_autofree char *segment = g_strndup (text, length);
  g_auto(GStrv) parts = g_regex_split (get_regex (REGEX_SEPARATOR), segment, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    add_joined_names (node, parts[i], label);
}

/* Every label opens a list of names that runs to the next label. */
static void
add_note (WpDraftNode *node,
          const char  *note)
{
  g_autoptr(GMatchInfo) match = NULL;
  int start = -1;
  int end = 0;
  Label label = LABEL_NEUTRAL;

  for (g_regex_match (get_regex (REGEX_LABEL), note, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *word = g_match_info_fetch (match, 0);
      int next_start;
      int next_end;

      g_match_info_fetch_pos (match, 0, &next_start, &next_end);
      if (start >= 0)
        add_names (node, note + end, next_start - end, label);
      label = classify_label (word);
      start = next_start;
      end = next_end;
    }
  if (start >= 0)
    add_names (node, note + end, strlen (note + end), label);
}

static gboolean
starts_with_label (const char *text)
{
  return g_regex_match (get_regex (REGEX_LABEL_AT_START), text, 0, NULL);
}

static gsize
trim_end (const char *text,
          gsize       end)
{
  while (end > 0)
    {
      const char *prev = g_utf8_find_prev_char (text, text + end);
      gunichar c = g_utf8_get_char (prev);

      if (!wp_outline_text_is_space (c) && c != 0x3002 && c != '.')
        break;
      end = prev - text;
    }

  return end;
}

/* The offset of the bracket that opens the group closing at @end, or -1. */
static gssize
find_opening_bracket (const char *text,
                      gsize       end)
{
  int depth = 0;
  const char *last = g_utf8_find_prev_char (text, text + end);

  if (last == NULL || !wp_outline_text_is_one_of ("）)】]", g_utf8_get_char (last)))
    return -1;

  for (const char *p = text + end; p > text;)
    {
      gunichar c;

      p = g_utf8_find_prev_char (text, p);
      c = g_utf8_get_char (p);
      if (wp_outline_text_is_one_of ("）)】]", c))
        depth++;
      else if (wp_outline_text_is_one_of ("（(【[", c) && --depth == 0)
        return p - text;
    }

  return -1;
}

/* "…工作。Responsible: A; B" — a label opening the last sentence, which may hold
 * semicolons between its lists. */
static gssize
find_bare_note (const char *text,
                gsize       end)
{
  gsize start = 0;

  for (const char *p = text; p < text + end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (wp_outline_text_is_one_of ("。！？", c)
          || (wp_outline_text_is_one_of (".!?", c)
              && wp_outline_text_is_space (g_utf8_get_char (next))))
        start = next - text;
    }
  while (start < end && wp_outline_text_is_space (text[start]))
    start++;

  return starts_with_label (text + start) ? (gssize) start : -1;
}

gsize
wp_responsibility_extract (const char  *paragraph,
                           WpDraftNode *node)
{
  gsize end;
  gssize open;
  g_autofree char *note = NULL;

  g_return_val_if_fail (paragraph != NULL, 0);
  g_return_val_if_fail (node != NULL, 0);

  end = trim_end (paragraph, strlen (paragraph));
  open = find_opening_bracket (paragraph, end);
  if (open >= 0)
    {
      const char *inner = g_utf8_next_char (paragraph + open);
      const char *close = g_utf8_find_prev_char (paragraph, paragraph + end);

      note = wp_outline_text_strip (inner, close - inner);
      if (!starts_with_label (note))
        return strlen (paragraph);
    }
  else if ((open = find_bare_note (paragraph, end)) >= 0)
    note = g_strndup (paragraph + open, end - open);
  else
    return strlen (paragraph);

  add_note (node, note);
  return open;
}
