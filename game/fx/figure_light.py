"""Light with a direction on the figures and props: the side toward a flame warm and bright,
the far side in shadow, the window's cold light on the side toward it.

The light map alone is a sum of round pools: it tells how much light reaches a place, not
from where, so a figure was lit evenly on both sides. This pass works inside each
caster's silhouette (the same masks that throw the wall shadows) in the 1/8-size light
map, before it is upscaled, so it costs a few tiny numpy arrays per caster and nothing
per full-size pixel. For each caster it sums the lights at its centre into a warm key
(flames and the hearth, weighted by their reach and strength) and a cold key (the
window), each a direction and a strength. A surface's facing is approximated from the
silhouette: across the body (the side of the caster's box) plus the edge normal of the
softened mask (its rims). Facing the key adds the key's colour; facing away darkens. The
silhouettes change at the figures' SILHOUETTE_FPS and the lights at the light map's rate,
so the result is a pure function of the moment.
"""

from __future__ import annotations

import math
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.lighting import LightSample, add_light
from game.fx.map_cover import _box, in_front  # (moved there unchanged)
from game.fx.map_cover import see_through as see_through
from game.fx.occlusion import ALPHA_BAND, Caster, region_alpha
from game.fx.rim_art import Coverage, FigureArt
from game.fx.shape_cut import covered
from game.view import View

FArray = npt.NDArray[np.float64]
RGB = tuple[int, int, int]
WARM_ADD = 0.55  # how much a full warm key adds on the lit side (times its colour)
COLD_ADD = 1.3  # the window's cold rim: strong at the silhouette's edge, little across the body
COLD_REACH = 2.4  # the window is a broad area light: it reaches farther than its point radius
COLD_ACROSS, COLD_RIM = 0.25, 3.0
COLD_LEVEL = 0.35  # the window is tall: its light arrives nearly level, on the side facing it, not from its centre
FAR_DARK = 0.7  # how much of the light the side turned away from the key loses
DARK_GAIN = 1.7  # the shadow side follows the key's strength, but sooner: where flames on both
# sides half cancel (her on the sofa) she still has a side away from the nearer light
ACROSS_DARK = 1.5  # the shadow turns in across the body faster than the warm side lights it
RIM_DARK = 0.6  # but its rim term is weak: on the coarse grid it smudged a cheek in profile
COOL_SHADE = 0.6  # on the shadow side facing the window, blue keeps this much more of its light
COLD_TINT = 0.0  # the rim facing the window takes on its hue (off: at 0.6 it washed her green dress cyan
# in soft blotches on the coarse grid; the map is near white among the flames: a cold light shows nothing)
ACROSS, RIM = 0.7, 1.6  # weights of the box-side and the silhouette-rim facing
WARM_GAIN, COLD_GAIN = 1.3, 8.0  # the window is one weak light, the flames are many
GRID = 24  # cells on the long side of a silhouette's shading grid


def _falloff(x: float) -> float:
    if x >= 1.0:
        return 0.0
    k: float = (1.0 - x * x) ** 1.5
    return k * (0.2 + 0.8 / (1.0 + 16.0 * x * x))


def keys(lights: Sequence[LightSample], x: float, y: float, cold: RGB,
         gains: tuple[float, float] | None = None) -> tuple[tuple[float, float, float, RGB], ...]:
    """(dir x, dir y, strength, colour) of the warm key and the cold key at room (x, y)
    (strength: the lights' sum times `gains`, WARM_GAIN and COLD_GAIN unless given, at most 1)."""
    out = []
    for want_cold in (False, True):
        sx = sy = total = cr = cg = cb = 0.0
        for lt in lights:
            if (lt.colour == cold) != want_cold or lt.intensity <= 0.0:
                continue
            dx, dy = lt.x - x, (lt.y - y) * (COLD_LEVEL if want_cold else 1.0)
            d = math.hypot(dx, dy)
            reach = lt.radius * (COLD_REACH if want_cold else 1.0)
            w = lt.intensity * _falloff(d / max(reach, 1.0))
            if w <= 0.0 or d < 1.0:
                continue
            sx, sy, total = sx + w * dx / d, sy + w * dy / d, total + w
            cr, cg, cb = cr + w * lt.colour[0], cg + w * lt.colour[1], cb + w * lt.colour[2]
        n = math.hypot(sx, sy)
        if total <= 0.0 or n <= 1e-6:
            out.append((0.0, 0.0, 0.0, (0, 0, 0)))
            continue
        gain = (gains or (WARM_GAIN, COLD_GAIN))[1 if want_cold else 0]
        out.append((sx / n, sy / n, min(1.0, n * gain), (round(cr / total), round(cg / total), round(cb / total))))
    return tuple(out)


Shape = tuple[FArray, FArray, FArray, FArray, FArray]


class SideLight:
    """The pass, with each silhouette's shape (coverage, box side, rim normal) cached by
    its mask object and computed on a grid of at most GRID cells a side (the result is
    scaled up to the caster's box in the light map: a close-up's box is hundreds of px)."""

    def __init__(self) -> None:
        self._shapes: WeakKeyDictionary[pygame.Surface, dict[tuple[int, int], Shape]] = WeakKeyDictionary()
        self._covers: WeakKeyDictionary[pygame.Surface, tuple[tuple[int, int], npt.NDArray[np.uint8]]] = WeakKeyDictionary()

    def _shape(self, mask: pygame.Surface, size: tuple[int, int]) -> Shape:
        per = self._shapes.get(mask)
        if per is None:
            per = self._shapes[mask] = {}
        hit = per.get(size)
        if hit is not None:
            return hit
        small = pygame.transform.smoothscale(mask, size)
        a: FArray = pygame.surfarray.array_alpha(small).T.astype(np.float64) / 255.0
        grads: list[FArray] = list(np.gradient(a))
        u: FArray = np.broadcast_to(np.linspace(-1.0, 1.0, size[0])[None, :], a.shape)
        v: FArray = np.broadcast_to(np.linspace(-1.0, 1.0, size[1])[:, None], a.shape)
        shape: Shape = (a, u, v, -2.0 * grads[1], -2.0 * grads[0])
        if len(per) > 4:
            per.clear()
        per[size] = shape
        return shape

    def coverage(self, mask: pygame.Surface, size: tuple[int, int]) -> FArray:
        """The mask's coverage (0..1, (x, y, 1)) at `size`, its caster's box in the light map: made
        from its alpha there (`alpha`, kept)."""
        cov: FArray = self.alpha(mask, size)[:, :, None] / 255.0
        return cov

    def alpha(self, mask: pygame.Surface, size: tuple[int, int]) -> npt.NDArray[np.uint8]:
        """The mask's alpha ((x, y), 0..255) at `size`, its caster's box in the light map: kept by
        mask, 1 byte a px (a prop's raster is a full-size surface: scaled down for every light-map
        frame, its 6-8 props were ~1-2 ms of each at 1080p; a figure's changes at SILHOUETTE_FPS,
        half as often). (Kept as the coverage in float64 before, 8 bytes a px.)"""
        hit = self._covers.get(mask)
        if hit is not None and hit[0] == size:
            return hit[1]
        a: npt.NDArray[np.uint8] = pygame.surfarray.array_alpha(pygame.transform.smoothscale(mask, size))
        a.setflags(write=False)
        self._covers[mask] = (size, a)
        return a

    def shade(self, small: pygame.Surface, view: View, down: int, casters: Sequence[Caster],
              lights: Sequence[LightSample], cold: RGB, wall_y: float | None = None,
              people: Sequence[Caster] = ()) -> None:
        shade(small, view, down, casters, lights, cold, self, wall_y, people)


def shade(small: pygame.Surface, view: View, down: int, casters: Sequence[Caster],
          lights: Sequence[LightSample], cold: RGB, cache: SideLight | None = None,
          wall_y: float | None = None, people: Sequence[Caster] = ()) -> None:
    """Light each caster's silhouette in the light map `small` (1/`down` of the screen)
    from the side of its lights. Things hung on the wall (their floor at `wall_y`, the
    clock) face the room, not the window across it: no cold side (it read as a blue halo).
    `people`: the figures among `casters` (as they show): a prop's shading is cut where a
    figure shows in front of it, and a figure's where a figure nearer the room's front does.
    (Shaded on its whole silhouette, the sofa laid the bright rim of its back and its
    shadow side across her arm and dress wherever she sat in front of it: her forearm took
    the sofa's tone and read as see-through, lines 1-22; issue 11 item 4.)"""
    cache = cache if cache is not None else SideLight()
    area = small.get_rect()
    mine = {id(m) for m, _r, _f in people}
    fronts: dict[float, FArray] = {}  # what is in front of a caster, by the nearest floor behind it
    for mask, rect, floor in casters:
        box = _box(rect, down)
        if box.w < 3 or box.h < 3 or not area.colliderect(box):
            continue
        ahead = [c for c in people if id(c[0]) != id(mask) and (id(mask) not in mine or c[2] > floor)]
        key = -1.0 if id(mask) not in mine else floor
        front = fronts.get(key) if ahead else None
        if ahead and front is None:
            front = fronts[key] = in_front(area.size, down, ahead)
        cx, cy = view.to_room(rect.centerx, rect.centery)
        (wx, wy, ws, wcol), (kx, ky, ks, kcol) = keys(lights, cx, cy, cold)
        if wall_y is not None and floor <= wall_y:
            ks = 0.0
        # the window's light fades out across the room as the rim's does (RIM_FROM..RIM_FULL of it
        # unscaled): at 8x gain it was near full on him at the armchair (0.11) and hazed his dark
        # suit blue on the side toward the window, smeared over a grid cell (review2 F2, line 23)
        if ks > 0.0:
            raw = keys(lights, cx, cy, cold, (1.0, 1.0))[1][2]
            ks *= min(1.0, max(0.0, (raw - RIM_FROM) / (RIM_FULL - RIM_FROM)))
        if ws <= 0.0 and ks <= 0.0:
            continue
        f = min(1.0, GRID / max(box.w, box.h))
        grid = (max(3, round(box.w * f)), max(3, round(box.h * f)))
        a, u, v, nx, ny = cache._shape(mask, grid)  # nx, ny: the rim's outward normal, strongest at the edge
        face_w = ACROSS * (u * wx + 0.4 * v * wy) + RIM * (nx * wx + ny * wy)
        warm = np.clip(face_w, -1, 1) * ws
        inside = np.clip(2.0 * a - 1.0, 0.0, 1.0)  # the cold light only within the shape: at the light
        # map's coarse grid a soft edge bled it onto the wall as a blue halo (the clock's corner)
        coarse = grid != box.size  # then the shading is also cut to the shape at the box's size, below:
        # from the grid (a cell is up to 3 light-map px) it spread past the figure's edge, a blue
        # haze round his hips and over the furniture (review2 F2)
        cold_k = np.clip(COLD_ACROSS * (u * kx + 0.4 * v * ky) + COLD_RIM * (nx * kx + ny * ky), 0, 1) * (ks * inside)
        cold_f = cold_k * COLD_ADD
        top = max(kcol) or 1
        lit = np.clip(warm, 0, 1) * (WARM_ADD * a)
        # the light map is often near white on a figure among a dozen flames, where an added
        # light shows nothing: the direction shows as the far side's shadow, cooled toward the window
        face_d = ACROSS_DARK * (u * wx + 0.4 * v * wy) + RIM_DARK * (nx * wx + ny * wy)
        away = np.clip(-np.clip(face_d, -1, 1) * min(1.0, DARK_GAIN * ws), 0, 1) * (FAR_DARK * a)
        cool = np.clip(COLD_ACROSS * (u * kx + 0.4 * v * ky) + COLD_RIM * (nx * kx + ny * ky) + 0.5, 0, 1) * (ks * COOL_SHADE) * inside
        mult = np.empty((*a.shape, 3), dtype=np.float64)
        add = np.empty((*a.shape, 3), dtype=np.float64)
        for c in range(3):
            mult[..., c] = 255.0 * (1.0 - away * (1.0 - cool * kcol[c] / 255.0)) * (1.0 - COLD_TINT * np.minimum(cold_k, 1.0) * (1.0 - kcol[c] / top))
            add[..., c] = lit * wcol[c] + cold_f * kcol[c]
        ms = pygame.surfarray.make_surface(np.ascontiguousarray(np.clip(mult, 0, 255).astype(np.uint8).transpose(1, 0, 2)))
        ad = pygame.surfarray.make_surface(np.ascontiguousarray(np.clip(add, 0, 255).astype(np.uint8).transpose(1, 0, 2)))
        if coarse or front is not None:
            if coarse:
                ms, ad = pygame.transform.smoothscale(ms, box.size), pygame.transform.smoothscale(ad, box.size)
            if front is not None or not covered(ms, ad, cache.alpha(mask, box.size)):
                cov = cache.coverage(mask, box.size)
                if front is not None:
                    on = box.clip(area)
                    hide = np.zeros(box.size)
                    hide[on.x - box.x : on.right - box.x, on.y - box.y : on.bottom - box.y] = front[on.x : on.right, on.y : on.bottom]
                    cov = cov * (1.0 - hide[:, :, None])
                m3 = pygame.surfarray.pixels3d(ms)  # (the same sums in place: a float64 array fewer each)
                t = np.subtract(255.0, m3)
                t *= cov
                m3[...] = np.subtract(255.0, t, out=t)  # (truncated as astype(uint8) truncates)
                a3 = pygame.surfarray.pixels3d(ad)
                a3[...] = a3 * cov
                del m3, a3, t
        small.blit(ms, box.topleft, special_flags=pygame.BLEND_RGB_MULT)
        add_light(small, ad, box.topleft)  # its hue kept where the sum saturates


RIM_RGB = (168, 180, 204)  # moonlight through wet glass: the window's blue, desaturated toward grey
RIM_PEAK = 0.6  # of RIM_RGB, added at the silhouette's very edge under the clearest night
RIM_WIDTH = 3.0  # room px: how far in from the edge facing the window the rim reaches ...
RIM_PX = (2, 6)  # ... in screen px at least, at most (a light on the edge, never a band over the dress)
RIM_BODY = 2.0  # the rim needs the body to go on behind it this many times its width: a thin thing seen
# edge-on (a shoe's heel, her far shin) was all rim, a pale streak off the shoe, a blue-white shin (review2 F2)
RIM_FROM, RIM_FULL = 0.15, 0.35  # the window's light summed at a figure (unscaled): no rim below, full above
# (her on the sofa by the window: 0.40; him at the armchair across the room: 0.11; at the glow: 0.12)
RIM_CLEAR = 0.55  # the rim's brightness follows the window's light up to this (her on the sofa in
# light rain ~0.38, in the downpour ~0.25): the clearer the night, the brighter the edge
RIM_LEVELS_N = 12  # brightness steps (a level is a tinted copy of the shape)
RIM_BAND = 48  # rows per band: the rim kept as bands cropped to their lit columns (an edge is thin, its box big)
RIM_POSE_FPS = 5  # the figures' alpha is measured posed at `rim_pose`, each part checked against its pose
# a frame later: the rim is kept in by what moves a little, none on what moves fast (rim_art). (At 10,
# every other of the figures' SILHOUETTE_FPS frames, it cost ~1.2 ms a frame at 1080p; at 5, ~0.6)
RIM_PAD = round((RIM_BODY + 1) * RIM_PX[1]) + 2  # px beyond the canvas a figure's alpha is measured
RIM_KEEP = 8  # rim shapes kept (two figures, a few silhouette frames and turns)
RIM_BUDGET = 8 * 1024 * 1024  # bytes of rim shapes and their tinted levels kept, at most (a shape
# is a few thin bands: ~0.3 MB a figure at 1080p, ~1.5 MB filling a close shot)
Rim = tuple[pygame.Surface, pygame.Rect, float]  # (additive sprite, screen rect, depth: the caster's floor)
Bands = list[tuple[pygame.Surface, pygame.Rect]]
U8 = npt.NDArray[np.uint8]


def _slices(shape: tuple[int, ...], sx: int, sy: int) -> tuple[tuple[slice, slice], tuple[slice, slice]] | None:
    """(where, from where): out[where] = a[from where] is a at (x + sx, y + sy); None if nothing overlaps."""
    w, h = shape[0], shape[1]
    xs0, xs1 = max(0, -sx), min(w, w - sx)
    ys0, ys1 = max(0, -sy), min(h, h - sy)
    if xs1 <= xs0 or ys1 <= ys0:
        return None
    return (slice(xs0, xs1), slice(ys0, ys1)), (slice(xs0 + sx, xs1 + sx), slice(ys0 + sy, ys1 + sy))


def _shifted(a: U8, sx: int, sy: int) -> U8:
    """a at (x + sx, y + sy) ((x, y)-indexed, as surfarray gives it): empty beyond the array."""
    out = np.zeros_like(a)
    cut = _slices(a.shape, sx, sy)
    if cut is not None:
        out[cut[0]] = a[cut[1]]
    return out


def rim_alpha(a: U8, direction: tuple[float, float], width: int) -> U8:
    """The rim on coverage `a` (uint8, (x, y)) facing `direction` (a unit vector toward the
    light), `width` px deep, at a's own resolution: 255 at the last pixel before the silhouette
    ends toward the light, falling off over `width` px inward, 0 where the body does not go on
    RIM_BODY x `width` behind it (a thin thing seen edge-on), and never more than `a` itself,
    so it is 0 wherever there is no body: no pixel outside the silhouette is ever lit. An edge
    that faces the light only partly has a narrower rim (it leaves the body later along it).
    (All in uint8 and in place: ~1.5 ms of CPU for a figure filling 740 x 1160 px; `a` only read.)"""
    dx, dy = direction
    part = a // width
    ahead = np.zeros_like(a)  # how much of the next `width` px toward the light is body (0..255)
    for j in range(1, width + 1):
        cut = _slices(a.shape, round(dx * j), round(dy * j))
        if cut is not None:
            np.add(ahead[cut[0]], part[cut[1]], out=ahead[cut[0]])
    # how much less body there is toward the light than here: ~255 at the edge, 0 `width` px in,
    # and 0 along an edge the light only grazes (its soft row is as soft toward the light).
    # (In `part`'s place: two arrays of a's size at most, not four, ~2.6 MB less at line 17's push)
    rim: U8 = part
    np.multiply(part, np.uint8(width), out=rim)
    np.maximum(rim, ahead, out=rim)
    rim -= ahead
    del ahead
    back = round(RIM_BODY * width)  # the body behind, sampled every half width (a gap any
    for j in sorted({max(1, round(back * q / 4)) for q in range(1, 5)}):  # narrower is no thin thing)
        sx, sy = -round(dx * j), -round(dy * j)
        cut = _slices(a.shape, sx, sy)
        if cut is None:
            rim[...] = 0
            break
        keep = rim[cut[0]]
        np.minimum(keep, a[cut[1]], out=keep)
        (x0, x1), (y0, y1) = (cut[0][0].start, cut[0][0].stop), (cut[0][1].start, cut[0][1].stop)
        rim[:x0], rim[x1:], rim[:, :y0], rim[:, y1:] = 0, 0, 0, 0  # the body would go on off the array
    return rim


def _alpha_on(mask: pygame.Surface | U8, rect: pygame.Rect, area: pygame.Rect) -> tuple[U8, pygame.Rect] | None:
    """`screen_alpha` of a mask, or of an (x, y) alpha array already at screen resolution over
    `rect` (the figures' drawn coverage, rim_art): its crop on `area` (of an array, a view: only read)."""
    if not isinstance(mask, np.ndarray):
        return screen_alpha(mask, rect, area)
    r = rect.clip(area)
    if r.w <= 0 or r.h <= 0:
        return None
    out: U8 = mask[r.x - rect.x : r.right - rect.x, r.y - rect.y : r.bottom - rect.y]
    return out, r


def screen_alpha(mask: pygame.Surface, rect: pygame.Rect, area: pygame.Rect) -> tuple[U8, pygame.Rect] | None:
    """The coverage of `mask` (over screen `rect`) on `area`, at screen resolution (uint8, (x, y)).
    A mask coarser than its rect (the figures' are at most MASK_SCALE) is scaled up and its soft
    edge made sharp again about its half-coverage line, within a screen px of the art's own edge:
    the scale-up alone spread it a mask px (up to ~10 screen px in a close-up) past the figure."""
    region = region_alpha(mask, rect, area)
    if region is None:
        return None
    a, at = region
    k = rect.w / max(1, mask.get_width())
    if k > 1.25:  # (made sharp a band of columns at a time: its float copy 4 bytes a px of a band, not the whole)
        for x in range(0, a.shape[0], ALPHA_BAND):
            cols = a[x : x + ALPHA_BAND]
            cols[...] = np.clip((cols.astype(np.float32) - 127.5) * k + 127.5, 0.0, 255.0).astype(np.uint8)
    return a, at


class ColdRim:
    """The window's cold light as a thin rim on the edge of each figure that faces the window.

    The light map is a multiply, at most the art's own colour, and among a dozen flames
    it is near white on the people: the cold light added there showed only as a cooler
    shadow side. A rim is brighter than the surface it lies on, so it is added after
    the light map, like the flames (and hidden behind nearer casters like them). It is
    shaped at screen resolution on the figure's own drawn alpha (game/fx/rim_art.py, set by
    `pose`; the casters' coarse masks otherwise): the pixels from which a step of up to
    RIM_WIDTH room px (2 to 6 screen px) toward the window leaves the figure, brightest at
    the edge (`rim_alpha`). It is never outside the silhouette (it is never more than the
    coverage) and never on an edge turned away. Shaped when the figures' pose or the light
    changes (RIM_POSE_FPS), kept as tinted bands of rows cropped to their lit columns, so a
    frame pays a few small additive blits per figure; its brightness follows the window's
    light at the figure (the rain, the glow).
    """

    def __init__(self) -> None:
        # the last RIM_KEEP shapes, each with its mask by a weak reference (so an id is never
        # mistaken, and the mask is its owner's to keep) and its bytes
        self._shapes: OrderedDict[tuple[int, ...], tuple[weakref.ref[Any], Bands, int]] = OrderedDict()
        self.rims: list[Rim] = []
        self.coverage = Coverage()  # the figures' drawn alpha at screen resolution (game/fx/rim_art.py)
        self._pose: tuple[FigureArt, object, dict[str, Any], float] | None = None

    def pose(self, figures: FigureArt, props: object, states: dict[str, Any], t: float) -> None:
        """The figures as the room draws them this frame (game.room.layers sets it): the rims are
        then shaped on their drawn alpha, not on the coarse silhouettes the casters carry."""
        self._pose = (figures, props, states, t)

    def posed(self) -> tuple[FigureArt, object, dict[str, Any], float] | None:
        """The pose set by `pose` (None: the casters' masks are used)."""
        return self._pose

    def set_pose(self, pose: tuple[FigureArt, object, dict[str, Any], float] | None) -> None:
        """Put back a pose `posed` gave (game/fx/light_ahead.py poses the next shot's, then this one's)."""
        self._pose = pose

    def memory_bytes(self) -> int:
        """Bytes of the rim shapes and the figures' alpha kept (game.memory)."""
        return self.coverage.memory_bytes() + sum(b for _m, _s, b in self._shapes.values())

    def release(self) -> None:
        """Let go of every shape and the figures' alpha kept (the frame's own rims stay: they are
        drawn again until the light map is next built, when they are made anew)."""
        self._shapes.clear()
        self.coverage.release()

    def _shape(self, mask: pygame.Surface | U8, seen: tuple[U8, pygame.Rect] | None, rect: pygame.Rect, turn: int,
               width: int, level: int, screen: pygame.Rect, inset: int = 0) -> Bands:
        """The rim of `mask` (over screen `rect`) facing `turn` sixteenths of a turn, `width`
        screen px deep, shown where `seen` (the same figure less what stands in front of it or
        moves, an alpha over the screen rect it is given on: beyond it, all; None: all of it), at
        brightness `level`, kept `inset` px in from the edge (what moves a little by the next
        pose), as bands on the canvas `screen`."""
        key = (id(mask), id(seen), *rect, turn, width, level, *screen, inset)
        hit = self._shapes.get(key)
        if hit is not None and hit[0]() is mask:
            self._shapes.move_to_end(key)
            return hit[1]
        pad = round((RIM_BODY + 1) * width) + 2  # what lies just off the canvas still shapes the edge on it
        cov = _alpha_on(mask, rect, rect.clip(screen.inflate(2 * pad, 2 * pad)))
        bands: Bands = []
        if cov is not None:
            a, at = cov
            ang = turn * math.pi / 8.0
            dx, dy = math.cos(ang), math.sin(ang)
            rim = rim_alpha(a, (dx, dy), width)
            for j in range(1, inset + 1):  # none where the body ends within `inset` px toward the light
                cut = _slices(a.shape, round(dx * j), round(dy * j))
                if cut is not None:
                    keep = rim[cut[0]]
                    np.minimum(keep, a[cut[1]], out=keep)
            vis = None if seen is None else _alpha_on(seen[0], seen[1], at)
            if vis is not None:
                v, vr = vis
                keep = rim[vr.x - at.x : vr.right - at.x, vr.y - at.y : vr.bottom - at.y]
                np.minimum(keep, v, out=keep)
            on = at.clip(screen).move(-at.x, -at.y)
            rim = rim[on.x : on.right, on.y : on.bottom]
            k = RIM_PEAK * level / RIM_LEVELS_N / 255.0
            tint = np.array([c * k for c in RIM_RGB], dtype=np.float32)
            for y0 in range(0, rim.shape[1], RIM_BAND):
                strip = rim[:, y0 : y0 + RIM_BAND]
                cols = np.nonzero(strip.max(axis=1) > 1)[0]
                if not cols.size:
                    continue
                x0, x1 = int(cols[0]), int(cols[-1]) + 1
                rgb = (strip[x0:x1, :, None] * tint).astype(np.uint8)
                bands.append((pygame.surfarray.make_surface(rgb),
                              pygame.Rect(at.x + on.x + x0, at.y + on.y + y0, x1 - x0, strip.shape[1])))
        size = sum(spr.get_pitch() * spr.get_height() for spr, _ in bands)
        self._shapes[key] = (weakref.ref(mask), bands, size)
        self._trim()
        return bands

    def _trim(self) -> None:
        """Within RIM_KEEP shapes and RIM_BUDGET bytes, the least recently used let go of
        first (never the newest: it is being drawn). A shape whose figure's alpha is gone (a pose
        left behind: the coverage keeps one) can never be asked for again: it goes at once."""
        for key in [k for k, (ref, _b, _n) in self._shapes.items() if ref() is None]:
            del self._shapes[key]
        while len(self._shapes) > RIM_KEEP or (len(self._shapes) > 1 and self.memory_bytes() > RIM_BUDGET):
            self._shapes.popitem(last=False)

    def measure(self, view: View, casters: Sequence[Caster], lights: Sequence[LightSample], cold: RGB,
                screen: pygame.Rect) -> Sequence[tuple[pygame.Surface | U8, tuple[U8, pygame.Rect] | None, pygame.Rect, float, int]]:
        """What `update` shapes the rims on: the posed figures the window lights, measured at
        screen resolution (rim_art keeps the last measures: made ahead, `update` finds it), or
        the `casters`' masks when no pose was given."""
        if self._pose is None:
            return [(m, None, r, f, 0) for m, r, f in casters]
        figures, props, states, t = self._pose
        tq = rim_pose(t)
        lit = self.lit(figures, states, lights, cold)
        return self.coverage.people(figures, props, view, states, tq, tq + 1.0 / RIM_POSE_FPS, screen, RIM_PAD, lit)

    def lit(self, figures: FigureArt, states: dict[str, Any], lights: Sequence[LightSample], cold: RGB) -> set[str]:
        """The figures in `states` the window lights enough for a rim: only these are measured
        (not him across the room)."""
        out = set()
        for cid in states:
            if cid in figures.specs:
                r = figures.room.anchor(cid).rect
                if round(RIM_LEVELS_N * self.strength(keys(lights, r.x + r.w / 2, r.y + r.h / 2, cold, (1.0, 1.0))[1][2])) > 0:
                    out.add(cid)
        return out

    @staticmethod
    def strength(raw: float) -> float:
        """The rim's brightness (0..1) for the window's light `raw` summed at a figure: none
        across the room (below RIM_FROM), rising with the window's light up to RIM_CLEAR, so the
        lighter the rain (the clearer the night), the brighter the edge."""
        gate = min(1.0, max(0.0, (raw - RIM_FROM) / (RIM_FULL - RIM_FROM)))
        return gate * min(1.0, max(0.0, raw / RIM_CLEAR))

    def update(self, view: View, casters: Sequence[Caster], lights: Sequence[LightSample], cold: RGB,
               screen: pygame.Rect) -> None:
        """The rims for this light-map frame (`casters`: the figures' silhouettes, used when no
        `pose` was given; `screen`: the canvas)."""
        self.rims = []
        if RIM_PEAK <= 0.0:
            return
        width = max(RIM_PX[0], min(RIM_PX[1], round(RIM_WIDTH * view.scale)))
        people = self.measure(view, casters, lights, cold, screen)
        for mask, seen, rect, floor, inset in people:
            if rect.w < 8 or rect.h < 8 or not screen.colliderect(rect):
                continue
            cx, cy = view.to_room(rect.centerx, rect.centery)
            kx, ky, raw, _ = keys(lights, cx, cy, cold, (1.0, 1.0))[1]
            level = round(RIM_LEVELS_N * self.strength(raw))
            if level <= 0:
                continue
            turn = round(math.atan2(ky, kx) / (math.pi / 8.0)) % 16
            bands = self._shape(mask, seen, rect, turn, width, level, screen, inset)
            self.rims.extend((spr, where, floor) for spr, where in bands)


def rim_pose(t: float) -> float:
    """The moment the figures' alpha is measured posed at for t (floor(t * RIM_POSE_FPS) / RIM_POSE_FPS)."""
    return math.floor(t * RIM_POSE_FPS) / RIM_POSE_FPS
