"""Which zoom levels of the figures' rasters are still wanted (game/art/figure_raster.py).

A shot and a camera move are each drawn at one scale (game/camera.py), so the parts' rasters
are asked for at one zoom level while it lasts; a level left behind is not asked for again
until a shot at its scale comes back (loaded again then, the same pixels). Two rules say
when a level's rasters go:

- one no part was asked for at for LEVEL_FRAMES frames (the push into line 17 at 1080p held
  line 16's 4x set, 11.5 MiB, until the governor's next look, every 2 s);
- the level the shot's view left (`PartRasters.clipped` draws through the shot's view), as
  soon as a frame did not ask for it: the cut's new view is known by its first frame. At the
  1080p soak's day peak, rapid taps cut 16 -> 17 four frames after line 16's 4x set was last
  asked for, so the first rule had not fired: 11.5 MiB beside 17's 4.76x set (16.8).
"""

from __future__ import annotations

import math

LEVEL_FRAMES = 30  # frames a zoom level's rasters are kept once no part is asked for at it


def zoom_level(scale: float) -> int:
    """The zoom level of the rasters drawn at view `scale`: quarter octaves, rounded up."""
    return math.ceil(math.log2(max(scale, 1e-3)) * 4.0)


def level_zoom(scale: float) -> tuple[int, float]:
    """`zoom_level(scale)` and the zoom from that level's rasters to `scale`."""
    level = zoom_level(scale)
    return level, scale / 2.0 ** (level / 4.0)


class ZoomLevels:
    """The frame each zoom level was last asked for at, and the level the shot's view is drawn at."""

    def __init__(self) -> None:
        self.asked: dict[int, int] = {}  # zoom level -> the frame a raster of it was last asked for
        self._drawing: set[int] = set()  # the levels the shot's view drew at in this frame
        self._shot: int | None = None  # the one level the last frame that drew was drawn at
        self._left: int | None = None  # a level the shot's view left, not let go of yet

    def ask(self, level: int, frame: int) -> None:
        """A raster of `level` was asked for in `frame`."""
        self.asked[level] = frame

    def drawn(self, level: int, frame: int) -> int | None:
        """The shot's view drew a part at `level` in `frame`. Its first part drawn at a level other
        than the last frame's is a cut's (or a move's) first: the level left is given back to let go
        of now, before the new level's rasters are read (at the 1080p soak's peak the cut's frame
        held both), unless `frame` asked for it already (then at its end, `left`)."""
        first = not self._drawing
        self._drawing.add(level)
        if not first or self._shot is None or level == self._shot:
            return None
        self._left, self._shot = self._shot, level
        return self.left_now(frame)

    def left_now(self, frame: int) -> int | None:
        """The level left, if `frame` has not asked for it (then forgotten: let go of once)."""
        lv = self._left
        if lv is None or self.asked.get(lv, -1) >= frame:
            return None
        self._left = None
        return lv

    def stale(self, frame: int) -> set[int]:
        """The levels no raster was asked for at for LEVEL_FRAMES frames before `frame` (forgotten here)."""
        gone = {lv for lv, f in self.asked.items() if frame - f > LEVEL_FRAMES}
        for lv in gone:
            del self.asked[lv]
        return gone

    def left(self, frame: int) -> int | None:
        """At the end of `frame`: the level the shot's view left, once `frame` asked for nothing at
        it (then forgotten: a level is let go of once), else None. A frame drawn at one level
        other than the last such frame's is a cut or a move to another scale."""
        drawing, self._drawing = self._drawing, set()
        if len(drawing) == 1:
            (now,) = drawing
            if self._shot is not None and now != self._shot:
                self._left = self._shot
            self._shot = now
            if self._left == now:  # (back at it before it went)
                self._left = None
        return self.left_now(frame)
