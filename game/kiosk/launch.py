"""Start the game as an exhibit (the supervisor's child): `python -m game --kiosk-child`.

Everything a kiosk needs before the first frame, in order: the operator's config (bad
values logged as `file:line: message`), the heartbeat thread (before anything heavy, so
start-up is watched too), logging to a rotating file (and native crashes
to a fault log), screensaver inhibition, the audio check, the content, a borderless
desktop-fullscreen window on the chosen display at its native resolution (no mode
switch) that shows the cover screen's still at once (never a black window over the
cover while the title is prepared), a hidden cursor, the keyboard grabbed (window-manager shortcuts reach the game,
which ignores them), and the loop with `KioskPolicy`. Nothing here ever shows a
dialog or prints a traceback: whatever goes wrong is logged and becomes an exit status.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import time
from pathlib import Path
from typing import TextIO

from game.assets import Assets
from game.errors import ContentErrors, Problem
from game.kiosk.config import KioskConfig, config_path, load_kiosk_config, log_dir
from game.kiosk.cover import STILL_NAME, backdrop, grab_keyboard_hints, show_painted
from game.kiosk.health import LOG_BYTES, HeartbeatFile, file_logging
from game.kiosk.watchdog import Watchdog

log = logging.getLogger("game.kiosk")

MARK_EVERY = 0.1  # seconds of play between the loop's marks of progress for the watchdog
CONTENT_BROKEN = 2
STARTUP_FAILED = 1


def run_kiosk(assets: Assets, args: argparse.Namespace) -> int:
    problems: list[Problem] = []
    config = load_kiosk_config(args.kiosk_config or config_path(), problems)
    folder = log_dir(config)
    # first of all, before anything heavy: the heartbeat the supervisor watches
    watchdog = Watchdog(Watchdog.fd_from_env(os.environ), every=config.heartbeat_every,
                        stall_after=config.stall_after, still=folder / STILL_NAME).start()
    try:
        file_logging(folder, "kiosk.log", logging.DEBUG if args.verbose else logging.INFO)
    except OSError as exc:  # an unwritable state folder must not stop the exhibit
        logging.getLogger().warning("cannot log to %s (%s); logging to stderr", folder, exc)
    faults: TextIO | None = None
    try:
        if (folder / "faults.log").is_file() and (folder / "faults.log").stat().st_size > LOG_BYTES:
            (folder / "faults.log").replace(folder / "faults.log.1")  # rotated like the other logs
        faults = open(folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115 (open for the whole run)
        faulthandler.enable(faults)
    except OSError as exc:
        log.warning("no fault log: %s", exc)
    log.info("kiosk starting (pid %d)", os.getpid())
    for problem in problems:
        log.warning("%s", problem)
    try:
        return _run(assets, args, config, folder, watchdog)
    except ContentErrors as err:
        for problem in err.problems:
            log.error("%s", problem)
        return CONTENT_BROKEN
    except Exception:
        log.exception("the kiosk could not start")
        return STARTUP_FAILED
    finally:
        watchdog.stop()
        if faults is not None:
            faulthandler.disable()
            faults.close()


def _run(assets: Assets, args: argparse.Namespace, config: KioskConfig, folder: Path, watchdog: Watchdog) -> int:
    import pygame

    from game.app import App
    from game.clock import SystemClock
    from game.context import build_context
    from game.kiosk.policy import KioskPolicy
    from game.settings import settings_for_run, settings_path

    problems: list[Problem] = []
    _kept, settings = settings_for_run(args.settings or settings_path(), args.seed, args.reduce_motion, problems)
    for problem in problems:
        log.warning("%s", problem)
    grab_keyboard_hints(os.environ)  # before SDL starts: window-manager shortcuts come to the game
    pygame.init()
    try:
        pygame.display.set_allow_screensaver(False)  # SDL's default too; said out loud for a kiosk
        ctx = build_context(assets, settings, args.story, kiosk=True)  # logs a missing audio device
        if ctx.sound is None or not ctx.sound.audio.enabled:
            log.warning("no sound: the exhibit runs silently")
        display = args.display if args.display is not None else config.display
        count = pygame.display.get_num_displays()
        if not 0 <= display < count:
            log.warning("display %d does not exist (there are %d); using display 0", display, count)
            display = 0
        # the policy marks the loop's progress for the watchdog about every frame (MARK_EVERY)
        policy = KioskPolicy(ctx, config.with_changes(heartbeat_every=MARK_EVERY), time.time, watchdog,
                             HeartbeatFile(folder / "heartbeat.json", time.time))
        app = App(ctx, SystemClock(), fullscreen=True, display_index=display, policy=policy)
        # the cover's picture, ready before the window opens: a window is black from its mapping
        # to its first frame, and the title takes a while to prepare (a second, over the cover,
        # in the restart gap). So it opens unmapped and is shown with the very picture the
        # supervisor's cover beneath it shows: a restart never flashes black. Borderless, so no
        # window manager ever gives it a title bar (a right click there opens a menu with Close)
        sizes = pygame.display.get_desktop_sizes()
        still = backdrop(sizes[display] if display < len(sizes) else sizes[0], folder / STILL_NAME)
        app.open_window(pygame.HIDDEN | pygame.NOFRAME)
        app.window = show_painted(still) or app.window
        pygame.mouse.set_visible(False)
        pygame.event.set_grab(True)  # with the hints: keyboard too (Alt+Space, Super+D never reach the WM)
        log.info("window %s on display %d (driver %s)", app.window.get_size() if app.window else None,
                 display, pygame.display.get_driver())
        ctx.scenes.warm_story()  # the pen, while the title plays: a visitor's touch then begins at once
        code = app.run()
        log.info("kiosk stopping with status %d", code)
        return code
    finally:
        pygame.quit()
