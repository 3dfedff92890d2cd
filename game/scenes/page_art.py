"""The page shot's art painted ahead: the next written line's writer's hand, the notebook's paper
and leather and the coffee table, painted on the page-art thread while the lines before it play.

Only caches are filled (the pen's shared cache, the scene's table): what is drawn does not depend on
whether, or how far, this ran. The main loop never waits on the thread (game/steps.py `taken`): what
is not painted by the cut into the page, the page paints itself, the same pixels. A mixin of the story
scene (game/scenes/story.py), which has what is declared here.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pygame

from game.pen.book import paint_notebook
from game.pen.desk import paint_table
from game.pen.writer import Look, WriterHand
from game.scenes.ahead import PAGE_SHOT, PREPARE_AFTER
from game.scenes.page_shot import PageShot, page_scale
from game.steps import taken
from game.story import commands as c
from game.story.director import Director

# The page shot's writer's hand, table and notebook art (~1 s of numpy each at 1080p, not baked),
# painted on this thread ahead of the page, so its cut does not stall on them (the same pictures).
PAINTER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="page-art")
# A written line's writer's hand is painted ahead from this many lines before it: not baked (the first
# run, or the pen's code changed), it is seconds of numpy, and on a loaded machine (load 14 on 2 cores)
# the thread had not finished it in the one line before (43.7 s at the cut into line 27 at 1080p)
WRITER_LINES_AHEAD = 2


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


class PageArtAhead(PageShot):
    """The story scene's page art painted ahead (mixed into StoryScene, which has what is declared here)."""

    t: float
    _book_job: tuple[tuple[float, int], Future[tuple[pygame.Surface, pygame.Surface]]] | None
    _writer_job: tuple[tuple[float, Look], Future[WriterHand]] | None
    _writer_for: int

    def _pen_args(self, line: c.Write) -> tuple[str, str, tuple[int, int, int] | None, int]:
        raise NotImplementedError

    def _paint_writer_ahead(self, size: tuple[int, int]) -> None:
        """When the next line is written: its writer's hand (~1 s of numpy at 1080p if not baked)
        painted on the painter thread while this line plays, put in the pen's shared cache (the same
        pure function of scale and look). Asked for PREPARE_AFTER into the line (the notebook has let
        go of the last page's hands by then: game/pen/notebook.py LET_GO_S), before the page's other
        art: the cut's first update needs it (`Notebook.write`), the table only its draw. Not begun by
        the cut, the notebook paints it itself; begun, it is finished (`_take_writer`)."""
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
            self._writer_job = (key, PAINTER.submit(WriterHand, scale, key[1]))

    def _take_writer(self, cut: bool = False) -> None:
        """The writer's hand painted ahead into the pen's cache if it is done; at the `cut` into the
        written line it was painted for (the first written ahead), finished if begun (game/steps.py
        `taken`), else let go of: the notebook paints the hand now, as the line's first update writes it."""
        job, writers = self._writer_job, getattr(getattr(self.ctx.books, "cache", None), "writers", None)
        if job is None or writers is None:
            return
        if job[1].done() or cut:
            hand = taken(job[1])
            if hand is not None:
                writers.setdefault(job[0], hand)
            self._writer_job = None

    def _take_book(self) -> None:
        """The notebook's art painted ahead into the pen's cache: done, or begun (finished, game/steps.py
        `taken`); not begun, let go of (the notebook paints it as it needs it). At the cut into a written
        line its first update takes it, before `Notebook.write` holds the page again (finishing the last
        line: it painted the art itself while the thread had it half done, 1.4 s CPU at the cut into 32)."""
        job, cache = self._book_job, getattr(self.ctx.books, "cache", None)
        if job is None or cache is None:
            return
        art, self._book_job = taken(job[1]), None
        if art is not None:
            paper, leather = art
            if pygame.display.get_surface() is not None:  # as the notebook converts its own
                paper, leather = paper.convert_alpha(), leather.convert_alpha()
            cache.art.setdefault(job[0], (paper, leather))

    def _paint_page_art_ahead(self, size: tuple[int, int]) -> None:
        """Start painting the page shot's notebook and table art on the painter thread (once per
        canvas size), and take in what it has finished. Only while the page shows now or next: else
        the table (in the backdrop) is let go of, 8 MB at 1080p, and painted again (baked: read back)
        ahead of the next page shot. Never waited for behind other work: on screen and not begun, the
        job is let go of and the notebook paints its art itself (`Notebook._art`), `_draw_page_shot`
        the table; begun, it is finished (game/steps.py `taken`)."""
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
                    job[1].cancel()  # (of no use: let go of, if not begun)
                self._book_job = None
            elif job is None:
                self._book_job = (key, PAINTER.submit(paint_notebook, key[0], seed, spread)) if ask else None
            elif job[1].done() or self.close_up():  # the page is shown: taken now, or painted by it
                self._take_book()
        painting = self._table_job
        if painting is not None and page and painting[0] == size and painting[1].done():
            table, self._table_job = taken(painting[1]), None
            if table is not None:
                self._take_table(table)
        elif painting is not None and (not page or painting[0] != size):
            painting[1].cancel()  # (of no use: let go of, if not begun)
            self._table_job = None
        elif painting is None and page and ask and not self._has_table(size):
            self._table_job = (size, PAINTER.submit(paint_table, size, self.ctx.settings.seed, self._book_rect(size)))

    def _page_now_or_next(self) -> bool:
        """Whether the page shot is on screen, or the script cuts to it (or writes) at its next line."""
        return self.close_up() or any(isinstance(cmd, c.Write) or (isinstance(cmd, c.Shot) and cmd.name == PAGE_SHOT)
                                      for cmd in self.director.ahead())
