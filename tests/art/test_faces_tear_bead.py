"""Line 68, "Tears welled in her eyes" (review11 #3): the candle on each wet iris is a small soft
flame-shaped light across the pupil's edge, not a crisp white disc; the falling tear is a bead (a bright
rim toward the light, a dark edge away from it) whose wet track is a broad faint film fading in below
the lid, with nothing like a string joining the bead to the lid."""

from __future__ import annotations

import math
from pathlib import Path

import pygame

from tools.faces_close import tear

TEAR = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "tear"
SKIN = (228, 150, 108)  # her cheek's colour in the drawing, under the bead


def _svg(name: str) -> pygame.Surface:
    pygame.init()
    return pygame.image.load_sized_svg(str(TEAR / name), (1920, 1080))


def _lum(c: pygame.Color | tuple[int, ...]) -> float:
    return 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]


def _bright(surf: pygame.Surface, c: tuple[float, float], level: float) -> list[tuple[int, int]]:
    """The pixels of the iris round `c` at least `level` bright."""
    return [(x, y) for x in range(round(c[0]) - 80, round(c[0]) + 81) for y in range(round(c[1]) - 80, round(c[1]) + 81)
            if math.hypot(x - c[0], y - c[1]) < 78 and _lum(surf.get_at((x, y))) >= level]


def test_each_catch_light_is_a_soft_oval_across_the_pupil_s_edge_toward_the_candle() -> None:
    """On each iris the light (lum >= 160) is taller than wide by >= 1.2 (a flame's reflection, not a
    disc; old art: a round disc, 1.0); its edge is soft: the pixels between the white core (>= 245) and
    half of it are >= 1.6 times the core's area (old art: a crisp disc with a faint halo, ~1.1); and
    its middle lies up and toward the candle (screen right) within 12 px of the pupil's edge (radius 36)."""
    surf = _svg("eyes.svg")
    for name, eye in (("left", tear.LEFT), ("right", tear.RIGHT)):
        c = tear.IRIS[id(eye)]
        core = _bright(surf, c, 245)
        assert core, f"{name} eye: no catch-light"
        mx, my = sum(p[0] for p in core) / len(core), sum(p[1] for p in core) / len(core)
        lit = [p for p in _bright(surf, c, 160) if abs(p[0] - mx) <= 24 and abs(p[1] - my) <= 24]
        xs, ys = [p[0] for p in lit], [p[1] for p in lit]
        w, h = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
        assert h >= 1.2 * w, f"{name} eye: the catch-light is {w}x{h} px, a disc"
        assert len(lit) >= 1.6 * len(core), f"{name} eye: a crisp edge ({len(lit)} lit px round a core of {len(core)})"
        assert mx > c[0] and my < c[1], f"{name} eye: the catch-light is not toward the candle"
        assert abs(math.hypot(mx - c[0], my - c[1]) - 36) <= 12, f"{name} eye: not on the pupil's edge"


def test_the_bead_is_bright_toward_the_light_and_dark_on_its_far_edge() -> None:
    """drop.svg over her cheek: inside its lower-right edge it is >= 15 levels lighter than the cheek
    (the rim where the light leaves the water) and inside its left edge, at its widest, >= 10 levels
    darker (the lens bending the shade in; old art: lighter there, no dark edge)."""
    surf = pygame.Surface((1920, 1080))
    surf.fill(SKIN)
    surf.blit(_svg("drop.svg"), (0, 0))
    x = tear.TEAR_X
    rim = max(_lum(surf.get_at((round(x + 24.5 * math.cos(a)) + dx, round(590 + 27.5 * math.sin(a)) + dy)))
              for a in (math.radians(40), math.radians(60)) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
    dark = min(_lum(surf.get_at((round(x) - 21 + dx, 588 + dy))) for dx in (-2, -1, 0, 1) for dy in (-3, 0, 3))
    assert rim - _lum(SKIN) >= 15, f"the bead's lit rim is only {rim - _lum(SKIN):.0f} levels over the cheek"
    assert _lum(SKIN) - dark >= 10, f"the bead's far edge is only {_lum(SKIN) - dark:.0f} levels under the cheek"


def test_the_wet_track_is_a_broad_film_that_fades_in_below_the_lid() -> None:
    """The first length of track: within 30 px under the lid (y 540-570) it is all but invisible (alpha
    <= 6: nothing joins the bead to the lid; old art: 60+, a string from the lid), further down it shows
    (alpha >= 20) and, at half its strength, is >= 13 px across everywhere (old art: a 6 px gloss line)."""
    trail = _svg("trail1.svg")
    x0 = round(tear.TEAR_X)
    near = max(trail.get_at((x0 + dx, y)).a for dx in range(-30, 31) for y in range(540, 571))
    assert near <= 6, f"the track joins the lid (alpha {near})"
    widths, peaks = [], []
    for y in range(600, 681, 10):
        row = [trail.get_at((x0 + dx, y)).a for dx in range(-40, 41)]
        top = max(row)
        peaks.append(top)
        half = [i for i, a in enumerate(row) if a >= top / 2]
        widths.append(half[-1] - half[0] + 1)
    assert min(peaks) >= 12 and max(peaks) >= 20, f"the track does not show: {peaks}"
    assert min(widths) >= 13, f"the track narrows to a line: {widths} px"
