"""Review16 D11 (line 68, 'Tears welled in her eyes'): the running tear is water on her skin, not a bead
floating over it. It cast a soft dark shadow ~10 px below itself, and the wet track it left was barely
there at 1:1 (its sheen and the darker wet skin cancelled out). Now only the skin round its edge darkens
where the water touches it, and the track is a film a little darker than the cheek beside it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.art.insert_light import InsertLight
from game.art.inserts import DESIGN, PREFIX, Inserts
from tools.faces_close import tear

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SKIN = (228, 150, 108)  # her cheek's drawn colour (as test_faces_tear_face)
# the room's light on the tear's shot at 2 s (tests/art/test_inslight_match.py's LIGHTS["tear"])
LIGHT = InsertLight(1, (255, 179, 92), 0.825, (58, 90, 140), 0.592, (22, 17, 24))


def _lum(a: np.ndarray) -> np.ndarray:
    return 0.299 * a[..., 0] + 0.587 * a[..., 1] + 0.114 * a[..., 2]


def below_the_bead(root: Path = INSERTS) -> float:
    """How much darker than the bare skin (levels) drop.svg leaves the skin 6-14 px below the bead's foot
    (y 619), across its middle: its shadow cast off it."""
    pygame.init()
    surf = pygame.Surface((1920, 1080))
    surf.fill(SKIN)
    surf.blit(pygame.image.load_sized_svg(str(root / "tear" / "drop.svg"), (1920, 1080)), (0, 0))
    x = round(tear.TEAR_X)
    a = pygame.surfarray.array3d(surf)[x - 12:x + 13, 625:634].astype(np.float64)
    return float(_lum(np.array(SKIN, dtype=np.float64)) - _lum(a).mean())


def track(inserts: Inserts, at: float) -> list[float]:
    """How much darker (levels) the wet track's middle shows than the cheek 45-60 px either side of it, on
    rows 620-740 of the shot `at` s in, lit by the room (the track runs nearly straight down there)."""
    surf = pygame.Surface(DESIGN)
    inserts.draw(surf, PREFIX + "tear", at, LIGHT)
    lum = _lum(pygame.surfarray.array3d(surf).astype(np.float64))
    x0 = round(tear.TEAR_X)
    out = []
    for y in (620, 660, 700, 740):
        row = lum[x0 - 60:x0 + 61, y - 2:y + 3].mean(axis=1)
        xs = np.arange(len(row))
        edge = np.r_[0:15, len(row) - 15:len(row)]
        base = np.polyval(np.polyfit(xs[edge], row[edge], 1), xs)
        out.append(float(-(row - base).min()))
    return out


def test_no_shadow_is_cast_below_the_bead() -> None:
    """The skin 6-14 px below the bead's foot is within 2 levels of the bare skin (old art: 18 levels darker,
    its soft shadow there)."""
    assert below_the_bead() <= 2, f"the bead casts a shadow {below_the_bead():.1f} levels deep below it"


def test_the_wet_track_shows_behind_the_running_bead(inserts: Inserts) -> None:
    """Behind the bead as it runs (4.5 s) the track's middle is >= 5 levels darker than the cheek beside it on
    every row checked, and still >= 3 once it dries to half (6 s) (old art: 1.2-2.8 and 0.5-1.6; new 6-8.6, 4.5-4.9)."""
    for at, least in ((4.5, 5.0), (6.0, 3.0)):
        dips = track(inserts, at)
        assert min(dips) >= least, f"{at} s: the track is only {[round(d, 1) for d in dips]} levels darker"
