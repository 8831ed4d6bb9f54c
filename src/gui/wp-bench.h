/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "wp-window.h"

G_BEGIN_DECLS

/* The probes of the benchmark (bench/run), off unless the environment asks for one:
 *
 *   WORKPLAN_BENCH=first-frame     the first frame that shows outline rows, then VmHWM
 *   WORKPLAN_BENCH=expand-all      collapse all, then time "outline.expand-all" (5 times)
 *   WORKPLAN_BENCH=filter-dept:ID  time filtering the outline by department ID (5 times)
 *   WORKPLAN_BENCH=dashboard       time opening the dashboard, then its redrawn and
 *                                  scrolled frames
 *
 * Each probe prints lines "WORKPLAN_BENCH <key> <value>" on stdout: the wall-clock time
 * of the first outline frame (first-frame-us, g_get_real_time(), for the caller to set
 * against the time it started the program), durations in milliseconds, and the peak
 * resident memory (vmhwm-kb) as the application quits, which it does by itself. */
void wp_bench_attach (WpWindow *window);

G_END_DECLS
