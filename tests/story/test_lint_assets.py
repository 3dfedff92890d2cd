"""The linter names every missing or broken asset file the game would load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.assets import ROOT, Assets
from game.story.lint import lint_all


@pytest.fixture
def copy(tmp_path: Path) -> Assets:
    for folder in ("assets", "scenes"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return Assets(tmp_path)


def test_the_real_content_is_clean() -> None:
    assert lint_all(Assets()) == []


def test_a_missing_sound_prop_font_and_figure_part_are_each_named(copy: Assets) -> None:
    (copy.root / "assets" / "audio" / "sigh.wav").unlink()
    (copy.root / "assets" / "art" / "props" / "sofa.svg").unlink()
    copy.serif_italic.unlink()
    figure_part = sorted((copy.root / "assets" / "art" / "figures" / "her").glob("*.svg"))[0]
    figure_part.unlink()
    found = [str(p) for p in lint_all(copy)]
    assert "assets/fonts/EBGaramond12-Italic.otf: font file not found" in found
    assert any(p.startswith("assets/art/props/sofa.svg: prop art not found") for p in found)
    assert any(p.startswith("assets/audio/cues.toml") and "sigh" in p for p in found), found
    assert any(p.startswith(f"assets/art/figures/her/{figure_part.name}: figure art") for p in found), found


def test_a_broken_hands_file_is_named(copy: Assets) -> None:
    copy.hands.write_text("[elegant]\nfont = 3\n", encoding="utf-8")
    found = [str(p) for p in lint_all(copy)]
    assert any(p.startswith("assets/hands.toml") for p in found), found


def test_a_face_the_rig_does_not_draw_is_named(copy: Assets) -> None:
    story = copy.root / "scenes" / "whispers.story"
    text = story.read_text(encoding="utf-8").replace("face her tearful", "face her tearfull", 1)
    story.write_text(text, encoding="utf-8")
    found = [str(p) for p in lint_all(copy)]
    assert any(p.startswith("scenes/whispers.story:") and "unknown expression 'tearfull' for 'her'" in p
               and "(did you mean 'tearful'?)" in p for p in found), found
