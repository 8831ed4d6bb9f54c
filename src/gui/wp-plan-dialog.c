/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-plan-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-plan-dialog.h"
#include "wp-resources.h"

struct _WpPlanDialog
{
  AdwWindow      parent_instance;

  AdwWindowTitle *window_title;
  GtkButton     *save_button;
  AdwEntryRow   *title_row;
  AdwEntryRow   *organization_row;
  GtkSpinButton *year_spin;
  AdwComboRow   *numbering_row;
  GtkLabel      *error_label;

  WpStore       *store;
  WpPlan        *plan;            /* the plan edited, or NULL for a new one */
  char          *suggested_title; /* the title offered for the year, while not edited */
};

G_DEFINE_FINAL_TYPE (WpPlanDialog, wp_plan_dialog, ADW_TYPE_WINDOW)

enum
{
  PLAN_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (WpPlanDialog *self,
            const char   *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
get_title (WpPlanDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
}

/* A plan needs a title: without one the row is marked and nothing can be saved. */
static void
on_title_row_changed (WpPlanDialog *self)
{
  g_autofree char *title = get_title (self);
  gboolean missing = *title == '\0';

  if (missing)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.save", !missing);
  show_error (self, NULL);
}

/* Offers "2020年工作要点" for 2020, and follows the year until the user writes a title. */
static void
on_year_spin_value_changed (WpPlanDialog *self)
{
  guint year = gtk_spin_button_get_value_as_int (self->year_spin);
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  if (self->suggested_title == NULL || !g_str_equal (title, self->suggested_title))
    return;
  g_free (self->suggested_title);
  /* TRANSLATORS: the title offered for a new plan; %u is its year */
  self->suggested_title = g_strdup_printf (_("Work Plan %u"), year);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), self->suggested_title);
}

static void
fill_fields (WpPlanDialog *self,
             WpPlan       *plan)
{
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), wp_plan_get_title (plan));
  gtk_editable_set_text (GTK_EDITABLE (self->organization_row), wp_plan_get_organization (plan));
  gtk_spin_button_set_value (self->year_spin, wp_plan_get_year (plan));
  adw_combo_row_set_selected (self->numbering_row, wp_plan_get_numbering (plan));
}

static gboolean
has_plan_of_year (GPtrArray *plans,
                  guint      year)
{
  for (guint i = 0; i < plans->len; i++)
    {
      if (wp_plan_get_year (g_ptr_array_index (plans, i)) == year)
        return TRUE;
    }
  return FALSE;
}

/* A new plan is for this year, or for the next one once this year has a plan; it is by
 * the same organisation, numbered alike, as the latest plan. */
static void
fill_new_plan_fields (WpPlanDialog *self)
{
  g_autoptr(GPtrArray) plans = wp_store_list_plans (self->store);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(WpPlan) plan = wp_plan_new ();
  guint year = g_date_time_get_year (now);
  const char *language = g_get_language_names ()[0];

  if (has_plan_of_year (plans, year))
    year++;
  wp_plan_set_year (plan, year);
  wp_plan_set_numbering (plan, g_str_has_prefix (language, "en") ? WP_NUMBERING_EN
                                                                 : WP_NUMBERING_ZH);
  if (plans->len > 0)
    {
      WpPlan *latest = g_ptr_array_index (plans, plans->len - 1);

      wp_plan_set_organization (plan, wp_plan_get_organization (latest));
      wp_plan_set_numbering (plan, wp_plan_get_numbering (latest));
    }
  self->suggested_title = g_strdup_printf (_("Work Plan %u"), year);
  wp_plan_set_title (plan, self->suggested_title);
  fill_fields (self, plan);
}

/* @plan's fields as the form shows them. A period set for another year would not fit the
 * new one: it is unset and follows the year. */
static void
read_fields (WpPlanDialog *self,
             WpPlan       *plan)
{
  g_autofree char *title = get_title (self);
  g_autofree char *organization = g_strstrip (g_strdup (gtk_editable_get_text (
    GTK_EDITABLE (self->organization_row))));
  guint year = gtk_spin_button_get_value_as_int (self->year_spin);

  if (year != wp_plan_get_year (plan))
    {
      wp_plan_set_period_start (plan, NULL);
      wp_plan_set_period_end (plan, NULL);
    }
  wp_plan_set_year (plan, year);
  wp_plan_set_title (plan, title);
  wp_plan_set_organization (plan, organization);
  wp_plan_set_numbering (plan, adw_combo_row_get_selected (self->numbering_row));
}

/* Two plans of one year and title could not be told apart in the plan list. */
static gboolean
check_unique (WpPlanDialog  *self,
              WpPlan        *plan,
              GError       **error)
{
  gint64 other = wp_store_find_plan (self->store, wp_plan_get_year (plan), wp_plan_get_title (plan));

  if (other == 0 || other == wp_plan_get_id (plan))
    return TRUE;
  g_set_error (error, WP_STORE_ERROR, WP_STORE_ERROR_INVALID,
               _("There is already a plan “%s” for %u. Choose another title."),
               wp_plan_get_title (plan), wp_plan_get_year (plan));
  return FALSE;
}

/* Writes the plan; its id, or 0 with @error set. */
static gint64
write_plan (WpPlanDialog  *self,
            WpPlan        *plan,
            GError       **error)
{
  if (!check_unique (self, plan, error))
    return 0;
  if (self->plan == NULL)
    return wp_store_create_plan (self->store, plan, error);
  if (!wp_store_update_plan (self->store, plan, error))
    return 0;
  return wp_plan_get_id (plan);
}

static void
save_plan (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  WpPlanDialog *self = WP_PLAN_DIALOG (widget);
  g_autoptr(WpPlan) plan = self->plan != NULL ? wp_plan_copy (self->plan) : wp_plan_new ();
  g_autoptr(GError) error = NULL;
  gint64 plan_id;

  read_fields (self, plan);
  plan_id = write_plan (self, plan, &error);
  if (plan_id == 0)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[PLAN_SAVED], 0, plan_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_activated (WpPlanDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.save", NULL);
}

static void
fill_dialog (WpPlanDialog *self)
{
  if (self->plan != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Plan"));
      adw_window_title_set_title (self->window_title, _("Edit Plan"));
      gtk_button_set_label (self->save_button, _("_Save"));
      fill_fields (self, self->plan);
    }
  else
    fill_new_plan_fields (self);
  show_error (self, NULL);
}

static void
wp_plan_dialog_dispose (GObject *object)
{
  WpPlanDialog *self = WP_PLAN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_PLAN_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (wp_plan_dialog_parent_class)->dispose (object);
}

static void
wp_plan_dialog_finalize (GObject *object)
{
  WpPlanDialog *self = WP_PLAN_DIALOG (object);

  g_free (self->suggested_title);

  G_OBJECT_CLASS (wp_plan_dialog_parent_class)->finalize (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpPlanDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, WpPlanDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, WpPlanDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, WpPlanDialog, organization_row);
  gtk_widget_class_bind_template_child (widget_class, WpPlanDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, WpPlanDialog, numbering_row);
  gtk_widget_class_bind_template_child (widget_class, WpPlanDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_title_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_year_spin_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
}

static void
wp_plan_dialog_class_init (WpPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_plan_dialog_dispose;
  object_class->finalize = wp_plan_dialog_finalize;

  signals[PLAN_SAVED] = g_signal_new ("plan-saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "plan.save", NULL, save_plan);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "plan.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "plan.save", NULL);
}

static void
wp_plan_dialog_init (WpPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

WpPlanDialog *
wp_plan_dialog_new (GtkWindow *parent,
                    WpStore   *store,
                    WpPlan    *plan)
{
  WpPlanDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WP_IS_STORE (store), NULL);
  g_return_val_if_fail (plan == NULL || WP_IS_PLAN (plan), NULL);

  self = g_object_new (WP_TYPE_PLAN_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->plan = plan != NULL ? g_object_ref (plan) : NULL;
  fill_dialog (self);
  return self;
}

WpPlanDialog *
wp_plan_dialog_present (GtkWindow *parent,
                        WpStore   *store,
                        WpPlan    *plan)
{
  WpPlanDialog *self = wp_plan_dialog_new (parent, store, plan);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
