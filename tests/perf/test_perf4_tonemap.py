"""The light map's tone map and the side light's sum (game/fx/lighting.py `tonemap`, `add_light`)
run every light-map frame: they must give the same bytes as the plain broadcast formulas, and take
no reduction over the 3-long channel axis (`a.max(axis=2)` ran element by element: 1.2 ms of the
tone map's 2.4 at 1080p; a channel at a time it is 0.3)."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt
import pygame

from game.fx import lighting


class Counted(np.ndarray):
    """An array that notes each `max` asked of it (and of the arrays made from it)."""

    calls: ClassVar[list[Any]] = []

    def max(self, *args: Any, **kwargs: Any) -> Any:
        Counted.calls.append(kwargs.get("axis", args[0] if args else None))
        return super().max(*args, **kwargs)


def plain(acc: npt.NDArray[np.float32], pale: npt.NDArray[np.float32] | None) -> npt.NDArray[np.uint8]:
    """The tone map written as broadcasts (as it was before stop 26)."""
    x = acc / np.float32(255.0)
    m = x.max(axis=2, keepdims=True)
    over = np.clip(2.0 * (m - np.float32(1.0)), 0.0, 1.0)
    scale = np.maximum(m, np.float32(1.0))
    if pale is not None:
        own = np.clip(pale.max(axis=2, keepdims=True) / np.float32(64.0), 0.0, 1.0)
        over *= np.float32(1.0) - own
        scale += (np.float32(1.0) - scale) * own
    u = np.minimum(x / scale, np.float32(1.0))
    y = u * (np.float32(2.0) - u)
    y -= (y - u) * (np.float32(lighting.HUE_KEEP) * over)
    out: npt.NDArray[np.uint8] = (y * np.float32(255.0) + np.float32(0.5)).astype(np.uint8)
    return out


def test_the_tone_map_is_the_broadcast_formula_without_a_channel_reduction() -> None:
    rng = np.random.default_rng(26)
    for k in range(6):
        acc = (rng.random((240, 135, 3)) * (150 + 120 * k)).astype(np.float32)
        pale = (rng.random((240, 135, 3)) * 100).astype(np.float32) if k % 2 else None
        want = plain(acc, pale)
        Counted.calls = []
        got = lighting.tonemap(acc.view(Counted), None if pale is None else pale.view(Counted))
        assert np.array_equal(np.asarray(got), want)
        assert Counted.calls == [], Counted.calls


def test_adding_light_keeps_the_hue_as_before() -> None:
    rng = np.random.default_rng(7)
    small = pygame.surfarray.make_surface(rng.integers(0, 256, (64, 40, 3), dtype=np.uint8))
    light = pygame.surfarray.make_surface(rng.integers(0, 256, (30, 50, 3), dtype=np.uint8))
    before = pygame.surfarray.array3d(small).astype(np.float32)
    lighting.add_light(small, light, (40, -5))
    total = before[40:64, 0:40] + pygame.surfarray.array3d(light)[0:24, 5:45]
    over = np.maximum(total.max(axis=2, keepdims=True) / np.float32(255.0), np.float32(1.0))
    assert np.array_equal(pygame.surfarray.array3d(small)[40:64, 0:40], (total / over + np.float32(0.5)).astype(np.uint8))
    assert np.array_equal(pygame.surfarray.array3d(small)[:40], before[:40].astype(np.uint8))
