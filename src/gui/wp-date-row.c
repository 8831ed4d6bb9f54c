/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-date-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-date-row.h"
#include "wp-resources.h"
#include "wp-types.h"

struct _WpDateRow
{
  AdwActionRow  parent_instance;

  GtkButton    *clear_button;
  GtkPopover   *popover;
  GtkCalendar  *calendar;

  char         *date;
  /* Set while the calendar is moved to the row's date, which selects a day too. */
  gboolean      showing_date;
};

G_DEFINE_FINAL_TYPE (WpDateRow, wp_date_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
date_time_from_iso (const char *iso_date)
{
  GDate date;

  if (iso_date == NULL || !wp_date_parse (iso_date, &date))
    return NULL;
  return g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);
}

char *
wp_date_format (const char *iso_date)
{
  g_autoptr(GDateTime) date_time = date_time_from_iso (iso_date);

  if (date_time == NULL)
    return NULL;
  /* TRANSLATORS: how a date reads in a form; a g_date_time_format() format.
   * Chinese: "%Y年%-m月%-d日". */
  return g_date_time_format (date_time, _("%-d %B %Y"));
}

char *
wp_date_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
update_subtitle (WpDateRow *self)
{
  g_autofree char *text = wp_date_format (self->date);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text != NULL ? text : _("Not set"));
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), self->date != NULL);
}

static void
on_clear_button_clicked (WpDateRow *self)
{
  wp_date_row_set_date (self, NULL);
}

/* The calendar opens on the row's date, or on today when there is none. */
static void
on_popover_show (WpDateRow *self)
{
  g_autoptr(GDateTime) date_time = date_time_from_iso (self->date);

  if (date_time == NULL)
    date_time = g_date_time_new_now_local ();
  self->showing_date = TRUE;
  gtk_calendar_select_day (self->calendar, date_time);
  self->showing_date = FALSE;
}

static void
take_calendar_date (WpDateRow *self)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso_date = g_date_time_format (date_time, "%Y-%m-%d");

  wp_date_row_set_date (self, iso_date);
  gtk_popover_popdown (self->popover);
}

static void
on_calendar_day_selected (WpDateRow *self)
{
  if (!self->showing_date)
    take_calendar_date (self);
}

/* GtkCalendar reports a day only when the day of the month changes: a click on the
 * 1st after moving from May 1 to April, or on the day already selected, is a pick too. */
static void
on_calendar_released (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      WpDateRow       *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number"))
    take_calendar_date (self);
}

const char *
wp_date_row_get_date (WpDateRow *self)
{
  g_return_val_if_fail (WP_IS_DATE_ROW (self), NULL);

  return self->date;
}

void
wp_date_row_set_date (WpDateRow  *self,
                      const char *iso_date)
{
  g_return_if_fail (WP_IS_DATE_ROW (self));

  if (!wp_set_str (&self->date, iso_date))
    return;
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

GtkCalendar *
wp_date_row_get_calendar (WpDateRow *self)
{
  g_return_val_if_fail (WP_IS_DATE_ROW (self), NULL);

  return self->calendar;
}

static void
wp_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WpDateRow *self = WP_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WpDateRow *self = WP_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      wp_date_row_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), WP_TYPE_DATE_ROW);

  G_OBJECT_CLASS (wp_date_row_parent_class)->dispose (object);
}

static void
wp_date_row_finalize (GObject *object)
{
  WpDateRow *self = WP_DATE_ROW (object);

  g_free (self->date);

  G_OBJECT_CLASS (wp_date_row_parent_class)->finalize (object);
}

static void
wp_date_row_class_init (WpDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = wp_date_row_get_property;
  object_class->set_property = wp_date_row_set_property;
  object_class->dispose = wp_date_row_dispose;
  object_class->finalize = wp_date_row_finalize;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpDateRow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, WpDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, WpDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected);
}

static void
wp_date_row_init (WpDateRow *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "released", G_CALLBACK (on_calendar_released), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));
  update_subtitle (self);
}

GtkWidget *
wp_date_row_new (void)
{
  return g_object_new (WP_TYPE_DATE_ROW, NULL);
}
