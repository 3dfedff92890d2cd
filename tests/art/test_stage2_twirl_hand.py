"""Line 15 -> 16 (review11, continuity): at 15 (the close insert) she twirled with her LEFT hand at
her left temple (screen right), at 16/17 (the wide, she faces right, reclined) with her near hand,
her RIGHT, at her right temple. Now the insert shows the wide's hand: her right hand at her right
temple (screen left of her face's middle), drawn as a right hand seen from the back (not her left
mirrored: the thumb on the outer side), with the lock in the wide's chestnut. Her face and parting
are not mirrored."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.figures import HAIR
from tools.faces_close import twirl as face
from tools.hands import twirl

TWIRL = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "hair_twirl"


@pytest.fixture(scope="module", autouse=True)
def _pygame() -> None:
    pygame.init()


def _pixels(*names: str) -> tuple[np.ndarray, np.ndarray]:
    """(opaque mask, colours) of the named parts laid over each other at 1920x1080."""
    out = pygame.Surface((1920, 1080), pygame.SRCALPHA)
    for n in names:
        out.blit(pygame.image.load_sized_svg(str(TWIRL / n), (1920, 1080)), (0, 0))
    return pygame.surfarray.array_alpha(out) > 200, pygame.surfarray.array3d(out)


def test_the_twirling_hand_is_at_her_right_temple() -> None:
    """The hand's silhouette and the finger's top lie left of her face's middle (her right side),
    the finger's top at temple height (above the eyes' line), beside her face, not over it."""
    hand, _ = _pixels("hand.svg", "index.svg")
    xs, ys = np.nonzero(hand)
    assert xs.mean() < face.CX - 150, f"the hand's centre x {xs.mean():.0f}: at her left (screen right) side"
    top = int(np.argmin(ys))
    assert ys[top] < face.EYE_Y - 60 and xs[top] < face.LEFT_C[0], (
        f"the finger's top at ({xs[top]}, {ys[top]}): not at her right temple")
    pivot = [float(v) for v in (TWIRL / "insert.toml").read_text().split('svg = "hand.svg"\npivot = [')[1].split("]")[0].split(",")]
    assert pivot[0] < face.CX, "the twirl turns about a wrist at her left side"


def test_it_is_a_right_hand_seen_from_the_back() -> None:
    """The generator's hand frame, mirrored as the files are: fingers along +x, thumb on -y (a right
    hand's back, tools/hands/geometry.py). On screen (y down) a right hand's back has the thumb
    clockwise-before the fingers: cross(fingers, thumb) < 0."""
    xf = twirl.XF
    o, tip, thumb = xf((0, 0)), xf((100, 0)), xf((0, -100))

    def shown(p: tuple[float, float]) -> np.ndarray:
        return np.array([2 * twirl.AXIS - p[0], p[1]])  # the files' mirror (twirl.mirrored)

    f, t = shown(tip) - shown(o), shown(thumb) - shown(o)
    assert f[0] * t[1] - f[1] * t[0] < 0, "a left hand (a right hand mirrored)"
    assert f'matrix(-1 0 0 1 {2 * twirl.AXIS:g} 0)' in (TWIRL / "hand.svg").read_text(), "hand.svg not written mirrored"


def test_the_lock_is_the_wides_chestnut_and_leaves_her_hair_on_her_right() -> None:
    """The lock's mean colour within 10 of the wide's lock body (game/art/figures.py HAIR, 108,57,33;
    the old lock was 125,68,33, lighter and oranger), and its root (its topmost pixel) in her hair
    at her right temple."""
    lock, rgb = _pixels("strand_back0.svg", "strand0.svg")
    mean = rgb[lock].mean(axis=0)
    assert np.all(np.abs(mean - np.array(HAIR[2])) <= 10), f"the lock's colour {mean.round()} vs the wide's {HAIR[2]}"
    xs, ys = np.nonzero(lock)
    root = (xs[np.argmin(ys)], ys.min())
    assert root[0] < face.CX - 100 and root[1] < face.EYE_Y - 150, f"the lock leaves her hair at {root}"
