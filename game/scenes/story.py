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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from game.i18n import story_language
from game.pen.book import Spread, paint_notebook
from game.pen.desk import FAR_EDGE, paint_table, soften_room
from game.pen.sprite import paint_pen
from game.pen.writer import Look, WriterHand
from game.room.layers import holds_pen
from game.scenes.ahead import PAGE_SHOT, PREPARE_AFTER, STRIP_SHOT, MakingAhead
from game.scenes.ahead import PREPARE_LAST as PREPARE_LAST  # (where it was, for the tests that read it)
from game.scenes.base import Scene
from game.scenes.ui import NarrationBand
from game.steps import taken
from game.story import commands as c
from game.story.director import Director, Event
from game.story.stage import Change
from game.text.typewriter import Typewriter

if TYPE_CHECKING:
    from game.context import Context
    from game.story.stage import Snapshot

log = logging.getLogger(__name__)

LINE_BASE = 9.0  # canonical story time per line, for rendering a line out of play order
SKIP_INTERVAL = 0.08
PANEL_W, PANEL_H = 1240.0, 520.0  # the notebook panel's logical size (game.pen.PANEL_W/H)
NOTEBOOK_RECT = (55, 150, 1810, 759)  # logical x, y, w, h of the notebook in its close shot (x1.46)


def page_scale(width: int) -> float:
    """The pen's pixel scale for the page shot on a canvas `width` px wide: the panel drawn
    NOTEBOOK_RECT's width on the 1920-wide logical canvas."""
    return round(NOTEBOOK_RECT[2] * width / 1920) / PANEL_W
# The page shot's table and notebook art (~1 s of numpy at 1080p), painted on this thread from the
# story's second frame, so the first cut to the page does not stall on them (the same pictures).
_PAINTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="page-art")
# A written line's writer's hand is painted ahead from this many lines before it: not baked (the first
# run, or the pen's code changed), it is seconds of numpy, and on a loaded machine (load 14 on 2 cores)
# the thread had not finished it in the one line before (43.7 s at the cut into line 27 at 1080p)
WRITER_LINES_AHEAD = 2
STRIP_ROWS = (0.34, 0.62)  # beyond the far edge (STRIP_SHOT): the couple's seats, out of focus
PEN_LYING = (1560.0, 905.0, 28.0)  # logical tip x, y and angle of the pen lying on the table, untouched
PEN_PUT_DOWN = (1877.0, 330.0, 94.0)  # ... and once it has written: laid on the table beside the book
# (it lay across the right page, and the leaf turned at line 81 rose under a pen that stayed on top)


def lines_ahead(director: Director, count: int) -> Iterator[c.Narrate | c.Write]:
    """The script's next `count` lines after the one playing (following jumps, as `Director.ahead`)."""
    cmds, labels, pc = director.script.commands, director.script.labels, director.pc
    for _ in range(len(cmds)):
        if count <= 0 or pc >= len(cmds) or isinstance(cmds[pc], c.End):
            return
        cmd, pc = cmds[pc], pc + 1
        if isinstance(cmd, c.Jump):
            pc = labels.get(cmd.target, len(cmds))
        elif isinstance(cmd, c.Narrate | c.Write):
            count -= 1
            yield cmd


def line_seed(seed: int, line: c.Line) -> int:
    return (seed * 1_000_003 + line.src.line * 7919) & 0x7FFFFFFF


class StoryScene(MakingAhead, Scene):
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
        props = getattr(getattr(self.ctx.renderer, "layers", None), "props", None)
        if props is not None:  # the title's room has a fresh notebook, not this story's pages
            props.page_ink = None

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
            self._take_writer(cut=True)  # painted ahead: in the cache before `write` asks for it
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

    def _paint_writer_ahead(self, size: tuple[int, int]) -> None:
        """When the next line is written: its writer's hand (~1 s of numpy at 1080p if not baked)
        painted on the painter thread while this line plays, put in the pen's shared cache (the same
        pure function of scale and look). Asked for PREPARE_AFTER into the line (the notebook has let
        go of the last page's hands by then: game/pen/notebook.py LET_GO_S), before the page's other
        art: the cut's first update needs it (`Notebook.write`), the table only its draw. Never waited
        for: not painted by the cut, the notebook paints it itself (`_take_writer`)."""
        writers = getattr(getattr(self.ctx.books, "cache", None), "writers", None)
        if writers is None:
            return
        if self._writer_job is not None:
            self._take_writer()
            return
        if self.t - self.director.line_started < PREPARE_AFTER or self._writer_for == self.director.line_number:
            return
        self._writer_for = self.director.line_number
        line = next((ln for ln in lines_ahead(self.director, WRITER_LINES_AHEAD) if isinstance(ln, c.Write)), None)
        hand = getattr(self.notebook, "hands", {}).get(self._pen_args(line)[1]) if line is not None else None
        if hand is None:
            return
        scale = page_scale(size[0])
        key = (scale, Look.of(hand))
        if key not in writers:
            self._writer_job = (key, _PAINTER.submit(WriterHand, scale, key[1]))

    def _take_writer(self, cut: bool = False) -> None:
        """The writer's hand painted ahead into the pen's cache if it is done; at the `cut` into the
        written line it was painted for (the first written ahead), the job is let go of if not: the
        notebook paints the hand now, as the line's first update writes it."""
        job, writers = self._writer_job, getattr(getattr(self.ctx.books, "cache", None), "writers", None)
        if job is None or writers is None:
            return
        if job[1].done() or cut:
            hand = taken(job[1])
            if hand is not None:
                writers.setdefault(job[0], hand)
            self._writer_job = None

    def auto_wait(self) -> float:
        """How long auto-advance lets a finished line stay: longer for a longer line."""
        s, line = self.ctx.settings, self.director.current
        return s.auto_delay + (len(line.text) / s.auto_cps if line is not None else 0.0)

    # --- drawing ------------------------------------------------------------------------

    def _book_rect(self, size: tuple[int, int]) -> pygame.Rect:
        """The notebook's cover on the page shot's table, in canvas px (the table's shadow of it)."""
        w, _h = size
        m, cover = NOTEBOOK_RECT[2] / PANEL_W * w / 1920, Spread().cover
        return pygame.Rect(round(NOTEBOOK_RECT[0] * w / 1920 + cover.x * m), round(NOTEBOOK_RECT[1] * w / 1920 + cover.y * m),
                           round(cover.w * m), round(cover.h * m))

    def _paint_page_art_ahead(self, size: tuple[int, int]) -> None:
        """Start painting the page shot's notebook and table art on the painter thread (once per
        canvas size), and take in what it has finished. Only while the page shows now or next: else
        the table (in the backdrop) is let go of, 8 MB at 1080p, and painted again (baked: read back)
        ahead of the next page shot. Never waited for: on screen and not done, the job is let go of
        and the notebook paints its art itself (`Notebook._art`), `_draw_page_shot` the table."""
        page = self._page_now_or_next()
        if not page:
            self._backdrop = self._table = None
        # asked for from PREPARE_AFTER into the line before the page (the notebook has let go of the
        # last page's art by then), after its writer's hand; on screen, the page paints what it lacks
        ask = not self.close_up() and self.t - self.director.line_started >= PREPARE_AFTER
        cache, seed, spread = getattr(self.ctx.books, "cache", None), getattr(self.notebook, "seed", None), \
            getattr(self.notebook, "spread", None)
        if cache is not None and isinstance(seed, int) and spread is not None and page:
            key, job = (page_scale(size[0]), seed), self._book_job  # (else another kind of book: it paints its own art)
            if key in cache.art or (job is not None and job[0] != key):
                if job is not None:
                    taken(job[1])  # (of no use: let go of)
                self._book_job = None
            elif job is None:
                self._book_job = (key, _PAINTER.submit(paint_notebook, key[0], seed, spread)) if ask else None
            elif job[1].done() or self.close_up():  # the page is shown: taken now, or painted by it
                art, self._book_job = taken(job[1]), None
                if art is not None:
                    paper, leather = art
                    if pygame.display.get_surface() is not None:  # as the notebook converts its own
                        paper, leather = paper.convert_alpha(), leather.convert_alpha()
                    cache.art[key] = (paper, leather)
        painting = self._table_job
        if painting is not None and (not page or painting[0] != size or painting[1].done()):
            table, self._table_job = taken(painting[1]), None
            if table is not None and page and painting[0] == size:
                self._take_table(table)
        elif painting is None and page and ask and not self._has_table(size):
            self._table_job = (size, _PAINTER.submit(paint_table, size, self.ctx.settings.seed, self._book_rect(size)))

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

    def pen_held(self) -> bool:
        """Whether a hand holds the pen over the page (else it lies on the table)."""
        d = self.director
        return isinstance(d.current, c.Write) or (
            bool(d.page_lines) and any(holds_pen(ch.value) for ch in d.stage.poses.values()))

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

    def _draw_page_shot(self, surface: pygame.Surface) -> None:
        """The notebook on the coffee table from above; beyond the table's far edge the room,
        out of focus (made once a line: the room as the line begins)."""
        d = self.director
        props = getattr(getattr(self.ctx.renderer, "layers", None), "props", None)
        if props is not None:
            props.page_ink = self.notebook.page_ink
        w, h = surface.get_size()
        key = (d.line_number, d.line_started, (w, h))
        if self._backdrop is None or self._backdrop[0] != key:
            if not self._has_table((w, h)):
                job, self._table_job = self._table_job, None
                table = taken(job[1]) if job is not None and job[0] == (w, h) else None  # painted ahead, or now
                self._take_table(table or paint_table((w, h), self.ctx.settings.seed, self._book_rect((w, h))))
            assert self._backdrop is not None and self._table is not None
            frame = self._backdrop[1]
            at = d.stage.at(d.line_started)  # the room drawn on the canvas, all of it covered by the backdrop next
            self._figures_frame()  # (its figures' turns made ahead for the cut's frame: game/room/ahead_turns.py)
            self.ctx.renderer.draw(surface, replace(at, shot=Change(STRIP_SHOT), move=None), d.line_started, None)
            frame.blit(soften_room(surface, (w, self._table.get_height()), STRIP_ROWS), (0, 0))
            frame.blit(self._table, (0, 0))
            self._backdrop = (key, frame)
        surface.blit(self._backdrop[1], (0, 0))
        rect = self.notebook_rect(w)
        held = self.pen_held()
        if rect is not None:
            self.notebook.draw(surface, rect, self.now, self.ctx.settings.transcription, pen=held)
        if not held:
            used = any(isinstance(ln, c.Write) for ln in d.history)
            self._draw_lying_pen(surface, w / 1920, PEN_PUT_DOWN if used else PEN_LYING)
        glow = d.stage.at(self.now).glow
        if glow > 0.01:  # the candles' golden glow (line 74 on) lands on the table and the page
            surface.fill((255, round(255 - 22 * glow), round(255 - 60 * glow)), special_flags=pygame.BLEND_RGB_MULT)
            surface.fill((round(26 * glow), round(14 * glow), 0), special_flags=pygame.BLEND_RGB_ADD)

    def _page_now_or_next(self) -> bool:
        """Whether the page shot is on screen, or the script cuts to it (or writes) at its next line."""
        return self.close_up() or any(isinstance(cmd, c.Write) or (isinstance(cmd, c.Shot) and cmd.name == PAGE_SHOT)
                                      for cmd in self.director.ahead())

    def _has_table(self, size: tuple[int, int]) -> bool:
        """Whether the page shot's table is in the backdrop at canvas `size` (`_take_table`)."""
        return self._table is not None and self._backdrop is not None and self._backdrop[1].get_size() == size

    def _take_table(self, table: pygame.Surface) -> None:
        """Keep the painted table (SRCALPHA, the canvas's size) as the backdrop's frame, laid over
        black, and apart only its rows over the room's strip (the room beyond the far edge, made
        again each line under them): one screen kept for the page's backdrop, not two (at 1080p
        8 MB, not 16). Below the strip the frame is the table over black, as it was each line."""
        w, h = table.get_size()
        strip_h = min(h, round(h * FAR_EDGE) + 4)
        frame = pygame.Surface((w, h))
        frame.blit(table, (0, 0))
        self._table = table.subsurface((0, 0, w, strip_h)).copy()
        self._backdrop = (None, frame)

    def _draw_lying_pen(self, surface: pygame.Surface, scale: float, where: tuple[float, float, float]) -> None:
        """The pen lying where it was put down, its soft shadow beside it."""
        scale *= NOTEBOOK_RECT[2] / PANEL_W
        if self._lying is None or self._lying[:2] != (scale, where[2]):
            self._lying = (scale, where[2], *paint_pen(scale, where[2]))
        _, _, img, tip, shadow = self._lying
        k = surface.get_width() / 1920
        x, y = where[0] * k - tip[0], where[1] * k - tip[1]
        off = 4 * scale
        surface.blit(shadow, (round(x + off), round(y + 0.8 * off)))
        surface.blit(img, (round(x), round(y)))

    def notebook_rect(self, canvas_w: int) -> pygame.Rect | None:
        """Where the notebook lies in its close shot, in canvas pixels (None: not shown)."""
        if not self.close_up():
            return None
        x, y, w, h = NOTEBOOK_RECT
        scale = canvas_w / 1920
        return pygame.Rect(round(x * scale), round(y * scale), round(w * scale), round(h * scale))
