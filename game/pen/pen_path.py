"""Where the writer's pen is: coming in to the line, writing it, resting by its words; and how a
trembling hand shakes (split from game/pen/notebook.py, whose `Notebook._pen_state` and `_relax`
call these; the same code and constants, moved unchanged but for the notebook's fields passed in).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.easing import smoothstep as ease
from game.pen.book import PANEL_W, Spread
from game.pen.timeline import REF_CPS

if TYPE_CHECKING:
    from game.pen.notebook_state import _Line

GLIDE = 0.6  # seconds for the pen to travel between rest and the page
REST = (1240.0, 700.0)  # logical: the writer's hand comes in from off the page, lower right (mirrored: left)
SETTLE = (34.0, 30.0)  # logical: once its line is written the hand rests this far below and right of
# the line's last letter, the pen lifted, near the words; a hand from the left (her right hand turned,
# lying below and right of its nib) rests a little further right and higher, on blank paper in the shot
SETTLE_LEFT = (60.0, 34.0)  # (0 down when her hand stood upright; turned 18 degrees it lies wider, and parked by
# the right page's edge its brush lay over her last letters: below them, review16 D17)
REACH = 280.0  # logical, his size: the resting hand's body past the nib, kept on the page (else it parks off the shot)
SETTLE_LIFT = 0.55
LEFT_BODY = 160.0  # logical: a hand from the left (her right hand, turned, never mirrored) lies this far right of its nib
# (80 when it was turned 45 degrees past his and stood upright; 18 degrees, it lies wider: review16 D17)
RELAX_T = 0.9  # seconds for the grip to ease once the pen has lifted from its line
# the hand at rest is alive, not a photograph: it lifts a little more, and drifts and breathes
# slowly (logical px and lift, periods in seconds, a function of the time since the pen lifted)
REST_LIFT = 0.12
SHAKE = 1.3  # logical px of hand shake per lpx of a hand's tremor: hers (1.45) ~2.7 px at 1080p
SHAKE_FROM = 1.0  # a hand trembles from this tremor (her trembling 1.45; his shaky 0.9 keeps a steady hand)
SHAKE_X = ((0.55, 7.3, 0.4), (0.35, 11.9, 2.2), (0.25, 4.1, 1.1))  # (amplitude, Hz, phase): a quick irregular tremor
SHAKE_Y = ((0.5, 8.7, 1.7), (0.35, 12.7, 0.3), (0.2, 3.7, 2.9))
IDLE = ((1.3, 5.3, 0.7), (0.9, 7.1, 2.1), (0.06, 4.3, 0.0))  # (amplitude, period, phase): x, y, lift


def pen_state(spread: Spread, cps: float, t: float, line: _Line, origin: tuple[float, float]) -> tuple[float, float, float]:
    """Logical (x, y, lift) of the pen tip at clock time t (the line's origin on the page at `origin`)."""
    ox, oy = origin
    tl = line.timeline
    to_clock = REF_CPS / cps
    since = t - line.start - line.lead_in
    after = since - tl.duration * to_clock
    left = line.hand.writes_from == "left"
    if since < 0 or after > 0:
        # in from off the page (the writer's side) before the line; after it the hand stays
        # in the shot, resting just past the last letter with the pen lifted (the one pen, held)
        w = ease(1 + since / GLIDE) if since < 0 else ease(1 - after / GLIDE)
        px, py, lift = tl.pen_at(0.0 if since < 0 else tl.duration)
        px, py = ox + px, oy + py
        if since < 0:
            rx, ry, rest_lift = (PANEL_W - REST[0] if left else REST[0]), REST[1], 0.15
        else:
            page = spread.page(line.page)
            dx, dy = SETTLE_LEFT if left else SETTLE
            reach = REACH * line.hand.hand_size
            rx = min(max(px + dx, page.left + reach), page.right - LEFT_BODY) if left else min(px + dx, page.right - reach)
            ry, rest_lift = min(py + dy, page.bottom - 10.0), SETTLE_LIFT
        arc = math.sin(math.pi * w) * 0.6
        x, y, lift = rx + (px - rx) * w, ry + (py - ry) * w, max(lift * w, arc, rest_lift * (1 - w))
        if after > 0:  # at rest: a little higher, drifting and breathing
            r = relax(cps, t, line)
            ph = after if math.isfinite(after) else 0.0
            dx, dy, dl = (a * math.sin(2 * math.pi * ph / p + q) for a, p, q in IDLE)
            x, y, lift = x + r * dx, y + r * dy, lift + r * (REST_LIFT + dl)
        return (x, y, lift)
    x, y, lift = tl.pen_at(since / to_clock)
    return (ox + x, oy + y, lift)


def relax(cps: float, t: float, line: _Line) -> float:
    """How far the writer's grip has eased (0: writing, 1: the hand at rest): it tightens
    as the hand comes in to write and eases once the pen has lifted from the line."""
    to_clock = REF_CPS / cps
    since = t - line.start - line.lead_in
    after = since - line.timeline.duration * to_clock
    if since < 0:
        return ease(min(1.0, -since / GLIDE))
    return ease(min(1.0, after / RELAX_T)) if after > 0 else 0.0


def _hand_shake(t: float, tremor: float, lift: float) -> tuple[float, float]:
    """A trembling writer's hand shakes (logical px), not only her strokes (review10 #9, line 70): a quick
    irregular tremor of ~SHAKE x its tremor, as soon as the pen is off the page (down, the nib is held on
    its ink, whose own tremor is the hand's); nothing for a steady hand."""
    if tremor < SHAKE_FROM or lift <= 0.0:
        return (0.0, 0.0)
    k = SHAKE * tremor * min(1.0, lift * 5.0)
    dx = sum(a * math.sin(2 * math.pi * f * t + q) for a, f, q in SHAKE_X)
    dy = sum(a * math.sin(2 * math.pi * f * t + q) for a, f, q in SHAKE_Y)
    return (k * dx, k * dy)
