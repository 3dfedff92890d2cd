"""The notebook made at Begin (MEM, issue 16): let go of until its first page, the same pixels after.

`Books.new` makes the story's notebook at each Begin and each kiosk reset: its paper and leather,
its page and ink layers and (with the first run's warm-up) the writers' hands, ~32 MiB at 1080p.
The story shows the page first at line 17, so a notebook not yet drawn with nothing written lets
them go at its first update, as one the story has left does; the page shot's art and hands are
painted again ahead of it, and its page is then every pixel that of a notebook that kept them.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import numpy as np
import pygame
import pytest
from test_memd_notebook import _surface_bytes  # tests/ is on the path (conftest)

from game.pen import PANEL_H, PANEL_W, Hand, Notebook, PenCache, load_hands
from game.pen.notebook import LET_GO_S

HANDS = Path(__file__).resolve().parents[1] / "assets" / "hands.toml"
SCALE = 0.5
LINE = ("I never meant for things to end this way.", "elegant", 11)


@pytest.fixture(scope="module")
def hands() -> dict[str, Hand]:
    pygame.init()
    return load_hands(HANDS)


def _panel() -> pygame.Surface:
    return pygame.Surface((round(PANEL_W * SCALE), round(PANEL_H * SCALE)))


def _write_and_draw(nb: Notebook, surface: pygame.Surface, t0: float) -> float:
    nb.write(LINE[0], LINE[1], None, LINE[2], at=t0)
    t, end = t0, t0 + nb.duration(10.0) + 2.0
    while t < end:
        nb.update(t, 10.0)
        nb.draw(surface, surface.get_rect(), t)
        t += 0.25
    return t


def test_a_notebook_begun_in_the_room_lets_its_art_page_and_hands_go_before_its_first_page(hands: dict[str, Hand]) -> None:
    cache = PenCache()
    nb = Notebook(hands, 3, SCALE, cache=cache)
    nb.warm([("elegant", None)], "I never meant")  # the first Begin's warm-up paints the writer's hand
    panel = round(PANEL_W * SCALE) * round(PANEL_H * SCALE) * 4
    assert _surface_bytes(nb) > 1.5 * panel and cache.writers, "made at Begin: art, page and hand held"
    nb.update(0.0, 10.0)  # the story's first line, in the room: the notebook is not drawn
    nb.update(2 * LET_GO_S, 10.0)
    assert _surface_bytes(nb) < 0.25 * panel, "not drawn yet: its full-size page and art are let go of"
    assert not cache.writers and not cache.art, "the writers' hands and the paper go (painted ahead of the page)"
    assert cache.stamps, "the nib stamps stay (the warm-up is not repeated)"


def test_the_first_page_after_letting_go_is_the_page_of_a_notebook_that_kept_everything(hands: dict[str, Hand]) -> None:
    kept, gone = Notebook(hands, 3, SCALE, cache=PenCache()), Notebook(hands, 3, SCALE, cache=PenCache())
    for t in (0.0, 1.0, 5.0):  # lines in the room before the first page
        gone.update(t, 10.0)
    assert not gone._cache.art
    a, b = _panel(), _panel()
    t_a, t_b = _write_and_draw(kept, a, 6.0), _write_and_draw(gone, b, 6.0)
    assert t_a == t_b
    assert np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b))
    assert pygame.image.tobytes(gone.page_surface, "RGBA") == pygame.image.tobytes(kept.page_surface, "RGBA")


def test_a_notebook_given_its_line_before_a_first_draw_keeps_what_it_will_draw(hands: dict[str, Hand]) -> None:
    cache = PenCache()
    nb = Notebook(hands, 3, SCALE, cache=cache)
    nb.write(LINE[0], LINE[1], None, LINE[2], at=0.0)  # a story started at a page line, or a still of one
    nb.update(0.0, 10.0)
    assert cache.art and cache.writers, "the page about to be drawn is not let go of and painted twice"
