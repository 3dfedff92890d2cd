"""The notebook as the story scene sees it, and the service that makes one per story.

Two notebooks exist: the pen's (`game.pen.Notebook`: every line written stroke by
stroke) and the typeset fallback (`PlainNotebook`, when the pen's data cannot be
loaded). `Book` names what the story scene needs of either, so nothing else depends on
which it has. `Books` is built once per run: it loads the hands and warms the pen's
stamps for the story's own written words a single time, so a new story scene (each
Begin, each kiosk reset) costs no warm-up.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import pygame

from game.memory import trim_heap
from game.pen import Hand, Notebook, PenCache, PenEvent
from game.scenes.plainbook import PlainNotebook
from game.story import commands as c
from game.story.parser import Script
from game.text.fonts import Fonts

log = logging.getLogger(__name__)

RGB = tuple[int, int, int]
Entry = tuple[str, str, RGB | None, int]  # text, hand, ink, line seed


class Book(Protocol):
    """What the story scene does with a notebook; every method takes the scene's clock."""

    def write(self, text: str, hand: str, ink: RGB | None = None, line_seed: int = 0,
              at: float | None = None) -> None: ...
    def restore(self, lines: Sequence[Entry | None]) -> None: ...
    def update(self, t: float, cps: float) -> list[PenEvent]: ...
    @property
    def done(self) -> bool: ...
    def complete(self) -> None: ...
    def set_open(self, open_: bool, t: float) -> None: ...
    def turn_page(self, t: float) -> None: ...
    def visible(self, t: float) -> bool: ...
    def page_ink(self, page: int, size: tuple[int, int]) -> pygame.Surface | None: ...
    def draw(self, surface: pygame.Surface, rect: pygame.Rect, t: float, transcription: bool,
             pen: bool = True) -> None: ...


class Books:
    """Makes the story's notebook: the pen's when its hands loaded, else the typeset one."""

    def __init__(self, script: Script, hands: Mapping[str, Hand] | None, fonts: Fonts, seed: int,
                 transcript_font: Path) -> None:
        self.script = script
        self.hands = dict(hands or {})
        self.fonts = fonts
        self.seed = seed
        self.transcript_font = transcript_font
        self.cache = PenCache()
        self._warm = False
        # warm the pen's stamps with the whole story's words at the first notebook: right for play
        # (no first-written-frame hitch), wasted on one still (`--render` turns it off; same pixels)
        self.warm_first = True
        # the width of the canvas the story will draw on when it is not the window's (a capture
        # draws on its own canvas beside a 1x1 stand-in window): the pen's art is painted once, at
        # the scale it is shown, rather than at 1.0 first and again in the first page frame
        self.canvas_w: int | None = None

    def writers(self) -> list[tuple[str, RGB | None]]:
        """Every (hand, ink) the story writes with."""
        chars = self.script.characters
        # in the order the story first writes with them (the first written line's warmed first),
        # then the characters' own hands it never writes with
        used = [(ln.hand or chars[ln.who].hand, chars[ln.who].ink) for ln in self.script.lines
                if isinstance(ln, c.Write) and ln.who in chars]
        rest = sorted({(ch.hand, ch.ink) for ch in chars.values()} | set(used), key=str)
        return list(dict.fromkeys(used + rest))

    def written_text(self, writer: tuple[str, RGB | None] | None = None) -> str:
        """The story's written words, each once (what the pen is warmed with): all of them, or
        those `writer` (hand, ink) writes."""
        chars = self.script.characters
        words = [w for ln in self.script.lines if isinstance(ln, c.Write)
                 and (writer is None or (ln.who in chars and (ln.hand or chars[ln.who].hand, chars[ln.who].ink) == writer))
                 for w in ln.text.split()]
        return " ".join(dict.fromkeys(words))

    def written_lines(self) -> list[tuple[str, str, int]]:
        """(text, hand, line seed) of each written line, in story order (as StoryScene writes them)."""
        from game.scenes.story import line_seed

        chars = self.script.characters
        return [(ln.text, ln.hand or chars[ln.who].hand, line_seed(self.seed, ln)) for ln in self.script.lines
                if isinstance(ln, c.Write) and ln.who in chars]

    def new(self) -> Book:
        trim_heap()  # a new story (each Begin, each kiosk reset): the last one's freed memory goes back
        if self.hands:
            try:
                # stamp caches once, not in the first written frame; claimed before the notebook is
                # made, so a story begun while another thread warms never warms (or waits) itself
                warm, self._warm = not self._warm and self.warm_first, self._warm or self.warm_first
                book = Notebook(self.hands, seed=self.seed, scale=self.scale(), transcript_font=self.transcript_font,
                                cache=self.cache)
                if warm:  # the story's lines laid out (first written first), then each (hand, ink)'s
                    # stamps with its own words, in the order the story first writes with them
                    book.prelay(self.written_lines())
                    for writer in self.writers():
                        book.warm([writer], self.written_text(writer) or "a")
                return book
            except Exception as exc:  # the story must play even without the pen
                log.warning("handwriting pen unavailable (%s); written lines are typeset", exc)
                self.hands = {}
        return PlainNotebook(self.fonts)

    def scale(self) -> float:
        """The pixel scale the notebook will be drawn at: the last one drawn, else the
        window's (the panel is laid out on a 1920-wide canvas), so the art and stamps are
        painted once at the size shown and never also at 1.0 (the shared cache keeps one)."""
        if self.cache.scale is not None:
            return self.cache.scale
        window = pygame.display.get_surface()
        width = self.canvas_w or (window.get_width() if window is not None else 0)
        # a capture's 1x1 stand-in window is not a size anything is shown at (the pen's art at
        # 1/1920 scale has no pixels and crashed smoothscale): paint at 1.0 until drawn
        if width < 64:
            return 1.0
        from game.scenes.story import page_scale

        # as the story's page shot draws it (StoryScene.notebook_rect): the panel NOTEBOOK_RECT's
        # width on the 1920 canvas. (At the panel's own 1240 px, every stamp warmed and the art
        # were thrown away, rebuilt in the first written line's first frame.)
        return page_scale(width)

    def kind(self, hand: str) -> str:
        """'brush' or 'nib', for the pen's sound."""
        spec = self.hands.get(hand)
        return "brush" if spec is not None and spec.nib == "brush" else "nib"
