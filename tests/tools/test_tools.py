"""Each tool in tools/ runs, tiny, into a temporary folder, and does what it says.

The tools are how authors look at the game (contact sheets, previews, captures) and measure
it; unrun, they rot while the engine moves under them. Each test runs one tool's `main` at a
tiny size with `--out` in a temporary folder and checks what it promised: PNGs of the right
size with real content, a number for every part it measures, a `--check` that passes on the
committed files and fails on a changed one. No timing is asserted. The README's tool table
is checked against the tools' own `--help`, and each tool is started once as a script, as
its users (and the before-stop hook) start it.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pygame
import pytest

from game.art.figures import load_poses
from game.assets import Assets
from game.story.parser import parse_file, written_lines
from tools import art_preview, bench_fx, bench_pen, figure_sheet, fx_frames, make_tileset, pen_sheet, screens

ROOT = Path(__file__).resolve().parents[2]
TINY = (160, 90)
TOOLS: dict[str, ModuleType] = {
    "art_preview": art_preview, "bench_fx": bench_fx, "bench_pen": bench_pen, "figure_sheet": figure_sheet,
    "fx_frames": fx_frames, "make_tileset": make_tileset, "pen_sheet": pen_sheet, "screens": screens,
}


@pytest.fixture(autouse=True)
def repository_untouched() -> Iterator[None]:
    """Nothing lands where the tools write by default (docs/screens, scenes/tiles)."""
    folders = (ROOT / "docs" / "screens", ROOT / "scenes" / "tiles")

    def stamps() -> dict[Path, int]:
        return {p: p.stat().st_mtime_ns for folder in folders for p in folder.glob("*.png")}

    before = stamps()
    yield
    assert stamps() == before, "a tool wrote into the repository"


def picture(path: Path, size: tuple[int, int] | None = None) -> np.ndarray:
    """The PNG's pixels (w, h, 3), once it is known to exist, be `size` and show something."""
    assert path.is_file(), f"{path.name} was not written"
    surf = pygame.image.load(str(path))
    if size is not None:
        assert surf.get_size() == size, f"{path.name}: {surf.get_size()}, expected {size}"
    px = pygame.surfarray.array3d(surf).astype(np.int16)
    colours = len(np.unique(px.reshape(-1, 3), axis=0))
    assert colours >= 32 and px.std() > 4.0, f"{path.name} is nearly flat: {colours} colours, std {px.std():.1f}"
    return px


def test_art_preview_draws_the_room_unlit_each_shot_and_lit(tmp_path: Path) -> None:
    assert art_preview.main(["--size", "160x90", "--out", str(tmp_path)]) == 0
    albedo = picture(tmp_path / "art-160x90.png", TINY)
    shots = [picture(tmp_path / f"art-shot-{name}.png", TINY) for name in art_preview.SHOTS]
    lit = picture(tmp_path / "art-lit-160x90.png", TINY)
    assert all(np.abs(shot - albedo).mean() > 8 for shot in shots), "a shot shows the whole room"
    assert np.abs(lit - albedo).mean() > 8, "the light pass left the room as it was"


def test_bench_fx_reports_every_layer(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_fx.main(["--size", "160x90", "--frames", "2", "--warmup", "1"]) == 0
    out = capsys.readouterr().out
    assert "160x90 shot=wide" in out
    for layer in ("exterior", "glass", "flames(wax,logs)", "lighting(+shadows,fire,flames)", "sparks", "TOTAL"):
        assert re.search(rf"{re.escape(layer)} +mean +\d+\.\d+ ms +p95 +\d+\.\d+ ms", out), layer
    with pytest.raises(SystemExit) as stop:
        bench_fx.main(["--size", "160x90", "--frames", "1", "--shot", "nowhere"])
    assert stop.value.code == 2 and "no shot 'nowhere'" in capsys.readouterr().err


def test_bench_pen_reports_every_written_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_pen.main(["--size", "160x90", "--frames", "2"]) == 0
    out = capsys.readouterr().out
    lines = written_lines(parse_file(Assets().story))
    writes = re.findall(r"^write\(\) (\w+) +(\d+) chars: +\d+\.\d ms$", out, re.M)
    assert writes == [(hand, str(len(text))) for text, hand in lines]
    assert "scale 0.0833" in out and re.search(r"THE PEN = .*: mean -?\d+\.\d+ ms", out)


def test_figure_sheet_shows_every_pose_and_beat(tmp_path: Path) -> None:
    assert figure_sheet.main(["--width", "160", "--out", str(tmp_path)]) == 0
    cell = (round(160 * 0.3), round(160 * 0.36))
    for cid, spec in load_poses(Assets().poses).items():  # every pose, wide then close: two row blocks
        rows = 2 * math.ceil(len(spec.story_poses) / 4)
        picture(tmp_path / f"figures-{cid}.png", (4 * cell[0], rows * cell[1]))
    beats = math.ceil(len(figure_sheet.BEATS) / 2)
    picture(tmp_path / "figures-together.png", (160, beats * 45))
    picture(tmp_path / "figures-turns.png", (160, 3 * 45))
    for name in figure_sheet.CLOSE_UPS:
        picture(tmp_path / f"figures-{name}.png", TINY)


def test_fx_frames_are_drawn_and_seeded(tmp_path: Path) -> None:
    assert fx_frames.main(["--size", "160x90", "--out", str(tmp_path)]) == 0
    frames = {name: picture(tmp_path / f"{name}.png", TINY) for name in fx_frames.FRAMES}
    again = tmp_path / "again"
    assert fx_frames.main(["--size", "160x90", "--out", str(again), "--only", "fx-fire"]) == 0
    assert np.array_equal(picture(again / "fx-fire.png", TINY), frames["fx-fire"])
    assert np.abs(frames["fx-ending"] - frames["fx-room"]).mean() > 3, "the ending's glow changed nothing"


def test_make_tileset_repaints_the_committed_sheets_and_checks_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert make_tileset.main(["--out", str(tmp_path)]) == 0
    for scale in make_tileset.SCALES:
        built = pygame.image.load(str(make_tileset.out_path(scale, tmp_path)))
        committed = pygame.image.load(str(make_tileset.out_path(scale)))
        assert built.get_size() == committed.get_size() == (8 * 40 * scale, 40 * scale)
        assert pygame.image.tobytes(built, "RGB") == pygame.image.tobytes(committed, "RGB"), \
            f"{make_tileset.out_path(scale).name} is stale: run python tools/make_tileset.py"
    assert make_tileset.main(["--check", "--out", str(tmp_path)]) == 0
    one = make_tileset.out_path(1, tmp_path)
    sheet = pygame.image.load(str(one))
    sheet.set_at((5, 5), (255, 0, 255))
    pygame.image.save(sheet, str(one))
    capsys.readouterr()
    assert make_tileset.main(["--check", "--scale", "1", "--out", str(tmp_path)]) == 1
    assert "room-tiles.png: stale" in capsys.readouterr().err
    assert make_tileset.main(["--check", "--scale", "2", "--out", str(tmp_path)]) == 1  # never painted there
    assert "room-tiles@2x.png: missing" in capsys.readouterr().err


def test_pen_sheet_writes_every_hand_the_story_uses(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert pen_sheet.main(["--size", "160x90", "--out", str(out), "--backdrop", str(tmp_path / "none.png")]) == 0
    hands = {hand for _, hand in written_lines(parse_file(Assets().story))}
    names = {f"pen-{hand}.png" for hand in hands} | {"pen-story.png", "pen-punctuation.png", "pen-lines.png",
                                                         "pen-in-room-160x90.png"}
    assert {p.name for p in out.glob("*.png")} == names
    for name in names:
        picture(out / name, TINY if name.startswith("pen-in-room") else None)


def test_screens_renders_moments_through_the_game(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = parse_file(Assets().story)
    assert all(screens.find(script, phrase) for phrase, _ in screens.MOMENTS.values()), "a moment's line is gone"
    # one moment (each builds the game's whole context): a written line, so the room, the
    # narration and the pen are all drawn
    assert screens.main(["--size", "160x90", "--out", str(tmp_path), "--only", "his-first", "--format", "png"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["story-11-his-first-line.png"]
    picture(tmp_path / "story-11-his-first-line.png", TINY)
    # the docs' default: a JPEG of the same moment
    assert screens.main(["--size", "160x90", "--out", str(tmp_path / "jpg"), "--only", "his-first"]) == 0
    picture(tmp_path / "jpg" / "story-11-his-first-line.jpg", TINY)
    with pytest.raises(SystemExit) as stop:
        screens.main(["--only", "no-such-moment"])
    assert stop.value.code == 2 and "01-title" in capsys.readouterr().err


def readme_table() -> dict[str, set[str]]:
    """tools/<name>.py -> the options its row of the README's "## Tools" table shows."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Tools\n", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, set[str]] = {}
    for line in section.splitlines():
        if line.startswith("| `"):
            for path, rest in re.findall(r"`(?:python )?(tools/[^`\s]+\.py)([^`]*)`", line.split("|")[1]):
                rows[path] = set(re.findall(r"--[a-z][a-z-]*", rest))
    return rows


def test_the_readme_tool_table_is_true(capsys: pytest.CaptureFixture[str]) -> None:
    rows = readme_table()
    assert not [p for p in rows if not (ROOT / p).is_file()], "the README lists tools that do not exist"
    for name, module in TOOLS.items():
        path = f"tools/{name}.py"
        assert path in rows, f"the README's tool table does not list {path}"
        with pytest.raises(SystemExit) as stop:
            module.main(["--help"])
        assert stop.value.code == 0
        usage = capsys.readouterr().out.split("\n\n", 1)[0]
        options = set(re.findall(r"--[a-z][a-z-]*", usage))
        assert rows[path] == options, f"{path}: the README shows {sorted(rows[path])}, --help {sorted(options)}"


HELP_ALL = """
import runpy, sys
for path in sys.argv[1:]:
    sys.argv = [path, "--help"]
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as stop:
        if stop.code != 0:
            raise
    else:
        raise SystemExit(f"{path} --help did not exit")
"""


def test_every_tool_answers_help_as_a_script(tmp_path: Path) -> None:
    """Each tool run as a script (`__main__`, by its path, from another folder) answers --help,
    in one interpreter to spare the shared machine; the before-stop hook starts each alone."""
    paths = [str(ROOT / "tools" / f"{name}.py") for name in TOOLS]
    out = subprocess.run([sys.executable, "-c", HELP_ALL, *paths], cwd=tmp_path, capture_output=True, text=True,
                         env=dict(os.environ, PYGAME_HIDE_SUPPORT_PROMPT="1"), timeout=300)
    assert out.returncode == 0, out.stderr[-1500:]
    assert out.stdout.count("usage: ") == len(paths)
    assert not list(tmp_path.iterdir()), "--help wrote files"
