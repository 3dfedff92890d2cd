"""Light with a direction on the figures and props: the side toward a flame warm and bright,
the far side in shadow, the window's cold light on the side toward it.

The light map alone is a sum of round pools: it tells how much light reaches a place, not
from where, so a figure was lit evenly on both sides. This pass works inside each
caster's silhouette (the same masks that throw the wall shadows) in the 1/8-size light
map, before it is upscaled, so it costs a few tiny numpy arrays per caster and nothing
per full-size pixel. For each caster it sums the lights at its centre into a warm key
(flames and the hearth, weighted by their reach and strength) and a cold key (the
window), each a direction and a strength. A surface's facing is approximated from the
silhouette: across the body (the side of the caster's box) plus the edge normal of the
softened mask (its rims). Facing the key adds the key's colour; facing away darkens. The
silhouettes change at the figures' SILHOUETTE_FPS and the lights at the light map's rate,
so the result is a pure function of the moment.
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

from game.fx.lighting import LightSample
from game.fx.occlusion import Caster, mask_region
from game.view import View

FArray = npt.NDArray[np.float64]
RGB = tuple[int, int, int]
WARM_ADD = 0.55  # how much a full warm key adds on the lit side (times its colour)
COLD_ADD = 1.3  # the window's cold rim: strong at the silhouette's edge, little across the body
COLD_REACH = 2.4  # the window is a broad area light: it reaches farther than its point radius
COLD_ACROSS, COLD_RIM = 0.25, 3.0
COLD_LEVEL = 0.35  # the window is tall: its light arrives nearly level, on the side facing it, not from its centre
FAR_DARK = 0.7  # how much of the light the side turned away from the key loses
DARK_GAIN = 1.7  # the shadow side follows the key's strength, but sooner: where flames on both
# sides half cancel (her on the sofa) she still has a side away from the nearer light
ACROSS_DARK = 1.5  # the shadow turns in across the body faster than the warm side lights it
RIM_DARK = 0.6  # but its rim term is weak: on the coarse grid it smudged a cheek in profile
COOL_SHADE = 0.6  # on the shadow side facing the window, blue keeps this much more of its light
COLD_TINT = 0.0  # the rim facing the window takes on its hue: the warm channels give way to it
# (off: at 0.6 it washed her green dress cyan in soft blotches on the light map's coarse grid)
# (the map there is near white among the flames, where an added cold light shows nothing)
ACROSS, RIM = 0.7, 1.6  # weights of the box-side and the silhouette-rim facing
WARM_GAIN, COLD_GAIN = 1.3, 8.0  # the window is one weak light, the flames are many
GRID = 24  # cells on the long side of a silhouette's shading grid


def _falloff(x: float) -> float:
    if x >= 1.0:
        return 0.0
    k: float = (1.0 - x * x) ** 1.5
    return k * (0.2 + 0.8 / (1.0 + 16.0 * x * x))


def keys(lights: Sequence[LightSample], x: float, y: float, cold: RGB,
         gains: tuple[float, float] | None = None) -> tuple[tuple[float, float, float, RGB], ...]:
    """(dir x, dir y, strength, colour) of the warm key and the cold key at room (x, y)
    (strength: the lights' sum times `gains`, WARM_GAIN and COLD_GAIN unless given, at most 1)."""
    out = []
    for want_cold in (False, True):
        sx = sy = total = cr = cg = cb = 0.0
        for lt in lights:
            if (lt.colour == cold) != want_cold or lt.intensity <= 0.0:
                continue
            dx, dy = lt.x - x, (lt.y - y) * (COLD_LEVEL if want_cold else 1.0)
            d = math.hypot(dx, dy)
            reach = lt.radius * (COLD_REACH if want_cold else 1.0)
            w = lt.intensity * _falloff(d / max(reach, 1.0))
            if w <= 0.0 or d < 1.0:
                continue
            sx, sy, total = sx + w * dx / d, sy + w * dy / d, total + w
            cr, cg, cb = cr + w * lt.colour[0], cg + w * lt.colour[1], cb + w * lt.colour[2]
        n = math.hypot(sx, sy)
        if total <= 0.0 or n <= 1e-6:
            out.append((0.0, 0.0, 0.0, (0, 0, 0)))
            continue
        gain = (gains or (WARM_GAIN, COLD_GAIN))[1 if want_cold else 0]
        out.append((sx / n, sy / n, min(1.0, n * gain), (round(cr / total), round(cg / total), round(cb / total))))
    return tuple(out)


Shape = tuple[FArray, FArray, FArray, FArray, FArray]


class SideLight:
    """The pass, with each silhouette's shape (coverage, box side, rim normal) cached by
    its mask object and computed on a grid of at most GRID cells a side (the result is
    scaled up to the caster's box in the light map: a close-up's box is hundreds of px)."""

    def __init__(self) -> None:
        self._shapes: WeakKeyDictionary[pygame.Surface, dict[tuple[int, int], Shape]] = WeakKeyDictionary()

    def _shape(self, mask: pygame.Surface, size: tuple[int, int]) -> Shape:
        per = self._shapes.get(mask)
        if per is None:
            per = self._shapes[mask] = {}
        hit = per.get(size)
        if hit is not None:
            return hit
        small = pygame.transform.smoothscale(mask, size)
        a: FArray = pygame.surfarray.array_alpha(small).T.astype(np.float64) / 255.0
        grads: list[FArray] = list(np.gradient(a))
        u: FArray = np.broadcast_to(np.linspace(-1.0, 1.0, size[0])[None, :], a.shape)
        v: FArray = np.broadcast_to(np.linspace(-1.0, 1.0, size[1])[:, None], a.shape)
        shape: Shape = (a, u, v, -2.0 * grads[1], -2.0 * grads[0])
        if len(per) > 4:
            per.clear()
        per[size] = shape
        return shape

    def shade(self, small: pygame.Surface, view: View, down: int, casters: Sequence[Caster],
              lights: Sequence[LightSample], cold: RGB, wall_y: float | None = None) -> None:
        shade(small, view, down, casters, lights, cold, self, wall_y)


def shade(small: pygame.Surface, view: View, down: int, casters: Sequence[Caster],
          lights: Sequence[LightSample], cold: RGB, cache: SideLight | None = None,
          wall_y: float | None = None) -> None:
    """Light each caster's silhouette in the light map `small` (1/`down` of the screen)
    from the side of its lights. Things hung on the wall (their floor at `wall_y`, the
    clock) face the room, not the window across it: no cold side (it read as a blue halo)."""
    cache = cache if cache is not None else SideLight()
    area = small.get_rect()
    for mask, rect, floor in casters:
        box = pygame.Rect(rect.x // down, rect.y // down, max(1, -(-rect.w // down)), max(1, -(-rect.h // down)))
        if box.w < 3 or box.h < 3 or not area.colliderect(box):
            continue
        cx, cy = view.to_room(rect.centerx, rect.centery)
        (wx, wy, ws, wcol), (kx, ky, ks, kcol) = keys(lights, cx, cy, cold)
        if wall_y is not None and floor <= wall_y:
            ks = 0.0
        # the window's light fades out across the room as the rim's does (RIM_FROM..RIM_FULL of it
        # unscaled): at 8x gain it was near full on him at the armchair (0.11) and hazed his dark
        # suit blue on the side toward the window, smeared over a grid cell (review2 F2, line 23)
        if ks > 0.0:
            raw = keys(lights, cx, cy, cold, (1.0, 1.0))[1][2]
            ks *= min(1.0, max(0.0, (raw - RIM_FROM) / (RIM_FULL - RIM_FROM)))
        if ws <= 0.0 and ks <= 0.0:
            continue
        f = min(1.0, GRID / max(box.w, box.h))
        grid = (max(3, round(box.w * f)), max(3, round(box.h * f)))
        a, u, v, nx, ny = cache._shape(mask, grid)  # nx, ny: the rim's outward normal, strongest at the edge
        face_w = ACROSS * (u * wx + 0.4 * v * wy) + RIM * (nx * wx + ny * wy)
        warm = np.clip(face_w, -1, 1) * ws
        inside = np.clip(2.0 * a - 1.0, 0.0, 1.0)  # the cold light only within the shape: at the light
        # map's coarse grid a soft edge bled it onto the wall as a blue halo (the clock's corner)
        coarse = grid != box.size  # then the shading is also cut to the shape at the box's size, below:
        # from the grid (a cell is up to 3 light-map px) it spread past the figure's edge, a blue
        # haze round his hips and over the furniture (review2 F2)
        cold_k = np.clip(COLD_ACROSS * (u * kx + 0.4 * v * ky) + COLD_RIM * (nx * kx + ny * ky), 0, 1) * (ks * inside)
        cold_f = cold_k * COLD_ADD
        top = max(kcol) or 1
        lit = np.clip(warm, 0, 1) * (WARM_ADD * a)
        # the light map is often near white on a figure among a dozen flames, where an added
        # light shows nothing: the direction shows as the far side's shadow, cooled toward the window
        face_d = ACROSS_DARK * (u * wx + 0.4 * v * wy) + RIM_DARK * (nx * wx + ny * wy)
        away = np.clip(-np.clip(face_d, -1, 1) * min(1.0, DARK_GAIN * ws), 0, 1) * (FAR_DARK * a)
        cool = np.clip(COLD_ACROSS * (u * kx + 0.4 * v * ky) + COLD_RIM * (nx * kx + ny * ky) + 0.5, 0, 1) * (ks * COOL_SHADE) * inside
        mult = np.empty((*a.shape, 3), dtype=np.float64)
        add = np.empty((*a.shape, 3), dtype=np.float64)
        for c in range(3):
            mult[..., c] = 255.0 * (1.0 - away * (1.0 - cool * kcol[c] / 255.0)) * (1.0 - COLD_TINT * np.minimum(cold_k, 1.0) * (1.0 - kcol[c] / top))
            add[..., c] = lit * wcol[c] + cold_f * kcol[c]
        ms = pygame.surfarray.make_surface(np.ascontiguousarray(np.clip(mult, 0, 255).astype(np.uint8).transpose(1, 0, 2)))
        ad = pygame.surfarray.make_surface(np.ascontiguousarray(np.clip(add, 0, 255).astype(np.uint8).transpose(1, 0, 2)))
        if coarse:
            ms, ad = pygame.transform.smoothscale(ms, box.size), pygame.transform.smoothscale(ad, box.size)
            cov = pygame.surfarray.array_alpha(pygame.transform.smoothscale(mask, box.size))[:, :, None] / 255.0
            m3 = pygame.surfarray.pixels3d(ms)
            m3[...] = (255.0 - (255.0 - m3) * cov).astype(np.uint8)
            a3 = pygame.surfarray.pixels3d(ad)
            a3[...] = (a3 * cov).astype(np.uint8)
            del m3, a3
        small.blit(ms, box.topleft, special_flags=pygame.BLEND_RGB_MULT)
        small.blit(ad, box.topleft, special_flags=pygame.BLEND_RGB_ADD)


RIM_RGB = (160, 195, 245)  # the window's light as a rim reads pale blue-grey (its colour, brightened)
RIM_PEAK = 0.0  # of RIM_RGB, added at the silhouette's very edge at a full cold key: OFF.
# At 1.0 and 16 room px (and still at 0.4 and 6) the rim, shaped on a grid a few screen px a
# cell, read at 1080p as a blurred pale-cyan halo round her hair and back and a wash over her
# dress (lines 13-19, 46, 57, 66, 74), worse than no rim. The mechanism is kept and tested at
# those values; it needs shaping at screen resolution before it is turned back on.
RIM_WIDTH = 16.0  # room px: how far in from the edge facing the window the rim reaches
RIM_BODY = 2.0  # the rim needs the body to go on behind it this many times its width: a thin
# thing seen edge-on (a shoe's heel, her far shin) was all rim, a pale streak hanging off the shoe,
# a washed-out blue-white column of a shin (review2 F2)
RIM_REDUCE = 4  # the rim is shaped at 1/RIM_REDUCE of the screen rect, then scaled up (soft) ...
RIM_GRID = 120  # ... on a grid of at most this many px on its long side (a close-up's figure is
# thousands of px: shaped at a quarter it cost 14 ms a silhouette frame)
RIM_FROM, RIM_FULL = 0.15, 0.35  # the window's light summed at a figure (unscaled): no rim below, full above
# (her on the sofa by the window: 0.40; him at the armchair across the room: 0.11; at the glow: 0.12)
RIM_KEEP = 8  # rim shapes kept (two figures, a few silhouette frames and turns)
RIM_BUDGET = 24 * 1024 * 1024  # bytes of rim shapes and their tinted levels kept, at most
# (a close shot's rim is a strip up to the screen's size: 8 MB a level at 1080p; kept by
# count alone they reached 99 MiB at the fire close-up)
RIM_LEVELS = 2  # tinted levels kept per shape (the cold key changes slowly: rain, the glow)
Rim = tuple[pygame.Surface, pygame.Rect, float]  # (additive sprite, screen rect, depth: the caster's floor)


class ColdRim:
    """The window's cold light as a rim on the edge of each figure that faces the window.

    The light map is a multiply, at most the art's own colour, and among a dozen flames
    it is near white on the people: the cold light added there showed only as a cooler
    shadow side. A rim is brighter than the surface it lies on, so it is added after
    the light map, like the flames (and hidden behind nearer casters like them). Its
    shape is the silhouette's edge facing the window: where a step of up to RIM_WIDTH
    toward the window leaves the silhouette, shaped on a grid a quarter of the screen
    rect (a figure's silhouette changes at SILHOUETTE_FPS; the shape is kept per mask,
    size and direction in eighths of a turn) and cropped to where it is not empty, so a
    frame pays one small additive blit per figure. Its brightness follows the cold key
    (the window's light: the rain, the glow), set when the light map is built.
    """

    def __init__(self) -> None:
        # the last RIM_KEEP shapes (a figure's turned masks live on in its own cache: a weak
        # dictionary on them would keep every shape they were ever given), each with its mask
        # (so an id is never mistaken) and its tinted levels
        # (the mask by a weak reference: it is the figure caches' to keep, within their budgets)
        self._shapes: OrderedDict[tuple[int, ...], tuple[weakref.ref[pygame.Surface],
                                                         tuple[pygame.Surface, pygame.Rect] | None,
                                                         dict[int, pygame.Surface]]] = OrderedDict()
        self.rims: list[Rim] = []

    def memory_bytes(self) -> int:
        """Bytes of the rim shapes and their tinted levels kept (game.memory)."""
        total = 0
        for _mask, shape, lit in self._shapes.values():
            sprites = ([shape[0]] if shape is not None else []) + list(lit.values())
            total += sum(spr.get_pitch() * spr.get_height() for spr in sprites)
        return total

    def release(self) -> None:
        """Let go of every shape and level kept (the frame's own rims stay: they are drawn again
        until the light map is next built, when they are made anew)."""
        self._shapes.clear()

    def _shape(self, mask: pygame.Surface, rect: pygame.Rect, octant: int, width: int,
               screen: pygame.Rect) -> tuple[tuple[pygame.Surface, pygame.Rect] | None, dict[int, pygame.Surface]]:
        """The rim of `mask` (over screen `rect`) facing `octant`, `width` px of its grid deep:
        a grey strip at the grid's size and the screen rect it covers (cropped to `screen`),
        and the dictionary of its tinted levels."""
        key = (id(mask), *rect, octant, width)
        hit = self._shapes.get(key)
        if hit is not None and hit[0]() is mask:
            self._shapes.move_to_end(key)
            return hit[1], hit[2]
        f = min(1.0 / RIM_REDUCE, RIM_GRID / max(rect.w, rect.h))
        size = (max(2, round(rect.w * f)), max(2, round(rect.h * f)))
        width = max(1, min(width, round(width * f * RIM_REDUCE)))  # `width` was given in 1/RIM_REDUCE px
        a: FArray = pygame.surfarray.array_alpha(pygame.transform.smoothscale(mask, size)).astype(np.float64) / 255.0
        ang = octant * math.pi / 4.0
        dx, dy = math.cos(ang), math.sin(ang)
        rim = np.zeros_like(a)
        body = np.zeros_like(a)
        steps = max(1, width)
        back = max(1, round(RIM_BODY * steps))

        def shifted(j: int) -> FArray:
            """a at (x + j dx, y + j dy): empty beyond the box."""
            sx, sy = round(dx * j), round(dy * j)
            out = np.zeros_like(a)
            w, h = a.shape
            xs0, xs1 = max(0, -sx), min(w, w - sx)
            ys0, ys1 = max(0, -sy), min(h, h - sy)
            if xs1 > xs0 and ys1 > ys0:
                out[xs0:xs1, ys0:ys1] = a[xs0 + sx : xs1 + sx, ys0 + sy : ys1 + sy]
            return out

        for j in range(1, steps + 1):  # how far toward the window the silhouette goes on
            rim += np.clip(a - shifted(j), 0.0, 1.0) * (1.0 - (j - 1) / steps)
        for j in range(1, back + 1):  # how far the body goes on away from the window
            body += shifted(-j)
        rim = np.clip(rim * (2.0 / steps), 0.0, 1.0) * a * np.clip(body / back, 0.0, 1.0) ** 2
        kx, ky = rect.w / size[0], rect.h / size[1]
        on = screen.clip(rect)  # only the part on the canvas is ever scaled up
        gx0, gx1 = max(0, math.floor((on.x - rect.x) / kx)), min(size[0], math.ceil((on.right - rect.x) / kx))
        gy0, gy1 = max(0, math.floor((on.y - rect.y) / ky)), min(size[1], math.ceil((on.bottom - rect.y) / ky))
        rim[:gx0], rim[gx1:], rim[:, :gy0], rim[:, gy1:] = 0.0, 0.0, 0.0, 0.0
        out: tuple[pygame.Surface, pygame.Rect] | None = None
        cols, rows = np.nonzero(rim.max(axis=1) > 0.02)[0], np.nonzero(rim.max(axis=0) > 0.02)[0]
        if cols.size and rows.size:
            x0, x1, y0, y1 = int(cols[0]), int(cols[-1]) + 1, int(rows[0]), int(rows[-1]) + 1
            grey = (rim[x0:x1, y0:y1] * 255.0).astype(np.uint8)
            small = pygame.surfarray.make_surface(np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2)))
            where = pygame.Rect(rect.x + round(x0 * kx), rect.y + round(y0 * ky),
                                max(1, round((x1 - x0) * kx)), max(1, round((y1 - y0) * ky)))
            out = (small, where)
        lit: dict[int, pygame.Surface] = {}
        self._shapes[key] = (weakref.ref(mask), out, lit)
        self._trim()
        return out, lit

    def _trim(self) -> None:
        """Within RIM_KEEP shapes and RIM_BUDGET bytes, the least recently used let go of
        first (never the newest: it is being drawn)."""
        while len(self._shapes) > RIM_KEEP or (len(self._shapes) > 1 and self.memory_bytes() > RIM_BUDGET):
            self._shapes.popitem(last=False)

    def update(self, view: View, casters: Sequence[Caster], lights: Sequence[LightSample], cold: RGB,
               screen: pygame.Rect) -> None:
        """The rims for this light-map frame (`casters`: the figures; `screen`: the canvas)."""
        self.rims = []
        if RIM_PEAK <= 0.0:
            return
        width = max(1, round(RIM_WIDTH * view.scale / RIM_REDUCE))
        for mask, rect, floor in casters:
            if rect.w < 4 * RIM_REDUCE or rect.h < 4 * RIM_REDUCE or not screen.colliderect(rect):
                continue
            cx, cy = view.to_room(rect.centerx, rect.centery)
            kx, ky, raw, _ = keys(lights, cx, cy, cold, (1.0, 1.0))[1]
            ks = min(1.0, (raw - RIM_FROM) / (RIM_FULL - RIM_FROM))
            if ks <= 0.0:
                continue
            octant = round(math.atan2(ky, kx) / (math.pi / 4.0)) % 8
            shape, lit = self._shape(mask, rect, octant, width, screen)
            if shape is None:
                continue
            small, where = shape
            level = max(1, min(8, round(8 * ks)))
            spr = lit.get(level)
            if spr is None:  # tinted on the small strip, then one scale up to the screen
                tinted = small.copy()
                k = RIM_PEAK * level / 8
                tinted.fill((round(RIM_RGB[0] * k), round(RIM_RGB[1] * k), round(RIM_RGB[2] * k)), special_flags=pygame.BLEND_RGB_MULT)
                spr = pygame.transform.smoothscale(tinted, where.size)
                region = mask_region(mask, rect, where)
                if region is not None:  # kept inside the silhouette: the scale-up blurs it past the edge
                    src, at = region
                    cover = pygame.Surface(at.size)
                    cover.fill((0, 0, 0))
                    white = src.copy()
                    white.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
                    cover.blit(white, (0, 0))
                    spr.blit(cover, (at.x - where.x, at.y - where.y), special_flags=pygame.BLEND_RGB_MULT)
                while len(lit) >= RIM_LEVELS:  # the oldest level (dicts keep their order)
                    del lit[next(iter(lit))]
                lit[level] = spr
                self._trim()
            self.rims.append((spr, where, floor))
