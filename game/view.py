"""Coordinate transforms: room -> screen pixels, and the logical canvas -> window.

Art is rasterized at the size it is shown (DESIGN.md section 4), so drawing code never
works in a fixed 1920x1080 buffer that gets scaled afterwards. Instead every draw call
receives a `View` that maps *room coordinates* (the Tiled map's logical pixels) to pixels
of the surface it draws on. A camera shot is just another `View`; the letterboxed window
is one more. Pure maths: no pygame import.

A `Move` is a slow push-in or drift on a shot (DESIGN.md section 4: "move the camera
slowly on emotion"). The framing it gives is a pure function of story time, so live play,
rollback and `--render N --at S` frame a moment identically. Its width and centre move
linearly in the eased progress, so every framing of the move lies inside the box of its
first and last framings (`Move.bounds`): the room is drawn once per frame over that box at
the move's largest scale, and each frame's framing is cut from it and scaled *down*
(game/camera.py), never re-rasterizing the art at an intermediate scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.easing import smootherstep

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


def letterbox_bars(window_w: int, window_h: int) -> list[tuple[int, int, int, int]]:
    """The window's pixels outside `letterbox`: the bars above and below it, or left and right
    of it ((x, y, w, h) each; none when the window is 16:9). With the canvas they tile the window."""
    x, y, w, h = letterbox(window_w, window_h)
    bars = [(0, 0, window_w, y), (0, y + h, window_w, window_h - y - h),
            (0, y, x, h), (x + w, y, window_w - x - w, h)]
    return [b for b in bars if b[2] > 0 and b[3] > 0]


def camera_view(shot_x: float, shot_y: float, shot_w: float, canvas_w: int) -> View:
    """The view that makes the shot rectangle (16:9, room coords) fill a canvas `canvas_w` wide."""
    return scaled_view(shot_x, shot_y, canvas_w / shot_w)


def scaled_view(x: float, y: float, scale: float) -> View:
    """The view at `scale` canvas px per room px with the room point (`x`, `y`) at the origin."""
    return View(scale, -x * scale, -y * scale)


Box = tuple[float, float, float, float]  # x, y, w, h in room coordinates


@dataclass(frozen=True)
class Move:
    """A push (`push` > 1 closes in, < 1 pulls back) and drift (`dx`, `dy`: fractions of the
    shot's width and height the centre travels) over [t0, t0 + duration], eased."""

    push: float = 1.0
    dx: float = 0.0
    dy: float = 0.0
    t0: float = 0.0
    duration: float = 0.0

    def progress(self, t: float) -> float:
        """Eased 0..1: zero speed at both ends, so the move starts and settles unnoticed."""
        if self.duration <= 0.0:
            return 1.0
        return smootherstep((t - self.t0) / self.duration)

    def done(self, t: float) -> bool:
        return self.duration <= 0.0 or t >= self.t0 + self.duration

    def framing(self, shot: Box, t: float) -> Box:
        """The part of the room on screen at `t` (16:9 when the shot is)."""
        return self.framing_at(shot, self.progress(t))

    def framing_at(self, shot: Box, e: float) -> Box:
        x, y, w, h = shot
        w1 = w + (w / self.push - w) * e
        h1 = w1 * h / w
        cx = x + w / 2 + self.dx * w * e
        cy = y + h / 2 + self.dy * h * e
        return (cx - w1 / 2, cy - h1 / 2, w1, h1)

    def bounds(self, shot: Box) -> Box:
        """The smallest box holding every framing of the move."""
        a, b = self.framing_at(shot, 0.0), self.framing_at(shot, 1.0)
        x0, y0 = min(a[0], b[0]), min(a[1], b[1])
        x1, y1 = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
        return (x0, y0, x1 - x0, y1 - y0)

    def largest_scale(self, shot: Box, canvas_w: int) -> float:
        """Canvas pixels per room pixel at the move's tightest framing: the very float
        `camera_view` gives that framing (a push's settled one), so the props and figures
        drawn through the move are the ones the settled shot asks for (a scale apart was a
        second set of rasters, and a jump of up to 0.8 px at the settle)."""
        return canvas_w / min(self.framing_at(shot, 0.0)[2], self.framing_at(shot, 1.0)[2])

    def large_frame(self, shot: Box, canvas_w: int) -> tuple[Box, tuple[int, int], float]:
        """The move's large frame (game/camera.py): the room box it shows, its size in whole px
        and its scale (`largest_scale`). The box is `bounds` widened to whole px at that scale, so
        the frame is drawn at the scale itself (not at its size over `bounds`), and on the left and
        above so that the tightest framing (a push's settled one) starts on a whole px of it: its
        props and figures land on the px the settled shot draws them at, and the settle does not jump."""
        scale = self.largest_scale(shot, canvas_w)
        x, y, w, h = self.bounds(shot)
        a, b = self.framing_at(shot, 0.0), self.framing_at(shot, 1.0)
        fx, fy = (b if b[2] <= a[2] else a)[:2]
        x0, y0 = fx - math.ceil((fx - x) * scale) / scale, fy - math.ceil((fy - y) * scale) / scale
        size = (math.ceil((x + w - x0) * scale), math.ceil((y + h - y0) * scale))
        return (x0, y0, size[0] / scale, size[1] / scale), size, scale
