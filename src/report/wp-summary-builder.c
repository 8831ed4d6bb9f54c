/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wp-catalog.h"
#include "wp-numbering.h"
#include "wp-progress-entry.h"
#include "wp-report-charts.h"
#include "wp-report-phrases.h"
#include "wp-report-tables.h"
#include "wp-summary-builder.h"

/* At most this many progress notes tell a task's story when it has no year-end text. */
#define MAX_NOTES 3

/* Where a node stands in the summary's own outline: the summary renumbers what it
 * keeps (cancelled tasks and empty sections are left out), one level below its part. */
typedef struct
{
  char  *number;  /* "（一）", "1.", "（1）" in the report's language */
  char  *path;    /* the numbers below the top section: "2.（1）"; "" for a section at
                   * the top */
  guint  level;   /* the numbering level, 1 for a top section */
} SummaryNumber;

/* The figures of the opening paragraph, of the tasks that are not cancelled. */
typedef struct
{
  guint tasks;
  guint done;
  guint cancelled;
  guint key;
  guint key_done;
  guint indicators;
  guint met;
  guint unreported;
} SummaryFigures;

typedef struct
{
  WpPlanSnapshot *snapshot;
  WpPlan         *plan;
  const char     *language;
  WpDocument     *document;
  GHashTable     *numbers;     /* WpSnapshotNode → SummaryNumber */
  GPtrArray      *unfinished;  /* WpSnapshotNode: tasks neither done nor cancelled */
  SummaryFigures  figures;
  guint           n_parts;
  guint           n_annexes;
} Summary;

static void
summary_number_free (gpointer data)
{
  SummaryNumber *number = data;

  g_free (number->number);
  g_free (number->path);
  g_free (number);
}

static const char *
word (Summary    *self,
      const char *msgid)
{
  return wp_report_word (self->language, msgid);
}

static WpNumbering
numbering_style (Summary *self)
{
  return wp_catalog_is_chinese (self->language) ? WP_NUMBERING_ZH : WP_NUMBERING_EN;
}

/* The document's heading level for a numbering level: 一、 is 1 … （1） is 4, and
 * deeper levels keep the look of the fourth. */
static guint
document_level (guint numbering_level)
{
  return MIN (numbering_level + 1, 4);
}

/* A section is kept when a task under it is. */
static gboolean
is_kept (const WpSnapshotNode *node)
{
  if (node->kind == WP_NODE_TASK)
    return wp_report_counts_task (node);
  return node->counts.tasks > node->counts.cancelled;
}

static SummaryNumber *
lookup_number (Summary              *self,
               const WpSnapshotNode *node)
{
  SummaryNumber *number = g_hash_table_lookup (self->numbers, node);

  g_assert (number != NULL);
  return number;
}

static void
number_children (Summary    *self,
                 GPtrArray  *children,
                 guint       parent_level,
                 const char *parent_path)
{
  guint n_sections = 0;
  guint n_tasks = 0;

  for (guint i = 0; i < children->len; i++)
    {
      WpSnapshotNode *node = g_ptr_array_index (children, i);
      SummaryNumber *number;
      guint index;

      if (!is_kept (node))
        continue;
      index = node->kind == WP_NODE_TASK ? ++n_tasks : ++n_sections;
      number = g_new0 (SummaryNumber, 1);
      number->level = wp_numbering_level (node->kind, TRUE, parent_level);
      number->number = wp_numbering_format (numbering_style (self), number->level, index);
      number->path = number->level == 1 ? g_strdup ("")
                                         : g_strconcat (parent_path, number->number, NULL);
      g_hash_table_insert (self->numbers, node, number);
      number_children (self, node->children, number->level, number->path);
    }
}

static void
collect_unfinished (Summary *self)
{
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (self->snapshot);

  for (guint i = 0; i < tasks->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (tasks, i);

      /* A sub-task of a cancelled task went with it: it has no number in the report. */
      if (wp_report_counts_task (task) && task->status != WP_STATUS_DONE &&
          g_hash_table_contains (self->numbers, task))
        g_ptr_array_add (self->unfinished, task);
    }
}

/* The year-end summary's title: "某市教育局2019年工作总结". */
static char *
format_title (Summary *self)
{
  const char *organisation = wp_plan_get_organization (self->plan);
  guint year = wp_plan_get_year (self->plan);

  if (organisation == NULL || *organisation == '\0')
    /* TRANSLATORS: the summary's title without an organisation; %u is the year. */
    return g_strdup_printf (word (self, NC_("report", "Work Summary %u")), year);
  /* TRANSLATORS: the summary's title: %1$s the organisation, %2$u the year; in Chinese
   * "%1$s%2$u年工作总结". */
  return g_strdup_printf (word (self, NC_("report", "%1$s — Work Summary %2$u")),
                          organisation, year);
}

static gboolean
is_overdue (Summary              *self,
            const WpSnapshotNode *task)
{
  return wp_report_is_overdue (task, wp_plan_snapshot_get_as_of (self->snapshot));
}

static void
count_figures (Summary        *self,
               SummaryFigures *figures)
{
  GPtrArray *tasks = wp_plan_snapshot_get_tasks (self->snapshot);

  memset (figures, 0, sizeof *figures);
  for (guint i = 0; i < tasks->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (tasks, i);
      gboolean done = task->status == WP_STATUS_DONE;

      if (!wp_report_counts_task (task))
        {
          figures->cancelled++;
          continue;
        }
      figures->tasks++;
      figures->done += done;
      figures->key += task->key;
      figures->key_done += task->key && done;
      for (guint j = 0; j < task->indicators->len; j++)
        {
          WpSnapshotIndicator *indicator = g_ptr_array_index (task->indicators, j);

          figures->indicators++;
          figures->met += wp_report_is_met (indicator);
          figures->unreported += isnan (indicator->rate);
        }
    }
}

static char *
format_tasks_sentence (Summary              *self,
                       const SummaryFigures *figures)
{
  g_autofree char *as_of = wp_report_format_date (self->language,
                                                  wp_plan_snapshot_get_as_of (self->snapshot));
  g_autofree char *share = wp_report_format_rate (self->language,
                                                  (double) figures->done / figures->tasks);
  const char *format;

  /* TRANSLATORS: the summary's first sentence: %1$s the as-of date, %2$s the plan's
   * title, %3$u the tasks, %4$u those done, %5$s their share; in Chinese
   * "截至%1$s，《%2$s》确定的%3$u项任务已完成%4$u项，占%5$s。" */
  format = wp_report_plural (self->language, figures->tasks,
                             NC_("report", "As of %1$s, %4$u of the %3$u task of the plan "
                                           "“%2$s” had been completed (%5$s)."),
                             NC_("report", "As of %1$s, %4$u of the %3$u tasks of the plan "
                                           "“%2$s” had been completed (%5$s)."));
  return g_strdup_printf (format, as_of, wp_plan_get_title (self->plan),
                          figures->tasks, figures->done, share);
}

static char *
format_key_sentence (Summary              *self,
                     const SummaryFigures *figures)
{
  if (figures->key == 0)
    return g_strdup ("");
  if (figures->key_done == figures->key)
    return g_strdup_printf (wp_report_plural (self->language, figures->key,
                                              NC_("report", "The key task was completed."),
                                              NC_("report", "The %u key tasks were all "
                                                            "completed.")),
                            figures->key);
  /* TRANSLATORS: %1$u key tasks, %2$u of them done. */
  return g_strdup_printf (word (self, NC_("report", "Of the %1$u key tasks, %2$u were "
                                                    "completed.")),
                          figures->key, figures->key_done);
}

static char *
format_targets_sentence (Summary              *self,
                         const SummaryFigures *figures)
{
  if (figures->indicators == 0)
    return g_strdup ("");
  if (figures->unreported == 0)
    /* TRANSLATORS: %1$u targets, %2$u of them met (achievement rate of 100% or more). */
    return g_strdup_printf (word (self, NC_("report", "Of the %1$u targets set, %2$u were "
                                                      "met or exceeded.")),
                            figures->indicators, figures->met);
  /* TRANSLATORS: %1$u targets, %2$u met, %3$u without an actual value yet. */
  return g_strdup_printf (word (self, NC_("report", "Of the %1$u targets set, %2$u were met "
                                                    "or exceeded and %3$u have not been "
                                                    "reported yet.")),
                          figures->indicators, figures->met, figures->unreported);
}

static void
add_opening (Summary *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *tasks = NULL;
  g_autofree char *key = NULL;
  g_autofree char *targets = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *overall = NULL;
  const SummaryFigures *figures = &self->figures;

  if (figures->tasks == 0)
    {
      wp_report_append_sentence (text, self->language,
                                 word (self, NC_("report", "The plan has no tasks yet.")));
      wp_document_add_paragraph (self->document, 0, NULL, text->str);
      return;
    }

  tasks = format_tasks_sentence (self, figures);
  key = format_key_sentence (self, figures);
  targets = format_targets_sentence (self, figures);
  progress = wp_report_format_percent (self->language,
                                       wp_plan_snapshot_get_progress (self->snapshot));
  /* TRANSLATORS: %s the plan's overall progress, "89%". */
  overall = g_strdup_printf (word (self, NC_("report", "Overall progress stands at %s.")),
                             progress);
  wp_report_append_sentence (text, self->language, tasks);
  if (figures->cancelled > 0)
    {
      g_autofree char *cancelled =
        g_strdup_printf (wp_report_plural (self->language, figures->cancelled,
                                           NC_("report", "One more task was cancelled."),
                                           NC_("report", "Another %u tasks were cancelled.")),
                         figures->cancelled);

      wp_report_append_sentence (text, self->language, cancelled);
    }
  wp_report_append_sentence (text, self->language, key);
  wp_report_append_sentence (text, self->language, targets);
  wp_report_append_sentence (text, self->language, overall);
  wp_document_add_paragraph (self->document, 0, NULL, text->str);
}

static char *
format_heading (Summary    *self,
                const char *number,
                const char *title)
{
  if (wp_catalog_is_chinese (self->language))
    return g_strconcat (number, title, NULL);
  return g_strconcat (number, " ", title, NULL);
}

/* "一、主要工作及成效": the parts are numbered in the order they are kept. */
static void
add_part_heading (Summary    *self,
                  const char *title)
{
  g_autofree char *number = wp_numbering_format (numbering_style (self), 0, ++self->n_parts);
  g_autofree char *text = format_heading (self, number, title);

  wp_document_add_heading (self->document, 1, text);
}

/* "3月31日，完成选址和立项；6月30日，8所幼儿园主体结构封顶。" / "Sites chosen (31 March).
 * Eight roofs on (30 June)." */
static void
append_notes (Summary              *self,
              GString              *text,
              const WpSnapshotNode *task)
{
  g_autoptr(GPtrArray) entries =
    wp_report_latest_notes (task, wp_plan_snapshot_get_as_of (self->snapshot), MAX_NOTES);
  g_autoptr(GString) notes = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      WpProgressEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *clause = wp_report_format_clause (self->language,
                                                         wp_progress_entry_get_note (entry));
      g_autofree char *day = NULL;
      GDate date;

      if (i > 0)
        /* TRANSLATORS: between two dated progress notes in one sentence: "；" */
        g_string_append (notes, word (self, NC_("report", ". ")));
      if (!wp_date_parse (wp_progress_entry_get_date (entry), &date))
        {
          g_string_append (notes, clause);
          continue;
        }
      day = wp_report_format_day (self->language, &date);
      /* TRANSLATORS: a progress note and its date: %1$s the day ("6月15日"), %2$s the
       * note; in Chinese "%1$s，%2$s". */
      g_string_append_printf (notes, word (self, NC_("report", "%2$s (%1$s)")), day, clause);
    }
  wp_report_append_sentence (text, self->language, notes->str);
}

static void
append_status (Summary              *self,
               GString              *text,
               const WpSnapshotNode *task)
{
  g_autofree char *standing = NULL;

  /* A year-end text says how the task ended; progress notes may not. */
  if (task->status == WP_STATUS_DONE && *task->summary != '\0')
    return;
  standing = wp_report_format_standing (self->language, task);
  wp_report_append_sentence (text, self->language, standing);
}

/* What the task achieved: its year-end text, else its latest progress notes; how it
 * stands; a sentence per indicator. */
static char *
format_narrative (Summary              *self,
                  const WpSnapshotNode *task)
{
  GString *text = g_string_new (NULL);

  if (*task->summary != '\0')
    {
      g_autofree char *summary = wp_report_join_lines (self->language, task->summary);

      wp_report_append_sentence (text, self->language, summary);
    }
  else
    append_notes (self, text, task);
  append_status (self, text, task);
  for (guint i = 0; i < task->indicators->len; i++)
    {
      g_autofree char *sentence =
        wp_report_indicator_sentence (self->language, g_ptr_array_index (task->indicators, i));

      wp_report_append_sentence (text, self->language, sentence);
    }
  return g_string_free (text, FALSE);
}

static void
add_achievement_nodes (Summary   *self,
                       GPtrArray *nodes)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpSnapshotNode *node = g_ptr_array_index (nodes, i);
      SummaryNumber *number;

      if (!is_kept (node))
        continue;
      number = lookup_number (self, node);
      if (node->kind == WP_NODE_SECTION)
        {
          g_autofree char *heading = format_heading (self, number->number, node->title);

          wp_document_add_heading (self->document, document_level (number->level), heading);
          add_achievement_nodes (self, node->children);
        }
      else
        {
          g_autofree char *lead = wp_report_format_lead (self->language, number->number,
                                                         node->title);
          g_autofree char *text = format_narrative (self, node);

          wp_document_add_paragraph (self->document, document_level (number->level), lead,
                                     text);
        }
    }
}

static void
add_achievements (Summary *self)
{
  add_part_heading (self, word (self, NC_("report", "Main work and results")));
  add_achievement_nodes (self, wp_plan_snapshot_get_roots (self->snapshot));
}

static const WpSnapshotNode *
top_ancestor (const WpSnapshotNode *node)
{
  while (node->parent != NULL)
    node = node->parent;
  return node;
}

/* Starts the group of @task's top section when it is not the current one: the
 * problems and the next year follow the sections of the first part. */
static gboolean
enters_section (const WpSnapshotNode  *task,
                const WpSnapshotNode **current)
{
  const WpSnapshotNode *top = top_ancestor (task);

  if (top == *current)
    return FALSE;
  *current = top;
  return top->kind == WP_NODE_SECTION;
}

static char *
format_due (Summary              *self,
            const WpSnapshotNode *task)
{
  g_autofree char *due = NULL;

  if (!g_date_valid (&task->due))
    return g_strdup ("");
  due = wp_report_format_date (self->language, &task->due);
  if (is_overdue (self, task))
    /* TRANSLATORS: %s the due date of a task that is late. */
    return g_strdup_printf (word (self, NC_("report", "It was due on %s.")), due);
  /* Due on the day the summary is dated: at the year's end, "planned" would read as if
   * there were time left. */
  if (g_date_compare (&task->due, wp_plan_snapshot_get_as_of (self->snapshot)) == 0)
    return g_strdup_printf (word (self, NC_("report", "It was due by %s.")), due);
  return g_strdup_printf (word (self, NC_("report", "It is due on %s.")), due);
}

static char *
format_problem (Summary              *self,
                const WpSnapshotNode *task)
{
  GString *text = g_string_new (NULL);
  g_autofree char *due = format_due (self, task);

  append_status (self, text, task);
  wp_report_append_sentence (text, self->language, due);
  if (*task->lead != '\0')
    {
      g_autofree char *lead = g_strdup_printf (word (self, NC_("report", "Lead department: "
                                                                         "%s.")),
                                               task->lead);

      wp_report_append_sentence (text, self->language, lead);
    }
  if (wp_report_is_blank (task->reason))
    wp_report_append_sentence (text, self->language,
                               word (self, NC_("report", "No reason given.")));
  else
    {
      g_autofree char *reason = wp_report_join_lines (self->language, task->reason);
      g_autofree char *sentence = g_strdup_printf (word (self, NC_("report", "Reason: %s")),
                                                   reason);

      wp_report_append_sentence (text, self->language, sentence);
    }
  return g_string_free (text, FALSE);
}

static char *
format_problems_intro (Summary *self)
{
  g_autofree char *as_of = wp_report_format_date (self->language,
                                                  wp_plan_snapshot_get_as_of (self->snapshot));
  guint overdue = 0;

  for (guint i = 0; i < self->unfinished->len; i++)
    overdue += is_overdue (self, g_ptr_array_index (self->unfinished, i));

  if (overdue == 0)
    /* TRANSLATORS: %1$s the as-of date, %2$u the tasks not done. */
    return g_strdup_printf (wp_report_plural (self->language, self->unfinished->len,
                                              NC_("report", "As of %1$s, %2$u task had not "
                                                            "been completed:"),
                                              NC_("report", "As of %1$s, %2$u tasks had not "
                                                            "been completed:")),
                            as_of, self->unfinished->len);
  /* TRANSLATORS: %1$s the as-of date, %2$u the tasks not done, %3$u of them past their
   * due date. */
  return g_strdup_printf (wp_report_plural (self->language, self->unfinished->len,
                                            NC_("report", "As of %1$s, %2$u task had not been "
                                                          "completed (%3$u past its due "
                                                          "date):"),
                                            NC_("report", "As of %1$s, %2$u tasks had not been "
                                                          "completed, %3$u of them past their "
                                                          "due date:")),
                          as_of, self->unfinished->len, overdue);
}

static void
add_problems (Summary *self)
{
  const WpSnapshotNode *section = NULL;
  g_autofree char *intro = NULL;

  add_part_heading (self, word (self, NC_("report", "Problems and shortcomings")));
  if (self->unfinished->len == 0)
    {
      wp_document_add_paragraph (self->document, 0, NULL,
                                 word (self, NC_("report", "All tasks of the plan were "
                                                           "completed.")));
      return;
    }

  intro = format_problems_intro (self);
  wp_document_add_paragraph (self->document, 0, NULL, intro);
  for (guint i = 0; i < self->unfinished->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (self->unfinished, i);
      g_autofree char *lead = NULL;
      g_autofree char *text = NULL;

      if (enters_section (task, &section))
        {
          g_autofree char *heading = format_heading (self, lookup_number (self, section)->number,
                                                     section->title);

          wp_document_add_heading (self->document, 2, heading);
        }
      lead = wp_report_format_lead (self->language, lookup_number (self, task)->path,
                                    task->title);
      text = format_problem (self, task);
      wp_document_add_paragraph (self->document, 3, lead, text);
    }
}

/* One sentence on an unfinished task for the next year's part. */
static char *
format_carry_over (Summary              *self,
                   const WpSnapshotNode *task)
{
  g_autofree char *title = wp_report_format_clause (self->language, task->title);
  g_autofree char *progress = wp_report_format_percent (self->language, task->progress);
  g_autofree char *due = NULL;
  guint next_year = wp_plan_get_year (self->plan) + 1;
  gboolean started = task->status != WP_STATUS_NOT_STARTED || task->progress > 0;

  /* A due date within the year that is over says nothing about the next one. */
  if (g_date_valid (&task->due)
      && g_date_compare (&task->due, wp_plan_snapshot_get_end (self->snapshot)) > 0)
    {
      due = wp_report_format_date (self->language, &task->due);
      if (!started)
        return g_strdup_printf (word (self, NC_("report", "%1$s: not started yet, due %2$s.")),
                                title, due);
      return g_strdup_printf (word (self, NC_("report", "%1$s: now at %2$s, due %3$s.")),
                              title, progress, due);
    }
  if (!started)
    /* TRANSLATORS: %1$s a task, %2$u the next year. */
    return g_strdup_printf (word (self, NC_("report", "%1$s: not started yet; it starts in "
                                                      "%2$u.")),
                            title, next_year);
  /* TRANSLATORS: %1$s a task, %2$s its progress, %3$u the next year. */
  return g_strdup_printf (word (self, NC_("report", "%1$s: now at %2$s; work continues in "
                                                    "%3$u.")),
                          title, progress, next_year);
}

static void
flush_carry_over (Summary              *self,
                  const WpSnapshotNode *section,
                  GString              *text)
{
  g_autofree char *lead = NULL;

  if (text->len == 0)
    return;
  if (section != NULL && section->kind == WP_NODE_SECTION)
    lead = wp_report_format_lead (self->language, lookup_number (self, section)->number,
                                  section->title);
  wp_document_add_paragraph (self->document, 2, lead, text->str);
  g_string_truncate (text, 0);
}

static void
add_next_year (Summary *self)
{
  guint year = wp_plan_get_year (self->plan);
  g_autofree char *title = g_strdup_printf (word (self, NC_("report", "Work plan for %u")),
                                            year + 1);
  g_autoptr(GString) text = g_string_new (NULL);
  const WpSnapshotNode *section = NULL;
  g_autofree char *intro = NULL;

  add_part_heading (self, title);
  if (self->unfinished->len == 0)
    intro = g_strdup_printf (word (self, NC_("report", "All tasks of %1$u were completed; the "
                                                       "work for %2$u will be set out in the "
                                                       "new annual plan.")),
                             year, year + 1);
  else
    /* TRANSLATORS: %1$u unfinished tasks, %2$u the plan's year, %3$u the next year. */
    intro = g_strdup_printf (wp_report_plural (self->language, self->unfinished->len,
                                               NC_("report", "The %1$u task of %2$u that was not "
                                                             "completed carries over into "
                                                             "%3$u:"),
                                               NC_("report", "The %1$u tasks of %2$u that were "
                                                             "not completed carry over into "
                                                             "%3$u:")),
                             self->unfinished->len, year, year + 1);
  wp_document_add_paragraph (self->document, 0, NULL, intro);

  for (guint i = 0; i < self->unfinished->len; i++)
    {
      WpSnapshotNode *task = g_ptr_array_index (self->unfinished, i);
      const WpSnapshotNode *top = top_ancestor (task);
      g_autofree char *sentence = NULL;

      if (top != section)
        {
          flush_carry_over (self, section, text);
          section = top;
        }
      sentence = format_carry_over (self, task);
      wp_report_append_sentence (text, self->language, sentence);
    }
  flush_carry_over (self, section, text);
}

static void
add_signature (Summary *self)
{
  g_autofree char *date = wp_report_format_date (self->language,
                                                 wp_plan_snapshot_get_as_of (self->snapshot));

  wp_document_add_signature (self->document, wp_plan_get_organization (self->plan), date);
}

/* "附件1" and the annex's title on a new page. */
static void
begin_annex (Summary    *self,
             const char *title)
{
  g_autofree char *label = g_strdup_printf (word (self, NC_("report", "Annex %u")),
                                            ++self->n_annexes);

  wp_document_add_page_break (self->document);
  wp_document_add_heading (self->document, 1, label);
  wp_document_add_title (self->document, title);
}

static void
add_annexes (Summary        *self,
             WpSummaryParts  parts)
{
  guint year = wp_plan_get_year (self->plan);

  /* An empty table would only say that the plan set no targets. */
  if ((parts & WP_SUMMARY_RESULTS_TABLE) && self->figures.indicators > 0)
    {
      g_autofree char *title = g_strdup_printf (word (self, NC_("report", "Targets and "
                                                                          "results, %u")),
                                                year);

      begin_annex (self, title);
      wp_report_add_results_table (self->document, self->snapshot, self->language);
    }
  if (parts & WP_SUMMARY_DEPARTMENTS)
    {
      g_autofree char *title = g_strdup_printf (word (self, NC_("report", "Work by "
                                                                          "department, %u")),
                                                year);

      begin_annex (self, title);
      wp_report_add_department_table (self->document, self->snapshot, self->language);
    }
  if (parts & WP_SUMMARY_CHARTS)
    {
      g_autofree char *title = g_strdup_printf (word (self, NC_("report", "Progress in charts, "
                                                                          "%u")),
                                                year);

      begin_annex (self, title);
      wp_report_add_charts (self->document, self->snapshot, self->language);
    }
}

static void
begin_document (Summary *self)
{
  g_autofree char *title = format_title (self);

  self->document = wp_document_new (self->language);
  wp_document_set_metadata (self->document, title, wp_plan_get_organization (self->plan),
                            word (self, NC_("report", "Year-end work summary")),
                            wp_plan_snapshot_get_as_of (self->snapshot));
  wp_document_add_title (self->document, title);
}

WpDocument *
wp_summary_build (WpPlanSnapshot *snapshot,
                  const char     *language,
                  WpSummaryParts  parts)
{
  Summary self = { 0 };

  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot), NULL);

  self.snapshot = snapshot;
  self.plan = wp_plan_snapshot_get_plan (snapshot);
  self.language = wp_catalog_report_language (language);
  self.numbers = g_hash_table_new_full (NULL, NULL, NULL, summary_number_free);
  self.unfinished = g_ptr_array_new ();
  number_children (&self, wp_plan_snapshot_get_roots (snapshot), 0, "");
  collect_unfinished (&self);
  count_figures (&self, &self.figures);

  begin_document (&self);
  add_opening (&self);
  if (parts & WP_SUMMARY_ACHIEVEMENTS)
    add_achievements (&self);
  if (parts & WP_SUMMARY_PROBLEMS)
    add_problems (&self);
  if (parts & WP_SUMMARY_NEXT_YEAR)
    add_next_year (&self);
  add_signature (&self);
  add_annexes (&self, parts);

  g_hash_table_unref (self.numbers);
  g_ptr_array_unref (self.unfinished);
  return self.document;
}
