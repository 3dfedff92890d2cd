"""Benchmark the effects layer (light, fire, rain, candles): milliseconds per frame.

Not a test: timings depend on the machine. It renders the stand-in room of
`tools/fx_frames.py` through every `RoomFx` layer at a given size and view, for a run of
consecutive frames (t advancing by 1/60 s), after a warm-up that fills the sprite
caches, and prints the mean and 95th percentile per layer and for the whole layer set.
The budget is 3 ms a frame at 1920x1080 (wide shot, heavy rain, full fire).

    python tools/bench_fx.py [--size 1920x1080] [--frames 300] [--warmup 30] [--shot wide]
                             [--rain 3.0] [--reduce-motion]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/bench_fx.py`

import pygame

from game.assets import Assets
from game.fx import FxState, RoomFx
from game.room.tmxload import load_room
from game.view import camera_view
from tools._common import headless, p95, positive_int, size_arg
from tools.fx_frames import StandIn


def _timed(obj: object, name: str, samples: list[float]) -> None:
    """Wrap a method of one of RoomFx's parts so each call's milliseconds land in `samples`
    (to split the lighting layer's cost)."""
    fn: Callable[..., object] = getattr(obj, name)

    def wrapper(*a: object, **k: object) -> object:
        t0 = time.perf_counter()
        out = fn(*a, **k)
        samples.append((time.perf_counter() - t0) * 1000.0)
        return out

    setattr(obj, name, wrapper)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=size_arg, default=(1920, 1080), help="canvas WxH (default 1920x1080)")
    ap.add_argument("--frames", type=positive_int, default=300, help="frames measured (default 300)")
    ap.add_argument("--warmup", type=int, default=30, help="frames drawn first, not measured (default 30)")
    ap.add_argument("--shot", default="wide", help="a shot name from the map (default wide)")
    ap.add_argument("--rain", type=float, default=3.0, help="rain intensity (default 3.0, torrential)")
    ap.add_argument("--reduce-motion", action="store_true", help="the reduced-motion effects")
    args = ap.parse_args(argv)
    w, h = args.size
    headless()
    screen = pygame.display.set_mode((w, h))
    room = load_room(Assets().room_map)
    if args.shot not in room.shots:
        ap.error(f"--shot: no shot {args.shot!r} in the map (it has {', '.join(sorted(room.shots))})")
    s = room.shots[args.shot].rect
    view = camera_view(s.x, s.y, s.w, w)
    stand = StandIn(room, view, (w, h))
    fx = RoomFx(room, 1907, args.reduce_motion)
    state = FxState(rain=args.rain, candles=0.7, fire=1.0)
    layers: dict[str, Callable[[float], None]] = {
        "exterior": lambda t: fx.draw_exterior(screen, view, state, t),
        "glass": lambda t: fx.draw_glass(screen, view, state, t),
        "flames(wax,logs)": lambda t: fx.draw_flames(screen, view, state, t, stand.casters),
        "lighting(+shadows,fire,flames)": lambda t: fx.draw_lighting(screen, view, state, t, stand.casters),
        "sparks": lambda t: fx.draw_sparks(screen, view, state, t, stand.casters),
    }
    times: dict[str, list[float]] = {k: [] for k in layers}
    inner: dict[str, list[float]] = {
        "  light map (build+upscale, multiply)": [],
        "  hearth flames and embers": [],
        "  candle flames and halos": [],
    }
    parts = ((fx.light_map, "apply"), (fx.hearth, "draw_emissive"), (fx.candles, "draw_flames"))
    for (obj, method), samples in zip(parts, inner.values(), strict=True):
        if obj is not None:  # a room without a hearth has no hearth to time
            _timed(obj, method, samples)
    totals: list[float] = []
    for i in range(-args.warmup, args.frames):
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
    print(f"{w}x{h} shot={args.shot} rain={args.rain} frames={args.frames} reduce_motion={args.reduce_motion}")
    for name, xs in times.items():
        print(f"  {name:32s} mean {statistics.fmean(xs):6.3f} ms   p95 {p95(xs):6.3f} ms")
    for name, xs in inner.items():
        xs = xs[-args.frames:]
        if xs:  # a part not called in these frames (no sparks, say) has nothing to report
            print(f"  {name:32s} mean {statistics.fmean(xs):6.3f} ms   p95 {p95(xs):6.3f} ms")
    print(f"  {'TOTAL':32s} mean {statistics.fmean(totals):6.3f} ms   p95 {p95(totals):6.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
