"""Self-voicing: narration and written lines read aloud by the system's speech engine.

A player who cannot read the screen hears each line as it is shown. The engine is the
system's own (espeak-ng on Linux, `say` on macOS), run as a separate process so the
game never waits for it: a new line stops the one being spoken. The voice follows the
story's language (`-v fr` for the French story). A system without an engine gets one
log message and silence, never an error; `WHISPERS_SPEECH` names another command (tests
use a script that records its arguments; a player may point it at another engine that
takes espeak's `-v LANG TEXT`).

Why a subprocess rather than a Python TTS library: the maintained ones (pyttsx3) wrap
the same espeak on Linux through a blocking event loop; a process per line is
non-blocking, stoppable and needs nothing from PyPI.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import sys

log = logging.getLogger(__name__)

ENV_COMMAND = "WHISPERS_SPEECH"
ENGINES = ("espeak-ng", "espeak")  # tried in order on Linux and elsewhere


def find_engine(environ: dict[str, str] | None = None) -> list[str] | None:
    """The command that speaks (without its arguments), or None if this system has none."""
    env = os.environ if environ is None else environ
    given = env.get(ENV_COMMAND, "").strip()
    if given:
        command = shlex.split(given)
        return command if shutil.which(command[0]) else None
    if sys.platform == "darwin" and shutil.which("say"):
        return ["say"]
    for name in ENGINES:
        path = shutil.which(name)
        if path:
            return [path]
    return None


def arguments(engine: list[str], text: str, language: str) -> list[str]:
    """The full command line that says `text` in `language` ("en", "fr")."""
    if os.path.basename(engine[0]) == "say":  # macOS picks its voice from the system's language
        return [*engine, "--", text]
    return [*engine, "-v", language or "en", "--", text]


class Speaker:
    """Speaks one line at a time; `say` stops whatever was still being said."""

    def __init__(self, engine: list[str] | None = None, *, find: bool = True) -> None:
        self.engine = engine if engine is not None or not find else find_engine()
        self.process: subprocess.Popen[bytes] | None = None
        self.spoken: list[subprocess.Popen[bytes]] = []  # for stop(): reaped as they end
        self._told = False

    @property
    def available(self) -> bool:
        return self.engine is not None

    def say(self, text: str, language: str) -> None:
        self.stop()
        if not text.strip():
            return
        if self.engine is None:
            if not self._told:
                self._told = True
                log.warning("read aloud: no speech engine found (install espeak-ng, or set %s); "
                            "lines are not spoken", ENV_COMMAND)
            return
        try:
            self.process = subprocess.Popen(arguments(self.engine, text, language), stdin=subprocess.DEVNULL,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            log.warning("read aloud: %s cannot be run (%s); lines are not spoken", self.engine[0], exc)
            self.engine = None
            self._told = True

    def stop(self) -> None:
        """Silence the line being said (if any); never waits for the engine."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.spoken.append(self.process)
        self.process = None
        self.spoken = [p for p in self.spoken if p.poll() is None]  # reap the ones that have ended
