"""What a notebook keeps and shares: the run's `PenCache` (fonts, stamps, art, writers' hands,
laid-out lines), the pen's events for the sound, and a queued line (moved unchanged from
game/pen/notebook.py, which re-exports `PenCache` and `PenEvent`: MEM3).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pygame

from game.pen.glyphs import StrokeFont
from game.pen.hands import RGB, Hand
from game.pen.ink import InkLine, StampCache
from game.pen.layout import LineLayout
from game.pen.timeline import Timeline
from game.pen.writer import Look, WriterHand

KEPT_SCALES = 1  # pixel scales whose stamps and art a shared PenCache keeps: the one drawn at (a resize repaints)


@dataclass
class PenCache:
    """What every notebook of a run can share: stroke fonts, nib stamps and the painted
    leather and paper per pixel scale. One per run (see `game.context`), so a new story
    scene (each Begin, each kiosk reset) costs no warm-up: the stamps the story needs are
    built once, by `Notebook.warm`, and reused."""

    fonts: dict[tuple[str, str], StrokeFont] = field(default_factory=dict)
    stamps: dict[tuple[str, RGB, float], StampCache] = field(default_factory=dict)
    art: dict[tuple[float, int], tuple[pygame.Surface, pygame.Surface]] = field(default_factory=dict)
    writers: dict[tuple[float, Look], WriterHand] = field(default_factory=dict)
    # each line laid out and timed once a run: (text, hand, seed, width, row pitch) -> (the hand, its
    # layout, its timeline), pure of those, so the story's lines can be laid out ahead (`prelay`)
    lines: dict[tuple[str, str, int, float, float], tuple[Hand, LineLayout, Timeline]] = field(default_factory=dict)
    scale: float | None = None  # the pixel scale last built (the next notebook starts at it)

    def memory_bytes(self) -> int:
        """Bytes of the writers' hands kept (game.memory; the stamps and art have budgets of their own)."""
        return sum(s.get_pitch() * s.get_height() for w in self.writers.values()
                   for s in getattr(w, "__dict__", {}).values() if isinstance(s, pygame.Surface))

    def release(self) -> None:
        """Let go of the writers' hands (the next notebook makes them again) and the stamps'
        coverage grids (the stamps stay: a stamp not made yet works its grid out again)."""
        self.writers.clear()
        for stamps in list(self.stamps.values()):
            stamps.drop_coverage()

    def keep_scale(self, scale: float) -> None:
        """Forget stamps and art of all but the KEPT_SCALES most recent scales."""
        self.scale = scale
        # list(...) first: a warming thread may add to these while a story scene is made
        scales = list(dict.fromkeys([k[2] for k in list(self.stamps)] + [k[0] for k in list(self.art)] + [scale]))
        drop = set(scales[:-KEPT_SCALES]) - {scale}
        for stamp_key in [k for k in list(self.stamps) if k[2] in drop]:
            del self.stamps[stamp_key]
        for art_key in [k for k in list(self.art) if k[0] in drop]:
            del self.art[art_key]
        for w_key in [k for k in list(self.writers) if k[0] in drop]:
            del self.writers[w_key]


@dataclass(frozen=True)
class PenEvent:
    """For the sound system. kind: "down", "up" or "speed" (one per update, the current speed).

    t is on the caller's clock; (x, y) in logical panel px; speed in logical px per second.
    """

    kind: str
    t: float
    x: float
    y: float
    speed: float


@dataclass
class _Line:
    text: str
    hand: Hand
    ink: RGB
    seed: int
    page: int
    row: int
    layout: LineLayout
    timeline: Timeline
    start: float  # clock time of write()
    lead_in: float  # seconds of opening / page turn before the pen moves
    ink_line: InkLine | None = None
    laid_pt: float = -math.inf
    completed: bool = False  # a click (or the next line) laid all its ink
