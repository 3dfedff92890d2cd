"""The room as the engine sees it: named things with positions, read from the Tiled map.

Everything here is plain frozen data in *room coordinates* (logical pixels of the
1920x1080 map, y down). The loader (`game.room.tmxload`) builds it; the art, light,
particle and figure code read it. Nothing here imports pygame, so the model can be
used by tests, the linter and tools without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in room coordinates."""

    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class Anchor:
    """A named place: where a prop, a figure or a candle stands.

    `kind` is the Tiled object type ("prop", "figure", "candle", "notebook", ...);
    `rect` is the object's box (a point object has w == h == 0, its position is the
    point). `props` keeps the remaining Tiled custom properties as strings.
    """

    name: str
    kind: str
    rect: Rect
    props: dict[str, str] = field(default_factory=dict)

    @property
    def pos(self) -> tuple[float, float]:
        return (self.rect.x, self.rect.y)


@dataclass(frozen=True)
class Light:
    """A light source: candle flame, fire or window.

    `flicker` is 0 (steady) .. 1 (wild); `kind` is "candle", "fire" or "window".
    """

    name: str
    kind: str
    x: float
    y: float
    radius: float
    colour: RGB
    intensity: float
    flicker: float


@dataclass(frozen=True)
class Emitter:
    """A particle source: rain at the window, flames and sparks in the hearth."""

    name: str
    kind: str  # "rain" | "fire" | "sparks" | "dust"
    rect: Rect
    rate: float  # particles per second at full strength
    depth: float = 0.0  # room y of the floor line it stands on (what stands lower is in front)


@dataclass(frozen=True)
class Shot:
    """A camera framing: the part of the room that fills the screen.

    Shots are authored at 16:9 so a shot scales uniformly to the canvas.
    """

    name: str
    rect: Rect

    @property
    def zoom(self) -> float:
        return 1920.0 / self.rect.w


@dataclass(frozen=True)
class Room:
    """The whole parsed map."""

    source: str  # the .tmx path, for messages
    width: int  # logical pixels
    height: int
    tile_size: int
    anchors: dict[str, Anchor]
    lights: tuple[Light, ...]
    emitters: tuple[Emitter, ...]
    shots: dict[str, Shot]
    path: Path = Path()  # the .tmx file itself (its tilesets are found beside it)
    props: dict[str, str] = field(default_factory=dict)  # the map's own custom properties

    def anchor(self, name: str) -> Anchor:
        return self.anchors[name]

    def anchors_of(self, kind: str) -> list[Anchor]:
        return [a for a in self.anchors.values() if a.kind == kind]

    def lights_of(self, kind: str) -> list[Light]:
        return [light for light in self.lights if light.kind == kind]

    def emitter(self, name: str) -> Emitter:
        for e in self.emitters:
            if e.name == name:
                return e
        raise KeyError(name)
