"""The twelve candles: wax that burns down, a wick, a flame and the halo around it.

A candle is read from the map (a point at the base of the wax, on its holder) and keeps
its own noise streams, so its flame never moves in step with another. The wax column
(lit like any prop, so drawn *before* the lighting pass) shrinks with the story's burn
fraction; the flame and its halo are emissive and drawn *after* it, additively. Flame
shapes are baked into a small grid of sway x stretch sprites per view scale and picked
per frame, so a frame costs a dozen `fblits` entries, not a dozen numpy renders. The halo's and
the wax's own art is made in game/fx/candle_art.py (split from here at 500 lines; re-exported).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pygame

from game.fx.candle_art import HALO_R as HALO_R
from game.fx.candle_art import HALO_RGB as HALO_RGB
from game.fx.candle_art import _wax as _wax
from game.fx.candle_art import _wax_glow as _wax_glow
from game.fx.candle_art import _with_wick as _with_wick
from game.fx.candle_art import halo_side as halo_side
from game.fx.candle_art import halo_sprite as halo_sprite
from game.fx.candle_art import halo_steps
from game.fx.flicker import FlameSample, FlameTable
from game.fx.lighting import LightSample
from game.fx.noise import hash01
from game.fx.occlusion import Caster, Occluders, coarse
from game.fx.shadows import ShadowLight
from game.fx.sprites import PerScale, flame
from game.room.model import Room
from game.steps import labelled
from game.view import View

RGB = tuple[int, int, int]
CANDLE_RGB: RGB = (255, 179, 92)
GOLD_RGB: RGB = (255, 204, 120)
# wax height and width (room px) of a new candle on each kind of holder
HOLDER_SIZE: dict[str, tuple[float, float]] = {
    "mantel": (78.0, 15.0), "table": (58.0, 13.0), "sill": (46.0, 12.0),
    "side": (50.0, 12.0), "sconce": (44.0, 12.0),
}
STUB = 7.0  # room px of wax left when burnt down
FLAME_W, FLAME_H = 9.0, 28.0
SWAY_BINS, STRETCH_BINS, HALO_BINS = 11, 8, 16
FREE_BOOST = 1.35  # free-standing candles light the room (and its walls) more than ones on the wall
REACH = 3.0  # a free-standing candle's light reaches this many map radii (to throw shadows on the wall)
WALL_HOLDERS = ("mantel", "sill", "sconce")  # candles standing against the wall cast no wall shadow
HALO_BASE = -1  # the halos' key for the full-strength halo each level is dimmed from
# Halo levels kept a scale besides the full halo (the top level is the full halo itself): the least
# recently drawn goes. A level is a copy of the full halo and a multiply (0.3-2 ms for a 1080p
# close-up's 1152 px), the full halo a numpy gradient (20-90 ms): it is the full halo that is worth
# keeping. Every level the flicker reached was kept, and made ahead for the next shot: at line 75
# the candles held line 76's close-up halos, 24 MiB at 1080p (the budget), at 76 four of 5 MiB.
HALO_KEPT = 2
# levels made ahead besides the full halo (the most frequent first): none, the cut's frame makes the
# levels it draws (a copy and a multiply each: the cut into line 76 at 1080p, 3 candles, 66 -> ~70 ms
# CPU) and the next shot's levels are not held beside the drawn shot's (5 MiB each at line 75)
HALO_AHEAD = 0
# The flames made ahead for the next shot: the sway x stretch bins its candles' flames reach over
# FLAME_AHEAD s of the flicker from the cut, sampled every FLAME_DT s (FLAME_BATCH samples a step), not
# every bin: at the end of line 16 (1080p) the 88 of her gaze's push at 4.32x were 4.8 MiB made ahead,
# of which line 17 drew 23 (all of them among the bins sampled so); a bin the flicker reaches later is
# made when it is drawn (a flame is 0.3-3 ms, 1x-4.3x). Sampled at 8 a second, a few were missed.
FLAME_AHEAD, FLAME_DT, FLAME_BATCH = 6.0, 1.0 / 30.0, 30


@dataclass(frozen=True)
class CandleSpec:
    index: int
    name: str
    x: float  # base of the wax (top of the holder), room coords
    y: float
    holder: str
    colour: RGB
    radius: float
    intensity: float
    flicker: float
    depth: float  # floor y of the holder: casters standing nearer hide the candle

    @property
    def size(self) -> tuple[float, float]:
        return HOLDER_SIZE.get(self.holder, (50.0, 12.0))

    def wax_height(self, burn: float) -> float:
        full, _ = self.size
        return STUB + (full - STUB) * max(0.0, min(1.0, burn))

    def wick_top(self, burn: float) -> tuple[float, float]:
        return (self.x, self.y - self.wax_height(burn) - 3.0)


def _colour(text: str | None) -> RGB:
    if not text:
        return CANDLE_RGB
    h = text.lstrip("#")
    h = h[-6:]
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def holder_depth(room: Room, x: float, y: float, default: float) -> float:
    """The floor y of the prop a candle at (x, y) stands on (the one whose top is nearest)."""
    best: tuple[float, float] | None = None
    for a in room.anchors_of("prop"):
        r = a.rect
        if r.x - 4 <= x <= r.right + 4 and r.y - 12 <= y <= r.bottom:
            gap = abs(r.y - y)
            if best is None or gap < best[0]:
                best = (gap, r.bottom)
    return best[1] if best else default


def candle_specs(room: Room, wall_base_y: float = 760.0) -> list[CandleSpec]:
    """Every `candle` object of the map, in name order, with its light properties."""
    lights = {light.name: light for light in room.lights}
    out: list[CandleSpec] = []
    for i, a in enumerate(sorted(room.anchors_of("candle"), key=lambda a: a.name)):
        p = a.props
        lt = lights.get(a.name)
        out.append(CandleSpec(
            index=i, name=a.name, x=a.rect.x, y=a.rect.y, holder=p.get("holder", "table"),
            colour=lt.colour if lt else _colour(p.get("colour")),
            radius=lt.radius if lt else float(p.get("radius", 260)),
            intensity=lt.intensity if lt else float(p.get("intensity", 1.0)),
            flicker=lt.flicker if lt else float(p.get("flicker", 0.5)),
            depth=holder_depth(room, a.rect.x, a.rect.y, wall_base_y),
        ))
    return out


class Candles:
    """Draws the candles of a room at any view scale; caches sprites per scale."""

    def __init__(self, specs: Sequence[CandleSpec], seed: int, calm: bool, occluders: Occluders) -> None:
        self.specs = list(specs)
        self.occluders = occluders
        self._wax_drawn: list[Caster] = []
        self._glows: dict[tuple[int, int, int], pygame.Surface] = {}  # each wax sprite's translucent glow
        self.seed = seed
        self.calm = calm
        self._memo: tuple[float, list[FlameSample]] | None = None
        self._table = FlameTable(seed, [s.flicker for s in self.specs], calm)
        self._scale = -1.0
        self._art: PerScale[_Art] = PerScale(lambda _s: _Art())
        self._flames: dict[tuple[int, int], pygame.Surface] = {}
        self._halos: dict[int, pygame.Surface] = {}
        self._wax: dict[tuple[int, int, int], pygame.Surface] = {}

    def samples(self, t: float) -> list[FlameSample]:
        """Every flame at t (memoised for the last t: several layers ask within a frame)."""
        if self._memo is None or self._memo[0] != t:
            self._memo = (t, self._table.sample(t))
        return self._memo[1]

    def lights(self, samples: Sequence[FlameSample], burn: float, glow: float) -> list[LightSample]:
        out = []
        for s, f in zip(self.specs, samples, strict=True):
            x, y = s.wick_top(burn)
            col = _lerp(s.colour, GOLD_RGB, glow)
            # the golden glow recolours a candle's light but does not spread it: reaching 35 % further
            # and 60 % brighter it lit the wall far from any flame evenly (review10 #20); the pools
            # round the flames are game.fx.glow's
            reach = s.radius * (1.5 if s.holder in WALL_HOLDERS else REACH)
            shadow = None if s.holder in WALL_HOLDERS else ShadowLight(s.index, x, y - 10.0, f.sway, s.y, reach)
            boost = 1.0 if shadow is None else FREE_BOOST
            out.append(LightSample(x + f.sway * 2.0, y - 10.0, reach, col,
                                   s.intensity * boost * f.brightness, shadow))
        return out

    def wax_rects(self, burn: float) -> list[tuple[float, float, float, float]]:
        """Each candle's wax and wick as (x, y, w, h) in room coordinates."""
        out = []
        for s in self.specs:
            _, fw = s.size
            hh = s.wax_height(burn) + 6.0
            out.append((s.x - fw / 2, s.y - hh, fw, hh))
        return out

    def cores(self, view: View, burn: float) -> list[tuple[pygame.Rect, float]]:
        """Each candle's wax, wick and tallest flame at `burn` (its sprite 3 flame widths, `_flame_rect`;
        its tip FLAME_H * 1.4 above the wick's root) through `view`, and its depth: what a figure may hide."""
        top, fw = FLAME_H * 1.4 - 5.5, FLAME_W * 3.0 + 1.0  # (room px above the wax rect's top; wide)
        return [(pygame.Rect(view.rect(s.x - max(w, fw) / 2, y - top, max(w, fw), h + top)).inflate(4, 4), s.depth)
                for s, (_x, y, w, h) in zip(self.specs, self.wax_rects(burn), strict=True)]

    def _rescale(self, scale: float) -> None:
        scale = self._art.near(scale)
        if scale != self._scale:
            self._scale = scale
            art = self._art.at(scale)
            self._flames, self._halos, self._wax = art.flames, art.halos, art.wax

    def _flame(self, sway_bin: int, stretch_bin: int, scale: float | None = None) -> pygame.Surface:
        s = self._scale if scale is None else scale
        flames = self._flames if scale is None else self._art.at(s, ahead=True).flames
        key = (sway_bin, stretch_bin)
        spr = flames.get(key)
        if spr is None:
            spr = flame(*_flame_px(stretch_bin, s), sway_bin / (SWAY_BINS - 1) * 2 - 1)
            flames[key] = spr
        return spr

    def _halo(self, level: int, scale: float | None = None) -> pygame.Surface:
        s = self._scale if scale is None else scale
        halos = self._halos if scale is None else self._art.at(s, ahead=True).halos
        spr = halos.get(level)
        if spr is not None:
            if HALO_BASE in halos and spr is not halos[HALO_BASE]:  # drawn again: the newest level
                halos[level] = halos.pop(level)
                halos[HALO_BASE] = halos.pop(HALO_BASE)  # (the full halo stays the newest of all)
            return spr
        # each level is the full halo dimmed (a copy and a multiply, not the numpy
        # gradient again), so a level let go under the sprites' budget is cheap to remake
        base = halos.pop(HALO_BASE, None)
        if base is None:
            base = halo_sprite(round(HALO_R * s), 0.75, trim=True)  # added: its black border adds nothing
        k = round(255 * level / (HALO_BINS - 1))
        if k == 255:
            # the top level is the full halo itself: pygame's multiply by 255 keeps every byte
            # ((x * 255 + 255) >> 8 == x), and its copy was a whole sprite more (5 MiB at a
            # 1080p close-up, where the candles' bright flicker reaches it: lines 16, 76)
            spr = base
        else:
            spr = base.copy()
            spr.fill((k, k, k), special_flags=pygame.BLEND_RGB_MULT)
            copies = [v for v, x in halos.items() if x is not base]
            for old in copies[:max(0, len(copies) + 1 - HALO_KEPT)]:
                del halos[old]  # the least recently drawn
        halos[level] = spr
        halos[HALO_BASE] = base  # the newest, so the budget lets go of it last
        self._art.trim()
        return spr

    def visible(self, view: View, size: tuple[int, int], burn: float) -> bool:
        """Whether any candle's flame or halo falls on a `size` canvas through `view`."""
        clip = pygame.Rect((0, 0), size)
        r = HALO_R * view.scale
        for s in self.specs:
            wx, wy = view.pt(*s.wick_top(burn))
            if clip.colliderect((wx - r, wy - 2 * r, 2 * r, 3 * r)):
                return True
        return False

    def prepare_steps(self, view: View, size: tuple[int, int], burn: float, glow: float,
                      t: float) -> Iterator[str]:
        """Make the flame and halo sprites a shot at `view` will draw, a few per step: the full
        halo, HALO_AHEAD of the levels the flicker reaches over the next seconds (the most frequent
        first), and the flames of the candles on the shot the flicker reaches over FLAME_AHEAD s."""
        if not self.visible(view, size, burn):
            return
        scale = self._art.near(view.scale)
        shown = self._halos_shown(view, size, burn, scale)  # the levels of the candles off the shot are never drawn
        counts: dict[int, int] = {}
        for k in range(48):
            for f in (f for f, on in zip(self._table.sample(t + 0.125 * k), shown, strict=True) if on):
                level = max(0, min(HALO_BINS - 1, round(f.brightness * (1 + 0.5 * glow) * (HALO_BINS - 1) / 1.6)))
                counts[level] = counts.get(level, 0) + 1
        top = HALO_BINS - 1
        if counts:  # (a halo on the shot)
            yield from self._base_steps(scale)  # the full halo: the costly gradient, a band a step
            self._halo(top, scale)  # (the top level is the full halo itself)
            yield f"halo {top}"
        for level in sorted((v for v in counts if v != top), key=lambda v: -counts[v])[:HALO_AHEAD]:
            self._halo(level, scale)
            yield f"halo {level}"
        on = self._flames_shown(view, size, burn, scale)
        reached: dict[tuple[int, int], None] = {}  # (in the order the flicker reaches them)
        for k0 in range(0, round(FLAME_AHEAD / FLAME_DT) if any(on) else 0, FLAME_BATCH):
            for k in range(k0, k0 + FLAME_BATCH):
                reached.update((_flame_bins(f), None) for f, o in zip(self._table.sample(t + FLAME_DT * k), on, strict=True) if o)
            yield "flames reached"
        for n, (sb, tb) in enumerate(reached):  # a flame a step (0.3-1.1 ms at 1x-3.4x: STRETCH_BINS of them
            self._flame(sb, tb, scale)  # were 8-9 ms steps in line 74's frames, the window's shot's at 1080p)
            yield f"flames {n}"

    def _base_steps(self, scale: float) -> Iterator[str]:
        """The full halo at `scale` made ahead a band of rows a step (`halo_steps`, the same bytes as
        `_halo` makes it whole), kept where `_halo` finds it. Whole, the window's close shot's (3.43x at
        1080p) was one 13 ms step of line 74, at the first pass ahead and again at the last."""
        if HALO_BASE in self._art.at(scale, ahead=True).halos:
            return
        base = yield from labelled(halo_steps(round(HALO_R * scale), 0.75, trim=True), "halo rows")
        self._art.at(scale, ahead=True).halos.setdefault(HALO_BASE, base)  # (its art let go of meanwhile: anew)

    def _flames_shown(self, view: View, size: tuple[int, int], burn: float, scale: float) -> list[bool]:
        """Whether each candle's flame falls on a `size` canvas through `view` (its tallest sprite's
        rect holds every other's: each stands 0.86 of its height above the wick)."""
        clip = pygame.Rect((0, 0), size)
        out = []
        for s in self.specs:
            wx, wy = view.pt(*s.wick_top(burn))
            out.append(clip.colliderect(_flame_rect(wx, wy + 2.5 * view.scale, STRETCH_BINS - 1, scale)))
        return out

    def _halos_shown(self, view: View, size: tuple[int, int], burn: float, scale: float) -> list[bool]:
        """Whether each candle's halo falls on a `size` canvas through `view` (at its widest sway)."""
        clip, side = pygame.Rect((0, 0), size), halo_side(scale)
        out = []
        for s in self.specs:
            wx, wy = view.pt(*s.wick_top(burn))
            wy += 2.5 * view.scale - FLAME_H * 0.45 * view.scale
            out.append(clip.colliderect((wx - side / 2 - 4 * view.scale, wy - side / 2, side + 8 * view.scale, side)))
        return out

    def _wax_items(self, view: View, burn: float, clip: pygame.Rect,
                   ) -> list[tuple[tuple[int, int, int], pygame.Surface, tuple[int, int], float, int]]:
        """(key, sprite, top-left, depth, wick px) of each wax column on `clip` (made once a size)."""
        out = []
        wick = max(2, round(5.0 * view.scale))
        for s in self.specs:
            _, fw = s.size
            hh = s.wax_height(burn)
            w_px = max(2, round(fw * view.scale))
            h_px = max(2, round(hh * view.scale))
            x0, y0 = view.ipt(s.x - fw / 2, s.y - hh)
            y0 -= wick
            if not clip.colliderect((x0, y0, w_px, h_px + wick)):
                continue
            key = (s.index, w_px, h_px)
            spr = self._wax.get(key)
            if spr is None:
                drips = [(hash01(self.seed, 300 + s.index, k) * 2 - 1, 0.2 + 0.5 * hash01(self.seed, 320 + s.index, k))
                         for k in range(2)]
                spr = _with_wick(_wax(w_px, h_px, drips), wick, view.scale)
                for k in [k for k in self._wax if k[0] == s.index]:
                    del self._wax[k]
                self._wax[key] = spr
            out.append((key, spr, (x0, y0), s.depth, wick))
        return out

    def draw_wax(self, surface: pygame.Surface, view: View, burn: float, casters: Sequence[Caster]) -> None:
        self._rescale(view.scale)
        items = [(spr, pos, depth) for _k, spr, pos, depth, _w in self._wax_items(view, burn, surface.get_rect())]
        self._wax_drawn = [(spr, pygame.Rect(pos, spr.get_size()), depth) for spr, pos, depth in items]
        self.occluders.blits(surface, items, casters, 0)

    def _wax_glows(self, view: View, burn: float, clip: pygame.Rect) -> list[tuple[pygame.Surface, tuple[int, int], float]]:
        """The wax columns' translucent glow, to add with the flames."""
        out = []
        for key, spr, pos, depth, wick in self._wax_items(view, burn, clip):
            g = self._glows.get(key)
            if g is None:
                for k in [k for k in self._glows if k[0] == key[0]]:
                    del self._glows[k]
                g = self._glows[key] = _wax_glow(spr, wick)
            out.append((g, pos, depth))
        return out

    def wax_casters(self) -> list[Caster]:
        """The wax drawn by the last `draw_wax`, as casters: a candle standing in front of the
        hearth hides the fire's flames and its grate (drawn after the lighting pass)."""
        return list(self._wax_drawn)

    def draw_flames(self, surface: pygame.Surface, view: View, samples: Sequence[FlameSample],
                    burn: float, glow: float, casters: Sequence[Caster]) -> None:
        """Flames and halos, additive: call after the lighting pass."""
        self._rescale(view.scale)
        clip = surface.get_rect()
        flames: list[tuple[pygame.Surface, tuple[int, int], float]] = []
        halos: list[tuple[pygame.Surface, tuple[int, int], float]] = []
        margins: list[int] = []  # each halo's trimmed border (`halo_sprite`'s trim), for its masks
        for s, f in zip(self.specs, samples, strict=True):
            wx, wy = view.pt(*s.wick_top(burn))
            wy += 2.5 * view.scale
            sb, tb = _flame_bins(f)
            fx, fy, fw, fh = _flame_rect(wx, wy, tb, self._scale)  # placed before it is made: an off-screen
            if clip.colliderect((fx, fy, fw, fh)):  # candle's flame is not made (all twelve were, each frame)
                flames.append((self._flame(sb, tb), (round(fx), round(fy)), s.depth))
            level = max(0, min(HALO_BINS - 1, round(f.brightness * (1 + 0.5 * glow) * (HALO_BINS - 1) / 1.6)))
            side = halo_side(self._scale)  # placed before it is made: an off-screen candle's level is never made
            hx, hy = wx - side / 2, wy - FLAME_H * 0.45 * view.scale - side / 2
            if clip.colliderect((hx, hy, side, side)):
                halo = self._halo(level)
                m = (side - halo.get_width()) // 2  # (trimmed of its black border: placed as the whole one)
                halos.append((halo, (round(hx) + m, round(hy) + m), s.depth))
                margins.append(m)
        self.occluders.blits(surface, self._wax_glows(view, burn, clip) + flames, casters)  # (added: in any order)
        self.occluders.blits(surface, halos, coarse(casters), margins=margins)


def _flame_bins(f: FlameSample) -> tuple[int, int]:
    """The sway and stretch bins of the flame sprite drawn for sample `f`."""
    return round((f.sway + 1) / 2 * (SWAY_BINS - 1)), round((min(1.4, max(0.35, f.stretch)) - 0.35) / 1.05 * (STRETCH_BINS - 1))


def _flame_px(stretch_bin: int, scale: float) -> tuple[int, int]:
    """The flame's width and height (px) at view `scale` for `stretch_bin` (`sprites.flame`'s arguments)."""
    stretch = 0.35 + stretch_bin / (STRETCH_BINS - 1) * 1.05
    return max(2, round(FLAME_W * scale)), max(6, round(FLAME_H * stretch * scale / 0.86))


def _flame_rect(wx: float, wy: float, stretch_bin: int, scale: float) -> tuple[float, float, int, int]:
    """Where the flame sprite of `stretch_bin` lies (x, y, w, h) with its root at (wx, wy): as
    `sprites.flame` sizes it, (width * 3, height), the root at half its width and 0.86 of its height."""
    width, height = _flame_px(stretch_bin, scale)
    w, h = max(3, width * 3), max(6, height)
    return wx - w / 2, wy - h * 0.86, w, h


class _Art:
    """The candles' sprites at one view scale."""

    def __init__(self) -> None:
        self.flames: dict[tuple[int, int], pygame.Surface] = {}
        self.halos: dict[int, pygame.Surface] = {}
        self.wax: dict[tuple[int, int, int], pygame.Surface] = {}


def _lerp(a: RGB, b: RGB, k: float) -> RGB:
    k = max(0.0, min(1.0, k))
    return (round(a[0] + (b[0] - a[0]) * k), round(a[1] + (b[1] - a[1]) * k), round(a[2] + (b[2] - a[2]) * k))
