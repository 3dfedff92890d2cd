"""The cold rim's parts turned ahead (game/fx/light_ahead.py `_rim_turns`, in the pass before a cut)
are the ones its measure then turns (game/fx/rim_art.py `Coverage.people`, asked through
`Coverage.wanted`). It turned every part of a lit figure within her reach of the canvas, at both
poses: at the push into line 17 at 1080p 9 turns (4.2 MiB) the measure never read (her legs, feet
and drapes below the shot), held in the reserve until the map was made."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pygame
import pytest
from test_figure_light_rim import _Drawn, _Placed  # (tests/fx is on sys.path, as for every test here)
from test_rim_art_transient import CANVAS, COLD, _blob, _Close

from game.fx import light_ahead
from game.fx.figure_light import ColdRim
from game.view import View


class _Reaching(_Close):
    """`_Close` (a body over the canvas's edges, a head, a fast arm, a hand) and a foot lying wholly
    below the canvas, within her reach; each turn asked for (`shown`) noted with its px. `breathing`:
    her head moves a little by the next pose (the measure then turns that pose too)."""

    def __init__(self, breathing: bool) -> None:
        super().__init__()
        self.foot = _blob(120, 60, 6)
        self.breathing = breathing
        self.turned: list[tuple[str, _Placed, int]] = []

    def _placed(self, view: View, d: _Drawn) -> tuple[pygame.Surface, tuple[int, int], pygame.Rect]:
        if d.part != "foot":
            return super().shown(view, d)
        x, y = view.pt(d.placed.x, d.placed.y)
        return self.foot, (round(x), round(y)), pygame.Rect((round(x), round(y)), self.foot.get_size())

    def shown(self, view: View, d: _Drawn) -> tuple[pygame.Surface, tuple[int, int], pygame.Rect]:
        out = self._placed(view, d)
        self.turned.append((d.part, d.placed, out[0].get_width() * out[0].get_height()))
        return out

    def whole_rect(self, view: View, d: _Drawn) -> pygame.Rect:
        return self._placed(view, d)[2]  # (found without turning the part: PartRasters.whole_rect)

    def _compose(self, states: dict[str, Any], t: float) -> tuple[list[_Drawn], dict[str, Any]]:
        parts, _ = super()._compose(states, t if self.breathing else 3.0)
        arm = _Drawn("her", "arm", _Placed(380.0 + 20.0 * t, 120.0))  # (on the canvas, fast either way: 4 px a pose)
        return [*(arm if d.part == "arm" else d for d in parts), _Drawn("her", "foot", _Placed(300.0, 520.0))], {}


@pytest.mark.parametrize("breathing", [True, False])
def test_the_parts_turned_ahead_are_the_ones_the_measure_turns(breathing: bool) -> None:
    pygame.init()
    figs, view = _Reaching(breathing), View(1.0)
    rim = ColdRim()
    rim.lit = lambda *_a: {"her"}  # type: ignore[method-assign]  # (the window lights her)
    fx = SimpleNamespace(window_light=None, cold_rim=rim, lights=lambda *_a: [])
    state = SimpleNamespace(light_stepped=lambda: None)
    steps = list(light_ahead._rim_turns(fx, figs, {"her": None}, view, state, 3.0, CANVAS.size))
    ahead, figs.turned = figs.turned, []
    rim.pose(figs, None, {"her": None}, 3.0)
    got = rim.measure(view, [], [], COLD, CANVAS)
    assert got and got[0][4] == (1 if breathing else 0)  # (breathing: the least of both poses, kept in a px)
    assert len(steps) == len(ahead)  # (a part a step)
    assert ahead == figs.turned, "turned ahead: what the measure turns, no more"
    assert sum(px for _p, _at, px in ahead) == sum(px for _p, _at, px in figs.turned)
    assert "foot" not in {part for part, _at, _px in ahead}  # (wholly below the canvas: never laid in)
    assert len(ahead) == (8 if breathing else 4)  # (the next pose only while she breathes; was 10 either way)
