"""The page shot's art painted ahead on the page-art thread is never waited for by the main loop.

A whole-story autoplay at 1080p under load (11-26 on 2 cores) stalled 14-68 s at the cuts into
written lines: the page-art thread, given a tenth of a core, had not painted the next page's
writer's hand, notebook and table (unbaked: seconds of numpy), and the cut's frame took them with
`Future.result()`, behind the whole queue, or painted the hand itself while the thread painted it
too. Here the painter never runs at all (a stuck thread, the extreme of a loaded machine): the cut
into the written line takes nothing from it, makes what it needs itself, and looks the same.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import numpy as np
import pygame

SIZE = (640, 360)  # the room_ctx fixture's display (tests/perf/conftest.py)


class _NeverRun(Future):  # type: ignore[type-arg]
    """A job the painter thread has not got to: asking for its result would wait for it."""

    def result(self, timeout: float | None = None) -> Any:
        if not self.done():
            raise AssertionError("the main loop waited on the page-art thread")
        return super().result(timeout)


class _StuckPainter:
    """A page-art thread that never gets a core: each job stays queued."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[..., Any], Future[Any]]] = []

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future[Any]:
        job = _NeverRun()
        self.jobs.append((fn, job))
        return job


class _Begun(Future):  # type: ignore[type-arg]
    """A job the painter thread has begun: asked for its result, it is finished on that thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.job = (fn, args)
        self.set_running_or_notify_cancel()

    def result(self, timeout: float | None = None) -> Any:
        if not self.done():
            fn, args = self.job
            painter = threading.Thread(target=lambda: self.set_result(fn(*args)), name="page-art-stub")
            painter.start()
            painter.join()
        return super().result(timeout)


class _BusyPainter(_StuckPainter):
    """A page-art thread that has begun each job when the cut comes."""

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future[Any]:
        job = _Begun(fn, *args)
        self.jobs.append((fn, job))
        return job


class _QuickPainter(_StuckPainter):
    """A page-art thread that paints each job at once (an idle machine)."""

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future[Any]:
        job = super().submit(fn, *args, **kwargs)
        job.set_result(fn(*args, **kwargs))
        return job


def _cut_into_written_line(ctx: Any, painter: _StuckPainter, monkeypatch: Any,
                           on_main: list[str] | None = None) -> tuple[np.ndarray, Any, int]:
    """The first frame of the story's first written line after 1.5 s of the line before (the
    page's art asked of `painter`), its pen's caches cold; the scene and the line. `on_main`: the
    writers' hands painted on the main thread from then on are noted in it."""
    from game.clock import STEP
    from game.scenes.story import StoryScene
    from game.story import commands as c

    line = next(n for n, ln in enumerate(ctx.script.lines, 1) if isinstance(ln, c.Write))
    scene = StoryScene(ctx)
    monkeypatch.setattr(inspect.getmodule(scene._paint_writer_ahead), "PAINTER", painter)
    ctx.books.cache.writers.clear()
    ctx.books.cache.art.clear()
    if on_main is not None:
        from game.pen.writer import WriterHand

        made = WriterHand.__init__

        def noted(hand: Any, *args: Any) -> None:
            if threading.current_thread() is threading.main_thread():
                on_main.append("writer")
            made(hand, *args)

        monkeypatch.setattr(WriterHand, "__init__", noted)
    scene.seek(line - 1, 0.0)
    canvas = pygame.Surface(SIZE)
    for _ in range(90):
        scene.update(STEP)
        scene.draw(canvas)
    scene.complete_line()
    scene.click()
    assert scene.director.line_number == line
    scene.update(STEP)
    scene.draw(canvas)
    return pygame.surfarray.array3d(canvas), scene, line


def test_the_cut_into_a_written_line_never_waits_on_the_page_art_thread(room_ctx: Any, monkeypatch: Any) -> None:
    ctx = room_ctx
    from game.pen.writer import Look, WriterHand

    stuck = _StuckPainter()
    frame, scene, line = _cut_into_written_line(ctx, stuck, monkeypatch)
    made = [fn for fn, _ in stuck.jobs]
    assert WriterHand in made and len(made) >= 3, "the writer's hand, notebook and table were asked for ahead"
    assert made[0] is WriterHand, "the hand first: the cut's first update needs it"
    assert all(job.cancelled() for _, job in stuck.jobs), "at the cut, what was not painted is let go of"
    hand = scene.notebook.hands[scene._pen_args(scene.director.current)[1]]
    from game.scenes.story import page_scale

    assert (page_scale(SIZE[0]), Look.of(hand)) in ctx.books.cache.writers, "the hand painted by the cut itself"
    assert scene._writer_job is None and scene._book_job is None and scene._table_job is None
    assert scene._has_table(SIZE), "the table painted by the cut itself"
    monkeypatch.undo()
    quick, _, again = _cut_into_written_line(ctx, _QuickPainter(), monkeypatch)
    assert again == line and np.array_equal(frame, quick), "the same picture as when it was all painted ahead"


def test_a_hand_the_page_art_thread_has_begun_is_finished_there_not_painted_again(room_ctx: Any, monkeypatch: Any) -> None:
    """At the cut, a job the thread is making is waited for (that one job, no queue): painting the
    same hand again on the main thread doubled the work of a starved machine (93 s at load 20, the
    thread's done 37 s in). The old code painted it again in the cut's update."""
    ctx = room_ctx
    on_main: list[str] = []
    busy = _BusyPainter()
    frame, _, _ = _cut_into_written_line(ctx, busy, monkeypatch, on_main)
    assert on_main == [], "the cut painted the writer's hand on the main thread"
    assert busy.jobs and all(job.done() and not job.cancelled() for _, job in busy.jobs), "each begun job finished"
    monkeypatch.undo()
    quick, _, _ = _cut_into_written_line(ctx, _QuickPainter(), monkeypatch)
    assert np.array_equal(frame, quick), "the same picture"
