/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-dashboard-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "wp-dashboard-view.h"
#include "wp-report-export.h"
#include "wp-resources.h"
#include "wp-toast.h"

struct _WpDashboardView
{
  GtkWidget          parent_instance;

  GtkStack          *stack;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkProgressBar    *export_progress;
  GtkMenuButton     *as_of_button;
  GtkCalendar       *calendar;
  WpChartView       *charts[WP_CHART_KIND_BURNUP + 1];

  WpStore           *store;
  gint64             plan_id;
  GDate              as_of;         /* valid once chosen by the user or read from the plan */
  gboolean           as_of_chosen;  /* by the user: kept until the plan changes */
  WpLightThresholds  thresholds;
  WpDashboardData   *data;
  guint              rebuild_id;
  gboolean           stale;         /* changed while not shown: rebuilt once it shows */
  gboolean           syncing_calendar;

  GCancellable      *build_cancellable;  /* while a worker builds the data */
  guint              generation;         /* counts the rebuilds asked for */
  gboolean           build_again;        /* asked for while a build ran */
  gboolean           unreadable;         /* no such plan, or it could not be read */

  GCancellable      *export_cancellable;
  GFile             *export_file;
  WpExportOptions    export_options;  /* read by the export while it runs */
};

G_DEFINE_FINAL_TYPE (WpDashboardView, wp_dashboard_view, GTK_TYPE_WIDGET)

enum
{
  ACTIVATE_SECTION,
  ACTIVATE_DEPARTMENT,
  ACTIVATE_TASK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "31 December 2019" / "2019年12月31日". */
static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date), 0, 0, 0);

  /* TRANSLATORS: the dashboard's as-of date, in GDateTime format: "31 December 2019". */
  return g_date_time_format (time, _("%-d %B %Y"));
}

static void
update_header (WpDashboardView *self,
               WpPlanSnapshot  *snapshot)
{
  WpPlan *plan = wp_plan_snapshot_get_plan (snapshot);
  g_autofree char *date = format_date (wp_plan_snapshot_get_as_of (snapshot));
  g_autofree char *subtitle = NULL;
  const char *organization = wp_plan_get_organization (plan);

  if (organization != NULL && *organization != '\0')
    /* TRANSLATORS: under the dashboard's title: the organisation and the as-of date. */
    subtitle = g_strdup_printf (_("%s · Figures as of %s"), organization, date);
  else
    subtitle = g_strdup_printf (_("Figures as of %s"), date);
  gtk_label_set_label (self->title_label, wp_plan_get_title (plan));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_menu_button_set_label (self->as_of_button, date);
}

/* The charts; "Reading the plan" until the first data of a plan arrives. */
static void
update_page (WpDashboardView *self)
{
  const char *page = "empty";

  if (self->data != NULL)
    page = "dashboard";
  else if (self->store != NULL && self->plan_id != 0 && !self->unreadable)
    page = "loading";
  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
set_data (WpDashboardView *self,
          WpDashboardData *data)
{
  g_clear_pointer (&self->data, wp_dashboard_data_unref);
  if (data != NULL)
    self->data = wp_dashboard_data_ref (data);
  for (guint i = 0; i < G_N_ELEMENTS (self->charts); i++)
    wp_chart_view_set_data (self->charts[i], data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export", data != NULL);
  if (data != NULL)
    update_header (self, wp_dashboard_data_get_snapshot (data));
  update_page (self);
}

/* On this thread, with the window's own connection: when the worker could not read the
 * workbook through one of its own. */
static void
build_here (WpDashboardView *self)
{
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  g_autoptr(WpDashboardData) data = NULL;
  g_autoptr(GError) error = NULL;

  snapshot = wp_plan_snapshot_new (self->store, self->plan_id, &self->as_of, &self->thresholds,
                                   &error);
  if (snapshot == NULL)
    {
      g_warning ("Cannot read the plan for the dashboard: %s", error->message);
      self->unreadable = TRUE;
      set_data (self, NULL);
      return;
    }
  data = wp_dashboard_data_new (snapshot);
  set_data (self, data);
}

/* What a worker needs to build the data: copies, nothing of the view. */
typedef struct
{
  char              *path;
  gint64             plan_id;
  GDate              as_of;
  WpLightThresholds  thresholds;
  guint              generation;
} BuildJob;

static void
build_job_free (gpointer data)
{
  BuildJob *job = data;

  g_free (job->path);
  g_free (job);
}

static void
build_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BuildJob *job = task_data;
  g_autoptr(WpPlanSnapshot) snapshot = NULL;
  GError *error = NULL;

  snapshot = wp_plan_snapshot_new_from_file (job->path, job->plan_id, &job->as_of,
                                             &job->thresholds, WP_SNAPSHOT_CHARTS_ONLY, &error);
  if (snapshot == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, wp_dashboard_data_new (snapshot),
                           (GDestroyNotify) wp_dashboard_data_unref);
}

static void start_build (WpDashboardView *self);

/* The view holds no reference while a build runs: one disposed meanwhile has cancelled
 * the build and is not to be touched. */
static void
on_build_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  WpDashboardView *self = user_data;
  BuildJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(WpDashboardData) data = NULL;
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->build_cancellable);
  data = g_task_propagate_pointer (G_TASK (result), &error);

  /* Data asked for before the last rebuild is out of date: the next build replaces it. */
  if (job->generation != self->generation)
    {
      if (self->build_again)
        start_build (self);
      else
        update_page (self);
      self->build_again = FALSE;
      return;
    }
  if (data != NULL)
    set_data (self, data);
  else
    build_here (self);
}

/* The snapshot of 20,000 tasks takes the better part of a second: it is read in a worker,
 * with the charts of before on screen until it is done. */
static void
start_build (WpDashboardView *self)
{
  g_autoptr(GTask) task = NULL;
  BuildJob *job = g_new0 (BuildJob, 1);

  job->path = g_strdup (wp_store_get_path (self->store));
  job->plan_id = self->plan_id;
  job->as_of = self->as_of;
  job->thresholds = self->thresholds;
  job->generation = self->generation;

  self->build_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->build_cancellable, on_build_done, self);
  g_task_set_source_tag (task, start_build);
  g_task_set_task_data (task, job, build_job_free);
  g_task_run_in_thread (task, build_in_thread);
  update_page (self);
}

static void
rebuild (WpDashboardView *self)
{
  g_autoptr(WpPlan) plan = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->stale = FALSE;
  self->generation++;
  if (self->store != NULL && self->plan_id != 0)
    plan = wp_store_get_plan (self->store, self->plan_id);
  self->unreadable = plan == NULL;
  if (plan == NULL)
    {
      self->build_again = FALSE;
      set_data (self, NULL);
      return;
    }

  /* Set here, not when the data arrives: the calendar and the caller see it at once. */
  if (!self->as_of_chosen)
    wp_plan_snapshot_default_as_of (plan, &self->as_of);
  if (self->build_cancellable != NULL)
    self->build_again = TRUE;
  else
    start_build (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  WpDashboardView *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* A commit emits its signals one after the other: an import of 300 nodes, one rebuild.
 * A hidden dashboard waits until it is shown. */
static void
queue_rebuild (WpDashboardView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
on_store_children_changed (WpDashboardView *self,
                           gint64           plan_id,
                           gint64           parent_id)
{
  if (plan_id == self->plan_id)
    queue_rebuild (self);
}

/* Charts */

static void
on_bars_item_activated (WpDashboardView *self,
                        int              item)
{
  guint n = 0;
  const WpChartBar *bars = wp_dashboard_data_get_bars (self->data, &n);

  g_return_if_fail ((guint) item < n);
  g_signal_emit (self, signals[ACTIVATE_SECTION], 0, bars[item].node_id);
}

static void
on_departments_item_activated (WpDashboardView *self,
                               int              item)
{
  guint n = 0;
  const WpChartDepartment *rows = wp_dashboard_data_get_departments (self->data, &n);

  g_return_if_fail ((guint) item < n);
  g_signal_emit (self, signals[ACTIVATE_DEPARTMENT], 0, rows[item].department_id);
}

static void
on_bullets_item_activated (WpDashboardView *self,
                           int              item)
{
  guint n = 0;
  const WpChartBullet *bullets = wp_dashboard_data_get_bullets (self->data, &n);

  g_return_if_fail ((guint) item < n);
  g_signal_emit (self, signals[ACTIVATE_TASK], 0, bullets[item].node_id);
}

/* The as-of date */

static void
on_calendar_day_selected (WpDashboardView *self)
{
  g_autoptr(GDateTime) picked = NULL;
  GDate date;

  if (self->syncing_calendar)
    return;
  picked = gtk_calendar_get_date (self->calendar);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (picked),
                  g_date_time_get_month (picked), g_date_time_get_year (picked));
  wp_dashboard_view_set_as_of (self, &date);
  gtk_menu_button_popdown (self->as_of_button);
}

static void
on_default_date_clicked (WpDashboardView *self)
{
  wp_dashboard_view_set_as_of (self, NULL);
  gtk_menu_button_popdown (self->as_of_button);
}

/* The calendar opens on the date shown. */
static void
on_as_of_popover_show (WpDashboardView *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (!g_date_valid (&self->as_of))
    return;
  date = g_date_time_new_local (g_date_get_year (&self->as_of), g_date_get_month (&self->as_of),
                                g_date_get_day (&self->as_of), 0, 0, 0);
  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing_calendar = FALSE;
}

/* Exporting */

static void
show_export_error (WpDashboardView *self,
                   const GError    *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Export the Dashboard"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_export_done (WpDashboardView *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *name = g_file_get_basename (self->export_file);
  g_autofree char *title = NULL;

  if (overlay == NULL)
    return;
  title = g_strdup_printf (_("Dashboard saved as “%s”"), name);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), wp_toast_new_literal (title));
}

static void
set_exporting (WpDashboardView *self,
               gboolean         exporting)
{
  gtk_progress_bar_set_fraction (self->export_progress, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->export_progress), exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export",
                                 !exporting && self->data != NULL);
}

static void
on_export_progress (double   fraction,
                    gpointer user_data)
{
  WpDashboardView *self = user_data;

  if (!g_cancellable_is_cancelled (self->export_cancellable))
    gtk_progress_bar_set_fraction (self->export_progress, fraction);
}

/* Holds a reference to the view from the start of the export; a view disposed meanwhile
 * has cancelled it. */
static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(WpDashboardView) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = wp_report_export_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_exporting (self, FALSE);
  if (ok)
    show_export_done (self);
  else
    show_export_error (self, error);
  g_clear_object (&self->export_cancellable);
}

static void
start_export (WpDashboardView *self,
              GFile           *file,
              WpExportFormat   format)
{
  if (self->data == NULL)
    return;
  g_set_object (&self->export_file, file);
  g_clear_object (&self->export_cancellable);
  self->export_cancellable = g_cancellable_new ();
  self->export_options = (WpExportOptions) { WP_EXPORT_KIND_DASHBOARD, format, NULL, 0 };
  set_exporting (self, TRUE);
  wp_report_export_file_async (wp_dashboard_data_get_snapshot (self->data),
                               &self->export_options, file, self->export_cancellable,
                               on_export_progress, self, on_export_done, g_object_ref (self));
}

static void
on_export_chooser_response (WpDashboardView      *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  WpExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "format"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    start_export (self, file, format);
}

static GtkFileFilter *
create_format_filter (const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *name = g_ascii_strup (suffix, -1);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_suffix (filter, suffix);
  return filter;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WpDashboardView *self = WP_DASHBOARD_VIEW (widget);
  const char *suffix = g_variant_get_string (parameter, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  WpPlan *plan;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = create_format_filter (suffix);
  g_autofree char *name = NULL;
  WpExportFormat format;

  if (self->data == NULL || !wp_export_format_from_string (suffix, &format))
    return;
  plan = wp_plan_snapshot_get_plan (wp_dashboard_data_get_snapshot (self->data));
  /* TRANSLATORS: the suggested file name of an exported dashboard: the plan's title. */
  name = g_strdup_printf (C_("file name", "%s Dashboard.%s"), wp_plan_get_title (plan), suffix);

  /* Our reference, dropped once the user has answered. */
  chooser = gtk_file_chooser_native_new (_("Export Dashboard"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "format", GINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The widget */

/* A few rules of the page's own, once per display. */
static void
ensure_css (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_object_get_data (G_OBJECT (display), "wp-dashboard-css") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider,
                                       "/io/github/workplan/Workplan/wp-dashboard-view.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "wp-dashboard-css", g_object_ref (provider),
                          g_object_unref);
}

static void
wp_dashboard_view_map (GtkWidget *widget)
{
  WpDashboardView *self = WP_DASHBOARD_VIEW (widget);

  GTK_WIDGET_CLASS (wp_dashboard_view_parent_class)->map (widget);

  if (self->stale)
    rebuild (self);
}

static void
disconnect_store (WpDashboardView *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
}

static void
wp_dashboard_view_dispose (GObject *object)
{
  WpDashboardView *self = WP_DASHBOARD_VIEW (object);

  g_cancellable_cancel (self->export_cancellable);
  g_cancellable_cancel (self->build_cancellable);
  g_clear_object (&self->build_cancellable);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_DASHBOARD_VIEW);
  disconnect_store (self);
  g_clear_pointer (&self->data, wp_dashboard_data_unref);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_file);

  G_OBJECT_CLASS (wp_dashboard_view_parent_class)->dispose (object);
}

static void
bind_charts (GtkWidgetClass *widget_class)
{
  const char *names[] = {
    [WP_CHART_KIND_LIGHTS] = "lights_chart",
    [WP_CHART_KIND_COMPLETION] = "completion_chart",
    [WP_CHART_KIND_BARS] = "bars_chart",
    [WP_CHART_KIND_DEPARTMENTS] = "departments_chart",
    [WP_CHART_KIND_BULLETS] = "bullets_chart",
    [WP_CHART_KIND_BURNUP] = "burnup_chart",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_widget_class_bind_template_child_full (widget_class, names[i], FALSE,
                                               G_STRUCT_OFFSET (WpDashboardView, charts)
                                               + i * sizeof (WpChartView *));
}

static void
wp_dashboard_view_class_init (WpDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_dashboard_view_dispose;
  widget_class->map = wp_dashboard_view_map;

  signals[ACTIVATE_SECTION] =
    g_signal_new ("activate-section", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ACTIVATE_DEPARTMENT] =
    g_signal_new ("activate-department", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ACTIVATE_TASK] =
    g_signal_new ("activate-task", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "dashboard.export", "s", export_action);

  g_type_ensure (WP_TYPE_CHART_VIEW);
  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-dashboard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WpDashboardView, stack);
  gtk_widget_class_bind_template_child (widget_class, WpDashboardView, title_label);
  gtk_widget_class_bind_template_child (widget_class, WpDashboardView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, WpDashboardView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, WpDashboardView, as_of_button);
  gtk_widget_class_bind_template_child (widget_class, WpDashboardView, calendar);
  bind_charts (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_default_date_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* Shown while the first data of a plan is read. */
static void
add_loading_page (WpDashboardView *self)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *spinner = gtk_spinner_new ();

  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Reading the Plan…"));
  adw_status_page_set_child (ADW_STATUS_PAGE (page), spinner);
  gtk_stack_add_named (self->stack, page, "loading");
}

static void
wp_dashboard_view_init (WpDashboardView *self)
{
  self->thresholds = wp_light_thresholds_default ();
  g_date_clear (&self->as_of, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_css (gtk_widget_get_display (GTK_WIDGET (self)));

  add_loading_page (self);
  g_signal_connect_object (gtk_menu_button_get_popover (self->as_of_button), "show",
                           G_CALLBACK (on_as_of_popover_show), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->charts[WP_CHART_KIND_BARS], "item-activated",
                           G_CALLBACK (on_bars_item_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->charts[WP_CHART_KIND_DEPARTMENTS], "item-activated",
                           G_CALLBACK (on_departments_item_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->charts[WP_CHART_KIND_BULLETS], "item-activated",
                           G_CALLBACK (on_bullets_item_activated), self, G_CONNECT_SWAPPED);
  set_data (self, NULL);
}

GtkWidget *
wp_dashboard_view_new (void)
{
  return g_object_new (WP_TYPE_DASHBOARD_VIEW, NULL);
}

void
wp_dashboard_view_set_plan (WpDashboardView *self,
                            WpStore         *store,
                            gint64           plan_id)
{
  gboolean other_plan;

  g_return_if_fail (WP_IS_DASHBOARD_VIEW (self));
  g_return_if_fail (store == NULL || WP_IS_STORE (store));

  other_plan = store != self->store || plan_id != self->plan_id;
  if (store != self->store)
    {
      disconnect_store (self);
      if (store != NULL)
        {
          self->store = g_object_ref (store);
          g_signal_connect_object (store, "plans-changed", G_CALLBACK (queue_rebuild), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (store, "children-changed",
                                   G_CALLBACK (on_store_children_changed), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (store, "node-changed", G_CALLBACK (queue_rebuild), self,
                                   G_CONNECT_SWAPPED);
        }
    }
  if (plan_id != self->plan_id)
    {
      self->plan_id = plan_id;
      self->as_of_chosen = FALSE;
    }
  /* The charts of before stay while a plan is read again, but not another plan's. */
  if (other_plan)
    {
      self->generation++;
      self->unreadable = FALSE;
      set_data (self, NULL);
    }
  queue_rebuild (self);
}

void
wp_dashboard_view_set_as_of (WpDashboardView *self,
                             const GDate     *as_of)
{
  g_return_if_fail (WP_IS_DASHBOARD_VIEW (self));
  g_return_if_fail (as_of == NULL || g_date_valid (as_of));

  self->as_of_chosen = as_of != NULL;
  if (as_of != NULL)
    self->as_of = *as_of;
  queue_rebuild (self);
}

const GDate *
wp_dashboard_view_get_as_of (WpDashboardView *self)
{
  g_return_val_if_fail (WP_IS_DASHBOARD_VIEW (self), NULL);

  return &self->as_of;
}

void
wp_dashboard_view_set_thresholds (WpDashboardView         *self,
                                  const WpLightThresholds *thresholds)
{
  g_return_if_fail (WP_IS_DASHBOARD_VIEW (self));

  self->thresholds = thresholds != NULL ? *thresholds : wp_light_thresholds_default ();
  queue_rebuild (self);
}

WpDashboardData *
wp_dashboard_view_get_data (WpDashboardView *self)
{
  g_return_val_if_fail (WP_IS_DASHBOARD_VIEW (self), NULL);

  return self->data;
}

WpChartView *
wp_dashboard_view_get_chart (WpDashboardView *self,
                             WpChartKind      kind)
{
  g_return_val_if_fail (WP_IS_DASHBOARD_VIEW (self), NULL);
  g_return_val_if_fail (kind <= WP_CHART_KIND_BURNUP, NULL);

  return self->charts[kind];
}
