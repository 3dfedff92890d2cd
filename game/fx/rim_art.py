"""The figures' own alpha at screen resolution, for the window's cold rim (figure_light.ColdRim).

The silhouettes the figures hand over for the wall shadows are coarse (at most MASK_SCALE
room px a mask px, 2 to 10 screen px at 1080p) and each part in them is placed to a whole
mask px, so their edge lies up to ~3 screen px off the drawn figure's: a rim shaped on them
lit a line of the window or the wall beside her hair. So the rim is shaped on the figure as
it is drawn: the same rotated art rasters (`PartRasters.shown(view, d)`: `at`'s, cached for
drawing, without the whole's zero border) laid into one uint8 alpha array per figure (their
alphas' max, read through each turn's own pixels: no surface of the box), cropped to the canvas. Posed at the
silhouettes' moment (floor(t * fps) / fps), and kept while that pose lasts (keyed by the
parts drawn), so a still figure is measured once. What the front props (the coffee table, the
armchair) hide of a figure is given apart (`visible`): the rim is shaped on the whole figure
(the table's edge across her legs is no edge facing the window) and shown only where seen.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import pygame

from game.art.rig import rotate
from game.view import View

SKIP = ("strand",)
KEPT = 2  # measures kept (each a pose's alpha of the figures at screen resolution)  # the drawn lock of hair: a thin band, no rim (and drawn with t, not a raster)


class FigureArt(Protocol):
    """What of game.art.figures.Figures the coverage reads (its composed parts and rasters)."""

    rasters: Any
    room: Any
    specs: dict[str, Any]

    def _compose(self, states: dict[str, Any], t: float) -> tuple[list[Any], dict[str, Any]]: ...



U8 = npt.NDArray[np.uint8]
# whole, where the rim may show (None: all) over the screen rect it covers, rect, floor, how far in from its
# edge the rim is kept (px); each alpha an (x, y) uint8 array (a quarter of an RGBA surface's bytes: kept while the pose lasts)
Seen = tuple[U8, tuple[U8, pygame.Rect] | None, pygame.Rect, float, int]
# a figure as `people` measures it (`Coverage._plans`): her id, her parts now, her box, how far each part
# moves by the next pose, which parts are turned, her parts at the next pose turned (None: none breathes)
Plan = tuple[str, list[Any], pygame.Rect, list[float], list[int], list[Any] | None]


class Coverage:
    """Each figure's drawn alpha at screen resolution: (whole alpha, visible alpha, rect, floor), as arrays."""

    def __init__(self) -> None:
        # the last KEPT measures, newest last: the shown shot's, and the next shot's made ahead
        # (game/fx/light_ahead.py) or the shown one's pose before
        self._kept: list[tuple[object, list[Seen]]] = []
        self._poses: dict[tuple[object, ...], list[Any]] = {}  # the last poses composed (a pose's
        # `until` is the next pose's moment: each is composed once)

    def _composed(self, figures: FigureArt, states: dict[str, Any], t: float) -> list[Any]:
        """The parts of the figures in `states` posed at t (Figures._compose: a pure function of them)."""
        key = (id(figures), t, tuple(sorted(states.items())))
        hit = self._poses.get(key)
        if hit is None:
            hit = self._poses[key] = figures._compose(states, t)[0]
            while len(self._poses) > 3:
                del self._poses[next(iter(self._poses))]
        return hit

    def memory_bytes(self) -> int:
        """Bytes of the kept poses' alpha arrays (KEPT poses: about 2 MB a pose for two figures
        at 1080p, at most two canvases' worth in a close shot)."""
        out = 0
        for whole, seen, _r, _f, _i in (p for _k, made in self._kept for p in made):
            out += int(whole.nbytes) + (0 if seen is None else int(seen[0].nbytes))
        return out

    def release(self) -> None:
        self._kept = []
        self._poses.clear()

    def people(self, figures: FigureArt, props: Any, view: View, states: dict[str, Any], t: float,
               until: float, canvas: pygame.Rect, pad: int, only: set[str] | None = None) -> list[Seen]:
        """The figures in `states` as drawn from t to `until` (the rims made now are shown that
        long), each as (its alpha, where the rim may show, its screen rect cropped to `canvas`
        grown by `pad` px, its floor, how far in the rim is kept): a part moving by then (breathing)
        may come in that far, so the rim never lies beyond the drawn figure in between; a part
        moving more than FAST px (a writing arm) has no rim, nor has what the front props in
        `props` (game.art.props.PropArt, or None) hide. `only`: the figures wanted (default all: the others are not measured)."""
        asked = self._asked(figures, states, t, until, canvas, pad)
        if asked is None:
            return []
        states, now, then, area = asked
        key = (view, tuple(canvas), pad, tuple(now), tuple(then), None if only is None else tuple(sorted(only)))
        again = next((kept for kept in self._kept if kept[0] == key), None)
        if again is not None:  # (the newest again: the least recently asked for goes first)
            self._kept = [*(k for k in self._kept if k is not again), again]
            return again[1]
        covers = _covers(props, view, area)
        self._kept = self._kept[len(self._kept) + 1 - KEPT:]  # (the oldest goes now, not after this is made beside it)
        out: list[Seen] = []
        for cid, mine, box, moves, on, nxt in self._plans(figures, view, states, now, then, t, area, only):
            whole = np.zeros(box.size, dtype=np.uint8)  # (x, y), as surfarray gives it
            fast: list[tuple[pygame.Surface, tuple[int, int]]] = []
            fronts: list[tuple[pygame.Surface, tuple[int, int]]] = []
            for i in on:  # (each turned and laid in as it comes: no list of them held, no surface of the box)
                img, pos = figures.rasters.shown(view, mine[i])[:2]
                _lay(whole, box, img, pos, np.maximum)
                if moves[i] > FAST:
                    fast.append((img, pos))
                if mine[i].front:
                    fronts.append((img, pos))
            # what moves a little (breathing) by the next pose: the rim is shaped on the figure as it
            # is at both poses (the least of their alphas), so it lies within the drawn figure from
            # one to the other. (It was kept in from the whole figure's edge by the most any part moved:
            # in the wides, where a rim is 3 px, a 3 px breath left none of it on her, lines 1, 16, 44.)
            if nxt is not None:
                later = np.zeros(box.size, dtype=np.uint8)
                for d in nxt:
                    img, pos = figures.rasters.shown(view, d)[:2]
                    _lay(later, box, img, pos, np.maximum)
                np.minimum(whole, later, out=whole)
                del later
                inset = 1  # (a part's place is rounded to a whole px: one that moves at all may land a px over)
            else:
                inset = 0
            hit = [(img, r) for img, r in covers if r.colliderect(box)]
            out.append((whole, _seen(whole, box, hit, fronts if hit else [], fast), box,
                        figures.room.anchor(cid).rect.bottom, inset))
            del whole, fast, fronts
        self._kept = [*self._kept[1 - KEPT:], (key, out)]
        return out

    def wanted(self, figures: FigureArt, view: View, states: dict[str, Any], t: float, until: float,
               canvas: pygame.Rect, pad: int, only: set[str] | None = None) -> list[Any]:
        """The parts `people` turns (`PartRasters.shown`) for the same arguments, in its order, none
        turned here: what game/fx/light_ahead.py turns ahead for it. (It turned every part of a lit
        figure within her reach of the canvas, at both poses: at the push into line 17 at 1080p 9 turns,
        4.2 MiB, the measure never read, her legs, feet and drapes off the shot, and a next pose
        turned though nothing of her breathed; made and let go of in the pass before the cut.)"""
        asked = self._asked(figures, states, t, until, canvas, pad)
        if asked is None:
            return []
        states, now, then, area = asked
        return [d for _c, mine, _b, _m, on, nxt in self._plans(figures, view, states, now, then, t, area, only)
                for d in [*(mine[i] for i in on), *(nxt or [])]]

    def _asked(self, figures: FigureArt, states: dict[str, Any], t: float, until: float, canvas: pygame.Rect,
               pad: int) -> tuple[dict[str, Any], list[Any], list[Any], pygame.Rect] | None:
        """What `people` and `wanted` measure: the states of figures (a narrator has none), their parts
        posed at t and at `until`, the canvas grown by `pad`; None if no figure is in `states`."""
        states = {k: v for k, v in states.items() if k in figures.specs}
        if not states:
            return None
        return states, self._posed(figures, states, t), self._posed(figures, states, until), canvas.inflate(2 * pad, 2 * pad)

    def _posed(self, figures: FigureArt, states: dict[str, Any], t: float) -> list[Any]:
        """The parts measured of the figures posed at t: not a lock of hair, none half faded out."""
        return [d for d in self._composed(figures, states, t) if d.part not in SKIP and d.alpha >= 0.5]

    def _plans(self, figures: FigureArt, view: View, states: dict[str, Any], now: list[Any], then: list[Any],
               t: float, area: pygame.Rect, only: set[str] | None) -> list[Plan]:
        """Each figure `people` measures on `area` and how, found without turning a part: (her id, her
        parts `mine` now, her box, how far each moves by the next pose, which of them are turned (their
        whole turn's rect meets the box), and her parts at the next pose turned (None: none breathes))."""
        later = {(d.char, d.part, d.variant, d.mirror): d for d in then}
        # a writer's hand follows the pen's nib, which the states carry (not t): the parts that
        # move with it (the writing arm) are taken as moving fast
        nudged = {k: replace(v, nib=(v.nib[0] + NUDGE, v.nib[1] + NUDGE)) if getattr(v, "nib", None) is not None else v
                  for k, v in states.items()}
        pen = set()
        if nudged != states:
            was = {(d.char, d.part, d.variant, d.mirror): d.placed for d in now}
            pen = {k for d in self._composed(figures, nudged, t) if was.get(k := (d.char, d.part, d.variant, d.mirror)) != d.placed}
        out: list[Plan] = []
        for cid in dict.fromkeys(d.char for d in now):
            if only is not None and cid not in only:
                continue
            if not area.colliderect(_reach(figures, cid, view)):
                continue  # off the shot (her, at the fire close-up): none of her parts turned at its zoom
            if not any(area.colliderect(_bound(figures, view, d)) for d in now if d.char == cid):
                continue  # (no part of hers on it: her alpha there is none, nor her rim; not turned to find so)
            # (each part's whole turn's rect, `PartRasters.whole_rect`: most found without turning it; the
            # turns as drawn, and where they go, only of the parts whose rect meets the box, `shown`:
            # one lying wholly off it adds nothing to the alpha, and was turned whole for nothing)
            mine = [d for d in now if d.char == cid]
            rects = [figures.rasters.whole_rect(view, d) for d in mine]
            box = rects[0].unionall(rects[1:]).clip(area) if rects else pygame.Rect(0, 0, 0, 0)
            if box.w < 1 or box.h < 1:
                continue
            moves = [math.inf if (k := (d.char, d.part, d.variant, d.mirror)) in pen else _moves(d, later.get(k), r.size, view)
                     for d, r in zip(mine, rects, strict=True)]
            on = [i for i, r in enumerate(rects) if r.colliderect(box)]
            nxt = None
            if any(0.01 < m <= FAST for m in moves):  # (breathing: `people` takes the least of both poses)
                nxt = [d for d in then if d.char == cid and figures.rasters.whole_rect(view, d).colliderect(box)]
            out.append((cid, mine, box, moves, on, nxt))
        return out


def _reach(figures: FigureArt, cid: str, view: View) -> pygame.Rect:
    """Where on screen a figure's parts can lie: its map box grown by its own height each way
    (an arm reaching, a lean), so a figure wholly off the shot is not rasterized to find so."""
    r = figures.room.anchor(cid).rect
    return pygame.Rect(view.rect(r.x - r.h, r.y - r.h, r.w + 2 * r.h, 3 * r.h))


def _bound(figures: FigureArt, view: View, d: Any) -> pygame.Rect:
    """A screen rect holding all of part `d` turned (`PartRasters.at(view, d, "art")`), found
    without turning it: its raster (the part's size at the view's scale) turned about its pivot as
    `PartRasters.image` places it, its warm rim's shift, and BOUND_SLACK more for the rasters'
    rounding (a bound may only be too large). At line 51 her parts at the window's close shot all
    lie off it: the rim's measure turned them (~20 whole parts at 2.8x, 35-46 ms in one frame) to
    find no rim there."""
    spec = figures.specs[d.char]
    part = getattr(spec, "parts", {}).get(d.part)
    if part is None:  # (no size known: anywhere)
        return pygame.Rect(-(1 << 24), -(1 << 24), 1 << 25, 1 << 25)
    k = view.scale
    bw, bh = part.size[0] * k * d.squash, part.size[1] * k
    px = part.size[0] - part.pivot[0] if d.placed.flip != d.mirror else part.pivot[0]
    ang = round(d.placed.angle * 4.0) / 4.0
    rx, ry = rotate((px * k * d.squash - bw / 2.0, part.pivot[1] * k - bh / 2.0), ang)
    c, s = abs(math.cos(math.radians(ang))), abs(math.sin(math.radians(ang)))
    hx, hy = (bw * c + bh * s) / 2.0, (bw * s + bh * c) / 2.0
    m = (hx + hy) * BOUND_SLACK + math.hypot(*spec.rim) * k + BOUND_PX
    x, y = view.pt(d.placed.x, d.placed.y)
    x0, y0 = math.floor(x - rx - hx - m), math.floor(y - ry - hy - m)
    return pygame.Rect(x0, y0, math.ceil(x - rx + hx + m) - x0 + 1, math.ceil(y - ry + hy + m) - y0 + 1)


BOUND_SLACK = 0.05  # of a part's half size (the rasters' padding and rounding)
BOUND_PX = 6  # (a turn's size rounded up to even, its place to a px)
NUDGE = 16.0  # room px the nib is moved by to find the parts that follow it
FAST = 3.0  # screen px a part moves by the next pose over which it is fast (no rim on it)


def _lay(dst: U8, box: pygame.Rect, img: pygame.Surface, pos: tuple[int, int], op: Any) -> None:
    """`dst` (an (x, y) alpha over screen `box`) where `img` at screen `pos` meets it, set to
    op(dst, img's alpha) in place: np.maximum is a blit with BLEND_RGBA_MAX onto a clear surface's
    alpha, np.minimum BLEND_RGBA_MIN's, _sub BLEND_RGBA_SUB's (the same bytes: the union of the
    parts' alphas, a max, no blending, a part fading out counts until half gone). Read through the
    part's own pixels: no surface of the box (at line 17's push, 1.3 Mpx: 5.2 MB a pose, two poses
    and their copies, ~14 MB made and freed inside a light frame, the kiosk's high-water mark)."""
    r = pygame.Rect(pos, img.get_size()).clip(box)
    if r.w <= 0 or r.h <= 0:
        return
    src = (slice(r.x - pos[0], r.right - pos[0]), slice(r.y - pos[1], r.bottom - pos[1]))
    here = dst[r.x - box.x : r.right - box.x, r.y - box.y : r.bottom - box.y]
    if img.get_bitsize() == 32 and img.get_flags() & pygame.SRCALPHA:
        view = pygame.surfarray.pixels_alpha(img)
        op(here, view[src], out=here)
        del view
        return
    tmp = pygame.Surface(r.size, pygame.SRCALPHA)  # (another format: as the blit reads its alpha)
    tmp.blit(img, (pos[0] - r.x, pos[1] - r.y), special_flags=pygame.BLEND_RGBA_MAX)
    view = pygame.surfarray.pixels_alpha(tmp)
    op(here, view, out=here)
    del view


def _sub(a: U8, b: U8, out: U8) -> None:
    """out = a - b, none below 0 (BLEND_RGBA_SUB's alpha)."""
    np.subtract(a, np.minimum(a, b), out=out)


def _seen(whole: U8, box: pygame.Rect, hit: list[tuple[pygame.Surface, pygame.Rect]],
          fronts: list[tuple[pygame.Surface, tuple[int, int]]],
          fast: list[tuple[pygame.Surface, tuple[int, int]]]) -> tuple[U8, pygame.Rect] | None:
    """Where on `box` the rim may show, as the room draws it: `whole` less the front props `hit`
    over the back parts (the `fronts` drawn over them again) and less the parts moving `fast`; None:
    all of it. Only over the screen rect the props and the fast parts meet (the array and that rect):
    elsewhere it is `whole` or more (a front part laid over it), and the rim is never more than the
    alpha it is shaped on, so the least of the two is the rim there (ColdRim._shape)."""
    if not (hit or fast):
        return None
    cut = [r for _img, r in hit] + [pygame.Rect(pos, img.get_size()) for img, pos in fast]
    on = cut[0].unionall(cut[1:]).clip(box)
    if on.w <= 0 or on.h <= 0:
        return None
    seen: U8 = whole[on.x - box.x : on.right - box.x, on.y - box.y : on.bottom - box.y].copy()
    for img, r in hit:  # drawn as the room draws it: the front props over the back parts
        _lay(seen, on, img, r.topleft, _sub)
    for img, pos in fronts:
        _lay(seen, on, img, pos, np.maximum)
    for img, pos in fast:  # and no rim on what moves fast
        _lay(seen, on, img, pos, _sub)
    return seen, on


def _turn(d: Any, then: Any, size: tuple[int, int]) -> float:
    """How far (screen px, at most) the far end of part `d` (its whole turn `size` px) moves by turning to `then`."""
    return float(abs(then.placed.angle - d.placed.angle)) * math.pi / 180.0 * math.hypot(*size)


def _moves(d: Any, then: Any, size: tuple[int, int], view: View) -> float:
    """How far (screen px, at most) part `d` moves by the pose `then` (None: it goes: inf)."""
    if then is None or abs(then.squash - d.squash) > 0.01:
        return math.inf
    a, b = d.placed, then.placed
    shift = math.hypot(b.x - a.x, b.y - a.y) * view.scale
    return shift + _turn(d, then, size)  # the pivot may be at an end


def _covers(props: Any, view: View, area: pygame.Rect) -> list[tuple[pygame.Surface, pygame.Rect]]:
    """The front props drawn over the figures (as game.room.layers.seen_people takes them: not
    the pen, the clock or the notebook), each raster at the view's scale and its screen rect."""
    if props is None:
        return []
    skip = {props.pen_name, props.clock_name}
    out = []
    for p in props.pieces:
        if p.layer != "front" or p.name in skip or p.name.startswith("notebook"):
            continue
        r = props._screen_rect(p, view)
        if not r.colliderect(area):
            continue
        img = props._raster(p, view.scale)
        if img.get_size() != r.size:
            img = pygame.transform.smoothscale(img, r.size)
        out.append((img, r))
    return out
