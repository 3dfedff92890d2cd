"""The pause menu and the history: overlays pushed over the story.

Both are non-opaque scenes, so the room keeps breathing underneath (the story scene is
paused, not hidden). They are operated by keyboard (arrows, Enter, Esc), mouse or touch
(a tap on a row). Settings changed here take effect at once and are saved to the
settings file; the story's own state is untouched. In kiosk mode the menu hides Quit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.i18n import language_label, next_language
from game.scenes.base import Scene
from game.scenes.ui import CREAM, Veil, draw_text_centered
from game.story import commands as c

if TYPE_CHECKING:
    from game.context import Context
    from game.prefs import SettingValue
    from game.scenes.story import StoryScene
    from game.settings import Settings
    from game.story.parser import Script
    from game.words import Words

TEXT_SPEEDS = [("slow", 22.0), ("normal", 42.0), ("fast", 90.0), ("instant", 0.0)]
PEN_SPEEDS = [("slow", 8.0), ("normal", 13.0), ("fast", 24.0)]
AUTO_PACES = [("slow", 10.0), ("normal", 16.0), ("fast", 28.0)]  # reading pace, characters a second
TEXT_SIZES = [1.0, 1.25, 1.5, 1.75, 2.0]
VOLUMES = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
ROW_H = 54
FIRST_ROW_Y = 230
VISIBLE_ROWS = 14  # more scroll (the list follows the chosen row)


def _next(options: list[tuple[str, float]], value: float) -> float:
    values = [v for _, v in options]
    i = min(range(len(values)), key=lambda k: abs(values[k] - value))
    return values[(i + 1) % len(values)]


def _closest(values: list[float], value: float) -> int:
    return min(range(len(values)), key=lambda k: abs(values[k] - value))


def _name(options: list[tuple[str, float]], value: float) -> str:
    return min(options, key=lambda o: abs(o[1] - value))[0]


@dataclass
class Row:
    label: Callable[[], str]
    activate: Callable[[], None]




class MenuScene(Scene):
    opaque = False

    def __init__(self, ctx: Context, story: StoryScene | None = None) -> None:
        """Over the story: its actions and every setting. Without a story (from the title):
        the settings alone, and Back."""
        super().__init__()
        self.ctx = ctx
        self.story = story  # the story paused underneath (for its history)
        self.selected = 0
        self.top_row = 0  # the first row shown (the list scrolls)
        self.rows = self._rows()
        self.veil = Veil()

    def _set(self, **changes: SettingValue) -> None:
        self.ctx.update_settings(**changes)

    def _rows(self) -> list[Row]:
        def s() -> Settings:  # the current settings, read at draw time
            return self.ctx.settings

        w = self.ctx.words
        on = w.switch
        rows = [Row(lambda: w.back_to_story, self._close), Row(lambda: w.history, self._history)] \
            if self.story is not None else [Row(lambda: w.back, self._close)]
        rows += [
            Row(lambda: w.text_speed.format(value=w.speed(_name(TEXT_SPEEDS, s().text_cps))),
                lambda: self._set(text_cps=_next(TEXT_SPEEDS, s().text_cps))),
            Row(lambda: w.pen_speed.format(value=w.speed(_name(PEN_SPEEDS, s().pen_cps))),
                lambda: self._set(pen_cps=_next(PEN_SPEEDS, s().pen_cps))),
            Row(lambda: w.auto_advance.format(value=on(s().auto_advance)),
                lambda: self._set(auto_advance=not s().auto_advance)),
            Row(lambda: w.auto_pace.format(value=w.speed(_name(AUTO_PACES, s().auto_cps))),
                lambda: self._set(auto_cps=_next(AUTO_PACES, s().auto_cps))),
            Row(lambda: w.skip.format(value=w.skip_all if s().skip_unseen else w.skip_seen),
                lambda: self._set(skip_unseen=not s().skip_unseen)),
            Row(lambda: w.text_size.format(value=f"{round(s().text_size * 100)}%"),
                lambda: self._set(text_size=TEXT_SIZES[(_closest(TEXT_SIZES, s().text_size) + 1) % len(TEXT_SIZES)])),
            Row(lambda: w.high_contrast.format(value=on(s().high_contrast)),
                lambda: self._set(high_contrast=not s().high_contrast)),
            Row(lambda: w.captions.format(value=on(s().captions)), lambda: self._set(captions=not s().captions)),
            Row(lambda: w.self_voicing.format(value=on(s().self_voicing)),
                lambda: self._set(self_voicing=not s().self_voicing)),
            Row(lambda: w.language.format(value=language_label(self.ctx)), self._language),
            Row(lambda: w.transcription.format(value=on(s().transcription)),
                lambda: self._set(transcription=not s().transcription)),
            Row(lambda: w.reduce_motion.format(value=on(s().reduce_motion)),
                lambda: self._set(reduce_motion=not s().reduce_motion)),
            Row(lambda: w.volume_ambience.format(value=self._level("ambience")), lambda: self._volume("ambience")),
            Row(lambda: w.volume_effects.format(value=self._level("effects")), lambda: self._volume("effects")),
            Row(lambda: w.volume_pen.format(value=self._level("pen")), lambda: self._volume("pen")),
            Row(lambda: w.volume_music.format(value=self._level("music")), lambda: self._volume("music")),
            Row(lambda: w.fullscreen.format(value=on(s().fullscreen)), lambda: self._request("fullscreen")),
        ]
        if self.story is not None:
            rows.append(Row(lambda: w.back_to_title, self._title))
            if not self.ctx.kiosk:
                rows.append(Row(lambda: w.quit, lambda: self._request("quit")))
        return rows

    def _language(self) -> None:
        """The next language (game.i18n): the words change at once, the story at the title."""
        self._set(language=next_language(self.ctx))
        self.rows = self._rows()
        if self.story is None and self.stack is not None and len(self.stack.scenes) >= 2:
            selected, stack = self.selected, self.stack  # the title underneath, in the new words
            stack.pop()
            stack.replace(self.ctx.scenes.title())
            menu = MenuScene(self.ctx)
            menu.selected, menu.top_row = selected, self.top_row
            stack.push(menu)

    def _request(self, what: str) -> None:
        if self.stack is not None:
            self.stack.requests.append(what)

    def _level(self, channel: str) -> str:
        s = self.ctx.settings
        if getattr(s, f"mute_{channel}"):
            return self.ctx.words.muted
        return f"{round(getattr(s, f'volume_{channel}') * 100)}%"

    def _volume(self, channel: str) -> None:
        """Cycle 20% .. 100%, then muted, then 20% again."""
        s = self.ctx.settings
        if getattr(s, f"mute_{channel}"):
            self._set(**{f"mute_{channel}": False, f"volume_{channel}": VOLUMES[1]})
            return
        current = getattr(s, f"volume_{channel}")
        k = VOLUMES.index(min(VOLUMES, key=lambda v: abs(v - current)))
        if k == len(VOLUMES) - 1:
            self._set(**{f"mute_{channel}": True})
        else:
            self._set(**{f"volume_{channel}": VOLUMES[k + 1]})

    def _close(self) -> None:
        if self.stack is not None:
            self.stack.pop()

    def _history(self) -> None:
        if self.stack is not None:
            history = list(self.story.director.history) if self.story is not None else []
            self.stack.push(self.ctx.scenes.history(history))

    def _title(self) -> None:
        if self.stack is not None:
            self.stack.pop()
            self.stack.fade_to(self.ctx.scenes.title(), 1.6)

    def action(self, name: str) -> None:
        if name in ("menu", "back"):
            self._close()
        elif name in ("up", "down", "rollback", "rollforward"):
            step = 1 if name in ("down", "rollforward") else -1
            self.selected = (self.selected + step) % len(self.rows)
            self._follow()
        elif name in ("advance", "select", "right"):
            row = self._row_at_pointer() if name == "advance" else None
            if row is None and name == "advance" and self.stack is not None and self.stack.pointer is not None:
                return  # a click beside the rows does nothing
            self.rows[self.selected if row is None else row].activate()

    def _follow(self) -> None:
        """Scroll so the chosen row is shown."""
        if self.selected < self.top_row:
            self.top_row = self.selected
        elif self.selected >= self.top_row + VISIBLE_ROWS:
            self.top_row = self.selected - VISIBLE_ROWS + 1

    def _row_at_pointer(self) -> int | None:
        pointer = self.stack.pointer if self.stack is not None else None
        if pointer is None:
            return None
        x, y = pointer
        k = round((y - FIRST_ROW_Y) / ROW_H)
        if 0 <= k < min(VISIBLE_ROWS, len(self.rows) - self.top_row) and abs(y - (FIRST_ROW_Y + k * ROW_H)) < ROW_H / 2 \
                and 480 < x < 1440:
            self.selected = self.top_row + k
            return self.selected
        return None

    def draw(self, surface: pygame.Surface) -> None:
        self.veil.draw(surface, 228)
        draw_text_centered(surface, self.ctx.fonts, "serif_italic", 40, self.ctx.words.menu_heading, 150,
                           (200, 170, 130))
        shown = self.rows[self.top_row:self.top_row + VISIBLE_ROWS]
        for k, row in enumerate(shown):
            colour = CREAM if self.top_row + k == self.selected else (170, 150, 128)
            draw_text_centered(surface, self.ctx.fonts, "serif", 38, row.label(), FIRST_ROW_Y + k * ROW_H, colour)
        if self.top_row > 0:  # more rows above / below: a small drawn chevron (the serif has no arrows)
            _chevron(surface, FIRST_ROW_Y - ROW_H * 0.7, up=True)
        if self.top_row + VISIBLE_ROWS < len(self.rows):
            _chevron(surface, FIRST_ROW_Y + VISIBLE_ROWS * ROW_H - 18, up=False)


def _chevron(surface: pygame.Surface, cy: float, up: bool) -> None:
    s = surface.get_width() / 1920
    dy = -9 if up else 9
    points = [(960 - 16, cy - dy), (960, cy + dy), (960 + 16, cy - dy)]
    pygame.draw.lines(surface, (150, 130, 110), False, [(x * s, y * s) for x, y in points], max(1, round(3 * s)))


class HistoryScene(Scene):
    """The lines read so far; written lines as text, with who wrote them."""

    opaque = False
    PAGE = 9

    def __init__(self, ctx: Context, history: list[c.Line]) -> None:
        super().__init__()
        self.ctx = ctx
        self.entries = [history_text(ctx.script, ctx.words, line) for line in history]
        self.offset = max(0, len(self.entries) - self.PAGE)
        self.veil = Veil()

    def action(self, name: str) -> None:
        if name in ("menu", "back", "advance", "history"):
            if self.stack is not None:
                self.stack.pop()
        elif name in ("up", "rollback"):
            self.offset = max(0, self.offset - 1)
        elif name in ("down", "rollforward"):
            self.offset = min(max(0, len(self.entries) - self.PAGE), self.offset + 1)

    def draw(self, surface: pygame.Surface) -> None:
        self.veil.draw(surface, 236)
        words = self.ctx.words
        draw_text_centered(surface, self.ctx.fonts, "serif_italic", 40, words.history_heading, 110, (200, 170, 130))
        y = 210
        for who, text in self.entries[self.offset:self.offset + self.PAGE]:
            role = "serif" if not who else "serif_italic"
            colour = CREAM if not who else (226, 206, 170)
            shown = text if not who else f"{who}: “{text}”"
            draw_text_centered(surface, self.ctx.fonts, role, 34, shown, y, colour)
            y += 84
        if self.offset > 0:
            draw_text_centered(surface, self.ctx.fonts, "serif_italic", 28, words.history_earlier, 162,
                               (150, 130, 110))
        draw_text_centered(surface, self.ctx.fonts, "serif_italic", 28,
                           words.history_help, 1000, (150, 130, 110))


def history_text(script: Script, words: Words, line: c.Line) -> tuple[str, str]:
    """(who wrote it, or "", text): narration has no writer."""
    if isinstance(line, c.Write):
        return (words.wrote.format(name=script.characters[line.who].name), line.text)
    return ("", line.text)
