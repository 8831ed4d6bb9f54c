/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The paragraphs of @text as the outline parser reads them (a GPtrArray of strings):
 * white space trimmed, blank lines and Markdown heading marks gone, a number standing
 * alone ("三、") joined to the line after it, and items run into one paragraph
 * ("I. Party building 1. Activities… 2. Education…") split where their numbers
 * continue a sequence. */
GPtrArray *wp_outline_lines_split (const char *text);

G_END_DECLS
