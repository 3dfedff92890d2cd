"""Time sources and the fixed-step accumulator.

The game never reads the wall clock directly: one `Clock` is built in `app.py` and
passed down, so tests and captures drive time by hand (`ManualClock`) and every
animation is a function of the time it is given. `FixedStep` turns uneven frame times
into whole 1/60 s simulation steps ("Fix Your Timestep!"): frame time is clamped so a
stall (a dragged window, a debugger) cannot cause a spiral of catch-up steps, and the
number of steps per frame is capped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

STEP = 1.0 / 60.0
MAX_FRAME = 0.25  # seconds of real time one frame may account for
MAX_STEPS = 8


class Clock(Protocol):
    def now(self) -> float: ...


class SystemClock:
    """Monotonic seconds since construction."""

    def __init__(self) -> None:
        self._t0 = time.perf_counter()

    def now(self) -> float:
        return time.perf_counter() - self._t0


class ManualClock:
    """A clock that moves only when told to (tests, captures, fast-forward)."""

    def __init__(self, t: float = 0.0) -> None:
        self.t = t

    def now(self) -> float:
        return self.t

    def advance(self, dt: float) -> None:
        self.t += dt


@dataclass
class FixedStep:
    """Accumulates real frame time and hands out fixed simulation steps."""

    step: float = STEP
    max_frame: float = MAX_FRAME
    max_steps: int = MAX_STEPS
    accumulator: float = 0.0
    last: float | None = None

    def frame(self, now: float) -> int:
        """Register a frame at time `now`; returns how many steps to simulate."""
        if self.last is None:
            self.last = now
            return 0
        dt = min(max(0.0, now - self.last), self.max_frame)
        self.last = now
        self.accumulator += dt
        steps = min(int(self.accumulator / self.step), self.max_steps)
        self.accumulator -= steps * self.step
        if steps == self.max_steps:  # still behind: drop the backlog rather than spiral
            self.accumulator = min(self.accumulator, self.step)
        return steps

    @property
    def alpha(self) -> float:
        """How far between the last step and the next the frame falls (for drawing)."""
        return self.accumulator / self.step
