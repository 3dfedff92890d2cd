"""Soak test: play the exhibit headless for hours of simulated time and watch its memory.

    python tools/kiosk/soak.py --hours 2 [--size 480x270] [--every 10] [--seed 7]

Runs the real loop with `KioskPolicy` and a manual clock that moves 8 fixed steps per
frame (the most the loop accepts), so an hour of exhibit time takes a minute or two of CPU.
Simulated visitors come and go (seeded): they touch the title, tap through part of the
story, walk away mid-line; the idle timers and the ending bring it back to the title.
Every `--every` simulated minutes it prints time, scene, plays, resets, errors and the
resident memory; at the end, the growth after the first simulated hour (warm-up: fonts,
caches). Exit status 1 if any error was logged or memory grew more than `--max-growth` MB.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pygame

from game.app import App
from game.assets import Assets
from game.clock import STEP, ManualClock
from game.context import build_context
from game.kiosk.config import KioskConfig
from game.kiosk.health import rss_bytes
from game.kiosk.policy import KioskPolicy
from game.settings import Settings

FRAME = 8 * STEP


class Visitors:
    """Seeded visitors: arrive at the title now and then, tap a while, leave."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.next_tap = 0.0
        self.taps_left = 0
        self.plays = 0

    def act(self, app: App, t: float) -> None:
        if t < self.next_tap:
            return
        top = type(app.stack.top).__name__
        if top == "TitleScene":
            self.plays += 1
            self.taps_left = self.rng.choice([0, 3, 12, 40, 400])  # 0: touches once and walks away
            self._tap(app)
            self.next_tap = t + self.rng.uniform(2.0, 6.0)
        elif self.taps_left > 0:
            self.taps_left -= 1
            self._tap(app)
            self.next_tap = t + self.rng.uniform(0.4, 8.0)
        else:
            self.next_tap = t + self.rng.uniform(30.0, 400.0)  # nobody here for a while

    def _tap(self, app: App) -> None:
        assert app.window is not None
        w, h = app.window.get_size()
        x, y = self.rng.randrange(w), self.rng.randrange(h)
        pygame.event.post(pygame.event.Event(pygame.FINGERDOWN, x=x / w, y=y / h, dx=0.0, dy=0.0,
                                             finger_id=0, touch_id=1, pressure=1.0))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--hours", type=float, default=1.0, help="simulated hours to run")
    p.add_argument("--size", default="480x270", help="window size (the dummy driver draws at this size)")
    p.add_argument("--every", type=float, default=10.0, help="simulated minutes between reports")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--max-growth", type=float, default=20.0, help="MB of growth after warm-up that fails")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    w, h = (int(v) for v in args.size.split("x"))
    pygame.init()
    ctx = build_context(Assets(), Settings(), kiosk=True)
    clock = ManualClock()
    policy = KioskPolicy(ctx, KioskConfig(), wall=time.time)
    app = App(ctx, clock, window_size=(w, h), policy=policy)
    app.open_window()
    visitors = Visitors(random.Random(args.seed))
    end = args.hours * 3600.0
    report_every = args.every * 60.0
    next_report = 0.0
    samples: list[tuple[float, float]] = []
    started = time.perf_counter()
    print("sim_h   wall_s  frames  scene         plays resets errors  rss_mb", flush=True)

    def hook(a: App) -> None:
        nonlocal next_report
        clock.advance(FRAME)
        t = clock.now()
        visitors.act(a, t)
        if t >= next_report or t >= end:
            next_report += report_every
            rss = rss_bytes() / 2**20
            samples.append((t, rss))
            print(f"{t / 3600:5.2f} {time.perf_counter() - started:8.1f} {a.frames:7d}  "
                  f"{type(a.stack.top).__name__:13s} {visitors.plays:5d} {policy.resets:6d} {policy.errors:6d} "
                  f"{rss:7.1f}", flush=True)
        if t >= end:
            a.running = False

    code = app.run(frame_hook=hook)
    pygame.quit()
    warm = [rss for t, rss in samples if t >= min(3600.0, end / 2)]
    growth = warm[-1] - warm[0] if len(warm) > 1 else 0.0
    print(f"ran {args.hours:g} simulated h in {time.perf_counter() - started:.0f} s; exit {code}; "
          f"{policy.errors} errors; RSS {samples[0][1]:.1f} -> {samples[-1][1]:.1f} MB, "
          f"{growth:+.1f} MB after warm-up")
    return 1 if code != 0 or policy.errors or growth > args.max_growth else 0


if __name__ == "__main__":
    sys.exit(main())
