"""The page remembers: live play, rollback and `--render N` show the same page at line N.

The live frames come through the real loop (`tests/pilot.py`); the render is
`game.capture.render_moment`, what `--render N --at S` writes. Only the notebook's pages
are compared (the room behind them flickers with the scene clock, which differs between
a played and a rendered moment), and only once the line is written and the pen has come
to rest, so any difference is a difference in what is written on the page.
"""

from __future__ import annotations

import numpy as np
import pygame
import pytest
from pilot import Pilot

from game.assets import Assets
from game.capture import render_moment
from game.pen.book import Spread
from game.scenes.story import NOTEBOOK_RECT, StoryScene

SETTLED = 14.0  # seconds into a written line by which the pen has written it and come to rest


def _pages(surface: pygame.Surface, scene: StoryScene) -> np.ndarray:
    """The two pages of the open notebook, as float RGB."""
    rect = scene.notebook_rect(surface.get_width())
    assert rect is not None, "the notebook is not on screen"
    sp, s = Spread(), rect.w / 1240
    box = pygame.Rect(round(rect.x + sp.left.x * s), round(rect.y + sp.left.y * s),
                      round((sp.right.right - sp.left.x) * s), round(sp.left.h * s))
    return pygame.surfarray.array3d(surface.subsurface(box)).astype(float)


def _story(pilot: Pilot) -> StoryScene:
    top = pilot.app.stack.top
    assert isinstance(top, StoryScene)
    return top


def _click_to(pilot: Pilot, line: int) -> None:
    """Play on, one click at a time as a hurried player does, until `line` is shown."""
    for _ in range(60):
        if pilot.line == line:
            return
        pilot.click()
        pilot.frames(2)
    raise AssertionError(f"line {line} not reached (at {pilot.line})")


def _live_and_rendered(pilot: Pilot) -> tuple[np.ndarray, np.ndarray]:
    """The pages live now, and rendered at the same line and moment."""
    scene = _story(pilot)
    since = scene.now - scene.director.line_started
    live = _pages(pilot.snapshot().image, scene)
    size = pilot.snapshot().image.get_size()
    rendered = render_moment(Assets(), str(pilot.line), since, size)
    return live, _pages(rendered, scene)


def _differ(a: np.ndarray, b: np.ndarray) -> float:
    """The share of page pixels that differ visibly."""
    return float(np.mean(np.abs(a - b).max(axis=2) > 24))


@pytest.mark.parametrize(("line", "before"), [(37, 32), (70, 67)])
def test_live_page_is_the_rendered_page(pilot: Pilot, line: int, before: int) -> None:
    pilot.start_at(line - 11)  # a narration line before the page begun at 27, and at 67
    pilot.frames(1)
    _click_to(pilot, line)
    pilot.advance(SETTLED)
    live, rendered = _live_and_rendered(pilot)
    assert _differ(live, rendered) < 0.002
    # the comparison can fail: the page at the line written before is visibly not this one
    earlier = render_moment(Assets(), str(before), SETTLED, pilot.snapshot().image.get_size())
    assert _differ(live, _pages(earlier, _story(pilot))) > 0.005


def test_rollback_keeps_the_page(pilot: Pilot) -> None:
    pilot.start_at(31)
    pilot.frames(1)
    _click_to(pilot, 38)
    pilot.key(pygame.K_PAGEUP)  # back to his confession
    pilot.frames(1)
    assert pilot.line == 37
    pilot.advance(SETTLED)
    live, rendered = _live_and_rendered(pilot)
    assert _differ(live, rendered) < 0.002


def test_rollback_to_narration_leaves_no_panel(pilot: Pilot) -> None:
    pilot.start_at(28)
    pilot.frames(1)
    _click_to(pilot, 30)
    pilot.key(pygame.K_PAGEUP)
    pilot.frames(2)
    assert pilot.line == 29
    assert _story(pilot).notebook_rect(1920) is None


def _left_page_ink(line: int, at: float) -> int:
    """Dark (ink) pixels on the left page of the notebook's close shot at line `line`."""
    size = (960, 540)
    image = render_moment(Assets(), str(line), at, size)
    k = size[0] / 1920
    s = NOTEBOOK_RECT[2] / 1240 * k
    sp = Spread()
    box = pygame.Rect(round(NOTEBOOK_RECT[0] * k + (sp.left.x + 60) * s), round(NOTEBOOK_RECT[1] * k + (sp.left.y + 20) * s),
                      round((sp.left.w - 100) * s), round((sp.left.h - 40) * s))
    rgb = pygame.surfarray.array3d(image.subsurface(box)).astype(int)
    return int((rgb.sum(axis=2) < 300).sum())


def test_the_forgotten_notebook_lies_open_at_empty_pages() -> None:
    """Line 81, 'The notebook lay forgotten on the coffee table, its pages empty': the leaves
    turned over during the embrace, the close shot shows blank pages (line 70 shows ink)."""
    assert _left_page_ink(70, SETTLED) > 500
    assert _left_page_ink(81, 3.0) == 0
