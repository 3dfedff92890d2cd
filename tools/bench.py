"""Benchmark: what a frame costs, measured through the game's own scenes (not a timed test).

    python tools/bench.py [--size 1920x1080] [--seconds 4] [--only NAME]

For a few moments of the story (the title, narration in the wide room, a line being
written, the torrential rain, the golden ending), it plays the scene forward frame by
frame at 60 Hz on SDL's dummy driver and reports the mean, 95th percentile and worst
time to compose a frame (update + draw, no flip: under Xvfb a 1080p flip alone costs
10-15 ms and says nothing about the game), then the process's peak memory. It also
times the effects layer and the pen on their own, the two budgets the issues set
(3 ms and 0.5 ms a frame at 1920x1080); each after half a second of warm-up, like the
moments (the first frames after a shot change rasterize and bake for the new scale).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame

from game.assets import Assets
from game.clock import STEP
from game.context import Context, build_context
from game.room.layers import figure_states, fx_state
from game.scenes.base import Scene
from game.scenes.story import StoryScene
from game.settings import Settings
from game.story import commands as c


def stats(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"mean {statistics.fmean(ms):6.2f} ms  p95 {p95:6.2f}  max {ms[-1]:6.2f}  ({len(ms)} frames)"


def line_where(ctx: Context, pred: object) -> int:
    for n, line in enumerate(ctx.script.lines, 1):
        if pred(line):  # type: ignore[operator]
            return n
    return 1


def play(scene: Scene, canvas: pygame.Surface, seconds: float) -> list[float]:
    times = []
    for _ in range(int(seconds * 60)):
        t0 = time.perf_counter()
        scene.update(STEP)
        scene.draw(canvas)
        times.append(time.perf_counter() - t0)
    return times


def bench_effects(ctx: Context, canvas: pygame.Surface, seconds: float) -> list[float]:
    """The light, fire, rain and candles alone, torrential rain, wide shot."""
    layers = ctx.renderer.layers
    story = StoryScene(ctx)
    story.seek(line_where(ctx, lambda ln: "intensified" in ln.text), 6.0)
    snap = story.director.stage.at(story.t)
    view = ctx.renderer.view_for("wide", canvas)
    fs = fx_state(snap)
    casters = layers.props.silhouettes(view) + layers.figures.silhouettes(view, figure_states(snap), story.t)
    times = []
    for k in range(-30, int(seconds * 60)):  # half a second to warm the caches, as for the moments
        t = story.t + k * STEP
        t0 = time.perf_counter()
        layers.fx.draw_exterior(canvas, view, fs, t)
        layers.fx.draw_glass(canvas, view, fs, t)
        layers.fx.draw_flames(canvas, view, fs, t, casters)
        layers.fx.draw_lighting(canvas, view, fs, t, casters)
        layers.fx.draw_sparks(canvas, view, fs, t, casters)
        if k >= 0:
            times.append(time.perf_counter() - t0)
    return times


def bench_pen(ctx: Context, canvas: pygame.Surface, seconds: float) -> list[float]:
    """The notebook panel while a line is written (update + draw of the pen alone)."""
    story = StoryScene(ctx)
    story.seek(line_where(ctx, lambda ln: isinstance(ln, c.Write) and len(ln.text) > 60), 0.5)
    rect = story.notebook_rect(canvas.get_width())
    assert rect is not None
    times = []
    for k in range(int(seconds * 60)):
        t = story.t + k * STEP
        t0 = time.perf_counter()
        story.notebook.update(t, ctx.settings.pen_cps)
        story.notebook.draw(canvas, rect, t, False)
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", default="1920x1080")
    p.add_argument("--seconds", type=float, default=4.0)
    p.add_argument("--only", default="", help="run only the moments whose name contains this (and skip the layer benches)")
    args = p.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    pygame.init()
    pygame.display.set_mode((1, 1))
    t0 = time.perf_counter()
    ctx = build_context(Assets(), Settings(), audio=False)
    print(f"start-up (parse, check, load art): {(time.perf_counter() - t0) * 1000:.0f} ms")
    canvas = pygame.display.set_mode((w, h))
    moments = {
        "title": ("title", 0),
        "narration, wide room": ("story", 1),
        "his long line being written": ("story", line_where(ctx, lambda ln: isinstance(ln, c.Write) and len(ln.text) > 60)),
        "torrential rain": ("story", line_where(ctx, lambda ln: "intensified" in ln.text)),
        "the golden glow": ("story", line_where(ctx, lambda ln: "golden" in ln.text)),
    }
    print(f"frame composition at {w}x{h} (update + draw, dummy driver):")
    for name, (kind, line) in moments.items():
        if args.only and args.only not in name:
            continue
        scene = ctx.make_scene(kind)
        if isinstance(scene, StoryScene):
            scene.seek(line, 0.0)
        else:
            scene.enter()
        play(scene, canvas, 0.5)  # warm caches (rasterized art for this shot)
        print(f"  {name:32s} {stats(play(scene, canvas, args.seconds))}")
    if args.only:
        return 0
    print(f"effects layer alone (light, fire, rain, candles): {stats(bench_effects(ctx, canvas, args.seconds))}")
    print(f"pen alone (update + draw of the notebook panel): {stats(bench_pen(ctx, canvas, args.seconds))}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
