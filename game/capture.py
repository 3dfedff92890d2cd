"""Render any moment of the game to a PNG, headless, through the live game's own code.

`--render N --at S` builds the same Context and scenes the game uses, seeks the story
scene to line N and plays it forward S seconds in fixed steps, then draws one frame
onto a canvas of the requested size. The title and ending cards are played forward the
same way. Nothing here draws on its own: if the game changes, captures change with it.
`capture_context` is also what `--capture` (game/video.py) draws its frames with.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.assets import Assets
from game.clock import STEP
from game.settings import Settings

if TYPE_CHECKING:
    import pygame

    from game.context import Context


def capture_context(assets: Assets, settings: Settings, story: Path | None = None) -> Context:
    """The game's own services, headless and silent: what every capture draws with."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.context import build_context

    pygame.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    return build_context(assets, settings, story, audio=False)


def run_settings(args: argparse.Namespace) -> Settings:
    """The default settings with the command line's --seed and --reduce-motion."""
    settings = Settings()
    if args.seed is not None:
        settings = settings.with_changes(seed=args.seed)
    if args.reduce_motion:
        settings = settings.with_changes(reduce_motion=True)
    return settings


def render_moment(assets: Assets, which: str, at: float, size: tuple[int, int],
                  settings: Settings | None = None, story: Path | None = None) -> pygame.Surface:
    """Return a pygame Surface of the moment `at` seconds into `which` (a line number, 'title' or 'ending')."""
    import pygame


    ctx = capture_context(assets, settings or Settings(), story)
    ctx.books.warm_first = False  # one still: only the stamps its words need (the same pixels)
    ctx.books.canvas_w = size[0]  # the pen's art painted once, at the scale this canvas shows it
    # one frame: every layer painted once, no back plate made to be painted over again (the same
    # pixels: tests/perf/test_plate.py), ~30 ms of a still's CPU
    ctx.renderer.plates = False
    canvas = pygame.Surface(size)
    if which in ("title", "ending"):
        scene = ctx.scenes.title() if which == "title" else ctx.scenes.ending()
        scene.enter()
        while scene.t < at - 1e-9:
            scene.update(min(STEP, at - scene.t))
    else:
        number = int(which)
        if not 1 <= number <= len(ctx.script.lines):
            raise ValueError(f"line {number} is outside 1..{len(ctx.script.lines)}")
        line_scene = ctx.scenes.story()
        line_scene.seek(number, at)
        scene = line_scene
    scene.draw(canvas)
    return canvas


def render_to_file(assets: Assets, args: argparse.Namespace) -> int:
    from game.pngfile import save_image

    which = str(args.render).lower()
    if which not in ("title", "ending") and not which.isdigit():
        print(f"--render takes a line number, 'title' or 'ending', not '{args.render}'", file=sys.stderr)
        return 2
    settings = run_settings(args)
    try:
        surf = render_moment(assets, which, max(0.0, args.at), args.size or (1920, 1080), settings, args.story)
    except ValueError as exc:
        print(f"--render: {exc}", file=sys.stderr)
        return 2
    save_image(surf, args.out)
    print(f"wrote {args.out}")
    return 0
