"""What the map says the room's props are: the pieces the props' art draws (game/art/props.py).

The map (scenes/room.tmx, layer `props`) owns where things are, each prop's SVG what it looks
like: a piece is one SVG whose local (0, 0) sits at its box's room point, with its viewBox, its
layer (back or front), its drawing order and whether it throws a wall shadow; a candle's holder
is a piece just after the prop it stands on. `PropState` is what the story changes about them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from game.art.clock import ClockArt
from game.art.svg import SvgCache
from game.room.model import Rect, Room

log = logging.getLogger(__name__)

PROP_KINDS = ("prop", "clock", "notebook", "pen")  # map object types drawn as props
PAGES = (Rect(8.0, 6.0, 75.0, 33.0), Rect(87.0, 6.0, 75.0, 33.0))  # in notebook_open.svg
WALL_BASE_Y = 760.0  # default room y where the wall meets the floor (map property `wall_base_y`)

_VIEWBOX = re.compile(r'viewBox="\s*([-\d.]+)[\s,]+([-\d.]+)[\s,]+([-\d.]+)[\s,]+([-\d.]+)\s*"')


@dataclass(frozen=True)
class PropState:
    """What the story changes about the props. `clock_minutes` is the script's time (the
    director eases its `clock` sweeps; game/room/layers.py prop_state); `notebook_shift` (room px, + towards him) overrides the
    holder's resting offset while the notebook is being slid across the table."""

    clock_minutes: float = 21 * 60 + 40
    notebook_open: bool = True
    notebook_holder: str = "table"  # a character's id, or "table"
    pen_on_table: bool = True
    notebook_shift: float | None = None

    def shift(self) -> float:
        return self.notebook_shift or 0.0


@dataclass(frozen=True)
class Piece:
    """One thing to blit: an SVG whose local (0,0) sits at room point (x, y)."""

    name: str
    path: Path
    x: float
    y: float
    box: tuple[float, float, float, float]  # the SVG viewBox (local coords)
    layer: str
    order: tuple[float, float, int]
    shadow: bool = False  # throws a shadow on the wall
    wall: bool = False  # hangs on the wall (its shadow falls at the wall's foot)


def read_viewbox(path: Path) -> tuple[float, float, float, float]:
    """The (x, y, w, h) viewBox of an SVG file."""
    m = _VIEWBOX.search(path.read_text(encoding="utf-8"))
    if not m:
        raise ValueError(f"{path}: no viewBox")
    x, y, w, h = (float(v) for v in m.groups())
    return (x, y, w, h)


class RoomProps:
    """The pieces of one room's props in drawing order, its clock's art (drawn by it, not as a
    piece), and the drawings the map names that are not found (the linter reports them)."""

    def __init__(self, room: Room, art_dir: Path, svg: SvgCache) -> None:
        self.art_dir = art_dir
        self.missing: list[Path] = []
        self.pieces: list[Piece] = []
        self.clock: ClockArt | None = None
        self.clock_name = ""
        seq = 0
        for anchor in room.anchors.values():
            if anchor.kind not in PROP_KINDS:
                continue
            name, p = anchor.name, anchor.props
            layer = p.get("layer", "front" if anchor.kind in ("notebook", "pen") else "back")
            z = float(p.get("z", 0))
            r = anchor.rect
            if anchor.kind == "clock":
                self.clock, self.clock_name = ClockArt(r, art_dir, svg), name
                for path in self.clock.paths():
                    self._check(path)
            files = ["notebook_open", "notebook_closed"] if anchor.kind == "notebook" else [p.get("art", name)]
            for f in files:
                path = art_dir / f"{f}.svg"
                if self._check(path):
                    key = f if anchor.kind == "notebook" else name
                    self.pieces.append(Piece(key, path, r.x, r.y, read_viewbox(path), layer, (z, r.bottom, seq),
                                             shadow=p.get("shadow") == "true", wall=p.get("wall") == "true"))
                    seq += 1
        self._add_holders(room)
        self.pieces.sort(key=lambda p: p.order)

    def _check(self, path: Path) -> bool:
        if path.exists():
            return True
        log.warning("prop art missing: %s", path)
        self.missing.append(path)
        return False

    def _add_holders(self, room: Room) -> None:
        by_name = {p.name: p for p in self.pieces}
        for anchor in sorted(room.anchors_of("candle"), key=lambda a: a.name):
            kind = anchor.props.get("holder", "table")
            path = self.art_dir / f"holder_{kind}.svg"
            if not path.exists():  # a holder drawn as part of another prop (a sconce)
                continue
            host = by_name.get(anchor.props.get("on", ""))
            layer = host.layer if host is not None else anchor.props.get("layer", "back")
            if host is not None:  # just after the thing it stands on
                order = (host.order[0], host.order[1] + 0.01 + anchor.rect.y / 1e5, host.order[2])
            else:  # side tables: after the furniture of their z
                order = (2.0, anchor.rect.y + 300.0, 0)
            self.pieces.append(Piece(anchor.name, path, anchor.rect.x, anchor.rect.y,
                                     read_viewbox(path), layer, order))
