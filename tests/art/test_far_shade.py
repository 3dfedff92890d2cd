"""The far limbs are in shade, not see-through: her far shin is the near shin's skin, darker
(review3 #7: multiplied by (150, 140, 140) it came out a grey-brown, about (112, 80, 68) in
the room, the tone of the sofa behind it, and read as a translucent bar)."""

from __future__ import annotations

import colorsys
from pathlib import Path

import pygame

from game.art.figure_raster import PartRasters
from game.art.rig import load_poses
from game.art.svg import SvgCache

ROOT = Path(__file__).resolve().parents[2]


def _mean_rgb(surf: pygame.Surface) -> tuple[float, float, float]:
    tot = [0.0, 0.0, 0.0]
    n = 0
    w, h = surf.get_size()
    for y in range(0, h, 2):
        for x in range(0, w, 2):
            c = surf.get_at((x, y))
            if c.a > 250:
                tot[0] += c.r
                tot[1] += c.g
                tot[2] += c.b
                n += 1
    assert n > 50
    return (tot[0] / n, tot[1] / n, tot[2] / n)


def test_her_far_shin_is_skin_in_shade(tmp_path: Path) -> None:
    pygame.init()
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    rasters = PartRasters(specs, ROOT / "assets" / "art" / "figures", SvgCache(tmp_path))
    her = "her"
    near = _mean_rgb(rasters.base(her, "near_shin", specs[her].parts["near_shin"].default, 0, False, "art"))
    far = _mean_rgb(rasters.base(her, "far_shin", specs[her].parts["far_shin"].default, 0, False, "art"))
    hn, ln, _ = colorsys.rgb_to_hls(*(c / 255 for c in near))
    hf, lf, _ = colorsys.rgb_to_hls(*(c / 255 for c in far))
    assert lf < ln, "the far shin is in shade"
    assert lf >= 0.64 * ln, f"the far shin keeps most of the skin's lightness ({lf:.2f} vs {ln:.2f})"
    assert abs(hf - hn) * 360 < 10, f"and its hue ({hf * 360:.0f} vs {hn * 360:.0f} degrees)"
