"""The interlaced clasp is palm to palm (lines 63-64 and 71; review: "two palm-down hands stacked").

Intertwined fingers: the two palms face each other, his fingers between hers, the fingertips
of each round the back of the other's hand. From the camera above the table one sees the back
of her hand with his fingertips wrapping over it (nails up), his hand palm up under hers, and
of her fingers only their first joints, bending down between his: her fingertips are round the
back of his hand, out of sight. Two palm-down hands stacked show both sets of nails."""

from __future__ import annotations

import re
from pathlib import Path

import pygame
import pytest

from game.art.inserts import Inserts, load_spec
from tools.hands import clasp
from tools.hands.geometry import finger_geom

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
CLASPS = (("hands_intertwined", 7.0), ("hands_tighten", 3.0))



@pytest.mark.parametrize(("insert", "held"), CLASPS)
def test_the_back_of_her_hand_shows_and_his_palm_faces_it(insert: str, held: float) -> None:
    def svg(name: str) -> str:
        return (INSERTS / insert / name).read_text(encoding="utf-8")

    assert 'data-side="back"' in svg("her.svg") and 'data-side="palm"' not in svg("her.svg"), \
        f"{insert}: her hand is not seen from its back"
    assert 'data-side="palm"' in svg("his.svg") and 'data-side="back"' not in svg("his.svg"), \
        f"{insert}: his hand under hers is not palm up (palm to palm)"
    assert "data-nail" not in svg("her_fingers.svg"), \
        f"{insert}: her fingernails show: her fingertips lie flat on his hand instead of round the back of it"
    for i in range(4):
        tips = [p for p in (INSERTS / insert).glob(f"his_tip{i}*.svg")]
        assert tips and all("data-nail" in p.read_text(encoding="utf-8") for p in tips), \
            f"{insert}: his finger {i} does not show its nail as it wraps over the back of her hand"


@pytest.mark.parametrize(("insert", "held"), CLASPS)
def test_her_fingers_bend_down_between_his_not_lie_across_his_hand(inserts: Inserts, insert: str, held: float) -> None:
    """At the held clasp, the drawn part of her fingers reaches past her knuckles by less than half
    a finger's length (the rest bends down round his hand); his fingers cross her knuckles and
    lie over the back of her hand."""
    spec = load_spec(INSERTS, insert)
    names = [p.svg.name for p in spec.parts]
    size = (960, 540)
    k = size[0] / 1920
    s = pygame.Surface(size, pygame.SRCALPHA)
    i = names.index("her_fingers.svg")
    part, tf = spec.parts[i], inserts.transforms(insert, held)[i]
    from game.art.inserts import _blit_part
    _blit_part(s, inserts._raster(part.svg, size), part.pivot, tf, k, {})
    mask = pygame.mask.from_surface(s, 160)
    rects = mask.get_bounding_rects()
    right = max(r.right for r in rects) / k  # design px
    knuckles = max(clasp.HER_XF(m)[0] for m in clasp.HER_MCP) + tf.dx
    finger = clasp.HER_XF.s * sum(clasp.HER_LENS[1])  # her middle finger, root to tip
    assert right - knuckles < 0.5 * finger, \
        f"{insert}: her fingers reach {right - knuckles:.0f} px past her knuckles (a whole finger is {finger:.0f}): lying flat"
    her_knuckle_x = min(clasp.HER_XF(m)[0] for m in clasp.HER_MCP)
    for i in range(4):
        tip = finger_geom(clasp.tip_spec(i), clasp.HER_XF)[0][-1]
        assert tip[0] < her_knuckle_x - 60, f"his finger {i} does not reach over her knuckles onto the back of her hand"


def test_the_placing_shows_her_fingers_open_then_cut_to_the_clasp(inserts: Inserts) -> None:
    """Line 63: while she places her hand (0-1 s) her fingers are straight over his palm; when the
    lacing starts (1.1 s) the straight drawing is cut (never faded) for the bent one."""
    names = [p.svg.name for p in load_spec(INSERTS, "hands_intertwined").parts]
    o, c = names.index("her_fingers_open.svg"), names.index("her_fingers.svg")
    early, late = inserts.transforms("hands_intertwined", 0.5), inserts.transforms("hands_intertwined", 6.0)
    assert (early[o].alpha, early[c].alpha) == (1.0, 0.0) and (late[o].alpha, late[c].alpha) == (0.0, 1.0)
    assert re.search("data-nail", (INSERTS / "hands_intertwined" / "her_fingers_open.svg").read_text(encoding="utf-8")), \
        "her straight fingers, palm down over his open palm, show their nails"
