"""Summing lights into the light map and mapping the sum to 8 bits (split from game/fx/lighting.py,
whose `LightMap.build` sums each light's tinted sprite in floats, `tonemap`s the sum, and whose
figures' side light is added with `add_light`; the same functions, moved unchanged)."""

from __future__ import annotations

import sys

import numpy as np
import numpy.typing as npt
import pygame

RGB = tuple[int, int, int]
Order = tuple[int, int, int]  # the byte of a 32-bit pixel that holds each of R, G and B


def tint(colour: RGB, k: float) -> RGB:
    return (min(255, max(0, round(colour[0] * k))), min(255, max(0, round(colour[1] * k))),
            min(255, max(0, round(colour[2] * k))))


HUE_KEEP = 0.8  # how much of its own hue a light summed to 1.5x saturation keeps (the shoulder whitens the rest)


def channel_max(rgb: npt.NDArray[np.float32], channels: Order = (0, 1, 2)) -> npt.NDArray[np.float32]:
    """The brightest of the three channels of an (x, y, 3) map, as (x, y): the same values as
    `rgb.max(axis=2)`, whose reduction over a 3-long last axis runs element by element (1.2 ms
    on the 1080p light map, half of `tonemap`; this is 0.04). (For the same reason `tonemap` and
    `add_light` work a channel at a time, not broadcast over a 1-long last axis: the same float32
    operations on each value, so the same bytes, 2.4 -> 0.3 ms a light-map frame.)"""
    r, g, b = channels  # (R, G and B at these of the last axis)
    out: npt.NDArray[np.float32] = np.maximum(np.maximum(rgb[..., r], rgb[..., g]), rgb[..., b])
    return out


def tonemap(acc: npt.NDArray[np.float32], pale: npt.NDArray[np.float32] | None = None,
            channels: Order = (0, 1, 2)) -> npt.NDArray[np.uint8]:
    """The summed light `acc` (channels at HEADROOM, unclipped, 255 = saturation) as the 8-bit
    map: each channel through a soft shoulder, 2x - x² (x in units of 255: doubles the dim,
    rolls the bright smoothly into 255, as film would); but where the brightest channel m
    passes saturation, the light is first scaled down by m as a whole, so it keeps its hue, and
    the curve's whitening of the other channels is undone in part (HUE_KEEP) the further it is
    past: a light whose sum is 1.5x saturation reads as its colour, not as a pale cream.

    Clipped per channel (in the 8-bit sum, then the curve), the hearth among a dozen candles
    came out (255, 255, 184): the red stops at the top while the green climbs after it, and
    everything by the fire read olive, lemon when the fire dipped. Now a candle's light summed
    to 1.5x saturation is (255, 189, 104). Where the `pale` patches' glow (the window glass, a
    pale surface shining by itself) adds to it, the sum whitens as before.

    `acc` and `pale` may hold their R, G and B at `channels` of their last axis (`rows`' order, a fourth
    value unread); the map returned is (..., 3), R, G and B."""
    x = acc / np.float32(255.0)
    m = channel_max(x, channels)
    over = np.clip(2.0 * (m - np.float32(1.0)), 0.0, 1.0)
    scale = np.maximum(m, np.float32(1.0))
    if pale is not None:  # not on the glowing patches (the window glass): pale, they whiten as before
        own = np.clip(channel_max(pale, channels) / np.float32(64.0), 0.0, 1.0)
        over *= np.float32(1.0) - own
        scale += (np.float32(1.0) - scale) * own
    back = np.float32(HUE_KEEP) * over
    out: npt.NDArray[np.uint8] = np.empty((*acc.shape[:-1], 3), np.uint8)
    for c in range(3):  # (a channel at a time: see channel_max)
        u = np.minimum(x[..., channels[c]] / scale, np.float32(1.0))
        y = u * (np.float32(2.0) - u)
        y -= (y - u) * back  # the curve's whitening undone, as far as the light is over
        out[..., c] = y * np.float32(255.0) + np.float32(0.5)
    return out


def add_light(small: pygame.Surface, light: pygame.Surface, at: tuple[int, int]) -> None:
    """Add `light` into the built map `small` at map px `at`, a sum past 255 scaled back as a
    whole (its hue kept) rather than clipped per channel: the figures' warm side light added
    over the near-white map by the fire clipped the red and raised the green, a lemon rim on
    the armchair and his near side."""
    box = pygame.Rect(at, light.get_size()).clip(small.get_rect())
    if box.w <= 0 or box.h <= 0:
        return
    chan = order(small)
    if chan is not None and order(light) == chan:  # (a row of bytes at a time: `rows`)
        dst = rows(small)[box.y : box.bottom, box.x : box.right]
        src = rows(light)[box.y - at[1] : box.bottom - at[1], box.x - at[0] : box.right - at[0]]
    else:
        chan = (0, 1, 2)
        dst = pygame.surfarray.pixels3d(small)[box.x : box.right, box.y : box.bottom]
        src = pygame.surfarray.pixels3d(light)[box.x - at[0] : box.right - at[0], box.y - at[1] : box.bottom - at[1]]
    total = dst.astype(np.float32) + src
    over = np.maximum(channel_max(total, chan) / np.float32(255.0), np.float32(1.0))
    for c in chan:  # (a channel at a time: see channel_max)
        dst[..., c] = total[..., c] / over + np.float32(0.5)
    del dst, src


def order(surface: pygame.Surface) -> Order | None:
    """Which byte of `surface`'s pixels holds R, G and B (None: not 32 bits a pixel, or a channel that is
    not one whole byte)."""
    if surface.get_bytesize() != 4:
        return None
    shifts, masks = surface.get_shifts()[:3], surface.get_masks()[:3]
    if any(shift % 8 or mask != 0xFF << shift for shift, mask in zip(shifts, masks, strict=True)):
        return None  # (a channel not a whole byte: 10-10-10-2)
    r, g, b = (shift // 8 for shift in shifts)
    if sys.byteorder == "big":
        r, g, b = 3 - r, 3 - g, 3 - b
    return r, g, b


def rows(surface: pygame.Surface) -> npt.NDArray[np.uint8]:
    """A 32-bit `surface`'s pixels as a (height, width, 4) view, a row at a time, the bytes as they lie
    (their channels at `order`). numpy adds, multiplies and copies such a view a row of bytes at a
    time; through `surfarray.pixels3d` (x first, 3 of every 4 bytes) it went a value at a time: the
    sum of a light map's ~15 lights took 1.9 ms a light frame at line 1 at 1080p, 0.9 this way (measured
    with line_profiler, four updates a frame)."""
    w, h = surface.get_size()  # (a row of 32-bit px seen as its bytes; the surface locked while the view lives)
    view: npt.NDArray[np.uint8] = pygame.surfarray.pixels2d(surface).T.view(np.uint8).reshape(h, w, 4)
    return view


def in_order(surface: pygame.Surface, channels: Order) -> npt.NDArray[np.uint8]:
    """A 32-bit `surface`'s pixels as `rows` gives them, their R, G and B at `channels` (a copy if its
    own bytes are in another order)."""
    px = rows(surface)
    mine = order(surface)
    if mine == channels:
        return px
    assert mine is not None, "a 32-bit surface"
    out = np.zeros(px.shape, np.uint8)
    for c in range(3):
        out[..., channels[c]] = px[..., mine[c]]
    return out


def _accumulate(acc: npt.NDArray[np.float32], sprite: pygame.Surface, at: tuple[int, int],
                channels: Order | None = None) -> None:
    """Add `sprite` into the float map `acc` with its top-left at map px `at`: `acc` is (x, y, rgb),
    or with `channels` (h, w, 4), its bytes' order (`rows`; `sprite`'s R, G and B put there if its own
    bytes are in another order)."""
    w, h = (acc.shape[1], acc.shape[0]) if channels is not None else acc.shape[:2]
    x0, y0 = max(0, at[0]), max(0, at[1])
    x1, y1 = min(w, at[0] + sprite.get_width()), min(h, at[1] + sprite.get_height())
    if x1 <= x0 or y1 <= y0:
        return
    if channels is None:
        px = pygame.surfarray.pixels3d(sprite)
        acc[x0:x1, y0:y1] += px[x0 - at[0] : x1 - at[0], y0 - at[1] : y1 - at[1]]
        del px
        return
    if order(sprite) is None:  # (not 32 bits a pixel: its R, G and B added one by one)
        px = pygame.surfarray.pixels3d(sprite)[x0 - at[0] : x1 - at[0], y0 - at[1] : y1 - at[1]]
        for c in range(3):
            acc[y0:y1, x0:x1, channels[c]] += px[..., c].T
        del px
        return
    src = in_order(sprite, channels)  # (its own rows when its bytes are in that order: a view)
    acc[y0:y1, x0:x1] += src[y0 - at[1] : y1 - at[1], x0 - at[0] : x1 - at[0]]
    del src


def _share(acc: npt.NDArray[np.float32], own: tuple[pygame.Surface, tuple[int, int]] | None,
           x: int, y: int, channels: Order | None = None) -> float:
    """The part of the summed light `acc` at map px (x, y) that one flame gives (its tinted
    sprite `own` and where it lies): 0 off its sprite or off the map. A shadow can only take
    away the light its own flame gives: the three candles on the side table by the hearth,
    1000 px from the wall beside the clock and a few % of its light there, each took 42 % of
    all of it (the table candle's too) where they threw his head, and it sat there as a near
    black stain (review8 #12). (`acc` as `_accumulate` takes it.)"""
    w, h = (acc.shape[1], acc.shape[0]) if channels is not None else acc.shape[:2]
    if own is None or not (0 <= x < w and 0 <= y < h):
        return 0.0
    spr, at = own
    sx, sy = x - at[0], y - at[1]
    if not (0 <= sx < spr.get_width() and 0 <= sy < spr.get_height()):
        return 0.0
    r, g, b, _a = spr.get_at((sx, sy))
    total = float((acc[x, y] if channels is None else acc[y, x, list(channels)]).sum())
    return min(1.0, (r + g + b) / total) if total > 0.0 else 0.0


class Sum:
    """The light map's lights summed in float32, unclipped (a dozen candles and the hearth clip the red
    channel long before the green, and the clipped 8-bit sum turned the firelight lemon), over a map the
    size of `small` that `toned` writes: a row of the map's own bytes at a time (`rows`; R, G and B at
    its `order` of 4, the fourth summed and never read), or x first for a map not 32 bits a pixel."""

    def __init__(self, small: pygame.Surface, base: RGB) -> None:
        self.small = small
        self.chan = order(small)
        w, h = small.get_size()
        if self.chan is None:
            self.acc = np.empty((w, h, 3), np.float32)
            self.acc[...] = base
        else:
            self.acc = np.empty((h, w, 4), np.float32)
            value = [0, 0, 0, 0]
            for c in range(3):
                value[self.chan[c]] = base[c]
            self.acc[...] = value

    def _pixels(self, surface: pygame.Surface) -> npt.NDArray[np.uint8]:
        """`surface` (the map's size) laid out as the sum is."""
        return pygame.surfarray.pixels3d(surface) if self.chan is None else in_order(surface, self.chan)

    def add(self, sprite: pygame.Surface, at: tuple[int, int]) -> None:
        """Add `sprite` with its top-left at map px `at`."""
        _accumulate(self.acc, sprite, at, self.chan)

    def share(self, own: tuple[pygame.Surface, tuple[int, int]] | None, x: int, y: int) -> float:
        """The part of the sum at map px (x, y) that one flame gives (`_share`)."""
        return _share(self.acc, own, x, y, self.chan)

    def times(self, cover: pygame.Surface) -> None:
        """The sum multiplied by `cover` (255: all of it kept)."""
        self.acc *= self._pixels(cover) / np.float32(255.0)

    def glow(self, glow: pygame.Surface) -> npt.NDArray[np.float32]:
        """Add `glow` (the pale patches' light) to the sum; it, as summed (`toned`'s `pale`)."""
        pale: npt.NDArray[np.float32] = self._pixels(glow).astype(np.float32)
        self.acc += pale
        return pale

    def toned(self, pale: npt.NDArray[np.float32] | None) -> pygame.Surface:
        """The sum tone-mapped (`tonemap`) into the map: `small`."""
        if self.chan is None:
            pygame.surfarray.pixels3d(self.small)[...] = tonemap(self.acc, pale)
            return self.small
        mapped = tonemap(self.acc, pale, self.chan)
        px = rows(self.small)
        for c in range(3):
            px[..., self.chan[c]] = mapped[..., c]
        del px
        return self.small
