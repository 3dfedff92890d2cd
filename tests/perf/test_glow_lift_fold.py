"""A camera cut whose large frame is not spent (game/camera.py `CameraMoves._shrink`) lifts the
box's levels (LIFT_ACROSS) before its pass across. It did so on a fresh copy of the box every
pushed frame (8-9 MiB of new pages and ~2 ms at 1080p); now the box is copied into the pass
across's own kept buffer, lifted and shrunk there in place. The picture must be the old one
exactly, the large frame left as it was, and the cut must keep its two buffers frame after frame."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game import camera
from game.camera import CameraMoves, _axis, _lift, margin, pad_edges

CANVAS = (1920, 1080)


def old_shrink(box: pygame.Surface, tw: int, th: int, a: int, cols: int) -> pygame.Surface:
    """`_shrink` as it was (1c6f6bc): the lift on a fresh copy of the box, each pass out of place."""
    across = pygame.Surface((tw, box.get_height()), 0, box)
    if tw != box.get_width():
        box = box.copy()
        _lift(box, camera.LIFT_ACROSS)
    pygame.transform.smoothscale(box, across.get_size(), across)
    shown = across.subsurface((a, 0, cols, across.get_height()))
    down = pygame.Surface((cols, th), 0, box)
    if th != shown.get_height():
        _lift(shown, camera.LIFT_DOWN)
    pygame.transform.smoothscale(shown, down.get_size(), down)
    return down


@pytest.fixture(scope="module")
def big() -> pygame.Surface:
    """A pushed insert's large frame (1.06 at 1080p, padded): noise, stripes and black."""
    pygame.init()
    size = (int(np.ceil(CANVAS[0] * 1.06)), int(np.ceil(CANVAS[1] * 1.06)))
    pad = margin(CANVAS[0])
    rng = np.random.default_rng(3)
    px = rng.integers(0, 256, (size[0], size[1], 3), dtype=np.uint8)
    px[::7] = 0  # black stays black under the lift
    out = pygame.Surface((size[0] + 2 * pad, size[1] + 2 * pad))
    arr = pygame.surfarray.pixels3d(out)
    arr[pad:pad + size[0], pad:pad + size[1]] = px
    del arr
    pad_edges(out, size, pad)
    return out


def px(s: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(s)


@pytest.mark.parametrize("frame", [(80.0, 80.0, 2035.2, 1144.8), (110.3, 93.7, 1990.2, 1119.5),
                                   (127.9, 107.2, 1921.0, 1080.6)])
def test_the_unspent_cut_lifts_in_its_own_buffer_with_the_old_pixels(big: pygame.Surface,
                                                                     frame: tuple[float, float, float, float]) -> None:
    W, H = CANVAS
    fx, fy, fw, fh = frame
    ix, iw, tw, a, _u = _axis(fx, fw, W, big.get_width())
    iy, ih, th, _b, _v = _axis(fy, fh, H, big.get_height())
    cols = min(tw - a, W + 1)
    before = px(big)
    moves = CameraMoves()
    moves._big = big
    box = big.subsurface((ix, iy, iw, ih))
    new = moves._shrink(box, tw, th, a, cols)
    assert np.array_equal(px(new), px(old_shrink(box, tw, th, a, cols)))
    assert np.array_equal(px(big), before)  # the large frame is not lifted (it is not spent)
    assert len(moves._passes) == 2


def test_frame_after_frame_the_lift_is_in_a_kept_buffer(big: pygame.Surface,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Each lift lands in one of the two kept buffers (the old one lifted a fresh copy of the box,
    8-9 MiB at 1080p, every frame), the same two frame after frame."""
    lifted: list[pygame.Surface] = []
    real = camera._lift

    def watched(surface: pygame.Surface, levels: int) -> None:
        lifted.append(surface.get_abs_parent())
        real(surface, levels)

    monkeypatch.setattr(camera, "_lift", watched)
    moves = CameraMoves()
    moves._big = big
    out = pygame.Surface(CANVAS)
    ids = []
    for f in ((110.3, 93.7, 1990.2, 1119.5), (111.0, 94.1, 1988.0, 1118.2), (112.4, 94.9, 1985.6, 1116.9)):
        moves._cut(f, out)
        ids.append([id(s) for s in moves._passes])
    assert len(lifted) == 6 and all(any(s is b for b in moves._passes) for s in lifted)
    assert len(ids[0]) == 2 and ids[0] == ids[1] == ids[2]
