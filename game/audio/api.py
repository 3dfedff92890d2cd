"""`Audio`: what every audio the game can hold does, named once as a Protocol.

There are several: the live mixer (`MixerAudio`), the silent one (`SilentAudio`, when
there is no device or no catalogue), the capture's offline track, and test recorders.
The game is written against this Protocol only, so "no sound" is never a special case
and no `Any` crosses from the audio package into the engine. Every method is a command
that never raises: audio must never stop the story.
"""

from __future__ import annotations

from typing import Protocol

from .mood import SoundState
from .roles import Roles


class Audio(Protocol):
    """Sound for the room: state-driven loops, script cues, music, live volumes."""

    @property
    def enabled(self) -> bool:
        """True when sound really plays."""
        ...

    @property
    def roles(self) -> Roles:
        """Which cues the room's state drives, and which poses hush it (from content)."""
        ...

    def update(self, dt: float, mood: SoundState) -> None:
        """Once per simulation step: follow the room's state, advance every fade."""

    def cue(self, name: str, pan: float | None = None) -> None:
        """Play a one-shot cue (a music cue crossfades with the music before it)."""

    def loop(self, name: str) -> None:
        """Start a cue looping, faded in (a second call while it plays does nothing)."""

    def stop(self, name: str) -> None:
        """Fade out a cue started with `loop` (or a one-shot still sounding)."""

    def fire_pop(self) -> None:
        """A visible spark burst: one pop from the hearth, loudness following the fire."""

    def set_volume(self, channel: str, volume: float) -> None:
        """Live per-channel volume 0..1 (`CHANNELS`), faded."""

    def set_muted(self, channel: str, muted: bool) -> None:
        """Live per-channel mute, faded."""

    def stop_all(self, fade: float = 0.8) -> None:
        """Fade out everything over `fade` seconds, even if `update` is not called again."""

    def close(self) -> None:
        """Stop every sound at once; call before pygame.quit()."""
