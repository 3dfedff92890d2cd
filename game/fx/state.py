"""What the story controls about the room's light: one small frozen value per frame.

The director tweens the story's `rain`, `candles` and `glow` statements; the room
renderer packs the current values into an `FxState` and hands it to every draw call.
The effects never read the story themselves, so any moment can be rendered from
(state, time, seed) alone. The cached animations (light map, rain) use `stepped()`: a
tween then changes them in small fixed steps, not every frame, and they stay a pure
function of the state. The light map's rain is the rain at the light frame's moment
(`light_rain`, `light_moment`), not the frame's: see `FxState.light_stepped`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LIGHT_FPS = 20  # the light map's frame rate (every third 60 Hz frame; its upscale alone costs 1.2 ms at 1080p)

LIGHT_STEPS = 16  # per unit of rain and fire for the light map (glow and candles: twice that)
STEPS = 64  # per unit of a staged quantity, for the cached animations (see `FxState.stepped`)
RAIN_LEVELS: dict[str, float] = {"none": 0.0, "light": 1.0, "steady": 2.0, "heavy": 3.0, "torrential": 4.0}


@dataclass(frozen=True)
class FxState:
    """rain: 0 none, 1 light, 2 steady, 3 heavy, 4 torrential (fractions blend);
    candles: 1.0 new .. 0.0 burnt down; glow: 0..1 the ending's golden glow;
    fire: 0..1 how strongly the hearth burns."""

    rain: float = 1.0
    candles: float = 1.0
    glow: float = 0.0
    fire: float = 1.0
    light_rain: float | None = None  # the rain at the light frame's moment (`light_moment`); None: `rain`

    def stepped(self) -> FxState:
        """Clamped, and each value rounded to 1/STEPS: what the cached animations are keyed by."""
        c = self.clamped()
        return FxState(rain=round(c.rain * STEPS) / STEPS, candles=round(c.candles * STEPS) / STEPS,
                       glow=round(c.glow * STEPS) / STEPS, fire=round(c.fire * STEPS) / STEPS)

    def light_stepped(self) -> FxState:
        """Coarser steps for the light map (rain LIGHT_STEPS a unit, the others twice that): a
        tween of the glow and the rain together stepped the fine state ~35 times a second,
        and each step rebuilt the map (its side light, bloom and upscale) nearly every frame;
        at these steps a glow step moves the room's light ~1 %. The rain is `light_rain`, sampled
        at the light frame's moment: sampled at the frame's, a step of the torrent's tween fell
        between two light frames and rebuilt the map mid light frame (line 51: 71 maps per 120
        frames, not 40; the map a step late differs by at most 3 levels). The glow stays the
        frame's: at the light frame's moment its steps showed (up to 44 levels, line 74)."""
        c = self.clamped()
        k = 2 * LIGHT_STEPS
        rain = c.rain if c.light_rain is None else c.light_rain
        return FxState(rain=round(rain * LIGHT_STEPS) / LIGHT_STEPS, candles=round(c.candles * k) / k,
                       glow=round(c.glow * k) / k, fire=round(c.fire * LIGHT_STEPS) / LIGHT_STEPS)

    def clamped(self) -> FxState:
        return FxState(
            rain=min(4.0, max(0.0, self.rain)),
            candles=min(1.0, max(0.0, self.candles)),
            glow=min(1.0, max(0.0, self.glow)),
            fire=min(1.0, max(0.0, self.fire)),
            light_rain=None if self.light_rain is None else min(4.0, max(0.0, self.light_rain)),
        )


def light_moment(t: float) -> float:
    """The light frame's moment at t: the time its map is drawn for (floor(t * LIGHT_FPS) / LIGHT_FPS)."""
    return math.floor(t * LIGHT_FPS) / LIGHT_FPS


def rain_level(name: str) -> float:
    """The story's rain word as a level: `rain_level("heavy") == 3.0`."""
    return RAIN_LEVELS[name]
