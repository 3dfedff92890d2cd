"""Each finger is one continuous tapering form (issue 12 item 5, issue 11 'hands with
fingers and knuckles'): the old hand fused each finger's bones onto the field one by one with
a smooth union, which raised a ridge of k/4 round every joint and left the bend at a knuckle
an edge, so the fingers read as capsules with rings between them. Along a finger's axis its
height must run smoothly through the joints."""

from __future__ import annotations

import numpy as np

from game.pen.hand_forms import HAND
from game.pen.relief import Canvas, Part, bounds, paint_part
from game.pen.writer import Look, _materials

MATS = _materials(Look((224, 171, 134)))


def _axis_heights(part: Part, per_bone: int) -> np.ndarray:
    cv = Canvas(4.0, (0.0, 0.0), 0.0, bounds((0.0, 0.0), 0.0, [(part, 1.0)], 6.0), 1)
    paint_part(cv, part, 1.0, MATS["skin"], 7)
    out = []
    for (u0, v0, *_), (u1, v1, *_) in zip(part.joints, part.joints[1:], strict=False):
        for t in np.linspace(0, 1, per_bone, endpoint=False):
            u, v = u0 + (u1 - u0) * t, v0 + (v1 - v0) * t
            out.append(cv.H[int((u - cv.a0) * cv.px), int((v - cv.b0) * cv.px)])
    return np.array(out)


def test_a_straight_finger_has_no_ridge_at_its_joints() -> None:
    finger = Part(((0, 0, 20, 10), (40, 0, 20, 10), (80, 0, 20, 10), (120, 0, 20, 10)), "skin", k=4.0)
    h = _axis_heights(finger, 200)[40:-40]
    assert h.max() - h.min() < 0.3, f"the joints stand {h.max() - h.min():.2f} above the bones (a ring)"


def test_the_index_bends_at_its_knuckles_without_an_edge() -> None:
    index = HAND[-1]  # arched along the barrel: up to its middle knuckle, steeply down to the pad
    assert index.nail is not None and index.creases
    h = _axis_heights(index, 100)
    bend = np.abs(np.diff(h, 2))[5:-5].max()
    assert bend < 0.7, f"the knuckle is an edge: the height's slope jumps by {bend:.2f} a sample"
