/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart-view"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "wp-chart-view.h"
#include "wp-charts.h"

struct _WpChartView
{
  GtkWidget        parent_instance;

  WpChartKind      kind;
  WpDashboardData *data;
  GdkFrameClock   *frame_clock;     /* while mapped: each layout checks what is on screen */
  gulong           layout_id;
  double           drawn_top;       /* the band of the widget drawn last */
  double           drawn_bottom;
};

G_DEFINE_FINAL_TYPE (WpChartView, wp_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_KIND,
  N_PROPS
};

enum
{
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Sizes of the charts without rows, in lines of body text. */
#define LIGHTS_LINES     4.0
#define COMPLETION_LINES 11.0
#define BURNUP_LINES     16.0

/* Lights, ring and burn-up describe the plan as a whole; rows lead to a part of it. */
static gboolean
is_activatable (WpChartView *self)
{
  return wp_dashboard_chart_has_rows (self->kind);
}

/* The font's size in pixels: GTK gives it in points at the screen's resolution, which
 * the text scale (gtk-xft-dpi) changes. */
static double
get_font_pixels (PangoContext               *context,
                 const PangoFontDescription *font)
{
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  double dpi = pango_cairo_context_get_resolution (context);

  if (!pango_font_description_get_size_is_absolute (font))
    size *= (dpi > 0 ? dpi : 96.0) / 72.0;
  return size > 0 ? size : 14.0;
}

/* The charts knock shapes out in the background colour (the gaps of the ring): that of
 * the card they sit on, which libadwaita gives as a translucent colour over the window's. */
static void
match_background (WpChartView  *self,
                  WpChartStyle *style)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA window, card;

  if (!gtk_style_context_lookup_color (context, "window_bg_color", &window)
      || !gtk_style_context_lookup_color (context, "card_bg_color", &card))
    return;
  G_GNUC_END_IGNORE_DEPRECATIONS
  style->background.red = card.red * card.alpha + window.red * (1 - card.alpha);
  style->background.green = card.green * card.alpha + window.green * (1 - card.alpha);
  style->background.blue = card.blue * card.alpha + window.blue * (1 - card.alpha);
  style->background.alpha = 1;
}

void
wp_chart_view_get_style (WpChartView  *self,
                         WpChartStyle *style)
{
  PangoContext *context;
  const PangoFontDescription *font;
  const char *family;
  double size;

  g_return_if_fail (WP_IS_CHART_VIEW (self));
  g_return_if_fail (style != NULL);

  context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  font = pango_context_get_font_description (context);
  family = font != NULL ? pango_font_description_get_family (font) : NULL;
  size = font != NULL ? get_font_pixels (context, font) : 14.0;
  if (family == NULL)
    family = "Sans";
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    wp_chart_style_init_dark (style, family, size);
  else
    wp_chart_style_init_light (style, family, size);
  match_background (self, style);
}

static double
get_natural_height (WpChartView        *self,
                    const WpChartStyle *style)
{
  switch (self->kind)
    {
    case WP_CHART_KIND_LIGHTS:
      return LIGHTS_LINES * style->font_size;
    case WP_CHART_KIND_COMPLETION:
      return COMPLETION_LINES * style->font_size;
    case WP_CHART_KIND_BURNUP:
      return BURNUP_LINES * style->font_size;
    case WP_CHART_KIND_BARS:
    case WP_CHART_KIND_DEPARTMENTS:
    case WP_CHART_KIND_BULLETS:
    default:
      return wp_dashboard_chart_height (self->data, style, self->kind, G_MAXUINT);
    }
}

static void
get_rect (WpChartView *self,
          WpChartRect *rect)
{
  rect->x = 0;
  rect->y = 0;
  rect->width = gtk_widget_get_width (GTK_WIDGET (self));
  rect->height = gtk_widget_get_height (GTK_WIDGET (self));
}

int
wp_chart_view_item_at (WpChartView *self,
                       double       x,
                       double       y)
{
  WpChartStyle style;
  WpChartRect rect;
  int item;

  g_return_val_if_fail (WP_IS_CHART_VIEW (self), -1);

  if (self->data == NULL)
    return -1;
  get_rect (self, &rect);
  wp_chart_view_get_style (self, &style);
  item = wp_dashboard_chart_item_at (&rect, &style, self->data, self->kind, x, y);
  wp_chart_style_clear (&style);
  return item;
}

int
wp_chart_view_activate_at (WpChartView *self,
                           double       x,
                           double       y)
{
  int item;

  g_return_val_if_fail (WP_IS_CHART_VIEW (self), -1);

  item = wp_chart_view_item_at (self, x, y);
  if (item >= 0)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
  return item;
}

/* Tooltips */

/* "13 所", or "not reported" for NAN. */
static char *
format_value (double      value,
              const char *unit)
{
  if (isnan (value))
    return g_strdup (_("not reported"));
  return g_strdup_printf ("%g%s%s", value, *unit != '\0' ? " " : "", unit);
}

static char *
format_count (const char *name,
              guint       n)
{
  /* TRANSLATORS: a part of a chart and how many tasks it stands for, "Done: 5 tasks". */
  return g_strdup_printf (ngettext ("%s: %u task", "%s: %u tasks", n), name, n);
}

static char *
describe_completion (const WpChartCompletion *data,
                     int                      item)
{
  const char *names[] = { _("Done"), _("In progress"), _("Not started"), _("Late") };
  guint counts[] = { data->done, data->in_progress, data->not_started, data->late };

  return format_count (names[item], counts[item]);
}

static char *
describe_lights (const WpChartLights *data,
                 int                  item)
{
  const char *names[] = { _("On track"), _("At risk"), _("Late") };
  guint counts[] = { data->green, data->yellow, data->red };

  return format_count (names[item], counts[item]);
}

static char *
describe_bar (const WpChartBar *bar)
{
  /* TRANSLATORS: the tooltip of a section's bar: its name, progress and task counts. */
  return g_strdup_printf (ngettext ("%s\n%.0f%% complete · %u of %u task done · %u late",
                                    "%s\n%.0f%% complete · %u of %u tasks done · %u late",
                                    bar->tasks),
                          bar->label, bar->progress, bar->done, bar->tasks, bar->late);
}

static char *
describe_department (const WpChartDepartment *row)
{
  /* TRANSLATORS: the tooltip of a department's row in the dashboard. */
  return g_strdup_printf (ngettext ("%s\nLeads %u task: %u done, %u late · mean progress %.0f%%",
                                    "%s\nLeads %u tasks: %u done, %u late · mean progress %.0f%%",
                                    row->led),
                          row->name, row->led, row->done, row->late, row->mean_progress);
}

static char *
describe_bullet (const WpChartBullet *bullet)
{
  g_autofree char *target = format_value (bullet->target, bullet->unit);
  g_autofree char *actual = format_value (bullet->actual, bullet->unit);
  g_autofree char *rate = NULL;

  rate = isnan (bullet->rate) ? g_strdup ("—") : g_strdup_printf ("%.1f%%", bullet->rate * 100);
  /* TRANSLATORS: an indicator's tooltip: its name, target, actual value and rate. */
  return g_strdup_printf (_("%s\nTarget %s, actual %s · %s"), bullet->label, target, actual,
                          rate);
}

static char *
describe_month (const WpChartBurnup *data,
                int                  item)
{
  guint month0 = data->first_month - 1 + (guint) item;
  g_autoptr(GDateTime) date = g_date_time_new_local (data->first_year + month0 / 12,
                                                     month0 % 12 + 1, 1, 0, 0, 0);
  /* TRANSLATORS: a month in the burn-up's tooltip, in GDateTime format: "March 2019". */
  g_autofree char *month = g_date_time_format (date, _("%B %Y"));

  if (isnan (data->actual[item]))
    return g_strdup_printf (_("%s\nExpected %.0f%%"), month, data->expected[item]);
  return g_strdup_printf (_("%s\nActual %.0f%% · expected %.0f%%"), month, data->actual[item],
                          data->expected[item]);
}

static char *
describe_item (WpChartView *self,
               int          item)
{
  guint n = 0;

  switch (self->kind)
    {
    case WP_CHART_KIND_LIGHTS:
      return describe_lights (wp_dashboard_data_get_lights (self->data), item);
    case WP_CHART_KIND_COMPLETION:
      return describe_completion (wp_dashboard_data_get_completion (self->data), item);
    case WP_CHART_KIND_BURNUP:
      return describe_month (wp_dashboard_data_get_burnup (self->data), item);
    case WP_CHART_KIND_BARS:
      return describe_bar (&wp_dashboard_data_get_bars (self->data, &n)[item]);
    case WP_CHART_KIND_DEPARTMENTS:
      return describe_department (&wp_dashboard_data_get_departments (self->data, &n)[item]);
    case WP_CHART_KIND_BULLETS:
      return describe_bullet (&wp_dashboard_data_get_bullets (self->data, &n)[item]);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
on_query_tooltip (WpChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard_mode,
                  GtkTooltip  *tooltip)
{
  int item = wp_chart_view_item_at (self, x, y);
  g_autofree char *text = NULL;
  g_autofree char *full = NULL;

  if (item < 0)
    return FALSE;
  text = describe_item (self, item);
  if (is_activatable (self))
    full = g_strdup_printf ("%s\n%s", text, _("Click to show it in the outline"));
  gtk_tooltip_set_text (tooltip, full != NULL ? full : text);
  return TRUE;
}

/* Events */

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   WpChartView     *self)
{
  if (n_press == 1 && is_activatable (self) && wp_chart_view_activate_at (self, x, y) >= 0)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* A hand over the items that a click opens, so that the user finds out they can. */
static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WpChartView              *self)
{
  gboolean over = is_activatable (self) && wp_chart_view_item_at (self, x, y) >= 0;

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), over ? "pointer" : NULL);
}

static void
on_style_manager_dark_changed (WpChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drawing */

/* The content of the scrolled window the chart is in (what its vertical adjustment
 * moves), or NULL outside one. */
static GtkWidget *
get_scrolled_content (WpChartView    *self,
                      GtkAdjustment **adjustment)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child;

  if (scroller == NULL)
    return NULL;
  child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  if (!GTK_IS_VIEWPORT (child))
    return NULL;
  *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  return gtk_viewport_get_child (GTK_VIEWPORT (child));
}

/* What of the widget is on screen, from @top to @bottom in its coordinates (empty when it
 * is scrolled out of sight), and the height of the screen: the scrolled window's page.
 * FALSE outside a scrolled window. */
static gboolean
get_on_screen (WpChartView *self,
               double      *top,
               double      *bottom,
               double      *page)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  GtkAdjustment *adjustment = NULL;
  GtkWidget *content = get_scrolled_content (self, &adjustment);
  graphene_point_t origin;
  double start;

  if (content == NULL
      || !gtk_widget_compute_point (GTK_WIDGET (self), content, &GRAPHENE_POINT_INIT (0, 0),
                                    &origin))
    return FALSE;
  *page = gtk_adjustment_get_page_size (adjustment);
  start = gtk_adjustment_get_value (adjustment) - origin.y;
  *top = CLAMP (start, 0, height);
  *bottom = CLAMP (start + *page, *top, height);
  return TRUE;
}

/* The band of the widget worth drawing: what is on screen and a screenful above and below
 * it, so that scrolling a little shows rows drawn already; the whole widget outside a
 * scrolled window. The indicators chart is as tall as its 20,000 rows: drawing it whole
 * took half a second a frame. */
static void
get_band (WpChartView *self,
          double      *top,
          double      *bottom)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double page;

  if (!get_on_screen (self, top, bottom, &page))
    {
      *top = 0;
      *bottom = height;
      return;
    }
  if (*bottom <= *top)
    return;
  *top = floor (MAX (*top - page, 0));
  *bottom = ceil (MIN (*bottom + page, height));
}

/* After each layout (a scroll moves the content in it): the chart draws again once what
 * is on screen leaves the band it drew last. */
static void
on_frame_clock_layout (GdkFrameClock *clock,
                       WpChartView   *self)
{
  double top, bottom, page;

  if (get_on_screen (self, &top, &bottom, &page) && top < bottom
      && (top < self->drawn_top || bottom > self->drawn_bottom))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  WpChartView *self = WP_CHART_VIEW (widget);
  WpChartStyle style;
  WpChartRect rect;
  double top, bottom;
  cairo_t *cr;

  get_rect (self, &rect);
  get_band (self, &top, &bottom);
  self->drawn_top = top;
  self->drawn_bottom = bottom;
  if (rect.width <= 0 || bottom <= top)
    return;

  wp_chart_view_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, top, rect.width, bottom - top));
  /* The row charts draw only the rows that meet the clip. */
  cairo_rectangle (cr, 0, top, rect.width, bottom - top);
  cairo_clip (cr);
  wp_dashboard_chart_draw (cr, &rect, &style, self->data, self->kind);
  cairo_destroy (cr);
  wp_chart_style_clear (&style);
}

static void
wp_chart_view_map (GtkWidget *widget)
{
  WpChartView *self = WP_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (wp_chart_view_parent_class)->map (widget);

  /* After GTK's own handler, which allocates the widgets. */
  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->layout_id = g_signal_connect_after (self->frame_clock, "layout",
                                            G_CALLBACK (on_frame_clock_layout), self);
}

static void
wp_chart_view_unmap (GtkWidget *widget)
{
  WpChartView *self = WP_CHART_VIEW (widget);

  g_clear_signal_handler (&self->layout_id, self->frame_clock);
  g_clear_object (&self->frame_clock);

  GTK_WIDGET_CLASS (wp_chart_view_parent_class)->unmap (widget);
}

static void
wp_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  WpChartView *self = WP_CHART_VIEW (widget);
  WpChartStyle style;

  wp_chart_view_get_style (self, &style);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Room for a label and a bar side by side, scaled with the text. */
      *minimum = (int) ceil (16 * style.font_size);
      *natural = (int) ceil (28 * style.font_size);
    }
  else
    {
      *minimum = *natural = (int) ceil (get_natural_height (self, &style));
    }
  wp_chart_style_clear (&style);
}

/* The text scale and the font arrive here (GtkSettings' gtk-xft-dpi and gtk-font-name):
 * the rows' heights follow the font, so the size changes too. */
static void
wp_chart_view_system_setting_changed (GtkWidget        *widget,
                                      GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (wp_chart_view_parent_class)->system_setting_changed (widget, setting);

  if (setting == GTK_SYSTEM_SETTING_DPI || setting == GTK_SYSTEM_SETTING_FONT_NAME
      || setting == GTK_SYSTEM_SETTING_FONT_CONFIG)
    gtk_widget_queue_resize (widget);
}

static void
wp_chart_view_dispose (GObject *object)
{
  WpChartView *self = WP_CHART_VIEW (object);

  g_clear_pointer (&self->data, wp_dashboard_data_unref);

  G_OBJECT_CLASS (wp_chart_view_parent_class)->dispose (object);
}

static void
wp_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WpChartView *self = WP_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WpChartView *self = WP_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_chart_view_class_init (WpChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_chart_view_dispose;
  object_class->get_property = wp_chart_view_get_property;
  object_class->set_property = wp_chart_view_set_property;
  widget_class->snapshot = wp_chart_view_snapshot;
  widget_class->map = wp_chart_view_map;
  widget_class->unmap = wp_chart_view_unmap;
  widget_class->measure = wp_chart_view_measure;
  widget_class->system_setting_changed = wp_chart_view_system_setting_changed;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, WP_CHART_KIND_LIGHTS, WP_CHART_KIND_BURNUP,
                      WP_CHART_KIND_LIGHTS,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wp_chart_view_init (WpChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_dark_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
wp_chart_view_new (WpChartKind kind)
{
  return g_object_new (WP_TYPE_CHART_VIEW, "kind", (int) kind, NULL);
}

WpChartKind
wp_chart_view_get_kind (WpChartView *self)
{
  g_return_val_if_fail (WP_IS_CHART_VIEW (self), WP_CHART_KIND_LIGHTS);

  return self->kind;
}

void
wp_chart_view_set_data (WpChartView     *self,
                        WpDashboardData *data)
{
  g_return_if_fail (WP_IS_CHART_VIEW (self));

  if (self->data == data)
    return;
  g_clear_pointer (&self->data, wp_dashboard_data_unref);
  if (data != NULL)
    self->data = wp_dashboard_data_ref (data);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

WpDashboardData *
wp_chart_view_get_data (WpChartView *self)
{
  g_return_val_if_fail (WP_IS_CHART_VIEW (self), NULL);

  return self->data;
}
