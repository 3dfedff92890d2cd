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

from tools.hands.geometry import HIS, Doc, P, smooth_path

SKIN_HI, SKIN, SKIN_MID, SKIN_DK, SKIN_DEEP = "#e8bd98", "#d2a07c", "#b07a58", "#7a4b34", "#4a2a1c"
LINE = HIS.line
CREASE = "#7e5038"
# pressure-pale skin: the blood pressed out, a pale, slightly yellowed skin tone (near-white
# "#fdf3ea" read as light glowing from the knuckles, review7 #4)
PALE = "#f1dccb"

Fn = Callable[[P], P]
K = 1.45  # the fists' frame scale: local units are 1080p pixels at K = 1


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
    second phalanx turning under it toward the palm (narrower, foreshortened, in shade) to the last
    knuckle's round, where the tip tucks away into the palm in shadow; a crease at each bend."""
    hw = w / 2
    lean = 0.04 * fx  # the fingers converge a little toward the palm's centre
    # the second phalanx, behind: turned back under the first toward the palm, so only a short
    # dark lip of it shows below the middle knuckle, as wide as the finger (review12 B3: a narrower
    # tube hanging below read as the finger going on down)
    c2 = [(fx, mid - 6), (fx + lean * 0.5, (mid + bot) / 2), (fx + lean, bot - 4)]
    h2 = [hw * 0.98, hw * 0.92, hw * 0.74]
    d.add(f'<path d="{smooth_path([(x + 3, y + 5) for x, y in _tube(xf, c2, h2)], tension=0.6)}" '
          f'fill="#000000" opacity="0.35"/>')   # its shadow on the palm and the knee below
    shape = _tube(xf, c2, h2)
    path(d, shape, _across(d, xf, side, c2[1], hw * 0.8, [(0, SKIN_DK, 1), (0.14, SKIN_MID, 1), (0.45, SKIN_DK, 1),
                                                          (0.85, SKIN_DEEP, 1), (1, SKIN_DEEP, 1)]), line=None, tension=0.6)
    path(d, shape, d.lin(xf(c2[0]), xf((fx, bot + 2)), [(0, SKIN_DEEP, 0.55), (0.35, SKIN_DEEP, 0.0), (0.8, SKIN_DEEP, 0.0),
                                                        (1, SKIN_DEEP, 0.35)]), line=None, tension=0.6)
    stroke(d, shape[len(shape) // 2 - 4:len(shape) // 2 + 5], LINE, 1.5 * K, 0.55, tension=0.6)   # its rounded end
    # the first phalanx: the big knuckle's width, waisted between the joints, rounded at the middle knuckle
    c1 = [(fx, top - 2), (fx, top + (mid - top) * 0.5), (fx + lean * 0.2, mid)]
    h1 = [hw, hw * 0.9, hw * 0.96]
    shape = _tube(xf, c1, h1)
    path(d, shape, _across(d, xf, side, c1[1], hw, [(0, SKIN_MID, 1), (0.12, SKIN_HI, 1), (0.36, SKIN, 1),
                                                    (0.78, SKIN_MID, 1), (1, SKIN_DK, 1)]), line=None, tension=0.6)
    # lit along its top (it faces the camera and the key), the middle knuckle's round turning down into shade
    path(d, shape, d.lin(xf((fx, top)), xf((fx, mid + hw)), [(0, SKIN_HI, 0.3), (0.45, SKIN_HI, 0.0), (0.7, SKIN_DK, 0.0),
                                                             (1, SKIN_DEEP, 0.55)]), line=None, tension=0.6)
    n = len(shape)
    stroke(d, shape[2:n - 2], LINE, 1.6 * K, 0.6, tension=0.6)   # its sides and round end (open at the root)
    y = mid - hw * 0.3   # the skin over the middle knuckle: two short soft folds across its back
    for dy, op in ((0.0, 0.1), (4.0, 0.06)):
        stroke(d, pts(xf, [(fx - hw * 0.42, y + dy), (fx, y + dy + 2.5), (fx + hw * 0.42, y + dy)]), CREASE, 1.1 * K, op)


# ---------------------------------------------------------------- the skin pulled tight

def tight_skin(d: Doc, c: P, axis: P, half_len: float, half_w: float, k: float) -> None:
    """Skin stretched pale over a knuckle's bone (canvas px): a band across the finger as wide as
    the finger, fading only along it (onto the back of the hand and down the phalanx); across, its
    sides rise within ~6 px where the skin turns down into the valleys beside the bone (six
    nested bands 1.1 px apart: crisp, not a one-pixel cut-out). A thin highlight lies across the
    crest of the bone. `k`: the pressure (1: full); drawn once per stage, the stages stack."""
    ax, ay = axis
    px, py = -ay, ax

    def at(u: float, v: float, w: float) -> P:
        return (c[0] + ax * half_len * u + px * w * v, c[1] + ay * half_len * u + py * w * v)
    for i in range(6):
        w = half_w - 1.1 * i
        band = [at(-1, -0.9, w), at(-0.5, -1, w), at(0.5, -1, w), at(1, -0.9, w), at(1, 0.9, w), at(0.5, 1, w),
                at(-0.5, 1, w), at(-1, 0.9, w)]
        op = 0.105 * k
        g = d.lin(at(-1, 0, w), at(1, 0, w), [(0, PALE, 0), (0.3, PALE, op * 0.45), (0.48, PALE, op), (0.56, PALE, op),
                                              (0.75, PALE, op * 0.4), (1, PALE, 0)])
        d.add(f'<path data-tight="{i}" d="{smooth_path(band, tension=0.3)}" fill="{g}"/>')
    crest = [at(-0.08, -0.6, half_w), at(-0.14, 0, half_w), at(-0.08, 0.6, half_w)]
    for wd in (0.3, 0.24, 0.18, 0.12, 0.06):   # soft-edged: stacked strokes (each stage lays its own)
        stroke(d, crest, "#fff6ee", max(1.2, half_w * wd), 0.04 * k)


def drained(d: Doc, xf: Fn, fx: float, w: float, top: float, mid: float, k: float) -> None:
    """The first phalanx drained pale by the grip, across the finger's back (its sides just inside
    the finger's edges, against the valleys), palest under the big knuckle and fading toward the
    middle knuckle; five nested tubes, so its sides rise within a few px, not in one."""
    hw = w / 2
    for i in range(5):
        h = hw * 0.72 - 1.0 * i / K
        shape = _tube(xf, [(fx, top), (fx, top + (mid - top) * 0.5), (fx, mid - 2)], [h, h * 0.92, h * 0.95])
        g = d.lin(xf((fx, top)), xf((fx, mid)), [(0, PALE, 0), (0.3, PALE, 0.06 * k), (0.65, PALE, 0.055 * k),
                                                 (1, PALE, 0)])
        d.add(f'<path data-drained="{i}" d="{smooth_path(shape, tension=0.6)}" fill="{g}"/>')


def valley(d: Doc, c: P, axis: P, half_len: float, half_w: float, k: float) -> None:
    """The dip between two tight knuckles: a narrow dark lens along the fingers, fading along them,
    its sides rising within a few px (four nested lenses)."""
    ax, ay = axis
    px, py = -ay, ax
    g = d.lin((c[0] - ax * half_len, c[1] - ay * half_len), (c[0] + ax * half_len, c[1] + ay * half_len),
              [(0, SKIN_DEEP, 0), (0.5, SKIN_DEEP, 0.1 * k), (1, SKIN_DEEP, 0)])
    for w in (half_w, half_w * 0.75, half_w * 0.5, half_w * 0.25):
        ring = [(c[0] + ax * half_len * math.cos(t) + px * w * math.sin(t), c[1] + ay * half_len * math.cos(t) + py * w * math.sin(t))
                for t in (2 * math.pi * i / 16 for i in range(16))]
        d.add(f'<path d="{smooth_path(ring, tension=0.5)}" fill="{g}"/>')
