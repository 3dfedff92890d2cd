"""A camera move's light map baked up to MOVE_BAKE of the window's (game/fx/lighting.py `_bakes`, issue 13).

The golden glow's drift (line 74) draws its large frame 1.05 windows wide; its map and haze were never
baked (a move's map was not: the kiosk's peak, her gaze's push, is one) and were made again a band of
columns at a time every frame, the figures' side light and the haze's cut with them. Asserted: the drift's
map and haze are multiplied from their canvases, with the same pixels as in bands; a push (line 17) keeps
none; a canvas of another size is let go of before the new one is made. The first fails on 188c67d, the
last on bbafdc0. A slow push up to MOVE_BAKE 1.2 (all but her gaze's and the last push out, line 84: 1.40)
is baked too, with the same pixels (fails on eeb300a)."""

from __future__ import annotations

import hashlib
import weakref

import pygame
import pytest

from game.assets import Assets
from game.clock import STEP
from game.context import build_context
from game.fx import light_bands, lighting
from game.settings import Settings

SIZE = (960, 540)


def _frames(line: int, at: float, n: int) -> tuple[list[str], list[tuple[tuple[int, int], bool, bool]]]:
    """`n` frames of `line` from `at` s in: each one's hash, and the map's size and whether it and its haze
    were multiplied from a canvas."""
    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(), audio=False)
    scene = ctx.scenes.story()
    lm = ctx.renderer.layers.fx.light_map
    scene.seek(line, at)
    hashes, maps = [], []
    for _ in range(n):
        scene.update(STEP)
        scene.draw(canvas)
        hashes.append(hashlib.md5(pygame.image.tobytes(canvas, "RGB")).hexdigest())
        assert lm._big is not None
        maps.append((lm._big.size, lm._big.canvas is not None,
                     lm._add_big is not None and lm._add_big[0].canvas is not None))
    pygame.quit()
    return hashes, maps


def test_the_golden_glows_drift_is_multiplied_from_its_bake_with_the_same_pixels(monkeypatch: pytest.MonkeyPatch) -> None:
    baked, maps = _frames(74, 2.0, 5)
    window = (SIZE[0], -(-SIZE[1] // lighting.DOWNSCALE) * lighting.DOWNSCALE)
    assert all(size[0] > window[0] and size[1] == window[1] for size, _m, _h in maps), f"not the drift's map: {maps}"
    assert all(m and h for _s, m, h in maps), f"the drift's map or haze multiplied in bands: {maps}"
    monkeypatch.setattr(lighting, "MOVE_BAKE", 1.0)  # (every move's map in bands, as before)
    banded, maps = _frames(74, 2.0, 5)
    assert not any(m or h for _s, m, h in maps)
    assert baked == banded, "the bake's frames are not the bands'"


def test_a_slow_push_is_multiplied_from_its_bake_with_the_same_pixels(monkeypatch: pytest.MonkeyPatch) -> None:
    """Her close shot's push (line 82, 1.12 windows, with the golden haze): its map and haze baked once a
    light frame, not made again a band at a time every frame."""
    baked, maps = _frames(82, 2.0, 4)
    assert all(size[0] * size[1] > 1.08 * SIZE[0] * SIZE[1] for size, _m, _h in maps), f"not the push's map: {maps}"
    assert all(m and h for _s, m, h in maps), f"the push's map or haze multiplied in bands: {maps}"
    monkeypatch.setattr(lighting, "MOVE_BAKE", 1.0)
    banded, maps = _frames(82, 2.0, 4)
    assert not any(m or h for _s, m, h in maps)
    assert baked == banded, "the bake's frames are not the bands'"


def test_a_push_keeps_its_map_in_bands() -> None:
    """Her gaze's push (line 17, the kiosk's peak) is 1.23 windows: no canvas kept for its map."""
    _hashes, maps = _frames(17, 3.0, 3)
    assert all(size[0] * size[1] > lighting.MOVE_BAKE * SIZE[0] * SIZE[1] for size, _m, _h in maps), maps
    assert not any(m for _s, m, _h in maps), f"the push's map was baked: {maps}"


def _held_at_bake(lm: lighting.LightMap, new: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the canvas of the map shown before still lived when the bake of a new map of `new` cells began."""
    was = lm._big.canvas if lm._big is not None else None
    assert was is not None
    old, bake, held = weakref.ref(was), light_bands.Upscaled.bake, []
    del was

    def watched(up: light_bands.Upscaled, into: light_bands.Baked | None) -> light_bands.Baked:
        held.append(old() is not None)
        return bake(up, into)

    monkeypatch.setattr(light_bands.Upscaled, "bake", watched)
    lm._big = light_bands.Upscaled(pygame.Surface(new), (new[0] * 8, new[1] * 8))
    lm.multiply(pygame.Surface((64, 40)))
    monkeypatch.undo()
    return held


def test_a_canvas_of_another_size_is_let_go_of_before_the_new_one_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """The drift's map at its settle (2016 -> 1920 px wide at 1080p) and its haze's part (2016 <-> 1968): the
    old canvas was held beside the new one until the bake returned."""
    pygame.init()
    lm = lighting.LightMap()
    for old, new in (((9, 5), (8, 5)), ((8, 5), (9, 5))):
        lm._big = light_bands.Upscaled(pygame.Surface(old), (old[0] * 8, old[1] * 8))
        lm.multiply(pygame.Surface((64, 40)))
        assert _held_at_bake(lm, new, monkeypatch) == [False], "the old canvas still lived when the new one was made"
        assert lm._big.canvas is not None and lm._big.canvas.get_size() == (new[0] * 8, new[1] * 8)
