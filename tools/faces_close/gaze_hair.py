"""Her hair in the gaze (line 24) as locks with volume, the wides' way (assets/art/figures/her/head.svg).

The lead's 1:1 crops: face.hair_front's one flat cap with a hard dark outline read as a helmet, and
face.hair_back's fall as straight parallel stripes hanging like a curtain behind her ear. Here the hair is
built of overlapping locks: each a tapered shape swept from the hairline back over the crown and down
behind the ear, lit along its top and dark along its underside (so each lock stands over the next), no
outline; the silhouette is the locks' own edges, bumped where one stands past another. The fall behind the
shoulder is a few wavy locks of different lengths, each tapering to a tip, with a couple of loose strands.
The mass is her chestnut (gaze.HER's hair, painted to render as the wide's (93,46,26) under the shot's
light), darker underneath and at the nape, warm where the candle below reaches the locks by her face.
"""

from __future__ import annotations

import math

from tools.faces_close import face
from tools.faces_close.svgkit import Doc, P, Place, limb, psoft, smooth

WARM = "#ffc27a"

# the mass under the locks: the skull's hair from the hairline back and down to the nape behind the ear
# (no stroke: the locks over it make its edge)
MASS: list[P] = [(-66, -336), (-80, -392), (-160, -446), (-300, -440), (-392, -360), (-418, -220), (-396, -40), (-372, 60),
                 (-336, 150), (-300, 180), (-292, 60), (-298, -60), (-250, -170), (-180, -230), (-112, -292)]

# the locks over the head: (centreline from the hairline back, widths along it)
CROWN: list[tuple[list[P], list[float]]] = [
    ([(-72, -392), (-160, -456), (-290, -452), (-382, -372), (-414, -250)], [16, 58, 74, 58, 14]),
    ([(-84, -356), (-176, -418), (-296, -410), (-384, -310), (-410, -150)], [18, 62, 70, 60, 14]),
    ([(-100, -316), (-190, -366), (-292, -352), (-364, -236), (-390, -50)], [16, 52, 64, 56, 12]),
    ([(-126, -282), (-214, -306), (-300, -262), (-344, -130), (-356, 50)], [14, 50, 60, 48, 10]),
    ([(-176, -246), (-252, -238), (-306, -156), (-324, -24), (-316, 150)], [12, 46, 54, 40, 8]),
]

# the fall behind the shoulder: (start under the nape, length, sway, width, phase). Its tips end about the
# sleeve's middle (local y ~240-330, 1080p y ~800-880), as the wides' hair ends at the shoulders (23, 59, 69);
# it ran 520-900 px, past the sleeve to the frame's foot (CONT)
FALL: list[tuple[P, float, float, float, float]] = [
    ((-400, -260), 590, 30, 74, 0.0),
    ((-360, -180), 500, 26, 64, 1.2),
    ((-424, -230), 520, 34, 58, 0.9),
    ((-330, -100), 400, 22, 56, 2.1),
    ((-300, -20), 300, 18, 40, 2.8),
]
# the loose strands catching the light down the fall: (start, length, phase)
STRANDS: list[tuple[P, float, float]] = [((-370, -150), 450, 0.4), ((-410, -100), 400, 1.7), ((-340, -60), 340, 2.6)]


def _wave(start: P, length: float, sway: float, phase: float, n: int = 7) -> list[P]:
    """A lock's centreline falling from `start`: a slow S-wave `sway` local px each side, drifting back."""
    x0, y0 = start
    return [(x0 - 0.12 * length * t + sway * math.sin(phase + 5.0 * t), y0 + length * t)
            for t in (k / (n - 1) for k in range(n))]


def _lock(d: Doc, pl: Place, m: face.Model, line: list[P], widths: list[float], lit: float = 1.0) -> None:
    """One lock: its tapered shape filled lit along its top side and dark along its underside (the
    gradient square to the lock's middle run), a groove of shade along its underside and a sheen strand."""
    i = len(line) // 2
    (ax, ay), (bx, by) = line[i - 1], line[i + 1]
    ln = math.hypot(bx - ax, by - ay) or 1.0
    nx, ny = -(by - ay) / ln, (bx - ax) / ln
    if ny > 0 or (abs(ny) < 0.2 and nx < 0):  # the normal toward the top / the front: the lit side
        nx, ny = -nx, -ny
    cx, cy = line[i]
    w = widths[i] / 2
    g = d.lin(pl((cx + nx * w, cy + ny * w)), pl((cx - nx * w, cy - ny * w)),
              [(0, m.hair_lit if lit >= 1 else m.hair, 1), (0.45, m.hair if lit >= 1 else m.hair_dark, 1),
               (1, m.hair_dark, 1)])
    d.path(smooth(pl.all(limb(line, widths)), tension=0.6), fill=g)
    under = [(x - nx * wd * 0.36, y - ny * wd * 0.36) for (x, y), wd in zip(line, widths, strict=True)][:-1]
    d.path(smooth(pl.all(under), closed=False), stroke=m.hair_dark, width=3.0 * pl.scale, opacity=0.35)
    sheen = [(x + nx * wd * 0.2, y + ny * wd * 0.2) for (x, y), wd in zip(line, widths, strict=True)][1:-1]
    d.path(smooth(pl.all(sheen), closed=False), stroke=m.hair_lit, width=2.0 * pl.scale, opacity=0.3 * lit)


def back(d: Doc, pl: Place, m: face.Model) -> None:
    """The fall behind her shoulder, drawn before the neck and the dress: wavy locks of different lengths
    tapering to tips, darker where they hang behind the neck, with three loose strands catching the light."""
    for start, length, sway, w, phase in FALL:
        line = _wave(start, length, sway, phase)
        _lock(d, pl, m, line, [w * 0.9, w, w * 0.95, w * 0.8, w * 0.6, w * 0.35, 4], lit=0.5)
    for start, length, phase in STRANDS:
        line = _wave(start, length, 30, phase)
        d.path(smooth(pl.all(limb(line, [4, 4, 3.5, 3, 2.4, 1.6, 0.4])), tension=0.6), fill=m.hair_lit, opacity=0.4)
    psoft(d, pl, (-330, 120), 70, 160, m.hair_dark, 0.45)   # behind the neck, out of the light


def front(d: Doc, pl: Place, m: face.Model) -> None:
    """The hair over her head, drawn over the skin: the mass, the locks swept back over the crown to behind
    the ear, the shade under the hair at the nape, and the candle's warmth on the locks by her face."""
    g = d.lin(pl((-70, -420)), pl((-380, -60)), [(0, m.hair_lit, 1), (0.45, m.hair, 1), (1, m.hair_dark, 1)])
    d.path(smooth(pl.all(MASS), tension=0.85), fill=g)
    for line, widths in CROWN:
        _lock(d, pl, m, line, widths)
    psoft(d, pl, (-340, 60), 40, 110, m.hair_dark, 0.35)              # under the hair behind the ear
    psoft(d, pl, (-200, -300), 70, 40, WARM, 0.12, rot=-20)           # the candle on the locks by her face
    psoft(d, pl, (-300, -150), 40, 110, WARM, 0.12, rot=10)           # and on those falling before the ear
    psoft(d, pl, (-190, -420), 110, 26, "#f0b478", 0.22, rot=-12)     # the crown's sheen
