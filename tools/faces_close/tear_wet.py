"""tear (story line 68): what makes her eyes wet and reddened without dulling them (review16 D8, D10): the
fine vessels on the whites, and the meniscus line's paint along each lower lid. tear.py draws the eyes."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from tools.faces_close.svgkit import Doc, P, smooth

if TYPE_CHECKING:
    from tools.faces_close.tear import Eye


def veins(d: Doc, e: Eye, c: P) -> None:
    """A few fine red vessels running in from each corner over the white, fading toward the iris: the
    whites of eyes that have been crying are reddened, but stay lighter than her skin (review16 D10: a
    white drawn as pink as the skin showed, under the room's light, as dark as her cheek)."""
    rng = random.Random(6800 + (1 if c[0] > 960 else -1))
    for corner in (e.upper[0], e.upper[3]):
        toward = 1 if corner[0] < c[0] else -1
        for _ in range(3):
            y0 = corner[1] + rng.uniform(-4, 10)
            ln = rng.uniform(40, 70)
            pts = [inside(e, corner[0] + toward * (8 + ln * k / 4), y0 + rng.uniform(-5, 5) + 3 * k)
                   for k in range(5)]
            d.path(smooth(pts, closed=False), stroke="#c0463c", width=round(rng.uniform(1.2, 1.8), 1),
                   opacity=round(rng.uniform(0.18, 0.3), 2))


def inside(e: Eye, x: float, y: float, margin: float = 3.0) -> P:
    """(x, y) held inside the eye's opening, `margin` px within both lids."""
    top, bot = e._y(e.up, x), e._y(e.lo, x)
    if top is None or bot is None:
        return x, y
    mid = (top + bot) / 2
    return x, min(max(y, min(mid, top + margin)), max(mid, bot - margin))


def meniscus_paint(d: Doc, e: Eye, c: P) -> str:
    """The meniscus line's paint along the lid: white over the whites, easing over ~40 px to a white a touch
    dimmer (every channel still over the light's HIGHLIGHT, 232) across the iris, where the water lies on dark."""
    a, b = e.lower[0][0], e.lower[3][0]
    t0, t1 = (c[0] - 84 - a) / (b - a), (c[0] + 84 - a) / (b - a)
    ease = 40 / (b - a)
    return d.lin((a, 0), (b, 0), [(0, "#ffffff", 1), (round(t0 - ease, 3), "#ffffff", 1), (round(t0 + ease, 3), "#f4efeb", 1),
                                  (round(t1 - ease, 3), "#f4efeb", 1), (round(t1 + ease, 3), "#ffffff", 1), (1, "#ffffff", 1)])
