"""The twirled lock at lines 16-17, "Her eyes were locked onto him, never straying." (review11 N5):
a pale, skin-coloured ribbon round one raised finger, at her throat below the ear, read at 1:1 as a
brooch, while the close insert at 15 shows her winding the lock at her temple. Now the lock is her
hair's own chestnut and leaves the hair at her temple, above the ear, where her raised forefinger
winds it, as at 15.

Colours are measured on the art: her painted hair is head.svg's pixels darker than r 120 (its
mean is the chestnut a player sees in the wides, about (95, 49, 28)); the old lock was (158, 96, 58),
its curl (160, 96, 58), 75 levels lighter, the tone of her neck."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.view import View

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "her"
SCALE = 4
EYES_LOCKED = "Her eyes were locked onto him"
EAR_TOP = 76.0  # head.svg: the top of her ear (its rim starts at y 78 on x 62)
NEAR = 40.0  # rgb distance: a lock within this of her hair's mean reads as her hair


def _raster(name: str, size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    pygame.init()
    img = pygame.image.load_sized_svg(str(ART / name), size)
    return pygame.surfarray.array_alpha(img), pygame.surfarray.array3d(img).astype(float)


def _hair_mean() -> np.ndarray:
    alpha, rgb = _raster("head.svg", (150 * SCALE, 210 * SCALE))
    return rgb[(alpha > 128) & (rgb[..., 0] < 120)].mean(axis=0)


@pytest.fixture(scope="module")
def lock() -> Iterator[tuple[Any, Any, Any, list[tuple[float, float, float, float, float]]]]:
    """Her spec, her head's and the curl's placement and the lock's band at 2 s into line 16."""
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
    yield spec, placed["head"], placed["curl"], strand_band(spec, placed["head"], (placed["curl"].x, placed["curl"].y), scene.t)
    pygame.quit()


def _head_local(spec: Any, head: Any, x: float, y: float) -> tuple[float, float]:
    """A room point in head.svg coordinates (local_point's inverse)."""
    p = spec.parts["head"]
    a = math.radians(-head.angle)
    dx, dy = x - head.x, y - head.y
    lx, ly = dx * math.cos(a) - dy * math.sin(a), dx * math.sin(a) + dy * math.cos(a)
    return (p.pivot[0] + (-lx if head.flip else lx), p.pivot[1] + ly)


def test_the_lock_is_her_hairs_chestnut() -> None:
    from game.art.figures import HAIR

    hair = _hair_mean()
    body = np.array(HAIR[2], dtype=float)
    assert np.linalg.norm(body - hair) <= NEAR, f"the lock's body {HAIR[2]} is not her hair's {hair.round()}: it reads as skin"
    alpha, rgb = _raster("curl.svg", (120, 120))
    curl = rgb[alpha > 128].mean(axis=0)
    assert np.linalg.norm(curl - hair) <= NEAR, f"the curl on her finger {curl.round()} is not her hair's {hair.round()}"
    assert curl[0] > 1.6 * curl[1], f"the curl {curl.round()} is not chestnut"


def test_the_lock_leaves_the_hair_at_her_temple_as_in_the_insert(lock: Any) -> None:
    from game.art.figures import STRAND_ROOT

    spec, head, curl, _band = lock
    alpha, rgb = _raster("head.svg", (150 * SCALE, 210 * SCALE))
    u, v = STRAND_ROOT
    c = rgb[int(u * SCALE), int(v * SCALE)]
    assert alpha[int(u * SCALE), int(v * SCALE)] > 128 and c[0] < 120, f"the lock's root {STRAND_ROOT} is not in her hair ({c})"
    assert v < EAR_TOP, f"the lock's root at y {v} is below her ear's top: at her throat, not her temple as at 15"
    fu, fv = _head_local(spec, head, curl.x, curl.y)
    assert fv < EAR_TOP, f"the finger at head y {fv:.0f} is below her ear: not at her temple"
    assert math.dist((fu, fv), STRAND_ROOT) <= 30, f"the finger is {math.dist((fu, fv), STRAND_ROOT):.0f} px from the lock's root"


def test_the_lock_tapers_from_root_to_finger(lock: Any) -> None:
    *_, band = lock
    root = max(h for *_, h in band[: len(band) // 3])
    tip = band[-1][4]
    assert root >= 2.5 * tip, f"half width {root:.1f} at the root, {tip:.1f} at the finger: a cord, not a lock"
    assert root >= 2.5, f"half width {root:.1f} room px at the root: one strand, not several"


def test_her_twirling_hand_shows_five_separate_digits() -> None:
    """Across the hand below the knuckles (row 44 of hand_curl.svg): the forefinger and the three
    curled fingers, each a run of skin between dark outlines; the thumb beside the forefinger above."""
    alpha, rgb = _raster("hand_curl.svg", (46 * SCALE, 90 * SCALE))
    lum = rgb.mean(axis=2)

    def runs(y: float, x0: float, x1: float) -> int:
        row = (alpha[int(x0 * SCALE):int(x1 * SCALE), int(y * SCALE)] > 128) & (lum[int(x0 * SCALE):int(x1 * SCALE), int(y * SCALE)] > 140)
        return int(np.count_nonzero(row[1:] & ~row[:-1]) + (1 if row[0] else 0))

    assert runs(44, 7, 36) >= 4, f"{runs(44, 7, 36)} fingers across the hand below the knuckles"
    assert runs(38.5, 3, 16) >= 2, "the thumb is not apart from the forefinger"
