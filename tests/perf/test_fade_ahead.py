"""While a scene fades out, the next one makes what its first frame draws (`Scene.ahead`), a little
each frame drawn: the ending's vignette and closing shot were made in its first frame, the whole
story's worst (stop 43: 0.26-0.32 s at 1080p). Made in bands, the vignette's pixels are the same."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pygame
import pytest

import game.scenes.vignette as vignette
from game.scenes.base import Scene, SceneStack
from game.scenes.vignette import Vignette

LIGHTS = [(1395, 366, 24), (1006, 758, 24), (168, 548, 24), (1565, 690, 95), (1900, 1070, 30), (-40, 500, 24)]


class Still(Scene):
    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((40, 30, 20))


class Making(Still):
    """A scene whose first frame needs `n` steps made (each one tick of the stack's clock)."""

    def __init__(self, n: int, clock: list[float]) -> None:
        super().__init__()
        self.n, self.made, self.clock, self.canvas = n, 0, clock, None

    def ahead(self, canvas: tuple[int, int]) -> Iterator[str]:
        self.canvas = canvas
        for _ in range(self.n):
            self.clock[0] += 0.004
            self.made += 1
            yield "step"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    now = [0.0]
    monkeypatch.setattr(SceneStack, "ahead_clock", lambda self: now[0])
    return now


def test_the_next_scene_is_made_while_the_old_one_fades_out(clock: list[float]) -> None:
    stack, surface = SceneStack(), pygame.Surface((320, 180))
    stack.push(Still())
    nxt = Making(10, clock)
    stack.fade_to(nxt, 2.0)
    stack.update(1 / 60)
    stack.draw(surface)
    assert nxt.canvas == (320, 180)  # asked for at the canvas drawn
    assert 1 <= nxt.made <= 3  # a few steps a frame (AHEAD_BUDGET 6 ms, 4 ms each: the step over it ends it)
    while stack.top is not nxt:
        stack.update(1 / 60)
        stack.draw(surface)
    assert nxt.made == 10  # all made before its first frame


def test_what_is_not_made_by_the_swap_is_left_to_the_scene(clock: list[float]) -> None:
    stack, surface = SceneStack(), pygame.Surface((320, 180))
    stack.push(Still())
    nxt = Making(1000, clock)
    stack.fade_to(nxt, 0.2)
    for _ in range(30):
        stack.update(1 / 60)
        stack.draw(surface)
    assert stack.top is nxt
    made = nxt.made
    assert 0 < made < 1000
    for _ in range(5):  # the scene on screen: its own draw makes what it needs, the stack no more
        stack.update(1 / 60)
        stack.draw(surface)
    assert nxt.made == made


def test_a_window_resized_during_the_fade_has_the_next_scene_made_at_its_new_size(clock: list[float]) -> None:
    stack = SceneStack()
    stack.push(Still())
    nxt = Making(1000, clock)
    asked: list[tuple[int, int]] = []
    ahead = nxt.ahead
    nxt.ahead = lambda canvas: (asked.append(canvas), ahead(canvas))[1]  # type: ignore[method-assign]
    stack.fade_to(nxt, 2.0)
    for size in ((320, 180), (320, 180), (200, 120), (200, 120)):
        stack.update(1 / 60)
        stack.draw(pygame.Surface(size))
    assert asked == [(320, 180), (200, 120)]  # begun again once, for the size now drawn


def test_what_was_left_unmade_at_the_swap_is_not_held_through_the_fade_in(clock: list[float]) -> None:
    stack, surface = SceneStack(), pygame.Surface((64, 36))
    stack.push(Still())
    nxt = Making(1000, clock)
    stack.fade_to(nxt, 0.2)
    while stack.top is not nxt:
        stack.update(1 / 60)
        stack.draw(surface)
    assert 0 < nxt.made < 1000
    assert stack._fade is not None and stack._fade.steps is None  # (a half-made veil or background let go of)


def test_a_pop_or_a_scene_with_nothing_to_make_costs_nothing(clock: list[float]) -> None:
    stack, surface = SceneStack(), pygame.Surface((64, 36))
    stack.push(Still())
    stack.fade_to(Still(), 0.5)
    for _ in range(40):
        stack.update(1 / 60)
        stack.draw(surface)
    assert clock[0] == 0.0 and not stack.fading


def _veil_at_once(v: Vignette, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, list]:
    with monkeypatch.context() as m:
        m.setattr(vignette, "BAND_PIXELS", 10 ** 9)  # one band: the whole frame in one pass
        veil = v._veil(*size)
    return pygame.image.tobytes(veil, "RGBA"), [(at, pygame.image.tobytes(t, "RGB")) for at, t in v._tiles]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_vignette_made_in_bands_is_the_one_made_at_once(size: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    whole = _veil_at_once(Vignette((470.0, 520.0), colour=(26, 12, 6), lights=LIGHTS), size, monkeypatch)
    v = Vignette((470.0, 520.0), colour=(26, 12, 6), lights=LIGHTS)
    steps = list(v.steps(size))
    assert len(steps) >= 7  # (bands of whole 96 px tiles, at most BAND_PIXELS each)
    assert v._surface is not None
    banded = pygame.image.tobytes(v._surface, "RGBA"), [(at, pygame.image.tobytes(t, "RGB")) for at, t in v._tiles]
    assert banded[0] == whole[0]
    assert banded[1] == whole[1]
    assert np.asarray(pygame.surfarray.pixels_alpha(v._surface)).max() > 200  # (a veil, not nothing)
    assert list(v.steps(size)) == []  # made: nothing more to make at this size


def test_the_vignette_is_made_whole_if_its_frame_comes_first() -> None:
    pygame.init()
    v = Vignette((470.0, 520.0), lights=LIGHTS)
    half = v.steps((960, 540))
    next(half)  # one band made ahead, then the ending's first frame
    surface = pygame.Surface((960, 540))
    surface.fill((200, 160, 120))
    v.draw(surface, 255)
    assert surface.get_at((959, 0)).r <= 40  # the far corner dark: the whole veil, not a band of it


def test_the_story_s_fade_out_makes_the_ending_s_first_frame() -> None:
    """The story's last line fades out to the ending (StoryScene._finish): by the ending's first frame
    its vignette is made at the canvas's size, and the closing shot's art was asked for (its steps ran)."""
    from game.assets import Assets
    from game.context import build_context
    from game.scenes.title import EndingScene, room_steps
    from game.settings import Settings
    from game.story.director import Director

    pygame.init()
    ctx = build_context(Assets(), Settings(), audio=False)
    surface = pygame.Surface((640, 360))
    stack = SceneStack()
    stack.push(ctx.scenes.story(Director(ctx.script).total_lines))  # its last line
    for _ in range(3):
        stack.update(1 / 60)
        stack.draw(surface)
    ending = ctx.scenes.ending()
    assert isinstance(ending, EndingScene)
    made = list(room_steps(ctx, ending.stage, (640, 360)))
    assert "move background" in made  # the closing shot's own steps: its camera move settled, as the ending draws it
    shots: list[str] = []
    prepare = ctx.renderer.prepare_steps
    ctx.renderer.prepare_steps = lambda shot, *a, **kw: (shots.append(shot), prepare(shot, *a, **kw))[1]
    stack.fade_to(ending, 2.4)
    while True:
        stack.update(1 / 30)
        if stack.top is ending:
            break
        assert ending.shade._surface is None or ending.shade._surface.get_size() == (640, 360)
        stack.draw(surface)
    del ctx.renderer.prepare_steps
    assert ending.shade._surface is not None and ending.shade._surface.get_size() == (640, 360)
    assert list(ending.shade.steps((640, 360))) == []
    assert shots == [ending.stage.at(0.0).shot.value]  # its room was made during the fade too
