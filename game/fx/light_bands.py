"""The light map's full-size upscale, held without a full-size canvas (stop 31, issue 16).

The light map is built at 1/8 size and multiplied over the scene upscaled (one smoothscale: its
bilinear filter is the soft falloff). The upscale was kept as a canvas between frames, and so
were the golden haze's upscale and the same two of the next light frame or shot made ahead: four
canvases in the golden glow, six at a cut, up to a camera move's size (39.6 MiB at line 82).

pygame's smoothscale expands the rows first (each row alone: the map's rows at the full width),
then the columns (each column alone). So the map is kept as its rows expanded (`Upscaled.wide`,
the full width by the map's 135 rows at 1080p: 1/8 of a canvas), and each frame expands its
columns a band of STRIP columns at a time into one shared scratch band (`bands`), multiplied onto
the screen there: the same pixels as the whole upscale (the same filter over the same columns,
whatever their band), with no canvas kept. What the build lays over the upscale at full
resolution (the props' top edges, the figures' own side light, the haze's cut) is kept as the
finished pixels of the rects it changes (`laid`, in order), laid over each band.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.light_cut import _alpha_of
from game.fx.occlusion import Caster, mask_region
from game.fx.prop_edges import _band_alpha, _band_surface

STRIP = 128  # columns a band (its scratch: 0.5 MiB at 1080p)
_SCRATCH: list[pygame.Surface] = []  # the one shared scratch band (of the last height asked for)


def _scratch(w: int, h: int, like: pygame.Surface) -> pygame.Surface:
    """A surface of `w` x `h` in `like`'s format: the shared band when `w` is STRIP (a narrower
    one is made: smoothscale's plain C filter writes its rows at the surface's width, no pitch)."""
    if w != STRIP:
        return pygame.Surface((w, h), 0, like)
    if not _SCRATCH or _SCRATCH[0].get_size() != (w, h) or _SCRATCH[0].get_bitsize() != like.get_bitsize():
        _SCRATCH[:] = [pygame.Surface((w, h), 0, like)]
    return _SCRATCH[0]


class Upscaled:
    """`small` smoothscaled to `size`, held as its rows expanded (`wide`) and the finished pixels
    of what was laid over the upscale since (`laid`: a surface and its rect, None for black)."""

    def __init__(self, small: pygame.Surface, size: tuple[int, int]) -> None:
        self.size = size
        self.rows = small.get_height()
        # (smoothscale's own first pass: a map the canvas's width keeps its height, so only its rows expand)
        self.wide = pygame.transform.smoothscale(small, (size[0], self.rows))
        self.laid: list[tuple[pygame.Surface | None, pygame.Rect]] = []

    def get_size(self) -> tuple[int, int]:
        return self.size

    def get_rect(self) -> pygame.Rect:
        return pygame.Rect((0, 0), self.size)

    def memory_bytes(self) -> int:
        """Bytes held: the expanded rows and the laid rects."""
        held = [self.wide, *(s for s, _r in self.laid if s is not None)]
        return sum(s.get_pitch() * s.get_height() for s in held)

    def bands(self, area: pygame.Rect) -> Iterator[tuple[pygame.Surface, pygame.Rect]]:
        """The upscale over the columns of `area` (inside it), a band of at most STRIP columns at a
        time in the shared scratch band (the whole height): each band and its columns' rect."""
        area = area.clip(self.get_rect())
        h = self.size[1]
        for x in range(area.x, area.right, STRIP):
            w = min(STRIP, area.right - x)
            band = _scratch(w, h, self.wide)
            pygame.transform.smoothscale(self.wide.subsurface((x, 0, w, self.rows)), (w, h), band)
            col = pygame.Rect(x, 0, w, h)
            for laid, rect in self.laid:
                on = rect.clip(col)
                if on.w <= 0 or on.h <= 0:
                    continue
                if laid is None:
                    band.fill((0, 0, 0), on.move(-x, 0))
                else:
                    band.blit(laid, (on.x - x, on.y), on.move(-rect.x, -rect.y))
            yield band, col

    def region(self, rect: pygame.Rect) -> pygame.Surface:
        """The upscale with what was laid, over `rect` (inside it): a surface of its own."""
        out = pygame.Surface(rect.size, 0, self.wide)
        for band, col in self.bands(rect):
            out.blit(band, (col.x - rect.x, 0), (0, rect.y, col.w, rect.h))
        return out

    def lay(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """Keep `surface` (the finished pixels over `rect`) laid over the upscale (its RGB only)."""
        kept = pygame.Surface(rect.size, 0, 24)  # (3 bytes a px: the map has no alpha)
        kept.blit(surface, (0, 0))
        self.laid.append((kept, pygame.Rect(rect)))

    def black(self, rect: pygame.Rect) -> None:
        """Keep `rect` black over the upscale."""
        on = pygame.Rect(rect).clip(self.get_rect())
        if on.w > 0 and on.h > 0:
            self.laid.append((None, on))

    def whole(self) -> pygame.Surface:
        """The upscale as one canvas (for tests and tools: the game never makes it)."""
        return self.region(self.get_rect())


def blend(surface: pygame.Surface, up: Upscaled, at: tuple[int, int], area: pygame.Rect | None, flags: int) -> None:
    """Blit `up` (its top-left at `at`) onto `surface` by `flags` over `area` (all of it if None),
    within the surface's clip, a band at a time: the same pixels as one blit of the whole upscale."""
    clip = surface.get_clip()
    on = pygame.Rect(at, up.size).clip(clip if area is None else pygame.Rect(area).clip(clip))
    if on.w <= 0 or on.h <= 0:
        return
    rel = on.move(-at[0], -at[1])
    for band, col in up.bands(rel):
        surface.blit(band, (at[0] + col.x, on.y), (0, rel.y, col.w, rel.h), special_flags=flags)


def lay_edges(up: Upscaled, props: Sequence[Caster], down: int) -> None:
    """Give each prop's top edge the light of its inside (game/fx/prop_edges.py `fill_edges`, the
    same steps) over the upscale `up`: each prop's band read with the rows it takes light from,
    and laid."""
    k = 2 * down
    area = up.get_rect()
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
        read = pygame.Rect(r.x, r.y, r.w, r.h + k).clip(area)
        big = up.region(read)
        patch.blit(big, (0, 0), r.move(-read.x, k - read.y), special_flags=pygame.BLEND_RGB_ADD)  # the light k px below
        patch.blit(big, (0, 0), r.move(-read.x, -read.y), special_flags=pygame.BLEND_RGB_MAX)  # never darker than it was
        big.blit(patch, (0, 0))
        up.lay(big.subsurface((0, 0, r.w, r.h)), r)


_ALPHAS: WeakKeyDictionary[pygame.Surface, tuple[tuple[int, ...], tuple[npt.NDArray[np.uint8], pygame.Rect] | None]]
_ALPHAS = WeakKeyDictionary()


def _screen_alpha(mask: pygame.Surface, rect: pygame.Rect, area: pygame.Rect) -> tuple[npt.NDArray[np.uint8], pygame.Rect] | None:
    """The alpha of `mask_region` (at screen resolution, (x, y)) and where it goes, kept by mask
    for the next light-map frame: a figure's mask is coarse and scaled up to the screen each time
    (a close shot's is most of the screen), and the silhouettes change at SILHOUETTE_FPS, half the
    light map's rate. (Its alpha only: a quarter of the region's bytes.)"""
    key = (*rect, *area)
    hit = _ALPHAS.get(mask)
    if hit is not None and hit[0] == key:
        return hit[1]
    region = mask_region(mask, rect, area)
    made = None
    if region is not None:
        a: npt.NDArray[np.uint8] = np.array(_alpha_of(region[0]))
        a.setflags(write=False)
        made = (a, region[1])
    _ALPHAS[mask] = (key, made)
    return made


def _lay_figures(big: Upscaled, lit: pygame.Surface, people: Sequence[Caster], down: int) -> Iterator[str]:
    """Lay `lit` (a map whose cells on the `people` hold their side light), upscaled, over the
    upscaled map `big` through the people's own alpha, at full resolution.

    Shaded in the 1/8-size map, a figure's shadow side took the wall cells along its outline
    with it, and the upscale spread them ~20 px out: a soft shade on the wall beside his back
    (line 80: the wall by him 78, 89 a little farther). Now the wall keeps its own light up to
    the outline. Only the cells round the people are upscaled (with a margin of 2, so they
    come out as in the whole map's upscale). A step a figure (the map made ahead: light_ahead)."""
    if not people:
        return
    box = people[0][1].unionall([c[1] for c in people[1:]])
    cells = pygame.Rect(box.x // down - 2, box.y // down - 2,
                        -(-box.w // down) + 5, -(-box.h // down) + 5).clip(lit.get_rect())
    if cells.w <= 0 or cells.h <= 0:
        return
    up = pygame.transform.smoothscale(lit.subsurface(cells), (cells.w * down, cells.h * down))
    at = (cells.x * down, cells.y * down)
    for mask, rect, _floor in people:  # each laid as it is made (they read `up`, not `big`): one
        region = _screen_alpha(mask, rect, pygame.Rect(at, up.get_size()).clip(big.get_rect()))  # at a time
        if region is None:
            continue
        src, where = region
        part = pygame.Surface(where.size, pygame.SRCALPHA)
        part.blit(up, (0, 0), where.move(-at[0], -at[1]))
        alpha = pygame.surfarray.pixels_alpha(part)
        alpha[...] = src
        del alpha
        under = big.region(where)
        under.blit(part, (0, 0))
        big.lay(under, where)
        del part, src, region, under
        yield "light: a figure's side light"
