"""Benchmark: the game as a player runs it, in a real X window (Xvfb), not the dummy driver.

    python tools/bench_window.py --size 1920x1080 --lines 1,51,67 [--seconds 12]

Why a tool of its own: on the dummy driver nothing is presented, so neither the present path
(SDL's framebuffer or OpenGL through llvmpipe) nor the frame cap is measured there. Here each
line is opened with `python -m game --start N --fullscreen --frame-log F --frame-log-cpu` on
an X server (an Xvfb started for the run, unless `--display` names one), its own settings and
save folders in a temporary directory (a player's files are never touched), and left alone:
the line is typed, then waits for a click. Two spans are measured per line: `typing` (from
the first frame drawn + 1 s, 4 s long) and `waiting` (the last `--seconds` of the run, after
the line has finished). For each: frames a second, the whole process's CPU as a share of one
core (every thread: the decoder, the audio, the loader), the X server's too (what presenting
costs it: the Xvfb started for the run), and the main thread's CPU ms a frame (p50/p99/mean,
from the frame log). Not a timed test: the machine's load decides the numbers, so compare
runs made together.

Read the mean, not only the p50: the room's light map is a 20 Hz animation, so at 60 fps
one frame in three rebuilds it and the p50 is a frame that does not; a window that runs below
60 fps lands on a light frame more often, and its CPU a frame rises while its CPU a second
of play does not (`main` cores). `--driver dummy` runs the very same game, loop and frame log
on SDL's dummy driver (windowed at `--size`, nothing presented): run it beside the window to
see what the window itself adds (measured here: the flip, ~0.1 ms of the main thread's CPU a
frame, and ~1 ms of the X server's for a whole 1080p frame).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools._common import size_arg  # noqa: E402

TYPING_FROM, TYPING_LEN = 1.0, 4.0  # seconds after the first frame: the line being typed


@dataclass(frozen=True)
class Span:
    """One measured stretch of a run."""

    fps: float
    cores: float  # the process's CPU seconds per wall second, every thread
    cpu_p50_ms: float  # the main thread's CPU ms a frame
    cpu_p99_ms: float
    frames: int
    cpu_mean_ms: float = 0.0
    main_cores: float = 0.0  # the main thread's logged CPU seconds per wall second
    x_cores: float = 0.0  # the X server's CPU seconds per wall second (0: not ours, or no X)


def frames_of(log: Path) -> list[tuple[float, float]]:
    """(seconds since start, main-thread CPU ms) of each frame in a `--frame-log-cpu` file;
    lines that are not five numbers (a partial last line) are skipped."""
    out: list[tuple[float, float]] = []
    for raw in log.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = raw.split()
        if len(parts) != 5:
            continue
        try:
            out.append((float(parts[0]), float(parts[4])))
        except ValueError:
            continue
    return out


def quantile(xs: list[float], q: float) -> float:
    """The q-quantile of `xs` (nearest rank); 0 for none."""
    if not xs:
        return 0.0
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


def span(frames: list[tuple[float, float]], t0: float, t1: float, cpu_s: float, x_cpu_s: float = 0.0) -> Span:
    """The frames drawn between t0 and t1 (log seconds), the CPU seconds the process spent then
    and those the X server spent."""
    inside = [c for t, c in frames if t0 <= t < t1]
    wall = max(1e-9, t1 - t0)
    return Span(fps=len(inside) / wall, cores=cpu_s / wall, cpu_p50_ms=quantile(inside, 0.5),
                cpu_p99_ms=quantile(inside, 0.99), frames=len(inside),
                cpu_mean_ms=sum(inside) / len(inside) if inside else 0.0,
                main_cores=sum(inside) / 1000 / wall, x_cores=x_cpu_s / wall)


def proc_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process and all its threads so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_xvfb(size: tuple[int, int]) -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb of `size` on a display it picks itself (`-displayfd`: it writes the number it took
    to our pipe once it is ready), and that display's name."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("bench_window: Xvfb is not installed (apt-get install -y xvfb)")
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    if not number.isdigit():
        proc.kill()
        raise SystemExit("bench_window: could not start Xvfb")
    return proc, f":{number}"


def wait_first_frame(log: Path, limit: float) -> float | None:
    """Log seconds of the first frame drawn in line (story line != 0), waiting up to `limit` s."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if log.exists():
            for raw in log.read_text(encoding="utf-8", errors="replace").splitlines():
                parts = raw.split()
                if len(parts) == 5 and parts[3] != "0":
                    return float(parts[0])
        time.sleep(0.2)
    return None


def game_command(line: int, size: tuple[int, int], log: Path, dummy: bool) -> list[str]:
    """`python -m game` at `line` with its frame log: fullscreen in the X display, or windowed at
    `size` on the dummy driver (whose "fullscreen" is a 1024x768 desktop)."""
    mode = ["--windowed"] if dummy else ["--fullscreen"]
    return [sys.executable, "-m", "game", "--start", str(line), *mode, "--size", f"{size[0]}x{size[1]}",
            "--frame-log", str(log), "--frame-log-cpu"]


def run_line(line: int, size: tuple[int, int], display: str | None, seconds: float, tmp: Path,
             xvfb_pid: int | None = None) -> dict[str, Span]:
    """Open the game at `line` in the X display (None: SDL's dummy driver) and measure its typing
    and waiting spans; `xvfb_pid`, the X server whose CPU is counted too."""
    log = tmp / f"frames_{line}.log"
    env = dict(os.environ, SDL_AUDIODRIVER="dummy", SDL_VIDEO_X11_WMCLASS="whispers_bench",
               XDG_CONFIG_HOME=str(tmp / "config"), XDG_STATE_HOME=str(tmp / "state"),
               XDG_DATA_HOME=str(tmp / "data"), PYGAME_HIDE_SUPPORT_PROMPT="1")
    env.pop("SDL_VIDEODRIVER", None)
    if display is None:
        env["SDL_VIDEODRIVER"] = "dummy"
    else:
        env["DISPLAY"] = display
    cmd = game_command(line, size, log, dummy=display is None)
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        first = wait_first_frame(log, 120.0)
        if first is None:
            raise SystemExit(f"bench_window: line {line} drew no story frame in 120 s")
        t_first = time.perf_counter()  # wall time of the first frame, within the 0.2 s poll
        spans: dict[str, Span] = {}
        for name, a, length in (("typing", TYPING_FROM, TYPING_LEN), ("waiting", TYPING_FROM + TYPING_LEN + 3.0, seconds)):
            while time.perf_counter() - t_first < a:
                time.sleep(0.02)
            x0 = proc_cpu_s(xvfb_pid) if xvfb_pid is not None else 0.0
            c0, w0 = proc_cpu_s(proc.pid), time.perf_counter()
            time.sleep(length)
            c1, w1 = proc_cpu_s(proc.pid), time.perf_counter()
            x1 = proc_cpu_s(xvfb_pid) if xvfb_pid is not None else 0.0
            spans[name] = span(frames_of(log), first + w0 - t_first, first + w1 - t_first, c1 - c0, x1 - x0)
        return spans
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=size_arg, default=(1920, 1080))
    ap.add_argument("--lines", default="1,51,67", help="story lines to open, comma-separated")
    ap.add_argument("--seconds", type=float, default=12.0, help="length of the waiting span")
    ap.add_argument("--display", default=None, help="an X display to use instead of starting Xvfb")
    ap.add_argument("--driver", choices=("x11", "dummy"), default="x11",
                    help="dummy: the same game and frame log on SDL's dummy driver, nothing presented "
                         "(what the window adds is the difference)")
    ap.add_argument("--json", type=Path, default=None, help="write the results here too")
    args = ap.parse_args(argv)
    lines = [int(x) for x in args.lines.split(",") if x.strip()]
    if args.driver == "dummy":
        xvfb, display = None, None
    else:
        xvfb, display = (None, args.display) if args.display else start_xvfb(args.size)
    results: dict[str, dict[str, dict[str, float]]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="bench_window_") as td:
            for line in lines:
                spans = run_line(line, args.size, display, args.seconds, Path(td),
                                 xvfb.pid if xvfb is not None else None)
                results[str(line)] = {k: asdict(v) for k, v in spans.items()}
                for name, s in spans.items():
                    print(f"line {line:3d} {name:8s} {s.fps:5.1f} fps  {s.cores:4.2f} cores (main {s.main_cores:4.2f}, "
                          f"X {s.x_cores:4.2f})  main thread CPU p50 {s.cpu_p50_ms:5.1f} p99 {s.cpu_p99_ms:5.1f} "
                          f"mean {s.cpu_mean_ms:5.1f} ms  ({s.frames} frames)")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
    if args.json is not None:
        args.json.write_text(json.dumps({"size": f"{args.size[0]}x{args.size[1]}", "driver": args.driver,
                                         "lines": results}, indent=1))


if __name__ == "__main__":
    main()
