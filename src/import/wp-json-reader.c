/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-json-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "wp-json-reader.h"
#include "wp-json-writer.h"
#include "wp-numbering.h"

G_DEFINE_QUARK (wp-json-error-quark, wp_json_error)

typedef struct
{
  const char  *file;       /* named by every message */
  guint        plan_index; /* counts from 1, for messages */
  WpNumbering  numbering;  /* of the plan being read, to name nodes by their number */
} Reader;

static gboolean fail (Reader      *reader,
                      const char  *where,
                      WpJsonError  code,
                      GError     **error,
                      const char  *format,
                      ...) G_GNUC_PRINTF (5, 6);

/* Every message reads "FILE: WHERE: PROBLEM", WHERE being e.g. "plan 1, node 一、/2.". */
static gboolean
fail (Reader      *reader,
      const char  *where,
      WpJsonError  code,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (where != NULL)
    g_set_error (error, WP_JSON_ERROR, code, "%s: %s: %s", reader->file, where, problem);
  else
    g_set_error (error, WP_JSON_ERROR, code, "%s: %s", reader->file, problem);

  return FALSE;
}

/* Finds member @name holding a JSON value (not an object or array). Missing and null
 * members give NULL; other node types fail. */
static gboolean
get_value (Reader      *reader,
           JsonObject  *object,
           const char  *name,
           const char  *where,
           JsonNode   **value,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return fail (reader, where, WP_JSON_ERROR_INVALID, error,
                 _("“%s” must be a single value"), name);

  *value = node;
  return TRUE;
}

/* Reads a string member; @value stays NULL when the member is missing or null, which
 * fails when @required. */
static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *name,
             const char  *where,
             gboolean     required,
             const char **value,
             GError     **error)
{
  JsonNode *node;

  *value = NULL;
  if (!get_value (reader, object, name, where, &node, error))
    return FALSE;
  if (node == NULL && required)
    return fail (reader, where, WP_JSON_ERROR_INVALID, error, _("“%s” is missing"), name);
  if (node == NULL)
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (reader, where, WP_JSON_ERROR_INVALID, error, _("“%s” must be text"), name);

  *value = json_node_get_string (node);
  return TRUE;
}

/* Reads a number member; NAN when missing or null. */
static gboolean
read_number (Reader      *reader,
             JsonObject  *object,
             const char  *name,
             const char  *where,
             double      *value,
             GError     **error)
{
  JsonNode *node;
  GType type;

  *value = NAN;
  if (!get_value (reader, object, name, where, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return fail (reader, where, WP_JSON_ERROR_INVALID, error, _("“%s” must be a number"), name);

  *value = json_node_get_double (node);
  return TRUE;
}

/* Reads a number that must lie within [@min, @max]; it stays NAN when missing. */
static gboolean
read_number_in_range (Reader      *reader,
                      JsonObject  *object,
                      const char  *name,
                      const char  *where,
                      double       min,
                      double       max,
                      double      *value,
                      GError     **error)
{
  if (!read_number (reader, object, name, where, value, error))
    return FALSE;
  if (!isnan (*value) && (*value < min || *value > max))
    return fail (reader, where, WP_JSON_ERROR_INVALID, error,
                 _("“%s” must be between %g and %g, not %g"), name, min, max, *value);

  return TRUE;
}

static gboolean
read_boolean (Reader      *reader,
              JsonObject  *object,
              const char  *name,
              const char  *where,
              gboolean    *value,
              GError     **error)
{
  JsonNode *node;

  *value = FALSE;
  if (!get_value (reader, object, name, where, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (reader, where, WP_JSON_ERROR_INVALID, error,
                 _("“%s” must be true or false"), name);

  *value = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_date (Reader      *reader,
           JsonObject  *object,
           const char  *name,
           const char  *where,
           const char **value,
           GError     **error)
{
  if (!read_string (reader, object, name, where, FALSE, value, error))
    return FALSE;
  if (*value != NULL && !wp_date_is_valid_iso (*value))
    return fail (reader, where, WP_JSON_ERROR_INVALID, error,
                 _("“%s” must be a date such as 2019-06-30, not “%s”"), name, *value);

  return TRUE;
}

/* Reads an array member; @array stays NULL when the member is missing or null. */
static gboolean
read_array (Reader      *reader,
            JsonObject  *object,
            const char  *name,
            const char  *where,
            JsonArray  **array,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  *array = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (reader, where, WP_JSON_ERROR_INVALID, error, _("“%s” must be a list"), name);

  *array = json_node_get_array (node);
  return TRUE;
}

static JsonObject *
get_element_object (Reader      *reader,
                    JsonArray   *array,
                    guint        index,
                    const char  *where,
                    GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (reader, where, WP_JSON_ERROR_INVALID, error, _("expected an object in braces"));
      return NULL;
    }

  return json_node_get_object (node);
}

static gboolean
fail_unknown (Reader      *reader,
              const char  *where,
              const char  *name,
              const char  *value,
              GError     **error)
{
  return fail (reader, where, WP_JSON_ERROR_INVALID, error,
               _("unknown %s “%s”"), name, value);
}

static gboolean
read_assignment (Reader       *reader,
                 JsonObject   *object,
                 const char   *where,
                 WpDraftNode  *draft,
                 GError      **error)
{
  const char *name;
  const char *role_name;
  /* As in the bureau's documents, the first department named leads. */
  WpRole role = draft->assignments->len == 0 ? WP_ROLE_LEAD : WP_ROLE_SUPPORT;

  if (!read_string (reader, object, "name", where, TRUE, &name, error) ||
      !read_string (reader, object, "role", where, FALSE, &role_name, error))
    return FALSE;
  if (*name == '\0')
    return fail (reader, where, WP_JSON_ERROR_INVALID, error, _("“name” is empty"));
  if (role_name != NULL && !wp_role_from_string (role_name, &role))
    return fail_unknown (reader, where, "role", role_name, error);

  wp_draft_node_add_assignment (draft, name, role);
  return TRUE;
}

static gboolean
read_indicator (Reader       *reader,
                JsonObject   *object,
                const char   *where,
                WpDraftNode  *draft,
                GError      **error)
{
  g_autoptr(WpIndicator) indicator = wp_indicator_new ();
  const char *name, *unit, *comparator_name;
  WpComparator comparator;
  double baseline, target, actual;

  if (!read_string (reader, object, "name", where, TRUE, &name, error) ||
      !read_string (reader, object, "unit", where, FALSE, &unit, error) ||
      !read_string (reader, object, "comparator", where, TRUE, &comparator_name, error) ||
      !read_number (reader, object, "baseline", where, &baseline, error) ||
      !read_number (reader, object, "target", where, &target, error) ||
      !read_number (reader, object, "actual", where, &actual, error))
    return FALSE;
  if (!wp_comparator_from_string (comparator_name, &comparator))
    return fail_unknown (reader, where, "comparator", comparator_name, error);

  wp_indicator_set_name (indicator, name);
  wp_indicator_set_unit (indicator, unit != NULL ? unit : "");
  wp_indicator_set_comparator (indicator, comparator);
  wp_indicator_set_baseline (indicator, baseline);
  wp_indicator_set_target (indicator, target);
  wp_indicator_set_actual (indicator, actual);
  wp_draft_node_add_indicator (draft, g_steal_pointer (&indicator));
  return TRUE;
}

static gboolean
read_progress_entry (Reader       *reader,
                     JsonObject   *object,
                     const char   *where,
                     WpDraftNode  *draft,
                     GError      **error)
{
  g_autoptr(WpProgressEntry) entry = wp_progress_entry_new ();
  const char *date, *note, *department;
  double progress;

  if (!read_date (reader, object, "date", where, &date, error) ||
      !read_number_in_range (reader, object, "progress", where, 0, 100, &progress, error) ||
      !read_string (reader, object, "note", where, FALSE, &note, error) ||
      !read_string (reader, object, "department", where, FALSE, &department, error))
    return FALSE;
  if (date == NULL)
    return fail (reader, where, WP_JSON_ERROR_INVALID, error, _("“%s” is missing"), "date");
  if (isnan (progress))
    return fail (reader, where, WP_JSON_ERROR_INVALID, error, _("“%s” is missing"), "progress");

  wp_progress_entry_set_date (entry, date);
  wp_progress_entry_set_progress (entry, progress);
  wp_progress_entry_set_note (entry, note != NULL ? note : "");
  wp_draft_node_add_progress (draft, g_steal_pointer (&entry),
                              department != NULL && *department != '\0' ? department : NULL);
  return TRUE;
}

typedef gboolean (*ReadElementFunc) (Reader       *reader,
                                     JsonObject   *object,
                                     const char   *where,
                                     WpDraftNode  *draft,
                                     GError      **error);

/* Reads each object of the list @name with @read_element; @label names an element in
 * messages, e.g. "indicator 2". */
static gboolean
read_node_list (Reader           *reader,
                JsonObject       *object,
                const char       *name,
                const char       *where,
                const char       *label,
                ReadElementFunc   read_element,
                WpDraftNode      *draft,
                GError          **error)
{
  JsonArray *array;

  if (!read_array (reader, object, name, where, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *element_where = g_strdup_printf ("%s, %s %u", where, label, i + 1);
      JsonObject *element = get_element_object (reader, array, i, element_where, error);

      if (element == NULL || !read_element (reader, element, element_where, draft, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_task_state (Reader       *reader,
                 JsonObject   *object,
                 const char   *where,
                 WpNode       *node,
                 GError      **error)
{
  const char *status_name;
  WpStatus status = WP_STATUS_NOT_STARTED;
  double progress, weight;
  gboolean from_indicators, key;

  if (!read_string (reader, object, "status", where, FALSE, &status_name, error) ||
      !read_number_in_range (reader, object, "progress", where, 0, 100, &progress, error) ||
      !read_boolean (reader, object, "progress_from_indicators", where, &from_indicators, error) ||
      !read_boolean (reader, object, "key", where, &key, error) ||
      !read_number (reader, object, "weight", where, &weight, error))
    return FALSE;
  if (weight < 0)
    return fail (reader, where, WP_JSON_ERROR_INVALID, error,
                 _("“%s” must not be negative"), "weight");
  if (status_name != NULL && !wp_status_from_string (status_name, &status))
    return fail_unknown (reader, where, "status", status_name, error);

  wp_node_set_status (node, status);
  wp_node_set_progress (node, isnan (progress) ? 0 : progress);
  wp_node_set_progress_from_indicators (node, from_indicators);
  wp_node_set_key (node, key);
  wp_node_set_weight (node, isnan (weight) ? 1 : weight);
  return TRUE;
}

static gboolean
read_node_text (Reader       *reader,
                JsonObject   *object,
                const char   *where,
                WpNode       *node,
                GError      **error)
{
  const char *title, *body, *summary, *reason, *start, *due, *completed;

  if (!read_string (reader, object, "title", where, TRUE, &title, error) ||
      !read_string (reader, object, "body", where, FALSE, &body, error) ||
      !read_string (reader, object, "summary", where, FALSE, &summary, error) ||
      !read_string (reader, object, "reason", where, FALSE, &reason, error) ||
      !read_date (reader, object, "start", where, &start, error) ||
      !read_date (reader, object, "due", where, &due, error) ||
      !read_date (reader, object, "completed", where, &completed, error))
    return FALSE;

  wp_node_set_title (node, title);
  wp_node_set_body (node, body != NULL ? body : "");
  wp_node_set_summary (node, summary != NULL ? summary : "");
  wp_node_set_reason (node, reason != NULL ? reason : "");
  wp_node_set_start (node, start);
  wp_node_set_due (node, due);
  wp_node_set_completed (node, completed);
  return TRUE;
}

static gboolean read_nodes (Reader      *reader,
                            JsonArray   *array,
                            const char  *parent_path,
                            guint        parent_level,
                            GPtrArray   *drafts,
                            GError     **error);

/* Names a node by its outline number, as the user sees it in the app: "一、/（一）/2.". */
static char *
describe_node (Reader     *reader,
               const char *path)
{
  /* Translators: where a problem is in an imported file, e.g. "plan 1, node 一、/2." */
  return g_strdup_printf (_("plan %u, node %s"), reader->plan_index, path);
}

static char *
join_path (const char *parent_path,
           const char *number)
{
  return parent_path != NULL ? g_strdup_printf ("%s/%s", parent_path, number) : g_strdup (number);
}

static gboolean
read_node_kind (Reader      *reader,
                JsonObject  *object,
                const char  *where,
                WpNodeKind  *kind,
                GError     **error)
{
  const char *name;

  if (!read_string (reader, object, "kind", where, TRUE, &name, error))
    return FALSE;
  if (!wp_node_kind_from_string (name, kind))
    return fail_unknown (reader, where, "kind", name, error);

  return TRUE;
}

static WpDraftNode *
read_node (Reader      *reader,
           JsonObject  *object,
           WpNodeKind   kind,
           const char  *path,
           guint        level,
           GError     **error)
{
  g_autoptr(WpDraftNode) draft = wp_draft_node_new (kind);
  g_autofree char *where = describe_node (reader, path);
  JsonArray *children;

  if (!read_node_text (reader, object, where, draft->node, error) ||
      !read_task_state (reader, object, where, draft->node, error) ||
      /* Translators: these name an element of a node in messages, e.g. "indicator 2" */
      !read_node_list (reader, object, "departments", where, _("department"),
                       read_assignment, draft, error) ||
      !read_node_list (reader, object, "indicators", where, _("indicator"),
                       read_indicator, draft, error) ||
      !read_node_list (reader, object, "progress_log", where, _("progress entry"),
                       read_progress_entry, draft, error) ||
      !read_array (reader, object, "children", where, &children, error))
    return NULL;

  if (children != NULL && !read_nodes (reader, children, path, level, draft->children, error))
    return NULL;

  return g_steal_pointer (&draft);
}

/* Reads the nodes of @array into @drafts; @parent_path is NULL at the top level. */
static gboolean
read_nodes (Reader      *reader,
            JsonArray   *array,
            const char  *parent_path,
            guint        parent_level,
            GPtrArray   *drafts,
            GError     **error)
{
  guint n_of_kind[2] = { 0, 0 };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      /* Until its kind is known, a node is named by its place in the list. */
      g_autofree char *place = g_strdup_printf ("#%u", i + 1);
      g_autofree char *place_path = join_path (parent_path, place);
      g_autofree char *place_where = describe_node (reader, place_path);
      g_autofree char *number = NULL;
      g_autofree char *path = NULL;
      JsonObject *object;
      WpDraftNode *draft;
      WpNodeKind kind;
      guint level;

      object = get_element_object (reader, array, i, place_where, error);
      if (object == NULL || !read_node_kind (reader, object, place_where, &kind, error))
        return FALSE;

      level = wp_numbering_level (kind, parent_path != NULL, parent_level);
      number = wp_numbering_format (reader->numbering, level, ++n_of_kind[kind]);
      path = join_path (parent_path, number);

      draft = read_node (reader, object, kind, path, level, error);
      if (draft == NULL)
        return FALSE;
      g_ptr_array_add (drafts, draft);
    }

  return TRUE;
}

static gboolean
read_plan_fields (Reader      *reader,
                  JsonObject  *object,
                  const char  *where,
                  WpPlan      *plan,
                  GError     **error)
{
  const char *title, *organization, *preamble, *numbering_name, *period_start, *period_end;
  double year;

  if (!read_number_in_range (reader, object, "year", where, 1, 9999, &year, error) ||
      !read_string (reader, object, "title", where, FALSE, &title, error) ||
      !read_string (reader, object, "organization", where, FALSE, &organization, error) ||
      !read_string (reader, object, "preamble", where, FALSE, &preamble, error) ||
      !read_string (reader, object, "numbering", where, FALSE, &numbering_name, error) ||
      !read_date (reader, object, "period_start", where, &period_start, error) ||
      !read_date (reader, object, "period_end", where, &period_end, error))
    return FALSE;
  if (isnan (year) || year != floor (year))
    return fail (reader, where, WP_JSON_ERROR_INVALID, error,
                 _("“year” must be a year such as 2019"));
  if (numbering_name != NULL && !wp_numbering_from_string (numbering_name, &reader->numbering))
    return fail_unknown (reader, where, "numbering", numbering_name, error);

  wp_plan_set_year (plan, (guint) year);
  wp_plan_set_title (plan, title != NULL ? title : "");
  wp_plan_set_organization (plan, organization != NULL ? organization : "");
  wp_plan_set_preamble (plan, preamble != NULL ? preamble : "");
  wp_plan_set_numbering (plan, reader->numbering);
  wp_plan_set_period_start (plan, period_start);
  wp_plan_set_period_end (plan, period_end);
  return TRUE;
}

static WpDraftPlan *
read_plan (Reader      *reader,
           JsonArray   *plans,
           guint        index,
           GError     **error)
{
  g_autoptr(WpDraftPlan) draft = wp_draft_plan_new ();
  g_autofree char *where = g_strdup_printf (_("plan %u"), index + 1);
  JsonObject *object;
  JsonArray *nodes;

  reader->plan_index = index + 1;
  reader->numbering = WP_NUMBERING_ZH;

  object = get_element_object (reader, plans, index, where, error);
  if (object == NULL ||
      !read_plan_fields (reader, object, where, draft->plan, error) ||
      !read_array (reader, object, "nodes", where, &nodes, error))
    return NULL;

  if (nodes != NULL && !read_nodes (reader, nodes, NULL, 0, draft->nodes, error))
    return NULL;

  return g_steal_pointer (&draft);
}

static gboolean
is_our_format (JsonObject *root)
{
  JsonNode *format = json_object_get_member (root, "format");

  return format != NULL && JSON_NODE_HOLDS_VALUE (format) &&
         json_node_get_value_type (format) == G_TYPE_STRING &&
         g_str_equal (json_node_get_string (format), "workplan");
}

static gboolean
check_header (Reader      *reader,
              JsonObject  *root,
              GError     **error)
{
  double version;

  if (!is_our_format (root))
    return fail (reader, NULL, WP_JSON_ERROR_FORMAT, error,
                 _("not a Workplan file (it lacks \"format\": \"workplan\")"));
  if (!read_number (reader, root, "version", NULL, &version, error))
    return FALSE;
  if (version > WP_JSON_FORMAT_VERSION)
    return fail (reader, NULL, WP_JSON_ERROR_NEWER_VERSION, error,
                 _("written by a newer Workplan (format version %g); this version reads up "
                   "to version %d, please update Workplan"), version, WP_JSON_FORMAT_VERSION);
  if (isnan (version) || version < 1 || version != floor (version))
    return fail (reader, NULL, WP_JSON_ERROR_FORMAT, error,
                 _("“version” must be a whole number such as 1"));

  return TRUE;
}

static GPtrArray *
read_root (Reader      *reader,
           JsonNode    *root,
           GError     **error)
{
  g_autoptr(GPtrArray) drafts = NULL;
  JsonArray *plans;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (reader, NULL, WP_JSON_ERROR_FORMAT, error,
            _("not a Workplan file (it lacks \"format\": \"workplan\")"));
      return NULL;
    }
  if (!check_header (reader, json_node_get_object (root), error) ||
      !read_array (reader, json_node_get_object (root), "plans", NULL, &plans, error))
    return NULL;
  if (plans == NULL || json_array_get_length (plans) == 0)
    {
      fail (reader, NULL, WP_JSON_ERROR_INVALID, error, _("the file holds no plan"));
      return NULL;
    }

  drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_draft_plan_free);
  for (guint i = 0; i < json_array_get_length (plans); i++)
    {
      WpDraftPlan *draft = read_plan (reader, plans, i, error);

      if (draft == NULL)
        return NULL;
      g_ptr_array_add (drafts, draft);
    }

  return g_steal_pointer (&drafts);
}

static JsonNode *
parse (Reader      *reader,
       GBytes      *bytes,
       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *message;

  /* Editors on Windows like to start UTF-8 files with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      fail (reader, NULL, WP_JSON_ERROR_SYNTAX, error,
            _("not UTF-8 text, so not a Workplan JSON file"));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      /* json-glib names the source "<data>:"; we name the file instead. */
      message = local_error->message;
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      fail (reader, NULL, WP_JSON_ERROR_SYNTAX, error, _("not valid JSON: %s"), message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      fail (reader, NULL, WP_JSON_ERROR_SYNTAX, error, _("the file is empty"));
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}

GPtrArray *
wp_json_read_bytes (GBytes      *bytes,
                    const char  *display_name,
                    GError     **error)
{
  Reader reader = { display_name, 0, WP_NUMBERING_ZH };
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = parse (&reader, bytes, error);
  if (root == NULL)
    return NULL;

  return read_root (&reader, root, error);
}

GPtrArray *
wp_json_read_file (GFile   *file,
                   GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* GIO's message already names the file. */
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  display_name = g_file_get_parse_name (file);
  return wp_json_read_bytes (bytes, display_name, error);
}
