"""Render the light/fire/rain effects over a stand-in room: `docs/screens/fx-*.png`.

The real prop and figure art is drawn elsewhere; this tool paints a plain stand-in
(the map's wall and floor tiles, dark silhouettes where the furniture and the two
figures stand, a window frame) so the effects can be judged where they will live.
Everything is seeded, so the frames are the same on every run. The tiles come from the
engine's own flattening (`game.room.tiles`), so the stand-in's walls are the game's.

    python tools/fx_frames.py [--out DIR] [--size 1920x1080] [--t 12.5] [--only fx-room ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/fx_frames.py`

import pygame

from game.assets import Assets
from game.fx import FxState, RoomFx
from game.room.model import Room
from game.room.tiles import tile_background
from game.room.tmxload import load_room
from game.view import View, camera_view
from tools._common import SCREENS, headless, save, size_arg

Caster = tuple[pygame.Surface, pygame.Rect, float]
LIFT = 1  # the tiles are doubled this many times
SILHOUETTES = ("sofa", "armchair", "coffee_table", "side_table_left", "side_table_right", "him", "her", "lavender")


def _silhouette(name: str, w: int, h: int) -> pygame.Surface:
    """A rough alpha silhouette of a prop or figure (stand-in art)."""
    s = pygame.Surface((max(1, w), max(1, h)), pygame.SRCALPHA)
    c = (255, 255, 255, 255)
    if name in ("him", "her"):
        hw = w * 0.16
        pygame.draw.ellipse(s, c, (w / 2 - hw / 2, 0, hw, h * 0.15))  # head
        pygame.draw.polygon(s, c, [(w * 0.3, h * 0.16), (w * 0.7, h * 0.16), (w * 0.8, h * 0.6),
                                   (w * 0.75, h), (w * 0.25, h), (w * 0.2, h * 0.6)])
    elif name in ("sofa", "armchair"):
        pygame.draw.rect(s, c, (0, h * 0.35, w, h * 0.55), border_radius=int(w * 0.08))
        pygame.draw.rect(s, c, (w * 0.08, 0, w * 0.84, h * 0.6), border_radius=int(w * 0.12))
        pygame.draw.rect(s, c, (w * 0.06, h * 0.85, w * 0.05, h * 0.15))
        pygame.draw.rect(s, c, (w * 0.89, h * 0.85, w * 0.05, h * 0.15))
    elif name == "lavender":
        pygame.draw.ellipse(s, c, (w * 0.2, h * 0.55, w * 0.6, h * 0.45))
        for k in range(7):
            x = w * (0.2 + 0.1 * k)
            pygame.draw.line(s, c, (w * 0.5, h * 0.6), (x, h * 0.05 + (k % 3) * 6), 3)
    else:  # tables
        pygame.draw.rect(s, c, (0, 0, w, h * 0.14))
        pygame.draw.rect(s, c, (w * 0.06, 0, w * 0.08, h))
        pygame.draw.rect(s, c, (w * 0.86, 0, w * 0.08, h))
    return s


class StandIn:
    """The stand-in room at one view: background, prop silhouettes, window frame."""

    def __init__(self, room: Room, view: View, size: tuple[int, int]) -> None:
        self.room, self.view = room, view
        bg = tile_background(Assets().room_map, room, 1)  # a fresh surface: lifting it is safe
        # The light pass multiplies: art must be painted at its *lit* colours. The map's
        # tiles are darker than that, so the stand-in lifts them (see the fx report).
        for _ in range(LIFT):
            bg.blit(bg, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        self.bg = pygame.transform.smoothscale(bg, (round(room.width * view.scale), round(room.height * view.scale)))
        self.casters: list[Caster] = []
        self.fills: list[tuple[pygame.Surface, pygame.Rect]] = []
        for name in SILHOUETTES:
            a = room.anchors.get(name)
            if a is None:  # a map without this piece: nothing stands there
                continue
            r = pygame.Rect(view.rect(a.rect.x, a.rect.y, a.rect.w, a.rect.h))
            mask = _silhouette(name, r.w, r.h)
            self.casters.append((mask, r, a.rect.bottom))
            body = mask.copy()
            tone = (70, 50, 52) if name in ("him", "her") else (64, 42, 34)
            body.fill((*tone, 255), special_flags=pygame.BLEND_RGBA_MULT)
            self.fills.append((body, r))

    def draw(self, surf: pygame.Surface, fx: RoomFx, state: FxState, t: float) -> None:
        v = self.view
        surf.fill((11, 7, 8))
        surf.blit(self.bg, (round(v.ox), round(v.oy)))
        fx.draw_exterior(surf, v, state, t)
        place = self.room.anchors.get("fireplace")
        if place is not None and fx.hearth is not None:  # stone surround, dark opening, mantel
            f, fire = place.rect, fx.hearth.box
            pygame.draw.rect(surf, (96, 84, 76), v.rect(f.x + 20, f.y + 10, f.w - 40, f.h - 10))
            pygame.draw.rect(surf, (16, 12, 11), v.rect(fire.x - 25, fire.y - 70, fire.w + 50, fire.h + 80))
            pygame.draw.rect(surf, (110, 70, 44), v.rect(f.x, f.y - 6, f.w, 22))
        window = self.room.anchors.get("window")
        if window is not None:  # the frame and its glazing bars
            w, g = window.rect, fx.glass
            wood, bar = (92, 62, 40), max(1, round(10 * v.scale))
            pygame.draw.rect(surf, wood, v.rect(w.x, w.y, w.w, w.h), max(1, round(28 * v.scale)))
            gx, gy, gw, gh = v.rect(g.x, g.y, g.w, g.h)
            pygame.draw.line(surf, wood, (gx + gw // 2, gy), (gx + gw // 2, gy + gh), bar)
            pygame.draw.line(surf, wood, (gx, gy + gh // 2), (gx + gw, gy + gh // 2), bar)
        fx.draw_glass(surf, v, state, t)
        for body, r in self.fills:
            surf.blit(body, r)
        fx.draw_flames(surf, v, state, t, self.casters)
        fx.draw_lighting(surf, v, state, t, self.casters)
        fx.draw_sparks(surf, v, state, t, self.casters)


# name: (camera x, y, width in room px (16:9), state, t)
FRAMES: dict[str, tuple[float, float, float, FxState, float]] = {
    "fx-room": (0, 0, 1920, FxState(rain=1.0, candles=1.0), 12.5),
    "fx-candle": (1050, 678, 200, FxState(rain=1.0, candles=0.8), 12.5),
    "fx-fire": (1370, 560, 400, FxState(rain=2.0, candles=0.7), 14.2),
    "fx-rain-heavy": (100, 60, 560, FxState(rain=3.6, candles=0.6), 20.0),
    "fx-ending": (0, 0, 1920, FxState(rain=0.0, candles=0.25, glow=1.0), 600.0),
}


def render(room: Room, name: str, size: tuple[int, int], t: float | None = None, seed: int = 1907,
           reduce_motion: bool = False) -> pygame.Surface:
    """The frame `name` of FRAMES on a canvas of `size` (at its own moment, or at `t`)."""
    x, y, w, state, t0 = FRAMES[name]
    view = camera_view(x, y, w, size[0])
    surf = pygame.Surface(size)
    StandIn(room, view, size).draw(surf, RoomFx(room, seed, reduce_motion), state, t0 if t is None else t)
    return surf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=SCREENS, help="folder for the PNGs (default docs/screens)")
    ap.add_argument("--size", type=size_arg, default=(1920, 1080), help="canvas WxH (default 1920x1080)")
    ap.add_argument("--t", type=float, default=None, help="override each frame's moment (seconds)")
    ap.add_argument("--only", nargs="+", choices=list(FRAMES), default=None, help="just these frames")
    args = ap.parse_args(argv)
    headless()  # pytmx converts its tile images
    room = load_room(Assets().room_map)
    for name in args.only or FRAMES:
        save(render(room, name, args.size, args.t), args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
