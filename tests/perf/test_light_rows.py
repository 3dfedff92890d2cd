"""The light map summed a row of bytes at a time (game/fx/light_sum.py `rows`, `order`): the same
bytes as summed through `surfarray.pixels3d`, x first, whatever order a sprite's bytes are in."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.fx import light_sum
from game.fx.lighting import GlowPatch, LightMap, LightSample
from game.fx.shadows import ShadowLight, Share
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
        if depth == 32:  # (the byte no channel holds: never summed into R, G or B)
            spare = 6 - sum(light_sum.order(sprite) or (0, 1, 2))
            light_sum.rows(sprite)[..., spare] = 200
        light_sum._accumulate(old, sprite, at)
        light_sum._accumulate(new, sprite, at, chan)
        for x, y in [(20, 10), (25, 15), (37, 21), (0, 0), (59, 39)]:
            assert light_sum._share(new, (sprite, at), x, y, chan) == light_sum._share(old, (sprite, at), x, y)
    assert np.array_equal(new[..., list(chan)].transpose(1, 0, 2), old)


def _build(monkeypatch: pytest.MonkeyPatch, by_rows: bool) -> bytes:
    if not by_rows:  # (the map's sum as it was: x first, three channels)
        monkeypatch.setattr(light_sum, "order", lambda surface: None)
    lights = [LightSample(300 + 90 * k, 200 + 40 * (k % 3), 180 + 30 * k, (255, 170 - 10 * k, 90 + 5 * k), 0.4 + 0.2 * k,
                          ShadowLight(k, 300 + 90 * k, 200, 0.1 * k, 260, 900.0) if k % 2 else None)
              for k in range(6)]
    shares: list[float] = []

    def through(size: tuple[int, int]) -> pygame.Surface:
        cover = pygame.Surface(size)
        cover.fill((255, 255, 255))
        cover.fill((0, 0, 0), (size[0] // 3, 0, 6, size[1]))  # (something stands before the glass)
        return cover

    def shader(sprite: pygame.Surface, at: tuple[int, int], shadow: ShadowLight) -> None:
        sprite.fill((0, 0, 0), (shadow.key, 2, 5, 7))  # (a shadow in each shadow flame's own light)

    def key_shader(cover: pygame.Surface, shadows: list[ShadowLight], share: Share) -> None:
        for s in shadows:
            for x, y in [(40 + 9 * s.key, 30), (120, 60 + s.key), (-3, 10), (500, 20)]:  # (on the map and off it)
                shares.append(share(s.key, x, y))
            cover.fill((90, 110, 130), (30 + 20 * s.key, 20, 25, 40))

    small = LightMap().build((1920, 1080), View(1.5, -100.0, -60.0), (40, 30, 60), lights,
                             [GlowPatch(500, 100, 300, 200, (120, 140, 200))], shader, key_shader, through)
    got = pygame.image.tobytes(small, "RGB") + repr(shares).encode()
    assert any(0.0 < v < 1.0 for v in shares), "the shares read the sum"
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


@pytest.mark.parametrize("masks", [None, BGR])
def test_light_added_in_the_maps_own_byte_order_is_added_as_before(masks: tuple[int, int, int, int] | None) -> None:
    small, light = _random((64, 40), 5, masks), _random((30, 50), 6, masks)
    before = pygame.surfarray.array3d(small).astype(np.float32)
    light_sum.add_light(small, light, (-4, 12))
    total = before[0:26, 12:40] + pygame.surfarray.array3d(light)[4:30, 0:28]
    over = np.maximum(total.max(axis=2, keepdims=True) / np.float32(255.0), np.float32(1.0))
    assert np.array_equal(pygame.surfarray.array3d(small)[0:26, 12:40], (total / over + np.float32(0.5)).astype(np.uint8))


class Deep:
    """A 32-bit pixel format of 10-bit channels (ARGB2101010: SDL has it, pygame makes no surface of it)."""

    def get_bytesize(self) -> int:
        return 4

    def get_shifts(self) -> tuple[int, int, int, int]:
        return (20, 10, 0, 30)

    def get_masks(self) -> tuple[int, int, int, int]:
        return (0x3FF00000, 0xFFC00, 0x3FF, 0xC0000000)


def test_a_channel_that_is_not_a_whole_byte_has_no_order() -> None:
    assert light_sum.order(Deep()) is None  # type: ignore[arg-type]
    assert light_sum.order(pygame.Surface((4, 4), pygame.SRCALPHA)) is not None
