/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WP_TYPE_DATE_ROW (wp_date_row_get_type ())
G_DECLARE_FINAL_TYPE (WpDateRow, wp_date_row, WP, DATE_ROW, AdwActionRow)

/* A row that shows a date and lets the user pick one from a calendar or clear it.
 * The "date" property (ISO "YYYY-MM-DD" or NULL) notifies on every change. */
GtkWidget  *wp_date_row_new         (void);
const char *wp_date_row_get_date    (WpDateRow  *self);
void        wp_date_row_set_date    (WpDateRow  *self,
                                     const char *iso_date);
GtkCalendar *wp_date_row_get_calendar (WpDateRow *self);

/* @iso_date as people read it in the current language ("30 June 2019", "2019年6月30日"),
 * or NULL when it is not a date. */
char       *wp_date_format          (const char *iso_date);
/* Today as "YYYY-MM-DD". */
char       *wp_date_today_iso       (void);

G_END_DECLS
