"""The C heap, tuned so freed pixels go back to the system: `tune_heap` once at start-up.

Nearly all of the game's memory is pixel buffers (SDL surfaces) and decoded sound, made
and freed by C's malloc, not Python's. glibc's malloc serves a block above its mmap
threshold (128 KiB) with its own mapping, returned to the system on free; but the first
time such a block is freed it raises the threshold to that block's size (up to 32 MiB),
so from then on every surface of up to a full-screen layer comes from the main heap,
where freed space between live blocks stays resident. Over a kiosk's week of shot changes
and rasters let go by the caches, that fragmentation was ~30 MB of the resident size at
480x270 and grew with every reset. Fixing the threshold (setting it at all switches the
dynamic rule off) keeps each large buffer in its own mapping; limiting the arenas to two
keeps the sound decoder's thread from growing a heap of its own. `trim_heap` hands back
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
import types
from collections import OrderedDict, defaultdict, deque
from collections.abc import Callable, Iterable

import pygame

M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
MMAP_THRESHOLD = 128 * 1024  # glibc's own default, held fixed
ARENAS = 2


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


def tune_heap() -> bool:
    """Fix malloc's mmap threshold and arena count (glibc); True if both took."""
    libc = _libc()
    if libc is None:
        return False
    ok = libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    return bool(libc.mallopt(M_ARENA_MAX, ARENAS) == 1 and ok)


def trim_heap() -> None:
    """Return the heap's free memory to the system (glibc; elsewhere nothing)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


# ----------------------------------------------------------------------------- what holds the pixels

"""Where the bytes are: `census(roots)` walks the object graph breadth-first from the given
roots (the context, the app, the game's modules) and sums every SDL surface's pixel bytes
(pitch x height; a subsurface shares its parent's pixels and counts 0) and every decoded
sound's, by the attribute path that first reaches it (`ctx.renderer.layers.props._scales`).
tracemalloc does not see these: they are C allocations. `report(roots)` puts each holder
beside its byte budget (BUDGETS); `python -m game --memory-report` prints it after a run.
"""


MiB = 2**20
PATH_DEPTH = 4  # holders are named by at most this many attribute steps after a root's name

# Every cache that keeps pixels or samples, by the path the census names it by, and its budget in
# bytes (a function of the window size: some budgets are in screens' worth). The test
# (tests/perf/test_memory_budgets.py) plays a span of the story and fails if a holder of more than
# FREE_BYTES is not here (a cache with no budget) or holds more than its budget.
Budget = Callable[[tuple[int, int]], int]


def _screens(n: float) -> Budget:
    return lambda size: int(n * size[0] * size[1] * 4)


def _fixed(b: int) -> Budget:
    return lambda size: b


MOVE_CANVAS = 1.6  # a camera move's canvas, in screens (the move's largest scale over its box, padded)
FREE_BYTES = 1 * MiB  # a holder this small needs no budget of its own (a clock face, a tile sheet)


def budgets() -> dict[str, Budget]:
    """Holder path -> budget. Read from the caches' own constants, so a cut there shows here."""
    from game.art.figure_raster import PartRasters
    from game.art.inserts import Inserts
    from game.art.props import PROP_BUDGET
    from game.art.svg import SvgCache
    from game.text.fonts import RUNS_BUDGET

    out: dict[str, Budget] = {
        # MEM's caches
        "ctx.renderer.layers.figures.rasters": _fixed(PartRasters.RASTER_BUDGET + PartRasters.ROT_BUDGET),
        "ctx.renderer.layers.props._scales": _fixed(PROP_BUDGET),
        # (an insert in a camera move is drawn on the move's padded canvas: up to MOVE_CANVAS screens)
        "ctx.renderer.layers.inserts._rasters": _screens(Inserts.RASTER_SCREENS * MOVE_CANVAS),
        "ctx.renderer.layers.inserts._turned": _screens(Inserts.TURNED_SCREENS * MOVE_CANVAS),
        "ctx.renderer.layers.inserts._light": _screens(Inserts.LIGHT_MAPS * MOVE_CANVAS),
        "ctx.fonts._runs[]": _fixed(RUNS_BUDGET),
        "ctx.svg._memory[]": _fixed(SvgCache.MEMORY_BUDGET),
        # frame buffers, reused frame to frame: the window, the scene's backdrop and table, the camera's
        # moving frame (a little more than a screen: padded at the move's largest scale) and its row
        "app.window": _screens(1),
        "scene._backdrop": _screens(1),
        "scene._table": _screens(1),
        "scene.narration._band": _screens(0.25),
        "ctx.renderer._frozen": _screens(1),
        "ctx.renderer._scratch": _screens(1),
        "ctx.renderer.moves._big": _screens(MOVE_CANVAS),
        "ctx.renderer.moves._row": _screens(1.05),
        "ctx.renderer.moves._bg": _screens(MOVE_CANVAS),
        # the notebook close-up (the pen's): its paper, leather, page canvases and nib stamps
        "scene.notebook._paper": _screens(1),
        "scene.notebook._leather": _screens(1),
        "scene.notebook._canvas": _screens(3),
        "scene.notebook._stamps": _fixed(8 * MiB),
        "ctx.books.cache": _screens(4),
        "scene.notebook._cache": _screens(4),  # the same books' cache, reached from the scene
        # the room's tile art: sheets and the tiles cut from them (a few MB at any size)
        "ctx.renderer.tiles": _fixed(4 * MiB),
    }
    out.update(_other_budgets())
    return out


def _other_budgets() -> dict[str, Budget]:
    """Other owners' caches (effects, the room's backgrounds), from their constants."""
    out: dict[str, Budget] = {}
    try:
        from game.room import render

        out["ctx.renderer._bg_cache"] = _screens(render.BG_KEPT)
    except (ImportError, AttributeError):
        pass
    try:
        from game.fx import lighting, occlusion, shadows

        out["ctx.renderer.layers.fx.light_map"] = _fixed(lighting.FALLOFF_BUDGET + lighting.TINT_BUDGET
                                                         + getattr(lighting, "MAP_BYTES", 0))
        out["ctx.renderer.layers.fx.occluders"] = _fixed(occlusion.HIDDEN_BUDGET + getattr(occlusion, "CROP_BUDGET", 0))
        out["ctx.renderer.layers.fx.shadows"] = _fixed(shadows.BUDGET)
    except (ImportError, AttributeError):
        pass
    try:
        from game.fx import sprites

        name = "SPRITE_BUDGET"  # (not there until the effects' sprites have a budget)
        out["ctx.renderer.layers.fx"] = _fixed(int(getattr(sprites, name)))  # the other effects' sprites
    except (ImportError, AttributeError):
        pass
    return out


SKIP = (str, bytes, bytearray, int, float, complex, bool, type(None), types.ModuleType, type,
        types.FunctionType, types.BuiltinFunctionType, range)


def surface_bytes(s: object) -> int:
    if not isinstance(s, pygame.Surface):
        return 0
    try:
        return 0 if s.get_parent() is not None else s.get_pitch() * s.get_height()
    except pygame.error:
        return 0


def sound_bytes(s: object) -> int:
    if not isinstance(s, pygame.mixer.Sound):
        return 0
    freq, size, channels = pygame.mixer.get_init() or (44100, -16, 2)
    return int(s.get_length() * freq * (abs(size) // 8) * channels)


def _children(path: str, obj: object) -> Iterable[tuple[str, object]]:
    deep = path.count(".") >= PATH_DEPTH
    if isinstance(obj, dict):
        for k, v in list(obj.items()):
            yield (path if deep else path + "[]"), v
            yield path + "[k]", k
    elif isinstance(obj, (list, tuple, set, frozenset, deque)):
        for v in list(obj):
            yield (path if deep else path + "[]"), v
    elif isinstance(obj, types.MethodType):
        yield path, obj.__self__
    else:
        attrs: dict[str, object] = {}
        d = getattr(obj, "__dict__", None)
        if isinstance(d, dict):
            attrs.update(d)
        for slot in getattr(type(obj), "__slots__", ()) or ():
            if isinstance(slot, str) and hasattr(obj, slot):
                attrs[slot] = getattr(obj, slot)
        for k, v in attrs.items():
            yield (path if deep else f"{path}.{k}"), v


def census(roots: dict[str, object]) -> dict[str, tuple[int, int]]:
    """Holder path -> (bytes, count) of the surfaces and sounds reachable from `roots`, each
    counted once, under the shortest path that reaches it."""
    seen: set[int] = set()
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    todo: deque[tuple[str, object]] = deque(roots.items())
    while todo:
        path, obj = todo.popleft()
        if isinstance(obj, SKIP) or id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, pygame.Surface):
            out[path][0] += surface_bytes(obj)
            out[path][1] += 1
        elif isinstance(obj, pygame.mixer.Sound):
            out[path][0] += sound_bytes(obj)
            out[path][1] += 1
        else:
            todo.extend(_children(path, obj))
    return {k: (v[0], v[1]) for k, v in out.items() if v[0] > 0}


def game_roots(ctx: object, app: object | None = None, scene: object | None = None) -> dict[str, object]:
    """The roots a census of the running game starts from: the scene on top (named `scene`),
    the context, the app, the game's modules."""
    roots: dict[str, object] = {}
    if scene is None and app is not None:
        scene = getattr(getattr(app, "stack", None), "top", None)
    if scene is not None:
        roots["scene"] = scene
    roots["ctx"] = ctx
    if app is not None:
        roots["app"] = app
    for name, mod in list(sys.modules.items()):
        if name == "game" or name.startswith("game."):
            roots[name] = dict(vars(mod))
    return roots


def budget_for(path: str, table: dict[str, Budget]) -> Budget | None:
    """The budget of the holder at `path` (the longest budgeted path it lies under)."""
    best: tuple[str, Budget] | None = None
    for key, b in table.items():
        under = path == key or path.startswith(key + ".") or path.startswith(key + "[")
        if under and (best is None or len(key) > len(best[0])):
            best = (key, b)
    return best[1] if best else None


def report(held: dict[str, tuple[int, int]], size: tuple[int, int], limit: int = 40) -> str:
    """A table of the holders, largest first: MiB, count, budget in MiB ('-' if none), path."""
    table = budgets()
    rows = sorted(held.items(), key=lambda kv: -kv[1][0])
    total = sum(b for b, _ in held.values())
    lines = [f"surfaces and sounds held: {total / MiB:.1f} MiB in {len(held)} holders"]
    for path, (b, n) in rows[:limit]:
        bud = budget_for(path, table)
        lines.append(f"{b / MiB:8.1f} MiB {n:6d}  budget {('%.1f' % (bud(size) / MiB)) if bud else '-':>6s}  {path}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- back to the title

"""When the game comes back to the title (a kiosk's idle reset, the end of the story) the
caches still hold the story's close shots: figure rasters and turns at every zoom, props at
other scales, the inserts, the effects' sprites of other scales, the pen's writers, text
runs, decoded SVGs. The title needs only what its own frame draws. `watch(ctx)` is called
just before the title's first frame is drawn (under the fade's opaque veil): it swaps each
LRU cache for one that notes the keys asked for; `trim(ctx, watched)` after that frame keeps
exactly those and lets go of the rest (so the title's frames cost what they did), lets go of
what the title never draws (inserts, the pen's writers, the effects' other scales), then
`gc.collect()` and `trim_heap()` hand the pages back. Called by `App.tick`; nothing drawn
changes, as every kept entry is the one the title used.
"""


class _Noting(OrderedDict):  # type: ignore[type-arg]
    """An OrderedDict that notes every key asked for or stored (for one frame)."""

    def __init__(self, *args: object) -> None:
        self.asked: set[object] = set()
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


def _w_h_4(s: object) -> int:
    return int(s.get_width() * s.get_height() * 4) if isinstance(s, pygame.Surface) else 0


def _run(s: object) -> int:
    return int(s.get_width() * s.get_height() * s.get_bytesize()) if isinstance(s, pygame.Surface) else 0


def _pitch_h(s: object) -> int:
    return int(s.get_pitch() * s.get_height()) if isinstance(s, pygame.Surface) else 0


def _first_pitch_h(v: object) -> int:
    return _pitch_h(v[0]) if isinstance(v, tuple) and v else 0


# (owner, dict attribute, byte-count attribute or "", bytes of one value): each cache as its own code counts it
_Cache = tuple[object, str, str, Callable[[object], int]]


def _lru_caches(ctx: object) -> list[_Cache]:
    layers = getattr(getattr(ctx, "renderer", None), "layers", None)
    rasters = getattr(getattr(layers, "figures", None), "rasters", None)
    out: list[_Cache] = [
        (rasters, "_raster", "_raster_bytes", _w_h_4),
        (rasters, "_rot", "_rot_bytes", lambda v: _w_h_4(v[0]) if isinstance(v, tuple) else 0),
        (getattr(ctx, "fonts", None), "_runs", "_run_bytes", _run),
        (getattr(ctx, "svg", None), "_memory", "_bytes", _w_h_4),
        (getattr(layers, "props", None), "_scales", "_bytes",
         lambda v: sum(_pitch_h(s) for s in v.values()) if isinstance(v, dict) else 0),
        # other owners' keyed caches (read only through their get/pop/in: a key let go is made again)
        (getattr(getattr(layers, "fx", None), "light_map", None), "_falloff", "_falloff_bytes", _first_pitch_h),
        (getattr(getattr(layers, "fx", None), "light_map", None), "_tints", "_tint_bytes", _first_pitch_h),
        (getattr(ctx, "renderer", None), "_bg_cache", "", _pitch_h),
        (getattr(getattr(ctx, "renderer", None), "moves", None), "_bg", "", _pitch_h),
    ]
    return [c for c in out if c[0] is not None and isinstance(getattr(c[0], c[1], None), dict)]


Watched = list[tuple[_Cache, dict[object, object]]]


def watch(ctx: object) -> Watched:
    """Note from now on which entries each LRU cache is asked for (call before the title's first draw)."""
    watched: Watched = []
    for cache in _lru_caches(ctx):
        owner, attr = cache[0], cache[1]
        old = getattr(owner, attr)
        setattr(owner, attr, _Noting(old))
        watched.append((cache, old))
    return watched


def _per_scale(fx: object) -> list[object]:
    """The effects' PerScale art holders (at most two attribute steps down from the fx layer)."""
    found: list[object] = []
    seen: set[int] = set()
    todo: list[tuple[object, int]] = [(fx, 0)]
    while todo:
        obj, depth = todo.pop()
        if id(obj) in seen or isinstance(obj, SKIP):
            continue
        seen.add(id(obj))
        if hasattr(obj, "_by") and hasattr(obj, "_drawn"):
            found.append(obj)
            continue
        if depth < 2 and hasattr(obj, "__dict__"):
            todo.extend((v, depth + 1) for v in vars(obj).values())
    return found


def release(ctx: object, watched: Watched | None = None) -> None:
    """Let go of what the title does not draw: of each LRU cache, all but the entries asked for
    since `watch` (all of them without `watched`); the inserts; the effects' art of scales not
    drawn; the pen's writers (made again by the next notebook); then collect and trim the heap."""
    import gc

    for (owner, attr, count, size), old in (watched or [(c, getattr(c[0], c[1])) for c in _lru_caches(ctx)]):
        now = getattr(owner, attr)
        asked = now.asked if isinstance(now, _Noting) else set()
        kept = type(old)((k, v) for k, v in now.items() if k in asked)
        if attr == "_rot":  # the figure turns' per-part index follows the kept turns
            turns = getattr(owner, "_turns", None)
            if isinstance(turns, dict):
                for part in list(turns):
                    for k in [k for k in turns[part] if k not in kept]:
                        del turns[part][k]
                    if not turns[part]:
                        del turns[part]
        setattr(owner, attr, kept)
        if count:
            setattr(owner, count, sum(size(v) for v in kept.values()))
    layers = getattr(getattr(ctx, "renderer", None), "layers", None)
    inserts = getattr(layers, "inserts", None)
    if inserts is not None and callable(getattr(inserts, "release", None)):
        inserts.release()
    fx = getattr(layers, "fx", None)
    if fx is not None:
        for per in _per_scale(fx):
            by, drawn = vars(per).get("_by"), vars(per).get("_drawn")
            if isinstance(by, dict):
                for k in [k for k in by if k != drawn]:
                    del by[k]
    moves = getattr(getattr(ctx, "renderer", None), "moves", None)
    for buffer in ("_big", "_row"):  # the camera move's frame buffers: made again (a fill) by the next move
        if isinstance(getattr(moves, buffer, None), pygame.Surface):
            setattr(moves, buffer, None)
    writers = getattr(getattr(getattr(ctx, "books", None), "cache", None), "writers", None)
    if isinstance(writers, dict):
        writers.clear()
    _release_sounds(ctx)
    gc.collect()
    trim_heap()


def _release_sounds(ctx: object) -> None:
    """Decoded long sounds no slot plays let go of (the bank decodes them again when asked)."""
    mixer = getattr(getattr(ctx, "sound", None), "audio", None)
    bank = getattr(mixer, "bank", None)
    in_use = getattr(mixer, "_in_use", None)
    if bank is None or not callable(in_use) or not callable(getattr(bank, "keep", None)):
        return
    budget = getattr(bank, "budget", None)
    try:
        bank.budget = 0
        bank.keep(in_use())
    finally:
        if budget is not None:
            bank.budget = budget
