"""The antique clock on the wall: its hands and pendulum, drawn as a function of time.

The story measures time by the clock ("as the minutes turned into hours ... the ticking of
the antique clock on the wall"), so the clock must be *right*: the hands show the story's
clock time, and the pendulum beats seconds. Everything here is a pure function of
(clock_minutes, t); the case, glass, hands and pendulum bob are SVGs (assets/art/props/clock*.svg)
rasterized once per view scale; the hands are rotated (a few rotated copies are kept, as
the hands move slowly), the pendulum rod is a polygon and its bob a blit.

Layering inside the clock box: case -> pendulum (clipped to the door glass) -> glass sheen
-> hour hand -> minute hand (which carries the brass centre cap).

Public API:
    hand_angles(minutes) -> (hour_deg, minute_deg)   clockwise from 12 o'clock
    pendulum_angle(t) -> degrees                       + swings to the right
    ticks_between(t0, t1) -> int                       beats in (t0, t1], for the tick sound
    sweep(m0, m1, t0, duration, t) -> minutes          eased move of the hands (the director's
                                                       "minutes turned into hours")
    ClockArt(box, art_dir, svg).draw(surface, view, minutes, t)
"""

from __future__ import annotations

import math
from collections.abc import Collection
from pathlib import Path

import pygame

from game.art.svg import SvgCache
from game.easing import fade
from game.room.model import Rect
from game.view import View

DIAL_CENTRE = (70.0, 100.0)  # in the clock box's local coordinates (clock.svg)
PENDULUM_PIVOT = (70.0, 160.0)
DOOR_GLASS = (30.0, 186.0, 80.0, 126.0)  # x, y, w, h: where the pendulum is seen
HAND_BOX = 100.0  # clock_hand_*.svg are 100x100 with the pivot in the middle
BOB_BOX = 36.0  # clock_bob.svg, centred
ROD_LENGTH = 130.0  # pivot to bob centre, local units
ROD_WIDTH = 3.2
ROD_RGB = (120, 92, 42)
ROD_HIGHLIGHT = (196, 160, 90)
HAND_STEP = 0.25  # degrees: hand angles are quantized to this (the rotated rasters are cached)
ROTATED_KEEP = 8
CLOCK_SCALES = 2  # scales whose rasters the clock keeps: the shot's, and the next one's made ahead
PERIOD = 2.0  # s: a seconds pendulum beats once a second, a full swing takes two
AMPLITUDE = 3.2  # degrees


def hand_angles(minutes: float) -> tuple[float, float]:
    """Hour and minute hand angles in degrees clockwise from 12 for a time of day in minutes."""
    hour = (minutes / 60.0 % 12.0) * 30.0
    minute = (minutes % 60.0) * 6.0
    return (hour, minute)


def pendulum_angle(t: float) -> float:
    """The pendulum's angle at time t (degrees; 0 = hanging straight, + = bob to the right)."""
    return AMPLITUDE * math.sin(2.0 * math.pi * t / PERIOD)


def ticks_between(t0: float, t1: float) -> int:
    """How many beats (the pendulum at an extreme) fall in (t0, t1]: one tick each."""
    half = PERIOD / 2.0

    def count(t: float) -> int:
        return math.floor((t - PERIOD / 4.0) / half)

    return max(0, count(t1) - count(t0))


def sweep(m0: float, m1: float, t0: float, duration: float, t: float) -> float:
    """Clock minutes moving from m0 to m1 over [t0, t0 + duration], eased in and out."""
    if duration <= 0.0 or t >= t0 + duration:
        return m1
    if t <= t0:
        return m0
    k = (t - t0) / duration
    k = fade(k)
    return m0 + (m1 - m0) * k


class ClockArt:
    """Draws the whole clock (case, pendulum, glass, hands) inside its room box."""

    def __init__(self, box: Rect, art_dir: Path, svg: SvgCache) -> None:
        self.box = box
        self.svg = svg
        self.case = art_dir / "clock.svg"
        self.glass = art_dir / "clock_glass.svg"
        self.hour = art_dir / "clock_hand_hour.svg"
        self.minute = art_dir / "clock_hand_minute.svg"
        self.bob = art_dir / "clock_bob.svg"
        self._rotated: dict[tuple[str, int, int], pygame.Surface] = {}
        # its rasters at the last CLOCK_SCALES scales: the SVG cache's small budget let the case and
        # the glass of the clock close-up (1.8 MB each at 1080p) push each other out every frame, so
        # each frame decoded them again and the case, a new surface as the clock's shadow caster,
        # rebuilt the light map (line 53 at 1080p: 49 -> 17 ms CPU a frame)
        self._kept: dict[float, dict[tuple[str, int, int], pygame.Surface]] = {}
        self._minutes: float | None = None  # the clock time last drawn: the hands `prepare` turns ahead

    def paths(self) -> list[Path]:
        return [self.case, self.glass, self.hour, self.minute, self.bob]

    def local(self, view: View, x: float, y: float) -> tuple[float, float]:
        """A point in the clock's local coordinates, in surface pixels."""
        return view.pt(self.box.x + x, self.box.y + y)

    def _raster(self, path: Path, w: float, h: float, scale: float) -> pygame.Surface:
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        kept = self._kept.pop(scale, None)
        if kept is None:
            kept = {}
            while len(self._kept) >= CLOCK_SCALES:
                self._kept.pop(next(iter(self._kept)))
        self._kept[scale] = kept  # the most recently used last
        key = (path.name, *size)
        hit = kept.get(key)
        if hit is None:
            hit = kept[key] = self.svg.get(path, size)
        return hit

    def memory_bytes(self) -> int:
        """Bytes of the rasters kept (game.memory finds the clock as a cache)."""
        return sum(s.get_pitch() * s.get_height() for kept in self._kept.values() for s in kept.values())

    def release(self) -> None:
        """Let go of the kept rasters (made again from the SVG cache when next drawn)."""
        self._kept = {}

    def keep(self, scales: Collection[float]) -> None:
        """Let go of the rasters of every view scale but `scales` and of the hands turned at them (the
        props' looks, game/art/props.py: a close shot's 4.4 MiB at 1080p were held for hours of the kiosk)."""
        self._kept = {s: k for s, k in self._kept.items() if s in scales}
        sizes = {key[:2] for k in self._kept.values() for key in k}
        self._rotated = {k: r for k, r in self._rotated.items() if k[:2] in sizes}

    def screen_rect(self, view: View) -> pygame.Rect:
        x, y = view.ipt(self.box.x, self.box.y)
        return pygame.Rect(x, y, round(self.box.w * view.scale), round(self.box.h * view.scale))

    def case_surface(self, view: View) -> pygame.Surface:
        return self._raster(self.case, self.box.w, self.box.h, view.scale)

    def prepare(self, view: View) -> None:
        """Rasterize the case, glass, hands and pendulum for this view scale, and turn the hands
        as they stood when last drawn (the clock's time moves only in a sweep): at the cut into the
        clock's close shot (line 53) its first frame turned both, the largest it draws."""
        s = view.scale
        self.case_surface(view)
        self._raster(self.glass, self.box.w, self.box.h, s)
        self._raster(self.hour, HAND_BOX, HAND_BOX, s)
        self._raster(self.minute, HAND_BOX, HAND_BOX, s)
        self._raster(self.bob, BOB_BOX, BOB_BOX, s)
        if self._minutes is not None:
            hour_deg, minute_deg = hand_angles(self._minutes)
            self._turned(self.hour, hour_deg, s)
            self._turned(self.minute, minute_deg, s)

    def draw(self, surface: pygame.Surface, view: View, minutes: float, t: float) -> None:
        self._minutes = minutes  # (noted off screen too: the hands `prepare` turns for the next shot)
        rect = self.screen_rect(view)
        if not rect.colliderect(surface.get_clip()):
            return
        s = view.scale
        surface.blit(self.case_surface(view), rect.topleft)
        # the pendulum, seen only through the door glass
        gx, gy, gw, gh = DOOR_GLASS
        x0, y0 = self.local(view, gx, gy)
        x1, y1 = self.local(view, gx + gw, gy + gh)
        door = pygame.Rect(round(x0), round(y0), round(x1) - round(x0), round(y1) - round(y0))
        old = surface.get_clip()
        surface.set_clip(door.clip(old))
        self._draw_pendulum(surface, view, t)
        surface.set_clip(old)
        surface.blit(self._raster(self.glass, self.box.w, self.box.h, s), rect.topleft)
        hour_deg, minute_deg = hand_angles(minutes)
        centre = self.local(view, *DIAL_CENTRE)
        self._blit_hand(surface, self.hour, hour_deg, centre, s)
        self._blit_hand(surface, self.minute, minute_deg, centre, s)

    def _draw_pendulum(self, surface: pygame.Surface, view: View, t: float) -> None:
        a = math.radians(pendulum_angle(t))
        px, py = self.local(view, *PENDULUM_PIVOT)
        length = ROD_LENGTH * view.scale
        bx, by = px + math.sin(a) * length, py + math.cos(a) * length
        half = max(0.6, ROD_WIDTH * view.scale / 2)
        nx, ny = math.cos(a) * half, -math.sin(a) * half  # across the rod
        rod = [(px - nx, py - ny), (px + nx, py + ny), (bx + nx, by + ny), (bx - nx, by - ny)]
        pygame.draw.polygon(surface, ROD_RGB, rod)
        pygame.draw.aaline(surface, ROD_RGB, rod[0], rod[3])
        pygame.draw.aaline(surface, ROD_RGB, rod[1], rod[2])
        pygame.draw.aaline(surface, ROD_HIGHLIGHT, (px - nx * 0.3, py - ny * 0.3), (bx - nx * 0.3, by - ny * 0.3))
        bob = self._raster(self.bob, BOB_BOX, BOB_BOX, view.scale)
        surface.blit(bob, (round(bx - bob.get_width() / 2), round(by - bob.get_height() / 2)))

    def _blit_hand(self, surface: pygame.Surface, path: Path, angle_cw: float, centre: tuple[float, float],
                   scale: float) -> None:
        """A hand rotated clockwise about its pivot (the raster's centre), placed at `centre`."""
        rot = self._turned(path, angle_cw, scale)
        surface.blit(rot, (round(centre[0] - rot.get_width() / 2), round(centre[1] - rot.get_height() / 2)))

    def _turned(self, path: Path, angle_cw: float, scale: float) -> pygame.Surface:
        """The hand at `path` turned clockwise by `angle_cw` (quantized to HAND_STEP), kept."""
        img = self._raster(path, HAND_BOX, HAND_BOX, scale)
        step = round(angle_cw / HAND_STEP) % round(360 / HAND_STEP)
        key = (path.name, img.get_width(), step)
        rot = self._rotated.get(key)
        if rot is None:
            if len(self._rotated) >= ROTATED_KEEP:
                self._rotated.pop(next(iter(self._rotated)))
            rot = self._rotated[key] = pygame.transform.rotozoom(img, -step * HAND_STEP, 1.0)
        return rot
