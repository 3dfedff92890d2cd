"""Review12 D6: her twirling hand and its lock are drawn in the wides' own style.

The hand at 16/17 had 1.1-unit dark-brown outlines round every finger (a wooden mannequin's
hand beside her soft-shaded face); the wound lock was stroked loops. Her other hands
(hand_open.svg) are filled and shaded with at most a faint contour; the lock must be a
filled strand with a lit edge."""
from __future__ import annotations

import re
from pathlib import Path

import game.art.figures as figures

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "her"


def _strokes(svg: str) -> list[tuple[float, str]]:
    """(stroke width, stroke colour) of every stroked element in an SVG's text that is more than
    half opaque (a soft shade laid at 0.35 opacity is not a contour)."""
    found = []
    for tag in re.findall(r"<(?:path|ellipse|circle|rect)\b[^>]*>", svg):
        colour = re.search(r'stroke="([^"]+)"', tag)
        if colour is None or colour.group(1) == "none":
            continue
        width = re.search(r'stroke-width="([\d.]+)"', tag)
        alpha = re.search(r'(?:stroke-)?opacity="([\d.]+)"', tag)
        if alpha is not None and float(alpha.group(1)) <= 0.5:
            continue
        found.append((float(width.group(1)) if width else 1.0, colour.group(1)))
    return found


def _luma(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.3 * r + 0.59 * g + 0.11 * b


def test_twirl_hand_has_no_dark_outline() -> None:
    """No opaque contour on the twirling hand is thicker than a faint 0.5 unit (the old ones: 1.1-unit #6e4030)."""
    svg = (ART / "hand_curl.svg").read_text()
    for width, colour in _strokes(svg):
        assert width <= 0.5 or _luma(colour) > 200, (width, colour)  # thick: only a light ridge or highlight


def test_twirl_hand_is_shaded() -> None:
    """The fingers are told apart by filled shade (the hand is more than one flat fill)."""
    svg = (ART / "hand_curl.svg").read_text()
    assert len(re.findall(r"<path\b[^>]*fill=\"#[0-9a-f]{6}\"[^>]*opacity", svg)) >= 4


def test_wound_lock_is_filled_not_stroked() -> None:
    """curl.svg has no stroked loops: every shape is a fill, one of them the hair's sheen (a lit edge)."""
    svg = (ART / "curl.svg").read_text()
    assert _strokes(svg) == []
    assert 'fill="#a0613a"' in svg


def test_strand_drawn_as_filled_bands() -> None:
    """The lock from her temple to the finger is shaded and lit by filled bands, not fibre lines."""
    assert not hasattr(figures, "STRAND_FIBRES")
    spans = [span for span, _ in figures.STRAND_BANDS]
    assert all(k1 - k0 >= 0.4 for k0, k1 in spans)
    assert any(max(colour) >= 150 for _, colour in figures.STRAND_BANDS)  # a lit edge
