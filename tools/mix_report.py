"""How loud the game is: the whole story played headless, its mix measured.

The story is played exactly as an autoplaying player would hear it: the game's services
(`game.capture.capture_context`), the story scene on a scene stack with auto-advance on,
stepped in the game's fixed 1/60 s steps, its sound going through the same bridge the
game uses (`RoomSound`) into `OfflineAudio` (`game.soundtrack`), which mixes with the live
mixer's rules: glides, crossfades, hush, ducking. No device, no real time: a story of
twelve minutes is measured in a few. Five mixes are made side by side from the same
calls (all channels, and each channel alone), so the report gives each channel's level.

Printed: integrated loudness (ITU-R BS.1770 with `pyloudnorm`), true peak (4x
oversampled, dBTP), sample peak and clipped samples of the whole mix, the same for each
channel, and the ambience's repetition (the loudness envelope's highest autocorrelation
at lags 1-20 s for each rain level and the fire). Targets: -25 to -21 LUFS, true peak at
most -1 dBTP, nothing clipped, ambience below 0.3; exit 1 when the mix misses them.

Run: `python tools/mix_report.py [--from N] [--to M] [--wav mix.wav]`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/mix_report.py`

from game.audio import Audio, Roles, SoundState
from tools.audiogen.measure import envelope_autocorrelation, looped

RATE = 44100
CHANNELS = ("ambience", "effects", "pen", "music")
TARGET_LUFS = (-25.0, -21.0)
MAX_TRUE_PEAK = -1.0
ENDING_HEARD = 8.0  # seconds of the ending card after the last line
STALL = 600.0  # seconds a line may last before the story is called stuck


@dataclass(frozen=True)
class Levels:
    lufs: float
    true_peak: float  # dBTP
    peak: float  # dBFS
    clipped: int

    def row(self, name: str) -> str:
        return f"{name:10s} {self.lufs:7.1f} LUFS  {self.true_peak:6.1f} dBTP  {self.peak:6.1f} dBFS  {self.clipped:6d} clipped"


def db(x: float) -> float:
    return float(20 * np.log10(max(x, 1e-12)))


def levels(track: np.ndarray) -> Levels:
    """The loudness figures of an int16 stereo track."""
    import pyloudnorm
    from scipy.signal import resample_poly

    x = track.astype(np.float64) / 32768.0
    clipped = int(np.count_nonzero(np.abs(track.astype(np.int32)) >= 32767))
    lufs = float(pyloudnorm.Meter(RATE).integrated_loudness(x)) if len(x) > RATE else float("-inf")
    over = resample_poly(x, 4, 1, axis=0)  # true peak: the waveform between the samples
    return Levels(lufs, db(float(np.abs(over).max(initial=0.0))), db(float(np.abs(x).max(initial=0.0))), clipped)


class Tap:
    """One `Audio` that hands every call to several: the full mix and each channel alone."""

    enabled = True

    def __init__(self, mixes: Sequence[Audio]) -> None:
        self.mixes = list(mixes)

    @property
    def roles(self) -> Roles:
        return self.mixes[0].roles

    def update(self, dt: float, mood: SoundState) -> None:
        for m in self.mixes:
            m.update(dt, mood)

    def cue(self, name: str, pan: float | None = None) -> None:
        for m in self.mixes:
            m.cue(name, pan)

    def loop(self, name: str) -> None:
        for m in self.mixes:
            m.loop(name)

    def stop(self, name: str) -> None:
        for m in self.mixes:
            m.stop(name)

    def fire_pop(self) -> None:
        for m in self.mixes:
            m.fire_pop()

    def set_volume(self, channel: str, volume: float) -> None:
        for m in self.mixes:
            m.set_volume(channel, volume)

    def set_muted(self, channel: str, muted: bool) -> None:
        for m in self.mixes:
            m.set_muted(channel, muted)

    def stop_all(self, fade: float = 0.8) -> None:
        for m in self.mixes:
            m.stop_all(fade)

    def close(self) -> None:
        for m in self.mixes:
            m.close()


def play(first: int, last: int | None, seed: int | None, story: Path | None) -> tuple[dict[str, np.ndarray], float]:
    """Play the story (lines first..last, or to the ending) and return every mix."""
    import pygame  # noqa: F401  (initialised by capture_context)

    from game.assets import Assets
    from game.capture import capture_context
    from game.clock import STEP
    from game.context import channel_mutes, channel_volumes
    from game.roomsound import RoomSound
    from game.scenes.base import SceneStack
    from game.settings import Settings
    from game.soundtrack import OfflineAudio

    assets = Assets()
    settings = Settings().with_changes(auto_advance=True)
    if seed is not None:
        settings = settings.with_changes(seed=seed)
    ctx = capture_context(assets, settings, story)
    volumes, mutes = channel_volumes(settings), channel_mutes(settings)
    mixes = {"mix": OfflineAudio.from_catalogue(assets.cues, settings.seed, volumes, mutes)}
    for only in CHANNELS:
        alone = {ch: mutes.get(ch, False) or ch != only for ch in CHANNELS}
        mixes[only] = OfflineAudio.from_catalogue(assets.cues, settings.seed, volumes, alone)
    ctx.sound = RoomSound(Tap(list(mixes.values())), ctx.renderer.layers.spark_bursts_between)
    stack = SceneStack()
    scene = ctx.scenes.story(first if first > 1 else None)
    stack.push(scene)
    steps, line, since = 0, scene.director.line_number, 0.0
    while True:
        stack.update(STEP)
        steps += 1
        if stack.top is scene:
            if scene.director.line_number != line:
                line, since = scene.director.line_number, steps * STEP
            if last is not None and (line > last or scene.director.finished):
                break
            if steps * STEP - since > STALL:
                raise RuntimeError(f"line {line} did not advance in {STALL:g} s of auto-advance")
        elif stack.top is None or (not stack.fading and stack.top.t >= ENDING_HEARD):
            break
    return {name: mix.track() for name, mix in mixes.items()}, steps * STEP


def ambience_report() -> list[tuple[str, float, float]]:
    """(cue, highest envelope autocorrelation at 1-20 s, its lag) for each rain level and the fire."""
    from game.assets import Assets
    from game.audio import load_cues, load_roles
    from tools.audiogen.dsp import read_audio

    path = Assets().cues
    cues, roles = load_cues(path), load_roles(path)
    rows = []
    for name in [*roles.rain, roles.fire]:
        r, lag = envelope_autocorrelation(looped(read_audio(cues[name].file), 70.0))
        rows.append((name, r, lag))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--from", dest="first", type=int, default=1, help="first line (default 1)")
    ap.add_argument("--to", dest="last", type=int, default=None, help="last line (default: through the ending)")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--story", type=Path, default=None)
    ap.add_argument("--wav", type=Path, default=None, help="also write the full mix here")
    args = ap.parse_args(argv)
    tracks, seconds = play(args.first, args.last, args.seed, args.story)
    if args.wav is not None:
        from game.soundtrack import write_wav

        write_wav(args.wav, tracks["mix"])
    whole = levels(tracks["mix"])
    print(f"whole-story autoplay mix: {seconds / 60:.1f} min of story")
    print(whole.row("mix"))
    for ch in CHANNELS:
        print(levels(tracks[ch]).row(ch))
    print("ambience: loudness-envelope autocorrelation, highest at lags 1-20 s")
    rows = ambience_report()
    for name, r, lag in rows:
        print(f"  {name:18s} r = {r:.2f} at {lag:4.1f} s")
    ok = (TARGET_LUFS[0] <= whole.lufs <= TARGET_LUFS[1] and whole.true_peak <= MAX_TRUE_PEAK
          and whole.clipped == 0 and all(r < 0.3 for _, r, _ in rows))
    print("within targets" if ok else
          f"OUTSIDE targets ({TARGET_LUFS[0]:g} to {TARGET_LUFS[1]:g} LUFS, <= {MAX_TRUE_PEAK:g} dBTP, no clipping, r < 0.3)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
