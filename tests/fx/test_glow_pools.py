"""Lines 78 and 86, "a warm, golden glow" (review10 #20): the glow is light from the candles
and round the couple, not a colour filter. A gold wash over the wallpaper, wide pools and
the candles' light spread 35 % further lit the plum wall far from any flame to a flat ochre
(mean rgb (25, 12, 11) at line 41, (100, 65, 26) at 78, 4.9x as bright and 27 degrees
yellower) and turned the red sofa orange. Now the wall far from a flame stays near its dim
plum, pools fall off from each flame, and the room as a whole is still brighter and warmer.

Boxes are (x, y, w, h) at 1920x1080 (the review's crops), scaled to the 960x540 render."""

from __future__ import annotations

import colorsys

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.capture import render_moment

SIZE = (960, 540)
WALL_41 = (560, 60, 600, 300)  # line 41: the wallpaper between the window and the clock
FAR_WALL_78 = (1300, 60, 600, 300)  # line 78: the wall right of the couple, far from any flame
FAR_WALL_86 = (1500, 20, 400, 180)  # line 86 (the wide): the top corner over the mantel candles
BY_SCONCE_86 = (1080, 140, 100, 160)  # line 86: the wall just left of the right-hand sconce's flame
SOFA_41 = (0, 560, 250, 190)  # the sofa's tufted back
SOFA_78 = (640, 480, 300, 100)
SOFA_86 = (260, 635, 240, 60)
GLASS_78 = (250, 20, 200, 120)  # the upper panes, the night beyond them
GLASS_86 = (200, 140, 250, 200)


@pytest.fixture(scope="module")
def frames() -> dict[str, np.ndarray]:
    """Lines 41 (before the glow), 78 and 86 (in it) at 2 s, as --render draws them."""
    pygame.init()
    assets = Assets()
    return {n: pygame.surfarray.array3d(render_moment(assets, n, 2.0, SIZE)).astype(np.float64)
            for n in ("41", "78", "86")}


def _part(img: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    k = img.shape[0] / 1920
    x, y, w, h = (round(v * k) for v in box)
    return img[x : x + w, y : y + h].reshape(-1, 3)


def luma(img: np.ndarray, box: tuple[int, int, int, int] | None = None) -> float:
    px = img.reshape(-1, 3) if box is None else _part(img, box)
    return float((px @ np.array([0.2126, 0.7152, 0.0722])).mean())


def hue(img: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """The mean colour's hue in degrees, -180..180 (reds either side of 0)."""
    r, g, b = _part(img, box).mean(axis=0) / 255.0
    h = 360.0 * colorsys.rgb_to_hsv(r, g, b)[0]
    return h - 360.0 if h > 180.0 else h


def test_the_wall_far_from_a_flame_stays_dim(frames: dict[str, np.ndarray]) -> None:
    base = luma(frames["41"], WALL_41)
    for line, box in (("78", FAR_WALL_78), ("86", FAR_WALL_86)):
        k = luma(frames[line], box) / base
        # old: 4.9x at 78, 3.3x at 86 (the wash); now ~1.3x and ~1.6x
        assert k <= 1.7, f"the wall far from any flame at line {line} is {k:.1f}x as bright as at 41"


def test_the_wallpaper_keeps_its_plum_hue(frames: dict[str, np.ndarray]) -> None:
    base = hue(frames["41"], WALL_41)
    for line, box in (("78", FAR_WALL_78), ("86", FAR_WALL_86)):
        shift = hue(frames[line], box) - base
        # old: 27 degrees at 78 (ochre-khaki), 20 at 86; now ~9-10
        assert abs(shift) < 15.0, f"the far wallpaper's hue at line {line} moved {shift:.0f} degrees from 41's plum"


def test_the_sofa_stays_red(frames: dict[str, np.ndarray]) -> None:
    assert hue(frames["41"], SOFA_41) < 0.0  # (crimson before the glow)
    for line, box in (("78", SOFA_78), ("86", SOFA_86)):
        h = hue(frames[line], box)
        # old: 18 at 78, 24 at 86 (orange under the couple's haze); now ~3 and ~10
        assert h <= 12.0, f"the sofa's hue at line {line} is {h:.0f} degrees: orange, not red"


def test_the_light_pools_round_the_flame(frames: dict[str, np.ndarray]) -> None:
    base = luma(frames["41"], WALL_41)
    near, far = luma(frames["86"], BY_SCONCE_86), luma(frames["86"], FAR_WALL_86)
    assert near >= 2.5 * base, f"the wall by the sconce is only {near / base:.1f}x the wall at 41"
    # old: 1.9 (the whole wall lifted with it); now ~2.2
    assert near >= 2.0 * far, f"the wall by the sconce is only {near / far:.1f}x the wall far from it"


def test_the_room_is_brighter_and_warmer(frames: dict[str, np.ndarray]) -> None:
    base = frames["41"].reshape(-1, 3).mean(axis=0)
    for line in ("78", "86"):
        assert luma(frames[line]) >= 1.3 * luma(frames["41"]), line
        r, _g, b = frames[line].reshape(-1, 3).mean(axis=0)
        assert r - b > base[0] - base[2] + 10, line  # warmer: more red over blue than at 41


def test_the_window_stays_night_blue(frames: dict[str, np.ndarray]) -> None:
    # (a guard: the glass was kept out of the glow before too)
    for line, box in (("78", GLASS_78), ("86", GLASS_86)):
        h = hue(frames[line], box)
        assert -160.0 <= h <= -110.0, f"the glass's hue at line {line} is {h:.0f} degrees: not night-blue"
