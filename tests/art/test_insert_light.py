"""An insert that shows its own flame is lit from it: the gaze (story line 24, "The intensity of
their gaze spoke volumes") has the candle between the two profiles, below their faces, so the
sides of both faces toward it are lit warm and bright and the sides away from it fall into
shadow. A single key from one side of the frame (the room's) lit his face and left hers, as
near the flame, at a third of its colour. Inserts without a flame keep the room's side key."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pygame

from game.art.insert_light import InsertLight, LightMaps, flicker_rgb, from_flame
from game.art.inserts import DESIGN, PREFIX, Inserts, load_spec

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
AMBIENT = (22, 17, 24)  # the room's ambient at line 24

# Regions of the gaze at 2 s, design pixels (x0, y0, x1, y1): the cheek toward the candle (the
# front of each profile, by the mouth and jaw) and the side away from it (by the ear).
HER_NEAR = (650, 380, 690, 440)
HER_FAR = (555, 290, 600, 370)
HIS_NEAR = (1210, 440, 1260, 500)
HIS_FAR = (1300, 350, 1345, 410)


def _room_light_at_the_gaze() -> InsertLight:
    """The room's light on the gaze's shot at line 24, 2 s, as game/room/layers.py gives it (its
    key from the candle on the table and the hearth, right of the shot; the window's fill)."""
    return InsertLight(1, (255, 179, 92), 1.03, (58, 90, 140), 0.35, AMBIENT)


def _factor(light: InsertLight, region: tuple[int, int, int, int]) -> float:
    """The luminance the insert's light multiplies a region by (its map, then the flicker), as
    Inserts.draw applies it."""
    m = LightMaps().get(light, DESIGN).copy()
    m.fill(flicker_rgb(light), special_flags=pygame.BLEND_RGB_MULT)
    x0, y0, x1, y1 = region
    c = pygame.transform.average_color(m, pygame.Rect(x0, y0, x1 - x0, y1 - y0))
    return (0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]) / 255



def test_the_gaze_is_keyed_from_its_candle_between_the_faces() -> None:
    pygame.init()
    room = _room_light_at_the_gaze()
    light = from_flame(room, load_spec(INSERTS, "gaze").parts)
    assert light.key_at is not None, "the gaze's flame is not its key"
    for near, far, who in ((HER_NEAR, HER_FAR, "her"), (HIS_NEAR, HIS_FAR, "his")):
        n, f = _factor(light, near), _factor(light, far)
        # the drawings are painted ~1.55x the wides' lit skin: ~0.6 of the drawn colour is the wide's
        # (tests/art/test_inslight_match.py holds the lit cheek to the wide's colour)
        assert n >= 0.5, f"{who} cheek toward the candle is lit to only {n:.2f} of its colour"
        assert f < n - 0.12, f"{who} face's far side ({f:.2f}) is not in shadow against the near ({n:.2f})"
    warm = LightMaps().get(light, DESIGN).get_at(((HER_NEAR[0] + HER_NEAR[2]) // 2, HER_NEAR[1]))
    assert warm.r > warm.g > warm.b, "the candle's light on her cheek is not warm"


def test_the_flame_lights_both_faces_whichever_side_the_rooms_key_comes_from(inserts: Inserts) -> None:
    size = (DESIGN[0] // 2, DESIGN[1] // 2)
    drawn = []
    for side in (1, -1):
        surf = pygame.Surface(size)
        inserts.draw(surf, PREFIX + "gaze", 2.0, replace(_room_light_at_the_gaze(), key_side=side))
        drawn.append(surf)
    for x0, y0, x1, y1 in (HER_NEAR, HIS_NEAR):
        r = pygame.Rect(x0 // 2, y0 // 2, (x1 - x0) // 2, (y1 - y0) // 2)
        a, b = (sum(pygame.transform.average_color(s, r)[:3]) for s in drawn)
        assert min(a, b) > 0.85 * max(a, b), f"a near cheek at {r} is {a} or {b} by the room's side"


def test_inserts_without_a_flame_keep_the_rooms_side_key() -> None:
    room = _room_light_at_the_gaze()
    for name in ("kiss", "clenched_hands"):
        lit = from_flame(room, load_spec(INSERTS, name).parts)  # (its ramp may centre on its subject)
        assert lit.key_at is None and lit.key_side == room.key_side, f"{name} lost its side key"
