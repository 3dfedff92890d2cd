"""Line 7: the gripping hand's knuckles are pressure-pale skin, not glowing blobs (review7 #4).

Along each of its fingers, across the big knuckle (80 design units centred on it, the hand
fully blanched: all three white stages laid on), the old art's knuckle read as a glowing bead:
a lit crown in a notch of the outline with a dark valley each side (peaks 33-50 levels over the
run's middle). Review10 #6 asks for knuckle caps 30-40 % lighter than the skin round them (that
is measured in test_hands_fists_7.py), so the peak itself may stand ~35-45 levels high now; what
must not come back is the bead: no dark valley beside the cap, and no cap brighter than half as
light again as the run. (The run is the knuckle's own length, 56 units: the gripping hand's back
is foreshortened now, and past that the tucked thumb's edge crosses the index finger. The valley
is looked for on the back of the hand's side of the crest: past it the finger curls down into
the fist, in shade.)"""

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
        for dx in range(-28, 29, 2):
            p = fists.GRIP((bx + dx, by))
            c = s.get_at((round(p[0]), round(p[1])))
            if c.a > 250:
                vals.append(_lum(c))
        peaks.append(max(vals) / statistics.median(vals))
        back = vals[: len(vals) // 2 + 1]  # from the back of the hand up to the crest
        dip = max(min(max(back[:j + 1]), max(back[j:])) - back[j] for j in range(len(back)))
        assert dip < 12, f"a dark valley ({dip:.0f} levels) beside a knuckle: a bead"
    assert max(peaks) < 1.5, f"the knuckles glow: peaks {[round(p, 2) for p in peaks]} x the run"
