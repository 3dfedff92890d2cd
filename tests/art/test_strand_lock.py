"""The twirled lock at line 16, "Her eyes were locked onto him, never straying." (review11): it
ran as a thin cord of constant width from below her ear across her jaw to a finger at her chin,
a chin strap. Now her finger is at the side of her neck at the hair's front edge and the lock,
wider at the root than at the finger, runs from the hair to it without crossing her face.

Skin is measured on head.svg (which paints her visible hair: hair.svg lies behind the head): a
pixel of it lighter than r 120 is skin (the hair is r < 90, the shaded skin under the jaw r > 160). Band points within 2 px of the finger are left out (the
curl on the finger covers them)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.assets import Assets
from game.view import View

HEAD = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "her" / "head.svg"
SCALE = 4
EYES_LOCKED = "Her eyes were locked onto him"


@pytest.fixture(scope="module")
def lock() -> Iterator[tuple[Any, Any, list[tuple[float, float, float, float, float]]]]:
    """Her spec, her head's placement and the lock's band at 2 s into line 16."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from game.art.figures import strand_band
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    scene = ctx.scenes.story()
    n = next(i for i, line in enumerate(ctx.script.lines, 1) if EYES_LOCKED in line.text)
    scene.seek(n, 2.0)
    snap = scene.director.stage.at(scene.t)
    layers = ctx.renderer.layers
    frame = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), snap, scene.t, scene.pen_uv)
    placed = layers.figures._scene(frame.figures, scene.t)[1]["her"]
    spec = layers.figures.specs["her"]
    yield spec, placed["head"], strand_band(spec, placed["head"], (placed["curl"].x, placed["curl"].y), scene.t)
    pygame.quit()


def _head_local(spec: Any, head: Any, x: float, y: float) -> tuple[float, float]:
    """A room point in head.svg coordinates (local_point's inverse)."""
    p = spec.parts["head"]
    a = math.radians(-head.angle)
    dx, dy = x - head.x, y - head.y
    lx, ly = dx * math.cos(a) - dy * math.sin(a), dx * math.sin(a) + dy * math.cos(a)
    return (p.pivot[0] + (-lx if head.flip else lx), p.pivot[1] + ly)


def test_the_lock_does_not_cross_her_face_or_jaw(lock: Any) -> None:
    spec, head, band = lock
    img = pygame.image.load_sized_svg(str(HEAD), (150 * SCALE, 210 * SCALE))
    fx, fy = band[-1][:2]
    on_skin = []
    for x, y, nx, ny, h in band:
        if math.hypot(x - fx, y - fy) < 2.0:
            continue
        for k in (-0.6, 0.0, 0.6):  # across the lock, short of its soft edges
            u, v = _head_local(spec, head, x + nx * h * k, y + ny * h * k)
            c = img.get_at((int(u * SCALE), int(v * SCALE)))
            if c.a > 128 and c.r > 120:
                on_skin.append((round(u), round(v)))
    assert not on_skin, f"the lock lies over her skin at head.svg {on_skin}"


def test_the_lock_tapers_from_root_to_finger(lock: Any) -> None:
    _spec, _head, band = lock
    root = max(h for *_, h in band[: len(band) // 3])
    tip = band[-1][4]
    assert root >= 2.5 * tip, f"half width {root:.1f} at the root, {tip:.1f} at the finger: a cord, not a lock"
    assert root >= 2.5, f"half width {root:.1f} room px at the root: one strand, not several"
