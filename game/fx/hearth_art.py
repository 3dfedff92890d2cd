"""The solid parts of the fire: logs with bark and glowing cracks, a bed of coals, the grate.

Baked once per view scale with numpy (never per frame) in "bed" coordinates: room px from
the bed's top-left corner (BED_W x BED_H, just above the hearth's grate basket). The bake
never runs finer than BAKE_MAX screen px per room px (a close-up would otherwise paint a
million-pixel bed: seconds of CPU); `fit` smoothscales the small bake to the view, and the
coals are painted only in each lump's own box, not over the whole bed. The logs
are cylinders lying across one another: bark in grooves along their length, charred black
on top, an end cut showing rings; their cracks are a separate emissive sprite that the
fire adds after the lighting pass, so they glow whatever the room's light. The coals are
hashed lumps, each hot at its heart and dark at its rim, so the bed reads as pieces and
not as a smear. The grate's front bars and rail are drawn over the flames (the flames
stand behind them), already shaded as dark iron lit from behind by the fire.
"""

from __future__ import annotations

from collections.abc import Generator

import numpy as np
import numpy.typing as npt
import pygame

from game.fx.noise import fbm2_np, hash01_np
from game.fx.sprites import rgb_surface, rgba_surface

FArray = npt.NDArray[np.float64]
F32 = npt.NDArray[np.float32]
BED_W, BED_H = 240.0, 64.0  # room px
# (x0, y0, x1, y1, radius) in bed px: the back log, the one crossing it, the front one
LOGS = ((30.0, 38.0, 176.0, 26.0, 11.0), (70.0, 24.0, 192.0, 40.0, 10.0), (36.0, 46.0, 186.0, 44.0, 9.0))
COALS = 64
BED_GLOW = 0.5  # the ember bed between the lumps: a continuous glow, not lumps on black
RISE_GLOW = 0.2  # the heat glowing up off the bed behind the logs, where the flames root
# the grate's front, in bed px: bars from BAR_TOP to the rail, the rail, two legs
BARS = [26.0 + 22.0 * k for k in range(9)]
BAR_TOP, RAIL_Y, RAIL_H, LEG_H = 16.0, 46.0, 8.0, 12.0
BAKE_MAX = 2.0  # screen px per room px the bed is painted at, at most (then smoothscaled)


def bake_scale(scale: float) -> float:
    """The scale the bed is painted at for a view at `scale`."""
    return min(scale, BAKE_MAX)


def bed_size(scale: float) -> tuple[int, int]:
    """The bed's size in screen px at `scale` (w, h)."""
    return max(4, round(BED_W * scale)), max(4, round(BED_H * scale))


def fit(surface: pygame.Surface, scale: float) -> pygame.Surface:
    """A bake (painted at bake_scale(scale)) brought to the bed's size at `scale`."""
    size = bed_size(scale)
    return surface if surface.get_size() == size else pygame.transform.smoothscale(surface, size)


def _grid(scale: float) -> tuple[FArray, FArray]:
    w, h = bed_size(scale)
    y, x = np.mgrid[0:h, 0:w].astype(np.float64)
    return x / scale, y / scale


def make_logs(seed: int, scale: float) -> tuple[pygame.Surface, pygame.Surface]:
    """(the logs, lit like props: RGBA; their glowing cracks: RGB to add)."""
    gen = make_logs_steps(seed, scale, rows=24)  # in bands: the whole bed at once took 130 MiB at 4.8x, now 13
    while True:
        try:
            next(gen)
        except StopIteration as done:
            out: tuple[pygame.Surface, pygame.Surface] = done.value
            return out


def make_logs_steps(seed: int, scale: float, rows: int = 24,
                    ) -> Generator[str, None, tuple[pygame.Surface, pygame.Surface]]:
    """`make_logs` a band of `rows` pixel rows a step (each pixel depends only on itself, so
    the bands make the same picture); yields after each band, returns (logs, cracks)."""
    w, h = bed_size(scale)
    # each band's floats go straight to bytes (clipped and truncated per pixel, as the
    # surfaces' makers do): at the fire close-up's 4.8x the whole bed's float64 grid, colour,
    # alpha and glow with their conversions were ~40 MiB at once
    rgb = np.zeros((h, w, 3), dtype=np.uint8)
    alpha = np.zeros((h, w), dtype=np.uint8)
    crack = np.zeros((h, w, 3), dtype=np.uint8)
    grain = fbm2_np(seed + 21, 256, 32, 16, 3)
    cracks = fbm2_np(seed + 23, 128, 32, 8, 3)
    col = np.arange(w, dtype=np.float64)
    for r0 in range(0, h, rows):
        n = min(rows, h - r0)
        x = np.broadcast_to(col[None, :], (n, w)) / scale  # as _grid's rows r0..r0+n
        y = np.broadcast_to(np.arange(r0, r0 + n, dtype=np.float64)[:, None], (n, w)) / scale
        b_rgb, b_alpha, b_glow = np.zeros((n, w, 3)), np.zeros((n, w)), np.zeros((n, w))
        _logs_band(x, y, grain, cracks, b_rgb, b_alpha, b_glow)
        rgb[r0 : r0 + n] = np.clip(b_rgb, 0, 255).astype(np.uint8)
        alpha[r0 : r0 + n] = np.clip(b_alpha * 255, 0, 255).astype(np.uint8)
        crack[r0 : r0 + n] = np.clip(b_glow[..., None] * np.array([255, 96, 22.0]), 0, 255).astype(np.uint8)
        yield "log rows"
    return rgba_surface(rgb, alpha), rgb_surface(crack)


def _logs_band(x: FArray, y: FArray, grain: FArray, cracks: FArray, rgb_out: FArray, alpha_out: FArray,
               glow_out: FArray) -> None:
    """The logs over the pixels at (x, y) (bed px), written into the three out arrays."""
    rgb = np.zeros((*x.shape, 3))
    alpha = np.zeros(x.shape)
    glow = np.zeros(x.shape)
    for i, (x0, y0, x1, y1, r) in enumerate(LOGS):
        dx, dy = x1 - x0, y1 - y0
        length = float(np.hypot(dx, dy))
        raw = ((x - x0) * dx + (y - y0) * dy) / (length * length)
        s = np.clip(raw, 0, 1)
        across = ((x - x0) * -dy + (y - y0) * dx) / length / r  # -1 top .. 1 bottom of the log
        inside = np.clip((1.0 - np.abs(across)) * r * 1.5, 0, 1) * ((s > 0) & (s < 1))
        cap = np.clip((1.0 - np.hypot((raw - 1.0) * length / r * 2.4, across)) * r * 0.8, 0, 1)  # the cut end
        m = np.maximum(inside, cap) * (alpha < 0.5)
        g = grain[(np.clip(across, -1, 1) * 15.5 + 16).astype(int) % 32, (s * length * 1.3 + i * 70).astype(int) % 256]
        groove = np.clip((g - 0.42) * 4.0, 0, 1)  # bark ridges between dark crevices
        round_ = np.sqrt(np.clip(1.0 - across * across, 0, 1))
        char = np.clip(-across * 1.4 + 0.2, 0, 1)  # burnt black on top, bark showing below
        bark = np.stack([84 + 60 * groove, 54 + 36 * groove, 32 + 18 * groove], axis=-1)
        coal = np.array([22, 18, 17.0]) + 14 * groove[..., None]
        col = (bark * (1 - char[..., None]) + coal * char[..., None]) * (0.45 + 0.55 * round_[..., None])
        rings = 0.5 + 0.5 * np.sin(np.hypot((raw - 1.0) * length * 2.4, across * r) * 1.6)
        end = np.stack([86 + 34 * rings, 58 + 22 * rings, 34 + 12 * rings], axis=-1)
        col = np.where((cap > inside)[..., None], end, col)
        rgb = np.where((m > alpha)[..., None], col, rgb)
        along = raw * length + i * 40
        checks = np.abs(np.sin(along / 5.5 + 0.9 * np.sin(across * 3.0 + along * 0.2)))  # charcoal's checking
        seam = np.abs(across - 0.3 - 0.12 * np.sin(along / 8.0 + i))
        line = np.maximum(np.clip(1.0 - checks / 0.12, 0, 1), np.clip(1.0 - seam / 0.07, 0, 1))
        line = line * np.clip(across + 0.5, 0, 1) * (0.6 + 0.4 * cracks[(np.clip(across, -1, 1) * 15.5 + 16).astype(int) % 32,
                                                                             (along * 0.5).astype(int) % 128])
        ember_end = np.clip(1.0 - cap, 0, 1) * cap * 2.0
        under = np.clip((across - 0.45) / 0.55, 0, 1) ** 1.5 * inside * 0.75  # the coals' glow on its underside
        glow = np.where(m > alpha, np.maximum(np.maximum(line * inside * 0.55, ember_end), under), glow)
        alpha = np.maximum(alpha, m)
    rgb_out[...] = rgb
    alpha_out[...] = alpha
    glow_out[...] = glow


def coal_heat(seed: int, scale: float) -> FArray:
    """0..1 heat of the coal bed under the logs: lumps hot at heart, dark at the rim, lying
    in a continuous glowing bed (mottled by noise) whose heat rises faintly behind the logs,
    so the flames grow out of one bed of embers rather than standing on black."""
    x, y = _grid(scale)
    k = np.arange(COALS)
    cx = 16 + (BED_W - 32) * hash01_np(seed, 2100, k)
    cy = BED_H - 27 + 13 * hash01_np(seed, 2101, k)
    cr = 4.5 + 6.5 * hash01_np(seed, 2102, k)
    hot = 0.5 + 0.5 * hash01_np(seed, 2103, k)
    mottle = fbm2_np(seed + 27, 128, 32, 8, 3)
    m = mottle[(y * 32 / BED_H).astype(int) % 32, (x * 128 / BED_W).astype(int) % 128]
    across = np.clip(np.minimum(x - 14, BED_W - 14 - x) / 30.0, 0, 1)  # the bed thins toward the grate's ends
    band = np.exp(-(((y - (BED_H - 17)) / 9.0) ** 2))  # the bed itself, along the grate's floor
    rise = np.clip(1.0 - (BED_H - 17 - y) / (BED_H - 17), 0, 1) ** 2 * (y < BED_H - 17)  # fading up
    heat = across * (BED_GLOW * band * (0.55 + 0.9 * m) + RISE_GLOW * rise * (0.5 + m))
    h, w = x.shape
    for i in range(COALS):  # each lump only inside its own box
        c0, c1 = max(0, int((cx[i] - cr[i]) * scale)), min(w, int((cx[i] + cr[i]) * scale) + 2)
        r0, r1 = max(0, int((cy[i] - cr[i]) * scale)), min(h, int((cy[i] + cr[i]) * scale) + 2)
        if c1 <= c0 or r1 <= r0:
            continue
        d = np.hypot(x[r0:r1, c0:c1] - cx[i], (y[r0:r1, c0:c1] - cy[i]) * 1.3) / cr[i]
        sub = heat[r0:r1, c0:c1]
        np.maximum(sub, np.clip(1.0 - d, 0, 1) ** 0.7 * hot[i], out=sub)
    out: FArray = heat
    return out


def coal_sprite(heat: FArray, level: float) -> pygame.Surface:
    """The coals' light at `level` (0..1): yellow-white hearts, orange, red rims (additive)."""
    h = np.clip(heat * level, 0, 1)
    rgb = np.stack([255 * h ** 0.75, 175 * h ** 2.2 + 26 * h, 60 * h ** 4], axis=-1)
    return rgb_surface(rgb)


def make_grate(scale: float) -> pygame.Surface:
    """The grate's front bars, rail and legs: dark iron with a warm edge where the fire
    behind catches it (RGBA; drawn over the flames)."""
    x, y = _grid(scale)
    rgb = np.zeros((*x.shape, 3))
    alpha = np.zeros(x.shape)
    bw = 2.2
    for bx in BARS:  # each bar only in its own columns
        c0, c1 = max(0, int((bx - bw - 1) * scale)), min(x.shape[1], int((bx + bw + 1) * scale) + 2)
        xs, ys = x[:, c0:c1], y[:, c0:c1]
        d = np.abs(xs - bx) / bw
        m = np.clip((1.0 - d) * bw * scale, 0, 1) * (ys > BAR_TOP) * (ys < RAIL_Y)
        rim = np.clip(1.0 - np.abs(d - 0.7) * 3.0, 0, 1)
        col = np.array([30, 27, 27.0]) + rim[..., None] * np.array([150, 62, 20.0])
        rgb[:, c0:c1] = np.where((m > alpha[:, c0:c1])[..., None], col, rgb[:, c0:c1])
        alpha[:, c0:c1] = np.maximum(alpha[:, c0:c1], m)
    arc = BAR_TOP + 1.5 - 3.0 * (1.0 - ((x - BED_W * 0.45) / (BED_W * 0.4)) ** 2)  # the curved top rail
    top_rail = np.clip(1.5 - np.abs(y - arc) * scale / 1.2, 0, 1) * (x > BARS[0] - 6) * (x < BARS[-1] + 6)
    col = np.array([30, 27, 27.0]) + np.clip(arc - y + 1.5, 0, 1)[..., None] * np.array([160, 70, 24.0])
    rgb = np.where((top_rail > alpha)[..., None], col, rgb)
    alpha = np.maximum(alpha, np.clip(top_rail, 0, 1))
    rail = ((y >= RAIL_Y) & (y < RAIL_Y + RAIL_H) & (x > BARS[0] - 10) & (x < BARS[-1] + 10)).astype(np.float64)
    top = np.clip(1.0 - (y - RAIL_Y) / 2.0, 0, 1)
    col = np.array([34, 31, 31.0]) + top[..., None] * np.array([170, 80, 30.0])
    rgb = np.where(rail[..., None] > 0, col, rgb)
    alpha = np.maximum(alpha, rail)
    for lx in (BARS[0] - 4, BARS[-1] - 4):
        leg = ((x >= lx) & (x < lx + 8) & (y >= RAIL_Y + RAIL_H) & (y < RAIL_Y + RAIL_H + LEG_H)).astype(np.float64)
        rgb = np.where(leg[..., None] > 0, np.array([24, 22, 22.0]), rgb)
        alpha = np.maximum(alpha, leg)
    return rgba_surface(rgb, alpha * 255)


def _halve_rows(a: F32) -> F32:
    """`a` with twice the rows, each new pair at 1/4 and 3/4 between its old neighbours
    (Chaikin's corner cutting: the quadratic B-spline's subdivision; the ends clamped)."""
    out: F32 = np.empty((2 * a.shape[0], a.shape[1]), dtype=np.float32)
    even, odd = out[0::2], out[1::2]
    np.multiply(a, np.float32(0.75), out=even)
    odd[...] = even
    q = a * np.float32(0.25)
    even[1:] += q[:-1]
    even[0] += q[0]
    odd[:-1] += q[1:]
    odd[-1] += q[-1]
    return out


REFINE_PX = 2.0  # screen px a flame-index cell may cover when it is smoothscaled (bilinear) to the screen
REFINE_CELLS = 60_000  # ... but a second round only while the grid stays this small (~0.5 ms; the
# fire's close-up, ~13 000 cells on screen, gets one round: its cells are 4.8 screen px, not 9.6)


def refine(idx: npt.NDArray[np.uint8], cell_px: float) -> npt.NDArray[np.uint8]:
    """The close flames' palette-index grid (game.fx.fire_close.index) subdivided until a cell
    covers at most REFINE_PX screen px (twice at most, once in the close-up: REFINE_CELLS). Smoothscaled straight from the field's
    cells (5 screen px a cell in a 1080p wide), the bilinear index bent each tongue's edge at
    every cell boundary: 1 px bumps, stair-steps up the flames. Subdivided by corner cutting
    first, the edge is a smooth curve and the flames keep their shapes."""
    rounds = 0
    while cell_px > REFINE_PX and rounds < 2 and idx.size * 4 ** (rounds + 1) <= REFINE_CELLS:
        cell_px /= 2.0
        rounds += 1
    rounds = max(rounds, 1 if cell_px > REFINE_PX else 0)
    if rounds == 0:
        return idx
    a: F32 = idx.astype(np.float32)
    for _ in range(rounds):
        a = _halve_rows(_halve_rows(a).T).T
    a += np.float32(0.5)
    out: npt.NDArray[np.uint8] = a.astype(np.uint8)  # 0.5..255.5: no clip needed
    return out
