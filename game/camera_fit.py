"""A camera move's cut fitted to whole pixels, one axis at a time (split from game/camera.py, moved
unchanged): how many large px the cut reads and to how many canvas px it shrinks, so that the
shrink's own scale is the move's to within FIT_TOLERANCE, and where the canvas's first pixel lies;
and the large frame the cut is made from, on the light map's grid (`large_frame`); both axes' cut and
whether it is a plain crop of the large frame (`_axes`, `_crop`: moved from game/camera.py unchanged)."""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.fx.lighting import DOWNSCALE
from game.view import Box, Move


def _span(need: float, k: float, most: int) -> int:
    """A whole number of large px >= `need` (at most `most`) that scales by `k` to nearly a
    whole number of canvas px, so the smoothscale's scale is the move's own."""
    first = min(most, math.ceil(need))
    best = min(range(first, min(most, first + 8) + 1), key=lambda n: abs(n * k - round(n * k)))
    return max(1, best)


FIT_TOLERANCE = 0.03  # canvas px: how far from the framing any canvas pixel of a fitted cut may land


def filter_step() -> int:
    """The fixed-point unit pygame's smoothscale steps through its source in, on this machine: its
    SIMD filters (SSE2, NEON) in 2.14 fixed point (16384), the plain C one (GENERIC) in 16.16 (65536)
    (measured: an edge lands where 2.14 says, to 0.005 px). Its shrink averages output px j over
    [j * q, (j + 1) * q), q = floor(unit * s / t) / unit for s px shrunk to t: whatever lays px to a
    fraction through a smoothscale (a move's cut here, a tile background's laying in
    game/room/tiles.py) reckons with this q, not s / t."""
    return 65536 if pygame.transform.get_smoothscale_backend() == "GENERIC" else 16384


FIT_REACH = 320  # output px past the canvas tried (the lead cropped before it, and what follows)


def _fit(f: float, r: float, n: int, most: int) -> tuple[int, int, int, int] | None:
    """Along one axis: a whole-pixel box (`i`, `s` large px) smoothscaled to `t` px whose
    output pixels `lead` .. `lead + n` are the framing (origin `f`, `r` large px per canvas px,
    `n` canvas px) to within FIT_TOLERANCE of a canvas px at every pixel; None when none of
    those tried fits. pygame's shrink filter averages output pixel j over source
    [j * q, (j + 1) * q), q = floor(STEP * s / t) / STEP (`filter_step`), so `t` is chosen
    for a q near enough `r` (the error grows across the canvas by n * (q - r)) and `lead`
    so that i + lead * q lands on `f` (the error there set against the other edge's).
    Ties go to the smallest output (the cheapest smoothscale)."""
    t = np.arange(n + 1, n + 1 + FIT_REACH)
    s = np.rint(t * r).astype(np.int64)
    unit = filter_step()
    q = (unit * s // t) / float(unit)
    slope = n * (q - r) / r  # canvas px the error changes by from the first pixel to the last
    ok = (s > t) & (np.abs(slope) <= 2.0 * FIT_TOLERANCE)
    if not ok.any():
        return None
    t, s, q, slope = t[ok], s[ok], q[ok], slope[ok]
    lead = np.arange(min(FIT_REACH, math.floor(f) + 2))[:, None]  # i >= 0 bounds it
    i = np.rint(f - lead * q + slope * r / 2.0)  # the error at the first pixel set against the last's
    e0 = (i + lead * q - f) / r
    err = np.maximum(np.abs(e0), np.abs(e0 + slope))
    bad = (t < n + lead + 1) | (i < 0) | (i + s > most)
    err = np.where(bad, np.inf, err + (t - n) * 1e-5)
    k = int(np.argmin(err))
    a, b = divmod(k, err.shape[1])
    if not err[a, b] <= FIT_TOLERANCE:
        return None
    return int(i[a, b]), int(s[b]), int(t[b]), a


def _axis(f: float, size: float, n: int, most: int) -> tuple[int, int, int, int, int]:
    """The cut along one axis: the framing from `f`, `size` large px, onto `n` canvas px of a
    large frame `most` px long. Returns the source box (`i`, `s` px), the smoothscale's output
    length `t`, the output px `lead` cropped before the canvas, and the weight (0..255) of the
    picture one pixel along to blend in for what fraction remains (0 when `_fit` fits)."""
    r = size / n
    fit = _fit(f, r, n, most)
    if fit is not None:
        return (*fit, 0)
    # Near the end of a push (r -> 1) no lead reaches the fraction: the box starts at the
    # framing's whole pixel, its output length is chosen for the filter's step nearest r
    # (so the scale is as exact as a fitted one's), and the fraction is blended.
    i = max(0, math.floor(f))
    t = np.arange(n + 2, n + 2 + FIT_REACH)
    s = np.rint(t * r).astype(np.int64)
    unit = filter_step()
    q = (unit * s // t) / float(unit)
    miss = np.abs(n * (q - r) / r) + (t - n) * 1e-5
    miss = np.where((s < t) | (i + s > most), np.inf, miss)
    k = int(np.argmin(miss))
    if np.isfinite(miss[k]):
        return i, int(s[k]), int(t[k]), *_lay((f - i) / q[k])
    k_ = n / size  # canvas px per large px (<= 1: a push only scales down)
    sp = _span(f - i + size + 2.0 / k_, k_, most - i)
    tt = max(n + 2, round(sp * k_))
    return i, sp, tt, *_lay((f - i) * tt / sp)


def _lay(o: float) -> tuple[int, int]:
    """The output px cropped before the canvas and the weight (0..254) of the next one for an
    output offset `o` (0 <= o < 2). A weight that rounds to 255 is the next pixel whole: a
    settled insert's framing lies a hair below a whole pixel (128 - 1e-13), and a blit at
    alpha 255 leaves SDL's fast blend for a plain C loop (measured at 1080p: 20.6 ms, at
    alpha 128 0.75 ms), every frame of the insert's lines after its push."""
    lead = math.floor(o)
    weight = round(255 * (o - lead))
    return (lead + 1, 0) if weight >= 255 else (lead, weight)


def large_frame(move: Move, shot: Box, canvas_w: int) -> tuple[Box, tuple[int, int], float]:
    """The move's large frame (`Move.large_frame`: its room box, its size in whole px, its scale) widened
    left and up by the few px (< DOWNSCALE) that put its tightest framing (a push's settled one) on a
    whole cell of the light map (game/fx/lighting.py, built at 1/DOWNSCALE from the frame's top-left).
    The light map of the frame then has the settled still's cells, and its light on the settled framing's
    px is the still's: off the cells' grid by 2-3 px, the light ramped over other cells at the props' top
    edges (game/fx/prop_edges.py), and at the settle of her gaze's push (line 17, 1080p) the sill's lit top
    strip grew 4-5 px and up to 8 levels brighter in one frame, line 13's panelling foot 2-5 levels."""
    area, size, scale = move.large_frame(shot, canvas_w)
    a, b = move.framing_at(shot, 0.0), move.framing_at(shot, 1.0)
    fx, fy = (b if b[2] <= a[2] else a)[:2]
    ex = -round((fx - area[0]) * scale) % DOWNSCALE  # (whole px: Move.large_frame)
    ey = -round((fy - area[1]) * scale) % DOWNSCALE
    w, h = size[0] + ex, size[1] + ey
    return (area[0] - ex / scale, area[1] - ey / scale, w / scale, h / scale), (w, h), scale


Axes = tuple[tuple[int, int, int, int, int], tuple[int, int, int, int, int]]  # `_axis` across, then down


def _axes(frame: Box, size: tuple[int, int], padded: tuple[int, int]) -> Axes:
    """`_axis` along both axes for the cut of `frame` onto `size` from a large frame `padded` large."""
    return _axis(frame[0], frame[2], size[0], padded[0]), _axis(frame[1], frame[3], size[1], padded[1])


def _crop(frame: Box, size: tuple[int, int], big_size: tuple[int, int], pad: int,
          axes: Axes | None = None) -> tuple[int, int] | None:
    """Where in a large frame of `big_size` (padded by `pad`) the cut of `frame` (as game/camera.py `CameraMoves._cut` takes it)
    is a plain crop of the canvas `size`: no scaling and no fraction along either axis, every pixel
    inside the drawn picture (none from the padding). Its top-left in the picture's px, else None.
    A settled push on an insert is such a crop (128 - 1e-13 large px is cut at 128: `_lay`), and
    the insert can then be drawn straight onto the screen at that offset, the same pixels, with no
    large frame (~9 MiB at 1080p) to draw 12 % more pixels into, pad and copy out every frame."""
    W, H = size
    (ix, iw, tw, a, u), (iy, ih, th, b, v) = axes or _axes(frame, size, (big_size[0] + 2 * pad, big_size[1] + 2 * pad))
    if tw != iw or th != ih or u or v:
        return None
    ox, oy = ix + a - pad, iy + b - pad
    if ox < 0 or oy < 0 or ox + W > big_size[0] or oy + H > big_size[1]:
        return None
    return ox, oy
