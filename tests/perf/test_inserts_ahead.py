"""An insert's parts at the moments to come are turned on the loader thread (game/art/insert_turns.py
`ahead`, game/art/turn_jobs.py), not by the frame that shows them: a close shot's breathing face and
hair (the lips at line 19, the kiss at 72-73) step their zoom every few frames, each step a
rotozoom or smoothscale of up to a screen's pixels, made in that frame before."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art import insert_turns
from game.art import inserts as inserts_mod
from game.art.insert_light import InsertLight
from game.art.insert_motion import Transform
from game.art.inserts import PREFIX, Inserts
from game.art.svg import SvgCache
from game.art.turn_jobs import TurnJobs
from game.steps import LOADER, waited

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
LIGHT = InsertLight(1, (255, 179, 92), 1.0, (58, 90, 140), 0.5, (40, 30, 30))
SIZE = (960, 540)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, bool]]:
    """Each image rotozoomed or smoothscaled from now on: its px, and whether on the main thread."""
    made: list[tuple[int, bool]] = []
    for fn in ("rotozoom", "smoothscale"):
        real = getattr(pygame.transform, fn)

        def counted(img: pygame.Surface, *args: object, _real: object = real) -> pygame.Surface:
            made.append((img.get_width() * img.get_height(), threading.current_thread() is threading.main_thread()))
            return _real(img, *args)  # type: ignore[operator]

        monkeypatch.setattr(pygame.transform, fn, counted)
    return made


@pytest.mark.parametrize("name", ["trembling_lips", "kiss"])
def test_a_close_shots_breath_is_turned_on_the_loader(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    inserts = Inserts(INSERTS, SvgCache(tmp_path / "svg"), seed=1907)
    surf = pygame.Surface(SIZE)
    inserts.draw(surf, PREFIX + name, 0.5, LIGHT)  # (every part's raster made, and its first turns)
    monkeypatch.setattr(LOADER, "submit", waited(LOADER))  # (each job made before its submit returns)
    made = _counted(monkeypatch)
    big = SIZE[0] * SIZE[1] // 8
    own = 0
    for i in range(1, 121):  # 2 s at 60 fps
        before = len(made)
        inserts.draw(surf, PREFIX + name, 0.5 + i / 60, LIGHT)
        if i > 12:  # (the first frames' moments were not ahead of any frame)
            own += sum(1 for px, main in made[before:] if main and px >= big)
    loader = sum(1 for px, main in made if not main and px >= big)
    assert loader >= 3, f"{loader} big turns made on the loader"
    # (at most one: the lips' face and hair shown are over the turns' budget themselves, and a step to come
    # waits for room within AHEAD_OVER budgets; the tree before made 14 and 30 here, every step in its frame)
    assert own <= 1, f"the frames made {own} big turns themselves"


def test_an_insert_drawn_with_turns_from_the_loader_is_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pygame.init()
    monkeypatch.setattr(LOADER, "submit", waited(LOADER))  # (each job made before its submit returns)
    warm = Inserts(INSERTS, SvgCache(tmp_path / "a"), seed=1907)
    cold = Inserts(INSERTS, SvgCache(tmp_path / "b"), seed=1907)
    a, b = pygame.Surface(SIZE), pygame.Surface(SIZE)
    kept = [0]
    real_back = insert_turns.back

    def back(turned: insert_turns.Turns, *args: object) -> None:
        before = len(turned)
        real_back(turned, *args)  # type: ignore[arg-type]
        kept[0] += len(turned) - before

    monkeypatch.setattr(inserts_mod, "back", back)
    for i in range(90):
        warm.draw(a, PREFIX + "kiss", 0.5 + i / 60, LIGHT)
    assert kept[0] >= 3, "no turn made on the loader was kept"
    cold.draw(b, PREFIX + "kiss", 0.5 + 89 / 60, LIGHT)
    assert np.array_equal(pygame.surfarray.pixels3d(a), pygame.surfarray.pixels3d(b))


def test_a_turn_of_a_raster_let_go_of_is_not_kept() -> None:
    """A job's key names its raster by id; one let go of meanwhile (its id free for another) is dropped."""
    img = pygame.Surface((40, 40), pygame.SRCALPHA)
    turned, jobs = insert_turns.kept_turns(), TurnJobs()
    insert_turns.ahead(img, 2.0, 1.1, turned, jobs, 1 << 30)
    insert_turns.ahead(img, 2.25, 1.1, turned, jobs, 1 << 30)
    LOADER.submit(lambda: None).result()
    insert_turns.back(turned, jobs, 1 << 30, set())  # (no raster kept)
    assert len(turned) == 0 and jobs.px == 0
    insert_turns.ahead(img, 2.0, 1.1, turned, jobs, 1 << 30)
    LOADER.submit(lambda: None).result()
    insert_turns.back(turned, jobs, 1 << 30, {id(img)})
    assert turned.ahead((id(img), 2.0, 1.1)) is not None
    img.fill((200, 0, 0, 255))
    other = pygame.Surface((40, 40), pygame.SRCALPHA)
    other.fill((0, 0, 200, 255))
    jobs.send((id(other), 2.5, 1.1), 10, insert_turns._made_from, img, 2.5, 1.1)  # (another raster's, under its key)
    out = insert_turns.turn(other, 2.5, 1.1, turned, 1 << 30, jobs)
    assert out.get_at((out.get_width() // 2, out.get_height() // 2))[:3] == (0, 0, 200)


def _reading(img: pygame.Surface, started: threading.Event, go: threading.Event) -> tuple[pygame.Surface, pygame.Surface]:
    """A job that holds `img` locked while it runs, as rotozoom and smoothscale hold their source."""
    img.lock()
    started.set()
    go.wait(30)
    img.unlock()
    return img, img


def test_a_part_drawn_unturned_waits_for_its_turn_being_made(tmp_path: Path) -> None:
    """A part drawn as it is (no turn, no zoom) is blitted from its raster, which a job making one of its
    turns to come holds locked: the blit waits for that job (a blit of a locked surface fails: the kiss's
    faces at 1080p, in play), and a job not begun is let go of (it could begin before the blit)."""
    pygame.init()
    img = pygame.Surface((40, 40), pygame.SRCALPHA)
    img.fill((200, 100, 50, 255))
    r = inserts_mod._Raster(img, (0, 0), None)
    jobs, turned = TurnJobs(), insert_turns.kept_turns()
    started, go = threading.Event(), threading.Event()
    jobs.send((id(img), 1.0, 1.02), 10, _reading, img, started, go)
    assert started.wait(30) and img.get_locked()
    threading.Timer(0.05, go.set).start()
    surface = pygame.Surface((60, 60))
    inserts_mod._blit_part(surface, r, (20.0, 20.0), Transform(), 1.0, turned, jobs=jobs)  # (waits, then blits)
    assert surface.get_at((10, 10))[:3] == (200, 100, 50)
    block = threading.Event()
    LOADER.submit(block.wait, 30)
    try:
        jobs.send((id(img), 1.25, 1.02), 10, insert_turns._made_from, img, 1.25, 1.02)
        job = jobs._jobs[(id(img), 1.25, 1.02)].job
        inserts_mod._blit_part(surface, r, (20.0, 20.0), Transform(), 1.0, turned, jobs=jobs)
        assert job.cancelled() and (id(img), 1.25, 1.02) not in jobs
    finally:
        block.set()
