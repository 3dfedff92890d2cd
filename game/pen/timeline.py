"""When the ink goes down: a laid-out line -> timed dabs, pen position and pen events.

The pen is a function of time. This module turns the layout's strokes into one row per
dab (a nib imprint every fraction of a pixel) with the moment it is laid, its size, its
ink shade and the nib's direction, following how hands move: slower in tight curves (the
2/3 power law), easing in as the pen lands and out as it lifts, travelling in the air
between strokes, pausing between words, and for a failing hand trembling, hesitating and
pooling ink into blots. Times are "reference seconds", at the normal pen speed (REF_CPS);
a line takes a person's time (`write_seconds`) and the notebook maps it to the player's
pen speed setting. Nothing here draws: the ink module
stamps the dabs, the notebook draws the pen where `pen_at` says. Pure numpy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from game.easing import fade
from game.pen.geometry import resample
from game.pen.hands import Hand
from game.pen.layout import LineLayout

REF_CPS = 14.0  # letters per second at which times are stored
N_SIZES = 28
N_COLS = 14
N_DIRS = 12
SIZE_MIN, SIZE_MAX = 0.25, 1.6
LEAD = 0.25  # reference seconds between pen time 0 and the first touch
TAIL = 0.35  # after the last stroke: the pen lifts away
# A person's pace: a line of n letters takes WRITE_K * n ** WRITE_EXP / pace reference seconds,
# its pauses included (his 41-character first line 5.2 s, his 83-character confession 7.4 s:
# a long line is written in one flow, a short one still takes its moment). The old fixed
# 14 letters a second finished "Nor did I." in under a second.
WRITE_K = 0.9
WRITE_EXP = 0.5
WORD_PAUSE_S = 0.09  # reference seconds per unit of the hand's `word_pause`: the pen stops between words
TITTLE_PRESS = 1.2  # the nib's pressure for a dot: a little over a full shade
TITTLE_TIME = 0.5  # time units (x-heights of writing) the nib rests in the dot
TITTLE_DARK = 0.35  # the ink pools a little where the nib rests


def write_seconds(n_letters: int, hand: Hand) -> float:
    """Reference seconds a hand takes to write a line of `n_letters` letters, its pauses
    between words and after commas included (hesitations and the blot come on top)."""
    return float(WRITE_K * max(1, n_letters) ** WRITE_EXP / hand.pace)

F64 = NDArray[np.float64]
I32 = NDArray[np.int32]


@dataclass(frozen=True)
class Blot:
    """Ink that spreads where the pen rests: appears at t0 and grows for `grow` seconds."""

    t0: float
    x: float
    y: float
    radius: float  # logical px
    seed: int
    grow: float = 0.6
    px: float | None = None  # where the nib rested (the pool grows from here); None: the centre
    py: float | None = None
    neck: float = 0.0  # logical px: the run's half-width where it leaves the pause point


@dataclass(frozen=True)
class Timeline:
    """Every dab of a line (logical px from the line origin) and when the pen lays it."""

    x: F64
    y: F64
    t: F64
    size: I32  # quantised size index 0..N_SIZES-1
    col: I32  # quantised shade index 0..N_COLS-1 (middle = the ink itself)
    dir: I32  # quantised motion direction (mod 180 degrees)
    stroke: I32  # stroke id per dab
    stroke_first: I32  # index of each stroke's first dab
    stroke_t0: F64
    stroke_t1: F64
    blots: tuple[Blot, ...]
    duration: float  # reference seconds until the pen has lifted away

    def dabs_until(self, t: float) -> int:
        """How many dabs are laid at time t."""
        return int(np.searchsorted(self.t, t, side="right"))

    def pen_at(self, t: float) -> tuple[float, float, float]:
        """(x, y, lift) of the pen tip at time t; lift 0 = on the paper, 1 = well above it."""
        k = int(np.searchsorted(self.stroke_t0, t, side="right")) - 1
        if k < 0:  # coming down onto the first stroke
            u = max(0.0, 1.0 - t / LEAD) if LEAD > 0 else 0.0
            return (float(self.x[0]) + 30 * u, float(self.y[0]) - 10 * u, u)
        if t <= self.stroke_t1[k]:
            i = min(int(np.searchsorted(self.t, t, side="right")), len(self.t) - 1)
            j = max(i - 1, 0)
            span = self.t[i] - self.t[j]
            f = 0.0 if span <= 0 else (t - self.t[j]) / span
            return (float(self.x[j] + (self.x[i] - self.x[j]) * f), float(self.y[j] + (self.y[i] - self.y[j]) * f), 0.0)
        end = (int(self.stroke_first[k + 1]) - 1) if k + 1 < len(self.stroke_first) else len(self.t) - 1
        ex, ey = float(self.x[end]), float(self.y[end])
        if k + 1 >= len(self.stroke_t0):  # after the last stroke (and any blot it rests on): lift off
            u = min(1.0, max(0.0, t - max(float(self.stroke_t1[k]), self.duration - TAIL)) / TAIL)
            e = fade(u)
            return (ex + 24 * e, ey - 6 * e, e)
        nxt = int(self.stroke_first[k + 1])
        nx, ny = float(self.x[nxt]), float(self.y[nxt])
        gap = self.stroke_t0[k + 1] - self.stroke_t1[k]
        u = 1.0 if gap <= 0 else min(1.0, (t - self.stroke_t1[k]) / gap)
        e = fade(u)
        reach = min(1.0, 0.25 + math.hypot(nx - ex, ny - ey) / 120.0)
        return (ex + (nx - ex) * e, ey + (ny - ey) * e, math.sin(math.pi * u) * reach)

    def speed_at(self, t: float) -> float:
        """Pen speed on the paper in logical px per reference second (0 when lifted)."""
        i = int(np.searchsorted(self.t, t, side="right"))
        if i <= 0 or i >= len(self.t) or self.stroke[i] != self.stroke[i - 1]:
            return 0.0
        dt = self.t[i] - self.t[i - 1]
        return 0.0 if dt <= 0 else float(math.hypot(self.x[i] - self.x[i - 1], self.y[i] - self.y[i - 1]) / dt)


BLOT_GROW = 0.8  # reference seconds for the end blot to spread
BLOT_REACH = 1.22  # the pool's outline reaches at most this many radii from its centre (ink._blot_fields)
BLOT_FEATHER = 3.0  # logical px of soft edge and fibre bleed beyond the outline
NECK_END = 0.55  # radii: the run's half-width where it joins the pool
MARGIN_RUN = 18.0  # logical px the pool may run into the right margin (the page has 30)


def _blot_place(ox: F64, oy: F64, px: float, py: float, r: float, nib: float, width: float) -> tuple[float, float, float, float]:
    """(centre x, centre y, radius, neck) of a pool bleeding out from (px, py): ink runs
    from the pause point (a neck `neck` px wide there) to a round pool leaning the way
    with most room, preferring down and right and a short run; the pool shrinks until
    the pool and its run keep clear of every other stroke's ink (ox, oy: dab centres)
    and of the page's right edge."""
    margin = BLOT_FEATHER + nib / 2
    d0 = float(np.hypot(ox - px, oy - py).min()) if len(ox) else math.inf
    for _ in range(16):
        neck = float(np.clip(d0 - nib / 2 - BLOT_FEATHER - 0.5, 0.6, 0.35 * r))
        best: tuple[float, float, float] | None = None
        for lean in (0.5, 0.8, 1.1, 1.4, 1.7):
            for i in range(24):
                a = 2 * math.pi * i / 24
                cx, cy = px + lean * r * math.cos(a), py + lean * r * math.sin(a)
                if width and cx + BLOT_REACH * r > width + MARGIN_RUN:
                    continue
                room = float(np.hypot(ox - cx, oy - cy).min()) - BLOT_REACH * r - margin if len(ox) else math.inf
                for f in (0.15, 0.3, 0.45, 0.65, 0.85):  # the run, from the pause point to the pool
                    qx, qy = px + (cx - px) * f, py + (cy - py) * f
                    rr = neck + (NECK_END * r - neck) * f
                    room = min(room, float(np.hypot(ox - qx, oy - qy).min()) - rr - margin if len(ox) else math.inf)
                score = min(room, r) + 0.2 * r * (math.sin(a) + 0.5 * math.cos(a)) - 0.4 * lean * r
                if room >= 0 and (best is None or score > best[0]):
                    best = (score, cx, cy)
        if best is not None:
            return best[1], best[2], r, neck
        r *= 0.9
    return px, py, r, 0.0

def _swell(on: NDArray[np.bool_], s: F64, amount: float) -> F64:
    """Pressure along each run of down-stroke (`on`, arc length `s`): the nib opens as the
    stroke gets going and closes before it turns, so a shade swells in its middle."""
    out = np.ones(len(s))
    edges = np.flatnonzero(np.diff(np.r_[0, on.astype(np.int8), 0]))
    for i0, i1 in zip(edges[::2], edges[1::2], strict=True):
        span = s[i1 - 1] - s[i0]
        if span > 1e-6:
            u = (s[i0:i1] - s[i0]) / span
            out[i0:i1] = 1 - amount * (1 - np.sin(np.pi * u) ** 0.5)
    return out


def _rest_point(ox: F64, oy: F64, ex: float, ey: float, r: float, xh: float, nib: float, width: float) -> tuple[float, float, float, float, float, float]:
    """Where a failing pen comes to rest after its full stop at (ex, ey): lifted off the
    stop, it comes down again just beside it, right of it or below, never on it, and
    the ink bleeds there, so the stop stays a dot of its own beside the blot. Returns
    (rest x, rest y, pool x, pool y, radius, neck), the pool placed by `_blot_place`
    clear of every stroke (ox, oy: dab centres, the stop's included)."""
    near = np.hypot(ox - ex, oy - ey) < 5 * r + 2 * xh  # only ink near the stop can be in the way
    nx, ny = ox[near], oy[near]
    best: tuple[float, tuple[float, float, float, float, float, float]] | None = None
    for dist in (0.45, 0.65, 0.9):
        for deg in (10, 35, 60, -15, 85):  # right and a little down first: the hand drifting on
            a = math.radians(deg)
            qx, qy = ex + dist * xh * math.cos(a), ey + dist * xh * math.sin(a)
            if len(nx) and float(np.hypot(nx - qx, ny - qy).min()) < nib + BLOT_FEATHER + 1.0:
                continue  # the nib would touch the stop or a letter: no dot of its own
            bx, by, rr, neck = _blot_place(nx, ny, qx, qy, r, nib, width)
            score = rr - 0.1 * dist * xh
            if best is None or score > best[0]:
                best = (score, (qx, qy, bx, by, rr, neck))
            if rr >= 0.99 * r:
                return best[1]
    if best is None:  # nowhere clear: rest on the stop itself, the pool kept off the words
        bx, by, rr, neck = _blot_place(nx, ny, ex, ey, r, nib, width)
        return ex, ey, bx, by, rr, neck
    return best[1]


STOP_POOL = 0.3  # xh: the end of a stroke where a hesitating pen stops swells and darkens
STOP_PRESS = 1.15  # the nib's pressure as it rests there
STOP_DARK = 0.5  # and the ink that pools there, over the stroke's own shade


SHIVER_KNOTS = 4096  # random knots along a line's path for a shaking hand's shiver (cycled past the end)


def _shiver(sa: F64, d: F64, knots: F64, step: float) -> F64:
    """A quick irregular waver across a stroke at path lengths `sa` (tangents `d`): seeded noise
    knots `step` lpx apart, eased between (smooth, no kinks), times a slower envelope from the
    knots' second column so it comes in bursts and lulls, as a shaking hand does. Unit amplitude
    (~1 at its peaks); across the stroke, since a shift along it only respaces the dabs."""
    q = sa / step
    i = np.floor(q).astype(int)
    f = q - i
    f = f * f * (3 - 2 * f)
    k = len(knots)
    wave = knots[i % k, 0] * (1 - f) + knots[(i + 1) % k, 0] * f
    j = sa / (step * 7.0)  # bursts: a slow envelope ~7 knots long, from the second column
    jj = np.floor(j).astype(int)
    g = j - jj
    g = g * g * (3 - 2 * g)
    burst = 0.35 + 0.65 * np.clip(np.abs(knots[jj % k, 1] * (1 - g) + knots[(jj + 1) % k, 1] * g), 0, 1.4) / 1.4
    n = np.stack([-d[:, 1], d[:, 0]], axis=1)
    n /= np.hypot(n[:, 0], n[:, 1])[:, None] + 1e-9
    out: F64 = n * (wave * burst)[:, None]
    return out


def build_timeline(lay: LineLayout, hand: Hand, seed: int, ds: float) -> Timeline:
    """Kinematics, nib and ink for every dab, `ds` logical px apart."""
    rng = np.random.default_rng((seed ^ 0x5EED) & 0xFFFFFFFF)
    xh = hand.x_height
    unit = 1.0 / xh  # time unit: one x-height of writing at nominal speed
    # the down-stroke direction: the font's own lean and the hand's shear compose as tangents
    a_sl = math.atan(math.tan(math.radians(hand.font_slant_deg)) + math.tan(math.radians(hand.slant_deg)))
    down = np.array([-math.sin(a_sl), math.cos(a_sl)])
    trem = [(wl * xh, rng.uniform(0.6, 1.0), rng.uniform(0, 6.28), rng.uniform(0, 6.28)) for wl in hand.tremor_wavelengths]
    paths = lay.paths
    n = len(paths)
    # the shiver's own draws: the other hands' timelines stay as they were
    shiver = np.random.default_rng((seed ^ 0x5A1CE) & 0xFFFFFFFF).normal(0.0, 1.0, (SHIVER_KNOTS, 2)) \
        if hand.shiver > 0 else None
    hes: set[int] = set()
    if hand.hesitations and n > 3 and hand.hesitation_gap <= 0:
        hes = {int(v) for v in rng.choice(np.arange(2, n - 1), size=min(hand.hesitations, n - 3), replace=False)}
    xs: list[F64] = []
    ys: list[F64] = []
    ts: list[F64] = []
    sz: list[F64] = []
    cl: list[F64] = []
    dr: list[F64] = []
    blots: list[list[float]] = []
    holds: list[tuple[float, float]] = []
    pauses: list[tuple[float, float]] = []  # (natural time, reference seconds) between words
    t = 0.0
    s_acc = 0.0
    prev_end: F64 | None = None
    for k, path in enumerate(paths):
        p, s = resample(path.pts, ds)
        length = float(s[-1])
        if prev_end is not None:
            t += hand.lift_time + float(np.hypot(*(p[0] - prev_end))) * unit / hand.air_speed
            if path.new_word:  # the pen stops between words, longer after a comma or a stop
                pauses.append((t - 1e-6, hand.word_pause * WORD_PAUSE_S * rng.uniform(0.7, 1.4) + path.pause))
        d = np.gradient(p, axis=0) if len(p) > 1 else np.array([[1.0, 0.0]])
        ang = np.unwrap(np.arctan2(d[:, 1], d[:, 0]))
        kappa = np.abs(np.gradient(ang)) / ds if len(p) > 1 else np.zeros(1)
        win = max(3, int(0.15 * xh / ds)) | 1
        ker = np.hanning(win + 2)[1:-1]
        kappa = np.convolve(np.pad(kappa, win // 2, mode="edge"), ker / ker.sum(), "valid")
        v = np.clip((1.0 / (kappa * xh + 1e-3)) ** (1 / 3), 0.45, 1.5)
        v *= 0.3 + 0.7 * np.clip(s / (0.35 * xh), 0, 1) ** 0.7
        v *= 0.45 + 0.55 * np.clip((length - s) / (0.3 * xh), 0, 1) ** 0.7
        v *= max(0.3, 1 + rng.normal(0, hand.speed_jitter))
        if path.dot:  # a tittle: the nib comes down, rests and lifts, at one pace
            v = np.full(len(p), max(length, ds) * unit / TITTLE_TIME)
        dt = ds * unit / v
        tt = t + np.concatenate([[0.0], np.cumsum(dt[:-1])])
        t = float(tt[-1])
        press = np.ones(len(p))
        if hand.tremor > 0:
            # the pen's centre line wanders: a few slow sines (wavelengths of one x-height and
            # more along the whole line's path, seeded), waxing and waning, so the stroke
            # bends as a whole while its edges stay smooth; the pressure wavers with it
            sa = s_acc + s
            tr = np.zeros_like(p)
            for wl, amp, ph1, ph2 in trem:
                tr[:, 0] += amp * np.sin(2 * math.pi * sa / wl + ph1)
                tr[:, 1] += amp * np.sin(2 * math.pi * sa / (wl * 1.13) + ph2)
                press += hand.tremor_press * amp * np.sin(2 * math.pi * sa / (wl * 0.87) + ph1 + ph2)
            env = 0.55 + 0.45 * np.sin(2 * math.pi * sa / (6.0 * xh) + trem[0][2])
            env *= 0.4 + 0.6 * np.clip(sa / (8.0 * xh), 0, 1)  # the shaking grows as the line goes on
            p = p + tr * (hand.tremor / len(trem) * 1.6) * env[:, None]
        if shiver is not None and len(p) > 1:
            p = p + _shiver(s_acc + s, d, shiver, hand.shiver_wavelength * xh / 2) * hand.shiver
        s_acc += length
        u = d / (np.hypot(d[:, 0], d[:, 1])[:, None] + 1e-9)
        downness = np.clip(u @ down, 0, 1)
        slow = np.clip(1.0 / v, 1, 3) - 1
        if hand.nib != "italic":  # brush or pointed nib: down-strokes swell with pressure
            g = hand.down_gain
            shade = downness**hand.down_power
            if hand.swell > 0:
                shade = shade * _swell(shade > 0.2, s, hand.swell)
            size = 0.1 + 0.9 * (0.12 + 0.88 * shade) * g + (1 - g) * 0.5
            size = size * (1 + 0.12 * slow)
            # tapers take at most a third of a stroke each: an apostrophe or a comma keeps a body
            if hand.taper_in:
                size *= 0.3 + 0.7 * np.clip(s / min(hand.taper_in * xh, length / 3 + 1e-6), 0, 1) ** 0.6
            if hand.taper_out:
                size *= 0.2 + 0.8 * np.clip((length - s) / min(hand.taper_out * xh, length / 3 + 1e-6), 0, 1) ** 0.8
        else:
            size = 1.0 + hand.down_gain * downness + 0.04 * slow
        size = size * press
        dark = hand.pool * np.exp(-s / (hand.pool_len * xh)) + hand.dwell_dark * np.clip(slow, 0, 1)
        dark -= hand.dry * np.clip(s / (hand.dry_len * xh), 0, 1) ** 1.3
        if path.dot:  # pressed, swelling to its middle and lifting: a round dab, not a hairline
            u_dot = s / max(length, 1e-6)
            size = TITTLE_PRESS * (0.8 + 0.2 * np.sin(np.pi * u_dot)) * press
            dark = np.full(len(p), hand.pool + TITTLE_DARK)
        if path.stop:  # the pen stops here and rests before it lifts: the ink pools in a dot
            pool = np.clip(1 - (length - s) / (STOP_POOL * xh), 0, 1) ** 1.5
            size = np.maximum(size, STOP_PRESS * pool)  # resting pressed, no lift-off taper
            dark = dark * (1 - pool) + pool * (float(np.median(dark)) + STOP_DARK)  # whatever the brush's dryness
            holds.append((float(tt[-1]) + 1e-6, hand.hesitation_time * rng.uniform(0.8, 1.3)))
        if k in hes:  # the pen rests before this stroke: ink pools, may blot
            nb = min(len(dark), int(0.5 * xh / ds))
            dark[:nb] += np.linspace(0.6, 0, nb)
            holds.append((float(tt[0]) - 1e-6, hand.hesitation_time * rng.uniform(0.7, 1.3)))
            if hand.blot_at_hesitation:
                blots.append([float(tt[0]) - 2e-6, float(p[0, 0]), float(p[0, 1]), hand.blot_at_hesitation * xh, float(rng.integers(1 << 30))])
        xs.append(p[:, 0])
        ys.append(p[:, 1])
        ts.append(tt)
        sz.append(np.clip(np.round((size - SIZE_MIN) / (SIZE_MAX - SIZE_MIN) * (N_SIZES - 1)), 0, N_SIZES - 1))
        cl.append(np.clip(np.round((dark + 1) / 2 * (N_COLS - 1)), 0, N_COLS - 1))
        dr.append(np.zeros(len(p)) if hand.nib != "italic" else np.round((np.arctan2(u[:, 1], u[:, 0]) % math.pi) / math.pi * N_DIRS) % N_DIRS)
        prev_end = p[-1]
    rest: tuple[float, float, float, float, float, float] | None = None
    if hand.blot_at_end:
        # the failing pen lifts off its full stop and comes down again beside it, pressing,
        # and rests there: a short touch of dark ink the blot will bleed from
        ex, ey = float(xs[-1][-1]), float(ys[-1][-1])
        rest = _rest_point(np.concatenate(xs), np.concatenate(ys), ex, ey, hand.blot_at_end * xh, xh, hand.nib_width, lay.width)
        qx, qy = rest[0], rest[1]
        t += hand.lift_time + math.hypot(qx - ex, qy - ey) * unit / hand.air_speed
        n = 4
        touch = np.linspace(0.0, 1.0, n)
        xs.append(qx - 0.6 * (1 - touch))
        ys.append(qy - 0.4 * (1 - touch))
        ts.append(t + touch * 0.4 * unit)
        t += 0.4 * unit
        sz.append(np.full(n, N_SIZES // 2, dtype=float))
        cl.append(np.full(n, N_COLS - 1, dtype=float))
        dr.append(np.zeros(n))
    # scale the writing so that it and its pauses take a person's time, then add the pauses
    # and the holds (the failing hand's hesitations come on top of its pace)
    paused = sum(h for _, h in pauses)
    scale = max(write_seconds(lay.n_letters, hand) - paused, 0.4 * write_seconds(lay.n_letters, hand)) / max(t, 1e-6)
    holds.extend(pauses)
    tcat = np.concatenate(ts) * scale + LEAD
    for b in blots:
        b[0] = b[0] * scale + LEAD
    for t_h, hold in sorted(holds, reverse=True):
        t_h = t_h * scale + LEAD
        tcat[tcat > t_h] += hold
        for b in blots:
            if b[0] > t_h:
                b[0] += hold
    sid = np.concatenate([np.full(len(a), i, dtype=np.int32) for i, a in enumerate(xs)])
    first = np.concatenate([[0], np.cumsum([len(a) for a in xs])[:-1]]).astype(np.int32)
    lasts = np.cumsum([len(a) for a in xs]) - 1
    end = float(tcat[-1])
    out_blots = [Blot(b[0] + 0.05, b[1], b[2], b[3], int(b[4])) for b in blots]
    if rest is not None:
        # the pen rests on its touch beside the full stop and the ink bleeds out there: the
        # pool grows from that point, leaning away from the words, kept small enough to
        # cover no other letter and not the stop
        px, py, bx, by, r, neck = rest
        out_blots.append(Blot(end + 0.05, bx, by, r, int(rng.integers(1 << 30)), BLOT_GROW, px, py, neck))
        end += BLOT_GROW + 0.1  # the blot has spread before the pen lifts away
    return Timeline(
        np.concatenate(xs), np.concatenate(ys), tcat,
        np.concatenate(sz).astype(np.int32), np.concatenate(cl).astype(np.int32), np.concatenate(dr).astype(np.int32),
        sid, first, tcat[first].astype(np.float64), tcat[lasts].astype(np.float64),
        tuple(out_blots), end + TAIL,
    )
