"""Line 73, the held kiss lives (review8 #2/#24: from 3 s to 8 s one still frame; the breath's 4 s
period put 3 s and 7 s on one phase): the heads move between stills seconds apart, together (the lips
stay joined), and her hand moves on his jaw."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from game.art.insert_motion import Transform
from game.art.inserts import Inserts, load_spec

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
HER_BROW = (760.0, 330.0)  # design px: her brow, and his, at rest
HIS_BROW = (1160.0, 300.0)
LIPS = (960.0, 580.0)


def _moved(p: tuple[float, float], pivot: tuple[float, float], tf: Transform) -> tuple[float, float]:
    """Where a point of a part lands under `tf` (pygame turns counter-clockwise on screen, y down)."""
    a = math.radians(tf.rot)
    vx, vy = p[0] - pivot[0], p[1] - pivot[1]
    return (pivot[0] + (vx * math.cos(a) + vy * math.sin(a)) * tf.scale + tf.dx,
            pivot[1] + (-vx * math.sin(a) + vy * math.cos(a)) * tf.scale + tf.dy)


At = dict[float, dict[str, tuple[tuple[float, float], Transform]]]  # seconds -> part -> (pivot, transform)


@pytest.fixture(scope="module")
def at() -> At:
    ins = Inserts(INSERTS, None, seed=1907)  # type: ignore[arg-type]  # transforms draw nothing
    spec = load_spec(INSERTS, "kiss")
    return {u: {p.svg.name: (p.pivot, tf) for p, tf in zip(spec.parts, ins.transforms("kiss", u), strict=True)}
            for u in (3.0, 4.0, 5.0, 6.0, 7.0, 8.0)}


@pytest.mark.parametrize(("part", "point"), [("her.svg", HER_BROW), ("him.svg", HIS_BROW)])
def test_the_heads_move_between_3_and_7_and_every_two_seconds(at: At, part: str, point: tuple[float, float]) -> None:
    def where(u: float) -> tuple[float, float]:
        pivot, tf = at[u][part]
        return _moved(point, pivot, tf)

    assert math.dist(where(3.0), where(7.0)) >= 8.0, f"{part}: the brow moves {math.dist(where(3.0), where(7.0)):.1f} px 3->7 s"
    for a, b in ((3.0, 5.0), (4.0, 6.0), (6.0, 8.0)):
        assert math.dist(where(a), where(b)) >= 4.0, f"{part}: a still frame from {a} to {b} s"


def test_the_lips_stay_joined_while_the_heads_move(at: At) -> None:
    for u, parts in at.items():
        her, him = (_moved(LIPS, *parts[n]) for n in ("her.svg", "him.svg"))
        assert math.dist(her, him) <= 4.0, f"at {u} s the lips part by {math.dist(her, him):.1f} px"


def test_her_hand_moves_on_his_jaw(at: At) -> None:
    """Her fingertips (at his temple) move against his face, not only with it."""
    tip = (1190.0, 420.0)
    rel = [math.dist(_moved(tip, *at[u]["hand.svg"]), _moved(tip, *at[u]["him.svg"])) for u in (3.0, 5.0, 7.0)]
    assert max(rel) - min(rel) >= 5.0, f"her fingers on his jaw stay put ({rel})"
