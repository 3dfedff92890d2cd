"""The hands file: the four story hands load, and a bad file is reported by file and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from pen_data import HANDS

from game.pen import HandsError, load_hands


def test_story_hands_are_defined() -> None:
    hands = load_hands(HANDS)
    assert {"elegant", "brush", "shaky", "trembling"} <= set(hands)
    assert hands["elegant"].nib == "pointed" and hands["brush"].nib == "brush"  # copperplate; brush
    assert hands["shaky"].tremor > 0 and hands["shaky"].blot_at_end > 0
    assert hands["trembling"].tremor > 0
    assert hands["elegant"].slant_deg + hands["elegant"].font_slant_deg >= 25  # copperplate leans well over


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('[h]\nfont = "hershey:cursive"\nslnat_deg = 3\n', "slnat_deg"),
        ('[h]\nfont = "hershey:cursive"\nink = "blue"\n', "ink"),
        ('[h]\nfont = "hershey:cursive"\nx_height = "big"\n', "x_height"),
        ('[h]\nfont = "hershey:cursive"\nnib = "quill"\n', "nib"),
        ("[h]\nslant_deg = 3\n", "font"),
        ('[h]\nfont = "hershey:cursive"\nhesitations = 1.5\n', "hesitations"),
    ],
)
def test_bad_hands_file_names_file_and_key(tmp_path: Path, body: str, needle: str) -> None:
    path = tmp_path / "hands.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(HandsError) as err:
        load_hands(path)
    assert str(path) in str(err.value) and needle in str(err.value)


def test_unreadable_toml_is_a_hands_error(tmp_path: Path) -> None:
    path = tmp_path / "hands.toml"
    path.write_text("[h\nfont=", encoding="utf-8")
    with pytest.raises(HandsError, match=r"hands\.toml"):
        load_hands(path)
