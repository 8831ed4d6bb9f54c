/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-assignment.h"
#include "wp-catalog.h"
#include "wp-numbering.h"
#include "wp-report-phrases.h"
#include "wp-summary-builder.h"

/* The plan as issued: its numbers are the plan's own, its words the plan's; only the
 * departments and targets lines are ours. */

static const char *
word (const char *language,
      const char *msgid)
{
  return wp_report_word (language, msgid);
}

/* The numbering level of @node in the plan (see wp-numbering.h), which sets the look of
 * its heading or run-in lead. */
static guint
numbering_level (const WpSnapshotNode *node)
{
  if (node->kind == WP_NODE_SECTION)
    return node->depth;
  return wp_numbering_level (WP_NODE_TASK, node->parent != NULL,
                             node->parent != NULL ? node->parent->depth : 0);
}

static char *
format_names (const WpSnapshotNode *task,
              WpRole                role,
              const char           *language)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < task->assignments->len; i++)
    {
      WpAssignment *assignment = g_ptr_array_index (task->assignments, i);

      if (wp_assignment_get_role (assignment) == role)
        g_ptr_array_add (names, (gpointer) wp_assignment_get_department_name (assignment));
    }
  return wp_report_join_names (language, names);
}

/* "（牵头科室：基础教育科；配合科室：发展规划科、计划财务科）". */
static char *
format_departments (const WpSnapshotNode *task,
                    const char           *language)
{
  g_autofree char *leads = format_names (task, WP_ROLE_LEAD, language);
  g_autofree char *supports = format_names (task, WP_ROLE_SUPPORT, language);

  if (*leads != '\0' && *supports != '\0')
    /* TRANSLATORS: after a task in the plan: %1$s the lead departments, %2$s the
     * supporting ones; in Chinese "（牵头科室：%1$s；配合科室：%2$s）". */
    return g_strdup_printf (word (language, NC_("report", "(Lead: %1$s; support: %2$s)")),
                            leads, supports);
  if (*leads != '\0')
    return g_strdup_printf (word (language, NC_("report", "(Lead: %s)")), leads);
  if (*supports != '\0')
    return g_strdup_printf (word (language, NC_("report", "(Support: %s)")), supports);
  return g_strdup ("");
}

/* "目标：建成幼儿园不少于12所；新增学位不少于3600个。" */
static char *
format_targets (const WpSnapshotNode *task,
                const char           *language)
{
  g_autoptr(GString) goals = g_string_new (NULL);

  for (guint i = 0; i < task->indicators->len; i++)
    {
      WpSnapshotIndicator *indicator = g_ptr_array_index (task->indicators, i);
      g_autofree char *goal = wp_report_indicator_goal (language, indicator->indicator);

      if (goals->len > 0)
        /* TRANSLATORS: between the targets of a task: "；" */
        g_string_append (goals, word (language, NC_("report", "; ")));
      g_string_append (goals, goal);
    }
  if (goals->len == 0)
    return g_strdup ("");
  /* TRANSLATORS: the targets of a task in the plan, "目标：%s。" */
  return g_strdup_printf (word (language, NC_("report", "Targets: %s.")), goals->str);
}

static void
add_task (WpDocument           *document,
          const WpSnapshotNode *task,
          const char           *language)
{
  g_autofree char *lead = wp_report_format_lead (language, task->number, task->title);
  g_autofree char *body = wp_report_join_lines (language, task->body);
  g_autofree char *targets = format_targets (task, language);
  g_autofree char *departments = format_departments (task, language);
  g_autoptr(GString) text = g_string_new (NULL);

  wp_report_append_sentence (text, language, body);
  wp_report_append_sentence (text, language, targets);
  /* The departments close the paragraph as the bureau writes them, after its full
   * stop, so that the document reads back into a plan with its departments. */
  if (*departments != '\0' && text->len > 0 && !wp_catalog_is_chinese (language))
    g_string_append_c (text, ' ');
  g_string_append (text, departments);
  wp_document_add_paragraph (document, MIN (numbering_level (task) + 1, 4), lead, text->str);
}

static void
add_nodes (WpDocument *document,
           GPtrArray  *nodes,
           const char *language)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      WpSnapshotNode *node = g_ptr_array_index (nodes, i);

      if (node->kind == WP_NODE_TASK)
        {
          add_task (document, node, language);
          continue;
        }
      {
        g_autofree char *label = wp_snapshot_node_get_label (node);
        g_autofree char *body = wp_report_join_lines (language, node->body);

        wp_document_add_heading (document, MIN (numbering_level (node) + 1, 4), label);
        if (*body != '\0')
          wp_document_add_paragraph (document, 0, NULL, body);
      }
      add_nodes (document, node->children, language);
    }
}

static void
add_preamble (WpDocument *document,
              WpPlan     *plan)
{
  g_auto(GStrv) paragraphs = g_strsplit (wp_plan_get_preamble (plan), "\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] != '\0')
        wp_document_add_paragraph (document, 0, NULL, paragraphs[i]);
    }
}

/* "（某市教育局　2019年）" under the title. */
static char *
format_subtitle (WpPlan     *plan,
                 const char *language)
{
  const char *organisation = wp_plan_get_organization (plan);

  if (organisation == NULL || *organisation == '\0')
    return g_strdup_printf (word (language, NC_("report", "(%u)")), wp_plan_get_year (plan));
  /* TRANSLATORS: under the plan's title: %1$s the organisation, %2$u the year; in
   * Chinese "（%1$s　%2$u年）". */
  return g_strdup_printf (word (language, NC_("report", "(%1$s, %2$u)")), organisation,
                          wp_plan_get_year (plan));
}

WpDocument *
wp_plan_document_build (WpPlanSnapshot *snapshot,
                        const char     *language)
{
  WpPlan *plan;
  WpDocument *document;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (WP_IS_PLAN_SNAPSHOT (snapshot), NULL);

  plan = wp_plan_snapshot_get_plan (snapshot);
  language = wp_catalog_report_language (language);
  document = wp_document_new (language);
  wp_document_set_metadata (document, wp_plan_get_title (plan),
                            wp_plan_get_organization (plan),
                            word (language, NC_("report", "Annual work plan")),
                            wp_plan_snapshot_get_as_of (snapshot));
  wp_document_add_title (document, wp_plan_get_title (plan));
  subtitle = format_subtitle (plan, language);
  wp_document_add_subtitle (document, subtitle);
  add_preamble (document, plan);
  add_nodes (document, wp_plan_snapshot_get_roots (snapshot), language);
  return document;
}
