"""clenched_hands (line 7): his left hand clamped over his right fist, and its white knuckles.

review14 (on the grip as fists.py drew it): the gripping hand's pale knuckles were smeared, a
soft blur running across the joints, out of focus beside the crisp fist below (the pallor rose
over 7-17 px across a knuckle and 16-20 px along the finger, where the fist's lit side rises in
1-6 px); and the thumb, the same skin as the hand it lies in, showed only as a thin outline curve
seen through the index finger. Here each knuckle is a ridge across its finger: a rounded band of
bloodless skin whose edges rise within ~3 px on every side (`ridge`: a few nested bands a pixel
apart, not six 1.7 px apart fading along the finger), a fine highlight on its crest, the skin
past it turning down into the finger in a shade with a crisp top (`slope`), dark valleys between
the ridges; the hand's own soft knuckle glows are left off (solid.model_palm_side(glow=False)).
The thumb is tucked under the hand (`draw_grip`: its form laid before the palm and the fingers
are filled again over it), so it shows only where it stands out past the hand's edge.
"""

from __future__ import annotations

import math

from tools.hands.fingerform import Shape
from tools.hands.fist_form import PALE, PALE_SHADE, SKIN_DEEP, SKIN_HI, flush
from tools.hands.geometry import HIS, Doc, FingerSpec, P, Xf, add, mul, smooth_path
from tools.hands.solid import (
    Hand,
    Rolled,
    arm_outline,
    arm_round,
    build,
    finger_shape,
    model_finger,
    model_palm_side,
    shadow,
    silhouette,
    thumb_web,
)

GRIP_AT = (1020.0, 190.0)  # the gripping hand's wrist
# his left hand, back to us, fingers down-left; the back of the hand foreshortened (sx) as it bends
# down over the fist away from us, so the wrist and the cuff sit lower, in frame
GRIP = Rolled(GRIP_AT[0], GRIP_AT[1], rot=118, s=1.4, sx=0.72)
ARM = Xf(GRIP_AT[0], GRIP_AT[1], rot=104, s=1.4)           # its forearm, up out of the frame's top
GRIP_FINGERS = [  # index .. little, side by side across the fist's back; the middle phalanges
    # foreshortened as they curl down into it, the tips pressed into its skin, their nails up to the
    # camera (review11 N7: fingernails where they show)
    FingerSpec((200, -58), -6.0, (54, 22, 8), 46.0, (4, 4), "back", nail=True, taper=0.84),
    FingerSpec((210, -18), -2.0, (58, 24, 8), 48.0, (2, 2), "back", nail=True, taper=0.84),
    FingerSpec((206, 22), 2.0, (56, 22, 8), 45.0, (-2, -2), "back", nail=True, taper=0.84),
    FingerSpec((194, 58), 6.0, (46, 20, 7), 40.0, (-4, -4), "back", nail=True, taper=0.84),
]
# the thumb hooked round the fist's index side, tucked under the hand (draw_grip)
GRIP_THUMB = FingerSpec((50, -56), -8.0, (80, 54, 40), 54.0, (16, 14), "back", taper=0.62)
GRIP_BACK: list[P] = [(-14, -50), (20, -62), (56, -80), (100, -88), (150, -88), (196, -84), (216, -66), (224, -30),
                      (224, 16), (216, 54), (200, 74), (160, 82), (100, 78), (50, 66), (10, 56), (-14, 52)]
# the white's pressure at each of the grip's three stages (insert.toml cuts 2 and 3 in as he
# grips): review13 B3, at rest (0.5) the knuckles were a light tan between the pulses
STAGES = (0.45, 0.75, 1.1)
# the gripping hand's ridges by stage: the same white at full grip (the stages stack), more of it
# at rest (review14: without the hand's soft knuckle glows, between the pulses its crests fell ~15
# levels under 5e27a16's; a clenched hand's knuckles stay pale)
GRIP_STAGES = (0.8, 0.6, 0.9)
STAGE_INSET = 0.57  # px: each stage's nested bands a third of their spacing inside the last's
RIDGE_STEP = 0.7   # px between a ridge's nested bands: its edge rises within ~3-4 px (review14)
RIDGE = 0.46       # a big knuckle's ridge at full pressure (its bands' opacity together)


def grip_hand() -> Hand:
    return Hand(GRIP, HIS, list(GRIP_BACK), list(GRIP_FINGERS), GRIP_THUMB, ARM, arm_len=260, arm_w=(48.0, 60.0))


def grip_caps() -> list[tuple[P, float]]:
    """The gripping hand's four big knuckles, then the four middle knuckles where its fingers bend
    down into the fist (canvas centre, radius)."""
    h = grip_hand()
    out = [(h.xf((fs.base[0] - 6, fs.base[1])), fs.w * 0.42 * h.xf.s) for fs in h.fingers]
    for fs in h.fingers:
        sh = finger_shape(fs, h.xf)
        out.append((sh.centre[sh.joints[0]], sh.half[sh.joints[0]] * 0.85))
    return out


def draw_grip(d: Doc, h: Hand) -> None:
    """solid.draw with the thumb tucked under the hand: its form (rim, nail) is laid first and the
    palm and fingers are filled again over it in the hand's one gradient (the same pixels), so no
    edge of it shows through the back of the hand or the index finger (review14: a thin curve,
    the thumb's contour, crossed that finger); past the hand's edge it still shows, modelled.
    The back of the hand is modelled without its soft knuckle glows: the ridges are grip_white's."""
    pieces = build(h)
    shadow(d, h, pieces, (10, 16), 0.5)
    pieces.insert(2, ("wrist", wrist_piece(h), None, None))  # (after the shadow: stacked there, a dark patch)
    fill = silhouette(d, h, pieces)
    for kind, _poly, sh, fs in pieces:
        if kind == "thumb" and sh is not None and fs is not None:
            model_finger(d, h, fs, sh, is_thumb=True)
    for kind, poly, sh, _fs in pieces:
        if kind in ("palm", "finger"):
            d.add(f'<path d="{smooth_path(poly, tension=1.0 if sh else 0.6)}" fill="{fill}"/>')
    arm_round(d, h)
    model_palm_side(d, h, glow=False)
    thumb_web(d, h)
    for kind, _poly, sh, fs in pieces:
        if kind == "finger" and sh is not None and fs is not None:
            model_finger(d, h, fs, sh)


def wrist_piece(h: Hand) -> list[P]:
    """The wrist joining the forearm to the back of the hand: one more piece of the silhouette
    (one fill, one outline), its sides a curve on each side from the forearm's edge above the
    wrist to the hand's edge past it, tangent to both, so the arm tapers into the hand. The arm is
    drawn straight (ARM) and the hand turned 14 degrees further and foreshortened (GRIP): the arm's
    rounded end and the hand's slanted wrist line left a black wedge on the far side and a step on
    the near (review16 D1: "a doll's joint, the hand a glove pushed onto a tube"). Densely
    sampled, so the outline's smoothing does not swing out past the curves."""
    arm = arm_outline(h)
    palm = h.xf.thick(0.42)
    # far side: from the arm's edge 3/4 of the way down its straight stretch to the hand's edge a
    # little past its wrist corner; near side likewise (the arm's edge just above its end)
    far = _join(_lerp(arm[1], arm[2], 0.78), arm[1], palm(GRIP_BACK[2]), palm(GRIP_BACK[1]))
    near = _join(_lerp(arm[8], arm[7], 0.94), arm[8], palm(GRIP_BACK[-4]), palm(GRIP_BACK[-3]))
    inner = palm((110.0, 0.0))  # inside the back of the hand: the piece's lower edge is hidden under it
    return [*far, *_line(far[-1], inner)[1:-1], inner, *_line(inner, near[-1])[1:-1], *near[::-1],
            *_line(near[0], far[0])[1:-1]]


def _lerp(a: P, b: P, t: float) -> P:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _line(a: P, b: P, step: float = 6.0) -> list[P]:
    n = max(2, int(math.dist(a, b) / step))
    return [_lerp(a, b, k / n) for k in range(n + 1)]


def _join(a: P, a_from: P, e: P, e_from: P, n: int = 24) -> list[P]:
    """A quadratic curve from `a` to `e`, leaving `a` along the line from `a_from` and arriving at
    `e` along the line from `e_from` (its control point where those two lines cross)."""
    da, de = (a[0] - a_from[0], a[1] - a_from[1]), (e[0] - e_from[0], e[1] - e_from[1])
    cross = da[0] * de[1] - da[1] * de[0]
    t = ((e[0] - a[0]) * de[1] - (e[1] - a[1]) * de[0]) / cross if abs(cross) > 1e-9 else 0.5
    c = (a[0] + da[0] * t, a[1] + da[1] * t)
    return [(a[0] * (1 - u) ** 2 + 2 * c[0] * u * (1 - u) + e[0] * u * u,
             a[1] * (1 - u) ** 2 + 2 * c[1] * u * (1 - u) + e[1] * u * u) for u in (k / n for k in range(n + 1))]


def gripping(d: Doc) -> None:
    """His left hand clamped over the fist: a shadow on the fist under the hand, one opaque hand
    (draw_grip) and round each fingertip the fist's skin pressed in: a dark crescent below the
    tip, a paler bulge beyond. (fists.gripping adds the forearm's sleeve.)"""
    h = grip_hand()
    for fs in h.fingers:  # the pressed dimple in the fist's skin, beyond each tip
        sh = finger_shape(fs, h.xf)
        tip, along = sh.tip, sh.along[-1]
        r = sh.half[-1] * 1.5
        c = add(tip, mul(along, r * 0.3))
        d.add(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
              f'fill="{d.rad(c, r, [(0, SKIN_DEEP, 0.75), (0.5, SKIN_DEEP, 0.45), (1, SKIN_DEEP, 0)])}"/>')
        bulge = add(tip, mul(along, r * 1.1))
        d.add(f'<ellipse cx="{bulge[0]:.1f}" cy="{bulge[1]:.1f}" rx="{r * 0.8:.1f}" ry="{r * 0.8:.1f}" '
              f'fill="{d.rad(bulge, r * 0.8, [(0, SKIN_HI, 0.35), (1, SKIN_HI, 0)])}"/>')
    draw_grip(d, h)
    for fs in h.fingers:  # the curl: the middle phalanx turning down into the fist, in shade
        d.add(f'<path d="{smooth_path(_curl(finger_shape(fs, h.xf)), tension=0.5)}" fill="{SKIN_DEEP}" opacity="0.3"/>')
    model_palm_side(d, h, grip=0.6, glow=False)
    _valleys(d, 1.2)   # the knuckles stand as ridges at every moment: the white's stages deepen their valleys


def _curl(sh: Shape) -> list[P]:
    """Where a gripping finger turns down into the fist past its middle knuckle: the finger from
    that knuckle to its tip, three quarters of its width, its top the knuckle's round (bowed toward
    the tip). review14: drawn as a stroke, its round end laid a dark half-disc over the knuckle."""
    j = sh.joints[0]
    c, nrm, half, along = sh.centre, sh.normal, sh.half, sh.along
    left = [add(c[i], mul(nrm[i], half[i] * 0.75)) for i in range(j, len(c))]
    right = [add(c[i], mul(nrm[i], -half[i] * 0.75)) for i in range(j, len(c))]
    end = [add(c[-1], add(mul(nrm[-1], half[-1] * 0.75 * math.cos(t)), mul(along[-1], half[-1] * 0.75 * math.sin(t))))
           for t in (math.pi * k / 6 for k in range(1, 6))]
    top = [add(c[j], add(mul(nrm[j], -half[j] * 0.75 * math.cos(t)), mul(along[j], half[j] * 0.4 * math.sin(t))))
           for t in (math.pi * k / 6 for k in range(1, 6))]
    return [*left, *end, *right[::-1], *top]


def grip_white(d: Doc, stage: int) -> None:
    """The gripping hand blanched where its skin is stretched over the bone (growing with the
    grip's stage 1..3): each big knuckle a ridge across its finger (`ridge`), the skin past it
    turning down into the finger in shade (`slope`), dark valleys between the ridges, each
    middle knuckle a smaller ridge where the finger bends down into the fist, and the blood pushed
    out into the fingertips."""
    k, inset = GRIP_STAGES[stage - 1], STAGE_INSET * (stage - 1)
    h = grip_hand()
    caps = grip_caps()
    for fs, (c, r) in zip(h.fingers, caps[:4], strict=True):
        sh = finger_shape(fs, h.xf)
        a = math.radians(fs.ang)
        axis = _unit(h.xf(fs.base), h.xf((fs.base[0] + 20 * math.cos(a), fs.base[1] + 20 * math.sin(a))))
        w = sh.half[0] * 0.86
        ridge(d, add(c, mul(axis, -r * 0.04)), axis, r * 0.5, w, RIDGE * k, inset)
        slope(d, add(c, mul(axis, r * 0.38)), axis, r * 0.8, w * 0.95, k, inset)
    for fs, (c, r) in zip(h.fingers, caps[4:], strict=True):
        sh = finger_shape(fs, h.xf)
        j = sh.joints[0]
        ridge(d, add(c, mul(sh.along[j], -r * 0.1)), sh.along[j], r * 0.32, sh.half[j] * 0.78, RIDGE * 0.9 * k, inset)
        slope(d, add(c, mul(sh.along[j], r * 0.26)), sh.along[j], r * 0.6, sh.half[j] * 0.75, k * 0.8, inset)
    _valleys(d, k, inset)
    for fs in h.fingers:  # the blood pushed out to the fingertips dug into the fist
        sh = finger_shape(fs, h.xf)
        flush(d, sh.centre[-2], sh.half[-1] * 1.1, k)


def _valleys(d: Doc, k: float, inset: float = 0.0) -> None:
    """The dips between the gripping hand's big knuckles (a lens along the fingers between each
    two), at pressure `k`."""
    h = grip_hand()
    caps = grip_caps()[:4]
    for fs, (c0, r0), (c1, r1) in zip(h.fingers, caps, caps[1:], strict=False):
        a = math.radians(fs.ang)
        axis = _unit(h.xf(fs.base), h.xf((fs.base[0] + 20 * math.cos(a), fs.base[1] + 20 * math.sin(a))))
        valley(d, ((c0[0] + c1[0]) / 2, (c0[1] + c1[1]) / 2), axis, (r0 + r1) * 0.5, (r0 + r1) * 0.07, k, inset)


def _superellipse(c: P, axis: P, half_len: float, half_w: float, n: int = 24) -> list[P]:
    """A rounded box (canvas px) centred at c, `half_len` along `axis`, `half_w` across it."""
    ax, ay = axis
    out = []
    for i in range(n):
        t = 2 * math.pi * i / n
        u = math.copysign(abs(math.cos(t)) ** 0.6, math.cos(t)) * half_len
        v = math.copysign(abs(math.sin(t)) ** 0.6, math.sin(t)) * half_w
        out.append((c[0] + ax * u - ay * v, c[1] + ay * u + ax * v))
    return out


def ridge(d: Doc, c: P, axis: P, half_len: float, half_w: float, op: float, inset: float = 0.0) -> None:
    """Skin stretched pale over a knuckle's bone: a rounded band across the finger (canvas px),
    palest on its crest and the side toward the key, greyer away from it, its edges rising within
    ~3 px on every side (six nested bands RIDGE_STEP apart, `inset` between another stage's),
    and a fine highlight across the crest."""
    ax, ay = axis
    lit = 1.0 if -ay * 0.8 + ax * -0.6 > 0 else -1.0   # which side, across the finger, faces the hearth
    a = (c[0] - ay * half_w * lit, c[1] + ax * half_w * lit)
    b = (c[0] + ay * half_w * lit, c[1] - ax * half_w * lit)
    n = 6
    each = 1 - (1 - op) ** (1 / n)
    for i in range(n):
        e = RIDGE_STEP * i + inset
        g = d.lin(a, b, [(0, PALE, each), (0.55, PALE, each), (1, PALE_SHADE, each * 0.8)])
        d.add(f'<path data-ridge="{i}" d="{smooth_path(_superellipse(c, axis, half_len - e, half_w - e), tension=0.5)}" fill="{g}"/>')
    def at(u: float, v: float) -> P:
        return (c[0] + ax * u - ay * v, c[1] + ay * u + ax * v)
    crest = [at(-half_len * 0.2, -half_w * 0.6), at(-half_len * 0.35, 0), at(-half_len * 0.2, half_w * 0.6)]
    d.add(f'<path d="{smooth_path(crest, closed=False)}" stroke="#fff6ee" stroke-width="1.6" fill="none" '
          f'opacity="{op * 0.15:.2f}" stroke-linecap="round"/>')


def slope(d: Doc, top: P, axis: P, length: float, half_w: float, k: float, inset: float = 0.0) -> None:
    """The skin turning down off a knuckle's crest into the finger: a shade across the finger whose
    top, at the ridge's edge, rises within ~3 px (the bands share it, a pixel apart) and which
    fades down the finger (each band shorter)."""
    n = 5
    for i in range(n):
        t0 = RIDGE_STEP * i + inset
        ln = (length - t0) * (1 - i / (n + 1))
        c = add(top, mul(axis, t0 + ln / 2))
        d.add(f'<path d="{smooth_path(_superellipse(c, axis, ln / 2, half_w - 0.8 * i), tension=0.5)}" '
              f'fill="{SKIN_DEEP}" opacity="{0.035 * k:.3f}"/>')


def valley(d: Doc, c: P, axis: P, half_len: float, half_w: float, k: float, inset: float = 0.0) -> None:
    """The dip between two ridges: a narrow dark lens along the fingers, its sides rising within a
    few px (nested lenses a pixel apart), fading only at its ends."""
    ax, ay = axis
    g = d.lin((c[0] - ax * half_len, c[1] - ay * half_len), (c[0] + ax * half_len, c[1] + ay * half_len),
              [(0, SKIN_DEEP, 0), (0.3, SKIN_DEEP, 0.1 * k), (0.7, SKIN_DEEP, 0.1 * k), (1, SKIN_DEEP, 0)])
    for i in range(4):
        w = max(0.6, half_w - RIDGE_STEP * i - inset * 0.5)
        d.add(f'<path d="{smooth_path(_superellipse(c, axis, half_len, w, 16), tension=0.5)}" fill="{g}"/>')


def _unit(a: P, b: P) -> P:
    ln = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    return ((b[0] - a[0]) / ln, (b[1] - a[1]) / ln)
