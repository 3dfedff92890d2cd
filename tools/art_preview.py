"""Render the room's walls and props so the art can be reviewed without playing the game.

Writes into docs/screens/:
    art-1920x1080.png, art-1280x720.png   the whole room, props in albedo (no lighting)
    art-shot-<name>.png                   camera shots at 1920 wide (art rasterized at zoom)
    art-lit-1920x1080.png                 the same room through the effects' light pass, when
                                          game.fx is importable (a rough mood check)
Run: `python tools/art_preview.py [--t 3.0] [--minutes 1300]`. Deterministic for given args.
The tiles are blitted straight from the map's CSV so the preview does not depend on the
engine's room renderer.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.art.props import PropArt, PropState  # noqa: E402
from game.art.svg import SvgCache  # noqa: E402
from game.room.model import Room  # noqa: E402
from game.room.tmxload import load_room  # noqa: E402
from game.view import View, camera_view  # noqa: E402

MAP = ROOT / "scenes" / "room.tmx"
TILES = ROOT / "scenes" / "tiles" / "room-tiles.png"
ART = ROOT / "assets" / "art" / "props"
OUT = ROOT / "docs" / "screens"
SHOTS = ("notebook", "clock", "fire", "window", "two")


def tile_background(room: Room) -> pygame.Surface:
    """The `walls_and_floor` tile layer at room scale (1 room px = 1 px)."""
    text = MAP.read_text(encoding="utf-8")
    data = re.search(r'<layer[^>]*name="walls_and_floor".*?<data encoding="csv">(.*?)</data>', text, re.S)
    if data is None:
        raise SystemExit(f"{MAP}: no walls_and_floor layer")
    sheet = pygame.image.load(str(TILES))
    ts = room.tile_size
    bg = pygame.Surface((room.width, room.height))
    for row, line in enumerate(data.group(1).strip().splitlines()):
        for col, gid in enumerate(int(v) for v in line.strip().rstrip(",").split(",")):
            if gid > 0:
                bg.blit(sheet, (col * ts, row * ts), ((gid - 1) * ts, 0, ts, ts))
    return bg


def render(room: Room, art: PropArt, bg: pygame.Surface, size: tuple[int, int], view: View,
           state: PropState, t: float) -> pygame.Surface:
    surf = pygame.Surface(size)
    scaled = pygame.transform.smoothscale(bg, (round(bg.get_width() * view.scale), round(bg.get_height() * view.scale)))
    surf.blit(scaled, (round(view.ox), round(view.oy)))
    pygame.draw.rect(surf, (12, 14, 22), view.rect(*_rain_rect(room)))  # night behind the glass
    art.prepare(view)
    art.draw(surf, view, state, t, "back")
    art.draw(surf, view, state, t, "front")
    return surf


def _rain_rect(room: Room) -> tuple[float, float, float, float]:
    r = room.emitter("rain").rect
    return (r.x, r.y, r.w, r.h)


def render_lit(room: Room, art: PropArt, bg: pygame.Surface, state: PropState, t: float) -> pygame.Surface | None:
    """The props through the effects' light pass (the engine's painter's order, no figures)."""
    try:
        from game.fx.room_fx import RoomFx
        from game.fx.state import FxState

        view = View(1.0)
        surf = pygame.Surface((1920, 1080))
        surf.blit(bg, (0, 0))
        fx: Any = RoomFx(room, seed=7)  # Any: the effects' API is another helper's work in progress
        fst = FxState()
        casters = art.silhouettes(view)
        fx.draw_exterior(surf, view, fst, t)
        if hasattr(fx, "draw_shadows"):
            fx.draw_shadows(surf, view, fst, t, casters)
        art.draw(surf, view, state, t, "back")
        fx.draw_glass(surf, view, fst, t)
        art.draw(surf, view, state, t, "front")
        fx.draw_flames(surf, view, fst, t, casters)
        fx.draw_lighting(surf, view, fst, t, casters)
        fx.draw_sparks(surf, view, fst, t, casters)
    except Exception as exc:  # a preview, not a test: report and carry on
        print(f"no lit preview: {exc!r}")
        return None
    return surf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--t", type=float, default=3.0, help="time in seconds (pendulum)")
    ap.add_argument("--minutes", type=float, default=21 * 60 + 47, help="clock time of day in minutes")
    ap.add_argument("--closed", action="store_true", help="draw the notebook closed")
    ap.add_argument("--no-lit", action="store_true", help="skip the lit preview")
    args = ap.parse_args(argv)
    pygame.init()
    room = load_room(MAP)
    svg = SvgCache(Path(tempfile.gettempdir()) / "whispers-art-preview")
    art = PropArt(room, ART, svg)
    if art.missing:
        print("missing:", *art.missing)
    bg = tile_background(room)
    state = PropState(clock_minutes=args.minutes, notebook_open=not args.closed)
    OUT.mkdir(parents=True, exist_ok=True)
    for w, h in ((1920, 1080), (1280, 720)):
        out = OUT / f"art-{w}x{h}.png"
        pygame.image.save(render(room, art, bg, (w, h), View(w / room.width), state, args.t), str(out))
        print("wrote", out)
    for name in SHOTS:
        shot = room.shots[name].rect
        view = camera_view(shot.x, shot.y, shot.w, 1920)
        out = OUT / f"art-shot-{name}.png"
        pygame.image.save(render(room, art, bg, (1920, 1080), view, state, args.t), str(out))
        print("wrote", out)
    if not args.no_lit:
        lit = render_lit(room, art, bg, state, args.t)
        if lit is not None:
            out = OUT / "art-lit-1920x1080.png"
            pygame.image.save(lit, str(out))
            print("wrote", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
