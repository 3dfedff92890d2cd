"""FX (stop 31, issue 16): the light map multiplied a band of columns at a time, no canvas kept.

The upscaled light map and the golden haze's upscale were canvases kept between frames, and so
were the same two of the next light frame or shot made ahead: four in the golden glow, six at a
cut (39.6 MiB at line 82). They are now held as their rows expanded (smoothscale's own first
pass) and what the build lays over them; each frame expands the columns a band at a time into one
shared scratch band (game/fx/light_bands.py). Asserted: the same pixels as the whole upscale and
its multiply (with the props' edges laid, within an area and a clip), and after golden-glow frames
and a cut's the light map holds no surface of the window's size. Each fails on bacfeee."""

from __future__ import annotations

import gc

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.clock import STEP
from game.context import build_context
from game.fx import light_bands, lighting
from game.fx.prop_edges import fill_edges
from game.settings import Settings

SIZE = (960, 540)


def _noise(size: tuple[int, int], seed: int) -> pygame.Surface:
    s = pygame.Surface(size)
    rng = np.random.default_rng(seed)
    pygame.surfarray.pixels3d(s)[...] = rng.integers(0, 256, (*size, 3), dtype=np.uint8)
    return s


@pytest.mark.parametrize("size", [(1920, 1080), (963, 541), (136, 80)])
def test_the_upscale_held_as_its_rows_is_the_whole_smoothscale(size: tuple[int, int]) -> None:
    small = _noise((-(-size[0] // 8), -(-size[1] // 8)), 1)
    whole = pygame.transform.smoothscale(small, (small.get_width() * 8, small.get_height() * 8))
    up = light_bands.Upscaled(small, whole.get_size())
    assert up.memory_bytes() <= memory_of(whole) // 7, "a canvas's worth held"
    assert pygame.image.tobytes(up.whole(), "RGB") == pygame.image.tobytes(whole, "RGB")


def test_the_banded_multiply_is_the_whole_multiply_with_the_edges_laid() -> None:
    small = _noise((120, 68), 2)
    size = (960, 544)
    whole = pygame.transform.smoothscale(small, size)
    up = light_bands.Upscaled(small, size)
    mask = pygame.Surface((300, 200), pygame.SRCALPHA)
    mask.fill((255, 255, 255, 0))
    pygame.draw.ellipse(mask, (255, 255, 255, 255), (0, 0, 300, 200))
    props = [(mask, pygame.Rect(100, 300, 300, 200), 700.0), (mask, pygame.Rect(250, 250, 300, 200), 720.0),
             (mask, pygame.Rect(800, 450, 300, 200), 740.0)]  # (overlapping, and off the bottom right)
    fill_edges(whole, props, lighting.DOWNSCALE)
    light_bands.lay_edges(up, props, lighting.DOWNSCALE)
    scene = _noise((950, 530), 3)
    want, got = scene.copy(), scene.copy()
    want.blit(whole, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
    light_bands.blend(got, up, (0, 0), None, pygame.BLEND_RGB_MULT)
    assert pygame.image.tobytes(got, "RGB") == pygame.image.tobytes(want, "RGB")
    for area in (pygame.Rect(137, 201, 300, 95), pygame.Rect(90, 280, 700, 40)):  # a part re-lit, within a clip
        want, got = scene.copy(), scene.copy()  # (the short one's rows expanded alone)
        for s in (want, got):
            s.set_clip((0, 230, 950, 300))
        want.blit(whole, area.topleft, area, special_flags=pygame.BLEND_RGB_MULT)
        light_bands.blend(got, up, (0, 0), area, pygame.BLEND_RGB_MULT)
        assert pygame.image.tobytes(got, "RGB") == pygame.image.tobytes(want, "RGB")


def memory_of(s: pygame.Surface) -> int:
    return s.get_pitch() * s.get_height()


def _surfaces(obj: object, seen: set[int]) -> list[pygame.Surface]:
    """Every surface reachable from `obj` through attributes and containers."""
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, pygame.Surface):
        return [obj]
    if isinstance(obj, (str, bytes, int, float, type(None), type)) or (callable(obj) and not hasattr(obj, "__dict__")):
        return []
    found: list[pygame.Surface] = []
    items: list[object] = []
    if isinstance(obj, dict):
        items = [*obj.keys(), *obj.values()]
    elif isinstance(obj, (list, tuple, set, frozenset)):
        items = list(obj)
    elif hasattr(obj, "__dict__") and type(obj).__module__.startswith("game.fx"):
        items = list(vars(obj).values())
    for v in items:
        found += _surfaces(v, seen)
    return found


def test_the_light_map_holds_only_the_shown_canvases_after_golden_glow_frames_and_a_cut() -> None:
    """At most the map shown and its haze are canvases (KEEP_SHOWN: baked once a light frame); what is
    made ahead (the next light frame, the next shot's map) is held as rows, never as a canvas."""
    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(), audio=False)
    scene = ctx.scenes.story()
    lm = ctx.renderer.layers.fx.light_map
    most, ahead = 0, []
    for line in (74, 75):  # the golden glow, then the cut to the next line's shot
        scene.seek(line, 0.0)
        for _ in range(8):
            scene.update(STEP)
            scene.draw(canvas)
            gc.collect()
            big = [s for s in _surfaces(lm, set()) if s.get_width() >= SIZE[0] and s.get_height() >= SIZE[1]]
            most = max(most, len({id(s) for s in big}))
            made = [lm.ahead, lm.upcoming]
            ahead += [s.get_size() for s in _surfaces(made, set()) if s.get_width() >= SIZE[0] and s.get_height() >= SIZE[1]]
    assert lm._add_big is not None, "no golden haze drawn"
    assert most <= 2, f"the light map held {most} canvases at once (the map shown and its haze at most)"
    assert not ahead, f"a map made ahead held canvases: {ahead}"
    pygame.quit()


def test_the_map_shown_is_baked_once_in_a_still_and_not_in_a_camera_move() -> None:
    """KEEP_SHOWN: in a still the map shown is one canvas, the same buffer from light frame to light frame
    (its columns are not expanded every frame); in a camera move (her gaze's push, line 17) the map is the
    large frame's, larger than the window, and no canvas is kept for it (the kiosk's peak)."""
    pygame.init()
    canvas = pygame.display.set_mode(SIZE)
    ctx = build_context(Assets(), Settings(), audio=False)
    scene = ctx.scenes.story()
    lm = ctx.renderer.layers.fx.light_map
    scene.seek(16, 1.0)  # a still
    kept = []
    for _ in range(12):
        scene.update(STEP)
        scene.draw(canvas)
        assert lm._big is not None and lm._big.canvas is not None, "the still's map was not baked"
        kept.append(id(lm._big.canvas))
    assert len(set(kept)) == 1, "the baked canvas was not reused from light frame to light frame"
    scene.seek(17, 3.0)  # the push, moving
    for _ in range(6):
        scene.update(STEP)
        scene.draw(canvas)
        gc.collect()
        assert lm._big is not None and lm._big.size[0] * lm._big.size[1] > SIZE[0] * SIZE[1], "not a move's map"
        big = [s.get_size() for s in _surfaces(lm, set()) if s.get_width() >= SIZE[0] and s.get_height() >= SIZE[1]]
        assert not big, f"a camera move's light map held canvases: {big}"
    pygame.quit()
