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
of returning to the title (status 1 if the story comes back to the title without its
ending: an error the failsafe caught; a run that only plays begins the story again). It
reads the scene stack by names and duck typing (the title by its class name, the story by
its `director`, the ending by `left`), so it imports no scene.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

TITLE_WAIT = 2.5  # seconds the autopilot lets the title be seen before it clicks
STOPPED = 1  # the exit status of a `--quit-at-end` run that came back to the title without the ending


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

    Back at the title without the ending (an error the failsafe caught: game/failsafe.py), a run
    that would end after the ending (`quit_at_end`) ends there with `status` STOPPED rather than
    wait for an ending that will not come, and a run that only plays the story begins it again."""

    autoplay: bool = False
    quit_at_end: bool = False
    status: int = 0  # the run's exit status once `frame` has said stop
    _clicked_title: int = 0  # id() of the title clicked (not the scene: holding it kept its full-screen buffers)
    _saw_story: bool = False
    _ended: bool = False  # the ending was shown

    def frame(self, stack: _Stack) -> bool:
        """Called once a frame; False when the loop should stop (the ending is over, or the story
        left for the title without it)."""
        top = stack.top
        if getattr(top, "director", None) is not None:
            self._saw_story = True
        if type(top).__name__ == "EndingScene":
            self._ended = True
        if self.quit_at_end and self._saw_story and getattr(top, "left", False):
            return False  # the ending is leaving for the title
        title = top is not None and type(top).__name__ == "TitleScene"
        if title and self._saw_story and not self._ended:  # (back at the title, the story not ended)
            if self.quit_at_end:
                self.status = STOPPED
                return False
            self._saw_story, self._clicked_title = False, 0  # (played again from the title)
        if (self.autoplay and not self._saw_story and title and id(top) != self._clicked_title
                and getattr(top, "t", 0.0) >= TITLE_WAIT and not getattr(stack, "fading", False)):
            self._clicked_title = id(top)
            stack.action("advance")
        return True
