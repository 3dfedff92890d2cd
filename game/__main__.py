"""Command line: play the game, or list, lint and render its content.

    python -m game                      play (windowed 1280x720; F11 for fullscreen)
    python -m game --list-lines         every line the player will see
    python -m game --lang fr            play in French (default: the setting, else the locale)
    python -m game --lint               check stories and the map (exit 2 on problems)
    python -m game --render 12 --at 1.5 --out shot.png [--size 1280x720]
    python -m game --kiosk [--display N] [--kiosk-config FILE]   exhibit mode (docs/kiosk.md)

Content problems print as `file:line: message` and exit with status 2, never a
traceback; `--render` and `--list-lines` are contracts other tools rely on.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from game.assets import Assets
from game.errors import ContentErrors, Problem

if TYPE_CHECKING:
    from game.app import App
    from game.context import Context
    from game.framelog import FrameLog

_START = time.perf_counter()  # "seconds since start" in --frame-log

log = logging.getLogger("game")
TITLE = "Whispers of the Heart"  # the window's caption (game.app's, not imported before the window opens)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x720, not '{text}'") from None
    if not (64 <= w <= 8192 and 64 <= h <= 8192):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return (w, h)


class _Version(argparse.Action):
    """argparse's "version" action, the version looked up only when asked: `importlib.metadata`
    (about 20 ms of CPU) is not imported by every start (a `--render`, a `--lint`)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from game.identity import version_line

        print(version_line())
        parser.exit()


def tight_heap(args: argparse.Namespace) -> bool:
    """Whether this process runs the kiosk's heap (game/memory.py `tune_heap`): the game the supervisor
    runs (`--kiosk-child`, which replaces `--kiosk` in its command line) and the supervisor itself."""
    return bool(args.kiosk or args.kiosk_child)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m game", description="Whispers of the Heart, a visual novel.")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--fullscreen", action="store_true", help="start in desktop fullscreen")
    mode.add_argument("--windowed", action="store_true", help="start in a window (the default)")
    p.add_argument("--size", type=_size, default=None, help="window or render size, e.g. 1280x720")
    p.add_argument("--display", type=int, default=None, help="which display to open on (0 = first)")
    p.add_argument("--kiosk", action="store_true",
                   help="exhibit mode: fullscreen, touch, no exit, idle reset, supervised restarts")
    p.add_argument("--kiosk-config", type=Path, default=None,
                   help="kiosk config (default: $XDG_CONFIG_HOME/whispers-of-the-heart/kiosk.toml)")
    p.add_argument("--kiosk-child", action="store_true", help=argparse.SUPPRESS)  # run by the supervisor
    p.add_argument("--story", type=Path, default=None, help="play another .story file")
    p.add_argument("--lang", default=None, metavar="CODE",
                   help="the story and screens in this language (fr); default: the language setting, "
                        "else the system's locale")
    p.add_argument("--start", type=int, default=None, metavar="N", help="start playing at line N")
    p.add_argument("--seed", type=int, default=None, help="seed for every animation (default from settings)")
    p.add_argument("--reduce-motion", action="store_true", help="calm flicker, slow particles, still camera")
    p.add_argument("--settings", type=Path, default=None, help="settings file (default: user config)")
    p.add_argument("--list-lines", action="store_true", help="print every line the player will see")
    p.add_argument("--lint", action="store_true", help="check every story and the map")
    p.add_argument("--render", metavar="N", default=None, help="render line N (or 'title', 'ending') to --out")
    p.add_argument("--at", type=float, default=0.0, metavar="SECONDS", help="seconds after the line began")
    p.add_argument("--out", type=Path, default=Path("shot.png"), help="PNG to write with --render")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    # Performance (issue 13): what each frame costs, measured by the game itself (game/framelog.py).
    p.add_argument("--frame-log", type=Path, default=None, metavar="FILE",
                   help="write one line per frame: seconds, update ms, draw ms, story line")
    p.add_argument("--frame-log-cpu", action="store_true",
                   help="with --frame-log: a fifth number, the main thread's CPU ms for the frame")
    p.add_argument("--autoplay", action="store_true", help="play the story by itself at the settings' pace")
    p.add_argument("--quit-at-end", action="store_true", help="exit 0 after the ending instead of the title (3 if an error takes the story back to the title)")
    # Shipping (issue 15): the version, and the story captured to video (game/video.py).
    p.add_argument("--version", action=_Version, help="show the game's version and exit")
    p.add_argument("--capture", type=Path, default=None, metavar="OUT",
                   help="render the story at auto-advance pace to OUT (.mp4, or .gif with --gif)")
    p.add_argument("--from", dest="from_line", type=int, default=1, metavar="N", help="--capture from line N")
    p.add_argument("--to", dest="to_line", type=int, default=None, metavar="M", help="--capture through line M")
    p.add_argument("--fps", type=float, default=None, help="--capture frames per second (30; 15 for --gif)")
    p.add_argument("--gif", action="store_true", help="--capture a short looping GIF (no sound)")
    return p


def _report(problems: list[Problem]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from game.cli_checks import argument_problems, quiet_sdl_signals  # meaning, not type (issue 16)

    if bad_args := argument_problems(args):
        print("\n".join(bad_args), file=sys.stderr)
        return 2
    quiet_sdl_signals(args)
    from game.memory import tune_heap

    if args.render is None:  # one still is one short process: glibc's own reuse of freed memory
        tune_heap(tight=tight_heap(args))  # is faster there; everything that runs on gives freed pixels back (game/memory.py)
    if args.kiosk and not args.kiosk_child:
        from game.kiosk.supervisor import supervise

        return supervise(list(sys.argv[1:] if argv is None else argv), args.kiosk_config)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    assets = Assets()
    if args.lang is not None:  # --lang fr: the translation beside the story, for every mode
        from game.i18n import languages, translation

        original = args.story or assets.story
        if args.lang.lower() not in languages(original):
            print(f"--lang {args.lang}: {original.name} is in {', '.join(languages(original))}", file=sys.stderr)
            return 2
        args.story = translation(original, args.lang.lower())
    try:
        if args.lint:
            from game.story.lint import lint_all

            problems = lint_all(assets, [args.story] if args.story is not None else None)
            if problems:
                return _report(problems)
            print("no problems found")
            return 0
        if args.list_lines:
            return _list_lines(assets, args.story)
        if args.render is not None:
            from game.capture import render_to_file

            return render_to_file(assets, args)
        if args.capture is not None:
            from game.video import capture_to_file

            return capture_to_file(assets, args)
        if args.kiosk_child:
            from game.kiosk.launch import run_kiosk

            return run_kiosk(assets, args)
        return _play(assets, args)
    except ContentErrors as err:
        return _report(err.problems)


def _list_lines(assets: Assets, story: Path | None) -> int:
    from game.content import load_content
    from game.story import commands as c

    script = load_content(assets, story).script
    try:
        for number, line in enumerate(script.lines, start=1):
            kind = "narration" if isinstance(line, c.Narrate) else f"written:{line.who}:{script.hand_of(line)}"
            print(f"{number}\t{line.src}\t{kind}\t{line.text}")
        sys.stdout.flush()
    except BrokenPipeError:  # `--list-lines | head`: the reader has gone (the Python docs' recipe)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    return 0


def _play(assets: Assets, args: argparse.Namespace) -> int:
    """Play: the window first, with the title's first frame as the last run kept it
    (game/firstframe.py), then everything heavy (imports included) in a worker thread
    while the window keeps answering, then the loop."""
    import pygame

    from game import firstframe
    from game.identity import set_window_icon
    from game.present import display_rate, open_display
    from game.saves import save_path
    from game.seen import seen_path
    from game.settings import settings_for_run, settings_path
    from game.userdirs import cache_dir

    problems: list[Problem] = []
    file_settings, settings = settings_for_run(args.settings or settings_path(), args.seed, args.reduce_motion,
                                               problems)
    for problem in problems:
        log.warning("%s", problem)
    from game.i18n import translation, wanted_language

    if args.lang is not None:  # this run only: never written back (file_settings)
        settings = settings.with_changes(language=args.lang.lower())
    else:  # the language setting, else the system's locale
        args.story = translation(args.story or assets.story, wanted_language(settings.language))
    pygame.init()
    voices = []  # the self-voicing engine, silenced when the window goes
    try:
        fullscreen = (args.fullscreen or settings.fullscreen) and not args.windowed
        display = args.display or 0
        pygame.display.set_caption(TITLE)
        set_window_icon(assets)  # before set_mode: the window opens with its icon
        window, vsync = open_display((0, 0) if fullscreen else args.size or (1280, 720),
                                     pygame.FULLSCREEN if fullscreen else pygame.RESIZABLE, display)
        frame_log = _frame_log(args)
        title_frame = None
        if args.start is None:  # the title comes first: its first frame, kept by the last run
            title_frame = firstframe.still_path(cache_dir(), window.get_size(), settings,
                                                [args.story or assets.story, assets.room_map])
            t0 = time.perf_counter()
            if firstframe.show(window, title_frame) and frame_log is not None:
                frame_log.frame(0.0, time.perf_counter() - t0, 0)

        def build() -> Context:
            from game.context import build_context

            # --seed and --reduce-motion are in force but never written back (file_settings)
            ctx = build_context(assets, settings, args.story, settings_file=args.settings or settings_path(),
                                file_settings=file_settings, save_file=save_path(), seen_file=seen_path())
            if args.start is None:
                _warm(ctx, window.get_size())
            return ctx

        app_ctx = firstframe.prepare(build, present=title_frame is not None and title_frame.is_file())
        voices.append(app_ctx.speech)
        app_ctx.title_frame = title_frame
        if args.start is not None and not 1 <= args.start <= len(app_ctx.script.lines):
            print(f"--start {args.start}: the story has lines 1..{len(app_ctx.script.lines)}", file=sys.stderr)
            return 2
        from game.app import App
        from game.clock import SystemClock
        from game.failsafe import PlayerGuard  # an error in play: one message, back to the title

        app = App(app_ctx, SystemClock(), fullscreen=fullscreen,
                  window_size=args.size or (1280, 720), display_index=display, policy=PlayerGuard())
        app.window, app._vsync, app.rate = window, vsync, display_rate(display)  # the window opened above
        _instrument(app, args, frame_log)
        if args.start is not None:
            return app.run(app_ctx.scenes.story(start_line=args.start))
        return app.run(frame_hook=_warm_story_after_first_frame)
    finally:
        for voice in voices:
            voice.stop()
        pygame.quit()


def _warm(ctx: Context, window: tuple[int, int]) -> None:
    """In the preparing thread: what the title's first frame would otherwise build while the
    player watches (the room's art and light at the window's size), drawn once off screen.
    Nothing is played, saved or heard. (The pen is warmed later, while the title plays.)"""
    import pygame

    from game.view import letterbox

    _x, _y, w, h = letterbox(*window)
    ctx.scenes.title().draw(pygame.Surface((w, h)))


def _warm_story_after_first_frame(app: App) -> None:
    """While the title plays, the story's pen is warmed in a thread (Begin then costs the story
    scene alone), started once the live title's first frame is up: begun before it, its imports
    and numpy shared the one interpreter with that frame and held it back (warm_story starts once)."""
    if app.frames >= 1:
        app.ctx.scenes.warm_story()


def _frame_log(args: argparse.Namespace) -> FrameLog | None:
    from game.framelog import FrameLog

    return FrameLog(args.frame_log, _START, cpu=args.frame_log_cpu) if args.frame_log is not None else None


def _instrument(app: App, args: argparse.Namespace, frame_log: FrameLog | None) -> None:
    """--frame-log, --autoplay, --quit-at-end (an autoplay neither reads nor moves your save)."""
    from game.framelog import Autopilot

    if frame_log is not None:
        app.frame_log = frame_log
    if args.autoplay or args.quit_at_end:
        app.autopilot = Autopilot(autoplay=args.autoplay, quit_at_end=args.quit_at_end)
    if args.autoplay:
        app.ctx.saves.file = None
        app.ctx.prefs.replace(app.ctx.settings.with_changes(auto_advance=True))  # not written to the file


if __name__ == "__main__":
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    sys.exit(main())
