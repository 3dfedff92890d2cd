"""Where the bytes are: `census(roots)` walks the object graph breadth-first from the given
roots (the context, the app, the game's modules) and sums every SDL surface's pixel bytes
(pitch x height; a subsurface shares its parent's pixels and counts 0) and every decoded
sound's, by the attribute path that first reaches it (`ctx.renderer.layers.props._scales`).
tracemalloc does not see these: they are C allocations. `report(roots)` puts each holder
beside its byte budget (BUDGETS); `python -m game --memory-report` prints it after a run.
(Split from game/memory.py, which re-exports these names, unchanged: MEM3.)
"""

from __future__ import annotations

import os
import pickle
import sys
import types
from collections import defaultdict, deque
from collections.abc import Callable, Iterable

import pygame

MiB = 2**20
PATH_DEPTH = 4  # holders are named by at most this many attribute steps after a root's name

# Every cache that keeps pixels or samples, by the path the census names it by, and its budget in
# bytes (a function of the window size: some budgets are in screens' worth). The test
# (tests/perf/test_memory_budgets.py) plays a span of the story and fails if a holder of more than
# FREE_BYTES is not here (a cache with no budget) or holds more than its budget.
Budget = Callable[[tuple[int, int]], int]


def _screens(n: float) -> Budget:
    return lambda size: int(n * size[0] * size[1] * 4)


def _figure_turns(size: tuple[int, int], n: float) -> int:
    """`n` of the figures' turn budget (PartRasters.ROT_BUDGET, 1080p's), for a window of `size`:
    a shot's parts cover as much of any window, so their turns' bytes go with its area (at 960x540
    they are a quarter of 1080p's: 1080p's bytes there let a fourfold regression by)."""
    from game.art.figure_raster import PartRasters

    return int(n * PartRasters.ROT_BUDGET * min(1.0, size[0] * size[1] / (1920 * 1080)))


def _fixed(b: int) -> Budget:
    return lambda size: b


ARRAYS = " (numpy)"  # the suffix of a holder's numpy arrays in a census with `arrays` ...
BYTES = " (bytes)"  # ... and of its large bytes objects (64 KiB and more)
MOVE_CANVAS = 1.6  # a camera move's canvas, in screens (the move's largest scale over its box, padded)
FREE_BYTES = 1 * MiB  # a holder this small needs no budget of its own (a clock face, a tile sheet)


def budgets() -> dict[str, Budget]:
    """Holder path -> budget. Read from the caches' own constants, so a cut there shows here."""
    from game.art.figure_raster import PartRasters
    from game.art.insert_turns import AHEAD_OVER
    from game.art.inserts import Inserts
    from game.art.props import AHEAD_BUDGET, PROP_BUDGET
    from game.art.svg import SvgCache
    from game.audio.bank import DECODED_BUDGET, SHORT_BUDGET, STREAM_BUDGET
    from game.camera import ROW_BAND
    from game.fx import map_cover
    from game.pen.ink import STAMP_SCREENS
    from game.room import layers
    from game.room.ahead_turns import AHEAD_SHARE
    from game.text.fonts import RUNS_BUDGET

    out: dict[str, Budget] = {
        # MEM's caches
        # (the zoom rasters in screens of the surface drawn on: a camera move's canvas is up to MOVE_CANVAS;
        # the turns' budget is 1080p's, a shot's turns as many screens at any window: FIG; 1.0 -> 0.5 of it once
        # no part wholly off the canvas was turned, for the art or the rim: line 17's push 28.4 -> 20.1 MiB of turns)
        "ctx.renderer.layers.figures.rasters": lambda size: _figure_turns(size, 0.75) + max(
            PartRasters.RASTER_FLOOR, int(PartRasters.RASTER_SCREENS * MOVE_CANVAS * size[0] * size[1] * 4)),
        # the next cut's figure turns made ahead (game/room/ahead_turns.py, up to AHEAD_SHARE turn budgets)
        "ctx.renderer.turns_ahead": lambda size: _figure_turns(size, AHEAD_SHARE),
        "ctx.renderer.layers.props._scales": _fixed(PROP_BUDGET),
        "ctx.renderer.layers.props._ahead": _fixed(AHEAD_BUDGET),  # the next shot's held apart (game/art/props.py)
        # the clock's own rasters, two scales (game/art/clock.py): its close shot's case and glass made ahead
        # beside the shot's (line 52 at 1080p: 11.4 MiB, 1.44 screens)
        "ctx.renderer.layers.props.clock": _screens(1.5),
        # (an insert in a camera move is drawn on the move's padded canvas: up to MOVE_CANVAS screens)
        "ctx.renderer.layers.inserts._rasters": _screens(Inserts.RASTER_SCREENS * MOVE_CANVAS),
        # (with the turns of the next frames made on the loader, up to AHEAD_OVER budgets: game/art/insert_turns.py)
        "ctx.renderer.layers.inserts._turned": _screens(Inserts.TURNED_SCREENS * AHEAD_OVER * MOVE_CANVAS),
        "ctx.renderer.layers.inserts._jobs": _screens(Inserts.TURNED_SCREENS * (AHEAD_OVER - 1.0) * MOVE_CANVAS),
        "ctx.renderer.layers.inserts._light": _screens(Inserts.LIGHT_MAPS * MOVE_CANVAS),
        "ctx.renderer.layers.inserts._loading": _screens(Inserts.LOADING_SCREENS * MOVE_CANVAS),  # (a read ahead)
        "ctx.fonts._runs[]": _fixed(RUNS_BUDGET),
        "ctx.svg._memory[]": _fixed(SvgCache.MEMORY_BUDGET),
        # frame buffers, reused frame to frame: the window, the scene's backdrop (the table in it) and the
        # table's rows over the room strip, the camera's moving frame (a little more than a screen: padded
        # at the move's largest scale; the cut's passes are made in it) and the cut's row blended across
        "app.window": _screens(1),
        "scene._backdrop": _screens(1),
        "scene._table": _screens(0.15),
        "scene.narration._band": _screens(0.25),
        "scene.narration._fade": _screens(0.08),  # (its fading end: BAND_FADE of 1920 wide, the band's height)
        "ctx.renderer._frozen": _screens(1),
        "ctx.renderer._scratch": _screens(1),
        "ctx.renderer.moves._big": _screens(MOVE_CANVAS),
        # the cut's rows blended across, a band at a time (its passes: in place, MEMB; game/camera.py ROW_BAND)
        "ctx.renderer.moves._passes": lambda size: 4 * size[0] * (ROW_BAND + 1),
        "ctx.renderer.moves._holes": _fixed(0),  # (the back plate's own pixels: subsurfaces, no bytes of their own)
        # the move's tile background (its back plate: the move's box at its largest scale, unpadded) and the
        # settled framing's made ahead for the frame it settles in (a screen): 17.5 MiB at the 1080p soak's day peak
        "ctx.renderer.moves._bg": _screens(MOVE_CANVAS + 1),
        # the notebook close-up (the pen's): its paper, leather, page canvases and nib stamps
        # (its paper and leather while shown; the page canvas: ink and page, the stroke layer only the
        # line's rows, and while not shown only the ink's written box)
        "scene.notebook._art_held": _screens(2),
        "scene.notebook._canvas": _screens(2.25),
        # a page turn: the turned spread and its ink until its first frame, then the leaves alone (MEM2)
        "scene.notebook._turn": _screens(1.4),
        "scene.notebook._stamps": lambda size: max(FREE_BYTES, _screens(STAMP_SCREENS)(size)),  # (cropped: HEAP)
        "ctx.books.cache": _screens(4),
        "scene.notebook._cache": _screens(4),  # the same books' cache, reached from the scene
        # the room's tile art: sheets and the tiles cut from them (a few MB at any size)
        "ctx.renderer.tiles": _fixed(4 * MiB),
        # the same tile art reached through game/room/tiles.py's loaded maps (at most 4, shared by
        # contexts: another context built in the same process, as a test worker does, reaches it first)
        "game.room.tiles": _fixed(4 * MiB),
        # the decoded sounds: the long ones while a cue plays them (at most two themes crossfading, two rain
        # levels gliding and the fire, these mono and streamed), the short ones for the run (game/audio/bank.py)
        "ctx.sound.audio.bank._ready": _fixed(DECODED_BUDGET),
        "ctx.sound.audio._feeder": _fixed(STREAM_BUDGET),  # the streams' chunks, the loops mono if not cached (stream.py)
        "ctx.sound.audio._sounds": _fixed(SHORT_BUDGET),
        # the people's silhouettes as seen past the front props (RoomLayers.seen_people): one mask a
        # figure at the masks' resolution, replaced when the silhouettes are
        "ctx.renderer.layers._seen": _fixed(4 * MiB),
        # the front props at the masks' resolution, the figures' masks over the candles (game/room/layers.py)
        "ctx.renderer.layers._covers": _fixed(layers.COVERS_BUDGET),
        "ctx.renderer.layers._fine": _fixed(layers.FINE_BUDGET),
        "game.fx.map_cover": _fixed(map_cover.FRONT_BUDGET),  # the figures' coverage of the light map, the last few
    }
    out.update(_other_budgets())
    return out


def _other_budgets() -> dict[str, Budget]:
    """Other owners' caches (effects, the room's backgrounds), from their constants."""
    from game.fx import figure_light, light_bands, lighting, occlusion, shadows, sprites
    from game.room import render

    return {
        "ctx.renderer._bg_cache": _screens(render.BG_KEPT),  # (a plate's holes: its own pixels, no bytes of their own)
        # (its sprites, and its upscales: the map's and the golden haze's rows and what is laid over them,
        # no canvas but the map shown and its haze baked, a window each (KEEP_SHOWN; a move's up to MOVE_BAKE): stop 31)
        "ctx.renderer.layers.fx.light_map": lambda size: lighting.FALLOFF_BUDGET + lighting.TINT_BUDGET + _screens(
            lighting.FRAME_BUFFERS * MOVE_CANVAS)(size),
        # (the hidden copies: they hold their sprites and the casters' inverse crops by weak reference, the
        # crops kept in a weak dictionary within occlusion.CROP_BUDGET, so the census sees the copies alone)
        "ctx.renderer.layers.fx.occluders": _fixed(occlusion.HIDDEN_BUDGET),
        "ctx.renderer.layers.fx.shadows": _fixed(shadows.BUDGET),
        "ctx.renderer.layers.fx.cold_rim": _fixed(figure_light.RIM_BUDGET),
        # (the most held at 1080p: line 16's two close-ups' halos, trimmed of their black border, 15.6 MiB;
        # line 76's fire close-up 12.9, line 17 10.6: FX2, stop 31; the flames on the canvas alone, and
        # ahead those the flicker reaches: line 16 15.1 -> 10.8, line 76 12.4 -> 11.6, line 17 10.1 -> 9.0)
        "ctx.renderer.layers.fx.candles": _fixed(14 * MiB),
        # (the window's art at the scale drawn and the next shot's: line 16 17.9 -> 13.9 MiB at 1080p, line
        # 17 15.1 -> 10.0 with no exterior's buffer; line 82 8.7. Line 51's downpour at the window holds
        # more, its sheet and film the glass's whole height: 33.8 -> 26.6)
        "ctx.renderer.layers.fx.rain": _fixed(16 * MiB),
        "ctx.renderer.layers.fx": _fixed(sprites.SPRITE_BUDGET),  # the other effects' sprites
        # the light map's three shared scratch bands (the map's, a region's, a layer's), STRIP columns by the
        # upscale's height (a move's: 1.5 screens')
        "game.fx.light_bands": lambda size: 3 * light_bands.STRIP * int(size[1] * MOVE_CANVAS) * 4,
    }


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


def _thread_locals() -> list[tuple[str, object]]:
    """(thread:name.local, value) for each frame's locals of every thread but this one."""
    import threading

    names = {t.ident: t.name for t in threading.enumerate()}
    here = threading.get_ident()
    out: list[tuple[str, object]] = []
    for ident, frame in sys._current_frames().items():
        f: types.FrameType | None = None if ident == here else frame
        while f is not None:
            out.extend((f"thread:{names.get(ident, ident)}.{k}", v) for k, v in f.f_locals.items())
            f = f.f_back
    return out


def array_bytes(a: object) -> int:
    """A numpy array's own data bytes (0 for a view: its base is counted where it is reached)."""
    import numpy as np

    return int(a.nbytes) if isinstance(a, np.ndarray) and a.base is None else 0


def census(roots: dict[str, object], arrays: bool = False,
           threads: list[tuple[str, object]] | None = None) -> dict[str, tuple[int, int]]:
    """Holder path -> (bytes, count) of the surfaces and sounds reachable from `roots`, each
    counted once, under the shortest path that reaches it. `arrays`: numpy arrays too, under
    their path + ARRAYS (C allocations, as pixels are, that a cache may keep beside its
    surfaces) and bytes objects of 64 KiB and more under path + BYTES, what a suspended
    generator's frame holds (art made ahead in steps) under `path<name>.local`, and what the
    other threads' frames hold now (the loader's, the painter's work) under `thread:name.local`:
    a report's, so what the heap holds beyond the pixels has names."""
    import weakref

    import numpy as np

    from game.memory import CacheIndex, Governor

    index = (Governor, CacheIndex, weakref.WeakKeyDictionary)
    seen: set[int] = set()
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    todo: deque[tuple[str, object]] = deque(roots.items())
    if threads is None:  # (walked last: a cache a thread works on keeps its own path)
        threads = _thread_locals() if arrays else []
    while todo or threads:
        if not todo:
            todo.extend(threads)
            threads = []
        path, obj = todo.popleft()
        if arrays and isinstance(obj, (bytes, bytearray)) and len(obj) >= FREE_BYTES // 16 and id(obj) not in seen:
            seen.add(id(obj))  # a file read whole, pixels as bytes: a buffer as a surface is
            out[path + BYTES][0] += len(obj)
            out[path + BYTES][1] += 1
        if isinstance(obj, SKIP) or id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, index):  # an index of the caches: each is named by its owner's path
            continue
        if isinstance(obj, pygame.Surface):
            out[path][0] += surface_bytes(obj)
            out[path][1] += 1
        elif isinstance(obj, pygame.mixer.Sound):
            out[path][0] += sound_bytes(obj)
            out[path][1] += 1
        elif arrays and isinstance(obj, types.GeneratorType):  # a step made ahead, suspended: its locals
            frame = obj.gi_frame
            if frame is not None:
                todo.extend((f"{path}<{obj.__name__}>.{k}", v) for k, v in frame.f_locals.items())
        elif isinstance(obj, np.ndarray):
            if arrays:
                out[path + ARRAYS][0] += array_bytes(obj)
                out[path + ARRAYS][1] += 1
                if isinstance(obj.base, np.ndarray):  # a view: what it views is held through it
                    todo.append((path, obj.base))
        else:
            todo.extend(_children(path, obj))
    return {k: (v[0], v[1]) for k, v in out.items() if v[0] > 0}


def census_apart(roots: dict[str, object], arrays: bool = False) -> dict[str, tuple[int, int]]:
    """`census`, taken in a forked child where there is fork (POSIX), so that the walk leaves nothing in
    this process: it reads each instance's `__dict__` and each suspended frame's locals, which makes
    (and keeps, for the object's life) a dict for every object it passes, and those small dicts, made
    among the walk's own short-lived paths and tuples, keep Python's arenas under them resident. One
    census at 1080p left +8.8 MB resident; the kiosk soak's (`--census 5`, one each time RSS rose 5 MB)
    +21.6 MB by line 17 (4 simulated hours: max RSS 269.0 with them, 247.0 without), measured as the
    game's. The child sends the table back through a pipe and exits; the other threads' locals are read
    here first (a forked child has only this thread)."""
    if not hasattr(os, "fork"):
        return census(roots, arrays)
    threads = _thread_locals() if arrays else []
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the walk, the table down the pipe, and out without Python's or SDL's exit
        code = 1
        try:
            os.close(read)
            with os.fdopen(write, "wb") as out:
                pickle.dump(census(roots, arrays, threads), out)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as got:
        data = got.read()
    os.waitpid(pid, 0)
    return pickle.loads(data) if data else census(roots, arrays, threads)


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
