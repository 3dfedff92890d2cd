"""FX2 (stop 31, issue 16): a candle's halo is kept without its black border; with no rain
falling the exterior is the night as kept, not a copy of it.

The halo's glow falls to 0 a fifth of its radius before the edge of its square (the last
term, 0.25 (1 - x)^3, is under a byte's step there), so a fifth of each side was black bytes
kept and added: at the 1080p close-up of line 17 three 1036 px halos (the full one and two
flicker levels), 12.3 MiB. The halos are kept trimmed (834 px there, 8.0 MiB) and placed as
the whole ones, their casters' masks taken over the whole squares: the frame is the same pixels.
Fails on 909b99b (the whole squares kept; the exterior's buffer kept)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

import game.fx.candles as candles_mod
from game.fx.candles import HALO_BASE, Candles, candle_specs, halo_side
from game.fx.occlusion import Caster, Occluders
from game.fx.rain import Rain
from game.room.tmxload import load_room
from game.view import View

ROOM = Path(__file__).resolve().parents[2] / "scenes" / "room.tmx"
SIZE = (960, 540)
SCALE = 2.4


def _caster() -> Caster:
    """A soft silhouette standing before the candle, its mask at a third of the screen's px (as a
    figure's is scaled to the screen over the part of it a sprite covers), across the halo's edge."""
    mask = pygame.Surface((41, 70), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    pygame.draw.ellipse(mask, (0, 0, 0, 255), (2, 2, 37, 66))
    return (mask, pygame.Rect(SIZE[0] // 2 + 170, SIZE[1] // 2 - 300, 123, 210), 1e6)


def _frames(candles: Candles, casters: list[Caster]) -> list[np.ndarray]:
    """Flames and halos drawn on black at a close-up of the first candle, at a few times."""
    x, y = candles.specs[0].wick_top(0.8)
    view = View(SCALE, SIZE[0] / 2 - SCALE * x, SIZE[1] / 2 - SCALE * y)
    out = []
    for t in (0.5, 1.25, 3.0, 7.5):
        surface = pygame.Surface(SIZE)
        candles.draw_flames(surface, view, candles.samples(t), 0.8, 0.0, casters)
        out.append(pygame.surfarray.array3d(surface))
    return out


@pytest.mark.parametrize("hidden", [False, True])
def test_the_halos_are_kept_without_their_black_border(monkeypatch: pytest.MonkeyPatch, hidden: bool) -> None:
    room = load_room(ROOM)
    casters = [_caster()] if hidden else []
    trimmed = Candles(candle_specs(room), 3, False, Occluders())
    drawn = _frames(trimmed, casters)
    side = halo_side(trimmed._scale)
    halos = list(trimmed._halos.values())
    assert HALO_BASE in trimmed._halos and len(halos) >= 2
    for halo in halos:
        w, h = halo.get_size()
        assert w == h and w < 0.85 * side, (w, side)  # a fifth of each side let go of
        px = pygame.surfarray.array3d(halo)
        assert px[0].any() and px[-1].any() and px[:, 0].any() and px[:, -1].any()  # lit to its edges
    whole_halo = candles_mod.halo_sprite
    monkeypatch.setattr(candles_mod, "halo_sprite", lambda radius, peak, trim=False: whole_halo(radius, peak))
    whole = Candles(candle_specs(room), 3, False, Occluders())
    for a, b in zip(drawn, _frames(whole, casters), strict=True):
        assert np.array_equal(a, b)  # the same pixels as the whole squares drawn (and hidden)
    if hidden:
        assert trimmed.occluders._hidden  # (the halos went through the hidden copies)
    assert all(h.get_width() == side for h in whole._halos.values())


def test_with_no_rain_falling_the_exterior_is_the_night_kept_not_a_copy() -> None:
    """No rain outside (lines 74-85): the exterior was painted into its own buffer, the night alone
    copied (2.6 MiB at line 82's shot at 1080p) and copied again each RAIN_FPS frame. The night is
    blitted as kept: no buffer, the same pixels as the buffer painted the old way."""
    emitter = next(e for e in load_room(ROOM).emitters if e.kind == "rain")
    rain = Rain(emitter.rect, 10, False)
    view = View(2.0, -200.0, -150.0)  # the window shot's scale: part of the glass off the canvas
    canvas = pygame.Surface((960, 540))
    for t in (1.0, 1.5):
        rain.draw_exterior(canvas, view, 0.0, t)
        assert rain._falling_at is None  # no streaks placed: the night alone
    g = pygame.Rect(view.rect(emitter.rect.x, emitter.rect.y, emitter.rect.w, emitter.rect.h))
    shown = g.clip(canvas.get_rect())
    assert 0 < shown.w < g.w or 0 < shown.h < g.h
    assert rain.memory_bytes() < rain._loose_bytes() + 4 * shown.w * shown.h + 2**16  # the night's crop, once
    buf = pygame.Surface(shown.size)  # the old way: the exterior painted into a buffer, then laid
    rain._paint_exterior(buf, View(view.scale, view.ox - shown.x, view.oy - shown.y), g.move(-shown.x, -shown.y), 0.0, 1.5)
    old = pygame.Surface(canvas.get_size())
    old.blit(buf, shown.topleft)
    assert pygame.image.tobytes(old, "RGB") == pygame.image.tobytes(canvas, "RGB")
