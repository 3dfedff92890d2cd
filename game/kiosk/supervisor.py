"""The supervisor: `python -m game --kiosk` runs the game as its child and keeps it alive.

A game can crash (the process dies) or hang (it lives but stops drawing). The child
writes a byte to a pipe every heartbeat; this process, which imports no pygame and does
almost nothing, restarts the child when it exits or when its beats stop for
`hang_after` seconds (before the first beat it allows `startup_grace`). The first
restart is immediate, so a crash or hang is replaced within about `hang_after` + a
fraction of a second; restarts that keep coming back off (1, 2, 4 ... up to 30 s) until
a child has run for `STABLE_AFTER` seconds. Every restart is logged. The operator's quit
chord makes the child exit with `OPERATOR_QUIT`, and only that stops the supervisor
(and, through `RestartPreventExitStatus`, systemd). SIGTERM stops child and supervisor.
"""

from __future__ import annotations

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
from game.kiosk.health import FD_ENV

log = logging.getLogger("game.kiosk.supervisor")

STABLE_AFTER = 60.0
MAX_BACKOFF = 30.0
POLL = 0.05
TERM_GRACE = 5.0


def backoff(failures: int) -> float:
    """Seconds to wait before restart number `failures` of a run of quick failures."""
    return 0.0 if failures <= 1 else min(MAX_BACKOFF, 2.0 ** (failures - 2))


@dataclass
class Child:
    proc: subprocess.Popen[bytes]
    beats: int  # read end of the heartbeat pipe
    started: float
    last_beat: float | None = None
    eof: bool = False


class Supervisor:
    def __init__(self, command: list[str], hang_after: float = 2.0, startup_grace: float = 30.0,
                 env: dict[str, str] | None = None, clock: Callable[[], float] = time.monotonic,
                 on_spawn: Callable[[int, float], None] | None = None) -> None:
        self.command = command
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

    def _spawn(self) -> Child:
        read_end, write_end = os.pipe()
        env = {**self.env, FD_ENV: str(write_end)}
        try:
            proc = subprocess.Popen(self.command, env=env, pass_fds=(write_end,))
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
                if os.read(child.beats, 4096):
                    child.last_beat = self.clock()
                else:
                    child.eof = True
        silent = self.clock() - (child.last_beat if child.last_beat is not None else child.started)
        limit = self.hang_after if child.last_beat is not None else self.startup_grace
        if silent > limit:
            what = "no heartbeat" if child.last_beat is not None else "no first heartbeat"
            log.error("game pid %d hung (%s for %.1f s): killing it", child.proc.pid, what, silent)
            child.proc.kill()
            try:
                child.proc.wait(TERM_GRACE)
            except subprocess.TimeoutExpired:  # stuck in the kernel; it is killed, don't wait on it
                log.error("game pid %d did not die at once; going on without it", child.proc.pid)
            return "hung"
        return None

    def _end(self, child: Child) -> None:
        if child.proc.poll() is None:
            child.proc.terminate()
            try:
                child.proc.wait(TERM_GRACE)
            except subprocess.TimeoutExpired:
                child.proc.kill()
                child.proc.wait()
        os.close(child.beats)

    def run(self) -> int:
        failures = 0
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
            os.close(child.beats)
            if child.proc.returncode == OPERATOR_QUIT:
                log.warning("the operator quit the game: the supervisor stops too")
                return OPERATOR_QUIT
            lived = self.clock() - child.started
            failures = failures + 1 if lived < STABLE_AFTER else 1
            delay = backoff(failures)
            self.restarts += 1
            log.warning("restart #%d: game pid %d %s after %.1f s; restarting in %.0f s",
                        self.restarts, child.proc.pid, reason, lived, delay)
            self._sleep(delay)
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
    supervisor = Supervisor([sys.executable, "-m", "game", *child_args], config.hang_after,
                            config.startup_grace, env)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping", signum)
        supervisor.stop()

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    return supervisor.run()
