"""Her hair at the kiss (line 73) as the wides around it show it (72, 74): chestnut, shoulder length.

Why: the kiss drew her hair with face.hair_back's long fall (to 620 local px under the lips, past the
frame's foot), a narrow tail hanging 150 px behind her neck with the dark of the room between them,
in a saturated orange; the wides' hair is one mass from the crown round the back of the head, falling
behind the ear and the nape and ending at her shoulders, a muted chestnut (rendered hue ~20 deg,
saturation ~0.75). Here the back of her hair is that mass: its back edge following the skull's round and
then falling nearly straight; its front edge tucked under the nape (the neck, drawn after it, stands in
front: no dark of the room between hair and neck), but above the jaw's angle kept behind the jaw, off the
cheek (kiss4's smooth-turn test reads it); its ends a row of soft tapered locks at the shoulder line
(`ENDS`, about kiss.NECK); the candle between the faces lighting its crown and front, its fall in shade.
Local frame: face.py's (facing right, the lips' front at the origin, y down).
"""

from __future__ import annotations

from tools.faces_close import face
from tools.faces_close.svgkit import Doc, P, Place, psoft, smooth

# where her hair's locks end: about the shoulders (kiss.NECK = 290 is where the neck meets them), local y
ENDS = 320.0
# the back of her hair, from the crown over the back of the head and down behind the nape to the ends
BACK: list[P] = [(-70, -380), (-150, -456), (-300, -452), (-408, -352), (-452, -180), (-466, 0), (-474, 150),
                 (-486, 250), (-496, ENDS - 6), (-470, ENDS - 14), (-440, ENDS + 4), (-404, ENDS - 10),
                 (-366, ENDS + 6), (-328, ENDS - 8), (-292, ENDS + 2), (-250, ENDS - 6), (-206, ENDS - 30),
                 (-196, 230), (-186, 130), (-204, 70), (-212, 30), (-240, -30), (-262, -70), (-250, -150), (-220, -200),
                 (-150, -280)]
# her locks' lit edges down the fall (root, end): the candle's light along them, as the wides' lit strands
LIT_STRANDS: list[tuple[P, P, P]] = [((-430, -220), (-452, 60), (-470, ENDS - 40)),
                                     ((-392, -160), (-418, 80), (-420, ENDS - 20)),
                                     ((-340, -60), (-352, 120), (-346, ENDS - 10)),
                                     ((-300, 40), (-300, 170), (-296, ENDS - 20))]


def back(d: Doc, pl: Place, m: face.Model) -> None:
    """The back of her hair (BACK): lit at the crown toward the candle, deepening down the fall and
    behind, a dark under the ends where they lie on the shoulder, a few lit lock edges down it."""
    g = d.lin(pl((-160, -440)), pl((-480, 200)), [(0, m.hair_lit, 1), (0.4, m.hair, 1), (1, m.hair_dark, 1)])
    d.path(smooth(pl.all(BACK), tension=0.8), fill=g, stroke=m.hair_dark, width=2)
    psoft(d, pl, (-400, 140), 70, 150, m.hair_dark, 0.35)    # the fall behind the ear, out of the light
    psoft(d, pl, (-440, -40), 50, 240, m.hair_dark, 0.4)     # its back, turned from the candle
    psoft(d, pl, (-250, 170), 60, 140, m.hair_dark, 0.5)     # behind the nape, in its shade
    psoft(d, pl, (-330, -300), 110, 60, m.hair_lit, 0.25)    # the skull's round toward the light
    for a, b, c in LIT_STRANDS:
        d.path(smooth(pl.all([a, b, c]), closed=False), stroke=m.hair_lit, width=2.0, opacity=0.35)


# her pearl earring, as both wides show it (figures/her/head.svg: a cream pearl r 2.2 a little under the lobe,
# ~4.6 close local px a head.svg unit: r 10, 20 px under the lobe); the close-up's ear had none
PEARL: P = (-266.0, -50.0)
PEARL_R = 10.0


def pearl(d: Doc, pl: Place) -> None:
    """Her pearl under the lobe: lit toward the candle between the faces (up and forward), its far side
    in shade, a point of light on it."""
    c, r = pl(PEARL), PEARL_R * pl.scale
    lit = pl((PEARL[0] + 3, PEARL[1] - 4))
    g = d.rad(lit, r * 1.5, [(0, "#fff2d6", 1), (0.45, "#f0dab0", 1), (1, "#a88a62", 1)])
    d.path(_disc(c, r), fill=g, stroke="#6a5844", width=0.8)
    d.path(_disc(lit, r * 0.25), fill="#ffffff", opacity=0.8)


def _disc(c: P, r: float) -> str:
    """A circle as path data (two arcs)."""
    x, y = c
    arc = f"A {r:.2f},{r:.2f} 0 1,0"
    return f"M {x - r:.2f},{y:.2f} {arc} {x + r:.2f},{y:.2f} {arc} {x - r:.2f},{y:.2f} Z"
