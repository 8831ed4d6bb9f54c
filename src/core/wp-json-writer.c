/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-json-writer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "wp-json-writer.h"
#include "wp-numbering.h"

typedef struct
{
  WpStore     *store;
  JsonBuilder *builder;
  GHashTable  *department_names;  /* department id -> name */
  WpNumbering  numbering;
} Writer;

static void
add_text (JsonBuilder *builder,
          const char  *name,
          const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

/* Dates and optional names: null when unset. */
static void
add_optional (JsonBuilder *builder,
              const char  *name,
              const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

/* Whole numbers are written without a fraction ("12", not "12.0"), as people write them. */
static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *name,
             gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
add_integer (JsonBuilder *builder,
             const char  *name,
             gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
write_departments (Writer *writer,
                   WpNode *node)
{
  g_autoptr(GPtrArray) assignments = wp_store_list_assignments (writer->store,
                                                                wp_node_get_id (node));

  json_builder_set_member_name (writer->builder, "departments");
  json_builder_begin_array (writer->builder);
  for (guint i = 0; i < assignments->len; i++)
    {
      WpAssignment *assignment = g_ptr_array_index (assignments, i);

      json_builder_begin_object (writer->builder);
      add_text (writer->builder, "name", wp_assignment_get_department_name (assignment));
      add_text (writer->builder, "role", wp_role_to_string (wp_assignment_get_role (assignment)));
      json_builder_end_object (writer->builder);
    }
  json_builder_end_array (writer->builder);
}

static void
write_indicators (Writer *writer,
                  WpNode *node)
{
  g_autoptr(GPtrArray) indicators = wp_store_list_indicators (writer->store,
                                                              wp_node_get_id (node));

  json_builder_set_member_name (writer->builder, "indicators");
  json_builder_begin_array (writer->builder);
  for (guint i = 0; i < indicators->len; i++)
    {
      WpIndicator *indicator = g_ptr_array_index (indicators, i);
      WpComparator comparator = wp_indicator_get_comparator (indicator);

      json_builder_begin_object (writer->builder);
      add_text (writer->builder, "name", wp_indicator_get_name (indicator));
      add_text (writer->builder, "unit", wp_indicator_get_unit (indicator));
      add_text (writer->builder, "comparator", wp_comparator_to_string (comparator));
      add_number (writer->builder, "baseline", wp_indicator_get_baseline (indicator));
      add_number (writer->builder, "target", wp_indicator_get_target (indicator));
      add_number (writer->builder, "actual", wp_indicator_get_actual (indicator));
      json_builder_end_object (writer->builder);
    }
  json_builder_end_array (writer->builder);
}

static void
write_progress_log (Writer *writer,
                    WpNode *node)
{
  g_autoptr(GPtrArray) entries = wp_store_list_progress (writer->store, wp_node_get_id (node));

  json_builder_set_member_name (writer->builder, "progress_log");
  json_builder_begin_array (writer->builder);
  for (guint i = 0; i < entries->len; i++)
    {
      WpProgressEntry *entry = g_ptr_array_index (entries, i);
      gint64 department_id = wp_progress_entry_get_department_id (entry);

      json_builder_begin_object (writer->builder);
      add_optional (writer->builder, "date", wp_progress_entry_get_date (entry));
      add_number (writer->builder, "progress", wp_progress_entry_get_progress (entry));
      add_text (writer->builder, "note", wp_progress_entry_get_note (entry));
      add_optional (writer->builder, "department",
                    g_hash_table_lookup (writer->department_names, &department_id));
      json_builder_end_object (writer->builder);
    }
  json_builder_end_array (writer->builder);
}

static void write_nodes (Writer *writer,
                         gint64  plan_id,
                         gint64  parent_id);

static void
write_node (Writer *writer,
            WpNode *node)
{
  JsonBuilder *builder = writer->builder;
  g_autofree char *number = wp_numbering_for_node (writer->store, node, writer->numbering);

  json_builder_begin_object (builder);
  add_integer (builder, "id", wp_node_get_id (node));
  add_text (builder, "kind", wp_node_kind_to_string (wp_node_get_kind (node)));
  add_text (builder, "number", number);
  add_text (builder, "title", wp_node_get_title (node));
  add_text (builder, "body", wp_node_get_body (node));
  write_departments (writer, node);
  write_indicators (writer, node);
  add_text (builder, "status", wp_status_to_string (wp_node_get_status (node)));
  add_number (builder, "progress", wp_node_get_progress (node));
  add_boolean (builder, "progress_from_indicators", wp_node_get_progress_from_indicators (node));
  add_boolean (builder, "key", wp_node_get_key (node));
  add_number (builder, "weight", wp_node_get_weight (node));
  add_optional (builder, "start", wp_node_get_start (node));
  add_optional (builder, "due", wp_node_get_due (node));
  add_optional (builder, "completed", wp_node_get_completed (node));
  add_text (builder, "summary", wp_node_get_summary (node));
  add_text (builder, "reason", wp_node_get_reason (node));
  write_progress_log (writer, node);
  write_nodes (writer, wp_node_get_plan_id (node), wp_node_get_id (node));
  json_builder_end_object (builder);
}

/* Writes the "children" (or top-level "nodes") member for the children of @parent_id. */
static void
write_nodes (Writer *writer,
             gint64  plan_id,
             gint64  parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (writer->store, plan_id, parent_id);

  json_builder_set_member_name (writer->builder, parent_id == 0 ? "nodes" : "children");
  json_builder_begin_array (writer->builder);
  for (guint i = 0; i < children->len; i++)
    write_node (writer, g_ptr_array_index (children, i));
  json_builder_end_array (writer->builder);
}

static void
write_plan (Writer *writer,
            WpPlan *plan)
{
  JsonBuilder *builder = writer->builder;

  writer->numbering = wp_plan_get_numbering (plan);

  json_builder_begin_object (builder);
  add_integer (builder, "id", wp_plan_get_id (plan));
  add_integer (builder, "year", wp_plan_get_year (plan));
  add_text (builder, "title", wp_plan_get_title (plan));
  add_text (builder, "organization", wp_plan_get_organization (plan));
  add_text (builder, "preamble", wp_plan_get_preamble (plan));
  add_text (builder, "numbering", wp_numbering_to_string (writer->numbering));
  add_optional (builder, "period_start", wp_plan_get_period_start (plan));
  add_optional (builder, "period_end", wp_plan_get_period_end (plan));
  write_nodes (writer, wp_plan_get_id (plan), 0);
  json_builder_end_object (builder);
}

/* Looks every plan up first, so that a missing one fails before anything is built. */
static GPtrArray *
get_plans (WpStore       *store,
           const gint64  *plan_ids,
           guint          n_plans,
           GError       **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_plans; i++)
    {
      WpPlan *plan = wp_store_get_plan (store, plan_ids[i]);

      if (plan == NULL)
        {
          /* gettext cannot extract G_GINT64_FORMAT, so the id travels as text. */
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, plan_ids[i]);

          g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_NOT_FOUND,
                       _("%s: there is no plan with id %s"), wp_store_get_path (store), id);
          return NULL;
        }
      g_ptr_array_add (plans, plan);
    }

  return g_steal_pointer (&plans);
}

/* The names stay owned by @departments, which must outlive the table. */
static GHashTable *
index_department_names (GPtrArray *departments)
{
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < departments->len; i++)
    {
      WpDepartment *department = g_ptr_array_index (departments, i);
      gint64 *id = g_new (gint64, 1);

      *id = wp_department_get_id (department);
      g_hash_table_insert (names, id, (gpointer) wp_department_get_name (department));
    }

  return names;
}

static char *
generate (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

static char *
write_document (WpStore   *store,
                GPtrArray *plans)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) departments = wp_store_list_departments (store);
  g_autoptr(GHashTable) department_names = index_department_names (departments);
  Writer writer = { store, builder, department_names, WP_NUMBERING_ZH };

  json_builder_begin_object (builder);
  add_text (builder, "format", "workplan");
  add_integer (builder, "version", WP_JSON_FORMAT_VERSION);
  json_builder_set_member_name (builder, "plans");
  json_builder_begin_array (builder);
  for (guint i = 0; i < plans->len; i++)
    write_plan (&writer, g_ptr_array_index (plans, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return generate (builder);
}

char *
wp_json_write_plans (WpStore       *store,
                     const gint64  *plan_ids,
                     guint          n_plans,
                     GError       **error)
{
  g_autoptr(GPtrArray) plans = NULL;
  char *json = NULL;

  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (plan_ids != NULL || n_plans == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One view of the workbook, so that an edit in another instance meanwhile is either
   * all in the export or not at all. */
  if (!wp_store_begin_read (store, error))
    return NULL;
  plans = get_plans (store, plan_ids, n_plans, error);
  if (plans != NULL)
    json = write_document (store, plans);
  wp_store_end_read (store);

  return json;
}
