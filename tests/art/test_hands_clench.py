"""Line 7, "His hands were clenched, his fingers white with tension" (review5 #17: "the two fists
rest apart on the two knees"; "the white layer fades in and out as a whole").

The fist is gripped in his other hand: the gripping hand's drawing covers a good part of the
fist's, and the two move as one piece (the same motion, the same pivot), so the grip never
slides. The blanching tightens with the grip: its layers are cut in (opacity 0 or 1, never a
whole-layer fade) and more pale skin shows at the grip's peak than as it eases."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.inserts import Inserts, load_spec

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SHOT = INSERTS / "clenched_hands"


def _alpha(name: str) -> np.ndarray:
    pygame.init()
    return pygame.surfarray.array_alpha(pygame.image.load(str(SHOT / name))).T.astype(float)



def test_the_fist_is_gripped_in_the_other_hand() -> None:
    fist, grip = _alpha("fist_left.svg") > 200, _alpha("fist_right.svg") > 200
    # the fist itself: its hand below the wrist (the forearm runs up out of it)
    ys = np.nonzero(fist.any(axis=1))[0]
    hand = fist.copy()
    hand[: int(ys.max() - 0.45 * (ys.max() - ys.min()))] = False
    covered = float((hand & grip).sum() / hand.sum())
    # (review10 #6: the gripping hand clamps over the back of the fist and leaves its whitened
    # knuckles in sight, so it covers about a fifth of it, not a third)
    assert covered > 0.15, f"the other hand covers only {covered:.0%} of the fist (two fists apart: 0%)"


def test_the_clasp_moves_as_one_piece(inserts: Inserts) -> None:
    parts = load_spec(INSERTS, "clenched_hands").parts
    idx = [i for i, p in enumerate(parts) if p.svg.name.startswith(("fist_", "white_"))]
    assert len(idx) >= 4
    for k in range(40):
        tfs = inserts.transforms("clenched_hands", k * 0.137)
        ref = tfs[idx[0]]
        for i in idx[1:]:
            tf = tfs[i]
            assert (tf.dx, tf.dy, tf.rot, tf.scale) == pytest.approx((ref.dx, ref.dy, ref.rot, ref.scale)), \
                f"{parts[i].svg.name} slides against the fist at {k * 0.137:.2f} s"
            assert parts[i].pivot == parts[idx[0]].pivot


def test_the_white_tightens_with_the_grip(inserts: Inserts) -> None:
    parts = load_spec(INSERTS, "clenched_hands").parts
    whites = [(i, _alpha(p.svg.name)) for i, p in enumerate(parts) if p.svg.name.startswith("white_")]
    assert len(whites) >= 4

    def pale(t: float) -> float:
        tfs = inserts.transforms("clenched_hands", t)
        for i, _ in whites:
            assert tfs[i].alpha in (0.0, 1.0), f"{parts[i].svg.name} fades as a whole ({tfs[i].alpha:.2f}) at {t} s"
        return sum(float(a.sum()) for i, a in whites if tfs[i].alpha == 1.0)

    samples = [pale(k * 0.05) for k in range(29)]  # one grip period (1.45 s)
    peak, eased = pale(0.6), pale(1.3)
    assert peak > 1.6 * eased, f"the white at the grip's peak ({peak:.0f}) is not beyond the eased grip's ({eased:.0f})"
    assert len({round(s) for s in samples}) >= 3, "the white tightens in stages with the grip"
