"""Her fingers in the clasp (lines 62-64, 71; tools.hands.clasp.her_finger): the modelling laid
over each finger's form: the contact shade where it lies against his skin, the crevice line along
its edges, the shade of its curled last phalanges. Its own module so clasp.py stays small."""

from __future__ import annotations

from tools.hands import fingerform, geometry
from tools.hands.geometry import Doc, Skin, add, mul, smooth_path


def inside(d: Doc, sh: fingerform.Shape, fill: str) -> None:
    """Lay `fill` (a gradient) over the finger's own outline only: light and shade on a finger
    never spill past its edge (a radial knuckle highlight drawn as a circle showed beyond the
    finger as a translucent blob, review11 #1)."""
    d.add(f'<path d="{smooth_path(sh.polygon(), tension=1.0)}" fill="{fill}"/>')


def contact(d: Doc, sh: fingerform.Shape, width: float, opacity: float) -> None:
    """A finger's contact shade on what it lies beside (drawn under the finger, so only the outer
    half of the stroke shows: `width` / 2 px of shade along each side and round the pad)."""
    d.add(f'<path d="{smooth_path(sh.rim(), closed=False)}" fill="none" stroke="#1a0a04" stroke-width="{width:.1f}" '
          f'stroke-opacity="{opacity:.2f}" stroke-linejoin="round" stroke-linecap="round"/>')


def edges(d: Doc, sh: fingerform.Shape, skin: Skin) -> None:
    """Her finger's edge against his fingers between hers: a fine dark line on the edge (the
    crevice where the two fingers press together) and, just inside it on her side away from the
    candle, a faint soft line of light reflected off his skin, so her shaded side never melts into his shaded finger (review16 D6:
    "you cannot count whose finger is whose")."""
    mid = len(sh.centre) // 2
    lit = 1 if sh.normal[mid][0] * geometry.LIGHT[0] + sh.normal[mid][1] * geometry.LIGHT[1] >= 0 else -1
    pts = sh.right if lit > 0 else sh.left  # (the side away from the candle)
    inner = [add(p, mul(sh.normal[min(j, len(sh.normal) - 1)], lit * 4.0)) for j, p in enumerate(pts[1:-3], 1)]
    d.add(f'<path d="{smooth_path(inner, closed=False)}" fill="none" stroke="{skin.light}" stroke-width="4.0" '
          f'stroke-opacity="0.16" stroke-linecap="round"/>')
    # (from under the back of her hand, which covers its start, round the pad: no loose end)
    line = [*sh.left[1:], *sh.cap[1:-1], *sh.right[1:][::-1]]
    d.add(f'<path data-crevice="1" d="{smooth_path(line, closed=False)}" fill="none" stroke="#2a140a" '
          f'stroke-width="2.2" stroke-opacity="0.8" stroke-linejoin="round" stroke-linecap="round"/>')


def curl_shade(d: Doc, sh: fingerform.Shape, ws: list[float], skin: Skin, k: float, white: float) -> None:
    """Her curled finger's modelling (see her_finger)."""
    # the middle and last phalanges turn down toward his palm, away from the candle: in shade,
    # deepest at the pad (a gradient over the finger's own outline, so it stays solid)
    j = sh.joints[0] if sh.joints else len(sh.centre) // 2
    d.add(f'<path d="{smooth_path(sh.polygon(), tension=1.0)}" '
          f'fill="{d.lin(sh.centre[j], sh.tip, [(0, "#3a1c10", 0.05 * k), (0.45, "#3a1c10", 0.32 * k), (1, "#3a1c10", 0.62 * k)])}"/>')
    # the middle knuckle standing up where it bends: a soft rise of light toward the flame
    m = sh.centre[j]
    r = sh.half[j] * 1.1
    inside(d, sh, d.rad(m, r, [(0, skin.nail_hi, 0.55 * k + 0.3 * white), (0.6, skin.knuckle, 0.2 * k), (1, skin.knuckle, 0)]))
    if white > 0:
        # gripped (71), her fingertips blanch where they are pressed into his palm: a pale pad over
        # the shade, inside the finger (review12 B2: "her fingertips whiten where he grips")
        inside(d, sh, d.rad(sh.tip, ws[-1] * 1.3, [(0, "#fff0e6", min(1.0, 1.2 * white)), (0.55, "#f8dccc", 0.6 * white), (1, "#f4d2c0", 0)]))
