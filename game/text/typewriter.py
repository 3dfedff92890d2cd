"""The narration typewriter: how many characters are visible at a time since the line began.

A pure function of time, so a capture can show any instant of typing. Characters come
at a steady rate with small breaths after punctuation, the way a reader's eye pauses;
the total duration is what auto-advance and the capture tool use.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

PAUSES = {",": 4.0, ";": 5.0, ":": 5.0, "—": 5.0, ".": 8.0, "!": 8.0, "?": 8.0, "…": 8.0}


@dataclass(frozen=True)
class Typewriter:
    text: str
    cps: float  # characters per second; <= 0 means instant
    _times: tuple[float, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        times: list[float] = []
        t = 0.0
        step = 1.0 / self.cps if self.cps > 0 else 0.0
        for i, ch in enumerate(self.text):
            times.append(t)  # character i appears at time t
            t += step
            if ch in PAUSES and i + 1 < len(self.text) and self.text[i + 1] == " ":
                t += step * PAUSES[ch]
        object.__setattr__(self, "_times", tuple(times))

    @property
    def duration(self) -> float:
        if not self._times:
            return 0.0
        return self._times[-1] + (1.0 / self.cps if self.cps > 0 else 0.0)

    def visible(self, t: float) -> int:
        """Characters visible `t` seconds after the line began."""
        if self.cps <= 0 or t >= self.duration:
            return len(self.text)
        return bisect_right(self._times, t)
