/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @value as Word shows it in @format, a w:numFmt value: "decimal" 3,
 * "chineseCounting" 三, "decimalEnclosedCircle" ③, "upperRoman" III, "lowerLetter" c,
 * "ideographTraditional" 丙 and the others Chinese and English plans use. Unknown
 * formats, and values a format cannot show, are written in decimal. */
void wp_docx_append_number (GString    *out,
                            const char *format,
                            int         value);

G_END_DECLS
