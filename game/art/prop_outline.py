"""A shadow-throwing prop's outline: its whole silhouette at the coarse scales the light map reads.

The wall shadows (game/fx/shadows.py) read a prop's whole outline, reduced first to REDUCE /
DOWNSCALE of its screen size, and the props' side light (game/fx/prop_edges.py `inset`) at
1 / DOWNSCALE; so the props kept a shadow prop's whole raster at the shot's scale: at her gaze's push
(line 17 at 1080p, 4.32x) the sofa was 13.96 MiB whole, of which the frame shows a part. An
`Outline` is those two reductions, made from the whole raster when it is read (the same bytes as
the shadows' and the side light's own smoothscales of it), and stands in the casters for the raster
(a mask coarser than its screen rect, as a figure's is); what reads a prop's silhouette at screen
resolution (what hides a flame behind it, its top edge's band) reads the part kept (`fine`), which
holds what the frame shows. So the props keep of a shadow prop only what the frame shows (PropArt
`_croppable`), as of any big back prop, and its outline: the sofa's 0.9 + 0.2 MiB.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pygame

from game.art.prop_pieces import Piece
from game.fx.lighting import DOWNSCALE
from game.fx.shadows import REDUCE
from game.view import View

Fine = Callable[[], "tuple[pygame.Surface, pygame.Rect] | None"]


def outline_sizes(size: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The outline's two sizes for a prop raster of `size`: the wall shadows' reduction
    (shadows.WallShadows._reduced: REDUCE / DOWNSCALE, never larger than it) and the side light's
    (prop_edges.inset: 1 / DOWNSCALE, rounded up)."""
    w, h = size
    shadow = (min(w, max(1, math.ceil(w * REDUCE / DOWNSCALE))), min(h, max(1, math.ceil(h * REDUCE / DOWNSCALE))))
    side = (max(1, -(-w // DOWNSCALE)), max(1, -(-h // DOWNSCALE)))
    return shadow, side


def reductions(whole: pygame.Surface, convert: bool) -> tuple[pygame.Surface, pygame.Surface]:
    """The whole raster's two reductions (`outline_sizes`), as the shadows and the side light made
    them from it, in the display's format if `convert`. Pure (it may run on the loader): smoothscale
    filters each byte of a pixel alike, so reduced as loaded and converted after, they are the
    bytes of the converted raster's."""
    shadow, side = outline_sizes(whole.get_size())
    out = (whole.copy() if shadow == whole.get_size() else pygame.transform.smoothscale(whole, shadow),
           pygame.transform.smoothscale(whole, side))
    return (out[0].convert_alpha(), out[1].convert_alpha()) if convert else out


class Outline(pygame.Surface):
    """A prop's whole silhouette at the wall shadows' resolution (its own pixels), its side light's
    reduction (`scaled`), and the part of its raster the props keep at screen resolution (`fine`:
    that raster and where it lies in the whole one, or None; asked each time, as the props narrow
    and grow what they keep). The same object while the props keep the prop at its scale."""

    def __init__(self, shadow: pygame.Surface, side: pygame.Surface, fine: Fine) -> None:
        super().__init__(shadow.get_size(), shadow.get_flags(), shadow)
        self.fill((0, 0, 0, 0))
        self.blit(shadow, (0, 0), special_flags=pygame.BLEND_RGBA_ADD)  # (its bytes: added to zero)
        self.side = side
        self.fine = fine

    def scaled(self, size: tuple[int, int]) -> pygame.Surface | None:
        """The whole raster reduced to `size`, if the outline holds that reduction."""
        if size == self.get_size():
            return self
        return self.side if size == self.side.get_size() else None

    def nbytes(self) -> int:
        return self.get_pitch() * self.get_height() + self.side.get_pitch() * self.side.get_height()


OUTLINE, SIDE = "#outline", "#side"  # a shadow prop's outline and its side reduction, kept beside its raster by these names
Reduced = tuple[pygame.Surface, pygame.Surface]  # (the shadows' reduction, the side light's) of a whole raster


class KeptOutlines:
    """PropArt's keeping of its shadow props' outlines (mixed into it): in a scale's rasters beside
    the piece's own (file name + OUTLINE, + SIDE), let go of with the scale, counted with them."""

    _scales: dict[float, dict[str, pygame.Surface]]
    _crops: dict[tuple[float, str], pygame.Rect]
    _ahead: dict[str, pygame.Surface]
    _ahead_crops: dict[str, pygame.Rect]
    _ahead_key: float | None
    _asked: set[str] | None
    _bytes: int
    pieces: list[Piece]
    clock: Any
    clock_name: str
    _clock_asked: set[float]
    room: Any
    wall_base_y: float
    svg: Any

    def _screen_rect(self, piece: Piece, view: View, dx: float = 0.0) -> pygame.Rect:
        raise NotImplementedError

    def _need(self, piece: Piece, view: View, canvas: tuple[int, int]) -> pygame.Rect:
        raise NotImplementedError

    def _size(self, piece: Piece, scale: float) -> tuple[int, int]:
        raise NotImplementedError

    def _raster(self, piece: Piece, scale: float) -> pygame.Surface:
        raise NotImplementedError

    def _shown(self, piece: Piece, scale: float, need: pygame.Rect | None,
               target: tuple[int, int] = (0, 0)) -> tuple[pygame.Surface, tuple[int, int]]:
        raise NotImplementedError

    def _trim(self) -> None:
        raise NotImplementedError

    def _tried(self) -> None:
        raise NotImplementedError

    def _fine(self, key: float, name: str) -> tuple[pygame.Surface, pygame.Rect] | None:
        """The raster kept of a piece at scale `key` (or held apart for it) and where it lies in
        the whole raster; None if none."""
        surf, crop = self._scales.get(key, {}).get(name), self._crops.get((key, name))
        if surf is None and key == self._ahead_key:
            surf, crop = self._ahead.get(name), self._ahead_crops.get(name)
        if surf is None:
            return None
        return surf, crop if crop is not None else surf.get_rect()

    def _kept_outline(self, key: float, name: str) -> Outline | None:
        """The outline kept at scale `key` (or held apart for it), None if none."""
        got = self._scales.get(key, {}).get(name + OUTLINE)
        if got is None and key == self._ahead_key:
            got = self._ahead.get(name + OUTLINE)
        if isinstance(got, Outline):
            if self._asked is not None:
                self._asked.update((name + OUTLINE, name + SIDE))
            return got
        return None

    def _outlined(self, into: dict[str, pygame.Surface], key: float, name: str, red: Reduced) -> int:
        """Keep the outline made of `red` in `into` (a scale's rasters or those held apart); its bytes."""
        outline = Outline(red[0], red[1], lambda: self._fine(key, name))
        into[name + OUTLINE], into[name + SIDE] = outline, outline.side
        if self._asked is not None:
            self._asked.update((name + OUTLINE, name + SIDE))
        return outline.nbytes()

    def _outline(self, piece: Piece, view: View, canvas: tuple[int, int] | None) -> Outline:
        """The piece's outline at the view's scale, with its raster kept of what a `canvas`-sized
        surface shows (whole with no canvas; none if it shows none), made if need be (with the
        raster, or from its whole read again: a raster kept from before the outlines were asked for,
        or none shown)."""
        key, name = round(view.scale, 4), piece.path.name
        if canvas is None:
            self._raster(piece, view.scale)
        else:
            need = self._need(piece, view, canvas)
            if need.w > 0 and need.h > 0:
                self._shown(piece, view.scale, need, canvas)
        got = self._kept_outline(key, name)
        if got is None:
            whole = self.svg.get(piece.path, self._size(piece, view.scale), keep=False)
            convert = bool(pygame.display.get_init() and pygame.display.get_surface() is not None)
            rasters = self._scales.pop(key, None) or {}  # (re-inserted last: the scale drawn is the last let go of)
            self._scales[key] = rasters
            self._bytes += self._outlined(rasters, key, name, reductions(whole, convert))
            self._trim()
            got = self._kept_outline(key, name)
            assert got is not None
        return got

    def silhouettes(self, view: View, canvas: tuple[int, int] | None = None, held: bool = False,
                    begins: bool = True) -> list[tuple[pygame.Surface, pygame.Rect, float]]:
        """Alpha masks of the props that throw shadows on the wall, with their screen rects
        and the room y where they touch the floor (WALL_BASE_Y for wall-mounted ones: no depth).
        The surfaces are the props' outlines (`Outline`: only their alpha matters; the part of
        the raster kept, what `canvas` shows, read where a mask is read at screen resolution) and
        stay the same objects from frame to frame at one scale. With `canvas` (the target size)
        props far outside it are left out, so a close-up does not rasterize the whole room. `held`:
        only the props whose outlines are kept already, or held apart for the next shot (none made:
        the next shot's, made ahead), no clock. `begins` False: made before the frame that reads them
        begins (a camera move's first frame, before its large frame: game/camera.py), its trial not counted."""
        if not held and begins:  # (a frame of the shot shown begins)
            self._tried()
        area = pygame.Rect(0, 0, *canvas) if canvas is not None else None
        if area is not None:
            area.inflate_ip(area.w, area.h)  # a shadow can reach in from beside the frame
        out: list[tuple[pygame.Surface, pygame.Rect, float]] = []
        for piece in self.pieces:
            if not piece.shadow:
                continue
            if self.clock is not None and piece.name == self.clock_name:
                crect = self.clock.screen_rect(view)
                if not held and (area is None or area.colliderect(crect)):
                    self._clock_asked.add(view.scale)
                    out.append((self.clock.case_surface(view), crect, self.wall_base_y))
                continue
            rect = self._screen_rect(piece, view)
            if area is not None and not area.colliderect(rect):
                continue
            surf = self._kept_outline(round(view.scale, 4), piece.path.name) if held else self._outline(piece, view, canvas)
            if surf is None:
                continue
            anchor = self.room.anchors[piece.name]
            floor = self.wall_base_y if piece.wall else anchor.rect.bottom
            out.append((surf, rect, floor))
        return out

