"""His hands for the face close-ups: the back of a hand on her jaw, and two hands loosely clasped.

Local frame: wrist at the origin, fingers pointing to -x, the back of the hand towards the
camera. Each finger is three phalanges with knuckle creases, tapering, slightly bent, the
nail drawn only where the back of the fingertip is seen. The forearm runs to +x into a
white cuff and a grey sleeve, so the hand always belongs to an arm.
"""

from __future__ import annotations

import math

from tools.faces_close.face import Model
from tools.faces_close.svgkit import Doc, P, Place, smooth


def _finger(d: Doc, pl: Place, m: Model, base: P, angle: float, length: float, width: float,
            bend: float, nail: bool = True) -> None:
    """A finger from `base` along `angle` (degrees, 180 = -x), curling by `bend` degrees per joint."""
    pts_l: list[P] = []
    pts_r: list[P] = []
    x, y = base
    a = math.radians(angle)
    segs = (0.45, 0.32, 0.23)
    joints: list[tuple[P, float]] = []
    for i, s in enumerate(segs):
        w = width * (1.0 - 0.12 * i) / 2
        nx, ny = -math.sin(a), math.cos(a)
        pts_l.append((x + nx * w, y + ny * w))
        pts_r.append((x - nx * w, y - ny * w))
        joints.append(((x, y), a))
        x += math.cos(a) * length * s
        y += math.sin(a) * length * s
        a += math.radians(bend)
    w = width * 0.62 / 2
    nx, ny = -math.sin(a), math.cos(a)
    tip = (x + math.cos(a) * w * 0.9, y + math.sin(a) * w * 0.9)
    outline = [*pts_l, (x + nx * w, y + ny * w), tip, (x - nx * w, y - ny * w), *list(reversed(pts_r))]
    g = d.lin(pl(pts_l[0]), pl(pts_r[0]), [(0, m.skin_lit, 1), (0.5, m.skin, 1), (1, m.skin_shade, 1)])
    d.path(smooth(pl.all(outline), tension=0.7), fill=g, stroke=m.line, width=1.8)
    # knuckle creases at the two finger joints
    for (jx, jy), ja in joints[1:]:
        nx, ny = -math.sin(ja), math.cos(ja)
        ww = width * 0.28
        d.path(smooth(pl.all([(jx + nx * ww, jy + ny * ww), (jx + math.cos(ja) * 3, jy + math.sin(ja) * 3),
                              (jx - nx * ww, jy - ny * ww)]), closed=False), stroke=m.skin_shade, width=1.6,
               opacity=0.8)
    if nail:
        nl = length * 0.17
        bx, by = x - math.cos(a) * nl * 0.55, y - math.sin(a) * nl * 0.55
        nw = w * 0.62
        nx, ny = -math.sin(a), math.cos(a)
        npts = [(bx + nx * nw, by + ny * nw), (x + math.cos(a) * w * 0.55 + nx * nw * 0.8,
                                             y + math.sin(a) * w * 0.55 + ny * nw * 0.8),
                (x + math.cos(a) * w * 0.7, y + math.sin(a) * w * 0.7),
                (x + math.cos(a) * w * 0.55 - nx * nw * 0.8, y + math.sin(a) * w * 0.55 - ny * nw * 0.8),
                (bx - nx * nw, by - ny * nw)]
        d.path(smooth(pl.all(npts), tension=0.6), fill="#f0c8b0", stroke=m.skin_shade, width=1.0, opacity=0.9)


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
    # back of the hand: wrist to knuckles, tendons faint
    back = [(0, -38), (-60, -52), (-118, -56), (-132, -20), (-130, 24), (-116, 54), (-60, 54), (0, 40), (12, 0)]
    d.path(smooth(pl.all(back), tension=0.8),
           fill=d.lin(pl((0, -50)), pl((0, 50)), [(0, m.skin_lit, 1), (0.6, m.skin, 1), (1, m.skin_shade, 1)]),
           stroke=m.line, width=2)
    for yy in (-30, -8, 14):
        d.path(smooth(pl.all([(-20, yy * 0.6), (-70, yy * 0.9), (-112, yy * 1.1)]), closed=False),
               stroke=m.skin_shade, width=2, opacity=0.35)
    # four fingers towards her ear, index on the cheekbone side, pinky along the jaw
    for (by, ang, ln, wd) in [(-38, 185, 112, 30), (-13, 182, 124, 30), (12, 179, 118, 29), (36, 176, 98, 27)]:
        _finger(d, pl, m, (-112, by), ang, ln, wd, 7)
    # knuckle bumps
    for by in (-40, -14, 12, 38):
        d.path(smooth(pl.all([(-118, by - 8), (-126, by), (-118, by + 8)]), closed=False), stroke=m.skin_lit,
               width=3, opacity=0.6)


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
