"""Lines 63/64/71 (review14 §3 #5): his knuckle crowns' rim is a shade at the crown's back fading
out toward the finger's sides, not an even dark ring round the half dome (it closed each crown
into a round knob). The rim was one solid TAN.line stroke at 0.35 over the whole half circle."""

from __future__ import annotations

import re

import pytest

from tools.hands import laced
from tools.hands.geometry import Doc


@pytest.mark.parametrize("curl", [0.0, 1.0])
def test_the_crown_rim_fades_at_its_ends(curl: float) -> None:
    d = Doc()
    laced.bend(d, 1, curl=curl)
    svg = d.svg()
    solid = [m for m in re.findall(r"<path [^>]*>", svg) if f'stroke="{laced.TAN.line}"' in m and "data-rim" not in m]
    assert not solid, f"a solid dark ring round the crown: {solid[0][:120]}"
    fades = [g for g in re.findall(r"<linearGradient [^>]*>(.*?)</linearGradient>", svg)
             if g.count("stop-opacity") == 3 and laced.TAN.line in g]
    ops = [[float(v) for v in re.findall(r'stop-opacity="([0-9.]+)"', g)] for g in fades]
    assert any(o[0] == 0.0 and o[-1] == 0.0 and o[1] > 0.0 for o in ops), "no rim fading out at both ends"
