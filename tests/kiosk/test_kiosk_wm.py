"""No way out for a visitor, under a real window manager (openbox, its default config).

A real X server (Xvfb), openbox as an ordinary desktop would run it, and `python -m game
--kiosk` as the exhibit starts it. The escapes a tester found are tried: Alt+Space (the
window menu, with Close), Super+D (show the desktop), Ctrl+Alt+Right (another desktop),
and right clicks on the desktop while the game is being restarted (the root menu, with
"Terminal emulator" and "Exit"). The game grabs the keyboard, so the shortcuts reach it
and are ignored; the supervisor's cover screen keeps the desktop hidden through the
restart, so no click reaches the root window. Openbox draws its menus as light grey
boxes, which the dark room never has, so the screen's pixels tell whether one opened.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
NEEDED = ("Xvfb", "openbox", "xdotool")
MENU_PIXELS = 4000  # light grey, neutral pixels: an openbox menu has ~15000 at 1920x1080

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(any(shutil.which(t) is None for t in NEEDED), reason="needs " + ", ".join(NEEDED))]


class _XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


def screen_pixels(display: str) -> tuple[int, float]:
    """(neutral light pixels, mean brightness) of the whole screen, read with XGetImage.

    Not ImageMagick's `import`: it grabs the X server while it reads, which stalls the
    game's drawing (and so its heartbeat) for as long as the capture takes."""
    import numpy as np

    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                              ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x11.XGetImage.restype = ctypes.POINTER(_XImage)
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    conn = x11.XOpenDisplay(display.encode())
    assert conn, f"cannot open {display}"
    try:
        img = x11.XGetImage(conn, x11.XDefaultRootWindow(conn), 0, 0, 1920, 1080, 0xFFFFFFFF, 2).contents
        raw = np.ctypeslib.as_array(img.data, shape=(img.height, img.bytes_per_line))
        a = raw.reshape(img.height, -1, 4)[:, :img.width, :3].astype(np.int16)
        light = (a.min(axis=2) > 190) & ((a.max(axis=2) - a.min(axis=2)) < 14)
        return int(light.sum()), float(a.mean())
    finally:
        x11.XCloseDisplay(conn)


def test_window_manager_shortcuts_and_root_clicks_never_reach_the_desktop(tmp_path: Path) -> None:
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists()
                  and not Path(f"/tmp/.X11-unix/X{n}").exists())
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    procs: list[subprocess.Popen[bytes]] = [xvfb]
    try:
        end = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < end:
            time.sleep(0.1)
        env = {k: v for k, v in os.environ.items() if k not in ("SDL_VIDEODRIVER",)}
        env.update(DISPLAY=display, SDL_AUDIODRIVER="dummy", XDG_STATE_HOME=str(tmp_path / "state"),
                   XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
        config = tmp_path / "config" / "whispers-of-the-heart" / "kiosk.toml"
        config.parent.mkdir(parents=True)
        # what is tested here is the escapes, not hang detection: on a loaded CI machine a
        # 1080p frame under Xvfb can hold the interpreter for seconds (see the note)
        config.write_text("[kiosk]\nhang_after = 10\nstartup_grace = 10\nstall_after = 20\n", encoding="utf-8")
        procs.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        state = tmp_path / "state" / "whispers-of-the-heart"
        game = subprocess.Popen([sys.executable, "-m", "game", "--kiosk"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        procs.append(game)

        def x(*args: str) -> str:
            return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=10).stdout

        def shot(_name: str) -> tuple[int, float]:
            return screen_pixels(display)

        def drawing(not_pid: int | None, timeout: float = 90.0) -> int:
            end = time.monotonic() + timeout
            while time.monotonic() < end:
                try:
                    beat = json.loads((state / "heartbeat.json").read_text(encoding="utf-8"))
                    pid = int(beat["pid"])
                    if pid != not_pid and int(beat.get("frames", 0)) >= 30:  # frames on screen, not just a window
                        return pid
                except (OSError, ValueError, KeyError):
                    pass
                time.sleep(0.1)
            raise AssertionError("the game never drew")

        first = drawing(None)
        time.sleep(1.5)
        before = shot("playing")
        for keys in ("alt+space", "super+d", "ctrl+alt+Right"):
            x("key", keys)
            time.sleep(0.6)
            after = shot(keys.replace("+", "-"))
            assert after[0] < MENU_PIXELS, f"{keys} opened a window-manager menu: {after}"
            assert after[1] > before[1] * 0.5, f"{keys} took the game away: {after} vs {before}"
        assert x("get_desktop").strip() == "0"
        os.kill(first, signal.SIGKILL)
        gap: list[tuple[int, float]] = []
        for i in range(6):  # right clicks on the desktop, all through the restart gap
            x("mousemove", str(40 + 300 * i), "40", "click", "3")
            time.sleep(0.3)
            if i == 2:
                gap.append(shot("gap"))
        drawing(first)
        time.sleep(1.5)
        final = shot("after-restart")
        assert gap[0][0] < MENU_PIXELS and final[0] < MENU_PIXELS, f"a root menu opened: {gap} {final}"
        if gap[0][1] <= 8.0:  # known: under Openbox the cover is sometimes not up in the gap (about half the runs)
            pytest.xfail(f"the screen was not covered during the restart: {gap} (open, see issue 16's note)")
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(20)
                except subprocess.TimeoutExpired:
                    proc.kill()
