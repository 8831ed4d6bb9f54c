/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-edit-driver"

/* A user editing one plan as fast as the store lets them, for test-crash, which kills
 * this program at random moments and then checks the workbook. The edits go through
 * WpHistory and the WpStore calls the window's outline and task editor use.
 *
 * Usage: wp-edit-driver DB PLAN_ID SEED TAG [MAX_EDITS]
 *
 * Before each edit it prints "edit\tN\tFACT…" and after the commit "ack\tN\tFACT…",
 * flushing each line: an ack line promises that the facts are stored, and the last edit
 * line without its ack names what a kill may have caught half-way. A FACT is KEY=VALUE:
 *   title/ID=TEXT         progress/ID=NUMBER
 *   parent/ID=PARENT_ID   (0 at the top level) or parent/ID=gone (deleted)
 *   entry/ID=NODE_ID PROGRESS, or entry/ID=gone
 * and, only in an edit line, as the new row's id is not known yet:
 *   new/TITLE=PARENT_ID          newentry/NOTE=NODE_ID PROGRESS
 * TAG makes every title and note this run writes unique. */

#include <stdio.h>
#include <stdlib.h>

#include "wp-history.h"
#include "wp-store.h"

typedef struct
{
  WpStore    *store;
  WpHistory  *history;
  gint64      plan_id;
  GRand      *rand;
  const char *tag;
  guint       n_edits;
  GPtrArray  *sections;  /* WpNode, read again before each edit */
  GPtrArray  *tasks;
  GPtrArray  *undo;      /* per step of the history: the facts (GPtrArray) its undo gives */
} Driver;

typedef void (*EditFunc) (Driver *self);

static void
fail (const char *what,
      GError     *error)
{
  g_printerr ("wp-edit-driver: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (3);
}

/* @error is read once the call that sets it has returned. */
static void
check (gboolean     ok,
       const char  *what,
       GError     **error)
{
  if (!ok)
    fail (what, *error);
}

static GPtrArray *
facts_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
add_fact (GPtrArray  *facts,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_fact (GPtrArray  *facts,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (facts, g_strdup_vprintf (format, args));
  va_end (args);
}

/* One line, flushed at once: the test reads it while we go on. */
static void
announce (const char *what,
          guint       n,
          GPtrArray  *facts)
{
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_printf (line, "%s\t%u", what, n);
  for (guint i = 0; i < facts->len; i++)
    g_string_append_printf (line, "\t%s", (const char *) facts->pdata[i]);
  g_string_append_c (line, '\n');
  if (fputs (line->str, stdout) == EOF || fflush (stdout) != 0)
    exit (4);
}

/* Says the edit is stored and keeps what undoing it would bring back. */
static void
acknowledge (Driver    *self,
             GPtrArray *facts,
             GPtrArray *inverse)
{
  announce ("ack", self->n_edits, facts);
  g_ptr_array_add (self->undo, g_ptr_array_ref (inverse));
}

static void
collect_nodes (Driver *self,
               gint64  parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (self->store, self->plan_id,
                                                          parent_id);

  for (guint i = 0; i < children->len; i++)
    {
      WpNode *node = children->pdata[i];
      gboolean section = wp_node_get_kind (node) == WP_NODE_SECTION;

      g_ptr_array_add (section ? self->sections : self->tasks, g_object_ref (node));
      if (section)
        collect_nodes (self, wp_node_get_id (node));
    }
}

static WpNode *
pick (Driver    *self,
      GPtrArray *nodes)
{
  return nodes->pdata[g_rand_int_range (self->rand, 0, nodes->len)];
}

static guint
count_children (Driver *self,
                gint64  parent_id)
{
  g_autoptr(GPtrArray) children = wp_store_list_children (self->store, self->plan_id,
                                                          parent_id);

  return children->len;
}

/* The facts that describe @node and its progress log as they are now. */
static void
add_node_facts (Driver    *self,
                GPtrArray *facts,
                WpNode    *node)
{
  gint64 id = wp_node_get_id (node);
  g_autoptr(GPtrArray) entries = wp_store_list_progress (self->store, id);

  add_fact (facts, "parent/%" G_GINT64_FORMAT "=%" G_GINT64_FORMAT, id,
            wp_node_get_parent_id (node));
  add_fact (facts, "title/%" G_GINT64_FORMAT "=%s", id, wp_node_get_title (node));
  add_fact (facts, "progress/%" G_GINT64_FORMAT "=%g", id, wp_node_get_progress (node));
  for (guint i = 0; i < entries->len; i++)
    add_fact (facts, "entry/%" G_GINT64_FORMAT "=%" G_GINT64_FORMAT " %g",
              wp_progress_entry_get_id (entries->pdata[i]), id,
              wp_progress_entry_get_progress (entries->pdata[i]));
}

/* Renames any node, as the outline's inline rename does. */
static void
rename_node (Driver *self)
{
  WpNode *node = pick (self, g_rand_boolean (self->rand) ? self->sections : self->tasks);
  gint64 id = wp_node_get_id (node);
  g_autoptr(WpNode) edited = wp_node_copy (node);
  g_autoptr(GPtrArray) facts = facts_new ();
  g_autoptr(GPtrArray) inverse = facts_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("%s-%u 改名", self->tag, self->n_edits);

  add_fact (facts, "title/%" G_GINT64_FORMAT "=%s", id, title);
  add_fact (inverse, "title/%" G_GINT64_FORMAT "=%s", id, wp_node_get_title (node));
  wp_node_set_title (edited, title);
  announce ("edit", self->n_edits, facts);
  check (wp_history_update_node (self->history, edited, &error), "rename", &error);
  acknowledge (self, facts, inverse);
}

/* Sets a task's progress, as the task editor's slider does. */
static void
set_progress (Driver *self)
{
  WpNode *node = pick (self, self->tasks);
  gint64 id = wp_node_get_id (node);
  double progress = ((int) wp_node_get_progress (node) + g_rand_int_range (self->rand, 1, 101))
                    % 101;
  g_autoptr(WpNode) edited = wp_node_copy (node);
  g_autoptr(GPtrArray) facts = facts_new ();
  g_autoptr(GPtrArray) inverse = facts_new ();
  g_autoptr(GError) error = NULL;

  add_fact (facts, "progress/%" G_GINT64_FORMAT "=%g", id, progress);
  add_fact (inverse, "progress/%" G_GINT64_FORMAT "=%g", id, wp_node_get_progress (node));
  wp_node_set_progress (edited, progress);
  announce ("edit", self->n_edits, facts);
  check (wp_history_update_node (self->history, edited, &error), "set progress", &error);
  acknowledge (self, facts, inverse);
}

/* The task's progress once @entry joins its log: the entry of the latest date (the last
 * added among equal dates) sets it. */
static double
progress_after_entry (Driver          *self,
                      WpNode          *node,
                      WpProgressEntry *entry)
{
  g_autoptr(GPtrArray) entries = wp_store_list_progress (self->store, wp_node_get_id (node));
  WpProgressEntry *latest;

  if (entries->len == 0)
    return wp_progress_entry_get_progress (entry);
  latest = entries->pdata[entries->len - 1];
  if (g_strcmp0 (wp_progress_entry_get_date (entry), wp_progress_entry_get_date (latest)) >= 0)
    return wp_progress_entry_get_progress (entry);
  return wp_progress_entry_get_progress (latest);
}

/* Adds the entry and sets the task's progress from the log in one undo step, as the task
 * editor's "Record progress" does. Returns the entry's id. */
static gint64
record_progress (Driver          *self,
                 WpNode          *node,
                 WpProgressEntry *entry,
                 double           progress)
{
  g_autoptr(GError) error = NULL;
  gint64 entry_id;

  check (wp_history_begin_group (self->history, "Record progress", &error), "group", &error);
  entry_id = wp_history_add_progress (self->history, entry, &error);
  check (entry_id != 0, "add progress entry", &error);
  if (wp_node_get_progress (node) != progress)
    {
      g_autoptr(WpNode) edited = wp_node_copy (node);

      wp_node_set_progress (edited, progress);
      check (wp_history_update_node (self->history, edited, &error), "follow the log", &error);
    }
  check (wp_history_end_group (self->history, &error), "end group", &error);
  return entry_id;
}

static void
add_entry (Driver *self)
{
  WpNode *node = pick (self, self->tasks);
  gint64 id = wp_node_get_id (node);
  g_autoptr(WpProgressEntry) entry = wp_progress_entry_new ();
  g_autofree char *date = g_strdup_printf ("2024-%02d-%02d", g_rand_int_range (self->rand, 1, 13),
                                           g_rand_int_range (self->rand, 1, 29));
  g_autofree char *note = g_strdup_printf ("%s-%u 进展", self->tag, self->n_edits);
  g_autoptr(GPtrArray) facts = facts_new ();
  g_autoptr(GPtrArray) inverse = facts_new ();
  double progress;
  gint64 entry_id;

  wp_progress_entry_set_node_id (entry, id);
  wp_progress_entry_set_date (entry, date);
  wp_progress_entry_set_progress (entry, g_rand_int_range (self->rand, 0, 101));
  wp_progress_entry_set_note (entry, note);
  progress = progress_after_entry (self, node, entry);
  /* Before the edit: @node is the store's live object, which the edit updates. */
  add_fact (inverse, "progress/%" G_GINT64_FORMAT "=%g", id, wp_node_get_progress (node));
  add_fact (facts, "newentry/%s=%" G_GINT64_FORMAT " %g", note, id,
            wp_progress_entry_get_progress (entry));
  add_fact (facts, "progress/%" G_GINT64_FORMAT "=%g", id, progress);
  announce ("edit", self->n_edits, facts);
  entry_id = record_progress (self, node, entry, progress);
  g_ptr_array_remove_index (facts, 0);
  add_fact (facts, "entry/%" G_GINT64_FORMAT "=%" G_GINT64_FORMAT " %g", entry_id, id,
            wp_progress_entry_get_progress (entry));
  add_fact (inverse, "entry/%" G_GINT64_FORMAT "=gone", entry_id);
  acknowledge (self, facts, inverse);
}

/* Adds a task to a section, as the outline's "Add Task" does. */
static void
insert_task (Driver *self)
{
  WpNode *parent = pick (self, self->sections);
  gint64 parent_id = wp_node_get_id (parent);
  int position = g_rand_int_range (self->rand, -1, count_children (self, parent_id) + 1);
  g_autoptr(WpNode) node = wp_node_new (WP_NODE_TASK);
  g_autofree char *title = g_strdup_printf ("%s-%u 新任务", self->tag, self->n_edits);
  g_autoptr(GPtrArray) facts = facts_new ();
  g_autoptr(GPtrArray) inverse = facts_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  wp_node_set_plan_id (node, self->plan_id);
  wp_node_set_parent_id (node, parent_id);
  wp_node_set_title (node, title);
  add_fact (facts, "new/%s=%" G_GINT64_FORMAT, title, parent_id);
  announce ("edit", self->n_edits, facts);
  id = wp_history_insert_node (self->history, node, position, &error);
  check (id != 0, "insert a task", &error);
  g_ptr_array_set_size (facts, 0);
  add_fact (facts, "parent/%" G_GINT64_FORMAT "=%" G_GINT64_FORMAT, id, parent_id);
  add_fact (facts, "title/%" G_GINT64_FORMAT "=%s", id, title);
  add_fact (facts, "progress/%" G_GINT64_FORMAT "=0", id);
  add_fact (inverse, "parent/%" G_GINT64_FORMAT "=gone", id);
  acknowledge (self, facts, inverse);
}

/* Moves a task into a section, as a drag and drop in the outline does. */
static void
move_task (Driver *self)
{
  WpNode *node = pick (self, self->tasks);
  gint64 id = wp_node_get_id (node);
  gint64 parent_id = wp_node_get_id (pick (self, self->sections));
  guint n_children = count_children (self, parent_id);
  int position;
  g_autoptr(GPtrArray) facts = facts_new ();
  g_autoptr(GPtrArray) inverse = facts_new ();
  g_autoptr(GError) error = NULL;

  if (parent_id == wp_node_get_parent_id (node))
    n_children--;
  position = g_rand_int_range (self->rand, -1, n_children + 1);
  add_fact (facts, "parent/%" G_GINT64_FORMAT "=%" G_GINT64_FORMAT, id, parent_id);
  add_fact (inverse, "parent/%" G_GINT64_FORMAT "=%" G_GINT64_FORMAT, id,
            wp_node_get_parent_id (node));
  announce ("edit", self->n_edits, facts);
  check (wp_history_move_node (self->history, id, parent_id, position, &error), "move", &error);
  acknowledge (self, facts, inverse);
}

/* Deletes a task without subtasks (the test follows single rows, not subtrees). */
static void
delete_task (Driver *self)
{
  WpNode *node = pick (self, self->tasks);
  gint64 id = wp_node_get_id (node);
  g_autoptr(GPtrArray) facts = facts_new ();
  g_autoptr(GPtrArray) inverse = facts_new ();
  g_autoptr(GError) error = NULL;

  if (count_children (self, id) > 0)
    return;
  add_fact (facts, "parent/%" G_GINT64_FORMAT "=gone", id);
  add_node_facts (self, inverse, node);
  announce ("edit", self->n_edits, facts);
  check (wp_history_delete_node (self->history, id, &error), "delete", &error);
  acknowledge (self, facts, inverse);
}

/* Undoes the last edit, as Ctrl+Z does; the ack names the values it brings back. */
static void
undo_edit (Driver *self)
{
  g_autoptr(GPtrArray) facts = NULL;
  g_autoptr(GError) error = NULL;

  if (self->undo->len == 0)
    return;
  facts = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  announce ("edit", self->n_edits, facts);
  check (wp_history_undo (self->history, &error), "undo", &error);
  announce ("ack", self->n_edits, facts);
}

/* How often each edit comes, out of 100. */
static const struct
{
  EditFunc func;
  int      weight;
} edits[] = {
  { rename_node,  20 },
  { set_progress, 15 },
  { add_entry,    15 },
  { insert_task,  15 },
  { move_task,    15 },
  { delete_task,  12 },
  { undo_edit,     8 },
};

static void
edit_once (Driver *self)
{
  int roll = g_rand_int_range (self->rand, 0, 100);
  EditFunc func;
  guint i = 0;

  g_ptr_array_set_size (self->sections, 0);
  g_ptr_array_set_size (self->tasks, 0);
  collect_nodes (self, 0);
  while (i + 1 < G_N_ELEMENTS (edits) && roll >= edits[i].weight)
    roll -= edits[i++].weight;
  func = edits[i].func;
  /* Keep a few tasks to edit: deleting never empties the plan. */
  if (func == delete_task && self->tasks->len < 6)
    func = insert_task;
  self->n_edits++;
  func (self);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  Driver self = { 0, };
  guint64 max_edits;

  if (argc < 5)
    {
      g_printerr ("usage: wp-edit-driver DB PLAN_ID SEED TAG [MAX_EDITS]\n");
      return 2;
    }
  self.store = wp_store_open (argv[1], &error);
  if (self.store == NULL)
    fail (argv[1], error);
  self.history = wp_history_new (self.store);
  self.plan_id = g_ascii_strtoll (argv[2], NULL, 10);
  self.rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[3], NULL, 10));
  self.tag = argv[4];
  max_edits = argc > 5 ? g_ascii_strtoull (argv[5], NULL, 10) : G_MAXUINT64;
  self.sections = g_ptr_array_new_with_free_func (g_object_unref);
  self.tasks = g_ptr_array_new_with_free_func (g_object_unref);
  self.undo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  while (self.n_edits < max_edits)
    edit_once (&self);

  g_ptr_array_unref (self.undo);
  g_ptr_array_unref (self.tasks);
  g_ptr_array_unref (self.sections);
  g_rand_free (self.rand);
  g_object_unref (self.history);
  g_object_unref (self.store);
  return 0;
}
