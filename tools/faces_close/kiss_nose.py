"""Her nose in front of his cheek (her_nose.svg, a part over him.svg): review12 D4, 'her profile runs
straight from brow to lips with no nose' once her nose's tip was hidden behind his face. Their heads lean
opposite ways as noses do in a kiss, so her nose passes in FRONT of his cheek (under his nose) while his
nose lies over her face above it: each nose a solid shape against the other face.

The part is her own drawing: the pixels of her.svg (at rest) inside her nose where his face covers them,
each row's runs of one colour drawn as rects, so where the part meets her visible nose there is no seam
(a redrawn nose matched nothing of face.head's stacked shading). Under it, a soft shade cast on his
cheek just below her nose's edge, so her nose reads in front of him by its silhouette, not by a line."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from tools.faces_close.kiss_gap import raster
from tools.faces_close.svgkit import Doc, Place, outward, psoft, shade_along, smooth

# her nose in her local frame (model.HER_NOSE's bridge to the subnasale), closed back inside her face
# along the line from the nose's root to under it
BACK: list[tuple[float, float]] = [(-40, -56), (-70, -120), (-62, -176)]
QUANT = 3  # colour levels merged into one run (coarser banded the lit tip into stripes)


# his nose, local in his frame (his profile from the bridge, 7, to under the nose, 13, closed back likewise):
# it stays in front of hers where the two cross
HIS_BACK: list[tuple[float, float]] = [(-60, -46), (-92, -120), (-72, -178)]


def outline(prof: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Her nose's closed outline, local: the profile from the bridge (6) to under the nose (12), then BACK."""
    return [*prof[6:13], *BACK]


def his_outline(prof: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """His nose's closed outline, local (his frame)."""
    return [*prof[7:14], *HIS_BACK]


GROW = 6  # canvas px round his nose also covered by her face: his head sways ~3 px against hers (kiss_motion)


def _solid(s: pygame.Surface) -> pygame.mask.Mask:
    """The opaque pixels of a drawing (her face's own, not her soft shades spilling past her profile)."""
    return pygame.mask.from_surface(s, 250)


def _mask(pts: list[tuple[float, float]], grow: int = 0) -> pygame.mask.Mask:
    """The canvas pixels inside `pts`, and `grow` px round it (his nose's rim and anti-aliased edge)."""
    s = pygame.Surface((1920, 1080), pygame.SRCALPHA)
    ps = [(round(x), round(y)) for x, y in pts]
    pygame.draw.polygon(s, (255, 255, 255, 255), ps)
    if grow:
        pygame.draw.polygon(s, (255, 255, 255, 255), ps, width=2 * grow)
    return pygame.mask.from_surface(s)


LIT = (255, 200, 150)  # the candle's warm on her nose's tip (the light is between them, below)
LIT_MAX = 0.4  # at the tip; none at the nose's root, where the part meets her face's own drawing


def _lit(c: pygame.Color, k: float) -> tuple[int, int, int]:
    return (round(c.r + (LIT[0] - c.r) * k), round(c.g + (LIT[1] - c.g) * k), round(c.b + (LIT[2] - c.b) * k))


def _rect(x: int, y: int, rgb: tuple[int, int, int], n: int, solid: Callable[[int, int], bool]) -> str:
    """One run of `n` px (n < 0: one edge pixel of alpha -n) on row `y`. An opaque run reaches 1 px on under
    the next run and the next row where those are solid too (the next draws over it): at a size other than
    the canvas's the rects' anti-aliased edges otherwise sum to less than opaque, his face showing through
    her nose in a grid of seams."""
    fill = f"#{rgb[0]:02x}{rgb[1]:02x}{rgb[2]:02x}"
    if n < 0:
        return f'<rect x="{x}" y="{y}" width="1" height="1" fill="{fill}" fill-opacity="{-n / 255:.2f}"/>'
    w = n + (1 if solid(x + n, y) else 0)
    h = 2 if solid(x, y + 1) and solid(x + n - 1, y + 1) else 1
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}"/>'


def nose(her_svg: str, him_svg: str, pl: Place, prof: list[tuple[float, float]], his: Place,
         his_prof: list[tuple[float, float]]) -> str:
    """her_nose.svg: her whole nose (but where his nose lies, which stays in front where the two cross),
    her own drawing lit toward the tip, with the shade it casts on his cheek under it."""
    her = raster(her_svg)
    shape = _mask(pl.all(outline(prof)))
    # her face in front of his nose wherever the two overlap: his nose's tip passes behind her nose's bridge
    # (review13 D4: his nose over her bridge, one edge shared, her nose read as a pale patch under his)
    shape.draw(_mask(his.all(his_outline(his_prof)), grow=GROW).overlap_mask(_solid(her), (0, 0)), (0, 0))
    root, tip = pl(prof[6]), pl(prof[9])
    d = Doc(line_alpha=1.0)
    # the shade her nose casts on his nose and cheek, just outside its ridge, tip and underside
    shade_along(d, pl, outward(prof[6:12], -6.0), "#2a1008", 0.26, half=9.0)
    x0, y0, w, h = shape.get_bounding_rects()[0]
    for y in range(y0, y0 + h):
        row: list[tuple[int, tuple[int, int, int], int]] = []
        for x in range(x0, x0 + w):
            c = her.get_at((x, y))
            if not shape.get_at((x, y)) or c.a == 0:
                continue
            k = LIT_MAX * min(1.0, max(0.0, (x - root[0]) / (tip[0] - root[0]))) ** 2
            r, g, b = _lit(c, k)
            rgb = (r // QUANT * QUANT, g // QUANT * QUANT, b // QUANT * QUANT)
            if row and row[-1][0] + row[-1][2] == x and row[-1][1] == rgb and c.a >= 250:
                row[-1] = (row[-1][0], row[-1][1], row[-1][2] + 1)
            else:
                row.append((x, rgb, 1) if c.a >= 250 else (x, rgb, -c.a))
        for x, rgb, n in row:
            d.body.append(_rect(x, y, rgb, n, lambda u, v: bool(shape.get_at((u, v))) and her.get_at((u, v)).a >= 250))
    # the warm light grazing her nose's tip and underside, just inside the edge: the silhouette read by its
    # light against his darker cheek (an inked outline there read as a line across his skin)
    d.path(smooth(pl.all(outward(prof[8:11], 2.5)), closed=False), stroke="#ffe2b4", width=3.0, opacity=0.45)
    _hers(d, pl, prof)
    return d.text()


EDGE = "#4a2414"  # her nose's edge against his skin: a fine dark line, her skin's deepest shade
WING: list[tuple[float, float]] = [(-2, -82), (-14, -81), (-21, -90)]  # her nostril's wing, local


def _hers(d: Doc, pl: Place, prof: list[tuple[float, float]]) -> None:
    """What makes the nose hers at a glance (review13 D4: 'a pale patch under HIS nose'): one fine edge from
    her brow's root down the ridge round the tip (her profile's own line, where his nose and cheek lie
    behind it), the lit ridge continuous from her brow to the tip, the tip's highlight and her nostril's
    wing, each in her frame so they move with her."""
    d.path(smooth(pl.all(outward(prof[6:11], -0.6)), closed=False), stroke=EDGE, width=1.5, opacity=0.7)
    _underside(d, pl, prof)
    d.path(smooth(pl.all(outward(prof[6:9], 3.0)), closed=False), stroke="#ffe2b4", width=2.6, opacity=0.35)
    psoft(d, pl, (4, -100), 7, 4, "#fff2dc", 0.55, rot=-30)  # the tip's highlight
    psoft(d, pl, (-12, -88), 9, 5, "#b06a48", 0.3)  # the wing's round, in its own warm shade
    d.path(smooth(pl.all(WING), closed=False), stroke="#8a4a30", width=1.4, opacity=0.45)


def _underside(d: Doc, pl: Place, prof: list[tuple[float, float]]) -> None:
    """Her nose's underside, from the tip back to under the nose, where it lies across his upper lip and
    philtrum (review16 D13: there it met his skin in the same value with no edge, and the two profiles
    fused into one beige shape at the kiss): the same fine dark edge as along her ridge, and just outside
    it a narrow contact shade on his skin (the 9 px soft shade above is too wide to read as contact)."""
    (tx, ty), (ux, uy), (bx, by) = prof[9], prof[10], prof[11]
    under = [(tx, ty), (ux, uy), (ux + (bx - ux) * UNDER, uy + (by - uy) * UNDER)]
    d.path(smooth(pl.all(outward(under, -3.0)), closed=False), stroke="#2a1008", width=4.5, opacity=0.3)
    d.path(smooth(pl.all(outward(under, -0.8)), closed=False), stroke=EDGE, width=1.8, opacity=0.75)


UNDER = 0.6  # how far from under the tip toward under the nose (prof[10] -> prof[11]) his lip lies behind her nose
