/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "wp-draft.h"
#include "wp-json-reader.h"
#include "wp-json-writer.h"
#include "wp-store.h"
#include "wp-test-util.h"

typedef WpTestFixture Fixture;

/* What `workplan import` does: read, then write every plan in one transaction. */
static GArray *
import_file (WpStore     *store,
             const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) drafts = wp_json_read_file (file, error);

  if (drafts == NULL)
    return NULL;
  return wp_store_import_drafts (store, drafts, error);
}

static gint64
import_fixture (WpStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = wp_test_fixture_path ("plan-2019.json");
  g_autoptr(GArray) plan_ids = import_file (store, path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (plan_ids->len, ==, 1);
  return g_array_index (plan_ids, gint64, 0);
}

/* A fixture whose workbook holds the plan of tests/fixtures/plan-2019.json, in @plan_id. */
static void
imported_set_up (Fixture       *fixture,
                 gconstpointer  data)
{
  wp_test_fixture_set_up_store (fixture, data);
  fixture->plan_id = import_fixture (fixture->store);
}

/* Follows 1-based positions down the outline, e.g. (2, 1, 1) for 二、/（一）/1. */
static WpNode *
node_at (Fixture *fixture,
         guint    n_steps,
         ...)
{
  g_autoptr(WpNode) node = NULL;
  va_list steps;

  va_start (steps, n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      gint64 parent_id = node != NULL ? wp_node_get_id (node) : 0;
      g_autoptr(GPtrArray) children = wp_store_list_children (fixture->store, fixture->plan_id,
                                                              parent_id);
      guint position = va_arg (steps, guint);

      g_assert_cmpuint (position, <=, children->len);
      g_set_object (&node, g_ptr_array_index (children, position - 1));
    }
  va_end (steps);

  return g_steal_pointer (&node);
}

static const char *
department_name (WpStore *store,
                 gint64   department_id)
{
  g_autoptr(GPtrArray) departments = wp_store_list_departments (store);

  for (guint i = 0; i < departments->len; i++)
    {
      WpDepartment *department = g_ptr_array_index (departments, i);

      if (wp_department_get_id (department) == department_id)
        return g_intern_string (wp_department_get_name (department));
    }

  return NULL;
}

static void
test_import_plan (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) plans = wp_store_list_plans (fixture->store);
  g_autoptr(WpPlan) plan = wp_store_get_plan (fixture->store, fixture->plan_id);
  g_autoptr(GPtrArray) top = wp_store_list_children (fixture->store, fixture->plan_id, 0);
  const char *top_titles[] = { "加强党的建设", "推进各级各类教育协调发展", "建设高素质教师队伍",
                               "守牢校园安全底线" };
  g_autoptr(GPtrArray) departments = wp_store_list_departments (fixture->store);

  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpuint (wp_plan_get_year (plan), ==, 2019);
  g_assert_cmpstr (wp_plan_get_title (plan), ==, "某市教育局2019年工作要点");
  g_assert_cmpstr (wp_plan_get_organization (plan), ==, "某市教育局");
  g_assert_cmpint (wp_plan_get_numbering (plan), ==, WP_NUMBERING_ZH);
  g_assert_true (g_str_has_prefix (wp_plan_get_preamble (plan), "2019年是新中国成立70周年"));
  g_assert_cmpstr (wp_plan_get_period_end (plan), ==, "2019-12-31");

  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_SECTION),
                    ==, 8);
  g_assert_cmpuint (wp_store_count_nodes (fixture->store, fixture->plan_id, WP_NODE_TASK),
                    ==, 11);
  g_assert_cmpuint (top->len, ==, G_N_ELEMENTS (top_titles));
  for (guint i = 0; i < top->len; i++)
    g_assert_cmpstr (wp_node_get_title (g_ptr_array_index (top, i)), ==, top_titles[i]);
  g_assert_cmpuint (departments->len, ==, 10);
}

static void
test_import_task (Fixture       *fixture,
                  gconstpointer  data)
{
  /* 二、/（一）/1. */
  g_autoptr(WpNode) task = node_at (fixture, 3, 2, 1, 1);
  g_autoptr(GPtrArray) assignments = wp_store_list_assignments (fixture->store,
                                                                wp_node_get_id (task));
  const char *names[] = { "基础教育科", "发展规划科", "计划财务科" };
  WpRole roles[] = { WP_ROLE_LEAD, WP_ROLE_SUPPORT, WP_ROLE_SUPPORT };

  g_assert_cmpstr (wp_node_get_title (task), ==, "新建、改扩建公办幼儿园");
  g_assert_cmpint (wp_node_get_kind (task), ==, WP_NODE_TASK);
  g_assert_cmpint (wp_node_get_status (task), ==, WP_STATUS_DONE);
  g_assert_true (wp_node_get_key (task));
  g_assert_true (wp_node_get_progress_from_indicators (task));
  g_assert_cmpfloat (wp_node_get_weight (task), ==, 2);
  g_assert_cmpstr (wp_node_get_start (task), ==, "2019-01-01");
  g_assert_cmpstr (wp_node_get_due (task), ==, "2019-12-31");
  g_assert_cmpstr (wp_node_get_completed (task), ==, "2019-12-20");
  g_assert_cmpstr (wp_node_get_summary (task), ==,
                   "全年新建、改扩建公办幼儿园13所，新增学位3780个，超额完成年度目标。");

  g_assert_cmpuint (assignments->len, ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < assignments->len; i++)
    {
      WpAssignment *assignment = g_ptr_array_index (assignments, i);

      g_assert_cmpstr (wp_assignment_get_department_name (assignment), ==, names[i]);
      g_assert_cmpint (wp_assignment_get_role (assignment), ==, roles[i]);
    }
}

static void
test_import_indicators (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(WpNode) kindergartens = node_at (fixture, 3, 2, 1, 1);
  g_autoptr(WpNode) big_classes = node_at (fixture, 4, 2, 2, 1, 1);
  g_autoptr(WpNode) training = node_at (fixture, 2, 3, 1);
  g_autoptr(GPtrArray) built = wp_store_list_indicators (fixture->store,
                                                         wp_node_get_id (kindergartens));
  g_autoptr(GPtrArray) ratio = wp_store_list_indicators (fixture->store,
                                                         wp_node_get_id (big_classes));
  g_autoptr(GPtrArray) trained = wp_store_list_indicators (fixture->store,
                                                           wp_node_get_id (training));
  WpIndicator *indicator;

  g_assert_cmpuint (built->len, ==, 2);
  indicator = g_ptr_array_index (built, 0);
  g_assert_cmpstr (wp_indicator_get_name (indicator), ==, "建成幼儿园");
  g_assert_cmpstr (wp_indicator_get_unit (indicator), ==, "所");
  g_assert_cmpint (wp_indicator_get_comparator (indicator), ==, WP_COMPARATOR_AT_LEAST);
  g_assert_true (isnan (wp_indicator_get_baseline (indicator)));
  g_assert_cmpfloat (wp_indicator_get_target (indicator), ==, 12);
  g_assert_cmpfloat (wp_indicator_get_actual (indicator), ==, 13);

  g_assert_cmpuint (ratio->len, ==, 1);
  indicator = g_ptr_array_index (ratio, 0);
  g_assert_cmpint (wp_indicator_get_comparator (indicator), ==, WP_COMPARATOR_AT_MOST);
  g_assert_cmpfloat (wp_indicator_get_baseline (indicator), ==, 3.5);
  g_assert_cmpfloat (wp_indicator_get_actual (indicator), ==, 0.75);

  indicator = g_ptr_array_index (trained, 0);
  g_assert_cmpstr (wp_indicator_get_unit (indicator), ==, "人次");
  g_assert_cmpfloat (wp_indicator_get_target (indicator), ==, 1000);
  g_assert_cmpfloat (wp_indicator_get_actual (indicator), ==, 1260);
}

static void
test_import_progress_log (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(WpNode) task = node_at (fixture, 3, 2, 1, 1);
  g_autoptr(WpNode) delayed = node_at (fixture, 4, 2, 2, 1, 2);
  g_autoptr(GPtrArray) log = wp_store_list_progress (fixture->store, wp_node_get_id (task));
  const char *dates[] = { "2019-03-31", "2019-06-30", "2019-09-30", "2019-12-20" };
  double progress[] = { 20, 45, 75, 100 };
  const char *departments[] = { "发展规划科", "基础教育科", "计划财务科", "基础教育科" };

  g_assert_cmpuint (log->len, ==, G_N_ELEMENTS (dates));
  for (guint i = 0; i < log->len; i++)
    {
      WpProgressEntry *entry = g_ptr_array_index (log, i);
      gint64 department_id = wp_progress_entry_get_department_id (entry);

      g_assert_cmpstr (wp_progress_entry_get_date (entry), ==, dates[i]);
      g_assert_cmpfloat (wp_progress_entry_get_progress (entry), ==, progress[i]);
      g_assert_cmpstr (department_name (fixture->store, department_id), ==, departments[i]);
    }
  g_assert_cmpstr (wp_progress_entry_get_note (g_ptr_array_index (log, 3)), ==,
                   "13所幼儿园全部建成并通过验收。");

  g_assert_cmpstr (wp_node_get_title (delayed), ==, "迎接县域义务教育优质均衡发展督导评估");
  g_assert_cmpint (wp_node_get_status (delayed), ==, WP_STATUS_DELAYED);
  g_assert_cmpstr (wp_node_get_reason (delayed), ==,
                   "省级督导评估推迟至2020年上半年进行，自评材料已上报。");
}

static void
test_draft_counts (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = wp_test_fixture_path ("plan-2019.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) drafts = wp_json_read_file (file, &error);
  WpDraftCounts counts;

  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  wp_draft_plan_count (g_ptr_array_index (drafts, 0), &counts);
  g_assert_cmpuint (counts.sections, ==, 8);
  g_assert_cmpuint (counts.tasks, ==, 11);
  g_assert_cmpuint (counts.departments, ==, 10);
  g_assert_cmpuint (counts.indicators, ==, 12);
}

static char *
export_plans (WpStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = wp_store_list_plans (store);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  char *json;

  for (guint i = 0; i < plans->len; i++)
    {
      gint64 id = wp_plan_get_id (g_ptr_array_index (plans, i));
      g_array_append_val (ids, id);
    }
  json = wp_json_write_plans (store, (gint64 *) ids->data, ids->len, &error);
  g_assert_no_error (error);
  return json;
}

static void
remove_ids (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        remove_ids (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = NULL;

      json_object_remove_member (object, "id");
      members = json_object_get_members (object);
      for (GList *l = members; l != NULL; l = l->next)
        remove_ids (json_object_get_member (object, l->data));
    }
}

static char *
without_ids (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (json, &error);

  g_assert_no_error (error);
  remove_ids (root);
  return json_to_string (root, TRUE);
}

static JsonObject *
parse_plan (JsonNode *root)
{
  JsonObject *object = json_node_get_object (root);

  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "workplan");
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);
  return json_array_get_object_element (json_object_get_array_member (object, "plans"), 0);
}

/* The child at @index of the "children" (or "nodes") member of @object. */
static JsonObject *
child_at (JsonObject *object,
          const char *member,
          guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (object, member), index);
}

static void
test_export_format (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *plan, *second, *compulsory, *balanced, *evaluation, *indicator;

  json = export_plans (fixture->store);
  root = json_from_string (json, &error);
  g_assert_no_error (error);

  plan = parse_plan (root);
  second = child_at (plan, "nodes", 1);
  compulsory = child_at (second, "children", 1);
  balanced = child_at (compulsory, "children", 0);
  evaluation = child_at (balanced, "children", 1);
  indicator = child_at (evaluation, "indicators", 0);

  g_assert_cmpint (json_object_get_int_member (plan, "year"), ==, 2019);
  g_assert_cmpstr (json_object_get_string_member (plan, "numbering"), ==, "zh");
  g_assert_cmpstr (json_object_get_string_member (second, "number"), ==, "二、");
  g_assert_cmpstr (json_object_get_string_member (compulsory, "number"), ==, "（二）");
  g_assert_cmpstr (json_object_get_string_member (balanced, "number"), ==, "1.");
  g_assert_cmpstr (json_object_get_string_member (evaluation, "number"), ==, "（2）");
  g_assert_cmpstr (json_object_get_string_member (evaluation, "status"), ==, "delayed");
  g_assert_cmpstr (json_object_get_string_member (evaluation, "due"), ==, "2019-10-31");
  g_assert_true (json_object_get_null_member (evaluation, "completed"));
  g_assert_cmpstr (json_object_get_string_member (indicator, "comparator"), ==, "milestone");
  g_assert_true (json_object_get_null_member (indicator, "target"));
  /* Whole numbers are written as such. */
  g_assert_nonnull (strstr (json, "\"target\" : 1000,"));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpStore) second = wp_test_open_store (fixture->dir, "second.db");
  g_autofree char *path = g_build_filename (fixture->dir, "export.json", NULL);
  g_autofree char *first_json = NULL;
  g_autofree char *second_json = NULL;
  g_autofree char *first_plain = NULL;
  g_autofree char *second_plain = NULL;
  g_autoptr(GArray) plan_ids = NULL;

  first_json = export_plans (fixture->store);
  wp_test_write_file (path, first_json, -1);

  plan_ids = import_file (second, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan_ids->len, ==, 1);
  second_json = export_plans (second);

  first_plain = without_ids (first_json);
  second_plain = without_ids (second_json);
  g_assert_cmpstr (first_plain, ==, second_plain);
  g_assert_finalize_object (g_steal_pointer (&second));
}

/* Each bad file fails with a message naming the file and the problem, and the
 * workbook keeps the one plan it had. */
static void
assert_import_fails (Fixture    *fixture,
                     const char *content,
                     int         code,
                     const char *problem)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autoptr(GArray) plan_ids = NULL;
  g_autoptr(GPtrArray) plans = NULL;

  wp_test_write_file (path, content, -1);
  plan_ids = import_file (fixture->store, path, &error);
  g_assert_null (plan_ids);
  g_assert_error (error, WP_JSON_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, path));
  if (strstr (error->message, problem) == NULL)
    g_error ("“%s” does not say “%s”", error->message, problem);

  plans = wp_store_list_plans (fixture->store);
  g_assert_cmpuint (plans->len, ==, 1);
}

static char *
fixture_with (const char *find,
              const char *replace)
{
  g_autofree char *path = wp_test_fixture_path ("plan-2019.json");
  g_autofree char *content = wp_test_read_file (path, NULL);
  GString *text = g_string_new (content);

  g_assert_cmpuint (g_string_replace (text, find, replace, 1), ==, 1);
  return g_string_free (text, FALSE);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *unknown_status = fixture_with ("\"in_progress\"", "\"finished\"");
  g_autofree char *bad_date = fixture_with ("\"due\": \"2019-08-31\"", "\"due\": \"2019-08-32\"");
  g_autofree char *bad_progress = fixture_with ("\"progress\": 45", "\"progress\": 145");
  g_autofree char *bad_role = fixture_with ("\"role\": \"support\"", "\"role\": \"helper\"");

  assert_import_fails (fixture, "2019年工作要点\n一、加强党的建设\n", WP_JSON_ERROR_SYNTAX,
                       "not valid JSON");
  assert_import_fails (fixture, "{ \"format\": \"other\", \"version\": 1, \"plans\": [] }",
                       WP_JSON_ERROR_FORMAT, "not a Workplan file");
  assert_import_fails (fixture, "{ \"format\": \"workplan\", \"version\": 2, \"plans\": [] }",
                       WP_JSON_ERROR_NEWER_VERSION, "newer");
  assert_import_fails (fixture, unknown_status, WP_JSON_ERROR_INVALID,
                       ": plan 1, node 一、/2.: unknown status “finished”");
  assert_import_fails (fixture, bad_date, WP_JSON_ERROR_INVALID,
                       ": plan 1, node 二、/（二）/1./（1）: “due” must be a date such as "
                       "2019-06-30, not “2019-08-32”");
  assert_import_fails (fixture, bad_progress, WP_JSON_ERROR_INVALID,
                       "node 二、/（一）/1., progress entry 2: “progress” must be between 0 and 100");
  assert_import_fails (fixture, bad_role, WP_JSON_ERROR_INVALID,
                       "node 一、/1., department 2: unknown role “helper”");
}

/* When the store refuses a node half-way through, the plan and the nodes and
 * departments written before are rolled back. */
static void
test_import_is_atomic (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WpDraftPlan) draft = wp_draft_plan_new ();
  WpDraftNode *section = wp_draft_node_new (WP_NODE_SECTION);
  WpDraftNode *task = wp_draft_node_new (WP_NODE_TASK);
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) departments = NULL;

  wp_plan_set_year (draft->plan, 2020);
  wp_node_set_title (section->node, "一、总体要求");
  wp_draft_node_add_assignment (section, "办公室", WP_ROLE_LEAD);
  wp_node_set_title (task->node, "不可能的任务");
  wp_node_set_due (task->node, "2020-02-30");
  wp_draft_node_add_child (section, task);
  wp_draft_plan_add_node (draft, section);

  g_assert_cmpint (wp_store_import_draft (fixture->store, draft, &error), ==, 0);
  g_assert_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID);

  plans = wp_store_list_plans (fixture->store);
  departments = wp_store_list_departments (fixture->store);
  g_assert_cmpuint (plans->len, ==, 0);
  g_assert_cmpuint (departments->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  wp_test_add ("/json/import/plan", imported_set_up, test_import_plan);
  wp_test_add ("/json/import/task", imported_set_up, test_import_task);
  wp_test_add ("/json/import/indicators", imported_set_up, test_import_indicators);
  wp_test_add ("/json/import/progress-log", imported_set_up, test_import_progress_log);
  g_test_add_func ("/json/import/draft-counts", test_draft_counts);
  wp_test_add ("/json/import/atomic", wp_test_fixture_set_up_store, test_import_is_atomic);
  wp_test_add ("/json/import/errors", imported_set_up, test_errors);
  wp_test_add ("/json/export/format", imported_set_up, test_export_format);
  wp_test_add ("/json/export/round-trip", imported_set_up, test_round_trip);

  return g_test_run ();
}
