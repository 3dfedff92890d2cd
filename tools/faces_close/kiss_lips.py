"""The kiss's lips (story line 73): each mouth a muted rose of its own skin, soft-edged, with no gloss, and
a small dark gap where the two mouths meet (lead, stop 26: 'hers are a glossy red decal with a hard
highlight'). face.lips (a cupid's bow in the model's lip red, a wet highlight) stays for the other close-ups.
"""

from __future__ import annotations

from tools.faces_close import face
from tools.faces_close.svgkit import Doc, P, Place, outward, psoft, smooth, soft

ROSE = "#c0645a"  # the rose a lip's skin goes toward (muted: only LIP_ROSE of the way)
LIP_ROSE = 0.42   # how far the lip goes from the face's own skin toward ROSE
LIP_DEEP = 0.86   # the lip's shade: its rose this much darker (the upper lip, the mouth's line)
FEATHER = (0.82, 0.64)  # the lip drawn again shrunk to these fractions about its middle: its edge soft
GAP = "#2e140c"   # the dark between the two mouths where they meet


def _mix(a: str, b: str, t: float) -> str:
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))


def rose(m: face.Model) -> str:
    """`m`'s lip colour: its own skin a little toward a muted rose (never the model's painted red)."""
    return _mix(m.skin, ROSE, LIP_ROSE)


def _shrunk(pts: list[P], k: float) -> list[P]:
    cx = sum(x for x, _ in pts) / len(pts)
    cy = sum(y for _, y in pts) / len(pts)
    return [(cx + (x - cx) * k, cy + (y - cy) * k) for x, y in pts]


def _soft_shape(d: Doc, pl: Place, pts: list[P], colour: str) -> None:
    """`pts` filled with `colour`, its edge soft: the shape at half strength, then shrunk copies on it,
    so the colour eases in from the skin over a few px instead of starting at a cut edge."""
    for k, a in ((1.0, 0.5), (FEATHER[0], 0.5), (FEATHER[1], 0.6)):
        d.path(smooth(pl.all(_shrunk(pts, k)), tension=0.8), fill=colour, opacity=a)


def lips(d: Doc, pl: Place, m: face.Model) -> None:
    """Both lips of one mouth, pressed (no parting): the upper lip the deeper (it turns down, away from the
    light), the lower its rose, the line between them a soft shade deepening into the corner."""
    base = rose(m)
    deep = _mix(base, "#000000", 1 - LIP_DEEP)
    _soft_shape(d, pl, face.LIP_UP, deep)
    _soft_shape(d, pl, face.LIP_LO, base)
    psoft(d, pl, (-24, -1), 16, 2.6, deep, 0.7)         # the mouth's line, soft
    psoft(d, pl, (-36, -4), 6, 4, face.DEEP, 0.35)     # its corner, in shade


def meeting(d: Doc, her_at: Place, him_at: Place) -> None:
    """The small dark gap where the two mouths meet: between her upper lip's front and his lower lip's,
    just in front of both mouths' lines (canvas: the mean of the two lines' fronts)."""
    c = contact(her_at, him_at)
    soft(d, c, 6.0, 3.0, GAP, 0.6, core=0.2)
    soft(d, c, 10.0, 5.0, GAP, 0.3)


def contact(her_at: Place, him_at: Place) -> P:
    """Where the mouths meet on the canvas (meeting's centre): tests measure the lips against it."""
    (ax, ay), (bx, by) = her_at((0.0, -2.0)), him_at((0.0, 2.0))
    return (ax + bx) / 2, (ay + by) / 2


EDGE = "#4a2414"  # a face's edge against the other's skin: a fine dark line (as kiss_nose.EDGE)


def front_edge(d: Doc, pl: Place, prof: list[P]) -> None:
    """His mouth's front where it lies over her face, from under his nose down his lips to his chin
    (profile points 13-18): a fine dark edge at his profile and a narrow contact shade on her skin just
    in front of it (review16 D13: his lips met her upper lip and the skin under her nose in one beige,
    the two mouths read as one smudge)."""
    run = prof[13:19]
    d.path(smooth(pl.all(outward(run[1:5], -3.0)), closed=False), stroke=EDGE, width=4.0, opacity=0.22)
    d.path(smooth(pl.all(outward(run, -0.6)), closed=False), stroke=EDGE, width=1.6, opacity=0.6)
