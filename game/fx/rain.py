"""Rain at the window: the night outside, streaks falling past, drops on the glass.

Two layers, because the room's props stand between them: the exterior (sky, distant
roofs, falling streaks) is drawn into the glass rect before the window frame, the drops
and trickles on the glass after it. The story's rain level (0 none .. 4 torrential,
fractions blend) sets a density; every streak and drop has a fixed hashed threshold and
shows, fading in over a short ramp, only while the density is above it, so a level
change is smooth. Below `rain_drops.RESIDUAL` the rain has stopped: nothing falls outside, the sky
clears (stars, a moon, broken cloud: `game.fx.night`), but fat drops still run down the
glass. Above SHEET_FROM a far sheet of streaks and, above FILM_FROM, the town's lights smeared
by the water (`game.fx.rain_sheets`); above FILM_FROM sheets of water on the glass and
splashes (`game.fx.glass_water`). Streaks wrap on their own period; drops are born on a fixed
schedule of indices and live a hashed life, trickles running down in stop-go steps from a
closed-form path (`game.fx.rain_drops`). All from (t, seed).

The rain outside is a RAIN_FPS animation (a pure function of floor(t * RAIN_FPS)), laid each
frame from the kept night (the town's smear in it) and its streaks' blit list (a downpour's sheet
under them); the slower drops on the glass a GLASS_FPS one, their blit list kept.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Generator, Iterator

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.glass_water import (
    FILM_SPEED,
    Layers,
    SplashCircles,
    Track,
    Trickles,
    draw_film,
    draw_layers,
    drop,
    splashes,
)
from game.fx.night import SKY_W, paint_night, paint_night_steps
from game.fx.rain_drops import FILM_FROM, Beads, Drops, TweenAhead, track_style
from game.fx.rain_drops import density as density  # (room_fx reads it here)
from game.fx.rain_drops import window_light as window_light
from game.fx.rain_film import FILM_LEVELS as FILM_LEVELS  # (moved there with the film: re-exported)
from game.fx.rain_film import Film
from game.fx.rain_sheets import Streaks, sheet_steps, smear_canon_steps, smear_scaled, streak_sprite
from game.fx.sprites import SPRITE_BUDGET, PerScale
from game.room.model import Rect
from game.steps import finish, labelled
from game.view import View

FArray = npt.NDArray[np.float64]
SHEET_FROM = 0.4  # density above which the downpour's far sheets show
SHEET_LEVELS = 12
RAIN_FPS = 30
CLEAR_LEVELS = 8  # steps between the storm sky and the clearing one
CLEAR_BELOW = 0.22  # density below which the sky starts to clear (0: fully clear)
TRACK_FULL_AT = 2.5  # view scale from which a trickle's wet track shows at full strength (see _glass_blits)
SPLASH_RATE = 26.0  # splashes a second on the sill at torrential
SMEAR_STEP = 16  # px: the smeared lights are scaled to the glass in steps of this (soft glows: no one sees it)
GLASS_FPS = 20  # beads sit still; trickles creep a few px a frame
LEN_BINS, LUM_BINS, SLANT_BINS, SIZE_BINS, ALPHA_BINS = 5, 6, 5, 7, 5


_DONE = object()


def _smear_level(d: float) -> int:
    """The film's level at density `d` for the town's smeared lights (0: no film, no smear)."""
    return min(FILM_LEVELS, max(1, round((d - FILM_FROM) / (1 - FILM_FROM) * FILM_LEVELS))) if d > FILM_FROM else 0


def _once(*makes: Callable[[], object]) -> Iterator[object]:
    """Each of `makes` called, a step each."""
    for make in makes:
        yield make()


class _Art:
    """The window's sprites at one view scale."""

    def __init__(self) -> None:
        self.scaled: tuple[tuple[int, ...], pygame.Surface] | None = None
        self.film: dict[int, pygame.Surface] = {}
        self.streaks: dict[tuple[int, int, int], pygame.Surface] = {}
        self.beads: dict[tuple[int, int], pygame.Surface] = {}
        self.sheets: dict[int, pygame.Surface] = {}


class Rain(Film):
    def __init__(self, glass: Rect, seed: int, calm: bool) -> None:
        self.glass = glass
        self.seed = seed
        self.calm = calm
        self._falling = Streaks(glass, seed)  # the rain falling past outside
        self._drop_times = Drops(glass, seed, calm)  # when each drop strikes, how it runs
        self._scale = -1.0
        self._by_scale: PerScale[_Art] = PerScale(lambda _s: _Art())
        self._art = _Art()  # the caches of the scale drawn
        self._in_use = self._art  # the art whose caches are in use (`_use`): the drawn scale's, or one made ahead
        self._canon: dict[int, pygame.Surface] = {}  # the night at SKY_W px, by clearing step
        self._scaled: tuple[tuple[int, ...], pygame.Surface] | None = None
        self._film: dict[int, pygame.Surface] = {}
        self._streaks: dict[tuple[int, int, int], pygame.Surface] = {}
        self._beads: dict[tuple[int, int], pygame.Surface] = {}
        self._sheets: dict[int, pygame.Surface] = {}
        self._falling_at: tuple[object, list[tuple[pygame.Surface, tuple[int, int]]]] | None = None  # the streaks' blits
        self._smear_canon: dict[int, tuple[pygame.Surface | None, tuple[int, int, int, int]]] = {}
        self._glass: tuple[object, Layers, list[tuple[pygame.Surface, tuple[int, int]]]] | None = None
        self._trickles = Trickles()  # each running drop's wet track, shaded once and extended as it runs
        self._glass_tq: float | None = None  # the last glass frame's time
        self._tracks: list[Track] = []  # the last glass frame's
        self._tween = TweenAhead()
        self._splash = SplashCircles()
        self._ahead = False  # making the next shot's art (`prepare_steps`): not trimmed meanwhile

    def _rescale(self, scale: float) -> None:
        scale = self._by_scale.near(scale)
        if scale != self._scale:
            self._store(self._art)
            self._scale = scale
            self._art = self._by_scale.at(scale)
            self._use(self._art)

    def _fit(self) -> None:
        """Within the sprite budget within a shot too: the other scale's art goes. (The sheet is
        one surface for every level and the film's base a third of its size, so a tween through
        the levels no longer fills the budget; dropping those bases made each level bake them
        again, 100-275 ms.)"""
        if self._ahead or self.memory_bytes() <= SPRITE_BUDGET:
            return
        self._by_scale.release()
        self._store(self._art)

    def off_shot(self) -> None:
        """The glass is off the canvas: let go of the drawn scale's art and the buffers painted for
        it (the night scaled to the glass, a downpour's sheet and film, the exterior, the smear, the
        trickles' shading: ~33 MiB at the window's close-up at 1080p, kept through every later shot
        that did not show the window). The night paintings at SKY_W and the art made ahead for the
        next shot stay; the rest is made again when the glass shows (made ahead before its cut)."""
        if self._scale < 0 and self._falling_at is None and self._glass is None:
            return
        self._store(self._art)
        self._by_scale.drop_drawn()
        self._scale = -1.0
        self._art = _Art()
        self._use(self._art)
        self._falling_at = self._glass = None
        self._trickles = self._trickles.ahead_only()  # (what was shaded ahead for the next shot stays)

    def _loose_bytes(self) -> int:
        """Pixels kept outside any scale's art: the night paintings and the smear's, the trickles' shading."""
        held = [*self._canon.values(), *(c[0] for c in self._smear_canon.values())]
        return sum(s.get_pitch() * s.get_height() for s in held if isinstance(s, pygame.Surface)) + self._trickles.memory_bytes()

    def memory_bytes(self) -> int:  # every pixel the rain keeps (game.memory)
        self._store(self._art)
        return self._by_scale.memory_bytes() + self._loose_bytes()

    def _use(self, art: _Art) -> None:
        self._in_use = art
        self._scaled = art.scaled
        self._film, self._streaks = art.film, art.streaks
        self._beads, self._sheets = art.beads, art.sheets

    def _store(self, art: _Art) -> None:
        """Put the caches in use back into their scale's art (some are replaced, not filled)."""
        art.scaled, art.film, art.streaks = self._scaled, self._film, self._streaks
        art.beads, art.sheets = self._beads, self._sheets

    def _replaced(self) -> None:
        """A cache in use was replaced (the night scaled, the sheet, the film): its art holds the
        new one at once. The art kept the one replaced until the next `_store` (a rescale, the
        governor's look): at the window's close-up as the rain stops (line 75, 1080p) the night
        scaled at the last clearing step (4.1 MiB) and the film's last level (~5) beside the new."""
        self._store(self._in_use)

    def prepare_steps(self, view: View, size: tuple[int, int], rain: float, t: float | None = None) -> Iterator[str]:
        """Make the window's art for a shot at `view` ahead, a piece a step (if the glass shows):
        the night at the glass's size, the distant sheet of a downpour (a band a step), the film
        on the glass, the streak and bead sprites, into the next scale's caches; and the wet
        tracks of the trickles running at `t` (the cut's time; None: the last glass frame's),
        shaded at the shot's scale a track a step (at a cut into the window, 16-24 ms)."""
        g = pygame.Rect(view.rect(self.glass.x, self.glass.y, self.glass.w, self.glass.h))
        if not pygame.Rect((0, 0), size).colliderect(g):
            return
        d = density(rain)
        clear = round(CLEAR_LEVELS * min(1.0, max(0.0, 1.0 - d / CLEAR_BELOW)))
        part = self._shown(g, size)
        smear = _smear_level(d)  # (the smear painted at SKY_W first: the night scaled carries it)
        steps: list[tuple[str, Iterator[object]]] = [("smear", self._smear_steps(clear))] if smear else []
        steps.append(("night", _once(lambda: self._night(g.w, g.h, clear, part, smear))))
        if d > SHEET_FROM:
            steps.append(("sheet", self._sheet_steps(g.w, g.h)))
        if d > FILM_FROM:
            steps.append(("film", itertools.chain(self._film_small_steps(g.size), _once(lambda: self._film_at(g.size, d)))))
        elif d > SHEET_FROM:  # a downpour may come in the shot (line 51): its film baked, the lights' smear painted
            steps.append(("film", self._film_small_steps(g.size)))
            steps.append(("smear", self._smear_steps(clear)))
        if d > 0.0:
            sb = min(SLANT_BINS - 1, round(d * (SLANT_BINS - 1)))
            steps.append(("streaks", _once(lambda: [self._streak(lb, mb, sb) for lb in range(LEN_BINS) for mb in range(LUM_BINS)])))
        steps.append(("beads", _once(lambda: [self._bead(k, a) for k in range(SIZE_BINS) for a in range(ALPHA_BINS)])))
        for name, made in steps:  # each step into the next scale's caches, the drawn scale's put back after
            while self._ahead_step(view.scale, made):
                yield name
        tq = self._glass_tq if t is None else (math.floor(t * GLASS_FPS + 0.5) - 0.5) / GLASS_FPS
        if tq is not None:  # the trickles running then, at the shot's scale (after the rain too: fat drops run on)
            tracks = self._drop_times.at(rain, tq, keep=True)[4]
            yield from self._trickles.prepare_steps(tracks, view.scale, *track_style(view.scale, d))
        if d > 0.0:  # the rain may stop in the shot (line 75): its clear sky painted too (570 ms on the frame it began to clear)
            yield from self._clear_sky_steps()

    def _ahead_step(self, scale: float, steps: Iterator[object]) -> bool:
        """One step of `steps` run with the caches of the scale near `scale` in use (made ahead:
        not trimmed meanwhile); False once they are run out."""
        drawn, here = self._scale, self._art
        self._store(here)
        near = self._by_scale.near(scale)
        target = self._by_scale.at(near, ahead=True)
        self._scale, self._ahead = near, True
        self._use(target)
        try:
            return next(steps, _DONE) is not _DONE
        finally:
            self._store(target)
            self._scale, self._ahead = drawn, False
            self._use(here)

    def _clear_sky_steps(self) -> Iterator[str]:
        """The clear night (at SKY_W, whatever the scale) painted a band a step (night.paint_night_steps),
        kept as `_night_canon` keeps it; nothing if it is kept already."""
        if CLEAR_LEVELS in self._canon:
            return
        sky = yield from labelled(paint_night_steps(self.seed, SKY_W, self._sky_h(), True), "clear sky")
        self._canon.setdefault(CLEAR_LEVELS, sky)  # (one painted meanwhile is the same)

    # ---------------------------------------------------------------- outside

    def _night(self, w: int, h: int, clear: int, part: pygame.Rect | None = None, smear: int = 0) -> pygame.Surface:
        """The night in a w x h glass, `clear` steps of CLEAR_LEVELS toward the clearing sky;
        `part` (glass px): only that part of it is kept (the part of the glass on the canvas:
        at line 69 a sliver of it, 0.7 of 2.7 MiB), the same pixels as that part of the whole;
        `smear` (a film level, 0 none): the town's lights smeared by the water added over it
        (`_smeared`, not kept beside it: 2.5 MiB at line 51's window at 1080p; the exterior adds
        both, and saturating adds of what is not negative come to the same in any grouping).

        Painted once at SKY_W px wide whatever the view (the two skies and the blends a tween
        walks through are kept at that size), and scaled to the glass: a camera push changes
        the size every frame, and costs one smoothscale, not a repaint."""
        whole = pygame.Rect(0, 0, w, h)
        part = whole if part is None else part.clip(whole)
        scaled = self._scaled
        if scaled is not None and scaled[0] == (w, h, clear, *part, smear):
            return scaled[1]
        canon = self._canon.get(clear)
        if canon is None:
            cw = SKY_W  # whatever the first view: a close-up later scales the same painting
            ch = max(8, round(cw * self.glass.h / max(1.0, self.glass.w)))
            if clear in (0, CLEAR_LEVELS):
                canon = paint_night(self.seed, cw, ch, clear == CLEAR_LEVELS)
            else:
                canon = self._night_canon(0, cw, ch).copy()
                over = self._night_canon(CLEAR_LEVELS, cw, ch).copy()
                over.set_alpha(round(255 * clear / CLEAR_LEVELS))
                canon.blit(over, (0, 0))
                self._canon = {k: v for k, v in self._canon.items() if k in (0, CLEAR_LEVELS)}
            self._canon[clear] = canon
        self._scaled = None  # (the old one let go of first)
        self._replaced()
        out = canon if canon.get_size() == (w, h) else pygame.transform.smoothscale(canon, (w, h))
        if part != whole:
            out = out.subsurface(part).copy()
        lights, at = self._smeared(w, h, clear, smear) if smear else (None, (0, 0))
        if lights is not None:
            out = out.copy() if out is canon else out
            out.blit(lights, (at[0] - part.x, at[1] - part.y), special_flags=pygame.BLEND_RGB_ADD)
        self._scaled = ((w, h, clear, *part, smear), out)
        self._replaced()
        return out

    @staticmethod
    def _shown(g: pygame.Rect, size: tuple[int, int]) -> pygame.Rect:
        """The part of the glass `g` (screen px) on a canvas of `size`, in glass px."""
        return pygame.Rect((0, 0), size).move(-g.x, -g.y).clip(pygame.Rect(0, 0, g.w, g.h))

    def _smeared(self, w: int, h: int, clear: int, level: int) -> tuple[pygame.Surface | None, tuple[int, int]]:
        """The town's lights as seen through streaming water: each warm light drawn out into a
        soft vertical glow, brighter below it (the sheets carry it down), for a w x h glass at
        film `level`; painted once at SKY_W px wide (like the night, and kept) and scaled (not
        kept: the night scaled carries it), cropped to where it is not black (the town)."""
        w, h = SMEAR_STEP * max(1, round(w / SMEAR_STEP)), SMEAR_STEP * max(1, round(h / SMEAR_STEP))
        list(self._smear_steps(clear))  # (nothing to make if it is kept)
        return smear_scaled(self._smear_canon[clear], w / SKY_W, h / self._sky_h(), round(255 * level / FILM_LEVELS))

    def _sky_h(self) -> int:
        """The night paintings' height (SKY_W wide, the glass's shape)."""
        return max(8, round(SKY_W * self.glass.h / max(1.0, self.glass.w)))

    def _night_canon(self, clear: int, cw: int, ch: int) -> pygame.Surface:
        hit = self._canon.get(clear)
        if hit is None:
            hit = self._canon[clear] = paint_night(self.seed, cw, ch, clear == CLEAR_LEVELS)
        return hit

    def _streak(self, lb: int, lum: int, sb: int) -> pygame.Surface:
        spr = self._streaks.get((lb, lum, sb))
        if spr is None:
            spr = self._streaks[(lb, lum, sb)] = streak_sprite(12 + 30 * lb / (LEN_BINS - 1), (lum + 1) / LUM_BINS,
                                                              0.06 + 0.1 * sb / (SLANT_BINS - 1), self._scale)
        return spr

    def _sheet(self, w: int, h: int) -> pygame.Surface:
        """A tileable sheet of faint streaks, the mass of a downpour far behind the glass, at its brightest
        (`rain_sheets.sheet_steps`): one for every level, dimmed as the exterior lays it down."""
        return finish(self._sheet_steps(w, h))

    def _sheet_steps(self, w: int, h: int) -> Generator[None, None, pygame.Surface]:
        """`_sheet` a band a step (kept: nothing to do if it is); returns it."""
        spr = self._sheets.get(-1)
        if spr is None or spr.get_size() != (w, h):
            spr = yield from sheet_steps(self.seed, w, h, self._scale)
            self._sheets = {-1: spr}
            self._replaced()
            self._fit()
        return spr

    def draw_exterior(self, surface: pygame.Surface, view: View, rain: float, t: float) -> None:
        """The night and the falling rain in the glass rect (a RAIN_FPS animation)."""
        self._rescale(view.scale)
        g = pygame.Rect(view.rect(self.glass.x, self.glass.y, self.glass.w, self.glass.h))
        shown = g.clip(surface.get_rect())
        if shown.w <= 0 or shown.h <= 0:
            self._falling_at = None  # a shot without the window
            return
        if density(rain) <= 0.0:
            self._clear_exterior(surface, g)
        else:  # painted where it shows, not into a buffer the size of the glass shown laid after
            self._paint_exterior(surface, view, g, rain, math.floor(t * RAIN_FPS) / RAIN_FPS, shown.topleft)
        if density(rain) < 1.0:  # rising toward a downpour (line 51): its sheet, film and smear a step a frame
            clear = round(CLEAR_LEVELS * min(1.0, max(0.0, 1.0 - density(rain) / CLEAR_BELOW)))
            self._tween.rising((g.size, self._scale), lambda: itertools.chain(
                self._sheet_steps(g.w, g.h), self._film_small_steps(g.size), self._smear_steps(clear)))

    def _clear_exterior(self, surface: pygame.Surface, g: pygame.Rect) -> None:
        """No rain falling (lines 74-85): the exterior is the night alone, the part of it on the canvas
        blitted as it is kept. Painted into the exterior's buffer it was a copy of it, the size of the
        glass shown (2.6 MiB at line 82's close shot at 1080p, 5 at the window's), and copied again at
        each RAIN_FPS frame; the same pixels (`_paint_exterior` lays the night alone there too)."""
        self._falling_at = None
        part = self._shown(g, surface.get_size())
        surface.blit(self._night(g.w, g.h, CLEAR_LEVELS, part), (g.x + part.x, g.y + part.y))

    def _smear_steps(self, clear: int) -> Iterator[object]:
        """The smear's painting at SKY_W for clearing step `clear` a few rows a step (nothing if kept)."""
        if clear not in self._smear_canon:
            self._smear_canon[clear] = yield from smear_canon_steps(self._night_canon(clear, SKY_W, self._sky_h()))

    def _paint_exterior(self, surface: pygame.Surface, view: View, g: pygame.Rect, rain: float, t: float,
                        origin: tuple[int, int] = (0, 0)) -> None:
        """The exterior at (the RAIN_FPS frame's) t in glass rect `g` on `surface`, within its clip.

        Painted into the frame itself at each frame, not into a buffer the size of the glass shown and
        laid from it (4.1-5.1 MiB at her gaze's push at 1080p, lines 16-17, and line 51's window) each
        frame, painted again each RAIN_FPS frame: a frame's laying now is the night (with its smear)
        and the streaks (with a downpour's sheet), not the buffer, the same passes over the glass as
        the buffer's every other frame. `origin`: where the buffer lay on `surface` (the shown glass's
        top left): each streak is placed as it was there (rounded in the buffer's px, then moved), so
        the same pixels as the buffer laid."""
        d = density(rain)
        clear = round(CLEAR_LEVELS * min(1.0, max(0.0, 1.0 - d / CLEAR_BELOW)))
        part = self._shown(g, surface.get_size())
        night = self._night(g.w, g.h, clear, part, _smear_level(d))
        at = (g.x + part.x, g.y + part.y)
        tt = t * (0.45 if self.calm else 1.0)
        old = surface.get_clip()
        surface.set_clip(g.clip(old))
        if d > SHEET_FROM:  # heavy rain: a sheet of distant streaks sliding down, laid first and dimmed
            # to its level, the rest added over it (the same pixels: the adds saturate alike in any order)
            sheet = self._sheet(g.w, g.h)
            off = round((tt * 1100.0 * view.scale) % g.h)
            surface.fblits([(sheet, (g.x, g.y + off - g.h)), (sheet, (g.x, g.y + off))])
            level = min(SHEET_LEVELS - 1, int((d - SHEET_FROM) / (1 - SHEET_FROM) * SHEET_LEVELS))
            gain = round(255 * (level + 1) / SHEET_LEVELS)
            if gain < 255:
                surface.fill((gain, gain, gain), special_flags=pygame.BLEND_RGB_MULT)
            surface.blit(night, at, special_flags=pygame.BLEND_RGB_ADD)  # (over a downpour, with its smear)
        else:
            surface.blit(night, at)
        if d > 0.0:
            haze = round(14 * d)
            surface.fill((haze, haze + 2, haze + 5), g, special_flags=pygame.BLEND_RGB_ADD)
            surface.fblits(self._streaks_at(view, d, tt, (t, rain, view, origin), origin), pygame.BLEND_RGB_ADD)
        surface.set_clip(old)

    def _streaks_at(self, view: View, d: float, tt: float, key: object,
                    origin: tuple[int, int]) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        """The falling streaks' (sprite, position) at the rain's time `tt` (kept for `key`: a frame that
        lays the exterior in several parts, a plate's holes, places them once)."""
        if self._falling_at is not None and self._falling_at[0] == key:
            return self._falling_at[1]
        sb = min(SLANT_BINS - 1, round(d * (SLANT_BINS - 1)))  # sprites come in a few slants and lengths,
        lb, lum, xx, yy = self._falling.at(d, tt, LEN_BINS, LUM_BINS)  # but where a streak is moves continuously with the level
        table = [self._streak(lbin, mbin, sb) for lbin in range(LEN_BINS) for mbin in range(LUM_BINS)]
        way = self._tween.way  # (a tween: the next slant's sprites made a few a frame, 30 were ~28 ms in one)
        nxt = min(SLANT_BINS - 1, max(0, sb + int(way)))
        for gone in [k for k in self._streaks if k[2] not in (sb, nxt)]:  # a slant the level has left: line 51's
            del self._streaks[gone]  # rise kept all five, 0.8 MiB at 1080p, of which it draws one (and the next)
        for lbin, mbin in [(lb_, mb_) for lb_ in range(LEN_BINS) for mb_ in range(LUM_BINS) if (lb_, mb_, nxt) not in self._streaks][:2]:
            self._streak(lbin, mbin, nxt)
        sprites = [table[k] for k in (lb * LUM_BINS + lum).tolist()]
        ox, oy = origin
        xs = (np.rint(view.ox - ox + xx * view.scale).astype(int) + ox).tolist()
        ys = (np.rint(view.oy - oy + (self.glass.y + yy) * view.scale).astype(int) + oy).tolist()
        self._falling_at = (key, list(zip(sprites, zip(xs, ys, strict=True), strict=True)))
        return self._falling_at[1]

    # ---------------------------------------------------------------- on the glass

    def _bead(self, size: int, alpha: int) -> pygame.Surface:
        spr = self._beads.get((size, alpha))
        if spr is None:
            radius = (0.8 + 0.55 * size) * self._scale
            spr = drop(radius)  # a lens of water: a darker edge, the night gathered low, a glint
            spr.set_alpha(round(255 * (alpha + 1) / ALPHA_BINS))
            self._beads[(size, alpha)] = spr
        return spr

    def drops(self, rain: float, t: float) -> tuple[FArray, FArray, FArray, FArray, list[FArray]]:
        """The glass at t: beads and trickle trails (`rain_drops.Drops.trails`)."""
        return self._drop_times.trails(rain, t)

    def _drops(self, rain: float, t: float) -> Beads:
        """The beads and the tracks behind the running ones at t (`rain_drops.Drops.at`)."""
        return self._drop_times.at(rain, t)

    def draw_glass(self, surface: pygame.Surface, view: View, rain: float, t: float) -> None:
        """Drops and trickles on the glass (a GLASS_FPS animation: the blit list is kept). Drawn
        before the window frame: the muntins stand proud of the glass, so a trickle runs
        behind them and never over the wood."""
        self._rescale(view.scale)
        g = pygame.Rect(view.rect(self.glass.x, self.glass.y, self.glass.w, self.glass.h))
        if not surface.get_rect().colliderect(g):
            return
        tq = (math.floor(t * GLASS_FPS + 0.5) - 0.5) / GLASS_FPS  # half a frame off the light map's
        key = (tq, rain, view)
        if self._glass is None or self._glass[0] != key:
            self._glass = (key, *self._glass_blits(view, rain, tq))
            self._glass_tq = tq
        self._tween.step(self._trickles, self._tracks, view.scale, rain)  # (a tween's next tracks, a few a frame)
        _, tracks, blits = self._glass
        if not tracks[0] and not blits:
            return
        d = density(rain)
        old = surface.get_clip()
        surface.set_clip(g.clip(old))
        if d > FILM_FROM:  # a downpour: sheets of water sliding down the glass
            draw_film(surface, self._film_at(g.size, d), g, tq * (0.45 if self.calm else 1.0) * FILM_SPEED * view.scale)
        draw_layers(surface, tracks)  # the wet tracks the trickles leave, shaded as water on glass
        surface.fblits(blits)
        surface.set_clip(old)

    def draw_splashes(self, surface: pygame.Surface, view: View, rain: float, t: float) -> None:
        """Splashes on the sill, in front of the window frame (drawn after it; a GLASS_FPS animation)."""
        tq = (math.floor(t * GLASS_FPS + 0.5) - 0.5) / GLASS_FPS
        d = density(rain)
        if d <= 0.0:
            return
        self._splash.draw(surface, view, (tq, d, view), lambda: splashes(self.seed, self.glass, d, tq * (0.45 if self.calm else 1.0), SPLASH_RATE))

    def _glass_blits(self, view: View, rain: float, t: float) -> tuple[Layers, list[tuple[pygame.Surface, tuple[int, int]]]]:
        """The trickles' tracks' layers and the beads' (sprite, position) list at t."""
        x, y, z, al, tracks = self._drops(rain, t)
        width, strength = track_style(view.scale, density(rain))
        # Seen from across the room a wet track is a hair on the glass: drawn as strongly as in the
        # window's close shot, a 1 px line with a bright shoulder, the tracks read as streaks of
        # rain still falling after it had stopped (review, line 85's wide shot); the beads stay.
        far = min(1.0, max(0.35, view.scale / TRACK_FULL_AT))
        self._tracks = tracks
        tracks = [(j, py, px, top, bottom, bead * far) for j, py, px, top, bottom, bead in tracks]
        layers = self._trickles.layers(tracks, view.scale, (view.ox, view.oy), width, strength)
        if len(x) == 0:
            return layers, []
        sb = np.clip(np.round(z * (SIZE_BINS - 1) / 1.4), 0, SIZE_BINS - 1).astype(int)
        ab = np.clip(np.round(al * ALPHA_BINS - 1), 0, ALPHA_BINS - 1).astype(int)
        table = [self._bead(sbin, abin) for sbin in range(SIZE_BINS) for abin in range(ALPHA_BINS)]
        half = np.array([table[k * ALPHA_BINS].get_width() / 2 for k in range(SIZE_BINS)])[sb]
        sprites = [table[k] for k in (sb * ALPHA_BINS + ab).tolist()]
        xs = np.rint(view.ox + x * view.scale - half).astype(int).tolist()
        ys = np.rint(view.oy + y * view.scale - half).astype(int).tolist()
        return layers, list(zip(sprites, zip(xs, ys, strict=True), strict=True))
