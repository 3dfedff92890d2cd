"""Review 8's hand items, measured on the drawings (lines 63/64, 62, 14).

- #5 one skin per person: his fingers laced over her hand are his palm's tone (the old art drew
  them a deeper tan than his own palm, ratio 0.80); the tone step is between him and her.
- #5 his finger roots at 1.5 s (sliding out between hers) end in no dark notch (the old art: a
  near-black arrow-shaped shade at each root).
- #24 line 64 is not a frozen hold: over any stretch of the held clasp his thumb tip travels well
  over 10 px (1080p) back and forth over her knuckles (the old keys stopped at 14 s, and line 64
  plays after line 63 has been read, so it was a still).

INSERTS_DIR can point the tests at another copy of assets/art/inserts (to check the old art fails).
"""

from __future__ import annotations

import math
import os
import statistics
from pathlib import Path

import pygame
import pytest
from test_hands_laced import _layers as laced_layers  # (tests/art is on sys.path, as for every test here)
from test_hands_laced import _lum

from game.art.inserts import Inserts, load_spec
from tools.hands import clasp
from tools.hands.geometry import finger_geom

ROOT = Path(__file__).resolve().parents[2]
INSERTS = Path(os.environ.get("INSERTS_DIR", ROOT / "assets" / "art" / "inserts"))
K = 960 / 1920  # test_hands_laced draws the layers at 960x540



def _layers(inserts: Inserts, insert: str, u: float) -> tuple[list[str], list[pygame.Surface], pygame.Surface]:
    """Each part drawn alone at `u`, and all of them composed (test_hands_laced's, from INSERTS)."""
    return laced_layers(inserts, insert, u, INSERTS)


def _owner(names: list[str], layers: list[pygame.Surface], x: int, y: int) -> str:
    top = ""
    for name, m in zip(names, layers, strict=True):
        if m.get_at((x, y)).a > 200:
            top = name
    return top


def test_his_laced_fingers_are_his_palms_tone(inserts: Inserts) -> None:
    names, layers, img = _layers(inserts, "hands_intertwined", 6.0)
    fingers, palm = [], []
    for x in range(260, 700, 2):
        for y in range(100, 360, 2):
            top = _owner(names, layers, x, y)
            if top.startswith(("his_tip", "his_lace", "his_squeeze")):  # (review10 #1: a drawing per frame)
                fingers.append(_lum(img.get_at((x, y))))
            elif top == "his.svg":
                palm.append(_lum(img.get_at((x, y))))
    ratio = statistics.median(fingers) / statistics.median(palm)
    assert ratio >= 0.88, f"his fingers are {ratio:.2f} of his own palm's luminance: two skins on one man"


def test_his_wrist_runs_into_his_palm_without_a_step(inserts: Inserts) -> None:
    """Along his arm from the forearm onto the heel of his palm, luminance changes by at most 10
    levels over 8 design px (the old art: a 14-20 level step where the palm's fill began)."""
    _, _, img = _layers(inserts, "hands_intertwined", 6.0)
    for ly in (-20, 0, 20):
        prof = []
        for lx in range(-80, 45, 4):
            x, y = clasp.HIS_XF((lx, ly))
            prof.append(_lum(img.get_at((round(x * K), round(y * K)))))
        step = max(abs(b - a) for a, b in zip(prof, prof[2:], strict=False))
        assert step <= 10, f"a {step:.0f}-level step across his wrist at {ly}: two skins on one arm"


def test_his_sliding_finger_roots_end_in_no_dark_notch(inserts: Inserts) -> None:
    """At 1.5 s, within his fingers' outlines near their roots, no pixel is near-black."""
    names, layers, img = _layers(inserts, "hands_intertwined", 1.5)
    dark = 0
    for x in range(440, 520):
        for y in range(100, 360):
            if _owner(names, layers, x, y).startswith("his_tip") and _lum(img.get_at((x, y))) < 45:
                dark += 1
    assert dark < 40, f"{dark} near-black px at his finger roots (dark arrow-shaped notches)"


def _thumb_tip(inserts: Inserts, u: float) -> tuple[float, float]:
    """His thumb's tip at `u`, in 1080p px (its design point moved by the part's transform)."""
    spec = load_spec(INSERTS, "hands_intertwined")
    i = [p.svg.name for p in spec.parts].index("his_thumb.svg")
    tf = inserts.transforms("hands_intertwined", u)[i]
    cp, _, _ = finger_geom(clasp.FingerSpec(clasp.THUMB_BASE, 194.0, (88, 60), 50, (6,), "back", taper=0.66),
                           clasp.HER_XF)
    px, py = spec.parts[i].pivot
    vx, vy = (cp[-1][0] - px) * tf.scale, (cp[-1][1] - py) * tf.scale
    a = math.radians(tf.rot)
    # the same rotation sense as the blit (pygame rotates counter-clockwise on screen)
    rx, ry = vx * math.cos(a) + vy * math.sin(a), -vx * math.sin(a) + vy * math.cos(a)
    return px + rx + tf.dx, py + ry + tf.dy


@pytest.mark.parametrize("start", [6.0, 20.0, 576.5])
def test_line_64_thumb_strokes_her_knuckles(inserts: Inserts, start: float) -> None:
    """Whenever line 64 is on screen (seconds or minutes into the shot), within 3.5 s his thumb
    tip travels over 10 px."""
    pts = [_thumb_tip(inserts, start + k * 0.25) for k in range(15)]
    span = max(math.dist(a, b) for a in pts for b in pts)
    assert span >= 10, f"from {start} s his thumb tip moves {span:.1f} px in 3.5 s: a frozen hold"


def _reach_tips(inserts: Inserts, u: float, who: str) -> list[tuple[float, float]]:
    """The shown pose's fingertips (1920 px) for `who` ("his" or "hers") at `u`, relative to that
    hand's own slide (the part's dx, dy), so a change is the fingers moving, not the hand."""
    from tools.hands import reach

    spec = load_spec(INSERTS, "hand_reach")
    names = [p.svg.name for p in spec.parts]
    tfs = inserts.transforms("hand_reach", u)
    files = reach.HIS_NAMES if who == "his" else reach.HER_NAMES
    shown = [i for i, n in enumerate(files) if n in names and tfs[names.index(n)].alpha > 0.5]
    assert len(shown) == 1, f"{who}: {len(shown)} poses shown at {u} s"
    return reach.fingertips(who, shown[0])  # (review10 #5: the poses are tools/hands/reach.py's Pose drawings)


def test_line_62_his_fingers_open_as_he_reaches_and_hers_answer(inserts: Inserts) -> None:
    """His fingertips move over 12 px within his hand from 0.5 s to 4 s (the old art: one drawing
    slid in, 0 px); hers over 6 px from 1 s to 4 s (the old: her hand still)."""
    a, b = _reach_tips(inserts, 0.5, "his"), _reach_tips(inserts, 4.0, "his")
    his = max(math.dist(p, q) for p, q in zip(a, b, strict=True))
    assert his >= 12, f"his fingertips move {his:.1f} px within his hand: a rigid sprite"
    a, b = _reach_tips(inserts, 1.0, "hers"), _reach_tips(inserts, 4.0, "hers")
    hers = max(math.dist(p, q) for p, q in zip(a, b, strict=True))
    assert hers >= 6, f"her fingertips move {hers:.1f} px: no answer from her hand"


def _row_width(mask: pygame.mask.Mask, y: int) -> int:
    xs = [x for x in range(mask.get_size()[0]) if mask.get_at((x, y))]
    return max(xs) - min(xs) + 1 if xs else 0


def _legs_mask(name: str) -> pygame.mask.Mask:
    pygame.init()
    s = pygame.image.load_sized_svg(str(INSERTS / "crossed_legs" / name), (1920, 1080))
    return pygame.mask.from_surface(s, 160)


# (review10 #13: the planted leg is its shin alone now, under the crossed thigh; rows at a third of
# each shin and just above its pump)
@pytest.mark.parametrize(("svg", "calf_y", "ankle_y"), [("shin_low.svg", 548, 682), ("shin_top.svg", 462, 587)])
def test_line_14_calves_taper_to_slim_ankles(svg: str, calf_y: int, ankle_y: int) -> None:
    """Each shin is wide at the calf and slim at the ankle: ankle width <= 0.6 of the calf's
    (the old legs were tubes: 0.8-0.9). Rows in the legs' design px (shown half as large again,
    review11 N3)."""
    from tools.hands.legs import view

    calf_y, ankle_y = round(view((0, calf_y))[1]), round(view((0, ankle_y))[1])
    m = _legs_mask(svg)
    calf, ankle = _row_width(m, calf_y), _row_width(m, ankle_y)
    assert calf > 0 and ankle / calf <= 0.6, f"{svg}: ankle {ankle} px vs calf {calf} px: an untapered tube"


def test_line_14_legs_cross_at_the_knee_not_the_shins() -> None:
    """The top shin hangs clear in front of the lower leg's knee and shin: over its length (rows
    440-560) it lies wholly right of the lower leg (the old top knee sat short of the lower knee,
    so the shins lay over each other: crossed at the shins)."""
    low, top = _legs_mask("shin_low.svg"), _legs_mask("shin_top.svg")

    def span(m: pygame.mask.Mask, y: int) -> tuple[int, int]:
        xs = [x for x in range(900, 1920) if m.get_at((x, y))]
        return (min(xs), max(xs)) if xs else (9999, -1)

    from tools.hands.legs import view

    rows = [round(view((0, y))[1]) for y in range(440, 561, 10)]
    top_left = min(span(top, y)[0] for y in rows)
    low_right = max(span(low, y)[1] for y in rows)
    assert top_left > low_right + 20, f"the top shin (from x {top_left}) lies over the lower leg (to x {low_right})"


def test_line_7_no_tab_under_the_gripping_wrist() -> None:
    """Under the gripping hand's wrist (about (1280, 712) at 1080p) no skin lies outside the
    back of the hand and the forearm (the old art: the forearm's square end poked out there as a
    triangular tab, ~230 px)."""
    from tools.hands import fists

    pygame.init()
    s = pygame.image.load_sized_svg(str(INSERTS / "clenched_hands" / "fist_right.svg"), (1920, 1080))
    inside = pygame.Surface((1920, 1080), pygame.SRCALPHA)
    pygame.draw.polygon(inside, (255, 255, 255, 255), [fists.GRIP(p) for p in fists.GRIP_BACK])
    # the forearm up to 30 px short of the wrist (its body, not its end)
    arm = [(-420, -64), (-60, -56), (-30, -50), (-30, 50), (-60, 56), (-420, 64)]
    pygame.draw.polygon(inside, (255, 255, 255, 255), [fists.ARM(p) for p in arm])
    tab = sum(1 for x in range(1236, 1300) for y in range(690, 730)
              if s.get_at((x, y)).a > 200 and _lum(s.get_at((x, y))) > 90 and inside.get_at((x, y)).a == 0)
    assert tab < 40, f"{tab} px of skin poke out under his wrist (a tab)"
