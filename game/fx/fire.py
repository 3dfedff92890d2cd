"""The hearth: an ember bed under logs and layered tongues of flame, all from (t, seed).

The flames are a small procedural field, recomputed each frame with numpy on a coarse
grid (CELL room px a cell, finer in close shots) and smoothscaled to the view: a back
layer of tall, dim red tongues and a front layer of short bright ones, each tongue a
teardrop whose height and lean follow its own noise, eroded by a baked tileable
turbulence texture that scrolls upward with time. Because it is a field and not a set of
integrated particles, any t renders directly. Where the view enlarges the grid's cells
(over SHARP_FROM screen px a cell: every shot at 1080p, the close-up ~10 px), the tongues
are drawn by game.fx.fire_close instead: a signed heat, upscaled before it is coloured, so
their edges are crisp and smooth at the screen's resolution. The logs are lit like props
(drawn before the lighting pass); the embers' glow and the flames are emissive (drawn
after it, additively).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterator, Sequence

import numpy as np
import numpy.typing as npt
import pygame

from game.fx import fire_close
from game.fx.fire_field import _BACK, _FRONT, BOX_RGB, CELL, TEX, FlameField, _lut
from game.fx.hearth_art import (
    RAIL_Y,
    bake_scale,
    bed_size,
    coal_heat,
    coal_sprite,
    fit,
    log_scale,
    make_grate,
    make_logs,
    make_logs_steps,
    refine,
)
from game.fx.noise import noise1
from game.fx.occlusion import MARGIN, Caster, Occluders
from game.fx.sprites import PerScale, rgb_surface
from game.room.model import Rect
from game.view import View

FArray = npt.NDArray[np.float64]
CLOSE_CELL = 2.0  # ... at the finest (a close-up)
FIELD_FPS = 30  # the flame field animates at this rate (a pure function of floor(t * FIELD_FPS + FIELD_PHASE))
FIELD_PHASE = 0.5  # its frames fall between the light map's and the rain's, to spread the work
_UGRID = np.linspace(0.0, 1.0, 96)
EMBER_BINS = 10
LOG_HIDE_FLAMES = 0.72  # the logs stand in front of most of the flames' roots and the bed ...
LOG_HIDE_COALS = 1.0  # ... and lie on the coals, opaque: their glow shows round them, not through them
CRACK_G, CRACK_B = 96 / 255, 22 / 255  # the cracks' glow colour over its red (game.fx.hearth_art)
DARK_LOGS_FROM = 2.0  # view scale from which the golden haze is kept off the logs (Hearth.dark_logs)
FIELD_KEPT_PX = 1920 * 1080 // 8  # the unhidden flames are kept beside the hidden ones up to this size (a close-up's: not)
SHARP_FROM = 1.5  # screen px a field cell may cover before the flames are coloured per screen px (fire_close)


def _glow_plane(cracks: pygame.Surface) -> pygame.Surface:
    """The logs' glow (RGB: its red the glow's strength) as an 8-bit plane, a quarter of the bytes."""
    plane = pygame.Surface(cracks.get_size(), depth=8)
    dst = pygame.surfarray.pixels2d(plane)
    src = pygame.surfarray.pixels_red(cracks)
    dst[...] = src
    del dst, src
    return plane


def crack_palette(g: float) -> list[tuple[int, int, int]]:
    """The cracks' glow plane's colours at a glow of `g` (0..1): deep orange-red where faint,
    orange-yellow at a crack's hot core, as an ember's checks glow (a flat ramp of one colour
    read as dull orange lines drawn on the logs)."""
    out = []
    for i in range(256):
        x = i * g / 255.0
        hot = max(0.0, x - 0.6) / 0.4  # the core's share
        out.append((min(255, round(255 * 1.25 * x)), min(255, round(255 * (CRACK_G * x + 0.22 * hot))),
                    min(255, round(255 * (CRACK_B * x + 0.04 * hot)))))
    return out


def _cell(scale: float) -> float:
    """Room px per flame-field cell at a view `scale` (finer in close-ups)."""
    return min(CELL, max(CLOSE_CELL, CELL / scale))


class _Art:
    """The fire's solid parts at one view scale: logs, cracks, grate, coal heat, ember sprites."""

    def __init__(self) -> None:
        self.logs: pygame.Surface | None = None
        self.cracks: pygame.Surface | None = None  # the logs' glow at the view's size, 8-bit (its palette per level)
        self.grate: pygame.Surface | None = None
        self.heat: FArray | None = None
        self.embers: dict[int, pygame.Surface] = {}
        self.cover: dict[float, pygame.Surface] = {}  # 1 - hide x the logs' coverage (RGB, to multiply), by hide



_NO_TEXTURE: FArray = np.zeros((0, 0))  # (the flame field's textures let go of: `Hearth._off_screen`)


class Hearth(FlameField):
    """Draws the fire inside the `fire` emitter box of the map (its flame field: game.fx.fire_field)."""

    def __init__(self, box: Rect, seed: int, calm: bool, depth: float, occluders: Occluders) -> None:
        self.box = box
        self.depth = depth
        self.occluders = occluders
        self.seed = seed
        self.calm = calm
        self.base_y = box.bottom - 28.0  # the flames rise from the logs in the grate
        self._lut_back = _lut(_BACK)
        self._lut_front = _lut(_FRONT)
        self._textures: PerScale[tuple[FArray, FArray]] = PerScale(self._make_textures)
        self._grid(CELL)
        self._scale = -1.0
        self._art: PerScale[_Art] = PerScale(lambda _s: _Art())
        self.art = _Art()  # the art at the scale being drawn
        self._tongues: dict[tuple[int, int], list[float]] = {}
        self._frame: tuple[Hashable, pygame.Surface, tuple[int, int]] | None = None  # the flames drawn, hidden
        self._field: tuple[Hashable, pygame.Surface, tuple[int, int]] | None = None  # ... and before they were hidden
        self._hidden_embers: tuple[Hashable, pygame.Surface] | None = None
        self._close = fire_close.CloseFlames()

    def heat(self, t: float, strength: float, rows: tuple[int, int] | None = None) -> npt.NDArray[np.float32]:
        """The flames' signed heat at t on the grid (its `rows` ra..rb, default all), for the
        close shots (pure, for tests): above 0 a flame, below it outside one (game.fx.fire_close)."""
        return fire_close.heat(self, t, strength, rows)

    # ------------------------------------------------------------------ drawing

    def _rescale(self, scale: float) -> None:
        scale = self._art.near(scale)
        if scale != self._scale:
            self._scale = scale
            self.art = self._art.at(scale)
            self._frame = self._field = None
            self._hidden_embers = None
            cell = _cell(scale)
            if abs(cell - self.cell) > 1e-6:
                self._grid(cell)

    def _art_at(self, scale: float) -> _Art:
        """The logs, cracks, grate and coals at `scale`, made as far as they are asked for."""
        return self.art if scale == self._scale else self._art.at(scale, ahead=True)

    def _make_logs(self, scale: float | None = None) -> None:
        """The logs and their cracks' glow, both at the view's size."""
        s = self._scale if scale is None else scale
        art = self._art_at(s)
        logs, cracks = make_logs(self.seed, log_scale(s))  # at the view's own pixels (up to LOG_MAX)
        art.logs, art.cracks = fit(logs, s), _glow_plane(fit(cracks, s))

    def _cover(self, hide: float, scale: float | None = None) -> pygame.Surface | None:
        """What the logs leave of the glow behind them, at the bed's size: 1 - hide x their
        coverage (RGB, to multiply over an additive sprite), or None before the logs exist."""
        s = self._scale if scale is None else scale
        art = self._art_at(s)
        hit = art.cover.get(hide)
        if hit is None and art.logs is not None:
            a = pygame.surfarray.array_alpha(art.logs).astype(np.float64) / 255.0
            v = np.round(255.0 * (1.0 - hide * a)).astype(np.uint8)
            hit = art.cover[hide] = pygame.surfarray.make_surface(np.ascontiguousarray(np.repeat(v[:, :, None], 3, axis=2)))
        return hit

    def _grate_at(self, scale: float) -> pygame.Surface:
        art = self._art_at(scale)
        if art.grate is None:
            art.grate = fit(make_grate(bake_scale(scale)), scale)
        return art.grate

    def visible(self, view: View, size: tuple[int, int]) -> bool:
        """Whether the fire (flames, bed or grate) shows on a `size` canvas through `view`."""
        return pygame.Rect((0, 0), size).colliderect(self._field_box(view).union(self._bed_rect(view)))

    def _levels(self, t: float, strength: float) -> list[int]:
        """The ember levels the coals glow at over the seconds after t, the most frequent first."""
        counts: dict[int, int] = {}
        for k in range(64):
            tt = (t + 0.25 * k) * (0.4 if self.calm else 1.0)
            pulse = 0.5 + 0.5 * noise1(self.seed, 800, tt * 0.9)
            level = max(0, min(EMBER_BINS - 1, round(pulse * strength * (EMBER_BINS - 1))))
            counts[level] = counts.get(level, 0) + 1
        return sorted(counts, key=lambda v: -counts[v])

    def prepare_steps(self, view: View, size: tuple[int, int], strength: float, t: float) -> Iterator[str]:
        """Make the fire's art for a shot at `view` ahead of its first frame, a piece a step:
        the turbulence textures at its grid, the logs and their cracks, the grate, the coals'
        heat and each ember level the coals will glow at."""
        if not self.visible(view, size):
            return
        scale = self._art.near(view.scale)
        n = round(TEX * CELL / _cell(scale))
        self._textures.at(float(n), ahead=True)
        yield "fire textures"
        art = self._art_at(scale)
        if art.logs is None:
            logs, cracks = yield from make_logs_steps(self.seed, log_scale(scale), rows=12)  # ~15 ms a band at 4.8x
            art = self._art_at(scale)
            if art.logs is None:
                art.cracks, art.logs = _glow_plane(fit(cracks, scale)), fit(logs, scale)
        yield "logs"
        self._cover(LOG_HIDE_FLAMES, scale)
        self._cover(LOG_HIDE_COALS, scale)
        yield "log cover"
        self._grate_at(scale)
        yield "grate"
        if strength <= 0.0:
            return
        for level in self._levels(t, strength):
            self._coals(level, scale)
            yield f"coals {level}"

    def _off_screen(self, scale: float) -> None:
        """The whole fire is off a shot at `scale`: the flames drawn, the drawn scale's logs, grate and
        coals and the flame field's textures go, as a rescale to that shot let them go (kept, they held
        2.7 MiB at the kiosk's high-water mark, line 17's push, and the fire's close-up's textures 3 MB
        through the lines after it), but nothing is made for it; the frame the fire shows in again lays
        its grid and rescales (its art made ahead before that cut, as before)."""
        if self._scale < 0 or self._art.near(scale) == self._scale:
            return
        self._art.drop_drawn()
        self._textures.drop_drawn()
        self._scale, self.cell = -1.0, -1.0  # (`_rescale` lays the grid again)
        self.art = _Art()
        self._tex = self._tex2 = _NO_TEXTURE
        self._frame = self._field = None
        self._hidden_embers = None

    def _field_box(self, view: View) -> pygame.Rect:
        """The flame field's box on screen through `view`, its grid as `_rescale` would lay it, nothing
        made. A shot the fire is off was rescaled to anyway: at her close push (line 82 at 1080p) the
        field's grid and textures were made in the cut's frame at that scale, 26 ms, for no flame drawn."""
        cell = _cell(self._art.near(view.scale))
        gw, gh, _flame_rows, x0, y0 = self.layout(cell)
        return pygame.Rect(view.rect(x0, y0, gw * cell, gh * cell))

    def _bed_rect(self, view: View) -> pygame.Rect:
        """The bed (logs, grate, coals) on screen through `view`, nothing made."""
        return pygame.Rect(self._bed_origin(view), bed_size(view.scale))

    def _bed_origin(self, view: View) -> tuple[int, int]:
        """The bed's top-left corner: the grate's rail sits RAIL_Y below it, on the hearth."""
        return view.ipt(self.box.x, self.box.bottom - 30.0 - RAIL_Y)

    def dark_logs(self, view: View, screen: pygame.Rect) -> Caster | None:
        """The logs as drawn through `view` (their art, its screen rect, their depth), to keep the
        golden haze off (charred wood stays black-brown under it); None when they are off `screen`
        or small (under DARK_LOGS_FROM: a few px of haze on them do not show, and a cut that moves
        with a camera push would upscale the haze again every frame). Made here if not yet (as
        `draw_logs` would), so the light never depends on whether they were drawn before it.
        Off `screen`, nothing is rescaled: the next shot's map made ahead (game/fx/light_ahead.py)
        asked for the window's close shot (line 75, 3.43x), the hearth off it, and the flame field's
        grid and textures were made at that scale (11.7 ms) and again at the shown one's by its
        next frame (5.1 ms): one 17 ms stall in line 74 at 1080p, for logs not drawn."""
        if view.scale < DARK_LOGS_FROM:
            return None
        bed = self._bed_rect(view)  # (the view's alone: where the bed lies needs no art)
        if not screen.colliderect(bed):
            return None
        self._rescale(view.scale)
        if self.art.logs is None:
            self._make_logs()
        assert self.art.logs is not None
        return (self.art.logs, pygame.Rect(bed.topleft, self.art.logs.get_size()), self.depth)

    def draw_logs(self, surface: pygame.Surface, view: View, casters: Sequence[Caster]) -> None:
        bed = self._bed_rect(view)
        if not surface.get_rect().colliderect(bed):
            return  # off screen: nothing to draw, nothing to make (not even rescaled: `draw_emissive`)
        self._rescale(view.scale)
        if self.art.logs is None:
            self._make_logs()
        assert self.art.logs is not None
        self.occluders.blit(surface, self.art.logs, bed.topleft, self.depth, casters, 0)

    def _coals(self, level: int, scale: float | None = None) -> pygame.Surface:
        s = self._scale if scale is None else scale
        art = self._art_at(s)
        spr = art.embers.get(level)
        if spr is None:
            if art.heat is None:
                art.heat = coal_heat(self.seed, bake_scale(s))
            spr = coal_sprite(art.heat, 0.55 + 0.45 * level / (EMBER_BINS - 1))
            cover = self._cover(LOG_HIDE_COALS, s)
            if cover is not None:  # at the bake's size, like the coals
                spr.blit(pygame.transform.smoothscale(cover, spr.get_size()) if cover.get_size() != spr.get_size() else cover,
                         (0, 0), special_flags=pygame.BLEND_RGB_MULT)
            spr = fit(spr, s)
            if art.cracks is not None:  # the logs' cracks glow with the coals (crisp: at the view's size)
                g = 0.5 + 0.5 * level / (EMBER_BINS - 1)
                art.cracks.set_palette(crack_palette(g))
                spr.blit(art.cracks, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
            art.embers[level] = spr
        return spr

    def draw_emissive(self, surface: pygame.Surface, view: View, t: float, strength: float,
                      casters: Sequence[Caster]) -> None:
        """Ember glow and flames (additive): call after the lighting pass."""
        screen, box = surface.get_rect(), self._field_box(view)
        if not screen.colliderect(box):
            if not screen.colliderect(self._bed_rect(view)):
                self._off_screen(view.scale)  # (the whole fire off this shot)
            return
        if strength <= 0.0:
            return
        self._rescale(view.scale)
        tt = t * (0.4 if self.calm else 1.0)
        pulse = 0.5 + 0.5 * noise1(self.seed, 800, tt * 0.9)
        level = max(0, min(EMBER_BINS - 1, round(pulse * strength * (EMBER_BINS - 1))))
        if self.art.logs is None:
            self._make_logs()
        spr = self._coals(level)
        origin = self._bed_origin(view)
        ekey = (level, origin, tuple((id(m), tuple(r), f) for m, r, f in casters))
        if self._hidden_embers is None or self._hidden_embers[0] != ekey:  # masked once per change
            hidden = spr.copy()
            self.occluders.hide(hidden, origin, self.depth, casters)
            self._hidden_embers = (ekey, hidden)
        surface.blit(self._hidden_embers[1], origin, special_flags=pygame.BLEND_RGB_ADD)
        frame = math.floor(t * FIELD_FPS + FIELD_PHASE)  # a 30 fps animation: reuse it between frames
        fkey = (frame, round(strength, 3), tuple(box), surface.get_height())
        hkey = (fkey, tuple((id(m), tuple(r), f) for m, r, f in casters))
        if self._frame is None or self._frame[0] != hkey:
            field = self._field if self._field is not None and self._field[0] == fkey else None
            if field is None:
                field = (fkey, *self._flames(frame, strength, box, origin, surface.get_height()))
            flames, at = field[1], field[2]
            area = pygame.Rect(at, flames.get_size())
            if any(f > self.depth + MARGIN and r.colliderect(area) for _m, r, f in casters):
                # hidden on a copy: the silhouettes change (SILHOUETTE_FPS) between two field frames,
                # and the field, the same, is kept (it was worked out again, ~1.3 ms at 1080p)
                hidden = flames.copy()
                self.occluders.hide(hidden, at, self.depth, casters)
                self._field = field if flames.get_width() * flames.get_height() <= FIELD_KEPT_PX else None
            else:  # nothing nearer over it: hiding would leave it as it is
                hidden, self._field = flames, field
            self._frame = (hkey, hidden, at)
        surface.blit(self._frame[1], self._frame[2], special_flags=pygame.BLEND_RGB_ADD)
        self.occluders.blit(surface, self._grate_at(self._scale), origin, self.depth, casters, 0)  # the flames stand behind its bars

    def _flames(self, frame: int, strength: float, box: pygame.Rect, origin: tuple[int, int],
                height: int) -> tuple[pygame.Surface, tuple[int, int]]:
        """The flames of field frame `frame` (RGB, to add) and where they go, the logs' cover laid
        over their roots; not yet hidden by what stands nearer (`draw_emissive`)."""
        ft = (frame - FIELD_PHASE) / FIELD_FPS
        at, sharp = box.topleft, self.cell * self._scale > SHARP_FROM
        if sharp:  # enlarged: coloured per screen px, crisp
            r, g, b = (float(c) for c in BOX_RGB * strength * self._breath(ft))
            ra, rb, part = self._on_screen(box, height)
            idx = fire_close.index(self.heat(ft, strength, (ra, rb)), self._close.grid(self).glow[ra:rb],
                                   max(1, round(fire_close.BLOOM_PX / self.cell)))
            idx = refine(idx, self.cell * self._scale)  # smooth edges, not the cells' stair-steps
            flames, at = self._close.render(idx, part.size, (r, g, b)), part.topleft
        else:
            flames = pygame.transform.smoothscale(rgb_surface(self.field(ft, strength)), box.size)
        # the logs in front of the flames' roots (hiding more of the close shots' flames,
        # which are never faint: a flame's edge is already orange-red)
        cover = self._cover(LOG_HIDE_COALS if sharp else LOG_HIDE_FLAMES)
        if cover is not None:
            flames.blit(cover, (origin[0] - at[0], origin[1] - at[1]), special_flags=pygame.BLEND_RGB_MULT)
        return flames, at

    def _on_screen(self, box: pygame.Rect, height: int) -> tuple[int, int, pygame.Rect]:
        """The grid's rows ra..rb that show on a canvas `height` px tall (a cell's margin), and
        where they land: a close-up shows the lower part of the field only."""
        px = box.h / self.gh
        ra = max(0, math.floor(-box.y / px) - 1)
        rb = min(self.gh, math.ceil((height - box.y) / px) + 1)
        top, bottom = box.y + round(ra * px), box.y + round(rb * px)
        return ra, rb, pygame.Rect(box.x, top, box.w, bottom - top)

    def light_point(self, t: float) -> tuple[float, float]:
        """Where the fire's light comes from at t (it leans with the flames)."""
        sway = noise1(self.seed, 900, t * (0.4 if self.calm else 1.3))
        return (self.box.cx + 10 * sway, self.base_y - self.box.h * 0.5)
