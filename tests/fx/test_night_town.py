"""The town outside the window is an old town seen over its rooftops, not a modern skyline.

The story's room is a period room (antique clock and armchair, candles), so the window must not
show office towers with grids of lit windows: pitched and mansard roofs give a roof line with
slanted runs, and only a few windows are lit, wherever a house happens to have one. The town
is found as the pixels the storm and the clearing paintings share (only the sky differs).
"""

from __future__ import annotations

import numpy as np
import pygame
from scipy import ndimage

from game.fx.night import LAMP, SKY_W, paint_night

W, H = SKY_W, 388  # the window's glass at the painted width (w:h as in scenes/room.tmx)
SEEDS = range(1, 7)


def _rgb(seed: int, clear: bool) -> np.ndarray:
    return pygame.surfarray.array3d(paint_night(seed, W, H, clear)).transpose(1, 0, 2).astype(np.int32)


def _skyline(storm: np.ndarray, clear: np.ndarray) -> np.ndarray:
    """Per column, the first row of a run of town: pixels both skies paint the same."""
    town = np.abs(storm - clear).max(axis=2) <= 1
    run = town[:-3] & town[1:-2] & town[2:-1] & town[3:]
    return np.asarray(np.argmax(run, axis=0))


def _lit_windows(storm: np.ndarray) -> list[tuple[float, float]]:
    """Centres (row, column) of the warm lit windows, away from the street lamp's glow."""
    yy, xx = np.mgrid[0:H, 0:W]
    away = np.hypot(xx - LAMP[0] * W, yy - LAMP[1] * H) > 0.15 * W
    warm = (storm[..., 0] > storm[..., 2] + 50) & (storm[..., 0] > 110) & away
    lab, n = ndimage.label(warm, structure=np.ones((3, 3)))
    return [(float(r), float(c)) for r, c in ndimage.center_of_mass(warm, lab, range(1, n + 1))]


def test_the_roof_line_has_pitched_slopes_not_only_flat_tops_and_steps() -> None:
    for seed in SEEDS:
        sky = _skyline(_rgb(seed, False), _rgb(seed, True))
        step = np.abs(np.diff(sky))
        slant = float(((step >= 1) & (step <= 3)).mean())  # a roof pitch climbs a px or so a column
        assert slant > 0.3, f"seed {seed}: only {slant:.0%} of columns on a slope: flat-topped blocks"
        # high enough to show above the meeting rail (v ~0.47) in the window's close shot
        assert np.median(sky) / H < 0.42, f"seed {seed}: the roofs sit too low in the glass"
        assert sky.min() / H < 0.3, f"seed {seed}: no spire or stack rises above the roofs"


def test_only_a_few_windows_are_lit_and_not_on_a_grid() -> None:
    shared = total = 0
    for seed in SEEDS:
        wins = _lit_windows(_rgb(seed, False))
        assert 3 <= len(wins) <= 30, f"seed {seed}: {len(wins)} lit windows (a town asleep by candle light)"
        rows = [round(r) for r, _ in wins]
        shared += sum(rows.count(r) > 1 for r in rows)
        total += len(wins)
    assert shared / total < 0.4, f"{shared}/{total} lit windows share a row with another: floors of an office grid"


def test_the_lit_windows_are_warm_and_the_town_is_night_blue() -> None:
    storm, clear = _rgb(3, False), _rgb(3, True)
    town = np.abs(storm - clear).max(axis=2) <= 1
    r, g, b = storm[town].mean(axis=0)
    assert b > r + 10 and b > 30, f"the roofs should be cold blue, not black or grey: {(r, g, b)}"
    for y, x in _lit_windows(storm):
        pr, pg, pb = storm[round(y), round(x)]
        assert pr > pg > pb, f"a lit window should be amber: {(pr, pg, pb)}"


def test_the_night_is_a_pure_function_of_size_and_seed() -> None:
    assert np.array_equal(_rgb(5, True), _rgb(5, True))
    assert not np.array_equal(_rgb(5, False), _rgb(6, False))
