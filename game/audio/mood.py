"""What the room should sound like now: story state in, target gains out. No pygame here.

The story scene describes the room once a frame as a `SoundState`; everything musical about
turning that into sound lives here as pure functions and two tiny state machines, so it is
unit-tested without a mixer: which rain loops play and how loud (an equal-power crossfade
between adjacent intensities), which pen layers (hand and speed pick texture and loudness),
when the clock ticks (on each whole second of the clock's own time, at most a few ticks a
second when the hours race by), and how every gain glides to its target (a one-pole
smoother, so every start, stop and change is a fade). Which cue plays which part is
content (`Roles`, from `mood.toml`): nothing here names a sound.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from .roles import Roles

PEN_FULL_SPEED = 1000.0
"""Logical px/s at which the pen scratches at full loudness. Measured from game.pen at the
normal text speed: strokes run at 600-1450 px/s (median), 250-900 (10th percentile, the
shaky hand slowest), up to ~2400 (90th)."""
PEN_FAST_SPEED = 2400.0
"""Logical px/s at which the texture is all 'fast' (smooth glide), none 'slow' (grainy)."""
CLOCK_MIN_INTERVAL = 0.16
"""Seconds between ticks, at least: a racing clock ticks at ~6 per second, not a buzz."""

HUSH_DEPTH: dict[str, float] = {"ambience": 0.93, "effects": 0.55, "pen": 0.9, "music": 0.0}
"""How far `hush` = 1 ducks each channel: the kiss keeps only a faint heartbeat, and the
score, which resolves there."""

# Glide times (one-pole time constants, seconds) for rises and falls.
TAU: dict[str, tuple[float, float]] = {
    "rain": (0.3, 0.25),
    "fire": (0.5, 0.5),
    "pen": (0.025, 0.04),
    "heartbeat": (0.4, 0.6),
    "bus": (0.08, 0.08),
    "loop": (0.25, 0.3),
    "hush": (0.9, 1.5),  # the room falls quiet as they lean in, and slowly comes back
    "music": (0.6, 1.2),  # a music cue fading out under the next (a crossfade of ~4 s)
    "duck": (0.6, 0.15),  # music dips within ~0.5 s under the pen or a sigh, returns in ~2 s
}


@dataclass(frozen=True)
class SoundState:
    """The room's sound, as the story scene sees it this frame.

    rain: 0 none, 1 light, 2 steady, 3 heavy, 4 torrential (fractional while changing).
    fire: 0..1. clock_seconds: the wall clock's time in seconds, or None for no clock.
    pen_down / pen_speed (logical px/s) / pen_hand ("nib" or "brush"; other hand names
    containing "brush" are brushes, any other is a nib). heartbeat: 0..1.
    hush: 0..1, near-silence at the kiss; ducks everything.
    loops: the script loops that should be sounding now (`sound X loop` not yet stopped),
    e.g. the director's `Snapshot.loops`; the audio fades loops in and out to match, which
    survives rollback and jumps. None leaves script loops to `Audio.loop`/`Audio.stop`.
    """

    rain: float = 0.0
    fire: float = 0.0
    clock_seconds: float | None = None
    pen_down: bool = False
    pen_speed: float = 0.0
    pen_hand: str = "nib"
    heartbeat: float = 0.0
    hush: float = 0.0
    loops: frozenset[str] | None = None


def clamp(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    """x limited to lo..hi; NaN counts as lo."""
    if math.isnan(x):
        return lo
    return lo if x < lo else hi if x > hi else x


def rain_weights(rain: float, cues: tuple[str, ...]) -> dict[str, float]:
    """Gain of each rain loop (`cues`, one per level) at intensity `rain` (0..len(cues));
    loudness is baked into the files."""
    weights = dict.fromkeys(cues, 0.0)
    if not cues:
        return weights
    r = clamp(rain, 0.0, float(len(cues)))
    if r <= 1.0:
        weights[cues[0]] = r
        return weights
    lower = min(int(r), len(cues) - 1)
    frac = r - lower
    weights[cues[lower - 1]] = math.cos(frac * math.pi / 2)
    if frac > 0:
        weights[cues[lower]] = math.sin(frac * math.pi / 2)
    return weights


def is_brush(hand: str) -> bool:
    return "brush" in hand.lower()


def pen_weights(down: bool, speed: float, hand: str, roles: Roles) -> dict[str, float]:
    """Gain of each pen layer: silent unless the pen is down and moving."""
    weights = dict.fromkeys(roles.pens, 0.0)
    layers = roles.pen_brush if is_brush(hand) else roles.pen_nib
    if not down or not speed > 0.0 or len(layers) != 2:
        return weights
    loud = clamp(speed / PEN_FULL_SPEED) ** 0.6
    fast = clamp(speed / PEN_FAST_SPEED)
    weights[layers[0]] = loud * math.cos(fast * math.pi / 2)
    weights[layers[1]] = loud * math.sin(fast * math.pi / 2)
    return weights


def voice_targets(mood: SoundState, roles: Roles) -> dict[str, float]:
    """Target gain (0..1, before cue and channel volume) of every state-driven loop."""
    targets = rain_weights(mood.rain, roles.rain)
    if roles.fire:
        targets[roles.fire] = clamp(mood.fire)
    if roles.heartbeat:
        targets[roles.heartbeat] = clamp(mood.heartbeat)
    targets.update(pen_weights(mood.pen_down, mood.pen_speed, mood.pen_hand, roles))
    return targets


def voice_tau(name: str, roles: Roles) -> tuple[float, float]:
    """(rise, fall) glide times for a state-driven loop."""
    if name in roles.rain:
        return TAU["rain"]
    if name in roles.pens:
        return TAU["pen"]
    return TAU["heartbeat"] if name == roles.heartbeat else TAU["fire"]


def hush_factor(channel: str, hush: float) -> float:
    return 1.0 - HUSH_DEPTH.get(channel, 0.9) * clamp(hush)


def pan_gains(pan: float) -> tuple[float, float]:
    """(left, right) for pan -1..1; a balance law, so the centre is full on both sides."""
    p = clamp(pan, -1.0, 1.0)
    return min(1.0, 1.0 - p), min(1.0, 1.0 + p)


class Smoother:
    """A value gliding towards a target with one-pole time constants (up, down).

    The glide never slows below 0.1/tau per second, so it *arrives* (about 3.5 tau for a
    full fade) instead of creeping towards silence forever.
    """

    def __init__(self, value: float = 0.0) -> None:
        self.value = value

    def step(self, target: float, dt: float, tau_up: float, tau_down: float) -> float:
        tau = max(tau_up if target > self.value else tau_down, 1e-4)
        if dt <= 0.0:
            return self.value
        gap = self.value - target
        step = max(abs(gap) * (1.0 - math.exp(-dt / tau)), dt * 0.1 / tau)
        self.value = target if step >= abs(gap) else self.value - math.copysign(step, gap)
        return self.value


class ClockTicker:
    """Ticks when the clock's second hand crosses a whole second, alternating tick and tock.

    A clock racing through the hours crosses many seconds a frame: it then ticks at most
    once per CLOCK_MIN_INTERVAL of real time, a little softer. The first reading and any
    backwards jump (rollback, a new scene) only set the hand, without a tick.
    """

    def __init__(self, cues: tuple[str, ...], min_interval: float = CLOCK_MIN_INTERVAL) -> None:
        self.cues = cues
        self.min_interval = min_interval
        self._whole: int | None = None
        self._since = math.inf
        self._count = 0

    def step(self, seconds: float | None, dt: float) -> tuple[str, float] | None:
        """Advance by dt of real time; returns (cue name, gain) when a tick is due."""
        self._since += max(dt, 0.0)
        if not self.cues or seconds is None or math.isnan(seconds) or math.isinf(seconds):
            self._whole = None
            return None
        whole = math.floor(seconds)
        if self._whole is None or whole < self._whole:
            self._whole = whole
            return None
        if whole == self._whole or self._since < self.min_interval:
            return None
        racing = whole - self._whole > 1
        self._whole = whole
        self._since = 0.0
        self._count += 1
        return self.cues[(self._count - 1) % len(self.cues)], (0.7 if racing else 1.0)


def pop_variation(rng: random.Random, fire: float, pan: float) -> tuple[float, float]:
    """A fire pop's level and pan: louder with the fire, each a little different (seeded)."""
    level = (0.5 + 0.5 * min(1.0, fire)) * rng.uniform(0.7, 1.0)
    return level, clamp(pan + rng.uniform(-0.1, 0.1), -1.0, 1.0)
