"""Line 7, "His hands were clenched, his fingers white with tension." (review12 B3).

The lower fist still read as an open hand: four rounded finger blocks hanging side by side with
dark notches between their ends, the pallor a flat wash down each finger. Measured here on the
drawn fist with its three white stages over it (full grip): the fist's lower edge is closed (the
fingers pressed together, the thumb wrapped across their tucked ends: the lower edge on
average within 6 px of its envelope, was ~12.7), and the white follows the two knuckle ridges (each knuckle's crest paler
than the back of the hand behind it by 45+ levels (were 29-72), the valleys between the knuckles darker than the crests
beside them by 150+ levels (were ~130), and down each finger both knuckles 15+ levels paler
than the phalanx between them: ridges, not a wash)."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pygame

from tools.hands import fists

SHOT = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "clenched_hands"
SIZE = (1920, 1080)
P = tuple[float, float]


def _layers(shot: Path, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    pygame.init()
    s = pygame.Surface(SIZE, pygame.SRCALPHA)
    for n in names:
        s.blit(pygame.image.load_sized_svg(str(shot / n), SIZE), (0, 0))
    rgb = pygame.surfarray.array3d(s).astype(float)
    return rgb @ np.array([0.299, 0.587, 0.114]), pygame.surfarray.array_alpha(s).astype(float)


def _full(shot: Path) -> tuple[np.ndarray, np.ndarray]:
    return _layers(shot, ["fist_left.svg", "white_left.svg", "white_left2.svg", "white_left3.svg"])


def _at(a: np.ndarray, p: P) -> float:
    return float(a[round(p[0]), round(p[1])])


def notch_depth(shot: Path = SHOT) -> float:
    """How far, on average (canvas px), the fist's lower edge across the fingers (little finger to
    index) falls short of its own envelope: for each line down the fist, how far the solid skin
    reaches, against the lower of the furthest reaches either side of it (0: one closed edge;
    fingers hanging apart leave notches between their ends)."""
    _lum, alpha = _full(shot)
    reach = []
    for x in np.arange(fists.FINGERS[0][0], fists.FINGERS[-1][0], 1.0):
        y = 0.0
        while y < 200 and _at(alpha, fists.LEFT((x, y + 1))) > 200:
            y += 1
        reach.append(y * fists.K)
    return float(np.mean([min(max(reach[:i + 1]), max(reach[i:])) - r for i, r in enumerate(reach)]))


def ridges(shot: Path = SHOT) -> tuple[list[float], list[float]]:
    """(each big knuckle's crest minus the back of the hand behind it; each valley between two big
    knuckles minus the paler of the crests beside it), in luminance levels at full grip."""
    lum, _a = _full(shot)
    crest = [_at(lum, fists.LEFT((fx, top + 4))) for fx, _w, top, _m, _b in fists.FINGERS]
    back = [_at(lum, fists.LEFT((fx * 0.9, top - 34))) for fx, _w, top, _m, _b in fists.FINGERS]
    lift = [c - b for c, b in zip(crest, back, strict=True)]
    dips = []
    for (a, ca), (b, cb) in itertools.pairwise(zip(fists.FINGERS, crest, strict=True)):
        v = min(_at(lum, fists.LEFT(((a[0] + b[0]) / 2 + dx, (a[2] + b[2]) / 2 + 4))) for dx in (-2, -1, 0, 1, 2))
        dips.append(v - min(ca, cb))
    return lift, dips


def along(shot: Path = SHOT) -> list[float]:
    """Down each folded finger at full grip: how much paler both knuckles (the big one's crest,
    the middle one's round) are than the phalanx between them (a flat wash: about 0)."""
    lum, _a = _full(shot)
    out = []
    for fx, _w, top, mid, _b in fists.FINGERS:
        def line(y0: float, y1: float, fx: float = fx) -> list[float]:
            return [_at(lum, fists.LEFT((fx, y))) for y in np.arange(y0, y1, 1.0)]
        out.append(min(max(line(top, top + 12)), max(line(mid - 10, mid + 2))) - min(line(top + 14, mid - 12)))
    return out


def test_the_fist_is_closed_with_no_notch_between_its_fingers() -> None:
    depth = notch_depth()
    assert depth <= 6, f"the fist's lower edge falls {depth:.1f} px short of its envelope: the fingers hang apart"


def test_the_white_follows_the_knuckle_ridges() -> None:
    lift, dips = ridges()
    assert min(lift) >= 45, f"a knuckle's crest is only {min(lift):.0f} levels paler than the back of the hand"
    assert max(dips) <= -150, f"a valley between the knuckles is only {-max(dips):.0f} levels darker than the crests"
    ridge = along()
    assert min(ridge) >= 15, f"the white is a wash down the fingers, not two knuckle ridges: {[round(x) for x in ridge]}"
