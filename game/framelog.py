"""What each frame cost, written by the game itself; and a pilot that plays the story alone.

`python -m game --frame-log FILE` writes one line per drawn frame, four numbers separated
by spaces: seconds since the game started, update ms, draw ms (present included: it is
part of what a frame costs), and the story line on screen (0 off the story). With
`--frame-log-cpu` a fifth follows: the main thread's CPU ms for the frame's update and
draw (what a busy machine inflates least: wall time waits for a core, CPU time does not);
without it the four columns are exactly what a reader of the log is promised. The file is
line-buffered so a watcher (the benchmark timing the first frame, a soak test) sees each
line as soon as the frame is shown; numbers only, so `sort -n -k3` or a spreadsheet read it.

`Autopilot` is what `--autoplay` and `--quit-at-end` add to the loop: it begins the story
from the title once the title has been seen, lets the story advance at the settings'
pace (auto-advance on), and stops the loop with status 0 when the ending leaves, instead
of returning to the title (status 3 at once if an error the failsafe caught takes the
story back to the title: its ending will not come). It reads the scene stack by names and
duck typing (the title by its class name, the story by its `director`, the ending by
`left`), so it imports no scene.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

TITLE_WAIT = 2.5  # seconds the autopilot lets the title be seen before it clicks
STOPPED = 3  # the exit status of a `--quit-at-end` run an error took back to the title (the failsafe's is 1)


class _Stack(Protocol):
    @property
    def top(self) -> Any: ...

    def action(self, name: str) -> None: ...


def story_line(stack: _Stack) -> int:
    """The story line on screen (1-based), 0 when the top scene is not the story."""
    director = getattr(stack.top, "director", None)
    if director is None or getattr(director, "finished", False):
        return 0
    return int(getattr(director, "line_number", 0) or 0)


class FrameLog:
    """One line per frame: `seconds update_ms draw_ms line`, then ` cpu_ms` when `cpu` is on."""

    def __init__(self, path: Path, start: float | None = None, cpu: bool = False) -> None:
        self.path = path
        self.cpu = cpu
        self.start = time.perf_counter() if start is None else start
        self._file: IO[str] | None = open(path, "w", buffering=1, encoding="utf-8")  # noqa: SIM115 (closed by close())

    def frame(self, update_s: float, draw_s: float, line: int, cpu_s: float | None = None) -> None:
        if self._file is None:
            return
        now = time.perf_counter() - self.start
        cpu = "" if cpu_s is None or not self.cpu else f" {cpu_s * 1000:.3f}"
        self._file.write(f"{now:.4f} {update_s * 1000:.3f} {draw_s * 1000:.3f} {line}{cpu}\n")

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def read_frame_log(path: Path) -> list[tuple[float, float, float, int]]:
    """The frames of a log (for the benchmark and the tests): seconds, update ms, draw ms, line."""
    return [(s, u, d, n) for s, u, d, n, _cpu in read_frame_cpu(path)]


def read_frame_cpu(path: Path) -> list[tuple[float, float, float, int, float | None]]:
    """The frames of a log with each one's main-thread CPU ms (None where not logged)."""
    rows: list[tuple[float, float, float, int, float | None]] = []
    for text in path.read_text(encoding="utf-8").splitlines():
        s, u, d, n, *cpu = text.split()
        rows.append((float(s), float(u), float(d), int(n), float(cpu[0]) if cpu else None))
    return rows


@dataclass
class Autopilot:
    """Plays the story without a player (`autoplay`) and/or ends the run after the ending.

    An error the loop's policy caught (`failures` counts them: the failsafe takes the story back to the
    title, game/failsafe.py) ends a run that would end after the ending (`quit_at_end`) with `status`
    STOPPED once the title shows: the ending will not come, and the run sat on the title for ever. A
    player's own way back to the title (the menu's) is no error and ends nothing."""

    autoplay: bool = False
    quit_at_end: bool = False
    status: int = 0  # the run's exit status once `frame` has said stop
    _clicked_title: int = 0  # id() of the title clicked (not the scene: holding it kept its full-screen buffers)
    _saw_story: bool = False
    _failures: int = 0  # the policy's errors seen so far

    def frame(self, stack: _Stack, failures: int = 0) -> bool:
        """Called once a frame, with how many errors the loop's policy has caught so far; False when
        the loop should stop (the ending is over, or an error took the story back to the title)."""
        top = stack.top
        if getattr(top, "director", None) is not None:
            self._saw_story = True
        if self.quit_at_end and self._saw_story and getattr(top, "left", False):
            return False  # the ending is leaving for the title
        title = top is not None and type(top).__name__ == "TitleScene"
        failed, self._failures = failures > self._failures, failures
        if failed and title and self.quit_at_end:  # (the failsafe's title, shown in the error's frame)
            self.status = STOPPED
            return False
        if (self.autoplay and not self._saw_story and title and id(top) != self._clicked_title
                and getattr(top, "t", 0.0) >= TITLE_WAIT and not getattr(stack, "fading", False)):
            self._clicked_title = id(top)
            stack.action("advance")
        return True
