"""A camera move's props at one scale (split from game/art/props.py, moved unchanged): a move draws
its frames at one scale from the first to its settle (game/camera.py), so the props let go of the
others at its start (`only`) and, at the settle, keep of that scale only what the settled framing
shows (`settle`, `narrow`); and a cut lets go of the front props made ahead off its frame that its
first frames do not ask for (`_tried`). Mixed into PropArt, which has what is declared here."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.art.prop_pieces import Piece
from game.view import View

TRIAL_FRAMES = 8  # a cut's frames that may ask for a front prop made ahead off its frame before it goes (`_tried`)


class MoveScales:
    """PropArt's keeping at a camera move (mixed into it)."""

    pieces: list[Piece]
    _scales: dict[float, dict[str, pygame.Surface]]
    _bytes: int
    _asked: set[str] | None
    _crops: dict[tuple[float, str], pygame.Rect]
    _trial: tuple[float, set[str], int] | None

    def _need(self, piece: Piece, view: View, canvas: tuple[int, int]) -> pygame.Rect:
        raise NotImplementedError

    def _plan(self, piece: Piece, scale: float, need: pygame.Rect | None, target: tuple[int, int],
              grown: bool) -> tuple[tuple[int, int], tuple[int, int, int, int] | None]:
        raise NotImplementedError

    def settle(self, view: View, canvas: tuple[int, int], draw: Callable[[], None]) -> None:
        """`draw` a camera move's settled frame (game/camera.py) at `view`, the move's own scale, and
        keep at that scale only what it asks for, cut to what it shows (`narrow`): the move's large
        frame asked for more (line 17 at 1080p: the armchair and the coffee table whole, which may
        cover the figures in it, and more of the window: 40.7 MiB where the settled shot asks 25.9)."""
        self.narrow(view, canvas)
        self._asked = set()
        try:
            draw()
        finally:
            asked, self._asked = self._asked, None
        key = round(view.scale, 4)  # (other scales kept: the next line's shot made ahead while the move played)
        self._drop(key, [n for n in self._scales.get(key, {}) if n not in asked])

    def _tried(self) -> None:
        """At each frame's start (`silhouettes`): once TRIAL_FRAMES of the cut's frames have begun (a
        soak's frames, 8 steps each, a second of the story), let go of the front props off the frame it
        took in from those made ahead (`_adopt`) that none of them asked for. They are made ahead when they
        might cover a figure (`beside`: its parts' reach); at her gaze's push (line 17 at 1080p) the
        armchair and the coffee table, 14.1 MiB, asked for by none of its frames, were held through
        it (with the sofa kept whole they had not fitted in AHEAD_BUDGET). (Not at once: a front prop
        off the frame is asked for when the figures' covers are worked out again, not in the cut's
        frame when the light map was made ahead: line 18's armchair in its second frame.)"""
        if self._trial is None:
            return
        key, names, begun = self._trial
        if names and begun < TRIAL_FRAMES:
            self._trial = (key, names, begun + 1)
            return
        self._trial = None
        self._drop(key, [n for n in names if n in self._scales.get(key, {})])

    def only(self, scale: float) -> None:
        """Let go of every other scale's rasters: a camera move draws at one from its first frame to
        its settle (game/camera.py)."""
        for k in [k for k in self._scales if k != round(scale, 4)]:
            self._drop(k, list(self._scales[k]))
            del self._scales[k]

    def _drop(self, key: float, names: list[str]) -> None:
        """Let go of the rasters `names` at scale `key`."""
        rasters = self._scales.get(key, {})
        for name in names:
            gone = rasters.pop(name)
            self._bytes -= gone.get_pitch() * gone.get_height()
            self._crops.pop((key, name), None)

    def narrow(self, view: View, canvas: tuple[int, int]) -> None:
        """Cut the kept rasters at `view.scale` down to what a `canvas`-sized surface through `view`
        shows (as `_made` would crop them for it), where that is less than one holds. At a camera
        move's settle (game/camera.py): its large frame shows more of a close-up's back props than
        the settled framing, drawn at the same scale (game/view.py `large_frame`), so they were kept
        as the move needed them (line 17 at 1080p: 40.7 MiB where the settled shot's crops are 25.9).
        Once, not on every ask: two asks for different parts would make a raster again and again."""
        key = round(view.scale, 4)
        rasters = self._scales.get(key, {})
        for piece in self.pieces:
            surf = rasters.get(piece.path.name)
            if surf is None:
                continue
            need, crop = self._need(piece, view, canvas), self._crops.get((key, piece.path.name))
            if need.w > 0 and need.h > 0 and (crop is None or crop.contains(need)):
                self._narrowed(piece, view.scale, need, canvas, surf, crop)

    def _narrowed(self, piece: Piece, scale: float, need: pygame.Rect, target: tuple[int, int],
                  surf: pygame.Surface, crop: pygame.Rect | None) -> None:
        """The kept raster cut down to the crop `_made` would keep for `need`, when that is less than
        it holds: a copy of part of the same raster, the same pixels where shown."""
        _size, planned = self._plan(piece, scale, need, target, False)
        if planned is None:
            return
        held = crop or pygame.Rect((0, 0), surf.get_size())
        new = pygame.Rect(planned).clip(held)
        if new.size == held.size:
            return
        cut = surf.subsurface(new.move(-held.x, -held.y)).copy()
        key, name = round(scale, 4), piece.path.name
        self._bytes += cut.get_pitch() * cut.get_height() - surf.get_pitch() * surf.get_height()
        self._scales[key][name], self._crops[(key, name)] = cut, new
