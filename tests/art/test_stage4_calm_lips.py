"""Line 19, "but her trembling lips revealed her vulnerability" (insert `trembling_lips`), with
Settings' reduce motion on: the shot cut between its mouth poses exactly as with it off (keys are
kept by `calm`), bursts of a 6 px quiver at 8 Hz (the fresh review at the end of stop 26). Now
each pose's `calm_keys` play instead (tools/faces_close/lips_motion.py `calm_schedule`): the same
drawings, held at least a quarter second, the lower lip between rest and down only (half the
swing), the corners to level 2 at most, about a quarter of the cuts; still trembling (cuts every
half second or so, a sob pulling the corners down). With it off, nothing changes: the poses shown
follow the reviewed schedule, and the parts' transforms hash as they did on 0aa3389."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from game.art.inserts import Inserts
from game.art.svg import SvgCache
from tools.faces_close.lips import DROOP, QUIVER
from tools.faces_close.lips_motion import LOOP, STEP, schedule

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
SAMPLES = 64  # per second
QS = {"up": -1, "rest": 0, "down": 1}
OFF_DIGEST = "84af3d65f17a3337"  # the transforms with reduce motion off, seed 7, 14 s at 1/64 s (as on 0aa3389)


def _shown(calm: bool) -> list[tuple[int, int, int]]:
    """(droop level, quiver, chin level) shown at each 1/64 s of one loop; exactly one mouth and
    one chin drawing is opaque at every instant (a cut, never a fade)."""
    ins = Inserts(INSERTS, SvgCache(), 7, calm)
    spec = ins.spec("trembling_lips")
    assert spec is not None
    out = []
    for k in range(round(LOOP * STEP * SAMPLES)):
        tfs = ins.transforms("trembling_lips", (k + 0.5) / SAMPLES)
        mouths, chins = [], []
        for part, tf in zip(spec.parts, tfs, strict=True):
            if (m := re.fullmatch(r"mouth_(\d)_(\w+)\.svg", part.svg.name)) and tf.alpha > 0:
                assert tf.alpha == 1.0
                mouths.append((int(m.group(1)), QS[m.group(2)]))
            elif (c := re.fullmatch(r"chin_(\d)\.svg", part.svg.name)) and tf.alpha > 0:
                assert tf.alpha == 1.0
                chins.append(int(c.group(1)))
        assert len(mouths) == 1 and len(chins) == 1, f"at {k / SAMPLES:.3f} s: mouths {mouths}, chins {chins}"
        out.append((*mouths[0], chins[0]))
    return out


def _cuts(seq: list[tuple[int, int, int]]) -> list[int]:
    return [i for i in range(len(seq)) if seq[i] != seq[i - 1]]


@pytest.fixture(scope="module")
def shown() -> dict[bool, list[tuple[int, int, int]]]:
    return {calm: _shown(calm) for calm in (False, True)}


def test_reduce_motion_holds_each_pose_a_quarter_second(shown: dict[bool, list[tuple[int, int, int]]]) -> None:
    for calm, least in ((False, 1 / 16), (True, 0.25)):
        cuts = _cuts(shown[calm])
        gaps = [(b - a) % len(shown[calm]) / SAMPLES for a, b in zip(cuts, cuts[1:] + cuts[:1], strict=True)]
        assert min(gaps) >= least - 1e-6 and (calm or min(gaps) < 0.1), f"calm={calm}: a pose held {min(gaps):.3f} s"


def test_reduce_motion_halves_the_quiver_and_the_sob(shown: dict[bool, list[tuple[int, int, int]]]) -> None:
    def swing(seq: list[tuple[int, int, int]]) -> float:
        return (max(q for _, q, _ in seq) - min(q for _, q, _ in seq)) * QUIVER

    off, calm = shown[False], shown[True]
    assert swing(calm) <= swing(off) / 2, f"the lower lip swings {swing(calm):g} px calm, {swing(off):g} px off"
    assert max(lv for lv, _, _ in calm) < max(lv for lv, _, _ in off)
    assert len(_cuts(calm)) <= len(_cuts(off)) / 2, f"{len(_cuts(calm))} cuts calm, {len(_cuts(off))} off"


def test_calm_lips_still_tremble(shown: dict[bool, list[tuple[int, int, int]]]) -> None:
    """The line still shows: a cut at least every 0.75 s on average and sobs pulling the corners down."""
    calm = shown[True]
    assert len(_cuts(calm)) >= LOOP * STEP / 0.75
    assert DROOP[max(lv for lv, _, _ in calm)] >= 8.0
    assert len({q for _, q, _ in calm}) == 2


def test_reduce_motion_off_is_unchanged(shown: dict[bool, list[tuple[int, int, int]]]) -> None:
    plan = schedule()
    assert shown[False] == [plan[int(k / SAMPLES / STEP)] for k in range(len(shown[False]))]
    ins = Inserts(INSERTS, SvgCache(), 7, False)
    h = hashlib.sha256()
    for k in range(64 * 14):
        for t in ins.transforms("trembling_lips", k / 64):
            h.update(repr(t).encode())
    assert h.hexdigest()[:16] == OFF_DIGEST
