"""Line 18 ("She wore a simple dress, elegant yet understated,"): as she sits up, her near hand goes
from her collarbone to her lap. Unfolded straight from the one to the other, her forearm stood out
level at chest height at 0.6-0.75 s, the open hand held out in the air ahead of her bodice: it read
as reaching for nothing (review14 #6: the hand's pixels up to 90 px from her body at 0.65 s, mean
59). Now (game/art/rig.py `UNCURL_VIA`) the hand slides down her bodice with the elbow drawn back
and bent, then along her thigh to her lap: every pixel of it stays within a few finger-widths of her
torso or thighs.

Measured on the drawn parts (their opaque pixels at the room's scale) every 0.05 s from her
collarbone (0.55 s) until she is settled (1.5 s)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pygame
import pytest
from stage_probe import moment

from game.assets import Assets
from game.view import View

DRESS = "She wore a simple dress"
FROM, TO = 0.55, 1.5  # s into line 18: the hand at her collarbone .. settled in her lap
NEAR_BODY = 40.0  # room px: no pixel of the hand farther than this from her torso or thighs (90 before)
BENT = 45.0  # degrees: the elbow's bend at least this while the hand comes down (a straight arm reaches)
BODY = ("torso", "near_thigh", "far_thigh")


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _pixels(m: Any, parts: tuple[str, ...]) -> np.ndarray:
    """Her parts' opaque pixels (room px, N x 2), every drawing of them shown."""
    rasters = m.layers.figures.rasters
    pts = []
    for d in m.drawn:
        if d.char != "her" or d.part not in parts or d.alpha < 0.05:
            continue
        img, (x0, y0) = rasters.at(View(1.0, 0.0, 0.0), d, "mask")
        xs, ys = np.nonzero(pygame.surfarray.array_alpha(img) > 96)
        pts.append(np.stack([xs + x0, ys + y0], axis=1))
    return np.concatenate(pts).astype(np.float64)


def _farthest(hand: np.ndarray, body: np.ndarray) -> float:
    """The largest distance from a hand pixel to the nearest body pixel (the body on a 3-px grid:
    within 2 px of exact, and small enough to compare every pair)."""
    grid = body[(body[:, 0] % 3 == 0) & (body[:, 1] % 3 == 0)]
    near = np.full(len(hand), np.inf)
    for chunk in np.array_split(grid, max(1, len(grid) // 4000)):
        d = np.hypot(hand[:, None, 0] - chunk[None, :, 0], hand[:, None, 1] - chunk[None, :, 1]).min(axis=1)
        np.minimum(near, d, out=near)
    return float(near.max())


def test_her_hand_comes_down_close_to_her_body(story: tuple[Any, Any]) -> None:
    worst = (0.0, 0.0)
    for k in range(round((TO - FROM) / 0.05) + 1):
        at = FROM + 0.05 * k
        m = moment(story, DRESS, at)
        worst = max(worst, (_farthest(_pixels(m, ("near_hand",)), _pixels(m, BODY)), at))
    assert worst[0] <= NEAR_BODY, f"line 18 at {worst[1]:.2f} s: her hand is {worst[0]:.0f} px out from her body (reaching)"


def test_her_elbow_stays_bent_on_the_way_down(story: tuple[Any, Any]) -> None:
    for k in range(round((TO - FROM) / 0.05) + 1):
        at = FROM + 0.05 * k
        her = moment(story, DRESS, at).final["her"]
        bend = abs(her["near_fore"].angle - her["near_upper"].angle)
        assert bend >= BENT, f"line 18 at {at:.2f} s: her elbow is bent only {bend:.0f} degrees (a straight arm)"
