"""Review13 D6, lines 16/17: her twirling hand's knuckles and the lock wound round her forefinger.

- Each curled finger carried a pale crescent cap at its middle knuckle (a 1.3-unit #f4d3bd stroke):
  at 2.5x a jointed toy's finger. The knuckle must be skin over a joint: a soft lit ridge in the
  finger's own fill, no edge of its own.
- The wraps round the forefinger were two filled brown crescents, level and alike, hooked on the
  finger. The coil must read as hair wound round it: fine strands along it (light and dark lines
  across each crossing), a helix (each pass over the finger slants: it advances along the finger,
  passing behind it between), a sheen, the lock from the temple joining it, and it moves as she
  twirls (its drawings turn on the finger and the free end swings).

Measured on the art (hand_curl.svg, and curl.svg composited on it where the rig hangs it: its centre
on the hand's (12, 68), 30 room px for its 40 units), SCALE px per room px. At 0aa3389: the knuckle's
steepest 0.2-unit step 37.6 levels (now ~4); one extremum across each wrap (now 4); the wraps' slant
0.1 room px (now ~1); one drawing."""

from __future__ import annotations

import math
import os
import tomllib
from pathlib import Path

import numpy as np
import pygame

from game.art import curl
from game.assets import Assets

ROOT = Path(__file__).resolve().parents[2]
ART = ROOT / "assets" / "art" / "figures" / "her"
SCALE = 10
MARGIN = 5  # room px of canvas left of the hand (the coil reaches past its edge)
CURLED = ((19.0, 41.0, 51.0), (25.9, 41.0, 50.0), (32.1, 40.5, 46.5))  # hand_curl.svg: the curled fingers' middles, rows over the middle knuckle
FINGER_X = 12.3  # hand_curl.svg: the forefinger's middle under the coil
QUARTERS = (10.4, 14.2)  # its left and right quarters


def _raster(name: str, size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """(alpha, rgb) of an SVG of the figure, rows first."""
    pygame.init()
    img = pygame.image.load_sized_svg(str(ART / name), size)
    return pygame.surfarray.array_alpha(img).T.astype(float), pygame.surfarray.array3d(img).transpose(1, 0, 2).astype(float)


def _luma(rgb: np.ndarray) -> np.ndarray:
    return rgb @ np.array([0.3, 0.59, 0.11])


def _hand_with(name: str) -> tuple[np.ndarray, np.ndarray]:
    """The hand with a coil drawing on it, as the rig hangs it (unturned): (rgb, the coil's opaque pixels)."""
    _, hand = _raster("hand_curl.svg", (46 * SCALE, 90 * SCALE))
    alpha, coil = _raster(name, (30 * SCALE, 30 * SCALE))
    m = MARGIN * SCALE
    rgb = np.zeros((90 * SCALE, 46 * SCALE + 2 * m, 3))
    rgb[:, m:m + 46 * SCALE] = hand
    x0, y0 = (12 - 15) * SCALE + m, (68 - 15) * SCALE
    w = alpha[..., None] / 255
    rgb[y0:y0 + 30 * SCALE, x0:x0 + 30 * SCALE] = rgb[y0:y0 + 30 * SCALE, x0:x0 + 30 * SCALE] * (1 - w) + coil * w
    hair = np.zeros(rgb.shape[:2], bool)
    hair[y0:y0 + 30 * SCALE, x0:x0 + 30 * SCALE] = alpha > 200
    return rgb, hair


def _runs(column: np.ndarray) -> list[tuple[int, int]]:
    """The (start, end) rows of each run of True."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], column.astype(int), [0]))))
    return list(zip(edges[::2], edges[1::2], strict=True))


def _extrema(profile: np.ndarray, prominence: float = 12.0) -> int:
    """Turns of a luminance profile (up to down or down to up) by at least `prominence` levels:
    the light and dark lines crossed."""
    turns, direction, ref = 0, 0, profile[0]
    for v in profile[1:]:
        if direction >= 0 and v < ref - prominence:
            turns, direction, ref = turns + (direction > 0), -1, v
        elif direction <= 0 and v > ref + prominence:
            turns, direction, ref = turns + (direction < 0), 1, v
        elif (direction > 0 and v > ref) or (direction < 0 and v < ref):
            ref = v
    return turns


def _col(x: float) -> int:
    return round((x + MARGIN) * SCALE)


def test_knuckles_are_a_soft_lit_ridge_not_a_capped_joint() -> None:
    """Down each curled finger over its middle knuckle (hand_curl.svg y ~41-50): no step of more than
    8 levels between pixels 0.2 units apart (the crescent cap's edges: 37.6), and the skin over the
    joint is lit: the profile rises at least 15 levels above where the zone starts."""
    alpha, rgb = _raster("hand_curl.svg", (46 * SCALE, 90 * SCALE))
    lum = _luma(rgb)
    for x, y0, y1 in CURLED:
        c, rows = round(x * SCALE), slice(round(y0 * SCALE), round(y1 * SCALE))
        prof = lum[rows, c]
        assert (alpha[rows, c] > 250).all()
        steps = np.abs(prof[2:] - prof[:-2])
        assert steps.max() <= 8, f"finger at x {x}: a {steps.max():.0f}-level edge at the knuckle (a crescent cap)"
        assert prof.max() - prof[0] >= 15, f"finger at x {x}: no lit ridge over the joint ({prof.max() - prof[0]:.0f})"


def test_each_pass_over_the_finger_shows_fine_strands() -> None:
    """Down the forefinger's middle, every run of the coil over it (in every frame of the twirl)
    crosses at least three light/dark turns of 12+ levels (its hairs, lit edge and sheen), and there
    are at least two passes (at 0aa3389: two wraps, one turn each)."""
    for k in range(curl.FRAMES):
        rgb, hair = _hand_with(_name(k))
        c = _col(FINGER_X)
        runs = _runs(hair[:, c])
        assert len(runs) >= 2, f"frame {k}: {len(runs)} passes over the finger"
        for a, b in runs:
            turns = _extrema(_luma(rgb[a:b, c]))
            assert turns >= 3, f"frame {k}: {turns} light/dark turns across the pass at y {a / SCALE:.1f}: a flat band"


def test_the_coil_is_a_helix_passing_behind_the_finger() -> None:
    """Each pass over the finger slants (it winds on along the finger): its middle lies at least
    0.5 room px further toward the knuckles at the finger's right quarter than at its left, at least
    two passes and none the other way (level crescents, 0.1); between passes the finger's skin shows (the coil
    behind it), while hair shows just beside both its edges there."""
    for k in range(curl.FRAMES):
        _, hair = _hand_with(_name(k))
        centre = _runs(hair[:, _col(FINGER_X)])
        span = (centre[0][0] / SCALE - 1.5, centre[-1][1] / SCALE + 1.5)  # the passes, not the free end beside them
        left, right = ([m for a, b in _runs(hair[:, _col(x)]) if span[0] <= (m := (a + b) / 2 / SCALE) <= span[1]]
                       for x in QUARTERS)
        assert len(left) == len(right) >= 2, (k, left, right)
        slants = [lv - rv for lv, rv in zip(left, right, strict=True)]
        assert sum(d >= 0.5 for d in slants) >= 2 and min(slants) > -0.2, (k, slants)  # (the lock's entry may begin mid-finger)
        gap = (centre[0][1] + centre[1][0]) // 2  # a row between the first two passes
        assert not hair[gap, _col(FINGER_X)]
        beside = [hair[gap - 3 * SCALE:gap + 3 * SCALE, _col(x)].any() for x in (8.6, 16.0)]
        assert all(beside), f"frame {k}: no hair beside the finger between passes {beside}"


def test_the_coil_has_a_sheen() -> None:
    """Where it faces the light the lock is lit: some of its pixels are a bright chestnut (luma >= 125,
    red >= 1.3 green), more than 3% of the coil (the crescents' lit sliver: luma 110)."""
    alpha, rgb = _raster("curl.svg", (30 * SCALE, 30 * SCALE))
    px = rgb[alpha > 200]
    lit = (_luma(px) >= 125) & (px[:, 0] >= 1.3 * px[:, 1])
    assert lit.mean() > 0.03, f"{lit.mean():.3f} of the coil lit"


def test_the_lock_from_the_temple_joins_the_coil() -> None:
    """In every frame the drawn lock from her temple ends where the coil begins (curl.entry): on the
    coil's own hair."""
    for k in range(curl.FRAMES):
        alpha, _ = _raster(_name(k), (30 * SCALE, 30 * SCALE))
        x, y = curl.entry(k)
        assert alpha[round(y * SCALE), round(x * SCALE)] > 128, k


def test_the_coil_turns_and_its_end_swings_as_she_twirls() -> None:
    """The rig shows a drawing per frame of the twirl (her-rig.toml's curl variants, one rock of a
    single drawing at 0aa3389); across one twirl the passes over the finger slide along it by at
    least 0.5 room px and the free end moves at least 1.5 room px."""
    rig = tomllib.loads((ROOT / "assets" / "figures" / "her-rig.toml").read_text())
    variants = rig["parts"]["curl"].get("variants", {})
    assert len(variants) >= 3 and {curl.variant(k) for k in range(curl.FRAMES)} <= set(variants)
    shown = {curl.frame(i / 60) for i in range(round(curl.PERIOD * 60))}
    assert shown == set(range(curl.FRAMES))
    firsts, ends = [], []
    for k in range(curl.FRAMES):
        alpha, _ = _raster(_name(k), (30 * SCALE, 30 * SCALE))
        firsts.append(_runs(alpha[:, round(curl.AXIS_X * 0.75 * SCALE)] > 200)[0][0] / SCALE)
        ys, xs = np.nonzero(alpha > 200)
        top = ys.min()  # the free end's tip: the coil's furthest point toward the knuckles
        ends.append((xs[ys <= top + 2].mean() / SCALE, top / SCALE))
    assert max(firsts) - min(firsts) >= 0.5, firsts
    assert max(math.dist(a, b) for a in ends for b in ends) >= 1.5, ends


def _name(k: int) -> str:
    return "curl.svg" if k == 0 else f"curl_w{k}.svg"


def test_the_lock_from_the_temple_shows_its_hairs_as_the_coil_does() -> None:
    """Across the drawn lock from her temple at line 16 (2 s, shown 3 room px per px, as 17 frames
    her face), halfway to the finger: at least three light/dark turns of 12+ levels (its hairs,
    running on into the coil's), where at 0aa3389 it was flat filled bands (one turn)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    from game.art.figures import strand_band
    from game.art.rig import local_point
    from game.capture import capture_context
    from game.settings import Settings
    from game.view import View

    ctx = capture_context(Assets(), Settings())
    scene = ctx.scenes.story()
    n = next(i for i, line in enumerate(ctx.script.lines, 1) if "Her eyes were locked onto him" in line.text)
    scene.seek(n, 2.0)
    layers = ctx.renderer.layers
    frame = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), scene.director.stage.at(scene.t), scene.t, scene.pen_uv)
    figs = layers.figures
    placed = figs._scene(frame.figures, scene.t)[1]["her"]
    spec = figs.specs["her"]
    end = local_point(spec, placed["curl"], curl.entry(curl.frame(scene.t)))
    x, y, nx, ny, h = strand_band(spec, placed["head"], end, scene.t)[8]
    view = View(3.0, 100 - x * 3.0, 100 - y * 3.0)
    surf = pygame.Surface((200, 200))
    surf.fill((255, 255, 255))
    figs._strand(surf, view, next(d for d in figs._scene(frame.figures, scene.t)[0] if d.part == "strand"), placed, scene.t)
    across = [surf.get_at((round(100 + nx * 3.0 * h * k / 20), round(100 + ny * 3.0 * h * k / 20)))[:3] for k in range(-19, 20)]
    turns = _extrema(_luma(np.array(across, float)))
    assert turns >= 3, f"{turns} light/dark turns across the lock from her temple"
