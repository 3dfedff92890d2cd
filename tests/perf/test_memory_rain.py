"""The rain keeps to its sprite budget within a shot, not only at a change of scale.

A tween through the rain's levels inside one shot made a distant sheet and a film on the glass
for every level it passed (each as large as the glass: 6.3 MiB at the 1080p window close-up),
and they were trimmed only when the view's scale changed: 64 MiB at 1080p. Here the glass is
seen at 4x (800 x 480 px, 1.5 MiB a layer) while the rain rises from a shower to a downpour and
back, with the budget set to six glass layers: after every frame the rain holds no more than
that, and the frames are the same pixels as a fresh rain's (what it let go of is made again)."""

from __future__ import annotations

import pygame
import pytest

from game.fx import rain as rain_mod
from game.fx.rain import Rain
from game.room.model import Rect
from game.view import View

GLASS = Rect(0.0, 0.0, 200.0, 120.0)
VIEW = View(4.0)
LAYER = 800 * 480 * 4
# the frame's own small sprites, never let go of, on top of the layers: streaks (~0.5 MB here) and the
# drops (~0.09 MB; a px wider each side since they are lenses of water, 8322579: 6 layers alone no longer held)
SMALL = 1024 * 1024


def _frame(rain: Rain, level: float, t: float) -> bytes:
    s = pygame.Surface((800, 480))
    rain.draw_exterior(s, VIEW, level, t)
    rain.draw_glass(s, VIEW, level, t)
    return pygame.image.tobytes(s, "RGB")


def test_a_tween_within_one_shot_stays_within_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    monkeypatch.setattr(rain_mod, "SPRITE_BUDGET", 6 * LAYER)
    rain = Rain(GLASS, 5, False)
    _frame(rain, 2.0, 0.0)
    levels = [2.0 + 2.0 * k / 40 for k in range(41)] + [4.0 - 1.4 * k / 20 for k in range(21)]
    most = 0
    for k, level in enumerate(levels):
        _frame(rain, level, k / 15)
        most = max(most, rain.memory_bytes())
        # the trickles' tracks, kept per track and extended (game.fx.glass_water.Trickles), are the
        # frame's own too: counted since they are kept (their layers, made afresh, were not), and
        # bounded (here ~26 tracks' shaded strips, 2.6 MB, and the two atlases a frame shades them
        # into, 2.8 MB, at this 4x close-up)
        tracks = rain._trickles.memory_bytes()
        assert tracks <= 4 * LAYER
        assert rain.memory_bytes() - tracks <= 6 * LAYER + SMALL, f"frame {k} at rain {level:.2f}"
    assert most > 4 * LAYER  # (a downpour's close-up does hold several layers)
    for k in (30, 50, 61):  # what was let go of and made again is the same pixels
        assert _frame(rain, levels[k], k / 15) == _frame(Rain(GLASS, 5, False), levels[k], k / 15)


def test_a_downpour_s_shot_keeps_no_buffer_and_a_shot_without_the_window_no_more() -> None:
    """The exterior is laid into the frame, the town's smear added into the night (65e9420): the window's
    close shot holds its night, sheet and film (its level and its bake at a third), not a buffer of the
    exterior and the smear beside them (what a shot without the window let go of, 1.5 layers here)."""
    pygame.init()
    rain = Rain(GLASS, 5, False)
    _frame(rain, 4.0, 1.0)
    held = rain.memory_bytes()
    assert held - rain._trickles.memory_bytes() <= 3 * LAYER + LAYER // 9 + SMALL  # (5.0 layers before)
    away = View(4.0, ox=5000.0)  # the same scale, the glass off the screen
    rain.draw_exterior(pygame.Surface((800, 480)), away, 4.0, 1.1)
    assert rain.memory_bytes() <= held
