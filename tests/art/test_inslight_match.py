"""Review10 #4 (two art styles: colours) and issue 12 item 1 (light from its sources): under the
close-ups' candle light the people keep the wides' colours. The old light clipped its map white at
full key and then dimmed it by the flame's flicker to ~58 %: skin came out paler and greyer than the
wides (the gaze: his cheek (208,141,89) against the wide's ~(141,97,72)), the tear's specular points
grey (luminance 100-145), and the gaze's hair at the frame's edge 3.8x darker than the frame's middle.

The wides' references are renders at 2 s, 1920x1080 (medians over a patch of lit cheek): her cheek
in line 13 (147,90,58) (line 16 gives (150,95,65)); his in line 72 (141,97,72)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.insert_light import InsertLight, LightMaps, flicker_rgb, from_flame
from game.art.inserts import DESIGN, PREFIX, Inserts, load_spec

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
HER, HIM = (147, 90, 58), (141, 97, 72)
AMBIENT = (22, 17, 24)


def _room(key: float, fill: float) -> InsertLight:
    """The room's light on an insert's shot as game/room/layers.py gives it at 2 s (key right)."""
    return InsertLight(1, (255, 179, 92), key, (58, 90, 140), fill, AMBIENT)


LIGHTS = {"hair_twirl": _room(0.838, 0.651), "trembling_lips": _room(0.826, 0.654), "gaze": _room(1.034, 0.35),
          "tear": _room(0.825, 0.592), "kiss": _room(0.960, 0.35)}
# (insert, a patch of lit cheek (x, y, w, h) at 2 s in design pixels, the same person's in the wide)
CHEEKS = [("hair_twirl", (1020, 520, 30, 30), HER), ("trembling_lips", (1250, 360, 40, 40), HER),
          ("gaze", (465, 518, 30, 30), HER), ("gaze", (1275, 547, 30, 30), HIM),  # each moved with its figure
          # (GAZE2: her 48 px lower, him 78 px higher, their eyes on one line)
          ("tear", (1260, 740, 40, 40), HER), ("kiss", (1045, 455, 25, 25), HIM)]


def _drawn(inserts: Inserts, name: str) -> pygame.Surface:
    surf = pygame.Surface(DESIGN)
    inserts.draw(surf, PREFIX + name, 2.0, LIGHTS[name])
    return surf


def _median(surf: pygame.Surface, rect: tuple[int, int, int, int]) -> tuple[int, int, int]:
    x, y, w, h = rect
    px = pygame.surfarray.array3d(surf)[x:x + w, y:y + h].reshape(-1, 3)
    r, g, b = (int(v) for v in np.median(px, axis=0))
    return r, g, b


@pytest.mark.parametrize("name, patch, wide", CHEEKS)
def test_a_lit_cheek_in_the_close_up_is_the_wides_skin(inserts: Inserts, name: str,
                                                     patch: tuple[int, int, int, int],
                                                     wide: tuple[int, int, int]) -> None:
    got = _median(_drawn(inserts, name), patch)
    assert all(abs(a - b) <= 12 for a, b in zip(got, wide, strict=True)), f"{name} {patch}: {got} against {wide}"


def test_the_tears_specular_points_stay_white(inserts: Inserts) -> None:
    """Line 68: the drawn specular point on each iris (near white) keeps luminance >= 200 under the
    room's light (old: 102 and 146, grey), while the skin round it is lit down to the wide's."""
    a = pygame.surfarray.array3d(_drawn(inserts, "tear")).astype(np.float64)
    lum = a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114
    for x0, x1 in ((500, 800), (1100, 1450)):
        eye = lum[x0:x1, 420:560]
        assert eye.max() >= 200, f"the specular point in the eye at x {x0}-{x1} is grey: luminance {eye.max():.0f}"
        assert np.median(eye) < 150, "the eye's region is not lit down with the face"


def _map_lum(light: InsertLight, at: tuple[int, int]) -> float:
    m = LightMaps().get(light, DESIGN).copy()
    m.fill(flicker_rgb(light), special_flags=pygame.BLEND_RGB_MULT)
    c = m.get_at(at)
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


@pytest.mark.parametrize("name", ["gaze", "tear"])
def test_no_edge_of_a_close_up_is_over_about_twice_as_dark_as_its_middle(name: str) -> None:
    """The light models the faces but does not black out the frame's edges: at the middle of each edge
    and at her hair in the gaze, the light is at least ~half the frame's middle (old gaze: 1/4.5 to 1/5.3)."""
    pygame.init()
    light = from_flame(LIGHTS[name], load_spec(INSERTS, name).parts)
    mid = _map_lum(light, (960, 540))
    for at in ((0, 540), (1919, 540), (960, 0), (960, 1079), (345, 215)):
        assert mid / _map_lum(light, at) <= 2.2, f"{name}: the light at {at} is {mid / _map_lum(light, at):.2f}x darker"
