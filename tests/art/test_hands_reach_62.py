"""Line 62, "He reached for her hand, his touch gentle but filled with a plea for understanding."

Review10 #5: both hands were one mirrored starfish, palm down, the back of each a translucent dome
with the finger shafts showing through, the thumb a separate sausage with a square-cut root; her
hand did not move from 1 to 4 s, and the plea had no gesture. Now: one opaque drawing of each hand
at every moment (cut, never faded), solid skin inside; his hand rolls over to palm-up as it comes
(the offer); her fingers lift and move 20 px and more toward his; his hand larger and squarer than
her slimmer one; each thumb grows out of the thenar mound with no line across its root."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pygame
import pytest

from game.art.inserts import Inserts, load_spec
from tools.hands import reach
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


@pytest.mark.parametrize("who", ["his", "hers"])
def test_hands_reach_the_hands_are_solid_skin_inside(who: str) -> None:
    pygame.init()
    poses, files = (reach.HIS_POSES, reach.HIS_NAMES) if who == "his" else (reach.HER_POSES, reach.HER_NAMES)
    for pose, name in zip(poses, files, strict=True):
        s = pygame.image.load_sized_svg(str(SHOT / name), (1920, 1080))
        h = reach.his_hand(pose) if who == "his" else reach.her_hand(pose)
        thin = [p for p in _inside_points(h) if 0 <= p[0] < 1920 and s.get_at((round(p[0]), round(p[1]))).a < 255]
        assert not thin, f"{name}: the hand is see-through at {[tuple(round(v) for v in p) for p in thin[:4]]}"


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


def _her_tips(inserts: Inserts, u: float) -> list[tuple[float, float]]:
    names, tfs = _names(), inserts.transforms("hand_reach", u)
    k = _shown(inserts, u, "hers")[0]
    tf = tfs[names.index(reach.HER_NAMES[k])]
    return [(x + tf.dx, y + tf.dy) for x, y in reach.fingertips("hers", k)]


def test_hands_reach_her_fingers_lift_and_move_toward_his(inserts: Inserts) -> None:
    a, b = _her_tips(inserts, 1.0), _her_tips(inserts, 4.0)
    moved = [q[0] - p[0] for p, q in zip(a, b, strict=True)]
    assert min(moved) >= 20, f"her fingertips move {[round(m) for m in moved]} px toward him from 1 to 4 s"
    lift = [math.hypot(*reach.HER_POSES[_shown(inserts, u, "hers")[0]].shadow) for u in (1.0, 3.0)]
    assert lift[1] > lift[0] + 5, "her fingers do not lift off the table (their shadow stays under them)"


def _area(pts: list[tuple[float, float]]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True))) / 2


def test_hands_reach_his_hand_is_larger_and_squarer_than_hers() -> None:
    his, hers = reach.his_hand(reach.HIS_POSES[0]), reach.her_hand(reach.HER_POSES[0])
    a_his, a_her = _area([his.xf(p) for p in his.palm]), _area([hers.xf(p) for p in hers.palm])
    assert a_his >= 1.3 * a_her, f"his palm is only {a_his / a_her:.2f} of hers"

    def squareness(palm: list[tuple[float, float]]) -> float:
        width = max(y for _, y in palm) - min(y for _, y in palm)
        return width / (max(x for x, _ in palm) - min(x for x, _ in palm))
    assert squareness(reach.HIS_PALM) > squareness(reach.HER_PALM) + 0.03, "his palm is no squarer than hers"

    def slender(h: Hand) -> float:
        return sum(sum(fs.lens) / fs.w for fs in h.fingers) / 4
    assert slender(hers) > slender(his) * 1.15, "her fingers are no slimmer than his"


@pytest.mark.parametrize("who", ["his", "hers"])
def test_hands_reach_the_thumb_grows_out_of_the_thenar_mound(who: str) -> None:
    """The thumb's root lies inside the palm's outline by the wrist (the thenar), and along its
    centre line from inside the palm out to a third of its length the skin has no dark line across
    it (the old thumb's square-cut root was an outlined edge: a drop of ~60 levels)."""
    pygame.init()
    h = reach.his_hand(reach.HIS_POSES[0]) if who == "his" else reach.her_hand(reach.HER_POSES[0])
    name = reach.HIS_NAMES[0] if who == "his" else reach.HER_NAMES[0]
    palm = h.palm
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
