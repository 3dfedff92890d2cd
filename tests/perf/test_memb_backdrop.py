"""The page shot's table is kept inside its backdrop (MEMB): one screen for the two, not two, and
none while the room is shown with no page next (8 MB at 1080p). The backdrop must be the same
picture as the old one (black, the room's soft strip, the whole table over them) at each line."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
from test_prepare import SIZE, ctx  # noqa: F401  (the fixture `ctx`: the story at 480x270, module-scoped)


def old_backdrop(scene: Any, room_from: pygame.Surface) -> pygame.Surface:
    """The backdrop as it was made (commit c04414c): black, the soft strip, the whole table."""
    from game.pen.desk import FAR_EDGE, paint_table, soften_room
    from game.scenes.story import STRIP_ROWS

    w, h = SIZE
    frame = pygame.Surface(SIZE)
    frame.blit(soften_room(room_from, (w, round(h * FAR_EDGE) + 4), STRIP_ROWS), (0, 0))
    frame.blit(paint_table(SIZE, scene.ctx.settings.seed, scene._book_rect(SIZE)), (0, 0))
    return frame


def test_the_backdrop_holds_the_table_and_is_the_old_picture_at_two_lines(ctx: Any) -> None:  # noqa: F811
    from dataclasses import replace

    from game.scenes.story import STRIP_SHOT, StoryScene
    from game.story.stage import Change

    scene = StoryScene(ctx)
    pages = [n for n in range(1, len(ctx.script.lines)) if scene.seek(n, 0.0) is None and scene.close_up()][:2]
    assert len(pages) == 2
    for n in pages:
        scene.seek(n, 0.0)
        canvas = pygame.Surface(SIZE)
        scene.draw(canvas)
        d = scene.director
        room = pygame.Surface(SIZE)
        at = d.stage.at(d.line_started)
        ctx.renderer.draw(room, replace(at, shot=Change(STRIP_SHOT), move=None), d.line_started, None)
        want = old_backdrop(scene, room)
        assert np.array_equal(pygame.surfarray.array3d(scene._backdrop[1]), pygame.surfarray.array3d(want)), n
        assert scene._table.get_height() < SIZE[1] // 6  # only the table's rows over the strip, apart


def test_the_table_goes_while_the_room_shows_with_no_page_next(ctx: Any) -> None:  # noqa: F811
    from game.scenes.story import StoryScene

    scene = StoryScene(ctx)
    page = next(n for n in range(1, len(ctx.script.lines)) if scene.seek(n, 0.0) is None and scene.close_up())
    scene.seek(page, 0.0)
    canvas = pygame.Surface(SIZE)
    scene.draw(canvas)
    assert scene._backdrop is not None
    room = next(n for n in range(page + 1, len(ctx.script.lines)) if scene.seek(n, 0.0) is None
                and not scene.close_up() and not scene._page_now_or_next())
    scene.seek(room, 0.0)
    scene.draw(canvas)
    scene.draw(canvas)  # (from the second frame the page's art is looked after)
    assert scene._backdrop is None and scene._table is None
