"""The window's cold light reads on her in the wide shots (issue 12 item 1: 'the window's cold
light on the side toward it'; the brief: very subtle except at line 13). In a 1080p wide her
rim is RIM_WIDTH room px, 3 screen px; rim_art kept the whole figure's rim in from its edge by
the most any of its parts moved by the next pose (her breathing: 3 px, so inset 4), which left
almost none of it. Now the rim is shaped on her as she is at both poses (the least of the two
alphas): it still lies within the drawn figure from one to the other, and it shows."""

from __future__ import annotations

import pygame
import pytest

import game.fx.figure_light as figure_light
from game.assets import Assets
from game.capture import render_moment


def test_her_cold_rim_shows_in_the_wide(monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    seen: list[int] = []
    update = figure_light.ColdRim.update

    def record(self, *a, **k):  # type: ignore[no-untyped-def]
        update(self, *a, **k)
        seen.append(sum(int(pygame.transform.average_color(spr)[0]) * spr.get_width() * spr.get_height()
                        for spr, _r, _f in self.rims))

    monkeypatch.setattr(figure_light.ColdRim, "update", record)
    render_moment(Assets(), "1", 1.2, (1920, 1080))
    assert seen, "no light-map frame made the rims"
    # old: 0 (a 3 px rim kept 4 px in from her edge: nothing left); now ~36 000
    assert seen[-1] > 15_000, f"her cold rim in the wide adds only {seen[-1]} (red, summed)"
