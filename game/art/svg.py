"""Rasterize SVG art at the exact pixel size it is shown, with an on-disk cache.

`pygame.image.load_sized_svg` (SDL_image >= 2.6) renders an SVG at a requested size,
so a close-up stays crisp instead of upscaling a 1080p bitmap. Rasterizing costs
milliseconds to tens of milliseconds, so results are cached twice: in memory for the
session, and as PNG files on disk keyed by (content hash, size), so the next start is
fast. Call it at load or shot-change time, never every frame.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from pathlib import Path

import pygame

from game import memory
from game.pngfile import decode_png_crop, encode_png
from game.safeio import write_atomic
from game.userdirs import cache_dir

log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    return cache_dir() / "svg"


class Looks:
    """A keyed cache's looks by the memory governor (game/memory.py), which watches each keyed cache
    again after every look (every 2 s): at a look with no release since the last, the cache lets go
    of what was not asked for since (`due`). The governor itself releases only while all caches
    together are over its total, the largest first; the art's caches held the shots before the
    last, and the room's art under a close shot, to their own budgets (~85-100 MiB at 1080p). What is
    made ahead for the next shot is asked for again every second until the cut (game/scenes/story.py
    PREPARE_AGAIN), so it stays."""

    def __init__(self) -> None:
        self._watched = False  # watched since the cache began (the first watch lets go of nothing)
        self._released = False  # released since the last watch (by the governor or the title)

    def due(self) -> bool:
        """Whether this watch should first let go of what was not asked for since the last."""
        return self._watched and not self._released

    def watched(self) -> None:
        self._watched, self._released = True, False

    def released(self) -> None:
        self._released = True


class SvgCache:
    """Rasterized SVGs by (path, size). One instance per process, passed down."""

    # Bytes kept in memory. Small: every caller keeps what it draws (props per scale, figure parts
    # as ARGB copies, inserts as cropped copies), so at 8 MB this held mostly duplicates (1080p)
    MEMORY_BUDGET = 3 * 1024 * 1024

    def __init__(self, cache_dir: Path | None = None, memory_budget: int = MEMORY_BUDGET) -> None:
        self.cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
        self.memory_budget = memory_budget  # bytes of rasters kept; least recently used go first
        self._memory: OrderedDict[tuple[str, int, int], pygame.Surface] = OrderedDict()
        self._bytes = 0
        self._hashes: dict[str, str] = {}
        self._look = Looks()  # the governor's looks: a raster not asked for since the last goes

    def memory_bytes(self) -> int:
        """Bytes of the rasters kept in memory."""
        return self._bytes

    def watch(self) -> None:
        """From now on note which rasters are asked for (game.memory.watch); at each of the
        governor's looks after the first, what was not asked for since the last goes first."""
        if self._look.due():
            self.release()
        self._look.watched()
        self._memory = memory.noting(self._memory)

    def release(self) -> None:
        """Keep in memory only the rasters asked for since `watch` (none if not watched)."""
        self._look.released()
        self._memory, self._bytes = memory.kept(self._memory, lambda s: s.get_width() * s.get_height() * 4)

    def _hash(self, path: Path) -> str:
        key = str(path)
        if key not in self._hashes:
            self._hashes[key] = hashlib.sha256(path.read_bytes()).hexdigest()[:20]
        return self._hashes[key]

    def crop(self, path: Path, size: tuple[int, int], crop: tuple[int, int, int, int]) -> pygame.Surface | None:
        """The `crop` of the SVG at `path` rasterized to `size`, without the whole raster held beside it: from
        memory if kept there, else read from its cache file a band of rows at a time (game/pngfile.py
        `decode_png_crop`); None if it is in neither (`get` makes it); a surface of its own, as loaded."""
        w, h = max(1, int(size[0])), max(1, int(size[1]))
        surf = self._memory.get((str(path), w, h))
        if surf is not None:
            return surf.subsurface(crop).copy()
        return decode_png_crop(self._disk(path, w, h), crop)

    def _disk(self, path: Path, w: int, h: int) -> Path:
        """The cache file of the SVG at `path` rasterized to w x h."""
        return self.cache_dir / f"{path.stem}-{self._hash(path)}-{w}x{h}.png"

    def get(self, path: Path, size: tuple[int, int], keep: bool = True) -> pygame.Surface:
        """The SVG at `path` rasterized to exactly `size` pixels (w, h), with alpha; `keep`
        False: not kept in memory (the caller keeps a crop of it), only on disk, and as loaded
        (not converted to the display's format: the caller converts its crop, so a full canvas
        is not copied whole in the frame it is made: 8 MiB more at the high-water mark at 1080p)."""
        w, h = max(1, int(size[0])), max(1, int(size[1]))
        mkey = (str(path), w, h)
        surf = self._memory.get(mkey)
        if surf is not None:
            self._memory.move_to_end(mkey)
            return surf
        disk = self._disk(path, w, h)
        loaded: pygame.Surface | None = None
        if disk.exists():
            try:
                loaded = pygame.image.load(str(disk))
            except (pygame.error, OSError) as exc:  # a torn cache file is only a cache miss
                log.warning("%s: unreadable cache entry (%s); rasterizing again", disk, exc)
        if loaded is None:
            loaded = pygame.image.load_sized_svg(str(path), (w, h))
            if loaded.get_size() != (w, h):
                loaded = pygame.transform.smoothscale(loaded, (w, h))
            try:
                write_atomic(disk, encode_png(loaded), durable=False)  # a cache: no fsync (game/safeio.py)
            except (pygame.error, OSError) as exc:
                log.info("cannot write SVG cache %s: %s", disk, exc)
        if not keep:
            return loaded
        if pygame.display.get_init() and pygame.display.get_surface() is not None:
            loaded = loaded.convert_alpha()
        if w * h * 4 > self.memory_budget:
            # one raster over the whole budget is not kept: it pushed every other out and stayed, a
            # duplicate of the caller's copy (an insert's part, a full canvas: 8 MB at 1080p)
            return loaded
        self._memory[mkey] = loaded
        self._bytes += w * h * 4
        while self._bytes > self.memory_budget:
            (_, ow, oh), _old = self._memory.popitem(last=False)
            self._bytes -= ow * oh * 4
        return loaded
