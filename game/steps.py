"""Work made a piece a step: generators that yield between pieces and return what they made.

Art made ahead of a cut (the next shot's tile background, the clear night behind the glass) runs
inside a frame's budget one step at a time, so no step may be long; the same work wanted now is
the generator run to its end (`finish`), the same bytes either way.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")
# The one thread the room's art made ahead is read on (a prop's raster: game/art/props.py `piece_steps`;
# a figure part's: game/art/figure_raster.py `base_steps`; an insert part's: game/art/inserts.py
# `prepare_steps`; each sent by `load`), and the figures' and inserts' turns to come are made on
# (game/art/turn_jobs.py, sent only while no read is waiting: `loading`): one, not one each, as each
# thread that allocates keeps a heap of its own (two held ~40 MiB more at the peak of lines 15-17 at 1080p).
LOADER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="art-loader")
_LOADS: set[int] = set()  # the reads sent by `load` and not done, by id (not the jobs: their results are the reader's)


def load(fn: Callable[..., T], /, *args: Any) -> Future[T]:
    """`fn(*args)` sent to the LOADER as a read of art made ahead: while one waits, no turn is sent
    behind it (`loading`), so a cut finds its art read rather than read in its frame (`taken`)."""
    job = LOADER.submit(fn, *args)
    _LOADS.add(id(job))
    job.add_done_callback(lambda done: _LOADS.discard(id(done)))  # (at once if done already; cancelled too)
    return job


def loading() -> bool:
    """Whether a read sent by `load` is waiting or being made."""
    return bool(_LOADS)


def taken(job: Future[T]) -> T | None:
    """A job's result if it is done, or running (waited for: that one job, never a queue), else None,
    the job cancelled: the main loop never waits for work queued on a thread (under load, one given
    a tenth of a core, it waited for all the work queued before the one it wanted: 14-68 s at the cuts
    into written lines), and never makes again what the thread is making (a writer's hand painted in
    the cut's frame while the thread painted the same: 93 s at load 20, the thread done 37 s in). The
    caller makes what is missing itself, the same pixels."""
    if job.cancel():  # not begun (or let go of before)
        return None
    return job.result()  # done, or being made: that one job


def wait_each(pool: ThreadPoolExecutor) -> None:
    """From now on `pool.submit` returns only once the job it was given is done: run on the pool's
    thread as ever (its own heap, as in play), but whether a frame finds it made, and what the main
    thread does meanwhile, no longer hang on the thread's pace. For the kiosk soak's deterministic
    mode (tools/kiosk/soak.py); the game never calls it."""
    pool.submit = waited(pool)  # type: ignore[method-assign]


def waited(pool: ThreadPoolExecutor) -> Callable[..., Future[Any]]:
    """`pool.submit` as `wait_each` makes it (a test patches it in for its own span)."""
    submit = pool.submit

    def submit_waited(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        job = submit(fn, *args, **kwargs)
        wait([job])
        return job

    return submit_waited


class _Run(Generic[T]):
    """`steps` as an iterable of its steps that keeps what it returns (`value`, once run out)."""

    def __init__(self, steps: Generator[object, None, T]) -> None:
        self.steps = steps
        self.value: T | None = None

    def __iter__(self) -> Iterator[object]:
        self.value = yield from self.steps


def finish(steps: Generator[object, None, T]) -> T:
    """Run `steps` to its end: what it returns."""
    run = _Run(steps)
    for _ in run:
        pass
    return cast(T, run.value)


def labelled(steps: Generator[object, None, T], label: str) -> Generator[str, None, T]:
    """`steps`, each step yielded as `label` (a prepare step's name); returns what `steps` returns."""
    run = _Run(steps)
    for _ in run:
        yield label
    return cast(T, run.value)
