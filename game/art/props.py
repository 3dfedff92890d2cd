"""The room's furniture and objects as art: one SVG per prop, placed by the Tiled map.

Why it is shaped this way:
- The map (scenes/room.tmx, layer `props`) owns *where* things are; the SVGs own *what they
  look like*. Each SVG's coordinate system is its prop box's local coordinates (0,0 = the
  box's top-left, 1 unit = 1 room pixel); its viewBox may overhang the box (curtains, the
  mantel shelf, a table top that candles stand on). Rasterizing the viewBox at
  `size * view.scale` and blitting it at `box origin + viewBox origin` places it exactly.
- Candle holders are props too, anchored at each candle point (the cup rim where the wax
  stands, local (0,0) in holder_<kind>.svg); the lighting pass draws wax and flame on top.
- Figures sit *on* the sofa and armchair and behind the coffee table, so the props come in
  two layers: the lead draws `back` -> figures -> `front`. The map says which is which:
  every prop object may carry `layer` (back, the default, or front), `art` (the SVG's
  name when several props share one drawing), `shadow` (throws a wall shadow) and `wall`
  (hangs on the wall: its shadow has no depth); an object of type `clock` gets moving
  hands. A candle's holder is drawn from `holder_<holder>.svg` when that drawing exists,
  just after the prop named by its `on` property. A figure's `notebook_shift` (room px)
  is where the notebook rests while that character holds it. No room's names are here.
- Rasterizing costs milliseconds, so each piece is rasterized once per view scale (by
  `prepare`, or by the first draw that shows it; the SvgCache keeps them on disk too) and
  only blitted per frame. The last MAX_SCALES scales stay in memory (a dissolve shows two
  shots at once). Shots change by dissolves, not zooms: a continuous zoom would rasterize
  every frame.

Public API:
    PropState(clock_minutes, notebook_open, notebook_holder, pen_on_table, notebook_shift)
    art = PropArt(room, art_dir, svg)
    art.prepare(view, canvas=None)                     rasterize (what the canvas shows) ahead
    art.draw(surface, view, state, t, layer)           layer in LAYERS = ("back", "front")
    art.silhouettes(view, canvas=None) -> [(mask, screen rect, floor y in room)]  wall shadows
    art.notebook_rect(state) -> Rect                   the notebook box after its slide
    art.notebook_pages(state) -> (left Rect, right Rect)   blank page areas (room coords)
    art.missing                                        SVG files that could not be found
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from concurrent.futures import wait
from pathlib import Path

import pygame

from game import memory
from game.art.prop_moves import TRIAL_FRAMES as TRIAL_FRAMES  # (the props' API: imported from here)
from game.art.prop_moves import MoveScales
from game.art.prop_outline import KeptOutlines, Reduced, outline_sizes, reductions
from game.art.prop_pieces import PAGES, WALL_BASE_Y, Piece, RoomProps
from game.art.prop_pieces import PropState as PropState  # (the props' API: imported from here)
from game.art.prop_pieces import read_viewbox as read_viewbox
from game.art.svg import Looks, SvgCache
from game.room.model import Rect, Room
from game.steps import load
from game.view import View

LAYERS = ("back", "front")
MAX_SCALES = 2  # view scales kept in memory: the shot drawn and the next one prepared (a dissolve shows both)
PROP_BUDGET = 20 * 1024 * 1024  # bytes of prop rasters over the scales kept (a wide shot at 1080p: ~8 MB)
# bytes of the next shot's rasters made ahead that do not fit in PROP_BUDGET beside the shown shot's
# (`prepare_piece` with `ahead`): held apart, they join its scale at the cut (`_adopt`), where the
# shot before's scale goes. (Left to the cut, they were loaded in its frame: 50-130 ms at lines 16,
# 17, 76 at 1080p, a big back prop's whole raster decoded to crop it.)
# (12 MiB held the window's crop at her gaze's 4.3x but not the sofa beside it, 15 MiB: 35 ms in the cut to 17;
# the cut's frame held the shot before's scale and the new one's together anyway)
AHEAD_BUDGET = 32 * 1024 * 1024
# bytes: a back prop rastered bigger than this keeps only what is shown (one that throws a shadow, its
# outline too: game/art/prop_outline.py; her gaze's push, line 17 at 1080p: the sofa 13.96 MiB whole)
CROP_FROM = 2 * 1024 * 1024
COVER_REACH = 256  # screen px round the canvas a front prop must reach to hide a figure there (game/room/layers.py
# `seen_people`, and so made for it: `beside`): ~30 of a mask's px at her gaze's 4.32x at 1080p, 32 of the light map's cells
CROP_MARGIN = 0.05  # of the target surface's size, kept round what it shows
# A piece made ahead is read on this thread (its cached PNG decoded and converted: the window's crop
# at 4.3x was one 44-50 ms step at 1080p, the sofa 25-31, in frames whose ahead-work budget is 10 ms;
# pygame lets go of the GIL while it decodes; game/steps.py LOADER); the main thread only keeps it (`piece_steps`).
LOAD_WAIT = 0.002  # seconds a step waits for the loader before it yields (no busy wait)


class PropArt(MoveScales, KeptOutlines):
    """All the props of one room, rasterized per view scale."""

    def __init__(self, room: Room, art_dir: Path, svg: SvgCache) -> None:
        self.room = room
        self.art_dir = art_dir
        self.svg = svg
        found = RoomProps(room, art_dir, svg)  # what the map says the props are, and their drawings
        self.pieces, self.missing, self.clock, self.clock_name = found.pieces, found.missing, found.clock, found.clock_name
        pens = room.anchors_of("pen")
        self.pen_name = pens[0].name if pens else ""
        self._scales: dict[float, dict[str, pygame.Surface]] = {}
        self._bytes = 0  # of the rasters in _scales
        self._asked: set[str] | None = None  # the pieces a frame asked for, while `settle` counts them
        # the front props off the frame a cut took in from those held apart (`_adopt`) and its frames
        # have not asked for yet, at that scale, and how many of its frames have begun (`_tried`)
        self._trial: tuple[float, set[str], int] | None = None
        # the part of a piece's whole raster kept, by (scale key, file name), when only a crop is
        # kept (a close-up's fireplace: 20 MB whole at 4.8x, a few MB of it in view)
        self._crops: dict[tuple[float, str], pygame.Rect] = {}
        self._look = Looks()  # the governor's looks: a scale not asked for since the last goes
        # the clock's view scales asked for since the last look (its own rasters, game/art/clock.py): at the
        # next it lets go of the others' (a close shot's case, glass and turned hands, 4.4 MiB at 1080p, were
        # held for hours of the kiosk's play after the clock's close-up, the day's peak at line 17 among them)
        self._clock_asked: set[float] = set()
        # the next shot's rasters that do not fit beside the shown shot's (AHEAD_BUDGET), at scale key
        # `_ahead_key`, with their crops: kept apart until the cut draws that scale (`_adopt`)
        self._ahead: dict[str, pygame.Surface] = {}
        self._ahead_crops: dict[str, pygame.Rect] = {}
        self._ahead_key: float | None = None
        self._ahead_bytes = 0
        # a piece's raster read on the loader (`piece_steps`): (file, size, crop, outline made) -> it, taken by `_made`
        self._loaded: tuple[tuple[Path, tuple[int, int], tuple[int, int, int, int] | None, bool], Read] | None = None
        # what is written on the open notebook's page 0 / 1 at a pixel size (white = bare
        # paper), set by the story scene: the room's notebook shows the pen's ink
        self.page_ink: Callable[[int, tuple[int, int]], pygame.Surface | None] | None = None
        self.wall_base_y = float(room.props.get("wall_base_y", WALL_BASE_Y))

    # -- rasters ---------------------------------------------------------------------------

    def _size(self, piece: Piece, scale: float) -> tuple[int, int]:
        return (max(1, round(piece.box[2] * scale)), max(1, round(piece.box[3] * scale)))

    def prepare(self, view: View, canvas: tuple[int, int] | None = None) -> None:
        """Rasterize the pieces for `view.scale` ahead of drawing (at a shot change, never per
        frame). With `canvas` (the target surface size) only the pieces it shows are made:
        a 4x close-up of the notebook need not rasterize the whole room at 4x."""
        area = pygame.Rect(0, 0, *canvas) if canvas is not None else None
        self._adopt(view, area)
        for piece in self.pieces:
            if self.clock is not None and piece.name == self.clock_name:
                continue  # drawn by its ClockArt, from its own rasters (below)
            if area is None:
                self._raster(piece, view.scale)
            elif area.colliderect(self._screen_rect(piece, view)):
                self.prepare_piece(piece, view, area.size)
        if self.clock is not None and (area is None or area.colliderect(self.clock.screen_rect(view))):
            self._clock_asked.add(view.scale)
            self.clock.prepare(view)

    def prepare_piece(self, piece: Piece, view: View, canvas: tuple[int, int], ahead: bool = False) -> bool:
        """Rasterize one piece ahead for a `canvas`-sized surface through `view` (what of it
        the canvas shows: a big back prop keeps only that, as `draw` would). The clock's piece
        is its ClockArt's case, glass, hands and bob (`draw` never blits the piece's own raster:
        made ahead, it was a copy of the case never shown, and the clock's own were made at the cut).
        `ahead`: the next shot's piece that does not fit beside the shown shot's, held apart until
        its scale is drawn (AHEAD_BUDGET; False: no room for it there, nothing made)."""
        if self.clock is not None and piece.name == self.clock_name:
            self._clock_asked.add(view.scale)
            self.clock.prepare(view)
            return True
        need = self._need(piece, view, canvas)
        if not ahead:
            self._shown(piece, view.scale, need, canvas)
            return True
        key, name = round(view.scale, 4), piece.path.name
        if self._ahead_key != key:
            self.release_ahead()
            self._ahead_key = key
        if name in self._ahead or name in self._scales.get(key, {}):
            return True
        if self._kept_bytes(piece, view.scale, need, canvas) + self._ahead_bytes > AHEAD_BUDGET:
            return False
        surf, crop, red = self._made(piece, view.scale, need, canvas, False)
        self._ahead[name] = surf
        self._ahead_bytes += surf.get_pitch() * surf.get_height()
        if red is not None:
            self._ahead_bytes += self._outlined(self._ahead, key, name, red)
        if crop is not None:
            self._ahead_crops[name] = crop
        return True

    def piece_steps(self, piece: Piece, view: View, canvas: tuple[int, int], ahead: bool = False) -> Generator[str, None, bool]:
        """`prepare_piece` with the raster it would make read on the loader thread meanwhile, a
        step yielded while it is (the same pixels: `_read` is what `_made` does); returns what
        `prepare_piece` returns."""
        todo = self._to_make(piece, view, canvas, ahead)
        if todo is not None:
            job = load(_read, self.svg, piece.path, todo[0], todo[1], _display_format(), todo[2])
            while not job.done():
                wait([job], timeout=LOAD_WAIT)
                yield "loading"
            self._loaded = ((piece.path, *todo), job.result())
        try:
            return self.prepare_piece(piece, view, canvas, ahead)
        finally:
            self._loaded = None

    def _need(self, piece: Piece, view: View, canvas: tuple[int, int]) -> pygame.Rect:
        """What of the piece's whole raster a `canvas`-sized surface through `view` shows."""
        rect, area = self._screen_rect(piece, view), pygame.Rect((0, 0), canvas)
        return area.clip(rect).move(-rect.x, -rect.y)

    def _to_make(self, piece: Piece, view: View, canvas: tuple[int, int], ahead: bool,
                 ) -> tuple[tuple[int, int], tuple[int, int, int, int] | None, bool] | None:
        """The raster `prepare_piece` would make (its whole size, the crop kept, whether its outline
        is made with it), None if none."""
        if self.clock is not None and piece.name == self.clock_name:
            return None
        key, name, need = round(view.scale, 4), piece.path.name, self._need(piece, view, canvas)
        surf, crop = self._scales.get(key, {}).get(name), self._crops.get((key, name))
        if ahead and (name in self._scales.get(key, {}) or (self._ahead_key == key and name in self._ahead)
                      or self._kept_bytes(piece, view.scale, need, canvas)
                      + (self._ahead_bytes if self._ahead_key == key else 0) > AHEAD_BUDGET):
            return None
        if not ahead and surf is not None and (crop is None or crop.contains(need)):
            return None
        if not ahead and surf is None and self._held(key, name, need) is not None:
            return None
        return (*self._plan(piece, view.scale, need, canvas, not ahead and surf is not None), self._unoutlined(piece, key))

    def _unoutlined(self, piece: Piece, key: float) -> bool:
        """Whether the piece throws a shadow and has no outline kept at scale `key` yet."""
        return piece.shadow and self._kept_outline(key, piece.path.name) is None

    def beside(self, view: View, canvas: tuple[int, int], shown: list[Piece],
               people: list[pygame.Rect] | None = None) -> list[Piece]:
        """The pieces a frame through `view` on a `canvas` asks for whole though off it (not in
        `shown`): the wall shadows' casters within reach (`silhouettes`) and the front props that
        may cover the figures (game/room/layers.py `seen_people`: any whose box meets one of the
        `people`'s screen rects within COVER_REACH of the canvas; however far off it, at 4x the
        armchair and the coffee table were made in the cut into her gaze, line 16), most on screen first."""
        area = pygame.Rect(0, 0, *canvas).inflate(*canvas)
        near = pygame.Rect(0, 0, *canvas).inflate(2 * COVER_REACH, 2 * COVER_REACH)
        skip = {self.pen_name, self.clock_name}
        out = []
        for p in self.pieces:
            if p in shown or p.name in skip or p.name.startswith("notebook") or not (p.shadow or p.layer == "front"):
                continue
            rect = self._screen_rect(p, view)
            if area.colliderect(rect) or (p.layer == "front" and near.colliderect(rect) and rect.collidelist(people or []) >= 0):
                out.append(p)
        return out

    def _kept_bytes(self, piece: Piece, scale: float, need: pygame.Rect, target: tuple[int, int]) -> int:
        """Bytes of the raster `_made` keeps of the piece (a big back prop: the crop it shows)."""
        w, h = self._size(piece, scale)
        lines = sum(4 * a * b for a, b in outline_sizes((w, h))) if piece.shadow else 0
        if self._croppable(piece, scale):
            mx, my = round(target[0] * CROP_MARGIN), round(target[1] * CROP_MARGIN)
            crop = need.inflate(2 * mx, 2 * my).clip(pygame.Rect(0, 0, w, h))
            if crop.w * crop.h * 4 <= w * h * 3:
                return 4 * crop.w * crop.h + lines
        return 4 * w * h + lines

    def fits(self, size: tuple[int, int]) -> bool:
        """Whether a raster of `size` px fits in PROP_BUDGET beside the rasters kept (not those held apart)."""
        return 4 * size[0] * size[1] + self.memory_bytes() - self._ahead_bytes <= PROP_BUDGET

    def release_ahead(self) -> None:
        """Let go of the next shot's rasters held apart (`prepare_piece` with `ahead`)."""
        self._ahead, self._ahead_crops, self._ahead_key, self._ahead_bytes = {}, {}, None, 0

    def _adopt(self, view: View, area: pygame.Rect | None) -> None:
        """A frame draws through `view` (`prepare`, at its first: the cut) on `area`: the rasters held
        apart for its scale join its own, and the scales before go down to the budget (`_trim`); the
        front props among them off the area are on trial (`_tried`). (Not from `draw`: the back
        plate made ahead draws the next shot's props, and would take them in before the cut.)"""
        if self._ahead_key is None:
            return
        key = round(view.scale, 4)
        if key != self._ahead_key:
            return
        rasters = self._scales.pop(key, None) or {}
        self._scales[key] = rasters
        off = {p.path.name for p in self.pieces if p.layer == "front" and area is not None
               and not area.colliderect(self._screen_rect(p, view))}  # (made for the figures they might cover)
        self._trial = (key, {n for n in self._ahead if n in off and n not in rasters}, 0)
        for name, surf in self._ahead.items():
            if name not in rasters:
                rasters[name] = surf
                self._bytes += surf.get_pitch() * surf.get_height()
                if name in self._ahead_crops:
                    self._crops[(key, name)] = self._ahead_crops[name]
        self.release_ahead()
        self._trim()

    def _raster(self, piece: Piece, scale: float) -> pygame.Surface:
        """The piece's whole raster at this scale (see `_shown`)."""
        return self._shown(piece, scale, None)[0]

    def _croppable(self, piece: Piece, scale: float) -> bool:
        w, h = self._size(piece, scale)
        return piece.layer == "back" and w * h * 4 > CROP_FROM

    def _shown(self, piece: Piece, scale: float, need: pygame.Rect | None,
               target: tuple[int, int] = (0, 0)) -> tuple[pygame.Surface, tuple[int, int]]:
        """The piece at this scale and where its top-left lies in the whole raster: rasterized
        on first use, then kept (the last MAX_SCALES scales, within PROP_BUDGET bytes; the
        scale asked for is never the one let go). `need` (a rect in the whole raster's pixels,
        None = all of it): a big back prop without a shadow keeps only `need` and a margin of
        CROP_MARGIN of `target` (the surface drawn on) round it; the same pixels where shown."""
        key = round(scale, 4)
        rasters = self._scales.pop(key, None)  # re-inserted last: least recently used goes first
        if rasters is None:
            rasters = {}
        self._scales[key] = rasters
        name = piece.path.name
        if self._asked is not None:
            self._asked.add(name)
        if self._trial is not None:
            self._trial[1].discard(name)
        surf = rasters.get(name)
        crop = self._crops.get((key, name))
        if surf is not None and (crop is None or (need is not None and crop.contains(need))):
            return surf, (crop.topleft if crop is not None else (0, 0))
        held = self._held(key, name, need) if surf is None else None
        if held is not None:
            return held
        # a crop that does not hold what is asked for: made again, whole (not one made of none of it: `_plan`)
        grown = surf is not None and (crop is None or crop.w * crop.h > 1)
        if surf is not None:
            self._bytes -= surf.get_pitch() * surf.get_height()
            del rasters[name]
        surf, crop, red = self._made(piece, scale, need, target, grown)
        if red is not None:
            self._bytes += self._outlined(rasters, key, name, red)
        if crop is None:
            self._crops.pop((key, name), None)
        else:
            self._crops[(key, name)] = crop
        rasters[name] = surf
        self._bytes += surf.get_pitch() * surf.get_height()
        self._trim()
        return surf, (crop.topleft if crop is not None else (0, 0))

    def _held(self, key: float, name: str, need: pygame.Rect | None) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """The raster held apart for the next shot (`prepare_piece` with `ahead`) at scale `key`, if it
        holds `need`, and where its top-left lies: drawn from there until `_adopt` takes it in. A
        back plate (game/room/render.py, game/camera.py) draws the props before the frame's `prepare`
        adopts them: the window (47 ms at 1080p) and the sofa were made again in the cut's frame
        (lines 17, 18), the copies held apart let go of."""
        surf = self._ahead.get(name) if key == self._ahead_key else None
        if surf is None:
            return None
        crop = self._ahead_crops.get(name)
        if crop is not None and (need is None or not crop.contains(need)):
            return None
        return surf, (crop.topleft if crop is not None else (0, 0))

    def _plan(self, piece: Piece, scale: float, need: pygame.Rect | None, target: tuple[int, int],
              grown: bool) -> tuple[tuple[int, int], tuple[int, int, int, int] | None]:
        """The whole raster's size at this scale and the crop of it `_made` keeps (None: whole)."""
        size = self._size(piece, scale)
        crop = None
        if need is not None and not grown and self._croppable(piece, scale):
            mx, my = round(target[0] * CROP_MARGIN), round(target[1] * CROP_MARGIN)
            crop = need.inflate(2 * mx, 2 * my).clip(pygame.Rect((0, 0), size))
            if crop.w * crop.h * 4 > size[0] * size[1] * 3:  # most of it: keep it whole
                crop = None
            elif crop.w < 1 or crop.h < 1:  # none of it near (a shadow's caster beside the frame: its outline is read)
                crop = pygame.Rect(0, 0, 1, 1)
        return size, (tuple(crop) if crop is not None else None)  # type: ignore[return-value]

    def _made(self, piece: Piece, scale: float, need: pygame.Rect | None, target: tuple[int, int],
              grown: bool) -> tuple[pygame.Surface, pygame.Rect | None, Reduced | None]:
        """The piece rasterized at this scale, the crop of its whole raster it is (None: whole;
        see `_shown`) and, for a shadow prop with no outline kept yet, its outline's reductions;
        read on the loader already if `piece_steps` did (`_loaded`)."""
        size, crop = self._plan(piece, scale, need, target, grown)
        outline = self._unoutlined(piece, round(scale, 4))
        loaded = self._loaded
        if loaded is not None and loaded[0] == (piece.path, size, crop, outline):
            surf, red = loaded[1]
        elif crop is None:
            surf = self.svg.get(piece.path, size)
            red = reductions(surf, False) if outline else None
        else:
            surf, red = _read(self.svg, piece.path, size, crop, _display_format(), outline)
        return surf, (pygame.Rect(crop) if crop is not None else None), red

    def _trim(self) -> None:
        """Let go of the least recently drawn scales down to MAX_SCALES and PROP_BUDGET (never the last)."""
        while len(self._scales) > 1 and (len(self._scales) > MAX_SCALES or self._bytes > PROP_BUDGET):
            gone = next(iter(self._scales))
            old = self._scales.pop(gone)
            self._bytes -= sum(o.get_pitch() * o.get_height() for o in old.values())
            for k in [k for k in self._crops if k[0] == gone]:
                del self._crops[k]

    def memory_bytes(self) -> int:
        """Bytes of the prop rasters kept (over every scale, and the next shot's held apart)."""
        return self._bytes + self._ahead_bytes

    def watch(self) -> None:
        """From now on note which scales are asked for (game.memory.watch). At each of the governor's
        looks the scales not asked for since the last go first: the shot before the last one's
        (up to 30 MiB at 1080p: a close-up's fireplace) was held until a third scale pushed it out."""
        if self._look.due():
            self.release()
        self._look.watched()
        self._scales = memory.noting(self._scales)
        self._clock_asked = set()

    def release(self) -> None:
        """Keep only the scales asked for since `watch` (none if not watched), and the clock's rasters
        at the scales it was asked for at since."""
        self._look.released()
        if self.clock is not None:
            self.clock.keep(self._clock_asked)
        self._scales, self._bytes = memory.kept(self._scales, lambda r: sum(memory.surface_size(s) for s in r.values()))
        self._crops = {k: v for k, v in self._crops.items() if k[0] in self._scales and k[1] in self._scales[k[0]]}

    def _screen_rect(self, piece: Piece, view: View, dx: float = 0.0) -> pygame.Rect:
        return pygame.Rect(self._place(piece, view, dx), self._size(piece, view.scale))

    def _place(self, piece: Piece, view: View, dx: float = 0.0) -> tuple[int, int]:
        return view.ipt(piece.x + dx + piece.box[0], piece.y + piece.box[1])

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, view: View, state: PropState, t: float, layer: str) -> None:
        """Draw one layer of props ("back" or "front") at time t."""
        if layer not in LAYERS:
            raise ValueError(f"unknown prop layer {layer!r}; expected one of {LAYERS}")
        clip = surface.get_clip()
        shift = state.shift()
        for piece in self.pieces:
            if piece.layer != layer:
                continue
            if self.clock is not None and piece.name == self.clock_name:
                if clip.colliderect(self.clock.screen_rect(view)):
                    self._clock_asked.add(view.scale)
                self.clock.draw(surface, view, state.clock_minutes, t)
                continue
            dx = 0.0
            if piece.name.startswith("notebook_"):
                if (piece.name == "notebook_open") != state.notebook_open:
                    continue
                dx = shift
            elif piece.name == self.pen_name and not state.pen_on_table:
                continue  # in a writer's hand: the pen code draws it
            rect = self._screen_rect(piece, view, dx)
            if clip.colliderect(rect):
                # what the whole surface shows of it (not only the clip: a kept frame repaints
                # small clips, and the crop kept should serve the shot's every frame)
                area = surface.get_rect()
                img, (ox, oy) = self._shown(piece, view.scale, area.clip(rect).move(-rect.x, -rect.y), area.size)
                surface.blit(img, (rect.x + ox, rect.y + oy))
                if piece.name == "notebook_open" and self.page_ink is not None:
                    self._draw_page_ink(surface, view, state)

    def _draw_page_ink(self, surface: pygame.Surface, view: View, state: PropState) -> None:
        """The pen's ink on the table's notebook, each page squeezed into its page area."""
        assert self.page_ink is not None
        for i, page in enumerate(self.notebook_pages(state)):
            r = pygame.Rect(view.rect(page.x, page.y, page.w, page.h))
            ink = self.page_ink(i, r.size)
            if ink is not None:
                surface.blit(ink, r.topleft, special_flags=pygame.BLEND_RGB_MULT)

    # -- the notebook, for the handwriting ----------------------------------------------

    def notebook_rect(self, state: PropState) -> Rect:
        r = self.room.anchors_of("notebook")[0].rect
        return Rect(r.x + state.shift(), r.y, r.w, r.h)

    def notebook_pages(self, state: PropState) -> tuple[Rect, Rect]:
        """The blank cream page areas of the open notebook (left, right) in room coordinates."""
        nb = self.notebook_rect(state)
        left, right = (Rect(nb.x + p.x, nb.y + p.y, p.w, p.h) for p in PAGES)
        return (left, right)

    def svg_paths(self) -> list[Path]:
        """Every SVG this room's props use (for the content linter and tests)."""
        paths = {p.path for p in self.pieces}
        if self.clock is not None:
            paths.update(self.clock.paths())
        return sorted(paths)


def _display_format() -> bool:
    """Whether a display is set: rasters kept are converted to its format (blits from the loader's
    ABGR are ~30x slower)."""
    return bool(pygame.display.get_init() and pygame.display.get_surface() is not None)


Read = tuple[pygame.Surface, Reduced | None]  # a piece's raster read, and its outline's reductions if asked for


def _read(svg: SvgCache, path: Path, size: tuple[int, int], crop: tuple[int, int, int, int] | None,
          convert: bool, outline: bool = False) -> Read:
    """The piece's raster at `size` (its whole, or its `crop`), in the display's format if `convert`,
    and with `outline` its whole raster's reductions (prop_outline.reductions, converted alike): pure,
    so it may run on the loader. (A crop as loaded, converted alone: a full canvas is not copied
    whole; kept in the loader's ABGR, the window's crop at line 51 was blitted in 32 ms a frame at
    1080p, 1.3 converted: the same pixels.) A crop without an outline is read alone from the SVG cache's
    file (`SvgCache.crop`): the whole raster is not held beside it (the window at 4.32x, 25.8 MiB)."""
    if crop is not None and not outline:
        part = svg.crop(path, size, crop)
        if part is not None:
            return (part.convert_alpha() if convert else part), None
    whole = svg.get(path, size, keep=False)
    red = reductions(whole, convert) if outline else None
    if crop is None:
        return (whole.convert_alpha() if convert else whole), red
    part = whole.subsurface(crop)
    return (part.convert_alpha() if convert else part.copy()), red
