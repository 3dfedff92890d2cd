"""Golden images: three moments of the game rendered exactly as before, within a small tolerance.

Regenerate only on purpose: `pytest tests/engine/test_golden.py --update-goldens`, then look
at the PNGs in tests/goldens/ before committing them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.assets import Assets
from game.capture import render_moment

GOLDENS = Path(__file__).parents[1] / "goldens"
SIZE = (640, 360)
MOMENTS = {
    "title": ("title", 3.0),
    "first-line": ("1", 1.2),
    "first-written-line": ("written1", 2.0),
}


def resolve(which: str) -> str:
    if which.startswith("written"):
        from game.story import commands as c
        from game.story.parser import parse_file

        script = parse_file(Assets().story)
        writes = [i for i, line in enumerate(script.lines, 1) if isinstance(line, c.Write)]
        return str(writes[int(which[len("written"):]) - 1])
    return which


def pixels(surface: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(surface).astype(np.int16)


@pytest.mark.parametrize("name", sorted(MOMENTS))
def test_moment_matches_its_golden_image(name: str, update_goldens: bool, tmp_path: Path) -> None:
    which, at = MOMENTS[name]
    surface = render_moment(Assets(), resolve(which), at, SIZE)
    path = GOLDENS / f"{name}.png"
    if update_goldens:
        GOLDENS.mkdir(exist_ok=True)
        pygame.image.save(surface, str(path))
        pytest.skip(f"wrote {path}")
    assert path.exists(), f"no golden image {path}: run pytest with --update-goldens and look at it"
    got, want = pixels(surface), pixels(pygame.image.load(str(path)))
    assert got.shape == want.shape
    diff = np.abs(got - want)
    far = float((diff.max(axis=2) > 24).mean())
    if diff.mean() > 1.5 or far > 0.01:
        pygame.image.save(surface, str(tmp_path / f"{name}-got.png"))
    assert diff.mean() <= 1.5, f"mean difference {diff.mean():.2f} (see {tmp_path})"
    assert far <= 0.01, f"{far:.2%} of pixels differ by more than 24 (see {tmp_path})"


def test_the_same_moment_renders_the_same_pixels_twice() -> None:
    a = pixels(render_moment(Assets(), "1", 1.2, (320, 180)))
    b = pixels(render_moment(Assets(), "1", 1.2, (320, 180)))
    assert np.array_equal(a, b)
