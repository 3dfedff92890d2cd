"""A figure part's pixels as geometry: its drawing's crop box, a turn's size and its rotozoom, and
which piece of a big turned part the shot needs (game/art/figure_raster.py keeps and caches them).

Kept apart from the caches so the rules of the pixels (a crop that gives the same turns, the
piece snapped to a grid so a breathing part keeps its piece) read in one place.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pygame

PIECE_GRID = 128  # base px: the turned piece's edges snap outwards to this grid
CENTRED_SHARE = 0.9  # a piece centred on the whole (`centred`) up to this share of its crop is turned, the same pixels ...
SLIVER_SHARE = 0.35  # ... else one where the shot shows it, if no more than this share: its samples fall elsewhere
# (1-8 levels at edges), so it is drawn whether or not the whole is kept; else the whole is turned (and kept)


CROP_MARGIN = 2  # clear px kept round a cropped raster's drawing (a turn samples each pixel's neighbours)
RIM_COLOUR = (255, 168, 92)  # a part's warm rim (`with_rim`): its silhouette in firelight
RIM_ALPHA = 150


def crop_box(surf: pygame.Surface) -> pygame.Rect:
    """The rect of `surf` that `crop` keeps (all of it if nothing is cut)."""
    return centre_of(tight_box(surf), surf.get_size())


def tight_box(surf: pygame.Surface) -> pygame.Rect:
    """The rect of `surf` that holds its non-zero pixels and CROP_MARGIN round them, clipped to it
    (all of it if it has none): a zoom raster is kept so (PartRasters.base); `crop_box`, the crop
    as wide on both sides that a turn is made from (`area_of`), is the least of its sides."""
    w, h = surf.get_size()
    px = pygame.surfarray.pixels2d(surf)
    cols, rows = np.flatnonzero(px.any(axis=1)), np.flatnonzero(px.any(axis=0))
    del px
    if len(cols) == 0:
        return pygame.Rect(0, 0, w, h)
    x0, y0 = max(0, int(cols[0]) - CROP_MARGIN), max(0, int(rows[0]) - CROP_MARGIN)
    return pygame.Rect(x0, y0, min(w, int(cols[-1]) + 1 + CROP_MARGIN) - x0, min(h, int(rows[-1]) + 1 + CROP_MARGIN) - y0)


def centre_of(box: pygame.Rect, size: tuple[int, int]) -> pygame.Rect:
    """The crop of a `size` raster as wide on both sides (`crop_box`) that holds `box` (a `tight_box`)."""
    cx, cy = min(box.x, size[0] - box.right), min(box.y, size[1] - box.bottom)
    return pygame.Rect(cx, cy, size[0] - 2 * cx, size[1] - 2 * cy)


def crop(surf: pygame.Surface) -> tuple[pygame.Surface, tuple[int, int]]:
    """`surf` less the border of zero pixels (0, 0, 0, 0: not merely clear) it has on both sides of
    each axis, as wide on both (CROP_MARGIN kept), and how much went from each side. A part's
    SVG is drawn in a box shared with others (the collar in the torso's, the mouth in the
    head's): ~45 % of its raster was such a border. Cut the same on both sides, the raster's
    centre stays where it was, and a turn of it (rotozoom turns about the centre) is the
    whole's turn less the same zero border, pixel for pixel (`turn`)."""
    box = crop_box(surf)
    if box.topleft == (0, 0):
        return surf, (0, 0)
    return surf.subsurface(box).copy(), box.topleft


def uncrop(surf: pygame.Surface, cut: tuple[int, int], area: pygame.Rect | None = None) -> pygame.Surface:
    """The whole raster `surf` was cropped from (`cut` px off each side), or its `area` (in the
    whole's pixels): the same pixels, the border zeros again (copied as they are, not blended)."""
    w, h = surf.get_width() + 2 * cut[0], surf.get_height() + 2 * cut[1]
    return area_of(surf, cut, area if area is not None else pygame.Rect(0, 0, w, h))


def area_of(surf: pygame.Surface, at: tuple[int, int], area: pygame.Rect) -> pygame.Surface:
    """The `area` of a whole raster that `surf` was cut from at `at` (its top-left in the whole):
    the same pixels, zeros where `surf` has none (copied as they are, not blended); `surf`'s own
    pixels (a subsurface) if it holds all of `area`."""
    inner = pygame.Rect(at, surf.get_size())
    if inner.contains(area):
        return surf.subsurface(area.move(-at[0], -at[1]))
    out = pygame.Surface(area.size, pygame.SRCALPHA, surf)
    both = area.clip(inner)
    if both.w > 0 and both.h > 0:
        dst, src = pygame.surfarray.pixels2d(out), pygame.surfarray.pixels2d(surf)
        dst[both.x - area.x : both.right - area.x, both.y - area.y : both.bottom - area.y] = \
            src[both.x - at[0] : both.right - at[0], both.y - at[1] : both.bottom - at[1]]
        del dst, src
    return out


def lit(img: pygame.Surface) -> tuple[pygame.Surface, tuple[int, int]]:
    """`img` less its border of clear pixels (alpha 0), on each side as wide as it is, and where the
    rest lies in `img`. A turn is blitted (onto the room, or with MAX / SUB where only the alpha is
    read: the rims' measures), so a clear pixel leaves its target as it was: the same pixels drawn.
    At the 1080p kiosk's peak (line 17's push, 4.76x) 42 % of the turns kept was such a border: the
    raster's crop is as wide on both sides (`crop`: a turn of it is the whole's turn), a turned
    rect's box has clear corners, and the warm rim's copy (`with_rim`) adds a clear strip."""
    cols, rows = alpha_spans(img)
    if len(cols) == 0:
        return img, (0, 0)
    box = pygame.Rect(int(cols[0]), int(rows[0]), int(cols[-1]) + 1 - int(cols[0]), int(rows[-1]) + 1 - int(rows[0]))
    if box.size == img.get_size():
        return img, (0, 0)
    return img.subsurface(box).copy(), box.topleft


def alpha_spans(img: pygame.Surface) -> tuple[Any, Any]:
    """The columns and the rows of `img` that hold a pixel with any alpha (numpy index arrays). An
    ARGB image is read as whole pixels (alpha the top byte: a pixel has alpha iff it is over 0xFFFFFF),
    its rows' maxima taken along the memory: a 4.3x torso's turn (656x954) 0.45 -> 0.12 ms, where
    the alpha bytes alone, a strided view, were reduced a byte in four (get_bounding_rect: 1.2 ms)."""
    if img.get_bytesize() == 4 and img.get_masks()[3] == 0xFF000000:
        px = pygame.surfarray.pixels2d(img)
        cols, rows = np.flatnonzero(px.max(axis=1) > 0xFFFFFF), np.flatnonzero(px.max(axis=0) > 0xFFFFFF)
    else:
        px = pygame.surfarray.pixels_alpha(img)
        cols, rows = np.flatnonzero(px.max(axis=1)), np.flatnonzero(px.max(axis=0))
    del px
    return cols, rows


def placed(img: pygame.Surface, at: tuple[int, int], size: tuple[int, int]) -> pygame.Surface:
    """A clear `size` image with `img` copied (not blended) at `at`: what `lit` cut it from, the
    border zeros (its clear pixels' colour left off: only their alpha was ever read)."""
    out = pygame.Surface(size, pygame.SRCALPHA, img)
    dst, src = pygame.surfarray.pixels2d(out), pygame.surfarray.pixels2d(img)
    dst[at[0] : at[0] + img.get_width(), at[1] : at[1] + img.get_height()] = src
    del dst, src
    return out


def turned_size(size: tuple[int, int], ang: float, zoom: float) -> tuple[int, int]:
    """The size rotozoom gives a `size` image turned `ang` degrees at `zoom` (SDL_gfx's rule: twice
    the half extent rounded up, so always even)."""
    c, s = math.cos(math.radians(ang)) * zoom, math.sin(math.radians(ang)) * zoom
    x, y = size[0] // 2, size[1] // 2
    return (2 * max(1, math.ceil(max(abs(c * x + s * y), abs(c * x - s * y)))),
            2 * max(1, math.ceil(max(abs(s * x + c * y), abs(s * x - c * y)))))


def turn(surf: pygame.Surface, cut: tuple[int, int], ang: float, zoom: float, tight: bool = False) -> Any:
    """rotozoom of the whole raster that `surf` was cropped from (`cut` px off each side), by `ang`
    degrees at `zoom`: the cropped raster turned, then given the zero border its whole's turn
    has (the same pixels, the same size: what is drawn from it, and the boxes, masks and
    shadows made from its size, do not change). An angle of 0 (a plain zoom, which scales
    from the edges) or a right angle turns the whole.

    With `tight`: (the cropped raster's turn, where it lies in the whole's, the whole's size),
    the border left off. A face's brows, eyes, mouth and lips are each drawn in the head's box:
    at 4.8x (line 17) each whole turn was 770x988 px, 3 MB, their drawings a fifth of it."""
    if cut == (0, 0) or abs(ang) <= 0.001 or ang % 90.0 == 0.0:
        img = pygame.transform.rotozoom(uncrop(surf, cut) if cut != (0, 0) else surf, ang, zoom)
        return (img, (0, 0), img.get_size()) if tight else img
    img = pygame.transform.rotozoom(surf, ang, zoom)
    whole = turned_size((surf.get_width() + 2 * cut[0], surf.get_height() + 2 * cut[1]), ang, zoom)
    inset = ((whole[0] - img.get_width()) // 2, (whole[1] - img.get_height()) // 2)
    if tight:
        return img, inset, whole
    return uncrop(img, inset) if inset != (0, 0) else img


def centred(xs: tuple[float, float], ys: tuple[float, float], size: tuple[int, int], grid: int) -> pygame.Rect:
    """The smallest box centred on a raster of `size` that holds the span `xs` x `ys` of it, the
    border cut off each side a multiple of `grid` (a breathing part keeps its piece). rotozoom
    turns about the centre in fixed point, so such a box turns into the whole's turn less the
    same border, pixel for pixel but at its own edge (as `turn` relies on for a zero border)."""
    cx = max(0, min(math.floor(min(xs[0], size[0] - xs[1]) / grid) * grid, (size[0] - 1) // 2))
    cy = max(0, min(math.floor(min(ys[0], size[1] - ys[1]) / grid) * grid, (size[1] - 1) // 2))
    return pygame.Rect(cx, cy, size[0] - 2 * cx, size[1] - 2 * cy)


def piece_of(xs: tuple[float, float], ys: tuple[float, float], size: tuple[int, int], crop: pygame.Rect,
             square: bool) -> tuple[pygame.Rect, bool] | None:
    """Which piece of a whole raster of `size` (its drawing in `crop`) to turn to show its span
    `xs` x `ys`, and whether it turns to the whole's pixels (`centred`); None: the whole. Decided
    by the geometry alone, never by what is kept. A piece centred on the whole up to CENTRED_SHARE
    of the crop; else one where the span lies, snapped to PIECE_GRID, up to SLIVER_SHARE (any share
    for a plain zoom or a right angle, which have no centred piece); else the whole."""
    g = PIECE_GRID  # snapped outwards to a grid, so a breathing part keeps its piece
    area = crop.w * crop.h
    if not square:
        piece = centred(xs, ys, size, g).clip(crop)
        if piece.w * piece.h <= CENTRED_SHARE * area:
            return piece, True
    piece = pygame.Rect(math.floor(xs[0] / g) * g, math.floor(ys[0] / g) * g, 0, 0)
    piece.w, piece.h = math.ceil(xs[1] / g) * g - piece.x, math.ceil(ys[1] / g) * g - piece.y
    piece = piece.clip(pygame.Rect(0, 0, *size))
    return None if not square and piece.w * piece.h > SLIVER_SHARE * area else (piece, False)


def with_rim(img: pygame.Surface, d: tuple[int, int]) -> tuple[pygame.Surface, tuple[int, int]]:
    """`img` over its own silhouette in warm light shifted by `d` pixels; the shift kept (PartRasters
    bakes it into each art turn). The silhouette is made in place in the result (a copy of `img` onto
    its clear pixels, then lit warm) rather than in a copy of `img` blitted there: a blit onto clear
    pixels copies, so the pixels are the same, and a part's turn holds two images of its size at once,
    not three (neither figure has a rim shift today: not measured)."""
    if d == (0, 0):
        return img, (0, 0)
    out = pygame.Surface((img.get_width() + abs(d[0]), img.get_height() + abs(d[1])), pygame.SRCALPHA)
    rim = out.subsurface(((max(0, d[0]), max(0, d[1])), img.get_size()))
    rim.blit(img, (0, 0), special_flags=pygame.BLEND_RGBA_ADD)  # (added to zeros: a copy)
    rim.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MULT)
    rim.fill((*RIM_COLOUR, 0), special_flags=pygame.BLEND_RGBA_ADD)
    rim.fill((255, 255, 255, RIM_ALPHA), special_flags=pygame.BLEND_RGBA_MULT)
    del rim
    out.blit(img, (max(0, -d[0]), max(0, -d[1])))
    return out, d


Made = tuple[pygame.Surface, tuple[int, int], tuple[int, int], tuple[int, int], tuple[int, int]]


def made_turn(src: list[tuple[pygame.Surface, tuple[int, int]]], squash: float, ang: float, zoom: float,
              art: bool, rim: tuple[int, int]) -> Made:
    """A part's turn as PartRasters keeps it (game/art/figure_raster.py `_image`), from its raster as
    turned (`src`: a one-item list of it and its `cut`, taken out so a padded copy goes once turned,
    before the trim's copy is made): squashed across (`squash` < 0.995: the head turning), turned by
    `ang` degrees (the part's angle, so -ang to rotozoom) at `zoom`; an art turn with its warm rim
    (`rim`, px: none at (0, 0)) and without its clear border (`lit`), a mask whole. Pure (new surfaces
    only, `src` read), so it may run on the loader thread. Returns the image, the size of the whole
    raster turned, the rim's shift, where the image lies in the whole's turn and that turn's size.
    On the loader it holds `src` locked while it turns it (rotozoom's lock), and its parent if a piece."""
    base, cut = src.pop()
    if squash < 0.995:
        base = uncrop(base, cut)
        base, cut = pygame.transform.smoothscale(base, (max(1, round(base.get_width() * squash)), base.get_height())), (0, 0)
    img, inset, whole = turn(base, cut, -ang, zoom, True)
    size = (base.get_width() + 2 * cut[0], base.get_height() + 2 * cut[1])
    del base  # (a padded copy: gone before the trim's copy is made: 8.9 -> 6.8 MB at 1080p, line 17)
    if not art:
        return (uncrop(img, inset) if inset != (0, 0) else img), size, (0, 0), (0, 0), whole
    shift = (0, 0)
    if rim != (0, 0):
        img, shift = with_rim(img, rim)
    img, (lx, ly) = lit(img)
    return img, size, shift, (inset[0] + lx, inset[1] + ly), whole
