"""Where inside a frame the process's high-water mark is raised (soak.py `--peaks N`; Linux only).

A sample of the resident size between frames misses what a frame allocates and frees before it
ends (a decoder's buffers, a whole-screen numpy array, art made ahead beside the current shot):
`max RSS` counts it, the samples do not. Linux keeps the high-water mark per process (VmHWM in
/proc/self/status) and lets a process set it back to its current size (writing 5 to
/proc/self/clear_refs), so a frame can be cut into segments, each's own peak read and the mark
reset as the next begins: the segment that reached the highest peak is what raised max RSS.

Segments: "update" (events, the fixed steps), "draw" (the scene's drawing, less what is split off),
"ahead:<step>" (each step of the story scene's making ahead, game/scenes/ahead.py, named by what
it yields), "after" (the memory governor's look, the frame hook). Resetting the mark hides it from
getrusage, so the probe keeps the maximum itself (`high`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

_HWM = re.compile(rb"VmHWM:\s+(\d+) kB")
_RSS = re.compile(rb"VmRSS:\s+(\d+) kB")


def _status() -> tuple[float, float]:
    """(high-water mark, resident) in MiB, from /proc/self/status."""
    with open("/proc/self/status", "rb") as f:
        text = f.read()
    hwm, rss = _HWM.search(text), _RSS.search(text)
    return (int(hwm.group(1)) / 1024 if hwm else 0.0), (int(rss.group(1)) / 1024 if rss else 0.0)


def _reset() -> None:
    """The high-water mark set back to the resident size now."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def available() -> bool:
    """Whether the mark can be read and reset here."""
    try:
        _status()
        _reset()
    except OSError:
        return False
    return True


@dataclass
class Segment:
    """One segment's peak: what, where in the story, and by how much it rose over its start."""

    label: str
    where: str
    peak: float  # MiB, the high-water mark inside it
    start: float  # MiB resident as it began
    end: float  # MiB resident as it ended


@dataclass
class Peaks:
    """The segments of frames, the highest kept (`top`), and the highest rise per label."""

    keep: int = 12
    where: Callable[[], str] = lambda: ""
    high: float = 0.0
    top: list[Segment] = field(default_factory=list)
    rises: dict[str, Segment] = field(default_factory=dict)  # label: its segment that rose most over its start
    _start: float = 0.0

    def begin(self) -> None:
        """The first segment begins."""
        _reset()
        self._start = _status()[1]

    def mark(self, label: str) -> None:
        """The segment since the last mark was `label`: its peak noted, the mark reset."""
        peak, rss = _status()
        seg = Segment(label, self.where(), peak, self._start, rss)
        self.high = max(self.high, peak)
        if len(self.top) < self.keep or peak > self.top[-1].peak:
            self.top = sorted([*self.top, seg], key=lambda s: -s.peak)[:self.keep]
        best = self.rises.get(label)
        if best is None or peak - seg.start > best.peak - best.start:
            self.rises[label] = seg
        _reset()
        self._start = _status()[1]

    def steps(self, steps: Iterator[str] | None) -> Iterator[str] | None:
        """A making-ahead's steps, each marked as "ahead:<what it yielded>" (the draw before it marked "draw")."""
        if steps is None:
            return None

        def marked() -> Iterator[str]:
            it = iter(steps)
            while True:
                self.mark("draw")
                try:
                    made = next(it)
                except StopIteration:
                    self.mark("ahead:end")
                    return
                self.mark(f"ahead:{made}")
                yield made

        return marked()

    def report(self) -> str:
        """The highest segments and each label's largest rise over its start, MiB."""
        rows = [f"high-water mark seen by the segments: {self.high:.1f} MiB; the highest segments "
                "(peak, resident at its start -> end, what, where):"]
        rows += [f"    {s.peak:6.1f}  {s.start:6.1f} -> {s.end:6.1f}  {s.label:28s} {s.where}" for s in self.top]
        rows.append("largest rise of each kind of segment over its start (rise, peak, what, where):")
        for s in sorted(self.rises.values(), key=lambda s: s.start - s.peak)[:25]:
            rows.append(f"    {s.peak - s.start:+6.1f}  {s.peak:6.1f}  {s.label:28s} {s.where}")
        return "\n".join(rows)


def profiled(peaks: Peaks, draw: Callable[[], None], depth: int) -> None:
    """`draw` with a mark at each call and return (Python's and C's) down to `depth` calls below it,
    each segment named by the calls it is in ("a/b/c"): the peak found where it was reached."""
    import sys

    path: list[str] = []

    def name(frame: Any, event: str, arg: Any) -> str:
        if event.startswith("c_"):
            return f"{getattr(arg, '__qualname__', getattr(arg, '__name__', '?'))}()"
        return str(frame.f_code.co_qualname)

    def hook(frame: Any, event: str, arg: Any) -> None:
        if event in ("call", "c_call"):
            if len(path) < depth:
                peaks.mark("/".join(path) or "draw")
            path.append(name(frame, event, arg))
        elif event in ("return", "c_return", "c_exception") and path:
            if len(path) <= depth:
                peaks.mark("/".join(path))
            path.pop()

    sys.setprofile(hook)
    try:
        draw()
    finally:
        sys.setprofile(None)


def install(app: Any, peaks: Peaks, depth: int = 0) -> None:
    """Marks around an App's frame: its update and draw, the story scene's steps made ahead
    (`depth`: the calls inside the draw too, see `profiled`, instead of the steps)."""
    from game.scenes import ahead

    update = app.stack.update
    tick_draw = (lambda: profiled(peaks, app.__class__.draw.__get__(app), depth)) if depth else app.draw
    first = {"update": True}

    def timed_update(dt: float) -> None:
        if first["update"]:
            peaks.mark("between")
            first["update"] = False
        update(dt)

    def timed_draw() -> None:
        peaks.mark("update")
        try:
            tick_draw()
        finally:
            peaks.mark("draw")
            first["update"] = True

    app.draw, app.stack.update = timed_draw, timed_update
    if depth:
        return
    next_steps = ahead.MakingAhead._next_steps

    def marked_steps(self: Any, *args: Any, **kwargs: Any) -> Iterator[str] | None:
        return peaks.steps(next_steps(self, *args, **kwargs))

    ahead.MakingAhead._next_steps = marked_steps  # type: ignore[method-assign]
