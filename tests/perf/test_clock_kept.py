"""The clock keeps its rasters (game/art/clock.py): in its close-up (line 53 at 1080p) the case
and the glass are ~2 MB each, more together than the SVG cache keeps, so each frame decoded them
again and the case, the clock's shadow caster, was a new surface every frame: the light map,
keyed by its casters, was rebuilt every frame (49 ms CPU a frame, 17 with the rasters kept)."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.art.clock import ClockArt
from game.art.svg import SvgCache
from game.room.model import Rect
from game.view import View

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "props"


def test_the_clock_close_up_draws_the_same_case_surface_every_frame(tmp_path: Path) -> None:
    pygame.init()
    clock = ClockArt(Rect(1000, 60, 140, 360), ART, SvgCache(tmp_path))
    view = View(3.5, -3300.0, -150.0)  # the case 490 x 1260 px: it and the glass overfill the SVG cache
    surface = pygame.Surface((1920, 1080))
    clock.draw(surface, view, 600.0, 0.0)
    case = clock.case_surface(view)
    for k in range(3):  # frames: the hands, the pendulum and the glass drawn again
        clock.draw(surface, view, 600.0, 0.1 * k)
        assert clock.case_surface(view) is case
    assert clock.memory_bytes() >= 2 * case.get_pitch() * case.get_height()
    clock.release()
    assert clock.memory_bytes() == 0
    assert clock.case_surface(view).get_size() == case.get_size()
