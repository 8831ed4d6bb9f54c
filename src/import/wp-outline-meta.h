/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a plan says about itself outside its outline: the title, organisation and date
 * lines at its head and in its signature, and the web debris around a copied text. */
typedef struct
{
  char  *title;
  char  *organization;
  guint  year;
  /* Which kind of line each field came from, so that a better one can replace it. */
  guint  title_rank;
  guint  organization_rank;
  guint  year_rank;
} WpOutlineMeta;

/* Breadcrumbs ("Work plan > Office unit work plan", "Current location - …"), source
 * and copyright notes, links, "上一篇", "recommended article", upload dates … */
gboolean  wp_outline_meta_is_debris      (const char    *line);
/* A short line naming the plan ("教育局2019年工作计划"), its organisation or its date. */
gboolean  wp_outline_meta_is_heading     (const char    *line);
/* An organisation or a date on a line of its own, as a plan is signed. */
gboolean  wp_outline_meta_is_signature   (const char    *line);

/* Learn from a heading line, a title in 《》 standing alone anywhere, a signature
 * line, or a preamble paragraph ("2019年是…": the year only). Earlier, better
 * sources win. */
void      wp_outline_meta_take_heading   (WpOutlineMeta *meta,
                                          const char    *line);
void      wp_outline_meta_take_book_title (WpOutlineMeta *meta,
                                           const char    *line);
void      wp_outline_meta_take_signature (WpOutlineMeta *meta,
                                          const char    *line);
void      wp_outline_meta_take_preamble  (WpOutlineMeta *meta,
                                          const char    *line);
void      wp_outline_meta_clear          (WpOutlineMeta *meta);

G_END_DECLS
