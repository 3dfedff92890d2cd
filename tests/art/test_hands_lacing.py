"""Line 63's lacing runs finger by finger (review8 #5: "which hand is on top swaps"), and her
bent fingers run on from the back of her hand (no dark collar at her knuckles).

The old art cut all four of her straight fingers for her bent ones, and his four open fingers
away, in one frame at 1.1 s: which hand lay on top changed by a cut (8.2 % of the clasp's pixels
changed between two frames 1/30 s apart). Now each pair of fingers trades places on its own
beat, 0.3 s apart, so no frame-to-frame change in the lacing is a pop.

INSERTS_DIR can point the tests at another copy of assets/art/inserts (to check the old art fails).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import numpy
import pygame
import pytest
from test_hands_laced import _layers, _lum  # (tests/art is on sys.path, as for every test here)

from game.art.inserts import Inserts, load_spec
from tools.hands import clasp

ROOT = Path(__file__).resolve().parents[2]
INSERTS = Path(os.environ.get("INSERTS_DIR", ROOT / "assets" / "art" / "inserts"))
FPS = 30



def _rgb(s: pygame.Surface) -> numpy.ndarray:
    return pygame.surfarray.array3d(s).astype(int)


def test_no_frame_of_the_lacing_pops(inserts: Inserts) -> None:
    """From 0.9 s to 2.6 s no two frames 1/30 s apart differ in more than 5 % of the clasp's pixels."""
    _, layers, full = _layers(inserts, "hands_intertwined", 1.0, INSERTS)
    clasp = int((numpy.abs(_rgb(full) - _rgb(layers[0])).sum(axis=2) > 30).sum())  # all but the table
    prev = None
    worst = (0.0, 0.0)
    for k in range(int(0.9 * FPS), int(2.6 * FPS) + 1):
        u = k / FPS + 0.004  # (off the keys' exact times)
        img = _rgb(_layers(inserts, "hands_intertwined", u, INSERTS)[2])
        if prev is not None:
            changed = int((numpy.abs(img - prev).max(axis=2) > 40).sum()) / clasp
            worst = max(worst, (changed, u))
        prev = img
    assert worst[0] < 0.05, f"at {worst[1]:.2f} s {worst[0]:.1%} of the clasp changes in one frame: a cut, not a lacing"


def test_her_fingers_settle_one_after_another(inserts: Inserts) -> None:
    """At 1.5 s some of her fingers are already bent between his while others still lie straight,
    and his fingers start sliding at as many different times as there are fingers."""
    names = [p.svg.name for p in load_spec(INSERTS, "hands_intertwined").parts]
    tfs = inserts.transforms("hands_intertwined", 1.5)
    shown = {n for n, tf in zip(names, tfs, strict=True) if tf.alpha == 1.0}
    bent = any(n.startswith("her_bent") for n in shown) or "her_fingers.svg" in shown
    straight = any(n.startswith("her_open") for n in shown) or "her_fingers_open.svg" in shown
    assert bent and straight, f"at 1.5 s her fingers are all {'bent' if bent else 'straight'}"
    tips = [names.index(f"his_tip{i}.svg") for i in range(4)]
    starts = {next(k for k in range(0, 90) if inserts.transforms("hands_intertwined", k / FPS)[i].alpha == 1.0) for i in tips}
    assert len(starts) == 4 and max(starts) - min(starts) >= 0.75 * FPS, \
        f"his fingers start sliding at frames {sorted(starts)}: not one after another over ~1 s"


@pytest.mark.parametrize(("insert", "held"), [("hands_intertwined", 6.0), ("hands_tighten", 0.5)])
def test_her_bent_fingers_run_on_from_the_back_of_her_hand(inserts: Inserts, insert: str, held: float) -> None:
    """Review8 #2 of the clasp, "her knuckles read as rounded caps with a pointed collar": along
    each of her fingers, from the back of her hand over her knuckle into the bent finger, the
    skin darkens by at most 12 levels anywhere below both sides (the old art: a 27-28 level dark
    collar at her middle finger's root, the webs' shade lying over the back of her hand there)."""
    _, _, img = _layers(inserts, insert, held, INSERTS)
    k = img.get_width() / 1920
    for i, (mx, my) in enumerate(clasp.HER_MCP):
        lum = []
        for x in range(int(mx) - 30, int(mx) + 24, 2):
            p = clasp.HER_XF((x, my))
            lum.append(_lum(img.get_at((round(p[0] * k), round(p[1] * k)))))
        dip = max(min(max(lum[:j + 1]), max(lum[j:])) - lum[j] for j in range(len(lum)))
        assert dip <= 12, f"{insert}: her finger {i} starts past a {dip:.0f}-level dark collar at her knuckle"


def _front_x(outline: list[tuple[float, float]], y: float) -> float:
    """The outline's furthest x (toward the fingers) at height `y`."""
    xs = [a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1])
          for a, b in itertools.pairwise(outline) if a[1] != b[1] and min(a[1], b[1]) <= y <= max(a[1], b[1])]
    return max(xs)


def test_the_back_of_the_reaching_hand_is_flat_at_the_knuckles_and_narrow_at_the_wrist() -> None:
    """Review8 #8 (line 62): the back of his reaching hand kept a rounded dome outline, curving
    back from the middle knuckle (20 units back at three quarters of the way to its edge). A real
    hand's knuckle line is nearly straight (it only slants back toward the little finger) with
    firm corners, and the wrist is well narrower than the knuckles."""
    from tools.hands import reach
    back = [(float(x), float(y)) for x, y in reach.BACK]
    tip = max(x for x, _ in back)
    half = max(abs(y) for _, y in back)
    assert tip - _front_x(back, -0.75 * half) <= 8, "the index side of the knuckle line curves back (a dome)"
    assert tip - _front_x(back, 0.75 * half) <= 16, "the little finger's side of the knuckle line curves back (a dome)"
    wrist = max(abs(y) for x, y in back if x <= 0)
    assert wrist <= 0.56 * half, f"the wrist is {wrist / half:.2f} of the knuckles' width"


def test_line_7_the_gripping_fingers_wrap_over_the_fist_to_its_far_side() -> None:
    """Review8 #19, "the clench is passive: one hand lies loose on the other fist": the gripping
    hand lay low, its fingers along the fist's lower edge (121 samples of it past the middle of the
    fist, a quarter of them over the fist, the rest hanging below). Its fingers now wrap across the
    fist, their tips pressing in over its far side: a good area of the hand lies past the fist's
    middle, nearly all of it on the fist."""
    pygame.init()
    d = INSERTS / "clenched_hands"
    fist = pygame.mask.from_surface(pygame.image.load(str(d / "fist_left.svg")), 128)
    grip = pygame.mask.from_surface(pygame.image.load(str(d / "fist_right.svg")), 200)
    middle = max(fist.get_bounding_rects(), key=lambda r: r.w * r.h).centerx
    past = [(x, y) for x in range(0, middle, 2) for y in range(0, fist.get_size()[1], 2) if grip.get_at((x, y))]
    on = sum(fist.get_at(p) for p in past)
    assert len(past) >= 1000, f"the gripping hand reaches only {len(past)} samples past the fist's middle"
    assert on >= 0.9 * len(past), f"only {on / len(past):.0%} of the gripping fingers past its middle lie on the fist"
