"""His last line's blot ("the ink blotting the page") is ink, not a sticker.

The review saw a flat grey-blue polygon with a pale rim: no pooled centre, no bleed. The pool
must be his ink (its hue, about as dark as his writing), one body of smooth lobes with a
droplet thrown off it (still joined), darker in its thick middle and glossy while wet, and once dry
a darker rim where the pigment gathered. It still stays within the reach the pool is placed
by, so it never covers a letter (test_failing_hands checks the full stop).
"""

from __future__ import annotations

import colorsys

import numpy as np
import pygame
import pytest
from scipy import ndimage
from test_failing_hands import HIS_LAST, _line

from game.pen import Hand
from game.pen.ink import blot_layers
from game.pen.timeline import BLOT_FEATHER, BLOT_REACH, Blot
from game.pen.wet import BLOT_DRY, blot_wetness

SCALE = 1.46  # the page's pixels per logical px at 1080p


def _blot(hands: dict[str, Hand], seed: int) -> tuple[Hand, Blot]:
    h = hands["shaky"]
    _, tl = _line(h, HIS_LAST, seed)
    return h, max(tl.blots, key=lambda b: b.t0)


def _rgb(s: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(s).astype(float)


def _main(a: np.ndarray) -> tuple[np.ndarray, int]:
    lab, n = ndimage.label(a > 0.5)
    sizes = ndimage.sum(np.ones_like(a), lab, range(1, n + 1))
    return lab == 1 + int(np.argmax(sizes)), n


@pytest.mark.parametrize("seed", range(4))
def test_the_blot_is_his_ink_as_dark_as_his_writing(hands: dict[str, Hand], seed: int) -> None:
    h, b = _blot(hands, seed)
    img = _rgb(blot_layers(b, SCALE, h.ink)[0][-1])
    main, _ = _main(1 - img.min(axis=2) / 255)
    core = img[ndimage.binary_erosion(main, iterations=int(0.35 * b.radius * SCALE))]
    med = np.median(core, axis=0)
    ink = np.array(h.ink, float)
    lum = np.array([0.299, 0.587, 0.114])
    hb, sb, _ = colorsys.rgb_to_hsv(*(med / 255))
    hi, si, _ = colorsys.rgb_to_hsv(*(ink / 255))
    assert abs(hb - hi) < 0.02  # his blue-black, not a grey
    assert sb > 0.75 * si  # was 0.29 of the ink's 0.64: washed out
    assert med @ lum < 1.4 * (ink @ lum)  # was twice as light as his ink


@pytest.mark.parametrize("seed", range(4))
def test_the_blot_is_one_body_and_keeps_its_reach(hands: dict[str, Hand], seed: int) -> None:
    """One blot (issue 12: 'the blot beside the words'): its thrown droplet stays joined to
    the pool. The old pool threw one or two detached droplets, specks that read at 1:1 as a
    second full stop beside 'you.' (changed on purpose: this test asked for a detached one)."""
    h, b = _blot(hands, seed)
    img = _rgb(blot_layers(b, SCALE, h.ink)[0][-1])
    a = 1 - img.min(axis=2) / 255
    assert ndimage.label(a > 0.3)[1] == 1, "the blot throws a speck of its own"
    # every drop of ink lies within the reach the pool was placed by, bar the run from the nib
    cx, cy = a.shape[0] // 2, a.shape[1] // 2
    xx, yy = np.mgrid[0 : a.shape[0], 0 : a.shape[1]]
    dist = np.hypot(xx - cx, yy - cy) / SCALE
    px = (b.px - b.x) if b.px is not None else 0.0
    py = (b.py - b.y) if b.py is not None else 0.0
    toward = ((xx - cx) * px + (yy - cy) * py) > 0.3 * dist * SCALE * np.hypot(px, py)  # the side of the run
    far = (a > 0.05) & ~toward & (dist > BLOT_REACH * b.radius + BLOT_FEATHER)
    assert not far.any()


@pytest.mark.parametrize("seed", range(4))
def test_wet_the_middle_is_darkest_and_glossy_dry_the_rim(hands: dict[str, Hand], seed: int) -> None:
    h, b = _blot(hands, seed)
    inks, wets = blot_layers(b, SCALE, h.ink)
    dry = _rgb(inks[-1]).sum(axis=2)
    pool, gloss = wets[-1]
    wet = dry * _rgb(pool)[..., 0] / 255
    inked = 1 - _rgb(inks[-1]).min(axis=2) / 255
    main, _ = _main(inked)
    dt = ndimage.distance_transform_edt(main)
    rim = main & (dt >= 1.5) & (dt <= 3.5)  # the band just inside the soft edge
    middle = dt >= 0.6 * dt.max()
    assert np.median(wet[middle]) < np.median(wet[rim]) - 20  # wet: the thick middle darkest
    assert np.median(dry[rim]) < np.median(dry[middle]) - 10  # dried: the pigment at the rim
    assert _rgb(gloss).max() > 60 and not _rgb(gloss)[inked < 0.3].any()  # a highlight, on the ink only
    assert blot_wetness(-1.0) == 1.0 and blot_wetness(BLOT_DRY) == 0.0


def test_the_same_seed_makes_the_same_blot(hands: dict[str, Hand]) -> None:
    h, b = _blot(hands, 3)
    one, two = blot_layers(b, SCALE, h.ink), blot_layers(b, SCALE, h.ink)
    for x, y in zip(one[0] + [w[1] for w in one[1]], two[0] + [w[1] for w in two[1]], strict=True):
        assert np.array_equal(_rgb(x), _rgb(y))
