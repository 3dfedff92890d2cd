"""His hands at the wide shots' scale (FIGCLASP, issue 11).

Clasped: elbows on his knees (line 23) and sitting back watching (line 60) his two hands were two
fists pressed together, one brown lump at 1080p. Now the near hand's drawing is both hands
interlaced: down the front, the fingers' joints of the near hand (lit) and the far hand (a step
darker) alternate, parted by dark creases.

Holding: at line 72 ("as they leaned in") her hand, drawn over all of his, lay on top of it, so it
read as laid on his, not held. His thumb is now a part of its own drawn over the back of her hand."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.art.rig import load_poses, local_point
from game.view import View

ROOT = Path(__file__).resolve().parents[2]
FIGS = ROOT / "assets" / "art" / "figures"


def _lum(c: pygame.Color) -> float:
    return 0.3 * c.r + 0.59 * c.g + 0.11 * c.b


def _column_runs(path: Path, x: int) -> list[tuple[str, float]]:
    """Along a vertical line through the hand's front (SVG units, drawn 1:1 as in the wide shot):
    runs of finger tone (lit) and crease tone (dark), each with its mean luminance."""
    img = pygame.image.load(str(path))
    img = pygame.transform.smoothscale(img, (60, 100))
    runs: list[tuple[str, list[float]]] = []
    for y in range(100):
        c = img.get_at((x, y))
        if c.a < 200:
            continue
        lum = _lum(c)
        kind = "finger" if lum >= 120 else "crease"
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(lum)
        else:
            runs.append((kind, [lum]))
    return [(k, sum(v) / len(v)) for k, v in runs]


@pytest.mark.parametrize("pose", ["leaning", "watching"])
def test_clasped_hands_show_interlaced_fingers(pose: str) -> None:
    pygame.init()
    spec = load_poses(ROOT / "assets" / "figures" / "poses.toml")["him"]
    var = spec.poses[pose].variants.get("near_hand", spec.parts["near_hand"].default)
    path = FIGS / "him" / spec.parts["near_hand"].variants[var]
    fingers = [lum for k, lum in _column_runs(path, 46) if k == "finger"]
    # two fists showed 4 finger segments; interlaced, 3-4 of each hand alternate (>= 6 segments)
    assert len(fingers) >= 6, f"{pose}: {len(fingers)} finger segments along the clasp ({path.name})"
    # the two hands alternate: each segment differs in tone from the next (near lit, far a step darker)
    steps = [b - a for a, b in pairwise(fingers)]
    flips = sum(1 for s, t in pairwise(steps) if s * t < 0)
    assert flips >= 3, f"{pose}: segment tones {[round(f) for f in fingers]} do not alternate between the two hands"


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.assets import Assets
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _opaque(path: Path, size: tuple[float, float]) -> list[tuple[int, int]]:
    img = pygame.transform.smoothscale(pygame.image.load(str(path)), (int(size[0]), int(size[1])))
    return [(x, y) for y in range(img.get_height()) for x in range(img.get_width()) if img.get_at((x, y)).a > 128]


def test_his_thumb_lies_over_her_hand_at_line_72(story: tuple[Any, Any]) -> None:
    ctx, scene = story
    scene.seek(72, 4.0)
    layers = ctx.renderer.layers
    frame = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), scene.director.stage.at(scene.t), scene.t, scene.pen_uv)
    drawn, final = layers.figures._scene(frame.figures, scene.t)
    order = [(d.char, d.part, d.variant) for d in drawn]
    thumb = [i for i, (c, p, v) in enumerate(order) if c == "him" and p == "near_thumb" and v != "none"]
    hers = [i for i, (c, p, _v) in enumerate(order) if c == "her" and p == "near_hand"]
    assert thumb, "line 72: no thumb of his drawn over her hand"
    assert hers and thumb[0] > hers[0], "line 72: his thumb is drawn under her hand"
    specs = layers.figures.specs
    him, her = specs["him"], specs["her"]
    tp = final["him"]["near_thumb"]
    tvar = order[thumb[0]][2]
    tpix = _opaque(FIGS / "him" / him.parts["near_thumb"].variants[tvar], him.parts["near_thumb"].size)
    hp = final["her"]["near_hand"]
    hvar = order[hers[0]][2]
    hpix = _opaque(FIGS / "her" / her.parts["near_hand"].variants[hvar], her.parts["near_hand"].size)
    hand = {(round(x), round(y)) for x, y in (local_point(her, hp, (px + 0.5, py + 0.5)) for px, py in hpix)}
    hand |= {(x + dx, y + dy) for x, y in hand for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
    over = sum(1 for px, py in tpix if tuple(round(v) for v in local_point(him, tp, (px + 0.5, py + 0.5))) in hand)
    # most of the thumb lies on the back of her hand (not beside it on his own)
    assert over >= 0.4 * len(tpix), f"line 72: {over} of his thumb's {len(tpix)} px lie over her hand"
