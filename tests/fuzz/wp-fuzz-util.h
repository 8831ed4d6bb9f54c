/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "wp-outline.h"

G_BEGIN_DECLS

/* libFuzzer's entry points. wp-fuzz-util.c defines the first for every target: it makes
 * GLib's warnings and criticals abort, so that a misuse of an API (a failed
 * g_return_if_fail) is a crash with its input. */
int   LLVMFuzzerInitialize       (int           *argc,
                                  char        ***argv);
int   LLVMFuzzerTestOneInput     (const uint8_t *data,
                                  size_t         size);

/* Asserts that @text is NULL or valid UTF-8, as every string we hand to GTK must be. */
void  wp_fuzz_assert_utf8        (const char    *text);
/* Builds the plan @outline describes, checks that its counts agree with its tree and
 * that its strings are valid UTF-8, then frees it. */
void  wp_fuzz_check_build        (WpOutline     *outline);

G_END_DECLS
