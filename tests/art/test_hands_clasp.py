"""The interlaced clasp is a hooked clasp of her hand in his open palm (lines 63-64 and 71).

Her hand back up, his palm up beside it, the webs locked: his fingers rise between hers and fold
over the back of her hand (nails up), and hers run out from under her knuckles over his open palm
and curl into it (nails up, foreshortened as they turn down). From the camera above the table
every finger shows, alternating his, hers, his, hers (review10 #1: the old design hid her
fingertips round the back of his hand, so all one saw of her fingers was a column of stubs).
Two palm-down hands stacked would show his palm nowhere."""

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
    fingers = "her_lace7.svg" if insert == "hands_intertwined" else "her_grip0.svg"
    assert svg(fingers).count("data-nail") == 4, f"{insert}: her four fingers, back up over his palm, do not show their nails"
    for i in range(4):
        tips = [*(INSERTS / insert).glob(f"his_tip{i}*.svg")] or [INSERTS / insert / "his_lace7.svg"]
        assert tips and all("data-nail" in p.read_text(encoding="utf-8") for p in tips), \
            f"{insert}: his finger {i} does not show its nail as it wraps over the back of her hand"


def _reach(inserts: Inserts, insert: str, u: float) -> tuple[float, float]:
    """How far her shown fingers reach past her knuckles at `u` (design px), and the finger's length."""
    from game.art.inserts import _blit_part
    spec = load_spec(INSERTS, insert)
    size = (960, 540)
    k = size[0] / 1920
    s = pygame.Surface(size, pygame.SRCALPHA)
    her = [j for j, p in enumerate(spec.parts) if p.svg.name.startswith(("her_lace", "her_squeeze", "her_grip"))]
    tfs = inserts.transforms(insert, u)
    for j in her:
        if tfs[j].alpha > 0.5:
            _blit_part(s, inserts._raster(spec.parts[j].svg, size), spec.parts[j].pivot, tfs[j], k, {})
    right = max(r.right for r in pygame.mask.from_surface(s, 160).get_bounding_rects()) / k
    dx = tfs[her[0]].dx
    knuckles = max(clasp.HER_XF(m)[0] for m in clasp.HER_MCP) + dx
    return right - knuckles, clasp.HER_XF.s * sum(clasp.HER_LENS[1])


@pytest.mark.parametrize(("insert", "held"), CLASPS)
def test_her_fingers_curl_into_his_palm_and_his_cross_her_knuckles(inserts: Inserts, insert: str, held: float) -> None:
    """At the held clasp her fingers reach past her knuckles by a curled finger's length: well
    short of a straight one (they turn down into his palm) but in sight; his fingers cross her
    knuckles and lie over the back of her hand."""
    reach, finger = _reach(inserts, insert, held)
    assert 0.4 * finger < reach < 0.85 * finger, \
        f"{insert}: her fingers reach {reach:.0f} px past her knuckles (a straight finger is {finger:.0f}): not curled"
    her_knuckle_x = min(clasp.HER_XF(m)[0] for m in clasp.HER_MCP)
    for i in range(4):
        tip = finger_geom(clasp.tip_spec(i), clasp.HER_XF)[0][-1]
        assert tip[0] < her_knuckle_x - 60, f"his finger {i} does not reach over her knuckles onto the back of her hand"


def test_the_placing_shows_her_fingers_open_then_cut_to_the_clasp(inserts: Inserts) -> None:
    """Line 63: while she places her hand (0-1 s) her fingers are straight over his palm; when the
    lacing starts the straight drawing is cut (never faded), and by 64 they are curled."""
    names = [p.svg.name for p in load_spec(INSERTS, "hands_intertwined").parts]
    o, c = names.index("her_lace0.svg"), names.index("her_lace7.svg")
    early, late = inserts.transforms("hands_intertwined", 0.5), inserts.transforms("hands_intertwined", 6.0)
    assert (early[o].alpha, early[c].alpha) == (1.0, 0.0) and (late[o].alpha, late[c].alpha) == (0.0, 1.0)
    straight, finger = _reach(inserts, "hands_intertwined", 0.5)
    assert straight > 0.9 * finger, f"her fingers placing reach only {straight:.0f} of {finger:.0f} px: not straight"
    assert re.search("data-nail", (INSERTS / "hands_intertwined" / "her_lace0.svg").read_text(encoding="utf-8")), \
        "her straight fingers, palm down over his open palm, show their nails"
