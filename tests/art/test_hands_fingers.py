"""Fingers are drawn as fingers, not mannequin segments (issue 11, review: "segmented fingers").

Every close shot's finger is one tapering form (tools/hands/fingerform.py): its width eases
down from the root to a round pad and never swells at a joint, its outline turns smoothly
(no kink where one phalanx would meet the next), and it is stroked open at the root, so it
flows into the palm with no seam; the knuckle creases are short, faint wrinkles on top of the
knuckle, never a ring round the finger."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tools.hands import clasp, fingerform, laced, reach, twirl
from tools.hands.geometry import MCP, FingerSpec, Xf, finger_geom

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
HAND_SVGS = ("hand_reach/hers_fingers0.svg", "hand_reach/his.svg", "hair_twirl/hand.svg",
             "hair_twirl/index.svg", "hands_tighten/his_tip1.svg", "hands_tighten/his_tip1_c2.svg")  # (63/64: one drawing per lacing frame)


def _specs() -> list[FingerSpec]:
    out = [*reach.fingers(reach.HIS_MCP, reach.HIS_W, reach.HIS_LENS, reach.HIS_POSES[1], 0.78),  # reach.py's own poses (hers: the clasp's)
           *twirl.fingers(), *clasp.HER_FINGERS, *(laced.bend_spec(i, c) for i in range(4) for c in (0.0, 1.0))]  # (the drawn bend over her hand)
    out.append(FingerSpec(MCP[1], 0.0, (70, 48, 36), 40.0, (25.0, 30.0)))  # a finger bent hard at both joints
    return out


@pytest.mark.parametrize("k", range(len(_specs())))
def test_a_finger_tapers_to_a_round_pad_and_turns_smoothly(k: int) -> None:
    sp = _specs()[k]
    cp, ws, _ = finger_geom(sp, Xf(600, 500, rot=-30, s=1.5))
    sh = fingerform.shape(cp, ws[0], sp.taper)
    grows = [b - a for a, b in zip(sh.half, sh.half[1:], strict=False) if b > a + 1e-6]
    assert not grows, f"the finger swells along its length ({grows}): a bulge at a joint"
    assert sh.half[-1] < sh.half[0], "the finger does not taper"
    for side in (sh.left, sh.right):
        assert max(fingerform.turns(side)) < 12.0, "a side of the finger kinks (a segment seam)"
    assert max(fingerform.turns(sh.rim())) < 20.0, "the outline turns sharply (a cut-off or pointed tip)"
    rim = sh.rim()
    assert min(min(abs(p[0] - q[0]) + abs(p[1] - q[1]) for q in rim) for p in (sh.root,)) > ws[0] * 0.2, \
        "the outline closes across the root (a seam where the finger meets the palm)"


def _anchors(d: str) -> list[tuple[float, float]]:
    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]
    pts = list(zip(nums[0::2], nums[1::2], strict=True))
    return [pts[0], *pts[3::3]]


@pytest.mark.parametrize("name", HAND_SVGS)
def test_the_committed_hands_draw_smooth_open_finger_outlines_and_faint_creases(name: str) -> None:
    svg = (INSERTS / name).read_text(encoding="utf-8")
    rims = re.findall(r'<path data-rim="1" d="([^"]+)"', svg)
    assert rims, f"{name}: no finger drawn as one form (fingerform)"
    for d in rims:
        assert "Z" not in d, f"{name}: a finger's outline is closed across its root (a seam at the palm)"
        turns = fingerform.turns(_anchors(d))
        assert max(turns) < 25.0, f"{name}: a finger outline kinks by {max(turns):.0f} degrees"
    for tag in re.findall(r"<path data-crease[^>]*>", svg):
        op = float(re.search(r'opacity="([0-9.]+)"', tag).group(1))  # type: ignore[union-attr]
        assert op <= 0.35, f"{name}: a knuckle crease drawn as a dark line ({op})"
    # no ring round a finger: nothing but the creases and the rim is stroked across the fingers darker than 0.35
    assert len(re.findall(r'<path d="M[^"]*" stroke="#[0-9a-f]{6}" stroke-width="1\.[68]" fill="none" opacity="0\.[5-9]',
                          svg)) == 0, f"{name}: crease lines across the fingers"


@pytest.mark.parametrize("name", ["fist_left.svg"])  # fist_right.svg is the hand gripping it (finger forms)
def test_the_fists_folded_fingers_are_modelled_not_inked_blocks(name: str) -> None:
    """Line 7: the folded fingers of a fist flow down from the knuckle ridge; only the forearm, the back
    of the hand, the thumb and its nail carry an ink outline (the old fist outlined every phalanx:
    12 inked shapes, blocks stacked like a mannequin's), the fingers' edges are faint strokes."""
    svg = (INSERTS / "clenched_hands" / name).read_text(encoding="utf-8")
    inked = svg.count('stroke-opacity="0.8"')
    assert inked <= 4, f"clenched_hands/{name}: {inked} shapes outlined in ink"
    creases = [float(o) for o in re.findall(r'stroke="#7e5038" stroke-width="[0-9.]+" fill="none" opacity="([0-9.]+)"', svg)]
    assert creases and max(creases) <= 0.4, f"clenched_hands/{name}: a crease drawn dark ({max(creases, default=0)})"
