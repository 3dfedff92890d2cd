"""Line 7: the gripping hand's knuckles are pressure-pale skin, not glowing blobs (review7 #4).

Along each of its fingers, across the big knuckle (80 design units centred on it, the hand
fully blanched: all three white stages laid on), the brightest pixel stands above the middle
of the run by 19 levels on average and 34 at most (the old art: 33 and 50, a lit crown in a
notch of the outline with a dark valley each side, which read as a glowing bead)."""

from __future__ import annotations

import statistics
from pathlib import Path

import pygame

from tools.hands import fists

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"


def _lum(c: pygame.Color) -> float:
    return 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]


def test_the_gripping_knuckles_do_not_glow() -> None:
    pygame.init()
    size = (1920, 1080)
    s = pygame.image.load_sized_svg(str(INSERTS / "clenched_hands" / "fist_right.svg"), size).copy()
    for stage in ("", "2", "3"):
        s.blit(pygame.image.load_sized_svg(str(INSERTS / "clenched_hands" / f"white_right{stage}.svg"), size), (0, 0))
    peaks = []
    for fs in fists.GRIP_FINGERS:
        bx, by = fs.base
        vals = []
        for dx in range(-40, 41, 2):
            p = fists.GRIP((bx + dx, by))
            c = s.get_at((round(p[0]), round(p[1])))
            if c.a > 250:
                vals.append(_lum(c))
        peaks.append(max(vals) - statistics.median(vals))
    assert sum(peaks) / len(peaks) < 25 and max(peaks) < 40, f"the knuckles glow: peaks {[round(p) for p in peaks]}"
