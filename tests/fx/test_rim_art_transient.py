"""The cold rim's measure at a close shot (game/fx/rim_art.py, figure_light.ColdRim): the figures'
alpha over their box was a surface with per-pixel alpha of the box (the union of the parts), the
next pose's union another, a copy of it for where the rim shows and alpha copies of both; the shape
copied the alpha again and made four arrays of the box in `rim_alpha`. At line 17's push at 1080p
(a box of 1.3-1.5 Mpx) that was ~14 + 7 MB made and let go of inside a light frame, the kiosk's
high-water mark (issue 16). Now the union is laid straight into a uint8 array of the box, the next
pose's min'd in place, where the rim shows kept only over what the props and fast parts meet. The
same alpha, the same rim: the old way (surfaces and blits) is kept here to compare."""

from __future__ import annotations

import tracemalloc
from typing import Any, ClassVar

import numpy as np
import pygame
import pytest
from test_figure_light_rim import _Drawn, _Placed  # (tests/fx is on sys.path, as for every test here)

from game.fx import figure_light
from game.fx.figure_light import ColdRim
from game.fx.lighting import LightSample
from game.fx.rim_art import Coverage
from game.view import View

COLD = (58, 90, 140)
CANVAS = pygame.Rect(0, 0, 640, 360)
PAD = figure_light.RIM_PAD


def _blob(w: int, h: int, seed: int) -> pygame.Surface:
    """A part: an ellipse, soft at its edge, with some ragged alpha inside (every level occurs)."""
    big = pygame.Surface((w * 4, h * 4), pygame.SRCALPHA)
    big.fill((0, 0, 0, 0))
    pygame.draw.ellipse(big, (40, 60, 50, 255), (8, 8, w * 4 - 16, h * 4 - 16))
    out = pygame.transform.smoothscale(big, (w, h))
    a = pygame.surfarray.pixels_alpha(out)
    rng = np.random.default_rng(seed)
    a[...] = np.where(a > 200, rng.integers(120, 256, a.shape), a).astype(np.uint8)
    del a
    return out


class _Close:
    """What rim_art reads of game.art.figures.Figures: a figure filling the canvas (a close shot):
    a body lying over its edges, a head breathing (moves a px by the next pose), an arm moving fast,
    a hand in front (over the props), the arm's turn a subsurface (as a kept whole's is)."""

    def __init__(self) -> None:
        self.specs = {"her": object()}
        self.body = _blob(760, 420, 1)
        self.head = _blob(180, 200, 2)
        whole = pygame.Surface((160, 260), pygame.SRCALPHA)
        whole.fill((0, 0, 0, 0))
        whole.blit(_blob(140, 240, 3), (10, 10))
        self.arm = whole.subsurface((6, 6, 148, 248))
        self.hand = _blob(90, 70, 4)
        self.rasters = self
        self.room = self

    def anchor(self, _cid: str) -> Any:
        return type("Anchor", (), {"rect": pygame.Rect(250, 100, 200, 300)})()

    def shown(self, view: View, d: _Drawn) -> tuple[pygame.Surface, tuple[int, int], pygame.Rect]:
        img = {"body": self.body, "head": self.head, "arm": self.arm, "hand": self.hand}[d.part]
        x, y = view.pt(d.placed.x, d.placed.y)
        return img, (round(x), round(y)), pygame.Rect((round(x), round(y)), img.get_size())

    def whole_rect(self, view: View, d: _Drawn) -> pygame.Rect:
        return self.shown(view, d)[2]

    def _compose(self, states: dict[str, Any], t: float) -> tuple[list[_Drawn], dict[str, Any]]:
        return [_Drawn("her", "body", _Placed(-60.0, -30.0)),
                _Drawn("her", "head", _Placed(230.0 + 2.0 * t, 10.0)),
                _Drawn("her", "arm", _Placed(380.0 + 200.0 * t, 120.0)),
                _Drawn("her", "hand", _Placed(150.0, 300.0), front=True)], {}


class _Props:
    """game.art.props.PropArt as rim_art reads it: one front prop (a table's edge) over her."""

    pen_name, clock_name = "pen", "clock"

    def __init__(self) -> None:
        self.pieces = [type("Piece", (), {"layer": "front", "name": "table"})()]
        self.img = _blob(300, 120, 5)

    def _screen_rect(self, _p: Any, _view: View) -> pygame.Rect:
        return pygame.Rect(100, 280, 300, 120)

    def _raster(self, _p: Any, _scale: float) -> pygame.Surface:
        return self.img


def _old(figs: _Close, props: _Props, view: View, t: float) -> tuple[np.ndarray, np.ndarray]:
    """The measure as it was made (surfaces and blits): her alpha over the box, and where the rim shows."""
    area = CANVAS.inflate(2 * PAD, 2 * PAD)
    now, then = figs._compose({}, t)[0], figs._compose({}, t + 0.2)[0]
    box = pygame.Rect(figs.shown(view, now[0])[2]).unionall([figs.shown(view, d)[2] for d in now[1:]]).clip(area)

    def union(ds: list[_Drawn]) -> pygame.Surface:
        surf = pygame.Surface(box.size, pygame.SRCALPHA)
        for d in ds:
            img, pos, _r = figs.shown(view, d)
            surf.blit(img, (pos[0] - box.x, pos[1] - box.y), special_flags=pygame.BLEND_RGBA_MAX)
        return surf

    whole = union(now)
    whole.blit(union(then), (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    seen = whole.copy()
    r = props._screen_rect(None, view)
    seen.blit(props.img, (r.x - box.x, r.y - box.y), special_flags=pygame.BLEND_RGBA_SUB)
    for d in now:
        img, pos, _r = figs.shown(view, d)
        if d.front:
            seen.blit(img, (pos[0] - box.x, pos[1] - box.y), special_flags=pygame.BLEND_RGBA_MAX)
    img, pos, _r = figs.shown(view, now[2])  # the arm: fast
    seen.blit(img, (pos[0] - box.x, pos[1] - box.y), special_flags=pygame.BLEND_RGBA_SUB)
    return pygame.surfarray.array_alpha(whole), pygame.surfarray.array_alpha(seen)


def test_the_measure_is_the_alpha_the_surfaces_gave() -> None:
    """Her alpha over the box the least of the two poses' unions, as the blits made it, and where the
    rim shows: what it keeps of her alpha the same (beyond its rect, all of it)."""
    pygame.init()
    figs, props, view = _Close(), _Props(), View(1.0)
    got = Coverage().people(figs, props, view, {"her": None}, 3.0, 3.2, CANVAS, PAD)
    assert len(got) == 1
    whole, seen, box, _floor, inset = got[0]
    old_whole, old_seen = _old(figs, props, view, 3.0)
    assert box == CANVAS.inflate(2 * PAD, 2 * PAD) and inset == 1
    assert np.array_equal(whole, old_whole)
    assert seen is not None
    vis, at = seen
    assert box.contains(at) and at.size != box.size  # (only where the props and the fast arm meet)
    mine = whole.copy()
    cut = (slice(at.x - box.x, at.right - box.x), slice(at.y - box.y, at.bottom - box.y))
    mine[cut] = np.minimum(mine[cut], vis)
    assert np.array_equal(mine, np.minimum(old_whole, old_seen))
    assert (mine < whole).any(), "the table and the arm take some of her"


def _lit(rims: list[figure_light.Rim]) -> np.ndarray:
    canvas = pygame.Surface(CANVAS.size)
    canvas.fill((0, 0, 0))
    for spr, where, _floor in rims:
        canvas.blit(spr, where.topleft, special_flags=pygame.BLEND_RGB_ADD)
    out: np.ndarray = pygame.surfarray.array3d(canvas)
    return out


def _update(rim: ColdRim, figs: _Close, props: _Props, view: View) -> None:
    rim.pose(figs, props, {"her": None}, 3.0)
    window = LightSample(*view.to_room(-250, 200), 900.0, COLD, 1.8)
    rim.update(view, [], [window], COLD, CANVAS)


def test_the_rim_on_the_measure_is_the_rim_on_the_surfaces_alpha() -> None:
    pygame.init()
    figs, props, view = _Close(), _Props(), View(1.0)
    rim = ColdRim()
    _update(rim, figs, props, view)
    assert rim.rims
    whole, seen = _old(figs, props, view, 3.0)
    box = CANVAS.inflate(2 * PAD, 2 * PAD)
    key = next(k for k in rim._shapes)  # (id, id, rect, turn, width, level, canvas, inset)
    turn, width, level = key[6], key[7], key[8]
    bands = ColdRim()._shape(whole, (seen, box), box, turn, width, level, CANVAS, 1)
    assert np.array_equal(_lit(rim.rims), _lit([(s, r, 0.0) for s, r in bands]))


class _Counted(pygame.Surface):
    """pygame.Surface, each made (or copied) noted with its px."""

    made: ClassVar[list[int]] = []

    def __init__(self, size: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(size, *args, **kwargs)
        _Counted.made.append(self.get_width() * self.get_height())

    def copy(self) -> pygame.Surface:
        _Counted.made.append(self.get_width() * self.get_height())
        return super().copy()


@pytest.mark.parametrize("held", [False, True])
def test_the_measure_and_shape_make_no_surface_of_the_box_and_little_of_its_size(monkeypatch: pytest.MonkeyPatch, held: bool) -> None:
    """At a close shot (her box the canvas and its pad, 680 x 400 px here) the rim's measure and
    shape make no surface of more than a tenth of the box, and their numpy arrays at their most
    are at most 3.5 bytes a box px over what the measure adds to what is kept (her alpha, where the
    rim shows): `rim_alpha` two arrays, the next pose's union one, the bands' tints. Before: three
    RGBA surfaces of the box (12 bytes a px) and ~6 bytes a px of arrays. `held`: the two poses
    kept (rim_art.KEPT) measured before: the oldest let go of before the next is made, not after."""
    pygame.init()
    figs, props, view = _Close(), _Props(), View(1.0)
    rim = ColdRim()
    px = CANVAS.inflate(2 * PAD, 2 * PAD).w * CANVAS.inflate(2 * PAD, 2 * PAD).h
    monkeypatch.setattr(pygame, "Surface", _Counted)
    tracemalloc.start()  # (before the poses held are made: what is let go of of them is seen)
    try:
        for t in (1.0, 2.0) if held else ():
            rim.pose(figs, props, {"her": None}, t)
            rim.measure(view, [], [LightSample(*view.to_room(-250, 200), 900.0, COLD, 1.8)], COLD, CANVAS)
        was = rim.coverage.memory_bytes()
        _Counted.made = []
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        _update(rim, figs, props, view)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert rim.rims
    big = [n for n in _Counted.made if n > px // 10]
    assert big == [], f"surfaces of {big} px made (the box: {px})"
    kept = max(0, rim.coverage.memory_bytes() - was)
    assert peak - kept <= 3.5 * px, f"{(peak - kept) / px:.2f} bytes a box px made beside the {kept / px:.2f} kept"
