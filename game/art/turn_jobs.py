"""Turns made ahead on the loader thread, taken by the frame that draws them.

A breath turns her torso, arms, hair and head a quarter degree together every ~0.1-0.2 s, and a
close shot's face and hair step their zoom every few frames; the poses to come are a pure function
of time, so their parts are turned before the frame that shows them (game/art/figures.py
`_turn_ahead`, game/art/insert_turns.py `ahead`). They were turned on the main thread, a share of
each frame: in a slow frame (a camera push at 1080p, 15-20 fps) every frame met a new step and had no
share to spare. rotozoom and smoothscale let go of the GIL, so the turn itself (pure: new surfaces
from a raster only read) is made on the one thread the room's art is already read on (game/steps.py
LOADER) while the main thread draws; the main thread keeps what comes back (`back`), and a frame that
needs one not back takes it there (`take`, game.steps.taken: waited for if running, else made by the
frame, the same pixels). What is drawn never depends on where a turn was made, and the kiosk soak's
deterministic mode makes every job before its submit returns (game.steps.wait_each).

Two rules hold it together:
- a job holds its raster locked while it runs (rotozoom and smoothscale lock their source), and a
  blit of a locked surface fails: the main thread never blits a raster a job may read, or waits for
  those jobs first (`settle`); a job let go of while running is still waited for there (`_draining`);
- the art read ahead comes first: no turn is sent while a read waits (game.steps.loading), and what
  is on its way is at most QUEUE_PX, so a read sent later waits behind a few turns at most.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future, wait
from dataclasses import dataclass
from typing import Any

from game.steps import LOADER, loading, taken

log = logging.getLogger(__name__)

# px of turns sent to the loader and not yet back: a frame sends no more past it (a breath step at
# line 17's push at 1080p is ~1 Mpx in all, a turn ~2-5 ms of the loader's time a 100 kpx)
QUEUE_PX = 1_200_000
STALE = 30  # frames: a job sent this long ago and not yet taken is let go of (its moment never came)


@dataclass
class _Job:
    job: Future[Any]
    px: int
    sent: int  # the frame it was sent in (`back`'s count)


class TurnJobs:
    """The turns being made on the loader, by their key (the turn cache's: PartRasters' `RotKey`,
    insert_turns' `TurnKey`)."""

    def __init__(self) -> None:
        self._jobs: dict[Hashable, _Job] = {}
        self._draining: list[Future[Any]] = []  # let go of while being made: still reading their rasters
        self.px = 0  # px of the turns sent and not yet taken back (made or not)
        self._failed = False  # (a failure is logged once)
        self._frame = 0  # frames begun: `back` is called once a frame

    def __contains__(self, key: Hashable) -> bool:
        return key in self._jobs

    def full(self) -> bool:
        """Whether no more may be sent now: QUEUE_PX being made or waiting, or a read of art waiting (`loading`)."""
        return loading() or sum(sent.px for sent in self._jobs.values() if not sent.job.done()) >= QUEUE_PX

    def held(self) -> int:
        """Bytes of the turns sent and not yet taken back, made or on their way (game.memory: the holder's
        `memory_bytes`; counted when sent, so the figure does not change as the loader works)."""
        return 4 * self.px

    def send(self, key: Hashable, px: int, make: Callable[..., Any], *args: Any) -> None:
        """Make `make(*args)` on the loader for the turn at `key` (`px` px)."""
        self._jobs[key] = _Job(LOADER.submit(make, *args), px, self._frame)
        self.px += px

    def take(self, key: Hashable) -> Any | None:
        """The turn at `key` if sent: back, or being made (waited for); None if not sent or not begun
        (then let go of: the caller makes it)."""
        sent = self._jobs.pop(key, None)
        if sent is None:
            return None
        self.px -= sent.px
        try:
            return taken(sent.job)
        except Exception:  # (the caller makes it again: a real fault raises there, on this thread)
            self._failure(sent.job)
            return None

    def back(self) -> Iterator[tuple[Hashable, Any]]:
        """A frame begins: the turns made since (key, turn), taken back, but those sent over STALE frames
        before (their moment passed); those not back by then are let go of."""
        self._frame += 1
        frame = self._frame
        self._draining = [job for job in self._draining if not job.done()]
        for key, sent in list(self._jobs.items()):
            if sent.job.done():
                self._forget(key)
                if sent.job.exception() is not None:
                    self._failure(sent.job)
                elif frame - sent.sent <= STALE:
                    yield key, sent.job.result()
            elif frame - sent.sent > STALE:
                self._drop(key)

    def drop(self, picked: Callable[[Hashable], bool]) -> None:
        """Let go of the jobs `picked` (by key): their turns are of no use (their raster let go of)."""
        for key in [key for key in self._jobs if picked(key)]:
            self._drop(key)

    def settle(self, picked: Callable[[Hashable], bool]) -> None:
        """Let go of the jobs `picked` (by key) not begun, and wait for those being made, and for those
        let go of while being made: then none reads its raster until another is sent. rotozoom and
        smoothscale hold their source locked, and a blit of a locked surface fails (an insert's part
        drawn as it is, unturned, while a turn of it to come was made: a job not begun when the blit
        looked may begin before it, so whether the raster is locked says nothing)."""
        self.drop(lambda key: picked(key) and key in self._jobs and not self._jobs[key].job.done())
        if self._draining:
            wait(self._draining)
            self._draining = []

    def clear(self) -> None:
        """Let go of every job (those being made finish on the loader, waited for by `settle`)."""
        for key in list(self._jobs):
            self._drop(key)

    def _drop(self, key: Hashable) -> None:
        sent = self._forget(key)
        if not sent.job.done() and not sent.job.cancel():  # (being made: `settle` waits for it all the same)
            self._draining.append(sent.job)

    def _forget(self, key: Hashable) -> _Job:
        sent = self._jobs.pop(key)
        self.px -= sent.px
        return sent

    def _failure(self, job: Future[Any]) -> None:
        if not self._failed:
            self._failed = True
            log.warning("a turn made on the loader failed (made by its frame instead): %r", job.exception())
