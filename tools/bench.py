"""Benchmark: what a frame costs, measured through the game's own scenes (not a timed test).

    python tools/bench.py [--size 1920x1080,3840x2160] [--frames 300] [--json FILE]
    python tools/bench.py --size 320x180 --frames 5 --json out.json     (a quick run, for tests)

For each size, on SDL's dummy driver, it plays each moment of the story forward at 60 Hz
(the title, the wide room, torrential rain, a written line being written, the held
hands, the kiss, the golden glow) and times `update` and `draw` separately: p50, p95,
p99 and max. Numbers on a shared machine drift, so the same run also times one
full-screen opaque blit (the least any frame can cost) and prints every figure as a
multiple of it too: a ratio survives a busy machine better than milliseconds; and the
thread's CPU time a frame (`cpu`), which a busy machine inflates least. It runs with the
heap `python -m game` has (game/memory.py `tune_heap`) and, after each draw, the memory governor's
upkeep as the game's loop does: a player's heap, or the kiosk's with `--kiosk-heap` (a frame
cost up to twice as much with the kiosk's, which benches before stop 42 never ran).

Each moment is entered as `--start N` enters it (a jump, the shot's art made for the
first time in this process); the frames of its first half second are reported apart
(`enter_max_ms`), the percentiles are over the frames after. Hitches met in real play
are what `python -m game --autoplay --frame-log F` measures (its worst frame).

`--story STEPS` instead autoplays the whole story through the game's real loop (worst
frame, peak RSS of a whole run). It also reports the process's peak RSS (each size runs in its own process, so the
peak is that size's), and the time to the first frame of the title, `python -m game`
launched as a player launches it with its frame log watched: with a cold art cache (a
fresh empty one) and then a warm one (the same, filled by the cold run).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The moments: (name, scene, a predicate on the story's lines, seconds after the line began)
MOMENTS: list[tuple[str, str, str, float]] = [
    ("title", "title", "", 0.0),
    ("wide room", "story", "bathed in the soft glow", 0.0),
    ("torrential rain", "story", "rain intensified", 0.0),
    ("line being written", "story", "write:long", 1.0),
    ("held hands", "story", "intertwined fingers", 0.0),
    ("kiss", "story", "soft and tender kiss", 0.0),
    ("golden glow", "story", "golden glow", 0.0),
]
ENTER_FRAMES = 30  # half a second after entering a moment, reported apart


def percentiles(ms: list[float]) -> dict[str, float]:
    s = sorted(ms)
    if not s:
        return {"p50_ms": 0.0, "p95_ms": 0.0, "p99_ms": 0.0, "max_ms": 0.0}

    def at(q: float) -> float:
        return s[min(len(s) - 1, round(q * (len(s) - 1)))]

    return {"p50_ms": round(at(0.50), 3), "p95_ms": round(at(0.95), 3), "p99_ms": round(at(0.99), 3),
            "max_ms": round(s[-1], 3)}


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def rss_mib() -> float:
    """The resident size now (Linux; 0 elsewhere): beside the peak, what a moment still holds after it."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, AttributeError):
        return 0.0


# ----------------------------------------------------------------------------- in-process


def make_scene(ctx: Any, kind: str) -> Any:
    """A scene by kind, through the context's scene maker (or the older by-name call)."""
    maker = getattr(ctx, "scenes", None)
    if maker is not None and hasattr(maker, kind):
        return getattr(maker, kind)()
    return ctx.make_scene(kind)


def find_line(ctx: Any, what: str) -> int:
    from game.story import commands as c

    for n, line in enumerate(ctx.script.lines, 1):
        if what == "write:long" and isinstance(line, c.Write) and len(line.text) > 60:
            return n
        if what and what != "write:long" and what in line.text:
            return n
    raise SystemExit(f"bench: no story line matches {what!r}")


def blit_ms(canvas: Any, repeats: int = 60) -> float:
    """The median cost of one full-screen opaque blit onto the canvas."""
    import pygame

    src = pygame.Surface(canvas.get_size()).convert()
    src.fill((40, 30, 20))
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        canvas.blit(src, (0, 0))
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[len(times) // 2]


def measure_moment(ctx: Any, canvas: Any, kind: str, line: int, at: float, frames: int,
                   governor: Any = None) -> dict[str, Any]:
    """A moment's frames: update, draw and, as `App.tick` does after each draw, the memory
    governor's upkeep (`governor`; its trims are part of what a frame costs: game/memory.py)."""
    from game.clock import STEP

    scene = make_scene(ctx, kind)
    t0 = time.perf_counter()
    if kind == "story":
        scene.seek(line, at)
    else:
        scene.enter()
    seek_ms = (time.perf_counter() - t0) * 1000
    updates: list[float] = []
    draws: list[float] = []
    totals: list[float] = []
    enter: list[float] = []
    cpu: list[float] = []
    for k in range(ENTER_FRAMES + frames):
        a, ca = time.perf_counter(), time.thread_time()
        scene.update(STEP)
        b = time.perf_counter()
        scene.draw(canvas)
        if governor is not None:
            governor.frame(ctx, canvas.get_size())
        c, cc = time.perf_counter(), time.thread_time()
        if k < ENTER_FRAMES:
            enter.append((c - a) * 1000)
            continue
        updates.append((b - a) * 1000)
        draws.append((c - b) * 1000)
        totals.append((c - a) * 1000)
        cpu.append((cc - ca) * 1000)
    out: dict[str, Any] = percentiles(totals)
    out.update(line=line, seek_ms=round(seek_ms, 1), enter_max_ms=round(max(enter), 3),
               update=percentiles(updates), draw=percentiles(draws), cpu=percentiles(cpu))
    return out


def measure_size(w: int, h: int, frames: int, only: str, kept: bool = False, holders: int = 0,
                 kiosk_heap: bool = False) -> dict[str, Any]:
    import pygame

    from game.assets import Assets
    from game.context import build_context
    from game.memory import Governor, tune_heap
    from game.settings import Settings

    tuned = tune_heap(tight=kiosk_heap)  # the heap `python -m game` runs with (its kiosk's with --kiosk-heap)
    pygame.init()
    canvas = pygame.display.set_mode((w, h))
    t0 = time.perf_counter()
    ctx = build_context(Assets(), Settings(), audio=False)
    startup = time.perf_counter() - t0
    ctx.renderer.keep_frames = kept
    governor = Governor()  # (trimming as the heap is tuned; its looks timed from here, as from the game's title)
    governor.found(ctx)  # (its walk for the caches, once, as at the game's title: not in a timed frame)
    unit = blit_ms(canvas)
    result: dict[str, Any] = {"size": f"{w}x{h}", "blit_ms": round(unit, 4), "startup_s": round(startup, 3),
                              "frames": frames, "kept_frames": kept,
                              "heap": ("kiosk" if kiosk_heap else "play") if tuned else "malloc's own",
                              "moments": {}}
    for name, kind, what, at in MOMENTS:
        if only and only not in name:
            continue
        line = find_line(ctx, what) if kind == "story" else 0
        result["moments"][name] = m = measure_moment(ctx, canvas, kind, line, at, frames, governor)
        m["peak_rss_mib"], m["rss_mib"] = round(peak_rss_mib(), 1), round(rss_mib(), 1)  # (which moment raised it)
        if holders:
            from game.census import census_apart
            from game.memory import game_roots

            held = census_apart(game_roots(ctx), arrays=True)  # (apart: a walk here left ~9 MB resident)
            m["holders_mib"] = {k: round(b / 2**20, 1) for k, (b, _n) in sorted(held.items(), key=lambda kv: -kv[1][0])[:holders]}
    result["blit_ms_end"] = round(blit_ms(canvas), 4)  # the machine's drift over the run
    result["peak_rss_mib"] = round(peak_rss_mib(), 1)
    pygame.quit()
    return result


def whole_story(w: int, h: int, steps: int, kept: bool = False, memory_every: int = 0,
                kiosk_heap: bool = False) -> dict[str, Any]:
    """The whole story autoplayed through the real loop (`App.run`, its autopilot and frame log)
    on a manual clock moving `steps` sixtieths of a second a frame: the worst frame (shot
    and line changes included), and the peak RSS of a whole run."""
    import pygame

    from game.app import App
    from game.assets import Assets
    from game.census import census_apart
    from game.clock import STEP, ManualClock
    from game.context import build_context
    from game.framelog import Autopilot, FrameLog, read_frame_cpu
    from game.memory import game_roots, tune_heap
    from game.settings import Settings

    tune_heap(tight=kiosk_heap)  # a player's heap, as `python -m game` has it (or the kiosk's)
    pygame.init()
    ctx = build_context(Assets(), Settings(auto_advance=True), audio=False)
    ctx.renderer.keep_frames = kept
    clock = ManualClock()
    app = App(ctx, clock, window_size=(w, h))
    with tempfile.TemporaryDirectory() as tmp:
        app.frame_log = FrameLog(Path(tmp) / "frames.txt", cpu=True)
        app.autopilot = Autopilot(autoplay=True, quit_at_end=True)
        held: dict[str, tuple[int, int]] = {}  # each holder's most bytes over the run (--memory-report)
        frames_done = [0]

        def hook(a: Any) -> None:
            clock.advance(steps * STEP)
            frames_done[0] += 1
            if memory_every and frames_done[0] % memory_every == 0:
                for path, (b, n) in census_apart(game_roots(ctx, a)).items():
                    if b > held.get(path, (0, 0))[0]:
                        held[path] = (b, n)

        t0 = time.perf_counter()
        app.run(frame_hook=hook, max_frames=400_000)
        wall = time.perf_counter() - t0
        app.frame_log.close()
        rows = read_frame_cpu(Path(tmp) / "frames.txt")
    pygame.quit()
    frames = [u + d for _s, u, d, _n, _c in rows]
    cpu = [c or 0.0 for *_r, c in rows]
    worst = max(range(len(frames)), key=frames.__getitem__)
    out: dict[str, Any] = {"frames": len(frames), "story_seconds": round(clock.now(), 1), "wall_s": round(wall, 1),
                           "steps_per_frame": steps, "worst_line": rows[worst][3]}
    out.update(percentiles(frames))
    top = sorted(range(len(frames)), key=frames.__getitem__, reverse=True)[:10]
    out["worst_frames"] = [{"line": rows[k][3], "ms": round(frames[k], 1), "at_s": round(rows[k][0], 2)} for k in top]
    out["frames_over_33ms"] = sum(f > 33.0 for f in frames)
    out["cpu"] = percentiles(cpu)  # the main thread's CPU ms a frame (a busy machine inflates it least)
    top = sorted(range(len(cpu)), key=cpu.__getitem__, reverse=True)[:20]
    out["worst_cpu_frames"] = [{"line": rows[k][3], "cpu_ms": round(cpu[k], 1), "at_s": round(rows[k][0], 2)} for k in top]
    out["cpu_frames_over_33ms"] = sum(f > 33.0 for f in cpu)
    out["peak_rss_mib"] = round(peak_rss_mib(), 1)
    if memory_every:
        out["memory_peaks"] = {p: b for p, (b, _n) in sorted(held.items(), key=lambda kv: -kv[1][0])}
        out["memory_report"] = held
    return out


# ----------------------------------------------------------------------------- subprocesses


def first_frame(size: str, cache: Path, timeout: float = 60.0) -> float:
    """Seconds from launching `python -m game` to its first frame (its frame log's first line)."""
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "frames.txt"
        env = dict(os.environ, XDG_CACHE_HOME=str(cache), XDG_STATE_HOME=tmp, XDG_CONFIG_HOME=tmp)
        cmd = [sys.executable, "-m", "game", "--windowed", "--size", size, "--settings",
               str(Path(tmp) / "settings.toml"), "--frame-log", str(log)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while time.perf_counter() - t0 < timeout:
                if log.exists() and log.read_text(encoding="utf-8").strip():
                    return time.perf_counter() - t0
                if proc.poll() is not None:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise SystemExit(f"bench: the game exited ({proc.returncode}) before a frame:\n{err}")
                time.sleep(0.002)
            raise SystemExit(f"bench: no frame within {timeout} s")
        finally:
            proc.kill()
            proc.wait()


def first_frames(size: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as cache:
        cold = first_frame(size, Path(cache))
        warm = first_frame(size, Path(cache))
    return {"first_frame_cold_s": round(cold, 3), "first_frame_s": round(warm, 3)}


def run_child(size: str, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "one.json"
        cmd = [sys.executable, __file__, "--size", size, "--frames", str(args.frames), "--json", str(out),
               "--no-first-frame", "--quiet"] + (["--only", args.only] if args.only else []) + (["--kept"] if args.kept else []) \
            + (["--kiosk-heap"] if args.kiosk_heap else [])
        subprocess.run(cmd, check=True)
        result: dict[str, Any] = json.loads(out.read_text())
        return result


# ----------------------------------------------------------------------------- report


def report(r: dict[str, Any]) -> None:
    unit = r["blit_ms"]
    print(f"\n{r['size']}: one full-screen opaque blit = {unit:.3f} ms (x1; {r['blit_ms_end']:.3f} at the end)"
          f"   peak RSS {r['peak_rss_mib']:.0f} MiB   start-up {r['startup_s']:.2f} s")
    if "first_frame_s" in r:
        print(f"  first frame of the title: {r['first_frame_s']:.2f} s warm art cache, "
              f"{r['first_frame_cold_s']:.2f} s cold")
    print(f"  {'moment':20s} {'':7s} {'p50':>7s} {'p95':>7s} {'p99':>7s} {'max':>7s}   "
          f"{'p50 x':>6s} {'p99 x':>6s}  enter max")
    for name, m in r["moments"].items():
        for part, d in (("frame", m), ("update", m["update"]), ("draw", m["draw"]), ("cpu", m["cpu"])):
            label = name if part == "frame" else ""
            extra = f"  {m['enter_max_ms']:8.1f}" if part == "frame" else ""
            print(f"  {label:20s} {part:7s} {d['p50_ms']:7.2f} {d['p95_ms']:7.2f} {d['p99_ms']:7.2f} "
                  f"{d['max_ms']:7.2f}   {d['p50_ms'] / unit:6.1f} {d['p99_ms'] / unit:6.1f}{extra}")


def main() -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--size", default="1920x1080,3840x2160", help="one size or several, comma-separated")
    p.add_argument("--frames", type=int, default=300, help="frames measured per moment (after half a second)")
    p.add_argument("--only", default="", help="only the moments whose name contains this")
    p.add_argument("--json", type=Path, default=None, help="write the results (the first size; others under 'sizes')")
    p.add_argument("--no-first-frame", action="store_true", help="skip timing the game's first frame")
    p.add_argument("--story", type=int, default=0, metavar="STEPS",
                   help="only autoplay the whole story, the clock moving STEPS/60 s a frame (e.g. 4)")
    p.add_argument("--kept", action="store_true",
                   help="keep the room between frames, repainting only what moved (game/room/compose.py)")
    p.add_argument("--memory-report", type=int, default=0, metavar="FRAMES",
                   help="with --story: every FRAMES frames count each cache's bytes (game/memory.py); print each one's peak")
    p.add_argument("--holders", type=int, default=0, metavar="N",
                   help="after each moment, the N largest holders of pixels, sounds and arrays into the JSON "
                        "(game.memory.census; beside each moment's peak_rss_mib, which moment raised the peak)")
    p.add_argument("--kiosk-heap", action="store_true",
                   help="the moments with the kiosk's heap (a 64 KiB mmap threshold, trimmed every frame: "
                        "game/memory.py), not a player's")
    p.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.story:
        w, h = (int(v) for v in args.size.split(",")[0].lower().split("x"))
        r = whole_story(w, h, args.story, args.kept, args.memory_report, args.kiosk_heap)
        if args.memory_report:
            from game.memory import report as memory_report

            print(f"each holder's peak over the run (sampled every {args.memory_report} frames):")
            print(memory_report(r.pop("memory_report"), (w, h)))
        print(f"whole story autoplayed at {w}x{h}: {r['frames']} frames over {r['story_seconds']} s of story "
              f"({r['steps_per_frame']} steps a frame), frame p50 {r['p50_ms']:.1f} p99 {r['p99_ms']:.1f} "
              f"max {r['max_ms']:.1f} ms (line {r['worst_line']}), peak RSS {r['peak_rss_mib']:.0f} MiB")
        print(f"  frames over 33 ms: {r['frames_over_33ms']}; the worst: "
              + ", ".join(f"{w['ms']:.0f} ms (line {w['line']})" for w in r["worst_frames"]))
        c = r["cpu"]
        print(f"  main-thread CPU a frame: p50 {c['p50_ms']:.1f} p99 {c['p99_ms']:.1f} max {c['max_ms']:.1f} ms; "
              f"over 33 ms: {r['cpu_frames_over_33ms']}; the 20 worst: "
              + ", ".join(f"{w['cpu_ms']:.0f} (line {w['line']})" for w in r["worst_cpu_frames"]))
        if args.json is not None:
            args.json.write_text(json.dumps(r, indent=1) + "\n")
        return 0
    sizes = [s.strip() for s in args.size.split(",") if s.strip()]
    results = []
    for size in sizes:
        w, h = (int(v) for v in size.lower().split("x"))
        r = measure_size(w, h, args.frames, args.only, args.kept, args.holders, args.kiosk_heap) if len(sizes) == 1 \
            else run_child(size, args)
        if not args.no_first_frame:
            r.update(first_frames(size))
        results.append(r)
        if not args.quiet:
            report(r)
    if args.json is not None:
        doc = dict(results[0])
        if len(results) > 1:
            doc["sizes"] = results
        args.json.write_text(json.dumps(doc, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
