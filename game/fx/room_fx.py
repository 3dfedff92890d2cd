"""RoomFx: the one object the room renderer talks to for light, fire and rain.

It owns the effect drawers (candles, hearth, sparks, rain, wall shadows, light map) for
one room and one seed, and exposes one method per layer of the renderer's painter's
order. Every method takes the target surface, the camera view, the story's `FxState`
and the time t, and derives everything else from them: no per-frame state is kept, only
caches of sprites keyed by view scale, so any moment renders the same pixels whenever it
is drawn. The costly parts are animations at a lower rate, each a pure function of its
own frame number floor(t * fps): the light map (LIGHT_FPS = 20), the fire field, rain
and sparks (30), the drops on the glass (20), the figures' silhouettes (10, so they change
only on a light-map frame); their frames are offset so they do not all fall on one
60 Hz frame. Emissive things (flames, embers, halos) are drawn inside `draw_lighting`,
*after* the light map multiplies the scene, so the light never dims its own sources.
Everything that shapes the light itself works in the 1/8-size light map before its one
upscale: the wall shadows, the side light on each silhouette (`figure_light`: warm
toward the flames, dark away, cold toward the window) and the ending's golden grade and
bloom (`glow`), so none of them is a full-size pass.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterator, Sequence

import pygame

from game.fx import light_next
from game.fx.candles import Candles, candle_specs
from game.fx.figure_light import ColdRim, SideLight, see_through
from game.fx.fire import Hearth
from game.fx.flicker import FlameSample, fire_light
from game.fx.glow import HAZE_ON_PEOPLE, Bloom, grade
from game.fx.light_ahead import content_key
from game.fx.lighting import DOWNSCALE, Build, Cut, GlowPatch, LightMap, LightSample, graded, tint
from game.fx.occlusion import Occluders
from game.fx.rain import Rain, density, window_light
from game.fx.shadows import Caster, ShadowLight, Share, WallShadows, inset
from game.fx.sparks import Sparks
from game.fx.state import LIGHT_FPS as LIGHT_FPS
from game.fx.state import FxState, light_moment
from game.room.model import Emitter, Light, Rect, Room
from game.view import View

AMBIENT = (22, 17, 24)
GOLDEN_AMBIENT = (42, 27, 26)  # the dark at full glow: a little warmer and lighter than at the opening; the gold
# comes from the flames' pools (game.fx.glow), not from the dark (at (78, 52, 29) it turned the far wall ochre)
WINDOW_RGB = (58, 90, 140)
FIRE_RGB = (255, 106, 42)
GLASS_RGB = (170, 180, 205)
PER_LIGHT = False  # exact per-flame shadows cost ~1.4 ms a light-map frame; the shared pass looks alike
FIRE_DIP = 150.0  # how deep the map dims near the hearth when the fire dips (0..255 per unit of dip)
SPLASH_REACH = 40.0  # room px about the glass the sill's splashes may fly to (beyond it, the rain is off the shot)
KEY_SHADOW = 0.42  # how much the wall shadows also dim the room's other light (art over physics)


def _emitter(room: Room, kind: str) -> Emitter | None:
    return next((e for e in room.emitters if e.kind == kind), None)


def _light(room: Room, kind: str) -> Light | None:
    found = room.lights_of(kind)
    return found[0] if found else None


NO_GLASS = Rect(0.0, 0.0, 0.0, 0.0)


HAZE_SCALE_STEP = 0.01  # the haze's view scale in steps of 1 % (a log step), its offset in whole map px


def haze_view(small: View) -> View:
    """The light map's `small` view as the golden haze is laid out in: its offset to whole map px
    and its scale to HAZE_SCALE_STEP. While the camera moves the map is made every frame, and the
    haze with it; laid out at a camera quantum it comes out the same for several frames (the pools
    and the wash are wide and soft: a shift under a map px, a scale 1 % off, do not show), so the
    light map reuses its upscale (LightMap.apply compares the bytes): ~1.7 ms a frame saved at 1080p."""
    k = math.exp(round(math.log(small.scale) / HAZE_SCALE_STEP) * HAZE_SCALE_STEP)
    return View(k, round(small.ox), round(small.oy))


def _overlap(a: pygame.Rect, b: pygame.Rect) -> float:
    """Intersection over union of two rects."""
    i = a.clip(b)
    inter = i.w * i.h
    return inter / max(1, a.w * a.h + b.w * b.h - inter)


class RoomFx:
    """Light, fire, candles and rain for `room`; `seed` fixes every random choice."""

    def __init__(self, room: Room, seed: int, reduce_motion: bool = False, wall_base_y: float = 760.0) -> None:
        self.room = room
        self.seed = seed
        self.reduce_motion = reduce_motion
        self.occluders = Occluders()
        self.candles = Candles(candle_specs(room, wall_base_y), seed, reduce_motion, self.occluders)
        # A room need not have a hearth or a window: what the map does not have is not drawn.
        fire, sp, rain = _emitter(room, "fire"), _emitter(room, "sparks"), _emitter(room, "rain")
        depth = fire.depth if fire is not None else 0.0
        self.hearth = Hearth(fire.rect, seed + 1, reduce_motion, depth, self.occluders) if fire else None
        self.sparks = (Sparks(sp.rect, sp.rate or 6.0, seed + 2, reduce_motion, depth, self.occluders)
                       if sp is not None and fire is not None else None)
        self.glass = rain.rect if rain is not None else NO_GLASS
        self.rain = Rain(self.glass, seed + 3, reduce_motion) if rain is not None else None
        self.fire_light = _light(room, "fire") if fire is not None else None
        self.window_light = _light(room, "window")
        self.shadows = WallShadows(wall_base_y, DOWNSCALE)
        self.light_map = LightMap()
        self.bloom = Bloom()
        self.side_light = SideLight()
        self.cold_rim = ColdRim()
        self.figure_floors = {a.rect.bottom for a in room.anchors_of("figure")}
        # the props standing on the figures' floor line (the sofa): their casters are not people
        self._floor_props = [a.rect for a in room.anchors_of("prop") if a.rect.bottom in self.figure_floors]

    # ------------------------------------------------------------------ what the lights do

    def flames(self, t: float) -> list[FlameSample]:
        """Each candle's flame at t (brightness, sway, stretch, gutter), in candle order."""
        return self.candles.samples(t)

    def lights(self, state: FxState, t: float) -> list[LightSample]:
        """Every light at t, in room coordinates: candles, then the fire, then the window."""
        st = state.clamped()
        out = self.candles.lights(self.flames(t), st.candles, st.glow)
        fl = self.fire_light
        if fl is not None and self.hearth is not None:
            fx, fy = self.hearth.light_point(t)
            out.append(LightSample(fx, fy, fl.radius, fl.colour,
                                   fl.intensity * fire_light(self.seed, t, st.fire, self.reduce_motion)))
        wl = self.window_light
        if wl is not None:
            win = wl.intensity * window_light(self.seed, st.rain, t, self.reduce_motion) * (1.0 - 0.75 * st.glow)
            out.append(LightSample(wl.x, wl.y, wl.radius, wl.colour, win))
        return out

    def ambient(self, state: FxState) -> tuple[int, int, int]:
        g = state.clamped().glow
        return (round(AMBIENT[0] + (GOLDEN_AMBIENT[0] - AMBIENT[0]) * g),
                round(AMBIENT[1] + (GOLDEN_AMBIENT[1] - AMBIENT[1]) * g),
                round(AMBIENT[2] + (GOLDEN_AMBIENT[2] - AMBIENT[2]) * g))

    def spark_bursts_between(self, t0: float, t1: float) -> list[float]:
        """Times in [t0, t1) when the fire pops (a burst of sparks): cue a crackle at each."""
        return self.sparks.bursts_between(t0, t1) if self.sparks is not None else []

    def prepare_steps(self, view: View, size: tuple[int, int], state: FxState, t: float) -> Iterator[str]:
        """Make the effects' art for a shot at `view` on a `size` canvas ahead of its first
        frame, a small piece a step (the story calls this while the line before the cut plays):
        each light's falloff, the fire's logs, grate and coals, the candles' flames and halos,
        the sparks, the window's night and rain. Only caches are filled, and each effect keeps
        at most two scales' art (the drawn one and this one): nothing drawn depends on whether,
        or how far, this ran."""
        st = state.clamped()
        for light in self.lights(st, t):
            self.light_map.prepare(size, view, light)  # its falloff where it falls on the map
            yield f"light {light.radius:.0f}"
        if self.hearth is not None:
            yield from self.hearth.prepare_steps(view, size, st.fire, t)
        yield from self.candles.prepare_steps(view, size, st.candles, st.glow, t)
        if st.glow > 0.0:  # the golden glow's pools at the shot's light-map scale (game/fx/glow.py)
            yield from self.bloom.prepare_steps(View(view.scale / DOWNSCALE, 0.0, 0.0))
        if self.sparks is not None and st.fire > 0.0:
            yield from self.sparks.prepare_steps(view, size)
        if self.rain is not None:
            yield from self.rain.prepare_steps(view, size, state.stepped().rain, t)  # (the trickles running at t)

    # ------------------------------------------------------------------ layers, in painter's order

    def draw_exterior(self, surface: pygame.Surface, view: View, state: FxState, t: float) -> None:
        """2. The night outside the glass, with falling rain (before the window frame)."""
        if self.rain is not None:  # the drops on the glass too: the frame's muntins stand in front of them
            self.rain.draw_exterior(surface, view, state.stepped().rain, t)
            self.rain.draw_glass(surface, view, state.stepped().rain, t)

    def draw_glass(self, surface: pygame.Surface, view: View, state: FxState, t: float) -> None:
        """5. Splashes on the sill (right after the window frame). (Called for every shot: where the
        glass is off the canvas, the rain lets go of what it painted for it.)"""
        if self.rain is not None:
            g, m = self.glass, SPLASH_REACH
            if not surface.get_rect().colliderect(view.rect(g.x - m, g.y - m, g.w + 2 * m, g.h + 2 * m)):
                self.rain.off_shot()
                return
            self.rain.draw_splashes(surface, view, state.stepped().rain, t)

    def draw_flames(self, surface: pygame.Surface, view: View, state: FxState, t: float,
                    casters: Sequence[Caster] = ()) -> None:
        """6. The lit, solid parts: candle wax and wicks, the logs in the hearth.

        (The flames themselves are light sources: `draw_lighting` adds them.) `casters`
        are the same silhouettes as for `draw_shadows`: those standing nearer than a
        candle's holder or the hearth hide it.
        """
        if self.hearth is not None:  # first: a candle standing before the hearth is in front of its logs
            self.hearth.draw_logs(surface, view, casters)
        self.candles.draw_wax(surface, view, state.clamped().candles, casters)

    def draw_lighting(self, surface: pygame.Surface, view: View, state: FxState, t: float,
                      casters: Sequence[Caster] = ()) -> None:
        """7. Darkness and light over everything drawn so far, then the flames, embers and halos
        (hidden behind the nearer `casters`)."""
        self.draw_light(surface, view, state, t, casters)
        self.draw_emissive(surface, view, state, t, casters)

    def draw_light(self, surface: pygame.Surface, view: View, state: FxState, t: float,
                   casters: Sequence[Caster] = (), seen: Sequence[Caster] | None = None) -> None:
        """7a. The light map multiplied over everything drawn so far (game/room/compose.py keeps
        the lit room between frames and re-lights only what moved, so it calls 7a and 7b apart).
        `seen`: the casters as they show (a figure less what the front props hide of it), which
        the side light and the cold rim are shaped on (default `casters`): shaped on a whole
        silhouette they laid the legs behind the coffee table on the table, see-through."""
        shown = casters if seen is None else seen
        st = state.light_stepped()  # a tween steps the light map in coarse steps, not every frame
        # The light map is a LIGHT_FPS animation (a pure function of the frame floor(t * LIGHT_FPS)):
        # between two of its frames only the multiply is paid, not the upscale.
        tq = light_moment(t)
        key = (tq, surface.get_size(), view, st, tuple((id(m), tuple(r), f) for m, r, f in casters),
               None if seen is None else tuple((id(m), tuple(r)) for m, r, _f in seen))

        def build_steps() -> Generator[str, None, pygame.Surface]:  # (a piece a step: game/fx/light_next.py)
            glass = tint(GLASS_RGB, 0.75 + 0.25 * density(st.rain))
            patches = [GlowPatch(self.glass.x, self.glass.y, self.glass.w, self.glass.h, glass)] if self.rain else []

            keep = self.candles.wax_rects(st.candles)

            solid = {id(m) for m, _r, _f in self._people(view, casters)}  # no wall shadow on a limb's edge

            def shade(sprite: pygame.Surface, pos: tuple[int, int], shadow: ShadowLight) -> None:
                self.shadows.shade(sprite, pos, [shadow], view, casters, keep=keep, solid=solid)

            def key_shade(small: pygame.Surface, shadows: list[ShadowLight], share: Share) -> None:
                self.shadows.shade(small, (0, 0), shadows, view, casters, KEY_SHADOW, keep, solid, share)

            lights = self.lights(st, tq)
            people = self._people(view, shown)  # the figures as they show: the glass's glow and the props' side light kept off them
            small = yield from self.light_map.build_steps(surface.get_size(), view, self.ambient(st), lights,
                                                          patches, shade if casters and PER_LIGHT else None,
                                                          key_shade if casters else None,
                                                          (lambda size: see_through(size, DOWNSCALE, people)) if people else None)
            yield "light: the sum"
            if casters:  # each figure and prop lit from the side of its lights
                cold = self.window_light.colour if self.window_light is not None else (0, 0, 0)
                mine = {id(m) for m, _r, _f in people}  # the props' shading drawn in from their edges (shadows.inset)
                lit = [c if id(c[0]) in mine else inset(c, DOWNSCALE) for c in shown]
                self.light_map.edges = [c for c in shown if id(c[0]) not in mine]
                wall = self.shadows.wall_base_y
                self.side_light.shade(small, view, DOWNSCALE, [c for c in lit if id(c[0]) not in mine], lights, cold, wall, people)
                yield "light: the props' side light"
                on_people = small.copy() if people else None  # the figures' side light on a copy, laid on them
                if on_people is not None:  # by their own alpha (lighting._lay_figures): none on the wall by them
                    self.side_light.shade(on_people, view, DOWNSCALE, [c for c in lit if id(c[0]) in mine], lights, cold, wall, people)
                self.light_map.figures = (on_people, people) if on_people is not None else None
                yield "light: the figures' side light"
                self.cold_rim.update(view, people, lights, cold, surface.get_rect())
            else:
                self.cold_rim.rims = []
                self.light_map.edges = []
                self.light_map.figures = None
            fl = self.fire_light
            if fl is not None and self.hearth is not None and st.fire > 0.0:  # the fire's flicker on the room and the people
                q = fire_light(self.seed, tq, 1.0, self.reduce_motion)
                fx_, fy_ = self.hearth.light_point(tq)
                for m in self._maps(small):
                    self.light_map.dip(m, view, fx_, fy_, fl.radius, round(FIRE_DIP * st.fire * min(0.6, max(0.0, 1.15 - q))))
            glass_map = self._glass_in_map(view) if self.rain else None
            if st.glow > 0.0:  # "a warm, golden glow": a warm bloom around the flames and the couple ...
                d = DOWNSCALE
                small_view = View(view.scale / d, view.ox / d, view.oy / d)
                flames = [(s.x, s.y, s.intensity) for s in self.candles.lights(self.flames(tq), st.candles, 0.0)]
                # the people only: with every caster on their floor line the sofa glowed as a block
                couple = [(m, pygame.Rect(r.x // d, r.y // d, r.w // d, r.h // d), f) for m, r, f in people]
                for m in self._maps(small):
                    self.bloom.draw(m, small_view, st.glow, flames, couple)
                # ... and a golden haze added over the lit room (the wall at full albedo is dark:
                # only light added over it turns it gold), the glass kept night-blue
                both = couple[0][1].unionall([c[1] for c in couple[1:]]) if couple else None
                # (kept off the people and the glass at full resolution, by their own alpha: cut in
                # the map it spread into his suit or left a dark ring round him, lighting.Cut)
                haze = self.bloom.haze(small.get_size(), haze_view(small_view), st.glow, flames, both, None, None)
                if haze is not None:
                    pane = None if glass_map is None else (DOWNSCALE * glass_map.x, DOWNSCALE * glass_map.y,
                                                           DOWNSCALE * glass_map.w, DOWNSCALE * glass_map.h)
                    # (the glass on the map's grid: the haze is the same for several frames of a push, so is its cut)
                    logs = self.hearth.dark_logs(view, surface.get_rect()) if self.hearth is not None else None
                    self.light_map.add(*haze, Cut(people, HAZE_ON_PEOPLE, pane, [logs] if logs else [],
                                                  self.candles.wax_casters()))
            # ... then all the light graded toward gold, the glass kept night-blue. Graded after the
            # bloom, so where the light saturates it stays gold (GOLD_MULT), never a lemon (255, 255, x)
            # that turned her green dress yellow-olive in blotches; the people before the glass graded too
            if st.glow > 0.0:
                seen_glass = see_through(small.get_size(), DOWNSCALE, people) if people else None
                for m in self._maps(small):
                    graded(m, lambda s: grade(s, st.glow, None), glass_map, seen_glass)
            return small

        # (a map made ahead for this frame is named by its masks' pixels: game/fx/light_ahead.py)
        self.light_map.named = lambda: content_key(key, casters, seen, self.cold_rim)
        self.light_map.apply(surface, key, Build(build_steps))
        light_next.advance(self, surface.get_size(), view, state, t, casters, seen)  # the next light frame made ahead

    def draw_emissive(self, surface: pygame.Surface, view: View, state: FxState, t: float,
                      casters: Sequence[Caster] = ()) -> None:
        """7b. The flames, embers and halos, additive over the lit room."""
        live = state.clamped()
        if self.cold_rim.rims:  # the window's cold rim on the people (set with the light map)
            self.occluders.blits(surface, [(spr, r.topleft, floor) for spr, r, floor in self.cold_rim.rims], casters)
        if self.hearth is not None:  # a candle standing before the hearth hides its flames and grate
            self.hearth.draw_emissive(surface, view, t, live.fire, [*casters, *self.candles.wax_casters()])
        self.candles.draw_flames(surface, view, self.flames(t), live.candles, live.glow, casters)

    def _maps(self, small: pygame.Surface) -> list[pygame.Surface]:
        """The light map being built and, if the figures have their own, theirs: what is done to
        the one after the side light is done to both."""
        return [small] if self.light_map.figures is None else [small, self.light_map.figures[0]]

    def _people(self, view: View, casters: Sequence[Caster]) -> list[Caster]:
        """The figures among `casters`: on a figure's floor line, and not a prop's own rect there."""
        out = []
        for c in casters:
            if c[2] not in self.figure_floors:
                continue
            r = c[1]
            if any(_overlap(r, pygame.Rect(view.rect(p.x, p.y, p.w, p.h))) > 0.8 for p in self._floor_props):
                continue
            out.append(c)
        return out

    def _glass_in_map(self, view: View) -> pygame.Rect:
        """The window glass in light-map pixels."""
        g = view.rect(self.glass.x, self.glass.y, self.glass.w, self.glass.h)
        return pygame.Rect(round(g[0] / DOWNSCALE), round(g[1] / DOWNSCALE),
                           round(g[2] / DOWNSCALE), round(g[3] / DOWNSCALE))

    def draw_sparks(self, surface: pygame.Surface, view: View, state: FxState, t: float,
                    casters: Sequence[Caster] = ()) -> None:
        """8. Sparks rising from the hearth (additive, last; hidden behind nearer `casters`)."""
        if self.sparks is not None:
            self.sparks.draw(surface, view, t, state.clamped().fire, casters)
