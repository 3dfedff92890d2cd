"""Shadows that dance: each free-standing flame's light is blocked by the casters.

A flame in front of a figure throws the figure's silhouette onto the wall behind it:
enlarged about the flame (the nearer the flame, the larger) and pushed away from it. The
shadow is not painted as a dark shape over the wall; it *removes that flame's light*
from the light map, before the light is added. So a shadow is exactly as deep as the
light it blocks, other lights still fill it, and it brightens and dims, and sways,
with its own flame. Working in the 1/8-size light map makes the silhouettes soft for
free and costs a few tiny blits per light. Silhouettes are cached per (mask, size,
sub-pixel phase): the flame's sway moves a shadow by fractions of a light-map pixel, so
each is baked at 4x4 sub-pixel offsets (bilinear: four weighted copies of the unshifted
bake) and the nearest is used. Every cache hangs off the mask object in a weak
dictionary (a figure hands over a new silhouette each light-map frame: its bakes go with
it), and a mask is first reduced once to twice the light map's resolution, so a light's
bake reads a few thousand pixels, not a full-screen figure (a prop's outline comes reduced:
game/art/prop_outline.py, so the props need not keep its whole raster). A mask may be coarser than
its screen rect (only its alpha and its rect matter). A caster never darkens itself (its own silhouette is put back at full light), shadows stop at the skirting
(they are wall shadows), and a candle does not shadow the table it stands on (a figure's hand
round it is no table: his head's shadow from the table candle was lost).
A flame is not a point: each copy is baked with a penumbra (a box blur in the light map,
wider the nearer its flame), so the copies of a head from several candles blur into one
soft shadow rather than stacking as hard dark duplicates; and a thing hung on the wall
(the clock, its floor at the skirting) is MOUNTED_DEPTH from it, so its shadow hugs it.
All bakes together keep to a byte budget (BUDGET): past it, the masks used least recently
lose theirs (a figure's turned masks live in its own cache, so without a budget their
bakes grew to ~170 MB at 1080p).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

import numpy as np
import pygame

from game.fx.occlusion import fine
from game.fx.prop_edges import _BANDS as _BANDS  # (moved there unchanged: re-exported)
from game.fx.prop_edges import _top_band as _top_band
from game.fx.prop_edges import fill_edges as fill_edges
from game.fx.prop_edges import inset as inset
from game.fx.prop_edges import prepare_edges as prepare_edges
from game.fx.sprites import light_falloff
from game.view import View

Caster = tuple[pygame.Surface, pygame.Rect, float]  # (alpha mask at screen scale, screen rect, floor y in room)
Share = Callable[[int, int, int], float]  # (flame's key, light-map x, y) -> the part of the light there it gives
WALL_DEPTH = 120.0  # room px between a caster and the wall behind it
MOUNTED_DEPTH = 14.0  # ... and between a thing hung on the wall (floor at the skirting) and the wall
DANCE = 70.0  # room px a full sway moves a shadow (times its enlargement): the flames make them dance
DARKNESS = 1.0  # how much of its flames' light a shadow's core blocks
PHASES = 4  # sub-pixel offsets baked per axis
KEEP = 90.0  # room px around a flame that the key-light share of the shadows leaves lit
REDUCE = 2  # a mask is first reduced to this many pixels per light-map pixel
PAD = 2  # light-map pixels of soft margin around a baked silhouette
BUDGET = 8 * 2**20  # bytes for every mask's bakes together
PENUMBRA = 28.0  # room px of a shadow's soft edge at the largest enlargement (times 0.35 + grow)
BLUR_MAX = 8  # light-map px
SHARE_GAIN = 8.0  # a key-light shadow is full `strength` where its flame gives an eighth of the light there (art over physics)
SHARE_STEPS = 20  # its strength in steps of 1/SHARE_STEPS (its weaker copies are cached)
HEAD = 0.2  # the top part of a caster (of its height) whose shadow its share is taken at: a figure's head


@dataclass(frozen=True)
class ShadowLight:
    """A shadow-casting flame at one moment (room coordinates)."""

    key: int
    x: float
    y: float
    sway: float  # -1..1
    base_y: float  # where the candle stands
    reach: float  # room px: casters farther than this get no shadow from it


def _stands_on(mask: pygame.Surface, rect: pygame.Rect, point: tuple[int, int]) -> bool:
    """Whether the candle standing at `point` stands on this caster (its own table), read at
    screen resolution where it is held (a prop's outline: in the part kept, occlusion.fine)."""
    if not rect.collidepoint(point):
        return False
    held = fine(mask, rect)
    if held is not None and held[1].collidepoint(point):
        mask, rect = held
    mw, mh = mask.get_size()
    x = min(mw - 1, (point[0] - rect.x) * mw // rect.w)
    y = min(mh - 1, (point[1] - rect.y) * mh // rect.h)
    return bool(mask.get_at((x, y)).a > 127)


def _screened(casters: Sequence[Caster], solid: Collection[int], flame: tuple[float, float]) -> set[int]:
    """The figures (ids in `solid`) that another figure screens from the flame at screen point
    `flame`: one nearer the flame whose rect holds the farther one's centre (an embrace, two on
    one sofa). The farther one stands in the nearer one's shadow and throws none of its own: at
    line 78 the side-table candle behind her threw the hump of his back, past his own outline,
    onto the wall right of his head as a shapeless dark smudge (review9 #9)."""
    people = [(m, r, math.hypot(r.centerx - flame[0], r.centery - flame[1]))
              for m, r, _f in casters if id(m) in solid and r.w >= 2 and r.h >= 2]
    return {id(m) for m, r, d in people
            if any(d2 < d and r2.collidepoint(r.center) for m2, r2, d2 in people if m2 is not m)}


@dataclass
class _Bakes:
    """What is cached for one mask: its reduction, baked shadows, occupancies, weaker copies."""

    reduced: dict[tuple[int, int], pygame.Surface] = field(default_factory=dict)
    base: dict[tuple[int, ...], pygame.Surface] = field(default_factory=dict)
    soft: dict[tuple[int, ...], pygame.Surface] = field(default_factory=dict)
    occ: dict[tuple[int, int, bool], pygame.Surface] = field(default_factory=dict)
    weak: dict[tuple[int, ...], pygame.Surface] = field(default_factory=dict)
    crown: tuple[float, float] | None = None  # where its top is, as a fraction of its rect
    used: int = 0  # the WallShadows tick of its last use

    def nbytes(self) -> int:
        return sum(s.get_bytesize() * s.get_width() * s.get_height()
                   for d in (self.reduced, self.base, self.soft, self.occ, self.weak) for s in d.values())

    def clear(self) -> None:
        for d in (self.reduced, self.base, self.soft, self.occ, self.weak):
            d.clear()


class WallShadows:
    def __init__(self, wall_base_y: float, downscale: int) -> None:
        self.wall_base_y = wall_base_y
        self.down = downscale
        self._bakes: WeakKeyDictionary[pygame.Surface, _Bakes] = WeakKeyDictionary()
        self._cov: dict[tuple[int, int], pygame.Surface] = {}
        self._discs: dict[int, pygame.Surface] = {}
        self._tick = 0
        self._added = 0  # bytes baked since the budget was last checked

    def _of(self, mask: pygame.Surface) -> _Bakes:
        bakes = self._bakes.get(mask)
        if bakes is None:
            bakes = self._bakes[mask] = _Bakes()
        bakes.used = self._tick
        return bakes

    def _baked_bytes(self, surf: pygame.Surface) -> None:
        """Count a new bake; now and then, hold every bake to the budget (least used first)."""
        self._added += surf.get_bytesize() * surf.get_width() * surf.get_height()
        if self._added < BUDGET // 4:
            return
        self._added = 0
        live = sorted(self._bakes.values(), key=lambda b: b.used)
        total = sum(b.nbytes() for b in live)
        for bakes in live:
            if total <= BUDGET // 2 or bakes.used == self._tick:
                break
            total -= bakes.nbytes()
            bakes.clear()
        if total > BUDGET:  # a mask drawn every frame (a still figure's) baked a copy for every sway
            for bakes in live:  # phase and blur it met: 85 MiB at the fire close-up (MEM); this frame's
                bakes.clear()  # copies are in hand already, the next frames bake again only what they use

    def bytes_held(self) -> int:
        return sum(b.nbytes() for b in self._bakes.values())

    def _reduced(self, mask: pygame.Surface, rect: pygame.Rect) -> pygame.Surface:
        """The mask at REDUCE / downscale of its screen rect (never larger than it is)."""
        mw, mh = mask.get_size()
        size = (min(mw, max(1, math.ceil(rect.w * REDUCE / self.down))),
                min(mh, max(1, math.ceil(rect.h * REDUCE / self.down))))
        if size == (mw, mh):
            return mask
        bakes = self._of(mask)
        red = bakes.reduced.get(size)
        if red is None:
            red = bakes.reduced[size] = pygame.transform.smoothscale(mask, size)
        return red

    def _base(self, mask: pygame.Surface, rect: pygame.Rect, size: tuple[int, int], blur: int = 0) -> pygame.Surface:
        """The silhouette as grey darkness (RGB on black), `size` light-map px plus PAD + `blur`
        padding, softened by a box of `blur` + 1 light-map px (down and up again: a penumbra)."""
        bakes = self._of(mask)
        key = (size[0], size[1], blur) if blur else size
        base = bakes.base.get(key)
        if base is None:
            small = pygame.transform.smoothscale(self._reduced(mask, rect), size)
            small.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)  # white, alpha = coverage
            pad = PAD + blur
            base = pygame.Surface((size[0] + 2 * pad, size[1] + 2 * pad))
            base.fill((0, 0, 0))
            base.blit(small, (pad, pad))
            if blur:
                k = blur + 1
                down = (max(1, round(base.get_width() / k)), max(1, round(base.get_height() / k)))
                base = pygame.transform.smoothscale(pygame.transform.smoothscale(base, down), base.get_size())
            level = round(255 * DARKNESS)
            base.fill((level, level, level), special_flags=pygame.BLEND_RGB_MULT)
            if len(bakes.base) > 64:
                bakes.base.clear()
            bakes.base[key] = base
            self._baked_bytes(base)
        return base

    def _baked(self, mask: pygame.Surface, rect: pygame.Rect, size: tuple[int, int], px: int, py: int,
               blur: int = 0) -> pygame.Surface:
        """The silhouette as grey darkness, `size` light-map px plus padding, shifted right and
        down by (px, py) / PHASES of a pixel (bilinear: four weighted copies of the base)."""
        bakes = self._of(mask)
        key = (size[0], size[1], px, py, blur) if blur else (size[0], size[1], px, py)
        hit = bakes.soft.get(key)
        if hit is not None:
            return hit
        base = self._base(mask, rect, size, blur)
        if px == 0 and py == 0:
            grey = base
        else:
            grey = pygame.Surface(base.get_size())
            grey.fill((0, 0, 0))
            fx, fy = px / PHASES, py / PHASES
            for dx, dy, w in ((0, 0, (1 - fx) * (1 - fy)), (1, 0, fx * (1 - fy)), (0, 1, (1 - fx) * fy), (1, 1, fx * fy)):
                if w <= 0.0:
                    continue
                part = base.copy()
                level = round(255 * w)
                part.fill((level, level, level), special_flags=pygame.BLEND_RGB_MULT)
                grey.blit(part, (dx, dy), special_flags=pygame.BLEND_RGB_ADD)
        if len(bakes.soft) > 256:
            bakes.soft.clear()
            bakes.weak.clear()
        bakes.soft[key] = grey
        if grey is not base:
            self._baked_bytes(grey)
        return grey

    def _crown(self, mask: pygame.Surface, rect: pygame.Rect) -> tuple[float, float]:
        """The screen point of the middle of the caster's top HEAD of its opaque height (a
        figure's head: what its shadow is read by, and where its flame's share is taken)."""
        bakes = self._of(mask)
        if bakes.crown is None:
            a = pygame.surfarray.array_alpha(self._reduced(mask, rect)) > 127  # (x, y)
            rows = np.flatnonzero(a.any(axis=0))
            if rows.size == 0:
                bakes.crown = (0.5, 0.5)
            else:
                top = rows[0] + max(1, round(HEAD * (rows[-1] + 1 - rows[0])))
                ys, xs = np.nonzero(a[:, rows[0]:top].T)
                bakes.crown = ((xs.mean() + 0.5) / a.shape[0], (ys.mean() + rows[0] + 0.5) / a.shape[1])
        fx, fy = bakes.crown
        return rect.x + fx * rect.w, rect.y + fy * rect.h

    def _occupancy(self, mask: pygame.Surface, rect: pygame.Rect, size: tuple[int, int],
                   grow: bool = False) -> pygame.Surface:
        """Where the caster is (white), at the light map's `size`; `grow`n by a light-map px (a
        figure: see `shade`)."""
        bakes = self._of(mask)
        hit = bakes.occ.get((*size, grow))
        if hit is not None:
            return hit
        small = pygame.transform.smoothscale(self._reduced(mask, rect), size)
        small.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
        occ = pygame.Surface((size[0] + 2, size[1] + 2) if grow else size)
        occ.fill((0, 0, 0))
        occ.blit(small, (1, 1) if grow else (0, 0))
        if grow:
            flat = occ.copy()
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                occ.blit(flat, (dx, dy), special_flags=pygame.BLEND_RGB_MAX)
        if len(bakes.occ) > 16:
            bakes.occ.clear()
        bakes.occ[(*size, grow)] = occ
        return occ

    def _weaker(self, mask: pygame.Surface, baked: pygame.Surface, key: tuple[int, ...],
                strength: float) -> pygame.Surface:
        bakes = self._of(mask)
        wkey = (*key, round(strength * 100))
        hit = bakes.weak.get(wkey)
        if hit is None:
            hit = baked.copy()
            level = round(255 * strength)
            hit.fill((level, level, level), special_flags=pygame.BLEND_RGB_MULT)
            bakes.weak[wkey] = hit
            self._baked_bytes(hit)
        return hit

    def _disc(self, radius: int) -> pygame.Surface:
        spr = self._discs.get(radius)
        if spr is None:
            spr = light_falloff(radius)
            spr.fill((255, 255, 255), special_flags=pygame.BLEND_RGB_MULT)
            self._discs[radius] = spr
        return spr

    def _coverage(self, size: tuple[int, int]) -> pygame.Surface:
        cov = self._cov.get(size)
        if cov is None:
            if len(self._cov) > 16:
                self._cov.clear()
            cov = pygame.Surface(size)
            self._cov[size] = cov
        return cov

    def shade(self, layer: pygame.Surface, origin: tuple[int, int], lights: Sequence[ShadowLight],
              view: View, casters: Sequence[Caster], strength: float = 1.0,
              keep: Sequence[tuple[float, float, float, float]] = (),
              solid: Collection[int] = (), share: Share | None = None) -> None:
        """Multiply `layer` (the light of `lights`, placed at `origin` in the light map) by
        the shadows those flames throw. Called once per flame, so one flame's shadow never
        dims another flame's light. The casters whose masks' ids are in `solid` (the figures)
        are kept out of every wall shadow a light-map px beyond their edge: a forearm is a few
        light-map px wide, and the shadow of her body on the curtain beside it, partly on its
        edge cells and spread by the upscale, laid a dark smear down it (line 16).
        With `share`, a shadow of `strength` < 1 (the key-light pass) is as deep as its flame's
        part of the light where the caster's head falls (`_crown`, SHARE_GAIN-fold, at most
        `strength`): a few far candles' shadows no longer sum to a black blob on a wall another
        candle lights (review8 #12)."""
        d = self.down
        self._tick += 1
        cov = self._coverage(layer.get_size())
        cov.fill((255, 255, 255))
        area = cov.get_rect()
        ox, oy = origin
        used: dict[int, tuple[pygame.Surface, pygame.Rect]] = {}
        for light in lights:
            lx, ly = view.pt(light.x, light.y)
            stand = view.ipt(light.x, light.base_y + 4)
            screened = _screened(casters, solid, (lx, ly))
            for mask, rect, floor in casters:
                if rect.w < 2 or rect.h < 2 or (id(mask) not in solid and _stands_on(mask, rect, stand)):
                    continue
                if id(mask) in screened:
                    continue
                cx, cy = rect.center
                dist = math.hypot(cx - lx, cy - ly) / view.scale
                if dist > light.reach:
                    continue
                # a thing hung on the wall (the clock) throws a tight shadow just beside itself,
                # not a large column across the wall as if it stood in the room
                depth = MOUNTED_DEPTH if floor <= self.wall_base_y else WALL_DEPTH
                grow = min(0.8, max(0.08 * depth / WALL_DEPTH, depth / max(dist, 1.0)))
                m = 1.0 + grow * (1.0 + 0.25 * light.sway)  # and stretch as the flame leans and dips
                # a flame is not a point: its shadow's edge is a penumbra, wider the more the shadow
                # is enlarged (the nearer the flame); several flames' copies of a head blur into one
                blur = min(BLUR_MAX, round(PENUMBRA * (0.35 + grow) * view.scale / d))
                pad = PAD + blur
                sx = (lx + (rect.x - lx) * m - light.sway * DANCE * grow * view.scale) / d - pad - ox
                sy = (ly + (rect.y - ly) * m) / d - pad - oy
                size = (max(1, round(rect.w * m / d)), max(1, round(rect.h * m / d)))
                if sx > area.w or sy > area.h or sx + size[0] + 2 * pad < 0 or sy + size[1] + 2 * pad < 0:
                    continue
                ix, iy = math.floor(sx), math.floor(sy)
                px = min(PHASES - 1, round((sx - ix) * PHASES))
                py = min(PHASES - 1, round((sy - iy) * PHASES))
                own = strength
                if share is not None and strength < 1.0:  # as deep as its flame's part of the light where the head falls
                    hx, hy = self._crown(mask, rect)
                    at = ((lx + (hx - lx) * m - light.sway * DANCE * grow * view.scale) / d, (ly + (hy - ly) * m) / d)
                    own = math.floor(strength * min(1.0, SHARE_GAIN * share(light.key, *map(math.floor, at))) * SHARE_STEPS) / SHARE_STEPS
                    if own <= 0.0:
                        continue
                baked = self._baked(mask, rect, size, px, py, blur)
                if own < 1.0:
                    baked = self._weaker(mask, baked, (size[0], size[1], px, py, blur), own)
                cov.blit(baked, (ix, iy), special_flags=pygame.BLEND_RGB_SUB)
                used[id(mask)] = (mask, rect)
        if not used:
            return  # nothing thrown: the light is untouched
        if strength < 1.0:  # overlapping shares of the key light never reach full black
            floor_level = round(255 * (1.0 - min(0.95, 1.6 * strength)))
            cov.fill((floor_level, floor_level, floor_level), special_flags=pygame.BLEND_RGB_MAX)
        for mask, rect in used.values():  # a caster is never in its own or another's wall shadow
            osize = (max(1, round(rect.w / d)), max(1, round(rect.h / d)))
            grow = id(mask) in solid
            cov.blit(self._occupancy(mask, rect, osize, grow), (round(rect.x / d) - ox - grow, round(rect.y / d) - oy - grow),
                     special_flags=pygame.BLEND_RGB_MAX)
        for x, y, w, h in keep:  # things that are not wall (the candles) stay lit
            cov.fill((255, 255, 255), (math.floor((view.ox + x * view.scale) / d) - ox,
                                       math.floor((view.oy + y * view.scale) / d) - oy,
                                       math.ceil(w * view.scale / d) + 1, math.ceil(h * view.scale / d) + 1))
        if strength < 1.0:  # the key-light share never darkens the flames' own surroundings
            for light in lights:
                disc = self._disc(max(2, round(KEEP * view.scale / d)))
                fx, fy = view.pt(light.x, light.y)
                cov.blit(disc, (round(fx / d) - ox - disc.get_width() // 2, round(fy / d) - oy - disc.get_height() // 2),
                         special_flags=pygame.BLEND_RGB_MAX)
        floor = round((view.oy + self.wall_base_y * view.scale) / d) - oy
        if floor < area.h:
            cov.fill((255, 255, 255), (0, max(0, floor), area.w, area.h))
        layer.blit(cov, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
