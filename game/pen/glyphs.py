"""Single-stroke glyph sources, normalised to one model: pen strokes in x-height units.

The pen needs *centre lines in true pen order*, not outlines, so every source is turned
into the same tiny model: a `Glyph` is a tuple of polylines (numpy (N, 2) arrays, y down,
baseline at 0, x-height = 1, file order = pen order) plus an advance. Two sources:

* Hershey `cursive` from PyPI `Hershey-Fonts` (name ``hershey:cursive``): joined copybook
  letters that all start and end mid-x-height, so cursive joins come almost for free.
* Vara.js JSON stroke fonts (a path ending in ``.json``, e.g. Parisienne, OFL, bundled in
  ``assets/strokes/`` with its licence): hand-traced centre lines of a formal script.

A small TOML file of extra glyphs (``[glyph."I"] advance = .. strokes = [[[x, y], ..]]``)
can replace or add letters; that is how his "I" stops looking like a "J".

Mapping typographic characters (quotes, dashes, accents) onto what a font has is the job
of `game.pen.charmap`, so a loader here only has to say what it really contains.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

Poly = NDArray[np.float64]


@dataclass(frozen=True)
class Glyph:
    """One character: pen strokes in x-height units (y down, baseline 0) and its advance."""

    strokes: tuple[Poly, ...]
    advance: float


@dataclass(frozen=True)
class StrokeFont:
    """A named set of glyphs plus the width of a space, all in x-height units."""

    name: str
    glyphs: dict[str, Glyph]
    space: float

    def has(self, ch: str) -> bool:
        return ch in self.glyphs


# ------------------------------------------------------------------ SVG path parsing
_TOK = re.compile(r"[MmLlHhVvCcSsQqTtZzAa]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _bez3(p0: Poly, p1: Poly, p2: Poly, p3: Poly, n: int) -> Poly:
    t = np.linspace(0, 1, n + 1)[1:, None]
    out: Poly = ((1 - t) ** 3) * p0 + 3 * ((1 - t) ** 2) * t * p1 + 3 * (1 - t) * t * t * p2 + t**3 * p3
    return out


def parse_svg_path(d: str, curve_steps: int = 12) -> list[Poly]:
    """A minimal SVG path parser (M L H V C S Q Z; arcs become lines) -> polylines."""
    toks = _TOK.findall(d)
    i = 0
    cmd = "M"
    cur = np.zeros(2)
    start = np.zeros(2)
    last_ctrl: Poly | None = None
    polys: list[Poly] = []
    pts: list[Poly] = []

    def num() -> float:
        nonlocal i
        v = float(toks[i])
        i += 1
        return v

    def flush() -> None:
        nonlocal pts
        if len(pts) >= 2:
            polys.append(np.array(np.vstack(pts), dtype=float))
        elif len(pts) == 1:  # a dot: keep it as a tiny stroke
            polys.append(np.array([pts[0], pts[0] + [0.01, 0.01]], dtype=float))
        pts = []

    while i < len(toks):
        tok = toks[i]
        if tok.isalpha():
            cmd = tok
            i += 1
            if cmd in "Zz":
                if pts:
                    pts.append(start.copy())
                cur = start.copy()
                flush()
                continue
        rel = cmd.islower()
        c = cmd.upper()
        base = cur if rel else np.zeros(2)
        if c == "M":
            flush()
            cur = base + np.array([num(), num()])
            start = cur.copy()
            pts = [cur.copy()]
            cmd = "l" if rel else "L"
            last_ctrl = None
        elif c == "L":
            cur = base + np.array([num(), num()])
            pts.append(cur.copy())
            last_ctrl = None
        elif c == "H":
            x = num()
            cur = np.array([cur[0] + x if rel else x, cur[1]])
            pts.append(cur.copy())
        elif c == "V":
            y = num()
            cur = np.array([cur[0], cur[1] + y if rel else y])
            pts.append(cur.copy())
        elif c in "CS":
            p1 = (2 * cur - last_ctrl if last_ctrl is not None else cur.copy()) if c == "S" else base + np.array([num(), num()])
            p2 = base + np.array([num(), num()])
            p3 = base + np.array([num(), num()])
            pts.extend(_bez3(cur, p1, p2, p3, curve_steps))
            cur, last_ctrl = p3, p2
        elif c == "Q":
            q1 = base + np.array([num(), num()])
            q2 = base + np.array([num(), num()])
            pts.extend(_bez3(cur, cur + (q1 - cur) * 2 / 3, q2 + (q1 - q2) * 2 / 3, q2, curve_steps))
            cur, last_ctrl = q2, q1
        elif c == "A":
            for _ in range(5):
                num()
            cur = base + np.array([num(), num()])
            pts.append(cur.copy())
        else:  # T and anything exotic: treat as a line to the end point
            cur = base + np.array([num(), num()])
            pts.append(cur.copy())
    flush()
    return polys


# ------------------------------------------------------------------ normalising
def _normalise(name: str, raw: dict[str, tuple[list[Poly], float]], space: float) -> StrokeFont:
    """Scale everything so the x-height (top of 'x') is 1.0."""
    xs = raw.get("x") or raw.get("v") or raw.get("z")
    if not xs or not xs[0]:
        raise ValueError(f"stroke font {name}: no 'x' glyph to measure the x-height")
    xh = -float(np.concatenate(xs[0])[:, 1].min())
    glyphs = {ch: Glyph(tuple(s / xh for s in strokes), adv / xh) for ch, (strokes, adv) in raw.items()}
    return StrokeFont(name, glyphs, space / xh)


def load_hershey(name: str = "cursive") -> StrokeFont:
    """A font from PyPI `Hershey-Fonts` (MIT code; Hershey / NBS font data)."""
    from HersheyFonts import HersheyFonts

    hf = HersheyFonts()
    hf.load_default_font(name)
    base = float(hf.render_options["base_line"])
    raw: dict[str, tuple[list[Poly], float]] = {}
    for ch, g in hf.all_glyphs.items():
        if ch == " " or not str(ch).isprintable():
            continue
        strokes = [np.array([(x - g.left_offset, y - base) for x, y in st], dtype=float) for st in g.strokes if len(st)]
        raw[ch] = (strokes, float(g.char_width))
    return _normalise(f"hershey:{name}", raw, float(hf.all_glyphs[" "].char_width))


def load_vara(path: Path) -> StrokeFont:
    """A Vara.js JSON stroke font: one SVG path per pen stroke, file order = pen order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    raw: dict[str, tuple[list[Poly], float]] = {}
    for code, g in data["c"].items():
        strokes: list[Poly] = []
        for p in g["paths"]:
            for poly in parse_svg_path(p["d"]):
                strokes.append(poly + np.array([p["mx"], -p["my"]]))
        if strokes:
            allp = np.concatenate(strokes)
            x0 = float(allp[:, 0].min())
            strokes = [s - [x0, 0.0] for s in strokes]  # Vara advances by the bounding box
            adv = float(allp[:, 0].max()) - x0
        else:
            adv = float(g.get("w", 5.0))
        raw[chr(int(code))] = (strokes, adv)
    return _normalise(f"vara:{path.name}", raw, float(data["p"].get("space", 8.0)) * 0.6)


def load_extra(path: Path) -> dict[str, Glyph]:
    """Extra glyphs from TOML, already in x-height units: [glyph."I"] advance, strokes."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out: dict[str, Glyph] = {}
        for ch, g in data.get("glyph", {}).items():
            strokes = tuple(np.array(s, dtype=float).reshape(-1, 2) for s in g["strokes"])
            out[ch] = Glyph(strokes, float(g["advance"]))
        return out
    except (OSError, KeyError, ValueError, tomllib.TOMLDecodeError) as e:
        raise ValueError(f"{path}: bad extra glyph file: {e}") from e


def load_font(spec: str, base_dir: Path, extra: str | None = None) -> StrokeFont:
    """`hershey:NAME` or a path (relative to `base_dir`) of a Vara JSON font, plus extras."""
    if spec.startswith("hershey:"):
        font = load_hershey(spec.split(":", 1)[1])
    else:
        font = load_vara(base_dir / spec)
    if extra:
        glyphs = dict(font.glyphs)
        glyphs.update(load_extra(base_dir / extra))
        font = StrokeFont(font.name, glyphs, font.space)
    return font
