"""The candles light the room, flicker, throw shadows that move, and the story's arc shows."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pygame

from game.fx import FxState, RoomFx
from game.room.model import Room
from game.view import View

STATE = FxState(rain=1.0, candles=1.0)


def lit(fx: RoomFx, view: View, t: float, state: FxState = STATE, casters: list | None = None) -> pygame.Surface:
    s = pygame.Surface((640, 360))
    s.fill((160, 160, 160))
    fx.draw_lighting(s, view, state, t, casters or [])
    return s


def lum(s: pygame.Surface, x: int, y: int) -> int:
    c = s.get_at((x, y))
    return c.r + c.g + c.b


def without(room: Room, name: str) -> Room:
    anchors = {k: v for k, v in room.anchors.items() if k != name}
    return replace(room, anchors=anchors, lights=tuple(light for light in room.lights if light.name != name))


def test_a_candle_brightens_the_wall_near_it(room: Room, view: View) -> None:
    # the sconce candle at (1250, 282); a wall point 60 px to its right, away from the mantel
    px = view.ipt(1310, 250)
    with_candle = lum(lit(RoomFx(room, 7), view, 3.0), *px)
    no_candle = lum(lit(RoomFx(without(room, "candle_12"), 7), view, 3.0), *px)
    assert with_candle > no_candle + 30


def test_the_candle_light_flickers_over_time(room: Room, view: View) -> None:
    fx = RoomFx(room, 7)
    px = view.ipt(1310, 250)
    values = {lum(lit(fx, view, 3.0 + 0.37 * k), *px) for k in range(12)}
    assert max(values) - min(values) >= 4


def test_candles_flicker_out_of_step(room: Room) -> None:
    fx = RoomFx(room, 7)
    series = [[f.brightness for f in fx.flames(0.05 * k)] for k in range(200)]
    a = [row[0] for row in series]
    b = [row[1] for row in series]
    da = [y - x for x, y in itertools.pairwise(a)]
    db = [y - x for x, y in itertools.pairwise(b)]
    same_sign = sum(1 for x, y in zip(da, db, strict=True) if x * y > 0)
    assert same_sign < 0.8 * len(da)  # not moving together


def _figure(view: View) -> tuple[pygame.Surface, pygame.Rect, float]:
    """A figure standing left of the table candle (800, 786), as the art would hand it over."""
    rect = pygame.Rect(view.rect(520, 380, 160, 520))
    mask = pygame.Surface(rect.size, pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (rect.w // 4, 0, rect.w // 2, rect.h // 5))
    pygame.draw.rect(mask, (255, 255, 255, 255), (0, rect.h // 5, rect.w, rect.h - rect.h // 5))
    return (mask, rect, 900.0)


def _shadow_columns(room: Room, view: View, t: float) -> list[int]:
    """Which wall columns the figure darkens at t (by comparing with no figure)."""
    fx = RoomFx(room, 7)
    cast = lit(fx, view, t, casters=[_figure(view)])
    bare = lit(RoomFx(room, 7), view, t)
    y = view.ipt(0, 330)[1]  # a wall row just above the figure's head
    return [x for x in range(0, 640) if lum(bare, x, y) - lum(cast, x, y) > 6]


def test_a_figure_casts_a_shadow_on_the_wall(room: Room, view: View) -> None:
    cols = _shadow_columns(room, view, 4.0)
    assert cols, "no shadow on the wall above the figure"
    # thrown away from the candle at x=800: the shadow lies left of the candle
    assert sum(cols) / len(cols) < view.ipt(800, 0)[0]


def test_the_shadow_moves_with_the_flame(room: Room, view: View) -> None:
    shapes = {tuple(_shadow_columns(room, view, 4.0 + 0.53 * k)) for k in range(6)}
    assert len(shapes) > 1


def test_candles_burn_down(room: Room) -> None:
    fx = RoomFx(room, 7)
    spec = fx.candles.specs[0]
    assert spec.wax_height(0.2) < spec.wax_height(1.0)
    full, burnt = FxState(candles=1.0), FxState(candles=0.1)
    assert [light.y for light in fx.lights(burnt, 1.0)][:12] > [light.y for light in fx.lights(full, 1.0)][:12]


def test_the_golden_glow_warms_the_dark(room: Room, view: View) -> None:
    fx = RoomFx(room, 7)
    corner = (2, 2)  # far from every light: only the ambient shows
    before = lit(fx, view, 9.0, FxState(rain=0.0, glow=0.0)).get_at(corner)
    after = lit(RoomFx(room, 7), view, 9.0, FxState(rain=0.0, glow=1.0)).get_at(corner)
    assert after.r > before.r and after.r - after.b > before.r - before.b


def test_reduce_motion_calms_the_flicker(room: Room) -> None:
    def spread(fx: RoomFx) -> float:
        values = [f.brightness for k in range(300) for f in fx.flames(0.07 * k)]
        mean = sum(values) / len(values)
        return sum((v - mean) ** 2 for v in values) / len(values)

    assert spread(RoomFx(room, 7, reduce_motion=True)) < 0.3 * spread(RoomFx(room, 7))
