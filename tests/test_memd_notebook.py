"""The notebook's memory (MEMD): what it holds while its shot is not shown, and that letting go
changes no pixel.

At 1080p the close-up's page canvas, its art and the writers' hands were ~37 MiB kept for the
whole story, shown or not. The notebook now lets its full-size layers go once it has not been
drawn for LET_GO_S of its clock, keeping only the ink's written box; drawn again, the page is
made again from that box, byte for byte the page of a notebook that never let go. The stroke
layer covers only the line being laid, and the resting hand's patch is found in bands.
"""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import numpy as np
import pygame
import pytest

from game.pen import PANEL_H, PANEL_W, Hand, Notebook, PenCache, load_hands
from game.pen.ink import StampCache
from game.pen.notebook import LET_GO_S

HANDS = Path(__file__).resolve().parents[1] / "assets" / "hands.toml"
SCALE = 0.5
LINES = [("I never meant for things to end this way.", "elegant", 11), ("Nor did I.", "brush", 9)]


@pytest.fixture(scope="module")
def hands() -> dict[str, Hand]:
    pygame.init()
    return load_hands(HANDS)


def _surface_bytes(obj: object) -> int:
    """Bytes of the surfaces a notebook holds itself (not its shared cache's stamps and art)."""
    seen: set[int] = set()

    def walk(o: object, depth: int) -> int:
        if id(o) in seen or depth > 6:
            return 0
        seen.add(id(o))
        if isinstance(o, pygame.Surface):
            return o.get_pitch() * o.get_height()
        if isinstance(o, PenCache | StampCache):  # shared by every notebook of a run
            return 0
        if isinstance(o, dict):
            return sum(walk(v, depth + 1) for v in o.values())
        if isinstance(o, list | tuple):
            return sum(walk(v, depth + 1) for v in o)
        d = getattr(o, "__dict__", None)
        return sum(walk(v, depth + 1) for v in d.values()) if isinstance(d, dict) else 0

    return walk(obj, 0)


def _written(hands: dict[str, Hand], cache: PenCache) -> tuple[Notebook, pygame.Surface, pygame.Rect, float]:
    nb = Notebook(hands, 3, SCALE, cache=cache)
    surface = pygame.Surface((round(PANEL_W * SCALE), round(PANEL_H * SCALE)))
    rect = surface.get_rect()
    t = 0.0
    for text, hand, seed in LINES:
        nb.write(text, hand, None, seed, at=t)
        end = t + nb.duration(10.0) + 4.0
        while t < end:
            nb.update(t, 10.0)
            nb.draw(surface, rect, t)
            t += 0.25
    return nb, surface, rect, t


def test_a_notebook_not_shown_lets_its_page_go_and_draws_it_again_the_same(hands: dict[str, Hand]) -> None:
    kept_nb, surface, rect, t = _written(hands, PenCache())
    nb, _, _, _ = _written(hands, PenCache())
    shown = _surface_bytes(nb)
    nb.update(t + 2 * LET_GO_S, 10.0)  # the story has left the notebook's shot
    gone = _surface_bytes(nb)
    panel = rect.w * rect.h * 4
    assert shown > 2 * panel, "a notebook drawn holds its page, ink and art"
    assert gone < 0.25 * panel, f"a notebook not shown keeps {gone / panel:.2f} panels, not its full-size layers"
    assert not nb._cache.writers, "the writers' hands go with it (painted again ahead of the next line)"
    # shown again: every pixel as the notebook that never let go draws it
    later = t + 3.0
    for book in (kept_nb, nb):
        book.update(later, 10.0)
    a, b = surface.copy(), surface.copy()
    kept_nb.draw(a, rect, later, pen=False)
    nb.draw(b, rect, later, pen=False)
    assert np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b))
    assert pygame.image.tobytes(nb.page_surface, "RGBA") == pygame.image.tobytes(kept_nb.page_surface, "RGBA")


def test_the_room_sees_the_same_ink_on_a_notebook_let_go(hands: dict[str, Hand]) -> None:
    kept_nb, _, _, t = _written(hands, PenCache())
    nb, _, _, _ = _written(hands, PenCache())
    nb.update(t + 2 * LET_GO_S, 10.0)
    for page in (0, 1):
        a, b = kept_nb.page_ink(page, (90, 70)), nb.page_ink(page, (90, 70))
        assert (a is None) == (b is None)
        if a is not None and b is not None:
            assert np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b))


def test_the_stroke_layer_covers_the_line_not_the_spread(hands: dict[str, Hand]) -> None:
    nb = Notebook(hands, 3, SCALE, cache=PenCache())
    surface = pygame.Surface((round(PANEL_W * SCALE), round(PANEL_H * SCALE)))
    nb.write(LINES[0][0], LINES[0][1], None, LINES[0][2], at=0.0)
    nb.update(2.0, 10.0)
    nb.draw(surface, surface.get_rect(), 2.0)
    stroke = nb._canvas.stroke
    assert stroke is not None
    assert stroke.get_width() * stroke.get_height() < 0.4 * surface.get_width() * surface.get_height()


def test_the_resting_hands_patch_is_found_without_whole_image_copies() -> None:
    from game.pen.writer import _rest_patch

    pygame.init()
    w, h = 700, 1000
    grip = pygame.Surface((w, h), pygame.SRCALPHA)
    grip.fill((200, 150, 120, 255))
    rest = grip.copy()
    pygame.draw.circle(rest, (90, 60, 40, 255), (300, 400), 60)  # the fingers that move
    tracemalloc.start()
    box, patch = _rest_patch(grip, (10.0, 10.0), rest, (10.0, 10.0))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert box == pygame.Rect(238, 338, 124, 124)
    assert patch.get_at((62, 62)) == pygame.Color(90, 60, 40, 255)
    assert peak < 0.5 * w * h * 4 * 2, f"{peak / 2**20:.1f} MiB of numpy to find a patch in {w}x{h}"
