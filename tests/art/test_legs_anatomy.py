"""Line 14, "Her legs were crossed, one foot tapping rhythmically on the floor." (review10 #13).

The close shot's legs measured as drawn: each shin's front is the straight tibia and the
calf's swell lies behind it (the old planted leg bulged forward below the knee like a
reversed knee); each ankle is well under half the calf's depth and runs into the pump in
the stocking's own colour; over the crossed knee there is one outline, not two (the old
thigh and shin pieces each drew theirs, a doubled, pinched contour); and the tapping foot
turns at the ankle with the heel on the floor, the shin following so the ankle stays in
the shoe."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pygame
import pytest

from game.art.inserts import Inserts, load_spec
from tools.hands import legs

ROOT = Path(__file__).resolve().parents[2]
DIR = ROOT / "assets" / "art" / "inserts" / "crossed_legs"
V = legs.view  # the legs are drawn in design px and shown half as large again (review11 N3)
SHINS = (("shin_low.svg", V(legs.FAR_KNEE), V(legs.FAR_ANKLE)), ("shin_top.svg", V(legs.NEAR_KNEE), V(legs.NEAR_ANKLE)))


def _load(name: str) -> pygame.Surface:
    pygame.init()
    return pygame.image.load_sized_svg(str(DIR / name), (1920, 1080))


def _depths(s: pygame.Surface, knee: tuple[float, float], ankle: tuple[float, float], u: float) -> tuple[int, int]:
    """How far the drawn leg reaches in front of (toward her toes) and behind its knee-to-ankle
    axis, u of the way down: marching out from the axis until the leg's opaque fill ends."""
    out = []
    for sign in (1, -1):
        t = 0
        while t < 200:
            x, y = legs.axis_point(knee, ankle, u, sign * (t + 1))
            if s.get_at((round(x), round(y))).a < 200:
                break
            t += 1
        out.append(t)
    return out[0], out[1]


@pytest.mark.parametrize(("svg", "knee", "ankle"), SHINS)
def test_legs_calf_swells_behind_a_straight_shin(svg: str, knee: tuple[float, float], ankle: tuple[float, float]) -> None:
    """The shin's front is straight (no point more than 4 px off the line from below the knee to
    the ankle) and the deepest part of the leg's profile is the calf, behind the axis, a fifth to
    a half of the way down, reaching 15+ px further back than the front reaches forward."""
    s = _load(svg)
    us = [0.16 + 0.04 * i for i in range(20)]  # below the knee to just above the ankle
    prof = [_depths(s, knee, ankle, u) for u in us]
    f0, f1 = prof[0][0], prof[-1][0]
    bow = max(abs(f - (f0 + (f1 - f0) * i / (len(us) - 1))) for i, (f, _b) in enumerate(prof))
    assert bow <= 4, f"{svg}: the shin's front bows {bow} px off a straight line (a calf in front)"
    backs = [b for _f, b in prof]
    deepest = us[backs.index(max(backs))]
    assert 0.2 <= deepest <= 0.5, f"{svg}: the calf is deepest {deepest:.2f} of the way down"
    assert max(backs) >= max(f for f, _b in prof) + 15, f"{svg}: no calf swells behind the shin"


@pytest.mark.parametrize(("svg", "knee", "ankle"), SHINS)
def test_legs_ankle_narrower_than_the_calf(svg: str, knee: tuple[float, float], ankle: tuple[float, float]) -> None:
    """The ankle just above the pump is under half the calf's depth (the old ankles were tubes)."""
    s = _load(svg)
    calf = max(sum(_depths(s, knee, ankle, u)) for u in (0.25, 0.3, 0.35, 0.4))
    ank = sum(_depths(s, knee, ankle, 0.86))
    assert ank <= 0.5 * calf, f"{svg}: ankle {ank} px beside the calf's {calf} px"


def _ankle_colour_continues(s: pygame.Surface, knee: tuple[float, float], ankle: tuple[float, float]) -> float:
    """The largest colour step (sum of |dRGB|) down the leg's middle across the ankle into the instep."""
    col = [s.get_at(tuple(round(v) for v in legs.axis_point(knee, ankle, 0.8 + 0.01 * i, 0))) for i in range(24)]
    return max(sum(abs(a[c] - b[c]) for c in range(3)) for a, b in itertools.pairwise(col))


def test_legs_ankle_runs_into_the_shoe_in_the_stocking() -> None:
    """Down the crossed leg's ankle into its instep the colour changes in no step over 60 (the old
    instep was a grey-beige block of its own gradient over the ankle)."""
    s = _load("shin_top.svg")
    step = _ankle_colour_continues(s, V(legs.NEAR_KNEE), V(legs.NEAR_ANKLE))
    assert step < 60, f"a colour step of {step} at the crossed ankle: a block"


def _composite(order: list[str]) -> pygame.Surface:
    out = pygame.Surface((1920, 1080))
    out.fill((255, 255, 255))
    for name in order:
        out.blit(_load(name), (0, 0))
    return out


def _lum(c: pygame.Color) -> float:
    return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b


def test_legs_one_contour_over_the_crossed_knee() -> None:
    """Along the crossed leg's top, from the thigh past the hem over the kneecap and down the shin,
    each normal through the silhouette crosses exactly one dark outline (the old pieces each drew
    theirs: two lines a few px apart where the thigh met the knee)."""
    s = _composite(["shin_low.svg", "shin_top.svg", "leg_top.svg"])
    k, a = legs.NEAR_KNEE, legs.NEAR_ANKLE
    contour = [V(p) for p in [*legs.THIGH_TOP[-2:], *legs.knee_cap(k, a)[1:], legs.axis_point(k, a, 0.2, 33),
                              legs.axis_point(k, a, 0.3, 31)]]
    samples = []
    for p, q in itertools.pairwise(contour):
        for i in range(6):
            t = i / 6
            samples.append(((p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t), (q[0] - p[0], q[1] - p[1])))
    doubled = []
    for (x, y), (tx, ty) in samples:
        ln = math.hypot(tx, ty)
        nx, ny = ty / ln, -tx / ln  # the outward normal (the contour runs clockwise over the top)
        runs, dark = 0, False
        for t in range(-18, 12):
            d = _lum(s.get_at((round(x + nx * t), round(y + ny * t)))) < 50
            runs += d and not dark
            dark = d
        if runs != 1:
            doubled.append(((round(x), round(y)), runs))
    assert not doubled, f"not one outline over the crossed knee at {doubled}"


def test_legs_foot_turns_at_the_ankle_with_the_heel_down(inserts: Inserts) -> None:
    """At the top of each tap the foot has turned 10+ degrees against the shin (so it turns at the
    ankle), the heel tip has not moved, the toe has lifted 25+ px, and the ankle as carried by
    the foot and as carried by the shin stay within 4 px (the ankle never leaves the shoe); the
    tap repeats every 0.85 s."""
    spec = load_spec(DIR.parent, "crossed_legs")
    order = [p.svg.name for p in spec.parts]
    fi, si = order.index("foot_low.svg"), order.index("shin_low.svg")
    foot, shin = spec.parts[fi], spec.parts[si]

    def moved(p: tuple[float, float], pivot: tuple[float, float], rot: float) -> tuple[float, float]:
        r = math.radians(rot)  # counter-clockwise on screen (y down), as the insert turns parts
        vx, vy = p[0] - pivot[0], p[1] - pivot[1]
        return (pivot[0] + vx * math.cos(r) + vy * math.sin(r), pivot[1] - vx * math.sin(r) + vy * math.cos(r))

    toe = V(legs.shoe_point(legs.FAR_ANKLE, legs.FAR_SHOE_ANG, legs.TOE))
    heel = V(legs.shoe_point(legs.FAR_ANKLE, legs.FAR_SHOE_ANG, legs.HEEL))
    ankle = V(legs.FAR_ANKLE)
    tops = []
    for k in range(170):
        u = k / 50
        tf = inserts.transforms("crossed_legs", u)
        fr, sr = tf[fi].rot, tf[si].rot
        a_foot, a_shin = moved(ankle, foot.pivot, fr), moved(ankle, shin.pivot, sr)
        assert math.dist(a_foot, a_shin) < 4.0 * legs.VIEW_K, f"the ankle leaves the shoe at {u:.2f} s"  # 4 design px
        assert math.dist(moved(heel, foot.pivot, fr), heel) < 6.0, f"the heel leaves the floor at {u:.2f} s"
        tops.append(fr - sr)
    assert max(tops) >= 10.0, f"the foot turns only {max(tops):.1f} degrees at the ankle"
    top = max(inserts.transforms("crossed_legs", k / 50)[fi].rot for k in range(50))
    assert toe[1] - moved(toe, foot.pivot, top)[1] > 25.0, "the toe barely lifts"
    lifted = [k for k in range(170) if tops[k] > 5 and (k == 0 or tops[k - 1] <= 5)]
    gaps = {round((b - a) / 50, 2) for a, b in itertools.pairwise(lifted)}
    assert lifted and gaps <= {0.84, 0.86, 0.85}, f"taps start at {lifted} (not every 0.85 s)"


def test_legs_opaque_whenever_shown(inserts: Inserts) -> None:
    """No part of the legs, the pumps or the dress is ever drawn part-transparent."""
    for k in range(100):
        for tf in inserts.transforms("crossed_legs", k * 0.05):
            assert tf.alpha == 1.0
