"""Lines 62 -> 63 -> 64 and 71, review11 N1, #1 and #3.

N1: at the end of 62 his hand lies palm-up with her fingertips on it; the cut to 63 showed the
back of a hand 290 px away, a thumb up and no fingers, and then his four fingers grew out of the
gap like telescopes. Now 63 opens on 62's last pose (the same palm-up drawing of his hand, in the
same place and skin; her hand where 62 left it) and his fingers fold up between hers: first the
pad rising toward us (no nail), then over the back of her hand (nail up).
#1: the light and shade on the clasp's fingers lie inside each finger's outline (a radial
knuckle highlight drawn as a circle showed past the finger as a translucent blob).
#3: line 71's squeeze happens while a player looks, between 2 and 4 s (it was over by 2 s)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.inserts import Inserts, _blit_part, load_spec
from game.art.svg import SvgCache
from tools.hands import clasp

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SIZE = (960, 540)
TO_1080 = 1920 / SIZE[0]


@pytest.fixture(scope="module")
def inserts(tmp_path_factory: pytest.TempPathFactory) -> Inserts:
    pygame.init()
    return Inserts(INSERTS, SvgCache(tmp_path_factory.mktemp("svg")), seed=7)


def _mask(inserts: Inserts, insert: str, u: float, names: tuple[str, ...]) -> np.ndarray:
    """The opaque pixels (alpha > 160) of the parts whose file names start with `names`, at `u`."""
    spec = load_spec(INSERTS, insert)
    out = pygame.Surface(SIZE, pygame.SRCALPHA)
    for part, tf in zip(spec.parts, inserts.transforms(insert, u), strict=True):
        if part.svg.name.startswith(names) and tf.alpha > 0.5:
            _blit_part(out, inserts._raster(part.svg, SIZE), part.pivot, tf, SIZE[0] / 1920, {})
    return pygame.surfarray.array_alpha(out) > 160


def _centre(m: np.ndarray) -> np.ndarray:
    xs, ys = np.nonzero(m)
    return np.array([xs.mean(), ys.mean()])


def test_line_63_opens_on_line_62s_last_pose(inserts: Inserts) -> None:
    """His hand at the first moment of 63 is 62's last drawing of it, in the same place: the two
    silhouettes share most of their pixels and their centres lie within 30 px at 1080p; her hand's
    centre too (she then slides it the last way into his)."""
    his62, his63 = _mask(inserts, "hand_reach", 6.0, ("his",)), _mask(inserts, "hands_intertwined", 0.0, ("his",))
    iou = (his62 & his63).sum() / (his62 | his63).sum()
    moved = float(np.linalg.norm(_centre(his62) - _centre(his63))) * TO_1080
    assert iou > 0.8 and moved < 30, f"his hand jumps at the cut 62 -> 63: {iou:.2f} shared, {moved:.0f} px apart"
    her62, her63 = _mask(inserts, "hand_reach", 6.0, ("hers",)), _mask(inserts, "hands_intertwined", 0.0, ("her", "web"))
    for m in (her62, her63):  # her hand, not the forearm the frame's edge cuts
        m[: np.nonzero(m)[0].max() - 170] = False
    moved = float(np.linalg.norm(_centre(her62) - _centre(her63))) * TO_1080
    tips = abs(int(np.nonzero(her62)[0].max()) - int(np.nonzero(her63)[0].max())) * TO_1080
    assert moved < 30 and tips < 30, f"her hand jumps {moved:.0f} px (her fingertips {tips:.0f} px) at the cut 62 -> 63"
    shown = [p.svg.name for p, tf in zip(load_spec(INSERTS, "hands_intertwined").parts,
                                          inserts.transforms("hands_intertwined", 0.0), strict=True) if tf.alpha > 0.5]
    palm = (INSERTS / "hands_intertwined" / "his.svg").read_text(encoding="utf-8")
    assert "his.svg" in shown and 'data-side="palm"' in palm, "his hand does not open 63 palm up"
    assert all(f"his_open{i}.svg" in shown for i in range(4)), f"his open fingers are not there at 63's start: {shown}"


def test_his_fingers_fold_up_pad_first_then_over_her_hand() -> None:
    """No finger grows out of the gap: each of his fingers that has left the open hand lies over
    the back of her hand (nail up) and closes there; from above its first phalanx only shortens
    as it curls, never lengthens. (review12 B1 replaced the pad-up rising stage, which made the
    finger grow on screen as it folded, 75 -> 107 px: see test_hands_clasp_b1.)"""
    nails = [len(re.findall("data-nail", (INSERTS / "hands_intertwined" / f"his_lace{k}.svg").read_text(encoding="utf-8")))
             for k in range(1, clasp.FRAMES)]
    moving = [sum(clasp.stage(k, i) >= 1 for i in range(4)) for k in range(1, clasp.FRAMES)]
    assert nails == moving, f"nails per lacing frame {nails}, fingers over her hand {moving}"
    firsts = [clasp.FOLD[s][0] for s in sorted(clasp.FOLD)]
    assert all(a >= b for a, b in itertools.pairwise(firsts)), f"the first phalanx grows as it folds: {firsts}"


@pytest.mark.parametrize(("insert", "svg"), [("hands_intertwined", "her_lace7.svg"), ("hands_intertwined", "his_lace7.svg"),
                                             ("hands_intertwined", "his_squeeze2.svg"), ("hands_tighten", "her_grip4.svg"),
                                             ("hands_tighten", "his_tip1_grip.svg")])
def test_the_fingers_light_and_shade_lie_inside_them(insert: str, svg: str) -> None:
    """No knuckle light or shade is a loose disc laid over the clasp (it showed past the finger
    as a translucent blob, review11 #1): the clasp's fingers carry no <circle>."""
    text = (INSERTS / insert / svg).read_text(encoding="utf-8")
    assert "<circle" not in text, f"{insert}/{svg}: a disc of light or shade laid over the fingers"


def test_line_71_the_squeeze_is_seen_between_2_and_4_s(inserts: Inserts) -> None:
    """Between 2 and 4 s his fingers press in over the back of her hand: the knuckle end of each of
    his gripping fingers moves at least 5 px at 1080p (review13 B2: a press of 5-10 px against her
    hand, not the old 15+ px slide that read as the camera), and his fingers change drawing (they
    curl) within that time."""
    def roots(u: float) -> np.ndarray:
        return np.array([np.nonzero(_mask(inserts, "hands_tighten", u, (f"his_tip{i}",)).any(axis=1))[0].max()
                         for i in range(4)], dtype=float)
    r0 = roots(2.0)
    moved = max(float(np.abs(roots(u) - r0).min()) * TO_1080 for u in (2.5, 3.0, 3.4, 3.8))
    assert moved >= 5, f"his fingers press in only {moved:.1f} px at 1080p between 2 and 4 s"
    assert all(2.0 < t < 4.0 for t in clasp.GRIP_AT), f"his fingers curl at {clasp.GRIP_AT} s, not while one looks"


@pytest.mark.parametrize("pose", [1, 2])
def test_line_62_his_turning_hand_has_no_notch_at_the_knuckles(pose: int) -> None:
    """On its edge (1.15-1.65 s) his outer fingers' roots lie inside the squashed palm's edge:
    the roll squashes where a finger sits across the hand, not how wide it is, and the index and
    little finger stood out past the palm by ~19 px at 1080p in a square notch (review11)."""
    import math

    from tools.hands import reach
    from tools.hands.solid import build

    h = reach.his_hand(reach.HIS_POSES[pose])
    k = abs(math.cos(math.radians(h.xf.roll)))
    palm = max(abs(y) for x, y in reach.HIS_PALM if x > 150) * max(k, 0.42)
    fingers = [fs for kind, _p, _sh, fs in build(h) if kind == "finger" and fs is not None]
    worst = max((abs(fs.base[1]) * k + fs.w / 2 - palm) * h.xf.s for fs in fingers)
    assert worst <= 3, f"pose {pose}: a finger's root stands {worst:.0f} px out past the edge of his palm"
