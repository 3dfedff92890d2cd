"""Her brush reads as a brush beside his pointed pen (issue 12 item 6): a round soft brush
keeps its thin strokes full, so its thick-to-thin contrast is at most half of his nib's."""

from __future__ import annotations

from game.pen import Hand
from game.pen.ink import nib_diameter
from game.pen.timeline import SIZE_MIN


def _contrast(hand: Hand) -> float:
    """A full down-stroke's width over the lightest stroke's."""
    return nib_diameter(hand, 1.0) / nib_diameter(hand, SIZE_MIN)


def test_her_brush_swells_evenly_beside_his_pen(hands: dict[str, Hand]) -> None:
    his = _contrast(hands["elegant"])
    for name in ("brush", "trembling"):
        hers = _contrast(hands[name])
        # before: 3.0 against his 4.5 (her hairlines 1.1 lpx, a pen's)
        assert hers <= his / 2, f"{name}: thick/thin {hers:.2f}, his pen {his:.2f}"
        assert nib_diameter(hands[name], SIZE_MIN) >= 2 * nib_diameter(hands["elegant"], SIZE_MIN)  # fuller thin strokes
