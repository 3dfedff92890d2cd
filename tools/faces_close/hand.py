"""His hands for the face close-ups: the back of a hand on her jaw, and two hands loosely clasped.

Local frame: wrist at the origin, fingers pointing to -x, the back of the hand towards the
camera. Each finger is three phalanges with knuckle creases, tapering, slightly bent, the
nail drawn only where the back of the fingertip is seen. The forearm runs to +x into a
white cuff and a grey sleeve, so the hand always belongs to an arm.
"""

from __future__ import annotations

import math

from tools.faces_close.face import Model
from tools.faces_close.svgkit import Doc, P, Place, limb, psoft, smooth
from tools.hands import fingerform


def _finger(d: Doc, pl: Place, m: Model, base: P, angle: float, length: float, width: float,
            bend: float, nail: bool = True) -> None:
    """A finger from `base` along `angle` (degrees, 180 = -x), curling by `bend` degrees per joint:
    one tapering form (tools.hands.fingerform), its outline open at the root so it flows into the
    hand, light across it, a soft pad, faint short wrinkles on the knuckles, the nail set back
    from the pad's tip."""
    x, y = base
    a = math.radians(angle)
    joints: list[P] = [(x, y)]
    for s in (0.45, 0.32, 0.23):
        x += math.cos(a) * length * s
        y += math.sin(a) * length * s
        joints.append((x, y))
        a += math.radians(bend)
    sc = pl.scale
    sh = fingerform.shape(pl.all(joints), width * sc, 0.7)
    c, nrm, half = sh.centre, sh.normal, sh.half
    n = len(c)
    mid = n // 2
    g = d.lin(_add(c[mid], nrm[mid], half[mid]), _add(c[mid], nrm[mid], -half[mid]),
              [(0, m.skin_lit, 1), (0.45, m.skin, 1), (1, m.skin_shade, 1)])
    d.path(smooth(sh.polygon()), fill=g)
    # the root melts into the back of the hand
    d.path(smooth([sh.root, *sh.left[: n // 3 + 1], *sh.right[: n // 3 + 1][::-1]], tension=0.6),
           fill=d.lin(sh.root, c[n // 3], [(0, m.skin, 0.6), (1, m.skin, 0)]))
    d.path(smooth([_add(c[i], nrm[i], -half[i] * 0.6) for i in range(n)], closed=False), stroke=m.skin_shade,
           width=half[mid] * 0.45, opacity=0.3)
    d.path(smooth([_add(c[i], nrm[i], half[i] * 0.4) for i in range(n // 6, n)], closed=False), stroke=m.skin_lit,
           width=half[mid] * 0.3, opacity=0.35)
    d.body.append(f'<path data-rim="1" d="{smooth(sh.rim(), closed=False)}" fill="none" stroke="{m.line}" '
                 f'stroke-width="1.4" stroke-opacity="0.45" stroke-linecap="round" stroke-linejoin="round"/>')
    tw = half[-1]
    d.body.append(f'<ellipse cx="{c[-1][0]:.1f}" cy="{c[-1][1]:.1f}" rx="{tw:.1f}" ry="{tw:.1f}" '
                 f'fill="{d.rad(c[-1], tw, [(0, m.skin_lit, 0.25), (1, m.skin_lit, 0)])}"/>')
    for k, j in enumerate(sh.joints):  # short fine wrinkles on top of each knuckle, never across the finger
        cj, dv, nn, w = c[j], sh.along[j], nrm[j], half[j] * 2
        for i, off in enumerate((-0.1, 0.0, 0.1) if k == 0 else (-0.05, 0.05)):
            q = _add(cj, dv, w * off)
            span = w * (0.17 if k == 0 else 0.13) * (1.0 if i == 1 else 0.8)
            d.body.append(f'<path data-crease="1" d="{smooth([_add(q, nn, span), _add(q, dv, w * 0.05), _add(q, nn, -span)], closed=False)}" '
                         f'stroke="{m.skin_shade}" stroke-width="{max(0.8, w * 0.025):.1f}" fill="none" opacity="0.3" '
                         f'stroke-linecap="round"/>')
    if nail:
        td = sh.along[-1]
        ln = math.dist(c[sh.joints[-1]], c[-1])
        end = _add(c[-1], td, tw * 0.55)
        start = _add(end, td, -min(ln * 0.62, tw * 2.6))
        nw = tw * 0.7
        nn = nrm[-1]
        npts = [_add(start, nn, nw * 0.8), _add(end, nn, nw * 0.9), _add(end, td, nw * 0.42), _add(end, nn, -nw * 0.9),
                _add(start, nn, -nw * 0.8), _add(start, td, -nw * 0.3)]
        d.body.append(f'<path data-nail="1" d="{smooth(npts, tension=0.7)}" fill="#f0c8b0" fill-opacity="0.85" '
                     f'stroke="{m.skin_shade}" stroke-width="1" stroke-opacity="0.35"/>')


def _add(p: P, v: P, k: float) -> P:
    return (p[0] + v[0] * k, p[1] + v[1] * k)


def sleeve(d: Doc, pl: Place, m: Model, length: float = 520) -> None:
    """Forearm into a white cuff and a grey suit sleeve, along +x from the wrist."""
    g = d.lin(pl((0, -50)), pl((0, 60)), [(0, m.cloth_lit, 1), (1, m.cloth, 1)])
    d.path(smooth(pl.all([(70, -52), (length, -70), (length, 74), (70, 56), (60, 2)]), tension=0.4), fill=g,
           stroke="#1c1e24", width=2)
    d.path(smooth(pl.all([(30, -44), (74, -50), (80, 0), (74, 52), (30, 44)]), tension=0.5), fill="#ece4d6",
           stroke="#8a8070", width=1.5)
    d.path(smooth(pl.all([(-10, -36), (34, -42), (36, 40), (-10, 36)]), tension=0.5),
           fill=d.lin(pl((0, -36)), pl((0, 36)), [(0, m.skin_lit, 1), (1, m.skin_shade, 1)]))


def hand_on_cheek(d: Doc, pl: Place, m: Model) -> None:
    sleeve(d, pl, m)
    # thumb along her cheekbone towards her nose, rising from under the back of the hand (its side seen,
    # the nail edge-on: no nail)
    _finger(d, pl, m, (-24, -26), 214, 128, 30, 8, nail=False)
    # four fingers towards her ear, index on the cheekbone side, pinky along the jaw; drawn first, so
    # the back of the hand lies over their roots and they grow out of it (no seam across a finger)
    for (by, ang, ln, wd) in [(-38, 185, 112, 30), (-13, 182, 124, 30), (12, 179, 118, 29), (36, 176, 98, 27)]:
        _finger(d, pl, m, (-112, by), ang, ln, wd, 7)
    # back of the hand: wrist to knuckles, outlined only along its two sides; tendons faint
    back = [(0, -38), (-60, -52), (-118, -56), (-128, -38), (-130, -20), (-131, 2), (-130, 24), (-126, 42),
            (-116, 54), (-60, 54), (0, 40), (12, 0)]
    d.path(smooth(pl.all(back), tension=0.8),
           fill=d.lin(pl((0, -50)), pl((0, 50)), [(0, m.skin_lit, 1), (0.6, m.skin, 1), (1, m.skin_shade, 1)]))
    for side in (back[:3], back[8:11]):
        d.path(smooth(pl.all(side), closed=False), stroke=m.line, width=1.6, opacity=0.55)
    for yy in (-30, -8, 14):
        d.path(smooth(pl.all([(-30, yy * 0.6), (-70, yy * 0.9), (-108, yy * 1.1)]), closed=False),
               stroke=m.skin_shade, width=2, opacity=0.18)
    # the knuckles: soft rises of light, not drawn bumps
    for by in (-40, -14, 12, 38):
        c = pl((-120, by))
        r = 13 * pl.scale
        d.body.append(f'<ellipse cx="{c[0]:.1f}" cy="{c[1]:.1f}" rx="{r:.1f}" ry="{r:.1f}" '
                      f'fill="{d.rad(c, r, [(0, m.skin_lit, 0.55), (1, m.skin_lit, 0)])}"/>')


# her fingers on his cheek: (root's y, angle, length, width, curl per joint, degrees; - curls to the little
# finger's side, round toward his ear), index first. Was fanned 190-171 degrees, straight (8) and apart.
RESTING = [(-27, 181, 98, 24, -11.0), (-9, 179, 106, 24, -14.0), (9, 177, 98, 23, -17.0), (25, 174, 80, 21, -21.0)]


# Her thumb grows from the heel of her hand (review16 D15: a separate sausage rising from mid-palm): the back
# of the hand's outline swells from the wrist over the thenar's round straight into the thumb's outer edge,
# and the thumb (its own part, under the hand, in the same paint, so the back's edge across its base does
# not show) leaves the hand at its first joint, turned out from the fingers, short and tapering, along his
# cheekbone. It strokes his cheek turning about that joint.
THUMB_ROOT: P = (-36.0, -50.0)  # her thumb's first joint, where it leaves the hand (palm_on_cheek's frame)
THUMB: list[P] = [(-22, -36), THUMB_ROOT, (-64, -65), (-90, -74)]  # under the thenar, the joint, the next, tip
THUMB_W = [26.0, 27.0, 23.0, 19.0]
WRIST_X = 20.0   # where the back of her hand ends in her wrist (local x) ...
WRIST_HALF = 27.0  # ... and the wrist's half width there: the forearm (kiss.hand) meets it at this width


def _chaikin(pts: list[P], n: int = 3) -> list[P]:
    """A closed outline rounded by corner cutting (Chaikin): a dense polygon, drawn with straight segments."""
    for _ in range(n):
        out: list[P] = []
        for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1], strict=True):
            out += [(0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by), (0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by)]
        pts = out
    return pts


def back_paint(d: Doc, pl: Place, m: Model) -> str:
    """The back of her hand's paint, lit on the thumb's side and turning into shade on the little finger's:
    her forearm (kiss.hand) is painted with the same stops across it, so hand and wrist meet in one colour."""
    return d.lin(pl((0, -46)), pl((0, 46)), back_stops(m))


def back_stops(m: Model) -> list[tuple[float, str, float]]:
    """The back of her hand's paint stops, lit to shade across it (kiss.hand paints her forearm with them)."""
    return [(0, m.skin_lit, 1), (0.3, m.skin, 1), (0.75, m.skin_shade, 1), (1, "#8a4a2a", 1)]


def thumb_on_cheek(d: Doc, pl: Place, m: Model) -> None:
    """Her thumb along his cheekbone from the heel of her hand, its side seen (no nail): one tapering form
    (THUMB, THUMB_W), lit along its top, a soft crease at its last joint, its root under the back of the
    hand, so the thumb can be its own part and stroke his cheek, turning about THUMB_ROOT."""
    cs = pl.all(THUMB)
    shape = limb(cs, [w * pl.scale for w in THUMB_W])
    # lit where it leaves the hand (the back's own paint there: the back's edge across its base never shows),
    # deepening toward its tip as it turns away along his cheek
    d.path(smooth(shape, tension=0.7), fill=d.lin(pl(THUMB[0]), pl(THUMB[-1]), [(0, m.skin_lit, 1), (0.3, m.skin_lit, 1),
                                                                            (1, m.skin, 1)]))
    # its outline from the thenar round the tip, not round the root (under her wrist and forearm)
    d.path(smooth(shape[2:-1], closed=False, tension=0.7), stroke=m.line, width=1.2, opacity=0.4)
    psoft(d, pl, (-66, -58), 20, 6, m.skin_shade, 0.3, rot=30)  # its side toward the fingers turning under
    (jx, jy) = THUMB[2]
    d.path(smooth(pl.all([(jx + 5, jy - 8), (jx, jy - 1), (jx - 4, jy + 7)]), closed=False), stroke=m.skin_shade,
           width=1.4, opacity=0.35)                              # the last joint's crease


def palm_on_cheek(d: Doc, pl: Place, m: Model, thumb: bool = True) -> None:
    """Her hand laid on his cheek, the back of it to us (local frame as above, fingers to -x, the thumb
    on the -y side). A slim hand: the back first, domed (lit across its middle, the little finger's edge
    turned into shade), narrowing to the wrist, where it ends on the forearm painted as it is (kiss.hand:
    no cuff edge), then the fingers fanning a little from the knuckles over it, each root
    melting into the back (no knuckle row cut square across them), the thumb from the heel along the
    cheekbone (`thumb` False: left to its own part, thumb_on_cheek, which moves)."""
    lit, sh = m.skin_lit, m.skin_shade
    if thumb:
        thumb_on_cheek(d, pl, m)
    w, h = WRIST_X + 4, WRIST_HALF
    back = [(w, -h), (4, -h - 5), (-12, -45), (-26, -60), (-42, -55), (-58, -49), (-84, -46), (-106, -40),
            (-116, -24), (-118, -4), (-116, 16), (-110, 34), (-96, 44), (-60, 44), (-26, 36), (0, h + 2), (w, h)]
    dense = _chaikin(back)
    d.path(_poly(pl.all(dense)), fill=back_paint(d, pl, m))  # (its wrist end lies on the forearm, in its paint)
    psoft(d, pl, (-64, -14), 46, 20, "#fff0dc", 0.25)     # the dome of the back of the hand
    psoft(d, pl, (-60, 32), 70, 18, "#8a4a2a", 0.5)       # its edge turning under, away from the light
    psoft(d, pl, (-58, -44), 16, 7, sh, 0.3, rot=-10)     # the web between thumb and index, in its crease
    for side in (back[:4], back[5:8], back[12:15]):       # its sides, faint: the thenar, the web, the little finger's
        d.path(smooth(pl.all(side), closed=False), stroke=m.line, width=1.4, opacity=0.4)
    for yy in (-24, -6, 12):                              # the tendons, faint, fanning to the knuckles
        d.path(smooth(pl.all([(-16, yy * 0.5), (-56, yy * 0.8), (-92, yy * 1.2)]), closed=False),
               stroke=sh, width=2, opacity=0.14)
    # relaxed, not a flat 'stop' palm (review6 #1): the fingers lie together, each curling a little more
    # than the one before toward his ear, following the cheek round, the tips resting before the ear
    for by, ang, ln, wd, bend in RESTING:
        _finger(d, pl, m, (-96, by), ang, ln, wd, bend)
    for by in (-28, -9, 9, 26):                           # the knuckles: soft rises of light over the roots
        psoft(d, pl, (-104, by), 12, 10, lit, 0.45)
    psoft(d, pl, (-100, 0), 14, 44, m.skin, 0.35)         # the roots melt into the back


def _poly(pts: list[P]) -> str:
    return "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + " Z"


def clasped(d: Doc, pl: Place, m: Model) -> None:
    """Two hands loosely clasped, seen from the near side: the near hand's back, its fingers
    curling down and round the far hand; the far hand's fingertips lie across the near hand's
    back between the knuckles (interlaced), darker, farther from the light; the near thumb rests
    along the top. Local frame as above: wrist at the origin, fingers towards -x."""
    shade = Model(m.skin_shade, m.skin, "#7a4628", m.line, m.lip, m.lip_lit, m.lip_shade, m.hair, m.hair_lit,
                  m.hair_dark, m.cloth, m.cloth_lit, m.she)
    # the far hand's palm edge and little finger, below and behind
    _finger(d, pl, shade, (-70, 40), 196, 66, 22, -30, nail=False)
    # near fingers, the little finger lowest, each curling down and back round the far hand
    for by, ln, wd in ((30, 78, 22), (10, 92, 25), (-10, 98, 26), (-30, 92, 26)):
        _finger(d, pl, m, (-96, by), 184 + by * 0.2, ln, wd, -40, nail=False)
    # back of the near hand: wrist to knuckles, the knuckles' row lit, tendons faint
    back = [(6, -34), (-40, -42), (-92, -44), (-112, -30), (-116, 0), (-110, 30), (-90, 44), (-40, 40), (6, 32)]
    d.path(smooth(pl.all(back), tension=0.8),
           fill=d.lin(pl((0, -44)), pl((0, 44)), [(0, m.skin_lit, 1), (0.55, m.skin, 1), (1, m.skin_shade, 1)]),
           stroke=m.line, width=1.8)
    for by in (-30, -10, 10, 30):
        d.path(smooth(pl.all([(-8, by * 0.5), (-60, by * 0.8), (-100, by)]), closed=False), stroke=m.skin_shade,
               width=1.6, opacity=0.3)
        d.path(smooth(pl.all([(-104, by - 7), (-112, by), (-104, by + 7)]), closed=False), stroke=m.skin_lit,
               width=3, opacity=0.55)
    # the far hand's fingertips across the near hand's back, pointing back towards its wrist
    for by, ln in ((-24, 48), (-4, 54), (16, 50)):
        _finger(d, pl, shade, (-126, by), -8, ln, 18, 8, nail=True)
    # the near thumb along the top, its tip forward
    _finger(d, pl, m, (-20, -38), 186, 92, 24, 10, nail=True)
