"""The kiosk soak's deterministic mode (tools/kiosk/soak.py, on unless `--wall`): the game's work
timed by the soak's frames, not by the machine's clock or its threads' pace.

Played as it is, the soak's work hangs on wall time in five places, and 4 simulated hours of the
same code spread ~10 MB in max RSS (256-269 at 1080p): the making ahead of the next shot
(game/scenes/ahead.py) runs steps for 8-10 ms of a frame, measured; the memory governor
(game/memory.py) looks every 2 s of the monotonic clock; the art loader's reads (game/steps.py
LOADER) and the page art's paintings (game/scenes/page_art.py) are done whenever their thread gets
to them, and the frame that looks finds them made or not; the story's pen is warmed on a thread
from the title (game/scenes/factory.py); the long sounds are decoded on another (game/audio/bank.py).
Here each is a function of the frames:

- the making ahead reads a `StepClock`: the soak's game time, plus STEP_COST a read (once a frame,
  once before its steps, once after each step), so a frame runs as many steps as fit its budget (10 ms
  with the soak's 8 updates a frame) at 1 ms each: ~10 (`--step-ms`). The wall-timed soak ran fewer
  on a cold cache and a loaded machine (its steps baked, and spun on the loader's reads), and made
  less ahead: at the same moment (4 h at 1080p, h 11.56, line 17) props._scales held 10.7 MiB there,
  18.6 here; its sampled peak and max RSS 242.4-251.1 / 259.2-264.2, here 254.6 / 271.2. A kiosk at 60 Hz
  spends 4 ms a frame, ~240 ms a second of story (here 75 steps a second of story);
- the governor looks every 2 s of the soak's simulated clock (the kiosk's wall time; its MIN_FRAMES
  bound it to every 4th frame while visitors tap), not of the machine's (every ~10 soak frames);
- a job given to the loader or the page-art painter is waited for as it is given (still run on its
  thread, with that thread's heap); a sound asked for is decoded before the frame goes on; the pen's
  warming is waited for as it starts;
- the next light frame's build (game/fx/light_next.py) shares its steps between frames by their
  measured CPU (`light_next.step_clock`): here each step costs one unit;
- the process is run again with string hashing seeded (PYTHONHASHSEED=0) and, where Linux allows,
  addresses not randomized (ADDR_NO_RANDOMIZE): the order of sets (of paths, of objects by id) is
  the same from run to run.

What is left (4 simulated h at 1080p, --census 5, cold, 9 runs two at a time, load 7-11): the same
623 frames and digest in every run, and the caches' count at the sampled peak (h 11.56, line 17) the
same, 144.6 MiB in 58 holders; but the sampled peak 253.5-255.5 MB, max RSS 269.3-272.0, the hourly
RSS within +-1.3 (the wall-timed soak: 242.4-251.1 / 259.2-264.2 in two runs). What differs is
anonymous memory alone (RssFile 29.8-30.0) and its placement: malloc's mapped 127.5-132.3 MiB at
the peak against heap used 45.5-50.2 (their sum ~178 in each). Not the cause, each tried with a pair:
Python's collections run by the frames, no audio (`--no-audio`: 248.9/249.9, 265.7/266.8), the pool
threads' frees after a result waited for too. Judge a change by a few MB only from more than a pair.
(These runs imported hashlib before the game, which mapped OpenSSL's libcrypto: 3.5 MB each that the
game never holds; since, the soak imports it after the game: three runs 263.9-267.8.)

The game is the same code: each of these is its default (the real clock, the thread's pace) given
something else from outside. What a kiosk keeps, and when it lets go, is unchanged; only when the
work is done is a function of the frames. The audio feeder's thread (it keeps playing streams'
queues filled on the wall clock: two 86 KiB chunks, mapped) is left as it is.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from game.clock import STEP

if TYPE_CHECKING:
    from game.app import App

FRAME = 8 * STEP  # the game time a soak frame runs (the loop's clamp: 8 fixed steps)
STEP_COST = 0.001  # seconds a read of the making ahead's clock adds (see the module's docstring)
NO_RANDOMIZE = 0x0040000  # personality(2)'s ADDR_NO_RANDOMIZE
AGAIN = "WHISPERS_SOAK_FIXED"  # set in the process run again by `fixed_process`


class GameTime:
    """The soak's game time: FRAME a frame (`frame`, from the soak's hook)."""

    def __init__(self) -> None:
        self.frames = 0

    def frame(self) -> None:
        self.frames += 1

    def now(self) -> float:
        return self.frames * FRAME


class StepClock:
    """The making ahead's clock here: the game time, plus STEP_COST each time it is read, so its
    budget (seconds) counts steps, and the period between frames is the frame's game time."""

    def __init__(self, time: GameTime, cost: float = STEP_COST) -> None:
        self.time = time
        self.cost = cost
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        return self.time.now() + self.reads * self.cost


class Units:
    """`light_next.step_clock` here: one unit a read, so each step costs the same."""

    def __init__(self) -> None:
        self.reads = 0

    def thread_time(self) -> float:
        self.reads += 1
        return self.reads / 2


def fixed_process() -> None:
    """Run this process again (the same argv) with string hashing seeded and, where the kernel lets
    it be asked, no address randomization; returns at once in the process run again (AGAIN set)."""
    if os.environ.get(AGAIN):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.personality(libc.personality(0xFFFFFFFF) | NO_RANDOMIZE)  # (kept across exec; refused: -1)
    except (OSError, AttributeError):
        pass
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0", AGAIN: "1"})


def _unrandomized() -> bool | None:
    """Whether this process runs without address randomization (None: not Linux, not known)."""
    try:
        with open("/proc/self/personality") as f:
            return bool(int(f.read(), 16) & NO_RANDOMIZE)
    except (OSError, ValueError):
        return None


PARTS = ("ahead", "governor", "threads", "light", "sound", "warm")  # what `install` may time by the frames


def install(app: App, time: GameTime, now: Callable[[], float], parts: Iterable[str] = PARTS,
            cost: float = STEP_COST) -> str:
    """Time the game's work by the soak's frames (the module's docstring): `parts` of PARTS; `now`:
    the soak's simulated clock (the governor's); `cost`: a making ahead step's seconds. What is still
    not deterministic (a line)."""
    from concurrent.futures import ThreadPoolExecutor

    import game.fx.light_next as light_next
    import game.scenes.page_art as page_art
    from game.memory import Governor
    from game.scenes.base import SceneStack
    from game.scenes.story import StoryScene
    from game.steps import LOADER, wait_each

    parts = set(parts)
    if "ahead" in parts:
        StoryScene.ahead_clock = StepClock(time, cost)
        SceneStack.ahead_clock = StepClock(time, cost)  # (the next scene's, made while one fades out)
    if "governor" in parts:
        app.governor = Governor(clock=now)
    for pool in (LOADER, page_art.PAINTER) if "threads" in parts else ():
        if isinstance(pool, ThreadPoolExecutor):
            wait_each(pool)
    if "light" in parts:
        light_next.step_clock = Units().thread_time
    if "warm" in parts:
        _warm_waited(app)
    if "sound" in parts:
        _sounds_waited(app)
    left = sorted(set(PARTS) - parts)
    left += [] if _unrandomized() else ["addresses randomized"]
    left += [] if os.environ.get("PYTHONHASHSEED") == "0" else ["string hashes randomized"]
    return ", ".join(left)


def _sounds_waited(app: App) -> None:
    """A long sound asked for is decoded (on the bank's thread) before the frame goes on."""
    sound = getattr(app.ctx, "sound", None)
    bank = getattr(getattr(sound, "audio", None), "bank", None)
    if bank is None:
        return
    get = bank.get

    def got(cue: object) -> object:
        takes = get(cue)
        if takes is None:  # asked for now
            bank.wait()
        return takes

    bank.get = got


def _warm_waited(app: App) -> None:
    """The story's pen warmed on its thread, waited for as it starts (game/scenes/factory.py)."""
    scenes = app.ctx.scenes
    warm = scenes.warm_story

    def warmed() -> None:
        warm()
        scenes.wait_warmed()

    scenes.warm_story = warmed  # type: ignore[method-assign]


def keep(app: App, time: GameTime, now: Callable[[], float]) -> None:
    """Each frame (the soak's hook): the game time on, and the inserts' idle clock the soak's (a change
    of motion settings builds the room's layers again, game/context.py; IDLE_S is 0 now, so it is
    read but does not count)."""
    time.frame()
    inserts = getattr(getattr(getattr(app.ctx, "renderer", None), "layers", None), "inserts", None)
    if inserts is not None:
        inserts.clock = now
