"""The breath's turns to come are made on the loader thread (game/art/turn_jobs.py), not by the
frames of a push: the main thread only finds each part's raster and keeps what comes back. A job the
loader has not begun when its frame comes is made by the frame, the same pixels; one whose moment
never came is let go of; one that failed is made again by the frame."""

from __future__ import annotations

import gc
import logging
import threading
import weakref
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import numpy as np
import pygame
import pytest
from test_push_turns import HER, _figures, _pushed  # (tests/art is on sys.path, as for every test here)

from game.art import part_pixels, turn_jobs
from game.art.turn_jobs import TurnJobs
from game.steps import LOADER, load, loading, waited

FPS = 60.0
LARGE = 150_000  # px: a breath step's large turn (her torso, arms, hair, head at the push)


@pytest.fixture
def blocked() -> Iterator[threading.Event]:
    """The loader kept busy (a job waiting on the event) until the test sets it: jobs sent meanwhile
    have not begun."""
    go = threading.Event()
    LOADER.submit(go.wait, 30)
    yield go
    go.set()
    LOADER.submit(lambda: None).result()  # (what was sent meanwhile run here, not in the next test)


def test_a_push_turns_its_breath_on_the_loader_not_in_its_frames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    figs = _figures(tmp_path)
    view = _pushed(figs)
    surface = pygame.Surface((1920, 1080))
    made: list[tuple[int, bool]] = []  # (px, on the main thread)
    real = part_pixels.turn

    def turn(*args: object, **kw: object) -> object:
        out = real(*args, **kw)  # type: ignore[arg-type]
        img = out[0] if isinstance(out, tuple) else out
        made.append((img.get_width() * img.get_height(), threading.current_thread() is threading.main_thread()))
        return out

    monkeypatch.setattr(part_pixels, "turn", turn)
    own, loader = 0, 0
    for k in range(150):  # 2.5 s of her breathing at 60 fps
        figs.rasters.frame()
        before = len(made)
        figs.draw(surface, view, HER, 5.0 + k / FPS)
        LOADER.submit(lambda: None).result()  # (the loader's jobs sent so far done: a frame's pace on a quiet machine)
        if k >= 30:  # (the first frames turn all of her: the cut's work, made ahead of it elsewhere)
            own += sum(px for px, main in made[before:] if main and px >= LARGE)
            loader += sum(1 for px, main in made[before:] if not main and px >= LARGE)
    assert loader >= 5, "the breath's large turns were not made on the loader"
    assert own == 0, f"the frames turned {own} px of large parts themselves"


def test_a_job_not_begun_is_made_by_its_frame_the_same(tmp_path: Path, blocked: threading.Event) -> None:
    warm, cold = _figures(tmp_path / "a"), _figures(tmp_path / "b")
    view = _pushed(warm)
    a, b = pygame.Surface((1920, 1080)), pygame.Surface((1920, 1080))
    waiting = 0
    for k in range(40):  # the loader blocked: every turn sent waits, and its frame takes it back unbegun
        warm.rasters.frame()
        a.fill((40, 30, 20))
        warm.draw(a, view, HER, 5.0 + k / FPS)
        waiting = max(waiting, warm.rasters._jobs.px)
    blocked.set()
    assert waiting > 0, "nothing was sent to the loader"
    b.fill((40, 30, 20))
    cold.draw(b, view, HER, 5.0 + 39 / FPS)
    assert np.array_equal(pygame.surfarray.pixels3d(a), pygame.surfarray.pixels3d(b))


def test_a_frame_drawn_with_the_turns_made_on_the_loader_is_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(LOADER, "submit", waited(LOADER))  # (each job made before its submit returns)
    warm, cold = _figures(tmp_path / "a"), _figures(tmp_path / "b")
    view = _pushed(warm)
    a, b = pygame.Surface((1920, 1080)), pygame.Surface((1920, 1080))
    kept = 0
    real = warm.rasters._jobs.back

    def back() -> Iterator[tuple[object, object]]:
        nonlocal kept
        for got in real():
            kept += 1
            yield got

    monkeypatch.setattr(warm.rasters._jobs, "back", back)
    for k in range(61):
        warm.rasters.frame()
        a.fill((40, 30, 20))
        warm.draw(a, view, HER, 5.0 + k / FPS)
    assert kept >= 5, "no turn made on the loader was kept"
    b.fill((40, 30, 20))
    cold.draw(b, view, HER, 5.0 + 60 / FPS)
    assert np.array_equal(pygame.surfarray.pixels3d(a), pygame.surfarray.pixels3d(b))


def test_no_turn_is_sent_while_a_read_of_art_waits(blocked: threading.Event) -> None:
    """The art read ahead comes first (game.steps.load): a turn sent before it would keep it waiting, and
    a cut takes a read not begun as not made (game.steps.taken), reading it in its frame."""
    jobs = TurnJobs()
    assert not jobs.full()
    read = load(lambda: "a raster")
    assert jobs.full()
    blocked.set()
    assert read.result(timeout=30) == "a raster"
    assert not jobs.full()


def test_a_job_let_go_of_while_being_made_is_still_waited_for(blocked: threading.Event) -> None:
    """`clear` (or a job gone stale) cannot cancel a job being made: `settle` still waits for it, as it
    holds its raster locked (a blit of it would fail)."""
    jobs = TurnJobs()
    blocked.set()
    started, go = threading.Event(), threading.Event()
    img = pygame.Surface((8, 8))

    def reading() -> None:
        img.lock()
        started.set()
        go.wait(30)
        img.unlock()

    jobs.send("a", 10, reading)
    assert started.wait(30)
    jobs.clear()
    assert "a" not in jobs and jobs.px == 0
    threading.Timer(0.05, go.set).start()
    jobs.settle(lambda key: False)
    assert not img.get_locked()


def test_a_job_whose_moment_never_comes_is_let_go_of(blocked: threading.Event) -> None:
    jobs = TurnJobs()
    jobs.send(("torso", 1.25), 1000, lambda: "turned")
    assert ("torso", 1.25) in jobs and jobs.px == 1000
    for _ in range(turn_jobs.STALE):
        assert list(jobs.back()) == []  # not back yet, not stale
    assert ("torso", 1.25) in jobs
    assert list(jobs.back()) == []
    assert ("torso", 1.25) not in jobs and jobs.px == 0


def test_a_full_queue_sends_no_more_and_what_comes_back_is_taken_once() -> None:
    jobs = TurnJobs()
    jobs.send("a", turn_jobs.QUEUE_PX - 1, lambda: "A")
    assert not jobs.full()
    jobs.send("b", 1, lambda: "B")
    assert jobs.full()
    LOADER.submit(lambda: None).result()
    assert sorted((k, v) for k, v in jobs.back()) == [("a", "A"), ("b", "B")]
    assert jobs.px == 0 and not jobs.full() and list(jobs.back()) == []


def test_a_failed_job_is_made_again_by_the_frame_and_said_once(caplog: pytest.LogCaptureFixture) -> None:
    def fails() -> None:
        raise ValueError("a broken raster")

    jobs = TurnJobs()
    jobs.send("a", 10, fails)
    jobs.send("b", 10, fails)
    LOADER.submit(lambda: None).result()
    with caplog.at_level(logging.WARNING, logger="game.art.turn_jobs"):
        assert jobs.take("a") is None  # (the frame makes it itself, and a real fault raises there)
        assert list(jobs.back()) == [] and "b" not in jobs and jobs.px == 0
    said = [r for r in caplog.records if "a broken raster" in r.getMessage()]
    assert len(said) == 1


def test_taking_a_job_being_made_waits_for_it() -> None:
    started, go = threading.Event(), threading.Event()

    def slow() -> str:
        started.set()
        go.wait(30)
        return "turned"

    jobs = TurnJobs()
    jobs.send("a", 10, slow)
    assert started.wait(30)
    threading.Timer(0.05, go.set).start()
    assert jobs.take("a") == "turned"


def test_clear_lets_go_of_every_job(blocked: threading.Event) -> None:
    jobs = TurnJobs()
    jobs.send("a", 10, lambda: "A")
    job: Future[object] = jobs._jobs["a"].job
    jobs.clear()
    assert job.cancelled() and jobs.px == 0 and "a" not in jobs


def test_a_read_done_is_not_held_by_the_loaders_bookkeeping() -> None:
    """`loading` knows the reads waiting, not their results: a raster read and taken is the reader's
    alone (a list of the jobs held the rasters read ahead, 41 MiB at the kiss at 1080p, until a turn
    was sent again)."""

    class Read:
        pass

    box = [Read()]
    gone = weakref.ref(box[0])
    job = load(box.pop)  # (the read, handed over: held by the job alone)
    assert job.result(timeout=30) is gone()
    del job
    gc.collect()
    assert gone() is None
    assert not loading()
