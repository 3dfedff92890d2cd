"""Line 18 ("She wore a simple dress, elegant yet understated,"): she sits up from the twirl and
her near hand comes down from her hair to her lap. Tweened straight (then elbow first), the
curled hand's raised forefinger crossed her lips at 0.3-0.4 s: a "shush" (the fresh review at the
end of stop 26). Now the hand slides down behind her jaw to her collarbone and opens there (the
`_uncurl` waypoint, game/art/rig.py), then the forearm unfolds to her lap.

Measured on the drawn hand (its opaque pixels at the room's scale, every drawing shown) over the
line's first 2 s, against the mouth drawn on her head: never closer than where the twirl left it
(beside her cheek, about 21 px), and never a pixel in the box in front of her lips."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest
from stage_probe import moment

from game.art.rig import local_point
from game.assets import Assets
from game.view import View

DRESS = "She wore a simple dress"
MOUTH = (108.0, 95.0)  # head.svg: the lips' middle (mouth_rest.svg's upper lip and line)
CHIN = (100.0, 120.0)  # head.svg: the chin's front
NEAR = 18.0  # room px: the hand's pixels keep at least this far from her lips (0.4 on the old tween)
FRONT_BOX = (-4.0, 70.0, -35.0, 25.0)  # room px from the lips (x from, x to, y from, y to): in front of the mouth


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _hand_pixels(story: tuple[Any, Any], at: float) -> tuple[np.ndarray, tuple[float, float], tuple[float, float]]:
    """Her near hand's opaque pixels (room px, N x 2), her lips and her chin, `at` s into line 18."""
    m = moment(story, DRESS, at)
    her = m.final["her"]
    rasters = m.layers.figures.rasters
    pts = []
    for d in m.drawn:
        if d.char != "her" or d.part != "near_hand" or d.alpha < 0.05:
            continue
        img, (x0, y0) = rasters.at(View(1.0, 0.0, 0.0), d, "mask")
        a = pygame.surfarray.array_alpha(img)
        xs, ys = np.nonzero(a > 96)
        pts.append(np.stack([xs + x0, ys + y0], axis=1))
    spec = m.layers.figures.specs["her"]
    head = her["head"]
    return np.concatenate(pts), local_point(spec, head, MOUTH), local_point(spec, head, CHIN)


def test_her_hand_never_comes_to_her_lips_as_she_sits_up(story: tuple[Any, Any]) -> None:
    worst = (math.inf, 0.0)
    for k in range(41):
        at = k * 0.05
        pts, lips, _ = _hand_pixels(story, at)
        d = float(np.min(np.hypot(pts[:, 0] - lips[0], pts[:, 1] - lips[1])))
        worst = min(worst, (d, at))
    assert worst[0] >= NEAR, f"line 18 at {worst[1]:.2f} s: her hand is {worst[0]:.1f} px from her lips (a finger at her mouth)"


def test_no_hand_in_front_of_her_mouth(story: tuple[Any, Any]) -> None:
    x0, x1, y0, y1 = FRONT_BOX
    for k in range(41):
        at = k * 0.05
        pts, lips, _ = _hand_pixels(story, at)
        dx, dy = pts[:, 0] - lips[0], pts[:, 1] - lips[1]
        inside = int(np.count_nonzero((dx >= x0) & (dx <= x1) & (dy >= y0) & (dy <= y1)))
        assert inside == 0, f"line 18 at {at:.2f} s: {inside} px of her hand in front of her mouth"


def test_she_ends_sitting_up_with_the_hand_in_her_lap(story: tuple[Any, Any]) -> None:
    """By 1.5 s the hand is well below her chin (on her lap), leaving the dress's bodice clear."""
    pts, _, chin = _hand_pixels(story, 1.5)
    assert float(pts[:, 1].min()) - chin[1] >= 150.0, "line 18 at 1.5 s: her hand is not down in her lap"
