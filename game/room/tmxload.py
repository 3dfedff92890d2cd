"""Load `scenes/room.tmx` (a Tiled map) into the engine's `Room` model, checking it first.

The map is authored in Tiled, so it can be wrong in ways Python cannot see coming: a
candle without a radius, a shot with the wrong shape, a renamed object. Every problem
becomes one message naming the .tmx file, the line of the object in it and the object,
and all of them are reported together. pytmx parses the XML (without loading images,
so this runs without a display); the object layers are read by name:

    props, figures        anchors (things the art draws: furniture, the two of them)
    candles               candle anchors, each also a light (map property `candles`: how many)
    lights                the hearth and the window light (optional)
    emitters              rain, fire, sparks (optional: a room without a hearth has no fire)
    shots                 camera framings (16:9)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytmx

from game.errors import ContentErrors, Problem
from game.room.model import RGB, Anchor, Emitter, Light, Rect, Room, Shot

# What the engine itself needs of any room: the notebook and its pen (the text box), and a
# wide shot to open on. Everything else a room has is the room's own: the story's names
# (figures for its characters, look targets, shots) are checked against it by the linter,
# and a map may say how many candles it must have (map property `candles`).
REQUIRED_KINDS = ("notebook", "pen")
REQUIRED_SHOTS = ("wide",)
REQUIRED_LAYERS = ("props", "figures", "shots")
LAYER_TYPES = {
    "props": ("prop", "clock", "notebook", "pen"),
    "figures": ("figure",),
    "candles": ("candle",),
    "lights": ("fire", "window", "candle"),
    "emitters": ("rain", "fire", "sparks", "dust"),
    "shots": ("shot",),
}


class _MapProblems:
    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.text = text
        self.problems: list[Problem] = []

    def line_of(self, obj: Any) -> int:
        m = re.search(rf'<object id="{int(getattr(obj, "id", -1))}"', self.text)
        return self.text.count("\n", 0, m.start()) + 1 if m else 0

    def add(self, obj: Any, message: str) -> None:
        name = getattr(obj, "name", None) or f"id {getattr(obj, 'id', '?')}"
        self.problems.append(Problem(self.file, self.line_of(obj), f"object '{name}': {message}"))

    def add_file(self, message: str) -> None:
        self.problems.append(Problem(self.file, 0, message))


def _text(value: object) -> str:
    """A Tiled property as text (a bool as Tiled writes it: "true" / "false")."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def _object_type(obj: Any) -> str:
    return str(getattr(obj, "type", None) or getattr(obj, "class", None) or "")


def _float(obj: Any, key: str, report: _MapProblems, lo: float, hi: float) -> float:
    raw = obj.properties.get(key)
    if raw is None:
        report.add(obj, f"missing property '{key}'")
        return lo
    try:
        value = float(raw)
    except (TypeError, ValueError):
        report.add(obj, f"property '{key}' must be a number, not {raw!r}")
        return lo
    if not lo <= value <= hi:
        report.add(obj, f"property '{key}' must be from {lo:g} to {hi:g}, not {value:g}")
    return value


def parse_colour(raw: str) -> RGB | None:
    """Tiled colours are '#rrggbb' or '#aarrggbb'."""
    m = re.fullmatch(r"#(?:[0-9a-fA-F]{2})?([0-9a-fA-F]{6})", raw.strip())
    if not m:
        return None
    h = m.group(1)
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def _colour(obj: Any, report: _MapProblems) -> RGB:
    raw = obj.properties.get("colour")
    if raw is None:
        report.add(obj, "missing property 'colour'")
        return (255, 179, 92)
    rgb = parse_colour(str(raw))
    if rgb is None:
        report.add(obj, f"property 'colour' must be a colour like #ffb35c, not {raw!r}")
        return (255, 179, 92)
    return rgb


def _light(obj: Any, kind: str, report: _MapProblems) -> Light:
    return Light(
        name=obj.name, kind=kind, x=float(obj.x), y=float(obj.y),
        radius=_float(obj, "radius", report, 1.0, 5000.0),
        colour=_colour(obj, report),
        intensity=_float(obj, "intensity", report, 0.0, 4.0),
        flicker=_float(obj, "flicker", report, 0.0, 1.0),
    )


def _rect(obj: Any) -> Rect:
    return Rect(float(obj.x), float(obj.y), float(obj.width or 0.0), float(obj.height or 0.0))


def load_room(path: Path, display_name: str | None = None) -> Room:
    """Parse and check the map; raises ContentErrors listing every problem."""
    name = display_name or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentErrors([Problem(name, 0, "map file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentErrors([Problem(name, 0, f"cannot read map: {exc}")]) from None
    try:
        tmx = pytmx.TiledMap(str(path), load_all_tiles=False)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else 0
        raise ContentErrors([Problem(name, line, f"not a valid Tiled map (XML): {exc}")]) from None
    except Exception as exc:  # pytmx raises bare Exceptions/ValueErrors for bad content
        raise ContentErrors([Problem(name, 0, f"not a valid Tiled map: {exc}")]) from None
    return _build(tmx, name, text, path)


def _build(tmx: Any, name: str, text: str, path: Path) -> Room:
    report = _MapProblems(name, text)
    if tmx.orientation != "orthogonal":
        report.add_file(f"the map must be orthogonal, not {tmx.orientation}")
    anchors: dict[str, Anchor] = {}
    lights: list[Light] = []
    emitters: list[Emitter] = []
    shots: dict[str, Shot] = {}
    seen_layers = set()
    for layer in tmx.objectgroups:
        lname = layer.name
        if lname not in LAYER_TYPES:
            report.add_file(f"unknown object layer '{lname}' (expected {', '.join(LAYER_TYPES)})")
            continue
        seen_layers.add(lname)
        for obj in layer:
            kind = _object_type(obj)
            if not obj.name:
                report.add(obj, f"an object in layer '{lname}' needs a name")
                continue
            if kind not in LAYER_TYPES[lname]:
                report.add(obj, f"type '{kind}' is not allowed in layer '{lname}' "
                                f"(use {' or '.join(LAYER_TYPES[lname])})")
                continue
            if obj.name in anchors and lname in ("props", "figures", "candles"):
                report.add(obj, "the name is used twice")
                continue
            props = {k: _text(v) for k, v in obj.properties.items()}
            if lname in ("props", "figures"):
                if (obj.width or 0) <= 0 or (obj.height or 0) <= 0:
                    report.add(obj, "needs a width and a height (draw it as a rectangle)")
                anchors[obj.name] = Anchor(obj.name, kind, _rect(obj), props)
            elif lname == "candles":
                anchors[obj.name] = Anchor(obj.name, kind, _rect(obj), props)
                lights.append(_light(obj, "candle", report))
            elif lname == "lights":
                lights.append(_light(obj, kind, report))
            elif lname == "emitters":
                if (obj.width or 0) <= 0 or (obj.height or 0) <= 0:
                    report.add(obj, "an emitter needs a width and a height")
                box = _rect(obj)
                depth = (_float(obj, "depth", report, 0.0, 100000.0) if "depth" in obj.properties
                         else box.bottom + 10.0)
                emitters.append(Emitter(obj.name, kind, box, _float(obj, "rate", report, 0.0, 10000.0), depth))
            else:
                w, h = float(obj.width or 0), float(obj.height or 0)
                if w <= 0 or h <= 0 or abs(w / h - 16 / 9) > 0.01:
                    report.add(obj, f"a shot must be a 16:9 rectangle, not {w:g}x{h:g}")
                else:
                    shots[obj.name] = Shot(obj.name, _rect(obj))
    _check_required(report, anchors, shots, seen_layers, dict(tmx.properties))
    if report.problems:
        raise ContentErrors(report.problems)
    return Room(
        source=name, width=int(tmx.width * tmx.tilewidth), height=int(tmx.height * tmx.tileheight),
        tile_size=int(tmx.tilewidth), anchors=anchors, lights=tuple(lights), emitters=tuple(emitters),
        shots=shots, path=path, props={str(k): _text(v) for k, v in tmx.properties.items()},
    )


def _check_required(
    report: _MapProblems, anchors: dict[str, Anchor], shots: dict[str, Shot], layers: set[str],
    map_props: dict[str, Any],
) -> None:
    for layer in REQUIRED_LAYERS:
        if layer not in layers:
            report.add_file(f"missing object layer '{layer}'")
    for kind in REQUIRED_KINDS:
        found = [a for a in anchors.values() if a.kind == kind]
        if len(found) != 1:
            report.add_file(f"needs exactly one object of type '{kind}', found {len(found)}")
    candles = [a for a in anchors.values() if a.kind == "candle"]
    wanted = map_props.get("candles")
    if wanted is not None:
        if not str(wanted).isdigit():
            report.add_file(f"map property 'candles' must be a whole number, not {wanted!r}")
        elif len(candles) != int(wanted):
            report.add_file(f"the map says it has {wanted} candles, but its candles layer has {len(candles)}")
    for shot in REQUIRED_SHOTS:
        if shot not in shots:
            report.add_file(f"missing camera shot '{shot}'")

