"""tear (story line 68): the bead of water that wells on her lower lid and runs down her cheek, and
the wet track it leaves, drawn as their own parts (drop.svg, trail1-3.svg) that insert.toml times
and moves; the face, eyes, lids and welling are tear.py's.
"""

from __future__ import annotations

import math
import random
from itertools import pairwise

from tools.faces_close.svgkit import Doc, P, f, soft

# where the tear leaves her right eye (screen right): the inner third of the lower lid, near the nose
TEAR_X = 1216.0
ROUND_TOP = 561.0  # the top of the bead's round in drop.svg (its widest at 588, radius 27): insert.toml keeps
# it on the lid's rim while it wells


def drop() -> str:
    """The bead: a small lens of clear water on her skin. It shows the skin behind it, bent: the darker
    skin above seen upside down in its upper round, the light gathered warm and bright in its foot; a
    bright rim along its lower side toward the candle, where the light leaves the water, and a dark edge
    on the side away from it (screen left), where the lens bends the shade in (review11 #3); the candle
    in it a small soft flame-shaped oval, not a disc, and a faint second; the skin round it a little
    darker where the water touches it (no shadow cast off it). No line round it (review10 #3: an outlined bubble, then clip-art), and only a short
    blunt neck above its round (a long fine tip read as a string from the lid). Drawn at TEAR_X
    (insert.toml's keys move it down the cheek from its pivot)."""
    d = Doc()
    d.body.append("<!-- The tear: a lens of water showing her skin bent through it, a bright foot, a dark far edge "
                  "and a soft flame of candle light, no outline; it gathers on her lower lid and runs down the "
                  "cheek (insert.toml). -->")
    x = TEAR_X
    # where it lies on the skin, the skin round it a little darker, hugging its edge (review16 D11: a soft
    # shadow ~10 px below it made a glass bead hovering over the cheek)
    for k in range(41):  # (a ring round the sides and foot of its round, so the skin seen through it keeps its colour)
        ang = math.radians(-30 + 240 * k / 40)
        soft(d, (x + 29 * math.cos(ang), 590 + 30 * math.sin(ang)), 7, 7, "#5a1e0a",
             round(0.035 + 0.04 * max(0.0, math.sin(ang)) ** 2, 4))  # deepest at its foot, where it presses
    edge = (f"M{f(x)},{f(NECK)} C{f(x + 10)},{f(552)} {f(x + 27)},{f(566)} {f(x + 27)},{f(588)} "
            f"C{f(x + 27)},{f(606)} {f(x + 14)},{f(619)} {f(x)},{f(619)} C{f(x - 14)},{f(619)} {f(x - 27)},{f(606)} "
            f"{f(x - 27)},{f(588)} C{f(x - 27)},{f(566)} {f(x - 10)},{f(552)} {f(x)},{f(NECK)} Z")
    # the skin through the water: its own colour, the shade above seen inverted in the upper round,
    # the light gathered in the foot (the edge fades in at the neck: only a film on the skin)
    body = d.lin((0, 528), (0, 620), [(0, "#e08a60", 0.0), (0.3, "#c86c48", 0.35), (0.55, "#d88058", 0.3),
                                      (0.85, "#ffc69a", 0.6), (1, "#ffd8b4", 0.7)])
    d.path(edge, fill=body)
    # the far edge dark: the lens bends the shade round its side away from the candle, deepest at the widest
    for k in range(9):
        ang = math.radians(150 + 65 * k / 8)
        w = math.sin(math.radians(150 + 65 * k / 8 - 60)) ** 2
        soft(d, (x + 23 * math.cos(ang), 589 + 24 * math.sin(ang)), 4 + 1.5 * w, 8, "#4a1608",
             round(0.03 + 0.045 * w, 3))
    soft(d, (x + 2, 606), 18, 9, "#ffe2c4", 0.5)               # the caustic: light focused in its foot
    # the bright rim: light leaving the water along its underside toward the candle, a soft glow brightest at
    # the bottom right and fading out up the sides (an even bright line all round read as an outlined bubble)
    for k in range(15):
        ang = math.radians(15 + 135 * k / 14)
        w = math.sin(math.radians(15 + 135 * k / 14 + 10)) ** 3
        soft(d, (x + 24.5 * math.cos(ang), 590 + 27.5 * math.sin(ang)), 3.5 + 1.5 * w, 3 + w, "#fff2e2",
             round(0.3 + 0.6 * w, 3), core=0.3)
    # the candle in it: a small soft flame up and toward the light, a faint glow round it, a second low across
    soft(d, (x + 9, 581), 11, 9, "#fffaf2", 0.35)
    soft(d, (x + 9, 581), 4.2, 6.2, "#ffffff", 1.0, rot=-16, core=0.5)
    soft(d, (x - 11, 605), 3.0, 2.2, "#ffffff", 0.6, core=0.3)
    return d.text()


NECK = 542.0  # the top of the bead's short neck (design px; its round's top is ROUND_TOP)

# the bead's path down the cheek (design px from the lid), as insert.toml's keys move it: beside the nose
# it runs nearly straight down, then bends outward over the round of the cheek, away from the nose; it
# stops well above the caption band
TRACK = [(0.0, -20.0), (2.0, 60.0), (10.0, 130.0), (24.0, 190.0), (42.0, 245.0), (62.0, 290.0), (80.0, 325.0)]
DRY = 80.0  # the track's first px below the lid, where the film is thinnest and has dried: it fades in


def _track_points(ends: tuple[int, int], step: float = 4.0) -> list[P]:
    """Points every `step` px along a stretch of the track (TRACK[ends[0]] to TRACK[ends[1] - 1])."""
    pts = [(TEAR_X + x, 560.0 + y) for x, y in TRACK[ends[0]:ends[1]]]
    out: list[P] = []
    for (x0, y0), (x1, y1) in pairwise(pts):
        n = max(1, round(math.dist((x0, y0), (x1, y1)) / step))
        out += [(x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n) for k in range(n)]
    return out


def trail(part: int) -> str:
    """One length of the wet track the bead leaves (1: under the eye, 2: the cheek, 3: lower): a broad
    film of water as wide as the bead's foot, soft-edged all round (overlapping soft ovals, no stroke, so
    it has no edges to read as a tube), the skin under it a little darker and warmer, a soft sheen on
    its side toward the candle (screen right) that swells and thins along it. It fades in over its
    first DRY px below the lid and fades with each length, so nothing joins the bead to the lid like a
    string (review11 #3: a 22 px stroke with a 6 px gloss read as a string hanging from the drop)."""
    d = Doc()
    d.body.append("<!-- A length of the tear's wet track, revealed as the bead passes (insert.toml). -->")
    ends = {1: (0, 3), 2: (2, 5), 3: (4, 7)}[part]
    fade = {1: 1.0, 2: 0.8, 3: 0.6}[part]
    top = 560.0 + TRACK[0][1]
    rng = random.Random(6800 + part)
    for x, y in _track_points(ends):
        u = min(1.0, max(0.0, (y - top) / DRY))
        k = fade * (u * u * (3 - 2 * u)) ** 1.6  # (a slower start: the stronger film must still not reach the lid)
        if k < 0.02:
            continue
        # (review16 D11: the track was barely there at 1:1 behind the running bead: 1-3 levels off the cheek,
        # and its sheen and the darker wet skin had cancelled out): the film darker, its sheen fainter
        soft(d, (x, y), 22, 9, "#8a3a20", round(0.06 * k, 4))                  # the wet skin, a little darker
        sheen = k * (0.7 + 0.3 * math.sin(y / 23.0 + rng.uniform(-0.3, 0.3)))
        soft(d, (x + 3, y), 18, 8, "#ffe8d4", round(0.035 * sheen, 4))         # its sheen, a little toward the candle
    return d.text()
