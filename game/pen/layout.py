"""Where the ink goes: a line of text -> the pen's strokes on the page, in pen order.

Layout happens once, when a line is queued (it costs tens of milliseconds, far too much
for a frame). It places each glyph with a little seeded variation, wraps words onto rows
that fit the page, joins letters that nearly touch into one continuous cursive stroke,
and moves i-dots, t-bars and accents to the end of their word, as a writer does. Then
the hand's geometry is applied (smoothing, a slow wobble, slant, a drifting baseline).

Result: polylines in logical pixels relative to the line's origin (left margin, first
baseline), which the timeline turns into timed dabs. Pure numpy, no pygame.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from game.pen.charmap import Letter, resolve
from game.pen.geometry import Noise2D, hermite, smooth, tangent
from game.pen.glyphs import Poly, StrokeFont
from game.pen.hands import Hand


@dataclass(frozen=True)
class PenPath:
    """One pen-down stroke: logical px from the line origin; `new_word` means travel first."""

    pts: Poly
    new_word: bool
    row: int = 0  # the page row (0 = the line's first) this stroke is written on


@dataclass(frozen=True)
class LineLayout:
    """A laid-out line: its pen strokes in order and how many rows of the page it needs."""

    text: str
    paths: tuple[PenPath, ...]
    rows: int
    row_pitch: float  # logical px between baselines
    n_letters: int  # written characters (for the pace)
    width: float = 0.0  # logical px a row may fill (where a blot still fits beside the words)

    @property
    def first_point(self) -> tuple[float, float]:
        p = self.paths[0].pts[0]
        return (float(p[0]), float(p[1]))


@dataclass
class _Stroke:
    pts: Poly  # x-height units
    delayed: bool
    letter: bool


def _is_delayed(st: Poly, ch: str) -> bool:
    """An i-dot or a t-bar: written after the rest of the word."""
    ext = np.ptp(st, axis=0)
    if max(ext) < 0.3 and st[:, 1].max() < -0.8:
        return True
    return ch in "tfTFH" and ext[1] < 0.15 * max(float(ext[0]), 1e-6) and ext[0] > 0.35


def _stretch(st: Poly, hand: Hand) -> Poly:
    """The letter's parts above the x-height and below the baseline drawn longer: a
    copperplate's loops reach two to three x-heights over a small body."""
    if hand.ascender == 1.0 and hand.descender == 1.0:
        return st
    y = st[:, 1]
    y = np.where(y < -1.0, -1.0 + (y + 1.0) * hand.ascender, np.where(y > 0.0, y * hand.descender, y))
    return np.column_stack([st[:, 0], y])


def _place_word(letters: list[Letter], hand: Hand, rng: np.random.Generator) -> tuple[list[_Stroke], float]:
    """Strokes of one word from x = 0, in x-height units, and the word's width."""
    out: list[_Stroke] = []
    x = 0.0
    for n, lt in enumerate(letters):
        s = 1.0 + rng.normal(0, hand.glyph_scale_jitter)
        rot = math.radians(rng.normal(0, hand.glyph_rot_jitter_deg))
        c, sn = math.cos(rot), math.sin(rot)
        m = np.array([[c, -sn], [sn, c]]) @ np.diag([hand.xscale * s, s])
        off = np.array([x, 0.0]) + rng.normal(0, hand.glyph_jitter, 2)
        for st in lt.glyph.strokes:
            out.append(_Stroke(_stretch(st, hand) @ m.T + off, _is_delayed(st, lt.source), lt.is_letter))
        for st in lt.marks:
            out.append(_Stroke(_stretch(st, hand) @ m.T + off, True, False))
        x += lt.glyph.advance * s * hand.xscale + hand.tracking
        if n + 1 < len(letters) and lt.source.isupper() and lt.glyph.strokes and lt.glyph.strokes[-1][-1, 1] < -1.4:
            x -= 0.75 * hand.xscale  # a capital's flourish ending high (script N) overhangs the next letter
    return out, x


def _join(strokes: list[_Stroke], hand: Hand, rng: np.random.Generator) -> list[Poly]:
    """Pen order for one word: joined main strokes, then its dots and bars."""
    out: list[Poly] = []
    cur: Poly | None = None
    cur_letter = False
    for s in strokes:
        if s.delayed:
            continue
        if cur is None:
            cur, cur_letter = s.pts, s.letter
            continue
        gap = float(np.hypot(*(s.pts[0] - cur[-1])))
        joinable = s.letter and cur_letter
        if joinable and gap < 0.08:
            cur = np.vstack([cur, s.pts[1:]])
        elif joinable and gap < hand.join_gap and rng.random() >= hand.break_prob:
            br = hermite(cur[-1], tangent(cur, True), s.pts[0], tangent(s.pts, False))
            cur = np.vstack([cur, br[1:-1], s.pts])
        else:
            out.append(cur)
            cur, cur_letter = s.pts, s.letter
        cur_letter = s.letter
    if cur is not None:
        out.append(cur)
    out.extend(s.pts for s in strokes if s.delayed)
    return out


SHORT_LAST = 0.45  # a last row narrower than this share of the width reads as an orphan
ORPHAN_WEIGHT = 4.0


def wrap(widths: Sequence[float], spaces: Sequence[float], width: float) -> list[int]:
    """The index of the first word of each row: as few rows as filling each one allows, and
    among those the breaks a writer would choose, who sees the line's end coming: each row
    as full as it goes (the sum of each row's squared slack, the last row's not counted),
    and no last row holding one short word alone (a penalty under SHORT_LAST of the width):
    a word or two come down with it.
    A word wider than a row gets a row of its own."""
    n = len(widths)

    def row_w(i: int, j: int) -> float:  # words i..j-1 on one row
        return sum(widths[i:j]) + sum(spaces[i:j - 1])

    greedy, x = 1, 0.0  # the fewest rows: fill each row as far as it goes
    for i in range(n):
        if x > 0 and x + widths[i] > width:
            greedy, x = greedy + 1, 0.0
        x += widths[i] + spaces[i]
    inf = math.inf
    # best[k][j]: (cost, previous break) of words 0..j-1 on k rows
    best: list[list[tuple[float, int]]] = [[(inf, -1)] * (n + 1) for _ in range(greedy + 1)]
    best[0][0] = (0.0, -1)
    for k in range(1, greedy + 1):
        for j in range(1, n + 1):
            for i in range(j - 1, -1, -1):
                w = row_w(i, j)
                if w > width and j - i > 1:
                    break
                prev = best[k - 1][i][0]
                if prev == inf:
                    continue
                if j == n:  # the last row: free, unless it is one short word left alone
                    cost = ORPHAN_WEIGHT * max(0.0, SHORT_LAST * width - w) ** 2 if k > 1 and j - i == 1 else 0.0
                else:
                    cost = max(0.0, width - w) ** 2
                if prev + cost < best[k][j][0]:
                    best[k][j] = (prev + cost, i)
    starts, j, k = [], n, greedy
    while k > 0:
        i = best[k][j][1]
        starts.append(i)
        j, k = i, k - 1
    return sorted(starts)


def layout_line(text: str, hand: Hand, font: StrokeFont, seed: int, width: float, row_pitch: float) -> LineLayout:
    """Lay out `text` in `hand` to rows `width` logical px wide, `row_pitch` apart."""
    rng = np.random.default_rng(seed & 0xFFFFFFFF)  # any int, even a negative one
    xh = hand.x_height
    letters = resolve(text, font)
    words: list[list[Letter]] = [[]]
    for lt in letters:
        if lt is None:
            if words[-1]:
                words.append([])
        else:
            words[-1].append(lt)
    words = [w for w in words if w]
    if not words:
        raise ValueError(f"pen: nothing to write in {text!r}")
    # the extra slant moves ascenders right; keep that inside the row
    lean = max(0.0, math.tan(math.radians(hand.slant_deg))) * 1.6
    width_xh = width / xh - lean - 0.3
    pitch_xh = row_pitch / xh
    space = font.space * hand.word_space
    shaped: list[tuple[list[_Stroke], float, float]] = []  # strokes, width, the space after it
    for w in words:
        strokes, w_width = _place_word(w, hand, rng)
        shaped.append((strokes, w_width, space * rng.uniform(0.85, 1.15)))
    starts = wrap([wd for _, wd, _ in shaped], [sp_ for _, _, sp_ in shaped], width_xh)
    placed: list[tuple[list[_Stroke], float, int]] = []  # strokes, x offset, row
    x_cur, row = 0.0, -1
    for i, (strokes, w_width, after) in enumerate(shaped):
        if i in starts:
            x_cur, row = 0.0, row + 1
        placed.append((strokes, x_cur, row))
        x_cur += w_width + after
    noise = Noise2D(rng, hand.wobble_wavelength, hand.wobble)
    tan_sl = math.tan(math.radians(hand.slant_deg))
    drift_k = 2 * math.pi / rng.uniform(25, 40)
    drift_ph = rng.uniform(0, 2 * math.pi)
    slope = math.tan(math.radians(hand.baseline_slope_deg))
    # a shaking hand: every word off the baseline by its own amount and tilted about its
    # start (a separate stream, so the steady hands' variation is unchanged)
    wrng = np.random.default_rng((seed ^ 0x0B0B) & 0xFFFFFFFF)
    paths: list[PenPath] = []
    for strokes, x0, r in placed:
        first = True
        dy, tilt = 0.0, 0.0
        if hand.word_wobble > 0:
            dy, tilt = wrng.normal(0, hand.word_wobble), wrng.normal(0, 2.5 * hand.word_wobble)
        for pts in _join(strokes, hand, rng):
            if hand.word_wobble > 0:
                pts = np.column_stack([pts[:, 0], pts[:, 1] + dy + pts[:, 0] * tilt * 0.12])
            p = smooth(pts) + np.array([x0, 0.0])
            p = p + noise(p + np.array([0.0, r * pitch_xh]))
            p[:, 0] = p[:, 0] - p[:, 1] * tan_sl
            p[:, 1] = p[:, 1] + hand.baseline_drift * np.sin((p[:, 0] + r * 7.3) * drift_k + drift_ph) + p[:, 0] * slope
            p[:, 1] += r * pitch_xh
            paths.append(PenPath(p * xh, first, r))
            first = False
    n_letters = sum(1 for lt in letters if lt is not None)
    return LineLayout(text, tuple(paths), row + 1, row_pitch, n_letters, width)
