"""The bridge from what the story shows to what the mixer plays.

The audio package knows sounds; the story knows the room. This module translates,
once per simulation step: the staging snapshot becomes a `SoundState` (rain level, the
clock's seconds, the fire, a hush while anyone holds a pose the content says hushes the
room), pen events become the pen's down/speed, script cues become cues and loops, and
the hearth's visible spark bursts become pops, so every sound stays in step with the
picture it belongs to. It names no sound and no pose: those come from `audio.roles`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from game.audio import Audio, SoundState
from game.story.director import Event
from game.story.stage import Snapshot

PENDULUM_PHASE = 0.5  # the pendulum beats at t = 0.5, 1.5, ... (game.art.clock.ticks_between)


class PenEvent(Protocol):
    """What the pen reports: "down", "up" or a move, with the nib's speed (logical px/s)."""

    @property
    def kind(self) -> str: ...

    @property
    def speed(self) -> float: ...


def clock_seconds(snap: Snapshot, t: float) -> float:
    """The wall clock's time in seconds: staged time of day plus the seconds that tick by,
    phased so each tick falls on a visible beat of the pendulum."""
    return snap.clock_minutes * 60.0 + t - PENDULUM_PHASE


class RoomSound:
    def __init__(self, audio: Audio, bursts: Callable[[float, float], list[float]] | None = None) -> None:
        self.audio = audio
        self.bursts = bursts
        self.pen_down = False
        self.pen_speed = 0.0
        self.pen_hand = "nib"
        self._last_t: float | None = None

    def story_event(self, ev: Event) -> None:
        if ev.kind != "sound":
            return
        if ev.arg == "loop":
            self.audio.loop(ev.name)
        elif ev.arg == "stop":
            self.audio.stop(ev.name)
        else:
            self.audio.cue(ev.name)

    def pen_events(self, events: Iterable[PenEvent], hand_kind: str) -> None:
        self.pen_hand = hand_kind
        for ev in events:
            if ev.kind == "down":
                self.pen_down = True
            elif ev.kind == "up":
                self.pen_down = False
            self.pen_speed = float(ev.speed)

    def pen_lifted(self) -> None:
        self.pen_down = False
        self.pen_speed = 0.0

    def hush(self, snap: Snapshot) -> float:
        """1 while anyone holds a pose that hushes the room (content: mood.toml), else 0."""
        hushing = self.audio.roles.hush_poses
        return 1.0 if any(p.value in hushing for p in snap.poses.values()) else 0.0

    def frame(self, snap: Snapshot, t: float, dt: float, fire: float = 1.0) -> None:
        """Follow the room for one step at story time `t`."""
        self.audio.update(dt, SoundState(
            rain=snap.rain, fire=fire, clock_seconds=clock_seconds(snap, t),
            pen_down=self.pen_down, pen_speed=self.pen_speed if self.pen_down else 0.0,
            pen_hand=self.pen_hand, heartbeat=0.0, hush=self.hush(snap), loops=snap.loops,
        ))
        if self.bursts is not None and self._last_t is not None and t > self._last_t:
            for _ in self.bursts(self._last_t, t):
                self.audio.fire_pop()
        self._last_t = t
