"""The making ahead adds at most AHEAD_FRAME_SCREENS of bytes to the caches in one frame (game/scenes/
ahead.py `_prepare_next`, game/memory.py `held`): its steps, timed alone, made 10-17 MB in a frame at 1080p
on top of which that frame's own draw rose ~20 more (the kiosk's high-water mark, line 17's push making
line 18 ahead). Steps and bytes are counted; nothing is timed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pygame
import pytest

SIZE = (480, 270)


@pytest.fixture(scope="module")
def ctx() -> Iterator[Any]:
    from game.assets import Assets
    from game.context import build_context
    from game.settings import Settings

    pygame.init()
    pygame.display.set_mode(SIZE)
    yield build_context(Assets(), Settings(), audio=False)
    pygame.quit()


def _before_a_cut(ctx: Any) -> int:
    """The first line whose next line cuts to another room shot."""
    from game.scenes.story import StoryScene

    scene, inserts = StoryScene(ctx), ctx.renderer.layers.inserts
    for n in range(1, len(ctx.script.lines)):
        scene.seek(n, 0.0)
        ahead = scene.director.next_shot()
        if ahead not in (None, scene.director.stage.shot.value) and not inserts.has(ahead or ""):
            return n
    raise AssertionError("no cut to a room shot")


def _play(ctx: Any, monkeypatch: Any, screens: float, frames: int = 150) -> list[tuple[int, list[tuple[str, int]]]]:
    """Each frame's making ahead over `frames` frames of the line before a cut (its caches emptied first):
    the bytes all caches held as it began, and each step made with the bytes held after it, with
    AHEAD_FRAME_SCREENS at `screens`."""
    from game import memory
    from game.clock import STEP
    from game.scenes import ahead
    from game.scenes.story import StoryScene

    out: list[tuple[int, list[tuple[str, int]]]] = []
    real = ctx.renderer.prepare_steps

    def counted(*args: Any, **kw: Any) -> Iterator[str]:
        for label in real(*args, **kw):
            out[-1][1].append((label, memory.held(ctx)))
            yield label

    monkeypatch.setattr(ctx.renderer, "prepare_steps", counted)
    monkeypatch.setattr(ahead, "AHEAD_FRAME_SCREENS", screens)
    memory.release(ctx)
    scene = StoryScene(ctx)
    scene.seek(_before_a_cut(ctx), 0.0)
    canvas = pygame.Surface(SIZE)
    real_next = scene._prepare_next

    def noted() -> None:
        out.append((memory.held(ctx), []))
        real_next()

    monkeypatch.setattr(scene, "_prepare_next", noted)
    for _ in range(frames):
        scene.update(STEP)
        scene.draw(canvas)
    return out


def test_a_frames_steps_stop_at_its_share_and_the_shot_is_still_made(ctx: Any, monkeypatch: Any) -> None:
    free = _play(ctx, monkeypatch, 1e6)
    share = int(0.05 * SIZE[0] * SIZE[1] * 4)
    held = _play(ctx, monkeypatch, 0.05)
    art = {label for _h, steps in free for label, _b in steps if "/" in label or label == "background"}
    assert "background" in art and art <= {label for _h, steps in held for label, _b in steps}, \
        "every part of the next shot made, over more frames"
    for start, steps in held:  # a step begins only while the frame has added no more than its share
        assert all(after - start <= share for _label, after in steps[:-1])
    over = [steps for start, steps in free if any(after - start > share for _label, after in steps[:-1])]
    assert over, "without the share, frames went on past it"
