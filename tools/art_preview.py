"""Render the room's walls and props so the art can be reviewed without playing the game.

Writes into `--out` (default docs/screens/):
    art-<W>x<H>.png          the whole room at each `--size` (default 1920x1080 and 1280x720),
                             props in albedo (no lighting)
    art-shot-<name>.png      each camera shot of SHOTS on the first size's canvas (art
                             rasterized at the shot's zoom)
    art-lit-<W>x<H>.png      the whole room at the first size through the effects' light pass,
                             in the engine's painter's order without the figures (a mood check)

    python tools/art_preview.py [--out DIR] [--size WxH ...] [--t 3.0] [--minutes 1307]
                                [--closed] [--no-lit]

Deterministic for given arguments. The walls and floor are the engine's own flattening of
the map's tile layers (`game.room.tiles`), at the detail each framing needs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/art_preview.py`

import pygame

from game.art.props import PropArt, PropState
from game.art.svg import SvgCache
from game.assets import Assets
from game.fx import FxState, RoomFx
from game.room.model import Rect, Room
from game.room.tiles import TileBackground
from game.room.tmxload import load_room
from game.view import camera_view
from tools._common import SCREENS, headless, save, size_arg

SHOTS = ("notebook", "clock", "fire", "window", "two")
NIGHT = (12, 14, 22)  # behind the glass, where the lit preview has rain


class Preview:
    """The room's tiles and props, drawn for any framing."""

    def __init__(self, assets: Assets, room: Room) -> None:
        self.room = room
        self.tiles = TileBackground(assets.room_map, room)
        self.art = PropArt(room, assets.art / "props", SvgCache(Path(tempfile.gettempdir()) / "whispers-art-preview"))
        for path in self.art.missing:
            print(f"missing prop art: {assets.rel(path)}", file=sys.stderr)

    def albedo(self, rect: Rect, size: tuple[int, int], state: PropState, t: float) -> pygame.Surface:
        """The part of the room `rect` (room px, 16:9) on a canvas of `size`, unlit."""
        view = camera_view(rect.x, rect.y, rect.w, size[0])
        surf = self.tiles.crop(rect, size)
        for rain in (e for e in self.room.emitters if e.kind == "rain"):
            r = rain.rect
            pygame.draw.rect(surf, NIGHT, view.rect(r.x, r.y, r.w, r.h))
        self.art.prepare(view, size)
        self.art.draw(surf, view, state, t, "back")
        self.art.draw(surf, view, state, t, "front")
        return surf

    def lit(self, size: tuple[int, int], state: PropState, t: float) -> pygame.Surface:
        """The whole room through the light pass, layered as `game.room.layers` does."""
        room = self.room
        view = camera_view(0, 0, room.width, size[0])
        surf = self.tiles.crop(Rect(0, 0, room.width, room.height), size)
        fx = RoomFx(room, seed=7)
        fst = FxState()
        self.art.prepare(view, size)
        casters = self.art.silhouettes(view, size)
        fx.draw_exterior(surf, view, fst, t)
        self.art.draw(surf, view, state, t, "back")
        fx.draw_glass(surf, view, fst, t)
        self.art.draw(surf, view, state, t, "front")
        fx.draw_flames(surf, view, fst, t, casters)
        fx.draw_lighting(surf, view, fst, t, casters)
        fx.draw_sparks(surf, view, fst, t, casters)
        return surf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=SCREENS, help="folder for the PNGs (default docs/screens)")
    ap.add_argument("--size", type=size_arg, action="append", default=None,
                    help="a canvas WxH, repeatable (default 1920x1080 and 1280x720); the first frames the shots")
    ap.add_argument("--t", type=float, default=3.0, help="time in seconds (pendulum, flames; default 3.0)")
    ap.add_argument("--minutes", type=float, default=21 * 60 + 47, help="clock time of day in minutes (default 1307)")
    ap.add_argument("--closed", action="store_true", help="draw the notebook closed")
    ap.add_argument("--no-lit", action="store_true", help="skip the lit preview")
    args = ap.parse_args(argv)
    sizes: list[tuple[int, int]] = args.size or [(1920, 1080), (1280, 720)]
    headless()
    assets = Assets()
    room = load_room(assets.room_map)
    preview = Preview(assets, room)
    state = PropState(clock_minutes=args.minutes, notebook_open=not args.closed)
    whole = Rect(0, 0, room.width, room.height)
    for w, h in sizes:
        save(preview.albedo(whole, (w, h), state, args.t), args.out / f"art-{w}x{h}.png")
    for name in SHOTS:
        if name in room.shots:
            save(preview.albedo(room.shots[name].rect, sizes[0], state, args.t), args.out / f"art-shot-{name}.png")
    if not args.no_lit:
        w, h = sizes[0]
        save(preview.lit((w, h), state, args.t), args.out / f"art-lit-{w}x{h}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
