"""Shots that frame what they show: no candle cut in two by the frame's edge, the window's sash
lock clear above the words on the window shot, and the opening's three lines each in their own
framing.

The reviewer saw his shot at line 8 (`him`) cut the mantel candles at the top of the frame,
flames lost above the edge over bare wax, and the narration of lines 4, 51 and 75 (`window`) lie
across the bright brass sash lock. Looking further, the two-shot (13 lines) cut the sconce flames
at its top and halved a candle at each side, and the table, over-the-shoulder, her and his writing
shots cut a candle or stood one headless at an edge. Each line's shot is taken as the story plays
it (the director), still or at both ends of its camera move, each candle's flame at its tallest
(the flicker stretches it to 1.4 x FLAME_H over the wick), the lock where the window's art draws it.
The close shots drawn from their own art (inserts) and the page seen from above are not the room."""

from __future__ import annotations

import re

import pygame
from story_walk import lines_played

from game.assets import Assets
from game.fx.candles import FLAME_H, FLAME_W, candle_specs
from game.room.model import Room
from game.room.tmxload import load_room
from game.scenes.ui import LINE_H, TEXT_BOTTOM, NarrationBand
from game.story import commands as c
from game.text.fonts import Fonts
from game.view import Move

STRETCH = 1.4  # the tallest a flame is drawn (game/fx/candles.py clamps the flicker's stretch)
GLOW = 4.0  # room px of the flame's soft edge beyond its shape
TEXT_CLEAR = 40  # logical px the lock keeps above the top of the words


def _lines_on(room: Room) -> list[tuple[int, c.Line, str, float, Move | None]]:
    """(line number, line, shot, candles, camera move or None) for each line as the story plays it."""
    out = []
    for d, now in lines_played(Assets().story, 30.0):
        snap = d.stage.at(now + 30.0)  # the line settled
        assert d.current is not None
        out.append((d.line_number, d.current, snap.shot.value, snap.candles, snap.move))
    return out


def _where(box: tuple[float, float, float, float], frame: tuple[float, float, float, float]) -> str:
    x0, y0, x1, y1 = box
    fx, fy, fw, fh = frame
    if x0 >= fx and x1 <= fx + fw and y0 >= fy and y1 <= fy + fh:
        return "in"
    if x1 <= fx or x0 >= fx + fw or y1 <= fy or y0 >= fy + fh:
        return "out"
    return "cut"


def test_every_framing_shows_each_candle_whole_or_not_at_all() -> None:
    """Each line's shot, still or at both ends of its camera move (a move may pass over a candle
    on its way, but never rests on one cut in two)."""
    room = load_room(Assets().room_map)
    specs = candle_specs(room)
    for number, _line, shot, level, move in _lines_on(room):
        if shot.startswith("insert_") or shot == "notebook":
            continue
        r = room.shots[shot].rect
        box = (r.x, r.y, r.w, r.h)
        frames = [("", box)] if move is None else [(" at its move's start", move.framing_at(box, 0.0)),
                                                  (" at its move's end", move.framing_at(box, 1.0))]
        for when, frame in frames:
            for s in specs:
                wx, wy = s.wick_top(level)
                flame = _where((wx - FLAME_W, wy - FLAME_H * STRETCH - GLOW, wx + FLAME_W, wy + 2.0), frame)
                half = s.size[1] / 2
                wax = _where((s.x - half, wy, s.x + half, s.y), frame)
                assert flame != "cut", f"line {number} ({shot}{when}): {s.name}'s flame is cut by the frame"
                assert not (flame == "out" and wax != "out"), f"line {number} ({shot}{when}): {s.name} stands headless"


def _sash_lock(room: Room) -> tuple[float, float]:
    """The room point under the bottom of the window's sash lock (window.svg: local coordinates
    are the `window` prop's box)."""
    svg = (Assets().art / "props" / "window.svg").read_text()
    m = re.search(r"sash lock[^>]*-->\s*<ellipse cx=\"([\d.]+)\" cy=\"([\d.]+)\" rx=\"[\d.]+\" ry=\"([\d.]+)\"", svg)
    assert m, "window.svg has no sash lock"
    box = room.anchor("window").rect
    return box.x + float(m[1]), box.y + float(m[2]) + float(m[3])


def test_the_words_on_the_window_shot_sit_below_the_sash_lock() -> None:
    pygame.init()
    assets = Assets()
    room = load_room(assets.room_map)
    band = NarrationBand(Fonts({"serif": assets.serif, "serif_italic": assets.serif_italic}))
    lx, ly = _sash_lock(room)
    r = room.shots["window"].rect
    k = 1920 / r.w
    on_window = [(n, line) for n, line, shot, _c, _m in _lines_on(room) if shot == "window" and isinstance(line, c.Narrate)]
    assert on_window, "the story no longer shows the window shot"
    assert r.x <= lx <= r.x + r.w
    for number, line in on_window:
        top = TEXT_BOTTOM - len(band.lines(line.text, 1.0)) * LINE_H  # where the first line of words starts
        lock = (ly - r.y) * k
        assert lock <= top - TEXT_CLEAR, f"line {number}: the sash lock's foot at y {lock:.0f}, the words from {top}"


def test_the_opening_lines_each_have_their_own_framing() -> None:
    """Lines 2 and 3 held line 1's wide shot: the candlelit room, then the shadows on the walls
    (`walls`), then the lavender by the window (`lavender`)."""
    room = load_room(Assets().room_map)
    shots = [shot for _n, _line, shot, _c, _m in _lines_on(room)[:3]]
    assert shots == ["wide", "walls", "lavender"]
