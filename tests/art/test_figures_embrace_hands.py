"""The hands in the embrace (review6 #17, lines 74, 78, 85): his hand on her back showed past
her waist as a small detached paw with a raised thumb (the cupped `hold` drawing), and her hand
on his shoulder was a flat rake of five straight fingers (the `open` drawing). Now his is the
`cup` drawing, fingers curved round her and no thumb; hers is `drape`, the fingers bent at the
knuckles down round the shoulder, the thumb out of sight."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.art.rig import load_poses

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "assets" / "art" / "figures"
K = 4


def _alpha(path: Path, size: tuple[int, int]) -> np.ndarray:
    pygame.init()
    return pygame.surfarray.array_alpha(pygame.image.load_sized_svg(str(path), (size[0] * K, size[1] * K))) > 128


def test_the_embrace_and_kiss_use_the_curved_hands() -> None:
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    for pose in ("kiss", "embrace"):
        assert specs["him"].poses[pose].variants["near_hand"] == "cup", f"{pose}: his hand on her back"
    assert specs["her"].poses["embrace"].variants["near_hand"] == "drape", "embrace: her hand on his shoulder"


def test_his_hand_on_her_back_has_no_raised_thumb() -> None:
    """Nothing stands off the back of the hand on the thumb's side above the knuckles (the
    `hold` drawing's thumb filled x 44-56, y 16-42)."""
    a = _alpha(ART / "him" / "hand_cup.svg", (60, 100))
    thumb = a[46 * K :, 10 * K : 38 * K].sum()
    assert thumb == 0, f"{thumb} px of thumb stand off his hand"
    old = _alpha(ART / "him" / "hand_hold.svg", (60, 100))
    assert old[46 * K :, 10 * K : 38 * K].sum() > 0  # the check sees a thumb where there is one


def test_her_fingers_curve_round_his_shoulder() -> None:
    """Below the knuckles each finger bends forward: the fingertips' row lies well ahead of where
    the fingers leave the hand (straight fingers hang right under their knuckles)."""
    a = _alpha(ART / "her" / "hand_drape.svg", (46, 90))
    root = np.nonzero(a[:, 44 * K])[0].mean()
    tip_y = np.nonzero(a.any(axis=0))[0].max() - K
    tips = np.nonzero(a[:, tip_y])[0].mean()
    assert tips - root >= 7 * K, f"her fingertips only {(tips - root) / K:.1f} px ahead of the knuckles (a rake)"
