"""The gaze (line 24) at 1:1 (the lead's crops of stop 26): a lit band with a hard edge along each jaw
read as a chinstrap, her hair as a flat cap with a hard dark outline, and her mouth as a pink lump with no
parting. These measure each part as drawn at 1080p (GAZE_DIR: another copy of the parts, to check them
against the old art, 0c0aaf9)."""

from __future__ import annotations

import math
from itertools import pairwise

import pygame
import pytest
from test_faces_gaze_heads import _load as _surf
from test_faces_gaze_heads import _lum

from tools.faces_close import face, gaze, gaze_head


def _at(surf: pygame.Surface, p: tuple[float, float]) -> pygame.Color:
    return surf.get_at((round(p[0]), round(p[1])))


def _jaw_y(prof: list[tuple[float, float]], x: float) -> float:
    """The jaw line's height at local `x` (the profile's lowest run behind the chin)."""
    jaw = sorted((q for q in prof if q[1] > 30 and q[0] < -60), key=lambda q: q[0])
    for (ax, ay), (bx, by) in pairwise(jaw):
        if ax <= x <= bx:
            return ay + (by - ay) * (x - ax) / (bx - ax)
    raise AssertionError(f"no jaw at {x}")


@pytest.mark.parametrize(("name", "who"), [("her.svg", "her"), ("his_head.svg", "him")])
def test_no_lit_strap_along_the_jaw(name: str, who: str) -> None:
    """Up a line through the jaw at five places from the chin back to the angle, from 4 to 30 local px
    above the jaw line: no step where the skin gets >= 9 levels darker within 4 px going up (the inner
    edge of a lit band: old 25 on her, 35 on him); the candle's light fades up the jaw as a gradient."""
    surf = _surf(name)
    pl, m = (gaze.HER_AT, face.HER) if who == "her" else (gaze.HIM_AT, face.HIM)
    prof = gaze._prof(m)
    worst = -99.0
    for x in (-110.0, -140.0, -170.0, -200.0, -230.0):
        y = _jaw_y(prof, x)
        col = [_lum(_at(surf, pl((x, y - k)))) for k in range(4, 31, 2)]
        worst = max(worst, *(a - b for a, b in zip(col, col[2:], strict=False)))
    assert worst <= 8, f"{who}: an edge {worst:.0f} levels inside the jaw: a lit strap"


def test_her_hair_has_no_dark_outline_round_the_cap() -> None:
    """Rays out from inside her skull over the crown and the back: the hair's 1-3 px inside its outer edge
    no darker than 10 px inside by more than 6 levels (the median ray; old: a dark stroke, 12 levels under)."""
    surf = _surf("her.svg")
    pl = gaze.HER_AT
    c = pl((-250.0, -250.0))
    drops = []
    for deg in range(-150, -29, 10):  # from the back round over the crown (y down: negative is up)
        a = math.radians(deg)
        r = 0.0
        while r < 400 and _at(surf, (c[0] + math.cos(a) * (r + 1), c[1] + math.sin(a) * (r + 1))).a > 200:
            r += 1
        rim = min(_lum(_at(surf, (c[0] + math.cos(a) * (r - k), c[1] + math.sin(a) * (r - k)))) for k in (1, 2, 3))
        inner = _lum(_at(surf, (c[0] + math.cos(a) * (r - 10), c[1] + math.sin(a) * (r - 10))))
        drops.append(inner - rim)
    drops.sort()
    assert drops[len(drops) // 2] <= 6, f"her hair's rim {drops[len(drops) // 2]:.0f} levels under the hair inside"


@pytest.mark.parametrize(("name", "who"), [("her.svg", "her"), ("his_head.svg", "him")])
def test_the_lips_part_on_a_dark_line(name: str, who: str) -> None:
    """Behind the lips' front, along the parting (the stomion back toward the corner): the darkest pixel
    of each short column >= 55 levels under the lips 6 and 8 local px above and below it (now her ~85, him
    80-96; old: her 35-39, a shade stroke over a lump of one colour; him 19-27, review12's 'blurred blob')."""
    surf = _surf(name)
    pl, m = (gaze.HER_AT, gaze.HER) if who == "her" else (gaze.HIM_AT, gaze.HIM)
    lm = gaze_head.landmarks(gaze._prof(m))
    ox, oy = lm["sto"]
    gaps = []
    for dx in (4.0, 8.0, 12.0, 16.0):
        x = ox - dx
        line = min(_lum(_at(surf, pl((x, oy + t)))) for t in (-1.0, 0.0, 1.0, 2.0, 3.0))
        lips = (_lum(_at(surf, pl((x, oy - 6)))) + _lum(_at(surf, pl((x, oy + 8))))) / 2
        gaps.append(lips - line)
    assert min(gaps) >= 55, f"{who}'s lips' parting only {min(gaps):.0f} levels under the lips"


@pytest.mark.parametrize(("name", "who"), [("her.svg", "her"), ("his_head.svg", "him")])
def test_the_neck_under_the_jaw_is_short(name: str, who: str) -> None:
    """Straight down from under the jaw (local x -150 and -180), the bare neck runs to the dress or the
    collar within 0.21 of the crown-to-jaw height (now her 0.18 under her higher jaw, review12 D7, him 0.08;
    old: her 0.24, him 0.23, a long neck under a short jaw)."""
    surf = _surf(name)
    pl, m = (gaze.HER_AT, face.HER) if who == "her" else (gaze.HIM_AT, face.HIM)
    prof = gaze._prof(m)
    worst = 0.0
    for lx in (-150.0, -180.0):
        jy = _jaw_y(prof, lx)
        x, y = pl((lx, jy + 6))
        run = 0
        while (c := _at(surf, (x, y + run))).a >= 128 and c.r > c.g > c.b and c.r - c.b > 40:  # skin
            run += 1
        worst = max(worst, run / (pl((lx, jy))[1] - pl((-230.0, -450.0))[1]))
    assert worst <= 0.21, f"{who}'s neck runs {worst:.2f} of the head's height under the jaw"
