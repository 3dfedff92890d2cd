"""His tousled crop as the wides draw it (figures/him/head.svg), for the close profiles (the kiss, the gaze):
locks breaking the crop's outline in the hair's own colour, lit crests of locks over the crown, a few
locks fallen over the brow, strays standing off the crown, and the nape tapering in points behind the
ear (review10 #2: 'his hair here is a slicked black helmet, while in every wide it is tousled'). Moved
out of kiss.py (KISS stop 26: one module a thing); names unchanged, kiss.py re-exports them."""

from __future__ import annotations

import math
import random

from tools.faces_close import face
from tools.faces_close.svgkit import Doc, P, Place, limb, smooth

# his tousled crop: a few locks fallen over the brow, each a tapered curl (local frame: from its root in
# the hair to its tip; width at the root), and a few strays standing off the crown
FRINGE: list[tuple[P, float, float, float, float]] = [  # (base centre, direction (deg), base width, length, bend)
    ((-92.0, -378.0), 62.0, 34.0, 66.0, 10.0), ((-134.0, -372.0), 74.0, 30.0, 54.0, 8.0),
    ((-176.0, -362.0), 96.0, 26.0, 40.0, -6.0),
]


def flame(c: P, angle: float, w: float, length: float, bend: float) -> list[P]:
    """A lock of hair as a flame: a broad base at `c` (its root running 14 px back into the hair), out
    along `angle` (degrees, local frame) `length` px to a blunt tip set `bend` px to its side."""
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    px, py = -dy, dx

    def at(u: float, v: float) -> P:  # u along the lock, v across it
        return (c[0] + dx * u + px * v, c[1] + dy * u + py * v)

    return [at(-14, -w / 2), at(0, -w / 2), at(length * 0.45, -w * 0.36 + bend * 0.3),
            at(length * 0.85, -w * 0.16 + bend * 0.8), at(length, bend), at(length * 0.9, w * 0.1 + bend * 0.9),
            at(length * 0.5, w * 0.3 + bend * 0.5), at(0, w / 2), at(-14, w / 2)]


def hair_paint(d: Doc, pl: Place, m: face.Model) -> str:
    """The light across his hair as face.hair_front paints the mass (same ends, same stops), so a lock
    grows out of it with no edge of its own colour."""
    return d.lin(pl((-60, -480)), pl((-400, -150)), [(0, m.hair_lit, 1), (0.5, m.hair, 1), (1, m.hair_dark, 1)])


def locks(d: Doc, pl: Place, m: face.Model, strays: bool = True) -> None:
    """His tousled crop's locks fallen over the brow (broad flames of the hair's own colour, a warm light
    down one side: review10 #2, two thin tubes with a pale stroke read as hooks) and a few strays
    (`strays` False: the kiss draws them as their own part, his_strands.svg, that stirs)."""
    for k, (c, ang, w, ln, bend) in enumerate(FRINGE):
        lock = flame(c, ang, w, ln, bend)
        d.path(smooth(pl.all(lock), tension=0.8), fill=hair_paint(d, pl, m))
        d.path(smooth(pl.all(lock[1:5]), closed=False), stroke=LOCK_SHEEN[k % 3], width=1.6 * pl.scale, opacity=0.45)
    if strays:
        crown_strays(d, pl, m)


def crown_strays(d: Doc, pl: Place, m: face.Model) -> None:
    """A few strays standing off his crown."""
    for k in range(7):
        x0 = -130 - 36 * k
        y0 = -470 - (24 if 1 <= k <= 4 else 0)
        d.path(smooth(pl.all([(x0, y0 + 20), (x0 - 10, y0 - 8), (x0 - 28 - 4 * (k % 3), y0 - 16 - 6 * (k % 2))]),
                      closed=False), stroke=m.hair_lit if k % 2 else m.hair, width=2.4, opacity=0.7)


# his crop's outline from the hairline over the crown to the nape (face.HAIR_FRONT_HIM's and
# face.hair_back's outer points, local frame): the tousled locks stand out along it
CROWN: list[P] = [(-70, -396), (-110, -440), (-178, -478), (-230, -490), (-286, -488), (-330, -476),
                  (-388, -420), (-414, -320), (-408, -200), (-390, -120)]
SKULL: P = (-240.0, -260.0)  # about the middle of his skull, for the locks' outward direction
LOCK_SHEEN = ("#7a5238", "#6e4a34", "#5e4636")  # the wides' lit strands in his hair (figures/him/head.svg)


def tousle_locks() -> list[list[P]]:
    """His disheveled crop's locks along CROWN, as the wides draw it (review10 #2: 'his hair here is a
    slicked black helmet, while in every wide it is tousled'): each lock a flame of hair with a broad
    base on the outline, swept back toward the nape, its blunt tip standing 14-30 local px out past it
    (no tubes or hooks: they read as insect legs, review9 #4); uneven in size and spacing (a seeded
    draw). Each is a closed outline, base to tip and back, local frame."""
    rng = random.Random(74)
    out: list[list[P]] = []
    n = 16
    for i in range(n):
        f = min(0.995, max(0.0, (i + 0.5 + rng.uniform(-0.3, 0.3)) / n))
        k = f * (len(CROWN) - 1)
        j = min(int(k), len(CROWN) - 2)
        (ax, ay), (bx, by) = CROWN[j], CROWN[j + 1]
        t = k - j
        ox, oy = ax + (bx - ax) * t, ay + (by - ay) * t
        ln = math.hypot(bx - ax, by - ay) or 1.0
        tx, ty = (bx - ax) / ln, (by - ay) / ln  # along the outline, toward the nape
        nx, ny = ox - SKULL[0], oy - SKULL[1]
        nn = math.hypot(nx, ny) or 1.0
        nx, ny = nx / nn, ny / nn  # out of the head
        # out of the head and swept back toward the nape: the lock's direction between the two
        sweep = math.degrees(math.atan2(ny * 0.55 + ty, nx * 0.55 + tx))
        out.append(flame((ox - nx * 4, oy - ny * 4), sweep, rng.uniform(30, 44), rng.uniform(36, 58),
                          rng.uniform(-6, 6)))
    return out


# lit crests of locks over the crown and the side of the head: (root, direction (deg), width, length),
# each swept back from the brow toward the crown and the nape (the wides' head.svg: lit lock wedges)
SHEEN_LOCKS: list[tuple[P, float, float, float]] = [
    ((-120.0, -420.0), 200.0, 26.0, 90.0), ((-180.0, -446.0), 200.0, 24.0, 100.0),
    ((-170.0, -384.0), 212.0, 22.0, 80.0), ((-260.0, -440.0), 226.0, 22.0, 90.0),
    ((-310.0, -396.0), 244.0, 20.0, 80.0), ((-236.0, -364.0), 228.0, 20.0, 70.0),
]


def tousle(d: Doc, pl: Place, m: face.Model) -> None:
    """His hair as the wides draw it: the locks of tousle_locks() breaking the crop's outline in the
    hair's own colour (they grow out of the mass, no edge between), a warm light on the crest of some
    so they read against the dark room, and lit strands over the crown (the wides' warm brown, not grey)."""
    for k, lock in enumerate(tousle_locks()):
        d.path(smooth(pl.all(lock), tension=0.8), fill=hair_paint(d, pl, m))
        if k % 2 == 0:
            d.path(smooth(pl.all(lock[1:5]), closed=False), stroke=LOCK_SHEEN[k % 3], width=1.6 * pl.scale,
                   opacity=0.4)
    for k, (c, ang, w, ln) in enumerate(SHEEN_LOCKS):  # the lit crests of locks inside the mass, as the wides'
        d.path(smooth(pl.all(flame(c, ang, w, ln, 16.0)), tension=0.9), fill=LOCK_SHEEN[k % 3], opacity=0.28)
        d.path(smooth(pl.all(flame((c[0] - 4, c[1] + w * 0.6), ang, w * 0.35, ln * 0.8, 12.0)), tension=0.9),
               fill=m.hair_dark, opacity=0.45)  # the parting beside it
    rng = random.Random(11)
    for k in range(9):  # lit strands over the crown, each following the locks' sweep back, broken
        x0, y0 = rng.uniform(-300, -110), rng.uniform(-450, -360)
        ln = rng.uniform(50, 90)
        pts = [(x0, y0), (x0 - ln * 0.5, y0 - 10 + ln * 0.15), (x0 - ln, y0 + ln * 0.45)]
        d.path(smooth(pl.all(pts), closed=False), stroke=LOCK_SHEEN[k % 3], width=rng.uniform(1.4, 2.6),
               opacity=round(rng.uniform(0.3, 0.5), 2))


# his nape: the crop tapering in points down the back of the neck behind the ear (local frame, root to tip,
# width at the root), and lit strands combed back over the side of the head
NAPE: list[tuple[list[P], float]] = [
    ([(-400, -180), (-394, -110), (-380, -50)], 22.0), ([(-372, -150), (-360, -80), (-348, -26)], 20.0),
    ([(-340, -130), (-330, -70), (-316, -24)], 16.0),
]


def nape(d: Doc, pl: Place, m: face.Model) -> None:
    """His hair's shaped nape and its lit strands (KISS5: 'his hair a black helmet'): the crop tapering in
    points behind the ear, and strands catching the light where the side of the head turns (the wides'
    warm brown, review10 #2: grey read as streaks on a helmet)."""
    for pts, w in NAPE:
        outline = limb(pl.all(pts), [w * pl.scale * (1 - 0.85 * i / (len(pts) - 1)) for i in range(len(pts))])
        d.path(smooth(outline, tension=0.8), fill=m.hair_dark)
    for k in range(4):  # short broken strands where the side of the head turns (long arcs read as combed)
        o = k * 22.0
        d.path(smooth(pl.all([(-250 - o * 0.4, -420 + o * 0.5), (-300 - o * 0.4, -380 + o * 0.8),
                              (-336 - o * 0.2, -320 + o * 1.0)]), closed=False),
               stroke=LOCK_SHEEN[k % 3], width=2.0, opacity=0.35)
    for k in range(6):  # lower, over the back of the head behind the ear, down to the nape's points
        o = k * 16.0
        d.path(smooth(pl.all([(-300 - o * 0.3, -330 + o * 0.4), (-350 - o * 0.2, -230 + o * 0.6),
                              (-372 + o * 0.2, -120 + o * 0.5)]), closed=False),
               stroke=LOCK_SHEEN[k % 3], width=1.8, opacity=0.35)
