"""Line 73, the kiss: a faint dashed pale line ran along his forehead at 1080p (a reviewer, stop 28).

It was the close shots' highlight restore (game/art/insert_light.py `_highlights`), not a room
layer: the pale rim drawn along his profile, (220, 228, 242), is not near white, but blue enough
for the search's grid (every 3rd pixel, blue alone), and every pixel in the 7 px square round
each grid find was given its drawn colour back as soon as any highlight was in the frame (her
pearl's glint). Along a slanted 1-2 px line the grid falls on it only here and there: lit rim,
restored rim, lit rim, a dash every few pixels, crawling as the heads moved. What is restored
now is what lies within HIGHLIGHT_REACH of a pixel near white in every channel: a function of
the drawing, not of where the grid fell on it."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.art.insert_light import HIGHLIGHT, InsertLight, apply_light, flicker_rgb
from game.art.inserts import DESIGN, Inserts

KISS_LIGHT = InsertLight(1, (255, 179, 92), 0.960, (58, 90, 140), 0.35, (22, 17, 24))  # the room's at line 73
RIM = (220, 228, 242)  # his profile's rim as drawn (him.svg)
# (seconds into the shot, the push's scale it is drawn at): the head turns and sways, the push
# grows the frame (1.06 over 8 s), so the grid falls on the rim in other places each time
MOMENTS = [(0.5, 1.0), (1.5, 1.0), (6.0, 1.0), (3.0, 1.06)]


def _lum(surface: pygame.Surface) -> np.ndarray:
    a = pygame.surfarray.array3d(surface).astype(np.float64)
    return a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114


@pytest.mark.parametrize("u, scale", MOMENTS)
def test_his_forehead_rim_is_one_even_line_not_dashes(inserts: Inserts, u: float, scale: float) -> None:
    """Row by row down his forehead (between his hairline and brow), the lightest pixel near his
    profile is the lit rim: it changes by a level or two a row (old: jumps of 42-67, rows restored
    to near white between rows lit like the skin)."""
    size = (round(DESIGN[0] * scale), round(DESIGN[1] * scale))
    surface = pygame.Surface(size)
    inserts.draw(surface, "insert_kiss", u, KISS_LIGHT)
    x0, x1, y0, y1 = (round(v * scale) for v in (945, 1005, 290, 350))
    rows = _lum(surface)[x0:x1, y0:y1].max(axis=0)
    assert np.abs(np.diff(rows)).max() <= 12, f"u {u}: a dashed rim, rows' lightest {rows.astype(int).tolist()}"
    assert rows.max() - np.median(rows) <= 15, f"u {u}: rows of the rim restored to white: {rows.astype(int).tolist()}"


def _scene(shift: tuple[int, int]) -> pygame.Surface:
    """A dark face with a slanted 2 px pale rim and a round white glint, moved by `shift`."""
    s = pygame.Surface((240, 160))
    s.fill((120, 80, 60))
    dx, dy = shift
    pygame.draw.line(s, RIM, (60 + dx, 10 + dy), (95 + dx, 150 + dy), 2)
    pygame.draw.circle(s, (252, 250, 246), (180 + dx, 70 + dy), 3)
    return s


def test_a_drawing_moved_by_a_pixel_is_lit_the_same_moved() -> None:
    """What the light gives back depends on the drawing, not on where the search's grid falls on it:
    the scene moved by a pixel or two comes out as the scene, moved (old: the rim restored in the grid
    finds' squares, differently for each shift). The rim is lit like the face round it; the glint keeps
    its white."""
    pygame.init()
    flat = pygame.Surface((240, 160))
    flat.fill((150, 140, 130))
    lit = []
    for shift in ((0, 0), (1, 0), (1, 1), (2, 1)):
        s = _scene(shift)
        apply_light(s, flat, KISS_LIGHT)
        lit.append(pygame.surfarray.array3d(s))
    for (dx, dy), moved in zip(((1, 0), (1, 1), (2, 1)), lit[1:], strict=True):
        assert np.array_equal(lit[0][4:236, 4:150], moved[4 + dx:236 + dx, 4 + dy:150 + dy]), (dx, dy)
    want = _scene((0, 0))
    want.blit(flat, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
    want.fill(flicker_rgb(KISS_LIGHT), special_flags=pygame.BLEND_RGB_MULT)
    rim = pygame.surfarray.array3d(want)[55:105, :]
    assert np.abs(lit[0][55:105, :].astype(int) - rim.astype(int)).max() <= 1, "the rim was restored"
    assert pygame.surfarray.array3d(_scene((0, 0)))[180, 70].min() >= HIGHLIGHT
    assert lit[0][180, 70].min() >= 0.9 * HIGHLIGHT - 2, "the glint lost its white"
