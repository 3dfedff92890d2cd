"""Sound for the silent conversation: rain, fire, clock, pen, paper and heartbeats.

The room carries the scene, so sound is driven mostly by *state*, not by cues: each
simulation step the story scene describes the room in a `SoundState` and the audio follows
it with fades. The script adds one-shots and loops by name from `assets/audio/cues.toml`.

Integration (all of it)::

    cues = load_cues(assets.cues)               # no mixer needed; CueError names file and key
    audio = Audio.create(cues, volumes={"ambience": 0.8, "effects": 1.0, "pen": 0.9},
                         muted={"pen": False}, log=logger, seed=7)
    # -> MixerAudio, or the silent `Audio` (same interface) after ONE log line when there
    #    is no device or no catalogue. `audio.enabled` tells which. No method ever raises.
    #    (A path works too: Audio.create(assets.cues, ...).)

    audio.update(dt, SoundState(
        rain=snap.rain,                          # 0 none .. 4 torrential, fractional in changes
        fire=0.8,                                # 0..1
        clock_seconds=t - 0.5,                   # ticks when this crosses a whole number
        pen_down=pen.down, pen_speed=pen.speed,  # logical px/s
        pen_hand="nib",                          # or "brush" (any hand naming a brush)
        heartbeat=0.0, hush=0.0,                 # hush 1 = near-silence at the kiss
        loops=snap.loops))                       # script loops now sounding (None: imperative)
    audio.cue("page_turn")          # `sound page_turn`; notebook open/close/turn/pass ->
                                    # notebook_open / notebook_close / page_turn / notebook_slide
    audio.loop("heartbeat"); audio.stop("heartbeat")   # imperative twins of `loops`
    audio.fire_pop()                # a visible spark burst (only sounds while fire > 0)
    audio.set_volume("pen", 0.5); audio.set_muted("ambience", True)   # live, faded
    audio.stop_all(fade=0.8); audio.close()

Clock: `game.art.clock` beats its pendulum at t = 0.5, 1.5, 2.5 ... (see `ticks_between`),
so `clock_seconds = t - 0.5` puts each tick on a beat. A clock_seconds that races (hours
passing) ticks faster, capped at ~6 ticks/s and a little softer.

Channels: "ambience" (rain, fire, clock, fire pops), "effects" (script cues, heartbeat),
"pen". Rain sits left (the window), the fire right. `hush` ducks all channels, effects
(the heartbeat) least, gliding in over about a second. `stop_all()` fades everything out
by itself (no further `update` needed); the next `update` with sound in it fades back in.
"""

from __future__ import annotations

from .audio import Audio
from .cues import CHANNELS, Cue, CueError, load_cues
from .mixer import MixerAudio
from .mood import SoundState

__all__ = ["CHANNELS", "Audio", "Cue", "CueError", "MixerAudio", "SoundState", "load_cues"]
