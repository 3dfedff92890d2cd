"""40 @4, her hand on her arm (review16 D18): across its back her hand was about 1.5 times as wide
as her wrist at the bracelet, on an even, thin forearm: a puppet's hand on a stick. Now her wrist is
painted wider and her forearm swells below the elbow: the back of her hand is at most 1.3 times as
wide as the painted forearm just past her bracelet."""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.pen import Hand, hand_forms, writer

SCALE = 1.46  # the notebook's close shot at 1920x1080


def _forearm_widths(hand: Hand) -> dict[int, float]:
    """The painted width of her forearm (his-size lpx) across its axis, at distances from the wrist."""
    look = writer.Look.of(hand)
    img, _, tip, _ = writer.paint_writer(SCALE, look)
    xs, ys = np.nonzero(pygame.surfarray.array_alpha(img) > 128)
    eu, ev = writer._screen(True)
    a = writer.ARM_DIR + writer.HER_TILT  # her forearm's way from the wrist, pen frame
    d = np.array((math.cos(a) * eu[0] + math.sin(a) * ev[0], math.cos(a) * eu[1] + math.sin(a) * ev[1]))
    k = SCALE * look.size
    wx = tip[0] + k * (writer.WRIST[0] * eu[0] + writer.WRIST[1] * ev[0])
    wy = tip[1] + k * (writer.WRIST[0] * eu[1] + writer.WRIST[1] * ev[1])
    s = ((xs + 0.5 - wx) * d[0] + (ys + 0.5 - wy) * d[1]) / k
    t = ((xs + 0.5 - wx) * -d[1] + (ys + 0.5 - wy) * d[0]) / k
    out = {}
    for at in (60, 80):
        m = (s >= at) & (s < at + 4)
        out[at] = float(t[m].max() - t[m].min())
    return out


def test_her_hand_is_at_most_1_3_times_her_wrist(hands: dict[str, Hand]) -> None:
    back = 2 * max(j[3] for j in hand_forms.HAND[6].joints)  # the back of the hand's breadth (a dome)
    widths = _forearm_widths(hands["brush"])
    ratio = back / widths[60]
    print(f"back of the hand {back:.0f}, forearm past the bracelet {widths}, ratio {ratio:.2f}")
    assert ratio <= 1.3, f"her hand is {ratio:.2f} times as wide as her wrist"
