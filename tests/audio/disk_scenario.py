"""Play a scripted stretch of room sound through SDL's disk audio driver (run as a script).

The disk driver writes the real mix to a raw file (s16le stereo 44.1 kHz) in real time,
so the audio must be driven in real time too; a subprocess keeps that driver away from the
test process's own mixer. Instead of trusting wall-clock timing, the script records the
file's size when each phase begins (the test cuts its analysis windows at those marks),
each phase lasts a set length of written audio, and the mixer is updated by the audio
written since its last update: a loaded machine slows the driver, not the story's clock.

Usage: python disk_scenario.py CUES_TOML SCENARIO  -> prints {"marks": [bytes, ...]} as JSON
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from game.audio import MixerAudio, SoundState, open_audio

RATE, FRAME = 44100, 4  # s16 stereo
PEN = SoundState(pen_down=True, pen_speed=1000.0, pen_hand="nib")
BRUSH = SoundState(pen_down=True, pen_speed=1000.0, pen_hand="brush")
QUIET = SoundState()


@dataclass(frozen=True)
class Phase:
    seconds: float
    mood: SoundState
    pen_muted: bool = False
    pop: bool = False  # a visible spark burst as the phase begins
    leave: bool = False  # stop_all() as the phase begins, and no more updates
    cue: str = ""  # a script cue as the phase begins
    stop: str = ""  # a script cue faded out as the phase begins
    frame: float = 0.0  # seconds of written audio between updates (a slow frame), beside the poll's 4 ms
    hold: bool = False  # no updates at all (a menu over the story: only the top scene updates the room)


EMBERS = SoundState(fire=0.02)
SCENARIOS: dict[str, list[Phase]] = {
    # silence, rain (heavy), rain subsides to none
    # then rain again, and the player leaves the story: stop_all(), no further updates
    "rain": [
        Phase(0.4, QUIET),
        Phase(1.0, SoundState(rain=3.0)),
        Phase(1.5, QUIET),
        Phase(0.8, SoundState(rain=3.0, fire=1.0)),
        Phase(1.2, QUIET, leave=True),
    ],
    # stroke, between lines, stroke, between lines, a brush stroke, a stroke with the pen muted
    "pen": [
        Phase(0.4, QUIET),
        Phase(0.5, PEN),
        Phase(0.6, QUIET),
        Phase(0.5, PEN),
        Phase(0.6, QUIET),
        Phase(0.5, BRUSH),
        Phase(0.6, PEN, pen_muted=True),
    ],
    # embers with no spark, embers and a spark burst, the fire burning
    "fire": [
        Phase(0.4, QUIET),
        Phase(0.6, EMBERS),
        Phase(0.6, EMBERS, pop=True),
        Phase(0.8, SoundState(fire=1.0)),
    ],
    # the score: a cue starts, plays in the centre, then is faded out (never cut)
    "music": [
        Phase(0.4, QUIET),
        Phase(1.2, QUIET, cue="music_ending"),
        Phase(1.8, QUIET, stop="music_ending"),
    ],
    # the lightest rain (full gain on the left: the loop's own samples), streamed in chunks: settled,
    # then frames of 150 ms, then no updates at all for 1.6 s, then 60 Hz again
    "stream": [
        Phase(0.3, QUIET),
        Phase(1.6, SoundState(rain=1.0)),
        Phase(1.4, SoundState(rain=1.0), frame=0.15),
        Phase(1.6, SoundState(rain=1.0), hold=True),
        Phase(1.0, SoundState(rain=1.0)),
    ],
}


def main() -> int:
    cues, name = Path(sys.argv[1]), sys.argv[2]
    raw = os.environ["SDL_DISKAUDIOFILE"]
    audio = open_audio(cues, seed=1)
    if not isinstance(audio, MixerAudio):
        print(json.dumps({"error": "audio did not start"}))
        return 1
    audio.wait_loaded()  # the music decodes on a thread: let it finish before listening
    marks: list[int] = []
    last = os.path.getsize(raw)
    for phase in SCENARIOS[name]:
        marks.append(os.path.getsize(raw))
        audio.set_muted("pen", phase.pen_muted)
        if phase.pop:
            audio.fire_pop()
        if phase.cue:
            audio.cue(phase.cue)
        if phase.stop:
            audio.stop(phase.stop)
        if phase.leave:
            audio.stop_all(fade=0.5)
        # a phase lasts `seconds` of *written audio*, and the mixer's clock is the audio's:
        # on a loaded machine the driver's thread falls behind the wall clock, never this
        end = marks[-1] + round(phase.seconds * RATE) * FRAME
        give_up = time.monotonic() + 20 * phase.seconds
        while (size := os.path.getsize(raw)) < end and time.monotonic() < give_up:
            if phase.leave or phase.hold:
                last = size
            elif size - last >= round(phase.frame * RATE) * FRAME:
                audio.update((size - last) / FRAME / RATE, phase.mood)
                last = size
            if phase.frame:  # a slow frame is a busy main thread, holding the interpreter as frames do
                busy = time.monotonic() + 0.004
                while time.monotonic() < busy:
                    pass
            else:
                time.sleep(0.004)
    marks.append(os.path.getsize(raw))
    audio.close()
    print(json.dumps({"marks": marks}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
