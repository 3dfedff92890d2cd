"""Mono room loops (the rain levels, the fire) held once, not twice, and played in chunks; the score too.

The loops are mono files (assets/audio/README.md) but a pygame `Sound` is held in the mixer's format,
44.1 kHz 16-bit *stereo*: every decoded loop was its own samples twice, 4.4-4.9 MiB a level where
2.2-2.4 would do, and the kiosk's peaks held two rain levels gliding and the fire (13.4 MiB).
So a state-driven loop whose file decodes to two equal channels is kept as its mono samples (in
the cache, `pcm.PcmFile`, read as played; where it cannot be written, in memory: `MonoLoop`, laid
in a `Sound` of half the frames, so the census counts them as the sound bytes they are) and a
`LoopStream` plays it (a theme, stereo and played once, the same way from the cache):
stereo chunks of CHUNK frames made from it with the cue's
pan in the samples, one playing and one queued on the voice's own channel (`Channel.queue`: SDL
starts the queued chunk on the very sample the last one ends, so the loop and its wrap are
continuous). Its gain is the channel's single volume (`Channel.set_volume(g)`, SDL's Mix_Volume):
a queued chunk starting drops the channel's effects, stereo gains included (SDL_mixer's
_Mix_channel_done_playing; measured on the disk driver: a chunk queued after `set_volume(0.5, 0.25)`
played at full), while the volume is kept.

pygame-ce's queue has two more traps, measured on the disk driver and designed around: a channel
stopped or faded out with a chunk queued starts that chunk at once at full volume (the halt ends
the sound, and its end plays the queue), and a fade longer than the chunk playing is cut where the
chunk ends (the queued one plays on at the faded volume). So a stream stops by playing a sample of
silence first (a `play` clears the queue), and fades by its own volume steps (`fade_out`), never
SDL's fade.

Every audio update (`MixerAudio.update`, a frame) and a `Feeder` thread keep every stream's queue
filled: the next chunk is queued within a frame or POLL of the last one starting, so a gap needs both
to miss a whole chunk (half a second). The frames alone would let a stream run dry whenever the
room's `update` is not called (a menu over the story: only the top scene updates) or a frame takes
longer than a chunk; the thread alone was starved of the interpreter by a main thread busy in short
bursts (its 40 ms sleep returned after 0.27-1.3 s on the disk driver). What a stream plays is a
function of its position alone: where the chunks fall, and who queued them, changes nothing heard.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable

import numpy as np
import pygame

from .mood import pan_gains

log = logging.getLogger(__name__)
CHUNK = 22050
"""Frames a chunk: half a second, 86 KiB of stereo; a stream holds two (one playing, one queued)."""
POLL = 0.04
"""Seconds between the feeder's looks at the queues (and its fades' volume steps: 0.01)."""
FADE_POLL = 0.01
IDLE_END = 5.0
"""Seconds the feeder waits with no stream before its thread ends (the next stream starts another)."""


class Loop:
    """A sound's samples (mono: a room loop; stereo: a theme), from wherever they are kept; `chunk`
    makes the stereo to play."""

    channels = 1

    def __len__(self) -> int:
        raise NotImplementedError

    def read(self, pos: int, n: int) -> np.ndarray:
        """n frames from `pos` (pos + n within the sound), int16: (n,) mono, (n, 2) stereo."""
        raise NotImplementedError

    def nbytes(self) -> int:
        """Bytes held in memory."""
        return 0

    def chunk(self, pos: int, n: int, pan: float, wrap: bool = True) -> np.ndarray:
        """n stereo frames from `pos`, wrapping round the end (or fewer, up to it), panned: int16 (m, 2)."""
        size = len(self)
        pos %= size
        n = n if wrap else min(n, size - pos)
        parts = []
        while n > 0:
            take = min(n, size - pos)
            parts.append(self.read(pos, take))
            pos, n = 0, n - take
        data = parts[0] if len(parts) == 1 else np.concatenate(parts)
        out = np.empty((len(data), 2), dtype=np.int16)
        for side, gain in enumerate(pan_gains(pan)):
            part = data if data.ndim == 1 else data[:, side]
            out[:, side] = part if gain == 1.0 else (part * np.float32(gain)).astype(np.int16)
        return out

    def to_sound(self) -> pygame.mixer.Sound:
        """The whole loop as a stereo Sound (a script playing a room loop on an effects slot)."""
        return pygame.sndarray.make_sound(self.chunk(0, len(self), 0.0))


class MonoLoop(Loop):
    """A loop's mono samples in memory, laid two to a frame in a `Sound` of half its frames (never
    played: the census and the bank count it as sound bytes); `samples` is a view of them, int16."""

    def __init__(self, store: pygame.mixer.Sound) -> None:
        self.store = store
        self.samples = pygame.sndarray.samples(store).reshape(-1)

    @classmethod
    def of(cls, sound: pygame.mixer.Sound) -> MonoLoop | None:
        """The loop of a decoded stereo sound whose channels are equal (a mono file), else None."""
        stereo = pygame.sndarray.samples(sound)
        if stereo.ndim != 2 or stereo.shape[1] != 2 or len(stereo) % 2 or not len(stereo):
            return None
        if not np.array_equal(stereo[:, 0], stereo[:, 1]):
            return None
        # a Sound of zeros (calloc's pages: not resident until written) filled in place with the left
        # channel: the stereo decode and the mono samples, nothing more, at the most
        loop = cls(pygame.mixer.Sound(buffer=np.zeros(2 * len(stereo), dtype=np.uint8).data))
        loop.samples[:] = stereo[:, 0]
        return loop

    def __len__(self) -> int:
        return len(self.samples)

    def read(self, pos: int, n: int) -> np.ndarray:
        return self.samples[pos: pos + n]

    def nbytes(self) -> int:
        return int(self.samples.nbytes)


class LoopStream:
    """A `Loop` playing on one reserved channel, chunk after chunk, at a gain set from outside
    (`set_gain`) and a fade of its own (`fade_out`). Every method takes the feeder's lock."""

    def __init__(self, channel: pygame.mixer.Channel, feeder: Feeder, pan: float = 0.0) -> None:
        self.channel = channel
        self.feeder = feeder
        self.pan = pan
        self.once = False  # played to its end once (a theme), not round and round
        self.loop: Loop | None = None
        self.pos = 0  # the next chunk's first frame
        self.gain = 0.0
        self.fade: tuple[float, float] | None = None  # (started, seconds) of a fade out
        self.chunks: list[pygame.mixer.Sound] = []  # the last two queued: held here so the census sees them

    @property
    def active(self) -> bool:
        return self.loop is not None

    def start(self, loop: Loop, gain: float, pan: float | None = None, once: bool = False) -> None:
        """Play `loop` from its start at `gain` (the channel's volume set before its first sample),
        round and round, or `once` to its end."""
        with self.feeder.lock:
            self.loop, self.pos, self.gain, self.fade, self.once = loop, 0, gain, None, once
            self.pan = self.pan if pan is None else pan
            self._volume()
            first, second = self._next(), self._next()
            if first is not None:
                self.channel.play(first)
            if second is not None:
                self.channel.queue(second)
        self.feeder.add(self)

    def set_gain(self, gain: float) -> None:
        with self.feeder.lock:
            self.gain = gain
            if self.loop is not None:
                self._volume()

    def fade_out(self, seconds: float) -> None:
        """Fade to silence over `seconds` and stop, by the feeder alone (no `set_gain` needed)."""
        with self.feeder.lock:
            if self.loop is not None and self.fade is None:
                self.fade = (time.monotonic(), max(1e-3, seconds))
        self.feeder.add(self)

    def stop(self) -> None:
        """Silent at once: the queued chunk is dropped first (a halt would start it)."""
        with self.feeder.lock:
            self._stop()

    def feed(self, now: float) -> bool:
        """Queue the next chunk if the last queued one has started, step a fade; False once stopped.
        Called by the feeder with its lock held."""
        if self.loop is None:
            return False
        if self.fade is not None:
            if now - self.fade[0] >= self.fade[1]:
                self._stop()
                return False
            self._volume(now)
        if self.channel.get_queue() is None:
            after = self._next()
            if after is not None:
                self.channel.queue(after)  # (a channel run dry plays it at once: a gap, not an end)
            elif not self.channel.get_busy():  # played to its end
                self._stop()
                return False
        return True

    def _next(self) -> pygame.mixer.Sound | None:
        """The next chunk (None past the end of a sound played once)."""
        assert self.loop is not None
        if self.once and self.pos >= len(self.loop):
            return None
        frames = self.loop.chunk(self.pos, CHUNK, self.pan, wrap=not self.once)
        sound = pygame.sndarray.make_sound(frames)
        self.pos = self.pos + len(frames) if self.once else (self.pos + len(frames)) % len(self.loop)
        self.chunks = [*self.chunks[-1:], sound]
        return sound

    def _volume(self, now: float | None = None) -> None:
        g = self.gain
        if self.fade is not None:
            g *= max(0.0, 1.0 - ((time.monotonic() if now is None else now) - self.fade[0]) / self.fade[1])
        self.channel.set_volume(round(max(0.0, min(1.0, g)) * 128) / 128)  # SDL's steps, rounded (pygame truncates)

    def _stop(self) -> None:
        if self.loop is not None:
            self.channel.set_volume(0.0)
            self.channel.play(self.feeder.silence)  # clears the queue
            self.channel.stop()
        self.loop, self.fade, self.chunks = None, None, []


class Feeder:
    """The thread that keeps the streams' queues filled and steps their fades. It ends before the
    mixer does: `close`, or pygame.quit() (its quit functions run before the mixer's own quit);
    pygame's channel queue read after the mixer is gone is a segfault, not an error."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.silence = pygame.mixer.Sound(buffer=bytes(4))
        self._streams: list[LoopStream] = []
        self._thread: threading.Thread | None = None
        self._closed = False
        pygame.register_quit(_closer(weakref.ref(self)))

    def add(self, stream: LoopStream) -> None:
        with self.lock:
            if self._closed or not pygame.mixer.get_init():
                return
            if stream not in self._streams:
                self._streams.append(stream)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="sound-feeder", daemon=True)
                self._thread.start()

    def feed(self) -> None:
        """One look at every stream (the thread's step; tests call it directly)."""
        with self.lock:
            if self._closed or not pygame.mixer.get_init():
                self._closed = True
                return
            now = time.monotonic()
            self._streams = [s for s in self._streams if self._fed(s, now)]

    @staticmethod
    def _fed(stream: LoopStream, now: float) -> bool:
        """`stream.feed`, False (the stream stopped, one warning) where its samples cannot be read: its
        decoded copy deleted or cut short under it (a cache folder cleared while a kiosk plays). Raised in
        this thread, it ended the thread: every stream, the rain, the fire and the score, ran dry for the
        rest of the run."""
        try:
            return stream.feed(now)
        except (OSError, ValueError) as exc:
            log.warning("sound: %s; that sound stops, the others play on", exc)
            stream._stop()
            return False

    def _run(self) -> None:
        idle_since: float | None = None
        while not self._closed:
            try:
                self.feed()
            except pygame.error:
                return  # the mixer was closed under it
            with self.lock:
                fading = any(s.fade is not None for s in self._streams)
                if self._streams:
                    idle_since = None
                elif idle_since is None:
                    idle_since = time.monotonic()
                elif time.monotonic() - idle_since > IDLE_END:
                    self._thread = None
                    return
            time.sleep(FADE_POLL if fading else POLL)

    def close(self) -> None:
        with self.lock:
            for stream in self._streams:
                stream._stop()
            self._streams.clear()
            self._closed = True
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=1.0)


def _closer(feeder: weakref.ref[Feeder]) -> Callable[[], None]:
    """pygame.quit()'s call to close the feeder, without keeping it alive till then."""

    def close() -> None:
        live = feeder()
        if live is not None:
            live.close()

    return close
