"""What a downpour adds to the glass: sheets of water streaming down, splashes on the ledges.

Separate from `rain` because both only show above a density and have their own shapes.
The film is one texture per view scale, baked with numpy at a third of its size from
noise stretched tall (so it reads as water sliding in wavy vertical sheets, with thin
bright edges where the sheets' thickness crosses a level), scaled up once, and scrolled
down the glass with two additive blits a frame. Splashes are a closed-form schedule:
splash i lands at a hashed x on one of the window's ledges (the glazing bars' tops and
the sill) at time (i + jitter) / rate, and its few droplets fly out on parabolas for
SPLASH_LIFE seconds. Everything a pure function of (t, seed, density).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Iterator

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.noise import hash01_np
from game.fx.sprites import rgb_surface, rgba_surface
from game.room.model import Rect
from game.steps import finish
from game.view import View

FArray = npt.NDArray[np.float64]

SPLASH_LIFE = 0.24  # s
DROPLETS = 7
RIVULETS_A_STEP = 8  # of the film's bake made ahead a step
FILM_SPEED = 240.0  # room px a second the sheets slide down
# A sheet's edge wanders side to side by about 1/WANDER of the glass's width. Was 1/16 (and 1/30
# for the narrow sheets): in the window's close shot a sheet's pale body and bright edge swung
# ~100-180 px across a pane over its height, a big curved band that read as a smudge on the
# glass (review6 #18, line 51); now the sheets run down nearly straight.
WANDER = 64.0
LEDGES = (103.0, 210.0, 326.0, 436.0)  # the glazing bars' tops and the sill, glass-local room px (the
# window art draws them at its own local y 131, 238, 354 and 464, and its glass begins at local y 28)


def _periodic(rng: np.random.Generator, n: int, period: int, waves: int, amp: float) -> FArray:
    """A smooth wander over n samples that repeats every `period` (a few sines of whole periods)."""
    y = np.arange(n, dtype=np.float64) * 2.0 * math.pi / period
    out = np.zeros(n)
    for k in range(1, waves + 1):
        out += amp / k * np.sin(k * y + rng.uniform(0, 2 * math.pi))
    return out


def _across(rng: np.random.Generator, n: int, knots: int) -> FArray:
    """Smooth random values over n columns (cosine-interpolated knots), 0..1."""
    v = rng.uniform(0.0, 1.0, knots + 2)
    f = np.arange(n, dtype=np.float64) * knots / n
    i = np.floor(f).astype(int)
    k = (1 - np.cos((f - i) * math.pi)) / 2
    out: FArray = v[i] * (1 - k) + v[i + 1] * k
    return out


def film_texture(seed: int, w: int, h: int) -> pygame.Surface:
    """A w x h additive texture of water sheeting down the glass (tileable vertically).

    Shaped, not noise contours (whose closed loops read as squiggles): broad translucent
    sheets whose edges run down the glass nearly straight, wandering a little side to side,
    each with a bright meniscus on its leading edge; and narrow rivulets, bright cores that
    meander down between them, swelling into beads. Baked at a third of the size, then
    scaled up once (per view scale): the frame only scrolls it."""
    return pygame.transform.smoothscale(film_small(seed, w, h), (w, h))


def film_small(seed: int, w: int, h: int) -> pygame.Surface:
    """The film for a w x h glass as baked, at a third of its size (`film_texture` scales it up)."""
    return finish(film_small_steps(seed, w, h))


def film_small_steps(seed: int, w: int, h: int) -> Generator[None, None, pygame.Surface]:
    """`film_small` made a piece a step (the sheets, then RIVULETS_A_STEP rivulets a step; returns
    it): the same random draws in the same order, so the same bytes (one 10-11 ms step, made ahead
    at the window's close shot)."""
    sw, sh = film_small_size(w, h)
    rng = np.random.default_rng(seed * 7919 + 1801)
    x = np.arange(sw, dtype=np.float64)[None, :]
    yy = np.arange(sh)
    thick = np.zeros((sh, sw))
    for layer, (knots, amp, weight) in enumerate(((max(3, sw // 40), sw / WANDER, 0.6), (max(5, sw // 18), sw / (2 * WANDER), 0.4))):
        wander = _periodic(rng, sh, sh, 5, amp)[:, None]
        cols = _across(rng, sw + 2 * int(amp * 2 + 2), knots)
        xi = np.clip(x + wander + int(amp * 2 + 2), 0, cols.size - 1).astype(int)
        thick += weight * cols[xi]
        del layer
    thick = thick * (0.85 + 0.15 * np.sin(yy * 2 * math.pi * 2 / sh + rng.uniform(0, 6.3))[:, None])
    body = np.clip((thick - 0.42) / 0.18, 0, 1)
    body = body * body * (3 - 2 * body)  # smooth: a sheet thickens in from its edge
    lead = np.clip(np.diff(body, axis=1, prepend=body[:, :1]) * 2.5, 0, 1)  # the meniscus on its left edge
    v = 0.05 + 0.2 * body + 0.55 * lead
    riv = np.zeros((sh, sw))
    for k in range(max(3, sw // 14)):  # rivulets running between and over the sheets
        if k % RIVULETS_A_STEP == 0:
            yield
        x0 = rng.uniform(0, sw)
        path = x0 + _periodic(rng, sh, sh, 4, rng.uniform(0.8, 2.5))[:, None]
        width = rng.uniform(0.45, 0.9)
        beads = 0.75 + 0.25 * np.sin(yy * 2 * math.pi * rng.integers(3, 9) / sh + rng.uniform(0, 6.3))[:, None]
        lo, hi = max(0, int(path.min() - 4 * width)), min(sw, int(path.max() + 4 * width) + 2)
        if hi <= lo:
            continue
        d = (x[:, lo:hi] - path) / width  # (only the columns it wanders over)
        riv[:, lo:hi] = np.maximum(riv[:, lo:hi], np.exp(-d * d) * beads * rng.uniform(0.55, 1.0))
    v = v + 0.75 * riv
    rgb = np.clip(v, 0, 1.2)[:, :, None] * np.array([84, 96, 120.0])
    return rgb_surface(rgb)


def film_small_size(w: int, h: int) -> tuple[int, int]:
    return max(8, w // 3), max(8, h // 3)


def draw_film(surface: pygame.Surface, tex: pygame.Surface, g: pygame.Rect, scroll: float) -> None:
    """The film over glass rect `g` (screen px), slid down by `scroll` px (clip set by caller)."""
    off = round(scroll) % max(1, g.h)
    surface.fblits([(tex, (g.x, g.y + off - g.h)), (tex, (g.x, g.y + off))], pygame.BLEND_RGB_ADD)


def splashes(seed: int, glass: Rect, d: float, t: float, rate: float) -> list[tuple[float, float, float, float]]:
    """Droplets in flight at t as (x, y, radius, brightness 0..1) in room px; `d` the density."""
    strength = max(0.0, (d - 0.45) / 0.55)
    if strength <= 0.0:
        return []
    i1 = math.floor(t * rate)
    idx = np.arange(math.floor((t - SPLASH_LIFE) * rate), i1 + 1, dtype=np.int64)
    born = (idx + hash01_np(seed, 1810, idx)) / rate
    age = t - born
    on = (age >= 0) & (age < SPLASH_LIFE) & (hash01_np(seed, 1811, idx) < strength)
    out: list[tuple[float, float, float, float]] = []
    for i, a in zip(idx[on].tolist(), age[on].tolist(), strict=True):
        x = glass.x + 6 + (glass.w - 12) * float(hash01_np(seed, 1812, i))
        ledge = LEDGES[int(hash01_np(seed, 1813, i) * len(LEDGES))]
        y = glass.y + ledge
        k = np.arange(DROPLETS)
        ang = math.pi * (0.15 + 0.7 * (k + hash01_np(seed, 1814, i * 8 + k)) / DROPLETS)
        speed = 80 + 90 * hash01_np(seed, 1815, i * 8 + k)
        px = x - np.cos(ang) * speed * a
        py = y - np.sin(ang) * speed * a + 0.5 * 900.0 * a * a
        fade = 1.0 - a / SPLASH_LIFE
        for xx, yy in zip(px.tolist(), py.tolist(), strict=True):
            out.append((xx, min(yy, y), 1.5, fade))
        out.append((x, y - 0.5, 3.4 * (1.0 - 0.5 * a / SPLASH_LIFE), 0.8 * fade))  # the crown where it struck
    return out



class SplashCircles:
    """The splashes' circles as a frame draws them, kept for the frames that show the same
    splashes (a GLASS_FPS animation: working them out every frame was 0.5 ms at torrential)."""

    def __init__(self) -> None:
        self._kept: tuple[object, list[tuple[tuple[int, int, int], tuple[float, float], float]]] | None = None

    def draw(self, surface: pygame.Surface, view: View, key: object,
             flying: Callable[[], list[tuple[float, float, float, float]]]) -> None:
        """The droplets `flying` gives (`splashes`: room px) drawn through `view`, worked out again
        only when `key` changes."""
        if self._kept is None or self._kept[0] != key:
            drops = flying()
            grey = [round(120 + 110 * b) for _x, _y, _r, b in drops]
            self._kept = (key, [((c - 20, c - 8, c), view.pt(x, y), max(1.0, r * view.scale * 0.6))
                                for c, (x, y, r, _b) in zip(grey, drops, strict=True)])
        for colour, at, radius in self._kept[1]:
            pygame.draw.circle(surface, colour, at, radius)



# A trickle's wet track is a thin lens of water on the glass: it gathers the night behind it
# into a brighter core, its edges bend the light away (a darker rim), and its curved top catches
# a thin highlight on one side. Drawn as a 1 px hard line it read as a scratch (review4: 'trickle
# tracks are hard-edged'); here each track is shaded across its width, soft at its edges.
LENS_RGB = (34, 42, 58)  # added along the track's core (the night gathered), times its strength
SHINE_RGB = (120, 130, 150)  # the highlight along its left shoulder
RIM_DARK = 0.42  # how much of the light behind it the track's edges bend away


AHEAD_KEPT = 2  # styles shaded ahead kept for each purpose (the oldest goes)
TRACK_CHUNK = 64  # rows of a track's shading made at once, at multiples of it (the same pixels whenever made)
# a track: its id, its path's y (room px, rising) and x, its top's and its bead's y, and how much of its bead shows
# (0..1: a bead fading away takes its track with it; a track left on its own read as a streak of rain)
Track = tuple[int, FArray, FArray, float, float, float]
Style = tuple[float, float, float]  # a view's scale, a track's width (screen px) and strength
Layers = tuple[list[tuple[pygame.Surface, tuple[int, int]]], list[tuple[pygame.Surface, tuple[int, int]]]]


def _track_style(width: float, strength: float) -> tuple[float, FArray, FArray]:
    """Half a track's width (screen px: a film a little narrower than its bead), its core's and its highlight's colour."""
    hw = max(1.0, width * 0.75 + 0.5)
    return hw, np.array(LENS_RGB, dtype=np.float64) * (0.7 + 0.6 * strength), np.array(SHINE_RGB, dtype=np.float64) * (0.6 + 0.5 * strength)


def shade_rows(py: FArray, px: FArray, scale: float, cols: tuple[int, int], rows: tuple[int, int], width: float,
               strength: float) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.uint8]]:
    """A track's shading at full strength over `rows` x `cols` (px of the room scaled by `scale`):
    what it adds (h, w, 3: the night gathered in its core, the highlight on its left shoulder)
    and how much of the light behind it its edges take away (h, w: 255 * RIM_DARK at most).
    Its path (py rising, px) in room px; each row is a function of its own y only, so the
    rows may be made a few at a time as the bead runs on."""
    hw, lens, shine = _track_style(width, strength)
    ys = (np.arange(rows[0], rows[1], dtype=np.float64) + 0.5) / scale
    xc = np.interp(ys, py, px) * scale  # a track runs downward: one x a row
    u = (np.arange(cols[0], cols[1], dtype=np.float64)[None, :] + 0.5 - xc[:, None]) / hw  # across, in half-widths
    core = np.exp(-1.6 * u * u)
    rim = np.exp(-(((np.abs(u) - 1.05) / 0.4) ** 2))
    hi = np.exp(-(((u + 0.45) / 0.28) ** 2))
    add = np.rint(np.clip(core[..., None] * lens + hi[..., None] * shine, 0, 255)).astype(np.uint8)
    # rounded, so where the rim has faded out nothing is taken away (truncating left a 254 box)
    dark = np.rint(255.0 * RIM_DARK * rim).astype(np.uint8)
    return add, dark


def track_fades(spans: list[tuple[int, int, float, float, float]], hw: float) -> list[npt.NDArray[np.uint32]]:
    """How strong each track is along its rows, as grey pixels (0..255 in each channel), from
    (first row, end row, its top's y, its bead's y in scaled room px, its bead's strength): a
    track fades in from its top (older, thinner) to its bead, with soft ends. All in one pass."""
    if not spans:
        return []
    r0, r1, top, bottom, bead = (np.array(c, dtype=np.float64) for c in zip(*spans, strict=True))
    n = (r1 - r0).astype(np.int64)
    first = np.cumsum(n) - n
    ys = np.arange(int(n.sum()), dtype=np.float64) - np.repeat(first - r0, n) + 0.5
    top, bottom, bead = np.repeat(top, n), np.repeat(bottom, n), np.repeat(bead, n)
    along = np.clip((ys - top) / np.maximum(1.0, bottom - top), 0.0, 1.0)  # 0 at its top, 1 at the bead
    ends = np.clip((ys - top + hw) / (2 * hw), 0, 1) * np.clip((bottom + hw - ys) / (2 * hw), 0, 1)
    grey = np.rint(255.0 * (0.35 + 0.65 * along) * ends * bead).astype(np.uint32) * 0x010101
    return np.split(grey, first[1:].tolist())


ATLAS_W = 512  # px: the width of the surfaces a frame's tracks are shaded into, side by side


def _pack(sizes: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """Places for rectangles of `sizes` in shelves ATLAS_W wide, tallest first; and the height used."""
    at: list[tuple[int, int]] = [(0, 0)] * len(sizes)
    x = y = shelf = 0
    for i in sorted(range(len(sizes)), key=lambda k: -sizes[k][1]):
        w, h = sizes[i]
        if x + w > ATLAS_W and x > 0:
            x, y, shelf = 0, y + shelf, 0
        at[i] = (x, y)
        x, shelf = x + w, max(shelf, h)
    return at, y + shelf


class _Strip:
    """One track's shading at full strength, kept as two surfaces over a run of whole chunks
    of rows: extended below as its bead runs on, cut above as its top dries."""

    def __init__(self, cols: tuple[int, int]) -> None:
        self.cols = cols
        self.lo = self.hi = 0
        self.add: pygame.Surface | None = None
        self.dark: pygame.Surface | None = None

    @staticmethod
    def spanning(px: FArray, scale: float, pad: int) -> _Strip:
        """A strip as wide as a track's whole path `px` (room px) wanders at `scale`, `pad` px each side."""
        return _Strip((math.floor(float(px.min()) * scale) - pad, math.ceil(float(px.max()) * scale) + pad + 1))

    def ensure(self, py: FArray, px: FArray, scale: float, rows: tuple[int, int], width: float, strength: float) -> int:
        """Hold at least `rows` (its top's and its bead's, scaled room px); the chunks shaded."""
        lo, hi = rows[0] // TRACK_CHUNK * TRACK_CHUNK, -(-rows[1] // TRACK_CHUNK) * TRACK_CHUNK
        if self.add is not None and self.lo <= lo and hi <= self.hi:
            return 0
        hi += TRACK_CHUNK  # a chunk ahead of the bead
        w = self.cols[1] - self.cols[0]
        add, dark = pygame.Surface((w, hi - lo)), pygame.Surface((w, hi - lo))
        made = 0
        for r in range(lo, hi, TRACK_CHUNK):
            if self.add is not None and self.dark is not None and self.lo <= r < self.hi:  # kept (the rows above the top go)
                area = pygame.Rect(0, r - self.lo, w, TRACK_CHUNK)
                add.blit(self.add, (0, r - lo), area)
                dark.blit(self.dark, (0, r - lo), area)
                continue
            a, d = shade_rows(py, px, scale, self.cols, (r, r + TRACK_CHUNK), width, strength)
            pygame.surfarray.blit_array(add.subsurface((0, r - lo, w, TRACK_CHUNK)), a.transpose(1, 0, 2))
            pygame.surfarray.blit_array(dark.subsurface((0, r - lo, w, TRACK_CHUNK)), np.repeat(d.T[:, :, None], 3, axis=2))
            made += 1
        self.lo, self.hi, self.add, self.dark = lo, hi, add, dark
        return made

    def bytes(self) -> int:
        return sum(s.get_pitch() * s.get_height() for s in (self.add, self.dark) if s is not None)


class Trickles:
    """The trickles' wet tracks, each shaded as water on glass: a thin lens whose core gathers
    the night behind it, whose edges bend the light away (a darker rim), with a highlight along
    one shoulder, soft at its edges, fading in from its older top toward the bead.

    A track's shading at full strength is kept per track (`_Strip`) and only extended as its
    bead runs on; a frame multiplies it by the track's fade (one column of numbers) and blits
    it. Making the whole shading again at every glass frame cost ~12 ms at a downpour."""

    def __init__(self) -> None:
        self._strips: dict[int, _Strip] = {}
        self._style: Style | None = None
        self._atlas: tuple[pygame.Surface, pygame.Surface] | None = None
        self.made = 0  # tracks' chunks of rows shaded (tests: nothing is made again when nothing moved)
        # strips shaded ahead for other styles (the next shot's scale, the next step of a tween of the
        # rain: `prepare_steps`), taken up when a frame asks for that style (at a cut into the window's
        # close shot, 16-24 ms of shading; at a step of line 51's tween, 15-20), by purpose and style
        self._next: dict[str, tuple[Style, dict[int, _Strip]]] = {}

    def ahead_only(self) -> Trickles:
        """A Trickles holding only what was shaded ahead (the drawn strips let go: the glass is off the canvas)."""
        out = Trickles()
        out._next = dict(self._next)
        return out

    def keep_ahead(self, keep: Callable[[str], bool]) -> None:
        """Let go of the strips shaded ahead for the purposes `keep` says no to."""
        self._next = {p: v for p, v in self._next.items() if keep(p)}

    def prepare_steps(self, tracks: list[Track], scale: float, width: float, strength: float,
                      purpose: str = "cut") -> Iterator[str]:
        """Shade ahead, a step for each track that needed it, the strips `layers` will want for
        `tracks` at this style, kept for `purpose` (nothing if it is the style drawn now: its strips
        are made as its beads run on). The same pixels as made in the frame: a strip's rows are a
        function of the track and style only."""
        style = (scale, width, strength)
        if style == self._style:
            return
        name = f"{purpose} {style}"  # (a purpose keeps AHEAD_KEPT styles: a move's settled framing and the next shot's)
        ids = {tr[0] for tr in tracks}  # (those made for tracks no longer wanted go)
        strips = {k: v for k, v in self._next.pop(name, (style, {}))[1].items() if k in ids}
        mine = [n for n in self._next if n.startswith(purpose + " ")]
        self._next = {n: v for n, v in self._next.items() if n not in mine[: max(0, len(mine) + 1 - AHEAD_KEPT)]}
        self._next[name] = (style, strips)  # (the newest last)
        hw = _track_style(width, strength)[0]
        pad = math.ceil(hw * 2.2) + 1
        for key, py, px, top, bottom, _bead in tracks:
            t, b = top * scale, bottom * scale
            if b - t < 1.0:
                continue
            strip = strips.setdefault(key, _Strip.spanning(px, scale, pad))
            if strip.ensure(py, px, scale, (math.floor(t - hw), math.ceil(b + hw) + 1), width, strength):
                yield "trickle"

    def layers(self, tracks: list[Track], scale: float, origin: tuple[float, float], width: float, strength: float,
               ) -> Layers:
        """(multiply, add) blit lists of `tracks` for a view of `scale` at screen `origin` (the
        room's (0, 0) on screen); `width` in screen px, `strength` 0..1 (a downpour's tracks
        over the sheets run brighter)."""
        if self._style != (scale, width, strength):
            self._style = (scale, width, strength)
            self._strips = {}
            for purpose, (style, strips) in list(self._next.items()):
                if style == self._style:
                    self._strips = strips
                    del self._next[purpose]
        hw = _track_style(width, strength)[0]
        pad = math.ceil(hw * 2.2) + 1
        ox, oy = round(origin[0]), round(origin[1])
        kept: dict[int, _Strip] = {}
        spans: list[tuple[int, int, float, float, float]] = []
        for key, py, px, top, bottom, bead in tracks:
            t, b = top * scale, bottom * scale
            if b - t < 1.0:
                continue
            rows = (math.floor(t - hw), math.ceil(b + hw) + 1)
            strip = self._strips.get(key)
            if strip is None:
                strip = _Strip.spanning(px, scale, pad)
            self.made += strip.ensure(py, px, scale, rows, width, strength)
            kept[key] = strip
            spans.append((*rows, t, b, bead))
        self._strips = kept
        sizes = [(st.cols[1] - st.cols[0], r1 - r0) for st, (r0, r1, *_rest) in zip(kept.values(), spans, strict=True)]
        places, height = _pack(sizes)
        lit, shade = self._atlases(height)
        px = pygame.surfarray.pixels2d(lit)
        for (x, y), (w, h), grey in zip(places, sizes, track_fades(spans, hw), strict=True):
            px[x : x + w, y : y + h] = grey[None, :]  # each track's fade, a grey a row
        del px
        shade.blit(lit, (0, 0))
        for strip, (x, y), (w, h), (r0, *_rest) in zip(kept.values(), places, sizes, spans, strict=True):
            assert strip.add is not None and strip.dark is not None
            area = pygame.Rect(0, r0 - strip.lo, w, h)
            lit.blit(strip.add, (x, y), area, pygame.BLEND_RGB_MULT)
            shade.blit(strip.dark, (x, y), area, pygame.BLEND_RGB_MULT)  # the light its rim takes away
        pygame.transform.invert(shade, shade)  # what is left of the light: 255 where nothing is taken away
        mults: list[tuple[pygame.Surface, tuple[int, int]]] = []
        adds: list[tuple[pygame.Surface, tuple[int, int]]] = []
        for strip, (x, y), (w, h), (r0, *_rest) in zip(kept.values(), places, sizes, spans, strict=True):
            at = (strip.cols[0] + ox, r0 + oy)
            mults.append((shade.subsurface((x, y, w, h)), at))
            adds.append((lit.subsurface((x, y, w, h)), at))
        return mults, adds

    def _atlases(self, height: int) -> tuple[pygame.Surface, pygame.Surface]:
        """The surfaces a frame's tracks are shaded into (kept: made afresh each glass frame,
        they cost more in fresh memory than in drawing), at least `height` tall."""
        if self._atlas is None or self._atlas[0].get_height() < height:
            h = max(64, -(-height // 32) * 32)
            self._atlas = (pygame.Surface((ATLAS_W, h)), pygame.Surface((ATLAS_W, h)))
        return self._atlas

    def memory_bytes(self) -> int:
        atlas = 0 if self._atlas is None else 2 * self._atlas[0].get_pitch() * self._atlas[0].get_height()
        ahead = [strip for _style, strips in self._next.values() for strip in strips.values()]
        return sum(s.bytes() for s in [*self._strips.values(), *ahead]) + atlas


def draw_layers(surface: pygame.Surface, layers: Layers) -> None:
    """The tracks' layers over `surface` (clip set by the caller): their rims, then their light."""
    surface.fblits(layers[0], pygame.BLEND_RGB_MULT)
    surface.fblits(layers[1], pygame.BLEND_RGB_ADD)


def draw_trickles(surface: pygame.Surface, lines: list[list[tuple[float, float]]], width: float,
                  strength: float) -> None:
    """Tracks along screen polylines (each from its top down to its bead) over `surface`, made
    afresh (the rain keeps its tracks in a `Trickles`)."""
    tracks: list[Track] = []
    for k, pts in enumerate(lines):
        if len(pts) < 2:
            continue
        p = np.asarray(pts, dtype=np.float64)
        p = p[np.argsort(p[:, 1], kind="stable")]
        tracks.append((k, p[:, 1], p[:, 0], float(p[0, 1]), float(p[-1, 1]), 1.0))
    draw_layers(surface, Trickles().layers(tracks, 1.0, (0.0, 0.0), width, strength))


def drop(radius: float) -> pygame.Surface:
    """A drop sitting or running on the glass (alpha), a lens of water: its edge bends the light
    away (a thin darker ring), its body shows the night behind turned upside down (the sky's
    glow gathered low in it), a bright caustic along its lower rim, a glint up on its left, and
    no hard edge. (The old bead: a dim disc, a bright lower rim and a glint, no darker edge.)"""
    size = max(3, int(radius * 2 + 4))
    c = (size - 1) / 2.0
    y, x = np.mgrid[0:size, 0:size].astype(np.float64)
    k = max(radius, 0.8)
    dx, dy = (x - c) / k, (y - c) / k
    r = np.hypot(dx, dy)
    inside = np.clip((1.08 - r) / 0.22, 0.0, 1.0)  # soft to its edge
    ring = np.exp(-(((r - 0.9) / 0.16) ** 2)) * np.clip((1.25 - r) / 0.2, 0.0, 1.0)
    lens = inside * np.clip(0.45 + 0.55 * dy, 0.0, 1.0)  # the night's glow, turned over: low in the drop
    caustic = np.clip(1.0 - np.abs(r - 0.72) / 0.2, 0.0, 1.0) * np.clip(dy + 0.1, 0.0, 1.0) * inside
    glint = np.exp(-(((dx + 0.35) ** 2 + (dy + 0.4) ** 2) / 0.05))
    col = np.zeros((size, size, 3))
    acc = np.zeros((size, size))
    for rgb, a in (((8.0, 12.0, 22.0), 0.5 * ring), ((70.0, 86.0, 118.0), 0.35 * lens),
                   ((205.0, 218.0, 238.0), 0.75 * caustic), ((250.0, 250.0, 255.0), 0.95 * glint)):
        col = np.array(rgb)[None, None, :] * a[..., None] + col * (1.0 - a[..., None])  # each layer over the last
        acc = a + acc * (1.0 - a)
    out = np.where(acc[..., None] > 1e-6, col / np.maximum(acc, 1e-6)[..., None], 0.0)
    return rgba_surface(out, 255.0 * acc)
