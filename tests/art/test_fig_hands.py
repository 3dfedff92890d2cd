"""FIGHANDS (review9): his lost-profile eye at line 11 and her hand at line 72, as a fresh-eyes
reviewer saw them at 1920x1080.

- Line 11 at 2 s: "a pale bead sticks out of the cheek edge beside the lashes" (957,560): the lit
  sliver of the eyeball in eyes_turned.svg stood past head_turned.svg's cheek contour. Now nothing
  pale of the eye lies outside the head; only the dark lashes and lid stand past it.
- Line 72 at 4 s: "her hand is a cool grey-pale mitten, a different tone from her own arm": hand_hold.svg
  was mostly the forearm's pale lit edge (#eec1a4), which the window's cold rim turned grey. Now, as
  the frame is drawn, her hand is as warm (red over blue) as her forearm a little way up from it."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pygame

from game.assets import Assets
from game.capture import render_moment

ART = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures"
K = 8  # raster px per art px


def _raster(who: str, name: str) -> pygame.Surface:
    path = ART / who / name
    w, h = (int(v) for v in re.search(r'viewBox="0 0 (\d+) (\d+)"', path.read_text(encoding="utf-8")).groups())  # type: ignore[union-attr]
    return pygame.image.load_sized_svg(str(path), (w * K, h * K))


def test_nothing_pale_of_his_turned_eye_stands_past_his_cheek() -> None:
    pygame.init()
    head = _raster("him", "head_turned.svg")
    for eye in ("eyes_turned.svg", "eyes_turned_closed.svg"):
        s = _raster("him", eye)
        outside = 0
        for y in range(70 * K, 100 * K):  # the eye's rows (the head group sits 12 px lower than its path numbers)
            for x in range(10 * K, 40 * K):
                r, g, b, a = s.get_at((x, y))
                if a > 128 and (r + g + b) / 3 > 120 and head.get_at((x, y)).a < 128:
                    outside += 1
        assert outside == 0, f"{eye}: {outside / K / K:.1f} art px of pale eye stand past his cheek's contour (a bead)"


FOREARM_72 = (840, 690, 890, 700)  # x0, y0, x1, y1 at 1920x1080, line 72 at 4 s: her forearm short of the bracelet (the joined hands held up off his knee since ceb7f30: was 800, 815, 870, 835)
HAND_72 = (920, 675, 970, 700)  # the back of her hand and her fingers in his (was 890, 822, 960, 850)


def _warmth(rgb: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """(R - B) / R of the box's mean colour: how warm, not how bright (the hand is in his shade)."""
    x0, y0, x1, y1 = box
    r, _g, b = rgb[x0:x1, y0:y1].reshape(-1, 3).mean(axis=0)
    return float((r - b) / r)


def test_her_hand_in_his_is_her_arm_s_skin_at_line_72() -> None:
    pygame.init()
    rgb = pygame.surfarray.array3d(render_moment(Assets(), "72", 4.0, (1920, 1080))).astype(np.float64)
    arm, hand = _warmth(rgb, FOREARM_72), _warmth(rgb, HAND_72)
    assert arm > 0.3, f"no warm forearm where it was ({arm:.2f}): the staging moved, move the boxes"
    assert hand >= arm - 0.025, f"her hand's warmth {hand:.3f} against her forearm's {arm:.3f}: a grey mitten"


def _front_notches(name: str) -> int:
    """Notches at least 1 art px deep in the fist's front silhouette (its rightmost opaque x, row by row
    down the curled fingers, y 30-72): the gaps between separate fingers."""
    s = _raster("him", name)
    front = []
    for y in range(30 * K, 72 * K, K // 2):
        xs = [x for x in range(30 * K, 60 * K) if s.get_at((x, y)).a > 128]
        front.append(max(xs) / K if xs else 0.0)
    notches = 0
    for i in range(1, len(front) - 1):
        if not front[i - 1] > front[i] <= front[i + 1]:
            continue  # not the bottom of a dip (counted once, where it starts)
        left, right = max(front[max(0, i - 6):i]), max(front[i + 1:i + 7])
        if min(left, right) - front[i] >= 1.0:
            notches += 1
    return notches


def test_his_fist_shows_its_fingers_in_the_wides() -> None:
    """Review8 #6, SAME in review9: at L6 and L60 his fists were loaves, three creases drawn on one
    smooth front. Each finger is now its own rounded segment: the fist's front edge dips between them."""
    pygame.init()
    for name in ("hand_fist.svg", "hand_clench.svg"):
        assert _front_notches(name) >= 3, f"{name}: the fist's front is one smooth loaf ({_front_notches(name)} notches)"
