"""The story scene: the director's lines shown over the living room.

Narration is typed in the band at the bottom; written lines are written in the open
notebook, in its own shot: whenever a line is written, and whenever the script's shot is
`notebook`, the camera looks straight down on the notebook lying open on the coffee
table's walnut (`game.pen.desk`), the room only a soft band beyond the table's far edge;
the room's own view of the table (with its second, smaller notebook) is not drawn then. A click (or Space/Enter) first completes a line, then advances. Everything
drawn is a function of the scene time `t` and the director's state, so `seek(n, s)`
reproduces exactly what a player sees `s` seconds after line `n` began, which is what
`--render` and the golden-image tests use.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING

import pygame

from game.i18n import story_language
from game.pen.writer import Look, WriterHand
from game.scenes.ahead import PAGE_SHOT as PAGE_SHOT  # (read from here by tests and tools, as the next ones)
from game.scenes.ahead import PREPARE_LAST as PREPARE_LAST
from game.scenes.ahead import STRIP_SHOT as STRIP_SHOT
from game.scenes.ahead import MakingAhead
from game.scenes.base import Scene
from game.scenes.page_art import PageArtAhead
from game.scenes.page_shot import NOTEBOOK_RECT as NOTEBOOK_RECT  # (the page shot's, where they were)
from game.scenes.page_shot import PANEL_H as PANEL_H
from game.scenes.page_shot import PANEL_W as PANEL_W
from game.scenes.page_shot import PEN_LYING as PEN_LYING
from game.scenes.page_shot import PEN_PUT_DOWN as PEN_PUT_DOWN
from game.scenes.page_shot import STRIP_ROWS as STRIP_ROWS
from game.scenes.page_shot import page_scale as page_scale
from game.scenes.ui import NarrationBand
from game.story import commands as c
from game.story.director import Director, Event
from game.text.typewriter import Typewriter

if TYPE_CHECKING:
    from game.context import Context
    from game.story.stage import Snapshot

log = logging.getLogger(__name__)

LINE_BASE = 9.0  # canonical story time per line, for rendering a line out of play order
SKIP_INTERVAL = 0.08


def line_seed(seed: int, line: c.Line) -> int:
    return (seed * 1_000_003 + line.src.line * 7919) & 0x7FFFFFFF


class StoryScene(MakingAhead, PageArtAhead, Scene):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.director = Director(ctx.script)
        self.narration = NarrationBand(ctx.fonts)
        self.notebook = ctx.books.new()
        self.typewriter: Typewriter | None = None
        self.forced_complete = False
        self.complete_since: float | None = None
        self.skipping = False
        self._last_skip = 0.0
        self._shown_line = 0
        self.start_line: int | None = None  # resume here instead of the beginning
        self.furthest = 0  # the furthest line reached this visit: roll forward goes no further
        self.band_hidden = False  # the player hid the text to look at the room
        self._seen_before = False  # the current line had been seen in an earlier visit or run
        self.pen_uv: tuple[float, float] | None = None  # the pen on the spread, 0..1 each way
        # the page shot's table and room: a line's key (None: the room not yet in it) and the frame
        self._backdrop: tuple[tuple[int, float, tuple[int, int]] | None, pygame.Surface] | None = None
        self._table: pygame.Surface | None = None  # the coffee table's rows over the room strip (`_take_table`)
        self._table_job: tuple[tuple[int, int], Future[pygame.Surface]] | None = None
        self._book_job: tuple[tuple[float, int], Future[tuple[pygame.Surface, pygame.Surface]]] | None = None
        self._lying: tuple[float, float, pygame.Surface, tuple[float, float], pygame.Surface] | None = None
        self._canvas: tuple[int, int] | None = None  # the size last drawn at
        self._prepared_for = -1  # the line whose next shot is being made ahead
        self._prepare: Iterator[str] | None = None
        self._prepared_at: float | None = None  # when the next shot's steps last ran to their end
        self._last_pass = False  # they ran again, with the effects, just before a known cut
        self._drawn = 0  # frames drawn
        self._updates, self._line_drawn = 0, -1  # updates since the last frame drawn; the line it drew
        self._drawn_at: float | None = None  # when the last frame was drawn (perf_counter)
        self._writer_job: tuple[tuple[float, Look], Future[WriterHand]] | None = None  # the next writer's hand
        self._writer_for = -1  # the line whose next line's writer was looked for

    # --- lifecycle ----------------------------------------------------------------------

    def enter(self) -> None:
        self.ctx.captions.begin()  # the last scene's captions gone; the room's constant sounds named
        if self.start_line is not None:
            self.seek(self.start_line, 0.0)
        else:
            self.director.start(self.t)
            self._restore_notebook()  # closed, as the stage begins
            self._begin_line()

    def seek(self, number: int, at: float) -> None:
        """Show line `number` as it is `at` seconds after it began (deterministic)."""
        base = LINE_BASE * number
        self.t = base
        self.director.goto_line(number, base)
        pending = self.director.drain_events()  # the staging just before the line: sounds are
        self._restore_notebook()  # not replayed, but the notebook moves as it did in play
        self._handle_events([ev for ev in pending if ev.kind == "notebook"])
        self._begin_line()
        step = 1.0 / 60.0
        while self.t < base + at - 1e-9:  # play the moment through, as the loop would
            self.update(min(step, base + at - self.t))

    # --- input --------------------------------------------------------------------------

    def action(self, name: str) -> None:
        if name == "advance":
            self.skipping = False
            self.click()
        elif name == "rollback":
            self.revisit(self.director.line_number - 1)
        elif name == "rollforward":
            if self.director.line_number < self.furthest:
                self.revisit(self.director.line_number + 1)
        elif name == "hide":
            self.band_hidden = not self.band_hidden
        elif name == "skip":
            self.skipping = not self.skipping
        elif name == "auto":
            self.ctx.update_settings(auto_advance=not self.ctx.settings.auto_advance)
        elif name in ("menu", "history") and self.stack is not None:
            self.skipping = False
            scenes = self.ctx.scenes
            self.stack.push(scenes.menu(self) if name == "menu" else scenes.history(list(self.director.history)))

    def revisit(self, number: int) -> None:
        """Roll back or forward to a line seen this visit: the room and the page as they were,
        the line itself shown finished (rolling back never rewrites it from a blank page)."""
        self.skipping = False
        if not 1 <= number <= min(self.furthest, self.director.total_lines) or number == self.director.line_number:
            return
        self.director.goto_line(number, self.t)
        pending = self.director.drain_events()
        self._restore_notebook()
        self._handle_events([ev for ev in pending if ev.kind == "notebook"])
        self._begin_line()
        self.complete_line()

    def click(self) -> None:
        if self.band_hidden:  # the first click brings the text back
            self.band_hidden = False
            return
        d = self.director
        if d.waiting_until is not None:
            d.advance(self.t)
        elif not self.line_complete():
            self.complete_line()
            return
        else:
            d.advance(self.t)
        self._after_advance()

    # --- state --------------------------------------------------------------------------

    def line_complete(self) -> bool:
        line = self.director.current
        if line is None:
            return True
        if isinstance(line, c.Write):
            return self.notebook.done
        return self.forced_complete or self.typewriter is None or (
            self.typewriter.visible(self.t - self.director.line_started) >= len(line.text))

    def complete_line(self) -> None:
        if isinstance(self.director.current, c.Write):
            self.notebook.complete()
        self.forced_complete = True

    def _after_advance(self) -> None:
        if self.director.finished:
            self._finish()
        else:
            self._begin_line()

    def exit(self) -> None:
        self.ctx.speech.stop()  # the ending, the title: the line being read aloud stops
        layers = getattr(self.ctx.renderer, "layers", None)
        props = getattr(layers, "props", None)
        if props is not None:  # the title's room has a fresh notebook, not this story's pages
            props.page_ink = None
        inserts = getattr(layers, "inserts", None)
        if inserts is not None:  # an insert made ahead for a line not played goes with the story
            inserts.expect(None)

    def _finish(self) -> None:
        self.ctx.leave_room()
        self.ctx.seen.finished()  # the title's Chapters open
        self.ctx.saves.clear()  # a finished story is begun anew, not continued into its ending
        if self.stack is not None:
            self.stack.fade_to(self.ctx.scenes.ending(), 2.4)

    def _restore_notebook(self) -> None:
        d = self.director
        earlier = [ln for ln in d.page_lines if ln is not d.current]
        self.notebook.restore([self._pen_args(ln) for ln in earlier])
        # open or closed as it was before this line's own staging (whose events follow)
        ch = d.stage.notebook_open
        was = ch.previous if ch.since >= d.line_started and ch.previous else ch.value
        self.notebook.set_open(was == "open", -1e9)

    def _pen_args(self, line: c.Write) -> tuple[str, str, tuple[int, int, int] | None, int]:
        ch = self.ctx.script.characters[line.who]
        return (line.text, line.hand or ch.hand, ch.ink, line_seed(self.ctx.settings.seed, line))

    def _begin_line(self) -> None:
        d = self.director
        if d.line_number == self._shown_line and d.current is not None:
            return
        self._shown_line = d.line_number
        self.furthest = max(self.furthest, d.line_number)
        self._seen_before = d.line_number in self.ctx.seen.lines
        self.ctx.seen.saw(d.line_number)
        self.ctx.saves.remember(d.line_number, self.ctx.settings.seed)
        self.forced_complete = False
        self.complete_since = None
        line = d.current
        if isinstance(line, c.Narrate):
            self.typewriter = Typewriter(line.text, self.ctx.settings.text_cps)
        elif isinstance(line, c.Write):
            self.typewriter = None
            self._take_writer(cut=True)  # painted ahead: in the cache before `write` asks for it,
            self._take_book()  # and the notebook's art, before `write` holds the page
            text, hand, ink, seed = self._pen_args(line)
            self.notebook.write(text, hand, ink, seed, at=d.line_started)
        events = d.drain_events()
        self._speak(line, [ev.name for ev in events if ev.kind == "sound" and ev.arg != "stop"])
        self._handle_events(events)

    def _speak(self, line: c.Line | None, cues: list[str] | None = None) -> None:
        """Self-voicing: the line read aloud (not while skipping), the last one stopped; music begun with it named first."""
        if line is not None and self.ctx.settings.self_voicing and not self.skipping:
            music = self.ctx.captions.music_spoken(cues or [])
            self.ctx.speech.say(music + line.text, story_language(line.src.file))
        else:
            self.ctx.speech.stop()

    def _handle_events(self, events: list[Event]) -> None:
        for ev in events:
            if ev.kind == "notebook":
                if ev.name in ("open", "close"):
                    self.notebook.set_open(ev.name == "open", ev.t)
                elif ev.name == "turn":
                    self.notebook.turn_page(ev.t)
            self.ctx.on_story_event(ev)

    # --- time ---------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        super().update(dt)
        d = self.director
        before = d.line_number
        d.update(self.t)
        if d.finished:
            self._finish()
            return
        if d.line_number != before:
            self._begin_line()
        self._handle_events(d.drain_events())
        pen = self.notebook.update(self.t, self.ctx.settings.pen_cps)
        if isinstance(d.current, c.Write):
            self.ctx.on_pen_events(pen, self._pen_args(d.current)[1])
            if any(ev.kind == "down" for ev in pen):
                self.ctx.captions.pen(self.ctx.books.kind(self._pen_args(d.current)[1]), d.current, self.t)
            for ev in pen:
                self.pen_uv = (ev.x / PANEL_W, ev.y / PANEL_H)
        else:
            self.pen_uv = None
        complete = self.line_complete()
        if complete and self.complete_since is None:
            self.complete_since = self.t
        if self.skipping and not (self._seen_before or self.ctx.settings.skip_unseen):
            self.skipping = False  # skip stops at the first line never seen
        if self.skipping and self.t - self._last_skip >= SKIP_INTERVAL:
            self._last_skip = self.t
            self.complete_line()
            self.click()
        elif (complete and self.ctx.settings.auto_advance and self.complete_since is not None
              and self.t - self.complete_since >= self.auto_wait()):
            self.click()
        self.ctx.on_room_frame(d.stage.at(self.t), self.t, dt)
        self._updates += 1

    def auto_wait(self) -> float:
        """How long auto-advance lets a finished line stay: longer for a longer line."""
        s, line = self.ctx.settings, self.director.current
        return s.auto_delay + (len(line.text) / s.auto_cps if line is not None else 0.0)

    # --- drawing ------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        d = self.director
        watched = self._room_left()  # a line without the room: what its first frame draws of it is kept
        self._canvas = surface.get_size()
        if self._drawn:  # from the second frame: a still (`--render`) does not paint what it does not show
            self._paint_writer_ahead(self._canvas)
            self._paint_page_art_ahead(self._canvas)
            self._prepare_next()
        self._line_drawn = d.line_number
        self._drawn += 1
        snap = d.stage.at(self.now)
        if self.close_up():
            self._draw_page_shot(surface)
        else:
            self._draw_room(surface, snap)
        self._keep_drawn(watched)
        s = self.ctx.settings
        if s.captions:
            self.ctx.captions.draw(surface, self.ctx.fonts, self.now, s.text_size, s.high_contrast)
        if self.band_hidden:  # the player is looking at the room
            return
        if self.stack is not None and self.stack.top is not self and self.stack.top is not None \
                and not self.stack.fading:
            return  # a menu or the history is over the story: its words alone, over the room
        line = d.current
        since = self.now - d.line_started
        if isinstance(line, c.Narrate) and self.typewriter is not None:
            visible = len(line.text) if self.forced_complete else self.typewriter.visible(since)
            self.narration.draw(surface, line.text, visible, self.now, self.line_complete(),
                                alpha=min(1.0, since / 0.25) if since >= 0 else 1.0,
                                size=s.text_size, high_contrast=s.high_contrast)

    def close_up(self) -> bool:
        """Whether the shot is the notebook seen from above: a line is being written, or the
        script's shot is the notebook's."""
        d = self.director
        return isinstance(d.current, c.Write) or d.stage.shot.value == PAGE_SHOT

    def _figures_frame(self) -> None:
        """A room frame begins: its figure turns are its working set (PartRasters.frame), at a cut
        the ones made ahead for it."""
        figures = getattr(getattr(self.ctx.renderer, "layers", None), "figures", None)
        if figures is not None:
            self._rasters_at_cut(figures.rasters)  # (the cut's: made ahead)
            figures.rasters.frame()

    def _draw_room(self, surface: pygame.Surface, snap: Snapshot) -> None:
        layers = getattr(self.ctx.renderer, "layers", None)
        self._figures_frame()
        props = getattr(layers, "props", None)
        if props is not None:  # the room's notebook shows what the pen has written
            props.page_ink = self.notebook.page_ink
        self.ctx.renderer.draw(surface, snap, self.now, self.pen_uv)

