"""The kiss's skin under the noses (between.svg): where his nose passes over hers, the gap between her upper
lip and his filled with her own skin running on behind his face, measured row by row on the two drawings
as they rest (review5 #4: 'a dark blurred hole where the noses meet'; review7 #1: a flat patch read as a
rectangle). Moved out of kiss.py (KISS stop 26); kiss.py re-exports `between` and `raster`."""

from __future__ import annotations

import io

import pygame

from tools.faces_close.model import HER
from tools.faces_close.svgkit import Doc, smooth

CONTACT = (960.0, 580.0)  # kiss.CONTACT: where the fronts of their lips meet
LINES = 0.4  # kiss.LINES


SHADE_UNDER = 0.15  # how far her skin at his edge, in the gap under the noses, goes toward her own skin shade
CHEEK_IN = (40, 24)  # the gap's colour is her skin this far (canvas px, far to near) inside her profile
NOSE_SHADE_ROWS = 4  # the gap's top rows, under the noses, in their shade (between(); 12 while the gap was taller:
# her nose, in front of his cheek now, casts its own shade, kiss_nose.py) ...
NOSE_DEEP = 0.84  # ... this much of the skin's light at the top row, easing to 0.95 (0.8 while the gap was taller)
GAP_ROWS = 110  # canvas rows above the lips' line searched for the gap between the two upper lips


def between(her_svg: str, him_svg: str) -> str:
    """Where the noses pass: the gap between her upper lip and his under the noses, filled with her own
    skin running on behind his face (review5 #4: 'a dark blurred hole where the noses meet'), under
    both drawings. Each canvas row of the gap (measured on the two drawings as they rest, lips pressed)
    is her skin's own colour just inside her profile on that row, from under her face to under his:
    so her skin has no edge of its own there (review7 #1: a flat patch read as a rectangle, its outline
    as a pale line), his profile lies over it with its contact shade (_contact). Cut in only once their
    lips touch."""
    her, him = raster(her_svg), raster(him_svg)
    cx, cy = round(CONTACT[0]), round(CONTACT[1])
    rows: list[tuple[int, int, int, tuple[int, int, int]]] = []
    for y in range(cy - 14, cy - GAP_ROWS, -1):  # up from over the lips' line (their notch is the mouth's) to the noses
        run = _gap_run(her, him, cx, y)
        if run is None:
            if rows:
                break
            continue
        left, right = run
        # (on her lip's rows, the row below's skin; on the first, her skin's own: black there drew a line)
        first = (int(HER.skin[1:3], 16), int(HER.skin[3:5], 16), int(HER.skin[5:7], 16))
        rows.append((y, left, right, _skin(her, left, y) or (rows[-1][3] if rows else first)))
    rows.sort()
    # the top rows meet her nose's underside, whose lit skin ran on as a pale line under his nose's tip:
    # there the skin is in the shade under the noses, the row below's a little deeper
    # (review8 #2: with the gap filled flat her nose's underside went with it, her nose dissolving into his
    # from the meeting on): the shade deepest right under her nose's tip, easing out down the rows
    top = NOSE_SHADE_ROWS
    if len(rows) > top:
        cr, cg, cb = rows[top][3]
        def shaded(i: int) -> tuple[int, int, int]:
            k = NOSE_DEEP + (0.95 - NOSE_DEEP) * i / top
            return round(cr * k), round(cg * k), round(cb * k)
        rows = [(y, le, ri, shaded(i)) for i, (y, le, ri, _) in enumerate(rows[:top])] + rows[top:]
    d = Doc(line_alpha=LINES)
    for i, (y, left, right, _) in enumerate(rows):
        near = [rgb for _, _, _, rgb in rows[max(0, i - 2): i + 3]]  # a running mean: no banding row to row
        rgb = tuple(round(sum(c[k] for c in near) / len(near)) for k in range(3))
        # her skin turning away from the light under his face, into the shade his face lays on it: toward
        # his edge a little toward her own warm shade (flat, the lit front of her lip ran on as a pale band
        # to his profile; scaled darker, the skin there went grey against her cheek)
        shade = HER.skin_shade
        deep = tuple(round(v + (int(shade[1 + 2 * k:3 + 2 * k], 16) - v) * SHADE_UNDER) for k, v in enumerate(rgb))
        lit, shade = _hex(rgb), _hex(deep)
        g = d.lin((left, y), (right, y), [(0, lit, 1), (1, shade, 1)])
        # the last row runs on 6 px down (under both faces): a sliver of room between her lip's top and
        # the profile above it read as a dark line
        hi = y + (6 if i == len(rows) - 1 else 2)
        pts = [(left - 12, y - 1), (right + 16, y - 1), (right + 16, hi), (left - 12, hi)]
        d.path(smooth(pts, tension=0.0), fill=g)
    return d.text()


def _hex(rgb: tuple[int, ...]) -> str:
    return "#" + "".join(f"{v:02x}" for v in rgb)


def _skin(her: pygame.Surface, left: int, y: int) -> tuple[int, int, int] | None:
    """Her skin's mean colour on row `y` inside her profile (which ends at `left`): her cheek's own warm
    skin (CHEEK_IN), not the pale lit rim just inside the edge (carried across the gap, it made a paler,
    greyer plane than her cheek beside it); None where that is her lip (its red would run on across the
    gap as a band)."""
    far, near = CHEEK_IN
    cs = [c for c in (her.get_at((x, y)) for x in range(left - far, left - near)) if c.r - c.g < 70 and c.a > 200]
    if not cs:
        return None
    return (round(sum(c.r for c in cs) / len(cs)), round(sum(c.g for c in cs) / len(cs)),
            round(sum(c.b for c in cs) / len(cs)))


def raster(svg: str) -> pygame.Surface:
    return pygame.image.load_sized_svg(io.BytesIO(svg.encode("utf-8")), (1920, 1080))


def _gap_run(her: pygame.Surface, him: pygame.Surface, cx: int, y: int) -> tuple[int, int] | None:
    """The run of canvas row `y` near the lips' x `cx` that neither face covers, or None where the two
    drawings touch (above: the noses, passing; below: the lips)."""
    def clear(x: int) -> bool:
        return her.get_at((x, y)).a < 128 and him.get_at((x, y)).a < 128

    xs = [x for x in range(cx - 40, cx + 41) if clear(x)]
    if not xs:
        return None
    x0 = min(xs, key=lambda x: abs(x - cx))
    left, right = x0, x0
    while left > cx - 80 and clear(left - 1):
        left -= 1
    while right < cx + 80 and clear(right + 1):
        right += 1
    return left, right
