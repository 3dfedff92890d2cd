"""Line 7, "His hands were clenched, his fingers white with tension." (review13 B3).

Review13: the fist was closed, but on the game's frame the knuckles read pale tan, not white; at
2x the folded fingers were flat-faced, square-ended blocks; the wrapped thumb a large smooth pale
paddle; the gripping hand's knuckles soft pale ovals. Measured here on the frame the game shows
(`render_moment`, 1920x1080, the hearth's warm light on it) at full grip, and on the drawings:
- the skin over the knuckles and the stretched finger backs 40+ levels lighter than the back of
  his hand and far less saturated (0.2+ lower; at abcf07e it was 0.15-0.18 lower, a tan), the
  blood pushed out into the gripping fingertips (redder than the back of that hand);
- each folded finger a rounded cylinder: across it the skin turns from its lit side into shade
  (no flat face: at abcf07e the white lay over the phalanx's inner six tenths within 21-27 levels,
  now 45+), and its lit skin ends in a round at the middle knuckle (its middle reaching 0.05-0.2
  of a width further than a quarter width either side; at abcf07e -0.003 to 0.09: cut square);
- the thumb tapering to its tip, creased across its joint (not a smooth paddle);
- the gripping hand's knuckles ridges across its fingers, falling into shade toward the fingers;
- the white tightening with the grip (paler at full grip than between pulses) while every hand
  part stays opaque.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pygame

from game.art.inserts import Inserts, load_spec
from tools.hands import fists
from tools.hands.solid import finger_shape

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SIZE = (1920, 1080)
FULL, EASED = 2.0, 4.0  # s into line 7: all three white stages cut in / only the first (insert.toml)
P = tuple[float, float]
LUM = np.array([0.299, 0.587, 0.114])


@functools.cache
def _frame(at: float) -> np.ndarray:
    """Line 7 at `at` s as the game draws it (rgb, [x, y])."""
    from game.assets import Assets
    from game.capture import render_moment
    pygame.init()
    return pygame.surfarray.array3d(render_moment(Assets(), "7", at, SIZE)).astype(float)


def _placed(inserts: Inserts, part: str, at: float) -> Callable[[P], P]:
    """Canvas point -> where the part's motion puts it at `at` (as game/art/inserts._blit_part)."""
    spec = load_spec(INSERTS, "clenched_hands")
    i = [p.svg.name for p in spec.parts].index(part)
    tf = inserts.transforms("clenched_hands", at)[i]
    px, py = spec.parts[i].pivot
    a = math.radians(tf.rot)

    def f(p: P) -> P:
        vx, vy = p[0] - px, p[1] - py
        return (px + (vx * math.cos(a) + vy * math.sin(a)) * tf.scale + tf.dx,
                py + (-vx * math.sin(a) + vy * math.cos(a)) * tf.scale + tf.dy)
    return f


def _rgb(img: np.ndarray, p: P) -> np.ndarray:
    px: np.ndarray = img[round(p[0]), round(p[1])]
    return px


def _lum_sat(px: list[np.ndarray]) -> tuple[float, float]:
    a = np.array(px)
    return float((a @ LUM).mean()), float(((a.max(axis=1) - a.min(axis=1)) / np.maximum(a.max(axis=1), 1)).mean())


def _red(px: list[np.ndarray]) -> float:
    """How red the skin is: (R - G) / R, averaged (the blood's tone; the light's warmth divides out)."""
    a = np.array(px)
    return float(((a[:, 0] - a[:, 1]) / np.maximum(a[:, 0], 1)).mean())


def pallor(inserts: Inserts, at: float = FULL) -> dict[str, tuple[float, float]]:
    """(luminance, saturation) on the frame: the back of the fist's hand, its four big knuckles'
    crests, the backs of its folded fingers (the first phalanges, crest to middle knuckle)."""
    img, at_ = _frame(at), _placed(inserts, "fist_left.svg", at)
    back = [_rgb(img, at_(fists.LEFT((x, y)))) for x in range(-60, 61, 6) for y in range(-100, -49, 5)]
    crest, finger = [], []
    for fx, w, top, mid, _bot in fists.FINGERS:
        crest += [_rgb(img, at_(fists.LEFT((fx + dx, top + dy)))) for dx in (-3, 0, 3) for dy in (2, 4, 6)]
        finger += [_rgb(img, at_(fists.LEFT((fx + u * w, y)))) for u in (-0.25, 0, 0.25) for y in np.arange(top, mid, 2.0)]
    return {"back": _lum_sat(back), "crest": _lum_sat(crest), "finger": _lum_sat(finger)}


def blood(inserts: Inserts, at: float = FULL) -> tuple[float, float]:
    """(redness of the gripping fingertips, of the back of the gripping hand) on the frame."""
    img, at_ = _frame(at), _placed(inserts, "fist_right.svg", at)
    h = fists.grip_hand()
    tips, back = [], []
    for fs in h.fingers:
        sh = finger_shape(fs, h.xf)
        tips += [_rgb(img, at_(sh.centre[-k])) for k in (2, 3)]
        back += [_rgb(img, at_(h.xf((fs.base[0] - dx, fs.base[1])))) for dx in (40, 50, 60)]
    return _red(tips), _red(back)


def _drawn_lum(tmp: Path) -> np.ndarray:
    """The fist drawn at full grip (the fist and its three white stages), luminance [x, y]."""
    s = pygame.Surface(SIZE, pygame.SRCALPHA)
    for n in ("fist_left.svg", "white_left.svg", "white_left2.svg", "white_left3.svg"):
        s.blit(_raster(tmp, (INSERTS / "clenched_hands" / n).read_text()), (0, 0))
    lum: np.ndarray = pygame.surfarray.array3d(s).astype(float) @ LUM
    return lum


def faces(tmp: Path) -> list[float]:
    """Across each folded finger's first phalanx, in the drawing at full grip, its inner six tenths
    (clear of the outline and the valleys): how many levels the skin ranges over. A cylinder turns
    from its lit side into shade; a flat face (the white laid as one coat over it) is one level."""
    lum = _drawn_lum(tmp)
    out = []
    for fx, w, top, mid, _bot in fists.FINGERS:
        y = (top + mid) / 2
        across = [float(_rgb(lum, fists.LEFT((fx + u * w * 0.47, y)))) for u in np.linspace(-0.6, 0.6, 13)]
        out.append(max(across) - min(across))
    return out


def ends(tmp: Path) -> list[float]:
    """Down each folded finger in the drawing at full grip, from halfway along its first phalanx:
    how much further (in finger widths) its lit skin reaches down its middle than a quarter width
    to either side before it falls 45 levels into the fold's shade. A round end reaches further in
    the middle (a half-circle: ~0.07); a square end, lit skin cut straight across by shade, ~0."""
    lum = _drawn_lum(tmp)

    def at(x: float, y: float) -> float:
        return float(_rgb(lum, fists.LEFT((x, y))))
    out = []
    for fx, w, top, mid, bot in fists.FINGERS:
        y0 = (top + mid) / 2

        def reach(x: float, y0: float = y0, bot: float = bot) -> float:
            lit, y = at(x, y0), y0
            while y < bot + 12 and at(x, y) > lit - 45:
                y += 0.25
            return y
        out.append((reach(fx) - (reach(fx - w / 4) + reach(fx + w / 4)) / 2) / w)
    return out


def _raster(tmp: Path, svg: str) -> pygame.Surface:
    (tmp / "x.svg").write_text(svg)
    pygame.init()
    return pygame.image.load_sized_svg(str(tmp / "x.svg"), SIZE)


def thumb(tmp: Path) -> tuple[float, int]:
    """The wrapped thumb, drawn with the fist and without it (the difference is the thumb):
    (its thickness near the tip over its thickness halfway back to the joint; how many creases
    cross its joint, dark dips along a line over it)."""
    from tools.hands.geometry import Doc, set_light
    set_light((0.8, -0.6))
    out = []
    for how in ("wrap", "none"):
        d = Doc()
        fists.fist(d, fists.LEFT, 1, fists.FINGERS, how)
        s = _raster(tmp, d.svg())
        out.append((pygame.surfarray.array3d(s).astype(float) @ LUM, pygame.surfarray.array_alpha(s).astype(float)))
    (lum, alpha), (bare, _a) = out
    xf = fists._thumb_frame(fists.LEFT, 0.78)
    mask = (np.abs(lum - bare) > 20) & (alpha > 200) & (lum > 110)

    def thick(x: float) -> float:
        return float(sum(mask[round(xf((x, y))[0]), round(xf((x, y))[1])] for y in np.arange(40, 100, 0.5))) / 2
    tip = np.mean([thick(x) for x in np.arange(-4, 10, 1.0)])
    body = np.mean([thick(x) for x in np.arange(30, 50, 1.0)])
    line = [float(lum[round(xf((x, 56))[0]), round(xf((x, 56))[1])]) for x in np.arange(60, 100, 0.5)]
    dips = sum(1 for i in range(3, len(line) - 3)
               if line[i] < min(line[i - 3], line[i + 3]) - 12 and line[i] <= line[i - 1] and line[i] < line[i + 1])
    return float(tip / body), dips


def ridges(inserts: Inserts, at: float = FULL) -> list[float]:
    """Down each of the gripping hand's fingers across its big knuckle, on the frame: how many
    levels the skin falls from the knuckle's crest to a third of a knuckle past it toward the
    finger (a ridge, its far side in shade; a soft pale oval fades over its whole length)."""
    img, at_ = _frame(at), _placed(inserts, "fist_right.svg", at)
    caps = fists.knuckle_caps()[4:8]
    out = []
    for fs, (c, r) in zip(fists.GRIP_FINGERS, caps, strict=True):
        a = math.radians(fs.ang)
        h = fists.grip_hand()
        p0, p1 = h.xf(fs.base), h.xf((fs.base[0] + 20 * math.cos(a), fs.base[1] + 20 * math.sin(a)))
        ln = math.dist(p0, p1)
        ax = ((p1[0] - p0[0]) / ln, (p1[1] - p0[1]) / ln)
        prof = [float(_rgb(img, at_((c[0] + ax[0] * t, c[1] + ax[1] * t))) @ LUM) for t in np.arange(-r * 0.3, r * 1.6, 1.0)]
        top = int(np.argmax(prof[: len(prof) // 2]))
        out.append(prof[top] - min(prof[top:top + round(r * 0.8)]))
    return out


def test_the_knuckles_are_white_at_a_glance_and_the_blood_is_in_the_fingertips(inserts: Inserts) -> None:
    p = pallor(inserts)
    (bl, bs), (cl, cs), (fl, fs) = p["back"], p["crest"], p["finger"]
    assert cl - bl >= 40 and fl - bl >= 35, f"the knuckles ({cl:.0f}) and finger backs ({fl:.0f}) against the back of the hand ({bl:.0f})"
    assert bs - cs >= 0.2 and bs - fs >= 0.2, f"the white is tan: saturation {cs:.2f} / {fs:.2f} against the hand's {bs:.2f}"
    tips, back = blood(inserts)
    assert tips >= back + 0.08, f"the gripping fingertips ({tips:.2f}) are no redder than the back of the hand ({back:.2f})"


def test_the_folded_fingers_are_rounded_cylinders(tmp_path: Path) -> None:
    spans = faces(tmp_path)
    assert min(spans) >= 35, f"a folded finger is flat across: its skin ranges over {[round(r) for r in spans]} levels"
    rounds = ends(tmp_path)
    assert min(rounds) >= 0.04, f"a folded finger ends square: its middle reaches {[round(r, 3) for r in rounds]} widths further"


def test_the_thumb_tapers_and_is_creased(tmp_path: Path) -> None:
    taper, creases = thumb(tmp_path)
    assert taper <= 0.6, f"the thumb is a paddle: {taper:.2f} as thick near its tip as halfway back"
    assert creases >= 3, f"only {creases} creases across the thumb's joint"


def test_the_gripping_knuckles_are_ridges(inserts: Inserts) -> None:
    falls = ridges(inserts)
    assert min(falls) >= 30, f"a gripping knuckle fades like an oval, no ridge: falls {[round(f) for f in falls]}"


def test_the_white_tightens_with_the_grip_and_the_hands_stay_opaque(inserts: Inserts) -> None:
    full, eased = pallor(inserts, FULL), pallor(inserts, EASED)
    assert full["crest"][0] >= eased["crest"][0] + 6, "the knuckles are as white between the grip's pulses as in them"
    names = [p.svg.name for p in load_spec(INSERTS, "clenched_hands").parts]
    solid = [names.index(n) for n in ("fist_left.svg", "fist_right.svg", "white_left.svg", "white_right.svg")]
    for k in range(120):
        tfs = inserts.transforms("clenched_hands", k / 20)
        assert all(tfs[i].alpha == 1.0 for i in solid), f"a hand fades at {k / 20} s"
