"""Review12/13 D3, the cut 62 -> 63: her hand was redrawn at the cut. 62 ended on its own drawing
of her hand (closed fingers, the bracelet ~45 px left) and 63 opened on the clasp's (spread
fingers, a hazier back): across the cut 92k px of her hand differed in 700x320+200+220 at 1080p.
Now 62 ends on the very drawings 63 opens on (tools/hands/reach.py copies the clasp's, byte for
byte), in their place: her hand's pixels and her bracelet hold across the cut. Both frames are
laid from the inserts' parts through the insert loader, at 960x540."""

from __future__ import annotations

import numpy as np
import pygame
from test_hands_clasp_review11 import INSERTS, SIZE, TO_1080, inserts

from game.art.inserts import Inserts, _blit_part, load_spec

__all__ = ["inserts"]  # the clasp test's fixture, used here
ENDS = (4.0, 8.0)  # s into 62: a player reads its 84 characters for 4-8 s (typed in 2 s; auto-advance ~8.5 s)
HER_BOX = (200, 220, 700, 320)  # x, y, w, h at 1080p: her hand across the cut (review13's rectangle)
FUZZ = 0.03 * 255  # a pixel differs when a channel moves more than 3 % (review13: compare -fuzz 3%)


def _frame(inserts: Inserts, insert: str, u: float, only: tuple[str, ...] = ()) -> np.ndarray:
    """The insert's parts at `u` laid over black (those whose names start with `only`, if given):
    RGBA, x first."""
    out = pygame.Surface(SIZE, pygame.SRCALPHA)
    for part, tf in zip(load_spec(INSERTS, insert).parts, inserts.transforms(insert, u), strict=True):
        if tf.alpha > 0.003 and (not only or part.svg.name.startswith(only)):
            _blit_part(out, inserts._raster(part.svg, SIZE), part.pivot, tf, SIZE[0] / 1920, inserts._turned)
    rgb = pygame.surfarray.array3d(out).astype(int)
    return np.dstack([rgb, pygame.surfarray.array_alpha(out)])


def _box(a: np.ndarray) -> np.ndarray:
    x, y, w, h = (round(v / TO_1080) for v in HER_BOX)
    return a[x:x + w, y:y + h]


def _bracelet_x(a: np.ndarray) -> float:
    """Her gold bracelet's mean x at 1080p: its pixels gold (green near red, little blue)."""
    r, g, b, al = (a[..., i].astype(float) for i in range(4))
    gold = (al > 200) & (r > 90) & (g > 0.7 * r) & (b < 0.5 * r)
    xs = np.nonzero(gold)[0]
    assert len(xs) > 40, f"no bracelet found ({len(xs)} gold px)"
    return float(xs.mean()) * TO_1080


def test_her_hand_holds_across_the_cut_62_63(inserts: Inserts) -> None:
    """62 as it ends and 63's first moment: under ~5k px (at 1080p, 3 % fuzz) of the whole frame differ in
    her hand's rectangle (was 92k), and her bracelet lies within 3 px (was ~45 px)."""
    start = _frame(inserts, "hands_intertwined", 0.0)
    for end in ENDS:
        last = _frame(inserts, "hand_reach", end)
        diff = int((np.abs(_box(last)[..., :3] - _box(start)[..., :3]).max(axis=2) > FUZZ).sum() * TO_1080 ** 2)
        assert diff < 5000, f"her hand is redrawn at the cut 62 @{end} s -> 63: {diff} px differ at 1080p"
    her62 = _frame(inserts, "hand_reach", ENDS[0], ("hers",))
    her63 = _frame(inserts, "hands_intertwined", 0.0, ("her", "web"))
    moved = abs(_bracelet_x(her62) - _bracelet_x(her63))
    assert moved <= 3.0, f"her bracelet jumps {moved:.1f} px at the cut 62 -> 63"


def test_62_ends_on_the_drawings_63_opens_on(inserts: Inserts) -> None:
    """The drawings of her hand (and his) shown as 62 ends are the same files, byte for byte, as
    those 63 opens on, so a change to the clasp's drawing needs `python -m tools.hands reach` too."""

    def shown(insert: str, u: float) -> list[bytes]:
        parts = load_spec(INSERTS, insert).parts
        return sorted(p.svg.read_bytes() for p, tf in zip(parts, inserts.transforms(insert, u), strict=True)
                      if tf.alpha > 0.5 and p.svg.name != "back.svg")  # (her arm to the frame edge in both: the same drawing)

    assert shown("hand_reach", ENDS[0]) == shown("hands_intertwined", 0.0), "62 does not end on 63's first drawings"
