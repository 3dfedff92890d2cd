"""Every character of a line becomes ink: typographic marks and accents onto stroke glyphs.

Stroke fonts cover printable ASCII only, but the story script writes ’ “ ” — … and
accented letters. Nothing may be silently dropped, so each character resolves to a
`Letter`: the glyph drawn for it plus any diacritic strokes the pen adds after the word
(like an i-dot). The rules, in order: the font has the character; a typographic
substitute (’ -> ', “ -> ", – -> -); a synthesised glyph (— is a long dash, « » are chevrons); Unicode
decomposition (é = e + acute, drawn as a stroke above); a known ligature (æ, ß); last, a
visible '?' and a logged warning. Pure logic, no pygame.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

import numpy as np

from game.pen.glyphs import Glyph, Poly, StrokeFont

log = logging.getLogger(__name__)

SUBSTITUTES: dict[str, str] = {
    "’": "'", "‘": "'", "‛": "'", "′": "'", "`": "'",
    "“": '"', "”": '"', "„": '"', "″": '"',
    "–": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
}
EXPANSIONS: dict[str, str] = {"…": "...", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss"}
# combining mark -> name of the stroke drawn above (or below) the base letter
MARKS: dict[str, str] = {
    "\u0301": "acute", "\u0300": "grave", "\u0302": "circumflex", "\u0308": "diaeresis",
    "\u0303": "tilde", "\u0327": "cedilla", "\u030a": "ring", "\u030c": "caron",
}
SLASHED: dict[str, str] = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}


@dataclass(frozen=True)
class Letter:
    """One written character: what it stands for, the glyph drawn, the marks added after."""

    source: str
    glyph: Glyph
    marks: tuple[Poly, ...] = ()
    is_letter: bool = True  # letters join cursively; punctuation never does


def _dash(length: float) -> Glyph:
    xs = np.linspace(0.1, 0.1 + length, 8)
    return Glyph((np.column_stack([xs, -0.42 - 0.03 * np.sin(np.linspace(0, 3.1, 8))]),), length + 0.25)


GUILLEMETS: dict[str, tuple[int, int]] = {"«": (2, -1), "»": (2, 1), "‹": (1, -1), "›": (1, 1)}  # chevrons, pointing


def _guillemet(ch: str) -> Glyph:
    """French quotation marks, drawn as the hand would: one or two small chevrons at mid x-height."""
    count, way = GUILLEMETS[ch]
    strokes = []
    for k in range(count):
        x0 = 0.12 + 0.3 * k
        tip, tail = (x0, x0 + 0.28) if way < 0 else (x0 + 0.28, x0)
        strokes.append(np.array([(tail, -0.78), (tip, -0.47), (tail, -0.16)], dtype=float))
    return Glyph(tuple(strokes), 0.45 + 0.3 * count)


def mark_strokes(name: str, glyph: Glyph) -> tuple[Poly, ...]:
    """Diacritic strokes for `glyph`, placed over its body (x-height units)."""
    if glyph.strokes:
        pts = np.concatenate(glyph.strokes)
        body = pts[pts[:, 1] > -1.05]
        cx = float(np.median(body[:, 0])) if len(body) else glyph.advance / 2
        top = min(-1.0, float(pts[:, 1].min()))
    else:
        cx, top = glyph.advance / 2, -1.0
    y = top - 0.25
    lean = 0.12  # script letters lean; put the mark where the slanted body points
    cx += lean
    shapes: dict[str, list[list[tuple[float, float]]]] = {
        "acute": [[(cx - 0.08, y), (cx + 0.22, y - 0.34)]],
        "grave": [[(cx - 0.18, y - 0.34), (cx + 0.1, y)]],
        "circumflex": [[(cx - 0.22, y), (cx, y - 0.3), (cx + 0.22, y)]],
        "caron": [[(cx - 0.22, y - 0.3), (cx, y), (cx + 0.22, y - 0.3)]],
        "diaeresis": [[(cx - 0.17, y - 0.1), (cx - 0.15, y - 0.08)], [(cx + 0.17, y - 0.1), (cx + 0.19, y - 0.08)]],
        "tilde": [[(cx - 0.25, y - 0.05), (cx - 0.1, y - 0.2), (cx + 0.08, y - 0.08), (cx + 0.25, y - 0.22)]],
        "ring": [[(cx + 0.12 * np.cos(a), y - 0.14 + 0.12 * np.sin(a)) for a in np.linspace(-1.6, 4.7, 12)]],
        "cedilla": [[(cx - 0.1, 0.0), (cx + 0.05, 0.2), (cx + 0.12, 0.32), (cx - 0.12, 0.45)]],
        "slash": [[(cx - 0.45, 0.15), (cx + 0.35, -1.1)]],
    }
    return tuple(np.array(s, dtype=float) for s in shapes[name])


def _is_dot(st: Poly) -> bool:
    """A tittle: a tiny stroke above the x-height."""
    return bool(np.ptp(st, axis=0).max() < 0.3 and st[:, 1].max() < -0.8)


def resolve(text: str, font: StrokeFont) -> list[Letter | None]:
    """The letters of `text` (None for a space), each with a glyph; never drops a character."""
    out: list[Letter | None] = []
    for ch in text:
        out.extend(_resolve_char(ch, font))
    return out


def _resolve_char(ch: str, font: StrokeFont) -> list[Letter | None]:
    if ch == " " or (ch.isspace() and ch not in SUBSTITUTES):
        return [None]
    if font.has(ch):
        return [Letter(ch, font.glyphs[ch], (), ch.isalpha())]
    sub = SUBSTITUTES.get(ch)
    if sub is not None:
        if sub == " ":
            return [None]
        if font.has(sub):
            return [Letter(ch, font.glyphs[sub], (), False)]
    if ch in GUILLEMETS:
        return [Letter(ch, _guillemet(ch), (), False)]
    if ch == "—":
        return [Letter(ch, _dash(1.5), (), False)]
    if ch == "―":
        return [Letter(ch, _dash(2.0), (), False)]
    if ch in EXPANSIONS:
        return [Letter(ch, font.glyphs[c], (), c.isalpha()) for c in EXPANSIONS[ch] if font.has(c)]
    if ch in SLASHED and font.has(SLASHED[ch]):
        g = font.glyphs[SLASHED[ch]]
        return [Letter(ch, g, mark_strokes("slash", g), True)]
    decomposed = unicodedata.normalize("NFD", ch)
    base, combining = decomposed[0], decomposed[1:]
    if combining and font.has(base):
        g = font.glyphs[base]
        if base in "ij" and len(g.strokes) > 1:  # the accent replaces the dot (Hershey draws it first)
            g = Glyph(tuple(st for st in g.strokes if not _is_dot(st)) or g.strokes, g.advance)
        marks: list[Poly] = []
        for m in combining:
            if m in MARKS:
                marks.extend(mark_strokes(MARKS[m], g))
            else:
                log.warning("pen: no stroke for combining mark U+%04X in %r; drawn without it", ord(m), ch)
        return [Letter(ch, g, tuple(marks), True)]
    log.warning("pen: font %s cannot write %r (U+%04X); writing '?'", font.name, ch, ord(ch))
    return [Letter(ch, font.glyphs["?"], (), False)]
