"""Painting lit forms in relief: the height-field canvas the writer's hand is painted on.

A `Part` is a chain of tapered capsules (or a dome) with a height over the page; `paint_part`
merges it into a supersampled `Canvas` by a smooth union, so forms grow out of each other
without seams and lie over or under each other by height, each pixel carrying its normal and
its material (`Mat`). The lighting and the anatomy (what the forms are, where the light comes from) are the
caller's: `game.pen.writer` paints the writing hand with it, `game.pen.shade` lights it.
numpy only, no display.

A form is worked a band of its window's rows at a time (`game.pen.bands`): at 1080p the
forearm's and the sleeve's windows are up to 0.9 MiB a field and a form held ~60 fields of
temporaries, so painting the hand peaked at 67 float32 fields of its canvas (158 MiB, with
the lighting); now at 18 (42 MiB), 13 of them the canvas itself, with the same pixels.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from game.pen import bands
from game.pen.bands import band_rows, noise, resize
from game.pen.bands import blur as blur  # (the painters' blur, also for callers of this module)

Pt = tuple[float, float]
Joint = tuple[float, float, float, float]  # u, v (pen frame, logical px), z (height over the page), radius
Arr = np.ndarray

NEG = -1.0e4  # "nothing here" in the height field


@dataclass(frozen=True)
class Part:
    """One form: a chain of tapered capsules through its joints, joined to what lies under
    it with a smooth union of radius `k` (0: a hard edge, as where a finger lies on the pen)."""

    joints: tuple[Joint, ...]
    mat: str
    k: float = 5.0
    flat: float = 0.8  # the cross-section's height over its half width
    nail: float | None = None  # a nail on the last joint: its roll, a share of the radius toward +v
    creases: bool = False  # knuckle wrinkles over the inner joints
    crease_depth: float = 1.0  # how deep they are and how much the bone slims between knuckles (her young hand: less)
    cut: bool = False  # a tube with cut ends (cuff, sleeve, the pen's bands) instead of round caps
    pen: bool = False  # the pen's parts keep their size whoever holds it
    folds: int = 0  # cloth: how many folds (seeded) crease the tube
    tilt: float = 0.0  # height gained per unit across the axis toward +v (the hand's back, rolled)
    oval: bool = False  # a dome instead of a tube: its two joints end the long axis, r is half its width
    ridges: tuple[tuple[float, float, float, float, float, float], ...] = ()  # u0, v0, u1, v1, height, width
    under: bool = False  # (k 0) drawn under the hand: shows only past its outline (the barrel behind
    # the thumb's web, hidden by the hand whatever its height)

@dataclass(frozen=True)
class Mat:
    """A surface: albedo (0..1), specular strength and sharpness, light wrap (skin's
    softness: light bleeding past the terminator), subsurface warmth."""

    albedo: tuple[float, float, float]
    ks: float
    shine: float
    wrap: float
    sss: float

class Canvas:
    """A supersampled height field in a frame turned `turn` radians from the pen's, over
    `bounds` (a0, b0, a1, b1 in that frame, logical px) about the pen point `origin`."""

    FIELDS = ("nu", "nv", "nz", "r", "g", "b", "ks", "shine", "wrap", "sss", "tone")

    def __init__(self, px: float, origin: Pt, turn: float, bounds: tuple[float, float, float, float], ss: int,
                 band_px: int | None = None) -> None:
        self.px, self.ss = px, ss  # canvas pixels per logical px
        self.band_px = band_px or bands.BAND_PX  # pixels worked at a time: any number paints the same
        self.origin, self.ca, self.sa = origin, math.cos(turn), math.sin(turn)
        a0, b0, a1, b1 = bounds
        self.a0, self.b0 = a0, b0
        self.w = max(ss, math.ceil((a1 - a0) * px / ss) * ss)
        self.h = max(ss, math.ceil((b1 - b0) * px / ss) * ss)
        self.H = np.full((self.w, self.h), NEG, np.float32)
        self.S = np.full((self.w, self.h), -1.0e3, np.float32)
        self.f = {k: np.zeros((self.w, self.h), np.float32) for k in self.FIELDS}
        self._mottle: Arr | None = None
        self._grain: Arr | None = None
        self._held: tuple[tuple[slice, slice], Arr, Arr] | None = None  # (box, height, distance): `hold`

    def mottle(self, win: tuple[slice, slice], seed: int) -> Arr:
        """The skin's faint mottling (and the cloth's weave) at the window: worked at a quarter
        of the size (it is smooth), brought up window by window (a whole float64 field was 4.7 MiB)."""
        if self._mottle is None:
            u, v = self.uv(4)
            self._mottle = noise(u, v, 3.0, seed) * 0.6 + noise(u, v, 14.0, seed + 1)
        return resize(self._mottle, (self.w, self.h), win)

    def grain(self, win: tuple[slice, slice], seed: int) -> Arr:
        """The skin's fine texture (pores, fine lines) at the window, worked at half size."""
        if self._grain is None:
            u, v = self.uv(2)
            self._grain = noise(u, v, 0.3, seed + 5) * 0.7 + noise(u, v, 0.9, seed + 6) * 0.5
        return resize(self._grain, (self.w, self.h), win)

    def hold(self) -> None:
        """Keep the height and signed distance as they are now: the hand without the pen, what
        occludes the room's light (`body`) and hides an `under` form. Kept as copies of the box
        the later merges change (the pen's parts: a narrow band), not two whole fields."""
        self._held = ((slice(0, 0), slice(0, 0)), np.empty((0, 0), np.float32), np.empty((0, 0), np.float32))

    def _keep(self, win: tuple[slice, slice]) -> None:
        """Widen the held box over `win` before a merge changes it (what lies outside the box
        is as it was at `hold`)."""
        assert self._held is not None
        box, hh, sd = self._held
        assert sd.shape == hh.shape, "a form merged after the canvas was painted"
        if hh.size and all(b.start <= w.start and w.stop <= b.stop for b, w in zip(box, win, strict=True)):
            return
        box = box if hh.size else win
        wide = (slice(min(box[0].start, win[0].start), max(box[0].stop, win[0].stop)),
                slice(min(box[1].start, win[1].start), max(box[1].stop, win[1].stop)))
        nh, ns = self.H[wide].copy(), self.S[wide].copy()
        if hh.size:
            old = (slice(box[0].start - wide[0].start, box[0].stop - wide[0].start),
                   slice(box[1].start - wide[1].start, box[1].stop - wide[1].start))
            nh[old], ns[old] = hh, sd
        self._held = (wide, nh, ns)

    def held(self, win: tuple[slice, slice], distance: bool = False) -> Arr:
        """The height (or signed distance) over `win` as it was at `hold` (as it is, if never held)."""
        out = (self.S if distance else self.H)[win].copy()
        if self._held is None:
            return out
        box, hh, sd = self._held
        i0, i1 = max(win[0].start, box[0].start), min(win[0].stop, box[0].stop)
        j0, j1 = max(win[1].start, box[1].start), min(win[1].stop, box[1].stop)
        if i0 < i1 and j0 < j1:
            src = sd if distance else hh
            out[i0 - win[0].start:i1 - win[0].start, j0 - win[1].start:j1 - win[1].start] = \
                src[i0 - box[0].start:i1 - box[0].start, j0 - box[1].start:j1 - box[1].start]
        return out

    def body(self, rows: slice) -> Arr:
        """The held height over `rows` (0 where nothing lies): what the room's light is occluded by."""
        h = self.held((rows, slice(0, self.h)))
        np.copyto(h, np.float32(0.0), where=~(h > NEG / 2))
        return h

    def painted(self) -> None:
        """No more forms: the held distance (what hid an `under` form) is let go; the held
        height stays (`body`)."""
        if self._held is not None:
            box, hh, _ = self._held
            self._held = (box, hh, np.empty((0, 0), np.float32))

    def release(self) -> None:
        """Let go of the fields (a canvas lit is done with: game.pen.shade)."""
        self.H = self.S = np.empty((0, 0), np.float32)
        self.f = {}
        self._held = self._mottle = self._grain = None

    def to_frame(self, u: float, v: float) -> Pt:
        du, dv = u - self.origin[0], v - self.origin[1]
        return (du * self.ca + dv * self.sa, -du * self.sa + dv * self.ca)

    def grid(self, pts: list[Pt], pad: float, rows: tuple[int, int] | None = None,
             ) -> tuple[tuple[slice, slice], Arr, Arr] | None:
        """The window of canvas pixels within `pad` of the points' box (its `rows` only), and
        the pen coordinates (u, v) of its pixel centres; None when it misses the canvas."""
        win = self.window(pts, pad, rows)
        if win is None:
            return None
        (i0, i1), (j0, j1) = (win[0].start, win[0].stop), (win[1].start, win[1].stop)
        a = (self.a0 + (np.arange(i0, i1, dtype=np.float32) + 0.5) / self.px)[:, None]
        b = (self.b0 + (np.arange(j0, j1, dtype=np.float32) + 0.5) / self.px)[None, :]
        u = self.origin[0] + a * self.ca - b * self.sa
        v = self.origin[1] + a * self.sa + b * self.ca
        return win, u, v

    def window(self, pts: list[Pt], pad: float, rows: tuple[int, int] | None = None) -> tuple[slice, slice] | None:
        """The canvas pixels within `pad` of the points' box (its `rows` only), or None."""
        fr = [self.to_frame(u, v) for u, v in pts]
        i0 = max(0, math.floor((min(a for a, _ in fr) - pad - self.a0) * self.px))
        i1 = min(self.w, math.ceil((max(a for a, _ in fr) + pad - self.a0) * self.px))
        j0 = max(0, math.floor((min(b for _, b in fr) - pad - self.b0) * self.px))
        j1 = min(self.h, math.ceil((max(b for _, b in fr) + pad - self.b0) * self.px))
        if rows is not None:
            i0, i1 = max(i0, rows[0]), min(i1, rows[1])
        if i1 <= i0 or j1 <= j0:
            return None
        return slice(i0, i1), slice(j0, j1)

    def uv(self, step: int = 1, rows: tuple[int, int] | None = None) -> tuple[Arr, Arr]:
        """Pen coordinates of every `step`-th pixel centre (of `rows` only: step 1)."""
        r0, r1 = rows or (0, self.w)
        a = (self.a0 + (np.arange(r0, r1, step, dtype=np.float32) + 0.5 * step) / self.px)[:, None]
        b = (self.b0 + (np.arange(0, self.h, step, dtype=np.float32) + 0.5 * step) / self.px)[None, :]
        return (self.origin[0] + a * self.ca - b * self.sa, self.origin[1] + a * self.sa + b * self.ca)

    def merge(self, win: tuple[slice, slice], sdf: Arr, h: Arr, k: float, vals: dict[str, Arr | float],
              reach: float = 0.0, under: bool = False) -> None:
        """Join a form (its signed distance, height and surface values) to the field; a skin
        form's height also reaches `reach` past its rim, falling away, so that its neighbours
        blend into it with a fillet instead of meeting it at a step."""
        if self._held is not None:
            self._keep(win)
        Hc = self.H[win]
        edge = 1.5 / self.px
        inside = (sdf > -reach) | ((sdf > -edge) & (Hc <= NEG / 2))
        hh = np.where(inside, h, NEG)
        if k > 0:
            w = np.clip(0.5 + 0.5 * (hh - Hc) / k, 0, 1)
            self.H[win] = Hc + (hh - Hc) * w + k * w * (1 - w)
        else:
            w = np.clip(0.5 + 0.5 * (hh - Hc) / 0.35, 0, 1)  # a hard edge, a hair soft against aliasing
            if under:  # only past the hand's outline (a canvas pixel of soft edge)
                w = w * np.clip(-self.held(win, distance=True) * self.px, 0, 1)
            self.H[win] = Hc + (hh - Hc) * w
        for key, val in vals.items():
            cur = self.f[key][win]
            self.f[key][win] = cur + (val - cur) * w
        self.S[win] = np.maximum(self.S[win], sdf)


def normals(cv: Canvas, h: Arr, q: Arr, pu: Arr, pv: Arr, d: Arr) -> tuple[Arr, Arr, Arr]:
    """A form's surface normals (pen frame) from the slope of its own height, steepness held
    under ~80 degrees; at and past its rim, facing straight out."""
    if min(h.shape) > 1:
        gi, gj = np.gradient(h, 1 / cv.px)
    else:
        gi = gj = np.zeros_like(h)
    gu, gv = gi * cv.ca - gj * cv.sa, gi * cv.sa + gj * cv.ca
    mag = np.sqrt(gu * gu + gv * gv)
    lim = np.where(mag > 5.0, 5.0 / np.maximum(mag, 1e-6), 1.0)
    rim = q <= 0.0
    dd = np.maximum(d, 1e-6)
    nu = np.where(rim, pu / dd, -gu * lim)
    nv = np.where(rim, pv / dd, -gv * lim)
    nz = np.where(rim, 0.2, 1.0).astype(np.float32)
    return nu, nv, nz


def paint_part(cv: Canvas, part: Part, size: float, mat: Mat, seed: int) -> None:
    """Add one form, capsule by capsule, with its nail, knuckle creases and cloth folds."""
    g = 1.0 if part.pen else size
    js = [(u * g, v * g, z * g, r * g) for u, v, z, r in part.joints]
    segs = list(itertools.pairwise(js)) or [(js[0], js[0])]
    # each inner joint's crease direction (across the bone that comes into it) and how
    # straight the joint is: the skin over a bent knuckle is stretched smooth
    axes: list[tuple[float, float, float]] = []
    for i in range(len(js)):
        j0, j1, j2 = js[max(0, i - 1)], js[i], js[min(len(js) - 1, i + 1)]
        span2d = math.hypot(j1[0] - j0[0], j1[1] - j0[1]) or 1.0
        d1 = (j1[0] - j0[0], j1[1] - j0[1], j1[2] - j0[2])
        d2 = (j2[0] - j1[0], j2[1] - j1[1], j2[2] - j1[2])
        n1, n2 = math.sqrt(sum(x * x for x in d1)) or 1.0, math.sqrt(sum(x * x for x in d2)) or 1.0
        straight = max(0.0, sum(x * y for x, y in zip(d1, d2, strict=True)) / (n1 * n2))
        axes.append(((j1[0] - j0[0]) / span2d, (j1[1] - j0[1]) / span2d, straight))
    # a finger (any short form of skin) is worked over one window and its bones joined by the
    # upper envelope of their heights (equal where two bones meet at a joint) before it is
    # merged into the field once: one continuous form, not bones each fused on with a fillet
    # (a smooth union per bone raised a ring of k/4 round every joint). Long forms (the
    # forearm, the sleeve) are merged bone by bone, which costs less on their wide boxes
    span = sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in segs)
    joined = part.mat == "skin" and span < 220.0 * g
    for group in ([list(range(len(segs)))] if joined else [[i] for i in range(len(segs))]):
        _paint_bones(cv, part, js, segs, group, axes, mat, seed, g)


def _paint_bones(cv: Canvas, part: Part, js: list[Joint], segs: list[tuple[Joint, Joint]], group: list[int],
                 axes: list[tuple[float, float, float]], mat: Mat, seed: int, g: float) -> None:
    """Paint the bones `group` of a part as one form and merge it into the field, a band of
    the form's window's rows at a time (the canvas's `band_px` pixels a band): every
    value but the knuckles' rounding is the pixel's own, and the slope takes a row more each
    side. A joined finger keeps its whole window of surface values for the rounding's blur
    (~0.4 MiB a field at 1080p); the forearm's and sleeve's bones, worked whole, held ~60
    temporaries of up to 0.9 MiB each."""
    extra = 0.7 * part.k * g if part.mat == "skin" else 0.0
    ends = js[group[0]:group[-1] + 2]
    pw = cv.window([(j[0], j[1]) for j in ends], max(j[3] for j in ends) + 3.0 + extra)
    if pw is None:
        return
    n0, n = pw[0].start, pw[0].stop - pw[0].start

    def paint(r0: int, r1: int) -> list[Arr]:  # the form's surface values over rows r0..r1 of the window
        best = _bones(cv, part, js, segs, group, axes, mat, seed, g, extra, (n0 + r0, n0 + r1), pw[1])
        best[1] = np.where(best[1] > NEG / 2, best[1], 0.0)  # (a pixel of the box no bone reaches lies outside)
        return best

    step = band_rows(pw[1].stop - pw[1].start, 1, cv.band_px)
    whole = None
    if len(group) > 1:  # the bend at a knuckle rounded: no edge where two bones meet
        whole = [np.empty((n, pw[1].stop - pw[1].start), np.float32) for _ in range(12)]
        for b0, b1 in bands.bands(n, step):
            for field, part_of in zip(whole, paint(b0, b1), strict=True):
                field[b0:b1] = part_of
        r = min(j[3] for j in ends)
        h, sdf = whole[1], whole[0]
        soft = blur(h, max(1, round(0.35 * r * cv.px)))
        whole[1] = h + (soft - h) * np.clip(sdf / (0.4 * r), 0, 1)
    for b0, b1 in bands.bands(n, step):
        lo, hi = max(0, b0 - 1), min(n, b1 + 1)  # a row each side for the slope
        best = [b[lo:hi] for b in whole] if whole is not None else paint(lo, hi)
        sdf, h, q, pu, pv, d, cr, cg, cb, ks, shine, tone = best
        nu, nv, nz = normals(cv, h, q if not extra else np.ones_like(q), pu, pv, d)
        keep = slice(b0 - lo, b1 - lo)
        vals: dict[str, Arr | float] = {"nu": nu[keep], "nv": nv[keep], "nz": nz[keep], "r": cr[keep], "g": cg[keep],
                                        "b": cb[keep], "ks": ks[keep], "shine": shine[keep], "wrap": mat.wrap,
                                        "sss": mat.sss, "tone": tone[keep]}
        cv.merge((slice(n0 + b0, n0 + b1), pw[1]), sdf[keep], h[keep], part.k, vals, extra, part.under)


def _bones(cv: Canvas, part: Part, js: list[Joint], segs: list[tuple[Joint, Joint]], group: list[int],
           axes: list[tuple[float, float, float]], mat: Mat, seed: int, g: float, extra: float,
           rows: tuple[int, int], cols: slice) -> list[Arr]:
    """The bones' surface values over `rows` and `cols` of the canvas, the higher bone's where
    they overlap: sdf, height, the cross-section's q, the offset from the axis (pu, pv, d),
    colour, sheen and tone."""
    shape = (rows[1] - rows[0], cols.stop - cols.start)
    best = [np.full(shape, -1.0e3 if i == 0 else (NEG if i == 1 else 0.0), np.float32) for i in range(12)]
    for si in group:
        (au, av, az, ar), (bu, bv, bz, br) = segs[si]
        got = cv.grid([(au, av), (bu, bv)], max(ar, br) + 3.0 + extra, rows)
        if got is None:
            continue
        win, U, V = got
        sub = (slice(win[0].start - rows[0], win[0].stop - rows[0]), slice(win[1].start - cols.start, win[1].stop - cols.start))
        du, dv = bu - au, bv - av
        L = math.hypot(du, dv)
        if L < 1e-6:
            t_raw = np.zeros_like(U)
            eu_, ev_ = 1.0, 0.0
        else:
            t_raw = ((U - au) * du + (V - av) * dv) / (L * L)
            eu_, ev_ = du / L, dv / L
        t = np.clip(t_raw, 0.0, 1.0)
        pu, pv = U - (au + t * du), V - (av + t * dv)
        d = np.sqrt(pu * pu + pv * pv)
        r = ar + t * (br - ar)
        if part.creases:  # a finger's bones are slimmer between the knuckles
            r = r * (1 - 0.07 * part.crease_depth * np.sin(np.pi * t))
        zc = az + t * (bz - az)
        sdf = r - d
        if part.oval:  # a squarish dome over the long axis A-B, `ar` wide each side
            cu, cvv, half = (au + bu) / 2, (av + bv) / 2, max(L / 2, 1e-3)
            pu, pv = U - cu, V - cvv
            d = np.sqrt(pu * pu + pv * pv)
            rho = (np.abs((pu * eu_ + pv * ev_) / half) ** 2.6 + np.abs((-pu * ev_ + pv * eu_) / ar) ** 2.6) ** (1 / 2.6)
            sdf = (1 - rho) * min(half, ar)
            r = np.full_like(U, ar)
            d = rho * ar
        if part.cut and L > 1e-6:
            lat = ((U - au) * -ev_ + (V - av) * eu_) / np.maximum(r, 1e-3)
            bow = 0.18 * r * np.clip(lat * lat, 0, 1)  # a tube's cut end seen a little from the side: bowed
            first, last = si == 0, si == len(segs) - 1
            if first:
                sdf = np.minimum(sdf, t_raw * L + bow)
            if last:
                sdf = np.minimum(sdf, (1 - t_raw) * L - bow)
        q = np.clip(1 - (d / np.maximum(r, 1e-3)) ** 2, 0, 1)
        sq = np.sqrt(q) * r
        h = zc + part.flat * sq
        spill = 0.7 * part.k * g if part.mat == "skin" else 0.0
        if spill:
            h = h - np.maximum(-sdf, 0) * 1.6
        if part.tilt:
            h = h + part.tilt * ((U - au) * -ev_ + (V - av) * eu_)
        for u0, v0, u1, v1, amp, wid in part.ridges:  # tendons and knuckles under the skin
            u0, v0, u1, v1, amp, wid = u0 * g, v0 * g, u1 * g, v1 * g, amp * g, wid * g
            lu_, lv_ = u1 - u0, v1 - v0
            ll = lu_ * lu_ + lv_ * lv_
            tt = np.clip(((U - u0) * lu_ + (V - v0) * lv_) / ll, 0, 1) if ll > 0 else np.zeros_like(U)
            dd2 = (U - u0 - tt * lu_) ** 2 + (V - v0 - tt * lv_) ** 2
            h = h + amp * (1 - 0.7 * tt) * np.exp(-dd2 / (wid * wid)) * (sdf > -2)
        alb = np.array(mat.albedo, np.float32)
        tone = np.ones_like(U)  # darkening by creases and folds
        col = [np.full_like(U, alb[c]) for c in range(3)]
        ks = np.full_like(U, mat.ks)
        shine = np.full_like(U, mat.shine)
        if part.mat == "skin":
            # warm flush where the blood is near the surface: knuckles and fingertips
            flush = np.zeros_like(U)
            for i in (si, si + 1):  # (only this bone's own joints can reach its pixels)
                ju, jv, _, jr = js[min(i, len(js) - 1)]
                if 0 < i < len(js) - 1 or (i == 0 and part.creases):
                    flush += np.exp(-((U - ju) ** 2 + (V - jv) ** 2) / (0.8 * jr) ** 2) * 0.6
            if part.nail is not None and si == len(segs) - 1:
                flush += np.clip(t_raw * 1.6 - 0.5, 0, 1) * 0.5
            for u0, v0, u1, v1, _, wid in part.ridges:  # the knuckles of the hand's back flush too
                if u0 == u1 and v0 == v1:
                    flush += np.exp(-((U - u0 * g) ** 2 + (V - v0 * g) ** 2) / (1.6 * wid * g) ** 2) * 0.8
            # the skin is not a clay of one value: blotches a little redder or paler (mottle),
            # a fine grain of pores and lines that darkens and breaks the sheen up
            mot = cv.mottle(win, seed)
            mottle = mot * 0.02
            grain = cv.grain(win, seed)
            tone = tone * (1 + 0.012 * grain)
            ks = ks * (1 + 0.25 * grain)
            col = [col[0] * (1 + 0.06 * flush + mottle + 0.008 * mot), col[1] * (1 - 0.07 * flush + mottle),
                   col[2] * (1 - 0.09 * flush + mottle - 0.008 * mot)]
            if part.creases:
                for i in (si, si + 1):
                    if not 0 < i < len(js) - 1:
                        continue
                    ju, jv, _, jr = js[i]
                    ax, ay, straight = axes[i]
                    along = (U - ju) * ax + (V - jv) * ay
                    across = ((U - ju) * -ay + (V - jv) * ax) / jr
                    reach = np.clip(1 - across * across / 0.5, 0, 1)
                    along = along + 0.22 * jr * across * across  # the wrinkles bow round the knuckle
                    wr = np.zeros_like(U)
                    for off, deep in ((-0.42, 0.45), (-0.14, 0.7), (0.14, 0.7), (0.42, 0.45)):
                        wr += np.exp(-((along - off * jr) / (0.05 * jr)) ** 2) * deep
                    tone = tone * (1 - (0.08 + 0.2 * straight ** 2) * part.crease_depth * wr * reach)
            if part.nail is not None and si == len(segs) - 1:
                roll = part.nail
                along = (U - bu) * eu_ + (V - bv) * ev_  # + toward the fingertip
                across = (U - bu) * -ev_ + (V - bv) * eu_
                c_al, hl, hw = -0.28 * br, 0.88 * br, 0.56 * br
                x = (along - c_al) / hl
                y = (across - roll * br) / hw
                rim = np.where(x > 0, x * x, x ** 4) + y * y  # round at the free edge, square at the cuticle
                on = np.clip((1 - rim) / 0.12, 0, 1)
                nail = np.array((1.0, 0.84, 0.78), np.float32)
                free = np.clip((x - 0.55) / 0.3, 0, 1) * on
                for ch in range(3):
                    col[ch] = col[ch] * (1 - 0.55 * on) + alb[ch] * nail[ch] * 1.12 * 0.55 * on
                    col[ch] = col[ch] * (1 - 0.5 * free) + 0.96 * 0.5 * free
                fold = np.exp(-(((1 - rim) / 0.1) ** 2)) * (x < 0.5)
                tone = tone * (1 - 0.28 * fold)
                ks = ks + 0.5 * on
                shine = shine + 50 * on
        if part.mat == "gold" and part.pen and si == len(segs) - 1 and len(js) == 3:  # the nib's slit and hole
            ax, ay = js[-1][0] - js[0][0], js[-1][1] - js[0][1]  # along the nib's own axis (from the point)
            an = math.hypot(ax, ay) or 1.0
            along, across = (U * ax + V * ay) / an, (V * ax - U * ay) / an
            slit = np.exp(-(across / 0.35) ** 2) * ((along > 2.0) & (along < 17.0))
            hole = np.clip(1 - np.hypot(along - 17.5, across) / 1.1, 0, 1) * 3
            tone = tone * (1 - 0.75 * np.clip(slit + hole, 0, 1))
        if part.folds:
            rng = np.random.default_rng(seed + 7 + part.folds)
            s_ax = (U - au) * eu_ + (V - av) * ev_ if L > 1e-6 else U * 0
            lat = ((U - au) * -ev_ + (V - av) * eu_) / np.maximum(r, 1e-3)
            bump = np.zeros_like(U)
            span = math.hypot(js[-1][0] - js[0][0], js[-1][1] - js[0][1])
            base_s = sum(math.hypot(x[0] - y[0], x[1] - y[1]) for x, y in segs[:si])
            s_tot = s_ax + base_s
            for i in range(part.folds):
                # most folds bunch near the cuff; each a ridge bowed round the arm, soft on the
                # side toward the hand and falling into a sharper crease on the other
                at = (0.05 + 0.9 * (i / max(1, part.folds - 1)) ** 1.7) * span + rng.uniform(-0.04, 0.04) * span
                wdt = rng.uniform(5.0, 10.0) * g * (1 + 1.2 * at / span)
                bend = rng.uniform(0.1, 0.45) * r
                tilt = rng.uniform(-0.7, 0.7) * r
                amp = rng.uniform(1.6, 3.4) * g * (1 - 0.5 * at / span)
                x = (s_tot - at - bend * lat * lat - tilt * lat) / wdt
                prof = np.where(x < 0, np.exp(-x * x), np.exp(-(2.2 * x) ** 2))
                bump += amp * prof * np.clip(1.15 - lat * lat, 0, 1)
            bump += cv.mottle(win, seed) * 0.15 * g  # the cloth's unevenness
            h = h + bump
        cur = (sdf, h, q, pu, pv, d, col[0], col[1], col[2], ks, shine, tone)
        # inside both bones the higher surface shows; a pixel outside a bone counts lower
        # by how far outside it is (so a bone's rim never wins over the other's inside)
        was = [b[sub] for b in best]
        take = (h + 10.0 * np.minimum(sdf, 0)) > (was[1] + 10.0 * np.minimum(was[0], 0))
        best[0][sub] = np.maximum(sdf, was[0])
        for i in range(1, 12):
            best[i][sub] = np.where(take, cur[i], was[i])
    return best


def bounds(cv_origin: Pt, turn: float, parts: list[tuple[Part, float]], pad: float,
            clip_s: tuple[float, float] | None = None) -> tuple[float, float, float, float]:
    """The box (a0, b0, a1, b1) round the parts in a canvas frame turned `turn` about
    `cv_origin`, padded; `clip_s` limits it along that frame's first axis."""
    ca, sa = math.cos(turn), math.sin(turn)
    a_s: list[float] = []
    b_s: list[float] = []
    for part, g in parts:
        for u, v, _, r in part.joints:
            du, dv = u * g - cv_origin[0], v * g - cv_origin[1]
            a, b = du * ca + dv * sa, -du * sa + dv * ca
            a_s += [a - r * g, a + r * g]
            b_s += [b - r * g, b + r * g]
    a0, a1 = min(a_s) - pad, max(a_s) + pad
    if clip_s is not None:
        a0, a1 = max(a0, clip_s[0]), min(a1, clip_s[1])
    return (a0, min(b_s) - pad, a1, max(b_s) + pad)
