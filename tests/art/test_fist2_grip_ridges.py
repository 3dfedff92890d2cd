"""Line 7, "His hands were clenched, his fingers white with tension." (review14, B3's residue).

Review14: the gripping upper hand's pale knuckles were smeared, a soft blur running across the
joints, so that hand looked out of focus beside the crisp fist below; and a thin outline curve,
its thumb's contour, showed through its index finger at about (960, 410). Measured on the game's
frame at full grip (1920x1080, the hearth's light on it) and on the drawing:
- each of the gripping hand's big knuckles is a ridge with edges as sharp as the fist's: across
  its finger, from the valley beside it, the pale rises within 4 px at its sharper side (at
  5e27a16: 7-8 px; the fist's drained fingers 2 px; now 3-4) and steps 17+ levels in a pixel
  (5e27a16: 13-16; the fist's 26-30; now 18-21: the white's opacity may not step by a quarter a
  pixel, tests/art/test_hands3.py), and down the finger the skin falls off the ridge into the
  shade within 7 px, 10+ levels a pixel (5e27a16: 10-21 px, 6-7 levels; now 4-5 px, 10-12);
- the valleys between the ridges are darker than the crests beside them;
- no dark line inside the index finger or the back of the hand along the thumb's outline
  (as solid.draw painted it at 5e27a16: 183 px of it, 8+ levels under the skin either side; now
  none). The hand
  moves as one piece, so the drawing answers for every moment.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pygame
from test_fists_b3_white import FULL, LUM, _frame, _placed

from game.art.inserts import Inserts
from tools.hands import fist_grip, fists, solid
from tools.hands.geometry import Doc, set_light
from tools.hands.solid import Hand, build, finger_shape

SHOT = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "clenched_hands"
SIZE = (1920, 1080)
P = tuple[float, float]


def _bilinear(img: np.ndarray, p: P) -> float:
    x0, y0 = int(p[0]), int(p[1])
    fx, fy = p[0] - x0, p[1] - y0
    return float(img[x0, y0] * (1 - fx) * (1 - fy) + img[x0 + 1, y0] * fx * (1 - fy)
                 + img[x0, y0 + 1] * (1 - fx) * fy + img[x0 + 1, y0 + 1] * fx * fy)


def _edge(prof: np.ndarray) -> tuple[float, float]:
    """(10-90 % rise distance, largest one-pixel step) from the profile's darkest to its palest."""
    lo, hi = int(np.argmin(prof)), int(np.argmax(prof))
    seg = prof[lo:hi + 1] if lo < hi else prof[hi:lo + 1][::-1]
    span = seg.max() - seg.min()
    t10 = int(np.argmax(seg >= seg.min() + 0.1 * span))
    t90 = int(np.argmax(seg >= seg.min() + 0.9 * span))
    return float(t90 - t10), float(np.abs(np.diff(seg)).max())


def ridges(inserts: Inserts, at: float = FULL) -> list[dict[str, float]]:
    """For each big knuckle of the gripping hand, on the frame: across its finger (from the
    valley beside it to its centre, each side, as `fist_sides`), the sharper side's rise and step; down the finger from the
    knuckle to halfway to the middle knuckle, the fall's rise and step; and the crest's
    luminance with the valley's toward the next knuckle."""
    img = _frame(at) @ LUM
    at_ = _placed(inserts, "fist_right.svg", at)
    caps = fist_grip.grip_caps()
    out = []
    for i, (c, _r) in enumerate(caps[:4]):
        mid = caps[4 + i][0]
        ln = math.dist(c, mid)
        ax = ((mid[0] - c[0]) / ln, (mid[1] - c[1]) / ln)

        def line(a: P, b: P) -> np.ndarray:
            n = round(math.dist(a, b))
            return np.array([_bilinear(img, at_((a[0] + (b[0] - a[0]) * t / n, a[1] + (b[1] - a[1]) * t / n)))
                             for t in range(n + 1)])
        sides = [_edge(line(((c[0] + caps[j][0][0]) / 2, (c[1] + caps[j][0][1]) / 2), c)) for j in (i - 1, i + 1) if 0 <= j < 4]
        rise, step = min(r_ for r_, _s in sides), max(s_ for _r, s_ in sides)
        fall = _edge(line((c[0] + ax[0] * ln * 0.6, c[1] + ax[1] * ln * 0.6), c))
        crest = _bilinear(img, at_(c))
        valley = 0.0
        if i < 3:
            n = caps[i + 1][0]
            valley = min(_bilinear(img, at_((c[0] + (n[0] - c[0]) * t, c[1] + (n[1] - c[1]) * t))) for t in np.linspace(0.35, 0.65, 13))
        out.append({"rise": rise, "step": step, "fall": fall[0], "fall_step": fall[1], "crest": crest, "valley": float(valley)})
    return out


def fist_sides(inserts: Inserts, at: float = FULL) -> list[tuple[float, float]]:
    """For each of the lower fist's folded fingers, on the frame: across its drained first phalanx
    (from the valley beside it to its middle, each side), the sharper side's rise and step."""
    img = _frame(at) @ LUM
    at_ = _placed(inserts, "fist_left.svg", at)
    out = []
    for i, (fx, _w, top, mid, _bot) in enumerate(fists.FINGERS):
        y = (top + mid) / 2
        sides = []
        for j in (i - 1, i + 1):
            if 0 <= j < len(fists.FINGERS):
                a, b = fists.LEFT(((fx + fists.FINGERS[j][0]) / 2, y)), fists.LEFT((fx, y))
                n = round(math.dist(a, b))
                sides.append(_edge(np.array([_bilinear(img, at_((a[0] + (b[0] - a[0]) * t / n, a[1] + (b[1] - a[1]) * t / n)))
                                             for t in range(n + 1)])))
        out.append((min(r for r, _s in sides), max(st for _r, st in sides)))
    return out


def test_the_gripping_knuckles_are_ridges_as_sharp_as_the_fists(inserts: Inserts) -> None:
    rs, fist = ridges(inserts), fist_sides(inserts)
    txt = [{k: round(v) for k, v in r.items()} for r in rs]
    # the index knuckle's only neighbour is on its shaded side (as the fist's index finger's)
    sharp = [(r["rise"], r["step"]) for r in rs[1:]]
    assert max(r for r, _s in sharp) <= max(4, max(r for r, _s in fist[:3]) + 2), f"a gripping knuckle's pale is blurred across: {txt}"
    assert min(s for _r, s in sharp) >= 17, f"a gripping knuckle's side is soft (the fist's: {[round(s) for _r, s in fist]}): {txt}"
    assert max(r["fall"] for r in rs) <= 7 and min(r["fall_step"] for r in rs) >= 10, f"the pale smears down the finger: {txt}"
    assert all(r["valley"] < r["crest"] - 30 for r in rs[:3]), f"no dark valley between the ridges: {txt}"


def _drawn(tmp: Path, draw: Callable[[Doc, Hand], None]) -> np.ndarray:
    """The gripping hand alone as `draw` paints it (luminance [x, y])."""
    set_light((0.8, -0.6))
    d = Doc()
    draw(d, fist_grip.grip_hand())
    (tmp / "h.svg").write_text(d.svg())
    pygame.init()
    lum: np.ndarray = pygame.surfarray.array3d(pygame.image.load_sized_svg(str(tmp / "h.svg"), SIZE)).astype(float) @ LUM
    return lum


def thumb_lines(lum: np.ndarray) -> int:
    """How many 1-px samples along the gripping thumb's outline, lying 4+ px inside the index
    finger or the back of the hand, are a dark line: 8+ levels under the skin 3 px either side."""
    h = fist_grip.grip_hand()
    mask = pygame.Surface(SIZE)
    for kind, poly, _sh, fs in build(h):
        if kind == "palm" or (kind == "finger" and fs is not None and fs.base == h.fingers[0].base):
            pygame.draw.polygon(mask, (255, 255, 255), [(round(x), round(y)) for x, y in poly])
    inside = pygame.surfarray.array_red(mask) > 0
    rim = finger_shape(h.thumb, h.xf).polygon() if h.thumb else []
    dark = 0
    for a, b in zip(rim, [*rim[1:], rim[0]], strict=True):
        n = max(1, round(math.dist(a, b)))
        nx, ny = -(b[1] - a[1]) / (math.dist(a, b) or 1), (b[0] - a[0]) / (math.dist(a, b) or 1)
        for t in range(n):
            p = (a[0] + (b[0] - a[0]) * t / n, a[1] + (b[1] - a[1]) * t / n)
            if not all(inside[round(p[0] + dx), round(p[1] + dy)] for dx in (-4, 0, 4) for dy in (-4, 0, 4)):
                continue
            here = _bilinear(lum, p)
            around = (_bilinear(lum, (p[0] + nx * 3, p[1] + ny * 3)) + _bilinear(lum, (p[0] - nx * 3, p[1] - ny * 3))) / 2
            dark += here < around - 8
    return dark


def test_no_thumb_contour_shows_through_the_gripping_hand(tmp_path: Path) -> None:
    """The hand as fist_grip.draw_grip paints it (the knuckles' ridges and valleys, laid over it,
    would cross the outline's path); as solid.draw painted it (5e27a16), the measure sees the line."""
    before = thumb_lines(_drawn(tmp_path, solid.draw))
    assert before >= 30, f"the measure misses the old contour ({before} px)"
    n = thumb_lines(_drawn(tmp_path, fist_grip.draw_grip))
    assert n == 0, f"{n} px of the thumb's outline show through the gripping hand (were {before})"
