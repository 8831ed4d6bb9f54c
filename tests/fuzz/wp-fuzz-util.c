/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-fuzz"

#include "config.h"

#include "wp-fuzz-util.h"
#include "wp-indicator.h"
#include "wp-node.h"
#include "wp-plan.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

void
wp_fuzz_assert_utf8 (const char *text)
{
  g_assert_true (text == NULL || g_utf8_validate (text, -1, NULL));
}

static void
check_node (WpDraftNode   *draft,
            WpDraftCounts *seen)
{
  WpNode *node = draft->node;

  g_assert_nonnull (node);
  wp_fuzz_assert_utf8 (wp_node_get_title (node));
  wp_fuzz_assert_utf8 (wp_node_get_body (node));
  if (wp_node_get_kind (node) == WP_NODE_SECTION)
    seen->sections++;
  else
    seen->tasks++;

  for (guint i = 0; i < draft->assignments->len; i++)
    {
      WpDraftAssignment *assignment = g_ptr_array_index (draft->assignments, i);

      g_assert_true (assignment->name != NULL && assignment->name[0] != '\0');
      wp_fuzz_assert_utf8 (assignment->name);
    }
  for (guint i = 0; i < draft->indicators->len; i++)
    {
      WpIndicator *indicator = g_ptr_array_index (draft->indicators, i);

      wp_fuzz_assert_utf8 (wp_indicator_get_name (indicator));
      wp_fuzz_assert_utf8 (wp_indicator_get_unit (indicator));
      seen->indicators++;
    }
  for (guint i = 0; i < draft->children->len; i++)
    check_node (g_ptr_array_index (draft->children, i), seen);
}

void
wp_fuzz_check_build (WpOutline *outline)
{
  g_autoptr(WpDraftPlan) draft = wp_outline_build (outline);
  WpDraftCounts counts = { 0 };
  WpDraftCounts seen = { 0 };

  g_assert_nonnull (draft);
  g_assert_nonnull (draft->plan);
  wp_fuzz_assert_utf8 (wp_plan_get_title (draft->plan));
  wp_fuzz_assert_utf8 (wp_plan_get_organization (draft->plan));
  wp_fuzz_assert_utf8 (wp_plan_get_preamble (draft->plan));

  for (guint i = 0; i < draft->nodes->len; i++)
    check_node (g_ptr_array_index (draft->nodes, i), &seen);

  wp_draft_plan_count (draft, &counts);
  g_assert_cmpuint (counts.sections, ==, seen.sections);
  g_assert_cmpuint (counts.tasks, ==, seen.tasks);
  g_assert_cmpuint (counts.indicators, ==, seen.indicators);
}
