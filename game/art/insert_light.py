"""The room's light on a close shot: a warm key from the nearest flame's side, a cool fill.

An insert is drawn as if under white light; this module says how the room lights it at
the place the close-up shows (the insert shot's rectangle in scenes/room.tmx). The
strongest warm light there (a candle or the hearth, each already flickering in the
room's `LightSample`s) is the key: it comes from its side of the frame and brightens
and dims with that flame, so the close-up breathes with the wide shot's light. The
window's cold blue is the fill from the other side; the room's ambient keeps the
shadow side from going black. The result is a multiply map (plus a faint warm lift for
the golden glow of the ending): chiaroscuro, warm against cold (DESIGN.md §4). The map's level
brings the drawings (painted ~1.55x the wides' lit skin) to the wides' colours; the drawing's
near-white points keep their white through it (`apply_light`).

An insert that shows its own flame (a part drawn in `flame.svg`, as the gaze's candle
between the two faces) is keyed from that flame instead: a pool of light around the
part's pivot (`key_at`), bright on what faces it (the near sides of both faces) and
falling off into shadow behind, with the room's side key only a faint second light.
One key from a side would light one face and leave the other, nearer the flame, dull.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.lighting import LightSample

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class InsertLight:
    """key_side: -1 the key comes from the left, +1 from the right. Strengths ~0..1.5.
    key_at: where the key's flame is in the insert (design pixels, 1920x1080), or None for a
    key from `key_side` (see `from_flame`)."""

    key_side: int
    key_rgb: RGB
    key: float
    fill_rgb: RGB
    fill: float
    ambient: RGB
    glow: float = 0.0
    key_at: tuple[float, float] | None = None
    centre: float = 0.5  # where across the frame (0 left, 1 right) the subject's middle is: a side key's ramp centres there

    def glow_rgb(self) -> RGB:
        g = max(0.0, min(1.0, self.glow))
        return (round(26 * g), round(16 * g), round(4 * g))


class _Placed(Protocol):
    @property
    def svg(self) -> Path: ...

    @property
    def pivot(self) -> tuple[float, float]: ...


FLAME = "flame"  # an insert's part drawn in flame.svg is its own light: the key is at its pivot
DESIGN_W, DESIGN_H = 1920, 1080  # the inserts' design canvas (game/art/inserts.py DESIGN)
POOL = 0.25  # a flame's pool of light: its falloff's half-point, in frame widths from the flame
FAINT_SIDE = 0.15  # in a flame's light, the room's side key as a share of a side-lit insert's
BOUNCE = 0.22  # on a side-lit insert, the flame's deep warm half-light on the far side (share of the key):
# without it the far side was lit by the cool fill and the ambient only, and skin there went dead grey
# (line 64: her forearm lum 39 b/r 0.67 beside his 110 b/r 0.44 from the same candle; line 62 her hand)
FLAME_FULL = 1.1  # a flame in the insert lights it fully at this key (a candle at arm's length)


def from_flame(light: InsertLight, parts: Iterable[_Placed]) -> InsertLight:
    """`light` keyed from the insert's own flame (the pivot of its part drawn in flame.svg), if
    it shows one; otherwise `light` as it is (the key from the side of the room's flame), its ramp
    centred on the subject if the insert's insert.toml says where it is (`light_centre`)."""
    parts = list(parts)
    at = next((p.pivot for p in parts if p.svg.stem == FLAME), None)
    if at is not None:
        return replace(light, key_at=(float(at[0]), float(at[1])))
    centre = _light_centre(parts[0].svg.parent / "insert.toml") if parts else None
    return light if centre is None else replace(light, centre=centre)


@functools.lru_cache(maxsize=16)
def _light_centre(toml: Path) -> float | None:
    """An insert's `light_centre = x` (a fraction of the frame's width), read once: a close-up whose
    subject is off the middle (her face at line 15, left of it) has its side key turn across her face,
    not across the empty middle of the frame, which left her lit cheek at 0.85 of the wide's."""
    try:
        value = tomllib.loads(toml.read_text(encoding="utf-8")).get("light_centre")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < value < 1.0:
        return None
    return float(value)


def _reach(s: LightSample, x: float, y: float) -> float:
    d = ((s.x - x) ** 2 + (s.y - y) ** 2) ** 0.5
    return s.intensity * max(0.0, 1.0 - d / max(1.0, s.radius)) ** 1.5 if s.radius > 0 else 0.0


def _is_cool(rgb: RGB) -> bool:
    return rgb[2] > rgb[0]


def key_side(lights: Sequence[LightSample], x: float, y: float) -> int:
    """The side (-1 left, +1 right) the warm lights pull towards at (x, y), each by its reach.
    Given the room's lights unflickered, so a close-up near the middle never flips sides."""
    pull = sum(_reach(s, x, y) * (s.x - x) / max(1.0, abs(s.x - x) + abs(s.y - y))
               for s in lights if not _is_cool(s.colour))
    return 1 if pull >= 0 else -1


def light_at(lights: Sequence[LightSample], x: float, y: float, ambient: RGB, glow: float = 0.0,
             side: int | None = None) -> InsertLight:
    """How the lights light the room point (x, y): key, fill and ambient; `side` fixes the
    key's side (default: where the given lights pull, see `key_side`)."""
    warm = [(s, _reach(s, x, y)) for s in lights if not _is_cool(s.colour)]
    cool = [(s, _reach(s, x, y)) for s in lights if _is_cool(s.colour)]
    warm = [w for w in warm if w[1] > 0] or [(s, 0.05) for s in lights if not _is_cool(s.colour)][:1]
    key_s, strongest = max(warm, key=lambda w: w[1]) if warm else (None, 0.0)
    key = min(KEY_MAX, 0.6 + 0.45 * strongest + 0.12 * (sum(r for _, r in warm) - strongest))
    side = side if side is not None else key_side(lights, x, y)
    key_rgb = key_s.colour if key_s is not None else (255, 179, 92)
    fill_s, fill_r = max(cool, key=lambda c: c[1]) if cool else (None, 0.0)
    fill_rgb = fill_s.colour if fill_s is not None else (58, 90, 140)
    return InsertLight(side, key_rgb, key, fill_rgb, min(1.0, 0.35 + fill_r), ambient, glow)


KEY_MAX = 1.4  # the brightest key `light_at` gives; maps are built at it and dimmed per frame


def full_key(light: InsertLight) -> float:
    """The key `light`'s map is built at, dimmed per frame by `flicker_rgb`: the room's brightest
    for a side key; for the insert's own flame the key at which it lights what faces it fully
    (the room's key, its flicker, only dims it below that: at KEY_MAX the near side of a face
    by a candle could never pass three quarters of its colour)."""
    return KEY_MAX if light.key_at is None else FLAME_FULL


class LightMaps:
    """Multiply maps by light shape and size. Building one costs ~30 ms at 1080p, so a map is
    made once for a light's side and colours (at full key) and each frame only dims it by
    the flame's flicker (`flicker_rgb`), a 2 ms fill."""

    def __init__(self, keep: int = 4) -> None:
        self.keep = keep
        self._maps: dict[tuple[object, ...], pygame.Surface] = {}

    def held(self) -> bool:
        """Whether any map is kept."""
        return bool(self._maps)

    def get(self, light: InsertLight, size: tuple[int, int]) -> pygame.Surface:
        amb = tuple(4 * round(c / 4) for c in light.ambient)
        key = (light.key_side, light.key_rgb, light.fill_rgb, round(light.fill, 2), amb, size, light.key_at,
               light.centre)
        m = self._maps.get(key)
        if m is None:
            full = InsertLight(light.key_side, light.key_rgb, full_key(light), light.fill_rgb, light.fill,
                               (amb[0], amb[1], amb[2]), key_at=light.key_at, centre=light.centre)
            while self._maps and len(self._maps) >= self.keep:  # (before the new one is made: the map it
                self._maps.pop(next(iter(self._maps)))  # replaces, a canvas, was held beside it, +7.9 MiB at line 19)
            m = self._maps[key] = light_surface(full, size)
        return m


BREATH = 0.2  # how much of the map's light the flame's flicker can take away (at no key at all)


def flicker_rgb(light: InsertLight) -> RGB:
    """The per-frame dimming of a full-key map: the flame breathing, not the room's distance to it.
    The map already holds the light's level (`KEY_LEVEL`), so the flicker only takes up to BREATH
    of it away: dimming by the key against its maximum put the tear (line 68) at 58 % of its map,
    its skin far darker than the wides' and its eyes' specular points grey."""
    v = round(255 * (1.0 - BREATH * (1.0 - max(0.0, min(1.0, light.key / full_key(light))))))
    return (v, v, v)


HIGHLIGHT = 232  # a drawn pixel whose every channel is at least this is a highlight (a specular point, a flame)
HIGHLIGHT_STEP = 3  # highlights are found on every 3rd pixel across and down (a ninth of the reads: ~1 ms at 1080p) ...
HIGHLIGHT_REACH = 3  # ... each find's pixels this far round are read, and what lies this far round a
# near-white one among them is restored (a point 3 px wide is never missed)
HIGHLIGHT_SPAN = 2 * HIGHLIGHT_REACH  # how far from a pixel what decides whether it is restored can lie
HIGHLIGHT_KEEP = 0.9  # of its drawn colour, the least a highlight keeps under the light
# A drawn pixel can only be a highlight where some part drawn there is near white: every blit of a
# part (faded, turned, zoomed) lays a mix of its own pixels and what lies under it, never brighter
# than the brighter of the two (a level of rounding at most: BRIGHT leaves eight). So the search
# looks only where a part holds a pixel this bright (`bright_box`): at 1080p the kiss's are a 5 px
# glint in her eye and a strip of his collar, not the 2.3 Mpx frame (0.8 ms a frame).
BRIGHT = HIGHLIGHT - 8


def apply_light(surface: pygame.Surface, light_map: pygame.Surface, light: InsertLight,
                origin: tuple[int, int] = (0, 0), where: Sequence[pygame.Rect] | None = None) -> None:
    """Light a drawn insert in place: multiply by `light_map` dimmed by the flame's flicker (plus the
    golden glow's lift), then give the drawing's near-white points back their white. A multiply
    dims a highlight as much as the skin round it, and the drawings are painted a half brighter
    than the wides' lit skin: at the skin's level an eye's specular point came out grey (line 68,
    luminance 100-145). Only the few highlight pixels are read and written, no full-frame copy.
    `surface` shows the map's canvas from `origin` on (a crop drawn straight: game/camera.py).
    `where`: the only rects of `surface` that may hold a highlight (`bright_box`; None: anywhere)."""
    found = _highlights(surface, origin, where)
    surface.blit(light_map, (-origin[0], -origin[1]), special_flags=pygame.BLEND_RGB_MULT)
    surface.fill(flicker_rgb(light), special_flags=pygame.BLEND_RGB_MULT)
    if light.glow > 0.0:
        surface.fill(light.glow_rgb(), special_flags=pygame.BLEND_RGB_ADD)
    if found is not None:
        _restore(surface, *found)


Points = tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.uint8], npt.NDArray[np.float32]]


def bright_box(img: pygame.Surface) -> pygame.Rect | None:
    """The box of `img`'s pixels that could make a highlight (blue at least BRIGHT, not transparent),
    or None: a part without one can never put a highlight on the frame (`_highlights`)."""
    hi = pygame.surfarray.pixels_blue(img) >= BRIGHT
    if img.get_flags() & pygame.SRCALPHA:
        hi &= pygame.surfarray.pixels_alpha(img) > 0
    cols, rows = np.flatnonzero(hi.any(axis=1)), np.flatnonzero(hi.any(axis=0))
    if cols.size == 0:
        return None
    return pygame.Rect(int(cols[0]), int(rows[0]), int(cols[-1] - cols[0]) + 1, int(rows[-1] - rows[0]) + 1)


def _grid(surface: pygame.Surface, x0: int, y0: int, where: Sequence[pygame.Rect] | None) -> tuple[
        npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """The search grid's points (every HIGHLIGHT_STEP px from (`x0`, `y0`)) whose blue is at least
    HIGHLIGHT, within the rects `where` (None: the whole surface), as surface px."""
    s = HIGHLIGHT_STEP
    blue = pygame.surfarray.pixels_blue(surface)
    w, h = surface.get_size()
    boxes = [(0, 0, w, h)] if where is None else [tuple(r.clip(0, 0, w, h)) for r in where]
    found_x, found_y = [], []
    for bx, by, bw, bh in boxes:
        if bw <= 0 or bh <= 0:
            continue
        gx, gy = bx + (x0 - bx) % s, by + (y0 - by) % s  # the first grid point in the box
        grid = blue[gx:bx + bw:s, gy:by + bh:s] >= HIGHLIGHT
        cols = np.flatnonzero(grid.any(axis=1))  # the few grid columns holding one: nonzero over the whole grid
        if cols.size == 0:  # was most of the search's cost (0.45 of 0.65 ms at 1080p)
            continue
        sx, hy = np.nonzero(grid[cols])
        found_x.append(cols[sx] * s + gx)
        found_y.append(hy * s + gy)
    del blue
    if not found_x:
        return np.empty(0, np.intp), np.empty(0, np.intp)
    return np.concatenate(found_x), np.concatenate(found_y)


def _highlights(surface: pygame.Surface, origin: tuple[int, int] = (0, 0),
                where: Sequence[pygame.Rect] | None = None) -> Points | None:
    """Where a highlight is given back, the drawing's colour there and how near the highlight's white it
    is (1 on a near-white pixel, falling to 0 HIGHLIGHT_REACH + 1 px away): (xs, ys, rgb, near) at full
    resolution, or None.
    The grid (blue alone, a ninth of the pixels) only says where to look: each pixel within
    HIGHLIGHT_REACH of a grid find is read, and what is restored is every pixel within HIGHLIGHT_REACH
    of one of those that is near white in every channel (HIGHLIGHT), less the further it is (no
    square edge round a glint where the restore stops). So what is given back depends on
    the drawing, not on where the grid fell on it: a pale rim drawn along a contour (his profile's
    (220, 228, 242) at line 73), not white but blue enough for the grid, was restored in the 7 px
    squares round the grid's finds wherever any highlight was in the frame (her pearl's glint), and came
    out a dashed pale line along his forehead, its dashes crawling as the heads moved.
    The search's grid keeps to the insert's canvas, of which `surface` shows the part from `origin`
    on, and to the rects `where` (None: everywhere)."""
    w, h = surface.get_size()
    s = HIGHLIGHT_STEP
    gx, gy = _grid(surface, -origin[0] % s, -origin[1] % s, where)
    if gx.size == 0:
        return None
    px = pygame.surfarray.pixels3d(surface)
    xs, ys, _ = _nearness(gx, gy, w, h)
    white = px[xs, ys].min(axis=1) >= HIGHLIGHT
    if not white.any():
        del px
        return None
    xs, ys, far = _nearness(xs[white], ys[white], w, h)
    rgb = px[xs, ys].copy()
    del px
    return xs, ys, rgb, (1.0 - far / np.float32(HIGHLIGHT_REACH + 1)).astype(np.float32)


PATCH_GAP = 64  # points at most this far apart across share a patch (over 2 * HIGHLIGHT_REACH: patches never overlap)


def _nearness(xs: npt.NDArray[np.intp], ys: npt.NDArray[np.intp], w: int, h: int) -> tuple[
        npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Every pixel of a `w` x `h` surface within HIGHLIGHT_REACH of one of (xs, ys) (listed any number of
    times), once, and how far it is from the nearest (the larger of across and down): the points marked
    on patches, one a run of columns they reach, grown a pixel at a time (sorting 49 entries a point
    cost the tear's frame +1.6 ms for its 1400 near-white pixels; one patch over the gaze's glint and
    its candle, far apart, +0.6 ms)."""
    r = HIGHLIGHT_REACH
    cols = np.zeros(w, bool)
    cols[xs] = True
    used = np.flatnonzero(cols)  # the columns holding a point, in order
    cut = np.flatnonzero(np.diff(used) > PATCH_GAP)
    out: list[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]] = []
    for a, b in zip(used[np.r_[0, cut + 1]].tolist(), used[np.r_[cut, used.size - 1]].tolist(), strict=True):
        mine = (xs >= a) & (xs <= b)
        gx, gy = xs[mine], ys[mine]
        x0, x1 = max(0, int(gx.min()) - r), min(w, int(gx.max()) + r + 1)
        y0, y1 = max(0, int(gy.min()) - r), min(h, int(gy.max()) + r + 1)
        grown = [np.zeros((x1 - x0, y1 - y0), bool)]
        grown[0][gx - x0, gy - y0] = True
        for _ in range(r):
            grown.append(_grow(grown[-1]))
        px, py = np.nonzero(grown[-1])
        held = np.stack([g[px, py] for g in grown]).sum(axis=0, dtype=np.intp)  # by how many grown masks
        out.append((px + x0, py + y0, np.asarray((r + 1) - held, np.intp)))
    xs_, ys_, far = (np.concatenate(a) for a in zip(*out, strict=True))
    return xs_, ys_, far


def _grow(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """`mask` and every pixel next to one of it, across, down or diagonally."""
    across = mask.copy()
    across[1:] |= mask[:-1]
    across[:-1] |= mask[1:]
    out = across.copy()
    out[:, 1:] |= across[:, :-1]
    out[:, :-1] |= across[:, 1:]
    return out


def _restore(surface: pygame.Surface, xs: npt.NDArray[np.intp], ys: npt.NDArray[np.intp],
             rgb: npt.NDArray[np.uint8], near: npt.NDArray[np.float32]) -> None:
    """Bring each found pixel back toward its drawn colour as far as it was white and as `near` as it is
    to the highlight's white: a highlight's soft edge (its drawn colour falling from white to the iris)
    blends back into the lit pixels round it."""
    px = pygame.surfarray.pixels3d(surface)
    lit = px[xs, ys].astype(np.float32)
    drawn = rgb.astype(np.float32)
    white = (np.clip((drawn.min(axis=1) - 170.0) / (HIGHLIGHT - 170.0), 0.0, 1.0) * near)[:, None]
    px[xs, ys] = np.round(lit + white * np.maximum(0.0, HIGHLIGHT_KEEP * drawn - lit)).astype(np.uint8)
    del px


MAP_GRID = (160, 36)  # the light map's samples across and down (12 px apart across at 1080p, 30 down)


KEY_LEVEL = 0.64  # what the key at full multiplies the side facing it by: the drawings are painted about
# 1.55x the wides' lit skin (her cheek drawn (229,164,133), lit in the wide (147,90,58)), so this brings
# a close-up's lit cheek to the wide's; at a clipped 1.4 dimmed by the flicker it came out pale and grey
SIDE_LIFT = 1.1  # a side key's level over KEY_LEVEL: its ramp across the frame leaves a close face's
# lit cheek at ~0.8 of the ramp's top (lines 15, 19, 68), where a flame's pool is at its full
FLAME_FAR = 0.3  # in a flame's pool, what is a head's width further keeps this share: the candle between
# the faces (line 24) models each profile, near cheek lit, ear in shadow, hair at the frame's edge ~2.3x darker
FLAME_LIFT = 1.1  # a face at arm's length from the flame is lit a little more than by the room's key
RAMP = 0.3  # a side key turns from the far side to the lit across this far either side of the subject's
# middle (`InsertLight.centre`): a ramp over the whole width left a close face's cheeks within 10 % of each other
VIGNETTE = 0.25  # the top and bottom edges lose this share of the light (no edge over ~2x darker than the middle)
FAR = 0.3  # the far side keeps this share of the lit side's light (with the warm bounce): a form in
# shadow, never the 4.5x fall-off that hid her hair at the gaze's frame edge (line 24)


def light_surface(light: InsertLight, size: tuple[int, int]) -> pygame.Surface:
    """The multiply map for one frame, at `size`: warm and brightest on the key side, darker and cooler
    on the far side, a little darker at the top and bottom edges (a vignette, at most ~1.5x). With a
    flame in the insert (`key_at`), the key is a pool of warm light around it instead, the room's
    side key a faint second light. The map never clips: its brightest is the key's colour at
    `KEY_LEVEL` times `light.key` / `full_key` (a clipped map went white and the flicker then greyed it).
    Sampled on a grid of MAP_GRID then scaled up: smoothscale joins the
    samples with straight ramps, and on a 48-wide grid each ramp's bend (every 40 px) showed across a
    close face as faint upright stripes (line 68, the tear: along the nose's bridge)."""
    w, h = MAP_GRID
    kc = np.array(_toward_white(light.key_rgb, 0.55), dtype=np.float64) / 255.0
    fc = np.array(_toward_white(light.fill_rgb, 0.25), dtype=np.float64) / 255.0
    ac = np.array(light.ambient, dtype=np.float64) / 255.0
    x = np.linspace(0.0, 1.0, w)[:, None]   # (w, 1): across
    y = np.linspace(0.0, 1.0, h)[None, :]   # (1, h): down
    toward = x if light.key_side > 0 else 1.0 - x
    mid = light.centre if light.key_side > 0 else 1.0 - light.centre
    ramp = np.clip((toward - mid + RAMP) / (2 * RAMP), 0.0, 1.0)
    side = ramp * ramp * (3 - 2 * ramp)
    near = side * np.ones_like(y) if light.key_at is None else \
        np.minimum(1.0, _pool(light.key_at, x, y) + FAINT_SIDE * side)
    level = KEY_LEVEL * min(1.0, light.key / full_key(light))
    if light.key_at is None:
        level *= SIDE_LIFT
    ff = light.fill * 0.2 * (1.0 - near)  # the window's cool light, on the far side only
    v = 1.0 - VIGNETTE * (2 * y - 1) ** 4
    far = FAR if light.key_at is None else FLAME_FAR
    if light.key_at is not None:
        level *= FLAME_LIFT
    rgb = (0.35 * ac + level * kc * (far + (1.0 - far) * near)[..., None]
           + level * BOUNCE * _deep(light.key_rgb) * (1.0 - near)[..., None] + fc * ff[..., None]) * v[..., None]
    small = pygame.surfarray.make_surface(np.clip(np.round(255 * rgb), 0, 255).astype(np.uint8))
    return pygame.transform.smoothscale(small, size)


def _pool(at: tuple[float, float], x: npt.NDArray[np.float64], y: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """A flame's light at (x, y) (fractions of the frame, broadcast arrays), 1 at the flame: flat near
    it, then falling off steeply past `POOL` frame widths, so what faces the flame is lit and what is a
    head's width further is in shadow."""
    d = np.hypot(x * DESIGN_W - at[0], y * DESIGN_H - at[1]) / DESIGN_W
    return 1.0 / (1.0 + (d / POOL) ** 8)


def _deep(rgb: RGB) -> npt.NDArray[np.float64]:
    """The flame's own colour, not whitened: the half-light a candle leaves on the side of a form
    away from it is deeper and redder than its highlight, never grey."""
    return np.array(rgb, dtype=np.float64) / 255.0


def _toward_white(rgb: RGB, amount: float) -> RGB:
    return (round(rgb[0] + (255 - rgb[0]) * amount), round(rgb[1] + (255 - rgb[1]) * amount),
            round(rgb[2] + (255 - rgb[2]) * amount))
