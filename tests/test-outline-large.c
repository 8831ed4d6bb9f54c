/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-outline-large"

#include "config.h"

#include <adwaita.h>

#include "wp-node-filter.h"
#include "wp-outline-view.h"
#include "wp-test-util.h"
#include "wp-window.h"

/* A plan as large as a bureau could write: 25 top sections of 20 subsections of 39 tasks,
 * 20,025 nodes, each task led by one of eight departments and supported by another. The
 * window opens it, expands all of it and filters it by a department; the times go to the
 * test log. */

#define N_TOP_SECTIONS 25
#define N_SUBSECTIONS  20
#define N_TASKS        39
#define N_DEPARTMENTS  8
#define N_NODES        (N_TOP_SECTIONS * (1 + N_SUBSECTIONS * (1 + N_TASKS)))

typedef struct
{
  WpTestFixture  base;
  gint64         departments[N_DEPARTMENTS];
  /* What filtering by departments[0] shows: the tasks it leads and their ancestors. */
  GHashTable    *led_by_first;
} Fixture;

static GtkApplication *app;

static gint64
add_task (Fixture    *fixture,
          gint64      parent_id,
          const char *title,
          guint       lead,
          gint64      ancestors[2])
{
  WpStore *store = fixture->base.store;
  gint64 id = wp_test_add_node (store, fixture->base.plan_id, parent_id, WP_NODE_TASK, title, -1);
  guint support = (lead + 1) % N_DEPARTMENTS;

  g_assert_true (wp_store_assign_department (store, id, fixture->departments[lead], WP_ROLE_LEAD,
                                             NULL));
  g_assert_true (wp_store_assign_department (store, id, fixture->departments[support],
                                             WP_ROLE_SUPPORT, NULL));
  if (lead == 0)
    {
      g_hash_table_add (fixture->led_by_first, g_memdup2 (&id, sizeof id));
      for (guint i = 0; i < 2; i++)
        g_hash_table_add (fixture->led_by_first, g_memdup2 (&ancestors[i], sizeof (gint64)));
    }
  return id;
}

/* A subsection's tasks are led by one department, its first task by the next one, so
 * that a department leads tasks in some subsections only. */
static void
add_subsection (Fixture *fixture,
                gint64   top_id,
                guint    index)
{
  g_autofree char *title = g_strdup_printf ("（%u）分项工作", index + 1);
  gint64 ancestors[2] = { top_id, 0 };

  ancestors[1] = wp_test_add_node (fixture->base.store, fixture->base.plan_id, top_id,
                                   WP_NODE_SECTION, title, -1);
  for (guint t = 0; t < N_TASKS; t++)
    {
      g_autofree char *task = g_strdup_printf ("落实第%u项重点任务", t + 1);

      add_task (fixture, ancestors[1], task, (index + (t == 0)) % N_DEPARTMENTS, ancestors);
    }
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  WpStore *store;
  gint64 start = g_get_monotonic_time ();

  wp_test_fixture_set_up_store (&fixture->base, data);
  store = fixture->base.store;
  fixture->led_by_first = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* One transaction, as an import writes a plan. */
  g_assert_true (wp_store_begin (store, NULL));
  fixture->base.plan_id = wp_test_create_plan (store, 2019, "2019年工作要点", WP_NUMBERING_ZH);
  for (guint d = 0; d < N_DEPARTMENTS; d++)
    {
      g_autofree char *name = g_strdup_printf ("第%u科", d + 1);

      fixture->departments[d] = wp_store_ensure_department (store, name, NULL);
    }
  for (guint s = 0; s < N_TOP_SECTIONS; s++)
    {
      g_autofree char *title = g_strdup_printf ("第%u部分", s + 1);
      gint64 top_id = wp_test_add_node (store, fixture->base.plan_id, 0, WP_NODE_SECTION, title,
                                        -1);

      for (guint sub = 0; sub < N_SUBSECTIONS; sub++)
        add_subsection (fixture, top_id, s * N_SUBSECTIONS + sub);
    }
  g_assert_true (wp_store_commit (store, NULL));

  g_assert_cmpuint (wp_store_count_nodes (store, fixture->base.plan_id, WP_NODE_TASK) +
                    wp_store_count_nodes (store, fixture->base.plan_id, WP_NODE_SECTION),
                    ==, N_NODES);
  g_test_message ("building a plan of %u nodes: %.0f ms", N_NODES,
                  (g_get_monotonic_time () - start) / 1000.0);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_hash_table_unref (fixture->led_by_first);
  wp_test_fixture_tear_down (&fixture->base, data);
}

/* The outline's list view: the one on a tree (dropdowns have lists too). */
static GtkListView *
find_outline_list (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    {
      GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (widget));

      if (GTK_IS_SINGLE_SELECTION (model)
          && GTK_IS_TREE_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model))))
        return GTK_LIST_VIEW (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_outline_list (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GListModel *
get_rows (WpWindow *window)
{
  GtkListView *list_view = find_outline_list (GTK_WIDGET (wp_window_get_outline (window)));

  g_assert_nonnull (list_view);
  return G_LIST_MODEL (gtk_list_view_get_model (list_view));
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
assert_rows_are (WpWindow   *window,
                 GHashTable *expected)
{
  GListModel *rows = get_rows (window);
  guint n_rows = g_list_model_get_n_items (rows);

  g_assert_cmpuint (n_rows, ==, g_hash_table_size (expected));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(WpNode) node = gtk_tree_list_row_get_item (row);
      gint64 id = wp_node_get_id (node);

      g_assert_true (g_hash_table_contains (expected, &id));
    }
}

static void
test_open_expand_filter (Fixture       *fixture,
                         gconstpointer  data)
{
  WpWindow *window;
  WpOutlineView *outline;
  gint64 start = g_get_monotonic_time ();

  /* The outline opens fully expanded. */
  window = g_object_ref (wp_window_new (app, fixture->base.store));
  outline = wp_window_get_outline (window);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (window)), ==, N_NODES);
  g_test_message ("opening the window on %u nodes, all expanded: %.0f ms", N_NODES,
                  elapsed_ms (start));
  start = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  wp_test_run_pending ();
  g_test_message ("showing it: %.0f ms", elapsed_ms (start));

  gtk_widget_activate_action (GTK_WIDGET (outline), "outline.collapse-all", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (window)), ==, N_TOP_SECTIONS);
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (outline), "outline.expand-all", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (window)), ==, N_NODES);
  g_test_message ("expanding all %u nodes: %.0f ms", N_NODES, elapsed_ms (start));
  wp_test_run_pending ();

  start = g_get_monotonic_time ();
  wp_node_filter_set_department_id (wp_outline_view_get_filter (outline),
                                    fixture->departments[0]);
  wp_test_run_pending ();
  assert_rows_are (window, fixture->led_by_first);
  g_test_message ("filtering by a department (%u rows): %.0f ms",
                  g_hash_table_size (fixture->led_by_first), elapsed_ms (start));

  start = g_get_monotonic_time ();
  wp_node_filter_clear (wp_outline_view_get_filter (outline));
  wp_test_run_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (get_rows (window)), ==, N_NODES);
  g_test_message ("clearing the filter: %.0f ms", elapsed_ms (start));

  start = g_get_monotonic_time ();
  gtk_window_destroy (GTK_WINDOW (window));
  wp_test_run_pending ();
  g_assert_finalize_object (window);
  g_test_message ("closing the window: %.0f ms", elapsed_ms (start));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  app = wp_test_register_app ();

  g_test_add ("/outline-large/open-expand-filter", Fixture, NULL, set_up,
              test_open_expand_filter, tear_down);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
