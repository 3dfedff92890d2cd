"""Review10 #14, line 78 "Their bodies spoke the language of love and longing": the two figures
were paper flats laid on each other, with no shading where they touch, and her thigh was a
green cylinder (two straight seams, one round end). Now her forearm lays a soft shadow on his
jacket where it crosses him, and her skirt lies over the thigh in folds to a wavy hem."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pygame
import pytest

from game.art.rig import load_poses, local_point
from game.view import View

ROOT = Path(__file__).resolve().parents[2]
HER = ROOT / "assets" / "art" / "figures" / "her"
WHAT, AT = "Their bodies spoke the language", 2.0


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.assets import Assets
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _luma(img: np.ndarray, p: tuple[float, float]) -> float:
    """Mean luminance of a 3x3 patch (img is [x, y, rgb])."""
    x, y = round(p[0]), round(p[1])
    patch = img[x - 1 : x + 2, y - 1 : y + 2].reshape(-1, 3).astype(float)
    return float((patch @ np.array([0.299, 0.587, 0.114])).mean())


def test_her_forearm_lays_a_shadow_on_him(story: tuple[Any, Any], tmp_path: Path) -> None:
    """Along the middle of her forearm, a band just past its lower edge (on his jacket) is darker
    than her forearm and than his jacket a little further out."""
    ctx, scene = story
    n = next(i for i, line in enumerate(ctx.script.lines, 1) if WHAT in line.text)
    scene.seek(n, AT)
    layers, snap = ctx.renderer.layers, scene.director.stage.at(scene.t)
    states = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), snap, scene.t, scene.pen_uv).figures
    final = layers.figures._scene(states, scene.t)[1]
    s = layers.props.room.shots[snap.shot.value].rect
    x0, y0, w, h = snap.move.framing((s.x, s.y, s.w, s.h), scene.t) if snap.move else (s.x, s.y, s.w, s.h)
    out = tmp_path / "f.png"
    subprocess.run([sys.executable, "-m", "game", "--render", str(n), "--at", str(AT), "--size", "1920x1080", "--out", str(out)],
                   check=True, cwd=ROOT, capture_output=True)
    img = pygame.surfarray.array3d(pygame.image.load(str(out)))
    spec, fore = layers.figures.specs["her"], final["her"]["near_fore"]

    def screen(pt: tuple[float, float]) -> tuple[float, float]:
        room = local_point(spec, fore, pt)
        return ((room[0] - x0) * 1920 / w, (room[1] - y0) * 1080 / h)

    arm, band, jacket = [], [], []
    for y in (50, 65, 80, 95):  # forearm.svg: x 7-31 wide, the lower edge at x 7 (the side on him)
        arm.append(_luma(img, screen((19, y))))
        band.append(_luma(img, screen((3, y))))
        jacket.append(_luma(img, screen((-16, y))))
    a, b, j = np.mean(arm), np.mean(band), np.mean(jacket)
    assert b + 30 < a, f"band {b:.0f} not darker than her forearm {a:.0f}"
    assert b + 6 < j, f"band {b:.0f} not darker than his jacket beside it {j:.0f}: no contact shadow"


def _alpha(path: Path, k: int = 4) -> np.ndarray:
    pygame.init()
    return pygame.surfarray.array_alpha(pygame.image.load_sized_svg(str(path), (84 * k, 200 * k))) > 128


def test_the_embrace_drapes_her_skirt_over_the_lap() -> None:
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    her = specs["her"]
    assert her.poses["embrace"].variants.get("near_thigh") == "lap"
    assert her.parts["near_thigh"].variants["lap"] == "thigh_lap.svg"


def test_the_skirts_hem_is_not_a_cylinders_end() -> None:
    """The skirt's hem, falling past the knee (drape_fall.svg; a wavy cut at the lap's knee end read
    as a log's end, review11 #14), is wavy: its lower outline turns back and forth at least 4
    times; the plain thigh's end is one round cap (a cylinder), which turns once."""
    def turns(ends: np.ndarray) -> int:
        d = np.sign(np.diff(np.round(ends, 1)))
        d = d[d != 0]
        return int((np.diff(d) != 0).sum())

    k = 4
    fall = pygame.surfarray.array_alpha(pygame.image.load_sized_svg(str(HER / "drape_fall.svg"), (96 * k, 80 * k))) > 128
    hem = np.array([np.flatnonzero(fall[x])[-1] / k for x in range(30 * k, 86 * k, k)])
    plain = _alpha(HER / "thigh.svg")
    cap = np.array([np.flatnonzero(plain[x])[-1] / k for x in range(14 * k, 78 * k, k)])
    assert turns(hem) >= 4, f"the hem turns {turns(hem)} times: a round end"
    assert turns(cap) <= 2  # the check tells a cylinder's end from a hem


def test_the_skirt_has_folds_across_it() -> None:
    """A line across the lapped thigh (its middle, y 110) crosses at least 3 dark fold strokes
    (the plain thigh: 2 straight seams along it)."""
    pygame.init()
    img = pygame.surfarray.array3d(pygame.image.load_sized_svg(str(HER / "thigh_lap.svg"), (84 * 4, 200 * 4))).astype(float)
    row = img[8 * 4 : 80 * 4, 110 * 4].mean(axis=1)
    local = np.convolve(row, np.ones(49) / 49, mode="same")  # the cloth's own shading, 12 px round
    dark = (row < local - 10)[24:-24]
    folds = int((np.diff(dark.astype(int)) == 1).sum())
    assert folds >= 3, f"{folds} folds across her lap"
