"""`Audio`: the silent audio, and the one place that decides whether there is sound.

The game holds one `Audio` and calls it without ever asking whether sound works. This base
class *is* the silent implementation (every method a no-op), so "no device" is not a
special case anywhere else; `Audio.create` opens the mixer and returns a `MixerAudio`
when it can, else logs ONE line and returns this. It never raises.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

import pygame

from .cues import Cue, CueError, load_cues
from .mood import SoundState

_log = logging.getLogger(__name__)


class Audio:
    """Silent audio, with the whole interface; `Audio.create` gives the real one if it can."""

    enabled = False

    @classmethod
    def create(
        cls,
        cues: Mapping[str, Cue] | str | os.PathLike[str],
        volumes: Mapping[str, float] | None = None,
        muted: Mapping[str, bool] | None = None,
        log: logging.Logger | None = None,
        seed: int = 0,
    ) -> Audio:
        """Open the mixer and load every cue; on any failure log ONE line, return silence."""
        log = log or _log
        try:
            return cls._open(cues, volumes or {}, muted or {}, log, seed)
        except Exception as exc:  # whatever it was, the game runs on without sound
            log.warning("Audio failed to start (%s: %s): running silently.", type(exc).__name__, exc)
            return Audio()

    @staticmethod
    def _open(
        cues: Mapping[str, Cue] | str | os.PathLike[str],
        volumes: Mapping[str, float],
        muted: Mapping[str, bool],
        log: logging.Logger,
        seed: int,
    ) -> Audio:
        try:
            catalogue = load_cues(Path(cues)) if isinstance(cues, str | os.PathLike) else dict(cues)
        except CueError as exc:
            log.warning("Audio off, running silently: %s", exc)
            return Audio()
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
        except (NotImplementedError, OSError, RuntimeError, pygame.error) as exc:
            log.warning("No audio device (%s): running silently.", exc)
            return Audio()
        sounds: dict[str, list[pygame.mixer.Sound]] = {}
        missing: list[str] = []
        for name, cue in catalogue.items():
            sounds[name] = []
            for file in cue.files:
                try:
                    sounds[name].append(pygame.mixer.Sound(str(file)))
                except (pygame.error, OSError) as exc:
                    missing.append(f"{name} ({file.name}: {exc})")
        if missing:
            log.warning(
                "Audio: %d sound(s) could not be loaded and stay silent: %s", len(missing), "; ".join(missing)
            )
        from .mixer import MixerAudio  # the subclass needs this module: import it late

        return MixerAudio(catalogue, sounds, volumes, muted, log, seed)

    def update(self, dt: float, mood: SoundState) -> None:
        """Once per simulation step: follow the room's state, advance every fade."""

    def cue(self, name: str, pan: float | None = None) -> None:
        """Play a one-shot cue; pan None uses the catalogue's pan."""

    def loop(self, name: str) -> None:
        """Start a cue looping, faded in (a second call while it plays does nothing)."""

    def stop(self, name: str) -> None:
        """Fade out a looping cue started with `loop` (or a one-shot still sounding)."""

    def fire_pop(self) -> None:
        """A visible spark burst: one pop from the hearth, loudness following the fire."""

    def set_volume(self, channel: str, volume: float) -> None:
        """Live per-channel volume 0..1 ("ambience", "effects", "pen"), faded."""

    def set_muted(self, channel: str, muted: bool) -> None:
        """Live per-channel mute, faded."""

    def stop_all(self, fade: float = 0.8) -> None:
        """Fade out everything over `fade` seconds, even if `update` is not called again
        (leaving the story). The next `update` whose state has sound brings it back."""

    def close(self) -> None:
        """Stop every sound at once; call before pygame.quit()."""
