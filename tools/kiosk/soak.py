"""Soak test: play the exhibit headless for days of simulated time and watch its memory.

    python tools/kiosk/soak.py --hours 168 [--speed 60] [--size 480x270] [--every 60] [--seed 7]

Runs the real loop with `KioskPolicy` on a manual clock. The clock is fast: each frame
moves it to the next thing that happens (a visitor's tap, or `--speed` simulated seconds
when nobody is there), while the game's own simulation moves at most 8 fixed steps a
frame (the loop's clamp), so idle timers, the attract loop, resets and the ending all
happen at gallery pace and a week takes minutes. Seeded visitors come during opening
hours (10:00 to 18:00, a few an hour): they touch the title, tap through part of the
story, walk away mid-line; nights are the attract loop alone. `--speed 0` gives the old
real-pace clock (8 steps a frame), for short runs.

Every `--every` simulated minutes it prints time, scene, plays, resets, errors and the
resident memory; at the end, RSS at start, peak and end, and at the end of each
simulated day and the peak of each (each day's also as it ends, for a run stopped
early), and the process's high-water mark (`max RSS`: what `/usr/bin/time -v` reports, with the transients inside a frame that the samples between
frames miss: at 1080p ~70 MB over the highest sample, at 320x180 ~80: a writer's hand is
painted with ~150 MB of numpy arrays at each Begin after a reset). Exit status 1 if an error
was logged, if the peak RSS sampled passed `--ceiling` MB (`--ceiling-max`: the high-water
mark instead), or if the peak of the last simulated day is more than
`--max-growth` MB above the peak of the first (with less than two days: RSS from the end
of the first hour to the end). Day peaks, not the one sample at midnight: what a kiosk
holds at a given instant depends on what plays then (a theme and a rain level decoded,
an insert's rasters: +-10 MB within an hour), while the day's peak is what it holds at
its worst, which is what a leak would raise. `--census MB` also says what held the pixels
near the peak (each cache's bytes beside its budget, `game.memory.report`), and near each
day's peak (the count starts afresh each day), so growth from day to day has names. Each count is
taken in a forked child (`game.census.census_apart`): taken here, the walk left ~20 MB of its own
resident by line 17 at 1080p (4 h: max RSS 269.0 with `--census 5`, 247.0 without), counted as the game's.
`--trace N` names what the caches' count cannot (Python objects, numpy arrays, anything
allocated through Python's allocators): tracemalloc runs from the start, a snapshot is taken
at each census near a day's peak and at each day's end, and as a day ends the N lines whose
traced bytes grew most from the first day's peak (and end) to this day's are printed. It
slows the run and its own bookkeeping adds to RSS: for finding growth, not for the figures.
`--peaks N` names what raises the high-water mark inside frames (tools/kiosk/peaks.py: each
frame cut into segments, update, draw, each step made ahead, each's own peak read): the N
highest segments and the largest rise of each kind are printed at the end; `--peaks-depth D`
cuts the draw at every call D deep instead (slow: for finding the function).

Deterministic unless `--wall` (tools/kiosk/fixed.py): the making ahead's budget counted in steps,
the memory governor on the soak's simulated clock, the loader's and the page painter's jobs and the
long sounds' decoding waited for as they are asked, string hashing seeded and addresses not
randomized, so two runs of the same code play the same frames (`digest`: each frame's scene and
line, the window's pixels at each report) and hold the same caches at the same moments; their RSS
within ~2-4 MB (4 simulated h at 1080p, three runs: max RSS 263.9-267.8; what is left: fixed.py).
`--wall` runs as before (the work timed by the machine: 4 simulated hours spread ~10 MB of max RSS).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import random
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pygame

from game.app import App
from game.assets import Assets
from game.census import census_apart
from game.clock import ManualClock
from game.context import build_context
from game.framelog import story_line
from game.kiosk.config import KioskConfig
from game.kiosk.health import rss_bytes
from game.kiosk.policy import KioskPolicy
from game.memory import game_roots, heap_stats, tune_heap
from game.memory import report as memory_report
from game.settings import Settings
from tools.kiosk import fixed

FRAME = fixed.FRAME


def max_rss_mb() -> float:
    """The process's resident high-water mark in MB (0 where it cannot be read)."""
    try:
        import resource
    except ImportError:  # (Windows)
        return 0.0
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return float(kib) / (2**20 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere


CEILING_MB = 250.0  # peak resident memory of the game over a simulated week (README, Kiosk mode)
GROWTH_MB = 10.0  # growth from the first simulated day to the last
TRACE_STEP_MB = 10.0  # --trace: a day's next snapshot only this much above its last (each takes seconds)


OPEN, CLOSE = 10 * 3600.0, 18 * 3600.0  # opening hours, seconds into a simulated day
DAY = 86400.0


class Visitors:
    """Seeded visitors: arrive at the title now and then during opening hours, tap a while, leave."""

    def __init__(self, rng: random.Random, always_open: bool = False) -> None:
        self.rng = rng
        self.always_open = always_open
        self.next_tap = 0.0
        self.taps_left = 0
        self.plays = 0

    def is_open(self, t: float) -> bool:
        return self.always_open or OPEN <= t % DAY < CLOSE

    def act(self, app: App, t: float) -> None:
        if t < self.next_tap:
            return
        if not self.is_open(t):
            self.taps_left = 0
            self.next_tap = (t // DAY) * DAY + OPEN + (DAY if t % DAY >= CLOSE else 0.0)
            return
        top = type(app.stack.top).__name__
        if top == "TitleScene":
            self.plays += 1
            self.taps_left = self.rng.choice([0, 3, 12, 40, 120])  # 0: touches once and walks away
            self._tap(app)
            self.next_tap = t + self.rng.uniform(2.0, 6.0)
        elif self.taps_left > 0:
            self.taps_left -= 1
            self._tap(app)
            self.next_tap = t + self.rng.uniform(0.4, 8.0)
        else:
            self.next_tap = t + self.rng.uniform(30.0, 1200.0)  # nobody here for a while

    def _tap(self, app: App) -> None:
        assert app.window is not None
        w, h = app.window.get_size()
        x, y = self.rng.randrange(w), self.rng.randrange(h)
        pygame.event.post(pygame.event.Event(pygame.FINGERDOWN, x=x / w, y=y / h, dx=0.0, dy=0.0,
                                             finger_id=0, touch_id=1, pressure=1.0))


Counted = tuple[float, float, str, dict[str, tuple[int, int]], dict[str, int]]  # (rss MB, simulated hour, scene, census, heap)


def heap_line(heap: dict[str, int]) -> str:
    """malloc's own figures beside a count: what of the resident size is heap, not pixels."""
    return ", ".join(f"{k} {v / 2**20:.1f}" for k, v in heap.items()) or "no mallinfo2"


def heap_resident() -> dict[str, int]:
    """The main heap's resident bytes (/proc/self/smaps' [heap]) and the process's anonymous and
    file-backed resident bytes (/proc/self/status; {} elsewhere). mallinfo2's `free` counts free
    chunks whether their pages were handed back by a trim or not: `resident` is what of the heap the
    resident size holds. `file` (shared libraries' pages mapped) hangs also on what other processes
    have in the page cache (the kernel maps pages around a fault that are there): `anon` is what the
    game's own allocations hold."""
    held: dict[str, int] = {}
    try:
        with open("/proc/self/smaps") as f:
            lines = f.read().splitlines()
        with open("/proc/self/status") as f:
            status = f.read().splitlines()
    except OSError:
        return held
    for i, line in enumerate(lines):
        if line.endswith("[heap]"):
            for row in lines[i + 1:i + 30]:
                if row.startswith("Rss:"):
                    held["resident"] = int(row.split()[1]) * 1024
                    break
            break
    for row in status:
        if row.startswith(("RssAnon:", "RssFile:")):
            held[row[3:7].lower()] = int(row.split()[1]) * 1024
    return held


def day_census(c: Counted, limit: int = 8) -> str:
    """One line: a day's count near its peak, its total and largest holders in MiB."""
    rss, hour, scene, held, heap = c
    top = sorted(held.items(), key=lambda kv: -kv[1][0])[:limit]
    total = sum(b for b, _ in held.values()) / 2**20
    return (f"{rss:.1f} MB RSS at h {hour:.2f} ({scene}): {total:.1f} MiB of pixels, sounds and arrays; "
            + ", ".join(f"{path} {b / 2**20:.1f}" for path, (b, _) in top) + f"; malloc MiB: {heap_line(heap)}")


def trace_diff(now: tracemalloc.Snapshot, then: tracemalloc.Snapshot, limit: int) -> str:
    """The `limit` source lines whose traced bytes grew most from `then` to `now`, one a line,
    with the total traced at each: what of Python's and numpy's heap a day added."""
    stats = [s for s in now.compare_to(then, "lineno") if s.size_diff > 0][:limit]
    total = sum(t.size for t in now.traces) / 2**20, sum(t.size for t in then.traces) / 2**20
    rows = [f"    traced {total[1]:.1f} -> {total[0]:.1f} MiB"]
    for s in stats:
        frame = s.traceback[0]
        rows.append(f"    {s.size_diff / 2**20:+7.2f} MiB {s.count_diff:+7d} blocks  "
                    f"{s.size / 2**20:6.2f} MiB now  {frame.filename}:{frame.lineno}")
    return "\n".join(rows)


def trace_held(snap: tracemalloc.Snapshot, limit: int) -> str:
    """The `limit` source lines holding the most traced bytes in `snap`, with their block counts."""
    stats = snap.statistics("lineno")
    rows = [f"    traced {sum(s.size for s in stats) / 2**20:.1f} MiB in {sum(s.count for s in stats)} blocks"]
    for s in stats[:limit]:
        frame = s.traceback[0]
        rows.append(f"    {s.size / 2**20:7.2f} MiB {s.count:7d} blocks  {frame.filename}:{frame.lineno}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--hours", type=float, default=1.0, help="simulated hours to run")
    p.add_argument("--speed", type=float, default=60.0,
                   help="simulated seconds a frame may skip when nothing happens (0: real pace)")
    p.add_argument("--size", default="480x270", help="window size (the dummy driver draws at this size)")
    p.add_argument("--every", type=float, default=60.0, help="simulated minutes between reports")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--start-hour", type=float, default=0.0, help="simulated time of day to start at (10: opening)")
    p.add_argument("--ceiling", type=float, default=CEILING_MB, help="peak RSS in MB that fails")
    p.add_argument("--ceiling-max", action="store_true", help="hold the high-water mark to --ceiling, not the samples")
    p.add_argument("--max-growth", type=float, default=GROWTH_MB, help="MB of growth, first to last day, that fails")
    p.add_argument("--census", type=float, default=0.0, metavar="MB",
                   help="count the caches' bytes (game.census.census_apart) each time RSS passes the last count by MB; "
                        "print the count nearest the peak at the end (what holds it)")
    p.add_argument("--trace", type=int, default=0, metavar="N",
                   help="tracemalloc: at each day's end, the N lines grown most since day 1's peak and end "
                        "(snapshots at each census near a day's peak; needs --census)")
    p.add_argument("--peaks", type=int, default=0, metavar="N",
                   help="the N segments of frames (update, draw, each step made ahead) that reached the "
                        "highest high-water marks (tools/kiosk/peaks.py; Linux)")
    p.add_argument("--peaks-depth", type=int, default=0, metavar="D",
                   help="with --peaks: segments at each call down to D calls into the frame's draw")
    p.add_argument("--trace-from", type=float, default=None, metavar="H",
                   help="tracemalloc from simulated hour H on (the day's time, as --start-hour) only: at the end, "
                        "the --trace N lines holding most of what was allocated since and is still held")
    p.add_argument("--wall", action="store_true",
                   help="the work timed by the machine as in play (not deterministic: tools/kiosk/fixed.py)")
    p.add_argument("--fixed", default=",".join(fixed.PARTS), metavar="PARTS",
                   help="what of the work is timed by the frames, of " + ",".join(fixed.PARTS) + " (the rest by the machine)")
    p.add_argument("--step-ms", type=float, default=fixed.STEP_COST * 1000, metavar="MS",
                   help="deterministic: ms of the making ahead's budget a step counts for (a frame's: 10)")
    p.add_argument("--no-audio", action="store_true",
                   help="no sound device: the audio feeder's thread (on the wall clock) not running")
    args = p.parse_args(argv)
    if not args.wall and argv is None:
        fixed.fixed_process()  # (again, seeded hashes and fixed addresses: returns once it is)
    if args.trace and args.trace_from is None:
        tracemalloc.start(1)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    w, h = (int(v) for v in args.size.split("x"))
    tune_heap(tight=True)  # as the game `python -m game --kiosk` runs does (game/__main__.py `tight_heap`)
    pygame.init()
    ctx = build_context(Assets(), Settings(), kiosk=True, audio=not args.no_audio)
    clock = ManualClock()
    policy = KioskPolicy(ctx, KioskConfig(), wall=time.time)
    app = App(ctx, clock, window_size=(w, h), policy=policy)
    app.open_window()
    game_time = fixed.GameTime()
    if not args.wall:
        left = fixed.install(app, game_time, clock.now, [v for v in args.fixed.split(",") if v],
                             args.step_ms / 1000)
        print("deterministic (tools/kiosk/fixed.py)" + (f"; still {left}" if left else ""), flush=True)
    import hashlib  # (here, not before `game`: game/__init__.py keeps OpenSSL's libcrypto out, 3.5 MB)

    digest = hashlib.blake2b(digest_size=8)  # each frame's scene and line, the window's pixels at each report
    peaks = None
    if args.peaks:
        from tools.kiosk.peaks import Peaks, install

        peaks = Peaks(args.peaks, where=lambda: f"{type(app.stack.top).__name__} line {story_line(app.stack)} "
                                                f"h {clock.now() / 3600:.2f}")
        install(app, peaks, args.peaks_depth)
        peaks.begin()
    visitors = Visitors(random.Random(args.seed), always_open=args.speed <= 0)
    clock.advance(args.start_hour * 3600.0)
    begin = clock.now()
    end = begin + args.hours * 3600.0
    report_every = args.every * 60.0
    next_report = begin
    samples: list[tuple[float, float]] = [(begin, rss_bytes() / 2**20)]
    days: list[float] = []
    day_peaks: list[float] = [samples[0][1]]
    peak = samples[0][1]
    started = time.perf_counter()
    counted: list[Counted] = []  # the count nearest the peak so far
    day_counted: list[Counted] = []  # the count nearest this day's peak
    traced: dict[str, tracemalloc.Snapshot] = {}  # "peak": this day's, "peak1"/"end1": day 1's
    traced_at = [0.0]  # RSS MB at this day's last snapshot
    print("sim_h   wall_s  frames  scene         plays resets errors  rss_mb  digest", flush=True)

    def hook(a: App) -> None:
        nonlocal next_report, peak
        if not args.wall:
            fixed.keep(a, game_time, clock.now)
        digest.update(f"{type(a.stack.top).__name__} {story_line(a.stack)};".encode())
        t = clock.now()
        if args.speed > 0:  # to the next tap, or a stretch of nobody, but never past a report
            step = max(FRAME, min(visitors.next_tap - t, args.speed, next_report - t, end - t))
        else:
            step = FRAME
        clock.advance(step)
        t = clock.now()
        visitors.act(a, t)
        if args.trace_from is not None and not tracemalloc.is_tracing() and t >= args.trace_from * 3600.0:
            tracemalloc.start(1)
        rss = rss_bytes() / 2**20
        peak = max(peak, rss)
        if int((t - begin) // DAY) > len(days):
            days.append(rss)
            print(f"day {len(days)} ended: peak {day_peaks[-1]:.1f} MB, end {rss:.1f} MB, "  # as it happens: a run
                  f"max RSS {max_rss_mb():.1f} MB", flush=True)  # stopped early still has its days
            if day_counted:
                print(f"  held near day {len(days)}'s peak: " + day_census(day_counted[-1]), flush=True)
            if args.trace and "peak" in traced:
                end_snap = tracemalloc.take_snapshot()
                traced.setdefault("peak1", traced["peak"])
                traced.setdefault("end1", end_snap)
                if len(days) > 1:
                    print(f"  traced, day 1's peak -> day {len(days)}'s peak:\n"
                          + trace_diff(traced["peak"], traced["peak1"], args.trace), flush=True)
                    print(f"  traced, day 1's end -> day {len(days)}'s end:\n"
                          + trace_diff(end_snap, traced["end1"], args.trace), flush=True)
                traced.pop("peak")
            traced_at[-1] = 0.0
            day_counted.clear()
            if t < end:
                day_peaks.append(rss)
        day_peaks[-1] = max(day_peaks[-1], rss)
        if args.census > 0 and rss >= (day_counted[-1][0] if day_counted else 0.0) + args.census:
            day_counted[-1:] = [(rss, t / 3600, type(a.stack.top).__name__, census_apart(game_roots(ctx, a), arrays=True),
                                 heap_stats() | heap_resident())]
            if args.trace and rss >= traced_at[-1] + TRACE_STEP_MB:  # (a snapshot takes seconds: fewer)
                traced["peak"], traced_at[-1] = tracemalloc.take_snapshot(), rss
            if not counted or rss >= counted[-1][0]:
                counted[-1:] = day_counted[-1:]
        if t >= next_report or t >= end:
            next_report += report_every
            samples.append((t, rss))
            if a.window is not None:
                digest.update(a.window.get_buffer())  # type: ignore[arg-type]  # (a view: nothing copied)
            print(f"{t / 3600:6.2f} {time.perf_counter() - started:8.1f} {a.frames:7d}  "
                  f"{type(a.stack.top).__name__:13s} {visitors.plays:5d} {policy.resets:6d} {policy.errors:6d} "
                  f"{rss:7.1f}  {digest.hexdigest()}", flush=True)
        if t >= end:
            a.running = False

    code = app.run(frame_hook=hook)
    pygame.quit()
    if args.trace_from is not None and tracemalloc.is_tracing():
        print(f"allocated since simulated hour {args.trace_from:g} and still held at the end:\n"
              + trace_held(tracemalloc.take_snapshot(), args.trace or 25), flush=True)
    if args.trace and days and "peak" in traced and "peak1" in traced:  # a day cut short: its peak so far
        print(f"traced, day 1's peak -> day {len(days) + 1}'s peak so far:\n"
              + trace_diff(traced["peak"], traced["peak1"], args.trace), flush=True)
    if (end - begin) % DAY == 0 and len(days) < (end - begin) // DAY:
        days.append(samples[-1][1])
    if len(days) >= 2:
        growth, over = day_peaks[-1] - day_peaks[0], "from the first simulated day's peak to the last day's"
    else:
        warm = [rss for t, rss in samples if t - begin >= min(3600.0, (end - begin) / 2)]
        growth, over = (warm[-1] - warm[0] if len(warm) > 1 else 0.0), "after the first simulated hour"
    print(f"ran {args.hours:g} simulated h ({app.frames} frames) in {time.perf_counter() - started:.0f} s; "
          f"exit {code}; {policy.errors} errors; {visitors.plays} plays; {policy.resets} resets")
    print(f"frames digest: {digest.hexdigest()} ({app.frames} frames); Python's collections (generations 0/1/2): "
          + "/".join(str(g["collections"]) for g in gc.get_stats()))
    print(f"RSS MB: start {samples[0][1]:.1f}, peak {peak:.1f}, end {samples[-1][1]:.1f}; "
          f"{growth:+.1f} MB {over}")
    if days:
        print("RSS MB at the end of each simulated day: " + ", ".join(f"{d:.1f}" for d in days))
        print("RSS MB peak of each simulated day: " + ", ".join(f"{d:.1f}" for d in day_peaks))
    high = max(peak, max_rss_mb(), peaks.high if peaks is not None else 0.0)
    print(f"max RSS MB (the high-water mark, inside frames too): {high:.1f}; at the end, MiB: "
          + heap_line({k: v for k, v in heap_resident().items() if k in ("anon", "file")}))
    if counted:
        rss, hour, scene, held, heap = counted[-1]
        print(f"what held the pixels at {rss:.1f} MB RSS ({scene}, simulated hour {hour:.2f}):")
        print(memory_report(held, (w, h), limit=25))
        print(f"malloc then, MiB: {heap_line(heap)}")
    if peaks is not None:
        print(peaks.report())
    failed = code != 0 or policy.errors or (high if args.ceiling_max else peak) > args.ceiling or growth > args.max_growth
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
