"""The figures' turns made ahead on the loader thread, taken by the frame that draws them.

A breath turns her torso, arms, hair and head a quarter degree together every ~0.1-0.2 s; the
poses to come are a pure function of time, so their parts are turned before the frame that shows
them (game/art/figures.py `_turn_ahead`). They were turned on the main thread, a share of each frame
(AHEAD_PX): in a slow frame (a camera push at 1080p, 15-20 fps) every frame met a new breath step
and had no share to spare. rotozoom and smoothscale let go of the GIL, so the turn itself
(`part_pixels.made_turn`, pure: new surfaces from a raster only read) is made on the one thread the
room's art is already read on (game/steps.py LOADER) while the main thread draws; the main thread
finds its raster (its caches) and keeps what comes back (`PartRasters.frame`), and a frame that
needs one not yet back takes it there (`game.steps.taken`: that job waited for if running, else made
on the main thread, the same pixels). What is drawn never depends on where a turn was made, and the
kiosk soak's deterministic mode makes every job before its submit returns (`game.steps.wait_each`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future, wait
from dataclasses import dataclass
from typing import Any

from game.steps import LOADER, taken

# px of turns sent to the loader and not yet back: a frame sends no more past it (a breath step at
# line 17's push at 1080p is ~1 Mpx; the loader is one thread, shared with the art's reading)
QUEUE_PX = 2_500_000
STALE = 120  # frames: a job sent this long ago and not yet taken is let go of (its moment never came)


@dataclass
class _Job:
    job: Future[Any]
    scale: float
    px: int
    sent: int  # the frame it was sent in


class TurnJobs:
    """The turns being made on the loader, by their key (PartRasters' `RotKey`)."""

    def __init__(self) -> None:
        self._jobs: dict[Hashable, _Job] = {}
        self.px = 0  # px of the turns sent and not yet taken back

    def __contains__(self, key: Hashable) -> bool:
        return key in self._jobs

    def full(self) -> bool:
        """Whether no more may be sent this frame (QUEUE_PX)."""
        return self.px >= QUEUE_PX

    def send(self, key: Hashable, scale: float, px: int, frame: int, make: Callable[..., Any], *args: Any) -> None:
        """Make `make(*args)` on the loader for the turn at `key` (`px` px, at view `scale`)."""
        self._jobs[key] = _Job(LOADER.submit(make, *args), scale, px, frame)
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
            return None

    def back(self, frame: int) -> Iterator[tuple[Hashable, Any, float]]:
        """The turns made since (key, turn, scale), taken back; those sent over STALE frames before
        `frame` and not back are let go of."""
        for key, sent in list(self._jobs.items()):
            if sent.job.done():
                del self._jobs[key]
                self.px -= sent.px
                if not sent.job.cancelled() and sent.job.exception() is None:  # (a failed job: the frame makes it, and says why)
                    yield key, sent.job.result(), sent.scale
            elif frame - sent.sent > STALE:
                sent.job.cancel()
                del self._jobs[key]
                self.px -= sent.px

    def settle(self, picked: Callable[[Hashable], bool]) -> None:
        """Let go of the jobs `picked` (by key) not begun, and wait for those being made: then none reads
        its raster until another is sent. rotozoom and smoothscale hold their source locked, and a blit
        of a locked surface fails (an insert's part drawn as it is, unturned, while its turn to come was
        made: a job not begun when the blit looked may begin before it, so whether the raster is locked
        says nothing)."""
        for key, sent in list(self._jobs.items()):
            if picked(key):
                if sent.job.cancel():
                    del self._jobs[key]
                    self.px -= sent.px
                else:
                    wait([sent.job])

    def clear(self) -> None:
        """Let go of every job (those begun finish on the loader, their turns dropped)."""
        for sent in self._jobs.values():
            sent.job.cancel()
        self._jobs.clear()
        self.px = 0
