"""Sound for the silent conversation: rain, fire, clock, pen, paper and heartbeats.

The room carries the scene, so sound is driven mostly by *state*, not by cues: each
simulation step the story scene describes the room in a `SoundState` and the audio follows
it with fades. The script adds one-shots and loops by name from `assets/audio/cues.toml`.

Integration (all of it)::

    audio: Audio = open_audio(assets.cues, volumes={"ambience": 0.8, "music": 0.7},
                              muted={"pen": False}, log=logger, seed=7)
    # -> MixerAudio, or SilentAudio (same Protocol, `Audio`) after ONE log line when there
    #    is no device or no catalogue. `audio.enabled` tells which. No method ever raises.
    #    `audio.roles` (mood.toml beside the catalogue) names the cues the state drives
    #    and the poses that hush the room.

    audio.update(dt, SoundState(
        rain=snap.rain,                          # 0 none .. len(roles.rain), fractional in changes
        fire=0.8,                                # 0..1
        clock_seconds=t - 0.5,                   # ticks when this crosses a whole number
        pen_down=pen.down, pen_speed=pen.speed,  # logical px/s
        pen_hand="nib",                          # or "brush" (any hand naming a brush)
        heartbeat=0.0, hush=0.0,                 # hush 1 = near-silence (roles.hush_poses)
        loops=snap.loops))                       # script loops now sounding (None: imperative)
    audio.cue("page_turn")          # `sound page_turn`; a cue on the "music" channel
                                    # crossfades with the music before it
    audio.loop("heartbeat"); audio.stop("heartbeat")   # imperative twins of `loops`
    audio.fire_pop()                # a visible spark burst (only sounds while fire > 0)
    audio.set_volume("music", 0.5); audio.set_muted("ambience", True)   # live, faded
    audio.stop_all(fade=0.8); audio.close()

Clock: `game.art.clock` beats its pendulum at t = 0.5, 1.5, 2.5 ... (see `ticks_between`),
so `clock_seconds = t - 0.5` puts each tick on a beat. A clock_seconds that races (hours
passing) ticks faster, capped at ~6 ticks/s and a little softer.

Channels: "ambience" (rain, fire, clock, fire pops), "effects" (script cues, heartbeat),
"pen", "music" (the score; ducked while a cue with `duck` sounds: the pen, the sigh).
Rain sits left (the window), the fire right. `hush` ducks the room's channels, effects
(the heartbeat) least and the music not at all, gliding in over about a second. `stop_all()` fades everything out
by itself (no further `update` needed); the next `update` with sound in it fades back in.
The rain and fire loops (mono files) and the themes are decoded once into the cache and streamed
from there in half-second chunks by a thread of their own (`pcm.py`, `stream.py`): they play on
whether or not `update` is called.
"""

from __future__ import annotations

from .api import Audio
from .audio import SilentAudio, load_roles, open_audio
from .cues import CHANNELS, Cue, CueError, load_cues
from .mixer import MixerAudio
from .mood import SoundState
from .roles import Roles, check_mood

__all__ = [
    "CHANNELS",
    "Audio",
    "Cue",
    "CueError",
    "MixerAudio",
    "Roles",
    "SilentAudio",
    "SoundState",
    "check_mood",
    "load_cues",
    "load_roles",
    "open_audio",
]
