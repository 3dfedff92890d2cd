"""The same people in every shot (issue 11; review5 #15: "his sleeve is charcoal in the wides,
olive-grey in the page inserts and navy-blue in the hand inserts"; "in L62 his forearm is bare
skin to the frame edge"; "his L62 thumb lies on top of the fingers like a sixth finger").

Measured on the generated drawings: each hand insert's jacket sleeve (its path tagged
data-part="sleeve" by tools/hands) is rasterized with and without that path, the pixels it
changes are the sleeve as seen, and their mean colour must be the wide rig's suit cloth (the
mean of the sleeve gradient's stops in assets/art/figures/him/forearm.svg); the shirt cuff is
near white. In the reach the cuff and sleeve stay in frame while his hand slides in."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.inserts import Inserts, load_spec
from game.art.svg import SvgCache
from tools.hands import reach
from tools.hands.geometry import Xf, finger_geom

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
RIG = ROOT / "assets" / "art" / "figures"
HIS_SLEEVES = ("hand_reach/his.svg", "hands_intertwined/his.svg", "hands_tighten/his.svg", "clenched_hands/sleeves.svg")


def _rgb(h: str) -> np.ndarray:
    return np.array([int(h[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)


def rig_suit() -> np.ndarray:
    """The wide rig's sleeve colour: the mean of its forearm sleeve gradient's stops."""
    svg = (RIG / "him" / "forearm.svg").read_text(encoding="utf-8")
    grad = re.search(r'<linearGradient id="c".*?</linearGradient>', svg, re.S)
    assert grad, "the wide rig's forearm has its sleeve gradient"
    stops = re.findall(r'stop-color="(#[0-9a-fA-F]{6})"', grad.group(0))
    return np.mean([_rgb(s) for s in stops], axis=0)


def _raster(text: str, tmp: Path, name: str) -> np.ndarray:
    pygame.init()
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    s = pygame.image.load(str(p))
    rgb = pygame.surfarray.array3d(s).transpose(1, 0, 2).astype(float)
    a = pygame.surfarray.array_alpha(s).T.astype(float)
    return np.dstack([rgb, a])


def part_pixels(svg: Path, part: str, tmp: Path) -> tuple[np.ndarray, np.ndarray]:
    """(rgb of the visible pixels of the tagged part, their (y, x) coordinates)."""
    text = svg.read_text(encoding="utf-8")
    tagged = re.findall(rf'<path data-part="{part}"[^>]*/>', text)
    assert tagged, f"{svg.relative_to(INSERTS)}: no {part} drawn (tagged data-part=\"{part}\")"
    without = text
    for t in tagged:
        without = without.replace(t, "")
    a, b = _raster(text, tmp, "with.svg"), _raster(without, tmp, "without.svg")
    changed = (np.abs(a - b).sum(axis=2) > 6) & (a[..., 3] > 250)
    ys, xs = np.nonzero(changed)
    return a[ys, xs, :3], np.stack([ys, xs], axis=1)


@pytest.mark.parametrize("svg", HIS_SLEEVES)
def test_his_sleeve_is_the_wide_rigs_suit_cloth(svg: str, tmp_path: Path) -> None:
    rgb, _ = part_pixels(INSERTS / svg, "sleeve", tmp_path)
    assert len(rgb) > 2000, f"{svg}: only {len(rgb)} sleeve pixels in sight"
    mean, ref = rgb.mean(axis=0), rig_suit()
    dist = float(np.linalg.norm(mean - ref))
    assert dist < 10, f"{svg}: sleeve mean {mean.round(1)} is {dist:.1f} from the wides' suit {ref.round(1)}"


@pytest.mark.parametrize("svg", HIS_SLEEVES)
def test_his_shirt_cuff_is_white(svg: str, tmp_path: Path) -> None:
    rgb, _ = part_pixels(INSERTS / svg, "cuff", tmp_path)
    mean = rgb.mean(axis=0)
    assert mean.min() > 170 and mean.max() - mean.min() < 40, f"{svg}: cuff mean {mean.round(1)} is not a white shirt"


def test_the_reach_keeps_his_sleeve_and_cuff_in_frame(tmp_path: Path) -> None:
    """From the moment his hand is in (2.6 s) to the end of the line, the sleeve and the cuff
    are in the 1920 px frame, not bare forearm to its edge."""
    pygame.init()
    inserts = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=7)
    order = [p.svg.name for p in load_spec(INSERTS, "hand_reach").parts]
    i = order.index("his.svg")
    for part, need in (("sleeve", 80), ("cuff", 40)):
        _, yx = part_pixels(INSERTS / "hand_reach" / "his.svg", part, tmp_path)
        left = float(yx[:, 1].min())
        for t in (2.6, 3.0, 4.0, 6.0, 8.0):
            dx = inserts.transforms("hand_reach", t)[i].dx
            shown = 1920 - (left + dx)
            assert shown >= need, f"at {t} s only {shown:.0f} px of his {part} is in frame"


@pytest.mark.parametrize("thumb", ["HIS_THUMB", "HER_THUMB"])
def test_the_reaching_thumb_lies_at_the_side_of_the_hand(thumb: str) -> None:
    """His thumb springs from the side of the hand by the wrist and stops short of the
    knuckles (about level with them, as a relaxed thumb does), beside the index finger, not
    lying along it like a sixth finger."""
    _, _, local = finger_geom(getattr(reach, thumb), Xf(0, 0))
    root, tip = local[0], local[-1]
    index = (reach.HIS_MCP if thumb == "HIS_THUMB" else reach.HER_MCP)[0]  # each hand's own index knuckle
    assert root[0] < 60, f"the thumb's root at x {root[0]:.0f} is not by the wrist"
    assert tip[0] < index[0], f"the thumb's tip at x {tip[0]:.0f} reaches the knuckles (x {index[0]:.0f})"
    assert tip[1] < index[1] - 40, f"the thumb's tip at y {tip[1]:.0f} is over the index finger (y {index[1]:.0f})"
