"""A camera push on an insert that has settled on a whole-pixel crop of the insert drawn at the
push's scale (line 64, the intertwined fingers, after 63's push) is drawn straight onto the screen
at the crop's offset (game/camera.py `_crop`, game/art/inserts.py `origin`), not into the large
frame (12 % more pixels at 1.05, ~9 MiB at 1080p), padded and copied out each frame. The frames
must be those the large frame gave, and no large frame is made."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest

from game import camera
from game.art.insert_light import HIGHLIGHT_SPAN

CROP = camera._crop
HELD = "the warmth of their connection radiating"  # line 64: 63's push on the hands has settled


def _frames(ctx: Any, crop: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[np.ndarray], list[bool]]:
    """Frames of line 64 through the game's renderer, drawn with the straight crop or without it,
    and whether the camera held its large frame after each."""
    from game.clock import STEP
    from game.scenes.story import StoryScene

    monkeypatch.setattr(camera, "_crop", CROP if crop else (lambda *a: None))
    line = next(n for n, ln in enumerate(ctx.script.lines, 1) if HELD in ln.text)
    scene = StoryScene(ctx)
    scene.seek(line, 0.4)
    canvas = pygame.Surface((1920, 1080)).convert()  # (at 1080p the settled framing is a whole-pixel crop)
    out, held = [], []
    for _ in range(3):
        scene.update(17 * STEP)
        snap = scene.director.stage.at(scene.now)
        assert snap.move is not None and snap.shot.value == "insert_hands_intertwined"
        ctx.renderer.draw(canvas, snap, scene.now, scene.pen_uv)
        out.append(pygame.surfarray.array3d(canvas))
        held.append(ctx.renderer.moves._big is not None)
    return out, held


def test_a_settled_push_on_an_insert_is_drawn_straight_with_the_same_pixels(
        room_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    old, old_held = _frames(room_ctx, False, monkeypatch)
    new, new_held = _frames(room_ctx, True, monkeypatch)
    assert all(old_held) and not any(new_held)  # no large frame drawn, padded, cut
    for a, b in zip(old, new, strict=True):
        assert np.array_equal(a, b)
    assert not np.array_equal(old[0], old[2])  # (the hands move: three different frames compared)


def test_a_crop_is_only_taken_where_it_is_a_plain_crop_inside_the_picture() -> None:
    """Whole-pixel, unscaled framings inside the picture are crops; a fraction, a scale, or a
    framing reaching into the padding is not (those are cut from the large frame)."""
    size, big, pad = (1920, 1080), (2016, 1134), 80
    assert CROP((128.0 - 1e-13, 107.0, 1920.0, 1080.0), size, big, pad) == (48, 27)
    assert CROP((128.4, 107.0, 1920.0, 1080.0), size, big, pad) is None  # a fraction: blended
    assert CROP((100.0, 90.0, 1990.0, 1119.0), size, big, pad) is None  # scaled down
    assert CROP((40.0, 107.0, 1920.0, 1080.0), size, big, pad) is None  # in the padding


@pytest.mark.parametrize("origin", [(48, 27), (49, 28), (50, 31)])
def test_an_insert_lit_as_a_crop_is_lit_as_the_whole_insert_s_crop(origin: tuple[int, int]) -> None:
    """The light (its map, flicker, and the highlights given back their white) on a crop drawn at
    `origin` is the whole canvas's lit there: the highlights' search grid keeps to the canvas's."""
    from game.art.insert_light import InsertLight, apply_light

    pygame.init()
    rng = np.random.default_rng(5)
    whole = pygame.Surface((400, 240))
    px = rng.integers(40, 200, (400, 240, 3), dtype=np.uint8)
    for x, y in rng.integers(0, (396, 236), (60, 2)):  # near-white points, a few px wide
        px[x:x + 3, y:y + 2] = 250
    pygame.surfarray.blit_array(whole, px)
    light_map = pygame.Surface((400, 240))
    pygame.surfarray.blit_array(light_map, rng.integers(120, 255, (400, 240, 3), dtype=np.uint8))
    light = InsertLight(1, (255, 190, 120), 0.8, (90, 110, 160), 0.3, (30, 24, 28), glow=0.4)
    ox, oy = origin
    crop = whole.subsurface((ox, oy, 300, 160)).copy()
    apply_light(whole, light_map, light)
    apply_light(crop, light_map, light, origin)
    inner = (slice(4, 296), slice(4, 156))  # (a highlight just outside the crop is not drawn in it)
    want = pygame.surfarray.array3d(whole)[ox:ox + 300, oy:oy + 160]
    assert np.array_equal(pygame.surfarray.array3d(crop)[inner], want[inner])




@pytest.mark.parametrize("line_at", [(61, 2.0), (73, 1.0)])
def test_an_insert_s_large_frame_is_drawn_only_where_the_cut_reads_it(
        room_ctx: Any, monkeypatch: pytest.MonkeyPatch, line_at: tuple[int, float]) -> None:
    """A push cut from the large frame reads a box of it (a settled 1.03 push at line 61: 1922 x 1082
    of 1978 x 1113); the insert is drawn there (and its highlights' reach round it) only, the
    margins padded only where the box reaches them. The frames are those of the whole drawn."""
    from game.clock import STEP
    from game.scenes.story import StoryScene

    line, at = line_at
    sizes: list[tuple[int, int]] = []
    real = room_ctx.renderer.layers.draw_insert

    def draw_insert(surface: pygame.Surface, *a: Any, **k: Any) -> None:
        sizes.append(surface.get_size())
        real(surface, *a, **k)

    monkeypatch.setattr(room_ctx.renderer.layers, "draw_insert", draw_insert)
    frames = []
    for read in (False, True):
        monkeypatch.setattr(camera, "DRAW_READ", read)
        scene = StoryScene(room_ctx)
        scene.seek(line, at)
        canvas = pygame.Surface((1920, 1080)).convert()
        for _ in range(2):
            scene.update(STEP)
            snap = scene.director.stage.at(scene.now)
            assert snap.move is not None and snap.shot.value.startswith("insert_")
            room_ctx.renderer.draw(canvas, snap, scene.now, scene.pen_uv)
        frames.append(pygame.surfarray.array3d(canvas))
    assert np.array_equal(frames[0], frames[1])
    whole, part = sizes[0], sizes[-1]
    if line == 61:  # settled: the part is the canvas and a few px round it
        span = 2 * HIGHLIGHT_SPAN  # (what decides a highlight lies within twice its reach: test_kissline_rim)
        assert part[0] * part[1] < 0.97 * whole[0] * whole[1] and part[0] <= 1922 + span and part[1] <= 1082 + span


def test_only_the_margins_a_cut_reads_are_padded() -> None:
    pygame.init()
    size, m = (40, 30), 8
    big = pygame.Surface((size[0] + 2 * m, size[1] + 2 * m))
    big.fill((255, 0, 255))
    big.fill((10, 20, 30), (m, m, *size))
    read = pygame.Rect(-3, 2, 40, 31)  # (picture px) into the left and the bottom margins
    sides = camera._sides(read, size)
    assert sides == (True, False, False, True)
    pad_edges = camera.pad_edges
    pad_edges(big, size, m, sides)
    px = pygame.surfarray.array3d(big)
    r = read.move(m, m)
    assert (px[r.left:r.right, r.top:r.bottom] == (10, 20, 30)).all()  # all it reads is the picture's
    assert tuple(px[m + size[0] + 2, m + 5]) == (255, 0, 255)  # the right margin: not painted
