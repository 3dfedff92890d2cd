"""Line 7, "His hands were clenched, his fingers white with tension." (review10 #6)

Nothing was clenched: one hand lay loose on the other, its fingers extended, the knuckles the
same tan as the rest, and the right forearm came in flat from the frame's right edge like a
second person's arm. Now his left hand clamps over the back of his right fist: its fingers
curl down and dig into the fist's back (a pressed dimple round each tip), every knuckle cap is
30-40 % lighter than the skin round it at full grip (and paler than without the pressure), both
forearms run up out of the top of the frame toward one body, the gripping hand is solid skin,
and the clasp trembles and squeezes by 3 px and more."""

from __future__ import annotations

from pathlib import Path
from statistics import median

import numpy as np
import pygame

from game.art.inserts import Inserts, load_spec
from tools.hands import fists
from tools.hands.solid import finger_shape

SHOT = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts" / "clenched_hands"
SIZE = (1920, 1080)


def _layers(names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    pygame.init()
    s = pygame.Surface(SIZE, pygame.SRCALPHA)
    for n in names:
        s.blit(pygame.image.load_sized_svg(str(SHOT / n), SIZE), (0, 0))
    rgb = pygame.surfarray.array3d(s).astype(float)
    return rgb @ np.array([0.299, 0.587, 0.114]), pygame.surfarray.array_alpha(s)


def _cap_ratios(names: list[str]) -> list[float]:
    lum, alpha = _layers(names)
    xs, ys = np.meshgrid(np.arange(SIZE[0]), np.arange(SIZE[1]), indexing="ij")
    out = []
    for (cx, cy), r in fists.knuckle_caps():
        d = np.hypot(xs - cx, ys - cy)
        cap = lum[(d < r * 0.4) & (alpha > 250)].mean()
        out.append(float(cap / np.median(lum[(d > r * 1.2) & (d < r * 1.8) & (alpha > 250)])))
    return out


def test_hands_fists_knuckle_caps_are_30_to_40_percent_lighter() -> None:
    fist = ["fist_left.svg", "fist_right.svg"]
    whites = [f"white_{side}{k}.svg" for side in ("left", "right") for k in ("", "2", "3")]
    full = _cap_ratios(["fist_left.svg", *whites[:3], "fist_right.svg", *whites[3:]])
    assert 1.28 <= median(full) <= 1.45, f"the knuckle caps are {median(full):.2f}x the skin round them at full grip"
    assert min(full) >= 1.2, f"a knuckle cap is barely paler than its skin: {[round(r, 2) for r in full]}"
    bare = _cap_ratios(fist)
    assert median(full) >= median(bare) + 0.1, "the knuckles are no whiter under the grip than without it"


def test_hands_fists_both_forearms_run_back_up_to_one_body() -> None:
    lines = fists.forearm_lines()
    tops = []
    for (wx, wy), (ex, ey) in lines:
        dx, dy = ex - wx, ey - wy
        assert dy < 0 and abs(dy) > 1.5 * abs(dx), f"a forearm runs {dx:.0f}, {dy:.0f} from its wrist, not up to him"
        tops.append(wx - wy * dx / dy)  # where it leaves the top of the frame
    assert all(300 < x < 1620 for x in tops) and abs(tops[0] - tops[1]) < 700, f"the forearms leave the top at {tops}"
    _, grip = _layers(["fist_right.svg"])
    assert (grip[:, :4] > 200).any(), "the gripping arm does not come down from the top of the frame"
    assert not (grip[-240:, :] > 200).any(), "the gripping arm comes in from the frame's right edge"


def test_hands_fists_the_fingers_dig_into_the_back_of_the_fist() -> None:
    _, fist = _layers(["fist_left.svg"])
    lum, _ = _layers(["fist_left.svg", "fist_right.svg"])
    knuckle_row = min(fists.LEFT((fx, top))[1] for fx, _w, top, _m, _b in fists.FINGERS)
    h = fists.grip_hand()
    for i, fs in enumerate(h.fingers):
        sh = finger_shape(fs, h.xf)
        tip, along = sh.tip, sh.along[-1]
        assert fist[round(tip[0]), round(tip[1])] > 200, f"finger {i}'s tip is off the fist, in the air"
        assert tip[1] < knuckle_row + 10, f"finger {i}'s tip is below the fist's knuckles, not on its back"
        pad = sh.centre[-3]
        beyond = (tip[0] + along[0] * sh.half[-1] * 0.6, tip[1] + along[1] * sh.half[-1] * 0.6)
        dent = lum[round(beyond[0]), round(beyond[1])]
        assert dent < lum[round(pad[0]), round(pad[1])] - 15, f"no pressed dimple at finger {i}'s tip"


def test_hands_fists_the_gripping_hand_is_solid_skin() -> None:
    _, alpha = _layers(["fist_right.svg"])
    h = fists.grip_hand()
    palm = h.xf.thick(0.42)
    pts = [palm((x, y)) for x in range(40, 181, 20) for y in (-40, 0, 40)]
    thin = [p for p in pts if alpha[round(p[0]), round(p[1])] < 255]
    assert not thin, f"the gripping hand is see-through at {thin[:3]}"


def test_hands_fists_the_clasp_squeezes_and_trembles_visibly(inserts: Inserts) -> None:
    names = [p.svg.name for p in load_spec(SHOT.parent, "clenched_hands").parts]
    i = names.index("fist_right.svg")
    tfs = [inserts.transforms("clenched_hands", k / 40)[i] for k in range(120)]
    span = max(max(t.dx for t in tfs) - min(t.dx for t in tfs), max(t.dy for t in tfs) - min(t.dy for t in tfs))
    assert span >= 3.0, f"the clasp moves {span:.1f} px over 3 s"
