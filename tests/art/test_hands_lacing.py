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
import statistics
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
    """At 1.5 s her fingers are at three or more different stages of their curl (one drawing holds
    each finger at its own stage, review10 #1), and his open fingers leave, each as it starts to
    rise between hers, at four different times."""
    names = [p.svg.name for p in load_spec(INSERTS, "hands_intertwined").parts]
    tfs = inserts.transforms("hands_intertwined", 1.5)
    shown = [n for n, tf in zip(names, tfs, strict=True) if tf.alpha == 1.0 and n.startswith("her_lace")]
    assert len(shown) == 1, shown
    k = int(shown[0].removeprefix("her_lace").removesuffix(".svg"))
    stages = {clasp.stage(k, i) for i in range(4)}
    assert len(stages) >= 3, f"at 1.5 s her fingers are at stages {stages}: not one after another"
    opens = [names.index(f"his_open{i}.svg") for i in range(4)]
    ends = {next(k for k in range(0, 90) if inserts.transforms("hands_intertwined", k / FPS + 0.004)[i].alpha == 0.0)
            for i in opens}
    assert len(ends) == 4 and max(ends) - min(ends) >= 0.3 * FPS, \
        f"his fingers start rising at frames {sorted(ends)}: not one after another"


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
        # (against the median of the hand behind and the finger ahead, not their single brightest
        # sample: since review10 #1 her fingers run out from under her knuckles, and a knuckle's
        # small highlight made a flat hand-to-finger run read as a dip)
        dip = max(min(statistics.median(lum[:j + 1]), max(lum[j:])) - lum[j] for j in range(len(lum)))
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
    back = [(float(x), float(y)) for x, y in reach.HIS_PALM]  # (review10 #5: one silhouette, tools/hands/solid.py)
    tip = max(x for x, _ in back)
    half = max(abs(y) for _, y in back)
    assert tip - _front_x(back, -0.75 * half) <= 8, "the index side of the knuckle line curves back (a dome)"
    assert tip - _front_x(back, 0.75 * half) <= 16, "the little finger's side of the knuckle line curves back (a dome)"
    wrist = max(abs(y) for x, y in back if x <= 0)
    assert wrist <= 0.56 * half, f"the wrist is {wrist / half:.2f} of the knuckles' width"


# (line 7's gripping fingers: review10 #6 redrew the grip as a hand clamped over the back of the fist,
# its fingertips dug into it; see tests/art/test_hands_fists_7.py)
