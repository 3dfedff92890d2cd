"""Wall-shadow bakes keep to their budget when one mask is used every frame (a still figure's
silhouette): the budget let go of only the masks not used this frame, so a still figure's copies,
one per sway phase, blur and flame position it met, grew without bound (85 MiB against 8 at the
fire close-up at 1080p). Bytes are counted; nothing is timed."""

from __future__ import annotations

import pygame

from game.fx.shadows import BUDGET, ShadowLight, WallShadows
from game.view import View


def test_a_mask_used_every_frame_keeps_to_the_budget() -> None:
    pygame.init()
    mask = pygame.Surface((300, 600), pygame.SRCALPHA)
    pygame.draw.ellipse(mask, (0, 0, 0, 255), mask.get_rect())
    shadows = WallShadows(1000.0, 2)  # a fine light map: large bakes
    layer = pygame.Surface((960, 540))
    most = 0
    for frame in range(160):  # the flames sway and flicker about the same still figure
        layer.fill((200, 200, 200))
        light = ShadowLight(frame % 8, 200.0 + 3.0 * frame, 300.0 + frame % 5, ((frame * 7) % 9 - 4) / 4, 700.0, 2000.0)
        shadows.shade(layer, (0, 0), [light], View(1.0), [(mask, pygame.Rect(400, 200, 300, 600), 900.0)])
        most = max(most, shadows.bytes_held())
    assert most <= BUDGET + BUDGET // 4  # (checked every BUDGET / 4 bytes baked)
