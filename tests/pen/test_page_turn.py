"""Line 81, "The notebook lay forgotten on the coffee table, its pages empty": their pages are
seen turning over to the empty ones, not popped away (issue 12). The written leaf lifts with its
writing on it, stands with the writing showing through its back, and falls over; a blank leaf
follows and the fresh spread is left."""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.assets import Assets
from game.capture import render_moment
from game.pen.book import Spread
from game.scenes.story import NOTEBOOK_RECT

SIZE = (960, 540)


def _ink(at: float, page: int | None = None) -> int:
    """Dark (ink) pixels over the notebook's pages (or page 0 / 1) at line 81, `at` s in."""
    image = render_moment(Assets(), "81", at, SIZE)
    k = SIZE[0] / 1920
    s = NOTEBOOK_RECT[2] / 1240 * k
    sp = Spread()
    left = sp.left if page != 1 else sp.right
    right = sp.right if page != 0 else sp.left
    box = pygame.Rect(round(NOTEBOOK_RECT[0] * k + (left.x + 30) * s), round(NOTEBOOK_RECT[1] * k + (left.y + 20) * s),
                      round((right.right - left.x - 60) * s), round((left.h - 40) * s))
    rgb = pygame.surfarray.array3d(image.subsurface(box)).astype(int)
    return int((rgb.sum(axis=2) < 300).sum())


def test_their_writing_is_seen_as_the_leaves_turn() -> None:
    pen = _ink(5.0, page=1)  # what is dark on the fresh right page (the put-down pen lay there once)
    # before: the 1 s turn had the right leaf edge-on at 0.5 s and the spread bare from 1 s
    assert _ink(0.5, page=1) - pen > 1000, "the written right leaf has gone by 0.5 s"
    assert _ink(1.0, page=1) - pen > 1000, "no writing on the turning leaf at 1 s"
    assert _ink(1.0, page=0) > 1000, "the left page's writing gone at 1 s"


def test_the_turn_ends_on_empty_pages() -> None:
    assert _ink(3.5, page=0) == 0


def test_the_written_leaf_shows_its_writing_through_its_back() -> None:
    from game.pen.motion import cut_leaves

    pygame.init()
    w, h = 400, 200
    paper = pygame.Surface((w, h), pygame.SRCALPHA)
    paper.fill((240, 225, 195, 255))
    old, ink = paper.copy(), pygame.Surface((w, h))
    ink.fill((255, 255, 255))
    ink.fill((20, 20, 60), pygame.Rect(210, 50, 30, 20))  # a word near the spine on the right page
    left, right, spine = pygame.Rect(10, 10, 190, 180), pygame.Rect(200, 10, 190, 180), 200
    leaves = cut_leaves(old, ink, paper, left, right, spine)
    thru = pygame.surfarray.array3d(leaves.thru).astype(int).sum(axis=2)
    bare = pygame.surfarray.array3d(leaves.back).astype(int).sum(axis=2)
    # mirrored: on the back the word lies by the spine too, i.e. at the back's right edge
    near = thru[-40:-10, 40:60]
    assert np.all(near < bare[-40:-10, 40:60] - 60), "the writing does not show through the back"
    assert np.all(near > 250), "the writing shows through as dark as ink"
    assert np.array_equal(thru[:100], bare[:100])  # and only where it is written


def _sums(at: float) -> np.ndarray:
    return pygame.surfarray.array3d(render_moment(Assets(), "81", at, SIZE)).astype(int).sum(axis=2)


def test_the_laid_leaf_keeps_its_writing_until_the_next_leaf_covers_it() -> None:
    """At 2.2 s the written leaf lies on the left and the blank one is still coming down over it:
    the part not yet covered shows the writing faintly through the laid leaf (mirrored), not a
    page gone bare before anything covered it (review8 #9: it popped to blank when it landed)."""
    bare = _sums(3.5)  # the fresh spread: bare paper under the same light
    darker = (bare - _sums(2.2))[65:190, 110:430]  # the left page's outer part, left of the falling leaf
    # (9 px when the laid leaf went bare; 103 with the spread written at line 81)
    assert (darker > 20).sum() > 60, f"only {(darker > 20).sum()} px of writing on the uncovered left page"


def test_the_turning_leaf_curls() -> None:
    """The leaf bends as it goes over: lifted by its free edge, that edge leads the hinge by a good part
    of a right angle (review11 N4: trailing it, the leaf read as a card), and strips higher up are seen
    larger, so its top edge bows (at BEND 0.55 / EYE 10 it read as a card)."""
    from game.pen.motion import EYE, leaf_angles

    thetas = leaf_angles(math.pi / 2)
    assert thetas[-1] - thetas[0] > 0.8
    assert EYE / (EYE - 1.0) > 1.2, "a standing leaf hardly nearer the eye"


def test_the_laid_leaf_reads_as_a_leaf_on_the_page() -> None:
    """At 2.2 s the written leaf lies on the left page: its free edge stops short of the page's own
    edge and throws a soft shadow on it, so it reads as a leaf lying there, not as the left page having
    lost its writing (a fresh-eyes review: cut flush, the two could not be told apart)."""
    k = SIZE[0] / 1920
    s = NOTEBOOK_RECT[2] / 1240 * k
    sp = Spread()
    x = round(NOTEBOOK_RECT[0] * k + sp.left.x * s)
    y, h = round(NOTEBOOK_RECT[1] * k + (sp.left.y + 40) * s), round((sp.left.h - 80) * s)
    # the outer 20 px of the left page, each column's mean against the bare fresh spread
    darker = (_sums(3.5) - _sums(2.2))[x:x + 20, y:y + h].mean(axis=1)
    assert darker.max() > 100, f"no edge or shadow along the laid leaf's free edge (darkest column {darker.max():.0f})"
