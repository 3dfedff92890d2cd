"""The lighting pass: a low-resolution light map, multiplied over the finished scene.

The room is painted at full albedo and lit afterwards. Building light at 1920x1080 per
pixel costs far too much, and light is smooth anyway, so the map is built at 1/8 of the
target size: ambient fill, then each light's cached falloff sprite, tinted by its colour
times its flickering intensity, added; glowing patches (the window glass) are added as
soft rectangles. One smoothscale brings it to full size (the bilinear upscale *is* the
soft falloff), and one BLEND_RGB_MULT applies it. Lights are summed with headroom and
tone-mapped (cheap at this size), so overlapping warm lights stay warm instead of clipping. Cost is two full-screen passes,
whatever the number of lights. A light map value of 255 shows the art at full albedo.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Generator, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game import memory
from game.fx.light_bands import Baked, Upscaled, blend, lay_edges, let_go, sized
from game.fx.light_bands import _lay_figures as _lay_figures  # (moved there: re-exported)
from game.fx.light_bands import _screen_alpha as _screen_alpha
from game.fx.light_cut import Cut as Cut  # (moved there unchanged: re-exported)
from game.fx.light_cut import graded as graded
from game.fx.light_point import OffMap, placed
from game.fx.light_sum import HUE_KEEP as HUE_KEEP  # (these moved there unchanged: re-exported)
from game.fx.light_sum import Sum
from game.fx.light_sum import add_light as add_light
from game.fx.light_sum import channel_max as channel_max
from game.fx.light_sum import tint as tint
from game.fx.light_sum import tonemap as tonemap
from game.fx.shadows import Caster, ShadowLight, Share
from game.fx.sprites import light_falloff
from game.steps import finish
from game.view import View

if TYPE_CHECKING:
    from game.fx.light_ahead import Ahead
    from game.fx.light_next import Upcoming

RGB = tuple[int, int, int]
DOWNSCALE = 8
LEVELS = 40  # intensity steps of a cached tinted light sprite
HEADROOM = 0.5  # lights are summed at this fraction, then tone-mapped back (see tonemap)
# Bytes of tinted light sprites kept. A light-map frame uses one sprite per light (~15); a
# close-up's sprites are ~1 MB each at 1080p. Was 800 sprites, whatever their size: ~200 MiB
# at 1080p after a few shots.
TINT_BUDGET = 4 * 1024 * 1024  # (crops of at most the map and a margin: ~180 KB each at 1080p)
# Each light's falloff is kept only over the part of it that falls on the light map (and a
# MARGIN for its sway): a close-up's light is many times the map (the fire's at 4.8x is 936 px
# square over a 240 x 135 map). Before, the whole sprite and a scratch copy were kept for
# every radius of every scale seen: ~45 MB at 1080p after a story.
MARGIN = 16  # light-map px kept around what a light covers
FALLOFF_BUDGET = 4 * 1024 * 1024  # bytes of falloff crops kept (least recently used go first)
# The upscaled map and the golden haze's upscale are held as their rows expanded (1/DOWNSCALE of a canvas
# each) and what is laid over them (the props' top edges' pixels, the figures' and the haze's cut layers: an
# alpha a byte a px), the same for the next light frame or shot made ahead, and multiplied a band of columns
# at a time (game/fx/light_bands.py): no canvas but the map shown's and its haze's (KEEP_SHOWN). Line 82's
# close shot at 1080p: 40.0 MiB with the canvases made ahead as canvases, 9.4 with none, ~17 with the shown.
KEEP_SHOWN = True
"""But the map shown, and its haze, are kept as one canvas each once multiplied (`Upscaled.bake`): a map
is made again at LIGHT_FPS (20) and multiplied every frame, and its columns expanded in bands every frame
cost the main thread 2.5-3 ms more a frame at 1080p (tools/bench.py --only "wide room", CPU p50 15.0-16.1
-> 18.2-18.4 ms, alternating runs). Those made ahead stay rows until shown, and
so does a camera move's map larger than MOVE_BAKE (`_bakes`)."""
MOVE_BAKE = 1.2
"""A camera move's map (its large frame's, larger than the window's) is baked too while it is at most this
many of the window's maps (`_bakes`): the golden glow's drift (line 74, 2016 x 1080 at 1080p: 1.05), whose
map and haze multiplied in bands cost 12.7-13.3 ms of CPU a frame (each band made the figures' side light
and the haze's cut on the people again), baked once a light frame 6.1 with the bakes (bench golden glow
CPU p50 38-56 -> 34-36 ms, loaded). Its two canvases stand where the still's stood (let go of at the move's
first frame, `let_go_canvas`), 5 % larger, +14 MiB over the move in bands (the kiosk's day never plays it).
So are the slow pushes up to 1.2 (1.12-1.17 windows: lines 13, 38, 42, 47, 49, 56, 57, 72, 78, 82, a canvas
each of 8.8-9.3 MiB at 1080p, and one for the golden haze at 78 and 82): line 82's multiply at one update a
frame 13.4 -> 6.5 ms a frame (mean: baked once a light frame, then one blit), line 13's 7.1 -> 3.7. Not her
gaze's (line 17, 2168 x 1176: 1.23), the kiosk's peak, its first frames (the soak's high-water mark in
line 16's cut to it and line 17's first frames: +10 MiB there), nor the last push out (line 84, 1.40, and
its haze: 21 MiB): in bands, no canvas kept, 4-8 ms a frame (game/fx/light_bands.py `Through.lay`)."""


def _bakes(up: Upscaled | None, window: tuple[int, int] | None) -> bool:
    """Whether the map shown `up` is kept baked (KEEP_SHOWN): not a camera move's larger than MOVE_BAKE of
    the map of the `window` it is shown in (`LightMap.window`; None, not known: every map is)."""
    if up is None:
        return False
    if window is None:
        return True
    w, h = (-(-n // DOWNSCALE) * DOWNSCALE for n in window)  # (the window's own map, in whole cells)
    return up.size[0] * up.size[1] <= MOVE_BAKE * w * h


FRAME_BUFFERS = 2  # the map shown and its haze as canvases, and the rows and laid rects of both and those made ahead


@dataclass(frozen=True)
class LightSample:
    """One light at one moment, in room coordinates."""

    x: float
    y: float
    radius: float
    colour: RGB
    intensity: float
    shadow: ShadowLight | None = None  # set for flames that throw wall shadows


Shader = Callable[[pygame.Surface, tuple[int, int], ShadowLight], None]


class Build:
    """A light map's build (what `LightMap.apply` is given): called, the map made whole; `steps()`
    the same work a piece a step (a generator of the steps' names returning the map), for the next
    light frame made ahead across the 60 Hz frames before it (game/fx/light_next.py)."""

    def __init__(self, steps: Callable[[], Generator[str, None, pygame.Surface]]) -> None:
        self.steps = steps

    def __call__(self) -> pygame.Surface:
        return finish(self.steps())


@dataclass(frozen=True)
class GlowPatch:
    """A rectangle that shines by itself (room coordinates), e.g. the window glass."""

    x: float
    y: float
    w: float
    h: float
    colour: RGB


class LightMap:
    """Owns the low-res map, the full-size upscale buffer and the falloff sprites."""

    def __init__(self) -> None:
        self._falloff: OrderedDict[int, tuple[pygame.Surface, pygame.Rect]] = OrderedDict()  # crop, where
        self._falloff_bytes = 0
        self._tints: dict[tuple[int, RGB, int], tuple[pygame.Surface, pygame.Rect]] = {}  # in use order (LRU)
        self._tint_bytes = 0
        self._small: pygame.Surface | None = None
        self._greys: dict[tuple[int, int, int], int] = {}  # falloffs' px off the map (light_point.OffMap)
        self._tone: pygame.Surface | None = None
        self._key: Hashable = None
        self._big: Upscaled | None = None  # the map upscaled (its rows; multiplied a band at a time)
        self._baked: Baked | None = None  # the canvas the map shown is baked into (KEEP_SHOWN), and for which
        self._haze_baked: Baked | None = None  # the same for its haze
        self._applied = False  # applied since `watch` (else `release` lets go of the frame buffers too)
        self.generation = 0  # counts rebuilds: an unchanged count means the same upscaled map
        # Light added over the lit scene (the ending's golden haze, game.fx.glow): a map-sized
        # surface and the part of it (map px) that holds any light; set while building, upscaled
        # with the map, added after each multiply. None: nothing added.
        self._add: tuple[pygame.Surface, pygame.Rect, Cut | None] | None = None
        self._add_big: tuple[Upscaled, tuple[int, int]] | None = None  # its upscale and where it goes
        self._add_seen: Hashable = None  # what was upscaled last: the same haze is not upscaled again
        self.edges: Sequence[Caster] = ()  # the props whose top edges get their inside's light (set by build)
        # the size of the canvas the room is shown on (set by its drawer, game/room/render.py `draw`): a map
        # larger, a camera move's large frame's, is not kept baked (`_bakes`); None: every map is
        self.window: tuple[int, int] | None = None
        # The map as it is on the figures (with their side light) and the figures, laid over the
        # upscaled map by their own alpha (set by the build; None: the map is the same on them).
        self.figures: tuple[pygame.Surface, Sequence[Caster]] | None = None
        self.ahead: Ahead | None = None  # the next shot's map, made ahead (game/fx/light_ahead.py)
        self.upcoming: Upcoming | None = None  # this shot's next light frame, made ahead (game/fx/light_next.py)
        # set while the next shot's map is being made ahead: `apply` hands it its key and build
        self.making: Callable[[Hashable, Callable[[], pygame.Surface]], None] | None = None
        self.named: Callable[[], Hashable] | None = None  # the next `apply`'s key by content (set by its caller)

    def memory_bytes(self) -> int:
        """Bytes of the falloff and tinted sprites kept, and of the next shot's map made ahead (game.memory)."""
        made = self.ahead.made if self.ahead is not None else None
        held = made.upscaled_bytes() if made else 0
        return self._falloff_bytes + self._tint_bytes + held + (self.upcoming.memory_bytes() if self.upcoming else 0)

    def watch(self) -> None:
        """From now on note which sprites are asked for (game.memory.watch)."""
        self._falloff, self._tints = memory.noting(self._falloff), memory.noting(self._tints)
        self._applied = False

    def release(self) -> None:
        """Keep only the sprites asked for since `watch` (none if not watched), and the frame
        buffers only if a map was applied since: a shot that draws no room (the notebook's page, an
        insert) held the upscaled map and the golden haze's upscale, each a canvas (a camera move's:
        ~25 MiB at 1080p), through the whole shot; the forgotten notebook's turn (line 81) is the
        story's highest moment. The next `apply` builds the map again (the same pixels: its key
        names all it depends on). The next shot's map made ahead stays (a cut to come: `_take`
        lets it go)."""
        self._falloff, self._falloff_bytes = memory.kept(self._falloff, lambda v: memory.surface_size(v[0]))
        self._tints, self._tint_bytes = memory.kept(self._tints, lambda v: memory.surface_size(v[0]))
        if not self._applied:
            self._big = self._small = self._tone = None
            self._baked = self._haze_baked = None
            self._add_big = self._add_seen = self._key = None
            self.upcoming = None  # (its buffers and the map it made: a frame's worth)

    def _sprite(self, radius: int, need: pygame.Rect) -> tuple[pygame.Surface, pygame.Rect]:
        """The falloff of `radius` over at least `need` (a rect inside its 2r x 2r sprite): a crop
        of it and where that crop lies in the sprite."""
        hit = self._falloff.get(radius)
        if hit is not None and hit[1].contains(need):
            self._falloff.move_to_end(radius)
            return hit
        area = need.inflate(2 * MARGIN, 2 * MARGIN).clip(pygame.Rect(0, 0, 2 * radius, 2 * radius))
        if hit is not None:
            area = area.union(hit[1])
            self._falloff_bytes -= hit[0].get_pitch() * hit[0].get_height()
        crop = light_falloff(radius, (area.x, area.y, area.w, area.h))
        self._falloff[radius] = (crop, area)
        self._falloff.move_to_end(radius)
        self._falloff_bytes += crop.get_pitch() * crop.get_height()
        while self._falloff_bytes > FALLOFF_BUDGET and len(self._falloff) > 1:
            old = self._falloff.popitem(last=False)[1][0]
            self._falloff_bytes -= old.get_pitch() * old.get_height()
        return crop, area

    @staticmethod
    def _place(size: tuple[int, int], view: View, x: float, y: float, radius: float,
               ) -> tuple[int, tuple[int, int], pygame.Rect] | None:
        """A light at room (x, y) of `radius` room px in the map of a `size` target: its radius
        and top-left in map px, and the part of its sprite on the map (None: off the map)."""
        sw, sh = max(1, -(-size[0] // DOWNSCALE)), max(1, -(-size[1] // DOWNSCALE))
        r, pos = placed(view, x, y, radius, DOWNSCALE)
        on = pygame.Rect(pos, (2 * r, 2 * r)).clip(pygame.Rect(0, 0, sw, sh))
        if on.w <= 0 or on.h <= 0:
            return None
        return r, pos, on.move(-pos[0], -pos[1])

    def prepare(self, size: tuple[int, int], view: View, light: LightSample) -> None:
        """Make the falloff of `light` for a `size` target through `view` ahead of its first frame."""
        placed = self._place(size, view, light.x, light.y, light.radius)
        if placed is not None:
            self._sprite(placed[0], placed[2])

    def _tinted(self, radius: int, colour: RGB, intensity: float, need: pygame.Rect) -> tuple[pygame.Surface, pygame.Rect]:
        """The falloff sprite tinted by colour x intensity, intensity in steps of 1/LEVELS, over
        at least `need` (a crop, and where it lies in the whole sprite)."""
        level = max(0, round(intensity * LEVELS))
        key = (radius, colour, level)
        hit = self._tints.pop(key, None)  # re-inserted last: least recently used goes first
        if hit is not None and not hit[1].contains(need):
            self._tint_bytes -= hit[0].get_pitch() * hit[0].get_height()
            hit = None
        if hit is None:
            base, area = self._sprite(radius, need)
            spr = base.copy()
            spr.fill(tint(colour, HEADROOM * level / LEVELS), special_flags=pygame.BLEND_RGB_MULT)
            hit = (spr, area)
            self._tint_bytes += spr.get_pitch() * spr.get_height()
            while self._tint_bytes > TINT_BUDGET and self._tints:
                old = self._tints.pop(next(iter(self._tints)))[0]
                self._tint_bytes -= old.get_pitch() * old.get_height()
        self._tints[key] = hit
        return hit

    def build(self, size: tuple[int, int], view: View, ambient: RGB,
              lights: Sequence[LightSample], patches: Sequence[GlowPatch] = (),
              shader: Shader | None = None,
              key_shader: Callable[[pygame.Surface, list[ShadowLight], Share], None] | None = None,
              through: Callable[[tuple[int, int]], pygame.Surface] | None = None) -> pygame.Surface:
        """The low-res light map for a target of `size` pixels seen through `view` (`build_steps` run whole)."""
        return finish(self.build_steps(size, view, ambient, lights, patches, shader, key_shader, through))

    def build_steps(self, size: tuple[int, int], view: View, ambient: RGB,
                    lights: Sequence[LightSample], patches: Sequence[GlowPatch] = (),
                    shader: Shader | None = None,
                    key_shader: Callable[[pygame.Surface, list[ShadowLight], Share], None] | None = None,
                    through: Callable[[tuple[int, int]], pygame.Surface] | None = None,
                    ) -> Generator[str, None, pygame.Surface]:
        """The low-res light map for a target of `size` pixels seen through `view`, a piece a step
        (the lights summed, the wall shadows, the glow and the tone map: game/fx/light_next.py).

        A light with a `shadow` is tinted into a scratch sprite first, which
        `shader(sprite, top_left, shadow)` darkens with its shadows before it is added.
        `key_shader(map, shadows, share)` may then darken the whole map a little more where the
        shadows fall (they read as the room's key light being blocked), each flame's shadow by
        `share`: the part of the summed light at a map px that flame gives (`_share`; off the map, what
        a map reaching there would hold: game/fx/light_point.py). `through(size)` (a
        surface of the map's size: white where nothing stands before the patches, black on
        the figures) keeps a patch's glow off what stands before it: the window glass's glow laid a pale
        rectangle with hard corners over her hand and face raised before the window (line 16).
        """
        sw = max(1, -(-size[0] // DOWNSCALE))
        sh = max(1, -(-size[1] // DOWNSCALE))
        if self._small is None or self._small.get_size() != (sw, sh):
            self._small = pygame.Surface((sw, sh))
        small = self._small
        self._add = None
        total = Sum(small, tint(ambient, HEADROOM))  # (in floats: light_sum.Sum)
        k = view.scale / DOWNSCALE
        own: dict[int, tuple[pygame.Surface, tuple[int, int]]] = {}  # each shadow flame's light, where it lies
        for light in lights:
            if light.intensity <= 0.0:
                continue
            placed = self._place(size, view, light.x, light.y, light.radius)
            if placed is None:  # (all of it off the map: adding it would change nothing)
                continue
            r, pos, need = placed
            spr, area = self._tinted(r, light.colour, light.intensity, need)
            at = (pos[0] + area.x, pos[1] + area.y)  # the crop, where the whole sprite's part would go
            if shader is not None and light.shadow is not None:
                spr = spr.copy()
                shader(spr, at, light.shadow)
            total.add(spr, at)
            if light.shadow is not None:
                own[light.shadow.key] = (spr, at)
        yield "light: the lights summed"
        if key_shader is not None:  # the shadows' coverage, taken on a white map, multiplied in
            cov = self._cover(small.get_size())
            off = OffMap(view, DOWNSCALE, ambient, lights, HEADROOM, LEVELS, self._greys)  # (a head thrown off the map)
            key_shader(cov, [light.shadow for light in lights if light.shadow is not None],
                       lambda key, x, y: total.share(own.get(key), x, y) if 0 <= x < sw and 0 <= y < sh
                       else off.share(key, x, y))
            total.times(cov)
            yield "light: the wall shadows"
        pale = None
        if patches:
            glow = self._cover(small.get_size(), (0, 0, 0))
            for p in patches:
                x0 = (view.ox + p.x * view.scale) / DOWNSCALE
                y0 = (view.oy + p.y * view.scale) / DOWNSCALE
                glow.fill(tint(p.colour, HEADROOM), (round(x0), round(y0), max(1, round(p.w * k)), max(1, round(p.h * k))),
                          special_flags=pygame.BLEND_RGB_ADD)
            if through is not None:  # the glow only where nothing stands before it
                glow.blit(through(small.get_size()), (0, 0), special_flags=pygame.BLEND_RGB_MULT)
            pale = total.glow(glow)
        return total.toned(pale)

    def _cover(self, size: tuple[int, int], colour: RGB = (255, 255, 255)) -> pygame.Surface:
        """A scratch surface of the map's `size` filled with `colour` (kept between builds)."""
        if self._tone is None or self._tone.get_size() != size:
            self._tone = pygame.Surface(size)
        self._tone.fill(colour)
        return self._tone

    def dip(self, small: pygame.Surface, view: View, x: float, y: float, radius: float, amount: int) -> None:
        """Darken the built map `small` around room (x, y) by up to `amount` (0..255, a share of
        its light), fading with the light falloff over `radius`: a light whose sum has saturated
        the map (the hearth among a dozen candles) still visibly breathes when it dips. Scaled,
        not subtracted: the same grey taken off each channel kept the saturated r = g and made
        the orange firelight more yellow as it dipped."""
        if amount <= 0:
            return
        placed = self._place((small.get_width() * DOWNSCALE, small.get_height() * DOWNSCALE), view, x, y, radius)
        if placed is None:
            return
        r, pos, need = placed
        base, area = self._sprite(r, need)
        scratch = base.copy()
        scratch.fill((amount, amount, amount), special_flags=pygame.BLEND_RGB_MULT)
        keep = pygame.Surface(scratch.get_size())
        keep.fill((255, 255, 255))
        keep.blit(scratch, (0, 0), special_flags=pygame.BLEND_RGB_SUB)  # 255 - amount x falloff
        small.blit(keep, (pos[0] + area.x, pos[1] + area.y), special_flags=pygame.BLEND_RGB_MULT)

    def add(self, light: pygame.Surface, area: pygame.Rect, cut: Cut | None = None) -> None:
        """While building: add `light` (the map's size) over the lit scene too, after the
        multiply, within `area` (map px; nothing outside it), kept off the figures and the glass
        by `cut` once upscaled. A multiply can only take light
        away from the art: a dark wall at full albedo cannot turn gold under any light map, the
        haze of candlelight over it can. (Kept as a copy: the haze is drawn into one buffer that
        each build reuses (glow.Bloom.haze), and a map made ahead is upscaled a step at a time, its
        haze after the shown map was built again: it upscaled the shown frame's haze, line 77.)"""
        area = area.clip(light.get_rect())
        self._add = (light.copy(), area, cut) if area.w > 0 and area.h > 0 else None

    def apply(self, surface: pygame.Surface, key: Hashable, build: Callable[[], pygame.Surface]) -> None:
        """Multiply the light map over `surface`. `key` names everything the map depends on:
        while it is unchanged the upscaled map is reused; otherwise the map made ahead for it is
        taken (`ahead`, if `named()`, the key with each mask named by its pixels, is its own:
        game/fx/light_ahead.py), or `build()` makes a new low-res map, upscaled once. While the
        next shot's map is being made ahead (`making`), the call only hands over `key` and `build`."""
        if self.making is not None:
            self.making(key, build)
            return
        self._applied = True
        if (self._big is None or key != self._key) and not self._took_next(key) and not self._take(key, self.named):
            for _step in self.finish_steps(build(), key):
                pass
        self.multiply(surface)

    def finish_steps(self, small: pygame.Surface, key: Hashable) -> Iterator[str]:
        """The built map `small` upscaled into the full-size buffer, a piece a step: the upscale,
        the props' top edges, the figures' own side light laid by their alpha, the added haze."""
        size = (small.get_width() * DOWNSCALE, small.get_height() * DOWNSCALE)
        big = self._big = Upscaled(small, size)
        yield "light: upscale"
        if self.edges:
            lay_edges(big, self.edges, DOWNSCALE)
            yield "light: edges"
        if self.figures is not None:
            yield from _lay_figures(big, *self.figures, DOWNSCALE)
        if self._add is None:  # (no haze: its upscale goes too)
            self._add_big, self._add_seen = None, None
        else:  # only the part that holds light is upscaled and added, and only when it changed
            light, area, cut = self._add
            seen = (size, tuple(area), pygame.image.tobytes(light.subsurface(area), "RGB"),
                    None if cut is None else cut.key())
            if seen != self._add_seen or self._add_big is None:
                self._add_big = None  # (the old one let go of first)
                haze = Upscaled(light.subsurface(area), (area.w * DOWNSCALE, area.h * DOWNSCALE))
                at = (area.x * DOWNSCALE, area.y * DOWNSCALE)
                if cut is not None:
                    cut.apply(haze, at)
                self._add_big, self._add_seen = (haze, at), seen
                yield "light: haze"
        self._key = key
        self.generation += 1
        # what the build handed the upscale is let go of with it: the props' masks (a close-up's, ~20
        # MiB at 1080p) were held through every shot after the last room frame, the notebook's too
        self.edges, self.figures, self._add = (), None, None

    def _took_next(self, key: Hashable) -> bool:
        """Whether this shot's next light frame, made ahead (`upcoming`), is the one `key` asks for
        (game/fx/light_next.py `take`): then its buffers are this map's."""
        if self.upcoming is None or self.named is None:
            return False
        from game.fx.light_next import take

        return take(self, key, self.named)

    def _take(self, key: Hashable, content: Callable[[], Hashable] | None) -> bool:
        """Whether the map made ahead (`ahead`) is the one `key` asks for: then it becomes this
        map's (its buffers, its rims: `Ahead.taken`). One made for another frame is let go of
        once a frame at or past its moment does not take it (the cut came otherwise)."""
        nxt = self.ahead
        if nxt is None or content is None:
            return False
        from game.fx.light_ahead import fits  # (it reads room_fx's key: not at import time)

        verdict = fits(nxt, key, content)
        if verdict is None:  # (another frame before the cut: kept for it)
            return False
        self.ahead = None
        if not verdict:
            return False
        made = nxt.made
        self._big = made._big
        self._add_big, self._add_seen = made._add_big, made._add_seen
        self._key = key
        self.generation += 1
        nxt.taken()
        return True

    def multiply(self, surface: pygame.Surface, area: pygame.Rect | None = None) -> None:
        """Multiply the last applied map over `surface` again, all of it or only `area`
        (for re-lighting the part of a kept frame that moved), and add its added light: a band
        of columns at a time (game/fx/light_bands.py), within the surface's clip."""
        if self._big is None:
            return
        self._baked = sized(self._baked, self._big)  # (one of another size let go of here: before the bake)
        self._baked = self._kept(self._big, self._baked)
        blend(surface, self._big, (0, 0), area, pygame.BLEND_RGB_MULT)
        self._added(surface, area)

    def _added(self, surface: pygame.Surface, area: pygame.Rect | None = None) -> None:
        """Add the haze's upscale over `surface` (all of it or only `area`), a band at a time."""
        if self._add_big is not None:
            self._haze_baked = sized(self._haze_baked, self._add_big[0])
            self._haze_baked = self._kept(self._add_big[0], self._haze_baked)
            blend(surface, *self._add_big, area, pygame.BLEND_RGB_ADD)

    def _kept(self, up: Upscaled, baked: Baked | None) -> Baked | None:
        """`up` (the map shown or its haze) baked into `baked`'s canvas (KEEP_SHOWN), or, for a camera
        move's map larger than MOVE_BAKE (`_bakes`), the last still's canvas let go of (its upscale goes
        back to its bands)."""
        if KEEP_SHOWN and _bakes(self._big, self.window):
            return up.bake(baked)
        let_go(baked)
        return None

    def let_go_canvas(self) -> None:
        """Let go of the canvases the map shown and its haze are baked into (KEEP_SHOWN) now: a camera
        move's first frame (game/camera.py), whose maps are not baked (`_bakes`) or baked into canvases
        of their own size (a drift's, MOVE_BAKE: not the still's, a window's); its first `multiply` let
        go of them, after its large frame, back plate and map were made beside them. The upscales go
        back to their bands (the same pixels, were they multiplied again)."""
        let_go(self._baked)
        let_go(self._haze_baked)
        self._baked = self._haze_baked = None

    def upscaled_bytes(self) -> int:
        """Bytes of the upscaled map and the haze's upscale held (their rows and laid rects)."""
        held = [self._big, self._add_big[0] if self._add_big is not None else None]
        baked = [b[0] for b in (self._baked, self._haze_baked) if b is not None]
        return sum(u.memory_bytes() for u in held if u is not None) + sum(memory.surface_size(c) for c in baked)

    def upscaled(self) -> pygame.Surface | None:
        """The upscaled map as one canvas (for tests and tools: the frames never make it)."""
        return self._big.whole() if self._big is not None else None
