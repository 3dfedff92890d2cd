"""What the tools share: the checkout's paths, headless pygame, sizes on the command line,
and writing PNGs and contact sheets.

Why a module: every tool renders through the game's own code without a window, takes an
output folder and a size (so the test suite runs each one tiny, into a temporary folder),
and says what it wrote. Written once here, the tools cannot drift apart on those details.

Only the standard library and pygame are imported at the top: `--help` must answer at
once, so each tool parses its arguments before it loads any content.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

import pygame

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ROOT / "docs" / "screens"  # where the review images are committed
RGB = tuple[int, int, int]


def size_arg(text: str) -> tuple[int, int]:
    """An argparse type: `WIDTHxHEIGHT` in pixels, both positive."""
    w, sep, h = text.lower().partition("x")
    if sep and w.isdigit() and h.isdigit() and int(w) > 0 and int(h) > 0:
        return int(w), int(h)
    raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1920x1080, not {text!r}")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    if text.isdigit() and int(text) > 0:
        return int(text)
    raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile of some timings (the largest of fewer than twenty)."""
    xs = sorted(samples)
    return xs[min(len(xs) - 1, int(len(xs) * 0.95))]


def headless(display: tuple[int, int] = (1, 1)) -> None:
    """Start pygame on SDL's dummy drivers (unless the caller chose others), with a display
    of `display` pixels if none is open: images need one to be converted, pytmx's among them."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    pygame.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode(display)


def shown(path: Path) -> str:
    """A path as printed: relative to the checkout when it is inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def save(surface: pygame.Surface, path: Path) -> Path:
    """Write `surface` as a PNG at `path` (making its folder) and say so."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))
    print(f"wrote {shown(path)}")
    return path


def stack(frames: Sequence[pygame.Surface], bg: RGB) -> pygame.Surface:
    """Frames one under another, left-aligned, on `bg`."""
    out = pygame.Surface((max(f.get_width() for f in frames), sum(f.get_height() for f in frames)))
    out.fill(bg)
    y = 0
    for f in frames:
        out.blit(f, (0, y))
        y += f.get_height()
    return out


def grid(cells: Sequence[pygame.Surface], cols: int, cell: tuple[int, int], bg: RGB = (0, 0, 0)) -> pygame.Surface:
    """Cells of one size in rows of `cols`, each scaled to `cell` if it is not that size."""
    rows = (len(cells) + cols - 1) // cols
    out = pygame.Surface((cols * cell[0], rows * cell[1]))
    out.fill(bg)
    for i, c in enumerate(cells):
        if c.get_size() != cell:
            c = pygame.transform.smoothscale(c, cell)
        out.blit(c, ((i % cols) * cell[0], (i // cols) * cell[1]))
    return out
