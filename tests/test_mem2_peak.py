"""MEM2: the whole story's highest moments at 1080p hold less, with the same pixels.

The forgotten notebook's page turn (line 81) was the story's highest moment: the turn kept the
turned spread and its ink (two panels) beside the leaves cut from them, the light map kept its
full-size buffers and the candles the room shot's halos while the notebook's page was shown. A
camera move's back plate was painted on a copy of its tile background (line 17: two large
buffers at once). Each of these is checked here by the bytes held and by the pixels drawn.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

from game.fx.lighting import LightMap
from game.fx.sprites import PerScale
from game.memory import budget_for, budgets, census
from game.pen import PANEL_H, PANEL_W, Hand, Notebook, PenCache, load_hands
from game.pen.notebook import TURN_T

HANDS = Path(__file__).resolve().parents[1] / "assets" / "hands.toml"
SCALE = 0.5


@pytest.fixture(scope="module")
def hands() -> dict[str, Hand]:
    pygame.init()
    return load_hands(HANDS)


def _turning(hands: dict[str, Hand]) -> tuple[Notebook, pygame.Surface, pygame.Rect, float]:
    """A notebook with a line written, its page turned at the returned time."""
    nb = Notebook(hands, 3, SCALE, cache=PenCache())
    surface = pygame.Surface((round(PANEL_W * SCALE), round(PANEL_H * SCALE)))
    rect = surface.get_rect()
    nb.write("I never meant for things to end this way.", "elegant", None, 11, at=0.0)
    t = 0.0
    while t < nb.duration(10.0) + 1.0:
        nb.update(t, 10.0)
        nb.draw(surface, rect, t)
        t += 0.25
    nb.turn_page(t)
    return nb, surface, rect, t


def _held(nb: Notebook) -> dict[str, int]:
    return {path: b for path, (b, _n) in census({"scene.notebook": nb}).items()}


def test_a_turn_keeps_only_its_leaves_after_its_first_frame(hands: dict[str, Hand]) -> None:
    nb, surface, rect, t = _turning(hands)
    nb.update(t, 10.0)
    nb.draw(surface, rect, t)  # the first frame cuts the leaves
    turn = sum(b for path, b in _held(nb).items() if path.startswith("scene.notebook._turn"))
    panel = surface.get_width() * surface.get_height() * 4
    # the leaves: five half pages (~2 panels); the two panels they were cut from were kept too (~4)
    assert 0 < turn <= 2.1 * panel, f"the turn holds {turn / panel:.2f} panels after its first frame"
    size = (1920, 1080)  # and its budget, at 1080p's panel (the same share of the screen)
    budget = budget_for("scene.notebook._turn.leaves.thru", budgets())
    assert budget is not None and turn / panel * (PANEL_W * 1.46 * PANEL_H * 1.46 * 4) <= budget(size)


def test_a_turn_draws_the_same_frames_from_its_leaves_alone(hands: dict[str, Hand]) -> None:
    nb, surface, rect, t = _turning(hands)
    frames = []
    for k in range(7):
        at = t + k * TURN_T / 6
        nb.update(at, 10.0)
        nb.draw(surface, rect, at)
        frames.append(pygame.image.tobytes(surface, "RGB"))
    again, surface2, rect2, t2 = _turning(hands)
    assert t2 == t
    for k in range(7):  # a second notebook: the first frame's leaves cut from copies held (as before) ...
        at = t + k * TURN_T / 6
        again.update(at, 10.0)
        again.draw(surface2, rect2, at)
        assert pygame.image.tobytes(surface2, "RGB") == frames[k], f"turn frame {k} differs"
    assert frames[0] != frames[3] != frames[6]


def _lit(lm: LightMap, key: int) -> bytes:
    def build() -> pygame.Surface:
        small = pygame.Surface((24, 14))
        small.fill((200, 150 + key, 90))
        small.fill((255, 230, 180), (5, 4, 8, 6))
        return small

    target = pygame.Surface((192, 112))
    target.fill((180, 180, 180))
    lm.apply(target, key, build)
    return pygame.image.tobytes(target, "RGB")


def test_the_light_map_lets_go_of_its_buffers_when_not_applied_and_lights_the_same_after() -> None:
    lm = LightMap()
    lm.window = (192, 112)  # the window the map is shown in: kept baked (lighting._bakes), a canvas
    first = _lit(lm, 1)
    lm.watch()
    lm.release()  # applied before the watch, not since: a shot drawing no room
    assert sum(b for b, _n in census({"lm": lm}).values()) == 0, "the upscaled map kept while no room is drawn"
    assert _lit(lm, 1) == first
    lm.watch()
    _lit(lm, 1)
    lm.release()  # applied since the watch: kept
    assert sum(b for b, _n in census({"lm": lm}).values()) >= 192 * 112 * 4


class _Art:
    def __init__(self) -> None:
        self.halos: dict[int, pygame.Surface] = {}


def test_an_effects_sprites_not_drawn_since_the_look_go_and_those_drawn_stay() -> None:
    art: PerScale[_Art] = PerScale(lambda _s: _Art())
    drawn = art.at(2.0)
    drawn.halos[0] = pygame.Surface((64, 64))
    ahead = art.at(3.0, ahead=True)
    ahead.halos[0] = pygame.Surface((64, 64))
    art.watch()
    art.near(2.0)  # the effect draws at its scale
    art.release()
    assert drawn.halos and ahead.halos
    art.watch()
    art.release()  # the room not drawn since the look (the notebook's page shown)
    assert not drawn.halos, "the drawn scale's sprites kept while no room is drawn"
    assert ahead.halos, "the next shot's sprites, made ahead, let go of"
    assert art.at(2.0) is drawn  # the effect still finds its art, and makes the sprites again
    drawn.halos[0] = pygame.Surface((64, 64))
    art.at(2.0, ahead=True)  # the next shot is at the drawn scale (back from an insert)
    art.watch()
    art.release()
    assert drawn.halos, "the next shot's sprites, made ahead at the drawn scale, let go of before its cut"
