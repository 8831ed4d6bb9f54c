/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include <poppler.h>

#include "wp-store.h"

/* Tests read the PDFs we write back with poppler-glib, which has no autoptr support. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerFontInfo, g_object_unref)

G_BEGIN_DECLS

/* The fixture code the test programs share: a scratch folder, a workbook in it, plans
 * and nodes to fill it, and a look at its file that bypasses WpStore. Every function
 * fails the test on an error instead of returning one. */

/* What most tests start from; the set-up functions fill in more or less of it. */
typedef struct
{
  char    *dir;      /* a scratch folder of the test's own */
  char    *path;     /* the workbook file in it */
  WpStore *store;    /* the store on @path, or NULL */
  gint64   plan_id;  /* the plan in @store, or 0 */
} WpTestFixture;

typedef void (*WpTestFixtureFunc) (WpTestFixture *fixture,
                                   gconstpointer  data);

/* A new empty folder in the temporary directory, named after the test program. */
char    *wp_test_make_tmp_dir         (void);
/* Deletes @dir and everything below it, asserting that every file and folder goes. */
void     wp_test_remove_tree          (const char    *dir);
/* The path of tests/fixtures/@name in the source tree. */
char    *wp_test_fixture_path         (const char    *name);
/* The whole of the file at @path; its length in @length unless that is NULL. */
char    *wp_test_read_file            (const char    *path,
                                       gsize         *length);
/* Writes @length bytes of @contents (-1: up to the NUL) to @path, replacing it. */
void     wp_test_write_file           (const char    *path,
                                       const char    *contents,
                                       gssize         length);

/* A fixture with a scratch folder and the path of a workbook not created yet. */
void     wp_test_fixture_set_up_dir   (WpTestFixture *fixture,
                                       gconstpointer  data);
/* A fixture as wp_test_fixture_set_up_dir() gives, with the workbook open. */
void     wp_test_fixture_set_up_store (WpTestFixture *fixture,
                                       gconstpointer  data);
/* A fixture as wp_test_fixture_set_up_store() gives, with the plan 2019年工作要点 in it. */
void     wp_test_fixture_set_up_plan  (WpTestFixture *fixture,
                                       gconstpointer  data);
/* Nothing left of @fixture: its store finalised, its folder deleted. */
void     wp_test_fixture_tear_down    (WpTestFixture *fixture,
                                       gconstpointer  data);
/* A test at @path that runs @test on a fixture from @set_up, torn down afterwards. */
void     wp_test_add                  (const char        *path,
                                       WpTestFixtureFunc  set_up,
                                       WpTestFixtureFunc  test);

/* The workbook @name in @dir, created if it does not exist yet. */
WpStore *wp_test_open_store           (const char    *dir,
                                       const char    *name);
/* The id of @plan once added to @store. */
gint64   wp_test_insert_plan          (WpStore       *store,
                                       WpPlan        *plan);
/* The id of a new plan of @year titled @title, numbered in @numbering. */
gint64   wp_test_create_plan          (WpStore       *store,
                                       guint          year,
                                       const char    *title,
                                       WpNumbering    numbering);
/* The id of @node once inserted under @parent_id (0: top) of @plan_id at @position. */
gint64   wp_test_insert_node          (WpStore       *store,
                                       gint64         plan_id,
                                       gint64         parent_id,
                                       WpNode        *node,
                                       int            position);
/* The id of a new node of @kind titled @title, inserted as by wp_test_insert_node(). */
gint64   wp_test_add_node             (WpStore       *store,
                                       gint64         plan_id,
                                       gint64         parent_id,
                                       WpNodeKind     kind,
                                       const char    *title,
                                       int            position);

/* Runs @sql on the database at @db_path through a connection of its own. */
void     wp_test_exec_sql             (const char    *db_path,
                                       const char    *sql);
/* The integer that @sql first returns, read on a read-only connection to @db_path. */
gint64   wp_test_query_int            (const char    *db_path,
                                       const char    *sql);
/* The text that @sql first returns, read on a read-only connection to @db_path. */
char    *wp_test_query_text           (const char    *db_path,
                                       const char    *sql);

/* Adds department @name to the workbook and returns its id. */
gint64          wp_test_add_department (WpStore         *store,
                                        const char      *name);
/* The id of the department called @name, added when there is none. */
gint64          wp_test_ensure_department (WpStore     *store,
                                           const char  *name);

/* Adds a progress entry (with a note) to a node; @department_id may be 0. Returns its id. */
gint64          wp_test_add_progress  (WpStore         *store,
                                       gint64           node_id,
                                       const char      *date,
                                       double           progress,
                                       gint64           department_id);

/* Imports the interchange JSON tests/fixtures/@name (e.g. "plan-2019.json") into @store
 * and returns the first plan's id; fails the test when it cannot. */
gint64          wp_test_import_fixture (WpStore         *store,
                                        const char      *name);

/* A progress callback that appends each fraction to @fractions, a GArray of double. */
void            wp_test_record_progress (double          fraction,
                                         gpointer        fractions);

typedef gboolean (*WpTestCondition) (gpointer data);

/* How long a test waits for the window to show something before it fails: generous,
 * since a loaded machine or a sanitizer build is many times slower. */
#define WP_TEST_PATIENCE_SECONDS 60

/* Turns the main loop until @condition holds, failing after WP_TEST_PATIENCE_SECONDS.
 * Threads that report through the main context are waited for too. */
void            wp_test_wait_until    (WpTestCondition  condition,
                                       gpointer         data);
/* Runs what is ready to run in the main context, without waiting. */
void            wp_test_run_pending   (void);
/* A registered (not running) application with the program's resources, so that GTK
 * and libadwaita are set up and windows can be added to it. */
GtkApplication *wp_test_register_app  (void);
/* The first open window of @type (a message dialog, say), or NULL. */
GtkWindow      *wp_test_find_toplevel (GType            type);
/* A window of @app on @store, presented, with a reference of the caller's own so that
 * wp_test_close_window() can check that closing it finalises it. */
GtkWindow      *wp_test_open_window   (GtkApplication  *app,
                                       WpStore         *store);
void            wp_test_close_window  (GtkWindow       *window);

/* Mounts a tmpfs of @kib KiB at @parent/@name, in a mount namespace of the test
 * program's own, and returns its path; NULL after g_test_skip() when it cannot (not
 * root, no namespaces). Unmount with wp_test_unmount_disk(). */
char           *wp_test_mount_small_disk (const char *parent,
                                          const char *name,
                                          gsize       kib);
void            wp_test_unmount_disk  (const char      *disk);

G_END_DECLS
