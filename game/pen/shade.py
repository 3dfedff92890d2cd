"""Lighting the writer's hand: its relief canvas (game.pen.relief) lit by the candle and
brought down to its image and height image, a band of rows at a time (game.pen.bands).

What needs the whole field is worked first and kept small: the cast shadows marched at
half size, the room's occlusion blurred at its worked size (and one narrow blur whole, a
float32 field). Then each band of rows (a multiple of the supersampling) is lit pixel by
pixel where there is something, its slope taken with a row more each side, and averaged
down to the image's pixels. Worked whole, the lighting held ~110 MiB of full-canvas
temporaries at 1080p (the selected pixels' surface values, their index arrays, the
gradients, the colour), the largest part of a cold bake's +175 MB (issue 16).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pygame

from game.pen.bands import band_rows, bands, blur, blur_rows, reduce, resize
from game.pen.relief import NEG, Canvas

Pt = tuple[float, float]


def shade(cv: Canvas, light: tuple[float, float, float], size: float, arm0: Pt, arm_dir: float,
          fade: tuple[float, float] | None = None, cut: float | None = None) -> tuple[pygame.Surface, pygame.Surface]:
    """Light the field and bring it down to (image, height image) (`_surfaces`). Along the
    forearm (from `arm0`, direction `arm_dir`) the arm darkens toward the elbow; `fade`: the
    canvas fades in from fade[0] to fade[1] (times `size`); `cut`: it ends over 4 px at `cut`.
    Uses up the canvas (`Canvas.release`)."""
    k = cv.px
    cv.painted()
    H = cv.H
    np.copyto(H, np.float32(0.0), where=~(H > NEG / 2))
    # cast shadows of one form on another: march toward the candle through the height field
    lu, lv, lz = light
    step = max(1, round(2.0 * k / cv.ss))
    hl = math.hypot(lu, lv) or 1.0
    du, dv = lu / hl, lv / hl  # toward the light, pen frame
    da, db = du * cv.ca + dv * cv.sa, -du * cv.sa + dv * cv.ca
    rise = lz / hl  # height gained per unit of distance along the ray
    H2 = reduce(H[:H.shape[0] // 2 * 2, :H.shape[1] // 2 * 2], 2) if min(H.shape) > 4 else H
    q = H.shape[0] / H2.shape[0]
    lit2 = np.ones_like(H2)
    for i in range(1, 12):
        dist = i * step / q
        oi, oj = round(da * dist), round(db * dist)
        sh = np.zeros_like(H2)
        src = H2[max(0, oi):H2.shape[0] + min(0, oi), max(0, oj):H2.shape[1] + min(0, oj)]
        sh[max(0, -oi):H2.shape[0] - max(0, oi), max(0, -oj):H2.shape[1] - max(0, oj)] = src
        over = sh - H2 - dist * q / k * rise * 1.6
        np.minimum(lit2, np.clip(1 - over / 10.0, 0, 1), out=lit2)
    lit_small = blur(lit2, max(1, round(1.6 * k / q)))
    del H2, lit2
    # occlusion: a point below its neighbourhood gets less of the room's light
    r_ao = max(1, round(5 * k * size))
    w, h = H.shape
    B = cv.body(slice(0, w))  # (a copy: the narrow blur is made in it)
    wide = blur_rows(B, r_ao)
    near = blur_rows(B, max(1, r_ao // 3), spend=True)
    del B
    done: list[np.ndarray] = []
    for r0, r1 in bands(w, band_rows(h, cv.ss, cv.band_px)):
        part = _band(cv, light, size, arm0, arm_dir, fade, cut, (r0, r1), lit_small, wide, near)
        if not done:
            done = [np.empty((w // cv.ss, *p.shape[1:]), p.dtype) for p in part]
        for whole, p in zip(done, part, strict=True):
            whole[r0 // cv.ss:r1 // cv.ss] = p
    cv.release()
    del wide, near
    return _surfaces(*done)


def _band(cv: Canvas, light: tuple[float, float, float], size: float, arm0: Pt, arm_dir: float,
          fade: tuple[float, float] | None, cut: float | None, band: tuple[int, int], lit_small: np.ndarray,
          wide: Callable[[slice], np.ndarray], near: Callable[[slice], np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows band[0]..band[1] of the canvas lit, pixel by pixel where there is something, and
    averaged down (`_reduced`)."""
    k = cv.px
    H = cv.H
    lu, lv, lz = light
    r0, r1 = band
    rows = slice(r0, r1)
    B = cv.body(rows)
    ao_band = (np.clip(1 - np.maximum(wide(rows) - B, 0) / (14.0 * size), 0.45, 1.0)
               * np.clip(1 - np.maximum(near(rows) - B, 0) / (5.0 * size), 0.55, 1.0))
    # the rest, pixel by pixel, only where there is something
    alpha = np.clip(cv.S[rows] * k + 0.5, 0, 1)
    sel = np.nonzero(alpha > 0)
    f = {key: val[rows][sel] for key, val in cv.f.items()}
    lit_full = resize(lit_small, H.shape, (rows, slice(0, H.shape[1])))
    lit, ao, h = 0.45 + 0.55 * lit_full[sel], ao_band[sel][:, None], H[rows][sel]
    n = np.sqrt(f["nu"] ** 2 + f["nv"] ** 2 + f["nz"] ** 2) + 1e-6
    nu, nv, nz = f["nu"] / n, f["nv"] / n, f["nz"] / n
    # where the joined surface is smooth (the fillets of the union too), its own slope gives
    # the normal; where one form steps over another, each form's own normal stands
    g0, g1 = max(0, r0 - 1), min(H.shape[0], r1 + 1)  # a row more each side for the slope
    gi_full, gj_full = np.gradient(H[g0:g1], 1 / k)
    gi, gj = np.asarray(gi_full)[r0 - g0:r1 - g0][sel], np.asarray(gj_full)[r0 - g0:r1 - g0][sel]
    gu, gv = gi * cv.ca - gj * cv.sa, gi * cv.sa + gj * cv.ca
    gm = np.sqrt(gu * gu + gv * gv)
    trust = np.clip((3.2 - gm) / 1.6, 0, 1) * (alpha[sel] > 0.99)
    gn = np.sqrt(gm * gm + 1)
    nu = nu + (-gu / gn - nu) * trust
    nv = nv + (-gv / gn - nv) * trust
    nz = nz + (1 / gn - nz) * trust
    n = np.sqrt(nu * nu + nv * nv + nz * nz) + 1e-6
    nu, nv, nz = nu / n, nv / n, nz / n
    ndl = nu * lu + nv * lv + nz * lz
    wrap = f["wrap"]
    diff = np.clip((ndl + wrap) / (1 + wrap), 0, 1)
    alb = np.stack([f["r"], f["g"], f["b"]], axis=-1) * f["tone"][:, None]
    light_col = np.array((0.88, 0.81, 0.71), np.float32)
    amb_col = np.array((0.25, 0.215, 0.205), np.float32)
    # the bright page bounces a little warm light up onto whatever faces it, near it
    bounce = (np.clip(1 - nz, 0, 1) * np.clip(1 - h / (50 * size), 0, 1) * 0.22)[:, None]
    direct = (diff * lit)[:, None] * light_col
    rgb = alb * (amb_col * ao + direct * (0.6 + 0.4 * ao) + bounce * np.array((1.0, 0.9, 0.72), np.float32))
    # skin: the light that enters and scatters comes back out red along the terminator
    sss = f["sss"] * np.exp(-((ndl + 0.1) / 0.38) ** 2) * lit
    rgb += (sss * 0.28)[:, None] * alb * np.array((1.0, 0.38, 0.24), np.float32)
    # a glint: Blinn-Phong, the half vector between the candle and the eye (straight up)
    hx, hy, hz = lu, lv, lz + 1.0
    hn = math.sqrt(hx * hx + hy * hy + hz * hz)
    ndh = np.clip((nu * hx + nv * hy + nz * hz) / hn, 0, 1)
    spec = f["ks"] * ndh ** np.maximum(f["shine"], 1.0) * lit
    rgb += spec[:, None] * np.array((1.0, 0.86, 0.66), np.float32)
    # the forearm goes away from the page and the candle: it darkens toward the elbow
    U, V = cv.uv(rows=band)
    s_full = (U - arm0[0]) * math.cos(arm_dir) + (V - arm0[1]) * math.sin(arm_dir)
    s = s_full[sel]
    rgb *= (1 - 0.42 * np.clip((s - 40 * size) / (420 * size), 0, 1) ** 0.8)[:, None]
    if fade is not None:
        alpha = alpha * np.clip((s_full - fade[0] * size) / ((fade[1] - fade[0]) * size), 0, 1)
    if cut is not None:  # (the arm's own canvas lies over the hand's past the join)
        alpha = alpha * np.clip((cut - s_full) / 4.0, 0, 1)
    out = np.zeros((r1 - r0, H.shape[1], 3), np.float32)
    out[sel] = np.clip(rgb ** (1 / 1.08) * 255, 0, 255)
    return _reduced(out, alpha, H[rows], cv.ss)


def _reduced(rgb: np.ndarray, alpha: np.ndarray, height: np.ndarray, ss: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(coverage, colour times coverage, height times coverage), ss x ss blocks averaged (a
    band of rows of a multiple of ss at a time: the same values as whole)."""
    return reduce(alpha, ss), reduce(rgb * alpha[..., None], ss), reduce(height * alpha, ss)


def _surfaces(a: np.ndarray, c: np.ndarray, hgt: np.ndarray) -> tuple[pygame.Surface, pygame.Surface]:
    """(image, height image) from the averaged blocks (`_reduced`): colour weighted by
    coverage, clear pixels given their neighbours' colour so turning the image leaves no dark
    fringe; the height (0.5 px a step) rides in the second image's red with the same alpha."""
    safe = np.maximum(a, 1e-4)
    col = c / safe[..., None]
    hv = hgt / safe
    spread = max(2, round(min(a.shape) * 0.01))
    wa = blur(a, spread) + 1e-4
    fill = np.stack([blur(c[..., i], spread) / wa for i in range(3)], axis=-1)
    col = np.where((a > 0.02)[..., None], col, fill)
    img = pygame.Surface(a.shape, pygame.SRCALPHA)
    pygame.surfarray.pixels3d(img)[...] = np.clip(col, 0, 255).astype(np.uint8)
    pygame.surfarray.pixels_alpha(img)[...] = np.clip(a * 255 + 0.5, 0, 255).astype(np.uint8)
    himg = pygame.Surface(a.shape, pygame.SRCALPHA)
    hb = np.clip(hv * 2, 0, 255).astype(np.uint8)
    pygame.surfarray.pixels3d(himg)[...] = hb[..., None]
    pygame.surfarray.pixels_alpha(himg)[...] = np.clip(a * 255 + 0.5, 0, 255).astype(np.uint8)
    return img, himg
