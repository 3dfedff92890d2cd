"""The light map's full-size upscale, held without a full-size canvas (stop 31, issue 16).

The light map is built at 1/8 size and multiplied over the scene upscaled (one smoothscale: its
bilinear filter is the soft falloff). The upscale was kept as a canvas between frames, and so
were the golden haze's upscale and the same two of the next light frame or shot made ahead: four
canvases in the golden glow, six at a cut, up to a camera move's size (39.6 MiB at line 82).

pygame's smoothscale expands the rows first (each row alone: the map's rows at the full width),
then the columns (each column alone). So the map is kept as its rows expanded (`Upscaled.wide`,
the full width by the map's 135 rows at 1080p: 1/8 of a canvas), and each frame expands its
columns a band of STRIP columns at a time into one shared scratch band (`bands`), multiplied onto
the screen there: the same pixels as the whole upscale (the same filter over the same columns,
whatever their band), with no canvas kept. What the build lays over the upscale at full
resolution (the props' top edges, the figures' own side light, the haze's cut) is kept as the
finished pixels of the rects it changes (`laid`, in order), laid over each band.

The map shown is then baked into one kept canvas (`Upscaled.bake`, game/fx/lighting.py KEEP_SHOWN), as
is its haze: it is multiplied every frame but made only at the light map's rate, and its columns
expanded every frame cost 2.5-3 ms a frame at 1080p. What is made ahead stays rows until it is shown.

The props' top edges (`lay_edges`) read the upscale below each edge: read through `region`, each prop's
columns expanded the whole height a band at a time (7 props at line 1, 1808 columns: nearly the whole
upscale again), they cost 6.4 ms of every light frame at 1080p (1.7 on a canvas at stop 29), of a map
that costs ~30 (0.6 cores at LIGHT_FPS). So they are kept as the props (`Edges`) and made where the
whole upscale is made anyway, the bake, on its canvas; a band or a region read before any bake (the
largest pushes' maps, not baked: lighting.MOVE_BAKE) makes them first as before (`_edges_laid`).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.occlusion import Caster, region_alpha
from game.fx.prop_edges import edge_patches

STRIP = 128  # columns a band (each of its two scratch bands: 0.5 MiB at 1080p)
SHORT = 8  # a rect this many times shorter than the canvas is expanded row by row (`_rows`), not in bands
EXACT = ("SSE2", "NEON")  # the smoothscale filters `_rows` computes as they do (8-bit weights)
_SCRATCH: dict[int, pygame.Surface] = {}  # the shared scratch bands (of the last height asked for): 0 for
# `Upscaled.bands`, 1 for `Upscaled.pure`, 2 a layer's (`Through.lay`: per-pixel alpha, of the tallest asked for)


def _scratch(w: int, h: int, like: pygame.Surface, slot: int = 0) -> pygame.Surface:
    """A surface of `w` x `h` in `like`'s format: the shared band `slot` when `w` is STRIP (a narrower
    one is made: smoothscale's plain C filter writes its rows at the surface's width, no pitch)."""
    if w != STRIP:
        return pygame.Surface((w, h), 0, like)
    band = _SCRATCH.get(slot)
    if band is None or band.get_size() != (w, h) or band.get_bitsize() != like.get_bitsize():
        band = _SCRATCH[slot] = pygame.Surface((w, h), 0, like)
    return band


@dataclass(frozen=True)
class Through:
    """Laid by its own alpha (`alpha`, (x, y) over the rect it is laid on): the pixels of `source`
    (an upscale whose top-left lies at `at`; None: the upscale laid on, as made) times `share`/255.
    A figure's side light, a share of the haze on the people: 1 byte a px, not the finished 4."""

    source: Upscaled | None
    at: tuple[int, int]
    alpha: npt.NDArray[np.uint8]
    share: int = 255
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    def lay(self, out: pygame.Surface, on: pygame.Rect, where: pygame.Rect, rect: pygame.Rect, own: Upscaled) -> None:
        """Lay the layer over `on` (inside `where`, the rect it is laid on) onto `out`, the upscale `own`
        over `rect`, a strip of at most STRIP columns at a time: its source's columns expanded straight into
        one shared scratch with per-pixel alpha (slot 2, the whole height: no surface made per band or per
        layer), the share and the alpha put on the rows laid, blitted by its alpha; only the rows where its
        alpha is not 0 (`_span`: a figure fills ~half its rect; where its alpha is 0 the blit leaves the
        pixel as it was). The same pixels as `part` (a source's columns are expanded alone, whatever the
        strip: see `bands`). At line 82's close shot (four layers over 1.2-1.5 Mpx each at 1080p) the part
        made anew a band and a layer, its pages touched, copied and laid whole, was most of the multiply."""
        src, at = (own, (0, 0)) if self.source is None else (self.source, self.at)
        s = on.move(-at[0], -at[1])
        if not src.get_rect().contains(s) or src.wide.get_bytesize() != 4:  # (black outside its source: `part`)
            out.blit(self.part(out.subsurface(on.move(-rect.x, -rect.y)), on, where), (on.x - rect.x, on.y - rect.y))
            return
        n, h = src.size[0], src.size[1]
        self._spans(s.x + at[0] - where.x, s.right + at[0] - where.x)
        for x in range(s.x, s.right, STRIP):
            w = min(STRIP, s.right - x)
            ax = x + at[0] - where.x  # (the alpha's column)
            y0, y1 = self._span(ax, w)
            y0, y1 = max(y0, on.y - where.y), min(y1, on.bottom - where.y)  # (the alpha's rows)
            if y1 <= y0:
                continue
            x0 = max(0, min(x, n - STRIP))  # (a whole strip of the source's columns round these: each alone)
            scratch, cols = _layer_scratch(min(STRIP, n), h)
            pygame.transform.smoothscale(src.wide.subsurface((x0, 0, cols.get_width(), src.rows)), cols.get_size(), cols)
            box = pygame.Rect(x - x0, y0 + where.y - at[1], w, y1 - y0)
            if self.share != 255:
                scratch.fill((self.share, self.share, self.share, 255), box, special_flags=pygame.BLEND_RGBA_MULT)
            alpha = pygame.surfarray.pixels_alpha(scratch)
            alpha[box.x : box.right, box.y : box.bottom] = self.alpha[ax : ax + w, y0:y1]
            del alpha
            out.blit(scratch, (x + at[0] - rect.x, y0 + where.y - rect.y), box)

    def _spans(self, x0: int, x1: int) -> None:
        """`_span` of each whole strip of the alpha's columns x0 .. x1, STRIP at a time from x0 (what `lay`
        asks for), found in one pass over them, not a pass a strip: at line 82's push at 1080p (four layers
        1.2-1.5 Mpx each, made anew each light frame) the strips' passes were a third of `lay`; a 1400 px
        wide layer's 11 strips 1.57 -> 0.40 ms. The same rows: the first and past the last with any alpha."""
        full = (x1 - x0) // STRIP
        if full <= 0 or (x0, STRIP) in self.spans or x0 < 0 or x0 + full * STRIP > self.alpha.shape[0]:
            return
        lit: npt.NDArray[np.bool_] = np.any(self.alpha[x0 : x0 + full * STRIP].reshape(full, STRIP, -1), axis=1)  # (strip, row)
        first, past, held = lit.argmax(axis=1), lit.shape[1] - lit[:, ::-1].argmax(axis=1), np.any(lit, axis=1)
        for k, (y0, y1, on) in enumerate(zip(first.tolist(), past.tolist(), held.tolist(), strict=True)):
            self.spans[(x0 + k * STRIP, STRIP)] = (y0, y1) if on else (0, 0)

    def _span(self, x: int, w: int) -> tuple[int, int]:
        """The first and past the last row of the alpha's columns x .. x + w holding any alpha ((0, 0): none),
        kept for the layer's life (a light frame: the same bands each frame)."""
        got = self.spans.get((x, w))
        if got is None:
            rows = np.flatnonzero(self.alpha[x : x + w].any(axis=0))
            got = self.spans[(x, w)] = (int(rows[0]), int(rows[-1]) + 1) if rows.size else (0, 0)
        return got

    def part(self, made: pygame.Surface, on: pygame.Rect, where: pygame.Rect) -> pygame.Surface:
        """The layer over `on` (inside `where`, the rect it is laid on), ready to blit by its alpha;
        `made`: the upscale laid on as made over `on` (nothing laid yet: its own source's pixels)."""
        part = pygame.Surface(on.size, pygame.SRCALPHA)
        part.blit(made if self.source is None else self.source.pure(on.move(-self.at[0], -self.at[1])), (0, 0))
        if self.share != 255:
            part.fill((self.share, self.share, self.share, 255), special_flags=pygame.BLEND_RGBA_MULT)
        alpha = pygame.surfarray.pixels_alpha(part)
        alpha[...] = self.alpha[on.x - where.x : on.right - where.x, on.y - where.y : on.bottom - where.y]
        del alpha
        return part


def _layer_scratch(w: int, h: int) -> tuple[pygame.Surface, pygame.Surface]:
    """A surface with per-pixel alpha at least `w` x `h` and its top-left `w` x `h` (the surface to expand
    into: smoothscale's plain C filter writes its rows at the surface's width, so a part STRIP wide, of any
    height, of the shared slot 2; a narrower one made)."""
    if w != STRIP:
        made = pygame.Surface((w, h), pygame.SRCALPHA, 32)
        return made, made
    band = _SCRATCH.get(2)
    if band is None or band.get_height() < h:
        band = _SCRATCH[2] = pygame.Surface((STRIP, h), pygame.SRCALPHA, 32)
    return band, band.subsurface((0, 0, STRIP, h))


@dataclass(frozen=True)
class Edges:
    """The props' top edges (`lay_edges`), not made yet: made over the upscale as laid before them."""

    props: tuple[Caster, ...]
    down: int


Laid = pygame.Surface | Through | Edges | None
Baked = tuple[pygame.Surface, "weakref.ReferenceType[Upscaled]"]  # a kept canvas and the upscale baked into it


class Upscaled:
    """`small` smoothscaled to `size`, held as its rows expanded (`wide`) and what was laid over
    the upscale since, in order (`laid`: finished pixels, a layer laid by its alpha, or None for
    black, and its rect)."""

    def __init__(self, small: pygame.Surface, size: tuple[int, int]) -> None:
        self.size = size
        self.rows = small.get_height()
        # (smoothscale's own first pass: a map the canvas's width keeps its height, so only its rows expand)
        self.wide = pygame.transform.smoothscale(small, (size[0], self.rows))
        self.laid: list[tuple[Laid, pygame.Rect]] = []
        self.canvas: pygame.Surface | None = None  # the whole upscale, once `bake`d (the map shown)

    def get_size(self) -> tuple[int, int]:
        return self.size

    def get_rect(self) -> pygame.Rect:
        return pygame.Rect((0, 0), self.size)

    def memory_bytes(self) -> int:
        """Bytes held: the expanded rows, the laid rects and layers (a layer's alpha is its own
        copy or the figure's kept by `_screen_alpha`; its source's rows)."""
        held = sum(s.get_pitch() * s.get_height() for s, _r in self.laid if isinstance(s, pygame.Surface))
        # (the props of `Edges` not made yet: their masks are their casters' own)
        for s, _r in self.laid:
            if isinstance(s, Through):
                held += s.alpha.nbytes + (s.source.memory_bytes() if s.source is not None else 0)
        return held + self.wide.get_pitch() * self.wide.get_height()  # (a `bake`d canvas: its keeper's)

    def bake(self, into: Baked | None) -> Baked:
        """Lay the whole upscale, with what was laid, into one canvas that `blend` then reads: the map
        shown is multiplied every frame but made again only at the light map's rate (LIGHT_FPS), so its
        columns are expanded once a light frame, not once a frame (`bands`: +2.5-3 ms a frame at 1080p).
        `into`: the canvas its keeper (LightMap) baked last and who it was baked for: reused when the size
        fits (a fresh 8 MiB buffer's pages cost ~1 ms a light frame), taken from that upscale (which goes
        back to `bands`: its pixels stay right). Returns the canvas and this upscale, for the next bake."""
        surface, owner = into if into is not None else (None, None)
        holder = owner() if owner is not None else None
        if self.canvas is not None and holder is self:
            return into  # type: ignore[return-value]  # (already baked into it)
        if holder is not None and holder is not self:
            holder.canvas = None
        if surface is None or surface.get_size() != self.size or surface.get_bitsize() != self.wide.get_bitsize():
            surface = pygame.Surface(self.size, 0, self.wide)
        # (its columns expanded in one pass into the canvas, what was laid laid once, the edges made on
        # it: a band at a time each band was copied in and each layer made again a band; 1.13 -> 0.66 ms
        # for the upscale alone at 1080p)
        pygame.transform.smoothscale(self.wide, self.size, surface)
        self._lay_over(surface, self.get_rect())
        self.canvas = surface
        return surface, weakref.ref(self)

    def _expand(self, x: int, w: int, into: pygame.Surface) -> None:
        """Columns x .. x + w expanded the whole height into `into` (w wide)."""
        pygame.transform.smoothscale(self.wide.subsurface((x, 0, w, self.rows)), (w, self.size[1]), into)

    def _lay_over(self, out: pygame.Surface, rect: pygame.Rect) -> None:
        """Lay what was laid, in order, over `out` (the upscale as made over `rect`). (A layer of
        the upscale's own light is taken from `out` before anything is laid: not expanded again.)
        Over the whole upscale the props' edges are made on `out` itself (`Edges`), else first."""
        whole = rect == self.get_rect()
        if not whole:
            self._edges_laid()
        made: dict[int, list[tuple[Laid, pygame.Rect]]] = {}
        for laid, at in self.laid:
            on = at.clip(rect)
            if on.w <= 0 or on.h <= 0:
                continue
            if isinstance(laid, Edges):  # (`whole`: `out` is the upscale, as laid so far, at its own px)
                made[id(laid)] = [(self._kept(pixels), r) for pixels, r in
                                  edge_patches(rect, laid.props, laid.down, out.subsurface)]
            elif laid is None:
                out.fill((0, 0, 0), on.move(-rect.x, -rect.y))
            elif isinstance(laid, Through):
                laid.lay(out, on, at, rect, self)
            else:
                out.blit(laid, (on.x - rect.x, on.y - rect.y), on.move(-at.x, -at.y))
        if made:  # (kept as their finished pixels, as `lay` keeps them: the props' masks let go of)
            self.laid = [kept for item in self.laid for kept in made.get(id(item[0]), [item])]

    def _edges_laid(self) -> None:
        """The props' edges not made yet made and kept as their finished pixels, each over the upscale
        as laid before it, read through `region` (a band or a region read before any bake)."""
        while (at := next((i for i, (laid, _r) in enumerate(self.laid) if isinstance(laid, Edges)), None)) is not None:
            edges, after, self.laid = cast(Edges, self.laid[at][0]), self.laid[at + 1:], self.laid[:at]
            for pixels, r in edge_patches(self.get_rect(), edges.props, edges.down, self.region):
                self.lay(pixels, r)
            self.laid += after

    def _kept(self, pixels: pygame.Surface) -> pygame.Surface:
        """A copy of `pixels` in the upscale's format (what `lay` keeps)."""
        kept = pygame.Surface(pixels.get_size(), 0, self.wide)
        kept.blit(pixels, (0, 0))
        return kept

    def bands(self, area: pygame.Rect) -> Iterator[tuple[pygame.Surface, pygame.Rect]]:
        """The upscale over the columns of `area` (inside it), a band of at most STRIP columns at a
        time in the shared scratch band (the whole height): each band and its columns' rect."""
        area = area.clip(self.get_rect())
        for x in range(area.x, area.right, STRIP):
            w = min(STRIP, area.right - x)
            band = _scratch(w, self.size[1], self.wide)
            self._expand(x, w, band)
            col = pygame.Rect(x, 0, w, self.size[1])
            self._lay_over(band, col)
            yield band, col

    def pure(self, rect: pygame.Rect) -> pygame.Surface:
        """The upscale as made (nothing laid) over `rect`, black outside it: a surface of its own.
        A short one's rows are expanded alone; else its columns the whole height, a band at a
        time in a scratch band of its own (a layer is made within a band: not `bands`' one)."""
        out = pygame.Surface(rect.size, 0, self.wide)
        inside = rect.clip(self.get_rect())  # (black outside it, as a blit from a canvas leaves it)
        if inside.w <= 0 or inside.h <= 0:
            return out
        if inside.h * SHORT <= self.size[1] and pygame.transform.get_smoothscale_backend() in EXACT:
            px = pygame.surfarray.pixels3d(out)
            px[inside.x - rect.x : inside.right - rect.x, inside.y - rect.y : inside.bottom - rect.y] = _rows(
                self.wide, self.size[1], inside)
            del px
            return out
        for x in range(inside.x, inside.right, STRIP):
            w = min(STRIP, inside.right - x)
            band = _scratch(w, self.size[1], self.wide, 1)
            self._expand(x, w, band)
            out.blit(band, (x - rect.x, inside.y - rect.y), (0, inside.y, w, inside.h))
        return out

    def region(self, rect: pygame.Rect) -> pygame.Surface:
        """The upscale with what was laid, over `rect`: a surface of its own."""
        out = self.pure(rect)
        self._lay_over(out, rect)
        return out

    def lay(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """Keep `surface` (the finished pixels over `rect`, in the upscale's format) laid over it.
        (In 3 bytes a px, each band's copy of it cost more than the band's own expand.)"""
        self.laid.append((self._kept(surface), pygame.Rect(rect)))
        self.canvas = None

    def lay_through(self, layer: Through, rect: pygame.Rect) -> None:
        """Keep `layer` laid over `rect` by its alpha."""
        self.laid.append((layer, pygame.Rect(rect)))
        self.canvas = None

    def black(self, rect: pygame.Rect) -> None:
        """Keep `rect` black over the upscale."""
        on = pygame.Rect(rect).clip(self.get_rect())
        if on.w > 0 and on.h > 0:
            self.laid.append((None, on))
            self.canvas = None

    def whole(self) -> pygame.Surface:
        """The upscale as one canvas (for tests and tools: the game never makes it)."""
        return self.region(self.get_rect())


def let_go(baked: Baked | None) -> None:
    """Let go of a kept canvas (`Upscaled.bake`): the upscale baked into it goes back to its bands (its
    pixels stay right)."""
    owner = baked[1]() if baked is not None else None
    if owner is not None:
        owner.canvas = None


def sized(baked: Baked | None, up: Upscaled) -> Baked | None:
    """`baked` if its canvas is `up`'s size, else None, let go of: by its keeper before `up`'s is made, not
    after (the golden glow's drift at its settle, 2016 -> 1920 px wide at 1080p, or its haze's part, 2016 <->
    1968 px: 8 MiB held beside the new one)."""
    if baked is not None and baked[0].get_size() != up.size:
        let_go(baked)
        return None
    return baked


def _rows(wide: pygame.Surface, height: int, rect: pygame.Rect) -> npt.NDArray[np.uint8]:
    """The RGB ((x, y, 3)) of `rect` in `wide`'s columns expanded to `height`, as smoothscale's SSE2
    filter expands them (row y between the rows y * (n - 1) // height and the next, weighted in
    256ths, summed and shifted down by 8): the same bytes, for the rows asked for alone."""
    n = wide.get_height()
    num = np.arange(rect.y, rect.bottom, dtype=np.int64) * (n - 1)
    i0 = num // height
    m1 = ((256 * (num % height)) // height).astype(np.uint16)[None, :, None]
    px = pygame.surfarray.pixels3d(wide)[rect.x : rect.right]
    a = px[:, i0].astype(np.uint16)
    a *= np.uint16(256) - m1
    b = px[:, np.minimum(i0 + 1, n - 1)].astype(np.uint16)
    b *= m1
    a += b
    a >>= 8
    return a.astype(np.uint8)


def blend(surface: pygame.Surface, up: Upscaled, at: tuple[int, int], area: pygame.Rect | None, flags: int) -> None:
    """Blit `up` (its top-left at `at`) onto `surface` by `flags` over `area` (all of it if None),
    within the surface's clip, a band at a time (a short area in one piece: `Upscaled.region`):
    the same pixels as one blit of the whole upscale."""
    clip = surface.get_clip()
    on = pygame.Rect(at, up.size).clip(clip if area is None else pygame.Rect(area).clip(clip))
    if on.w <= 0 or on.h <= 0:
        return
    rel = on.move(-at[0], -at[1])
    if up.canvas is not None:  # (the map shown, baked)
        surface.blit(up.canvas, on.topleft, rel, special_flags=flags)
        return
    if rel.h * SHORT <= up.size[1]:
        surface.blit(up.region(rel), on.topleft, special_flags=flags)
        return
    for band, col in up.bands(rel):
        surface.blit(band, (at[0] + col.x, on.y), (0, rel.y, col.w, rel.h), special_flags=flags)


def lay_edges(up: Upscaled, props: Sequence[Caster], down: int) -> None:
    """Give each prop's top edge the light of its inside (game/fx/prop_edges.py `fill_edges`, the
    same steps) over the upscale `up`: each prop's band read with the rows it takes light from,
    and its finished pixels laid; made when the upscale is first read (`Edges`: at its bake, on
    the canvas)."""
    if props:
        up.laid.append((Edges(tuple(props), down), up.get_rect()))
        up.canvas = None


_ALPHAS: WeakKeyDictionary[pygame.Surface, tuple[tuple[int, ...], tuple[npt.NDArray[np.uint8], pygame.Rect] | None]]
_ALPHAS = WeakKeyDictionary()


def _screen_alpha(mask: pygame.Surface, rect: pygame.Rect, area: pygame.Rect) -> tuple[npt.NDArray[np.uint8], pygame.Rect] | None:
    """The alpha of `mask_region` (`region_alpha`: at screen resolution, (x, y)) and where it goes, kept by mask
    for the next light-map frame: a figure's mask is coarse and scaled up to the screen each time
    (a close shot's is most of the screen), and the silhouettes change at SILHOUETTE_FPS, half the
    light map's rate. (Its alpha only: a quarter of the region's bytes.) Keyed by the part of `rect` in
    `area`, all `region_alpha` reads of it: the haze's cut on the people (light_cut.Cut) asks for the same
    alpha over the haze's area as the figures' side light over theirs, the same light frame (a push's
    close shot: each figure's mask scaled up again to ~1.5 Mpx at 1080p and copied, every light frame)."""
    key = (*rect, *rect.clip(area))
    hit = _ALPHAS.get(mask)
    if hit is not None and hit[0] == key:
        return hit[1]
    made = region_alpha(mask, rect, area)
    if made is not None:
        made[0].setflags(write=False)
    _ALPHAS[mask] = (key, made)
    return made


def _lay_figures(big: Upscaled, lit: pygame.Surface, people: Sequence[Caster], down: int) -> Iterator[str]:
    """Lay `lit` (a map whose cells on the `people` hold their side light), upscaled, over the
    upscaled map `big` through the people's own alpha, at full resolution (kept as a layer
    `Through` their alpha: made a band at a time with the map's).

    Shaded in the 1/8-size map, a figure's shadow side took the wall cells along its outline
    with it, and the upscale spread them ~20 px out: a soft shade on the wall beside his back
    (line 80: the wall by him 78, 89 a little farther). Now the wall keeps its own light up to
    the outline. Only the cells round the people are upscaled (with a margin of 2, so they
    come out as in the whole map's upscale). A step a figure (the map made ahead: light_ahead)."""
    if not people:
        return
    box = people[0][1].unionall([c[1] for c in people[1:]])
    cells = pygame.Rect(box.x // down - 2, box.y // down - 2,
                        -(-box.w // down) + 5, -(-box.h // down) + 5).clip(lit.get_rect())
    if cells.w <= 0 or cells.h <= 0:
        return
    up = Upscaled(lit.subsurface(cells), (cells.w * down, cells.h * down))  # (its rows: the side light's cells)
    at = (cells.x * down, cells.y * down)
    for mask, rect, _floor in people:  # each laid as it is made (they read `up`, not `big`): one
        region = _screen_alpha(mask, rect, pygame.Rect(at, up.get_size()).clip(big.get_rect()))  # at a time
        if region is None:
            continue
        src, where = region  # (its alpha: kept by `_screen_alpha` while the mask lives)
        big.lay_through(Through(up, at, src), where)
        del src, region
        yield "light: a figure's side light"
