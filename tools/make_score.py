"""The score: `assets/music/score.txt` (a readable text score) -> MIDI -> FluidSynth -> OGG.

Why a text score: the music is then source like the story, reviewable in a diff and
editable without a sequencer; `score.txt` says how to read it. Why MIDI and FluidSynth:
MIDI is the lingua franca (the `.mid` files written beside the OGGs open in any notation
program or DAW), `mido` writes it correctly (running status, meta events, delta times)
in a few lines, and FluidSynth renders it offline with a freely licensed General MIDI
sound font (FluidR3_GM, MIT; Debian's `fluid-soundfont-gm`), so nothing here needs a
studio or a licence to rebuild. The notes are played a little like a person would:
seeded, small irregularities of time and touch, chords rolled by a few milliseconds.

Each rendered cue is trimmed, brought to one loudness (MUSIC_LUFS, measured with
pyloudnorm) so the catalogue's volumes set the mix, faded at its tail, and written as
stereo OGG Vorbis.

Run: `python tools/make_score.py [cues...]` (needs `fluidsynth` and the sound font:
`apt-get install -y fluidsynth fluid-soundfont-gm`); `--check` re-renders and compares
with the committed files (exit 1 on a difference); `--midi-only` writes just the MIDI.
A score error is printed as `file:line: message`, exit 2.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import mido
import numpy as np
import pyloudnorm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/make_score.py`

from tools.audiogen.dsp import SR, Arr, ogg_bytes, read_audio, same_audio

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT / "assets" / "music" / "score.txt"
OUT = ROOT / "assets" / "music"
SOUND_FONT = Path("/usr/share/sounds/sf2/FluidR3_GM.sf2")
SEED = 1907
TICKS = 480  # per beat
MUSIC_LUFS = -20.0
"""Every cue's integrated loudness; the catalogue's `volume` then places it in the mix."""

MUSIC_COMPRESSION = 0.8
"""libsndfile's Vorbis level for the score: about 75 kbit/s stereo, clean for piano."""

INSTRUMENTS = {"piano": (0, 0), "strings": (1, 49), "cello": (2, 42)}  # name: (channel, GM program)
DYNAMICS = {"ppp": 28, "pp": 38, "p": 50, "mp": 62, "mf": 76, "f": 90}
PITCH = re.compile(r"^([A-G])([#b]?)(-?\d)$")
STEPS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


class ScoreError(ValueError):
    """A mistake in the score; the message starts with file:line."""


@dataclass
class Note:
    beat: float
    length: float
    pitch: int
    velocity: int


@dataclass
class Voice:
    instrument: str
    beat: float = 0.0
    length: float = 1.0
    velocity: int = DYNAMICS["mp"]
    notes: list[Note] = field(default_factory=list)
    pedal: list[tuple[float, int]] = field(default_factory=list)  # (beat, CC64 value)


@dataclass
class Cue:
    name: str
    line: int
    tempo: float = 60.0
    meter: int = 3
    voices: dict[str, Voice] = field(default_factory=dict)
    tempi: list[tuple[float, float]] = field(default_factory=list)  # (beat, bpm) changes


def midi_pitch(word: str) -> int:
    m = PITCH.match(word)
    if not m:
        raise ValueError(f"'{word}' is not a note (like D4, F#3, Bb2)")
    letter, accidental, octave = m.groups()
    return 12 * (int(octave) + 1) + STEPS[letter] + {"#": 1, "b": -1, "": 0}[accidental]


def _token(cue: Cue, voice: Voice, word: str) -> None:
    if word == "|":
        if abs(voice.beat / cue.meter - round(voice.beat / cue.meter)) > 1e-6:
            raise ValueError(f"bar line at beat {voice.beat:g}, not on a bar of {cue.meter}")
    elif word in DYNAMICS:
        voice.velocity = DYNAMICS[word]
    elif word == "ped":
        voice.pedal += [(voice.beat, 0), (voice.beat + 0.12, 127)]
    elif word == "*":
        voice.pedal.append((voice.beat, 0))
    elif word.startswith("@"):
        cue.tempi.append((voice.beat, float(word[1:])))
    else:
        head, _, length = word.partition("/")
        if length:
            voice.length = float(length)
            if not 0 < voice.length <= 32:
                raise ValueError(f"length {length} is not 0..32 beats")
        if head != "r":
            for k, part in enumerate(head.split("+")):
                voice.notes.append(Note(voice.beat + 0.02 * k, voice.length, midi_pitch(part), voice.velocity))
        voice.beat += voice.length


def parse_score(text: str, shown: str) -> list[Cue]:
    """Every cue in the score, checked; raises ScoreError naming the line."""
    cues: list[Cue] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = "" if raw.lstrip().startswith("#") else re.sub(r"\s#(\s.*)?$", "", raw).strip()  # C#4 is a note
        if not line:
            continue
        try:
            if m := re.fullmatch(r"\[([a-z][a-z0-9_]*)\]", line):
                cues.append(Cue(m.group(1), number))
                continue
            if not cues:
                raise ValueError("write a [cue] first")
            cue = cues[-1]
            word, _, rest = line.partition(" ")
            if word == "tempo":
                cue.tempo = float(rest)
            elif word == "meter":
                cue.meter = int(rest)
            elif word == "voice":
                name, instrument = rest.split()
                if instrument not in INSTRUMENTS:
                    raise ValueError(f"no instrument '{instrument}' (known: {', '.join(INSTRUMENTS)})")
                cue.voices[name] = Voice(instrument)
            elif word.endswith(":"):
                if word[:-1] not in cue.voices:
                    raise ValueError(f"no voice '{word[:-1]}' in [{cue.name}] (declare: voice NAME INSTRUMENT)")
                voice = cue.voices[word[:-1]]
                for token in rest.split():
                    _token(cue, voice, token)
            else:
                raise ValueError(f"cannot read '{word}' (tempo, meter, voice, or NAME: notes)")
        except ValueError as exc:
            raise ScoreError(f"{shown}:{number}: {exc}") from exc
    for cue in cues:
        lengths = {round(v.beat, 6) for v in cue.voices.values()}
        if len(lengths) > 1:
            raise ScoreError(f"{shown}:{cue.line}: [{cue.name}] voices end at different beats {sorted(lengths)}")
    return cues


def to_midi(cue: Cue, seed: int = SEED) -> mido.MidiFile:
    """One track a voice (plus a tempo track), played with a seeded human touch."""
    rng = random.Random(f"{seed}:{cue.name}")
    mid = mido.MidiFile(type=1, ticks_per_beat=TICKS)
    meta = mido.MidiTrack()
    meta.append(mido.MetaMessage("track_name", name=cue.name, time=0))
    meta.append(mido.MetaMessage("time_signature", numerator=cue.meter, denominator=4, time=0))
    changes = sorted([(0.0, cue.tempo), *cue.tempi])
    at = 0
    for beat, bpm in changes:
        tick = round(beat * TICKS)
        meta.append(mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(bpm), time=tick - at))
        at = tick
    mid.tracks.append(meta)
    for name, voice in cue.voices.items():
        channel, program = INSTRUMENTS[voice.instrument]
        events: list[tuple[int, int, mido.Message]] = []  # (tick, order, message): offs before ons
        for n in voice.notes:
            start = max(0, round((n.beat + rng.gauss(0, 0.012)) * TICKS))
            end = max(start + 1, round((n.beat + n.length * 0.97) * TICKS))
            vel = max(1, min(127, n.velocity + rng.randint(-4, 4)))
            events.append((start, 2, mido.Message("note_on", channel=channel, note=n.pitch, velocity=vel)))
            events.append((end, 0, mido.Message("note_off", channel=channel, note=n.pitch, velocity=0)))
        for beat, value in voice.pedal:
            events.append((round(beat * TICKS), 1, mido.Message("control_change", channel=channel, control=64, value=value)))
        track = mido.MidiTrack()
        track.append(mido.MetaMessage("track_name", name=name, time=0))
        track.append(mido.Message("program_change", channel=channel, program=program, time=0))
        now = 0
        for tick, _order, msg in sorted(events, key=lambda e: (e[0], e[1], e[2].bytes())):
            track.append(msg.copy(time=tick - now))
            now = tick
        mid.tracks.append(track)
    return mid


def render(mid: mido.MidiFile, work: Path) -> Arr:
    """FluidSynth, offline, float samples (no dither, so the same MIDI renders the same)."""
    midi_path, wav_path = work / "cue.mid", work / "cue.wav"
    mid.save(str(midi_path))
    cmd = ["fluidsynth", "-ni", "-q", "-r", str(SR), "-g", "0.5", "-O", "float", "-T", "wav",
           "-o", "synth.reverb.active=1", "-o", "synth.chorus.active=0",
           "-F", str(wav_path), str(SOUND_FONT), str(midi_path)]
    subprocess.run(cmd, check=True, capture_output=True)
    return read_audio(wav_path)


def master(x: Arr) -> Arr:
    """Trim silence, bring to MUSIC_LUFS, let the tail ring out and fade, never clip."""
    level = np.abs(x).max(axis=1)
    loud = np.flatnonzero(level > 10 ** (-60 / 20))
    x = x[: loud[-1] + 1] if len(loud) else x
    x = x * 10 ** ((MUSIC_LUFS - pyloudnorm.Meter(SR).integrated_loudness(x)) / 20)
    fade = min(len(x), round(1.5 * SR))
    x[-fade:] *= np.linspace(1.0, 0.0, fade)[:, None] ** 2
    peak = np.abs(x).max()
    return np.asarray(x * min(1.0, 0.89 / peak), dtype=np.float64)  # at most -1 dBFS


def file_stem(cue: str) -> str:
    return cue.replace("_", "-")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("cues", nargs="*", help="only these cues (default: all)")
    ap.add_argument("--check", action="store_true", help="re-render and compare, write nothing")
    ap.add_argument("--midi-only", action="store_true", help="write the MIDI files, do not render")
    ap.add_argument("--score", type=Path, default=SCORE)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    try:
        cues = parse_score(args.score.read_text(encoding="utf-8"), str(args.score.relative_to(ROOT)
                           if args.score.is_relative_to(ROOT) else args.score))
    except (OSError, ScoreError) as exc:
        print(exc, file=sys.stderr)
        return 2
    chosen = [c for c in cues if not args.cues or c.name in args.cues]
    if not args.midi_only and not (shutil.which("fluidsynth") and SOUND_FONT.is_file()):
        print("needs fluidsynth and FluidR3_GM: apt-get install -y fluidsynth fluid-soundfont-gm", file=sys.stderr)
        return 2
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for cue in chosen:
            mid = to_midi(cue)
            midi_path = args.out / "midi" / f"{file_stem(cue.name)}.mid"
            ogg_path = args.out / f"{file_stem(cue.name)}.ogg"
            if not args.check:
                midi_path.parent.mkdir(parents=True, exist_ok=True)
                mid.save(str(midi_path))
            if args.midi_only:
                continue
            x = master(render(mid, Path(tmp)))
            if args.check:
                if not same_audio(ogg_path, x):
                    stale.append(cue.name)
                continue
            data = ogg_bytes(x, MUSIC_COMPRESSION)
            ogg_path.write_bytes(data)
            print(f"{ogg_path.name:18s} {len(x) / SR:6.1f} s {len(data) / 1024:7.1f} KiB")
    if stale:
        print("differs from the score: " + ", ".join(stale), file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
