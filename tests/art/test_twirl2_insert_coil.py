"""Line 15, "She twirled a strand of chestnut hair around her finger" (hair_twirl): the coil round her
index finger is one continuous lock, over the finger and behind it in turn.

The turns were separate arcs, the ones behind the finger (strand_back*.svg) ending 16 px along the
finger from where the ones over it (strand*.svg) began: beside the finger a square-cut dark stub
showed, joined to nothing (about 190 px in every frame at 0aa3389), hoops hung on the finger rather
than a lock wound round it (review13 D6, as at 16/17). Now every piece of the coil seen behind the
finger runs into a stretch over it. Measured on the files at 1920x1080 (the insert's design size)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np
import pygame
from scipy import ndimage

from tools.hands import twirl

TWIRL = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "hair_twirl"


def _mask(name: str) -> np.ndarray:
    pygame.init()
    surf = pygame.image.load_sized_svg(str(TWIRL / name), (1920, 1080))
    return pygame.surfarray.array_alpha(surf).T > 128


def test_every_stretch_behind_the_finger_runs_into_one_over_it() -> None:
    """In each frame, every visible piece of the layer under the finger (not hidden by index.svg or
    the layer over it) of 20+ px touches the layer over the finger (within 2 px)."""
    index = _mask("index.svg")
    for k in range(twirl.FRAMES):
        over, under = _mask(f"strand{k}.svg"), _mask(f"strand_back{k}.svg")
        seen = under & ~index & ~over
        pieces, n = ndimage.label(seen)
        near = ndimage.binary_dilation(over, iterations=2)
        sizes = ndimage.sum(seen, pieces, range(1, n + 1))
        loose = [int(s) for i, s in enumerate(sizes, 1) if s >= 20 and not (near & (pieces == i)).any()]
        assert loose == [], f"frame {k}: pieces of the coil behind the finger joined to nothing: {loose} px"


def test_the_coil_is_one_helix_passing_over_and_behind_in_turn() -> None:
    """Two turns: the helix passes over the finger twice and behind it twice, alternating, and each
    stretch begins where the one before it ends."""
    for k in range(twirl.FRAMES):
        runs = twirl._helix_runs(k / twirl.FRAMES)
        sides = [near for near, _ in runs]
        assert sides.count(True) == 2 and all(a != b for a, b in pairwise(sides)), sides
        assert all(a[1][-1] == b[1][0] for a, b in pairwise(runs))
