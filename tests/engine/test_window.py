"""The game in a real X11 window, started and played exactly as a player does.

Everything else in the suite runs headless; this test is the one that proves the game
opens a window a window system can find, answers real pointer clicks, paints pictures
that are neither black nor all the same, and leaves cleanly (status 0) when the window's
close button is pressed. It starts its own Xvfb on a free display (`-displayfd`), runs
`python -m game` with no arguments in a throwaway HOME (so no real settings or save is
touched), finds the window by its class with xdotool, and clicks the whole story through.

Progress is read where the game itself keeps it: the save file (the line the player has
reached). A click completes a line or advances one, never more, so clicks go in bursts of
up to 8 but always fewer than the lines left, and the next burst waits until the save has
stopped moving: a game slowed down by a loaded machine may take a burst over several
frames (lines typing themselves out in between), yet can never be pushed past the last
line, whose picture is wanted. The last lines are clicked one by one. A trace of what was
done and seen, and the screenshots, are left in the test's tmp_path.
The close button of a window is its window manager's; what the button does is send the
ICCCM `WM_DELETE_WINDOW` message, which this test sends itself through libX11 (no window
manager needed), and which SDL turns into the `QUIT` event.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import os
import select
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).parents[2]
SCREEN = (1280, 720)  # the game's default window fills the screen: no WM, the window sits at 0,0
WM_CLASS = f"whispers-window-test-{os.getpid()}"
DEADLINE = 300.0  # a hung game fails here (the run takes 1 to 2 minutes on a loaded 2-core machine)
BRIGHTNESS_FLOOR = 6.0  # mean of 0..255: a chiaroscuro room is dark, a black screen is darker
DIFFERENCE_FLOOR = 6.0  # mean absolute difference per channel between two moments

SETTLE = 0.4  # seconds the save must stay still before the next clicks

pytestmark = pytest.mark.slow


def _missing() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool", "import") if shutil.which(tool) is None]


@contextmanager
def xvfb() -> Iterator[str]:
    """A fresh X server on a display number it chose itself; yields ':N'."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 20.0)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not report its display"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


def screenshot(display: str) -> pygame.Surface:
    """The whole screen, as `import -window root` sees it."""
    png = subprocess.run(["import", "-display", display, "-window", "root", "png:-"], capture_output=True,
                         check=True, timeout=30).stdout
    return pygame.image.load(io.BytesIO(png), "screen.png")


def brightness(shot: pygame.Surface) -> float:
    r, g, b, *_ = pygame.transform.average_color(shot)
    return (r + g + b) / 3


def difference(a: pygame.Surface, b: pygame.Surface) -> float:
    """Mean absolute difference per channel, over both pictures shrunk to 64x36."""
    small_a, small_b = (pygame.transform.smoothscale(s, (64, 36)) for s in (a, b))
    total = 0
    for y in range(36):
        for x in range(64):
            pa, pb = small_a.get_at((x, y)), small_b.get_at((x, y))
            total += abs(pa.r - pb.r) + abs(pa.g - pb.g) + abs(pa.b - pb.b)
    return total / (64 * 36 * 3)


def press_close_button(display: str, window: int) -> None:
    """What a window manager's close button does: send WM_DELETE_WINDOW (ICCCM 4.2.8.1)."""

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                    ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5), ("pad", ctypes.c_long * 16)]

    name = ctypes.util.find_library("X11")
    assert name is not None, "libX11 not found"
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = x11.XOpenDisplay(display.encode())
    assert dpy, f"cannot open display {display}"
    try:
        event = ClientMessage()
        event.type = 33  # ClientMessage
        event.window = window
        event.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
        event.format = 32
        event.data[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
        event.data[1] = 0  # CurrentTime
        assert x11.XSendEvent(dpy, window, 0, 0, ctypes.byref(event)) != 0
        x11.XFlush(dpy)
    finally:
        x11.XCloseDisplay(dpy)


class Player:
    """The person at the screen: sees the screen, clicks, reads nothing but the save."""

    def __init__(self, display: str, env: dict[str, str], home: Path, game: subprocess.Popen[bytes]) -> None:
        self.display = display
        self.env = env
        self.home = home
        self.game = game
        self.started = time.monotonic()
        self.trace: list[str] = []  # what was done and seen when, written beside the screenshots

    def note(self, what: str) -> None:
        self.trace.append(f"{time.monotonic() - self.started:7.2f}  {what}")

    def left(self) -> float:
        return DEADLINE - (time.monotonic() - self.started)

    def alive(self) -> None:
        code = self.game.poll()
        assert code is None, f"the game exited early with status {code}"
        assert self.left() > 0, f"the run took longer than {DEADLINE:.0f} s"

    def xdotool(self, *args: str) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30)
        return out.stdout

    def find_window(self) -> int:
        while True:
            self.alive()
            ids = self.xdotool("search", "--classname", WM_CLASS).split()
            if ids:
                return int(ids[0])
            time.sleep(0.2)

    def wait_for_picture(self) -> pygame.Surface:
        """Screens until something is drawn (the first frame comes after the content has loaded)."""
        while True:
            self.alive()
            shot = screenshot(self.display)
            if brightness(shot) > BRIGHTNESS_FLOOR:
                return shot
            time.sleep(0.3)

    def click(self, count: int = 1) -> None:
        """Clicks high in the window: beside the title's items (which takes the first, Begin)."""
        self.note(f"click x{count}")
        self.xdotool("mousemove", str(SCREEN[0] // 2), str(SCREEN[1] // 9), "click", "--repeat", str(count),
                     "--delay", "1", "1")

    def saved_line(self) -> int:
        for path in self.home.rglob("save.toml"):
            try:
                table = tomllib.loads(path.read_text(encoding="utf-8")).get("save", {})
            except (OSError, tomllib.TOMLDecodeError):  # caught between write and rename
                continue
            line = table.get("line")
            return line if isinstance(line, int) else 0
        return 0

    def wait_for_line_after(self, line: int, within: float) -> int | None:
        until = time.monotonic() + within
        while time.monotonic() < until:
            self.alive()
            now = self.saved_line()
            if now > line:
                self.note(f"saved line {now}")
                return now
            time.sleep(0.03)
        self.note(f"the save stayed at line {line} for {within:.0f} s")
        return None

    def settled_line(self, line: int) -> int:
        """The saved line once it has stopped moving for a moment (the last clicks all taken)."""
        while True:
            time.sleep(SETTLE)
            now = self.saved_line()
            if now == line:
                return line
            self.note(f"saved line {now}")
            line = now

    def begin(self) -> int:
        """Click the title until the story has begun (the title takes no click in its first moment)."""
        while True:
            self.click(1)
            line = self.wait_for_line_after(0, within=3.0)
            if line is not None:
                return self.settled_line(line)

    def burst(self, line: int, total: int) -> int:
        """Up to 8 clicks at once, never enough to pass the next-to-last line; the line reached.

        A click advances at most one line (it completes a line or it advances), so from line
        `line` fewer than `total - line` clicks cannot reach the last line, even if the game,
        slowed by a loaded machine, takes them over several frames while lines finish typing."""
        self.click(min(8, total - line - 1))
        now = self.wait_for_line_after(line, within=10.0)
        return line if now is None else self.settled_line(now)

    def one_click(self, line: int) -> int:
        """One click once the line has had the time to finish by itself; the line reached."""
        self.pause(3.0)
        self.click(1)
        now = self.wait_for_line_after(line, within=6.0)
        return line if now is None else self.settled_line(now)

    def pause(self, seconds: float) -> None:
        self.alive()
        time.sleep(seconds)


def total_lines(env: dict[str, str]) -> int:
    out = subprocess.run([sys.executable, "-m", "game", "--list-lines"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return len(out.stdout.splitlines())


def test_a_player_clicks_the_story_through_in_a_real_window_and_closes_it(tmp_path: Path) -> None:
    missing = _missing()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb xdotool imagemagick)")
    home = tmp_path / "home"
    for folder in (".config", ".local/state", ".local/share", ".cache"):  # as a player's HOME has them
        (home / folder).mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SDL_VIDEODRIVER", "XDG_", "DISPLAY"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_STATE_HOME=str(home / ".local/state"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               SDL_AUDIODRIVER="dummy", SDL_VIDEO_X11_WMCLASS=WM_CLASS, PYGAME_HIDE_SUPPORT_PROMPT="1")
    total = total_lines(env)
    with xvfb() as display:
        env["DISPLAY"] = display
        log = tmp_path / "game.log"  # a file, not a pipe: a chatty game must never block on a full pipe
        with log.open("wb") as sink:
            game = subprocess.Popen([sys.executable, "-m", "game"], cwd=ROOT, env=env,
                                    stdout=subprocess.DEVNULL, stderr=sink)
        player = Player(display, env, home, game)
        try:
            window = player.find_window()
            player.wait_for_picture()
            player.pause(2.5)  # the title and its subtitle fade in
            title = screenshot(display)
            player.note("screenshot: title")

            line = player.begin()
            player.pause(1.5)  # the fade from the title ends (a click during a fade is not taken)
            middle: pygame.Surface | None = None
            while line < total - 2:  # in bursts (of 2 clicks or more: one of them advances) up to near the end
                line = player.burst(line, total)
                if middle is None and line >= total // 2:
                    player.pause(1.5)  # let the pen write or the line type a while
                    middle = screenshot(display)
                    player.note("screenshot: middle")
            while line < total:  # then click by click, never past the last line (its picture is wanted)
                line = player.one_click(line)
            player.pause(4.0)  # the last line types itself out
            last = screenshot(display)  # to tell the ending from it
            player.note("screenshot: last line")
            player.click(1)  # leave the last line (or, if it were still typing, complete it...)
            player.pause(2.0)
            player.click(1)  # (...and leave it: a click during the last wait or the fade is not taken)
            player.pause(8.0)  # the last `wait`, the fade, then the title and "The End" fade in
            ending = screenshot(display)
            player.note("screenshot: ending")

            press_close_button(display, window)
            code = game.wait(timeout=max(5.0, player.left()))
        finally:
            (tmp_path / "trace.txt").write_text("\n".join(player.trace) + "\n", encoding="utf-8")
            if game.poll() is None:
                game.kill()
                game.wait()
    stderr = log.read_text(encoding="utf-8", errors="replace")
    assert code == 0, f"the game exited with status {code}: {stderr[-2000:]}"
    assert "Traceback" not in stderr, stderr[-2000:]
    assert middle is not None
    shots = {"title": title, "middle of the story": middle, "ending": ending}
    for name, shot in shots.items():
        pygame.image.save(shot, str(tmp_path / f"{name.replace(' ', '-')}.png"))  # to look at after a failure
    pygame.image.save(last, str(tmp_path / "last-line.png"))
    for name, shot in shots.items():
        assert shot.get_size() == SCREEN
        assert brightness(shot) > BRIGHTNESS_FLOOR, f"the {name} is black"
    assert difference(last, ending) > DIFFERENCE_FLOOR, "the last line gave way to the ending"
    names = list(shots)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert difference(shots[a], shots[b]) > DIFFERENCE_FLOOR, f"the {a} and the {b} look alike"
