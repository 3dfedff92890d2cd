"""The sound-cue catalogue, `assets/audio/cues.toml`, read without touching the mixer.

The story linter must check every `sound CUE` name on a machine with no audio at all, so
reading the catalogue is pure: TOML in, frozen `Cue` records out, no pygame import. A bad
catalogue is an authoring error, so it raises `CueError` naming the file and the key; the
running game catches that in `open_audio` and goes on silently instead.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

CHANNELS: tuple[str, ...] = ("ambience", "effects", "pen", "music")
"""The mixer's buses: each has its own volume and mute in the settings. A "music" cue
crossfades with the music before it and is ducked under cues that have a `duck`."""

MUSIC = "music"
"""The score's channel."""

_KEYS = {"file", "files", "channel", "volume", "pan", "loop", "caption", "duck"}


class CueError(ValueError):
    """A missing or malformed cue catalogue; the message names the file and the key."""


@dataclass(frozen=True)
class Cue:
    """One playable sound: `[name]` in cues.toml with file (or files = [...], variants
    picked at random so a repeated sound is never the identical take), channel, volume,
    pan and loop; `caption`, the words a caption or a screen reader shows for it
    ("[rain grows heavier]", "[music: her theme]"); `duck` 0..1, how far the music dips
    while this cue sounds."""

    name: str
    files: tuple[Path, ...]
    channel: str
    volume: float = 1.0
    pan: float = 0.0
    loop: bool = False
    caption: str = ""
    duck: float = 0.0

    @property
    def file(self) -> Path:
        """The first (or only) file."""
        return self.files[0]


def _number(path: Path, name: str, key: str, value: object, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CueError(f"{path}: [{name}] {key} must be a number, not {value!r}")
    if not lo <= float(value) <= hi:
        raise CueError(f"{path}: [{name}] {key} = {value} is outside {lo}..{hi}")
    return float(value)


def _cue(path: Path, name: str, table: object, check_files: bool) -> Cue:
    if not isinstance(table, dict):
        raise CueError(f"{path}: [{name}] must be a table with file, channel and volume")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise CueError(f"{path}: [{name}] unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_KEYS))})")
    if ("file" in table) == ("files" in table):
        raise CueError(f'{path}: [{name}] needs file = "name.wav" or files = ["a.wav", ...]')
    names = [table["file"]] if "file" in table else table["files"]
    key = "file" if "file" in table else "files"
    if not isinstance(names, list) or not names or not all(isinstance(f, str) and f for f in names):
        raise CueError(f"{path}: [{name}] {key} must name file(s) beside the catalogue")
    channel = table.get("channel")
    if channel not in CHANNELS:
        raise CueError(f"{path}: [{name}] channel must be one of {', '.join(CHANNELS)}, not {channel!r}")
    loop = table.get("loop", False)
    if not isinstance(loop, bool):
        raise CueError(f"{path}: [{name}] loop must be true or false, not {loop!r}")
    caption = table.get("caption", "")
    if not isinstance(caption, str):
        raise CueError(f"{path}: [{name}] caption must be text, not {caption!r}")
    for file in names:
        if check_files and not (path.parent / file).is_file():
            raise CueError(f"{path}: [{name}] {key}: {file!r} does not exist")
    return Cue(
        name=name,
        files=tuple(path.parent / f for f in names),
        channel=str(channel),
        volume=_number(path, name, "volume", table.get("volume", 1.0), 0.0, 1.0),
        pan=_number(path, name, "pan", table.get("pan", 0.0), -1.0, 1.0),
        loop=loop,
        caption=caption,
        duck=_number(path, name, "duck", table.get("duck", 0.0), 0.0, 1.0),
    )


def load_cues(path: Path, check_files: bool = True) -> dict[str, Cue]:
    """Read the catalogue at `path`: cue name -> Cue. Raises CueError on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CueError(f"{path}: cannot read the cue catalogue ({exc.strerror or exc})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CueError(f"{path}: not valid TOML: {exc}") from exc
    return {name: _cue(path, name, table, check_files) for name, table in data.items()}
