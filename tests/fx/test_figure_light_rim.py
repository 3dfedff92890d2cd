"""The window's cold light as a thin rim on the edge of a figure facing the window, shaped at
screen resolution on the figure's own alpha (issue 12 item 1). It was switched off (af65710):
shaped on grids a few screen px a cell, at 1080p it laid a blurred pale-cyan halo round her hair
and back and a wash over her dress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pygame
import pytest

from game.fx import figure_light
from game.fx.figure_light import RIM_PX, ColdRim, rim_alpha
from game.fx.lighting import LightSample
from game.fx.rim_art import Coverage
from game.view import View

COLD = (58, 90, 140)
SCREEN = pygame.Rect(0, 0, 1920, 1080)


def _body(w: int = 300, h: int = 500) -> pygame.Surface:
    """A body: an upright ellipse, antialiased at its edge as drawn art is."""
    big = pygame.Surface((w * 4, h * 4), pygame.SRCALPHA)
    big.fill((0, 0, 0, 0))
    pygame.draw.ellipse(big, (40, 60, 50, 255), (40, 40, w * 4 - 80, h * 4 - 80))
    return pygame.transform.smoothscale(big, (w, h))


def _around(a: np.ndarray, r: int) -> np.ndarray:
    """Where `a` has some coverage within r px."""
    out = np.zeros(a.shape, bool)
    for dx in range(-r, r + 1):
        for dy in range(-r, r + 1):
            out |= np.roll(np.roll(a > 0, dx, axis=0), dy, axis=1)
    return out


def _light(rims: list[figure_light.Rim], size: tuple[int, int] = SCREEN.size) -> np.ndarray:
    """What the rims add, per screen px (the largest channel)."""
    canvas = pygame.Surface(size)
    canvas.fill((0, 0, 0))
    for spr, where, _floor in rims:
        canvas.blit(spr, where.topleft, special_flags=pygame.BLEND_RGB_ADD)
    out: np.ndarray = pygame.surfarray.array3d(canvas).max(axis=2).astype(int)
    return out


def _window(at: pygame.Rect, view: View, strength: float = 1.8) -> LightSample:
    """The window to the figure's left, level with it (room px)."""
    x, y = view.to_room(at.x - 250, at.centery)
    return LightSample(x, y, 400.0, COLD, strength)


def _rims(mask: pygame.Surface, at: pygame.Rect, view: View, strength: float = 1.8) -> list[figure_light.Rim]:
    pygame.init()
    rim = ColdRim()
    rim.update(view, [(mask, at, 950.0)], [_window(at, view, strength)], COLD, SCREEN)
    return rim.rims


def test_the_rim_is_a_thin_light_on_the_window_side_edge_and_nowhere_else() -> None:
    mask, view = _body(), View(1.0)
    at = pygame.Rect(600, 300, *mask.get_size())
    light = _light(_rims(mask, at, view))[at.x : at.right, at.y : at.bottom]
    a = pygame.surfarray.array_alpha(mask)
    row = at.h // 2
    left = int(np.nonzero(a[:, row] > 128)[0][0])  # the body's edge toward the window on this row
    assert light[left, row] > 25, "the edge facing the window is lit"
    assert light[a == 0].max() == 0, "not a pixel outside the body (no halo)"
    assert light[at.w // 2 :].max() == 0, "nothing on the half turned away from the window"
    deep = light[left + RIM_PX[1] + 1 : at.w // 2, row]
    assert deep.max() == 0, "a rim a few px deep, not a band over the dress"
    lit = np.nonzero(light[:, row])[0]
    assert 2 <= lit.size <= RIM_PX[1] + 1, lit


def test_the_rim_is_no_wider_in_a_close_shot() -> None:
    """In a close shot (4x) the rim stays a few screen px (it was 16 room px: 64 px at 4x)."""
    mask = _body(900, 1500)
    at = pygame.Rect(400, -200, 900, 1500)
    light = _light(_rims(mask, at, View(4.0)))
    row = 540
    lit = np.nonzero(light[:, row])[0]
    assert lit.size and lit.size <= RIM_PX[1] + 1 and lit[-1] - lit[0] <= RIM_PX[1], lit


def test_a_coarse_mask_is_made_sharp_again_at_its_edge() -> None:
    """(Without the drawn figure, on a caster's mask alone.) A silhouette handed over at a quarter
    of its screen size, scaled up, spread its edge over a mask px (4 screen px) and the rim with
    it: made sharp again, the rim keeps within a couple of px of the figure (the game shapes the
    figures' rims on their drawn alpha: below, not a px outside)."""
    fine = _body(400, 600)
    coarse = pygame.transform.smoothscale(fine, (100, 150))
    at = pygame.Rect(600, 200, 400, 600)
    light = _light(_rims(coarse, at, View(2.0)))[at.x : at.right, at.y : at.bottom]
    a = pygame.surfarray.array_alpha(fine)
    assert light.max() > 25
    assert light[~_around(a, 3)].max() == 0, "lit beyond the figure's edge"


def test_a_clearer_night_lights_the_edge_more_and_a_far_window_not_at_all() -> None:
    mask, view = _body(), View(1.0)
    at = pygame.Rect(600, 300, *mask.get_size())
    peaks = [_light(_rims(mask, at, view, s)).max() for s in (1.8, 1.0, 0.6)]  # clear, rain, downpour
    assert peaks[0] > peaks[1] > peaks[2], peaks
    assert _rims(mask, at, view, 0.12) == [], "the window's light across the room lights no rim (him at the armchair)"
    assert ColdRim.strength(0.5) > ColdRim.strength(0.38) > ColdRim.strength(0.25) > 0.0
    assert ColdRim.strength(0.1) == 0.0


def test_the_rim_is_blue_grey_and_subtle() -> None:
    mask, view = _body(), View(1.0)
    at = pygame.Rect(600, 300, *mask.get_size())
    canvas = pygame.Surface(SCREEN.size)
    canvas.fill((0, 0, 0))
    for spr, where, _f in _rims(mask, at, view):
        canvas.blit(spr, where.topleft, special_flags=pygame.BLEND_RGB_ADD)
    rgb = pygame.surfarray.array3d(canvas).reshape(-1, 3).astype(int)
    r, g, b = rgb[rgb.max(axis=1).argmax()]
    assert b > g > r and b - r < 0.5 * b, (r, g, b)  # cool, not cyan: moonlight, desaturated
    assert b < 140, "light on the edge, never a white outline"


def test_a_thin_thing_seen_edge_on_has_no_rim() -> None:
    mask = pygame.Surface((200, 300), pygame.SRCALPHA)
    mask.fill((0, 0, 0, 0))
    mask.fill((255, 255, 255, 255), (60, 0, 120, 200))  # a body
    mask.fill((255, 255, 255, 255), (60, 200, 4, 100))  # a heel 4 px wide under it
    at = pygame.Rect(700, 300, 200, 300)
    light = _light(_rims(mask, at, View(1.0)))[at.x : at.right, at.y : at.bottom]
    assert light[60:63, 50:150].max() > 25
    assert light[60:64, 220:290].max() == 0


def test_the_rim_is_a_pure_function_of_its_inputs() -> None:
    mask, view = _body(), View(1.0)
    at = pygame.Rect(600, 300, *mask.get_size())
    one, two = _rims(mask, at, view), _rims(mask.copy(), at, view)
    assert [w for _s, w, _f in one] == [w for _s, w, _f in two]
    assert all(pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB") for (a, _w, _f), (b, _v, _g) in zip(one, two, strict=True))


def test_rim_alpha_faces_its_direction() -> None:
    a = np.zeros((40, 20), np.uint8)
    a[10:30] = 255
    left = rim_alpha(a, (-1.0, 0.0), 3)[:, 10]
    right = rim_alpha(a, (1.0, 0.0), 3)[:, 10]
    assert list(left[8:15]) == [0, 0, 255, 170, 85, 0, 0]
    assert right[8:20].max() == 0 and right[27:30].tolist() == [85, 170, 255]


def test_the_rims_kept_stay_within_their_byte_budget_and_release_lets_go() -> None:
    pygame.init()
    rim = ColdRim()
    view = View(4.0)
    for k in range(20):  # twenty silhouette frames of a figure filling a close shot
        mask = pygame.Surface((480, 270), pygame.SRCALPHA)
        mask.fill((0, 0, 0, 0))
        pygame.draw.circle(mask, (255, 255, 255, 255), (200 + 5 * k, 135), 120)
        at = pygame.Rect(0, 0, 1920, 1080)
        rim.update(view, [(mask, at, 950.0)], [_window(pygame.Rect(200, 0, 10, 1080), view)], COLD, SCREEN)
        assert rim.rims
        assert rim.memory_bytes() <= figure_light.RIM_BUDGET
    rim.release()
    assert rim.memory_bytes() == 0


# --------------------------------------------------------------------------- on the drawn figure


@dataclass(frozen=True)
class _Placed:
    x: float
    y: float
    angle: float = 0.0


@dataclass(frozen=True)
class _Drawn:
    char: str
    part: str
    placed: _Placed
    variant: str = ""
    alpha: float = 1.0
    squash: float = 1.0
    mirror: bool = False
    front: bool = False


class _Figures:
    """Just what rim_art reads of game.art.figures.Figures: a body and an arm; the arm moves
    `arm_speed` room px a second to the right (away from the window)."""

    def __init__(self, arm_speed: float) -> None:
        self.specs = {"her": object()}
        self.arm_speed = arm_speed
        self.body = _body(160, 300)
        self.arm = pygame.Surface((50, 140), pygame.SRCALPHA)
        self.arm.fill((90, 70, 60, 255))
        self.rasters = self
        self.room = self

    def anchor(self, _cid: str) -> Any:
        return type("Anchor", (), {"rect": pygame.Rect(250, 150, 200, 800)})()

    def at(self, view: View, d: _Drawn, _mode: str) -> tuple[pygame.Surface, tuple[int, int]]:
        x, y = view.pt(d.placed.x, d.placed.y)
        return (self.body if d.part == "body" else self.arm), (round(x), round(y))

    def shown(self, view: View, d: _Drawn) -> tuple[pygame.Surface, tuple[int, int], pygame.Rect]:
        img, pos = self.at(view, d, "art")
        return img, pos, pygame.Rect(pos, img.get_size())

    def whole_rect(self, view: View, d: _Drawn) -> pygame.Rect:
        return self.shown(view, d)[2]

    def _compose(self, states: dict[str, Any], t: float) -> tuple[list[_Drawn], dict[str, Any]]:
        return [_Drawn("her", "body", _Placed(300.0, 200.0)),
                _Drawn("her", "arm", _Placed(200.0 + self.arm_speed * t, 260.0))], {}


def _drawn_alpha(figs: _Figures, view: View, t: float) -> np.ndarray:
    """The figure as the room draws it at t (alpha, screen)."""
    canvas = pygame.Surface(SCREEN.size, pygame.SRCALPHA)
    canvas.fill((0, 0, 0, 0))
    for d in figs._compose({}, t)[0]:
        img, pos = figs.at(view, d, "art")
        canvas.blit(img, pos)
    out: np.ndarray = pygame.surfarray.array_alpha(canvas)
    return out


@pytest.mark.parametrize("speed", [0.0, 2.0, 200.0])  # still, breathing, a writing arm
def test_the_rim_on_the_drawn_figure_never_lies_outside_it_while_it_is_shown(speed: float) -> None:
    """Shaped on the figure as drawn (not its coarse silhouette, which lies a few px off), and
    shown until the next pose: at every frame in between, not a px outside the drawn figure."""
    pygame.init()
    figs, view = _Figures(speed), View(1.0)
    coarse = pygame.Surface((40, 80), pygame.SRCALPHA)
    coarse.fill((255, 255, 255, 255))  # a coarse silhouette: lit through, it would be all rim
    rim = ColdRim()
    window = LightSample(100.0, 250.0, 400.0, COLD, 1.8)
    t = 3.0
    rim.pose(figs, None, {"her": None}, t)
    rim.update(view, [(coarse, pygame.Rect(180, 180, 300, 330), 950.0)], [window], COLD, SCREEN)
    light = _light(rim.rims)
    assert light.max() > 25, "the figure by the window has a rim"
    for frame in range(round(60 / figure_light.RIM_POSE_FPS)):  # the rims made at t are drawn until the next pose
        drawn = _drawn_alpha(figs, view, t + frame / 60.0)
        assert light[drawn == 0].max() == 0, f"lit outside the figure {frame} frames later"
    drawn = _drawn_alpha(figs, view, t)
    body_left = 300 + int(np.nonzero(drawn[300:, 350] > 128)[0][0])  # the body's edge toward the window
    assert light[body_left : body_left + 4, 330:370].max() > 25, "the body's edge toward the window is lit"
    arm = slice(round(200 + speed * t) + 1, round(200 + speed * t) + 49)
    if speed > 100:
        assert light[arm, 300:380].max() == 0, "no rim on what moves fast"


def test_the_rim_is_shaped_on_the_drawn_figure_not_the_casters_mask() -> None:
    pygame.init()
    figs, view = _Figures(0.0), View(1.0)
    coarse = pygame.Surface((40, 80), pygame.SRCALPHA)
    coarse.fill((255, 255, 255, 255))
    at = pygame.Rect(150, 150, 400, 400)  # a box: its own left edge would be lit
    rim = ColdRim()
    rim.pose(figs, None, {"her": None}, 1.0)
    rim.update(view, [(coarse, at, 950.0)], [LightSample(100.0, 250.0, 400.0, COLD, 1.8)], COLD, SCREEN)
    light = _light(rim.rims)
    assert light[at.x : at.x + 6].max() == 0, "the caster's box is not the figure"
    assert light.max() > 25


def test_a_figure_off_the_shot_is_not_rasterized_to_find_it_so() -> None:
    """At the fire close-up (4.8x) she is out of the shot, but lit by the window: her every part
    was turned at that zoom to learn that none showed (the close-up's memory peak). Now a figure
    whose map box, grown by its height, misses the canvas is skipped before any part is made."""
    pygame.init()
    figs = _Figures(0.0)
    calls: list[str] = []
    real_at = figs.at

    def at(view: View, d: _Drawn, mode: str) -> tuple[pygame.Surface, tuple[int, int]]:
        calls.append(d.part)
        return real_at(view, d, mode)

    figs.at = at  # type: ignore[method-assign]
    far = View(4.8, -4.8 * 3000.0, 0.0)  # the shot is 3000 room px to the right of her box
    assert Coverage().people(figs, None, far, {"her": None}, 1.0, 1.2, SCREEN, 8) == []
    assert calls == []
    near = View(1.0)
    assert len(Coverage().people(figs, None, near, {"her": None}, 1.0, 1.2, SCREEN, 8)) == 1
    assert calls, "in the shot her parts are made"
