"""Close shots: every insert the map frames exists and loads, the story shows only inserts
that exist, their motions are big enough to see and repeatable, the parts stay solid, and
the room's key light comes from the side of the nearest flame."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.art.insert_light import InsertLight, from_flame, light_at
from game.art.insert_motion import combined, parse_motion
from game.art.inserts import DESIGN, PREFIX, Inserts, available, insert_name, load_spec
from game.fx.lighting import LightSample
from game.room.tmxload import load_room

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
STORY = ROOT / "scenes" / "whispers.story"
WARM_RIGHT = InsertLight(1, (255, 179, 92), 1.0, (58, 90, 140), 0.5, (40, 30, 30))



def test_every_insert_shot_in_the_map_has_its_illustration_and_every_illustration_a_shot() -> None:
    room = load_room(ROOT / "scenes" / "room.tmx")
    framed = {n for s in room.shots if (n := insert_name(s))}
    on_disk = set(available(INSERTS))
    assert framed, "the map frames no insert"
    assert framed == on_disk, f"shots without art: {framed - on_disk}; art without a shot: {on_disk - framed}"
    for name in sorted(on_disk):
        spec = load_spec(INSERTS, name)
        assert len(spec.parts) >= 2, f"{name}: an insert is a background and at least one part"


def test_the_story_shows_the_inserts_where_its_lines_name_them() -> None:
    text = STORY.read_text(encoding="utf-8")
    shown = set(re.findall(rf"^shot {PREFIX}(\w+)", text, re.M))
    assert shown <= set(available(INSERTS))
    lines = text.splitlines()

    def shot_before(needle: str) -> str:
        i = next(k for k, line in enumerate(lines) if needle in line)
        return next(line.split()[1] for line in reversed(lines[:i]) if line.startswith("shot "))

    assert shot_before("His hands were clenched") == "insert_clenched_hands"


def test_motions_are_visible_at_the_close_shots_scale_and_repeatable(inserts: Inserts) -> None:
    for name in available(INSERTS):
        spec = load_spec(INSERTS, name)
        moving = [i for i, p in enumerate(spec.parts) if p.motions]
        assert moving, f"{name}: nothing moves"
        frames = [inserts.transforms(name, k / 10) for k in range(60)]
        travel = max(abs(f[i].dx - frames[0][i].dx) + abs(f[i].dy - frames[0][i].dy)
                     + abs(f[i].rot - frames[0][i].rot) * 20 + abs(f[i].alpha - frames[0][i].alpha) * 20
                     for f in frames for i in moving)
        assert travel >= 3.0, f"{name}: its motion ({travel:.1f} design px) is too small to see at 1080p"
        assert inserts.transforms(name, 2.5) == inserts.transforms(name, 2.5)


def test_reduce_motion_quiets_the_idle_motions() -> None:
    tremor = (parse_motion({"kind": "tremor", "dx": 6, "dy": 6, "freq": 9}, "t"),)
    loud = max(abs(combined(tremor, k / 7, 1, 0).dx) for k in range(50))
    calm = max(abs(combined(tremor, k / 7, 1, 0, calm=True).dx) for k in range(50))
    assert 0 < calm < loud / 2


def test_keys_ease_and_hold_after_the_last() -> None:
    m = parse_motion({"kind": "keys", "keys": [[0, 0, 0], [1, 100, 0], [2, 100, 50, 0, 1, 0.5]]}, "t")
    assert m.at(0.5, 0, 0).dx == pytest.approx(50)
    assert m.at(9.0, 0, 0).dy == pytest.approx(50) and m.at(9.0, 0, 0).alpha == pytest.approx(0.5)


@pytest.mark.parametrize("raw, message", [
    ({"kind": "wobble"}, "motion kind"),
    ({"kind": "tremor", "dx": "lots"}, "'dx' must be a number"),
    ({"kind": "keys"}, "needs keys"),
    ({"kind": "keys", "keys": [[2, 0], [1, 0]]}, "time order"),
])
def test_bad_motions_are_one_clear_message(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_motion(raw, "x.toml: part 1")


def test_a_bad_insert_names_its_file(tmp_path: Path) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "insert.toml").write_text('[[part]]\nsvg = "../../etc/passwd"\n')
    with pytest.raises(ValueError, match=r"insert.toml: part 1: svg"):
        load_spec(tmp_path, "bad")
    with pytest.raises(ValueError, match="no such insert"):
        load_spec(tmp_path, "missing")


def test_each_insert_draws_solid_and_lit_from_the_key_side(inserts: Inserts) -> None:
    size = (DESIGN[0] // 4, DESIGN[1] // 4)
    for name in available(INSERTS):
        surf = pygame.Surface(size)
        inserts.draw(surf, PREFIX + name, 1.3, WARM_RIGHT)
        left = pygame.transform.average_color(surf, pygame.Rect(0, 0, size[0] // 2, size[1] * 3 // 4))
        right = pygame.transform.average_color(surf, pygame.Rect(size[0] // 2, 0, size[0] // 2, size[1] * 3 // 4))
        if from_flame(WARM_RIGHT, load_spec(INSERTS, name).parts).key_at is None:  # else keyed from its own flame
            assert sum(right[:3]) > sum(left[:3]), f"{name}: the key side is not the brighter"
        assert max(pygame.transform.average_color(surf)[:3]) > 12, f"{name}: drew nothing"
        flipped = pygame.Surface(size)
        inserts.draw(flipped, PREFIX + name, 1.3, replace(WARM_RIGHT, key_side=-1))
        fl = pygame.transform.average_color(flipped, pygame.Rect(0, 0, size[0] // 2, size[1] * 3 // 4))
        assert sum(fl[:3]) > sum(left[:3]), f"{name}: a key from the left does not light the left"


def test_the_key_comes_from_the_nearest_flame_and_the_window_fills() -> None:
    lights = [LightSample(100, 500, 600, (255, 179, 92), 1.0), LightSample(900, 500, 600, (255, 179, 92), 1.0),
              LightSample(500, 100, 900, (58, 90, 140), 0.7)]
    assert light_at(lights, 300, 500, (30, 20, 20)).key_side == -1
    assert light_at(lights, 700, 500, (30, 20, 20)).key_side == 1
    assert light_at(lights, 700, 500, (30, 20, 20)).fill_rgb == (58, 90, 140)
    dim = [LightSample(900, 500, 600, (255, 179, 92), 0.3)]
    assert light_at(dim, 700, 500, (0, 0, 0)).key < light_at(lights, 700, 500, (0, 0, 0)).key


def test_lint_names_an_insert_shot_without_its_art(tmp_path: Path) -> None:
    from game.art.inserts import check_inserts

    found = check_inserts(["wide", "insert_nowhere", "insert_clenched_hands"], INSERTS, lambda p: p.name)
    assert len(found) == 1 and "insert_nowhere" in found[0].message and "no such insert" in found[0].message
