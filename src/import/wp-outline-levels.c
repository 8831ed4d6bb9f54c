/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-outline-levels"

#include "config.h"

#include <string.h>

#include "wp-outline-levels.h"

/* The parser keeps the likeliest readings of the numbers seen so far (a beam search):
 * each reading is a stack of open levels with their last values, and each number either
 * continues an open level, opens a level below the last item, or is read as text. Every
 * choice that a writer would rarely make costs points; the reading with the fewest
 * points at the end wins. This lets later lines decide, e.g. that a short "6. …"
 * followed by "1. …" continues the top level and not the list above it. */

#define MAX_DEPTH  8
#define BEAM_WIDTH 16

enum
{
  COST_STYLE_CHANGE = 2,      /* "Second," after "1.": values run on, the look changes */
  COST_HAN_STYLE_CHANGE = 6,  /* 三、 after 2、: Chinese styles mark levels, and rarely mix */
  COST_GAP = 4,               /* per value skipped: 3. after 1. */
  COST_MAX_GAPS = 5,
  COST_REPEAT = 6,            /* the same value again, or 1 again at the same level */
  COST_BACKWARDS = 12,
  COST_OFF_STYLE = 20,        /* a jump in values in a style the level never used */
  COST_RESUME = 1,            /* 3、 under （二） continuing 1、2、 under （一） */
  COST_OPEN_LATE = 8,         /* a new level starting at 二、: its first item is missing */
  COST_BESIDE = 1,            /* such a number beside the list above rather than below it */
  COST_SKIP_LEVEL = 2,        /* per level closed beyond the deepest by such a number */
  COST_NEST_HEADING = 3,      /* 1. below 2. when 2. is a short heading */
  COST_NEST_TEXT = 9,         /* 1. below 2. when 2. is a paragraph of work */
  COST_SHAPE = 3,             /* a heading among paragraphs, or the other way round */
  COST_SHAPE_MIN_PARAGRAPHS = 2,
  COST_SHAPE_MIN_HEADINGS = 3,
  COST_LONE = 3,              /* a list of one item */
  COST_LONE_WEAK = 8,         /* "First, …" that no "Second, …" follows */
  COST_WEAK_TEXT = 4,         /* numbers read as text this cheaply are weak */
};

typedef struct
{
  guint32 styles;          /* every style its items used */
  guint16 last;            /* value of its last item */
  guint16 count;
  guint16 headings;        /* items that read as headings */
  guint16 paragraphs;      /* items that read as paragraphs */
  guint    weak : 1;       /* its first number often opens plain text */
  guint    last_heading : 1;
} Level;

typedef struct
{
  Level open[MAX_DEPTH];
  Level closed[MAX_DEPTH]; /* the level last closed at each depth, for run-on numbering */
  guint depth;
  guint cost;
  int   trail;             /* index of its last step */
  int   level;             /* the level this state gave its newest line, -1 for text */
} State;

typedef struct
{
  int prev;
  int level;
} Step;

static guint32
style_bit (WpOutlineStyle style)
{
  return 1u << style;
}

static void
close_levels (State *state,
              guint  depth)
{
  while (state->depth > depth)
    {
      Level *level = &state->open[--state->depth];

      if (level->count == 1)
        state->cost += level->weak ? COST_LONE_WEAK : COST_LONE;
      state->closed[state->depth] = *level;
    }
}

static void
place_item (Level                  *level,
            const WpOutlineReading *reading,
            gboolean                heading)
{
  level->styles |= style_bit (reading->style);
  level->last = MIN (reading->value, G_MAXUINT16);
  level->count++;
  if (heading)
    level->headings++;
  else
    level->paragraphs++;
  level->last_heading = heading != FALSE;
}

static guint
gap_cost (const Level            *level,
          const WpOutlineReading *reading)
{
  return COST_GAP * MIN (reading->value - level->last - 1u, (guint) COST_MAX_GAPS);
}

static guint
style_change_cost (const Level            *level,
                   const WpOutlineReading *reading)
{
  static guint32 han;

  if (han == 0)
    for (WpOutlineStyle style = 0; style < WP_OUTLINE_N_STYLES; style++)
      if (wp_outline_style_is_han (style))
        han |= style_bit (style);

  if ((level->styles | style_bit (reading->style)) & han)
    return COST_HAN_STYLE_CHANGE;

  return COST_STYLE_CHANGE;
}

static guint
step_cost (const Level            *level,
           const WpOutlineReading *reading)
{
  gboolean known = (level->styles & style_bit (reading->style)) != 0;

  if (reading->value == level->last + 1u)
    return known ? 0 : style_change_cost (level, reading);
  if (!known)
    return COST_OFF_STYLE;
  if (reading->value > level->last)
    return gap_cost (level, reading);
  if (reading->value == level->last || reading->value == 1)
    return COST_REPEAT;

  return COST_BACKWARDS;
}

static guint
shape_cost (const Level *level,
            gboolean     heading)
{
  /* A bare heading among paragraphs stands out; a paragraph among one-line items less
   * so, as tasks vary in length. */
  if (level->count < (heading ? COST_SHAPE_MIN_PARAGRAPHS : COST_SHAPE_MIN_HEADINGS))
    return 0;

  return (heading ? level->headings : level->paragraphs) == 0 ? COST_SHAPE : 0;
}

/* A copy of @from at the end of @out, to make a candidate of: copied once, in place, as
 * a line makes hundreds of them. */
static State *
add_candidate (GArray      *out,
               const State *from)
{
  g_array_append_vals (out, from, 1);
  return &g_array_index (out, State, out->len - 1);
}

static void
continue_level (const State            *from,
                guint                   depth,
                const WpOutlineReading *reading,
                gboolean                heading,
                GArray                 *out)
{
  State *next = add_candidate (out, from);
  Level *level = &next->open[depth];

  next->cost += reading->cost + step_cost (level, reading) + shape_cost (level, heading);
  close_levels (next, depth + 1);
  place_item (level, reading, heading);
  next->level = depth;
}

/* A level that nests in a style already open above it is a sign of a heading that
 * starts a list of its own (1. Work goals → 1. …), unlikely below a paragraph. */
static guint
nest_cost (const State            *state,
           const WpOutlineReading *reading)
{
  for (guint i = 0; i < state->depth; i++)
    if (state->open[i].styles & style_bit (reading->style))
      return state->open[state->depth - 1].last_heading ? COST_NEST_HEADING : COST_NEST_TEXT;

  return 0;
}

static void
push_level (State                  *next,
            const WpOutlineReading *reading,
            gboolean                heading)
{
  const Level *closed = &next->closed[next->depth];
  Level *level = &next->open[next->depth];

  next->cost += reading->cost + nest_cost (next, reading);
  if (closed->count > 0 && (closed->styles & style_bit (reading->style))
      && reading->value > closed->last
      && COST_RESUME + gap_cost (closed, reading) < COST_OPEN_LATE)
    {
      next->cost += COST_RESUME + gap_cost (closed, reading) + shape_cost (closed, heading);
      *level = *closed;
    }
  else
    {
      *level = (Level) { 0 };
      level->weak = wp_outline_style_get_text_cost (reading->style) <= COST_WEAK_TEXT;
      if (reading->value != 1)
        next->cost += COST_OPEN_LATE;
    }
  place_item (level, reading, heading);
  next->level = next->depth++;
}

static void
open_level (const State            *from,
            const WpOutlineReading *reading,
            gboolean                heading,
            GArray                 *out)
{
  if (from->depth == MAX_DEPTH)
    return;

  push_level (add_candidate (out, from), reading, heading);
}

/* "（一）… （二）… 二、…" or "2. 3. （二） 6. 7.": the line that opened a list above is
 * missing, so the new number goes beside that list at @depth, and the lists closed
 * there may go on one level further down. */
static void
open_beside (const State            *from,
             guint                   depth,
             const WpOutlineReading *reading,
             gboolean                heading,
             GArray                 *out)
{
  State *next;

  if (from->depth == MAX_DEPTH || reading->value == 1
      || (from->open[depth].styles & style_bit (reading->style)))
    return;

  next = add_candidate (out, from);
  next->cost += COST_BESIDE + COST_SKIP_LEVEL * (from->depth - 1 - depth);
  close_levels (next, depth);
  memmove (&next->closed[depth + 1], &next->closed[depth],
           (MAX_DEPTH - depth - 1) * sizeof (Level));
  next->closed[depth] = (Level) { 0 };
  push_level (next, reading, heading);
}

static void
read_as_text (const State           *from,
              const WpOutlineNumber *number,
              GArray                *out)
{
  State *next = add_candidate (out, from);

  next->cost += wp_outline_style_get_text_cost (number->readings[0].style);
  next->level = -1;
}

static void
expand (const State           *state,
        const WpOutlineNumber *number,
        gboolean               heading,
        GArray                *out)
{
  for (guint r = 0; r < number->n_readings; r++)
    {
      for (guint depth = state->depth; depth-- > 0;)
        continue_level (state, depth, &number->readings[r], heading, out);
      open_level (state, &number->readings[r], heading, out);
      for (guint depth = 0; depth < state->depth; depth++)
        open_beside (state, depth, &number->readings[r], heading, out);
    }
  read_as_text (state, number, out);
}

/* Candidates are taken cheapest first, the earlier first among equals, from a heap of
 * keys: the beam needs a few of some hundred, and sorting the large states was a tenth
 * of an import. */
static guint64
rank_key (const State *state,
          guint        index)
{
  return (guint64) state->cost << 32 | index;
}

static void
sift_down (guint64 *heap,
           guint    n,
           guint    i)
{
  for (;;)
    {
      guint least = i;
      guint left = 2 * i + 1;
      guint64 swap;

      if (left < n && heap[left] < heap[least])
        least = left;
      if (left + 1 < n && heap[left + 1] < heap[least])
        least = left + 1;
      if (least == i)
        return;
      swap = heap[i];
      heap[i] = heap[least];
      heap[least] = swap;
      i = least;
    }
}

/* The index of the cheapest candidate left. */
static guint
pop_cheapest (guint64 *heap,
              guint   *n)
{
  guint index = (guint) (heap[0] & G_MAXUINT32);

  heap[0] = heap[--*n];
  sift_down (heap, *n, 0);
  return index;
}

static gboolean
same_stack (const State *a,
            const State *b)
{
  if (a->depth != b->depth)
    return FALSE;
  for (guint i = 0; i < a->depth; i++)
    if (a->open[i].last != b->open[i].last || a->open[i].styles != b->open[i].styles)
      return FALSE;

  return TRUE;
}

/* Keeps the cheapest candidates with different stacks, recording their steps. */
static void
prune (GArray *candidates,
       GArray *heap,
       GArray *beam,
       GArray *trail)
{
  guint64 *keys;
  guint n = candidates->len;

  g_array_set_size (heap, n);
  keys = (guint64 *) heap->data;
  for (guint i = 0; i < n; i++)
    keys[i] = rank_key (&g_array_index (candidates, State, i), i);
  for (guint i = n / 2; i-- > 0;)
    sift_down (keys, n, i);
  g_array_set_size (beam, 0);

  while (n > 0 && beam->len < BEAM_WIDTH)
    {
      State *candidate = &g_array_index (candidates, State, pop_cheapest (keys, &n));
      gboolean seen = FALSE;
      Step step = { candidate->trail, candidate->level };

      for (guint j = 0; j < beam->len && !seen; j++)
        seen = same_stack (&g_array_index (beam, State, j), candidate);
      if (seen)
        continue;

      g_array_append_val (trail, step);
      candidate->trail = trail->len - 1;
      g_array_append_val (beam, *candidate);
    }
}

static const State *
find_cheapest (GArray *beam)
{
  const State *best = NULL;

  for (guint i = 0; i < beam->len; i++)
    {
      State *state = &g_array_index (beam, State, i);

      close_levels (state, 0);
      if (best == NULL || state->cost < best->cost)
        best = state;
    }

  return best;
}

static void
follow_trail (GArray                *trail,
              int                    step,
              const WpOutlineNumber *numbers,
              guint                  n_lines,
              int                   *levels)
{
  for (guint i = n_lines; i-- > 0;)
    {
      levels[i] = -1;
      if (numbers[i].n_readings == 0)
        continue;

      g_assert (step >= 0);
      levels[i] = g_array_index (trail, Step, step).level;
      step = g_array_index (trail, Step, step).prev;
    }
}

void
wp_outline_levels_assign (const WpOutlineNumber *numbers,
                          const gboolean        *heading_like,
                          guint                  n_lines,
                          int                   *levels)
{
  g_autoptr(GArray) beam = g_array_new (FALSE, TRUE, sizeof (State));
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (State));
  g_autoptr(GArray) trail = g_array_new (FALSE, FALSE, sizeof (Step));
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (guint64));
  State start = { .trail = -1, .level = -1 };

  g_return_if_fail (n_lines == 0 || (numbers != NULL && heading_like != NULL && levels != NULL));

  g_array_append_val (beam, start);
  for (guint i = 0; i < n_lines; i++)
    {
      if (numbers[i].n_readings == 0)
        continue;

      g_array_set_size (candidates, 0);
      for (guint s = 0; s < beam->len; s++)
        expand (&g_array_index (beam, State, s), &numbers[i], heading_like[i], candidates);
      prune (candidates, heap, beam, trail);
    }

  follow_trail (trail, find_cheapest (beam)->trail, numbers, n_lines, levels);
}
