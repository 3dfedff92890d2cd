"""Draw a shot while the camera pushes in or drifts on it (a `camera` line of the script).

Why this shape: art is rasterized at the size it is shown, and re-rasterizing every
figure, prop and tile at each intermediate scale of a zoom would cost a full raster per
frame. So for the whole move the room is drawn at one scale, the move's largest (its
tightest framing), over the box that holds every framing of the move (`Move.bounds`);
each frame cuts its own framing out of that and scales it *down* to the canvas. Animated
things (flames, breathing) are still drawn each frame, but from rasters made once at that
scale. Once the move has settled, the final framing is drawn directly at the canvas size,
which at the largest scale is the same picture, so nothing jumps and later lines pay
nothing. An insert (a close shot drawn as its own illustration) is drawn larger and cut
the same way.

The framing is a pure function of story time (game/view.py), so live play, rollback and
`--render N --at S` show the same frame. Reduce motion keeps the camera still on the
shot as authored. The renderer calls in through one hook (`RoomRenderer.draw_shot`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.room.model import Rect
from game.story.stage import Snapshot
from game.view import Box, camera_view

if TYPE_CHECKING:
    from game.room.render import RoomRenderer


def _box(renderer: RoomRenderer, shot: str) -> Box:
    s = renderer.room.shots.get(shot) or renderer.room.shots["wide"]
    return (s.rect.x, s.rect.y, s.rect.w, s.rect.h)


class CameraMoves:
    """The moving camera's buffers: the large frame and the tile background it sits on."""

    def __init__(self) -> None:
        self._big: pygame.Surface | None = None
        self._bg: dict[tuple[Box, int, int], pygame.Surface] = {}

    def wants(self, renderer: RoomRenderer, shot: str, snap: Snapshot) -> bool:
        """True when `shot` is the snapshot's shot and it has a move to show."""
        if snap.move is None or shot != snap.shot.value:
            return False
        fx = getattr(renderer.layers, "fx", None)
        return not bool(getattr(fx, "reduce_motion", False))

    def draw(self, renderer: RoomRenderer, surface: pygame.Surface, shot: str, snap: Snapshot, t: float,
             nib_uv: tuple[float, float] | None = None) -> None:
        move = snap.move
        assert move is not None
        size = surface.get_size()
        box = _box(renderer, shot)
        inserts = getattr(renderer.layers, "inserts", None)
        is_insert = inserts is not None and inserts.has(shot)
        if move.done(t) and not is_insert:  # settled: the last framing, drawn at its own size
            self._draw_room(renderer, surface, move.framing(box, t), snap, t, nib_uv)
            return
        scale = move.largest_scale(box, size[0])
        area = box if is_insert else move.bounds(box)
        big_size = (math.ceil(area[2] * scale), math.ceil(area[3] * scale))
        if self._big is None or self._big.get_size() != big_size:
            self._big = pygame.Surface(big_size)
        if is_insert:
            renderer.layers.draw_insert(self._big, shot, snap, t)
        else:
            self._draw_room(renderer, self._big, area, snap, t, nib_uv)
        x, y, w, h = move.framing(box, t)
        cut = pygame.Rect(round((x - area[0]) * scale), round((y - area[1]) * scale),
                          round(w * scale), round(h * scale)).clamp(self._big.get_rect())
        cut = cut.clip(self._big.get_rect())
        pygame.transform.smoothscale(self._big.subsurface(cut), size, surface)

    def _draw_room(self, renderer: RoomRenderer, surface: pygame.Surface, area: Box, snap: Snapshot,
                   t: float, nib_uv: tuple[float, float] | None) -> None:
        size = surface.get_size()
        key = (area, size[0], size[1])
        bg = self._bg.get(key)
        if bg is None:
            bg = renderer.tiles.crop(Rect(*area), size)
            self._bg.clear()  # one move at a time: its large box, or its settled framing
            self._bg[key] = bg
        view = camera_view(area[0], area[1], area[2], size[0])
        renderer.paint_room(surface, bg, view, snap, t, nib_uv)  # kept between frames: only what moved
