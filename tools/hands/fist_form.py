"""clenched_hands (line 7): the fists' pens and the forms review11 N7 asked for.

review11 N7: the lower fist's curled fingers were four square-ended pads in a row, and the
"white" knuckles on the gripping hand were soft pale discs that read as glare. Here each folded
finger is a tube that bends twice (the first phalanx facing the camera, rounded at the middle
knuckle; the second turning under it, narrower and in shade, rounded at the last knuckle where
the tip tucks into the palm), and the whitening is skin pulled tight over a bone: a pale ridge
along the bone with the skin paling round it, its sides cut sharp against the valleys between
the knuckles and fading only along the finger (`tight_skin`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from tools.hands.geometry import HIS, Doc, P, smooth_path

SKIN_HI, SKIN, SKIN_MID, SKIN_DK, SKIN_DEEP = "#e8bd98", "#d2a07c", "#b07a58", "#7a4b34", "#4a2a1c"
LINE = HIS.line
# the folded fingers' backs, stretched over the bones of a fist held clenched: the skin's own
# shading, the blood already thinned out of it (review13 B3: the grip's white laid as a near-opaque
# coat over blood-warm fingers read as paint); the grip's stages pale it the rest of the way
TAUT_HI, TAUT, TAUT_MID, TAUT_DK = "#ecd6c8", "#dac0b2", "#b8988c", "#806058"
CREASE = "#7e5038"
# pressure-pale skin: the blood pressed out (near-white "#fdf3ea" read as light glowing from the
# knuckles, review7 #4). review13 B3: the next, "#f1dccb", came out of the hearth's warm multiply
# (about 0.5, 0.42, 0.35 of each channel on line 7) a light tan, the skin's own hue: "white with
# tension" was generous. The bloodless skin is drawn a cool ivory-pink, so under the warm key it
# reads paler and far greyer than the blood-warm back of the hand; every channel under the
# light's highlight floor (232, game/art/insert_light.py), so it is lit as skin, never given back
# its white as a specular point (glare).
PALE = "#f6eae4"
PALE_SHADE = "#b09a99"  # the bloodless skin's side away from the key: greyed, not browned
FLUSH = "#b03c38"  # the blood pushed out into the fingertips and nail beds
TIGHT = 0.11  # each of tight_skin's six nested bands, at full pressure (was 0.105: a light tan)

Fn = Callable[[P], P]
K = 1.45  # the fists' frame scale: local units are 1080p pixels at K = 1
_KEY = (0.8, -0.6)  # the hearth's key on the canvas (fists.main's set_light): which side of a knuckle is lit


def frame(cx: float, cy: float, side: int, rot: float = 0.0, s: float = 1.0, sx: float = 1.0) -> Fn:
    """Fist-local -> canvas: +x toward the thumb (side=+1: the thumb to screen right), y down;
    `sx` < 1 narrows the fist across (turned on its forearm's axis, seen partly from its side)."""
    a = math.radians(rot)

    def xf(p: P) -> P:
        x, y = p[0] * side * s * sx, p[1] * s
        return (cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a))
    return xf


def pts(xf: Fn, ps: list[P]) -> list[P]:
    return [xf(p) for p in ps]


def path(d: Doc, ps: Sequence[P], fill: str, line: str | None = LINE, w: float = 2.2, tension: float = 0.8,
         closed: bool = True, opacity: float = 1.0, part: str = "") -> None:
    stroke = f' stroke="{line}" stroke-width="{w:.1f}" stroke-linejoin="round" stroke-opacity="0.8"' if line else ""
    op = f' opacity="{opacity:.2f}"' if opacity < 1 else ""
    tag = f'data-part="{part}" ' if part else ""
    d.add(f'<path {tag}d="{smooth_path(ps, closed=closed, tension=tension)}" fill="{fill}"{stroke}{op}/>')


def stroke(d: Doc, ps: Sequence[P], color: str, w: float, opacity: float, tension: float = 0.8) -> None:
    d.add(f'<path d="{smooth_path(ps, closed=False, tension=tension)}" stroke="{color}" stroke-width="{w:.1f}" '
          f'fill="none" opacity="{opacity:.2f}" stroke-linecap="round" stroke-linejoin="round"/>')


def blob(d: Doc, c: P, r: float, color: str, opacity: float, ry: float | None = None) -> None:
    g = d.rad(c, r, [(0, color, opacity), (0.6, color, opacity * 0.45), (1, color, 0)])
    d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{r:.1f}" ry="{(ry or r):.1f}" fill="{g}"/>')


def lit(d: Doc, xf: Fn, side: int, a: P, b: P, stops: list[tuple[float, str, float]]) -> str:
    """A gradient from local a to b; the key light is at screen right, so on a fist whose thumb
    points left (side=-1) the local axis runs the other way round and the stops are mirrored."""
    return d.lin(xf(a), xf(b), stops)




# ---------------------------------------------------------------- the folded fingers

def _tube(xf: Fn, centre: Sequence[P], halves: Sequence[float], cap: int = 7) -> list[P]:
    """A limb's outline in fist-local px round a centre line (root first): the sides at `halves`
    from it, open and square at the root (it runs on under the back of the hand), round at the end
    (a half-circle of the last half-width: a knuckle's round, not a block's corner)."""
    left, right = [], []
    for i, ((x, y), h) in enumerate(zip(centre, halves, strict=True)):
        ax, ay = centre[max(0, i - 1)]
        bx, by = centre[min(len(centre) - 1, i + 1)]
        ln = math.hypot(bx - ax, by - ay) or 1.0
        nx, ny = -(by - ay) / ln, (bx - ax) / ln
        left.append((x + nx * h, y + ny * h))
        right.append((x - nx * h, y - ny * h))
    (ex, ey), (px, py), h = centre[-1], centre[-2], halves[-1]
    base = math.atan2(ey - py, ex - px)
    arc = [(ex + h * math.cos(base + math.pi / 2 - math.pi * k / cap), ey + h * math.sin(base + math.pi / 2 - math.pi * k / cap))
           for k in range(1, cap)]
    return pts(xf, [*left, *arc, *right[::-1]])


def _across(d: Doc, xf: Fn, side: int, c: P, h: float, stops: list[tuple[float, str, float]]) -> str:
    """A gradient across a vertical limb at c (local), lit edge first (the key is at screen right)."""
    ld = 1.0 if side > 0 else -1.0
    return d.lin(xf((c[0] + h * ld, c[1])), xf((c[0] - h * ld, c[1])), stops)


def curled_finger(d: Doc, xf: Fn, side: int, fx: float, w: float, top: float, mid: float, bot: float) -> None:
    """One finger folded into the fist, seen knuckles-on: the first phalanx a tube from the big
    knuckle down to the middle knuckle's round (narrower between the joints than at them), the
    second phalanx turning under it toward the palm (narrower, in shade) to the last knuckle's
    round, where the tip tucks away into the palm in shadow.

    review13 B3: at 2x they were still flat-faced, square-ended blocks: the shade laid on the
    middle knuckle ran straight across the finger (a lit block cut square by a dark band) and the
    second phalanx's lip was the finger's full width under it. Now each fold is a rounded cylinder:
    shaded round both sides, a lit crown following the middle knuckle's round (not a straight
    band), its underside in shade along the same round, the lip under it narrower and round-ended
    (a crescent below the knuckle, not a square), and small creases over the joint."""
    hw = w / 2
    lean = 0.04 * fx  # the fingers converge a little toward the palm's centre
    c2 = [(fx, mid - 6), (fx + lean * 0.5, (mid + bot) / 2), (fx + lean, bot - 2)]
    h2 = [hw * 0.98, hw * 0.95, hw * 0.8]
    d.add(f'<path d="{smooth_path([(x + 3, y + 5) for x, y in _tube(xf, c2, h2)], tension=0.6)}" '
          f'fill="#000000" opacity="0.35"/>')   # its shadow on the palm and the knee below
    shape = _tube(xf, c2, h2)
    path(d, shape, _across(d, xf, side, c2[1], hw * 0.8, [(0, SKIN_DK, 1), (0.2, SKIN_MID, 1), (0.5, SKIN_DK, 1),
                                                          (0.85, SKIN_DEEP, 1), (1, SKIN_DEEP, 1)]), line=None, tension=0.6)
    stroke(d, shape[2:len(shape) - 2], LINE, 1.4 * K, 0.5, tension=0.6)   # its round end and sides
    # the first phalanx: the big knuckle's width, waisted between the joints, rounded at the middle knuckle
    c1 = [(fx, top - 2), (fx, top + (mid - top) * 0.5), (fx + lean * 0.2, mid)]
    h1 = [hw, hw * 0.88, hw * 0.94]
    shape = _tube(xf, c1, h1, cap=11)
    path(d, shape, _across(d, xf, side, c1[1], hw, [(0, TAUT_MID, 1), (0.1, TAUT_HI, 1), (0.3, TAUT, 1),
                                                    (0.7, TAUT_MID, 1), (0.9, TAUT_DK, 1), (1, SKIN_DEEP, 1)]),
         line=None, tension=0.6)
    _fold(d, xf, fx + lean * 0.2, mid, hw * 0.94)
    n = len(shape)
    stroke(d, shape[2:n - 2], LINE, 1.6 * K, 0.6, tension=0.6)   # its sides and round end (open at the root)


def _fold(d: Doc, xf: Fn, fx: float, mid: float, h: float, k: float = 1.0) -> None:
    """The middle knuckle's round (centre (fx, mid), radius h, fist-local): the underside of the
    round in shade along its curve, the crown above it lit as a rounded cap, and two small creases
    curving over the joint."""
    under = [(fx + h * math.cos(t), mid + h * math.sin(t)) for t in np.linspace(-0.1, math.pi + 0.1, 13)]
    c = xf((fx, mid - h * 0.55))
    g = d.rad(c, h * 1.55 * K, [(0, SKIN_DEEP, 0), (0.62, SKIN_DEEP, 0), (0.85, SKIN_DEEP, 0.3), (1, SKIN_DEEP, 0.2)])
    if k >= 1:   # the underside, shading round the curve (the white's stages leave it be: their edges would stack)
        path(d, pts(xf, under), g, line=None, tension=0.6)
    c = xf((fx + h * 0.1, mid - h * 0.5))
    g = d.rad(c, h * 0.75 * K, [(0, SKIN_HI, 0.3 * k), (0.5, SKIN_HI, 0.15 * k), (1, SKIN_HI, 0)])
    d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{h * 0.75 * K:.1f}" ry="{h * 0.75 * K:.1f}" fill="{g}"/>')  # the lit crown
    for dy, sp, op in ((-h * 0.95, 0.55, 0.32), (-h * 1.25, 0.45, 0.24)):   # the creases over the joint, bowed with its round
        stroke(d, pts(xf, [(fx - h * sp, mid + dy + 1.5), (fx, mid + dy - 1.0), (fx + h * sp, mid + dy + 1.5)]),
               CREASE, 0.9 * K, op * (k if k >= 1 else k * 0.5))


# ---------------------------------------------------------------- the skin pulled tight

def tight_skin(d: Doc, c: P, axis: P, half_len: float, half_w: float, k: float, inset: float = 0.0) -> None:
    """Skin stretched pale over a knuckle's bone (canvas px): a band across the finger as wide as
    the finger, fading only along it (onto the back of the hand and down the phalanx); across, its
    sides rise within ~9 px where the skin turns down into the valleys beside the bone (six
    nested bands 1.7 px apart: crisp, not a one-pixel cut-out; `inset` moves them in, so the
    grip's stages, laid over each other, put their edges between each other's, not on them). A thin highlight lies across the
    crest of the bone. `k`: the pressure (1: full); drawn once per stage, the stages stack."""
    ax, ay = axis
    px, py = -ay, ax

    def at(u: float, v: float, w: float) -> P:
        return (c[0] + ax * half_len * u + px * w * v, c[1] + ay * half_len * u + py * w * v)
    for i in range(6):
        w = half_w - 1.7 * i - inset
        band = [at(-1, -0.9, w), at(-0.5, -1, w), at(0.5, -1, w), at(1, -0.9, w), at(1, 0.9, w), at(0.5, 1, w),
                at(-0.5, 1, w), at(-1, 0.9, w)]
        op = TIGHT * k
        g = d.lin(at(-1, 0, w), at(1, 0, w), [(0, PALE, 0), (0.3, PALE, op * 0.45), (0.48, PALE, op), (0.56, PALE, op),
                                              (0.75, PALE, op * 0.4), (1, PALE, 0)])
        d.add(f'<path data-tight="{i}" d="{smooth_path(band, tension=0.3)}" fill="{g}"/>')
    # the bloodless skin keeps the bone's round: greyer on its side away from the key, fading
    # along the finger as the white does (skin, not a flat coat of paint)
    lit_v = 1.0 if px * _KEY[0] + py * _KEY[1] > 0 else -1.0
    g = d.lin(at(0, 0.2 * lit_v, half_w), at(0, -lit_v, half_w), [(0, PALE_SHADE, 0), (0.6, PALE_SHADE, 0.075 * k),
                                                                (0.9, PALE_SHADE, 0.05 * k), (1, PALE_SHADE, 0.012 * k)])
    for f in (1.0, 0.8, 0.6, 0.4):   # nested along the finger: it fades there as the white does
        band = [at(-f, -0.9, half_w), at(-f / 2, -1, half_w), at(f / 2, -1, half_w), at(f, -0.9, half_w),
                at(f, 0.9, half_w), at(f / 2, 1, half_w), at(-f / 2, 1, half_w), at(-f, 0.9, half_w)]
        d.add(f'<path d="{smooth_path(band, tension=0.3)}" fill="{g}"/>')
    crest = [at(-0.08, -0.6, half_w), at(-0.14, 0, half_w), at(-0.08, 0.6, half_w)]
    for wd in (0.3, 0.24, 0.18, 0.12, 0.06):   # soft-edged: stacked strokes (each stage lays its own)
        stroke(d, crest, "#fff6ee", max(1.2, half_w * wd), 0.04 * k)


def drained(d: Doc, xf: Fn, side: int, fx: float, w: float, top: float, mid: float, k: float, inset: float = 0.0) -> None:
    """The first phalanx drained by the grip (fist-local finger as curled_finger draws it): the
    finger's own tube, round at the middle knuckle, in bloodless skin, palest under the big knuckle
    and over the middle knuckle's crown, a shade less between them; five nested tubes, so its sides
    rise within a few px. review13 B3: the white was drawn as flat pale boxes over the fingers
    (paint); here it keeps the finger's round: greyer on the side away from the key, and the
    fold's underside and creases are laid again over it (`_fold`), so it is the same finger, paled."""
    hw = w / 2
    lean = 0.04 * fx * 0.2
    c1 = [(fx, top - 2), (fx, top + (mid - top) * 0.5), (fx + lean, mid)]
    for i in range(5):
        h = hw * 0.84 - (1.7 * i + inset) / K
        shape = _tube(xf, c1, [h, h * 0.88, h * 0.94], cap=11)
        g = d.lin(xf((fx, top - 4)), xf((fx, mid + hw)), [(0, PALE, 0), (0.16, PALE, 0.11 * k), (0.5, PALE, 0.065 * k),
                                                          (0.8, PALE, 0.1 * k), (1, PALE, 0.07 * k)])
        d.add(f'<path data-drained="{i}" d="{smooth_path(shape, tension=0.6)}" fill="{g}"/>')
    g = _across(d, xf, side, c1[1], hw * 0.84, [(0, PALE_SHADE, 0), (0.4, PALE_SHADE, 0), (0.8, PALE_SHADE, 0.1 * k),
                                                (1, PALE_SHADE, 0.025 * k)])
    for j in range(4):   # staggered down from the big knuckle: its root end fades in, not cut square,
        c = [(fx, top + 2 + 3 * j), (fx, top + (mid - top) * 0.5), (fx + lean, mid)]
        e = (1.7 * j + inset) / K   # and its sides and round end nested, so no edge is laid four times over
        path(d, _tube(xf, c, [hw * 0.84 - e, hw * 0.76 - e, hw * 0.8 - e], cap=11), g, line=None, tension=0.6)
    _fold(d, xf, fx + lean, mid, hw * 0.94, 0.6 * k)


def flush(d: Doc, c: P, r: float, k: float) -> None:
    """The blood the grip squeezed out of the knuckles, pooled in a fingertip or a nail bed: a
    soft redder patch (canvas px), growing with the pressure `k`."""
    blob(d, c, r, FLUSH, 0.24 * k)


def valley(d: Doc, c: P, axis: P, half_len: float, half_w: float, k: float) -> None:
    """The dip between two tight knuckles: a narrow dark lens along the fingers, fading along them,
    its sides rising within a few px (eight nested lenses: the grip's stages stack, so each edge is faint)."""
    ax, ay = axis
    px, py = -ay, ax
    g = d.lin((c[0] - ax * half_len, c[1] - ay * half_len), (c[0] + ax * half_len, c[1] + ay * half_len),
              [(0, SKIN_DEEP, 0), (0.5, SKIN_DEEP, 0.05 * k), (1, SKIN_DEEP, 0)])
    for w in (half_w * (1 - i / 8) for i in range(8)):
        ring = [(c[0] + ax * half_len * math.cos(t) + px * w * math.sin(t), c[1] + ay * half_len * math.cos(t) + py * w * math.sin(t))
                for t in (2 * math.pi * i / 16 for i in range(16))]
        d.add(f'<path d="{smooth_path(ring, tension=0.5)}" fill="{g}"/>')
