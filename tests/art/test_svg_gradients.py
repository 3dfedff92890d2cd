"""The figures' gradients render: pygame's SVG reader (nanosvg) takes a bare number in an
objectBoundingBox gradient (x2="1", r="0.75") as user-space px, so the gradient collapsed to its
last colour: her chestnut hair drew near-black, her dress, skin and shoes flat (SUIT found it on his
suit). Written as percentages they render as designed; this keeps the hand-drawn art so."""

from __future__ import annotations

import re
from pathlib import Path

import pygame

ROOT = Path(__file__).resolve().parents[2]
GRADIENT = re.compile(r"<(linear|radial)Gradient\b([^>]*)>", re.S)
BARE = re.compile(r'\b(x1|x2|y1|y2|cx|cy|r|fx|fy)="(-?[0-9.]+)"')


def _bare(text: str) -> list[str]:
    out = []
    for m in GRADIENT.finditer(text):
        attrs = m.group(2)
        if "userSpaceOnUse" not in attrs:
            out += [f"{a}={v}" for a, v in BARE.findall(attrs)]
    return out


def test_the_reader_needs_percentages(tmp_path: Path) -> None:
    """Why: the same left-to-right ramp, once with x2="1" and once with x2="100%"."""
    ramp = ('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="10" viewBox="0 0 100 10"><defs>'
            '<linearGradient id="a" x1="0" y1="0" x2="{x2}" y2="0"><stop offset="0" stop-color="#000"/>'
            '<stop offset="1" stop-color="#fff"/></linearGradient></defs><rect width="100" height="10" fill="url(#a)"/></svg>')
    reds = {}
    for x2 in ("1", "100%"):
        f = tmp_path / "ramp.svg"
        f.write_text(ramp.replace("{x2}", x2))
        s = pygame.image.load_sized_svg(str(f), (100, 10))
        reds[x2] = [s.get_at((x, 5))[0] for x in (5, 50, 95)]
    assert reds["1"][0] == reds["1"][2], "a bare 1 collapses the ramp"
    assert reds["100%"][0] < 40 < 200 < reds["100%"][2], "a percentage keeps it"


def test_the_figures_art_has_no_bare_gradient_coordinates() -> None:
    found = {str(p.relative_to(ROOT)): bad for p in sorted((ROOT / "assets" / "art" / "figures").rglob("*.svg"))
             if (bad := _bare(p.read_text()))}
    assert not found, found
