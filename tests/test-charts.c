/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>

#include "wp-chart-rows.h"
#include "wp-charts.h"

/* Charts are drawn into image surfaces bigger than their rectangle: the surface is
 * painted in a marker colour, the chart's rectangle in the style's background, so that a
 * pixel outside the rectangle that is not the marker any more was painted by the chart. */
#define MARGIN     16
#define FONT_SIZE  14.0
#define TOLERANCE  12

static const WpChartColor marker = { 1.0, 0.0, 1.0, 1.0 };

typedef struct
{
  cairo_t      *cr;
  WpChartRect   rect;
  WpChartStyle  style;
} Canvas;

/* The marker everywhere, the background in the chart's rectangle of @width × @height. */
static void
canvas_paint_empty (Canvas *canvas,
                    int     width,
                    int     height)
{
  canvas->rect = (WpChartRect) { MARGIN, MARGIN, width, height };
  wp_chart_set_color (canvas->cr, &marker);
  cairo_paint (canvas->cr);
  wp_chart_set_color (canvas->cr, &canvas->style.background);
  cairo_rectangle (canvas->cr, MARGIN, MARGIN, width, height);
  cairo_fill (canvas->cr);
}

static void
canvas_init_style (Canvas     *canvas,
                   const char *kind,
                   int         width,
                   int         height)
{
  cairo_surface_t *surface;

  if (g_str_equal (kind, "dark"))
    wp_chart_style_init_dark (&canvas->style, NULL, FONT_SIZE);
  else if (g_str_equal (kind, "print"))
    wp_chart_style_init_print (&canvas->style, NULL, FONT_SIZE);
  else
    wp_chart_style_init_light (&canvas->style, NULL, FONT_SIZE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * MARGIN,
                                        height + 2 * MARGIN);
  canvas->cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  canvas_paint_empty (canvas, width, height);
}

static void
canvas_init (Canvas *canvas,
             int     width,
             int     height)
{
  canvas_init_style (canvas, "light", width, height);
}

static void
canvas_clear (Canvas *canvas)
{
  g_clear_pointer (&canvas->cr, cairo_destroy);
  wp_chart_style_clear (&canvas->style);
}

/* The pixel at @x, @y as 0–255 red, green and blue (the surface is opaque). */
static void
canvas_pixel (Canvas *canvas,
              double  x,
              double  y,
              int     rgb[3])
{
  cairo_surface_t *surface = cairo_get_target (canvas->cr);
  int ix = (int) floor (x);
  int iy = (int) floor (y);
  guint32 pixel;

  cairo_surface_flush (surface);
  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface)
                        + iy * cairo_image_surface_get_stride (surface) + ix * 4);
  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
}

static void
color_to_rgb (const WpChartColor *color,
              int                 rgb[3])
{
  rgb[0] = (int) round (color->red * 255);
  rgb[1] = (int) round (color->green * 255);
  rgb[2] = (int) round (color->blue * 255);
}

static gboolean
canvas_pixel_is (Canvas             *canvas,
                 double              x,
                 double              y,
                 const WpChartColor *color)
{
  int rgb[3];
  int want[3];

  canvas_pixel (canvas, x, y, rgb);
  color_to_rgb (color, want);
  for (guint i = 0; i < 3; i++)
    if (ABS (rgb[i] - want[i]) > TOLERANCE)
      return FALSE;
  return TRUE;
}

static void
assert_pixel_is (Canvas             *canvas,
                 double              x,
                 double              y,
                 const WpChartColor *color)
{
  int rgb[3];
  int want[3];

  if (canvas_pixel_is (canvas, x, y, color))
    return;
  canvas_pixel (canvas, x, y, rgb);
  color_to_rgb (color, want);
  g_error ("pixel at %.1f, %.1f is #%02x%02x%02x, expected #%02x%02x%02x", x, y,
           rgb[0], rgb[1], rgb[2], want[0], want[1], want[2]);
}

/* Nothing outside the chart's rectangle was painted. */
static void
assert_border_untouched (Canvas *canvas)
{
  cairo_surface_t *surface = cairo_get_target (canvas->cr);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        if (wp_chart_rect_contains (&canvas->rect, x + 0.5, y + 0.5))
          continue;
        if (!canvas_pixel_is (canvas, x, y, &marker))
          g_error ("the chart painted outside its rectangle at %d, %d", x, y);
      }
}

/* The first x from @from towards @to (exclusive) on row @y whose pixel is not @color. */
static double
run_end (Canvas             *canvas,
         double              from,
         double              to,
         double              y,
         const WpChartColor *color)
{
  double x = from;

  while (x < to && canvas_pixel_is (canvas, x, y, color))
    x += 1;
  return x;
}

static gboolean
canvas_has_color (Canvas             *canvas,
                  const WpChartRect  *area,
                  const WpChartColor *color)
{
  for (double y = area->y; y < area->y + area->height; y++)
    for (double x = area->x; x < area->x + area->width; x++)
      if (canvas_pixel_is (canvas, x, y, color))
        return TRUE;
  return FALSE;
}

static WpChartBar
make_bar (const char *label,
          double      progress,
          WpLight     light)
{
  return (WpChartBar) { 1, label, progress, light, 4, 1, 0 };
}

static void
test_bars_fill (void)
{
  Canvas canvas;
  WpChartBar bars[] = {
    make_bar ("一、学前教育", 75, WP_LIGHT_GREEN),
    make_bar ("二、义务教育", 30, WP_LIGHT_RED),
    make_bar ("三、高中教育", 100, WP_LIGHT_YELLOW),
    make_bar ("四、职业教育", 140, WP_LIGHT_GREEN),
  };
  WpChartRect track;
  double middle;
  double end;

  canvas_init (&canvas, 600, 200);
  wp_chart_draw_bars (canvas.cr, &canvas.rect, &canvas.style, bars, G_N_ELEMENTS (bars));

  /* 75 %: green up to 75 % of the track (±1 px), the track colour after it. */
  wp_chart_bars_track (&canvas.rect, &canvas.style, G_N_ELEMENTS (bars), 0, &track);
  g_assert_cmpfloat (track.width, >, 200);
  middle = track.y + track.height / 2;
  end = run_end (&canvas, track.x + 1, track.x + track.width, middle, &canvas.style.green);
  g_assert_cmpfloat (fabs (end - (track.x + 0.75 * track.width)), <=, 1.0);
  for (double x = end + 1; x < track.x + track.width - track.height; x++)
    assert_pixel_is (&canvas, x, middle, &canvas.style.track);

  /* A red light's bar is red, filled to 30 %. */
  wp_chart_bars_track (&canvas.rect, &canvas.style, G_N_ELEMENTS (bars), 1, &track);
  middle = track.y + track.height / 2;
  end = run_end (&canvas, track.x + 1, track.x + track.width, middle, &canvas.style.red);
  g_assert_cmpfloat (fabs (end - (track.x + 0.30 * track.width)), <=, 1.0);

  /* Full, and more than full, fill the whole track. */
  for (guint i = 2; i < 4; i++)
    {
      const WpChartColor *fill = i == 2 ? &canvas.style.yellow : &canvas.style.green;

      wp_chart_bars_track (&canvas.rect, &canvas.style, G_N_ELEMENTS (bars), i, &track);
      middle = track.y + track.height / 2;
      end = run_end (&canvas, track.x + 1, track.x + track.width, middle, fill);
      g_assert_cmpfloat (fabs (end - (track.x + track.width)), <=, 1.0);
    }
  assert_border_untouched (&canvas);
  canvas_clear (&canvas);
}

static void
test_bars_item_at (void)
{
  Canvas canvas;
  WpChartBar bars[] = {
    make_bar ("一、学前教育", 10, WP_LIGHT_GREEN),
    make_bar ("二、义务教育", 20, WP_LIGHT_GREEN),
    make_bar ("三、高中教育", 30, WP_LIGHT_GREEN),
  };
  guint n = G_N_ELEMENTS (bars);
  double height;

  canvas_init (&canvas, 500, 300);
  height = wp_chart_bars_height (&canvas.style, n);
  g_assert_cmpfloat (height, <, 300);
  canvas.rect.height = height;
  for (guint i = 0; i < n; i++)
    {
      WpChartRect track;

      wp_chart_bars_track (&canvas.rect, &canvas.style, n, i, &track);
      g_assert_cmpint (wp_chart_bars_item_at (&canvas.rect, &canvas.style, bars, n,
                                              track.x + 5, track.y + track.height / 2),
                       ==, i);
      /* The label at the row's left counts as the row too. */
      g_assert_cmpint (wp_chart_bars_item_at (&canvas.rect, &canvas.style, bars, n,
                                              canvas.rect.x + 2, track.y), ==, i);
    }
  g_assert_cmpint (wp_chart_bars_item_at (&canvas.rect, &canvas.style, bars, n,
                                          canvas.rect.x - 1, canvas.rect.y + 20), ==, -1);
  g_assert_cmpint (wp_chart_bars_item_at (&canvas.rect, &canvas.style, bars, n,
                                          canvas.rect.x + 20, canvas.rect.y - 1), ==, -1);
  g_assert_cmpint (wp_chart_bars_item_at (&canvas.rect, &canvas.style, bars, n,
                                          canvas.rect.x + 20, canvas.rect.y + height + 1),
                   ==, -1);
  g_assert_cmpint (wp_chart_bars_item_at (&canvas.rect, &canvas.style, NULL, 0,
                                          canvas.rect.x + 20, canvas.rect.y + 10), ==, -1);
  canvas_clear (&canvas);
}

static void
test_departments (void)
{
  Canvas canvas;
  WpChartDepartment rows[] = {
    { 1, "基教科", 4, 2, 1, 55 },
    { 2, "职成科", 5, 0, 0, 10 },
  };
  WpChartRect track;
  double middle;
  double end;

  canvas_init (&canvas, 600, 120);
  wp_chart_draw_departments (canvas.cr, &canvas.rect, &canvas.style, rows, 2);

  /* 2 of 4 done in green, then 1 of 4 late in red, the rest the track. */
  wp_chart_departments_track (&canvas.rect, &canvas.style, 2, 0, &track);
  middle = track.y + track.height / 2;
  end = run_end (&canvas, track.x + 1, track.x + track.width, middle, &canvas.style.green);
  g_assert_cmpfloat (fabs (end - (track.x + 0.5 * track.width)), <=, 1.0);
  end = run_end (&canvas, end + 1, track.x + track.width, middle, &canvas.style.red);
  g_assert_cmpfloat (fabs (end - (track.x + 0.75 * track.width)), <=, 1.0);
  assert_pixel_is (&canvas, track.x + 0.85 * track.width, middle, &canvas.style.track);
  /* The department with late tasks is named in red, the other is not. */
  g_assert_true (canvas_has_color (&canvas, &(WpChartRect) { canvas.rect.x, track.y - 4,
                                                            track.x - canvas.rect.x,
                                                            track.height + 8 },
                                   &canvas.style.red));
  wp_chart_departments_track (&canvas.rect, &canvas.style, 2, 1, &track);
  g_assert_false (canvas_has_color (&canvas, &(WpChartRect) { canvas.rect.x, track.y - 4,
                                                             track.x - canvas.rect.x,
                                                             track.height + 8 },
                                    &canvas.style.red));
  assert_pixel_is (&canvas, track.x + track.width / 2, track.y + track.height / 2,
                   &canvas.style.track);

  g_assert_cmpint (wp_chart_departments_item_at (&canvas.rect, &canvas.style, rows, 2,
                                                 track.x, track.y), ==, 1);
  g_assert_cmpint (wp_chart_departments_item_at (&canvas.rect, &canvas.style, rows, 2,
                                                 canvas.rect.x + canvas.rect.width,
                                                 track.y), ==, -1);
  assert_border_untouched (&canvas);
  canvas_clear (&canvas);
}

/* The middle of the ring's left side, found with item_at() along the centre line. */
static void
find_ring (Canvas                  *canvas,
           const WpChartCompletion *data,
           int                      group,
           double                  *x,
           double                  *y)
{
  double start = -1;
  double end = -1;

  *y = canvas->rect.y + canvas->rect.height / 2;
  for (double at = canvas->rect.x; at < canvas->rect.x + canvas->rect.width; at++)
    {
      int item = wp_chart_completion_item_at (&canvas->rect, &canvas->style, data, at, *y);

      if (item == group && start < 0)
        start = at;
      if (item != group && start >= 0)
        {
          end = at;
          break;
        }
    }
  g_assert_cmpfloat (start, >=, 0);
  g_assert_cmpfloat (end, >, start + 4);
  *x = (start + end) / 2;
}

static void
test_completion_colours (void)
{
  WpChartCompletion all_done = { 12, 0, 0, 0 };
  WpChartCompletion all_late = { 0, 0, 0, 7 };
  Canvas canvas;
  double x, y;

  canvas_init (&canvas, 360, 180);
  wp_chart_draw_completion (canvas.cr, &canvas.rect, &canvas.style, &all_done);
  find_ring (&canvas, &all_done, 0, &x, &y);
  assert_pixel_is (&canvas, x, y, &canvas.style.green);
  assert_border_untouched (&canvas);
  canvas_clear (&canvas);

  canvas_init (&canvas, 360, 180);
  wp_chart_draw_completion (canvas.cr, &canvas.rect, &canvas.style, &all_late);
  find_ring (&canvas, &all_late, 3, &x, &y);
  assert_pixel_is (&canvas, x, y, &canvas.style.red);
  canvas_clear (&canvas);
}

static void
test_completion_item_at (void)
{
  WpChartCompletion data = { 1, 1, 1, 1 };
  Canvas canvas;
  double x, y;
  int found[4] = { 0, 0, 0, 0 };

  canvas_init (&canvas, 360, 180);
  wp_chart_draw_completion (canvas.cr, &canvas.rect, &canvas.style, &data);
  /* Four equal quarters clockwise from twelve o'clock: the left side at the middle is
   * where not started (the third) ends and late (the fourth) starts. */
  find_ring (&canvas, &data, 3, &x, &y);
  assert_pixel_is (&canvas, x, y - 8, &canvas.style.red);
  assert_pixel_is (&canvas, x, y + 8, &canvas.style.grey);
  g_assert_cmpint (wp_chart_completion_item_at (&canvas.rect, &canvas.style, &data,
                                                x, y + 8), ==, 2);
  /* Every group is found somewhere: in the ring or on its legend line. */
  for (double py = canvas.rect.y; py < canvas.rect.y + canvas.rect.height; py += 2)
    for (double px = canvas.rect.x; px < canvas.rect.x + canvas.rect.width; px += 2)
      {
        int item = wp_chart_completion_item_at (&canvas.rect, &canvas.style, &data, px, py);

        g_assert_cmpint (item, >=, -1);
        g_assert_cmpint (item, <, 4);
        if (item >= 0)
          found[item]++;
      }
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (found[i], >, 0);
  g_assert_cmpint (wp_chart_completion_item_at (&canvas.rect, &canvas.style, &data,
                                                canvas.rect.x - 1, y), ==, -1);
  canvas_clear (&canvas);
}

static void
test_lights (void)
{
  WpChartLights data = { 5, 2, 1 };
  Canvas canvas;
  const WpChartColor *colors[3];

  canvas_init (&canvas, 420, 90);
  colors[0] = &canvas.style.green;
  colors[1] = &canvas.style.yellow;
  colors[2] = &canvas.style.red;
  wp_chart_draw_lights (canvas.cr, &canvas.rect, &canvas.style, &data);
  /* Each light's dot is in its own third, and only there. */
  for (guint cell = 0; cell < 3; cell++)
    {
      WpChartRect area = canvas.rect;

      area.width = canvas.rect.width / 3;
      area.x = canvas.rect.x + cell * area.width;
      for (guint light = 0; light < 3; light++)
        g_assert_true (canvas_has_color (&canvas, &area, colors[light]) == (light == cell));
      g_assert_cmpint (wp_chart_lights_item_at (&canvas.rect, &canvas.style, &data,
                                                area.x + area.width / 2,
                                                area.y + area.height / 2), ==, cell);
    }
  g_assert_cmpint (wp_chart_lights_item_at (&canvas.rect, &canvas.style, &data,
                                            canvas.rect.x - 1, canvas.rect.y), ==, -1);
  assert_border_untouched (&canvas);
  canvas_clear (&canvas);
}

static WpChartBullet
make_bullet (WpComparator comparator,
             double       target,
             double       actual,
             WpLight      light)
{
  double rate = isnan (actual) || isnan (target) || target == 0 ? NAN : actual / target;

  return (WpChartBullet) { 1, 1, "新建幼儿园", "所", comparator, target, actual, rate, light };
}

/* The x where the fill of bullet @index ends, on its track's middle row. */
static double
bullet_fill_end (Canvas             *canvas,
                 guint               n,
                 guint               index,
                 const WpChartColor *fill,
                 WpChartRect        *track)
{
  wp_chart_bullets_track (&canvas->rect, &canvas->style, n, index, track);
  return run_end (canvas, track->x + 4, track->x + track->width,
                  track->y + track->height / 2, fill);
}

static void
test_bullets_scale (void)
{
  WpChartBullet bullets[] = {
    make_bullet (WP_COMPARATOR_AT_LEAST, 100, 50, WP_LIGHT_YELLOW),
    make_bullet (WP_COMPARATOR_ZERO, 0, 3, WP_LIGHT_RED),
    make_bullet (WP_COMPARATOR_AT_LEAST, NAN, 20, WP_LIGHT_GREEN),
    make_bullet (WP_COMPARATOR_AT_MOST, 10, NAN, WP_LIGHT_GREEN),
    make_bullet (WP_COMPARATOR_AT_LEAST, 12, 13, WP_LIGHT_GREEN),
  };
  guint n = G_N_ELEMENTS (bullets);
  const WpChartColor *ink;
  WpChartRect track;
  Canvas canvas;
  double end;
  double middle;
  int height;

  wp_chart_style_init_light (&canvas.style, NULL, FONT_SIZE);
  height = wp_chart_bullets_height (&canvas.style, n);
  wp_chart_style_clear (&canvas.style);
  /* Exactly the natural height shows every row. */
  canvas_init (&canvas, 600, height);
  ink = &canvas.style.foreground;
  wp_chart_draw_bullets (canvas.cr, &canvas.rect, &canvas.style, bullets, n);

  /* 50 against 100: the scale is 110, the bar ends at 50/110, the tick at 100/110. */
  end = bullet_fill_end (&canvas, n, 0, &canvas.style.yellow, &track);
  middle = track.y + track.height / 2;
  g_assert_cmpfloat (fabs (end - (track.x + track.width * 50 / 110)), <=, 1.0);
  assert_pixel_is (&canvas, track.x + track.width * 100 / 110, middle, ink);
  assert_pixel_is (&canvas, track.x + track.width * 75 / 110, middle, &canvas.style.track);

  /* Zero accidents wanted, 3 happened: red to 3/3.3 with the target tick at 0. */
  end = bullet_fill_end (&canvas, n, 1, &canvas.style.red, &track);
  g_assert_cmpfloat (fabs (end - (track.x + track.width / 1.1)), <=, 1.0);
  assert_pixel_is (&canvas, track.x + 0.5, track.y + track.height / 2, ink);

  /* No target: the actual alone sets the scale, and there is no tick. */
  end = bullet_fill_end (&canvas, n, 2, &canvas.style.green, &track);
  g_assert_cmpfloat (fabs (end - (track.x + track.width / 1.1)), <=, 1.0);
  g_assert_false (canvas_has_color (&canvas, &track, ink));

  /* Not reported: no bar, only the target's tick at 10/11. */
  wp_chart_bullets_track (&canvas.rect, &canvas.style, n, 3, &track);
  middle = track.y + track.height / 2;
  assert_pixel_is (&canvas, track.x + track.width * 0.5, middle, &canvas.style.track);
  assert_pixel_is (&canvas, track.x + track.width / 1.1, middle, ink);

  /* 13 against 12: past the target tick, which sits at 12/14.3. */
  wp_chart_bullets_track (&canvas.rect, &canvas.style, n, 4, &track);
  middle = track.y + track.height / 2;
  assert_pixel_is (&canvas, track.x + track.width * 12 / 14.3, middle, ink);
  end = run_end (&canvas, track.x + track.width * 12 / 14.3 + 3, track.x + track.width,
                 middle, &canvas.style.green);
  g_assert_cmpfloat (fabs (end - (track.x + track.width / 1.1)), <=, 1.0);

  for (guint i = 0; i < n; i++)
    {
      wp_chart_bullets_track (&canvas.rect, &canvas.style, n, i, &track);
      g_assert_cmpint (wp_chart_bullets_item_at (&canvas.rect, &canvas.style, bullets, n,
                                                 track.x + 10, track.y), ==, i);
    }
  g_assert_cmpint (wp_chart_bullets_item_at (&canvas.rect, &canvas.style, bullets, n,
                                             canvas.rect.x + 10, canvas.rect.y - 2), ==, -1);
  assert_border_untouched (&canvas);
  canvas_clear (&canvas);
}

static void
fill_burnup (WpChartBurnup *data,
             guint          n_actual)
{
  const double actual[] = { 5, 15, 30, 40, 50, 60, 65, 70, 80, 85, 95, 100 };

  memset (data, 0, sizeof *data);
  data->n_months = 12;
  data->first_month = 1;
  data->first_year = 2019;
  for (guint i = 0; i < 12; i++)
    {
      data->expected[i] = 100.0 * (i + 1) / 12;
      data->actual[i] = i < n_actual ? actual[i] : NAN;
    }
}

static void
test_burnup (void)
{
  WpChartBurnup data;
  Canvas canvas;
  double x, y;
  double last_x, last_y;

  fill_burnup (&data, 6);
  canvas_init (&canvas, 600, 260);
  wp_chart_draw_burnup (canvas.cr, &canvas.rect, &canvas.style, &data);

  /* April ends at 40 %, on the actual line; half-way to May's 50 % too. */
  wp_chart_burnup_point (&canvas.rect, &canvas.style, &data, 3, 40, &x, &y);
  assert_pixel_is (&canvas, x, y, &canvas.style.blue);
  wp_chart_burnup_point (&canvas.rect, &canvas.style, &data, 4, 50, &last_x, &last_y);
  assert_pixel_is (&canvas, (x + last_x) / 2, (y + last_y) / 2, &canvas.style.blue);
  /* The as-of dot at June's 60 %; nothing blue after it (the future). */
  wp_chart_burnup_point (&canvas.rect, &canvas.style, &data, 5, 60, &last_x, &y);
  assert_pixel_is (&canvas, last_x, y, &canvas.style.blue);
  g_assert_false (canvas_has_color (&canvas,
                                    &(WpChartRect) { last_x + FONT_SIZE, canvas.rect.y,
                                                     canvas.rect.x + canvas.rect.width
                                                     - last_x - FONT_SIZE,
                                                     canvas.rect.height },
                                    &canvas.style.blue));

  /* Months under the pointer: each month's span, -1 left of the plot and outside. */
  for (guint month = 0; month < 12; month++)
    {
      wp_chart_burnup_point (&canvas.rect, &canvas.style, &data, month, 50, &x, &y);
      g_assert_cmpint (wp_chart_burnup_item_at (&canvas.rect, &canvas.style, &data,
                                                x - 3, y), ==, month);
    }
  g_assert_cmpint (wp_chart_burnup_item_at (&canvas.rect, &canvas.style, &data,
                                            canvas.rect.x + 2, y), ==, -1);
  g_assert_cmpint (wp_chart_burnup_item_at (&canvas.rect, &canvas.style, &data,
                                            x - 3, canvas.rect.y - 2), ==, -1);
  assert_border_untouched (&canvas);
  canvas_clear (&canvas);
}

/* Every chart, with @n items named @name, in @canvas's rectangle. */
static void
draw_all (Canvas     *canvas,
          guint       n,
          const char *name,
          const char *kind)
{
  g_autofree WpChartBar *bars = g_new0 (WpChartBar, MAX (n, 1));
  g_autofree WpChartDepartment *rows = g_new0 (WpChartDepartment, MAX (n, 1));
  g_autofree WpChartBullet *bullets = g_new0 (WpChartBullet, MAX (n, 1));
  WpChartCompletion completion = { n / 4, n / 4, n / 4, n - 3 * (n / 4) };
  WpChartLights lights = { n / 2, n / 4, n - n / 2 - n / 4 };
  WpChartBurnup burnup;

  for (guint i = 0; i < n; i++)
    {
      bars[i] = make_bar (name, (i * 37) % 101, i % 3);
      rows[i] = (WpChartDepartment) { i, name, 1 + i % 5, i % 2, i % 3 == 0, (i * 13) % 100 };
      bullets[i] = make_bullet (i % 4, 10 + i % 7, (i * 3) % 17, i % 3);
      bullets[i].label = name;
      bullets[i].unit = name;
    }
  fill_burnup (&burnup, MIN (n, 12));
  burnup.n_months = MIN (n, 12);

  if (g_str_equal (kind, "bars"))
    wp_chart_draw_bars (canvas->cr, &canvas->rect, &canvas->style, bars, n);
  else if (g_str_equal (kind, "departments"))
    wp_chart_draw_departments (canvas->cr, &canvas->rect, &canvas->style, rows, n);
  else if (g_str_equal (kind, "bullets"))
    wp_chart_draw_bullets (canvas->cr, &canvas->rect, &canvas->style, bullets, n);
  else if (g_str_equal (kind, "completion"))
    wp_chart_draw_completion (canvas->cr, &canvas->rect, &canvas->style, &completion);
  else if (g_str_equal (kind, "lights"))
    wp_chart_draw_lights (canvas->cr, &canvas->rect, &canvas->style, &lights);
  else if (g_str_equal (kind, "burnup"))
    wp_chart_draw_burnup (canvas->cr, &canvas->rect, &canvas->style, &burnup);
  else
    g_assert_not_reached ();
}

static const char * const kinds[] = {
  "bars", "departments", "bullets", "completion", "lights", "burnup",
};

/* Every chart drawn with @n items in rectangles from roomy to tiny stays inside. */
static void
assert_charts_stay_inside (guint       n,
                           const char *name,
                           const char *language)
{
  const int sizes[][2] = { { 560, 400 }, { 240, 120 }, { 90, 30 }, { 1, 1 } };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        Canvas canvas;

        canvas_init_style (&canvas, s % 2 == 0 ? "light" : "dark", sizes[s][0], sizes[s][1]);
        wp_chart_style_set_language (&canvas.style, language);
        draw_all (&canvas, n, name, kinds[k]);
        g_assert_cmpint (cairo_status (canvas.cr), ==, CAIRO_STATUS_SUCCESS);
        assert_border_untouched (&canvas);
        canvas_clear (&canvas);
      }
}

static void
test_bounds_empty (void)
{
  Canvas canvas;

  assert_charts_stay_inside (0, "", NULL);
  /* A dim message is drawn in the middle: something in the dim colour appears. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      canvas_init (&canvas, 300, 80);
      draw_all (&canvas, 0, "", kinds[k]);
      g_assert_true (canvas_has_color (&canvas, &canvas.rect, &canvas.style.dim));
      canvas_clear (&canvas);
    }
}

static void
test_bounds_one (void)
{
  assert_charts_stay_inside (1, "一、学前教育", NULL);
}

static void
test_bounds_long_names (void)
{
  g_autoptr (GString) name = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (name, "教育");
  assert_charts_stay_inside (12, name->str, "zh_CN");
}

/* 10,000 rows in a rectangle that holds a few: only those are drawn (the rest are
 * summed up in "and N more") and item_at() knows none below. */
static void
test_bounds_many (void)
{
  const guint n = 10000;
  Canvas canvas;
  g_autofree WpChartBar *bars = g_new0 (WpChartBar, n);
  WpChartRect track;
  int shown = 0;

  assert_charts_stay_inside (n, "一、学前教育", "en");

  canvas_init (&canvas, 500, 300);
  for (guint i = 0; i < n; i++)
    bars[i] = make_bar ("一、学前教育", 50, WP_LIGHT_GREEN);
  wp_chart_draw_bars (canvas.cr, &canvas.rect, &canvas.style, bars, n);
  for (double y = canvas.rect.y; y < canvas.rect.y + canvas.rect.height; y++)
    shown = MAX (shown, 1 + wp_chart_bars_item_at (&canvas.rect, &canvas.style, bars, n,
                                                   canvas.rect.x + 5, y));
  g_assert_cmpint (shown, >, 3);
  g_assert_cmpint (shown, <, 20);
  /* The last row shown has its bar; the line below it is the dim "and N more". */
  wp_chart_bars_track (&canvas.rect, &canvas.style, n, shown - 1, &track);
  assert_pixel_is (&canvas, track.x + track.width / 4, track.y + track.height / 2,
                   &canvas.style.green);
  g_assert_cmpfloat (track.y + track.height, <, canvas.rect.y + canvas.rect.height);
  wp_chart_bars_track (&canvas.rect, &canvas.style, n, shown, &track);
  g_assert_false (canvas_has_color (&canvas, &track, &canvas.style.green));
  g_assert_true (canvas_has_color (&canvas, &(WpChartRect) { canvas.rect.x, track.y - 4,
                                                            canvas.rect.width, 24 },
                                   &canvas.style.dim));
  assert_border_untouched (&canvas);
  canvas_clear (&canvas);
}

/* Part of a long chart, drawn through a clip as the window draws what is on screen */

/* Records the index of each row wp_chart_rows_draw() draws. */
static void
note_row (cairo_t            *cr,
          const WpChartRect  *row,
          const WpChartStyle *style,
          gconstpointer       item,
          gpointer            user_data)
{
  g_array_append_val ((GArray *) user_data, *(const guint *) item);
}

/* The rows drawn for a band of @height at @top of a chart of @n rows of 2 em. */
static GArray *
rows_drawn_in_band (guint  n,
                    double top,
                    double height)
{
  g_autofree guint *items = g_new (guint, n);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  GArray *drawn = g_array_new (FALSE, FALSE, sizeof (guint));
  WpChartStyle style;
  WpChartRect rect;

  for (guint i = 0; i < n; i++)
    items[i] = i;
  wp_chart_style_init_light (&style, NULL, FONT_SIZE);
  rect = (WpChartRect) { 10, 20, 400, wp_chart_rows_height (&style, 2.0, n) };
  cairo_rectangle (cr, 0, top, 500, height);
  cairo_clip (cr);
  wp_chart_rows_draw (cr, &rect, &style, 2.0, items, sizeof *items, n, "No indicators",
                      note_row, drawn);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  wp_chart_style_clear (&style);
  return drawn;
}

/* A band of 20,000 rows draws the rows it meets, one more on either side at most, and
 * a band beside the chart none. */
static void
test_clip_rows (void)
{
  const guint n = 20000;
  const double bands[][2] = { { 0, 300 }, { 123456.5, 700 }, { 559000, 10000 } };
  g_autoptr(GArray) none = NULL;
  WpChartStyle style;
  WpChartRect rect;

  wp_chart_style_init_light (&style, NULL, FONT_SIZE);
  rect = (WpChartRect) { 10, 20, 400, wp_chart_rows_height (&style, 2.0, n) };
  for (guint b = 0; b < G_N_ELEMENTS (bands); b++)
    {
      g_autoptr(GArray) drawn = rows_drawn_in_band (n, bands[b][0], bands[b][1]);
      guint met = 0;

      for (guint i = 0; i < n; i++)
        {
          WpChartRect row;

          wp_chart_rows_row_at (&rect, &style, 2.0, n, i, &row);
          if (row.y < bands[b][0] + bands[b][1] && row.y + row.height > bands[b][0])
            {
              gboolean found = FALSE;

              for (guint j = 0; j < drawn->len && !found; j++)
                found = g_array_index (drawn, guint, j) == i;
              g_assert_true (found);
              met++;
            }
        }
      g_assert_cmpuint (met, >, 0);
      g_assert_cmpuint (drawn->len, <=, met + 2);
    }

  none = rows_drawn_in_band (n, rect.y + rect.height + 10, 500);
  g_assert_cmpuint (none->len, ==, 0);
  wp_chart_style_clear (&style);
}

/* @canvas set up as canvas_init_style() would for a chart of @width × @height, but only
 * the rows @top … @top + @band of it, on a surface that tall. */
static void
canvas_init_band (Canvas *canvas,
                  int     width,
                  int     height,
                  int     top,
                  int     band)
{
  cairo_surface_t *surface;

  wp_chart_style_init_light (&canvas->style, NULL, FONT_SIZE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * MARGIN, band);
  canvas->cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  cairo_translate (canvas->cr, 0, -top);
  canvas_paint_empty (canvas, width, height);
}

/* Whether rows @top … @top + @band of @whole are the pixels of @part. */
static void
assert_same_rows (Canvas *whole,
                  Canvas *part,
                  int     top,
                  int     band)
{
  cairo_surface_t *a = cairo_get_target (whole->cr);
  cairo_surface_t *b = cairo_get_target (part->cr);
  int stride = cairo_image_surface_get_stride (a);

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  for (int y = 0; y < band; y++)
    if (memcmp (cairo_image_surface_get_data (a) + (gsize) (top + y) * stride,
                cairo_image_surface_get_data (b) + (gsize) y * stride, stride) != 0)
      g_error ("row %d differs when drawn through a clip", top + y);
}

/* Drawing a band of a long chart gives the same pixels as that band of the whole. */
static void
test_clip_pixels (void)
{
  const char *row_kinds[] = { "bars", "departments", "bullets" };
  const guint n = 120;
  const int width = 520;
  const int band = 260;

  for (guint k = 0; k < G_N_ELEMENTS (row_kinds); k++)
    {
      Canvas whole;
      double natural;
      int height;
      int tops[3];

      wp_chart_style_init_light (&whole.style, NULL, FONT_SIZE);
      natural = g_str_equal (row_kinds[k], "bars") ? wp_chart_bars_height (&whole.style, n)
        : g_str_equal (row_kinds[k], "departments") ? wp_chart_departments_height (&whole.style, n)
        : wp_chart_bullets_height (&whole.style, n);
      wp_chart_style_clear (&whole.style);
      height = (int) ceil (natural);
      canvas_init_style (&whole, "light", width, height);
      draw_all (&whole, n, "一、学前教育", row_kinds[k]);

      tops[0] = 0;
      tops[1] = height / 2 + 7;
      tops[2] = height + 2 * MARGIN - band;
      for (guint t = 0; t < G_N_ELEMENTS (tops); t++)
        {
          Canvas part;

          canvas_init_band (&part, width, height, tops[t], band);
          draw_all (&part, n, "一、学前教育", row_kinds[k]);
          assert_same_rows (&whole, &part, tops[t], band);
          canvas_clear (&part);
        }
      canvas_clear (&whole);
    }
}

static double
luminance (const int rgb[3])
{
  return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
}

static void
test_dark_text (void)
{
  WpChartBar bars[] = { make_bar ("一、学前教育", 40, WP_LIGHT_GREEN) };
  WpChartRect track;
  Canvas canvas;
  double brightest = 0;
  int background[3];

  canvas_init_style (&canvas, "dark", 500, 60);
  wp_chart_draw_bars (canvas.cr, &canvas.rect, &canvas.style, bars, 1);
  wp_chart_bars_track (&canvas.rect, &canvas.style, 1, 0, &track);
  canvas_pixel (&canvas, canvas.rect.x + 1, canvas.rect.y + 1, background);
  g_assert_cmpfloat (luminance (background), <, 0.25);
  /* The label left of the track is drawn in light text. */
  for (double y = canvas.rect.y; y < canvas.rect.y + canvas.rect.height; y++)
    for (double x = canvas.rect.x; x < track.x; x++)
      {
        int rgb[3];

        canvas_pixel (&canvas, x, y, rgb);
        brightest = MAX (brightest, luminance (rgb));
      }
  g_assert_cmpfloat (brightest, >, 0.8);
  canvas_clear (&canvas);
}

static void
test_style (void)
{
  WpChartStyle style;
  WpChartStyle copy;

  wp_chart_style_init_print (&style, NULL, 0);
  g_assert_nonnull (style.font_family);
  g_assert_cmpfloat (style.font_size, >, 0);
  g_assert_null (style.language);
  wp_chart_style_set_language (&style, "en");
  wp_chart_style_copy (&style, &copy);
  g_assert_cmpstr (copy.language, ==, "en");
  g_assert_true (copy.font_family != style.font_family);
  g_assert_cmpstr (copy.font_family, ==, style.font_family);
  g_assert_cmpstr (wp_chart_word (&copy, "Done"), ==, "Done");
  wp_chart_style_clear (&style);
  wp_chart_style_clear (&copy);

  wp_chart_style_init_light (&style, "DejaVu Sans", 20);
  g_assert_cmpstr (style.font_family, ==, "DejaVu Sans");
  g_assert_cmpfloat (style.font_size, ==, 20);
  /* Rows grow with the text. */
  g_assert_cmpfloat (wp_chart_bars_height (&style, 5), >, 5 * 20);
  wp_chart_style_clear (&style);
}

/* Both report languages draw every chart with some data. */
static void
test_languages (void)
{
  assert_charts_stay_inside (5, "一、学前教育", "zh_CN");
  assert_charts_stay_inside (5, "I. Preschool education", "en");
}

/* Every chart one below the other in the print style at 10 pt, as the summary draws. */
static void
render_pdf (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "charts-print.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 500, 6 * 170);
  Canvas canvas;

  canvas.cr = cairo_create (surface);
  wp_chart_style_init_print (&canvas.style, NULL, 10);
  wp_chart_style_set_language (&canvas.style, "zh_CN");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      canvas.rect = (WpChartRect) { 20, 10 + 170 * k, 460, 150 };
      draw_all (&canvas, 6, "二、义务教育优质均衡发展", kinds[k]);
    }
  canvas_clear (&canvas);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* With WP_CHARTS_PNG_DIR set, writes each chart in each style as a PNG to look at. */
static void
test_render (void)
{
  const char *dir = g_getenv ("WP_CHARTS_PNG_DIR");
  const char *styles[] = { "light", "dark", "print" };

  if (dir == NULL)
    {
      g_test_skip ("WP_CHARTS_PNG_DIR not set");
      return;
    }
  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        g_autofree char *path = g_strdup_printf ("%s/charts-%s-%s.png", dir, kinds[k],
                                                 styles[s]);
        Canvas canvas;

        canvas_init_style (&canvas, styles[s], 560, 260);
        wp_chart_style_set_language (&canvas.style, s == 1 ? "en" : "zh_CN");
        draw_all (&canvas, 9, s == 1 ? "Preschool education" : "一、学前教育普及普惠", kinds[k]);
        g_assert_cmpint (cairo_surface_write_to_png (cairo_get_target (canvas.cr), path),
                         ==, CAIRO_STATUS_SUCCESS);
        canvas_clear (&canvas);
      }
  render_pdf (dir);
  /* Cramped: long names, many rows, a small rectangle. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *path = g_strdup_printf ("%s/charts-%s-cramped.png", dir, kinds[k]);
      g_autoptr (GString) name = g_string_new (NULL);
      Canvas canvas;

      for (guint i = 0; i < 200; i++)
        g_string_append (name, "教育");
      canvas_init_style (&canvas, "light", 300, 130);
      wp_chart_style_set_language (&canvas.style, "zh_CN");
      draw_all (&canvas, 10000, name->str, kinds[k]);
      g_assert_cmpint (cairo_surface_write_to_png (cairo_get_target (canvas.cr), path),
                       ==, CAIRO_STATUS_SUCCESS);
      canvas_clear (&canvas);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/style", test_style);
  g_test_add_func ("/charts/bars/fill", test_bars_fill);
  g_test_add_func ("/charts/bars/item-at", test_bars_item_at);
  g_test_add_func ("/charts/departments", test_departments);
  g_test_add_func ("/charts/completion/colours", test_completion_colours);
  g_test_add_func ("/charts/completion/item-at", test_completion_item_at);
  g_test_add_func ("/charts/lights", test_lights);
  g_test_add_func ("/charts/bullets/scale", test_bullets_scale);
  g_test_add_func ("/charts/burnup", test_burnup);
  g_test_add_func ("/charts/bounds/empty", test_bounds_empty);
  g_test_add_func ("/charts/bounds/one", test_bounds_one);
  g_test_add_func ("/charts/bounds/long-names", test_bounds_long_names);
  g_test_add_func ("/charts/bounds/many", test_bounds_many);
  g_test_add_func ("/charts/clip/rows", test_clip_rows);
  g_test_add_func ("/charts/clip/pixels", test_clip_pixels);
  g_test_add_func ("/charts/dark-text", test_dark_text);
  g_test_add_func ("/charts/languages", test_languages);
  g_test_add_func ("/charts/render", test_render);
  return g_test_run ();
}
