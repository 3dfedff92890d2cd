"""The room's tile layers (walls and floor), flattened crisp at the size a shot shows them.

Why: art is rasterized at the size it is shown. The camera's close-ups show the room at
up to 4x (the notebook shot is 480x270 room px on a 1920x1080 canvas), and a 1x
flattening of the tile layer smoothscaled up 4x turns the wallpaper, wainscot and floor
to mush. Every tileset image therefore has a sibling painted at 4x detail by the same
generator (`room-tiles.png` -> `room-tiles@4x.png`, see `tools/make_tileset.py`); the map
and its .tsx keep naming the 1x sheet, so Tiled opens the map as before.

For a shot, `TileBackground.crop` picks the smallest scale (1..4) at which the shot's
part of the room has at least the canvas's pixels, builds just that part from the tile
data at that scale (never the whole 7680x4320 room at 4x, which would be ~130 MB), and
smoothscales it *down* to the canvas (or copies it, when the sizes agree). Scales 2 and 3
are the 4x tiles smoothscaled down, tile by tile. A canvas so large that the shot would
need more than 4x is the one case still upscaled (from the 4x build), since no finer art
exists.

At scale 1 everything matches `game.room.render.load_tile_background` pixel for pixel:
the same background colour, visible tile layers in order, tiles at the map's tile pitch,
horizontal and vertical flips (the diagonal flag is ignored there too), and the same
rounding and clipping of the shot's rectangle as `RoomRenderer._scaled_background`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pygame
import pytmx

from game.camera_fit import filter_step
from game.room.model import Rect, Room
from game.steps import finish

log = logging.getLogger(__name__)

HIRES = 4  # the finest tile art there is: `<sheet>@4x.png` beside every tileset image
CROP_BAND = 128  # rows of tiles rendered at a time when a shot's background is shrunk (see crop)
BACKDROP = (11, 7, 8)  # the room behind the tiles (the map's background colour)
LAY_TOLERANCE = 0.03  # px: how far from where a laid background's px should lie any may (`_laid_axis`)
LAY_STRIP = 64  # columns a laid background scaled up down its height is made in at a time (`laid_steps`)
LAY_REACH = 96  # output px past a laid background's length tried (`_laid_axis`): px made and thrown away

Lay = tuple[tuple[float, float], tuple[float, float]]
"""Where a background lays its tiles, across then down: (a, b) such that where the props draw the
room point x (the background's view, centre of a px), the tiles show the room point a + b * x.
A background laid exactly is ((0, 1), (0, 1)); `crop`'s are off by its rounding of the shot's
rectangle to whole tile px (up to half a tile px) and the smoothscale's whole-px lengths."""


@dataclass(frozen=True)
class _TileRef:
    """Where a tile's pixels are: pytmx's loader hands these out instead of images, so
    the map is parsed once and each scale's images are cut from the right sheet later."""

    image: str  # the tileset image, as pytmx resolved it
    rect: tuple[int, int, int, int] | None  # in the 1x sheet; None: the whole image
    flip_x: bool
    flip_y: bool


def _ref_loader(filename: str, colorkey: Any = None, **_kwargs: Any) -> Any:
    def extract(rect: Any = None, flags: Any = None) -> _TileRef:
        flip_x = bool(flags is not None and flags.flipped_horizontally)
        flip_y = bool(flags is not None and flags.flipped_vertically)
        return _TileRef(filename, tuple(rect) if rect else None, flip_x, flip_y)

    return extract


def hires_path(image: Path) -> Path:
    """The 4x sibling of a tileset image: `room-tiles.png` -> `room-tiles@4x.png`."""
    return image.with_name(f"{image.stem}@{HIRES}x{image.suffix}")


def scale_for(rect: Rect | pygame.Rect, size: tuple[int, int]) -> int:
    """The smallest scale (1..4) at which `rect` (room px) has at least `size` pixels."""
    for scale in range(1, HIRES + 1):
        if round(rect.w * scale) >= size[0] and round(rect.h * scale) >= size[1]:
            return scale
    return HIRES


class TileBackground:
    """The map's visible tile layers, ready to flatten at 1x..4x, whole or one shot's part."""

    def __init__(self, map_path: Path, room: Room) -> None:
        self.map_path = map_path
        self.room = room
        self._tmx: Any = pytmx.TiledMap(str(map_path), image_loader=_ref_loader)
        self._layers: list[Any] = [layer for layer in self._tmx.visible_layers
                                   if isinstance(layer, pytmx.TiledTileLayer)]
        self._sheets: dict[tuple[str, int], pygame.Surface] = {}
        self._images: dict[tuple[int, int], pygame.Surface] = {}

    # -- tile images at a scale ------------------------------------------------------------

    def _sheet(self, image: str, scale: int) -> pygame.Surface:
        """The tileset image at 1x, or its 4x sibling (for any scale > 1); checked once."""
        key = (image, 1 if scale == 1 else HIRES)
        sheet = self._sheets.get(key)
        if sheet is None:
            if key[1] == 1:
                sheet = pygame.image.load(image)
            else:
                one = self._sheet(image, 1)
                path = hires_path(Path(image))
                if path.exists():
                    sheet = pygame.image.load(str(path))
                    want = (one.get_width() * HIRES, one.get_height() * HIRES)
                    if sheet.get_size() != want:
                        raise ValueError(f"{path}: {sheet.get_width()}x{sheet.get_height()} px, "
                                         f"expected {want[0]}x{want[1]} ({HIRES}x {Path(image).name})")
                else:  # keep going, blurry: better than no room
                    log.warning("%s: no %s, so close-ups of its tiles are upscaled", image, path.name)
                    sheet = pygame.transform.smoothscale(one, (one.get_width() * HIRES, one.get_height() * HIRES))
            self._sheets[key] = sheet
        return sheet

    def _image(self, gid: int, scale: int) -> pygame.Surface:
        key = (gid, scale)
        img = self._images.get(key)
        if img is None:
            ref: _TileRef = self._tmx.images[gid]
            sheet = self._sheet(ref.image, scale)
            k = 1 if scale == 1 else HIRES
            if ref.rect is None:
                img = sheet.copy()
            else:
                x, y, w, h = ref.rect
                img = sheet.subsurface(pygame.Rect(x * k, y * k, w * k, h * k)).copy()
            if scale not in (1, HIRES):  # 2x, 3x: the 4x tile, smoothscaled down on its own
                img = pygame.transform.smoothscale(img, (img.get_width() * scale // HIRES,
                                                         img.get_height() * scale // HIRES))
            if ref.flip_x or ref.flip_y:
                img = pygame.transform.flip(img, ref.flip_x, ref.flip_y)
            self._images[key] = img
        return img

    # -- flattening ------------------------------------------------------------------------

    def render(self, area: pygame.Rect, scale: int) -> pygame.Surface:
        """The tile layers over `area`, given in pixels of the room flattened at `scale`.

        Only the tiles that touch `area` are drawn, so a shot's crop costs its own size.
        """
        if not 1 <= scale <= HIRES:
            raise ValueError(f"scale must be 1..{HIRES}, not {scale}")
        surf = pygame.Surface(area.size)
        surf.fill(BACKDROP)
        tw, th = self._tmx.tilewidth * scale, self._tmx.tileheight * scale
        for layer in self._layers:
            x0, y0 = max(0, area.x // tw), max(0, area.y // th)
            x1, y1 = min(layer.width, -(-area.right // tw)), min(layer.height, -(-area.bottom // th))
            for ty in range(y0, y1):
                row = layer.data[ty]
                for tx in range(x0, x1):
                    gid = row[tx]
                    if gid:
                        surf.blit(self._image(gid, scale), (tx * tw - area.x, ty * th - area.y))
        return surf

    def full(self, scale: int) -> pygame.Surface:
        """The whole room at `scale` times its size (scale 4: 7680x4320, ~130 MB)."""
        return self.render(pygame.Rect(0, 0, self.room.width * scale, self.room.height * scale), scale)

    def crop(self, rect: Rect | pygame.Rect, size: tuple[int, int]) -> pygame.Surface:
        """The background of a shot: `rect` (room px) filling a canvas of `size`, built at
        the smallest scale that needs no upscaling (at most 4x) and scaled down to `size`.

        The rectangle is rounded and clipped to the room as the renderer always did.
        """
        return finish(self.crop_steps(rect, size))

    def crop_steps(self, rect: Rect | pygame.Rect, size: tuple[int, int]) -> Generator[None, None, pygame.Surface]:
        """`crop` a band of CROP_BAND rows of tiles a step where it is made in bands (yields between
        them; returns the background): made ahead, a close shot's whole background was one 25 ms
        step in a frame of line 1 (the renderer's `prepare_steps`)."""
        scale, area = self._area(rect, size)
        if size[0] != area.w and size[1] != area.h:  # (scaled along both: up too, a close shot past 4x)
            return (yield from self._shrunk_in_bands(area, scale, size))
        part = self.render(area, scale)
        if part.get_size() == tuple(size):
            return part
        return shrink(part, size)

    def _area(self, rect: Rect | pygame.Rect, size: tuple[int, int]) -> tuple[int, pygame.Rect]:
        """The tile scale `crop` builds `rect` at for `size`, and the tile px it builds (rounded, clipped to the room)."""
        scale = scale_for(rect, size)
        area = pygame.Rect(round(rect.x * scale), round(rect.y * scale), round(rect.w * scale),
                           round(rect.h * scale))
        return scale, area.clip(pygame.Rect(0, 0, self.room.width * scale, self.room.height * scale))

    def lay(self, rect: Rect | pygame.Rect, size: tuple[int, int]) -> Lay:
        """Where `crop(rect, size)` lays its tiles (`Lay`), from the tile px it builds and the px
        the smoothscale puts them at (`_axis_map`), for the view that shows `rect` on `size`
        (game/view.py `camera_view`: `size[0] / rect.w` px per room px along both axes)."""
        scale, area = self._area(rect, size)
        v = size[0] / rect.w
        out = []
        for origin, length, n, at in ((area.x, area.w, size[0], rect.x), (area.y, area.h, size[1], rect.y)):
            c0, step = _axis_map(origin, length, n)
            out.append(((c0 - 0.5 * step - at * v * step) / scale, v * step / scale))
        return out[0], out[1]

    def laid_steps(self, rect: Rect | pygame.Rect, size: tuple[int, int], lay: Lay) -> Generator[None, None, pygame.Surface]:
        """The background of `rect` (room px) on `size` with its tiles laid as `lay` says (another
        background's `lay`) to within LAY_TOLERANCE px (most), a band of CROP_BAND rows a step, then
        the pass down and the px kept. A camera move's large frame continues its settled framing's still
        background so (game/camera.py): `crop`'s own rounding of the frame's box laid its wall up to
        a px off the still's, which the props are drawn to, and the wall jumped at the settle (line
        13: 1.0 px). Along each axis a whole-px box of tiles is smoothscaled to a few px more than
        `size` and the px its tiles' laying asks for are cropped (`_laid_axis`); tile px outside the
        room are its edge's. Holds what `crop_steps` holds, the pass across and the background, but
        for the px thrown away (at 1080p 0.05-0.5 MiB more for a step, line 17 the most: scaled up,
        its pass down is made LAY_STRIP columns at a time, not whole and copied)."""
        scale = scale_for(rect, size)
        v = size[0] / rect.w
        (ix, sx, tx, lx), (iy, sy, ty, ly) = (
            _laid_axis(scale * (a + b * (at + 0.5 / v)), scale * b / v, n)
            for (a, b), at, n in zip(lay, (rect.x, rect.y), size, strict=True))
        wide = (tx - size[0]) * sy <= tx * CROP_BAND  # (the pass across whole, or a band of it and the columns kept)
        across = pygame.Surface((tx if wide else size[0], sy))
        band = None if wide else pygame.Surface((tx, CROP_BAND))
        for y in range(0, sy, CROP_BAND):
            h = min(CROP_BAND, sy - y)
            part = self._clamped(pygame.Rect(ix, iy + y, sx, h), scale)
            if band is None:
                pygame.transform.smoothscale(part, (tx, h), across.subsurface((0, y, tx, h)))
            else:
                pygame.transform.smoothscale(part, (tx, h), band.subsurface((0, 0, tx, h)))
                across.blit(band, (0, y), (lx, 0, size[0], h))
            del part
            yield
        del band
        cols = across.subsurface((lx, 0, size[0], sy)) if wide else across
        made = pygame.Surface(size)
        if ty <= sy:  # (the pass down in place: each row is read ahead of where it is written)
            down = cols.subsurface((0, 0, size[0], ty))
            if ty < sy:
                pygame.transform.smoothscale(cols, down.get_size(), down)
            yield
            made.blit(down, (0, 0), (0, ly, *size))
            return made
        strip = pygame.Surface((LAY_STRIP, ty))  # (scaled up: a strip of columns at a time, each on its own)
        for x in range(0, size[0], LAY_STRIP):
            w = min(LAY_STRIP, size[0] - x)
            pygame.transform.smoothscale(cols.subsurface((x, 0, w, sy)), (w, ty), strip.subsurface((0, 0, w, ty)))
            made.blit(strip, (x, 0), (0, ly, w, size[1]))
        return made

    def _clamped(self, area: pygame.Rect, scale: int) -> pygame.Surface:
        """`render(area, scale)` with the px outside the room copies of the room's nearest px (a
        move's large frame reaches past the room's edge by up to a px: `crop` clipped it there and
        stretched the rest over the frame)."""
        room = pygame.Rect(0, 0, self.room.width * scale, self.room.height * scale)
        spans = [_clamp_axis(area.x, area.w, room.w), _clamp_axis(area.y, area.h, room.h)]
        (x0, x1), (y0, y1) = ((sp[0][2], sp[-1][2] + sp[-1][3]) for sp in spans)
        core = self.render(pygame.Rect(x0, y0, x1 - x0, y1 - y0), scale)
        if (x0, y0, x1 - x0, y1 - y0) == tuple(area):
            return core
        part = pygame.Surface(area.size)
        for dx, w, cx, cw in spans[0]:
            for dy, h, cy, ch in spans[1]:
                src = core.subsurface((cx - x0, cy - y0, cw, ch))
                pygame.transform.scale(src, (w, h), part.subsurface((dx, dy, w, h)))
        return part

    def _shrunk_in_bands(self, area: pygame.Rect, scale: int, size: tuple[int, int]) -> Generator[None, None, pygame.Surface]:
        """`area` rendered at `scale` and smoothscaled to `size`, the same pixels as
        `shrink(self.render(area, scale), size)`: the pass across works row by row, so it is
        made on CROP_BAND rows of tiles at a time into a buffer already `size` wide, and only the
        pass down sees the whole height. The whole render was the largest transient of a close
        shot's background at 1080p (~18 MB at 2x for a 10 MB buffer across). Scaled up (a close
        shot past 4x: her gaze's push, line 17, 4.32x) the same: one smoothscale of the whole
        render made it, a buffer between its passes and the output, ~26 MB at once where this
        holds the pass across's (7-9 MiB) and the output. Yields after each band."""
        across = pygame.Surface((size[0], area.h))
        for y in range(0, area.h, CROP_BAND):
            band = pygame.Rect(area.x, area.y + y, area.w, min(CROP_BAND, area.h - y))
            part = self.render(band, scale)
            pygame.transform.smoothscale(part, (size[0], band.h), across.subsurface((0, y, size[0], band.h)))
            del part
            yield
        return pygame.transform.smoothscale(across, size)


def _axis_map(origin: int, length: int, n: int) -> tuple[float, float]:
    """Along one axis, where pygame's smoothscale of `length` px from tile px `origin` onto `n` px
    puts output px j's centre, in tile px (px k spans [k, k + 1)): (c0, step), c0 + j * step. Its
    shrink averages [j * q, (j + 1) * q) at the filter's fixed-point step (game/camera_fit.py
    `filter_step`); its expand samples (between px centres) at j * (length - 1) / n."""
    if length == n:
        return origin + 0.5, 1.0
    if length > n:
        unit = filter_step()
        q = (unit * length // n) / unit
        return origin + 0.5 * q, q
    return origin + 0.5, (length - 1) / n


def _laid_axis(c0: float, r: float, n: int) -> tuple[int, int, int, int]:
    """Along one axis: a whole-px box of tiles (from `i`, `s` px) smoothscaled to `t` px whose
    output px `lead` .. `lead + n` have their centres at c0 + j * r tile px (j = 0 .. n - 1), as
    near as the filter's whole-px lengths come (the error at the first px set against the last's):
    of those within LAY_TOLERANCE the smallest output (the fewest px made), else the nearest. A
    shrink (r > 1) is laid as camera_fit's `_fit` lays a cut, an expand (a close shot past 4x,
    r < 1) by `_axis_map`'s expand; r == 1 is a plain copy. Near 1 (line 56's 1.0026) no lead
    within LAY_REACH may reach the fraction: the nearest is ~0.1 px off, as `crop`'s was."""
    t = np.arange(n, n + LAY_REACH)
    lead = np.arange(LAY_REACH)[:, None]
    best: tuple[float, tuple[int, int, int, int]] = (math.inf, (round(c0 - 0.5), n, n, 0))
    if abs(r - 1.0) < 1e-12:  # (a copy: the least made, if near enough)
        off = abs(round(c0 - 0.5) + 0.5 - c0)
        best = (-1.0 if off <= LAY_TOLERANCE else off, best[1])
    unit = filter_step()
    for shrinks in (True, False):
        s = np.rint(t * r).astype(np.int64) + (0 if shrinks else 1)
        q = (unit * s // t) / unit if shrinks else (s - 1) / t
        base = (lead + 0.5) * q if shrinks else 0.5 + lead * q
        slope = (n - 1) * (q - r)
        i = np.rint(c0 - base - slope / 2.0)
        e0 = i + base - c0
        err = np.maximum(np.abs(e0), np.abs(e0 + slope)) / r
        err = np.where(err <= LAY_TOLERANCE, (t - n) * 1e-6 - 1.0, err)  # (within it: the fewest px made)
        bad = (t < n + lead) | ((s <= t) if shrinks else (s >= t)) | (s < 2)
        err = np.where(bad, np.inf, err)
        k = int(np.argmin(err))
        a, b = divmod(k, err.shape[1])
        if err[a, b] < best[0]:
            best = (float(err[a, b]), (int(i[a, b]), int(s[b]), int(t[b]), a))
    return best[1]


def _clamp_axis(at: int, length: int, room: int) -> list[tuple[int, int, int, int]]:
    """Along one axis, `length` px from `at` as spans of the room's px (0 .. `room`): (where, how
    many, from room px, how many), the px before the room and after it each its edge px."""
    lo, hi = min(max(at, 0), room - 1), max(min(at + length, room), 1)
    lo, hi = min(lo, hi - 1), max(hi, lo + 1)
    before, after = min(max(lo - at, 0), length), min(max(at + length - hi, 0), length)
    spans = [(0, before, lo, 1)] if before else []
    if length - before - after > 0:
        spans.append((before, length - before - after, at + before, length - before - after))
    if after:
        spans.append((length - after, after, hi - 1, 1))
    return spans


def shrink(part: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """`part` smoothscaled to `size` (the same pixels), its pass across made in place in `part`
    (spent: each row is read ahead of where it is written), so the one call's buffer between its
    two passes is never made: at 1080p a close shot's crop is 12 MB at 2x, its buffer another
    10 MB of fresh pages in the frame that makes it. Only shrinks across take that road."""
    w, h = part.get_size()
    if size[0] >= w or size[1] == h:
        return pygame.transform.smoothscale(part, size)
    across = part.subsurface((0, 0, size[0], h))
    pygame.transform.smoothscale(part, across.get_size(), across)
    return pygame.transform.smoothscale(across, size)


_LOADED: dict[tuple[Path, int, int], TileBackground] = {}


def _loaded(map_path: Path, room: Room) -> TileBackground:
    key = (map_path.resolve(), room.width, room.height)
    bg = _LOADED.get(key)
    if bg is None:
        if len(_LOADED) >= 4:
            _LOADED.clear()
        bg = _LOADED[key] = TileBackground(map_path, room)
    return bg


def tile_background(map_path: Path, room: Room, scale: int) -> pygame.Surface:
    """The map's tile layers flattened into one surface `scale` times the room's size.

    Scale 1 is `load_tile_background`'s surface exactly; scales 2..4 use the 4x tile art.
    """
    return _loaded(map_path, room).full(scale)


def crop_background(map_path: Path, room: Room, rect: Rect | pygame.Rect,
                    size: tuple[int, int]) -> pygame.Surface:
    """The crisp tile background of the shot `rect` (room px) on a canvas of `size` px.

    The parsed map and the cut tiles are kept (for up to four maps), so calling this per
    shot change is cheap; the caller caches the result per shot and canvas size.
    """
    return _loaded(map_path, room).crop(rect, size)

