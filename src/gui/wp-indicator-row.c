/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-indicator-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wp-edit-tracker.h"
#include "wp-indicator-row.h"
#include "wp-resources.h"
#include "wp-rules.h"

typedef enum
{
  FIELD_NAME,
  FIELD_UNIT,
  FIELD_BASELINE,
  FIELD_TARGET,
  FIELD_ACTUAL,
  N_FIELDS
} Field;

/* How each field is read from and written to an indicator: as text, or as a number. */
static const struct
{
  const char *(*get_text)   (WpIndicator *indicator);
  void        (*set_text)   (WpIndicator *indicator,
                             const char  *text);
  double      (*get_number) (WpIndicator *indicator);
  void        (*set_number) (WpIndicator *indicator,
                             double       number);
} fields[N_FIELDS] = {
  [FIELD_NAME] = { wp_indicator_get_name, wp_indicator_set_name, NULL, NULL },
  [FIELD_UNIT] = { wp_indicator_get_unit, wp_indicator_set_unit, NULL, NULL },
  [FIELD_BASELINE] = { NULL, NULL, wp_indicator_get_baseline, wp_indicator_set_baseline },
  [FIELD_TARGET] = { NULL, NULL, wp_indicator_get_target, wp_indicator_set_target },
  [FIELD_ACTUAL] = { NULL, NULL, wp_indicator_get_actual, wp_indicator_set_actual },
};

struct _WpIndicatorRow
{
  AdwExpanderRow  parent_instance;

  GtkLabel       *rate_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *unit_row;
  AdwComboRow    *comparator_row;
  AdwEntryRow    *baseline_row;
  AdwEntryRow    *target_row;
  AdwEntryRow    *actual_row;

  AdwEntryRow    *entries[N_FIELDS];
  WpEditTracker  *tracker;
  WpIndicator    *indicator;   /* as stored */
};

G_DEFINE_FINAL_TYPE (WpIndicatorRow, wp_indicator_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  CHANGED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
wp_format_rate (double rate)
{
  if (isnan (rate))
    return g_strdup ("—");
  /* TRANSLATORS: an achievement rate, e.g. "108.3%". */
  return g_strdup_printf (_("%.1f%%"), 100.0 * rate);
}

/* An empty field is "not set" (NAN); FALSE when the text is not a number. */
static gboolean
parse_number (const char *text,
              double     *number)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*clean == '\0')
    {
      *number = NAN;
      return TRUE;
    }
  *number = g_ascii_strtod (clean, &end);
  return end != clean && *end == '\0' && isfinite (*number);
}

static char *
field_text (WpIndicator *indicator,
            Field        field)
{
  if (fields[field].get_text != NULL)
    return g_strdup (fields[field].get_text (indicator));
  return wp_format_number (fields[field].get_number (indicator));
}

/* Writes the typed text of @field into @indicator; FALSE (and the field marked as
 * wrong) when it is not a number where one is needed. */
static gboolean
apply_field (WpIndicatorRow *self,
             WpIndicator    *indicator,
             Field           field)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[field]));
  double number;

  if (fields[field].set_text != NULL)
    {
      fields[field].set_text (indicator, text);
      return TRUE;
    }
  if (!parse_number (text, &number))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entries[field]), "error");
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->entries[field]), "error");
  fields[field].set_number (indicator, number);
  return TRUE;
}

/* The number typed in @field, NAN when there is none. */
static double
typed_number (WpIndicatorRow *self,
              Field           field)
{
  double number;

  if (!parse_number (gtk_editable_get_text (GTK_EDITABLE (self->entries[field])), &number))
    return NAN;
  return number;
}

static WpComparator
selected_comparator (WpIndicatorRow *self)
{
  return (WpComparator) adw_combo_row_get_selected (self->comparator_row);
}

static void
update_rate (WpIndicatorRow *self)
{
  double rate = wp_rules_indicator_rate (selected_comparator (self),
                                         typed_number (self, FIELD_TARGET),
                                         typed_number (self, FIELD_ACTUAL));
  g_autofree char *text = wp_format_rate (rate);

  gtk_label_set_label (self->rate_label, text);
}

/* "12所" but "12 schools": units in Latin letters are spaced. */
static char *
format_amount (const char *number,
               const char *unit)
{
  if (*number == '\0')
    return g_strdup ("—");
  if (g_ascii_isalpha (*unit))
    return g_strdup_printf ("%s %s", number, unit);
  return g_strdup_printf ("%s%s", number, unit);
}

/* The header reads "Name" over "≥ 12所 → 13所", from what is typed. */
static void
update_header (WpIndicatorRow *self)
{
  static const char * const signs[] = { "≥", "≤", "=", "=", "" };
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *unit = gtk_editable_get_text (GTK_EDITABLE (self->unit_row));
  WpComparator comparator = selected_comparator (self);
  const char *target = comparator == WP_COMPARATOR_ZERO ? "0"
                       : gtk_editable_get_text (GTK_EDITABLE (self->target_row));
  g_autofree char *target_text = format_amount (target, unit);
  g_autofree char *actual_text =
    format_amount (gtk_editable_get_text (GTK_EDITABLE (self->actual_row)), unit);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 *name != '\0' ? name : _("Unnamed indicator"));
  if (comparator == WP_COMPARATOR_MILESTONE)
    subtitle = g_strdup (_("Milestone: an actual other than 0 means done"));
  else
    subtitle = g_strdup_printf ("%s %s → %s", signs[comparator], target_text, actual_text);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
update_display (WpIndicatorRow *self)
{
  update_rate (self);
  update_header (self);
}

void
wp_indicator_row_commit (WpIndicatorRow *self)
{
  g_autoptr(WpIndicator) edited = NULL;
  guint dirty;

  g_return_if_fail (WP_IS_INDICATOR_ROW (self));

  edited = wp_indicator_copy (self->indicator);
  dirty = wp_edit_tracker_take_dirty (self->tracker);
  for (Field field = 0; field < N_FIELDS; field++)
    {
      if ((dirty & (1u << field)) != 0 && !apply_field (self, edited, field))
        dirty &= ~(1u << field);
    }
  wp_indicator_set_comparator (edited, selected_comparator (self));
  if (dirty != 0 || wp_indicator_get_comparator (edited) !=
                    wp_indicator_get_comparator (self->indicator))
    g_signal_emit (self, signals[CHANGED], 0, edited);
}

static void
on_comparator_row_selected (WpIndicatorRow *self)
{
  update_display (self);
  if (self->indicator != NULL &&
      selected_comparator (self) != wp_indicator_get_comparator (self->indicator))
    wp_indicator_row_commit (self);
}

static void
on_remove_button_clicked (WpIndicatorRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

WpIndicator *
wp_indicator_row_get_indicator (WpIndicatorRow *self)
{
  g_return_val_if_fail (WP_IS_INDICATOR_ROW (self), NULL);

  return self->indicator;
}

void
wp_indicator_row_set_indicator (WpIndicatorRow *self,
                                WpIndicator    *indicator)
{
  g_return_if_fail (WP_IS_INDICATOR_ROW (self));
  g_return_if_fail (WP_IS_INDICATOR (indicator));

  g_clear_object (&self->indicator);
  self->indicator = wp_indicator_copy (indicator);

  wp_edit_tracker_hold (self->tracker);
  for (Field field = 0; field < N_FIELDS; field++)
    {
      g_autofree char *text = field_text (indicator, field);

      if (wp_edit_tracker_is_dirty (self->tracker, field) ||
          g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self->entries[field]))) == 0)
        continue;
      gtk_editable_set_text (GTK_EDITABLE (self->entries[field]), text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->entries[field]), "error");
    }
  adw_combo_row_set_selected (self->comparator_row, wp_indicator_get_comparator (indicator));
  wp_edit_tracker_release (self->tracker);
  update_display (self);
}

void
wp_indicator_row_edit (WpIndicatorRow *self)
{
  g_return_if_fail (WP_IS_INDICATOR_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

const char *
wp_indicator_row_get_rate_text (WpIndicatorRow *self)
{
  g_return_val_if_fail (WP_IS_INDICATOR_ROW (self), NULL);

  return gtk_label_get_label (self->rate_label);
}

static void
wp_indicator_row_dispose (GObject *object)
{
  WpIndicatorRow *self = WP_INDICATOR_ROW (object);

  g_clear_object (&self->tracker);
  gtk_widget_dispose_template (GTK_WIDGET (self), WP_TYPE_INDICATOR_ROW);
  g_clear_object (&self->indicator);

  G_OBJECT_CLASS (wp_indicator_row_parent_class)->dispose (object);
}

static void
wp_indicator_row_class_init (WpIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_indicator_row_dispose;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, WP_TYPE_INDICATOR);
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  wp_resources_register ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/workplan/Workplan/wp-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WpIndicatorRow, rate_label);
  gtk_widget_class_bind_template_child (widget_class, WpIndicatorRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, WpIndicatorRow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, WpIndicatorRow, comparator_row);
  gtk_widget_class_bind_template_child (widget_class, WpIndicatorRow, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, WpIndicatorRow, target_row);
  gtk_widget_class_bind_template_child (widget_class, WpIndicatorRow, actual_row);
  gtk_widget_class_bind_template_callback (widget_class, on_comparator_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_button_clicked);
}

static void
wp_indicator_row_init (WpIndicatorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries[FIELD_NAME] = self->name_row;
  self->entries[FIELD_UNIT] = self->unit_row;
  self->entries[FIELD_BASELINE] = self->baseline_row;
  self->entries[FIELD_TARGET] = self->target_row;
  self->entries[FIELD_ACTUAL] = self->actual_row;

  self->tracker = wp_edit_tracker_new ();
  for (Field field = 0; field < N_FIELDS; field++)
    wp_edit_tracker_add_entry_row (self->tracker, self->entries[field], field);
  g_signal_connect_object (self->tracker, "changed", G_CALLBACK (update_display), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tracker, "commit", G_CALLBACK (wp_indicator_row_commit), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
wp_indicator_row_new (WpIndicator *indicator)
{
  WpIndicatorRow *self;

  g_return_val_if_fail (WP_IS_INDICATOR (indicator), NULL);

  self = g_object_new (WP_TYPE_INDICATOR_ROW, NULL);
  wp_indicator_row_set_indicator (self, indicator);
  return GTK_WIDGET (self);
}
