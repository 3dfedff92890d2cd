"""The rain's film of water on the glass, kept as baked at a third of its size and the one level drawn
(`Film`, a mixin of `game.fx.rain.Rain`: it keeps `_film`). Moved out of game/fx/rain.py unchanged (it
was over the house's 500 lines); the rain names these as before (`_film_at`, `_film_small`, `_film_small_steps`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import pygame

from game.fx.glass_water import film_small, film_small_size, film_small_steps
from game.fx.rain_drops import FILM_FROM

FILM_LEVELS = 6


class _Host(Protocol):
    """What the film needs of the rain it is part of."""

    seed: int
    _film: dict[int, pygame.Surface]

    def _replaced(self) -> None: ...

    def _fit(self) -> None: ...

    def _film_small(self, size: tuple[int, int]) -> pygame.Surface: ...


class Film:
    """The film's levels kept by the rain (`_film`: 0, the bake at a third of the size; a level, drawn)."""

    def _film_at(self: _Host, size: tuple[int, int], d: float) -> pygame.Surface:
        """The film texture at `size`, as strong as density `d` calls for (a few cached steps).

        Kept as baked, at a third of the size (0.7 MiB at a close-up of the glass), and the one
        level drawn scaled up from it: a new level costs a smoothscale, not a bake (the full-size
        base, 6.3 MiB there, was let go under the memory budget and baked again, 175 ms)."""
        level = max(1, min(FILM_LEVELS, round((d - FILM_FROM) / (1 - FILM_FROM) * FILM_LEVELS)))
        spr = self._film.get(level)
        if spr is not None and spr.get_size() == size:
            return spr
        small = self._film_small(size)
        self._film = {0: small}  # (the old level let go of first)
        self._replaced()
        spr = pygame.transform.smoothscale(small, size)  # the film_texture's pixels
        gain = round(255 * level / FILM_LEVELS)
        if gain < 255:
            spr.fill((gain, gain, gain), special_flags=pygame.BLEND_RGB_MULT)
        self._film = {0: small, level: spr}
        self._replaced()
        self._fit()
        return spr

    def _film_small(self: _Host, size: tuple[int, int]) -> pygame.Surface:
        """The film for a glass of `size` as baked, at a third of it (kept with the level drawn)."""
        small = self._film.get(0)
        if small is None or small.get_size() != film_small_size(*size):
            small = film_small(self.seed, size[0], size[1])
            self._film = {k: v for k, v in self._film.items() if k and v.get_size() == size} | {0: small}
            self._replaced()
        return small

    def _film_small_steps(self: _Host, size: tuple[int, int]) -> Iterator[object]:
        """`_film_small` made ahead a few rivulets a step (nothing if it is kept)."""
        if self._film.get(0) is None or self._film[0].get_size() != film_small_size(*size):
            small = yield from film_small_steps(self.seed, size[0], size[1])
            self._film = {k: v for k, v in self._film.items() if k and v.get_size() == size} | {0: small}
            self._replaced()
