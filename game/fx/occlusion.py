"""Occlusion of light sources by what stands in front of them.

Flames, embers and the hearth fire are emissive, so they are added *after* the light
map multiplies the scene (otherwise the light would dim its own source). But the room
renderer has already drawn the armchair and him in front of the fire by then. So each
emissive sprite knows its depth (the floor y of what it stands on) and is masked by the
silhouettes of casters standing nearer the viewer (a larger floor y): the silhouette's
inverse multiplies the sprite before it is added. The same silhouettes the art hands
over for wall shadows serve, so nothing extra is drawn.

Only the part of a silhouette that overlaps the sprite is inverted (a flame is a few
dozen pixels; a figure in a close-up is millions), and the inverse is cached per mask
object and region, in a weak dictionary: it goes when the mask goes, so a figure's new
silhouette each light-map frame leaves nothing behind. A mask may be coarser than its
screen rect (figures in close-ups hand over masks at a capped resolution); its region
is then scaled up to the screen. A sprite with no occluder over it is blitted directly;
a hidden copy of one that has is kept (by sprite, place and inverse masks, within a byte
budget), since each candle's few flame sprites come back at the same place.
"""

from __future__ import annotations

import math
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
import pygame

Caster = tuple[pygame.Surface, pygame.Rect, float]
Ref = weakref.ref[pygame.Surface]
MARGIN = 6.0  # room px: a caster must stand this much nearer to hide a source
REGIONS_PER_MASK = 8
HIDDEN_BUDGET = 6 * 1024 * 1024  # bytes of hidden copies of sprites kept
CROP_BUDGET = 8 * 1024 * 1024  # bytes of the casters' inverse-mask crops kept, all casters together
_CLEAR = pygame.Surface((1, 1), pygame.SRCALPHA)  # (what is read of a prop's outline with no part kept: `fine`)


class Exact(pygame.Surface):
    """A figure's parts as drawn over one candle's own box (game/room/layers.py `_over_candles`): it hides
    what lies in that box (the wax, its glow, the flame) to the pixel. Not a halo, which reaches past the box:
    hidden by it there and by the coarse silhouette round it, its glow on her stopped at the box's edges in
    straight seams (line 16 at 1080p: up to 36 levels on her lashes). `coarse` leaves these out."""


def coarse(casters: Sequence[Caster]) -> list[Caster]:
    """`casters` without the `Exact` masks (what hides a glow reaching past a candle's box)."""
    return [c for c in casters if not isinstance(c[0], Exact)]


def fine(mask: pygame.Surface, rect: pygame.Rect) -> tuple[pygame.Surface, pygame.Rect] | None:
    """The part of `mask` (covering screen `rect`) held at screen resolution and its screen rect:
    the mask itself at its rect's size, a prop's outline the part of its raster the props keep
    (game/art/prop_outline.py: what the frame shows), else None."""
    if mask.get_size() == rect.size:
        return mask, rect
    held = getattr(mask, "fine", None)
    if held is None:
        return None
    got = held()
    if got is None:  # nothing of it kept: it is off the frame (a clear pixel, so nothing is read of it)
        return _CLEAR, pygame.Rect(rect.topleft, (1, 1))
    return got[0], got[1].move(rect.topleft)


def scaled(mask: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """`mask` smoothscaled to `size`: a prop's outline gives the reduction it holds, made from its
    whole raster (the same bytes as this of the whole raster)."""
    made = getattr(mask, "scaled", None)
    got = made(size) if made is not None else None
    return got if got is not None else pygame.transform.smoothscale(mask, size)


def mask_region(mask: pygame.Surface, rect: pygame.Rect, area: pygame.Rect) -> tuple[pygame.Surface, pygame.Rect] | None:
    """The part of `mask` (covering screen `rect`, at any resolution) over screen `area`,
    at screen resolution, and where it goes; None if they do not overlap. A prop's outline is
    read in the part of its raster kept (`fine`: what the frame shows) where that holds the area
    (and only there: what lies past it is off the frame)."""
    plan = _region_plan(mask, rect, area)
    return None if plan is None else _region(*plan)


Plan = tuple[pygame.Surface, pygame.Rect, bool]  # (the mask's px read, their screen rect, scaled to it)


def _region_plan(mask: pygame.Surface, rect: pygame.Rect, area: pygame.Rect) -> Plan | None:
    """What `mask_region` reads of `mask` and where it goes, not yet made: scaled (a fresh surface,
    the rect's size) or the px themselves (a subsurface of the mask or of the part a prop keeps)."""
    r = rect.clip(area)
    if r.w <= 0 or r.h <= 0:
        return None
    held = fine(mask, rect)
    if held is not None and held[0] is not mask and held[1].colliderect(r):
        r = r.clip(held[1])
        return held[0].subsurface(r.move(-held[1].x, -held[1].y)), r, False
    mw, mh = mask.get_size()
    if (mw, mh) == rect.size:
        return mask.subsurface(r.move(-rect.x, -rect.y)), r, False
    kx, ky = mw / rect.w, mh / rect.h
    x0, y0 = math.floor((r.x - rect.x) * kx), math.floor((r.y - rect.y) * ky)
    x1, y1 = min(mw, math.ceil((r.right - rect.x) * kx)), min(mh, math.ceil((r.bottom - rect.y) * ky))
    if x1 <= x0 or y1 <= y0:
        return None
    sx, sy = rect.x + round(x0 / kx), rect.y + round(y0 / ky)
    size = (max(1, rect.x + round(x1 / kx) - sx), max(1, rect.y + round(y1 / ky) - sy))
    return mask.subsurface((x0, y0, x1 - x0, y1 - y0)), pygame.Rect((sx, sy), size), True


ALPHA_BAND = 128  # columns of a scaled region made at a time (`region_alpha`)


def region_alpha(mask: pygame.Surface, rect: pygame.Rect, area: pygame.Rect) -> tuple[npt.NDArray[np.uint8], pygame.Rect] | None:
    """The alpha of `mask_region` ((x, y), an array of its own) and where it goes, without the region's
    4 bytes a px: a scaled one is made ALPHA_BAND columns at a time. smoothscale scales the rows first,
    each alone, then the columns, each alone: so the rows scaled once (the region's width by the mask's
    rows), then each band of their columns, give the same bytes as the whole region scaled. (A close
    shot's figure at 1080p: its 1.5 MiB alpha, not 5.9 MiB of pixels beside it, at the top of line 17's
    push frames, where the side light, the haze's cut and the cold rim each read one.)"""
    plan = _region_plan(mask, rect, area)
    if plan is None:
        return None
    src, where, scale = plan
    if not scale:
        return _alpha_copy(src), where
    w, h = where.size
    wide = pygame.transform.smoothscale(src, (w, src.get_height()))
    out: npt.NDArray[np.uint8] = np.empty((w, h), np.uint8)
    band: pygame.Surface | None = None
    for x in range(0, w, ALPHA_BAND):
        n = min(ALPHA_BAND, w - x)
        if band is None or band.get_width() != n:  # (smoothscale's plain C filter writes rows at the surface's width)
            band = pygame.Surface((n, h), 0, wide)
        pygame.transform.smoothscale(wide.subsurface((x, 0, n, wide.get_height())), (n, h), band)
        _alpha_into(out[x : x + n], band)
    return out, where


def _alpha_into(out: npt.NDArray[np.uint8], src: pygame.Surface) -> None:
    """`src`'s alpha ((x, y); 255 throughout if it has none) copied into `out`, the surface unlocked at
    once: straight from its pixels (through a copy of its own first, 1.6 ms more a figure's mask at line
    82's push at 1080p)."""
    try:
        view = pygame.surfarray.pixels_alpha(src)
    except ValueError:
        out[...] = pygame.surfarray.array_alpha(src)
        return
    out[...] = view
    del view


def _alpha_copy(src: pygame.Surface) -> npt.NDArray[np.uint8]:
    """A copy of `src`'s alpha ((x, y); 255 throughout if it has none), the surface unlocked at once."""
    out: npt.NDArray[np.uint8] = np.empty(src.get_size(), np.uint8)
    _alpha_into(out, src)
    return out


def _region(src: pygame.Surface, where: pygame.Rect, scale: bool) -> tuple[pygame.Surface, pygame.Rect]:
    """A `_region_plan` made: its px, scaled to their screen rect if it says so."""
    return (pygame.transform.smoothscale(src, where.size) if scale else src), where


def inverse(src: pygame.Surface, own: bool = False) -> pygame.Surface:
    """255 - alpha of `src` in all four channels, made by SDL's blends, not numpy: white less
    `src` (channel by channel), its colour back to white, then premultiplied by its alpha
    (255 * x / 255 is x exactly). The same bytes as numpy's `255 - alpha` written to each
    channel, at ~1 ms for a 1036 px square glow behind her at line 17, not ~8 (a fresh mask
    region each silhouette: 2 a frame there). `own`: `src` is spent (a region scaled for this
    alone, `Occluders._inv`), made the inverse itself (`_invert_own`), not beside a second buffer
    its size (line 17 at 1080p: 2.5-3.6 MiB at the kiosk's high-water mark)."""
    if own and src.get_bytesize() == 4 and src.get_flags() & pygame.SRCALPHA:
        return _invert_own(src)
    inv = pygame.Surface(src.get_size(), pygame.SRCALPHA)
    _white_less(inv, src)
    inv.premul_alpha_ip()
    return inv


def _white_less(into: pygame.Surface, src: pygame.Surface) -> None:
    """`into` (src's size) made white less `src`, channel by channel, its colour then back to white:
    `inverse` before its premultiply."""
    into.fill((255, 255, 255, 255))
    into.blit(src, (0, 0), special_flags=pygame.BLEND_RGBA_SUB)
    into.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)


INVERT_BAND = 64  # rows of a spent region inverted at a time (`_invert_own`)


def _invert_own(src: pygame.Surface) -> pygame.Surface:
    """`inverse` made in `src` itself, INVERT_BAND rows at a time through a band in its format: each
    band white less its rows, its colour back to white, copied back (added to its rows cleared), then
    the whole premultiplied. The same blends of the same bytes as `inverse`'s, in a band's buffer
    (~0.3 MiB for a 1036 px wide glow) where `inverse` makes a second buffer the region's size."""
    w, h = src.get_size()
    band = pygame.Surface((w, min(h, INVERT_BAND)), pygame.SRCALPHA, src)
    for y in range(0, h, INVERT_BAND):
        rows = src.subsurface((0, y, w, min(INVERT_BAND, h - y)))
        part = band.subsurface(((0, 0), rows.get_size()))
        _white_less(part, rows)
        rows.fill((0, 0, 0, 0))
        rows.blit(part, (0, 0), special_flags=pygame.BLEND_RGBA_ADD)
    src.premul_alpha_ip()
    return src


def _any_alpha(surf: pygame.Surface) -> bool:
    """Whether `surf` has a pixel with any alpha (its bounding rect, min_alpha 1, not empty). An ARGB
    surface is read as whole pixels (alpha the top byte: a pixel has alpha iff it is over 0xFFFFFF),
    their maximum taken along the memory: a close shot's mask region (700x600) ~0.06 ms, where
    get_bounding_rect, which finds the rect itself, took 2-4 (line 17 at 1080p at 4 updates a frame:
    ~8 regions a frame, 2.6 ms)."""
    if surf.get_bytesize() == 4 and surf.get_masks()[3] == 0xFF000000 and surf.get_flags() & pygame.SRCALPHA:
        px = pygame.surfarray.pixels2d(surf)
        held = bool(px.size) and int(px.max()) > 0xFFFFFF
        del px
        return held
    return surf.get_bounding_rect().w > 0


def _bytes(s: pygame.Surface) -> int:
    return s.get_pitch() * s.get_height()


class Occluders:
    """The frame's casters, ready to hide sources behind them."""

    def __init__(self) -> None:
        self._inverse: WeakKeyDictionary[pygame.Surface, dict[tuple[int, ...], tuple[pygame.Surface, pygame.Rect] | None]]
        self._inverse = WeakKeyDictionary()
        # (by the ids of the sprite and the inverse masks, each checked by a weak reference: a copy whose
        # sprite or masks are gone can never be asked for again, and goes; it held them, uncounted)
        self._hidden: OrderedDict[tuple[object, ...], tuple[pygame.Surface, Ref, tuple[Ref, ...]]]
        self._hidden = OrderedDict()
        self._hidden_bytes = 0

    def _inv(self, mask: pygame.Surface, rect: pygame.Rect, area: pygame.Rect) -> tuple[pygame.Surface, pygame.Rect] | None:
        """1 - alpha of the mask over `area` (as grey RGB and as alpha), and its screen rect."""
        per = self._inverse.get(mask)
        if per is None:
            per = self._inverse[mask] = {}
        held = fine(mask, rect)  # (a prop's outline: read in the part kept, which the props may change)
        key = (*rect, *area) if held is None or held[0] is mask else (*rect, *area, id(held[0]), *held[1])
        if key in per:
            return per[key]
        plan = _region_plan(mask, rect, area)
        if len(per) >= REGIONS_PER_MASK:
            per.clear()
        if plan is not None and self._crop_bytes() + 4 * plan[1].w * plan[1].h > CROP_BUDGET:
            for other in list(self._inverse.values()):  # let go of every caster's crops (remade when asked),
                other.clear()  # before the region and its inverse are made, not beside them (line 17: 6.2 MiB)
        out: tuple[pygame.Surface, pygame.Rect] | None = None
        region = None if plan is None else _region(*plan)
        if region is not None and _any_alpha(region[0]):  # (else its shape misses `area`: no-op)
            out = (inverse(region[0], own=plan is not None and plan[2]), region[1])
        del region
        per[key] = out
        return out

    def _crop_bytes(self) -> int:
        return sum(_bytes(v[0]) for per in list(self._inverse.values()) for v in per.values() if v is not None)

    def _over(self, area: pygame.Rect, depth: float, casters: Sequence[Caster]) -> list[tuple[pygame.Surface, pygame.Rect]]:
        """The inverse masks (and where they go) of the nearer casters whose shapes cover `area`."""
        hits = [self._inv(m, r, area) for m, r, f in casters if f > depth + MARGIN and r.colliderect(area)]
        return [h for h in hits if h is not None]

    @staticmethod
    def _mult(sprite: pygame.Surface, area: pygame.Rect, over: Sequence[tuple[pygame.Surface, pygame.Rect]], flags: int) -> None:
        for inv, where in over:
            sprite.blit(inv, (where.x - area.x, where.y - area.y), special_flags=flags)

    def hide(self, sprite: pygame.Surface, pos: tuple[int, int], depth: float, casters: Sequence[Caster]) -> None:
        """Multiply an additive (RGB) sprite, in place, by the silhouettes of nearer casters
        (so a sprite reused for several frames pays for its masking once)."""
        area = pygame.Rect(pos, sprite.get_size())
        self._mult(sprite, area, self._over(area, depth, casters), pygame.BLEND_RGB_MULT)

    def blits(self, target: pygame.Surface, items: Sequence[tuple[pygame.Surface, tuple[int, int], float]],
              casters: Sequence[Caster], flags: int = pygame.BLEND_RGB_ADD, margins: Sequence[int] = ()) -> None:
        """Many (sprite, pos, depth): the unhidden ones in one `fblits`, the rest one by one;
        `margins`, item by item (0 past its end): `blit`'s `margin`."""
        self.drop_gone()
        free: list[tuple[pygame.Surface, tuple[int, int]]] = []
        nearer: dict[float, list[pygame.Rect]] = {}  # per depth: the rects of nearer casters
        for i, (sprite, pos, depth) in enumerate(items):
            rects = nearer.get(depth)
            if rects is None:
                rects = nearer[depth] = [c[1] for c in casters if c[2] > depth + MARGIN]
            if rects and pygame.Rect(pos, sprite.get_size()).collidelist(rects) >= 0:
                self.blit(target, sprite, pos, depth, casters, flags, margin=margins[i] if i < len(margins) else 0)
            else:
                free.append((sprite, pos))
        if free:
            target.fblits(free, flags)

    def blit(self, target: pygame.Surface, sprite: pygame.Surface, pos: tuple[int, int], depth: float,
             casters: Sequence[Caster], flags: int = pygame.BLEND_RGB_ADD, keep: bool = True, margin: int = 0) -> None:
        """Blit `sprite` at `pos`, hidden where casters nearer than `depth` cover it (the hidden
        copy is kept unless `keep` is False: a candle's few flame sprites come back at the same
        place every frame; a one-off layer does not). `margin`: px a side the sprite was trimmed
        of (black, adding nothing): the masks are taken over the whole sprite's rect, as it was
        drawn whole, since a mask scaled to the screen is sampled from its area's corner (a
        halo trimmed and masked over its own rect differed by up to 5 levels along her edge)."""
        area = pygame.Rect(pos, sprite.get_size())
        over = self._over(area.inflate(2 * margin, 2 * margin), depth, casters)
        if not over:
            target.blit(sprite, pos, special_flags=flags)
            return
        if not keep:
            alone = sprite.copy()
            self._mult(alone, area, over, pygame.BLEND_RGBA_MULT if alone.get_flags() & pygame.SRCALPHA else pygame.BLEND_RGB_MULT)
            target.blit(alone, pos, special_flags=flags)
            return
        key = (id(sprite), pos, tuple(id(inv) for inv, _ in over))
        hit = self._hidden.get(key)
        if hit is not None and (hit[1]() is not sprite or any(r() is not inv for r, (inv, _) in zip(hit[2], over, strict=True))):
            self._let_go(key)  # (an id taken again by a new sprite or mask: not this copy's)
            hit = None
        if hit is None:
            self.drop_gone()
            hidden = sprite.copy()
            alpha = bool(sprite.get_flags() & pygame.SRCALPHA)
            self._mult(hidden, area, over, pygame.BLEND_RGBA_MULT if alpha else pygame.BLEND_RGB_MULT)
            hit = (hidden, weakref.ref(sprite), tuple(weakref.ref(inv) for inv, _ in over))
            self._hidden[key] = hit
            self._hidden_bytes += area.w * area.h * 4
            while self._hidden_bytes > HIDDEN_BUDGET and len(self._hidden) > 1:
                self._let_go(next(iter(self._hidden)))
        else:
            self._hidden.move_to_end(key)
        target.blit(hit[0], pos, special_flags=flags)

    def _let_go(self, key: tuple[object, ...]) -> None:
        old = self._hidden.pop(key)[0]
        self._hidden_bytes -= old.get_width() * old.get_height() * 4

    def drop_gone(self) -> None:
        """Let go of the hidden copies whose sprite or masks are gone (a shot cut away from: its
        halos and flames let go of by their effect, the casters' crops by their budget): they can
        never be asked for again. Held by the sprite, they kept it (a close-up's halo, 3-5 MiB at
        1080p) and their own copy beside it until the budget pushed them out."""
        for key in [k for k, (_h, ref, refs) in self._hidden.items() if ref() is None or any(r() is None for r in refs)]:
            self._let_go(key)
