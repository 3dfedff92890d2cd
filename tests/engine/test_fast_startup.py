"""Start-up (issue 13, FAST): what runs before the title's first frame, and caches written without fsync.

Behaviour, not time: which modules a start has imported when its first frame goes up, what a
`--render` parse imports, how many fsyncs a cache entry costs, when the story's pen is warmed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

import pytest

from game import safeio

ROOT = Path(__file__).resolve().parents[2]
# Not needed for the kept first frame: the content, the art, the pen, numpy, the map's parser, and
# importlib.metadata (the installed version: ~20 ms of imports).
HEAVY = ("numpy", "pytmx", "game.context", "game.pen", "game.room.layers", "game.scenes.story", "importlib.metadata")


@pytest.fixture
def fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every fsync made through game.safeio, by file descriptor."""
    calls: list[int] = []
    real = os.fsync

    def counted(fd: int) -> None:
        calls.append(fd)
        real(fd)

    monkeypatch.setattr("game.safeio.os.fsync", counted)
    return calls


def test_a_cache_entry_is_written_whole_without_fsync(tmp_path: Path, fsyncs: list[int]) -> None:
    safeio.write_atomic(tmp_path / "a.png", b"cache", durable=False)
    assert (tmp_path / "a.png").read_bytes() == b"cache" and fsyncs == []
    assert [p.name for p in tmp_path.iterdir()] == ["a.png"]  # renamed into place: no temporary left
    safeio.write_atomic(tmp_path / "settings.toml", b"kept")  # a player's file: still durable
    assert (tmp_path / "settings.toml").read_bytes() == b"kept" and len(fsyncs) >= 1


def test_the_svg_cache_and_the_kept_title_frame_write_without_fsync(tmp_path: Path, fsyncs: list[int]) -> None:
    import pygame

    from game import firstframe
    from game.art.svg import SvgCache

    svg = next((ROOT / "assets" / "art").rglob("*.svg"))
    SvgCache(tmp_path / "svg").get(svg, (24, 16))
    assert len(list((tmp_path / "svg").glob("*.png"))) == 1
    firstframe.keep(pygame.Surface((8, 4)), tmp_path / "title" / "t.frame")
    assert (tmp_path / "title" / "t.frame").is_file()
    assert fsyncs == []  # ~144 of them were ~0.7 s of a cold start's wall time


def test_the_kept_frame_is_named_by_the_installed_version() -> None:
    """still_path digests game.__version__ (no importlib.metadata before the first frame): it must
    be the version the package is installed as, or a new version could show an old picture."""
    import game

    assert game.__version__ == metadata.version("whispers-of-the-heart")


def _run(code: str, tmp_path: Path) -> str:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", XDG_CACHE_HOME=str(tmp_path / "c"),
               XDG_STATE_HOME=str(tmp_path / "s"), XDG_CONFIG_HOME=str(tmp_path / "f"))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_nothing_heavy_is_imported_before_the_title_first_frame(tmp_path: Path) -> None:
    out = _run(f"""
        import os, sys
        from game import firstframe, __main__ as main

        def show(window, path):  # the moment the kept first frame would go up: what is loaded
            loaded = [name for name in {HEAVY!r} if name in sys.modules]
            print("loaded", loaded, window.get_size(), flush=True)
            os._exit(0)

        firstframe.show = show
        main.main(["--windowed", "--size", "320x180", "--settings", "{tmp_path / 'settings.toml'}"])
    """, tmp_path)
    assert out.strip() == "loaded [] (320, 180)"


def test_a_render_parses_its_command_line_without_importlib_metadata(tmp_path: Path) -> None:
    out = _run("""
        import sys
        from game.__main__ import build_parser

        args = build_parser().parse_args(["--render", "12", "--at", "1.5"])
        print(args.render, "importlib.metadata" in sys.modules)
    """, tmp_path)
    assert out.split() == ["12", "False"]
    done = subprocess.run([sys.executable, "-m", "game", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, f"Whispers of the Heart {metadata.version('whispers-of-the-heart')}\n")


def test_the_story_pen_is_warmed_once_the_live_title_has_drawn_a_frame() -> None:
    from game.__main__ import _warm_story_after_first_frame

    warmed: list[int] = []
    app = SimpleNamespace(frames=0, ctx=SimpleNamespace(scenes=SimpleNamespace(warm_story=lambda: warmed.append(1))))
    _warm_story_after_first_frame(app)  # type: ignore[arg-type]
    assert warmed == []  # not before (nor during) the first frame
    app.frames = 1
    _warm_story_after_first_frame(app)  # type: ignore[arg-type]
    assert warmed == [1]


@pytest.mark.parametrize("line, at, plated", [("12", 1.5, True), ("51", 2.0, False)])  # (51: no plate either way)
def test_a_render_draws_the_same_pixels_as_the_game_with_its_back_plate(line: str, at: float, plated: bool) -> None:
    """`--render` paints its one frame layer by layer (no back plate made to be painted over):
    the very pixels the game draws with the plate, as a player's frame at that moment."""
    import pygame

    from game.assets import Assets
    from game.capture import capture_context, render_moment
    from game.settings import Settings

    size = (480, 270)
    still = render_moment(Assets(), line, at, size)
    ctx = capture_context(Assets(), Settings())
    assert ctx.renderer.plates
    ctx.books.canvas_w = size[0]
    scene = ctx.scenes.story()
    scene.seek(int(line), at)
    played = pygame.Surface(size)
    scene.draw(played)
    from game.room.render import PLATE

    assert any(key[0] == PLATE for key in list(ctx.renderer._bg_cache.keys())) == plated  # the game's way
    assert pygame.image.tobytes(still, "RGB") == pygame.image.tobytes(played, "RGB")
