"""The props' edges in the light map: their side light drawn in from the edge (`inset`), and their
top edge given the light of their inside in the upscaled map (`fill_edges`, its bands made ahead
by `prepare_edges`). (Split from game/fx/shadows.py unchanged: it re-exports these.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.occlusion import Caster, fine, scaled

_INSETS: WeakKeyDictionary[pygame.Surface, tuple[tuple[int, int, int], pygame.Surface]] = WeakKeyDictionary()
INSET_ERODE = 1  # light-map px a prop's side-light coverage is eroded by, past dropping its edge cells


def inset(caster: Caster, down: int) -> Caster:
    """`caster` (a prop) with its mask at the light map's size (1/`down` of its screen rect) and
    its edge drawn in: the light-map cells it only partly covers dropped, then INSET_ERODE more.
    The side light (figure_light) shades a prop's silhouette in the 1/8-size map, and its warm rim
    on the sofa's back, spread by the map's upscale, lit a band of the green curtain above it (the
    'green fringe', review3 #16). Cached by mask: a held shot reuses it."""
    mask, rect, floor = caster
    size = (max(1, -(-rect.w // down)), max(1, -(-rect.h // down)))
    key = (*size, INSET_ERODE)
    hit = _INSETS.get(mask)
    if hit is not None and hit[0] == key:
        return hit[1], rect, floor
    small = scaled(mask, size)  # (a prop's outline holds it, made from its whole raster)
    a = pygame.surfarray.array_alpha(small).astype(np.float64) / 255.0
    a = np.clip(2.0 * a - 1.0, 0.0, 1.0)
    for _ in range(INSET_ERODE):
        e = a.copy()
        e[1:, :] = np.minimum(e[1:, :], a[:-1, :])
        e[:-1, :] = np.minimum(e[:-1, :], a[1:, :])
        e[:, 1:] = np.minimum(e[:, 1:], a[:, :-1])
        e[:, :-1] = np.minimum(e[:, :-1], a[:, 1:])
        a = e
    out = pygame.Surface(size, pygame.SRCALPHA)
    out.fill((255, 255, 255, 0))
    alpha = pygame.surfarray.pixels_alpha(out)
    alpha[...] = np.round(a * 255.0).astype(np.uint8)
    del alpha
    _INSETS[mask] = (key, out)
    return out, rect, floor


# each prop mask's top-edge band as its alpha only ((x, y) uint8: a quarter of an RGBA surface's bytes)
_BANDS: WeakKeyDictionary[pygame.Surface, tuple[tuple[int, ...], npt.NDArray[np.uint8], pygame.Rect]] = WeakKeyDictionary()


def _band_surface(alpha: npt.NDArray[np.uint8]) -> pygame.Surface:
    """A black SRCALPHA surface with `alpha` ((x, y)) as its alpha (at least 1 x 1, clear)."""
    out = pygame.Surface((max(1, alpha.shape[0]), max(1, alpha.shape[1])), pygame.SRCALPHA)
    out.fill((0, 0, 0, 0))
    if alpha.size:
        pa = pygame.surfarray.pixels_alpha(out)
        pa[...] = alpha
        del pa
    return out


def _top_band(mask: pygame.Surface, size: tuple[int, int], depth: int) -> tuple[pygame.Surface, pygame.Rect]:
    """The prop's top-edge band (`_band_alpha`) as a surface, and its rect."""
    alpha, box = _band_alpha(mask, size, depth)
    return _band_surface(alpha), box


def _band_alpha(mask: pygame.Surface, size: tuple[int, int], depth: int) -> tuple[npt.NDArray[np.uint8], pygame.Rect]:
    """The prop's top-edge band: the alpha of a black surface, opaque on the prop's top edge and
    fading to clear `depth` px below it (the prop's pixels within `depth` of the nearest wall
    above them), cropped to the rect of a `size` mask it is not clear on; and that rect. Cached
    per mask (its next shot's are made ahead: `prepare_edges`). One pass down each column
    (the last row off the prop above each pixel, a running maximum): 16 masked passes over a
    close-up's sofa were 270-550 ms in a cut's frame (lines 61, 65, 69), and only the band is
    kept, not a surface of the whole prop (and only its alpha: the band is black)."""
    held = fine(mask, pygame.Rect((0, 0), size))  # a prop's outline: the part of its raster kept, where it lies
    at = (0, 0) if held is None else held[1].topleft
    key = (*size, depth) if held is None or held[0] is mask else (*size, depth, id(held[0]), *held[1])
    hit = _BANDS.get(mask)
    if hit is not None and hit[0] == key:
        return hit[1], hit[2]
    m = pygame.transform.smoothscale(mask, size) if held is None else held[0]
    size = m.get_size()
    try:
        alpha_px = pygame.surfarray.pixels_alpha(m)  # a view: array_alpha's copy was ~100 ms of a sofa
    except ValueError:  # not per-pixel alpha
        alpha_px = pygame.surfarray.array_alpha(m)
    on = (alpha_px > 127).T  # (y, x): a row at a time down the columns
    del alpha_px, m  # (a mask scaled to `size` here: 4 bytes a px let go of before the 4 of the arrays below)
    kind = np.int16 if size[1] < 32767 else np.int32
    rows = np.arange(size[1], dtype=kind)[:, None]
    last = np.where(on, kind(-1), rows)  # each pixel off the prop: its own row; on: none
    del on
    np.maximum.accumulate(last, axis=0, out=last)  # the last row off the prop at or above (-1: the top)
    np.subtract(rows, last, out=last)  # px down from the edge, plus 1 (0: off the prop)
    np.minimum(last, depth + 1, out=last)
    table = np.round(np.clip(1.0 - (np.arange(depth + 2) - 1.0) / depth, 0.0, 1.0) * 255.0).astype(np.uint8)
    table[0] = 0
    alpha = table[last]
    del last
    ys, xs = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
    box = (pygame.Rect(int(xs[0]), int(ys[0]), int(xs[-1] - xs[0] + 1), int(ys[-1] - ys[0] + 1))
           if xs.size else pygame.Rect(0, 0, 0, 0))
    out = np.ascontiguousarray(alpha[box.y:box.bottom, box.x:box.right].T)
    del alpha
    box.move_ip(at)
    _BANDS[mask] = (key, out, box)
    return out, box


def prepare_edges(props: Sequence[Caster], down: int, canvas: tuple[int, int]) -> Iterator[str]:
    """Make ahead, a prop a step, the top-edge bands `fill_edges` lays on a `canvas`-sized
    light map at 1/`down` (the props a shot shows, as cached rasters: the same masks, so the
    cut finds them ready). Yields each step."""
    area = pygame.Rect((0, 0), canvas).inflate(2 * down, 2 * down)
    for mask, rect, _floor in props:
        if rect.w < 2 or rect.h <= 2 * down or not rect.colliderect(area):
            continue
        _band_alpha(mask, rect.size, 2 * down)
        yield "edges"


def fill_edges(big: pygame.Surface, props: Sequence[Caster], down: int) -> None:
    """Give each prop's top edge the light of its inside, in the upscaled light map `big`.
    The map is 1/`down` size: the light on a prop (its side light, drawn in by `inset`, and its
    being out of its own wall shadow) ramps up over the light-map cells its edge crosses, so the
    sofa's outer roll, a few screen px, was lit darker than the seat just below it and read as
    a dull magenta halo round the back against the dark panelling (review6 #30). Only the prop's
    own pixels change (the band `_top_band`, fading in 2 map cells): the wall above keeps its light."""
    for _pixels, _r in edge_patches(big.get_rect(), props, down, big.subsurface):
        pass  # (each laid in `big` itself as it is made)


def edge_patches(area: pygame.Rect, props: Sequence[Caster], down: int,
                 read: Callable[[pygame.Rect], pygame.Surface]) -> Iterator[tuple[pygame.Surface, pygame.Rect]]:
    """`fill_edges`'s steps over a map of `area` read through `read(rect)` (the map over `rect` as
    laid so far: a surface of its own, or a subsurface of the map, which is then laid in place):
    each prop's top edge finished (its pixels, a subsurface of what `read` gave) and its rect."""
    k = 2 * down
    for mask, rect, _floor in props:
        r = rect.clip(area)
        if r.w < 2 or r.h <= k:
            continue
        band, box = _band_alpha(mask, rect.size, k)
        r = r.clip(box.move(rect.topleft))  # only the rows the band is on
        if r.w < 1 or r.h < 1:
            continue
        on = r.move(-rect.x - box.x, -rect.y - box.y)
        patch = _band_surface(band[on.x : on.right, on.y : on.bottom])
        seen = pygame.Rect(r.x, r.y, r.w, r.h + k).clip(area)
        big = read(seen)
        patch.blit(big, (0, 0), r.move(-seen.x, k - seen.y), special_flags=pygame.BLEND_RGB_ADD)  # the light k px below
        patch.blit(big, (0, 0), r.move(-seen.x, -seen.y), special_flags=pygame.BLEND_RGB_MAX)  # never darker than it was
        big.blit(patch, (0, 0))
        yield big.subsurface((0, 0, r.w, r.h)), r
