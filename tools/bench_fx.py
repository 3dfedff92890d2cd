"""Benchmark the effects layer (light, fire, rain, candles): milliseconds per frame.

Not a test: timings depend on the machine. It renders the stand-in room of
`tools/fx_frames.py` through every `RoomFx` layer at a given size and view, for a run of
consecutive frames (t advancing by 1/60 s), after a warm-up that fills the sprite
caches, and prints the mean and 95th percentile per layer and for the whole layer set.
The budget is 3 ms a frame at 1920x1080 (wide shot, heavy rain, full fire).

    SDL_VIDEODRIVER=dummy python tools/bench_fx.py [--size 1920x1080] [--frames 300] [--shot wide]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame
from fx_frames import MAP, StandIn

from game.fx import FxState, RoomFx
from game.room.tmxload import load_room
from game.view import camera_view


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="1920x1080")
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--shot", default="wide", help="a shot name from the map")
    ap.add_argument("--rain", type=float, default=3.0)
    ap.add_argument("--reduce-motion", action="store_true")
    args = ap.parse_args(argv)
    w, h = (int(v) for v in args.size.split("x"))
    pygame.init()
    screen = pygame.display.set_mode((w, h))
    room = load_room(MAP)
    s = room.shots[args.shot].rect
    view = camera_view(s.x, s.y, s.w, w)
    stand = StandIn(room, view, (w, h))
    fx = RoomFx(room, 1907, args.reduce_motion)
    state = FxState(rain=args.rain, candles=0.7, fire=1.0)
    layers = {
        "exterior": lambda t: fx.draw_exterior(screen, view, state, t),
        "glass": lambda t: fx.draw_glass(screen, view, state, t),
        "flames(wax,logs)": lambda t: fx.draw_flames(screen, view, state, t, stand.casters),
        "lighting(+shadows,fire,flames)": lambda t: fx.draw_lighting(screen, view, state, t, stand.casters),
        "sparks": lambda t: fx.draw_sparks(screen, view, state, t, stand.casters),
    }
    times: dict[str, list[float]] = {k: [] for k in layers}
    inner: dict[str, list[float]] = {}

    def timed(obj: object, name: str, label: str) -> None:
        """Time a method of one of RoomFx's parts, to split the lighting layer's cost."""
        fn = getattr(obj, name)
        inner[label] = []

        def wrapper(*a: object, **k: object) -> object:
            t0 = time.perf_counter()
            out = fn(*a, **k)
            inner[label].append((time.perf_counter() - t0) * 1000.0)
            return out

        setattr(obj, name, wrapper)

    timed(fx.light_map, "apply", "  light map (build+upscale, multiply)")
    timed(fx.hearth, "draw_emissive", "  hearth flames and embers")
    timed(fx.candles, "draw_flames", "  candle flames and halos")
    totals: list[float] = []
    for i in range(-30, args.frames):
        t = 100.0 + i / 60.0
        screen.blit(stand.bg, (round(view.ox), round(view.oy)))
        total = 0.0
        for name, draw in layers.items():
            t0 = time.perf_counter()
            draw(t)
            dt = (time.perf_counter() - t0) * 1000.0
            total += dt
            if i >= 0:
                times[name].append(dt)
        if i >= 0:
            totals.append(total)

    def p95(xs: list[float]) -> float:
        return sorted(xs)[int(len(xs) * 0.95) - 1]

    print(f"{w}x{h} shot={args.shot} rain={args.rain} frames={args.frames} reduce_motion={args.reduce_motion}")
    for name, xs in times.items():
        print(f"  {name:32s} mean {statistics.fmean(xs):6.3f} ms   p95 {p95(xs):6.3f} ms")
    for name, xs in inner.items():
        xs = xs[-args.frames:]
        print(f"  {name:32s} mean {statistics.fmean(xs):6.3f} ms   p95 {p95(xs):6.3f} ms")
    print(f"  {'TOTAL':32s} mean {statistics.fmean(totals):6.3f} ms   p95 {p95(totals):6.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
