/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-types.h"

G_BEGIN_DECLS

#define WP_TYPE_PROGRESS_ENTRY (wp_progress_entry_get_type ())
G_DECLARE_FINAL_TYPE (WpProgressEntry, wp_progress_entry, WP, PROGRESS_ENTRY, GObject)

WpProgressEntry *wp_progress_entry_new               (void);
WpProgressEntry *wp_progress_entry_copy              (WpProgressEntry *self);
gint64           wp_progress_entry_get_id            (WpProgressEntry *self);
void             wp_progress_entry_set_id            (WpProgressEntry *self,
                                                      gint64           id);
gint64           wp_progress_entry_get_node_id       (WpProgressEntry *self);
void             wp_progress_entry_set_node_id       (WpProgressEntry *self,
                                                      gint64           node_id);
const char      *wp_progress_entry_get_date          (WpProgressEntry *self);
void             wp_progress_entry_set_date          (WpProgressEntry *self,
                                                      const char      *iso_date);
double           wp_progress_entry_get_progress      (WpProgressEntry *self);
void             wp_progress_entry_set_progress      (WpProgressEntry *self,
                                                      double           progress);
const char      *wp_progress_entry_get_note          (WpProgressEntry *self);
void             wp_progress_entry_set_note          (WpProgressEntry *self,
                                                      const char      *note);
/* 0 when the entry names no department. */
gint64           wp_progress_entry_get_department_id (WpProgressEntry *self);
void             wp_progress_entry_set_department_id (WpProgressEntry *self,
                                                      gint64           department_id);

G_END_DECLS
