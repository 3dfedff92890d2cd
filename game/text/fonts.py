"""Fonts loaded at the pixel size they are drawn at, cached.

Text is rasterized at the real display scale (a 44 px logical line is 29 px on a 720p
window), never drawn at 1080p and scaled. A missing font file is logged once and
replaced by pygame's built-in font so the game still runs (DESIGN.md: degrade gracefully).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

import pygame

from game import memory

log = logging.getLogger(__name__)

RUNS_BUDGET = 4 * 1024 * 1024  # bytes of rendered runs kept (~10 narration lines at 1080p), LRU
Key = tuple[str, int, str, tuple[int, int, int]]


class Fonts:
    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files
        self._cache: dict[tuple[str, int], pygame.font.Font] = {}
        self._runs: OrderedDict[Key, pygame.Surface] = OrderedDict()
        self._run_bytes = 0
        self._made: dict[tuple[str, int, tuple[int, int, int]], Key] = {}  # the last run rendered in a font and colour (`_typed`)
        self._warned: set[str] = set()

    def memory_bytes(self) -> int:
        """Bytes of the rendered runs kept."""
        return self._run_bytes

    def watch(self) -> None:
        """From now on note which runs are asked for (game.memory.watch)."""
        self._runs = memory.noting(self._runs)

    def release(self) -> None:
        """Keep only the runs asked for since `watch` (none if not watched)."""
        self._runs, self._run_bytes = memory.kept(self._runs, _bytes)

    def get(self, role: str, logical_size: float, scale: float) -> pygame.font.Font:
        px = max(6, round(logical_size * scale))
        key = (role, px)
        font = self._cache.get(key)
        if font is None:
            path = self.files.get(role)
            try:
                if path is None:
                    raise FileNotFoundError(f"no font for role '{role}'")
                font = pygame.font.Font(str(path), px)
            except (FileNotFoundError, OSError, pygame.error) as exc:
                if role not in self._warned:
                    log.warning("font %s: %s; using the built-in font", path or role, exc)
                    self._warned.add(role)
                font = pygame.font.Font(None, round(px * 1.2))
            self._cache[key] = font
        return font

    def text(self, role: str, logical_size: float, scale: float, text: str,
             colour: tuple[int, int, int]) -> pygame.Surface:
        """`text` rendered once and kept (titles, menus, narration). The surface is shared:
        a caller may set its alpha but must set it back to 255, never to None (that would
        drop the per-pixel alpha of the antialiased glyphs)."""
        font = self.get(role, logical_size, scale)
        key = (role, font.get_height(), text, colour)
        run = self._runs.get(key)
        if run is not None:
            self._runs.move_to_end(key)
            return run
        run = self._runs[key] = font.render(text, True, colour)
        self._run_bytes += _bytes(run)
        self._typed(key)
        while self._run_bytes > RUNS_BUDGET and len(self._runs) > 1:
            self._run_bytes -= _bytes(self._runs.popitem(last=False)[1])
        return run

    def _typed(self, key: Key) -> None:
        """A run that the next one made in the same font and colour extends (its text a prefix of the
        new one's) is a line being typed (game/text/layout.py split_visible): it is not asked for again,
        so it goes now, not when the LRU's budget pushes it out. Each typed character made a run, and
        the cache stood at its budget of mostly such prefixes (4.0 MiB at line 17 at 1080p)."""
        font = (key[0], key[1], key[3])
        made, self._made[font] = self._made.get(font), key
        if made is not None and made != key and key[2].startswith(made[2]):
            old = self._runs.pop(made, None)
            self._run_bytes -= 0 if old is None else _bytes(old)


def _bytes(run: pygame.Surface) -> int:
    """A rendered run's pixel bytes (what RUNS_BUDGET counts)."""
    return run.get_width() * run.get_height() * run.get_bytesize()
