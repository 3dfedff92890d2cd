"""The notebook panel: lines accumulate on two pages, written by a visible pen, in time.

One object owns what the player sees of the notebook: the spread (which lines are on
which page and row), the persistent ink canvas at the window's pixel scale, the line
being written, and the open/close and page-turn motions. Its state changes only in
`write`, `complete`, `set_open`, `turn_page` and `restore`; everything drawn is then a
function of the clock time `t` the caller passes, so any moment can be rendered again
(ink is stamped incrementally for speed, and rebuilt if time runs backwards).

Costs are placed where they do no harm: `write` lays the line out, builds its timeline
and warms its stamps (tens of ms, at queue time); `draw` only stamps new dabs, blits the
page and draws the pen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
import pygame

from game.pen import wet
from game.pen.book import PANEL_W, Spread, paint_notebook
from game.pen.glyphs import StrokeFont, load_font
from game.pen.hands import RGB, Hand
from game.pen.ink import InkCanvas, InkLine, StampCache, prepare_line
from game.pen.layout import LineLayout, layout_line
from game.pen.motion import draw_cover_motion, draw_turn
from game.pen.notebook_state import PenCache as PenCache  # (moved there: re-exported)
from game.pen.notebook_state import PenEvent as PenEvent
from game.pen.notebook_state import _Line
from game.pen.pen_path import _hand_shake as _hand_shake  # (moved there: re-exported)
from game.pen.pen_path import pen_state, relax
from game.pen.sprite import Transcript
from game.pen.timeline import REF_CPS, Timeline, build_timeline
from game.pen.turn import TurnArt
from game.pen.writer import Look, WriterHand

DS = 0.4  # logical px between dabs
OPEN_T = 1.0  # seconds: fade in 0.3, cover unfolds 0.7
CLOSE_T = 1.2  # cover folds 0.7, then fades 0.5
FOLD_T = 0.7
TURN_T = 3.0  # a page turn: the written leaf goes over slowly enough to be seen, then a blank one
# logical: how far a hand from the right writes on the right page. The hand and its cuff reach
# ~356 lpx right of the nib and the close shot ends ~1277 lpx from the panel's left (NOTEBOOK_RECT): a
# line there ends short of x ~920 (the measure's end, less the word that did not fit), so the writing
# hand stays in the shot to its last letter
RIGHT_HAND_MEASURE = 255.0
Entry = tuple[str, str, RGB | None, int]
# clock seconds the notebook has not been drawn (the story has left its shot) before it lets go of
# its full-size page, the art it holds and the writers' hands (made again as the next line is written)
LET_GO_S = 0.25


class Notebook:
    """The open leather notebook with its pages, ink and pen. See `game.pen` for the API."""

    def __init__(self, hands: Mapping[str, Hand], seed: int, scale: float, transcript_font: Path | None = None,
                 spread: Spread | None = None, cache: PenCache | None = None) -> None:
        self.hands = dict(hands)
        self.seed = seed
        self.spread = spread or Spread()
        self._transcript = Transcript(transcript_font)
        self._cache = cache or PenCache()
        self._fonts = self._cache.fonts
        self._stamps = self._cache.stamps
        self._lines: list[_Line] = []
        self._cursor = (0, 0)
        self._open = True
        self._open_at = -math.inf
        self._turn_at = -math.inf
        self._turn = TurnArt()  # the turned spread and its ink, then the leaves cut from them at its first frame
        # the room's notebook's ink, per page: (the spread and its size, how far written) -> the image
        self._room_ink: dict[int, tuple[tuple[tuple[int, int], str, int, bool], pygame.Surface | None]] = {}
        self._drawn_t = -math.inf  # the clock time last drawn at
        self._shown = True  # drawn within LET_GO_S of the last update
        self._t = 0.0
        self._cps = REF_CPS
        self._ev_pt = math.inf
        self._art_held: tuple[pygame.Surface, pygame.Surface] | None = None  # paper, leather (None: let go)
        self._canvas: InkCanvas
        self._build(scale)

    # ------------------------------------------------------------------ state changes
    def write(self, text: str, hand: str, ink: RGB | None = None, line_seed: int = 0, at: float | None = None) -> None:
        """Queue a line: lay it out now; the pen starts at clock time `at` (default: last t seen)."""
        at = self._t if at is None else at
        self._finish_current()
        line = self._place(text, hand, ink, line_seed, at)
        lead = 0.0
        if not self._open:
            self.set_open(True, at)
            lead += OPEN_T
        if line.page < 0:
            self._begin_turn(at + lead)
            lead += TURN_T
            line.page = 0
        line.lead_in = lead
        line.ink_line = self._prepare(line)
        self._writer(line.hand)  # painted now, at queue time, not in a frame
        self._lines.append(line)
        self._cursor = (line.page, line.row + line.layout.rows)
        self._ev_pt = -math.inf

    def update(self, t: float, cps: float) -> list[PenEvent]:
        """Advance the clock; returns the pen events since the previous call."""
        self._t, self._cps = t, max(cps, 0.1)
        if not abs(t - self._drawn_t) <= LET_GO_S:
            self._let_go()
        line = self._current()
        if line is None:
            return []
        pt = self._pt(line, t)
        tl, (ox, oy) = line.timeline, self._origin(line)
        if line.completed:  # a click: the pen leaves the paper now, no burst of old events
            was_down = bool(np.any((tl.stroke_t0 <= self._ev_pt) & (tl.stroke_t1 > self._ev_pt)))
            self._ev_pt = math.inf
            x, y, _ = tl.pen_at(tl.duration)
            return ([PenEvent("up", t, ox + x, oy + y, 0.0)] if was_down else []) + [PenEvent("speed", t, ox + x, oy + y, 0.0)]
        to_clock = REF_CPS / self._cps
        wstart = line.start + line.lead_in
        events: list[PenEvent] = []
        last = np.append(tl.stroke_first[1:] - 1, len(tl.t) - 1)
        for k in np.nonzero((tl.stroke_t0 > self._ev_pt) & (tl.stroke_t0 <= pt))[0]:
            i0 = int(tl.stroke_first[k])
            events.append(PenEvent("down", wstart + float(tl.stroke_t0[k]) * to_clock, ox + float(tl.x[i0]), oy + float(tl.y[i0]), 0.0))
        for k in np.nonzero((tl.stroke_t1 > self._ev_pt) & (tl.stroke_t1 <= pt))[0]:
            i1 = int(last[k])
            events.append(PenEvent("up", wstart + float(tl.stroke_t1[k]) * to_clock, ox + float(tl.x[i1]), oy + float(tl.y[i1]), 0.0))
        events.sort(key=lambda e: e.t)
        x, y, _ = tl.pen_at(pt)
        events.append(PenEvent("speed", t, ox + x, oy + y, tl.speed_at(pt) * self._cps / REF_CPS))
        self._ev_pt = pt
        return events

    def complete(self) -> None:
        """The player clicked while writing: all the line's ink is on the page at once."""
        line = self._current()
        if line is None or self.done:
            return
        self._complete_line(line)
        self._turn_at = min(self._turn_at, line.start)
        if self._open:
            self._open_at = min(self._open_at, self._t - OPEN_T)

    @property
    def done(self) -> bool:
        line = self._current()
        return line is None or self._pt(line, self._t) >= line.timeline.duration

    def duration(self, cps: float) -> float:
        """Seconds from the current line's write() until its pen has lifted away."""
        line = self._current()
        return 0.0 if line is None else line.lead_in + line.timeline.duration * REF_CPS / max(cps, 0.1)

    def set_open(self, open_: bool, t: float) -> None:
        """Open or close the notebook, animated from clock time t."""
        if open_ != self._open:
            self._finish_current()
            self._open, self._open_at = open_, t

    def warm(self, writers: Iterable[tuple[str, RGB | None]], text: str) -> None:
        """Once a run: build the nib stamps each (hand, ink) will need for `text` (the
        story's own written words), so the first write() in that hand costs ~45 ms instead
        of ~140 ms. The stamps live in the shared `PenCache`."""
        sp = self.spread
        for name, ink in writers:
            hand = self.hands[name]
            lay = layout_line(text, hand, self._font(hand), 0, sp.text_width() * 3, sp.row_pitch)
            tl = build_timeline(lay, hand, 0, DS)
            wet.warm(prepare_line(tl, self._stamps_for(hand, ink or hand.ink), (0.0, 0.0), ink or hand.ink))
            self._writer(hand)

    def fits(self, text: str, hand: str) -> bool:
        """Whether `text` in `hand` fits on one page (for the story linter; no drawing)."""
        h = self.hands[hand]
        sp = self.spread
        return layout_line(text, h, self._font(h), 0, sp.text_width(), sp.row_pitch).rows <= sp.rows

    @property
    def page_surface(self) -> pygame.Surface:
        """The open spread with its ink, no pen (for captures and the benchmark)."""
        self._hold()
        return self._canvas.page

    def page_ink(self, page: int, size: tuple[int, int]) -> pygame.Surface | None:
        """The ink on page 0 (left) or 1 alone, squeezed to `size` px: white where the paper
        is bare, for a multiply blit onto the room's own notebook (seen small, from the side,
        in the wide and medium shots). None while the page is blank."""
        if not self._lines or size[0] < 4 or size[1] < 2:
            return None
        key = (size, self._lines[0].text, len(self._lines), self.done)  # the spread, how far written
        got = self._room_ink.get(page)
        if got is not None and got[0] == key:
            return got[1]
        box = self._px(self.spread.page(page)).clip(self._canvas.rect)
        img: pygame.Surface | None = pygame.transform.smoothscale(self._canvas.region(box), size)
        if img is not None and int(pygame.surfarray.array3d(img).min()) > 200:
            img = None  # nothing written on this page yet (no pixel holds any real ink)
        self._room_ink[page] = (key, img)
        return img

    def visible(self, t: float) -> bool:
        """False once the notebook has closed and faded out (nothing to draw)."""
        return self._open or t < self._open_at + CLOSE_T

    def turn_page(self, t: float) -> None:
        """Turn to a fresh spread, animated from clock time t."""
        self._finish_current()
        self._begin_turn(t)

    def restore(self, lines: Sequence[Entry | None]) -> None:
        """Jump / rollback: the page as it is after `lines` (None = a page turn), no animation."""
        self._lines, self._cursor = [], (0, 0)
        self._open, self._open_at, self._turn_at = True, -math.inf, -math.inf
        self._turn.drop()
        for entry in lines:
            if entry is None:
                self._lines, self._cursor = [], (0, 0)
                continue
            line = self._place(*entry, at=-math.inf)
            if line.page < 0:
                self._lines, line.page = [], 0
            line.lead_in, line.completed = 0.0, True
            self._lines.append(line)
            self._cursor = (line.page, line.row + line.layout.rows)
        self._ev_pt = math.inf
        self._build(self._scale)

    # ------------------------------------------------------------------ drawing
    def draw(self, surface: pygame.Surface, rect: pygame.Rect, t: float, transcription: bool = False, pen: bool = True) -> None:
        """Draw the notebook panel into `rect` (px) of `surface` at clock time t.

        `pen=False` leaves the pen out (captures of the page alone, tests).
        """
        self._t, self._drawn_t, self._shown = t, t, True
        if rect.w != round(PANEL_W * self._scale):
            self._build(rect.w / PANEL_W)
        paper, leather = self._hold()
        x0, y0 = rect.topleft
        u_open = (t - self._open_at) / (OPEN_T if self._open else CLOSE_T)
        if not self._open and u_open >= 1.0:
            return
        line = self._current()
        turning = t < self._turn_at + TURN_T
        if line is not None and line.ink_line is not None and not turning:
            pt = self._pt(line, t)
            if pt < line.laid_pt:
                self._rebuild_ink()
            self._canvas.advance(line.ink_line, pt)
            line.laid_pt = pt
        spine = round(self.spread.spine_x * self._scale)
        if u_open < 1.0:
            secs = u_open * CLOSE_T if not self._open else (1.0 - u_open) * CLOSE_T  # opening = closing reversed
            draw_cover_motion(surface, x0, y0, self._canvas.page, leather, spine, secs, FOLD_T, CLOSE_T)
            return
        surface.blit(self._canvas.page, (x0, y0))
        if line is not None and line.ink_line is not None and not turning and not line.completed:
            self._wet.draw(surface, x0, y0, line.ink_line, self._pt(line, t), self._cps / REF_CPS)
        if turning and self._turn.held():
            u = (t - self._turn_at) / TURN_T
            left, right = self._px(self.spread.left), self._px(self.spread.right)
            draw_turn(surface, x0, y0, self._turn.cut(paper, left, right, spine), paper.get_size(), left, right, spine, u)
        if not turning:  # the turn is over: its leaves' ~10 MB go
            self._turn.drop()
        if pen and not turning and line is not None:  # the writer's hand: writing, then resting by the words
            px, py, lift = self._pen_state(t, line)
            sx, sy = _hand_shake(t, line.hand.tremor, lift)
            self._writer(line.hand).draw(surface, x0 + (px + sx) * self._scale, y0 + (py + sy) * self._scale, lift,
                                         self._relax(t, line))
        if transcription and line is not None and not turning:
            self._transcript.draw(surface, rect, line.text, self._scale)

    # ------------------------------------------------------------------ internals
    def _current(self) -> _Line | None:
        return self._lines[-1] if self._lines else None

    def _pt(self, line: _Line, t: float) -> float:
        """Reference pen time of `line` at clock time t (infinite once completed)."""
        if line.completed:
            return math.inf
        return (t - line.start - line.lead_in) * self._cps / REF_CPS

    def _origin(self, line: _Line) -> tuple[float, float]:
        return self.spread.origin(line.page, line.row)

    def _font(self, hand: Hand) -> StrokeFont:
        key = (hand.font, hand.extra_glyphs)
        if key not in self._fonts:
            self._fonts[key] = load_font(hand.font, hand.base_dir, hand.extra_glyphs or None)
        return self._fonts[key]

    def _place(self, text: str, hand_name: str, ink: RGB | None, seed: int, at: float) -> _Line:
        """Lay a line out and find its page and row; page -1 means 'after a page turn'."""
        hand = self.hands.get(hand_name)
        if hand is None:
            raise ValueError(f"pen: unknown hand {hand_name!r} (known: {', '.join(sorted(self.hands))})")
        sp = self.spread
        lay, tl = self._laid(text, hand, seed)
        if lay.rows > sp.rows:
            raise ValueError(f"pen: line needs {lay.rows} rows, a page has {sp.rows}: {text!r}")
        page, row = self._slot(lay.rows)
        if page == 1 and hand.writes_from != "left":
            # a hand from the right writing on the right page: its line ends where the hand and cuff
            # still lie inside the close shot (at the full measure, line 67's hand was pushed off it)
            narrow = self._laid(text, hand, seed, RIGHT_HAND_MEASURE)
            at_row = self._slot(narrow[0].rows)
            if at_row[0] == 1:
                (lay, tl), row = narrow, at_row[1]
        return _Line(text, hand, ink or hand.ink, seed, page, row, lay, tl, at, 0.0)

    def _slot(self, rows: int) -> tuple[int, int]:
        """The page and row a line of `rows` rows starts at, after those written (page -1: after a turn)."""
        sp = self.spread
        page, row = self._cursor
        if row > 0 and row + 1 + rows <= sp.rows:
            row += 1  # a ruled row left blank between two entries, as a letter-writer leaves it
        if row + rows > sp.rows:
            page, row = page + 1, 0
        return (-1 if page > 1 else page), row

    def _laid(self, text: str, hand: Hand, seed: int, measure: float | None = None) -> tuple[LineLayout, Timeline]:
        """The line's layout and timeline at `measure` lpx wide (the page's, by default)
        (PenCache: each made once a run)."""
        sp = self.spread
        width = sp.text_width() if measure is None else measure
        key = (text, hand.name, seed, width, sp.row_pitch)
        got = self._cache.lines.get(key)
        if got is not None and got[0] is hand:
            return got[1], got[2]
        lay = layout_line(text, hand, self._font(hand), seed, width, sp.row_pitch)
        tl = build_timeline(lay, hand, seed, DS)
        self._cache.lines[key] = (hand, lay, tl)
        return lay, tl

    def prelay(self, lines: Iterable[tuple[str, str, int]]) -> None:
        """Lay out and time (text, hand, line seed) lines ahead, so writing them later does not
        (a warming thread, the story's first written line first)."""
        for text, hand, seed in lines:
            if hand in self.hands:
                self._laid(text, self.hands[hand], seed)
                if self.hands[hand].writes_from != "left":  # it may fall on the right page
                    self._laid(text, self.hands[hand], seed, RIGHT_HAND_MEASURE)

    def _finish_current(self) -> None:
        line = self._current()
        if line is not None and not line.completed:
            self._complete_line(line)

    def _complete_line(self, line: _Line) -> None:
        """All ink down now; the line's start moves back so the pen has just lifted away."""
        line.start = min(line.start, self._t - line.lead_in - line.timeline.duration * REF_CPS / self._cps)
        line.completed = True
        if line.ink_line is not None:
            self._hold()
            self._canvas.complete(line.ink_line)
            line.laid_pt = math.inf
            _drop_blots(line.ink_line)

    def _let_go(self) -> None:
        """The notebook is not shown: keep only what makes its page again with the same pixels
        (the lines, the ink's written box, the stamps). The full-size page and ink and the turned
        leaves go, and, once it has been drawn, the art and the writers' hands (the story paints
        them ahead of its next page shot: `StoryScene._paint_page_art_ahead`, `_paint_writer_ahead`).
        A notebook never drawn with nothing written yet (a story begun in the room: each Begin, each
        kiosk reset) lets them go too, as `Books.new` made them (~32 MiB at 1080p, held until the
        first page shot at line 17); one given its lines before a first draw (a story started at a
        page line, a still) keeps what it is about to draw.
        Once the art is back in the cache (the page shows next), the page is made again here, ahead,
        so the cut into it costs what it did. Called each update while not shown: cheap."""
        if self._shown and (self._drawn_t > -math.inf or not self._lines):
            self._cache.release()
            self._cache.art.pop((self._scale, self.seed), None)  # painted again ahead of the page shot
        self._shown = False
        line = self._current()
        if line is not None and line.ink_line is not None and self._canvas.held and math.isfinite(line.laid_pt):
            # the ink the next draw would lay by now, laid now: then no stroke is left half laid
            pt = self._pt(line, self._t)
            if pt >= line.laid_pt:
                self._canvas.advance(line.ink_line, pt)
                line.laid_pt = pt
        if line is not None and line.ink_line is not None and self._dry(line):
            _drop_blots(line.ink_line)
        if (self._scale, self.seed) in self._cache.art:  # the story has painted it ahead: the page shows next
            self._hold()
            self._canvas.make()  # now, in a frame of the line before, not in the cut's
            return
        if self._t >= self._turn_at + TURN_T:
            self._turn.drop()
        if self._canvas.idle():
            self._canvas.let_go()
            self._art_held = None

    def _dry(self, line: _Line) -> bool:
        """Every blot of `line` spread and dried by now (its wet layers never drawn again)."""
        pt, to_ref = self._pt(line, self._t), self._cps / REF_CPS
        return all(pt >= b.t0 + b.grow + wet.BLOT_DRY * to_ref for b in line.timeline.blots)

    def _hold(self) -> tuple[pygame.Surface, pygame.Surface]:
        """The art and the page again after `_let_go` (the art from the shared cache: the story
        paints it ahead of the page shot)."""
        if self._art_held is None:
            self._art_held = self._art(self._scale)
            self._canvas.hold(self._art_held[0])
        return self._art_held

    def _art(self, scale: float) -> tuple[pygame.Surface, pygame.Surface]:
        """The paper and leather at `scale` (PenCache: painted once a scale)."""
        art = self._cache.art.get((scale, self.seed))
        if art is None:
            art = paint_notebook(scale, self.seed, self.spread)
            if pygame.display.get_surface() is not None:  # the display's pixel format blits faster
                art = (art[0].convert_alpha(), art[1].convert_alpha())
            self._cache.art[(scale, self.seed)] = art
        return art

    def _begin_turn(self, t: float) -> None:
        self._hold()
        self._turn.begin(self._canvas.page, self._canvas.ink)
        self._turn_at = t
        self._lines, self._cursor = [], (0, 0)
        self._canvas.clear()

    def _stamps_for(self, hand: Hand, ink: RGB) -> StampCache:
        key = (hand.name, ink, self._scale)
        if key not in self._stamps:
            self._stamps[key] = StampCache(hand, ink, self._scale)
        return self._stamps[key]

    def _writer(self, hand: Hand) -> WriterHand:
        """The hand that holds the pen, painted once per scale and look (PenCache)."""
        key = (self._scale, Look.of(hand))
        if key not in self._cache.writers:
            self._cache.writers[key] = WriterHand(self._scale, key[1])
        return self._cache.writers[key]

    def _prepare(self, line: _Line) -> InkLine:
        ox, oy = self._origin(line)
        s = self._scale
        # the stamps (and wet ink's darker shades) not warmed yet are built as their dabs are laid,
        # a few a frame, never all in the line's first frame (the pixels are the same)
        return prepare_line(line.timeline, self._stamps_for(line.hand, line.ink), (ox * s, oy * s), line.ink,
                            warm=False)

    def _build(self, scale: float) -> None:
        """(Re)paint the art and re-lay all ink at a new pixel scale."""
        self._scale = scale
        self._cache.keep_scale(scale)
        self._art_held = self._art(scale)
        paper = self._art_held[0]
        self._room_ink.clear()
        self._wet = wet.WetInk(scale)
        self._canvas = InkCanvas(paper)
        self._turn.rescale(paper.get_size(), self._px(self.spread.left), self._px(self.spread.right),
                           round(self.spread.spine_x * scale))
        self._rebuild_ink()

    def _rebuild_ink(self) -> None:
        self._canvas.clear()
        for line in self._lines:
            line.ink_line = self._prepare(line)
            line.laid_pt = -math.inf
            if line.completed or line is not self._current():  # a restored line is whole ink
                self._canvas.complete(line.ink_line)
                line.laid_pt = math.inf
                _drop_blots(line.ink_line)

    def _px(self, r: pygame.Rect) -> pygame.Rect:
        s = self._scale
        return pygame.Rect(round(r.x * s), round(r.y * s), round(r.w * s), round(r.h * s))

    def _pen_state(self, t: float, line: _Line) -> tuple[float, float, float]:
        """Logical (x, y, lift) of the pen tip at clock time t (game/pen/pen_path.py)."""
        return pen_state(self.spread, self._cps, t, line, self._origin(line))

    def _relax(self, t: float, line: _Line) -> float:
        """How far the writer's grip has eased (game/pen/pen_path.py)."""
        return relax(self._cps, t, line)


def _drop_blots(ink: InkLine) -> None:
    """A line whose ink is all down (completed): its blots' spreading steps and wet layers are
    never drawn again (its ink is in the canvas; a rebuild prepares the line anew)."""
    if all(ink.blots_done):
        ink.blot_imgs, ink.blot_wet = [], []
