"""The sound track of a capture: the game's own cues, mixed offline into a numpy buffer.

`OfflineAudio` is an `Audio` (the Protocol): the capture hands it to the same `RoomSound`
bridge the game uses, so the story's `sound` lines, the rain, fire, clock, pen and sparks reach it
through exactly the calls that reach the live mixer. It follows the live mixer's rules
too (the roles of `mood.toml`, the glide times, crossfades, clock ticker, hush, duck and
pan laws of `game.audio.mood`, music crossfading with the music before it, variants
picked from a seeded RNG), but instead of asking SDL to play, each `update(dt)`
renders dt seconds of every sounding voice into the track, with each gain ramped
linearly across the block so fades never click. No device, no real time, no threads: the
same story and seed give the same samples, as fast as numpy adds them.

The cues are read through `game.audio.load_cues`, so any cue the catalogue gains (music
included) is in the track without a change here.
"""

from __future__ import annotations

import logging
import random
import wave
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from game.audio import CHANNELS, Cue, Roles, SoundState, load_cues, load_roles
from game.audio.mood import (
    TAU,
    ClockTicker,
    Smoother,
    clamp,
    hush_factor,
    pan_gains,
    pop_variation,
    voice_targets,
    voice_tau,
)

RATE = 44100
MUSIC = "music"
LINGER = 2.0  # seconds a silent state-driven loop keeps its place before it stops (as live)

log = logging.getLogger(__name__)


def read_sound(path: Path) -> np.ndarray:
    """A sound file as float32 stereo at RATE, shape (n, 2), values -1..1.

    WAV is read directly (exact and device-free); anything else (OGG, FLAC music) is
    decoded by pygame's mixer, which then has to be open (the dummy driver will do)."""
    if path.suffix.lower() == ".wav":
        with wave.open(str(path), "rb") as w:
            width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
            raw = w.readframes(w.getnframes())
        if width != 2:
            raise ValueError(f"{path}: {8 * width}-bit WAV; the sound files are 16-bit")
        data = np.frombuffer(raw, dtype="<i2").astype(np.float32).reshape(-1, channels) / 32768.0
    else:
        import pygame

        opened = pygame.mixer.get_init()
        if not opened:
            pygame.mixer.init(frequency=RATE, size=-16, channels=2)
            opened = pygame.mixer.get_init()
        rate, _fmt, channels = opened or (RATE, -16, 2)
        data = pygame.sndarray.array(pygame.mixer.Sound(str(path))).astype(np.float32) / 32768.0
        data = data.reshape(len(data), -1)
    if data.shape[1] == 1:
        data = np.repeat(data, 2, axis=1)
    data = data[:, :2]
    if rate != RATE and len(data) > 1:
        n = round(len(data) * RATE / rate)
        x = np.linspace(0.0, len(data) - 1, n)
        data = np.stack([np.interp(x, np.arange(len(data)), data[:, c]) for c in range(2)], axis=1)
    return np.ascontiguousarray(data, dtype=np.float32)


@dataclass
class _Voice:
    """One sound playing in the track: what it plays, where it is, how loud it is heading."""

    cue: Cue
    data: np.ndarray
    loop: bool
    pan: float
    level: float = 1.0
    target: float = 1.0
    gain: Smoother = field(default_factory=lambda: Smoother(1.0))
    pos: int = 0
    last: tuple[float, float] | None = None  # the (left, right) gains the previous block ended on
    idle: float = 0.0


class OfflineAudio:
    """`Audio` that writes the track into memory; `track()` returns it as int16 stereo."""

    enabled = True

    def __init__(self, cues: Mapping[str, Cue], seed: int = 0, volumes: Mapping[str, float] | None = None,
                 muted: Mapping[str, bool] | None = None, roles: Roles | None = None) -> None:
        self._roles = roles or Roles()
        self._cues = dict(cues)
        self._rng = random.Random(seed)
        self._takes: dict[str, list[np.ndarray]] = {}  # decoded when first played
        volumes, muted = volumes or {}, muted or {}
        self._bus = {ch: 0.0 if muted.get(ch, False) else float(volumes.get(ch, 1.0)) for ch in CHANNELS}
        self._bus_gain = {ch: Smoother(v) for ch, v in self._bus.items()}
        self._hush = Smoother()
        self._duck = Smoother(1.0)
        self._ticker = ClockTicker(self._roles.clock)
        self._fire = 0.0
        self._states: dict[str, _Voice] = {}  # state-driven loops: rain, fire, pen, heartbeat
        self._others: list[_Voice] = []  # one-shots, script loops, pops, ticks
        self._blocks: list[np.ndarray] = []
        self._carry = 0.0  # fraction of a sample not yet rendered

    @classmethod
    def from_catalogue(cls, path: Path, seed: int = 0, volumes: Mapping[str, float] | None = None,
                       muted: Mapping[str, bool] | None = None) -> OfflineAudio:
        """The catalogue and its roles (`mood.toml` beside it), read as the game reads them."""
        return cls(load_cues(path), seed, volumes, muted, load_roles(path, log))

    @property
    def roles(self) -> Roles:
        return self._roles

    # --- the Audio interface --------------------------------------------------------------

    def update(self, dt: float, mood: SoundState) -> None:
        dt = max(0.0, float(dt))
        self._fire = clamp(mood.fire)
        hush = self._hush.step(clamp(mood.hush), dt, *TAU["hush"])
        for ch in CHANNELS:
            self._bus_gain[ch].step(self._bus[ch] * hush_factor(ch, hush), dt, *TAU["bus"])
        if mood.loops is not None:
            self._match_loops(mood.loops)
        for name, target in voice_targets(mood, self._roles).items():
            self._follow(name, target, dt)
        self._duck.step(1.0 - self._ducking(), dt, *TAU["duck"])
        for v in self._others:
            v.gain.step(v.target, dt, *TAU[MUSIC if v.cue.channel == MUSIC else "loop"])
        tick = self._ticker.step(mood.clock_seconds, dt)
        if tick is not None and (cue := self._cues.get(tick[0])) is not None:
            self._start(cue, loop=False, level=tick[1])
        self._render(dt)

    def cue(self, name: str, pan: float | None = None) -> None:
        cue = self._cues.get(name)
        if cue is not None:
            self._fade_music_under(cue)
            self._start(cue, loop=False, pan=pan)

    def loop(self, name: str) -> None:
        cue = self._cues.get(name)
        if cue is None:
            return
        for v in self._others:
            if v.cue is cue and v.loop:
                v.target = 1.0
                return
        self._fade_music_under(cue)
        self._start(cue, loop=True, gain=1.0 if cue.channel == MUSIC else 0.0)

    def stop(self, name: str) -> None:
        for v in self._others:
            if v.cue.name == name:
                v.target = 0.0

    def fire_pop(self) -> None:
        cue = self._cues.get(self._roles.fire_pop)
        if cue is None or self._fire <= 0.0:
            return
        level, pan = pop_variation(self._rng, self._fire, cue.pan)
        self._start(cue, loop=False, pan=pan, level=level)

    def set_volume(self, channel: str, volume: float) -> None:
        if channel in self._bus:
            self._bus[channel] = max(0.0, min(1.0, float(volume)))

    def set_muted(self, channel: str, muted: bool) -> None:
        return None  # a capture plays the settings it was started with

    def stop_all(self, fade: float = 0.8) -> None:
        for v in self._others:
            v.target = 0.0

    def close(self) -> None:
        return None

    # --- mixing ---------------------------------------------------------------------------

    def _takes_of(self, name: str) -> list[np.ndarray]:
        """A cue's decoded files; a short capture decodes only what it plays."""
        if name not in self._takes:
            cue = self._cues.get(name)
            try:
                self._takes[name] = [read_sound(f) for f in cue.files] if cue is not None else []
            except (OSError, ValueError, EOFError, wave.Error) as exc:
                log.warning("soundtrack: cue %s stays silent (%s)", name, exc)
                self._takes[name] = []
        return self._takes[name]

    def _take(self, cue: Cue) -> np.ndarray | None:
        takes = self._takes_of(cue.name)
        if not takes:
            return None
        return takes[0] if len(takes) == 1 else self._rng.choice(takes)

    def _start(self, cue: Cue, loop: bool, pan: float | None = None, level: float = 1.0,
               gain: float = 1.0) -> None:
        data = self._take(cue)
        if data is not None:
            self._others.append(_Voice(cue, data, loop, cue.pan if pan is None else pan, level,
                                       target=1.0, gain=Smoother(gain)))

    def _fade_music_under(self, cue: Cue) -> None:
        """A music cue crossfades: the music already sounding fades out under it."""
        if cue.channel == MUSIC:
            for v in self._others:
                if v.cue.channel == MUSIC:
                    v.target = 0.0

    def _ducking(self) -> float:
        """How far the music dips now: the deepest `duck` of the cues sounding (as live)."""
        deepest = 0.0
        for v in [*self._states.values(), *self._others]:
            if v.cue.duck > 0.0 and (v.loop or v.pos < len(v.data)):
                deepest = max(deepest, v.cue.duck * min(1.0, v.gain.value * 4.0))
        return deepest

    def _match_loops(self, wanted: frozenset[str]) -> None:
        for v in self._others:
            if v.loop and v.cue.name not in wanted:
                v.target = 0.0
        for name in sorted(wanted):
            if not any(v.loop and v.target > 0.0 and v.cue.name == name for v in self._others):
                self.loop(name)

    def _follow(self, name: str, target: float, dt: float) -> None:
        voice = self._states.get(name)
        if voice is None:
            cue = self._cues.get(name)
            if target <= 0.0 or cue is None or not (takes := self._takes_of(name)):
                return
            voice = self._states[name] = _Voice(cue, takes[0], True, cue.pan, gain=Smoother(0.0))
        voice.gain.step(target, dt, *voice_tau(name, self._roles))
        voice.idle = voice.idle + dt if voice.gain.value == 0.0 else 0.0
        if voice.idle > LINGER:
            del self._states[name]  # stopped; the next sound starts it from the top, as live

    def _render(self, dt: float) -> None:
        exact = dt * RATE + self._carry
        n = int(exact)
        self._carry = exact - n
        block = np.zeros((n, 2), dtype=np.float32)
        if n == 0:
            return
        ramp = np.linspace(0.0, 1.0, n, endpoint=False, dtype=np.float32)[:, None] + 1.0 / n
        for v in [*self._states.values(), *self._others]:
            g = v.gain.value * v.level * v.cue.volume * self._bus_gain[v.cue.channel].value
            g = clamp(g * self._duck.value if v.cue.channel == MUSIC else g)
            left, right = pan_gains(v.pan)
            now = np.array([left * g, right * g], dtype=np.float32)
            before = now if v.last is None else np.array(v.last, dtype=np.float32)
            v.last = (float(now[0]), float(now[1]))
            samples = self._advance(v, n)
            if now.any() or before.any():
                block[: len(samples)] += samples * (before + (now - before) * ramp[: len(samples)])
        self._others = [v for v in self._others
                        if (v.loop or v.pos < len(v.data)) and not (v.target == 0.0 and v.gain.value == 0.0)]
        self._blocks.append(block)

    @staticmethod
    def _advance(v: _Voice, n: int) -> np.ndarray:
        """The next n samples of a voice (fewer at the end of a one-shot), moving it on."""
        if not v.loop:
            out = v.data[v.pos: v.pos + n]
            v.pos += n
            return out
        idx = (np.arange(v.pos, v.pos + n) % len(v.data))
        v.pos = (v.pos + n) % len(v.data)
        return v.data[idx]

    def seconds(self) -> float:
        return sum(len(b) for b in self._blocks) / RATE

    def track(self, fade_out: float = 0.5) -> np.ndarray:
        """Everything rendered so far, int16 stereo, with a short fade at the end."""
        data = np.concatenate(self._blocks) if self._blocks else np.zeros((0, 2), np.float32)
        tail = min(len(data), int(fade_out * RATE))
        if tail:
            data = data.copy()
            data[-tail:] *= np.linspace(1.0, 0.0, tail, dtype=np.float32)[:, None]
        return (np.clip(data, -1.0, 1.0) * 32767.0).astype(np.int16)


def write_wav(path: Path, track: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(np.ascontiguousarray(track, dtype="<i2").tobytes())
