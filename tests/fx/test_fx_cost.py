"""What keeps the effects within budget without changing a pixel that matters: a coarse
mask still hides a flame behind it, occlusion work and bakes are tied to the mask objects
(and go with them), and the cached animations step through a tween instead of rebuilding."""

from __future__ import annotations

import gc

import pygame

from game.fx import FxState
from game.fx.occlusion import Occluders, mask_region
from game.fx.shadows import ShadowLight, WallShadows
from game.view import View


def _disc_mask(size: tuple[int, int]) -> pygame.Surface:
    mask = pygame.Surface(size, pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    pygame.draw.ellipse(mask, (0, 0, 0, 255), (0, 0, *size))
    return mask


def test_a_coarse_mask_hides_like_a_full_one() -> None:
    rect = pygame.Rect(100, 50, 200, 300)
    fine, coarse = _disc_mask(rect.size), _disc_mask((50, 75))
    area = pygame.Rect(150, 120, 90, 90)
    for mask in (fine, coarse):
        region = mask_region(mask, rect, area)
        assert region is not None
        _, where = region
        assert where.inflate(2, 2).contains(area) and where.w <= area.w + 8  # covers it, a few px over
    occ = Occluders()
    out = []
    for mask in (fine, coarse):
        target = pygame.Surface((400, 400))
        flame = pygame.Surface((60, 60))
        flame.fill((200, 120, 40))
        occ.blit(target, flame, (170, 180), depth=0.0, casters=[(mask, rect, 100.0)])
        out.append(target.get_at((200, 210)))  # inside the disc: hidden either way
    assert out[0][:3] == out[1][:3] == (0, 0, 0)


def test_caches_go_with_their_masks() -> None:
    occ, shadows = Occluders(), WallShadows(760.0, 8)
    view = View(1.0)
    mask = _disc_mask((80, 200))
    rect = pygame.Rect(300, 200, 80, 200)
    target = pygame.Surface((640, 480))
    flame = pygame.Surface((40, 40))
    occ.blit(target, flame, (320, 260), 0.0, [(mask, rect, 100.0)])
    layer = pygame.Surface((80, 60))
    layer.fill((200, 200, 200))
    shadows.shade(layer, (0, 0), [ShadowLight(0, 250.0, 300.0, 0.2, 420.0, 900.0)], view, [(mask, rect, 700.0)])
    assert len(occ._inverse) == 1 and len(shadows._bakes) == 1
    del mask
    occ._hidden.clear()  # the hidden copies hold the inverse masks, not the caster mask
    gc.collect()
    assert len(occ._inverse) == 0 and len(shadows._bakes) == 0


def test_a_tween_steps_the_cached_animations() -> None:
    a = FxState(rain=3.0, candles=0.5, glow=0.3).stepped()
    b = FxState(rain=3.0 + 1e-4, candles=0.5 + 1e-4, glow=0.3 + 1e-4).stepped()
    assert a == b
    assert FxState(glow=0.3).stepped() != FxState(glow=0.33).stepped()


def test_the_wall_shadows_bakes_keep_to_their_budget() -> None:
    """Many silhouettes (a figure's turned masks), many flame positions: the bakes stay
    within the byte budget, and the newest caster still has its shadow baked."""
    from game.fx.shadows import BUDGET

    shadows = WallShadows(1000.0, 2)  # a fine light map: large bakes
    view = View(1.0)
    layer = pygame.Surface((960, 540))
    masks = [_disc_mask((300 + i, 600)) for i in range(40)]
    for i, mask in enumerate(masks):
        layer.fill((200, 200, 200))
        for k in range(8):
            light = ShadowLight(k, 200.0 + 40 * k, 300.0, (k - 4) / 4, 700.0, 2000.0)
            shadows.shade(layer, (0, 0), [light], view, [(mask, pygame.Rect(400 + i, 200, 300 + i, 600), 900.0)])
    assert shadows.bytes_held() <= BUDGET
    assert shadows._bakes[masks[-1]].soft  # the one in use keeps its bakes
    unbounded = sum(1 for m in masks if shadows._bakes.get(m) is not None and shadows._bakes[m].soft)
    assert unbounded < len(masks)  # older masks gave theirs up


def test_a_falloff_crop_is_the_same_pixels_as_the_whole_and_close_ups_keep_only_crops() -> None:
    import numpy as np

    from game.fx.lighting import FALLOFF_BUDGET, LightMap, LightSample
    from game.fx.sprites import light_falloff

    whole = pygame.surfarray.array3d(light_falloff(300))
    part = pygame.surfarray.array3d(light_falloff(300, (250, 40, 90, 60)))
    assert np.array_equal(part, whole[250:340, 40:100])
    lm = LightMap()
    fire = View(4.8, -3000.0, -1500.0)  # a close-up: each light many times the 240 x 135 map
    lights = [LightSample(700.0 + 40 * k, 420.0, 780.0 + 10 * k, (255, 170, 90), 0.9) for k in range(12)]
    small = lm.build((1920, 1080), fire, (20, 16, 24), lights)
    assert small.get_size() == (240, 135)
    assert lm._falloff_bytes <= FALLOFF_BUDGET
    assert all(crop.get_width() <= 240 + 32 and crop.get_height() <= 135 + 32 for crop, _ in lm._falloff.values())
