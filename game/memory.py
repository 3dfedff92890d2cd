"""The C heap, tuned so freed pixels go back to the system: `tune_heap` once at start-up.

Nearly all of the game's memory is pixel buffers (SDL surfaces) and decoded sound, made
and freed by C's malloc, not Python's. glibc's malloc serves a block above its mmap
threshold (128 KiB by default) with its own mapping, returned to the system on free; but the first
time such a block is freed it raises the threshold to that block's size (up to 32 MiB),
so from then on every surface of up to a full-screen layer comes from the main heap,
where freed space between live blocks stays resident. Over a kiosk's week of shot changes
and rasters let go by the caches, that fragmentation was ~30 MB of the resident size at
480x270 and grew with every reset. Fixing the threshold (setting it at all switches the
dynamic rule off), at 64 KiB (MMAP_THRESHOLD), keeps every buffer but the small ones in its
own mapping; limiting the arenas to two keeps the sound decoder's thread from growing a heap
of its own (one arena measured no lower: 386-401 MB against 384-390 at 1080p). `trim_heap` hands back
the free pages between the small blocks that stay (nib stamps, occluder crops, Python's
objects): ~24 MB of a 220 MB kiosk at 480x270. It is called when a new story begins
(`Books.new`: each Begin, each kiosk reset), where a few ms cost nothing.

Only glibc has `mallopt`; elsewhere (macOS, Windows, musl) both are no-ops, and a failure
is never an error: this changes how much memory the game keeps, never what it does.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
import time
import weakref
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar, cast, runtime_checkable

import pygame

# what holds the pixels, and the holders' budgets: game/census.py (re-exported here)
from game.census import FREE_BYTES as FREE_BYTES
from game.census import SKIP, Budget
from game.census import MiB as MiB
from game.census import budget_for as budget_for
from game.census import budgets as budgets
from game.census import census as census
from game.census import game_roots as game_roots
from game.census import report as report

M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
MMAP_THRESHOLD = 64 * 1024
"""Blocks of this size and more get their own mapping, unmapped as they are freed. glibc's default
(128 KiB) left the 64-128 KiB buffers in the heap (a candle's or rain drop's sprite, a small part's
raster, a prop's piece): freed between live blocks they stayed resident until the next trim, and the
next shot's art grew the heap past them. A kiosk's 1.5 simulated hours at 1080p (tools/kiosk/soak.py
--hours 1.5 --start-hour 10 --size 1920x1080, each pair run side by side at load ~16-20): at 64 KiB
peak 369.4 -> 344.6 MB, max RSS 394.6 -> 361.9; at 32 KiB 381.2 -> 357.6 and 390.0 -> 361.5, no
lower, but a mapping (and its fresh pages) for every 32-64 KiB scratch buffer a frame makes cost the
main thread more (tools/bench.py --only "wide room" at 1080p, CPU ms p50 / p99, alternating runs:
128 KiB 21.3 / 41.5, 64 KiB 21.7 / 46.6, 32 KiB 22.8 / 54.5).

That is the kiosk's heap (`tune_heap(tight=True)`), whose week is measured under its memory ceiling.
The bench above never ran with it (tools/bench.py did not call `tune_heap`), and in the game itself it
cost twice over (stop 42): every 64 KiB-1 MiB scratch buffer a frame makes (the light map's arrays,
crops, scaled sprites) is a fresh mapping, and the frame's trim (TRIM_EACH_FRAME) hands back the heap's
pages the next frame faults in again: ~12,400 page faults a frame (48 MiB) at line 48 at 1080p, 2 updates
a frame, against ~1,100 at MMAP_THRESHOLD_PLAY with no trim; main-thread CPU p50 43-44 against 35-36 ms
a frame, and played in real time (a slower frame covers more updates, which cost more) 56-59 against
30-35 ms. A player's game (`tight=False`) has a 1 MiB threshold and no trim between the governor's
looks: the scratch buffers are reused in place, what is 1 MiB and more (pixel buffers) still goes back
to the system as it is freed."""
MMAP_THRESHOLD_PLAY = 1024 * 1024
ARENAS = 2
_tight = True  # the process's heap, as `tune_heap` last set it (one never tuned is trimmed as a kiosk's, as before)
D = TypeVar("D", bound=dict)  # type: ignore[type-arg]


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """glibc, opened once (find_library runs ldconfig: only if the usual name fails)."""
    if not sys.platform.startswith("linux"):
        return None
    libc: ctypes.CDLL | None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        found = ctypes.util.find_library("c")
        try:
            libc = ctypes.CDLL(found) if found else None
        except OSError:
            libc = None
    return libc if libc is not None and hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def tune_heap(tight: bool = True) -> bool:
    """Fix malloc's mmap threshold and arena count (glibc); True if both took. `tight`: the kiosk's
    heap (MMAP_THRESHOLD; its governor trims every frame), else a player's (MMAP_THRESHOLD_PLAY).
    The heap is the process's: a memory governor made after this follows it (`Governor`)."""
    global _tight
    _tight = tight
    libc = _libc()
    if libc is None:
        return False
    ok = libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD if tight else MMAP_THRESHOLD_PLAY) == 1
    return bool(libc.mallopt(M_ARENA_MAX, ARENAS) == 1 and ok)


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def heap_stats() -> dict[str, int]:
    """What C's malloc holds, in bytes (glibc's mallinfo2, all arenas; {} elsewhere): `mapped`,
    the blocks over the mmap threshold (pixel buffers, large numpy arrays); `heap`, the arenas'
    size, of which `used` is in use and `free` is free pages between live blocks (a trim's to
    hand back). A report's: the census names the surfaces, sounds and arrays; these say how much
    of the resident size is the heap around them."""
    libc = _libc()
    info = getattr(libc, "mallinfo2", None) if libc is not None else None
    if info is None:
        return {}
    info.restype = _MallInfo2
    m = info()
    return {"mapped": m.hblkhd, "heap": m.arena, "used": m.uordblks, "free": m.fordblks}


def trim_heap() -> None:
    """Return the heap's free memory to the system (glibc; elsewhere nothing)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


# ----------------------------------------------------------------------------- back to the title

"""When the game comes back to the title (a kiosk's idle reset, the end of the story) the
caches still hold the story's close shots: figure rasters and turns at every zoom, props at
other scales, the inserts, the effects' sprites of other scales, the pen's writers, text
runs, decoded SVGs. The title needs only what its own frame draws. Each cache says so
itself through two methods (`Cache`: `memory_bytes()`, `release()`, and for a keyed cache
`watch()`), and is found under the context by them (`caches`), never by its fields' names.
`watch(ctx)` is called just before the title's first frame is drawn (under the fade's opaque
veil): each keyed cache notes from then on the keys asked for (`noting`); `release(ctx,
watched)` after that frame has each cache keep exactly those (`kept`) and let go of the rest,
and the others let go of what the title never draws (inserts, the pen's writers, the effects'
other scales, the camera's buffers, sounds no slot plays); then `gc.collect()` and
`trim_heap()` hand the pages back. Called by `App.tick`; nothing drawn changes, as every
kept entry is the one the title used.
"""


class _Noting(OrderedDict):  # type: ignore[type-arg]
    """An OrderedDict that notes every key asked for or stored (for one frame)."""

    def __init__(self, *args: object) -> None:
        self.asked: set[object] = set()
        self.kind: type = type(args[0]) if args and isinstance(args[0], dict) else OrderedDict
        super().__init__(*args)
        self.asked.clear()  # (the copy's own stores are not asks)

    def __getitem__(self, key: object) -> object:
        self.asked.add(key)
        return super().__getitem__(key)

    def get(self, key: object, default: object = None) -> object:
        self.asked.add(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self.asked.add(key)
        return super().__contains__(key)

    def __setitem__(self, key: object, value: object) -> None:
        self.asked.add(key)
        super().__setitem__(key, value)

    def move_to_end(self, key: object, last: bool = True) -> None:
        self.asked.add(key)
        super().move_to_end(key, last)

    def pop(self, key: object, *default: object) -> object:
        self.asked.add(key)
        return super().pop(key, *default)

    def setdefault(self, key: object, default: object = None) -> object:
        self.asked.add(key)
        return super().setdefault(key, default)


def noting(d: D) -> D:
    """`d` as a dict that notes the keys asked for (a cache's `watch` puts it in its own place);
    one that notes already starts noting afresh (the governor and the title both watch)."""
    if isinstance(d, _Noting):
        d.asked.clear()
        return d
    return cast(D, _Noting(d))


def kept(d: D, size: Callable[[Any], int] | None = None) -> tuple[D, int]:
    """What a cache keeps at its `release`: of `d`, the entries asked for since `noting` (none if
    it was not watched), as a dict of d's own kind again, and their bytes by `size`."""
    asked = d.asked if isinstance(d, _Noting) else set()
    kind = d.kind if isinstance(d, _Noting) else type(d)
    out = kind((k, v) for k, v in d.items() if k in asked)
    return cast(D, out), (sum(size(v) for v in out.values()) if size is not None else 0)


def surface_size(s: pygame.Surface) -> int:
    """A surface's pixel bytes (pitch x height), as the census counts them."""
    return int(s.get_pitch() * s.get_height())


def clear_for(memo: dict[Any, pygame.Surface], adding: int, most: int, budget: int) -> None:
    """Empty a small memo of surfaces that holds `most` entries already, or whose bytes and `adding`
    more would pass `budget` (kept whole or not at all: its entries are made again as asked)."""
    if len(memo) >= most or sum(map(surface_size, memo.values())) + adding > budget:
        memo.clear()


@runtime_checkable
class Cache(Protocol):
    """A cache that keeps pixels or samples (game.memory finds each one under the context by
    these methods, and calls no other of its names): its bytes now, and letting go of them.
    `release` keeps what is needed now and lets go of the rest: of a keyed cache with a
    `watch()` method, exactly the entries asked for since `watch` (none if not watched)."""

    def memory_bytes(self) -> int: ...

    def release(self) -> None: ...


CACHE_DEPTH = 6  # attribute steps under the context searched for caches


def caches(root: object) -> list[Cache]:
    """Every `Cache` reachable from `root` through attributes (and containers' values) within
    CACHE_DEPTH steps, each once, nearest first. Pixels and sounds are not walked into."""
    found: list[Cache] = []
    seen: set[int] = set()
    todo: deque[tuple[object, int]] = deque([(root, 0)])
    while todo:
        obj, depth = todo.popleft()
        if isinstance(obj, (*SKIP, pygame.Surface, pygame.mixer.Sound)) or id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, Cache) and not isinstance(obj, type):
            found.append(obj)
        if depth >= CACHE_DEPTH:
            continue
        if isinstance(obj, dict):
            values: Iterable[object] = list(obj.values())
        elif isinstance(obj, (list, tuple, set, frozenset, deque)):
            values = list(obj)
        else:
            d = getattr(obj, "__dict__", None)
            values = list(d.values()) if isinstance(d, dict) else []
        todo.extend((v, depth + 1) for v in values)
    return found


Watched = list[Cache]


def watch(ctx: object) -> Watched:
    """Note from now on which entries each keyed cache is asked for (call before the title's
    first draw); the caches, for `release`."""
    found = caches(ctx)
    for cache in found:
        start = getattr(cache, "watch", None)
        if callable(start):
            start()
    return found


def release(ctx: object, watched: Watched | None = None) -> None:
    """Let go of what the title does not draw: each cache's `release` (a watched keyed cache
    keeps the entries asked for since `watch`; one not watched lets go of all), then collect and
    trim the heap."""
    import gc

    for cache in (watched if watched is not None else caches(ctx)):
        cache.release()
    gc.collect()
    trim_heap()


# ----------------------------------------------------------------------------- a shot without the room

"""A shot that draws no room (an insert, the notebook's page) held the room shot's art before it
(figure rasters and turns, props, tile backgrounds, the light map's buffers, the effects' sprites)
until the governor's second look let it go, 2 to 4 s into the shot, while the shot's own art (the
insert's rasters, the page) was being made: the moments of a whole story that held most. At the
first frame of such a line the story scene has the room's keyed caches note what that frame draws
(`watch_shot`: the page's backdrop draws the room's strip once a line; an insert draws none of it)
and keep only that once it is drawn (`keep_drawn`). What is held apart for a cut to come stays (an
insert made ahead, the next cut's turns and props, the effects' scale made ahead); the next room
shot is made ahead during this line, as it was (game/scenes/ahead.py: with the room not on screen,
every part of it). Nothing drawn changes: what goes is made again from its key, the same pixels."""

class CacheIndex(list):  # type: ignore[type-arg]
    """A list of caches found under a root: an index (`census` names each by its owner's path)."""


_UNDER: dict[int, tuple[weakref.ref[object], CacheIndex]] = {}  # id(root) -> (root, its index) (the
# context is a dataclass, not hashable: keyed by id, the entry dropped as its root dies)


def caches_under(root: object) -> list[Cache]:
    """`caches(root)`, walked once while `root` lives (the governor's first look makes it, at the
    title: the renderer's walk is a tenth of a second, not for a story's frame)."""
    key = id(root)
    got = _UNDER.get(key)
    if got is None or got[0]() is not root:
        index = CacheIndex(caches(root))

        def gone(_ref: weakref.ref[object], under: dict[int, Any] = _UNDER) -> None:  # (bound: at exit too)
            under.pop(key, None)

        _UNDER[key] = (weakref.ref(root, gone), index)
        return index
    return got[1]


def watch_shot(root: object) -> Watched:
    """Have the keyed caches under `root` (the room's renderer) note from now on what is drawn
    (before the first frame of a shot that draws no room); for `keep_drawn`."""
    found = [c for c in caches_under(root) if _watcher(c) is not None]
    for start in filter(None, map(_watcher, found)):
        start()
    return found


def keep_drawn(watched: Watched) -> None:
    """After that frame: each keeps what it drew (and what it holds apart for a cut to come), the
    rest goes (3-5 ms at 1080p). A pixel buffer has its own mapping (`tune_heap`), unmapped as it
    is freed; the small blocks' pages go back at the governor's next look (its trim, ~2 ms more)."""
    for cache in watched:
        cache.release()


# ----------------------------------------------------------------------------- one total for all caches
GOVERN_SCREENS = 8.0  # all caches together, in screens of the window (1080p: 63 MiB) ...
GOVERN_FIXED = 32 * MiB  # ... and a fixed part (a small kiosk window still draws the same parts)


def total_budget(size: tuple[int, int]) -> int:
    """Bytes all caches may hold together at a window of `size` (1080p: 95 MiB)."""
    return int(GOVERN_SCREENS * size[0] * size[1] * 4) + GOVERN_FIXED


def held(root: object) -> int:
    """Bytes all caches under `root` hold now (their `memory_bytes()`: ~0.2 ms at 1080p; the walk that
    finds them once, `caches_under`)."""
    return sum(c.memory_bytes() for c in caches_under(root))


def _watcher(cache: object) -> Callable[[], None] | None:
    """A keyed cache's `watch` (None for one without)."""
    start = getattr(cache, "watch", None)
    return start if callable(start) else None


TRIM_EACH_FRAME = True
"""A kiosk's heap is trimmed after every frame, not only at a look (every 2 s; a player's game only at
its looks: `Governor(trim_each_frame=False)`, see MMAP_THRESHOLD for what the trims cost): what a frame frees under the
mmap threshold (numpy scratch, crops, a cut's small rasters and glyphs: 6-15 MiB in a cut's frame at 1080p)
stayed resident between looks, under the next frame's transients, so the high-water mark stood on it. A
kiosk's 2 simulated hours at 1080p (tools/kiosk/soak.py --hours 2 --start-hour 10 --census 5): peak
389.0 -> 376.8 MB, max RSS 459.4 -> 407.3. What it costs: trimmed each frame, little is free (lines 14-16
at 1080p, 60 fps: a trim 0.06 ms p50, 0.30 p90, 1.5 max, ~0.13 ms a frame on average); the whole frame's
main-thread CPU, alternating runs, mean 19.9 / 19.2 ms without, 20.7 / 19.1 with (noise), the pages a
frame uses again faulted back in included."""


class Governor:
    """Keeps the caches under `ctx` within one total (call `frame` once a frame). Their own budgets,
    set one at a time, add up to far more than a kiosk's share at 1080p: every EVERY frames, or
    every LOOK_S seconds once MIN_FRAMES have been drawn (a slow machine draws 2 to 5 frames a
    second: 120 frames were a minute there, and the caches grew to their own budgets' sum in
    between), it adds up their `memory_bytes()`; over the total, the keyed caches (with `watch`)
    keep only what was asked for since its last look, the largest first, until within it; then
    the caches whose `release` keeps what is drawn now (`SPARE`: the effects' other scales).
    Then it watches again.

    At every look it also trims the heap (`trim_heap`), over the total or not, and between looks at
    every frame (TRIM_EACH_FRAME): the buffers under the mmap threshold a frame frees (numpy scratch,
    stamps, glyphs, crops) leave 5 to 17 MiB of free pages between live blocks every 40 frames at
    1080p, which only a trim hands back and which added to whatever the caches held at a kiosk's
    worst moment (a trim at a look: ~1.1 ms of CPU, at most 2.3; at every frame ~0.13)."""

    EVERY = 120  # frames between two looks: an entry not asked for in that long may go ...
    LOOK_S = 2.0  # ... or seconds (what 120 frames are at 60 fps) ...
    MIN_FRAMES = 4  # ... once this many frames have drawn what they need since the last look

    def __init__(self, total: Budget = total_budget, clock: Callable[[], float] = time.monotonic,
                 trim_each_frame: bool | None = None) -> None:
        self.total = total
        self.clock = clock
        # (a kiosk's heap every frame, a player's at its looks only: the process's, `tune_heap`, unless given)
        self.trim_each_frame = TRIM_EACH_FRAME and _tight if trim_each_frame is None else trim_each_frame
        self._found: list[Cache] | None = None
        self._root = 0
        self._frames = 0
        self._looked = clock()
        self.released = 0  # bytes let go of so far (for a report)
        self.held = 0  # the caches' bytes at the last look, after it

    def frame(self, ctx: object, size: tuple[int, int]) -> None:
        """Once a frame: a look when it is due (`check`, which trims), else a trim of its own (`trim_each_frame`)."""
        self._frames += 1
        if self._frames >= self.EVERY or (self._frames >= self.MIN_FRAMES and self.clock() - self._looked >= self.LOOK_S):
            self.check(ctx, size)
        elif self.trim_each_frame:
            trim_heap()

    def found(self, ctx: object) -> list[Cache]:
        """The caches under `ctx` (searched once per context: the walk takes ~0.3 s)."""
        if self._found is None or self._root != id(ctx):
            self._found, self._root = list(caches_under(ctx)), id(ctx)
            renderer = getattr(ctx, "renderer", None)
            if renderer is not None:  # (walked here, at the title, for `watch_shot` in the story)
                caches_under(renderer)
            for start in filter(None, map(_watcher, self._found)):  # the first window starts now
                start()
        return self._found

    def check(self, ctx: object, size: tuple[int, int]) -> int:
        """Bring the caches within the total if they are over it; their bytes after."""
        found = self.found(ctx)
        held = {id(c): c.memory_bytes() for c in found}
        total, budget = sum(held.values()), self.total(size)
        keyed = [c for c in found if _watcher(c) is not None]
        if total > budget:
            spare = [c for c in found if getattr(c, "SPARE", False)]
            for cache in [*sorted(keyed, key=lambda c: -held[id(c)]), *sorted(spare, key=lambda c: -held[id(c)])]:
                if total <= budget:
                    break
                cache.release()
                now = cache.memory_bytes()
                total -= held[id(cache)] - now
                self.released += held[id(cache)] - now
        trim_heap()  # at every look, over the total or not (the class's docstring)
        for start in filter(None, map(_watcher, keyed)):
            start()
        self.held = total
        self._frames, self._looked = 0, self.clock()
        return total
