"""The light map summed a row of bytes at a time (game/fx/light_sum.py `rows`, `order`): the same
bytes as summed through `surfarray.pixels3d`, x first, whatever order a sprite's bytes are in."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import light_sum, lighting
from game.fx.lighting import GlowPatch, LightMap, LightSample
from game.view import View

BGR = (0xFF, 0xFF00, 0xFF0000, 0)  # a 32-bit surface whose bytes hold R, G, B in the other order


def _random(size: tuple[int, int], seed: int, masks: tuple[int, int, int, int] | None = None,
            depth: int = 32) -> pygame.Surface:
    rgb = np.random.default_rng(seed).integers(0, 256, (*size, 3), dtype=np.uint8)
    surf = pygame.Surface(size, 0, depth, masks) if masks else pygame.Surface(size, 0, depth)
    pygame.surfarray.blit_array(surf, rgb)
    return surf


@pytest.mark.parametrize("masks", [None, BGR])
def test_rows_hold_each_pixel_at_its_channels_bytes(masks: tuple[int, int, int, int] | None) -> None:
    surf = _random((37, 21), 1, masks)
    chan = light_sum.order(surf)
    assert chan is not None and sorted(chan) == sorted(set(chan))
    px, got = pygame.surfarray.array3d(surf), light_sum.rows(surf)
    assert got.shape == (21, 37, 4)
    for c in range(3):
        assert np.array_equal(got[..., chan[c]], px[..., c].T)
    del got
    assert not surf.get_locked()
    part = surf.subsurface((3, 2, 10, 9))  # (a subsurface: its rows inside its parent's pitch)
    assert np.array_equal(light_sum.rows(part)[..., chan[0]], px[3:13, 2:11, 0].T)
    assert light_sum.order(_random((4, 4), 2, depth=24)) is None


@pytest.mark.parametrize("sprite_masks, depth", [(None, 32), (BGR, 32), (None, 24)])
def test_a_sprite_summed_by_rows_adds_what_it_added_by_columns(sprite_masks: tuple[int, int, int, int] | None,
                                                               depth: int) -> None:
    base = pygame.Surface((60, 40))
    chan = light_sum.order(base)
    assert chan is not None
    old = np.full((60, 40, 3), 7.0, np.float32)
    new = np.zeros((40, 60, 4), np.float32)
    new[..., list(chan)] = 7.0
    for k, at in enumerate([(-5, -3), (20, 10), (50, 35), (70, 0)]):  # (half off, inside, a corner, all off)
        sprite = _random((18, 12), 10 + k, sprite_masks, depth)
        light_sum._accumulate(old, sprite, at)
        light_sum._accumulate(new, sprite, at, chan)
    assert np.array_equal(new[..., list(chan)].transpose(1, 0, 2), old)
    assert light_sum._share(new, (sprite, (20, 10)), 25, 15, chan) == light_sum._share(old, (sprite, (20, 10)), 25, 15)


def _build(monkeypatch: pytest.MonkeyPatch, by_rows: bool) -> bytes:
    if not by_rows:  # (the map's sum as it was: x first, three channels)
        monkeypatch.setattr(lighting, "order", lambda surface: None)
    lights = [LightSample(300 + 90 * k, 200 + 40 * (k % 3), 180 + 30 * k, (255, 170 - 10 * k, 90 + 5 * k), 0.4 + 0.2 * k)
              for k in range(6)]

    def through(size: tuple[int, int]) -> pygame.Surface:
        cover = pygame.Surface(size)
        cover.fill((255, 255, 255))
        cover.fill((0, 0, 0), (size[0] // 3, 0, 6, size[1]))  # (something stands before the glass)
        return cover

    small = LightMap().build((1920, 1080), View(1.5, -100.0, -60.0), (40, 30, 60), lights,
                             [GlowPatch(500, 100, 300, 200, (120, 140, 200))], through=through)
    got = pygame.image.tobytes(small, "RGB")
    monkeypatch.undo()
    return got


def test_the_light_map_summed_by_rows_is_the_map_summed_by_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _build(monkeypatch, True) == _build(monkeypatch, False)


def test_light_added_to_another_byte_order_is_added_as_before() -> None:
    small, light = _random((64, 40), 3), _random((30, 50), 4, BGR)
    before = pygame.surfarray.array3d(small).astype(np.float32)
    light_sum.add_light(small, light, (40, -5))
    total = before[40:64, 0:40] + pygame.surfarray.array3d(light)[0:24, 5:45]
    over = np.maximum(total.max(axis=2, keepdims=True) / np.float32(255.0), np.float32(1.0))
    assert np.array_equal(pygame.surfarray.array3d(small)[40:64, 0:40], (total / over + np.float32(0.5)).astype(np.uint8))
