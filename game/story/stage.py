"""The staging state of the room, as values that change smoothly over story time.

Every staged quantity (rain, clock, candles, glow) is a `Tween`: where it was, where it
is going, when the change began and how long it takes. So the state at any moment is a
pure function of the time asked for, which is what lets a capture render "line 40, 2.5 s
in" exactly, and lets rollback rebuild a moment by replaying the script. `Stage` is the
mutable owner the director writes to; `Stage.at(t)` gives renderers and the mixer an
immutable `Snapshot`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from game.easing import smoothstep
from game.view import Move


def _long_past(since: float, t: float) -> float:
    """A settled change's time: long past (-1e9 less its age at `t`), keeping the order of changes."""
    return since if since <= -1e8 else -1e9 + max(-1e6, min(0.0, since - t))


@dataclass(frozen=True)
class Tween:
    """A value moving from `start` to `end` over [t0, t0 + duration], eased."""

    start: float
    end: float
    t0: float = 0.0
    duration: float = 0.0

    def value(self, t: float) -> float:
        if self.duration <= 0.0 or t >= self.t0 + self.duration:
            return self.end
        if t <= self.t0:
            return self.start
        return self.start + (self.end - self.start) * smoothstep((t - self.t0) / self.duration)

    def to(self, end: float, t: float, duration: float) -> Tween:
        """A new tween from wherever this one is at `t`."""
        return Tween(self.value(t), end, t, max(0.0, duration))


@dataclass(frozen=True)
class Change:
    """A discrete state (a pose, a gaze, a shot) with what it was before and when it changed."""

    value: str
    since: float = -1e9
    previous: str = ""
    duration: float = 0.0

    def to(self, value: str, t: float, duration: float = 0.0) -> Change:
        return Change(value, t, self.value, duration)

    def progress(self, t: float) -> float:
        """0 at the change, 1 once it has settled."""
        if self.duration <= 0.0:
            return 1.0
        return min(1.0, max(0.0, (t - self.since) / self.duration))


@dataclass(frozen=True)
class Snapshot:
    """What the room looks and sounds like at one moment (all plain values)."""

    t: float
    rain: float  # 0 none .. 4 torrential
    clock_minutes: float  # minutes after 21:00 may exceed 1440 when the night goes on; renderers take % 720
    candles: float  # 1 new .. 0 burnt down
    glow: float  # 0 .. 1 golden glow
    shot: Change
    poses: dict[str, Change]
    looks: dict[str, Change]
    notebook_open: Change  # value "open" | "closed"
    notebook_holder: Change  # value: a character id, or "table"
    loops: frozenset[str]
    writer: str = ""  # who holds the pen and writes now ("" when nobody does)
    faces: dict[str, Change] = field(default_factory=dict)  # character -> expression
    move: Move | None = None  # a slow camera move on the shot (game/view.py); None: still
    rain_curve: Tween | None = None  # the rain's tween: the light map samples it at its own frame's moment


@dataclass
class Stage:
    """The mutable staging state the director writes to."""

    rain: Tween = field(default_factory=lambda: Tween(0.0, 0.0))
    clock: Tween = field(default_factory=lambda: Tween(21 * 60.0, 21 * 60.0))
    candles: Tween = field(default_factory=lambda: Tween(1.0, 1.0))
    glow: Tween = field(default_factory=lambda: Tween(0.0, 0.0))
    shot: Change = field(default_factory=lambda: Change("wide"))
    poses: dict[str, Change] = field(default_factory=dict)
    looks: dict[str, Change] = field(default_factory=dict)
    notebook_open: Change = field(default_factory=lambda: Change("closed"))
    notebook_holder: Change = field(default_factory=lambda: Change("table"))
    loops: set[str] = field(default_factory=set)
    writer: str = ""
    faces: dict[str, Change] = field(default_factory=dict)
    move: Move | None = None

    def at(self, t: float) -> Snapshot:
        return Snapshot(
            t=t,
            rain=self.rain.value(t),
            clock_minutes=self.clock.value(t),
            candles=self.candles.value(t),
            glow=self.glow.value(t),
            shot=self.shot,
            poses=dict(self.poses),
            looks=dict(self.looks),
            notebook_open=self.notebook_open,
            notebook_holder=self.notebook_holder,
            loops=frozenset(self.loops),
            writer=self.writer,
            faces=dict(self.faces),
            move=self.move,
            rain_curve=self.rain,
        )

    def settle(self, t: float) -> None:
        """Finish every change in progress at time `t` (used when jumping to a line)."""
        for name in ("rain", "clock", "candles", "glow"):
            tw: Tween = getattr(self, name)
            setattr(self, name, Tween(tw.end, tw.end, t, 0.0))
        self.shot = replace(self.shot, since=-1e9, duration=0.0)
        if self.move is not None:  # a move begun before the line jumped to has ended
            self.move = replace(self.move, t0=-1e9)
        # long past, but in the order they were given: a figure's gaze goes to whichever of its
        # pose and look came last (both at -1e9, a settled look beat the newer pose's own gaze)
        self.poses = {k: replace(v, since=_long_past(v.since, t), duration=0.0) for k, v in self.poses.items()}
        self.looks = {k: replace(v, since=_long_past(v.since, t), duration=0.0) for k, v in self.looks.items()}
        self.faces = {k: replace(v, since=-1e9, duration=0.0) for k, v in self.faces.items()}
        self.notebook_open = replace(self.notebook_open, since=-1e9)
        self.notebook_holder = replace(self.notebook_holder, since=-1e9)
