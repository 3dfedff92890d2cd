"""Art made ahead of a cut (stop 26). The next shot's back plate, made ahead while a line plays, is
kept until the cut: the steps that run again every PREPARE_AGAIN s (game/scenes/story.py) made the
shot's tile background again (the plate had let go of it), which pushed the plate out of the
renderer's two (BG_KEPT), and the plate was made again: two full-screen rasters a second while line 1
played. And each step runs whole inside one frame's budget: the clear night behind the glass was one
60 ms step, a close shot's tile background one of 25 ms, in frames of line 1 at 1080p; now each is
made a band at a time, the same bytes."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
from test_prepare import SIZE, ctx  # noqa: F401  (the fixture `ctx`: the story at 480x270, module-scoped)


def test_a_plate_made_ahead_is_not_made_again(ctx: Any) -> None:  # noqa: F811
    from game.clock import STEP
    from game.room.render import PLATE
    from game.scenes.story import StoryScene

    renderer = ctx.renderer
    made: list[object] = []
    name = "crop_steps" if hasattr(renderer.tiles, "crop_steps") else "crop"  # (made a band a step since stop 26)
    crop = getattr(renderer.tiles, name)

    def counted(rect: Any, size: Any) -> Any:
        made.append((rect.x, rect.y, rect.w, rect.h))
        return crop(rect, size)

    setattr(renderer.tiles, name, counted)
    try:
        scene = StoryScene(ctx)
        scene.seek(1, 0.0)  # the wide room; the next line cuts to the walls
        canvas = pygame.Surface(SIZE).convert()
        for _ in range(300):  # five seconds: the steps run again four times
            scene.update(STEP)
            scene.draw(canvas)
    finally:
        delattr(renderer.tiles, name)
    ahead = [k for k in renderer._bg_cache if k[0] == PLATE and k[1] != "wide"]
    assert ahead, "the next shot's plate was made ahead"
    assert len(made) == len(set(made)) == 2, made  # the wide's and the next shot's, once each


def same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return a.get_size() == b.get_size() and np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b))


def test_the_clear_night_is_painted_in_bands(ctx: Any) -> None:  # noqa: F811
    from game.fx.night import SKY_W, paint_night
    from game.fx.rain import CLEAR_LEVELS

    rain = ctx.renderer.layers.fx.rain
    rain._canon.clear()
    view = ctx.renderer.view_for("wide", pygame.Surface(SIZE))
    steps = [s for s in rain.prepare_steps(view, SIZE, 1.0) if s == "clear sky"]
    assert len(steps) >= 5, steps
    assert same(rain._canon[CLEAR_LEVELS], paint_night(rain.seed, SKY_W, rain._sky_h(), True))


def test_a_close_shots_background_is_made_in_bands(ctx: Any) -> None:  # noqa: F811
    renderer = ctx.renderer
    shot = "walls"  # a close shot: its tiles rendered at 2x and shrunk
    renderer._bg_cache.clear()
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    scene.seek(1, 0.0)
    steps = renderer.prepare_steps(shot, scene.director.stage.at(scene.now), SIZE)
    first = []
    for made in steps:
        if made != "background":
            break
        first.append(made)
    assert len(first) >= 4, first
    kept = renderer._bg_cache[(shot, *SIZE)]
    assert same(kept, renderer.tiles.crop(renderer.room.shots[shot].rect, SIZE))


def test_a_plate_made_ahead_is_drawn_in_bands(ctx: Any) -> None:  # noqa: F811
    from game.room import render
    from game.room.render import PLATE
    from game.scenes.story import StoryScene

    renderer = ctx.renderer
    scene = StoryScene(ctx)
    scene.seek(1, 0.0)
    snap = scene.director.stage.at(scene.now)
    shot, key = "walls", (PLATE, "walls", *SIZE)
    renderer._bg_cache.clear()
    made = list(renderer.prepare_steps(shot, snap, SIZE))
    assert made.count("plate") >= getattr(render, "PLATE_BANDS", 2), made  # (one step before stop 26)
    ahead = renderer._bg_cache[key].copy()
    renderer._bg_cache.clear()  # the plate made whole, at the cut
    assert renderer._plate(shot, renderer.view_for(shot, pygame.Surface(SIZE)), snap, snap.t, SIZE) is not None
    assert same(renderer._bg_cache[key], ahead)
