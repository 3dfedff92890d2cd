"""The command line contract: --list-lines, --lint, --render, and content errors as exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=cwd, env=ENV, text=True,
                          capture_output=True, timeout=120)


def test_list_lines_prints_every_line_numbered_with_place_kind_and_text() -> None:
    out = run("--list-lines")
    assert out.returncode == 0, out.stderr
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0][1].startswith("scenes/whispers.story:") and rows[0][2] == "narration"
    written = [r for r in rows if r[2].startswith("written:")]
    assert [(r[2], r[3]) for r in written] == [
        ("written:him:elegant", "I never meant for things to end this way."),
        ("written:her:brush", "Nor did I."),
        ("written:him:elegant", "I thought I could handle it, the distance, the secrets, but it’s tearing me apart."),
        ("written:her:brush", "I understand, but I can’t pretend it doesn’t hurt."),
        ("written:him:shaky", "I don’t want to lose you."),
        ("written:her:trembling", "I don’t want to lose you either."),
    ]


def test_lint_is_clean_on_the_real_content() -> None:
    out = run("--lint")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "no problems found"


def test_a_broken_story_is_one_message_and_exit_2_with_no_traceback(tmp_path: Path) -> None:
    story = tmp_path / "bad.story"
    text = (ROOT / "scenes" / "whispers.story").read_text(encoding="utf-8")
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("rain light"))
    lines[index] = "rian light"
    story.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run("--story", str(story), "--list-lines")
    assert out.returncode == 2
    assert out.stderr.strip() == f"{story}:{index + 1}: unknown statement 'rian' (did you mean 'rain'?)"
    assert "Traceback" not in out.stderr


def test_render_writes_the_frame_at_the_requested_size(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    out = run("--render", "1", "--at", "0.5", "--out", str(shot), "--size", "640x360")
    assert out.returncode == 0, out.stderr
    img = pygame.image.load(str(shot))
    assert img.get_size() == (640, 360)
    # some narration text is already typed: bright cream pixels in the band
    band = [img.get_at((x, y)) for x in range(60, 600, 2) for y in range(290, 330, 2)]
    assert any(p.r > 200 and p.g > 190 for p in band)


def test_render_rejects_a_line_that_does_not_exist(tmp_path: Path) -> None:
    out = run("--render", "9999", "--out", str(tmp_path / "x.png"))
    assert out.returncode == 2 and "outside 1.." in out.stderr
