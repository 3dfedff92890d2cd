"""Coordinate transforms: room -> screen pixels, and the logical canvas -> window.

Art is rasterized at the size it is shown (DESIGN.md section 4), so drawing code never
works in a fixed 1920x1080 buffer that gets scaled afterwards. Instead every draw call
receives a `View` that maps *room coordinates* (the Tiled map's logical pixels) to pixels
of the surface it draws on. A camera shot is just another `View`; the letterboxed window
is one more. Pure maths: no pygame import.
"""

from __future__ import annotations

from dataclasses import dataclass

LOGICAL_W = 1920
LOGICAL_H = 1080


@dataclass(frozen=True)
class View:
    """Maps a point (x, y) in room coordinates to (ox + x * scale, oy + y * scale)."""

    scale: float
    ox: float = 0.0
    oy: float = 0.0

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return (self.ox + x * self.scale, self.oy + y * self.scale)

    def ipt(self, x: float, y: float) -> tuple[int, int]:
        return (round(self.ox + x * self.scale), round(self.oy + y * self.scale))

    def len(self, d: float) -> float:
        return d * self.scale

    def rect(self, x: float, y: float, w: float, h: float) -> tuple[int, int, int, int]:
        x0, y0 = self.ipt(x, y)
        x1, y1 = self.ipt(x + w, y + h)
        return (x0, y0, x1 - x0, y1 - y0)

    def to_room(self, px: float, py: float) -> tuple[float, float]:
        return ((px - self.ox) / self.scale, (py - self.oy) / self.scale)


def letterbox(window_w: int, window_h: int) -> tuple[int, int, int, int]:
    """The largest 16:9 rectangle centred in the window: (x, y, w, h) in window pixels."""
    scale = min(window_w / LOGICAL_W, window_h / LOGICAL_H)
    w = max(1, round(LOGICAL_W * scale))
    h = max(1, round(LOGICAL_H * scale))
    return ((window_w - w) // 2, (window_h - h) // 2, w, h)


def camera_view(shot_x: float, shot_y: float, shot_w: float, canvas_w: int) -> View:
    """The view that makes the shot rectangle (16:9, room coords) fill a canvas `canvas_w` wide."""
    scale = canvas_w / shot_w
    return View(scale, -shot_x * scale, -shot_y * scale)
