"""`SoundBank`: the long sounds (the score, the rain and fire loops), decoded only while needed.

A pygame `Sound` is held decoded in the mixer's format (44.1 kHz, 16-bit stereo: 176 KB a
second), so the seven themes and five room loops decoded at once cost ~65 MB, most of a
kiosk's memory budget, for sounds of which two or three ever play together. So a long
sound (a compressed file: .ogg and the like) is decoded when a cue first asks for it, on
one worker thread (a theme decodes in 50 to 100 ms: never on the frame), kept while its
cue is in use, and let go afterwards: the least recently used idle ones go first once the
idle ones pass `budget` bytes. Short sounds (.wav one-shots and the pen's grains, a few MB
in all) stay resident in the mixer itself, so a tick or a page turn is never late.

A cue asked for before its decoding is done plays as soon as it is (the mixer keeps the
slot waiting: music or rain starting a few tens of ms late is inaudible, a hitch is not).
Releasing is safe while a channel still plays the sound: SDL's channel holds its own
reference, so the samples live until it stops. The room's loops (mono files: the rain levels,
the fire) and the themes are no Sounds here: the first decode keeps their samples in the cache
and from then on they are read as they play (pcm.py, stream.py), nothing held; if the cache
cannot be written, the loops are held mono and the themes as the Sounds they were.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import pygame

from .cues import Cue
from .stream import CHUNK, Loop

LONG_SUFFIXES = frozenset({".ogg", ".oga", ".opus", ".mp3", ".flac"})
"""Compressed files hold the long sounds (themes, room loops); .wav holds the short ones."""

IDLE_BUDGET = 0
"""Bytes of decoded long sounds kept while no cue uses them: none (a level that comes back decodes again
on the worker, ~40 ms of its CPU), so what a kiosk holds is what it plays."""

SECOND = 44100 * 2 * 2  # bytes of one second decoded in the mixer's format (44.1 kHz, 16-bit stereo)
LOOPS_HELD = int((2 * 28 + 30) / 2 * SECOND)
"""Bytes of the room's loops held at once, at most: two rain levels gliding into each other (28 s
loops) and the fire (29 s), mono (stream.py): 7.2 MiB (14.5 as the stereo Sounds they were), where
the cache cannot be written; none where it can (pcm.py)."""
DECODED_BUDGET = int(2 * 48 * SECOND) + LOOPS_HELD
"""Bytes of long sounds decoded at once, at most, by the mixer's rules (game/audio/mixer.py): two
themes (the one coming in and the one it crossfades with, LET_GO_MS; the longest is 47 s), two rain
levels gliding into each other (28 s loops) and the fire (29 s), the loops at most mono (LOOPS_HELD):
~23.4 MiB (30.6 while they were held stereo). The census's budget (game/census.py) for what the bank
holds; a kiosk's ceiling counts it."""
STREAM_BUDGET = (5 + 3) * 2 * CHUNK * 4 + LOOPS_HELD
"""Bytes the streams hold (game/census.py names them by the feeder that keeps them playing): their
loops' mono samples (LOOPS_HELD, the bank's too: counted once, where the census reaches them first)
and their chunks, two a stream (one playing, one queued), the four rain levels, the fire and the
three music slots all sounding at once (1.3 MiB)."""
SHORT_BUDGET = 6 * 2**20
"""Bytes of the short sounds kept resident for the run (.wav one-shots and the pen's grains: 4.4 MiB)."""

Take = pygame.mixer.Sound | Loop
"""A decoded take: a Sound, or a state-driven room loop's mono samples (played in chunks)."""
Loader = Callable[[Mapping[str, Cue]], tuple[dict[str, list[Take]], list[str]]]


def is_long(cue: Cue) -> bool:
    """Whether this cue's sounds are decoded on demand (any compressed file) or kept resident."""
    return any(Path(f).suffix.lower() in LONG_SUFFIXES for f in cue.files)


def sound_bytes(takes: Sequence[Take]) -> int:
    """Decoded size of these takes (a Sound's in the mixer's format)."""
    freq, size, channels = pygame.mixer.get_init() or (44100, -16, 2)
    per_second = freq * (abs(size) // 8) * channels
    sounds = [t for t in takes if not isinstance(t, Loop)]
    return int(sum(t.get_length() for t in sounds) * per_second) + sum(
        t.nbytes() for t in takes if isinstance(t, Loop))


class SoundBank:
    """Long cues' takes, decoded on a worker thread when asked for and freed when idle."""

    def __init__(self, load: Loader, log: logging.Logger, budget: int = IDLE_BUDGET) -> None:
        self._load = load
        self._log = log
        self.budget = budget
        self._lock = threading.Lock()
        self._ready: OrderedDict[str, tuple[list[Take], int]] = OrderedDict()
        self._asked: set[str] = set()  # queued or being decoded
        self._jobs: queue.Queue[Cue] = queue.Queue()
        self._worker: threading.Thread | None = None

    def get(self, cue: Cue) -> list[Take] | None:
        """The cue's takes if decoded (an empty list: they cannot be); else ask for them, None."""
        with self._lock:
            hit = self._ready.get(cue.name)
            if hit is not None:
                self._ready.move_to_end(cue.name)
                return hit[0]
            if cue.name in self._asked:
                return None
            self._asked.add(cue.name)
        self._jobs.put(cue)
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._work, name="sound-decoder", daemon=True)
            self._worker.start()
        return None

    def _work(self) -> None:
        while True:
            try:
                cue = self._jobs.get(timeout=5.0)
            except queue.Empty:
                return  # idle: the thread ends (a later `get` starts another)
            try:
                loaded, missing = self._load({cue.name: cue})
                takes = loaded.get(cue.name, [])
                if missing:
                    self._log.warning("Audio: %s could not be loaded and stays silent", "; ".join(missing))
                with self._lock:
                    self._ready[cue.name] = (takes, sound_bytes(takes))
                    self._asked.discard(cue.name)
            except Exception as exc:  # never let a decoder failure kill the thread silently
                self._log.warning("Audio: decoding %s failed (%s: %s)", cue.name, type(exc).__name__, exc)
                with self._lock:
                    self._ready[cue.name] = ([], 0)
                    self._asked.discard(cue.name)
            finally:
                self._jobs.task_done()

    def wait(self, timeout: float | None = None) -> None:
        """Until every sound asked for is decoded (tests that listen in real time)."""
        end = None if timeout is None else time.monotonic() + timeout
        while self._jobs.unfinished_tasks and (end is None or time.monotonic() < end):
            time.sleep(0.005)

    def keep(self, in_use: Iterable[str], budget: int | None = None) -> None:
        """Let go of the least recently used idle sounds until the idle ones fit the budget
        (`budget` bytes if given, else the bank's own)."""
        used = set(in_use)
        limit = self.budget if budget is None else budget
        with self._lock:
            for name in [n for n, (takes, size) in self._ready.items() if n not in used and takes and not size]:
                del self._ready[name]  # holding nothing (read from the cache as played): asked for again, found at once
            idle = [name for name in self._ready if name not in used]
            spare = sum(self._ready[name][1] for name in idle)
            for name in idle:  # oldest first
                if spare <= limit:
                    break
                spare -= self._ready.pop(name)[1]

    def resident_bytes(self) -> int:
        """Decoded bytes held now (in use or idle)."""
        with self._lock:
            return sum(size for _, size in self._ready.values())

    def names(self) -> list[str]:
        """Cues decoded now, least recently used first."""
        with self._lock:
            return list(self._ready)
