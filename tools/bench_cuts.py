"""Benchmark: a span of the story played through in one process, each frame's main-thread CPU
time, to see what entering a shot or a line costs (not a timed test).

    python tools/bench_cuts.py --size 1920x1080 --from 5 --to 10 [--steps 1] [--worst 10] [--click S]

The story scene is entered at line FROM (as `--start` enters it: its art made for the
first time) and auto-advanced at the settings' pace, `--steps` 1/60 s updates a frame, on
SDL's dummy driver, until line TO ends. Printed: each line's first frame (the cut) and its
worst frame after, in CPU ms of the main thread, and the worst frames of the span with
their lines. The first line's own frames are the entry, reported apart. `--json FILE`
writes it all, with the process's peak RSS. `--profile N` runs cProfile around the first frame
drawn of line N (its cut) and prints where it went, to find what it made that could be made ahead.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import os
import pstats
import resource
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(gen: Any, line: int, log: list[tuple[int, str, float]]) -> Any:
    """The prepare steps of `gen`, each one's CPU ms noted in `log`."""
    while True:
        c0 = time.thread_time()
        try:
            name = next(gen)
        except StopIteration:
            return
        log.append((line, str(name), (time.thread_time() - c0) * 1000))
        yield name


def play(w: int, h: int, first: int, last: int, steps: int,
         prepared: list[tuple[int, str, float]] | None = None,
         profile: tuple[int, cProfile.Profile] | None = None, click: float | None = None,
         hashes: dict[int, str] | None = None, kiosk_heap: bool = False) -> list[tuple[int, float]]:
    """(line, CPU ms) of each frame from line `first` to the end of line `last`; each step of
    the art made ahead in `prepared` (line, what, CPU ms); `profile` (line, profiler): the
    profiler on around the first frame drawn of that line. `click` (seconds): no auto-advance, a
    player's click that long after each line is complete (or a `wait` ends it first). `hashes`: each
    line's first frame's pixels hashed (taken after its CPU time), to compare two trees' cuts."""
    import pygame

    from game.assets import Assets
    from game.clock import STEP
    from game.context import build_context
    from game.memory import Governor, tune_heap
    from game.settings import Settings

    tune_heap(tight=kiosk_heap)  # the heap `python -m game` has (the kiosk's with --kiosk-heap: game/memory.py)
    governor = Governor()  # and its upkeep after each draw, as the game's loop
    pygame.init()
    canvas = pygame.display.set_mode((w, h))
    ctx = build_context(Assets(), Settings(auto_advance=click is None), audio=False)
    scene = ctx.scenes.story()
    scene.seek(first, 0.0)
    governor.found(ctx)  # (found once, as the game's memory governor finds them at the title: not in a timed frame)
    frames: list[tuple[int, float]] = []
    d = scene.director
    r = ctx.renderer
    for obj, name in ((r, "prepare_steps"), (r, "prepare_beside"), (r.layers, "prepare_insert")):
        real = getattr(obj, name, None)  # each step made ahead timed, wherever the scene asks for them
        if prepared is not None and real is not None:
            setattr(obj, name, lambda *a, _real=real, **k: timed(_real(*a, **k), d.line_number, prepared))
    while not d.finished and d.line_number <= last:
        c0 = time.thread_time()
        for _ in range(steps):
            scene.update(STEP)
            if click is not None and scene.complete_since is not None and scene.t - scene.complete_since >= click:
                scene.click()  # (the story scene's own action: as a player's click)
        if d.finished:
            break
        cut = profile is not None and d.line_number == profile[0] and (not frames or frames[-1][0] != profile[0])
        if cut and profile is not None:
            profile[1].enable()
        scene.draw(canvas)
        if cut and profile is not None:
            profile[1].disable()
        governor.frame(ctx, canvas.get_size())
        frames.append((d.line_number, (time.thread_time() - c0) * 1000))
        if hashes is not None and d.line_number not in hashes:
            hashes[d.line_number] = hashlib.sha1(pygame.image.tobytes(canvas, "RGB")).hexdigest()[:12]
    pygame.quit()
    return frames


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--size", default="1920x1080")
    p.add_argument("--from", dest="first", type=int, required=True)
    p.add_argument("--to", dest="last", type=int, required=True)
    p.add_argument("--steps", type=int, default=1, help="1/60 s updates a frame (default 1)")
    p.add_argument("--worst", type=int, default=10)
    p.add_argument("--json", type=Path, default=None)
    p.add_argument("--profile", type=int, default=None, metavar="N", help="cProfile the first frame of line N")
    p.add_argument("--hash", action="store_true", help="print each line's first frame's pixel hash")
    p.add_argument("--kiosk-heap", action="store_true", help="the kiosk's heap (game/memory.py), not a player's")
    p.add_argument("--click", type=float, default=None, metavar="S",
                   help="no auto-advance: each line clicked on S seconds after it is complete (its cut's moment not known ahead)")
    args = p.parse_args()
    w, h = (int(v) for v in args.size.lower().split("x"))
    prepared: list[tuple[int, str, float]] = []
    prof = (args.profile, cProfile.Profile()) if args.profile is not None else None
    hashes: dict[int, str] | None = {} if args.hash else None
    frames = play(w, h, args.first, args.last, args.steps, prepared, prof, args.click, hashes, args.kiosk_heap)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    out: dict[str, Any] = {"size": args.size, "steps": args.steps, "click": args.click, "peak_rss_mib": round(rss, 1), "lines": []}
    k = 0
    while k < len(frames):
        line, j = frames[k][0], k
        while j < len(frames) and frames[j][0] == line:
            j += 1
        ms = [c for _n, c in frames[k:j]]
        after = sorted(ms[1:])
        out["lines"].append({"line": line, "frames": j - k, "cut_ms": round(ms[0], 1),
                             "worst_after_ms": round(after[-1], 1) if after else 0.0,
                             "p50_ms": round(after[len(after) // 2], 1) if after else 0.0})
        k = j
    top = sorted(range(len(frames)), key=lambda i: frames[i][1], reverse=True)[:args.worst]
    out["worst"] = [{"line": frames[i][0], "cpu_ms": round(frames[i][1], 1), "frame": i} for i in top]
    for r in out["lines"]:
        if hashes is not None:
            r["cut_hash"] = hashes.get(r["line"], "")
        print(f"line {r['line']:3d}: {r['frames']:5d} frames, first {r['cut_ms']:7.1f} ms, "
              f"then p50 {r['p50_ms']:5.1f} worst {r['worst_after_ms']:6.1f} ms" + (f" {r['cut_hash']}" if hashes is not None else ""))
    print("worst frames: " + ", ".join(f"{t['cpu_ms']:.0f} (line {t['line']})" for t in out["worst"]))
    slow = sorted(prepared, key=lambda r: -r[2])[:args.worst]
    out["prepare"] = {"steps": len(prepared), "ms": round(sum(r[2] for r in prepared), 1),
                      "slowest": [{"line": n, "what": what, "cpu_ms": round(ms, 1)} for n, what, ms in slow]}
    print(f"made ahead: {len(prepared)} steps, {out['prepare']['ms']:.0f} ms; the slowest: "
          + ", ".join(f"{what} {ms:.0f} (line {n})" for n, what, ms in slow))
    print(f"peak RSS {rss:.0f} MiB")
    if prof is not None:
        text = io.StringIO()
        pstats.Stats(prof[1], stream=text).sort_stats("cumulative").print_stats(30)
        print(f"the first frame of line {prof[0]}, profiled:\n{text.getvalue()}")
    if args.json is not None:
        args.json.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
