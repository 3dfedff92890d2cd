"""Review11 #14 (line 78, the embrace, "Their bodies spoke the language of love..."): her thigh was a
level green log; two diagonal stripes and a wavy cut end at the knee did not read as a skirt draped
over it. Now the skirt falls on past the knee: in the embrace pose its hem (drape_fall.svg) hangs
at least 15 px below the lap's underside, in front of the shin's top, and its folds fan from the
knee down to the hem (several valleys across it, not one). The old fall hung 45 px below the knee
joint, 7 px short of the lap's underside: hidden behind the thigh."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.art.rig import FigureState, blend, load_poses, local_point, solve
from game.room.tmxload import load_room

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "assets" / "art" / "figures" / "her"
K = 4  # raster px per room px


def _alpha(name: str, size: tuple[float, float]) -> np.ndarray:
    pygame.init()
    img = pygame.image.load_sized_svg(str(ART / name), (round(size[0] * K), round(size[1] * K)))
    return pygame.surfarray.array_alpha(img)


def _lowest(spec, placed, name: str) -> float:  # type: ignore[no-untyped-def]
    """The room y of the part's lowest opaque pixel as placed."""
    xs, ys = np.nonzero(_alpha(name, spec.parts[placed.part].size) > 128)
    return max(local_point(spec, placed, (x / K, y / K))[1] for x, y in zip(xs[::5], ys[::5], strict=True))


def test_the_skirt_hem_falls_past_the_lap_in_the_embrace() -> None:
    room = load_room(ROOT / "scenes" / "room.tmx")
    spec = load_poses(ROOT / "assets" / "figures" / "poses.toml")["her"]
    box = room.anchor("her").rect
    hip = (box.x + box.w * spec.hip_in_box[0], box.y + box.h * spec.hip_in_box[1])
    p = solve(spec, blend(spec, FigureState("embrace", -1e9, "embrace"), 0.0), hip)
    lap = _lowest(spec, p["near_thigh"], "thigh_lap.svg")
    hem = _lowest(spec, p["near_drape"], "drape_fall.svg")
    assert hem - lap >= 15.0, f"the hem hangs {hem - lap:.0f} px below the lap's underside: no fall off the knee"


def test_the_falls_folds_fan_down_to_the_hem() -> None:
    pygame.init()
    img = pygame.image.load_sized_svg(str(ART / "drape_fall.svg"), (96 * K, 80 * K))
    alpha = pygame.surfarray.array_alpha(img)
    lum = pygame.surfarray.array3d(img).astype(float).mean(axis=2)
    for y in (60, 66):  # below the lap's underside (y 52 with the thigh level), above the hem
        row = alpha[:, y * K] > 128
        cols = np.flatnonzero(row)
        base = np.median(lum[cols, y * K])
        dark = row & (lum[:, y * K] < base - 10)
        valleys = int(np.count_nonzero(dark[1:] & ~dark[:-1]))
        assert valleys >= 3, f"row {y}: {valleys} folds across the fall"
