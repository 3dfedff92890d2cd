"""The fire close-up's logs read as wood (review6 part 2 #6): opaque, with a smooth outline.

They were a stack of translucent rectangles (the flames and coals showed through them, 10 %)
with stair-stepped ends (painted at 2x with a hard threshold, then upscaled 2.4x)."""

from __future__ import annotations

import numpy as np
import pygame

from game.fx import RoomFx
from game.fx.fire import LOG_HIDE_COALS, Hearth
from game.fx.hearth_art import BED_W, make_logs
from game.room.model import Room

CLOSE = 4.8  # the fire close-up's scale at 1080p (lines 9 and 76)


def _hearth(room: Room) -> Hearth:
    h = RoomFx(room, 7).hearth
    assert h is not None
    h._rescale(CLOSE)
    h._make_logs()
    return h


def test_nothing_behind_the_close_ups_logs_shows_through_them(room: Room) -> None:
    """Where the logs are solid, the close shot's flames and coals are hidden whole: the
    cover multiplied over them leaves at most 1 % (it left 10 %: a glass panel)."""
    h = _hearth(room)
    assert h.art.logs is not None
    alpha = pygame.surfarray.array_alpha(h.art.logs)
    solid = alpha >= 250
    assert solid.mean() > 0.25  # the logs fill the bed's middle
    cover = h._cover(LOG_HIDE_COALS)
    assert cover is not None
    left = pygame.surfarray.array3d(cover)[..., 0]
    over = left[solid].astype(int) - (255 - alpha[solid].astype(int))  # hide 1: the cover is 1 - alpha
    assert over.max() <= 1, f"{over.max()} of 255 shows through"


def test_the_logs_are_opaque_inside_their_outline() -> None:
    """Inside the outline (two pixels in from its antialiased edge) every pixel is opaque."""
    logs, _cracks = make_logs(7, CLOSE)
    alpha = pygame.surfarray.array_alpha(logs).astype(int)
    some = alpha > 0
    inner = some.copy()
    for dx in range(-2, 3):
        for dy in range(-2, 3):
            inner &= np.roll(some, (dx, dy), axis=(0, 1))
    assert inner.sum() > 0.25 * alpha.size
    assert alpha[inner].min() >= 250, alpha[inner].min()


def _outline(alpha: np.ndarray, rows: range, side: int) -> np.ndarray:
    """Where each row's outline (leftmost if `side` < 0, else rightmost) crosses half alpha, to
    a fraction of a pixel."""
    xs = []
    for row in rows:
        a = alpha[row]
        on = np.nonzero(a >= 128)[0]
        i = int(on.min() if side < 0 else on.max())
        xs.append(i + side * (a[i] - 128) / max(a[i] - a[i + side], 1e-6))
    return np.array(xs)


def test_the_log_ends_outline_has_no_stair_steps(room: Room) -> None:
    """The stack's ends as the close-up shows them: row by row, where the outline crosses half
    alpha follows a smooth curve (an end cut round, or broken), no run of equal columns then
    a jump of a coarse pixel (a hard-edged mask painted at 2x, upscaled 2.4x: 0.9-1 px bends)."""
    h = _hearth(room)
    assert h.art.logs is not None
    alpha = pygame.surfarray.array_alpha(h.art.logs).astype(float).T  # (rows, cols)
    k = alpha.shape[1] / BED_W  # px per bed px
    ends = (
        (16, 23, -1),  # the crossing log's left end, the stack's leftmost in these bed rows
        (29, 36, -1),  # the back log's
        (33, 47, -1),  # the back and front logs' (where they meet too)
        (33, 47, 1),  # the crossing log's sawn end, the stack's rightmost
    )
    for lo, hi, side in ends:
        x = _outline(alpha, range(round(lo * k), round(hi * k)), side)
        bend = np.abs(np.diff(x, 2))
        assert bend.max() < 0.5, f"rows {lo}-{hi}: the outline bends {bend.max():.2f} px between rows (stair steps)"
        assert np.ptp(x) > 3  # a rounded or broken end, not a straight cut
