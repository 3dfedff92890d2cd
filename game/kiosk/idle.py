"""Idleness, as a pure function of the time since the last visitor input.

A visitor who walks away mid-story should not leave a frozen page: after
`advance_after` seconds the story starts turning its own pages, gently; after
`reset_after` more it fades back to the attract loop. Kept free of pygame so the
thresholds can be tested (and reasoned about) on their own.
"""

from __future__ import annotations

from enum import Enum


class Idle(Enum):
    ACTIVE = "active"  # someone touched the screen recently
    ADVANCING = "advancing"  # nobody has: the story moves on by itself
    RESET = "reset"  # nobody has for long: back to the attract loop


class IdleWatch:
    def __init__(self, advance_after: float, reset_after: float, now: float = 0.0) -> None:
        self.advance_after = advance_after
        self.reset_after = reset_after
        self.last_input = now

    def touch(self, now: float) -> None:
        """A visitor did something."""
        self.last_input = now

    def idle_for(self, now: float) -> float:
        return max(0.0, now - self.last_input)

    def state(self, now: float) -> Idle:
        idle = self.idle_for(now)
        if idle >= self.advance_after + self.reset_after:
            return Idle.RESET
        if idle >= self.advance_after:
            return Idle.ADVANCING
        return Idle.ACTIVE
