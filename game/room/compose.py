"""Keep the room between frames and draw again only what moved: the frame-cost half of issue 13.

Painting the whole room every frame (background, ~100 prop and figure blits, the light
map multiplied over all of it, the flames) costs 6 to 20 ms at 1080p, while from one
frame to the next most of it is the same. So the composer keeps two full-size buffers
for the shot on screen:

    albedo   the unlit room (tiles, outside, props, rain on the glass, figures, wax, logs)
    lit      albedo x light map (no flames yet)

and each frame:

1. albedo: if the shot, the canvas or the props' state (`RoomLayers.static_key`) changed,
   it is painted whole; otherwise only the rects where something moves
   (`RoomLayers.moving_rects`: the glass, the clock, each figure and its silhouette, both
   where they are now and where they were) are painted again, each with the surface's
   clip set to it, in the same painter's order (every layer keeps to the clip), so the
   pixels are exactly those of a whole repaint.
2. lit: the light map is a LIGHT_FPS animation (game/fx/room_fx.py). When it changed
   (`LightMap.generation`), or step 1 repainted everything, the albedo is copied whole and
   multiplied; otherwise only the rects repainted in step 1 are copied and re-lit.
3. The lit room is copied onto the canvas and the emissive layers (flames, embers,
   halos, bloom, sparks: additive) are drawn over it whole, as before. (A frame repainted
   whole is lit straight onto the canvas, as without the composer: a window close-up in a
   downpour moves most of the screen every frame and would only pay for the copies.)

Measured on the 2-core development machine (load 5 to 12) it did not pay: the wide room at
1080p cost the same CPU a frame kept or repainted (~11 ms either way; at 2160p too), and a
window close-up in a downpour cost more (the glass moves most of the screen). The pixels
it skips (about 2 ms of a 1080p frame's blits and multiply) are spent again on measuring
the figures' parts, repainting each moved rect through every layer's Python, and copying
the kept buffers. So `RoomRenderer.keep_frames` is off; `tools/bench.py --kept` measures it.

Every pixel is still a pure function of (t, seed): the buffers only skip work whose
result would be identical (tests/perf/test_compose.py compares kept frames with whole
repaints, pixel for pixel). A frame drawn for another moment (a blurred backdrop, a
dissolve's frozen shot, `--render`) is simply a frame whose moving parts moved further.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import pygame

from game.story.stage import Snapshot
from game.view import View

if TYPE_CHECKING:
    from game.room.layers import Part, RoomFrame, RoomLayers

NOTHING = pygame.Rect(0, 0, 0, 0)
BOX_SHARE = 0.6  # rects covering this much of their bounding box are repainted as that box
WHOLE_SHARE = 0.7  # a frame whose moving parts cover this much of the canvas is repainted whole
MERGE_SLACK = 1.3  # two rects become their union when it is at most this much bigger than both apart


def merge_rects(rects: list[pygame.Rect]) -> list[pygame.Rect]:
    """Fewer rects covering the same pixels: overlapping ones, or ones whose union wastes
    little, are joined (each rect repainted costs a pass over every layer's Python)."""
    out = [r.copy() for r in rects if r.w > 0 and r.h > 0]
    if len(out) > 1:
        box = out[0].unionall(out[1:])
        if sum(r.w * r.h for r in out) >= BOX_SHARE * box.w * box.h:  # they fill their box: one pass
            return [box]
    joined = True
    while joined:
        joined = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                a, b = out[i], out[j]
                u = a.union(b)
                if a.colliderect(b) or u.w * u.h <= MERGE_SLACK * (a.w * a.h + b.w * b.h):
                    out[i] = u
                    del out[j]
                    joined = True
                    break
            if joined:
                break
    return out


def outside(area: pygame.Rect, holes: list[pygame.Rect]) -> list[pygame.Rect]:
    """`area` less `holes` (which do not overlap: `merge_rects`), as rects that do not overlap: a band
    between each two of the holes' top and bottom edges, cut at the holes it crosses. A back plate
    is painted through these alone (a hole's pixels are painted again every frame over the tile
    background), so the plate keeps the background in its holes and no copy of it is needed."""
    cut = [h.clip(area) for h in holes]
    cut = [h for h in cut if h.w > 0 and h.h > 0]
    ys = sorted({area.top, area.bottom, *(y for h in cut for y in (h.top, h.bottom))})
    out = []
    for y0, y1 in pairwise(ys):
        x = area.left
        for left, right in sorted((h.left, h.right) for h in cut if h.top <= y0 and h.bottom >= y1):
            if left > x:
                out.append(pygame.Rect(x, y0, left - x, y1 - y0))
            x = max(x, right)
        if x < area.right:
            out.append(pygame.Rect(x, y0, area.right - x, y1 - y0))
    return out


class Composer:
    """The kept albedo and lit buffers of one renderer (see the module docstring)."""

    def __init__(self, layers: RoomLayers) -> None:
        self.layers = layers
        self._albedo: pygame.Surface | None = None
        self._lit: pygame.Surface | None = None
        self._key: tuple[object, ...] | None = None
        # what the kept frame shows, to compare the next with (see _moved)
        self._parts: dict[tuple[object, ...], Part] = {}
        self._casters: tuple[object, ...] = ()
        self._hidden: list[pygame.Rect] = []
        self._generation = -1  # the light map's generation the lit buffer was multiplied by (-1: none)
        self.repainted = 0.0  # the fraction of the canvas repainted last frame (for the bench)
        self.frames = 0  # frames drawn

    def forget(self) -> None:
        """Drop the buffers (the next frame repaints everything)."""
        self._albedo = self._lit = None
        self._key = None

    def _buffers(self, size: tuple[int, int]) -> tuple[pygame.Surface, pygame.Surface]:
        if self._albedo is None or self._lit is None or self._albedo.get_size() != size:
            self._albedo, self._lit = pygame.Surface(size), pygame.Surface(size)
            if pygame.display.get_init() and pygame.display.get_surface() is not None:
                self._albedo, self._lit = self._albedo.convert(), self._lit.convert()
            self._key = None
        return self._albedo, self._lit

    def _moved(self, view: View, frame: RoomFrame, t: float, size: tuple[int, int]) -> list[pygame.Rect]:
        """The rects of the unlit room that differ from the kept one (before merging)."""
        layers = self.layers
        parts = layers.moving_rects(view, frame, t, size)
        parts.update(layers.figure_parts(view, frame, t, size, self._parts))
        casters = tuple((id(m), tuple(r)) for m, r, _f in frame.people)
        hidden = layers.hidden_rects(view, frame)
        out: list[pygame.Rect] = []
        old = self._parts
        for key, (_pose, look, rect) in parts.items():
            was = old.get(key)
            if was is None or was[1] != look:
                out.append(rect)
                if was is not None:
                    out.append(was[2])
        out.extend(rect for key, (_pose, _look, rect) in old.items() if key not in parts)
        if casters != self._casters:
            out.extend(hidden + self._hidden)
        self._parts, self._casters, self._hidden = parts, casters, hidden
        return out

    def draw(self, surface: pygame.Surface, background: pygame.Surface, view: View, snap: Snapshot,
             t: float, nib_uv: tuple[float, float] | None = None) -> None:
        """The room through `view` at t onto `surface` (whose old pixels are ignored)."""
        layers = self.layers
        size = surface.get_size()
        albedo, lit = self._buffers(size)
        frame = layers.frame(size, view, snap, t, nib_uv)
        key = (size, id(background), view, layers.static_key(frame))
        whole = key != self._key
        if whole:
            self._parts, self._casters, self._hidden = {}, (), []
        moved = self._moved(view, frame, t, size)
        screen = albedo.get_rect()
        dirty = merge_rects([c for c in (r.clip(screen) for r in moved) if c.w > 0 and c.h > 0])
        whole = whole or sum(r.w * r.h for r in dirty) >= WHOLE_SHARE * screen.w * screen.h  # one pass is cheaper
        if whole:
            albedo.set_clip(None)
            albedo.blit(background, (0, 0))
            layers.draw_albedo(albedo, view, frame, t)
            dirty = [screen]
        else:
            for r in dirty:
                albedo.set_clip(r)
                albedo.blit(background, r.topleft, r)
                layers.draw_albedo(albedo, view, frame, t)
            albedo.set_clip(None)
        self._key = key
        light = layers.fx.light_map
        lit.set_clip(NOTHING)  # brings the light map up to t without touching a pixel
        layers.fx.draw_light(lit, view, frame.fx, t, frame.casters, frame.seen)
        lit.set_clip(None)
        self.repainted = sum(r.w * r.h for r in dirty) / max(1, size[0] * size[1])
        self.frames += 1
        if whole:  # lit straight onto the canvas; the lit buffer is made again when next needed
            surface.blit(albedo, (0, 0))
            light.multiply(surface)
            self._generation = -1
        else:
            if light.generation != self._generation:
                lit.blit(albedo, (0, 0))
                light.multiply(lit)
            else:
                for r in dirty:
                    lit.blit(albedo, r.topleft, r)
                    light.multiply(lit, r)
            self._generation = light.generation
            surface.blit(lit, (0, 0))
        layers.draw_emissive(surface, view, frame, t)
