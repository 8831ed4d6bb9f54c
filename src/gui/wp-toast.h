/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast that shows @text as it is. libadwaita 1.2 reads a toast's title as Pango
 * markup, so a plan title, a department or a file name with "&" or "<" in it would
 * otherwise show garbled or not at all. Every toast of ours goes through here. */
AdwToast *wp_toast_new_literal (const char *text);

G_END_DECLS
