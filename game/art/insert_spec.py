"""An insert's illustration as its folder describes it: `assets/art/inserts/<name>/insert.toml`
lists its SVG parts bottom to top, each with a pivot, its motions (game/art/insert_motion.py) and,
for a part that carries a face, whose (game/art/inserts.py draws them). Read and checked here: the
story's linter reports a problem as `file: message`; in play a broken insert draws the room instead.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.art.insert_motion import Motion, parse_motion
from game.errors import Problem

PREFIX = "insert_"  # a shot named insert_NAME shows assets/art/inserts/NAME/


@dataclass(frozen=True)
class Part:
    svg: Path
    pivot: tuple[float, float]
    motions: tuple[Motion, ...]
    face: str | None = None  # the character whose expression this part carries (see Inserts.draw)


@dataclass(frozen=True)
class InsertSpec:
    name: str
    title: str
    parts: tuple[Part, ...]


def insert_name(shot: str) -> str | None:
    """The insert a shot shows, or None for a shot of the room."""
    return shot[len(PREFIX):] if shot.startswith(PREFIX) and len(shot) > len(PREFIX) else None


def load_spec(root: Path, name: str) -> InsertSpec:
    """`root/name/insert.toml`, checked; a problem raises ValueError as `file: message`."""
    path = root / name / "insert.toml"
    where = f"{path}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{where}: no such insert (expected a folder {root / name} with insert.toml)") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{where}: {exc}") from None
    raw_parts = data.get("part")
    if not isinstance(raw_parts, list) or not raw_parts:
        raise ValueError(f"{where}: an insert needs [[part]] tables (its SVG parts, bottom to top)")
    parts: list[Part] = []
    base = root.resolve()
    for i, raw in enumerate(raw_parts):
        at = f"{where}: part {i + 1}"
        if not isinstance(raw, dict) or not isinstance(raw.get("svg"), str):
            raise ValueError(f"{at}: needs svg = \"file.svg\"")
        svg = (root / name / raw["svg"]).resolve()
        if not svg.is_relative_to(base) or not svg.is_file():
            raise ValueError(f"{at}: svg {raw['svg']!r} is not a file inside {root}")
        pivot = raw.get("pivot", [960, 540])
        if not (isinstance(pivot, list) and len(pivot) == 2
                and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pivot)):
            raise ValueError(f"{at}: pivot must be [x, y] in design pixels")
        motions = raw.get("motion", [])
        if not isinstance(motions, list) or not all(isinstance(m, dict) for m in motions):
            raise ValueError(f"{at}: motion must be [[part.motion]] tables")
        face = raw.get("face")
        if face is not None and not (isinstance(face, str) and face):
            raise ValueError(f"{at}: face must be a character's id (whose expression the part carries)")
        parts.append(Part(svg, (float(pivot[0]), float(pivot[1])),
                          tuple(parse_motion(m, at) for m in motions), face))
    return InsertSpec(name, str(data.get("title", name)), tuple(parts))


def available(root: Path) -> list[str]:
    """The inserts on disk (folders holding an insert.toml)."""
    return sorted(p.parent.name for p in root.glob("*/insert.toml")) if root.is_dir() else []


def check_inserts(shots: list[str], root: Path, rel: Callable[[Path], str]) -> list[Problem]:
    """Lint: every `insert_NAME` shot of the map has its illustration and it loads."""
    problems: list[Problem] = []
    for shot in shots:
        name = insert_name(shot)
        if name is None:
            continue
        try:
            load_spec(root, name)
        except ValueError as exc:
            toml = root / name / "insert.toml"
            text = str(exc).removeprefix(f"{toml}: ")  # the file is the Problem's own
            problems.append(Problem(rel(toml), 0, f"shot '{shot}': {text}"))
    return problems
