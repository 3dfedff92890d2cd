"""Him and her: the pose data is complete and checked, poses tween without jumps, the
figures meet where the story needs them to (pen on the page, hands joined, lips met),
and drawing is a deterministic function of (state, t) that costs little."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.art.figure_idle import blink
from game.art.figure_raster import PartRasters
from game.art.figures import Figures, FigureState
from game.art.rig import FigureDataError, FigureSpec, blend, load_poses, local_point, solve, travel_time
from game.art.svg import SvgCache
from game.room.model import Room
from game.room.tmxload import load_room
from game.view import View, camera_view

ROOT = Path(__file__).resolve().parents[2]
POSES = ROOT / "assets" / "figures" / "poses.toml"
ART = ROOT / "assets" / "art" / "figures"


@pytest.fixture(scope="module")
def room() -> Room:
    return load_room(ROOT / "scenes" / "room.tmx")


@pytest.fixture(scope="module")
def specs() -> dict[str, FigureSpec]:
    return load_poses(POSES)


@pytest.fixture(scope="module")
def figs(room: Room, specs: dict[str, FigureSpec], tmp_path_factory: pytest.TempPathFactory) -> Figures:
    pygame.init()
    return Figures(room, specs, ART, SvgCache(tmp_path_factory.mktemp("svg")), seed=7)


def still(pose: str) -> FigureState:
    return FigureState(pose, -100.0, pose)


def both(him: str, her: str) -> dict[str, FigureState]:
    return {"him": still(him), "her": still(her)}


# ---------------------------------------------------------------- data


def test_every_story_pose_has_a_rig_pose_and_every_part_has_art(specs: dict[str, FigureSpec]) -> None:
    assert set(specs) == {"him", "her"}
    for cid, spec in specs.items():
        assert "perched" in spec.story_poses or "sofa" in spec.story_poses
        for pose in spec.story_poses:
            assert pose in spec.poses, (cid, pose)
        for part in spec.parts.values():
            for file in part.variants.values():
                assert (ART / cid / file).is_file(), (cid, part.name, file)


def _write(tmp: Path, poses: str, rig: str) -> Path:
    (tmp / "poses.toml").write_text(poses, encoding="utf-8")
    (tmp / "x-rig.toml").write_text(rig, encoding="utf-8")
    return tmp / "poses.toml"


RIG_OK = """
[parts.torso]
file = "torso.svg"
size = [10, 10]
pivot = [5, 10]
[poses.sit]
angles = { torso = 3 }
[poses._stand]
[poses._walk]
"""


def test_a_bad_pose_file_names_the_file_and_the_key(tmp_path: Path) -> None:
    ok = _write(tmp_path, '[x]\nposes = ["sit"]\nrig = "x-rig.toml"\n', RIG_OK)
    assert load_poses(ok)["x"].poses["sit"].angles["torso"] == 3.0
    missing = _write(tmp_path, '[x]\nposes = ["sit", "fly"]\nrig = "x-rig.toml"\n', RIG_OK)
    with pytest.raises(FigureDataError, match=r"x-rig\.toml.*'fly'"):
        load_poses(missing)
    bad_part = _write(tmp_path, '[x]\nposes = ["sit"]\nrig = "x-rig.toml"\n', RIG_OK.replace("torso = 3", "tail = 3"))
    with pytest.raises(FigureDataError, match=r"x-rig\.toml: \[poses\.sit\].*'tail'"):
        load_poses(bad_part)
    no_rig = _write(tmp_path, '[x]\nposes = ["sit"]\n', RIG_OK)
    with pytest.raises(FigureDataError, match=r"poses\.toml: \[x\]"):
        load_poses(no_rig)


# ------------------------------------------------------------- motion


def test_pose_changes_tween_from_the_old_pose_without_a_jump(specs: dict[str, FigureSpec]) -> None:
    spec = specs["him"]
    st = FigureState("leaning", 10.0, "perched")
    start, end = blend(spec, st, 10.0), blend(spec, st, 10.0 + travel_time(spec, "perched", "leaning"))
    assert start.angles["torso"] == pytest.approx(spec.poses["perched"].angles["torso"])
    assert end.angles["torso"] == pytest.approx(spec.poses["leaning"].angles["torso"])
    prev = start.angles["torso"]
    for i in range(1, 61):  # monotone, small steps at 60 fps
        a = blend(spec, st, 10.0 + i / 60).angles["torso"]
        assert abs(a - prev) < 2.0
        prev = a


def test_crossing_the_room_rises_walks_and_kneels(specs: dict[str, FigureSpec]) -> None:
    spec = specs["him"]
    dur = travel_time(spec, "holding", "leaning_in")
    assert dur > 2.0
    st = FigureState("leaning_in", 0.0, "holding")
    mid = blend(spec, st, dur / 2)
    assert mid.root[1] < spec.poses["holding"].root[1] - 100  # standing up while he crosses
    assert mid.walking > 0.5
    assert blend(spec, st, dur).root == spec.poses["leaning_in"].root


def test_joints_stay_joined(specs: dict[str, FigureSpec]) -> None:
    spec = specs["her"]
    placed = solve(spec, blend(spec, still("reach_notebook"), 0.0), (400.0, 700.0))
    for child in ("near_fore", "near_hand", "head", "near_shin"):
        part = spec.parts[child]
        joint = local_point(spec, placed[part.parent], part.joint)
        assert math.dist(joint, (placed[child].x, placed[child].y)) < 0.01, child


# -------------------------------------------------------------- staging


def test_the_pen_reaches_the_page_and_the_hands_meet(figs: Figures, room: Room) -> None:
    nb = room.anchor("notebook").rect
    for cid, other in (("him", "sofa"), ("her", "perched")):
        st = {cid: still("writing"), ("her" if cid == "him" else "him"): still(other)}
        x, y = figs.hand_pos(cid, st, 1.0)
        dx = float(room.anchor(cid).props.get("notebook_shift", 0.0))  # the writer draws the book to their end of the table
        assert nb.x + dx - 50 < x < nb.right + dx + 50 and nb.y - 20 < y < nb.bottom + 30, (cid, x, y)
    st = both("holding", "holding")
    hold = [figs._scene(st, 1.0)[1][c]["near_hand"] for c in ("him", "her")]
    assert math.dist((hold[0].x, hold[0].y), (hold[1].x, hold[1].y)) < 150
    kiss = both("kiss", "kiss")
    assert math.dist(figs.head_pos("him", kiss, 1.0), figs.head_pos("her", kiss, 1.0)) < 110
    apart = both("perched", "sofa")
    assert math.dist(figs.head_pos("him", apart, 1.0), figs.head_pos("her", apart, 1.0)) > 600  # across the room


def test_he_faces_her_and_turns_to_the_fire(figs: Figures) -> None:
    st = both("leaning", "sofa")
    placed = figs._scene(st, 1.0)[1]
    assert placed["him"]["head"].flip and not placed["her"]["head"].flip
    drawn = figs._scene(both("perched", "sofa"), 1.0)[0]
    assert not any(d.char == "him" and d.part == "head" and d.mirror for d in drawn)  # no owl neck: head and body agree


def test_looks_turn_the_head_and_lower_the_eyes(figs: Figures) -> None:
    def head(look: str | None, t: float = 5.0) -> tuple[float, set[str]]:
        st = {"her": FigureState("watching", 0.0, "watching", look=look, look_since=1.0, prev_look="him"), "him": still("perched")}
        drawn, placed = figs._scene(st, t)
        return placed["her"]["head"].angle, {d.variant for d in drawn if d.char == "her" and d.part == "eyes"}

    at_him = head("him")[0]
    at_page = head("notebook")[0]
    assert at_page > at_him + 5  # bowed toward the page (clockwise: she faces right)
    looks = {look: set().union(*(head(look, 5.0 + k * 0.37)[1] for k in range(6))) for look in ("him", "notebook")}
    assert "down" in looks["notebook"] and "down" not in looks["him"]
    halfway, _ = head("notebook", 1.35)
    assert at_him < halfway < at_page  # eased, not snapped


def test_blinks_are_brief_and_seeded() -> None:
    closed = [blink(i / 60, 3) for i in range(60 * 45)]
    assert 5 <= sum(closed) <= 10 * 12
    assert closed == [blink(i / 60, 3) for i in range(60 * 45)]


# -------------------------------------------------------------- drawing


def _draw(figs: Figures, view: View, states: dict[str, FigureState], t: float, size: tuple[int, int]) -> pygame.Surface:
    surf = pygame.Surface(size)
    surf.fill((10, 8, 8))
    figs.draw(surf, view, states, t)
    return surf


def test_drawing_is_a_pure_function_of_state_and_time(figs: Figures) -> None:
    view = View(1280 / 1920)
    st = both("perched", "sofa")
    a = pygame.image.tobytes(_draw(figs, view, st, 3.0, (1280, 720)), "RGB")
    figs._last = None
    b = pygame.image.tobytes(_draw(figs, view, st, 3.0, (1280, 720)), "RGB")
    assert a == b
    # mid-change, hands cross-fade; drawing it again from the caches gives the same pixels
    moving = {"him": FigureState("writing", 2.5, "leaning"), "her": still("twirling")}
    first = pygame.image.tobytes(_draw(figs, view, moving, 3.0, (1280, 720)), "RGB")
    figs._last = None
    assert pygame.image.tobytes(_draw(figs, view, moving, 3.0, (1280, 720)), "RGB") == first
    # her foot taps: a moment later the picture differs
    c = pygame.image.tobytes(_draw(figs, view, st, 3.25, (1280, 720)), "RGB")
    assert a != c


def test_figures_stand_in_their_boxes_and_read_at_720p(figs: Figures, room: Room) -> None:
    view = View(1280 / 1920)
    surf = _draw(figs, view, both("perched", "sofa"), 1.0, (1280, 720))
    for cid in ("him", "her"):
        box = room.anchor(cid).rect
        x, y, w, h = view.rect(box.x, box.y, box.w, box.h)
        region = surf.subsurface((x, y, w, h))
        lit = sum(1 for i in range(0, w, 4) for j in range(0, h, 4) if sum(region.get_at((i, j))[:3]) > 60)
        assert lit > 0.12 * (w // 4) * (h // 4), cid


def test_silhouettes_are_solid_masks_on_the_floor_line(figs: Figures, room: Room) -> None:
    view = View(0.5)
    sil = figs.silhouettes(view, both("embrace", "embrace"), 2.0) + figs.silhouettes(view, both("perched", "twirling"), 2.0)
    assert len(sil) == 4
    for surf, rect, floor in sil:
        assert surf.get_size() == rect.size and rect.w > 50 and rect.h > 100
        assert floor == room.anchor("him").rect.bottom
        alphas = {surf.get_at((i, j))[3] for i in range(0, rect.w, 5) for j in range(0, rect.h, 5)}
        assert 255 in alphas and 0 in alphas


def test_close_up_faces_are_drawn_large(figs: Figures, room: Room) -> None:
    shot = room.shots["him"].rect
    view = camera_view(shot.x, shot.y, shot.w, 1920)
    x, y = view.pt(*figs.head_pos("him", both("leaning", "sofa"), 1.0))
    surf = _draw(figs, view, both("leaning", "sofa"), 1.0, (1920, 1080))
    assert 0 < x < 1920 and 0 < y < 1080
    assert sum(surf.get_at((round(x), round(y)))[:3]) > 120  # a lit face, not background


def test_a_second_of_frames_rasterizes_no_art(figs: Figures, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a shot's art is made, frames only move it: no SVG is rasterized or read again.
    (Cost in milliseconds is measured by tools/bench.py, not asserted on a shared machine.)"""
    view = View(1.0)
    surf = pygame.Surface((1920, 1080))
    st = both("writing", "twirling")
    for i in range(20):
        figs.draw(surf, view, st, i / 60)
    loads: list[str] = []
    real_sized, real_load = pygame.image.load_sized_svg, pygame.image.load

    def sized(*a: Any, **k: Any) -> pygame.Surface:
        loads.append("svg")
        return real_sized(*a, **k)

    def load(*a: Any, **k: Any) -> pygame.Surface:
        loads.append("png")
        return real_load(*a, **k)

    monkeypatch.setattr(pygame.image, "load_sized_svg", sized)
    monkeypatch.setattr(pygame.image, "load", load)
    for i in range(60):
        figs.draw(surf, view, st, 1 + i / 60)
    assert loads == []


def test_the_writing_hand_follows_the_pen_nib(figs: Figures, room: Room) -> None:
    nb = room.anchor("notebook").rect
    for cid, pose, other in (("him", "writing", "watching"), ("her", "writing", "watching"), ("him", "holding_writing", "holding")):
        x0 = nb.x + float(room.anchor(cid).props.get("notebook_shift", 0.0))  # the book at the writer's end of the table
        for nib in ((x0 + 100.0, 792.0), (x0 + 140.0, 806.0)):
            st = {cid: FigureState(pose, -100.0, pose, nib=nib), ("her" if cid == "him" else "him"): still(other)}
            assert math.dist(figs.hand_pos(cid, st, 2.0), nib) < 4.0, (cid, pose, nib)


def test_unknown_poses_and_characters_degrade_gracefully(figs: Figures) -> None:
    surf = pygame.Surface((320, 180))
    st = {"him": FigureState("levitating", 0.0, "perched"), "her": still("sofa"), "narrator": still("x")}
    figs.draw(surf, View(320 / 1920), st, 1.0)
    assert len(figs.silhouettes(View(320 / 1920), st, 1.0)) == 2


def test_a_faded_blit_leaves_the_cached_image_transparent() -> None:
    img = pygame.Surface((4, 4), pygame.SRCALPHA)
    img.fill((255, 0, 0, 255), (0, 0, 2, 4))  # left half red, right half clear
    for alpha in (0.5, 1.0):  # a cross-fade, then the same cached image at full strength
        target = pygame.Surface((4, 4))
        target.fill((0, 0, 255))
        PartRasters.put(target, img, (0, 0), alpha)
        assert target.get_at((3, 0))[:3] == (0, 0, 255)


def test_a_change_of_drawing_is_a_cut_so_no_limb_is_see_through(figs: Figures, specs: dict[str, FigureSpec]) -> None:
    """Mid pose change (her hand from resting to twirling, his fists to the reach) and mid
    head turn, every body part is one drawing, fully opaque."""
    overlays = {"tears", "curl", "eyes"}
    changes = [("him", "reach_hand", "perched"), ("her", "twirling", "sofa"), ("him", "perched", "leaning")]
    for who, pose, prev in changes:
        other = "her" if who == "him" else "him"
        dur = travel_time(specs[who], prev, pose)
        for k in range(1, 12):
            t = 10.0 + dur * k / 12
            states = {who: FigureState(pose, 10.0, prev),
                      other: FigureState("sofa" if other == "her" else "perched", -1e9, "")}
            drawn = [d for d in figs._scene(states, t)[0] if d.char == who and d.part not in overlays]
            parts = [d.part for d in drawn]
            assert len(parts) == len(set(parts)), f"{who} {prev}->{pose} at {k}/12: a part drawn twice"
            assert all(d.alpha >= 0.99 for d in drawn if d.part != "strand"), \
                f"{who} {prev}->{pose} at {k}/12: a see-through part"


SEATED = {"him": ("armchair", ("perched", "leaning", "writing", "closing", "watching", "reach_hand", "holding",
                               "holding_writing")),
          "her": ("sofa", ("sofa", "nestled", "twirling", "watching", "reach_notebook", "writing", "reading", "holding",
                           "beside", "leaning_in", "kiss", "embrace"))}
ON_SOFA = ("beside", "leaning_in", "kiss", "embrace")  # his: seated beside her on the sofa (no longer kneeling by the table)
CROSSED = ("sofa", "nestled", "twirling")  # her near leg crossed over: that foot is off the floor, tapping


def _contacts(figs: Figures, specs: dict[str, FigureSpec], who: str, pose: str) -> dict[str, tuple[float, float]]:
    other = "her" if who == "him" else "him"
    states = {who: FigureState(pose, -1e9, ""), other: FigureState("sofa" if other == "her" else "perched", -1e9, "")}
    placed = figs._scene(states, 0.0)[1][who]
    spec = specs[who]
    out = {"hip": (placed["near_thigh"].x, placed["near_thigh"].y)}
    for side in ("near", "far"):
        out[f"{side}_knee"] = local_point(spec, placed[f"{side}_thigh"], (42, 190))
        out[f"{side}_heel"] = local_point(spec, placed[f"{side}_foot"], (20, 47))
        out[f"{side}_toe"] = local_point(spec, placed[f"{side}_foot"], (122, 44))
    return out


def test_seated_poses_sit_on_the_seat_with_feet_on_the_floor(figs: Figures, specs: dict[str, FigureSpec],
                                                               room: Room) -> None:
    """The seats, table top and floor are map data (the props' seat_* / top properties, a
    prop's floor line its box bottom): hips rest on the cushion (the seat of the trousers or
    dress 40 px below the hip joint, sunk at most 30 px), between its front and back, a
    perched hip on the front half of the seat; feet within 12 px of the floor line."""
    for who, (seat_name, poses) in [*SEATED.items(), ("him", ("sofa", ON_SOFA))]:
        seat = room.anchor(seat_name)
        top, front, back = (float(seat.props[k]) for k in ("seat_top", "seat_front", "seat_back"))
        floor = seat.rect.bottom
        for pose in poses:
            c = _contacts(figs, specs, who, pose)
            hx, hy = c["hip"]
            assert top - 4 <= hy + 40 <= top + 30, f"{who} {pose}: seat of the body at {hy + 40:.0f}, cushion at {top:.0f}"
            assert min(front, back) <= hx <= max(front, back), f"{who} {pose}: hip at x={hx:.0f}, off the seat"
            if pose == "perched":  # on the front half of the seat: in it, not on its edge like a plank behind the arm
                assert abs(hx - front) <= abs(back - front) / 2, f"{who} perched: hip {abs(hx - front):.0f} px from the front edge"
            for side in ("near", "far"):
                if who == "her" and side == "near" and pose in CROSSED:
                    continue
                low = max(c[f"{side}_heel"][1], c[f"{side}_toe"][1])
                assert abs(low - floor) <= 12, f"{who} {pose}: {side} foot's sole at {low:.0f}, floor at {floor:.0f}"


def test_beside_her_on_the_sofa_no_leg_is_under_the_table_and_her_knees_stay_in_the_seat(
        figs: Figures, specs: dict[str, FigureSpec], room: Room) -> None:
    """In the embrace (and the lean-in and kiss) he sits beside her on the sofa: no part of
    either body is below the coffee table's top inside its length (legs under or through
    the table), no part of them is in the front layer (drawn over the table), and her knees
    stay inside the seat (not through the sofa's right arm). Seated anywhere, no knee is
    below the table top inside its length."""
    table = room.anchor("coffee_table")
    top = float(table.props["top"])
    seat_back = float(room.anchor("sofa").props["seat_back"])
    for pose in ON_SOFA:
        st = both(pose, pose)
        drawn, placed = figs._scene(st, 1.0)
        for who in ("him", "her"):
            for name, q in placed[who].items():
                for pt in ((q.x, q.y), *(local_point(specs[who], q, c) for c in ((0.0, 0.0), specs[who].parts[name].size))):
                    assert not (table.rect.x < pt[0] < table.rect.right and pt[1] > top), \
                        f"{who} {pose}: {name} at ({pt[0]:.0f}, {pt[1]:.0f}) is under the coffee table"
        assert not [d.part for d in drawn if d.front], f"{pose}: parts lifted over the table"
    for pose in (*ON_SOFA, "sofa", "twirling", "watching", "reading", "reach_notebook", "holding"):  # writing slides forward to the nib
        c = _contacts(figs, specs, "her", pose)
        for side in ("near", "far"):
            assert c[f"{side}_knee"][0] + 30 <= seat_back, f"her {pose}: {side} knee at x={c[f'{side}_knee'][0]:.0f}, past the seat"
    for who, (_seat, poses) in SEATED.items():
        for pose in poses:
            c = _contacts(figs, specs, who, pose)
            for side in ("near", "far"):
                kx, ky = c[f"{side}_knee"]
                assert not (table.rect.x < kx < table.rect.right and ky > top), \
                    f"{who} {pose}: the {side} knee ({kx:.0f}, {ky:.0f}) is inside the table"


def test_crossing_the_room_he_walks_in_front_of_the_table(figs: Figures, specs: dict[str, FigureSpec]) -> None:
    """Mid-walk every part of him is in the front layer (drawn over the coffee table);
    seated at his chair his thighs are behind the armchair's arm (only his shins and feet,
    in front of the chair, are drawn over it)."""
    dur = travel_time(specs["him"], "holding", "leaning_in")
    st = {"him": FigureState("leaning_in", 10.0, "holding"), "her": FigureState("holding", -1e9, "")}
    mid = [d for d in figs._scene(st, 10.0 + dur * 0.5)[0] if d.char == "him"]
    assert mid and all(d.front for d in mid)
    seated = [d for d in figs._scene(both("watching", "sofa"), 1.0)[0] if d.char == "him"]
    assert not any(d.front for d in seated if d.part.endswith("thigh"))


ARM_TOP = (138.0, 150.0)  # assets/art/props/armchair.svg: the near arm's top, from its scroll to the back (box y + this)


def test_in_the_armchair_he_sits_in_the_seat_behind_its_arm(figs: Figures, specs: dict[str, FigureSpec], room: Room) -> None:
    """ "In the antique armchair across from her sat a man": seen from the side, he is IN the
    chair. His hip is well inside the seat (at least a third of its depth behind the front
    edge, his back near the chair's back) and the seat of his trousers below the near arm's
    top, so the arm hides his hip as a real armchair's arm would; his thighs run along the
    seat (within 20 degrees of level) over its front edge; his knees are in front of it and
    clear of the coffee table's top, and his shins and feet, in front of the chair, are drawn
    over it (the front layer) while his torso and thighs stay behind its arm. Perched at the
    front edge (hip 46 px in, thighs 22 degrees down) his legs ran behind the table and the
    arm: a plank leaning forward behind the scroll."""
    chair, table = room.anchor("armchair"), room.anchor("coffee_table")
    front, back = float(chair.props["seat_front"]), float(chair.props["seat_back"])
    assert chair.props.get("layer") == "front"
    for pose in SEATED["him"][1]:
        c = _contacts(figs, specs, "him", pose)
        drawn, placed = figs._scene(both(pose, "sofa"), 1.0)
        hx, hy = c["hip"]
        depth = (hx - front) / (back - front)
        assert 1 / 3 <= depth <= 1, f"him {pose}: hip {hx - front:.0f} px behind the seat's front edge ({depth:.2f} of its depth)"
        arm_top = chair.rect.y + ARM_TOP[0] + (ARM_TOP[1] - ARM_TOP[0]) * (hx - chair.rect.x) / chair.rect.w
        assert hy + 40 > arm_top, f"him {pose}: the seat of his trousers at y={hy + 40:.0f}, over the arm (top {arm_top:.0f})"
        for side in ("near", "far"):
            thigh = placed["him"][f"{side}_thigh"]
            kx, ky = c[f"{side}_knee"]
            slope = math.degrees(math.atan2(ky - thigh.y, abs(kx - thigh.x)))
            assert abs(slope) <= 20, f"him {pose}: {side} thigh {slope:.0f} degrees from the seat's line"
            assert kx < front, f"him {pose}: {side} knee at x={kx:.0f}, not in front of the seat (front edge {front:.0f})"
            assert kx > table.rect.right - 40, f"him {pose}: {side} knee at x={kx:.0f}, over the table: his shin hidden behind it"
        layer = {d.part: d.front for d in drawn if d.char == "him"}
        for part in ("torso", "near_thigh", "far_thigh"):
            assert not layer[part], f"him {pose}: {part} drawn over the armchair's arm"
        for part in ("near_shin", "near_foot", "far_shin", "far_foot"):
            assert layer[part], f"him {pose}: {part} hidden behind the chair and the table"


def test_on_the_sofa_they_sit_side_by_side_turned_to_each_other(figs: Figures, specs: dict[str, FigureSpec],
                                                               room: Room) -> None:
    """Leaning in, the kiss, the embrace: two people seated on one cushion, knees toward each
    other's knees, not one on the other's lap nor one knee pasted over the other. Both hips on
    the seat far enough apart for two bodies; the knees meet between them (neither thigh reaches past the other's knees into his
    or her lap); in the kiss and the embrace the heads touch, his near hand is on her back
    (behind her, between her shoulders and her hips) and hers is on him (his cheek, then his shoulder)."""
    seat = room.anchor("sofa")
    front, back = float(seat.props["seat_front"]), float(seat.props["seat_back"])
    # she only moves along the cushion to make room for him: seated, she never gets up and walks
    assert travel_time(specs["her"], "holding", "leaning_in") == specs["her"].transition
    for pose in ON_SOFA:
        him, her = _contacts(figs, specs, "him", pose), _contacts(figs, specs, "her", pose)
        assert front <= her["hip"][0] < him["hip"][0] <= back, pose
        assert him["hip"][0] - her["hip"][0] >= 300, f"{pose}: hips {him['hip'][0] - her['hip'][0]:.0f} px apart"
        for side in ("near", "far"):
            hk, sk = him[f"{side}_knee"][0], her[f"{side}_knee"][0]
            # side by side, knee against knee: 60-90 px apart (a knee's width). At 30 px his knee was
            # pasted over hers and both shins dropped from one point (review5 #22)
            assert 60 <= abs(hk - sk) <= 90, f"{pose}: {side} knees {hk:.0f} / {sk:.0f}: not side by side"
            assert sk < him["hip"][0] - 120 and hk > her["hip"][0] + 120, f"{pose}: a thigh over the other's lap"
    for pose, her_hand_on in (("kiss", "head"), ("embrace", "near_upper")):
        placed = figs._scene(both(pose, pose), 1.0)[1]
        assert math.dist(figs.head_pos("him", both(pose, pose), 1.0), figs.head_pos("her", both(pose, pose), 1.0)) < 90, pose
        palm = local_point(specs["him"], placed["him"]["near_hand"], (30, 58))
        spine = [(placed["her"]["torso"].x, placed["her"]["torso"].y), (placed["her"]["head"].x, placed["her"]["head"].y)]
        assert palm[0] < max(x for x, _ in spine) and spine[1][1] - 30 < palm[1] < spine[0][1], f"{pose}: his hand {palm} not on her back"
        hers = local_point(specs["her"], placed["her"]["near_hand"], (23, 48))
        target = placed["him"][her_hand_on]
        assert math.dist(hers, (target.x, target.y)) < 200 and hers[0] > spine[0][0] + 150, f"{pose}: her hand {hers} not on him"


@pytest.mark.parametrize("drawing", ["hand_fist.svg", "hand_clench.svg"])
def test_his_fist_shows_its_curled_fingers(drawing: str) -> None:
    """His fists in the wide shots: the curled fingers stack at the front of the fist, each its
    own knuckle, so the fist's front edge dips in between them at least twice below the thumb.
    A smooth rounded blob with three lines drawn on it (no dip deeper than a quarter px) read as
    a bandaged mitten."""
    surf = pygame.image.load_sized_svg(str(ART / "him" / drawing), (240, 400))  # 4x
    w, h = surf.get_size()
    front = []
    for y in range(0, h, 4):
        xs = [x for x in range(w) if surf.get_at((x, y)).a > 128]
        if xs:
            front.append(max(xs))
    notches = 0
    for i in range(1, len(front) - 1):
        if front[i] < front[i - 1] and front[i] <= front[i + 1]:
            j = i + 1
            while j < len(front) - 1 and front[j + 1] >= front[j]:
                j += 1
            if front[j] - front[i] >= 2 and max(front[:i]) - front[i] >= 2:
                notches += 1
    assert notches >= 2, f"{drawing}: the front of the fist dips {notches} times (between its knuckles)"
