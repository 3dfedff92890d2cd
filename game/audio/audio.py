"""`SilentAudio` and `open_audio`: the one place that decides whether there is sound.

The game holds one `Audio` (the Protocol in `api.py`) and calls it without ever asking
whether sound works. `open_audio` opens the mixer and returns a `MixerAudio` when it can,
else logs ONE line and returns `SilentAudio`, whose every method is a no-op. It never
raises. The sound roles (`mood.toml` beside the catalogue) are read here too, so the
silent audio still knows which poses hush the room (the story plays the same without a
device).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

import pygame

from .api import Audio
from .bank import Take
from .cues import MUSIC, Cue, CueError, load_cues
from .mood import SoundState
from .pcm import cached, default_dir, keep
from .roles import Roles, mood_path, read_roles
from .stream import MonoLoop

_log = logging.getLogger(__name__)


class SilentAudio:
    """The whole `Audio` interface, doing nothing: no device, no catalogue, or a test."""

    enabled = False

    def __init__(self, roles: Roles | None = None) -> None:
        self._roles = roles or Roles()

    @property
    def roles(self) -> Roles:
        return self._roles

    def update(self, dt: float, mood: SoundState) -> None:
        return None

    def cue(self, name: str, pan: float | None = None) -> None:
        return None

    def loop(self, name: str) -> None:
        return None

    def stop(self, name: str) -> None:
        return None

    def fire_pop(self) -> None:
        return None

    def set_volume(self, channel: str, volume: float) -> None:
        return None

    def set_muted(self, channel: str, muted: bool) -> None:
        return None

    def stop_all(self, fade: float = 0.8) -> None:
        return None

    def close(self) -> None:
        return None


def load_roles(cues: Path, log: logging.Logger | None = None) -> Roles:
    """The roles beside a catalogue; problems are logged (lint reports them as errors)."""
    roles, problems = read_roles(mood_path(cues))
    for problem in problems:
        (log or _log).warning("%s", problem)
    return roles


def open_audio(
    cues: Mapping[str, Cue] | str | os.PathLike[str],
    volumes: Mapping[str, float] | None = None,
    muted: Mapping[str, bool] | None = None,
    log: logging.Logger | None = None,
    seed: int = 0,
    roles: Roles | None = None,
    pcm: Path | None = None,
) -> Audio:
    """Open the mixer and load every cue; on any failure log ONE line, return silence.
    `roles` default: `mood.toml` beside the catalogue file (none for a catalogue mapping); `pcm`: where
    the room's loops are kept decoded (default: the user's cache, `pcm.default_dir`)."""
    log = log or _log
    if roles is None:
        roles = load_roles(Path(cues), log) if isinstance(cues, str | os.PathLike) else Roles()
    try:
        return _open(cues, volumes or {}, muted or {}, log, seed, roles, default_dir() if pcm is None else pcm)
    except Exception as exc:  # whatever it was, the game runs on without sound
        log.warning("Audio failed to start (%s: %s): running silently.", type(exc).__name__, exc)
        return SilentAudio(roles)


def _open(
    cues: Mapping[str, Cue] | str | os.PathLike[str],
    volumes: Mapping[str, float],
    muted: Mapping[str, bool],
    log: logging.Logger,
    seed: int,
    roles: Roles,
    pcm: Path,
) -> Audio:
    try:
        catalogue = load_cues(Path(cues)) if isinstance(cues, str | os.PathLike) else dict(cues)
    except CueError as exc:
        log.warning("Audio off, running silently: %s", exc)
        return SilentAudio(roles)
    try:
        if not pygame.mixer.get_init():
            pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
    except (NotImplementedError, OSError, RuntimeError, pygame.error) as exc:
        log.warning("No audio device (%s): running silently.", exc)
        return SilentAudio(roles)
    from .bank import is_long

    short = {name: cue for name, cue in catalogue.items() if not is_long(cue)}
    sounds, missing = load_sounds(short)  # the long ones decode when first asked for (bank.py)
    if missing:
        log.warning("Audio: %d sound(s) could not be loaded and stay silent: %s", len(missing), "; ".join(missing))
    from .mixer import MixerAudio  # the mixer imports pygame's channels: only when needed

    mixer = MixerAudio(catalogue, sounds, volumes, muted, log, seed, roles, pcm)
    return mixer


def load_sounds(cues: Mapping[str, Cue]) -> tuple[dict[str, list[pygame.mixer.Sound]], list[str]]:
    """Every take of every cue, and a note for each file that would not load."""
    sounds: dict[str, list[pygame.mixer.Sound]] = {}
    missing: list[str] = []
    for name, cue in cues.items():
        sounds[name] = []
        for file in cue.files:
            try:
                sounds[name].append(pygame.mixer.Sound(str(file)))
            except (pygame.error, OSError) as exc:
                missing.append(f"{name} ({file.name}: {exc})")
    return sounds, missing


def load_long(
    cues: Mapping[str, Cue], loops: frozenset[str], pcm: Path | None = None
) -> tuple[dict[str, list[Take]], list[str]]:
    """`load_sounds`, but played in chunks from the cache `pcm` (`pcm.PcmFile`: decoded once, read as
    played) where it can be written: a cue in `loops` (a state-driven room loop) whose file is mono,
    its mono samples (else in memory, `MonoLoop`, half the bytes of its stereo Sound), and the score."""
    streamed = {n for n, c in cues.items() if n in loops or c.channel == MUSIC}
    out, missing = load_sounds({n: c for n, c in cues.items() if n not in streamed})
    takes: dict[str, list[Take]] = {name: list(t) for name, t in out.items()}
    for name in streamed:
        takes[name] = []
        for file in cues[name].files:
            try:
                if name in loops:
                    takes[name].append(cached(pcm, file) or _decode_loop(file, pcm))
                else:
                    takes[name].append(cached(pcm, file, 2) or _decode_score(file, pcm))
            except (pygame.error, OSError) as exc:
                missing.append(f"{name} ({file.name}: {exc})")
    return takes, missing


def _decode_loop(file: Path, pcm: Path | None) -> Take:
    """A room loop decoded: its mono samples (kept in the cache if they can be), or the Sound itself
    (a stereo file)."""
    sound = pygame.mixer.Sound(str(file))
    loop = MonoLoop.of(sound)
    if loop is None:
        return sound
    del sound  # the stereo decode goes before the samples are written
    return keep(pcm, file, loop.samples) or loop


def _decode_score(file: Path, pcm: Path | None) -> Take:
    """A theme decoded, kept in the cache (else the Sound itself, as before)."""
    sound = pygame.mixer.Sound(str(file))
    return keep(pcm, file, pygame.sndarray.samples(sound)) or sound
