"""The figures' coverage on the 1/8-size light map (`in_front`), and what shows through them
(`see_through`): the side light cuts a caster's shading where a figure stands before it, the
window glass's glow is kept off a figure before it. (Split from game/fx/figure_light.py unchanged:
it re-exports these.)
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.occlusion import Caster

FArray = npt.NDArray[np.float64]


def _box(rect: pygame.Rect, down: int) -> pygame.Rect:
    return pygame.Rect(rect.x // down, rect.y // down, max(1, -(-rect.w // down)), max(1, -(-rect.h // down)))


_FRONT: list[tuple[tuple[Any, ...], list[weakref.ref[pygame.Surface]], FArray]] = []  # the last few made
FRONT_BUDGET = 6 * 2**20  # their bytes (a light map's floats each: 1.2 MiB at 1080p, all four kept), the newest always


def in_front(shape: tuple[int, int], down: int, people: Sequence[Caster]) -> FArray:
    """The figures' coverage (0..1) on a light map of `shape` (w, h) px, 1/`down` of the screen
    (the last few kept: the figures' silhouettes change at their SILHOUETTE_FPS, the map more often;
    a mask is held by weak reference, so an id is never mistaken)."""
    key = (shape, down, *((id(m), *r) for m, r, _f in people))
    for k, refs, hit in _FRONT:
        if k == key and all(ref() is m for ref, (m, _r, _f) in zip(refs, people, strict=True)):
            return hit
    out = _in_front(shape, down, people)
    out.setflags(write=False)
    _FRONT.insert(0, (key, [weakref.ref(m) for m, _r, _f in people], out))
    del _FRONT[4:]
    while len(_FRONT) > 1 and sum(hit.nbytes for _k, _r, hit in _FRONT) > FRONT_BUDGET:
        del _FRONT[-1]
    return out


def _in_front(shape: tuple[int, int], down: int, people: Sequence[Caster]) -> FArray:
    out: FArray = np.zeros(shape)
    area = pygame.Rect((0, 0), shape)
    for mask, rect, _floor in people:
        box = _box(rect, down)
        on = box.clip(area)
        if on.w <= 0 or on.h <= 0:
            continue
        a = pygame.surfarray.array_alpha(pygame.transform.smoothscale(mask, box.size)) / 255.0
        sub = a[on.x - box.x : on.right - box.x, on.y - box.y : on.bottom - box.y]
        np.maximum(out[on.x : on.right, on.y : on.bottom], sub, out=out[on.x : on.right, on.y : on.bottom])
    return out


def see_through(size: tuple[int, int], down: int, people: Sequence[Caster]) -> pygame.Surface:
    """A light map's worth (`size`) of white, black where `people` stand (what shows through them):
    keeps the window glass's glow off a figure before it. At their own fractional coverage, not
    grown: grown by a cell it left a dark ring on the glass round their heads (line 74); the
    golden haze, an added light that showed the cut's edge on a dark suit, is cut at full
    resolution instead (lighting.Cut)."""
    front = in_front(size, down, people)
    if _SEEN and _SEEN[0][0] is front:
        return _SEEN[0][1]
    grey = (255.0 * (1.0 - front)).astype(np.uint8)
    surf = pygame.surfarray.make_surface(np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2)))
    _SEEN[:] = [(front, surf)]
    return surf


_SEEN: list[tuple[FArray, pygame.Surface]] = []  # the last see_through, by the coverage it was made of
