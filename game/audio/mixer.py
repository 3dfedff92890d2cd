"""`MixerAudio`: the room's sound through pygame.mixer (built by `open_audio`).

Shaped around two promises. First, audio never crashes the game: every public method is
guarded, logging a failure once and going on. Second, every sound fades: state-driven
loops (rain, fire, pen, heartbeat) and script loops glide with `mood.Smoother` and start
and stop only at zero gain; one-shots carry their own envelopes. Each sound owns a
reserved pygame channel, so nothing steals it, and its stereo gains (cue volume x glide x
channel volume x hush x pan) are set on every update; SDL_mixer applies them per buffer.
Music has its own slots: a music cue starts at once while the music before it fades
out under it (a crossfade), and the music bus dips while a cue with a `duck` sounds
(the pen, a sigh), so a written line or a breath is never covered by the score.
The long sounds (the themes, the rain and fire loops) are decoded only while a cue needs
them (`bank.SoundBank`); a slot whose sound is still decoding waits (`_Slot.pending`)
and starts the moment it is ready. A state-driven loop from a mono file (the rain levels, the
fire) is held mono and played in chunks (`stream.LoopStream`, its pan in the samples, its gain
the channel's volume), not decoded twice as stereo.
"""

from __future__ import annotations

import itertools
import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, ParamSpec

import pygame

from .bank import SoundBank, Take, is_long
from .cues import CHANNELS, MUSIC, Cue
from .mood import (
    TAU,
    ClockTicker,
    Smoother,
    SoundState,
    clamp,
    hush_factor,
    pan_gains,
    pop_variation,
    voice_targets,
    voice_tau,
)
from .roles import Roles
from .stream import Feeder, Loop, LoopStream

EFFECT_SLOTS = 8
MUSIC_SLOTS = 3
POP_SLOTS = 3
CLOCK_SLOTS = 2
LINGER = 2.0
"""Seconds a silent state-driven loop keeps running muted before its channel stops."""
LET_GO_MS = 300
"""A theme still fading under the music when the next music cue comes ends over this many ms
(SDL's fade), so no more than two themes are ever decoded: the one coming in and the one it
crossfades with. A visitor tapping through lines 1 to 16 had three held at once (the opening,
his and hers: 16.5 MB at 44.1 kHz stereo), what made one simulated day's peak 11 MB above
another's at the same moment of the story."""


P = ParamSpec("P")


def _guarded(
    method: Callable[Concatenate[MixerAudio, P], None],
) -> Callable[Concatenate[MixerAudio, P], None]:
    def wrapper(self: MixerAudio, /, *args: P.args, **kwargs: P.kwargs) -> None:
        try:
            method(self, *args, **kwargs)
        except Exception as exc:  # audio must never crash the game
            self._report(f"{method.__name__}: {type(exc).__name__}", exc)

    wrapper.__name__, wrapper.__doc__ = method.__name__, method.__doc__
    return wrapper


@dataclass
class _Slot:
    """A reserved pygame channel and what it is playing."""

    channel: pygame.mixer.Channel
    cue: Cue | None = None
    pan: float = 0.0
    level: float = 1.0
    target: float = 0.0
    gain: Smoother = field(default_factory=Smoother)
    looping: bool = False
    started: int = 0
    idle: float = 0.0
    dying: bool = False  # SDL is fading it out (stop_all): it cannot be brought back
    pending: int | None = None  # loops to play with once its sound is decoded (None: nothing waits)
    stream: LoopStream | None = None  # a room loop or the score played in chunks (its take a Loop)

    def busy(self) -> bool:
        return (self.stream is not None and self.stream.active) or bool(self.channel.get_busy())


class MixerAudio:
    """`Audio` through pygame.mixer; build it with `open_audio`."""

    enabled = True

    def __init__(
        self,
        cues: Mapping[str, Cue],
        sounds: Mapping[str, Sequence[pygame.mixer.Sound]],
        volumes: Mapping[str, float],
        muted: Mapping[str, bool],
        log: logging.Logger,
        seed: int,
        roles: Roles | None = None,
        pcm: Path | None = None,
    ) -> None:
        self._roles = roles or Roles()
        self._cues = dict(cues)
        self._sounds = {name: list(takes) for name, takes in sounds.items() if takes}
        from .audio import load_long

        names = list(voice_targets(SoundState(), self._roles))
        self.bank = SoundBank(lambda c: load_long(c, frozenset(names), pcm), log)  # the long sounds, decoded while needed
        self._feeder = Feeder()
        self._log = log
        self._reported: set[str] = set()
        self._rng = random.Random(seed)
        self._order = itertools.count(1)
        self._volume = {ch: float(volumes.get(ch, 1.0)) for ch in CHANNELS}
        self._muted = {ch: bool(muted.get(ch, False)) for ch in CHANNELS}
        self._bus = {ch: Smoother(0.0 if self._muted[ch] else self._volume[ch]) for ch in CHANNELS}
        self._fire = 0.0
        self._ticker = ClockTicker(self._roles.clock)
        self._hush = Smoother()
        self._duck = Smoother(1.0)
        total = len(names) + EFFECT_SLOTS + POP_SLOTS + CLOCK_SLOTS + MUSIC_SLOTS
        pygame.mixer.set_num_channels(max(total, pygame.mixer.get_num_channels()))
        pygame.mixer.set_reserved(total)
        ids = iter(range(total))
        self._voices = {n: _Slot(pygame.mixer.Channel(next(ids)), cue=self._cues.get(n)) for n in names}
        self._effects = [_Slot(pygame.mixer.Channel(next(ids))) for _ in range(EFFECT_SLOTS)]
        self._pops = [_Slot(pygame.mixer.Channel(next(ids))) for _ in range(POP_SLOTS)]
        self._clock = [_Slot(pygame.mixer.Channel(next(ids))) for _ in range(CLOCK_SLOTS)]
        self._music = [_Slot(pygame.mixer.Channel(next(ids))) for _ in range(MUSIC_SLOTS)]
        for slot in self._music:
            slot.stream = LoopStream(slot.channel, self._feeder)
        for slot in self._voices.values():
            if slot.cue is not None:
                slot.pan = slot.cue.pan
                slot.stream = LoopStream(slot.channel, self._feeder, slot.pan)

    @property
    def roles(self) -> Roles:
        return self._roles

    def wait_loaded(self, timeout: float | None = None) -> None:
        """Until the sounds asked for are decoded (tests that listen in real time)."""
        self.bank.wait(timeout)

    def _takes(self, cue: Cue) -> Sequence[Take] | None:
        """The cue's takes; None while a long one is decoding (asked for by this call)."""
        takes = self._sounds.get(cue.name)
        if takes is None and is_long(cue):
            return self.bank.get(cue)
        return takes or []

    def memory_bytes(self) -> int:
        """Bytes of the long sounds decoded now (the short ones stay for the run)."""
        return self.bank.resident_bytes()

    def release(self) -> None:
        """Let go of the decoded long sounds no slot plays (decoded again when asked for)."""
        self.bank.keep(self._in_use(), budget=0)

    def _in_use(self) -> set[str]:
        """Cues a slot holds or a state-driven loop sounds: the bank keeps these decoded."""
        used = {s.cue.name for s in itertools.chain(self._effects, self._music) if s.cue is not None}
        used |= {n for n, s in self._voices.items() if s.target > 0.0 or s.busy()}
        return used

    # ------------------------------------------------------------ plumbing
    def _report(self, key: str, exc: BaseException) -> None:
        if key not in self._reported:
            self._reported.add(key)
            self._log.warning("Audio problem ignored (%s): %s", key, exc)

    def _gain(self, slot: _Slot) -> float:
        """A slot's gain now, before its pan: its glide, level, cue, channel, hush (and the duck)."""
        if slot.cue is None:
            return 0.0
        g = slot.gain.value * slot.level * slot.cue.volume * self._bus[slot.cue.channel].value
        if slot.cue.channel == MUSIC:
            g *= self._duck.value
        return max(0.0, min(1.0, g))

    def _apply(self, slot: _Slot) -> None:
        """Set a slot's stereo gains from its glide, level, cue, channel, hush and pan."""
        if slot.cue is None:
            return
        g = self._gain(slot)
        if slot.stream is not None and slot.stream.active:
            slot.stream.set_gain(g)  # its pan is in its samples
            return
        left, right = pan_gains(slot.pan)
        slot.channel.set_volume(left * g, right * g)

    def _start(
        self, slot: _Slot, cue: Cue, loops: int, pan: float, level: float, gain: float, target: float
    ) -> bool:
        takes = self._takes(cue)
        if takes is not None and not takes:
            return False
        slot.cue, slot.pan, slot.level, slot.target = cue, pan, level, target
        slot.gain.value = gain
        slot.looping = loops != 0
        slot.started = next(self._order)
        slot.dying = False
        self._stop_slot(slot)  # a halt clears the channel's gains: set them before playing
        slot.pending = loops
        if takes is not None:
            self._play(slot, takes)
        return True

    def _play(self, slot: _Slot, takes: Sequence[Take]) -> None:
        """Start a slot's waiting sound: one of its takes, with the gains set first."""
        loops, slot.pending = slot.pending or 0, None
        take = takes[0] if len(takes) == 1 else self._rng.choice(takes)
        if isinstance(take, Loop) and slot.stream is not None:  # the score, from the cache
            slot.stream.start(take, self._gain(slot), pan=slot.pan, once=loops == 0)
            return
        sound = take.to_sound() if isinstance(take, Loop) else take  # a room loop cued by the script
        self._apply(slot)
        slot.channel.play(sound, loops=loops)
        self._apply(slot)

    def _halt(self, slot: _Slot) -> None:
        self._stop_slot(slot)
        slot.cue, slot.looping, slot.target, slot.pending = None, False, 0.0, None
        slot.gain.value = 0.0

    def _free(self, pool: list[_Slot]) -> _Slot:
        """An idle slot, else the oldest one-shot, else the oldest of all."""
        for slot in pool:
            if slot.cue is None or (slot.pending is None and not slot.busy()):
                return slot
        shots = [s for s in pool if not s.looping] or pool
        return min(shots, key=lambda s: s.started)

    def _lookup(self, name: str) -> Cue | None:
        cue = self._cues.get(name)
        if cue is None:
            self._report(f"unknown cue {name!r}", KeyError(name))
        return cue

    # ------------------------------------------------------------ public interface
    @_guarded
    def update(self, dt: float, mood: SoundState) -> None:
        dt = clamp(float(dt), 0.0, 0.25)
        self._fire = clamp(mood.fire)
        hush = self._hush.step(clamp(mood.hush), dt, *TAU["hush"])
        for ch in CHANNELS:
            level = 0.0 if self._muted[ch] else self._volume[ch]
            self._bus[ch].step(level * hush_factor(ch, hush), dt, *TAU["bus"])
        if mood.loops is not None:
            self._match_loops(mood.loops)
        targets = voice_targets(mood, self._roles)
        for name, slot in self._voices.items():
            self._follow(slot, targets[name], dt, voice_tau(name, self._roles))
        self._duck.step(1.0 - self._ducking(), dt, *TAU["duck"])
        for slot in itertools.chain(self._effects, self._pops, self._clock, self._music):
            if slot.cue is None:
                continue
            slot.gain.step(slot.target, dt, *TAU[MUSIC if slot.cue.channel == MUSIC else "loop"])
            faded_out = slot.gain.value == 0.0 and slot.target == 0.0
            if slot.pending is not None and slot.target > 0.0:  # stopped before it was decoded: never starts
                takes = self._takes(slot.cue)
                if takes:
                    self._play(slot, takes)
                elif takes is not None:  # it could not be decoded: nothing to wait for
                    self._halt(slot)
            elif faded_out or slot.pending is not None or not slot.busy():
                self._halt(slot)
            else:
                self._apply(slot)
        tick = self._ticker.step(mood.clock_seconds, dt)
        if tick is not None and (cue := self._cues.get(tick[0])) is not None:
            self._start(self._free(self._clock), cue, 0, cue.pan, tick[1], 1.0, 1.0)
        self.bank.keep(self._in_use())
        # the streams topped up by the frame as well as by their thread: a main thread busy in short
        # bursts (a frame's draws, releasing the interpreter for a C call and taking it back at once)
        # starved the feeder's wake-up from its sleep for 0.27-1.3 s on the disk driver, longer than
        # a chunk: 54 ms of silence in the rain (tests/audio/disk_scenario.py "stream", 150 ms frames)
        self._feeder.feed()

    def _ducking(self) -> float:
        """How far the music should dip now: the deepest `duck` of the cues sounding."""
        deepest = 0.0
        for slot in itertools.chain(self._voices.values(), self._effects):
            if slot.cue is not None and slot.cue.duck > 0.0 and slot.channel.get_busy():
                deepest = max(deepest, slot.cue.duck * min(1.0, slot.gain.value * 4.0))
        return deepest

    def _follow(self, slot: _Slot, target: float, dt: float, tau: tuple[float, float]) -> None:
        """Glide a state-driven loop to target. A loop that fell silent keeps running muted
        for LINGER seconds, so a pen lifted between strokes resumes mid-texture instead
        of restarting the same grains at every stroke."""
        if slot.cue is None:
            return
        busy = slot.busy()
        if target > 0.0 and not busy:
            takes = self._takes(slot.cue)
            if not takes:
                slot.target = target if takes is None else 0.0  # decoding: kept by the bank meanwhile
                return
            slot.gain.value = 0.0  # silent from its first sample, then faded in
            take = takes[0]
            if isinstance(take, Loop) and slot.stream is not None:
                slot.stream.start(take, 0.0)
            else:
                self._apply(slot)
                slot.channel.play(take.to_sound() if isinstance(take, Loop) else take, loops=-1)
                self._apply(slot)
            busy = True
        slot.target = target
        slot.gain.step(target, dt, *tau)
        slot.idle = slot.idle + dt if slot.gain.value == 0.0 else 0.0
        if busy and slot.idle > LINGER:
            self._stop_slot(slot)
        elif busy:
            self._apply(slot)

    @staticmethod
    def _stop_slot(slot: _Slot) -> None:
        if slot.stream is not None and slot.stream.active:
            slot.stream.stop()
        else:
            slot.channel.stop()

    @_guarded
    def cue(self, name: str, pan: float | None = None) -> None:
        cue = self._lookup(name)
        if cue is not None:
            self._start(self._pool(cue), cue, 0, cue.pan if pan is None else pan, 1.0, 1.0, 1.0)

    def _pool(self, cue: Cue) -> _Slot:
        """A slot for a script cue; a music cue fades out the music already playing."""
        if cue.channel != MUSIC:
            return self._free(self._effects)
        for slot in self._music:
            if slot.cue is not None and slot.target == 0.0 and not slot.dying and slot.busy():
                if slot.stream is not None and slot.stream.active:
                    slot.stream.fade_out(LET_GO_MS / 1000)
                else:
                    slot.channel.fadeout(LET_GO_MS)  # fading already: it ends now (LET_GO_MS), its samples go
                slot.dying = True
            if slot.cue is not None:
                slot.target = 0.0
        return self._free(self._music)

    def _match_loops(self, wanted: frozenset[str]) -> None:
        for slot in itertools.chain(self._effects, self._music):
            if slot.looping and slot.cue is not None and slot.cue.name not in wanted:
                slot.target = 0.0
        for name in sorted(wanted):
            if not any(
                s.looping and s.target > 0.0 and not s.dying and s.cue is not None and s.cue.name == name
                for s in itertools.chain(self._effects, self._music)
            ):
                self._start_loop(name)

    @_guarded
    def loop(self, name: str) -> None:
        self._start_loop(name)

    def _start_loop(self, name: str) -> None:
        cue = self._lookup(name)
        if cue is None:
            return
        for slot in itertools.chain(self._effects, self._music):
            if slot.cue is cue and slot.looping and not slot.dying:
                slot.target = 1.0  # already playing (perhaps fading out): bring it back
                return
        self._start(self._pool(cue), cue, -1, cue.pan, 1.0, 0.0 if cue.channel != MUSIC else 1.0, 1.0)

    @_guarded
    def stop(self, name: str) -> None:
        for slot in itertools.chain(self._effects, self._music):
            if slot.cue is not None and slot.cue.name == name:
                slot.target = 0.0

    @_guarded
    def fire_pop(self) -> None:
        cue = self._cues.get(self._roles.fire_pop)
        if cue is None or self._fire <= 0.0:
            return
        level, pan = pop_variation(self._rng, self._fire, cue.pan)
        self._start(self._free(self._pops), cue, 0, pan, level, 1.0, 1.0)

    @_guarded
    def set_volume(self, channel: str, volume: float) -> None:
        if channel not in self._volume:
            raise KeyError(f"no audio channel {channel!r} (channels: {', '.join(CHANNELS)})")
        self._volume[channel] = max(0.0, min(1.0, float(volume)))

    @_guarded
    def set_muted(self, channel: str, muted: bool) -> None:
        if channel not in self._muted:
            raise KeyError(f"no audio channel {channel!r} (channels: {', '.join(CHANNELS)})")
        self._muted[channel] = bool(muted)

    @_guarded
    def stop_all(self, fade: float = 0.8) -> None:
        # SDL fades these itself, so the room falls silent even if `update` is no longer
        # called; a later `update` with sound in its state starts the loops again, faded in.
        for slot in itertools.chain(self._voices.values(), self._effects, self._pops, self._clock, self._music):
            if slot.stream is not None and slot.stream.active:
                slot.stream.fade_out(fade)  # its own fade: SDL's would start its queued chunk
            elif slot.channel.get_busy():
                slot.channel.fadeout(max(1, int(fade * 1000)))
        for slot in itertools.chain(self._effects, self._music):
            slot.target = 0.0
            slot.dying = slot.cue is not None

    @_guarded
    def close(self) -> None:
        self._feeder.close()
        for slot in itertools.chain(self._voices.values(), self._effects, self._pops, self._clock, self._music):
            slot.channel.stop()
