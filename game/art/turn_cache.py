"""Turned images kept by their bytes, least recently drawn first, but never what the last frame drew.

The figures' parts (game/art/figure_raster.py) and the inserts' (game/art/insert_turns.py) are
turned (rotozoomed) every frame, and each turn is kept, so a part held still or breathing slowly is
turned once per visible step. Both draw their parts in the same order every frame, so under plain
LRU a frame whose turns outgrow the byte budget pushed out each turn just before it was drawn
again (line 17: 13 of its figure turns made again every frame; line 19: its insert's four). Hence
one policy for both, here:

- each turn has an *owner* (the part it turns: a raster at one zoom level); a turn is *protected*
  while its owner drew it in this frame or the last and has not drawn another turn since (a
  breathing part's new angle replaces its old one: the old one is spare at once);
- the other turns are *spare*: they go least recently drawn first whenever the cache is over its
  byte budget or over `keep_max` turns, and a budget that shrank at a frame's start (`frame`)
  lets them go there too;
- the protected turns stay even over the budget: it bounds the spare turns, not the frame's own,
  which are one per part shown as a rule. Past `over` budgets (if given) they go as well, least
  recently drawn first, but never the turn just made: the cache then holds at most `over`
  budgets, or that one turn alone;
- an owner holds at most `per_owner` turns (if given): its least recently drawn goes, protected
  or not (a writing arm turning every frame does not push out the torso's few angles);
- a turn made *ahead* (`put(..., ahead=True)`, `ahead`: one a coming frame will draw, made before
  it, on the loader thread, so that frame does not make it: game/art/turn_jobs.py) is protected through this frame and
  the next, and while it is marked ahead again (`ahead`), without making its owner's shown turn
  spare: the working set is then the turns shown and the turns coming.

The memory governor (game/memory.py) finds caches by their `memory_bytes` and `release`; this has
neither, so it is not a cache of its own there: its owner counts its `bytes` and calls `watch` and
`keep_asked` from its own `watch` and `release` (the entries asked for since are kept). What is
drawn never depends on what is kept: a turn let go of is made again the same.

What it cannot save (line 82's push at 1080p, the figures at 3.15x, measured): the breath turns each
upper-body part a quarter degree every ~0.1 s, a new key each time. Of the 1211 art turns of its 383
frames (one update a frame) 582 were first turns; the 629 others came back 11 frames later or more
(most over 100: the next breath), none sooner; at four updates a frame 12.3 a frame, 10 of 588 within
10 frames. Kept to the next breath they would need all its angles: PartRasters.ROT_BUDGET 16 -> 32 /
64 MiB made 2 % / 11 % fewer turns. What a push turns is set by the angles' step (`turn_key`), not here.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from game import memory

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class _Entry(Generic[V]):
    """A turn kept: the image (or what holds it), its bytes, the frame it was last drawn in."""

    value: V
    size: int
    frame: int
    ahead: int = -2  # the last frame it was made or marked ahead in


class TurnCache(Generic[K, V]):
    """Turns by key, least recently drawn first, within a byte budget given at each `put` (see the
    module's docstring for what goes and what stays)."""

    def __init__(self, size: Callable[[V], int], owner: Callable[[K], Hashable], *, keep_max: int | None = None,
                 per_owner: int | None = None, over: float | None = None) -> None:
        self._size, self._owner = size, owner
        self.keep_max, self.per_owner, self.over = keep_max, per_owner, over
        self._entries: OrderedDict[K, _Entry[V]] = OrderedDict()  # insertion order: least recently drawn first
        self._bytes = 0
        self._frame = 0  # frames begun
        self._latest: dict[Hashable, int] = {}  # owner -> the frame it last drew a turn in
        self._count: dict[Hashable, int] = {}  # owner -> its turns kept

    # ---------------------------------------------------------------- reading
    @property
    def bytes(self) -> int:
        """Bytes of the turns kept (by the `size` given)."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[K]:
        """The keys, least recently drawn first."""
        return iter(list(self._entries))

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def values(self) -> list[V]:
        return [e.value for e in self._entries.values()]

    def protected(self, key: K) -> bool:
        """Whether the turn at `key` is one the last frame or this one drew and its part still shows."""
        return self._protected(key, self._entries[key])

    def _protected(self, key: K, e: _Entry[V]) -> bool:
        # (the entry passed: a lookup would count as asked for while watched, and keep it at `keep_asked`)
        if e.ahead >= self._frame - 1:
            return True
        return e.frame >= self._frame - 1 and e.frame >= self._latest.get(self._owner(key), e.frame)

    def drawn_now(self, key: K) -> bool:
        """Whether `key`'s owner has drawn a turn in this frame (a caller without frames begins one
        when a part is drawn again: `insert_turns.turn`)."""
        return self._latest.get(self._owner(key)) == self._frame

    # ---------------------------------------------------------------- drawing
    def frame(self, budget: float | None = None) -> None:
        """A frame begins: what the last one drew is protected through this one. With a `budget`,
        the spare turns go down to it now (it may have shrunk since the last `put`); the protected
        ones stay (`over` is minded at the next `put`)."""
        self._frame += 1
        if budget is not None:
            self._trim(budget, None, over=False)

    def get(self, key: K) -> V | None:
        """The turn at `key`, now drawn (the most recent, protected), or None."""
        e = self._entries.get(key)
        if e is None:
            return None
        self._entries.move_to_end(key)
        self._drawn(key, e)
        return e.value

    def put(self, key: K, value: V, budget: float, ahead: bool = False) -> None:
        """Keep `value`, drawn now, as the turn at `key`; then let go of turns down to `budget`.
        With `ahead`, it is not drawn now but made for a coming frame (protected until then: `ahead`)."""
        if key in self._entries:
            self.discard(key)
        owner = self._owner(key)
        if self.per_owner is not None and self._count.get(owner, 0) >= self.per_owner:
            for k in [k for k in self._entries if self._owner(k) == owner][: self._count[owner] - self.per_owner + 1]:
                self.discard(k)
        e = _Entry(value, self._size(value), self._frame)
        self._entries[key] = e
        self._bytes += e.size
        self._count[owner] = self._count.get(owner, 0) + 1
        if ahead:
            e.ahead = self._frame
            self._latest.setdefault(owner, self._frame)
        else:
            self._drawn(key, e)
        self._trim(budget, key)

    def make_room(self, key: K, size: int, budget: float) -> None:
        """Before a turn of about `size` bytes is made for `key` (to be `put`): let go now of what
        `put` would let go of once it is kept, the spare turns least recently drawn first, `key`'s
        owner's other turns among them (the new one makes them spare), so a turn is never made
        beside the turns it replaces. The same turns go as `put` would let go of (all of them, when
        `size` is exact), only before the new one's bytes exist: line 19's screen-wide hair, a new
        zoom step every ~10 frames, was turned (7-8 MiB) beside its last step's."""
        if self._within(budget, size):
            return
        last, latest, owner, me = self._frame - 1, self._latest, self._owner, self._owner(key)
        for k, e in list(self._entries.items()):
            if e.ahead >= last or k == key:
                continue
            if owner(k) == me:
                if e.frame >= self._frame:  # (drawn in this very frame: still protected once the new one is)
                    continue
            elif e.frame >= last and e.frame >= latest.get(owner(k), e.frame):
                continue
            self.discard(k)
            if self._within(budget, size):
                return

    def ahead(self, key: K) -> V | None:
        """The turn at `key`, if kept (else None), marked as one a coming frame draws: protected
        through this frame and the next, without counting as drawn (its owner's shown turn stays
        protected, and it keeps its place in the least recently drawn order)."""
        e = self._entries.get(key)
        if e is None:
            return None
        e.ahead = self._frame
        return e.value

    def replace(self, key: K, value: V) -> None:
        """The turn at `key` (kept) given as `value` (its bytes counted anew), its place and marks kept."""
        e = self._entries[key]
        size = self._size(value)
        self._bytes += size - e.size
        e.value, e.size = value, size

    def discard(self, key: K) -> None:
        """Let go of the turn at `key`, if kept."""
        e = self._entries.pop(key, None)
        if e is None:
            return
        self._bytes -= e.size
        owner = self._owner(key)
        self._count[owner] -= 1
        if not self._count[owner]:
            del self._count[owner], self._latest[owner]

    __delitem__ = discard

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0
        self._latest.clear()
        self._count.clear()

    # ---------------------------------------------------------------- the memory governor's hooks
    def watch(self) -> None:
        """Note from now on which turns are asked for (game.memory.noting)."""
        self._entries = memory.noting(self._entries)

    def keep_asked(self) -> None:
        """Keep only the turns asked for since `watch` (none if not watched): game.memory.kept."""
        self._entries, self._bytes = memory.kept(self._entries, lambda e: e.size)
        self._count, latest = {}, self._latest
        self._latest = {}
        for k in self._entries:
            owner = self._owner(k)
            self._count[owner] = self._count.get(owner, 0) + 1
            self._latest[owner] = latest.get(owner, self._frame)

    # ---------------------------------------------------------------- inside
    def _drawn(self, key: K, e: _Entry[V]) -> None:
        e.frame = self._frame
        self._latest[self._owner(key)] = self._frame

    def _within(self, budget: float, adding: int | None = None) -> bool:
        """Whether the turns kept (and one more of `adding` bytes, if given: `make_room`) fit `budget` and `keep_max`."""
        more, size = (0, 0) if adding is None else (1, adding)
        return self._bytes + size <= budget and (self.keep_max is None or len(self._entries) + more <= self.keep_max)

    def _trim(self, budget: float, newest: K | None, over: bool = True) -> None:
        """Spare turns go, least recently drawn first, until within `budget` (and `keep_max`); then,
        past `over` budgets (if `over`), the protected ones too, but never `newest`."""
        if self._within(budget):
            return
        # (`_protected` inline, as a frame's ~40 puts each looked at every turn kept, most of them protected:
        # line 82 at four updates, 1270 calls a frame; a turn let go of makes no other of its owner spare)
        last, latest, owner = self._frame - 1, self._latest, self._owner
        for k, e in list(self._entries.items()):
            if e.ahead >= last or (e.frame >= last and e.frame >= latest.get(owner(k), e.frame)):
                continue
            self.discard(k)
            if self._within(budget):
                return
        if self.over is None or not over:
            return
        for k in [k for k in self._entries if k != newest]:
            if self._bytes <= self.over * budget:
                return
            self.discard(k)
