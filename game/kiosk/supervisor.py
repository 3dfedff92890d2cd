"""The supervisor: `python -m game --kiosk` runs the game as its child and keeps it alive.

A game can crash (the process dies) or hang (it lives but stops drawing). The child's
heartbeat thread (`game.kiosk.watchdog`, started before anything heavy is prepared)
writes to a pipe: `.` while the main loop is making progress (or the game is still being
prepared), `!` once the main loop has been silent longer than a long frame may last,
`+` once the first frame is drawn. This process, which imports no pygame and does almost
nothing, replaces the child when it exits, at once on `!`, and when the pipe is silent
for `hang_after` seconds (a frozen process; before the first beat it allows
`startup_grace`, the time to start Python and the heartbeat thread). So a crash, a hang
and a hang during start-up are each replaced within 3 s.

The first restart is immediate; restarts that keep coming back off (1, 2, 4 ... up to
30 s) until a child has run for `STABLE_AFTER` seconds, and every restart is logged with
its reason. A cover screen (`game.kiosk.cover`: a still of the title, or a calm glow)
runs beneath the game from the supervisor's start to its end, so whenever the game's
window is gone, from a crash to the new game's first frame and through a back-off, the
visitor sees the cover, never the desktop, and a click lands on the cover, never on the
root window. (A cover started only when the game dies would take a second or two to
appear: long enough for a right click on the desktop.) The child and the cover die with the supervisor
(`PR_SET_PDEATHSIG`), so killing the supervisor never leaves a game running unwatched.
The operator's quit chord makes the child exit with `OPERATOR_QUIT`, and only that stops
the supervisor (and, through `RestartPreventExitStatus`, systemd). SIGTERM stops all.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from game.kiosk.config import OPERATOR_QUIT
from game.kiosk.cover import STILL_NAME
from game.kiosk.health import FD_ENV

STALLED, DRAWING = b"!", b"+"  # from game.kiosk.watchdog (not imported: it is the child's)
PR_SET_PDEATHSIG = 1

log = logging.getLogger("game.kiosk.supervisor")

STABLE_AFTER = 60.0
MAX_BACKOFF = 30.0
POLL = 0.05
TERM_GRACE = 5.0


def backoff(failures: int) -> float:
    """Seconds to wait before restart number `failures` of a run of quick failures."""
    return 0.0 if failures <= 1 else min(MAX_BACKOFF, 2.0 ** (failures - 2))


def die_with_parent() -> None:
    """In a child, before exec: be killed when the supervisor dies (Linux); elsewhere nothing."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the supervisor died before prctl took effect
        os._exit(1)


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL if it has not gone within TERM_GRACE seconds; reaped either way."""
    proc.terminate()
    try:
        proc.wait(TERM_GRACE)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class Child:
    proc: subprocess.Popen[bytes]
    beats: int  # read end of the heartbeat pipe
    started: float
    last_beat: float | None = None
    eof: bool = False
    drawing: bool = False


class Supervisor:
    def __init__(self, command: list[str], hang_after: float = 2.0, startup_grace: float = 2.5,
                 env: dict[str, str] | None = None, clock: Callable[[], float] = time.monotonic,
                 on_spawn: Callable[[int, float], None] | None = None, cover: list[str] | None = None) -> None:
        self.command = command
        self.cover_command = cover
        self.cover: subprocess.Popen[bytes] | None = None
        self.hang_after = hang_after
        self.startup_grace = startup_grace
        self.env = dict(os.environ if env is None else env)
        self.clock = clock
        self.on_spawn = on_spawn
        self.restarts = 0
        self.stopping = False
        self.child: Child | None = None

    def stop(self) -> None:
        self.stopping = True

    def _show_cover(self) -> None:
        if self.cover_command is None or (self.cover is not None and self.cover.poll() is None):
            return
        try:
            self.cover = subprocess.Popen(self.cover_command, env=self.env, preexec_fn=die_with_parent)
        except OSError as exc:
            log.error("cannot show the cover screen: %s", exc)

    def _hide_cover(self) -> None:
        if self.cover is not None:
            stop_process(self.cover)
            self.cover = None

    def _spawn(self) -> Child:
        read_end, write_end = os.pipe()
        env = {**self.env, FD_ENV: str(write_end)}
        try:
            proc = subprocess.Popen(self.command, env=env, pass_fds=(write_end,), preexec_fn=die_with_parent)
        except OSError:
            os.close(read_end)
            raise
        finally:
            os.close(write_end)
        now = self.clock()
        log.info("started the game: pid %d", proc.pid)
        if self.on_spawn is not None:
            self.on_spawn(proc.pid, now)
        return Child(proc, read_end, now)

    def _watch(self, child: Child) -> str | None:
        """Wait a little; the reason the child must be replaced, or None while it is fine."""
        code = child.proc.poll()
        if code is not None:
            return f"exited with status {code}"
        if child.eof:
            time.sleep(POLL)
        else:
            ready, _, _ = select.select([child.beats], [], [], POLL)
            if ready:
                data = os.read(child.beats, 4096)
                if data:
                    child.last_beat = self.clock()
                    if DRAWING in data and not child.drawing:
                        child.drawing = True
                        log.info("game pid %d is drawing", child.proc.pid)
                    if STALLED in data:
                        return self._kill(child, "hung (its main loop stopped)")
                else:
                    child.eof = True
        silent = self.clock() - (child.last_beat if child.last_beat is not None else child.started)
        limit = self.hang_after if child.last_beat is not None else self.startup_grace
        if silent > limit:
            what = "no heartbeat" if child.last_beat is not None else "no first heartbeat"
            return self._kill(child, f"hung ({what} for {silent:.1f} s)")
        return None

    def _kill(self, child: Child, why: str) -> str:
        log.error("game pid %d %s: killing it", child.proc.pid, why)
        self._show_cover()
        child.proc.kill()
        try:
            child.proc.wait(TERM_GRACE)
        except subprocess.TimeoutExpired:  # stuck in the kernel; it is killed, don't wait on it
            log.error("game pid %d did not die at once; going on without it", child.proc.pid)
        return why

    def _end(self, child: Child) -> None:
        if child.proc.poll() is None:
            stop_process(child.proc)
        os.close(child.beats)

    def run(self) -> int:
        failures = 0
        self._show_cover()  # the desktop stays hidden until the first game draws
        while not self.stopping:
            try:
                child = self.child = self._spawn()
            except OSError:
                failures += 1
                log.exception("cannot start the game; trying again in %.0f s", max(1.0, backoff(failures)))
                self._sleep(max(1.0, backoff(failures)))
                continue
            reason = None
            while reason is None and not self.stopping:
                reason = self._watch(child)
            if self.stopping:
                self._end(child)
                break
            self._show_cover()  # from the old game's end to the new one's first frame
            os.close(child.beats)
            if child.proc.returncode == OPERATOR_QUIT:
                log.warning("the operator quit the game: the supervisor stops too")
                self._hide_cover()
                return OPERATOR_QUIT
            lived = self.clock() - child.started
            failures = failures + 1 if lived < STABLE_AFTER else 1
            delay = backoff(failures)
            self.restarts += 1
            log.warning("restart #%d: game pid %d %s after %.1f s; restarting in %.0f s",
                        self.restarts, child.proc.pid, reason, lived, delay)
            if delay > 0:
                log.warning("%d quick failures in a row: waiting %.0f s with the cover screen up (see the "
                            "game's log, kiosk.log, for why it fails)", failures, delay)
            self._sleep(delay)
        self._hide_cover()
        log.info("supervisor stopping")
        return 0

    def _sleep(self, seconds: float) -> None:
        until = self.clock() + seconds
        while not self.stopping and self.clock() < until:
            time.sleep(POLL)


def supervise(argv: list[str], config_file: Path | None) -> int:
    """`python -m game --kiosk ...`: run `python -m game --kiosk-child ...` and keep it alive."""
    from game.errors import Problem
    from game.kiosk.config import config_path, load_kiosk_config, log_dir
    from game.kiosk.health import file_logging

    problems: list[Problem] = []
    config = load_kiosk_config(config_file or config_path(), problems)
    root = logging.getLogger()
    console = logging.StreamHandler(sys.stderr)  # for journald, beside the file
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    try:
        file_logging(log_dir(config), "supervisor.log")
    except OSError as exc:
        print(f"cannot log to {log_dir(config)}: {exc}", file=sys.stderr)
    root.addHandler(console)
    for problem in problems:
        log.warning("%s", problem)
    child_args = ["--kiosk-child" if a == "--kiosk" else a for a in argv]
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    display = config.display
    if "--display" in argv[:-1]:
        value = argv[argv.index("--display") + 1]
        display = int(value) if value.isdigit() else display
    cover = [sys.executable, "-m", "game.kiosk.cover", str(log_dir(config) / STILL_NAME), "--display", str(display)]
    supervisor = Supervisor([sys.executable, "-m", "game", *child_args], config.hang_after,
                            config.startup_grace, env, cover=cover)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping", signum)
        supervisor.stop()

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    return supervisor.run()
