"""Her neck runs into her chest without a seam (review6 #14, lines 17 and 69 @2 s): the shade
under her jaw was a band of even depth with a hard lower edge across the neck, a choker in the
wides. Down the middle of the neck (head.svg at 4x, from under the jaw to its base) the tone
changes smoothly: no step between neighbouring rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

HEAD = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "her" / "head.svg"
K = 4


def neck_step(path: Path) -> float:
    pygame.init()
    s = pygame.image.load_sized_svg(str(path), (150 * K, 210 * K))
    luma = pygame.surfarray.array3d(s).astype(np.float64) @ np.array([0.299, 0.587, 0.114])
    cols = luma[52 * K : 64 * K, 130 * K : 158 * K].mean(axis=0)  # across the neck, down from under the jaw
    return float(np.abs(np.diff(cols)).max())


def test_no_seam_across_her_neck() -> None:
    step = neck_step(HEAD)
    assert step < 3.0, f"the tone steps by {step:.1f} between two rows down her neck (a choker-like seam)"
