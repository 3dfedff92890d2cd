"""Ink on paper, laid incrementally: cached nib stamps, blots, and the persistent page layers.

Redrawing a whole page of handwriting costs ~5 ms a line, so the page persists and each
frame only stamps the dabs laid since the last frame (tens of microseconds). Stamps are
small opaque RGB images, white = no ink, built per (size, shade, direction, sub-pixel
offset) at the real pixel scale and cached; `warm` builds the stamps a story's words need
ahead (a thread, while the narration plays), and a stamp still missing when its dab is laid
is built then: a line never builds all its stamps in one frame. Compositing: a stroke is stamped with
BLEND_RGB_MIN into a `stroke` layer (a stroke never darkens itself), and when the stroke
ends it is multiplied into the `ink` layer (a pen's crossings darken, like real ink; a
brush's wet strokes merge instead, `merge_flag`). The page the
player sees is paper x ink x stroke, recomposited only inside the rects that changed.
Draws onto surfaces it owns; never touches the display.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

import numpy as np
import pygame

from game.pen.blots import BLOT_FRAMES as BLOT_FRAMES  # (the blots: game/pen/blots.py, re-exported here)
from game.pen.blots import BlotWet as BlotWet
from game.pen.blots import blot_frames as blot_frames
from game.pen.blots import blot_layers as blot_layers
from game.pen.blots import blot_step as blot_step
from game.pen.hands import RGB, Hand
from game.pen.timeline import N_COLS, N_DIRS, N_SIZES, SIZE_MAX, SIZE_MIN, Blot, Timeline

WHITE = (255, 255, 255)
SUB = 4  # sub-pixel positions per axis
SS = 4  # supersampling for coverage
StampKey = tuple[int, int, int, int, int]  # size, shade, direction, sub-x, sub-y
HAIRLINE_PX = 0.85  # the thinnest a pointed nib is drawn, in display px
STAMP_SCREENS = 0.2
"""The stamps' budget (game/census.py), in screens: at 1080p 1.6 MiB, where the story's 8457 stamps, each
cropped to its ink (1.0 MiB; 6.4 as whole boxes), are 1.2 MiB on their pages (`StampCache.place`)."""
PAGE = 128
"""A side of a page of stamps (`StampCache`), in px: 64 KiB at 32 bits, one block at malloc's mmap threshold
(game/memory.py). The story's 8457 stamps at 1080p, each an SDL surface of its own, were three heap blocks
each (its pixels, an SDL_Surface, a blit map: heaptrack at line 17) and a Python object: warmed as at the
title, malloc's used +9.3..9.8 MiB, VmRSS +49.3; packed on 19 pages (1.2 MiB), +5.5..6.1 and +45.1..45.4."""
Place = tuple[pygame.Surface, tuple[int, int, int, int], tuple[int, int]]  # page, area on it, offset in the box


def nib_diameter(hand: Hand, size: float) -> float:
    """Logical px of ink a brush or pointed nib lays at pressure `size` (SIZE_MIN..SIZE_MAX).

    A brush never gets thinner than its tip at SIZE_MIN's pressure; a pointed nib's tines are
    closed at the lightest pressure, so it lays exactly its hairline there and `nib_width`
    at a full down-stroke (size 1): the copperplate's 1 px up-strokes beside its shades."""
    if hand.nib == "pointed":
        return hand.nib_hairline + (hand.nib_width - hand.nib_hairline) * max(0.0, size - SIZE_MIN) / (1.0 - SIZE_MIN)
    return hand.nib_hairline + (hand.nib_width - hand.nib_hairline) * size


class StampCache:
    """Anti-aliased nib imprints for one hand, ink colour and pixel scale."""

    def __init__(self, hand: Hand, ink: RGB, scale: float) -> None:
        self.hand = hand
        self.scale = scale
        self.places: dict[StampKey, Place] = {}  # each cropped to its ink, on a page (`place`)
        self._pages: list[pygame.Surface] = []
        self._shelves: dict[int, tuple[int, int, int]] = {}  # a crop's height -> its open shelf: page, x, y
        self._page_y = PAGE  # the first row of the last page no shelf takes
        self._packing = threading.Lock()  # (the story's stamps are warmed on a thread while the page draws)
        base = np.array(ink, float)
        dark = base * 0.45
        light = base + (np.array([235.0, 228.0, 215.0]) - base) * 0.55
        self.palette = []
        for i in range(N_COLS):
            v = i / (N_COLS - 1) * 2 - 1
            c = base + (dark - base) * v if v >= 0 else base + (light - base) * (-v)
            self.palette.append(np.clip(c, 0, 255))
        self.rmax = math.ceil(max(hand.nib_width * SIZE_MAX, nib_diameter(hand, SIZE_MAX)) * scale / 2 + 2)
        self.box = 2 * self.rmax + 1
        g = (np.arange(self.box * SS) + 0.5) / SS - self.rmax - 0.5
        self.gx, self.gy = np.meshgrid(g, g, indexing="ij")
        self._cov: dict[tuple[int, int, int, int], np.ndarray] = {}

    def _coverage(self, si: int, di: int, fx: int, fy: int) -> np.ndarray:
        key = (si, di, fx, fy)
        cov = self._cov.get(key)
        if cov is not None:
            return cov
        h = self.hand
        size = SIZE_MIN + (SIZE_MAX - SIZE_MIN) * si / (N_SIZES - 1)
        a = math.radians(h.nib_angle_deg)
        ca, sa = math.cos(a), math.sin(a)
        if h.nib == "pointed":  # copperplate's flexible point: a round imprint, pressure opens the tines
            # (a hairline is never drawn under 0.85 px: thinner, a small display loses it)
            ra = rb = max(nib_diameter(h, size) * self.scale, HAIRLINE_PX) / 2
            taus = np.zeros(1)
        elif h.nib == "brush":  # the brush's tip lies a little along its angle
            d = nib_diameter(h, size) * self.scale
            ra, rb = d / 2 * 1.15, d / 2 * 0.87
            taus = np.zeros(1)
        else:
            ra = h.nib_width * self.scale * size / 2
            rb = max(h.nib_hairline * self.scale, 0.6) / 2
            # a thin nib is swept ~1 px along the motion, or stamps never fill a thick stroke
            taus = np.linspace(-0.6, 0.6, 5)
        ang = math.pi * di / N_DIRS
        ux, uy = math.cos(ang), math.sin(ang)
        inside = np.zeros(self.gx.shape)
        for tau in taus:
            x = self.gx - fx / SUB - tau * ux
            y = self.gy - fy / SUB - tau * uy
            q = ((x * ca + y * sa) / ra) ** 2 + ((-x * sa + y * ca) / rb) ** 2
            if h.nib == "brush":  # a soft round brush: its hairs thin out over ~0.8 px at the edge
                soft = np.clip((1.0 - np.sqrt(q)) * rb / (0.8 * self.scale) + 0.5, 0.0, 1.0)
                inside = np.maximum(inside, soft)
            else:
                inside = np.maximum(inside, q <= 1.0)
        made: np.ndarray = inside.reshape(self.box, SS, self.box, SS).mean((1, 3))
        self._cov[key] = made
        return made

    def place(self, key: StampKey) -> Place:
        """The stamp of `key`, cropped to its ink: laid with BLEND_RGB_MIN, its white (no ink) changes
        nothing, so only the box around its ink is kept, at the returned offset in the nib's box (a thin
        or light dab covers a corner of the box sized for the heaviest: 8609 whole boxes were 6.5 MiB
        of the heap at 1080p), on one of the pages of stamps (PAGE) with its area there. The same pixels
        laid wherever a dab lands (a blit from the page's area copies the crop's bytes)."""
        found = self.places.get(key)
        if found is not None:
            return found
        si, ci, di, fx, fy = key
        cov = self._coverage(si, di, fx, fy)
        rgb = (255 - cov[..., None] * (255 - self.palette[ci])).astype(np.uint8)
        inked = (rgb < 255).any(axis=2)  # [x, y], as make_surface reads it
        xs, ys = np.flatnonzero(inked.any(axis=1)), np.flatnonzero(inked.any(axis=0))
        x0, x1 = (int(xs[0]), int(xs[-1]) + 1) if xs.size else (0, 1)
        y0, y1 = (int(ys[0]), int(ys[-1]) + 1) if ys.size else (0, 1)
        crop = pygame.surfarray.make_surface(np.ascontiguousarray(rgb[x0:x1, y0:y1]))
        with self._packing:
            found = self.places.get(key)  # (made meanwhile by the other thread)
            if found is None:
                page, x, y = self._room(x1 - x0, y1 - y0)
                page.blit(crop, (x, y))
                found = self.places[key] = (page, (x, y, x1 - x0, y1 - y0), (x0, y0))
        return found

    def _room(self, w: int, h: int) -> tuple[pygame.Surface, int, int]:
        """Where a crop of w x h goes: on the open shelf of its height (a row of the page as high as
        the crop), else a new shelf under the last one, else on a new page."""
        shelf = self._shelves.get(h)
        if shelf is None or shelf[1] + w > PAGE:
            if self._page_y + h > PAGE:
                self._pages.append(pygame.surfarray.make_surface(np.full((PAGE, PAGE, 3), 255, np.uint8)))
                self._page_y = 0
            shelf = (len(self._pages) - 1, 0, self._page_y)
            self._page_y += h
        index, x, y = shelf
        self._shelves[h] = (index, x + w, y)
        return self._pages[index], x, y

    def get(self, key: StampKey) -> pygame.Surface:
        """The stamp of `key` as a surface of its own (a copy of its area: for a look, not for laying)."""
        page, area, _offset = self.place(key)
        return page.subsurface(area).copy()

    def memory_bytes(self) -> int:
        """Bytes of the pages of stamps."""
        return sum(p.get_pitch() * p.get_height() for p in self._pages)

    def warm(self, keys: set[StampKey]) -> None:
        for k in keys:
            self.place(k)

    def drop_coverage(self) -> None:
        """Let go of the nib's coverage grids (float64, ~1.9 MiB at 1080p for the story's stamps):
        only a stamp not made yet needs one, worked out again from its key, the same numbers."""
        self._cov.clear()


def merge_flag(hand: Hand) -> int:
    """How a finished stroke joins the ink under it. A brush's strokes are the same wet ink
    flowing into itself: where two cross they merge into one shape (the darker of the two,
    BLEND_RGB_MIN), never a darker rim or knot where the wet edges overlap. A pen's ink is
    laid thin and dries fast, so its crossings darken like real ink (multiplied)."""
    return pygame.BLEND_RGB_MIN if hand.nib == "brush" else pygame.BLEND_RGB_MULT


@dataclass
class InkLine:
    """One line's dabs in page pixels, its stamps, and how far it has been laid."""

    timeline: Timeline
    stamps: StampCache
    pos: list[tuple[int, int]]
    keys: list[StampKey]
    stroke_end: list[int]  # index one past each stroke's last dab
    blot_imgs: list[list[pygame.Surface]]  # each blot's spreading steps, the last the dried pool
    blot_pos: list[tuple[int, int]]
    laid: int = 0
    blots_done: list[bool] = field(default_factory=list)
    blot_wet: list[list[BlotWet]] = field(default_factory=list)  # each step's wet pooling and gloss (game.pen.wet)


def prepare_line(tl: Timeline, stamps: StampCache, origin_px: tuple[float, float], ink: RGB,
                 warm: bool = True) -> InkLine:
    """Pixel positions and stamp keys for every dab, and the blots (queue time); with `warm`,
    every stamp too (else each is built when its dab is first laid: a few a frame)."""
    s = stamps.scale
    r = stamps.rmax
    fx = tl.x * s + origin_px[0] - r - 0.5
    fy = tl.y * s + origin_px[1] - r - 0.5
    ix, iy = np.floor(fx), np.floor(fy)
    sx = np.round((fx - ix) * SUB).astype(int)
    sy = np.round((fy - iy) * SUB).astype(int)
    ix += sx // SUB
    iy += sy // SUB
    keys: list[StampKey] = list(zip(tl.size.tolist(), tl.col.tolist(), tl.dir.tolist(), (sx % SUB).tolist(), (sy % SUB).tolist(), strict=True))
    if warm:
        stamps.warm(set(keys))
    ends = (np.append(tl.stroke_first[1:], len(tl.t))).tolist()
    layers = [blot_layers(b, s, ink) for b in tl.blots]
    imgs = [la[0] for la in layers]
    bpos = [(round(b.x * s + origin_px[0]), round(b.y * s + origin_px[1])) for b in tl.blots]
    pos = list(zip(ix.astype(int).tolist(), iy.astype(int).tolist(), strict=True))
    return InkLine(tl, stamps, pos, keys, ends, imgs, bpos, 0, [False] * len(tl.blots), [la[1] for la in layers])


class InkCanvas:
    """The persistent page: paper (the art), ink and current-stroke layers, and their product.

    The stroke layer covers only the line being laid (the box of its dabs on the page: a
    row or two, not the spread), as nothing else is ever stamped into it; outside it the
    stroke is white, which multiplies to no change. `let_go` keeps only the ink where any
    was laid (a crop of it) while the page is not shown; `hold` makes the page again, the
    same pixels, from that crop, the paper and the line being laid."""

    def __init__(self, paper: pygame.Surface) -> None:
        self.paper: pygame.Surface | None = paper
        self.size = paper.get_size()
        self.rect = pygame.Rect((0, 0), self.size)
        self._ink: pygame.Surface | None = None
        self._page: pygame.Surface | None = None
        self.stroke: pygame.Surface | None = None  # the line's box of the stroke layer (None: all white)
        self.stroke_box = pygame.Rect(0, 0, 0, 0)
        self._stroke_line: InkLine | None = None
        self._stroking = False  # a stroke is half laid (the stroke layer is not all white)
        self.inked = pygame.Rect(0, 0, 0, 0)  # the box of every pixel ink was laid on (white outside)
        self.kept: pygame.Surface | None = None  # the ink in `inked` while let go of
        self.clear()

    @property
    def ink(self) -> pygame.Surface:
        """The ink layer (white = none), made again from the kept crop if let go of."""
        if self._ink is None:
            self._ink = pygame.Surface(self.size)
            self._ink.fill(WHITE)
            if self.kept is not None:
                self._ink.blit(self.kept, self.inked)
                self.kept = None
        return self._ink

    def region(self, box: pygame.Rect) -> pygame.Surface:
        """The ink in `box` (inside the page), without making the whole ink layer again if let go of."""
        if self._ink is not None or self.kept is None:
            return self.ink.subsurface(box)
        out = pygame.Surface(box.size)
        out.fill(WHITE)
        out.blit(self.kept, self.inked.move(-box.x, -box.y))
        return out

    @property
    def page(self) -> pygame.Surface:
        """paper x ink x stroke: the page as the player sees it (made again if let go of)."""
        if self._page is None:
            assert self.paper is not None, "hold(paper) before drawing a page let go of"
            self._page = self.paper.copy()
            self._composite(self._page, self.inked)
        return self._page

    def make(self) -> None:
        """Make the ink layer and the page now, if let go of (ahead of the frame that draws them)."""
        _ = self.ink, self.page

    @property
    def held(self) -> bool:
        """Whether the page's full-size layers are in memory."""
        return self._ink is not None or self._page is not None

    def idle(self) -> bool:
        """No stroke half laid (the stroke layer is white): the page is its ink alone."""
        return not self._stroking

    def let_go(self) -> None:
        """Keep only the ink's written box (the page is not shown): the full-size ink, page and
        paper go. Only with no stroke half laid (`idle`); `hold` brings the page back."""
        if not self.idle() or (self._ink is None and self._page is None):
            return
        box = self.inked.clip(self.rect)
        if self._ink is not None and box.w and box.h:  # 24-bit: the ink is opaque, its bytes exact
            self.kept = pygame.Surface(box.size, 0, 24)
            self.kept.blit(self._ink, (0, 0), box)
        self._ink = self._page = self.paper = None
        self.stroke, self._stroke_line = None, None

    def hold(self, paper: pygame.Surface) -> None:
        """The paper to make the page on again (the same art, from the shared cache)."""
        self.paper = paper

    def clear(self) -> None:
        if self._ink is not None:  # the same surface, whitened (no new 5 MB in a turn's frame)
            self._ink.fill(WHITE)
        self.kept = None
        self.inked = pygame.Rect(0, 0, 0, 0)
        self.stroke, self._stroke_line, self._stroking = None, None, False
        self._page = self.paper.copy() if self.paper is not None else None

    def _inked(self, rect: pygame.Rect) -> None:
        rect = rect.clip(self.rect)
        if rect.w > 0 and rect.h > 0:
            self.inked = self.inked.union(rect) if self.inked.w else rect

    def _stroke_for(self, line: InkLine) -> pygame.Surface:
        """The stroke layer over `line`'s dabs (clipped to the page, as a full-size one would clip them)."""
        if self.stroke is None or self._stroke_line is not line:
            box = line.stamps.box
            xs = [p[0] for p in line.pos] or [0]
            ys = [p[1] for p in line.pos] or [0]
            self.stroke_box = pygame.Rect(min(xs), min(ys), max(xs) - min(xs) + box, max(ys) - min(ys) + box).clip(self.rect)
            self.stroke = pygame.Surface(self.stroke_box.size)
            self.stroke.fill(WHITE)
            self._stroke_line = line
        return self.stroke

    def composite(self, rect: pygame.Rect) -> None:
        self._composite(self.page, rect)

    def _composite(self, page: pygame.Surface, rect: pygame.Rect) -> None:
        rect = rect.clip(self.rect)
        if rect.w > 0 and rect.h > 0:
            assert self.paper is not None
            # an exact copy of the paper, alpha included (a plain blit would blend it again)
            page.fill((0, 0, 0, 0), rect)
            page.blit(self.paper, rect, rect, special_flags=pygame.BLEND_RGBA_MAX)
            page.blit(self.ink, rect, rect, special_flags=pygame.BLEND_RGB_MULT)
            sr = rect.clip(self.stroke_box)
            if self.stroke is not None and sr.w > 0 and sr.h > 0:  # elsewhere the stroke layer is white
                page.blit(self.stroke, sr, sr.move(-self.stroke_box.x, -self.stroke_box.y),
                          special_flags=pygame.BLEND_RGB_MULT)

    def advance(self, line: InkLine, t: float) -> None:
        """Lay every dab of `line` up to reference time t (never takes ink away)."""
        j = line.timeline.dabs_until(t)
        box = line.stamps.box
        places, place = line.stamps.places, line.stamps.place
        while line.laid < j:
            i0 = line.laid
            k = int(line.timeline.stroke[i0])
            kend = line.stroke_end[k]
            end = min(j, kend)
            stroke, (sx0, sy0) = self._stroke_for(line), self.stroke_box.topleft
            seq = [(page, (line.pos[m][0] - sx0 + ox, line.pos[m][1] - sy0 + oy), area, pygame.BLEND_RGB_MIN)
                   for m in range(i0, end) for page, area, (ox, oy) in (places.get(line.keys[m]) or place(line.keys[m]),)]
            stroke.blits(seq, False)
            self._stroking = True
            xs = [p[0] for p in line.pos[i0:end]]
            ys = [p[1] for p in line.pos[i0:end]]
            dirty = pygame.Rect(min(xs), min(ys), max(xs) - min(xs) + box, max(ys) - min(ys) + box)
            line.laid = end
            if end == kend:  # the stroke is finished: it becomes part of the ink
                # blots that dried before this stroke ended go into the ink first, so the
                # order of the multiplications depends on the timeline, never on frame times
                self._dry_blots(line, float(line.timeline.stroke_t1[k]))
                k0 = int(line.timeline.stroke_first[k])
                sx = [p[0] for p in line.pos[k0:kend]]
                sy = [p[1] for p in line.pos[k0:kend]]
                bb = pygame.Rect(min(sx), min(sy), max(sx) - min(sx) + box, max(sy) - min(sy) + box).clip(self.rect)
                local = bb.move(-sx0, -sy0)
                self.ink.blit(stroke, bb, local, special_flags=merge_flag(line.stamps.hand))
                stroke.fill(WHITE, local)
                self._stroking = False
                self._inked(bb)
                dirty.union_ip(bb)
            self.composite(dirty)
        self._dry_blots(line, t)
        for bi, b in enumerate(line.timeline.blots):
            if not line.blots_done[bi] and t >= b.t0:
                self._spreading_blot(line, bi, b, t)

    def _dry_blots(self, line: InkLine, t: float) -> None:
        """Blots fully spread by time t become part of the ink, in time order."""
        for bi, b in sorted(enumerate(line.timeline.blots), key=lambda ib: ib[1].t0 + ib[1].grow):
            if not line.blots_done[bi] and t >= b.t0 + b.grow:
                img = line.blot_imgs[bi][-1]
                full = img.get_rect(center=line.blot_pos[bi])
                self.ink.blit(img, full, special_flags=pygame.BLEND_RGB_MULT)
                line.blots_done[bi] = True
                self._inked(full)
                self.composite(full)

    def _spreading_blot(self, line: InkLine, bi: int, b: Blot, t: float) -> None:
        """A blot still spreading: drawn on the page only, at its step at time t."""
        frames = line.blot_imgs[bi]
        img = frames[blot_step(b, t)]
        full = img.get_rect(center=line.blot_pos[bi])
        self.composite(full)
        self.page.blit(img, full, special_flags=pygame.BLEND_RGB_MULT)

    def complete(self, line: InkLine) -> None:
        """Lay everything at once: exactly the image the line has when written to the end."""
        self.advance(line, math.inf)
