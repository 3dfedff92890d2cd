"""The look of the light: the golden glow is light (not a yellow filter), a figure among
many flames still has a shadow side, candle wax reads cream, the fire has a hot core."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import FxState, RoomFx
from game.fx.candles import _wax, _wax_glow, _with_wick
from game.fx.figure_light import shade
from game.fx.glow import grade
from game.fx.lighting import LightSample
from game.fx.shadows import ShadowLight, WallShadows
from game.room.model import Room
from game.view import View


def lit(fx: RoomFx, view: View, state: FxState) -> pygame.Surface:
    s = pygame.Surface((640, 360))
    s.fill((160, 160, 160))
    fx.draw_lighting(s, view, state, 9.0, [])
    return s


def test_the_golden_glow_does_not_paint_the_dark_yellow(room: Room, view: View) -> None:
    corner = (2, 2)  # far from every light
    before = lit(RoomFx(room, 7), view, FxState(rain=0.0, glow=0.0)).get_at(corner)
    after = lit(RoomFx(room, 7), view, FxState(rain=0.0, glow=1.0)).get_at(corner)
    assert after.r > before.r  # warmer and a little lighter ...
    assert after.r > after.g + 10 > after.b + 10 and after.r < 90  # ... but not lifted to a flat yellow


def test_the_glow_grade_adds_no_flat_light_and_keeps_the_window_blue() -> None:
    small = pygame.Surface((4, 4))
    small.fill((40, 40, 40))  # a dim surface
    grade(small, 1.0, None)
    c = small.get_at((1, 1))
    assert max(c.r, c.g, c.b) <= 40  # no lift of its own (the old grade made this (116, 77, 29): jaundice)
    kept = pygame.Surface((4, 4))
    kept.fill((60, 90, 140))
    grade(kept, 1.0, pygame.Rect(0, 0, 4, 4))  # the window glass keeps its night blue
    assert kept.get_at((1, 1)) == pygame.Color(60, 90, 140)


def test_a_figure_in_near_white_light_still_has_a_shadow_side() -> None:
    mask = pygame.Surface((160, 240), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))
    small = pygame.Surface((80, 45))
    small.fill((250, 250, 250))  # a dozen flames: the map is near white on the figure
    light = LightSample(560.0, 180.0, 900.0, (255, 150, 60), 0.7)
    shade(small, View(1.0, 0.0, 0.0), 8, [(mask, pygame.Rect(240, 60, 160, 240), 950.0)], [light], (58, 90, 140))
    far, near = small.get_at((32, 22)), small.get_at((47, 22))
    assert near.r > far.r + 60  # the side away from the flame falls into shadow


def test_candle_wax_is_cream_and_glows_under_its_flame() -> None:
    wax = _with_wick(_wax(14, 80, [(0.2, 0.4)]), 5, 1.0)
    rgb = pygame.surfarray.array3d(wax).transpose(1, 0, 2).astype(int)
    r, g, b = rgb[12, 5]  # near the top, on the lit side of the column
    assert r > g > b and b > 0.6 * r and r - g < 45  # cream: not olive (blue kept), not orange
    glow = pygame.surfarray.array3d(_wax_glow(wax, 5)).transpose(1, 0, 2).astype(int)
    assert glow[10, 7].sum() > 2 * glow[70, 7].sum() > 0  # translucent near the flame, less below


def test_the_fire_has_a_hot_core_and_merged_roots(room: Room) -> None:
    h = RoomFx(room, 7).hearth
    assert h is not None
    h._rescale(0.5)  # the wide shot's field (not doubled)
    hot, cover = [], []
    for t in (1.0, 2.0, 3.0, 5.5, 8.0):
        col = h.field(t, 1.0)
        low = col[(h._vrow > 0.05) & (h._vrow < 0.3)]  # where the flames root
        hot.append(((low[..., 0] > 240) & (low[..., 1] > 200)).sum())
        cover.append((low[:, h.gw // 4 : 3 * h.gw // 4, 0] > 150).mean())
    assert np.mean(hot) >= 10  # a yellow-white core (the spikes had ~4 such cells)
    assert np.mean(cover) > 0.4  # one body of flame across the bed (the spikes covered ~0.3)


def test_saturated_light_under_the_glow_stays_gold_not_lemon(room: Room, view: View) -> None:
    white = pygame.Surface((640, 360))
    white.fill((255, 255, 255))  # shows the light map itself
    fx = RoomFx(room, 7)
    fx.light_map._added = lambda *a, **k: None  # type: ignore[method-assign]  # the map alone, not the haze added over it
    fx.draw_light(white, view, FxState(rain=0.0, glow=1.0), 9.0, [])
    rgb = pygame.surfarray.array3d(white).astype(int)
    g = room.emitters[[e.kind for e in room.emitters].index("rain")].rect  # the glass keeps its own light
    x0, y0, x1, y1 = (round(c * view.scale) for c in (g.x, g.y, g.x + g.w, g.y + g.h))
    rgb[x0 - 12 : x1 + 12, y0 - 12 : y1 + 12] = 0  # (and its soft edge in the upscaled map)
    full = rgb[..., 0] >= 250
    assert full.sum() > 200  # the pools round the flames saturate ...
    # ... and stay candle-gold there: the bloom added after the grade made them (255, 255, x),
    # which turned her green dress yellow-olive in blotches where it fell
    assert rgb[..., 1][full].max() <= 240


def test_the_glow_grade_only_warms_it_takes_no_light_back() -> None:
    small = pygame.Surface((4, 4))
    small.fill((30, 30, 30))  # the dark: its warmth is the golden ambient's, set as it should be
    grade(small, 1.0, None)
    assert small.get_at((1, 1)).r == 30  # the red of the dark is not lowered (it lost 40 to AMBIENT_BACK)


def test_the_figure_by_the_window_has_a_cold_rim_on_the_side_facing_it(room: Room, view: View,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from game.fx import figure_light

    monkeypatch.setattr(figure_light, "RIM_PEAK", 1.0)  # off in the game (a blurred halo at 1080p); the mechanism on
    her = room.anchor("her").rect  # on the sofa, the window up to her left
    x, y, w, h = view.rect(her.x + 120, her.y, 240, her.h)
    mask = pygame.Surface((w, h), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))
    caster = (mask, pygame.Rect(x, y, w, h), her.bottom)
    s = pygame.Surface((640, 360))
    s.fill((110, 110, 110))
    RoomFx(room, 7).draw_lighting(s, view, FxState(rain=1.0, glow=0.0), 9.0, [caster])
    row = y + h // 2
    edge, middle, far = s.get_at((x, row)), s.get_at((x + w // 2, row)), s.get_at((x + w - 2, row))  # a 2-6 px rim
    # the edge facing the window is brighter than the body and blue-grey (it was only a cooler shadow)
    assert edge.b > middle.b + 25 and edge.b - middle.b > edge.r - middle.r + 10  # the light added is blue-grey
    assert far.b < edge.b - 25  # and only that side has it


def _wall_row(shadows: WallShadows, caster: tuple[pygame.Surface, pygame.Rect, float], light: ShadowLight) -> list[int]:
    layer = pygame.Surface((240, 135))
    layer.fill((255, 255, 255))
    shadows.shade(layer, (0, 0), [light], View(1.0), [caster])
    row = (caster[1].centery // 8) - 6
    return [layer.get_at((x, row)).r for x in range(240)]


def test_a_shadow_has_a_soft_penumbra_not_a_hard_edge() -> None:
    mask = pygame.Surface((80, 90), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))  # a head
    row = _wall_row(WallShadows(760.0, 8), (mask, pygame.Rect(900, 300, 80, 90), 950.0),
                    ShadowLight(0, 700.0, 420.0, 0.0, 430.0, 900.0))
    between = [v for v in row if 40 < v < 215]
    # from shadow to light over several light-map px (a flame is not a point; several flames'
    # copies of a head blur into one soft shadow instead of stacked hard copies)
    assert len(between) >= 6, row


def test_a_thing_hung_on_the_wall_throws_a_tight_shadow() -> None:
    mask = pygame.Surface((100, 240), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))  # the clock, its floor at the skirting: on the wall
    row = _wall_row(WallShadows(760.0, 8), (mask, pygame.Rect(1000, 100, 100, 240), 760.0),
                    ShadowLight(0, 640.0, 230.0, 0.0, 240.0, 900.0))
    assert min(row[143:]) > 230  # nothing thrown 5 light-map px beyond it (it was a column 16 px wide)
    assert min(row[136:142]) < 200  # but a shadow just beside it


def test_a_thing_hung_on_the_wall_gets_no_cold_halo(room: Room, view: View) -> None:
    mask = pygame.Surface((150, 330), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 255))
    x, y, w, h = view.rect(1000, 60, 150, 330)  # the clock, across the room from the window
    white = pygame.Surface((640, 360))
    white.fill((255, 255, 255))
    RoomFx(room, 7).draw_light(white, view, FxState(rain=1.0, glow=0.0), 9.0,
                               [(pygame.transform.smoothscale(mask, (w, h)), pygame.Rect(x, y, w, h), 760.0)])
    for dx in (-4, 2, 6):  # just outside and inside its edge toward the window
        c = white.get_at((x + dx, y + h // 3))
        assert c.b <= c.r, (dx, c)


def test_candle_wax_stays_ivory_in_its_shadowed_lower_part() -> None:
    wax = _wax(14, 80, [(0.2, 0.4)])
    rgb = pygame.surfarray.array3d(wax).transpose(1, 0, 2).astype(float)
    mantel = np.array([243.0, 229.0, 159.0]) / 255.0  # the light map by the mantel candles: yellow
    for row in (50, 70):  # out of the flame's glow
        r, g, b = rgb[row, 5] * mantel
        assert b > 0.52 * r and g < 0.85 * r, (row, r, g, b)  # warm grey, not khaki (it was b 0.46 r)

