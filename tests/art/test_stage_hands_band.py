"""Review11 N8 (line 23): "He leaned forward, resting his elbows on his knees, and his eyes met
hers." His clasped hands, hanging below his knees, reached y 830-970 at 1080p, into the top of the
caption band beside "...met hers." The two-shot is framed a little wider and lower (scenes/room.tmx
`faces`) so the hands' lowest painted pixel sits at least 30 px above the band's top; the pose, with
the elbows on the knees, is unchanged (tests/art/test_fig_elbows_knees.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pygame
import pytest
from stage_probe import moment

from game.art.rig import local_point
from game.assets import Assets

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "him"
MET = "He leaned forward, resting his elbows on his knees"
CLEAR = 30  # px at 1080p between the hands' lowest pixel and the band's top


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _lowest(spec: Any, placed: Any, svg: str) -> float:
    """The room y of the lowest opaque pixel of a hand drawing as placed."""
    w, h = (round(v) for v in spec.parts[placed.part].size)
    alpha = pygame.surfarray.array_alpha(pygame.image.load_sized_svg(str(ART / svg), (w * 4, h * 4)))
    xs, ys = np.nonzero(alpha > 128)
    return max(local_point(spec, placed, (x / 4, y / 4))[1] for x, y in zip(xs[::7], ys[::7], strict=True))


@pytest.mark.parametrize("at", [0.5, 2.0, 6.0])
def test_his_hanging_hands_stay_clear_of_the_caption_band(story: tuple[Any, Any], at: float) -> None:
    from game.scenes.ui import BAND_TOP_GAP, LINE_H, TEXT_BOTTOM

    m = moment(story, MET, at)
    _x, y, _w, h = m.framing
    layers = m.layers
    band = TEXT_BOTTOM - LINE_H - BAND_TOP_GAP  # one line of words at 1080p
    spec = layers.figures.specs["him"]
    hands = [d for d in m.drawn if d.char == "him" and d.part in ("near_hand", "far_hand") and d.alpha > 0.5]
    assert hands, "no hand drawn"
    files = {**dict(spec.parts["near_hand"].variants)}
    low = max(_lowest(spec, m.final["him"][d.part], files[d.variant]) for d in hands)
    px = (low - y) * 1080 / h
    assert px <= band - CLEAR, f"line {m.n} @{at}s: his hands reach y {px:.0f} at 1080p, the band's top is {band}"
