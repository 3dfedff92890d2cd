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
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pygame

from game.pen.hands import RGB, Hand
from game.pen.timeline import N_COLS, N_DIRS, N_SIZES, SIZE_MAX, SIZE_MIN, Blot, Timeline

WHITE = (255, 255, 255)
SUB = 4  # sub-pixel positions per axis
SS = 4  # supersampling for coverage
StampKey = tuple[int, int, int, int, int]  # size, shade, direction, sub-x, sub-y
HAIRLINE_PX = 0.85  # the thinnest a pointed nib is drawn, in display px


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
        self.surfaces: dict[StampKey, pygame.Surface] = {}
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

    def get(self, key: StampKey) -> pygame.Surface:
        surf = self.surfaces.get(key)
        if surf is None:
            si, ci, di, fx, fy = key
            cov = self._coverage(si, di, fx, fy)
            rgb = 255 - cov[..., None] * (255 - self.palette[ci])
            surf = pygame.surfarray.make_surface(rgb.astype(np.uint8))
            self.surfaces[key] = surf
        return surf

    def warm(self, keys: set[StampKey]) -> None:
        for k in keys:
            self.get(k)


def merge_flag(hand: Hand) -> int:
    """How a finished stroke joins the ink under it. A brush's strokes are the same wet ink
    flowing into itself: where two cross they merge into one shape (the darker of the two,
    BLEND_RGB_MIN), never a darker rim or knot where the wet edges overlap. A pen's ink is
    laid thin and dries fast, so its crossings darken like real ink (multiplied)."""
    return pygame.BLEND_RGB_MIN if hand.nib == "brush" else pygame.BLEND_RGB_MULT


BLOT_FRAMES = 20  # steps of a spreading blot, built at queue time


def blot_step(b: Blot, t: float) -> int:
    """Which of the blot's BLOT_FRAMES steps shows at reference time t (after b.t0)."""
    u = min(1.0, (t - b.t0) / b.grow)
    return min(BLOT_FRAMES - 1, int(u * BLOT_FRAMES))


def _noise(x: np.ndarray, y: np.ndarray, cell: float, rng: np.random.Generator) -> np.ndarray:
    """Smooth value noise in -1..1 at (x, y) px, `cell` px between its random knots (seeded)."""
    n = 48
    knots = rng.uniform(-1, 1, (n, n))
    gx, gy = x / max(cell, 0.5) + n / 2, y / max(cell, 0.5) + n / 2
    ix, iy = np.floor(gx).astype(int), np.floor(gy).astype(int)
    tx, ty = gx - ix, gy - iy
    tx, ty = tx * tx * (3 - 2 * tx), ty * ty * (3 - 2 * ty)
    i0, i1, j0, j1 = ix % n, (ix + 1) % n, iy % n, (iy + 1) % n
    top = knots[i0, j0] * (1 - tx) + knots[i1, j0] * tx
    bot = knots[i0, j1] * (1 - tx) + knots[i1, j1] * tx
    out: np.ndarray = top * (1 - ty) + bot * ty
    return out


@lru_cache(maxsize=4)
def _fibres(half: int, seed: int) -> np.ndarray:
    """The paper's fibres about a blot, 0..1 on its (2 half + 1)^2 px: streaks of value noise
    stretched along a few directions, in page pixels (the same for every step: cached)."""
    rng = np.random.default_rng(seed ^ 0x5F1B)
    xx, yy = np.mgrid[-half : half + 1, -half : half + 1].astype(float)
    fib = np.zeros_like(xx)
    for ang in rng.uniform(0, math.pi, 3):
        c, s = math.cos(ang), math.sin(ang)
        fib = np.maximum(fib, _noise(xx * c + yy * s, (yy * c - xx * s) * 4.0, 2.2, rng))
    out: np.ndarray = np.clip(fib, 0, 1)
    out.flags.writeable = False
    return out


def _blot_fields(radius: float, ink: RGB, seed: int, origin: tuple[float, float], u: float,
                 neck: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """An ink pool (px radius) bleeding into the paper, `u` 0..1 of the way spread, as three
    (x, y) images: the ink it leaves (RGB, white = paper, multiplied into the page), its wet
    pooling (a grey factor multiplied over that while wet: the thick middle darker) and its
    gloss (a light added while wet). The ink leaves `origin` (px from the pool's centre:
    where the nib rested, on the stroke), running out along a neck `neck` px wide into a
    pool of smooth lobes with a droplet thrown off away from the words (still joined: one
    blot, never a speck that reads as a second full stop); the whole
    shape grows from the origin. The edge is soft and feathers along the paper's fibres;
    the dried ink gathers darker at its rim. Centred on the pool's centre, every step the
    same size; everything stays within timeline.BLOT_REACH radii plus its feather."""
    rng = np.random.default_rng(seed)
    ox, oy = origin
    half = int(radius * 1.45 + max(abs(ox), abs(oy))) + 4
    xx, yy = np.mgrid[-half : half + 1, -half : half + 1].astype(float)  # (x, y) indexing
    g = max(u**0.5, 0.05)  # fast at first, slowing as the paper soaks it up
    # the full shape evaluated where this pixel was before growing about the origin
    fx, fy = ox + (xx - ox) / g, oy + (yy - oy) / g
    th = np.arctan2(fy, fx)
    harm = [(kk, rng.uniform(0.05, 0.11) / (kk - 1) ** 0.6, rng.uniform(0, 2 * math.pi)) for kk in range(2, 7)]

    dents: list[float] = []  # where a droplet was thrown off, the pool's edge draws back a little

    def lobes(a: np.ndarray) -> np.ndarray:
        rad = np.ones_like(a)  # an outline of smooth lobes: a few low harmonics, softly limited
        for kk, amp, ph in harm:
            rad += amp * np.sin(kk * a + ph)
        out: np.ndarray = 0.975 + 0.125 * np.tanh((rad - 0.975) / 0.125)  # 0.85..1.1 radii, never a flat clipped arc
        for phi in dents:
            out = out * (1 - 0.13 * np.exp(-((np.remainder(a - phi + math.pi, 2 * math.pi) - math.pi) / 0.4) ** 2))
        return out

    seg = math.hypot(ox, oy)
    # a droplet thrown off where the outline dips, on the side away from the words
    away = math.atan2(-oy, -ox) if seg > 1e-6 else rng.uniform(0, 2 * math.pi)
    cand = away + np.radians(np.linspace(-85, 85, 35))
    order = np.argsort(lobes(cand))
    picks = [float(cand[order[0]])]  # one: a second read as a second full stop beside the blot
    dents.extend(picks)
    d = np.hypot(fx, fy) - lobes(th) * radius
    if neck > 0 and seg > 1e-6:  # the run from the pause point: a tapered capsule
        f = np.clip(((fx - ox) * -ox + (fy - oy) * -oy) / (seg * seg), 0, 1)
        rr = neck + (0.55 * radius - neck) * f  # timeline.NECK_END
        dn = np.hypot(fx - ox * (1 - f), fy - oy * (1 - f)) - rr
        k = 0.3 * radius  # a smooth union: the run flows into the pool
        hh = np.clip(0.5 + 0.5 * (dn - d) / k, 0, 1)
        d = dn * (1 - hh) + d * hh - k * hh * (1 - hh)
    # the paper takes it unevenly: a coarse and a fine smooth noise bend the outline
    # (at most 0.1 radii out), fixed to the paper as the pool grows
    calm = np.clip(np.hypot(fx - ox, fy - oy) / (0.6 * radius), 0, 1)  # none at the nib's point: the run stays on it
    d = d - calm * radius * (0.065 * _noise(fx, fy, 0.45 * radius, rng) + 0.03 * _noise(fx, fy, 0.14 * radius, rng))
    for phi in picks:  # the droplet, thrown but still joined to the pool by a thin smooth neck
        rd = radius * rng.uniform(0.12, 0.15)
        dist = min(float(lobes(np.array([phi]))[0]) * radius + 0.9 * rd, 1.2 * radius - rd)
        dd = np.hypot(fx - dist * math.cos(phi), fy - dist * math.sin(phi)) - rd
        k = 0.25 * radius  # a smooth union: no speck of its own, one blot
        hh = np.clip(0.5 + 0.5 * (dd - d) / k, 0, 1)
        d = dd * (1 - hh) + d * hh - k * hh * (1 - hh)
    d = d * g
    fib = _fibres(half, seed)
    feather = 0.7 + 0.025 * radius
    body = np.clip(0.5 - d / feather, 0, 1)
    # ink wicked a little way out along the fibres (attached to the edge, never a speck)
    reach = 0.17 * radius * g
    wick = np.clip(1 - np.clip(d, 0, None) / max(reach, 0.5), 0, 1) ** 1.5 * fib * calm * (d > 0)
    inner = np.clip(-d / (0.22 * radius + 1.0), 0, 1)  # the middle dries thinner: a touch of paper shows
    a = np.maximum(body * (1 - 0.06 * inner * u), 0.55 * wick * min(1.0, 2 * u))
    q = np.clip(-d / max(radius * g, 1.0), 0, 1)  # 0 at the edge, 1 deep inside
    # dried: the pigment gathered at the rim (a coffee ring), the middle a shade lighter and mottled
    ring = np.exp(-((-np.clip(d, None, 0)) / (0.1 * radius + 0.7)) ** 2) * (d <= 0.5) * u
    shade = 0.9 + 0.06 * _noise(fx, fy, 0.25 * radius, rng) - 0.3 * ring
    col = np.array(ink, float)[None, None, :] * shade[..., None]
    rgb = 255 - a[..., None] * (255 - col)
    # wet: the ink stands thick in the middle, darkest there (a factor on the dried ink)
    pool = 1 - 0.5 * np.clip((q - 0.04) / 0.4, 0, 1) ** 0.8 * body
    # and glossy: a soft highlight up and left of the middle and a sheen along that edge
    hx, hy = fx + 0.32 * radius, fy + 0.36 * radius
    spot = np.exp(-((hx * 0.8 + hy * 0.6) ** 2 / (0.2 * radius) ** 2 + (hy * 0.8 - hx * 0.6) ** 2 / (0.11 * radius) ** 2))
    edge = np.exp(-((-d) / (0.09 * radius + 0.6)) ** 2) * np.clip(-(fx + fy) / (1.4 * radius * g + 1e-6), 0, 1)
    gloss = (170 * spot + 40 * edge) * np.clip(body * 2 - 1, 0, 1)  # on the ink only
    glossrgb = gloss[..., None] * np.array([1.0, 0.93, 0.82])
    return (np.clip(np.round(rgb), 0, 255).astype(np.uint8), np.clip(np.round(pool * 255), 0, 255).astype(np.uint8),
            np.clip(np.round(glossrgb), 0, 255).astype(np.uint8))


def _surf(a: np.ndarray) -> pygame.Surface:
    return pygame.surfarray.make_surface(a if a.ndim == 3 else np.repeat(a[..., None], 3, axis=2))


BlotWet = tuple[pygame.Surface, pygame.Surface]  # a step's wet pooling (multiplied) and gloss (added)


def blot_layers(b: Blot, scale: float, ink: RGB) -> tuple[list[pygame.Surface], list[BlotWet]]:
    """The pool's ink at each step of its spreading (the last one the dried blot), and
    each step's wet pooling and gloss."""
    ox = 0.0 if b.px is None else (b.px - b.x) * scale
    oy = 0.0 if b.py is None else (b.py - b.y) * scale
    inks, wets = [], []
    for i in range(BLOT_FRAMES):
        rgb, pool, gloss = _blot_fields(b.radius * scale, ink, b.seed, (ox, oy), (i + 1) / BLOT_FRAMES, b.neck * scale)
        inks.append(_surf(rgb))
        wets.append((_surf(pool), _surf(gloss)))
    return inks, wets


def blot_frames(b: Blot, scale: float, ink: RGB) -> list[pygame.Surface]:
    """The pool at each step of its spreading, the last one the dried blot."""
    return blot_layers(b, scale, ink)[0]


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
        surfs = line.stamps.surfaces
        get = line.stamps.get
        while line.laid < j:
            i0 = line.laid
            k = int(line.timeline.stroke[i0])
            kend = line.stroke_end[k]
            end = min(j, kend)
            stroke, (sx0, sy0) = self._stroke_for(line), self.stroke_box.topleft
            seq = [(surfs.get(line.keys[m]) or get(line.keys[m]), (line.pos[m][0] - sx0, line.pos[m][1] - sy0))
                   for m in range(i0, end)]
            stroke.fblits(seq, pygame.BLEND_RGB_MIN)
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
