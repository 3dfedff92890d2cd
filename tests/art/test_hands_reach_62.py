"""Line 62, "He reached for her hand, his touch gentle but filled with a plea for understanding."

Review10 #5: both hands were one mirrored starfish, palm down, the back of each a translucent dome
with the finger shafts showing through, the thumb a separate sausage with a square-cut root; her
hand did not move from 1 to 4 s, and the plea had no gesture. Now: one opaque drawing of each hand
at every moment (cut, never faded), solid skin inside; his hand rolls over to palm-up as it comes
(the offer) and slides in under her fingertips; his hand larger and squarer than her slimmer one;
his thumb grows out of the thenar mound with no line across its root.
Review12/13 D3: her hand is the clasp's drawing of it (63's), at rest: its back and forearm never
move in 62 (the story: he reaches, she lets her hand lie), and only her fingers ease apart over his
palm as it comes in under them (the cut itself: tests/art/test_reach_cut_62_63.py). The tests of
62's own drawing of her hand (her thumb, her fingers lifting and sliding 20 px toward his) went
with that drawing, the one the cut replaced."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pygame
import pytest

from game.art.inserts import Inserts, load_spec
from tools.hands import clasp, reach
from tools.hands.geometry import FingerSpec, finger_geom
from tools.hands.solid import Hand, finger_shape

SHOT = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "hand_reach"


def _names() -> list[str]:
    return [p.svg.name for p in load_spec(SHOT.parent, "hand_reach").parts]


def _shown(inserts: Inserts, u: float, who: str) -> list[int]:
    """Indexes into reach.HIS_NAMES / HER_NAMES of the drawings of `who` shown at `u`."""
    names, tfs = _names(), inserts.transforms("hand_reach", u)
    files = reach.HIS_NAMES if who == "his" else reach.HER_NAMES
    return [k for k, n in enumerate(files) if tfs[names.index(n)].alpha > 0.5]


def _lum(c: pygame.Color) -> float:
    return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b


def test_hands_reach_one_opaque_drawing_of_each_hand_at_every_moment(inserts: Inserts) -> None:
    names = _names()
    for k in range(100):
        u = k * 0.05
        tfs = inserts.transforms("hand_reach", u)
        for n, tf in zip(names, tfs, strict=True):
            assert tf.alpha in (0.0, 1.0), f"{n} is {tf.alpha:.2f} opaque at {u:.2f} s (a hand seen through)"
        assert len(_shown(inserts, u, "his")) == 1 and len(_shown(inserts, u, "hers")) == 1, f"at {u:.2f} s"


def _inside_points(h: Hand) -> list[tuple[float, float]]:
    """Points well inside the drawn hand: the middle of the palm and each finger's centre line."""
    palm = h.xf.thick(0.42)
    pts = [palm((x, y)) for x in range(50, 181, 26) for y in (-30, 0, 30)]
    for fs in h.fingers:
        sh = finger_shape(fs, h.xf)
        pts += sh.centre[len(sh.centre) // 4: -2: 2]
    return pts


def _her_inside(k: int) -> list[tuple[float, float]]:
    """Points well inside her drawing k: the back of her hand and each finger's centre line."""
    with reach.her_lanes(reach.HER_SPREADS[k]):
        pts = [clasp.HER_XF((x, y)) for x in range(40, 171, 26) for y in (-40, 0, 40)]
        for i in range(4):
            cp = finger_geom(clasp.her_spec(i), clasp.HER_XF)[0]
            pts += [(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) for a, b in itertools.pairwise(cp) for t in (0.25, 0.5, 0.75)]
    return pts


def _layers(files: list[str]) -> pygame.Surface:
    """The drawings in `files` laid one over the other, as the insert lays them."""
    out = pygame.Surface((1920, 1080), pygame.SRCALPHA)
    for name in files:
        out.blit(pygame.image.load_sized_svg(str(SHOT / name), (1920, 1080)), (0, 0))
    return out


@pytest.mark.parametrize("who", ["his", "hers"])
def test_hands_reach_the_hands_are_solid_skin_inside(who: str) -> None:
    pygame.init()
    n = len(reach.HIS_NAMES) if who == "his" else len(reach.HER_NAMES)
    for k in range(n):
        if who == "his":
            last = k == n - 1
            s = _layers(list(reach.HIS_LAST) if last else [reach.HIS_NAMES[k]])
            pts = _inside_points(reach.his_hand(reach.HIS_POSES[k]))
        else:
            s = _layers([f"hers_web{k}.svg", f"hers_fingers{k}.svg", f"hers{k}.svg"])
            pts = _her_inside(k)
        thin = [p for p in pts if 0 <= p[0] < 1920 and s.get_at((round(p[0]), round(p[1]))).a < 255]
        assert not thin, f"{who} {k}: the hand is see-through at {[tuple(round(v) for v in p) for p in thin[:4]]}"


def _side(name: str) -> str:
    m = re.search(r'data-side="(back|palm)"', (SHOT / name).read_text(encoding="utf-8"))
    assert m, f"{name}: no back or palm drawn"
    return m.group(1)


def test_hands_reach_his_hand_turns_palm_up_as_it_reaches(inserts: Inserts) -> None:
    assert _side(reach.HIS_NAMES[_shown(inserts, 1.0, "his")[0]]) == "back", "he starts palm-down"
    for u in (2.5, 4.0, 6.0):
        assert _side(reach.HIS_NAMES[_shown(inserts, u, "his")[0]]) == "palm", f"his palm is not up at {u} s"
    rolled = {_shown(inserts, 1.0 + k * 0.02, "his")[0] for k in range(75)}
    assert len(rolled) >= 4, f"the hand turns over in {len(rolled) - 2} in-between drawings (a flip, not a roll)"


def test_hands_reach_her_hand_lies_at_rest_and_her_fingers_answer(inserts: Inserts) -> None:
    """Her hand does not reach (he does): it lies in one place through the line, her forearm and
    bracelet one drawing; only her fingers (her knuckles and thumb with them) ease apart over his
    palm as it comes in under them (a fingertip 15 px and more from 1 to 4 s)."""
    names = _names()
    pygame.init()
    wrist = round(clasp.HER_XF((-26, 0))[0] / 2)  # (her forearm to her bracelet, at 960x540)
    backs = [pygame.surfarray.array3d(pygame.image.load_sized_svg(str(SHOT / f"hers{k}.svg"), (960, 540)))[:wrist]
             for k in range(len(reach.HER_SPREADS))]
    assert all((b == backs[-1]).all() for b in backs), "the back of her hand or her arm is redrawn within 62"
    places = {(round(tf.dx, 2), round(tf.dy, 2)) for k in range(80)
              for n, tf in zip(names, inserts.transforms("hand_reach", k * 0.1), strict=True) if n.startswith("hers")}
    assert places == {reach.her_offset(), (0, reach.her_offset()[1])}, f"her hand moves: {sorted(places)}"
    a, b = reach.fingertips("hers", _shown(inserts, 1.0, "hers")[0]), reach.fingertips("hers", _shown(inserts, 4.0, "hers")[0])
    spread = max(math.dist(p, q) for p, q in zip(a, b, strict=True))
    assert spread >= 15, f"her fingertips move {spread:.1f} px as his hand comes under them: no answer"


def _area(pts: list[tuple[float, float]]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True))) / 2


def test_hands_reach_his_hand_is_larger_than_hers_and_blunter() -> None:
    """(her hand is the clasp's: her outline there runs round her spread knuckles, so it is no
    measure of a palm's squareness)"""
    his = reach.his_hand(reach.HIS_POSES[0])
    a_his, a_her = _area([his.xf(p) for p in his.palm]), _area([clasp.HER_XF(p) for p in clasp.her_outline()])
    assert a_his >= 1.3 * a_her, f"his palm is only {a_his / a_her:.2f} of hers"

    def slender(fingers: list[FingerSpec]) -> float:
        return sum(sum(fs.lens) / fs.w for fs in fingers) / 4
    assert slender(clasp.HER_FINGERS) > slender(his.fingers) * 1.15, "her fingers are no slimmer than his"


def test_hands_reach_the_thumb_grows_out_of_the_thenar_mound() -> None:
    """The thumb's root lies inside the palm's outline by the wrist (the thenar), and along its
    centre line from inside the palm out to a third of its length the skin has no dark line across
    it (the old thumb's square-cut root was an outlined edge: a drop of ~60 levels)."""
    pygame.init()
    h = reach.his_hand(reach.HIS_POSES[0])
    name = reach.HIS_NAMES[0]
    palm = h.palm
    assert h.thumb is not None
    root = h.thumb.base
    inside = False
    for (x0, y0), (x1, y1) in zip(palm, palm[1:] + palm[:1], strict=True):
        if (y0 > root[1]) != (y1 > root[1]) and root[0] < x0 + (root[1] - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    assert inside and root[0] < 80, f"the thumb's root {root} is not in the thenar mound"
    s = pygame.image.load_sized_svg(str(SHOT / name), (1920, 1080))
    sh = finger_shape(h.thumb, h.xf)
    lums = [_lum(s.get_at((round(x), round(y)))) for x, y in sh.centre[: len(sh.centre) // 3]]
    dips = [min(lums[i - 1], lums[i + 1]) - lums[i] for i in range(1, len(lums) - 1)]
    assert max(dips) < 12, f"a line across the thumb's root (a {max(dips):.0f}-level dip)"
