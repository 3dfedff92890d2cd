"""An insert made ahead reads its parts' drawings off the main thread (game/art/inserts.py
_LOADER): each part's PNG decode was one 50-70 ms step of the main thread's ahead-work at 1080p
(line 70, making the hands' for line 71), over its 10 ms budget, and a backdrop's opaque copy
another of 28 ms: it is made on the loader too, with the read (game/art/inserts.py `_read_part`).
The frames drawn are the same."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
import pygame

SIZE = (640, 360)  # the room_ctx fixture's display (tests/perf/conftest.py)


def _frame(inserts: Any, shot: str, light: Any) -> np.ndarray:
    canvas = pygame.Surface(SIZE)
    inserts.draw(canvas, shot, 0.4, light)
    return pygame.surfarray.array3d(canvas)


def test_an_insert_made_ahead_reads_no_drawing_on_the_main_thread(room_ctx: Any) -> None:
    from game.art.insert_light import InsertLight

    inserts = room_ctx.renderer.layers.inserts
    light = InsertLight(1, (255, 200, 150), 1.0, (120, 140, 200), 0.3, (20, 20, 24))
    shot = "insert_hands_tighten"
    assert inserts.has(shot)
    inserts.release()
    plain = _frame(inserts, shot, light)  # made in the frame itself, as with nothing ahead
    inserts.release()
    main: list[str] = []
    real = inserts.svg.get

    def get(path: Any, size: Any, **kw: Any) -> pygame.Surface:
        if threading.current_thread() is threading.main_thread():
            main.append(path.name)
        return real(path, size, **kw)

    inserts.svg.get = get
    try:
        steps = list(inserts.prepare_steps(shot, SIZE, light))
        assert "backdrop" not in steps, "its backdrop made opaque on the loader, in no step of the main thread"
        assert inserts._rasters, "the parts' rasters are made ahead"
        assert main == [], f"read on the main thread: {main}"
        asked = len(main)
        ahead = _frame(inserts, shot, light)
        assert len(main) == asked, "its first frame read no part again"
    finally:
        inserts.svg.get = real
        inserts.release()
    assert np.array_equal(plain, ahead), "the same picture"
