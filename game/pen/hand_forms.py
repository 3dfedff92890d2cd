"""The forms the writing hand is painted from (game.pen.writer paints them): the pen, her
brush, the hand in its writing grip and how it eases at rest. Plain data in the pen's frame
(the nib's point at the origin, u along the barrel toward the cap, v across it, z up from the
page; logical px at his size), so the picture can be mended without touching the painter.
"""

from __future__ import annotations

import math
from dataclasses import replace

from game.pen.relief import Joint, Part

PEN_RISE = 0.5  # the barrel's height over the page per unit of length: the pen held at a slant


# the barrel turned this far (radians) from the hand's u axis toward -v, about the nib: from the
# pinch it runs over the gap between thumb and index into the web by the index's knuckle, and
# past the fingertips it is drawn under the hand (`under`), hidden where the hand lies over it,
# instead of lying along the thumb and across its root to the cuff
PEN_AIM = math.radians(4.5)


def _pen_at(u: float, r: float) -> Joint:
    return (u, 0.0, u * PEN_RISE, r)


def _aimed(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """The held object's parts, written along u, turned by PEN_AIM about the nib's point."""
    c, s = math.cos(PEN_AIM), math.sin(PEN_AIM)
    return tuple(replace(p, joints=tuple((u * c + v * s, -u * s + v * c, z, r) for u, v, z, r in p.joints))
                 for p in parts)


PEN: tuple[Part, ...] = _aimed((
    Part((_pen_at(3.0, 1.2), _pen_at(22.0, 4.4)), "black", k=0.0, flat=0.75, pen=True),  # the feed under the nib
    Part(((0.5, 0.0, 1.2, 0.6), (8.0, 0.0, 5.4, 2.3), (22.0, 0.0, 12.4, 4.8)), "gold", k=0.0, flat=0.55, pen=True),
    Part((_pen_at(21.0, 5.0), _pen_at(52.0, 6.2)), "black", k=0.6, pen=True, cut=True),  # grip section
    Part((_pen_at(52.0, 7.2), _pen_at(57.0, 7.2)), "gold", k=0.0, pen=True, cut=True, under=True),
    Part((_pen_at(57.0, 7.0), _pen_at(150.0, 7.0)), "black", k=0.0, pen=True, cut=True, under=True),
    Part((_pen_at(150.0, 7.3), _pen_at(154.0, 7.3)), "gold", k=0.0, pen=True, cut=True, under=True),
    Part((_pen_at(154.0, 7.1), _pen_at(224.0, 6.7)), "black", k=0.0, pen=True, under=True),
    Part(((158.0, 0.0, 79.0 + 7.6, 1.5), (220.0, 0.0, 110.0 + 7.2, 1.3)), "gold", k=0.0, pen=True, under=True),  # clip
))

# her fine brush held steeper than his pen (a brush rises toward the hand more than a nib
# does): BRUSH_RISE over the page per unit drawn, so the same handle is drawn shorter,
# foreshortened toward the tuft (at his pen's slant it lay long and flat on the page: review16 D17)
BRUSH_RISE = 1.2
_FORE = math.cos(math.atan(BRUSH_RISE)) / math.cos(math.atan(PEN_RISE))  # drawn length, against the pen's slant


def _brush_at(u: float, r: float) -> Joint:
    """A joint `u` up the brush as it would be drawn at the pen's slant, drawn at the brush's."""
    return (u * _FORE, 0.0, u * _FORE * BRUSH_RISE, r)


# her fine brush: a pointed tuft of ink-soaked hair in a brass ferrule, on a slim lacquered
# bamboo handle with a node or two, held in the pen's grip
BRUSH: tuple[Part, ...] = _aimed((
    Part(((0.4, 0.0, 0.4, 0.6), _brush_at(4.0, 1.4), _brush_at(12.0, 2.9), _brush_at(20.0, 3.7),
          _brush_at(25.0, 3.9)), "hair", k=0.0, flat=0.7, pen=True),
    Part((_brush_at(24.0, 4.3), _brush_at(38.0, 4.6)), "gold", k=0.0, pen=True, cut=True),  # the ferrule
    Part((_brush_at(38.0, 4.5), _brush_at(96.0, 4.7)), "lacquer", k=0.0, pen=True, cut=True, under=True),
    Part((_brush_at(96.0, 5.1), _brush_at(99.0, 5.1)), "lacquer", k=0.0, pen=True, cut=True, under=True),  # a node
    Part((_brush_at(99.0, 4.7), _brush_at(168.0, 4.9)), "lacquer", k=0.0, pen=True, cut=True, under=True),
    Part((_brush_at(168.0, 5.3), _brush_at(171.0, 5.3)), "lacquer", k=0.0, pen=True, cut=True, under=True),  # a node
    # (the handle's end, drawn at 190 not 222: it lies under her smaller hand, whose thumb's root ends
    # sooner than his; any longer and it peeked out past her thumb, the brush read as held under the
    # thumb. Drawn foreshortened it ended short of the web, a stub in the gap between thumb and
    # index: this hidden last piece keeps its drawn end at 190, the brush's line stays straight)
    Part((_brush_at(171.0, 4.9), (190.0, 0.0, _brush_at(190.0, 0.0)[2], 4.7)), "lacquer", k=0.0, pen=True,
         under=True),
))

# the hand, his size, in the pen's frame: u along the barrel from the nib, v across it (+v:
# the thumb's side, the lower left on screen; -v: the back of the hand), z up from the page
HAND: tuple[Part, ...] = (
    # the palm's mass under the back of the hand, and the web between thumb and index
    Part(((146.0, -78.0, 22.0, 24.0), (206.0, -74.0, 30.0, 30.0)), "skin", k=8.0, flat=0.7),
    Part(((138.0, 30.0, 28.0, 11.0), (150.0, 4.0, 38.0, 13.0), (190.0, -8.0, 46.0, 17.0)), "skin", k=9.0, flat=0.55),
    # the thumb's root: its metacarpal and the muscle between it and the index's, under the pen
    Part(((166.0, 16.0, 31.0, 21.0), (196.0, -6.0, 38.0, 26.0), (220.0, -30.0, 40.0, 26.0)), "skin", k=12.0, flat=0.55),
    # the little and ring fingers, curled UNDER the palm, their knuckles and nails on the page
    # (they used to rise from the knuckles and curl up beside the back: a bumpy fist)
    Part(((158.0, -86.0, 15.0, 8.2), (140.0, -88.0, 8.0, 8.6), (138.0, -78.0, 3.0, 7.4), (150.0, -70.0, 1.5, 6.8)),
         "skin", k=6.0, creases=True),
    Part(((152.0, -68.0, 19.0, 9.2), (128.0, -72.0, 11.0, 9.6), (125.0, -61.0, 4.0, 8.4), (139.0, -53.0, 2.0, 7.6)),
         "skin", k=6.0, creases=True),
    # the middle finger, the tripod's third leg: bent beside the index (its middle joint seen beyond
    # the index, not hidden under it) and curling in under the barrel, which rests on its last joint
    Part(((150.0, -64.0, 44.0, 10.0), (116.0, -68.0, 46.0, 10.8), (86.0, -56.0, 30.0, 9.6), (58.0, -24.0, 14.0, 8.4)),
         "skin", k=4.0, nail=-0.4, creases=True),
    # the back of the hand: one broad dome, rolled up toward the thumb's side, the metacarpals'
    # heads (the knuckles) and the tendons from them to the wrist raised under its skin
    Part(((124.0, -66.0, 35.0, 44.0), (262.0, -74.0, 34.0, 42.0)), "skin", k=10.0, flat=0.5, tilt=0.3, oval=True,
         ridges=((130.0, -31.0, 130.0, -31.0, 4.5, 8.0), (142.0, -56.0, 142.0, -56.0, 5.0, 8.0),
                 (150.0, -76.0, 150.0, -76.0, 4.0, 7.0), (156.0, -94.0, 156.0, -94.0, 3.0, 6.5),
                 (138.0, -31.0, 240.0, -28.0, 0.8, 3.6), (150.0, -55.0, 244.0, -42.0, 0.8, 3.6),
                 (157.0, -75.0, 244.0, -56.0, 0.65, 3.4), (161.0, -93.0, 240.0, -70.0, 0.5, 3.4))),
    # the thumb: its first bone bowed out from the wrist to a knuckle (the joint, a little
    # thicker), its last bone bent in at it toward the barrel, the pad pressing the barrel's
    # near side well behind the index's tip, the nail turned toward the viewer (a straight
    # thumb as long as the index, its tip beside the nib, read as a sausage: review11 #11)
    Part(((172.0, 16.0, 40.0, 16.0), (122.0, 30.0, 37.0, 14.4), (98.0, 21.0, 32.0, 12.4),
          (80.0, 11.0, 28.0, 10.4)), "skin", k=7.0, nail=0.45, creases=True),
    # the index finger bent at its middle joint, which stands up and out beside the barrel, its
    # last joint coming back down onto it so the tip pinches the grip ~2.5 cm above the nib
    # (it used to lie straight along the barrel's top: a finger-gun)
    Part(((138.0, -36.0, 58.0, 10.2), (100.0, -44.0, 80.0, 10.9), (66.0, -20.0, 58.0, 9.4), (42.0, -4.0, 30.0, 8.4)),
         "skin", k=4.0, nail=0.0, creases=True),
)


# the hand at rest, its grip eased: the pen still lies between the thumb and the index, on the
# middle finger's side, only held more loosely. Per HAND part (by index), each joint's (du, dv,
# dz), his size: the index lifts a little over the barrel's top and curls back, the thumb's pad
# eases a little off its side, the middle finger lets go a little, the two curled fingers
# uncurl a little toward the nib. (The index used to lift right off the barrel to its side,
# which left the pen lying loose across the web.)
RELAX: dict[int, tuple[tuple[float, float, float], ...]] = {
    3: ((0.0, 0.0, 0.0), (-3.0, -1.0, 0.0), (-5.0, -1.0, 0.5), (-4.0, 0.0, 0.5)),
    4: ((0.0, 0.0, 0.0), (-3.0, -1.0, 0.0), (-5.0, -1.0, 0.5), (-4.0, 0.0, 0.5)),
    5: ((0.0, 0.0, 0.0), (0.0, 0.0, 1.0), (3.0, -2.0, 2.0), (5.0, -3.0, 2.0)),
    7: ((0.0, 0.0, 0.0), (1.0, 2.0, 1.0), (2.0, 3.5, 2.0), (3.0, 4.5, 2.5)),
    8: ((0.0, 0.0, 0.0), (2.0, -1.0, 3.0), (5.0, -2.0, 6.0), (8.0, -2.5, 7.0)),
}


def hand_parts(relax: float = 0.0) -> tuple[Part, ...]:
    """HAND with its grip eased by `relax` (0: the writing grip, 1: the hand at rest)."""
    if relax <= 0.0:
        return HAND
    out = []
    for i, part in enumerate(HAND):
        d = RELAX.get(i)
        if d is not None:
            part = replace(part, joints=tuple((u + relax * a, v + relax * b, z + relax * c, r)
                                              for (u, v, z, r), (a, b, c) in zip(part.joints, d, strict=True)))
        out.append(part)
    return tuple(out)
