"""Which cues the engine drives from the room's state, and which poses hush the room.

The engine knows *kinds* of sound (rain by level, a fire, its pops, a clock's tick and
tock, a nib and a brush pen, a heartbeat) and that some poses hush the room; the story's
content names them. They live in `mood.toml` beside the cue catalogue, so a second story
with other cues, or no rain at all, needs no engine change. Reading is pure TOML (no
pygame), so `--lint` checks it anywhere: `check_mood` names the file and line of every
role whose cue is not catalogued and every hush pose no character has. An absent file is
a story whose room drives nothing by itself: `Roles()`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from game.errors import Problem

MOOD_FILE = "mood.toml"
"""The roles file's name, beside the cue catalogue."""

_LISTS = {"rain": 0, "clock": 2, "pen_nib": 2, "pen_brush": 2, "hush_poses": 0}  # 0: any length
_NAMES = ("fire", "fire_pop", "heartbeat")


@dataclass(frozen=True)
class Roles:
    """Cue names by what drives them; an empty name or tuple: nothing plays that part."""

    rain: tuple[str, ...] = ()  # one loop per level, lightest first
    fire: str = ""
    fire_pop: str = ""
    heartbeat: str = ""
    clock: tuple[str, ...] = ()  # (tick, tock)
    pen_nib: tuple[str, ...] = ()  # (slow, fast): grainy when slow, smooth when fast
    pen_brush: tuple[str, ...] = ()
    hush_poses: frozenset[str] = frozenset()

    @property
    def pens(self) -> tuple[str, ...]:
        return self.pen_nib + self.pen_brush

    def cues(self) -> list[tuple[str, str]]:
        """(role key, cue name) of every cue a role names, in file order."""
        named = [(k, getattr(self, k)) for k in _NAMES if getattr(self, k)]
        for key in ("rain", "clock", "pen_nib", "pen_brush"):
            named += [(key, name) for name in getattr(self, key)]
        return named


def mood_path(cues: Path) -> Path:
    return Path(cues).parent / MOOD_FILE


def _line(text: str, key: str) -> int:
    m = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def read_roles(path: Path, shown: str | None = None) -> tuple[Roles, list[Problem]]:
    """The roles in `path` and the problems found reading them (bad entries are left out)."""
    shown = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Roles(), []
    except (OSError, UnicodeDecodeError) as exc:
        return Roles(), [Problem(shown, 0, f"cannot read the sound roles ({exc})")]
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Roles(), [Problem(shown, getattr(exc, "lineno", 0) or 0, f"not valid TOML ({exc})")]
    problems: list[Problem] = []
    names: dict[str, str] = {}
    lists: dict[str, tuple[str, ...]] = {}
    for key, value in doc.items():
        if key in _NAMES:
            if isinstance(value, str):
                names[key] = value
            else:
                problems.append(Problem(shown, _line(text, key), f'{key} must be a cue name ("..."), not {value!r}'))
        elif key in _LISTS:
            size = _LISTS[key]
            ok = isinstance(value, list) and all(isinstance(v, str) and v for v in value)
            if not ok or (size and len(value) != size):
                want = f"a list of {size} names" if size else "a list of names"
                problems.append(Problem(shown, _line(text, key), f"{key} must be {want}, not {value!r}"))
            else:
                lists[key] = tuple(value)
        else:
            known = ", ".join((*_NAMES, *_LISTS))
            problems.append(Problem(shown, _line(text, key), f"unknown key {key!r} (known: {known})"))
    roles = Roles(
        rain=lists.get("rain", ()), fire=names.get("fire", ""), fire_pop=names.get("fire_pop", ""),
        heartbeat=names.get("heartbeat", ""), clock=lists.get("clock", ()), pen_nib=lists.get("pen_nib", ()),
        pen_brush=lists.get("pen_brush", ()), hush_poses=frozenset(lists.get("hush_poses", ())),
    )
    return roles, problems


def check_mood(
    cues: Path, poses: Path, rel: Callable[[Path], str] = str, cue_names: Iterable[str] | None = None
) -> list[Problem]:
    """--lint: every role names a catalogued cue and every hush pose is some character's."""
    path = mood_path(cues)
    shown = rel(path)
    roles, problems = read_roles(path, shown)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    known = set(cue_names) if cue_names is not None else _table_names(cues)
    for key, name in roles.cues():
        if name not in known:
            problems.append(Problem(shown, _line(text, key), f"{key}: no cue {name!r} in {rel(cues)}"))
    if roles.hush_poses:
        all_poses = _pose_names(poses)
        for pose in sorted(roles.hush_poses - all_poses):
            problems.append(Problem(shown, _line(text, "hush_poses"), f"hush_poses: no character has a pose {pose!r}"))
    return problems


def _table_names(path: Path) -> set[str]:
    try:
        doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return set()  # the catalogue's own check reports it
    return {k for k, v in doc.items() if isinstance(v, Mapping)}


def _pose_names(path: Path) -> set[str]:
    try:
        doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return set()
    names: set[str] = set()
    for table in doc.values():
        poses = table.get("poses") if isinstance(table, Mapping) else None
        if isinstance(poses, list):
            names |= {p for p in poses if isinstance(p, str)}
    return names
