"""Her brush ink (issue 12, "handwriting worth looking at"): one wet ink, not layers of it.

Where two of her strokes cross, the ink merges into one shape: no pixel is darker than the
darkest shade her brush lays (multiplying the strokes left a dark knot at every join). And a
long stroke keeps its ink to the end: its tail tapers in ink, it does not pale out."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import numpy as np
import pygame

from game.pen import Notebook

HERS = "I understand, but I can\u2019t pretend it doesn\u2019t hurt."


def _written(make_notebook: Callable[[float], Notebook]) -> Notebook:
    nb = make_notebook(1.0)
    nb.write(HERS, "brush", at=0.0)
    nb.update(0.0, 14.0)
    nb.complete()
    return nb


def test_crossing_brush_strokes_are_not_darker_than_either(make_notebook: Callable[[float], Notebook]) -> None:
    nb = _written(make_notebook)
    line = nb._lines[-1]
    assert line.ink_line is not None
    pal = line.ink_line.stamps.palette
    darkest = min(float(pal[k[1]].sum()) for k in line.ink_line.keys)
    ink = pygame.surfarray.array3d(nb._canvas.ink).astype(int).sum(axis=2)
    # before: 33 against a darkest shade of 99 (the strokes multiplied at their joins)
    assert ink.min() >= darkest - 3, f"darkest ink {ink.min()} < the brush's darkest shade {darkest:.0f}"


def test_long_brush_strokes_keep_their_ink_to_the_end(make_notebook: Callable[[float], Notebook]) -> None:
    tl = _written(make_notebook)._lines[-1].timeline
    firsts = [*tl.stroke_first.tolist(), len(tl.t)]
    drops = [float(np.median(tl.col[a:b])) - float(tl.col[b - 1]) for a, b in pairwise(firsts) if b - a > 200]
    assert drops, "no long stroke in her line"
    assert max(drops) <= 1.0, f"a long stroke ends {max(drops)} shades paler than its body"  # before: 2
