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
    dot: bool = False  # a tittle (the dot of an i or j): one pressed dab of the nib
    pause: float = 0.0  # reference seconds the writer stops before this stroke (after a comma ...)
    stop: bool = False  # a trembling pen stops at this stroke's end mid-letter, rests (ink pools), lifts


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
    dot: bool = False


TITTLE_LIFT = 0.62  # xh: the dot's centre above the top of its stem (copybooks: about half way to the ascender)
TITTLE_LEN = 0.14  # xh: the dab's length down the slant (the nib pressed and lifted: a short teardrop)
TITTLE_CLEAR = 0.6  # xh: a dot this far from every other stroke of its word reads as a dot
PUNCT_PAUSE = {",": 0.5, ";": 0.6, ":": 0.6, ".": 0.75, "!": 0.75, "?": 0.75, "…": 0.75, "—": 0.4}  # s, after the word


def _stem_top(lt: Letter) -> Poly | None:
    """The top of an i's or j's stem (glyph units), over which its dot goes; None for any
    other letter. The fonts' own dots are not used: Parisienne's sits 0.2 xh over the stem,
    under the brush's width, or, leaning, on the next letter's ascender ("either" read "ether")."""
    if lt.source not in "ij" or len(lt.glyph.strokes) < 2:
        return None
    body = [st for st in lt.glyph.strokes if not _is_delayed(st, lt.source)]
    if not body:
        return None
    pts = np.concatenate(body)
    top: Poly = pts[int(np.argmin(pts[:, 1]))]
    return top


def _seg_dist(q: Poly, polys: list[Poly]) -> float:
    """Shortest distance from point q to any segment of the polylines."""
    best = math.inf
    for p in polys:
        if len(p) < 2:
            best = min(best, float(np.hypot(*(p[0] - q)))) if len(p) else best
            continue
        a, d = p[:-1], np.diff(p, axis=0)
        u = np.clip(((q - a) * d).sum(1) / np.maximum((d * d).sum(1), 1e-12), 0, 1)
        best = min(best, float(np.hypot(*(a + d * u[:, None] - q).T).min()))
    return best


def _tittle(top: Poly, others: list[Poly], hand: Hand) -> Poly:
    """The dot over a stem whose top is `top`, as the writer puts it after the word: about
    TITTLE_LIFT over the stem along the hand's lean, nudged (less lift, a little back) until
    it is clear of the word's other strokes, as slanted on the page; one short dab down
    the slant."""
    tan_sl = math.tan(math.radians(hand.slant_deg))

    def sheared(p: Poly) -> Poly:
        out: Poly = np.column_stack([p[..., 0] - p[..., 1] * tan_sl, p[..., 1]]) if p.ndim > 1 else np.array([p[0] - p[1] * tan_sl, p[1]])
        return out

    near = [sheared(p) for p in others if len(p) and float(np.abs(p[:, 0] - top[0]).min()) < 2.5]
    a = math.radians(hand.font_slant_deg)
    lean = math.tan(a)
    best: tuple[float, Poly] | None = None
    for lift in (TITTLE_LIFT, 0.52, 0.72, 0.85, 0.45, 1.0):
        for dx in (0.0, -0.1, 0.08, -0.2, 0.16, -0.3):
            c = top + np.array([dx + 0.5 * lean * lift, -lift])
            room = _seg_dist(sheared(c), near) if near else math.inf
            score = min(room, TITTLE_CLEAR) - 0.4 * abs(dx) - 0.25 * abs(lift - TITTLE_LIFT)
            if best is None or score > best[0]:
                best = (score, c)
    assert best is not None
    c = best[1]
    half = TITTLE_LEN / 2 * np.array([-math.sin(a), math.cos(a)])
    dab: Poly = np.array([c - half, c, c + half])
    return dab


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
    dots: list[tuple[int, Poly]] = []  # (where in `out`, the stem's top)
    x = 0.0
    for n, lt in enumerate(letters):
        s = 1.0 + rng.normal(0, hand.glyph_scale_jitter)
        rot = math.radians(rng.normal(0, hand.glyph_rot_jitter_deg))
        c, sn = math.cos(rot), math.sin(rot)
        m = np.array([[c, -sn], [sn, c]]) @ np.diag([hand.xscale * s, s])
        off = np.array([x, 0.0]) + rng.normal(0, hand.glyph_jitter, 2)
        top = _stem_top(lt)
        for st in lt.glyph.strokes:
            delayed = _is_delayed(st, lt.source)
            if top is not None and delayed:
                continue  # the font's own dot: its tittle is placed once the word is there
            out.append(_Stroke(_stretch(st, hand) @ m.T + off, delayed, lt.is_letter))
        if top is not None:
            dots.append((len(out), top @ m.T + off))
        for st in lt.marks:
            out.append(_Stroke(_stretch(st, hand) @ m.T + off, True, False))
        x += lt.glyph.advance * s * hand.xscale + hand.tracking
        if n + 1 < len(letters) and lt.source.isupper() and lt.glyph.strokes and lt.glyph.strokes[-1][-1, 1] < -1.4:
            x -= 0.75 * hand.xscale  # a capital's flourish ending high (script N) overhangs the next letter
    body = [st.pts for st in out]  # the word without its dots, t-bars and accents included
    for at, top in reversed(dots):  # each dot in its letter's place among the word's dots and bars
        out.insert(at, _Stroke(_tittle(top, body, hand), True, False, True))
    return out, x


def _join(strokes: list[_Stroke], hand: Hand, rng: np.random.Generator) -> list[tuple[Poly, bool]]:
    """Pen order for one word: joined main strokes, then its dots and bars (with: is it a tittle)."""
    out: list[tuple[Poly, bool]] = []
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
            out.append((cur, False))
            cur, cur_letter = s.pts, s.letter
        cur_letter = s.letter
    if cur is not None:
        out.append((cur, False))
    out.extend((s.pts, s.dot) for s in strokes if s.delayed)
    return out


def _punct_pause(word: list[Letter]) -> float:
    """Seconds a writer stops after `word` beyond the space: at its comma or full stop
    (closing quotes and brackets looked through)."""
    for lt in reversed(word):
        if lt.source in "'\"’”»›)":
            continue
        return PUNCT_PAUSE.get(lt.source, 0.0) if not lt.source.isalnum() else 0.0
    return 0.0


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
    # a shaking hand: every word on its own tilt, but the baseline drifts continuously: each
    # word starts where the line the last one was on has got to across the space (a hand
    # drifts, it does not step: review6 #11), steered back toward the rule as it strays (a
    # separate stream, so the steady hands' variation is unchanged)
    wrng = np.random.default_rng((seed ^ 0x0B0B) & 0xFFFFFFFF)
    paths: list[PenPath] = []
    level, prev_row = 0.0, -1
    for i, (strokes, x0, r) in enumerate(placed):
        first = True
        pause = _punct_pause(words[i - 1]) if i else 0.0
        dy, tilt = 0.0, 0.0
        if hand.word_wobble > 0:
            if r != prev_row:  # the pen back at the margin: a fresh start near the rule
                level = wrng.normal(0, 0.5 * hand.word_wobble)
            w_width, after = shaped[i][1], shaped[i][2]
            dy = level
            tilt = wrng.normal(0, 2.5 * hand.word_wobble) - 0.5 * level / (0.12 * max(w_width + after, 1.0))
            level += (w_width + after) * tilt * 0.12
        prev_row = r
        for pts, dot in _join(strokes, hand, rng):
            if hand.word_wobble > 0:
                pts = np.column_stack([pts[:, 0], pts[:, 1] + dy + pts[:, 0] * tilt * 0.12])
            p = smooth(pts) + np.array([x0, 0.0])
            p = p + noise(p + np.array([0.0, r * pitch_xh]))
            p[:, 0] = p[:, 0] - p[:, 1] * tan_sl
            p[:, 1] = p[:, 1] + hand.baseline_drift * np.sin((p[:, 0] + r * 7.3) * drift_k + drift_ph) + p[:, 0] * slope
            p[:, 1] += r * pitch_xh
            paths.append(PenPath(p * xh, first, r, dot, pause if first else 0.0))
            first = False
    if hand.hesitation_gap > 0 and hand.hesitations:
        paths = _hesitation_stops(paths, hand, np.random.default_rng((seed ^ 0x4E5) & 0xFFFFFFFF))
    n_letters = sum(1 for lt in letters if lt is not None)
    return LineLayout(text, tuple(paths), row + 1, row_pitch, n_letters, width)


def _hesitation_stops(paths: list[PenPath], hand: Hand, rng: np.random.Generator) -> list[PenPath]:
    """A trembling writer stops mid-stroke, the nib resting (the ink pools there), then lifts
    and comes down again a little further on: `hesitations` long strokes are cut in two, with
    `hesitation_gap` x-heights of their path left unwritten between the halves."""
    xh = hand.x_height
    lens = [float(np.hypot(*np.diff(p.pts, axis=0).T).sum()) if len(p.pts) > 1 else 0.0 for p in paths]
    cands = [k for k, p in enumerate(paths) if k and not p.dot and lens[k] >= 4 * xh]
    if not cands:
        return paths
    chosen = {int(v) for v in rng.choice(cands, size=min(hand.hesitations, len(cands)), replace=False)}
    out: list[PenPath] = []
    for k, p in enumerate(paths):
        arc = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(p.pts, axis=0).T))])
        cut = lens[k] * rng.uniform(0.35, 0.6)
        i = int(np.searchsorted(arc, cut))
        j = int(np.searchsorted(arc, cut + hand.hesitation_gap * xh))
        if k not in chosen or i < 2 or j >= len(p.pts) - 2:
            out.append(p)
            continue
        out.append(PenPath(p.pts[: i + 1], p.new_word, p.row, False, p.pause, True))
        out.append(PenPath(p.pts[j:], False, p.row))
    return out
