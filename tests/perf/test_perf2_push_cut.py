"""A camera push's cut (game/camera.py `CameraMoves._cut`) is made in two shrink passes into kept
buffers instead of one `smoothscale` that allocates its output and its in-between buffer each
frame (at 1080p, 18 MB a frame of fresh pages: 12.5 ms a frame at line 63, 9.5 of them page
faults). The player must see the same picture: the new cut is compared with the old one (one
smoothscale, cropped) at several points of an insert's push, and the push must still zoom."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game import camera
from game.camera import CameraMoves, _axis, margin, pad_edges
from game.view import Move

CANVAS = (1920, 1080)
PUSH = 1.05


def old_cut(big: pygame.Surface, frame: tuple[float, float, float, float], surface: pygame.Surface) -> None:
    """The cut as it was (commit 2bf2b6b): one smoothscale of the box, blitted at its lead."""
    W, H = surface.get_size()
    fx, fy, fw, fh = frame
    ix, iw, tw, a, u = _axis(fx, fw, W, big.get_width())
    iy, ih, th, b, v = _axis(fy, fh, H, big.get_height())
    scaled = pygame.transform.smoothscale(big.subsurface((ix, iy, iw, ih)), (tw, th))
    target = pygame.Surface((W, H + 1)) if v else surface
    target.blit(scaled, (-a, -b))
    if u:
        scaled.set_alpha(u)
        target.blit(scaled, (-a - 1, -b))
    if v:
        surface.blit(target, (0, 0))
        target.set_alpha(v)
        surface.blit(target, (0, -1))


def old_pad_edges(big: pygame.Surface, size: tuple[int, int], m: int) -> None:
    """The edge padding as it was: each edge line scaled to a new surface, then blitted."""
    w, h = size
    bw, bh = big.get_size()
    big.blit(pygame.transform.scale(big.subsurface((m, m, 1, h)), (m, h)), (0, m))
    big.blit(pygame.transform.scale(big.subsurface((m + w - 1, m, 1, h)), (bw - m - w, h)), (m + w, m))
    big.blit(pygame.transform.scale(big.subsurface((0, m, bw, 1)), (bw, m)), (0, 0))
    big.blit(pygame.transform.scale(big.subsurface((0, m + h - 1, bw, 1)), (bw, bh - m - h)), (0, m + h))


def painted(size: tuple[int, int], pad: int) -> pygame.Surface:
    """An insert-like large frame: soft gradients and noise, hard-edged stripes (the worst case
    for any change of filter) and a bright bar 100 px in from the left edge."""
    w, h = size
    rng = np.random.default_rng(7)
    x = np.arange(w)[:, None]
    y = np.arange(h)[None, :]
    px = np.empty((w, h, 3), np.float64)
    px[..., 0] = 120 + 90 * np.sin(x / 37.0) * np.cos(y / 53.0)
    px[..., 1] = 60 + 50 * np.sin((x + y) / 91.0)
    px[..., 2] = np.where((x // 13 + y // 17) % 2 == 0, 200, 40)
    px += rng.normal(0, 12, px.shape)
    px[100:104, :, :] = 255.0
    big = pygame.Surface((w + 2 * pad, h + 2 * pad))
    arr = pygame.surfarray.pixels3d(big)
    arr[pad:pad + w, pad:pad + h] = np.clip(px, 0, 255).astype(np.uint8)
    del arr
    pad_edges(big, size, pad)
    return big


@pytest.fixture(scope="module")
def frame() -> tuple[pygame.Surface, int, tuple[int, int]]:
    pygame.init()
    size = (int(np.ceil(CANVAS[0] * PUSH)), int(np.ceil(CANVAS[1] * PUSH)))  # an insert: drawn at the push's scale
    pad = margin(CANVAS[0])
    return painted(size, pad), pad, size


def framing(e: float, pad: int, size: tuple[int, int]) -> tuple[float, float, float, float]:
    """The insert's framing at eased progress `e`, in the large frame's pixels (as `CameraMoves.draw`)."""
    move = Move(push=PUSH, dx=0.0, dy=0.0, t0=0.0, duration=1.0)
    box = (0.0, 0.0, CANVAS[0] / PUSH, CANVAS[1] / PUSH)  # a shot of the room, whatever its size
    scale = move.largest_scale(box, CANVAS[0])
    x, y, w, h = move.framing_at(box, e)
    return (x * scale + pad, y * scale + pad, w * scale, h * scale)


def arr(s: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(s).astype(np.int16)


@pytest.mark.parametrize("e", [0.0, 0.23, 0.5, 0.87, 0.995, 1.0])
def test_the_two_pass_cut_shows_the_old_cut_s_pixels(frame: tuple[pygame.Surface, int, tuple[int, int]],
                                                     e: float, monkeypatch: pytest.MonkeyPatch) -> None:
    # the passes' level lift (game.camera.LIFT_*: the shrink filter's truncation paid back) is
    # left out here: this checks the passes' geometry against one smoothscale, which truncates;
    # tests/room/test_clasp5_push_level.py checks the lift
    monkeypatch.setattr(camera, "LIFT_ACROSS", 0)
    monkeypatch.setattr(camera, "LIFT_DOWN", 0)
    big, pad, size = frame
    moves = CameraMoves()
    moves._big = big
    new, old = pygame.Surface(CANVAS), pygame.Surface(CANVAS)
    moves._cut(framing(e, pad, size), new)
    old_cut(big, framing(e, pad, size), old)
    diff = np.abs(arr(new) - arr(old))
    assert diff.mean() < 0.5 and diff.max() <= 2, (e, diff.mean(), diff.max())


def test_the_push_still_zooms_and_the_cut_keeps_its_buffers(frame: tuple[pygame.Surface, int, tuple[int, int]]) -> None:
    """The bright bar near the left edge moves out toward the edge as the push closes in (at 1.05
    and 100 large px in: from 95 canvas px to 52), the centre stays; and frame after frame the cut
    shrinks into the same two buffers (no new surface a frame)."""
    big, pad, size = frame
    moves = CameraMoves()
    moves._big = big
    out = pygame.Surface(CANVAS)
    bars, ids = [], []
    for e in (0.0, 0.5, 1.0):
        moves._cut(framing(e, pad, size), out)
        row = arr(out)[:300, CANVAS[1] // 2, :].min(axis=1)
        bars.append(float(np.argmax(row > 240)))
        ids.append([id(s) for s in moves._passes])
    assert bars[0] == pytest.approx(100 / PUSH, abs=1.5) and bars[2] == pytest.approx(100 - 48, abs=1.5), bars
    assert bars[0] > bars[1] > bars[2], bars
    assert len(ids[0]) == 2 and ids[0] == ids[1] == ids[2], ids


def test_padding_the_edges_in_place_pads_them_as_before() -> None:
    pygame.init()
    pad, size = 24, (300, 170)
    a = painted(size, pad)
    for r in ((0, 0, a.get_width(), pad), (0, 0, pad, a.get_height()),  # the margin, spoilt
              (pad + size[0], 0, pad, a.get_height()), (0, pad + size[1], a.get_width(), pad)):
        a.fill((255, 0, 255), r)
    b = a.copy()
    pad_edges(a, size, pad)
    old_pad_edges(b, size, pad)
    assert np.array_equal(arr(a), arr(b))


def test_a_release_in_a_move_keeps_the_frame_buffers_and_one_after_it_lets_go(
        frame: tuple[pygame.Surface, int, tuple[int, int]]) -> None:
    """The memory governor's look (watch ... release) in the middle of a move must not drop the
    buffers the next frame makes again; once no move has been cut since its watch, they go."""
    big, pad, size = frame
    moves = CameraMoves()
    moves._big = big
    out = pygame.Surface(CANVAS)
    moves.watch()
    moves._cut(framing(0.4, pad, size), out)
    moves.release()
    assert moves._big is big and len(moves._passes) == 2
    moves.watch()
    moves.release()
    assert moves._big is None and moves._passes == [] and moves.memory_bytes() == 0


def test_a_framing_a_hair_below_a_whole_pixel_is_cut_at_that_pixel(
        frame: tuple[pygame.Surface, int, tuple[int, int]]) -> None:
    """A settled insert's framing lies at 128 - 1e-13 large px: the blend weight of the next pixel
    rounded to 255, and a blit at alpha 255 costs 20 ms at 1080p (a plain C loop), every frame.
    It is the next pixel whole now, the picture as the old cut's (within a level) and as a crop."""
    big = frame[0]
    x0, y0 = 128.0 - 1e-13, 107.0
    assert _axis(x0, 1920.0, 1920, big.get_width())[3:] == (1, 0)
    moves = CameraMoves()
    moves._big = big
    new, old = pygame.Surface(CANVAS), pygame.Surface(CANVAS)
    moves._cut((x0, y0, 1920.0, 1080.0), new)
    old_cut(big, (x0, y0, 1920.0, 1080.0), old)
    assert np.abs(arr(new) - arr(old)).max() <= 1
    assert np.array_equal(arr(new), arr(big.subsurface((128, 107, *CANVAS))))
