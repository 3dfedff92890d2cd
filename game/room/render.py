"""Draw the room for a staging snapshot at a moment: walls, props, figures, light.

The renderer composes layers in painter's order through a camera `View` (the shot), at
the canvas's real pixel size:

    tiles -> window exterior (rain) -> wall shadows -> back props -> figures
          -> front props -> glass drops -> candle and hearth flames -> light -> sparks

The layers come from three collaborators (prop art, figures, effects) that each draw
onto the surface they are given; this module only orders them, caches the scaled tile
background per framing, and dissolves between shots where the script asks for one. A
shot change is a cut unless the script says `over S` (where time passes); a dissolve is
rendered from the old shot frozen at the moment it began, so a capture of it is exact.
A `camera` push-in or drift is drawn by game/camera.py (at its largest scale, cut down).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

import pygame

from game import memory
from game.camera import CameraMoves, settle_grid, settled_like
from game.camera_fit import large_frame
from game.easing import fade
from game.room.ahead_turns import NextRasters, people_reach, turn_steps
from game.room.compose import Composer
from game.room.model import Room
from game.room.tiles import TileBackground
from game.steps import finish, labelled
from game.story.stage import Snapshot
from game.view import Box, Move, View, camera_view, scaled_view

if TYPE_CHECKING:
    from game.room.layers import RoomLayers

log = logging.getLogger(__name__)

# full-screen rasters in `_bg_cache` at most (8 MB each at 1080p; game.memory's budget), tile backgrounds
# and back plates together: the shot drawn's and the next shot's, made ahead (a plate replaces its shot's
# tile background, and its holes are under PLATE_SHARE of a screen). A dissolve's old shot is drawn once,
# into `_frozen`: its background is not asked for again.
BG_KEPT = 2
PLATE, HOLE = "plate", "hole"  # the first item of a back plate's key in `_bg_cache`, and of its holes' crops
PLATE_SHARE = 0.4  # no plate where what moves under the figures (the window) covers this much of the screen
PLATE_BANDS = 4  # a plate made ahead is drawn in this many bands across the screen, one a step (`_plate_steps`)


def props_module() -> object:
    """game.art.props (imported when first asked: layers import the art, not this module)."""
    import game.art.props

    return game.art.props


class RoomRenderer:
    def __init__(self, room: Room, tiles: TileBackground, layers: RoomLayers) -> None:
        self.room = room
        self.tiles = tiles
        self.layers = layers  # the art/figures/effects facade, see game/room/layers.py
        # the scaled tile backgrounds by (shot, w, h), and the back plates by (PLATE, view, size, id of its background)
        self._bg_cache: dict[tuple[object, ...], pygame.Surface] = {}
        self._frozen: tuple[tuple[str, float, int, int], pygame.Surface] | None = None
        self._scratch: pygame.Surface | None = None
        self.composer: Composer | None = None  # the room kept between frames (game/room/compose.py)
        # True: the room kept between frames, only what moved repainted (game/room/compose.py).
        # Off: measured on the 2-core development machine it saved no CPU a frame (the pixels
        # it skips cost about what its bookkeeping and copies add); `bench.py --kept` compares.
        self.keep_frames = False
        self.moves = CameraMoves()  # a `camera` push-in or drift (game/camera.py)
        # The back plate: the tile background with the back props drawn on it once a shot (but in
        # the window and the clock, painted again each frame): saves their blits every frame, the
        # same pixels (tests/perf/test_plate.py). `plates` False draws every layer each frame.
        self.plates = True
        self._holes: dict[tuple[object, ...], list[pygame.Rect]] = {}  # each plate's holes, by its key
        self._shown: tuple[object, ...] | None = None  # the (shot, w, h) drawn last: its background is kept
        self.turns_ahead = NextRasters()  # the next cut's figure turns, made ahead (`prepare_steps` with `turns`)

    def memory_bytes(self) -> int:
        """Bytes of the tile backgrounds kept (game.memory; the camera's are its own)."""
        return sum(memory.surface_size(s) for s in self._bg_cache.values() if s.get_parent() is None)  # (a hole: its plate's)

    def watch(self) -> None:
        """From now on note which backgrounds are asked for (game.memory.watch)."""
        self._bg_cache = memory.noting(self._bg_cache)

    def release(self) -> None:
        """Keep only the backgrounds asked for since `watch` (none if not watched)."""
        self._bg_cache = memory.kept(self._bg_cache)[0]

    def view_for(self, shot: str, canvas: pygame.Surface) -> View:
        s = self.room.shots.get(shot) or self.room.shots["wide"]
        return camera_view(s.rect.x, s.rect.y, s.rect.w, canvas.get_width())

    def _scaled_background(self, shot: str, size: tuple[int, int]) -> pygame.Surface:
        key = (shot, size[0], size[1])
        cached = self._bg_cache.get(key)
        if cached is None:
            s = self.room.shots.get(shot) or self.room.shots["wide"]
            cached = self._kept_background(key, self.tiles.crop(s.rect, size))  # built down from 4x tiles, never upscaled
        return cached

    def _background_steps(self, shot: str, size: tuple[int, int]) -> Iterator[str]:
        """`_scaled_background` made ahead a band of tiles a step (TileBackground.crop_steps): the
        whole of a close shot's was one 25 ms step at 1080p."""
        key = (shot, size[0], size[1])
        if self._bg_cache.get(key) is not None:
            return
        s = self.room.shots.get(shot) or self.room.shots["wide"]
        made = yield from labelled(self.tiles.crop_steps(s.rect, size), "background")
        if self._bg_cache.get(key) is None:  # (not made meanwhile by a frame that drew it)
            self._kept_background(key, made)

    def _kept_background(self, key: tuple[object, ...], made: pygame.Surface) -> pygame.Surface:
        """A tile background just made, in the display's format, kept in `_bg_cache`."""
        shown = pygame.display.get_surface() if pygame.display.get_init() else None
        if shown is not None and (made.get_bitsize(), made.get_masks()) != (shown.get_bitsize(), shown.get_masks()):
            made = made.convert()  # (in the display's format already: no second screen made)
        self._keep(key, made)
        return made

    def draw(self, surface: pygame.Surface, snap: Snapshot, t: float,
             nib_uv: tuple[float, float] | None = None) -> None:
        """The room as seen through the snapshot's shot at time t (dissolving if changing).

        `nib_uv` is where the pen is on the notebook's spread (0..1 each way), so the
        writer's hand follows the ink. `surface` is the canvas the room is shown on: its size is the light
        map's window (a move's larger map is kept baked only up to
        MOVE_BAKE of the window's: game/fx/lighting.py `_bakes`).
        """
        if self.layers is not None:
            self.layers.fx.light_map.window = surface.get_size()
        change = snap.shot
        p = change.progress(t)
        if p >= 1.0 or not change.previous:
            self._frozen = self._scratch = None  # (a dissolve's two screens, let go of as it ends)
            self.draw_shot(surface, change.value, snap, t, nib_uv)
            return
        size = surface.get_size()
        key = (change.previous, change.since, size[0], size[1])
        if self._frozen is None or self._frozen[0] != key:
            old = pygame.Surface(size)
            self.draw_shot(old, change.previous, snap, change.since)
            self._frozen = (key, old)
        surface.blit(self._frozen[1], (0, 0))
        if self._scratch is None or self._scratch.get_size() != size:
            self._scratch = pygame.Surface(size)
        self.draw_shot(self._scratch, change.value, snap, t, nib_uv)
        alpha = round(255 * fade(p))
        self._scratch.set_alpha(alpha if alpha < 255 else None)  # (alpha 255: SDL's slow blend, 20 ms at 1080p)
        surface.blit(self._scratch, (0, 0))
        self._scratch.set_alpha(None)

    def draw_shot(self, surface: pygame.Surface, shot: str, snap: Snapshot, t: float,
                  nib_uv: tuple[float, float] | None = None) -> None:
        if self.moves.wants(self, shot, snap):
            self.moves.draw(self, surface, shot, snap, t, nib_uv)
            return
        self.moves.rest()
        inserts = getattr(self.layers, "inserts", None)
        if inserts is not None and inserts.has(shot, drawn=True):  # a close shot drawn as its own illustration
            self.let_go_room()
            self.layers.draw_insert(surface, shot, snap, t)
            return
        view = self.view_for(shot, surface)
        if self._shown is not None and self._shown != (shot, *surface.get_size()):
            self.let_go_room()  # the shot cut from: not drawn again before a cut back, which makes it ahead again
        self._shown = (shot, *surface.get_size())
        plate = self._plate(shot, view, snap, t, surface.get_size()) if self.plates else None
        if plate is not None and self.layers is not None:  # the back plate, its holes painted again
            surface.blit(plate[0], (0, 0))
            self.layers.draw(surface, view, snap, t, nib_uv, plate[1])
            return
        self.paint_room(surface, self._scaled_background(shot, surface.get_size()), view, snap, t, nib_uv)

    def prepare_steps(self, shot: str, snap: Snapshot, size: tuple[int, int],
                      move: Move | None = None, room_shown: bool = True,
                      settled: Box | None = None, effects: bool = True, turns: bool = False) -> Iterator[str]:
        """Make `shot`'s art ahead, a small piece per step (the script knows the next shot,
        as Ren'Py predicts images): its tile background, each prop on screen, each figure
        part at the shot's scale, the effects' sprites (game/fx/room_fx.py). With a camera
        `move` (the next line's), the art is made at the move's largest scale over its box,
        where game/camera.py draws the moving frames. Only caches are filled; nothing drawn
        depends on whether, or how far, this ran. Yields what each step made. (An insert is
        left to its first frame.) A prop or figure part that would push the shown shot's out of
        their budget is left to the cut (each on its own, not all of them), unless the room is not
        on screen (`room_shown` False: a close shot or the page is): then every one is made, the
        figure parts turned as they stand too. `settled` (the framing a camera move playing now
        ends on, where game/camera.py draws the room at its own size once it settles, mid-line):
        that framing's art instead. `effects` False: not the effects' sprites (kept for the shot
        drawn and one other scale, let go of by the memory governor at every look). `turns`: `snap`
        is the cut's frame itself (its moment known: game/scenes/ahead.py `cut_snapshot`), so the
        figure parts are turned as it draws them, held apart until the cut (game/room/ahead_turns.py).
        A still shot after a camera move cut now (`moves.moving()`) has its tile background and back
        plate made in that last pass only (`turns`), as a move's background is: made from the line's
        first half second they were held beside the move's large frame, its plate and its art at the
        move's scale (her gaze's push, line 17 at 1080p: line 18's background, 7.9 MiB, and its pass
        across, 9.1, held across frames while it was made in bands; a kiosk's 4 simulated hours,
        RSS after the push's fourth frame 251.2 -> 244.7 MB; `bench_cuts --from 15 --to 18`: the cut
        into 18 and line 17's worst frame no slower)."""
        inserts = getattr(self.layers, "inserts", None)
        if self.layers is None or (inserts is not None and inserts.has(shot)) or shot not in self.room.shots:
            return
        s = self.room.shots[shot]
        later = False
        if settled is not None:
            view = camera_view(settled[0], settled[1], settled[2], size[0])
            yield from self.moves.prepare_steps(self, settled, size)
        elif move is not None and not bool(getattr(self.layers.fx, "reduce_motion", False)):
            box = (s.rect.x, s.rect.y, s.rect.w, s.rect.h)
            like = settled_like(move, box, size)
            bounds, size, scale = large_frame(move, box, size[0])
            view = scaled_view(bounds[0], bounds[1], scale)  # (the move's own: game/camera.py)
            settle_grid(self, view, like)  # (its figures' masks as its frames pose them)
            if turns or not self.moves.moving():  # (`moving`: made once the move on screen has settled)
                yield from self.moves.prepare_steps(self, bounds, size, like)
        else:
            later = self.moves.moving() and not turns  # (a move on screen: its background and plate wait, see above)
            if not later and not self._plated(shot, size):  # (a plate stands in for its background: not made again)
                yield from self._background_steps(shot, size)
            yield "background"
            view = camera_view(s.rect.x, s.rect.y, s.rect.w, size[0])
        props = self.layers.props
        area = pygame.Rect((0, 0), size)
        shown = [piece for piece in props.pieces if area.colliderect(props._screen_rect(piece, view))]
        if turns:  # the cut's frame itself: also those its wall shadows and the figures' covers ask for
            shown += props.beside(view, size, shown, people_reach(self.layers, view, snap))
        budget = getattr(props_module(), "PROP_BUDGET", None)
        for piece in shown:  # each that fits beside the shown shot's (else it would push them out)
            w, h = props._size(piece, view.scale)
            # (the clock keeps its own rasters, two scales, apart from the props' (game/art/clock.py): left
            # to the cut for the props' budget, its case, glass and turned hands were made in the cut into
            # its close shot, line 53)
            own = getattr(props, "clock", None) is not None and piece.name == props.clock_name
            if budget is None or not room_shown or own or props.fits((w, h)):  # (read on a loader: `piece_steps`)
                yield from props.piece_steps(piece, view, size)  # (a big back prop: only what the shot shows)
                yield piece.name
            elif settled is None and (yield from props.piece_steps(piece, view, size, ahead=True)):  # held apart until
                yield piece.name  # the cut (AHEAD_BUDGET; one scale: a move's settled framing toggled it with the next shot's)
        from game.fx.lighting import DOWNSCALE
        from game.fx.shadows import prepare_edges

        # the light map's top-edge bands of the props made above (fill_edges: 270-550 ms at a cut)
        yield from prepare_edges(props.silhouettes(view, size, held=True), DOWNSCALE, size)
        from game.room.layers import figure_states  # (layers imports the art: not at import time)

        figures = self.layers.figures
        drawn, _ = figures._scene(figure_states(snap), snap.t)
        level = math.ceil(math.log2(max(view.scale, 1e-3)) * 4.0)
        parts = [d for d in drawn if d.char in figures.specs and d.part in figures.specs[d.char].parts]
        zoom = 2.0 ** (level / 4.0)
        rasters = figures.rasters
        for d in [] if turns else parts:  # each that fits beside the shown shot's in the budget, as the props
            pw, ph = figures.specs[d.char].parts[d.part].size
            if room_shown and 4 * pw * ph * zoom * zoom + rasters._raster_bytes > rasters.raster_budget():
                continue
            yield from rasters.base_steps(d.char, d.part, d.variant, level, d.placed.flip != d.mirror, "art")  # (on a loader)
            rasters.base(d.char, d.part, d.variant, level, d.placed.flip != d.mirror, "art")
            if not room_shown and area.colliderect(rasters.reach(view, d)):  # turned as Figures.draw
                rasters.clipped(view, d, area)
            yield f"{d.char}/{d.part}"
        if turns:  # (their zoom rasters with them, apart: game/room/ahead_turns.py)
            yield from turn_steps(self.layers, self.turns_ahead, view, snap, area)
        if move is None and settled is None and self.plates and not later and self.layers.plate_ready(view, size):  # the back plate, of
            yield from self._plate_steps(shot, view, snap, snap.t, size, PLATE_BANDS)  # of the background and props above
            yield "plate"  # (one left to the cut for the budget would be rasterized here: left with it)
        from game.fx.light_ahead import light_steps
        from game.room.layers import fx_state

        # the cut's light map, at the view it is drawn through (game/fx/light_ahead.py): before the
        # effects' sprites, the largest part of a cut's frame left when a loaded pass runs out
        if turns and effects and settled is None:
            yield from light_steps(self.layers, self.turns_ahead, view, snap, size)
            if self.layers.fx.light_map.ahead is not None:  # (made: the turns its rim's measure alone asked for go)
                self.turns_ahead.measured()
        # the effects' sprites at the shot's scale: light falloffs, fire, candles, sparks, rain
        if effects:
            yield from self.layers.fx.prepare_steps(view, size, fx_state(snap), snap.t)

    def prepare_beside(self, shot: str, size: tuple[int, int], move: Move | None = None) -> Iterator[str]:
        """The close shot `shot`'s first frame made ahead while another close shot is on screen,
        a part per step, at the size it is drawn (a camera `move`: its largest scale): its parts'
        rasters and first turns, kept beside the shown one's (game/art/inserts.py never lets go
        of the insert on screen's for another's), but not its light map (one is kept, the one
        on screen's: made ahead, it would be made again in the next frame, twice)."""
        inserts = getattr(self.layers, "inserts", None)
        if inserts is None or not inserts.has(shot) or shot not in self.room.shots:
            return
        if move is not None and not bool(getattr(self.layers.fx, "reduce_motion", False)):
            r = self.room.shots[shot].rect
            scale = move.largest_scale((r.x, r.y, r.w, r.h), size[0])
            size = (math.ceil(r.w * scale), math.ceil(r.h * scale))
        yield from inserts.prepare_steps(shot, size)

    def paint_room(self, surface: pygame.Surface, background: pygame.Surface, view: View, snap: Snapshot,
                   t: float, nib_uv: tuple[float, float] | None = None) -> None:
        """The room over `background` through `view`: the kept frame with only what moved
        painted again (game/room/compose.py), or, with `keep_frames` off, every layer."""
        if self.layers is None or not self.keep_frames:
            surface.blit(background, (0, 0))
            if self.layers is not None:
                self.layers.draw(surface, view, snap, t, nib_uv)
            return
        if self.composer is None or self.composer.layers is not self.layers:
            self.composer = Composer(self.layers)
        self.composer.draw(surface, background, view, snap, t, nib_uv)

    def _plate(self, shot: str, view: View, snap: Snapshot, t: float,
               size: tuple[int, int]) -> tuple[pygame.Surface, list[tuple[pygame.Rect, pygame.Surface]]] | None:
        """The shot's back plate and its holes (each rect that changes, with the tile background
        under it), made at the shot's first frame from its tile background, which it replaces in
        `_bg_cache` (the same bytes and the holes' crops); None where the layers cannot use one.
        Made in this frame, nothing drawn between: painted over the tile background itself (`in_place`)."""
        return finish(self._plate_steps(shot, view, snap, t, size, in_place=True))

    def _plate_steps(self, shot: str, view: View, snap: Snapshot, t: float, size: tuple[int, int],
                     bands: int = 1, in_place: bool = False,
                     ) -> Generator[str, None, tuple[pygame.Surface, list[tuple[pygame.Rect, pygame.Surface]]] | None]:
        """`_plate`, its props drawn in `bands` across the screen, one a step (each through the clip:
        the same pixels): made ahead, the whole was one 13 ms step in a frame of line 1 at 1080p.
        `in_place` (made whole before any frame draws: `_plate`, at a shot's first frame): the props
        painted over the tile background itself, which becomes the plate, its holes' pixels copied
        aside and put back (under PLATE_SHARE of a screen), not over a copy of it, a second screen
        beside it while the props it rasterizes for the plate are made (the cuts into lines 9, 10 and
        55 at 1080p, whose next shot's plate was left to the cut: 7.9 MiB). Made ahead, in bands
        across frames, it stays a copy: a cut before its last band draws from the background."""
        layers = self.layers
        if layers is None or self.keep_frames or not layers.plates():
            return None
        key = (PLATE, shot, size[0], size[1])
        plate = self._bg_cache.get(key)
        holes = self._holes.get(key, [])
        crops = [self._bg_cache.get((HOLE, *key[1:], i)) for i in range(len(holes))]
        if plate is not None and all(c is not None for c in crops):
            return plate, [(r, c) for r, c in zip(holes, crops, strict=True) if c is not None]
        rects = layers.plate_rects(view, size)
        if sum(r.w * r.h for r in rects) >= PLATE_SHARE * size[0] * size[1]:
            return None
        from game.room.layers import prop_state  # (layers imports the art: not at import time)

        background = self._scaled_background(shot, size)
        under = [background.subsurface(r).copy() for r in rects] if in_place else None
        plate = background if in_place else background.copy()
        state, band = prop_state(snap, t, layers.shifts), -(-size[1] // max(1, bands))
        for y in range(0, size[1], band):
            plate.set_clip(pygame.Rect(0, y, size[0], band))
            layers.draw_plate(plate, view, state)
            yield "plate"
        plate.set_clip(None)
        if self._plated(shot, size):  # (made meanwhile by a frame that drew the shot: the same)
            return self._plate(shot, view, snap, t, size)
        self._bg_cache.pop((shot, size[0], size[1]), None)  # the plate stands in for it
        self._keep(key, plate)
        self._holes[key] = rects
        out = []
        for i, r in enumerate(rects):  # the holes keep the tile background in the plate itself (each frame paints
            if under is not None:  # them again from there, `draw_albedo`): no copies of it (up to 0.8 screen)
                plate.blit(under[i], r)
            else:
                plate.blit(background, r, r)
            crop = plate.subsurface(r)
            self._bg_cache[(HOLE, *key[1:], i)] = crop
            out.append((r, crop))
        return plate, out

    def _plated(self, shot: str, size: tuple[int, int]) -> bool:
        """Whether `shot` at `size` has its back plate kept, with all its holes' crops. Its tile
        background was let go of when the plate was made: made again by the steps that run every
        PREPARE_AGAIN s (game/scenes/story.py), it pushed the plate out of `_bg_cache` (BG_KEPT)
        and the plate was made again after it, two full-screen rasters a second at lines 1-5, 17,
        20, 69 (the ahead-work's slow steps)."""
        key = (PLATE, shot, size[0], size[1])
        return self._bg_cache.get(key) is not None and all(
            self._bg_cache.get((HOLE, *key[1:], i)) is not None for i in range(len(self._holes.get(key, []))))

    def let_go_still(self) -> None:
        """Let go of the still background (or back plate, with its holes) of the shot drawn still
        last (`_shown`): a camera move draws from its own (game/camera.py), on the same shot, which
        is not drawn still again until another shot was cut to (a `camera` line's move stays with
        the shot: game/story/director.py), and the next shot's is made ahead. It was held through
        the move, the day's peak at 1080p (her gaze's push, line 17: 7.9 MiB beside the move's ~30).
        So is a still shot's at a cut to another still shot (`draw_shot`): kept in `_bg_cache` (BG_KEPT)
        until a third pushed it out, the clock's plate (lines 53-54) was held through the table's shot
        and the two pushes after it (55-57 at 1080p, 7.9 MiB beside the kiosk's peak there: lines 53-57
        played at 60 Hz, the highest RSS 303.5 -> 294.6 MiB; a shot cut back to is made ahead again)."""
        shown, self._shown = self._shown, None
        if shown is None:
            return
        plate = (PLATE, *shown)
        for key in (shown, plate, *((HOLE, *shown, i) for i in range(len(self._holes.pop(plate, []))))):
            if key in self._bg_cache:
                del self._bg_cache[key]

    def let_go_room(self) -> None:
        """An insert drawn (a close shot drawn as its own illustration, no room under it): let go of the
        room's screens it does not draw from before it draws, the still shot's background or plate
        (`let_go_still`) and the light map's baked canvases (`LightMap.let_go_canvas`; a camera move's
        own are let go of by `CameraMoves.rest` or its settle). The room's caches let go of what the
        insert did not draw after its second frame (game/scenes/ahead.py `_room_left`), so its first
        two frames, the line's heaviest (its rasters, turns and light map made), were drawn beside
        them: line 19's, the trembling lips, the kiosk's high-water mark at 1080p beside her seated
        shot's plate and its light canvas, 7.9 MiB each. Letting go of a big buffer is an unmap
        (no heap trim, the small ones are left to `_room_left`); a shot cut back to is made ahead
        again, as it was after the second frame; the map is made again by the room's next frame. So at a cut
        from one still shot to another (`draw_shot`), before the new shot's background and plate are made: the
        old map's canvas was reused by the new map's bake, last in the frame, and held beside the new tile
        background and its pass across (line 10 at 1080p, its first frame's rise over its start 10.1 -> 2.2 MB,
        lines 7-11 played at 8 updates a frame, a tap every 3 frames); the new map bakes into a fresh one."""
        self.let_go_still()
        light_map = getattr(getattr(self.layers, "fx", None), "light_map", None)
        if light_map is not None:
            light_map.let_go_canvas()

    def _keep(self, key: tuple[object, ...], surface: pygame.Surface) -> None:
        """Keep `surface` in `_bg_cache`, letting go of the oldest beyond BG_KEPT (a plate with
        its holes), never the shot drawn last's (made ahead, the next shot's would push it out)."""
        whole = [k for k in self._bg_cache if k[0] != HOLE]
        older = [k for k in whole if (k[1:] if k[0] == PLATE else k) != self._shown]
        for old in older[:max(0, len(whole) - BG_KEPT + 1)]:
            del self._bg_cache[old]
            if old[0] == PLATE:
                for i in range(len(self._holes.pop(old, []))):
                    self._bg_cache.pop((HOLE, *old[1:], i), None)
        self._bg_cache[key] = surface

