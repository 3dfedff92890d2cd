"""What a room frame no longer does that changed nothing (issue 13), each with the same pixels:

- in the window's close-up (a downpour, line 51) the masks of the hands laid on the coffee table
  (which hide the candles on it) are not turned: the hands are off the screen, and a mask off it
  could only hide the off-screen pixels of a sprite (they were turned at the close-up's 4x scale
  every frame: 2.3 ms at 1080p);
- with the back plate, the rain is drawn into the window's hole only, not into the clock's too
  (where it showed nothing, at ~0.3 ms a frame);
- the figures as seen past the front props (`RoomLayers.seen_people`) are taken from the next
  light frame made ahead (game/fx/light_next.py), not worked out again by the frame that takes
  its silhouettes: at each new silhouette (10 a second) the frame made the same masks again,
  1.2 ms at 1080p."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest

SIZE = (640, 360)


@pytest.fixture(scope="module")
def ctx(room_ctx: Any) -> Any:
    """The game's context over a 640x360 display (tests/conftest.py)."""
    return room_ctx


def line_of(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


def pixels(s: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(s)


def test_the_window_close_up_turns_no_masks_of_the_hands_off_screen(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.clock import STEP
    from game.room.layers import RoomLayers
    from game.scenes.story import StoryScene

    layers = ctx.renderer.layers
    assert layers.front_depths  # (candles stand on the coffee table: the hands' masks are made where they show)
    made: list[int] = []
    masks = RoomLayers._front_masks
    def counted(self: RoomLayers, view: Any, front: Any) -> Any:
        made.append(len(front))
        return masks(self, view, front)

    monkeypatch.setattr(RoomLayers, "_front_masks", counted)
    scene = StoryScene(ctx)
    scene.seek(line_of(ctx, "rain intensified"), 0.0)
    kept, whole = pygame.Surface(SIZE).convert(), pygame.Surface(SIZE).convert()
    everywhere = RoomLayers.occluding_people
    for _ in range(8):
        scene.update(STEP)
        assert scene.director.stage.at(scene.now).shot.value == "window"
        ctx.renderer.draw(kept, scene.director.stage.at(scene.now), scene.now, scene.pen_uv)
        assert made == []  # nothing turned for parts off the screen
        # the same frame with the hands' masks made wherever they are: the same pixels
        monkeypatch.setattr(RoomLayers, "occluding_people", lambda self, view, figs, t, people, screen=None, burn=1.0:
                            everywhere(self, view, figs, t, people, None, burn))
        ctx.renderer.draw(whole, scene.director.stage.at(scene.now), scene.now, scene.pen_uv)
        monkeypatch.setattr(RoomLayers, "occluding_people", everywhere)
        assert made, "the comparison frame made the masks"
        made.clear()
        assert np.array_equal(pixels(kept), pixels(whole))


def test_the_rain_is_drawn_into_the_window_hole_only(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.clock import STEP
    from game.scenes.title import TitleScene

    renderer, fx = ctx.renderer, ctx.renderer.layers.fx
    calls: list[float] = []
    exterior = type(fx).draw_exterior
    def counted(self: Any, *a: Any) -> None:
        calls.append(a[3])
        exterior(self, *a)

    monkeypatch.setattr(type(fx), "draw_exterior", counted)
    scene = TitleScene(ctx)
    scene.enter()
    plated, whole = pygame.Surface(SIZE).convert(), pygame.Surface(SIZE).convert()
    for _ in range(6):
        scene.update(STEP)
        snap = scene.stage.at(scene.now)
        calls.clear()
        renderer.draw(plated, snap, scene.now)
        holes = renderer._holes.get(("plate", snap.shot.value, *SIZE), [])
        assert len(holes) == 2  # the window's and the clock's
        assert len(calls) == 1  # once a frame, not once a hole
        renderer.plates = False
        try:
            renderer.draw(whole, snap, scene.now)
        finally:
            renderer.plates = True
        assert np.array_equal(pixels(plated), pixels(whole))


def frames(ctx: Any, n: int) -> list[np.ndarray]:
    """n title frames from its start."""
    from game.clock import STEP
    from game.scenes.title import TitleScene

    scene = TitleScene(ctx)
    scene.enter()
    out = []
    canvas = pygame.Surface(SIZE).convert()
    for _ in range(n):
        scene.update(STEP)
        scene.draw(canvas)
        out.append(pygame.surfarray.array3d(canvas))
    return out


def test_the_frame_takes_the_seen_masks_made_ahead(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.room.layers import RoomLayers

    taken: list[int] = []
    ahead = RoomLayers._seen_ahead

    def counted(self: RoomLayers, people: Any) -> Any:
        got = ahead(self, people)
        taken.append(got is not None)
        return got

    monkeypatch.setattr(RoomLayers, "_seen_ahead", counted)
    kept = frames(ctx, 48)
    assert sum(taken) >= 4, "new silhouettes over 0.8 s (SILHOUETTE_FPS) took their seen masks made ahead"
    monkeypatch.setattr(RoomLayers, "_seen_ahead", lambda self, people: None)  # every frame works them out
    ctx.renderer.layers._seen = None
    ctx.renderer.layers.fx.light_map.upcoming = None
    whole = frames(ctx, 48)
    for k, (a, b) in enumerate(zip(kept, whole, strict=True)):
        assert np.array_equal(a, b), k
