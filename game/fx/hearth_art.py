"""The solid parts of the fire: logs with bark and glowing cracks, a bed of coals, the grate.

Baked once per view scale with numpy (never per frame) in "bed" coordinates: room px from
the bed's top-left corner (BED_W x BED_H, just above the hearth's grate basket). The bake
never runs finer than BAKE_MAX screen px per room px (a close-up would otherwise paint a
million-pixel bed: seconds of CPU); `fit` smoothscales the small bake to the view, and the
coals are painted only in each lump's own box, not over the whole bed. The logs are
painted at the view's own pixels (up to LOG_MAX, the fire close-up's 4.8x: once, in bands):
opaque cylinders lying over one another, each outline antialiased over one pixel (at 2x and
upscaled with a hard mask they were stair-stepped, review6 #6). Each is lit from above (a lit
top, a dark underside), bark grooved along its length, charred black where the flames lick
it with checks that glow, a sawn end showing rings on the right and a ragged burnt end on
the left; the textures are sampled bilinearly, so no texel shows as a step. Their glow is a
separate emissive sprite that the fire adds after the lighting pass (at the coals' size), so
it glows whatever the room's light. The coals are
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
LOG_MAX = 5.0  # ... the logs (at the fire close-up's 4.8x: its own pixels, no upscaled bark)
END_E = 0.38  # a log's sawn end face, seen from the right: its width over its height


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


def log_scale(scale: float) -> float:
    """The scale the logs are painted at for a view at `scale`."""
    return min(scale, LOG_MAX)


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
        _logs_band(x, y, grain, cracks, b_rgb, b_alpha, b_glow, 1.0 / scale)
        rgb[r0 : r0 + n] = np.clip(b_rgb, 0, 255).astype(np.uint8)
        alpha[r0 : r0 + n] = np.clip(b_alpha * 255, 0, 255).astype(np.uint8)
        crack[r0 : r0 + n] = np.clip(b_glow[..., None] * np.array([255, 96, 22.0]), 0, 255).astype(np.uint8)
        yield "log rows"
    return rgba_surface(rgb, alpha), rgb_surface(crack)


def _tex(t: FArray, u: FArray, v: FArray) -> FArray:
    """The tileable texture `t` (rows, cols) at (u along its columns, v along its rows), bilinear:
    a texel's edges never show as steps however far the view enlarges it."""
    h, w = t.shape
    fu, fv = np.floor(u), np.floor(v)
    au, av = u - fu, v - fv
    c0, r0 = fu.astype(np.int64) % w, fv.astype(np.int64) % h
    c1, r1 = (c0 + 1) % w, (r0 + 1) % h
    top = t[r0, c0] * (1 - au) + t[r0, c1] * au
    bot = t[r1, c0] * (1 - au) + t[r1, c1] * au
    out: FArray = top * (1 - av) + bot * av
    return out


def _logs_band(x: FArray, y: FArray, grain: FArray, cracks: FArray, rgb_out: FArray, alpha_out: FArray,
               glow_out: FArray, px: float) -> None:
    """The logs over the pixels at (x, y) (bed px; a pixel `px` bed px wide), written into the
    three out arrays: each an opaque cylinder (its outline antialiased over a pixel), laid over
    the ones before it."""
    rgb = np.zeros((*x.shape, 3))
    alpha = np.zeros(x.shape)
    glow = np.zeros(x.shape)
    for i, (x0, y0, x1, y1, r) in enumerate(LOGS):
        dx, dy = x1 - x0, y1 - y0
        length = float(np.hypot(dx, dy))
        a = ((x - x0) * dx + (y - y0) * dy) / length  # bed px along the log
        c = ((x - x0) * -dy + (y - y0) * dx) / length / r  # -1 top .. 1 bottom of the log
        if not np.any(np.abs(c) < 1.0 + 2.0 * px / r):
            continue
        cc = np.clip(c, -1.0, 1.0)
        theta = np.arcsin(cc)  # round the log: its bark wraps the cylinder
        nz = np.sqrt(1.0 - cc * cc)
        # the outline: the sides, the sawn end on the right (its face an ellipse, seen from the
        # right) and the broken, burnt end on the left (ragged, smooth along its edge)
        q = np.hypot((a - length) / (END_E * r), cc)
        jag = 2.2 * (_tex(cracks, (cc * r * 0.35) + 13 * i, 3.0 + 0 * cc) - 0.5) * 4.0
        left = -END_E * r * 0.8 * nz + jag
        grad = np.maximum(np.hypot((a - length) / (END_E * r) ** 2, cc / r) / np.maximum(q, 1e-3), 1e-6)  # |grad q|
        d_left = (a - left) / np.sqrt(1.0 + (0.8 * END_E * cc / np.maximum(nz, 0.1)) ** 2)
        d = np.minimum(np.minimum((1.0 - np.abs(c)) * r, np.maximum(length - a, (1.0 - q) / grad)), d_left)
        m = np.clip(d / px + 0.5, 0.0, 1.0)
        # the bark: ridges along the log between dark crevices, lit from above (the flames)
        along, round_ = a + i * 70.0, theta * r
        g = _tex(grain, along * 0.7, round_ * 1.4)
        groove = np.clip((g - 0.4) * 3.5, 0, 1)
        lam = np.clip(-0.55 * cc + 0.83 * nz, 0, 1)  # a lit top, a dark underside
        shade = (0.06 + 0.94 * lam ** 1.5)[..., None]
        bark = np.array([34.0, 22, 14]) + groove[..., None] * np.array([74.0, 50, 30])
        # charred black on top where the flames lick it, with glowing checks (alligator char)
        n = _tex(cracks, along * 0.9, round_ * 0.9)
        char = np.clip((0.5 - cc + 1.2 * (n - 0.5)) / 0.3, 0, 1)
        char = np.maximum(char, np.clip(1.0 - (a - left) / (0.9 * r), 0, 1))  # the burnt end
        wide = max(1.0, px / 0.35)  # a far view's cracks: wider and fainter (not a pixel's dotted line)
        vein = np.clip(1.0 - np.abs(n - 0.5) / (0.035 * wide), 0, 1)
        checks = np.clip(1.0 - np.abs(np.sin(along / 3.2 + 3.0 * n)) / (0.16 * wide), 0, 1) * np.clip((n - 0.42) * 6, 0, 1)
        line = np.maximum(vein, checks) * char / np.sqrt(wide)
        # charcoal: black-brown, its sheen on the lit top warm (a neutral grey sheen went olive under
        # the hearth's light map, saturated there to a lemon (r = g): line 9's logs read olive-brown)
        coal = np.array([14.0, 9, 6]) + (lam ** 4 * (0.4 + groove))[..., None] * np.array([44.0, 29, 19])
        col = (bark * (1 - char[..., None]) + coal * char[..., None]) * shade
        col *= 1.0 - 0.75 * line[..., None]
        # the sawn end: pale wood in rings, a dark bark rim, charred along its top
        ang = np.arctan2(cc, (a - length) / (END_E * r))
        rings = 0.5 + 0.5 * np.sin(q * r * 2.1 + 2.5 * (_tex(grain, ang * 6.0, q * 9.0) - 0.5))
        wood = np.array([150.0, 106, 66]) * (0.72 + 0.28 * rings)[..., None] * (0.8 - 0.25 * cc)[..., None]
        split = np.clip(1.0 - np.abs(np.sin(ang * 1.5 + i)) / 0.06, 0, 1) * np.clip(q * 2 - 0.3, 0, 1)
        wood *= (1.0 - 0.6 * split)[..., None]
        rim = np.clip((q - 0.84) / 0.08, 0, 1)
        wood = wood * (1 - rim[..., None]) + np.array([38.0, 26, 17]) * rim[..., None]
        wood_char = np.clip((-cc - 0.35) / 0.4, 0, 1) * np.clip((q - 0.55) / 0.3, 0, 1)
        wood = wood * (1 - wood_char[..., None]) + np.array([28.0, 22, 20]) * wood_char[..., None]
        face = np.clip((1.0 - q) * END_E * r / px + 0.5, 0, 1) * (a > length - END_E * r)
        col = col * (1 - face[..., None]) + wood * face[..., None]
        # what glows (emissive): the checks in the char, the burnt end, the underside over the coals
        ember = np.clip(1.0 - (a - left) / (0.45 * r), 0, 1) * (0.4 + 0.6 * n)
        under = np.clip((cc - 0.5) / 0.5, 0, 1) ** 1.5 * 0.55
        gl = np.maximum(np.maximum(line * (0.35 + 0.65 * np.clip(-cc + 0.3, 0, 1)), ember), under) * (1 - face)
        mm = m[..., None]
        rgb = rgb * (1 - mm) + col * mm  # over the logs before it
        glow = glow * (1 - m) + gl * m
        alpha = alpha + m * (1 - alpha)
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
