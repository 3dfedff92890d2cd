"""The Tiled room map: the real one loads; broken ones give one message naming file and object."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from game.assets import Assets
from game.errors import ContentErrors
from game.room.tmxload import load_room
from game.story.lint import load_checked

SCENES = Path(__file__).parents[2] / "scenes"


def test_the_room_has_everything_the_engine_places() -> None:
    room = load_room(SCENES / "room.tmx", "scenes/room.tmx")
    for name in ("him", "her", "notebook", "pen", "fireplace", "window", "clock", "lavender"):
        assert name in room.anchors
    assert len(room.anchors_of("candle")) == 12
    assert len(room.lights_of("candle")) == 12 and room.lights_of("fire") and room.lights_of("window")
    assert {e.name for e in room.emitters} >= {"rain", "fire", "sparks"}
    assert {"wide", "notebook", "him", "her", "hands", "window"} <= set(room.shots)
    candle = room.lights_of("candle")[0]
    assert candle.colour == (0xFF, 0xB3, 0x5C) and candle.radius > 0 and 0 <= candle.flicker <= 1
    # the notebook lies on the coffee table
    table, book = room.anchor("coffee_table").rect, room.anchor("notebook").rect
    assert table.x <= book.cx <= table.right and abs(book.bottom - table.y) < 60


def broken_map(tmp_path: Path, old: str, new: str) -> Path:
    target = tmp_path / "scenes"
    shutil.copytree(SCENES, target, ignore=shutil.ignore_patterns("*.story"))
    path = target / "room.tmx"
    text = path.read_text()
    assert re.search(old, text, re.S), old
    path.write_text(re.sub(old, new, text, count=1, flags=re.S))
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ContentErrors) as info:
        load_room(path, "room.tmx")
    return [str(p) for p in info.value.problems]


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_bad_light_property_names_file_line_and_object(tmp_path: Path) -> None:
    path = broken_map(tmp_path, r'(name="candle_03".*?)<property name="radius" type="float" value="260"/>',
                      r'\g<1><property name="radius" value="lots"/>')
    line = line_of(path, 'name="candle_03"')
    assert problems(path) == [f"room.tmx:{line}: object 'candle_03': property 'radius' must be a number, not 'lots'"]


def test_the_engine_needs_one_notebook_and_one_pen(tmp_path: Path) -> None:
    path = broken_map(tmp_path, r'name="notebook" type="notebook"', 'name="notebook" type="prop"')
    assert problems(path) == ["room.tmx: needs exactly one object of type 'notebook', found 0"]


def test_what_only_the_story_needs_is_the_story_linters_business(tmp_path: Path) -> None:
    """A room without lavender is a room; without a figure for 'him' the story cannot play."""
    path = broken_map(tmp_path, r'name="lavender"', 'name="lilac"')
    assert "lilac" in load_room(path, "room.tmx").anchors
    path = broken_map(tmp_path / "2", r'name="him" type="figure"', 'name="he" type="figure"')
    shutil.copy(SCENES / "whispers.story", path.parent / "whispers.story")
    with pytest.raises(ContentErrors) as info:
        load_checked(Assets(), path.parent / "whispers.story")
    assert any("character 'him': the room map has no figure anchor named 'him'" in str(p) for p in info.value.problems)


def test_wrong_type_names_the_object_and_its_line(tmp_path: Path) -> None:
    path = broken_map(tmp_path, r'name="clock" type="clock"', 'name="clock" type="shot"')
    line = line_of(path, 'name="clock" type="shot"')
    assert problems(path) == [
        f"room.tmx:{line}: object 'clock': type 'shot' is not allowed in layer 'props' (use prop or clock or notebook or pen)",
    ]


def test_shot_must_be_16_by_9(tmp_path: Path) -> None:
    path = broken_map(tmp_path, r'name="hands" type="shot" x="680" y="540" width="560" height="315"',
                      'name="hands" type="shot" x="680" y="540" width="560" height="400"')
    line = line_of(path, 'name="hands"')
    assert problems(path) == [f"room.tmx:{line}: object 'hands': a shot must be a 16:9 rectangle, not 560x400"]


def test_missing_flicker_and_bad_colour(tmp_path: Path) -> None:
    path = broken_map(tmp_path, r'<property name="flicker" type="float" value="0.45"/>', "")
    text = path.read_text().replace('name="colour" type="color" value="#ffff6a2a"', 'name="colour" type="color" value="orange"')
    path.write_text(text)
    found = problems(path)
    c1, hearth = line_of(path, 'name="candle_01"'), line_of(path, 'name="hearth_light"')
    assert f"room.tmx:{c1}: object 'candle_01': missing property 'flicker'" in found
    assert f"room.tmx:{hearth}: object 'hearth_light': property 'colour' must be a colour like #ffb35c, not 'orange'" in found


def test_eleven_candles_are_not_the_dozen_the_map_promises(tmp_path: Path) -> None:
    path = broken_map(tmp_path, r'  <object id="\d+" name="candle_12".*?</object>\n', "")
    assert problems(path) == ["room.tmx: the map says it has 12 candles, but its candles layer has 11"]


def test_broken_xml_gives_its_line(tmp_path: Path) -> None:
    path = broken_map(tmp_path, r'<objectgroup id="3" name="figures">', '<objectgroup id="3" name="figures"')
    found = problems(path)
    assert len(found) == 1 and found[0].startswith("room.tmx:") and "not a valid Tiled map (XML)" in found[0]
    assert int(found[0].split(":")[1]) > 0


def test_missing_map_file(tmp_path: Path) -> None:
    with pytest.raises(ContentErrors) as info:
        load_room(tmp_path / "nope.tmx", "scenes/nope.tmx")
    assert [str(p) for p in info.value.problems] == ["scenes/nope.tmx: map file not found"]
