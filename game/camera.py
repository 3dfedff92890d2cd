"""Draw a shot while the camera pushes in or drifts on it (a `camera` line of the script).

Why this shape: art is rasterized at the size it is shown, and re-rasterizing every
figure, prop and tile at each intermediate scale of a zoom would cost a full raster per
frame. So for the whole move the room is drawn at one scale, the move's largest (its
tightest framing), over the box that holds every framing of the move (`Move.bounds`);
each frame cuts its own framing out of that and scales it *down* to the canvas, placed to
a fraction of a pixel (`CameraMoves._cut`: a slow push must glide, not step). Animated
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
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame

from game.room.model import Rect
from game.story.stage import Snapshot
from game.view import Box, camera_view

if TYPE_CHECKING:
    from game.room.render import RoomRenderer


PAD = 16  # large px past the large frame's right and bottom edges, copies of its last column and row


def pad_edges(big: pygame.Surface, size: tuple[int, int]) -> None:
    """Repeat the last column and row of the `size` picture at `big`'s top left into the PAD
    px beyond them (a cut to a fraction of a pixel reads a pixel or two past the frame)."""
    w, h = size
    if w < 1 or h < 1:
        return
    big.blit(pygame.transform.scale(big.subsurface((w - 1, 0, 1, h)), (big.get_width() - w, h)), (w, 0))
    big.blit(pygame.transform.scale(big.subsurface((0, h - 1, big.get_width(), 1)), (big.get_width(), big.get_height() - h)), (0, h))


def _span(need: float, k: float, most: int) -> int:
    """A whole number of large px >= `need` (at most `most`) that scales by `k` to nearly a
    whole number of canvas px, so the smoothscale's scale is the move's own."""
    first = min(most, math.ceil(need))
    best = min(range(first, min(most, first + 8) + 1), key=lambda n: abs(n * k - round(n * k)))
    return max(1, best)


def _box(renderer: RoomRenderer, shot: str) -> Box:
    s = renderer.room.shots.get(shot) or renderer.room.shots["wide"]
    return (s.rect.x, s.rect.y, s.rect.w, s.rect.h)


class CameraMoves:
    """The moving camera's buffers: the large frame and the tile background it sits on."""

    def __init__(self) -> None:
        self._big: pygame.Surface | None = None
        self._row: pygame.Surface | None = None  # the cut laid to a fraction of a pixel across
        self._bg: dict[tuple[Box, int, int], pygame.Surface] = {}
        self._ahead: tuple[Box, int, int] | None = None  # the background made ahead for the next move
        self._drawn: tuple[Box, int, int] | None = None  # and the one drawn last

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
        padded = (big_size[0] + PAD, big_size[1] + PAD)
        if self._big is None or self._big.get_size() != padded:
            self._big = pygame.Surface(padded)
        big = self._big.subsurface(((0, 0), big_size))
        if is_insert:
            renderer.layers.draw_insert(big, shot, snap, t)
        else:
            self._draw_room(renderer, big, area, snap, t, nib_uv)
        pad_edges(self._big, big_size)
        x, y, w, h = move.framing(box, t)
        self._cut(((x - area[0]) * scale, (y - area[1]) * scale, w * scale, h * scale), surface)

    def _cut(self, frame: Box, surface: pygame.Surface) -> None:
        """Scale the large frame's part `frame` (x, y, w, h in its pixels, fractional) down onto
        `surface`, placed to a fraction of a pixel: a slow push moves the picture by a tenth
        of a pixel a frame, and a cut rounded to whole pixels jumps a pixel every few frames.

        A whole-pixel box around `frame` is smoothscaled so that its pixels stand the same size
        as `frame`'s on the canvas (its width chosen among a few so that scale is nearly exact),
        then the remaining fraction of a pixel is laid by blending the picture with itself one
        pixel along (across, then down): bilinear interpolation of the scaled picture."""
        assert self._big is not None
        big = self._big
        W, H = surface.get_size()
        fx, fy, fw, fh = frame
        kx, ky = W / fw, H / fh  # canvas px per large px (<= 1: a push only scales down)
        ix, iy = max(0, math.floor(fx)), max(0, math.floor(fy))
        iw = _span(fx - ix + fw + 2.0 / kx, kx, big.get_width() - ix)
        ih = _span(fy - iy + fh + 2.0 / ky, ky, big.get_height() - iy)
        tw, th = max(W + 2, round(iw * kx)), max(H + 2, round(ih * ky))
        scaled = pygame.transform.smoothscale(big.subsurface((ix, iy, iw, ih)), (tw, th))
        ox, oy = (fx - ix) * tw / iw, (fy - iy) * th / ih
        a, b = math.floor(ox), math.floor(oy)
        u, v = round(255 * (ox - a)), round(255 * (oy - b))
        if self._row is None or self._row.get_size() != (W, H + 1):
            self._row = pygame.Surface((W, H + 1))
        row = self._row
        row.blit(scaled, (-a, -b))
        if u:
            scaled.set_alpha(u)
            row.blit(scaled, (-a - 1, -b))
        surface.blit(row, (0, 0))
        if v:
            row.set_alpha(v)
            surface.blit(row, (0, -1))
            row.set_alpha(None)

    def prepare_steps(self, renderer: RoomRenderer, area: Box, size: tuple[int, int]) -> Iterator[str]:
        """The tile background of a move's large frame (`area` at `size`), made ahead of the
        line that starts the move (game/room/render.py `prepare_steps`)."""
        key = (area, size[0], size[1])
        if key not in self._bg:
            for old in [k for k in self._bg if k != self._drawn]:
                del self._bg[old]
            self._bg[key] = renderer.tiles.crop(Rect(*area), size)
        self._ahead = key
        yield "move background"

    def _draw_room(self, renderer: RoomRenderer, surface: pygame.Surface, area: Box, snap: Snapshot,
                   t: float, nib_uv: tuple[float, float] | None) -> None:
        size = surface.get_size()
        key = (area, size[0], size[1])
        bg = self._bg.get(key)
        if bg is None:
            bg = renderer.tiles.crop(Rect(*area), size)
            for old in [k for k in self._bg if k != self._ahead]:  # one move at a time: its large
                del self._bg[old]  # box or its settled framing (and the next line's, made ahead)
            self._bg[key] = bg
        self._drawn = key
        view = camera_view(area[0], area[1], area[2], size[0])
        renderer.paint_room(surface, bg, view, snap, t, nib_uv)  # kept between frames: only what moved
