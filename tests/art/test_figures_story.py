"""The two of them at the story's own moments (the script played to the line, as the game
plays it, figures posed by the director): his gaze on the fire at "His gaze was fixed on the
fire" is a head turned toward the hearth, not a profile bowed toward her; her hips are on the
sofa's cushion while she writes at "As the minutes turned into hours", not at its arm; and no
candle flame burns beside a hand or a sleeve where their hands rest over the coffee table."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.art.rig import local_point
from game.view import View

# points of each head drawing, in its SVG frame (assets/art/figures/him/head*.svg: both drawn
# in a group scaled 0.92 about the neck pivot (52, 152)): the nose tip, and the middle of the skull
NOSE = {"profile": (52 + (126 - 52) * 0.92, 152 + (86 - 152) * 0.92),
        "turned": (52 + (26 - 52) * 0.92, 164 + (88 - 152) * 0.92)}  # its group sits 12 px lower
SKULL = (60.0, 75.0)
GAZE_LINES = ("His gaze was fixed on the fire", "its flames twisting and turning")
HANDS_LINES = ("She watched as the words formed", "Her fingers trembled as she reached",
               "He nodded, his eyes never leaving", "As the minutes turned into hours",
               "that the unspoken words had to find", "He wrote his final words in the notebook",
               "his penmanship shaky, the ink blotting")
# her writing lines in the wides: her forearm crossed candle_04's stick on the table's near end,
# and once the candles had burnt down its flame sat 19-42 px from her sleeve (lines 49, 50, 57-59, 69)
HER_WRITING = ("And with trembling hands, she wrote", "Her pen quivered as she put", "pouring out their thoughts",
               "in the silent sanctuary", "She revealed her loneliness", "and the emptiness that had settled",
               "She wrote about the ache", "the way his absence had left", "that no one else could fill",
               "She took the pen and wrote her response", "want to lose you either")
ARM_PARTS = ("near_fore", "near_hand", "far_fore", "far_hand")
FLAME_CLEAR = 45.0  # room px: no flame's centre nearer than this to a hand's or forearm's middle line
FLAME_H = 28.0  # room px (game/fx/candles.py): the flame's centre is 0.45 of it above the wick


@pytest.fixture(scope="module")
def story() -> Iterator[tuple[Any, Any]]:
    from game.assets import Assets
    from game.capture import capture_context
    from game.settings import Settings

    ctx = capture_context(Assets(), Settings())
    yield ctx, ctx.scenes.story()
    pygame.quit()


def _line(ctx: Any, what: str) -> int:
    return next(n for n, line in enumerate(ctx.script.lines, 1) if what in line.text)


def _moment(story: tuple[Any, Any], what: str, at: float) -> tuple[Any, Any, Any]:
    """(what is drawn, every part placed, the room frame) at `at` s into the line."""
    ctx, scene = story
    scene.seek(_line(ctx, what), at)
    layers = ctx.renderer.layers
    frame = layers.frame((1920, 1080), View(1.0, 0.0, 0.0), scene.director.stage.at(scene.t), scene.t, scene.pen_uv)
    drawn, final = layers.figures._scene(frame.figures, scene.t)
    return drawn, final, frame


@pytest.mark.parametrize("what", GAZE_LINES)
def test_his_face_turns_to_the_fire_while_his_gaze_is_fixed_on_it(story: tuple[Any, Any], what: str) -> None:
    ctx, _ = story
    drawn, final, _frame = _moment(story, what, 3.0)
    spec = ctx.renderer.layers.figures.specs["him"]
    head = next(d for d in drawn if d.char == "him" and d.part == "head")
    assert not head.mirror, "a profile mirrored on a body facing her is an owl's neck"
    placed = final["him"]["head"]
    nose = local_point(spec, placed, NOSE[head.variant or "profile"])
    skull = local_point(spec, placed, SKULL)
    hearth = ctx.renderer.layers.props.room.anchor("fireplace").rect  # the fire burns in its lower half
    face = math.atan2(nose[1] - skull[1], nose[0] - skull[0])
    to_fire = math.atan2(hearth.cy + hearth.h * 0.25 - skull[1], hearth.cx - skull[0])
    off = abs(math.degrees((face - to_fire + math.pi) % (2 * math.pi) - math.pi))
    assert off < 40, f"his face looks {off:.0f} degrees away from the fire ({head.variant or 'profile'} head)"
    torso = final["him"]["torso"]
    assert torso.flip, "his body still faces her: the head turns, not the whole man"


EYES_TURNED = Path(__file__).resolve().parents[2] / "assets" / "art" / "figures" / "him" / "eyes_turned.svg"


@pytest.mark.parametrize("what", ("perched on the edge of an antique armchair", *GAZE_LINES))
def test_his_eyes_look_down_at_the_fire_not_out_at_us(story: tuple[Any, Any], what: str) -> None:
    """ "His gaze was fixed on the fire" (lines 6, 8, 9): his head turns away from us to the
    hearth, three-quarter from behind (FIG; the three-quarter front view showed his face and both
    eyes to us, review at 6/8/11). No iris faces the camera: the turned eyes are the near eye's
    lashes past the cheek's edge, and they lie on the fire's side of his skull."""
    ctx, _ = story
    drawn, _final, frame = _moment(story, what, 3.0)
    assert frame.figures["him"].look == "fireplace"
    spec = ctx.renderer.layers.figures.specs["him"]
    eyes = next(d for d in drawn if d.char == "him" and d.part == "eyes")
    assert eyes.variant in ("turned", "turned_closed")
    text = EYES_TURNED.read_text(encoding="utf-8")
    assert not re.findall(r'<circle[^>]*fill="#2b1b12"', text), "an iris looks out of the picture"
    lash = re.search(r'<path d="M ([\d.]+) ([\d.]+) C', text)
    assert lash, "eyes_turned.svg: the lashes' stroke"

    def room(p: tuple[float, float]) -> tuple[float, float]:  # the drawing's group: scale 0.92 about (52, 152), moved to (52, 164)
        return local_point(spec, eyes.placed, (52 + (p[0] - 52) * 0.92, 164 + (p[1] - 152) * 0.92))

    hearth = ctx.renderer.layers.props.room.anchor("fireplace").rect
    tip, skull = room((float(lash.group(1)), float(lash.group(2)))), room(SKULL)
    assert (tip[0] - skull[0]) * (hearth.cx - skull[0]) > 0, "his lashes are on the side of his head away from the fire"


def test_her_hips_sit_on_the_cushion_while_she_writes(story: tuple[Any, Any]) -> None:
    ctx, _ = story
    _drawn, final, frame = _moment(story, "As the minutes turned into hours", 6.0)
    assert frame.figures["her"].pose == "writing"
    sofa = ctx.renderer.layers.props.room.anchor("sofa")
    front, back = float(sofa.props["seat_front"]), float(sofa.props["seat_back"])
    hip = final["her"]["near_thigh"].x
    assert front <= hip <= back - 150, f"her hip at x={hip:.0f}: {back - hip:.0f} px from the sofa's arm (cushion {front:.0f}..{back:.0f})"


@pytest.mark.parametrize(("who", "what"), [*(("him", w) for w in HANDS_LINES), ("her", "Her fingers trembled as she reached"),
                                           *(("her", w) for w in HER_WRITING)])
def test_no_candle_flame_beside_their_hands_or_sleeves(story: tuple[Any, Any], who: str, what: str) -> None:
    """His hands and forearms at the table lines; her reaching arm over the table candle
    (it grazed candle_04's flame, 6 px) and her writing arm (candle_04 stood in its path)."""
    ctx, _ = story
    figures, candles = ctx.renderer.layers.figures, ctx.renderer.layers.fx.candles
    spec = figures.specs[who]
    for at in (1.0, 4.0):
        _drawn, final, frame = _moment(story, what, at)
        burn = frame.fx.candles
        flames = [(c.name, c.wick_top(burn)[0], c.wick_top(burn)[1] - FLAME_H * 0.45) for c in candles.specs]
        for part in ARM_PARTS:
            p = spec.parts[part]
            for k in range(7):  # down the middle of the part, from its joint to its end
                x, y = local_point(spec, final[who][part], (p.pivot[0], p.pivot[1] + (p.size[1] * 0.92 - p.pivot[1]) * k / 6))
                for name, fx, fy in flames:
                    d = math.hypot(x - fx, y - fy)
                    assert d >= FLAME_CLEAR, f"{what!r} at {at} s: {name}'s flame {d:.0f} px from {who}: {part}"


# her far hand rests in her lap: at most this far from hip (0) to knee (1); bent over the page, on her knee
LAP_POSES = {"reading": 1.0, "leaning_in": 1.0, "kiss": 1.0, "embrace": 1.0, "writing": 1.2, "holding": 1.15}


@pytest.mark.parametrize("pose", LAP_POSES)
def test_her_far_hand_rests_in_her_lap_not_past_her_knee(story: tuple[Any, Any], pose: str) -> None:
    """Her far arm is behind her body: a far hand held out past the near knee showed as a hand
    with no forearm. In her lap (between hip and knee, at the thigh's height) its arm is
    hidden by her body and the near thigh, as it would be."""
    from game.art.figures import FigureState
    from game.art.rig import blend, solve

    ctx, _ = story
    figures = ctx.renderer.layers.figures
    spec = figures.specs["her"]
    placed = solve(spec, blend(spec, FigureState(pose, -1e9, pose), 0.0), figures._hip("her"))
    hip = placed["near_thigh"]
    knee = local_point(spec, hip, (42, 190))
    hand = local_point(spec, placed["far_hand"], (22, 40))  # the middle of the hand
    along = (hand[0] - hip.x) * spec.facing / ((knee[0] - hip.x) * spec.facing)
    assert 0.3 <= along <= LAP_POSES[pose], f"{pose}: her far hand {along:.2f} of the way from hip to knee"
    assert abs(hand[1] - hip.y) <= 30, f"{pose}: her far hand {hand[1] - hip.y:.0f} px below her hip, not on her lap"


def test_he_turns_his_head_to_her_before_he_leans(story: tuple[Any, Any]) -> None:
    """At "He leaned forward ... his eyes met hers" he leaves the fire: the three-quarter head
    (and shoulders) turn to her first, then the body leans. Swapped at the middle of the move,
    the head looking back at the fire rode the leaning body, tipped up at the ceiling."""
    drawn, _final, frame = _moment(story, "He leaned forward, resting his elbows", 0.3)
    assert frame.figures["him"].pose == "leaning"
    head = next(d for d in drawn if d.char == "him" and d.part == "head")
    torso = next(d for d in drawn if d.char == "him" and d.part == "torso")
    assert (head.variant, torso.variant) == ("profile", "profile"), (head.variant, torso.variant)


@pytest.mark.parametrize("what", ["He wrote his final words in the notebook", "his penmanship shaky, the ink blotting"])
def test_he_lets_go_to_write_his_final_words(story: tuple[Any, Any], what: str) -> None:
    """He writes his final words with her hand let go: held across the table, their straight arms
    met in mid-air at shoulder height (the table is wider than their two reaches), two puppets
    holding out their arms. So he writes, and she watches with her hands low, by her knees."""
    ctx, _ = story
    figures = ctx.renderer.layers.figures
    _drawn, final, frame = _moment(story, what, 3.0)
    assert (frame.figures["him"].pose, frame.figures["her"].pose) == ("writing", "watching")
    for who in ("him", "her"):
        spec = figures.specs[who]
        hand, upper = spec.parts["near_hand"], spec.parts["near_upper"]
        hand_y = local_point(spec, final[who]["near_hand"], (hand.size[0] / 2, hand.size[1] / 2))[1]
        shoulder_y = local_point(spec, final[who]["near_upper"], (upper.size[0] / 2, 0))[1]
        assert hand_y > shoulder_y + 100, f"{who}'s near hand {shoulder_y - hand_y:.0f} px above the shoulder"


@pytest.mark.parametrize(("what", "pose"), [("Their bodies spoke the language", "embrace"), ("casting a warm, golden glow", "kiss")])
@pytest.mark.parametrize("at", [1.0, 3.0, 7.0])
def test_his_arm_goes_round_her_back_behind_her_not_across_her_throat(story: tuple[Any, Any], what: str, pose: str, at: float) -> None:
    """ "Their bodies spoke the language of love": his near arm round her back. Drawn over her
    at her neck's height (z 112-113, forearm 0-30 px below her neck's base) his sleeve crossed
    her throat under her chin, a headlock. In the kiss (the golden glow) his sleeve over her
    hid her waist and his hand lay on her hip like on a knee: her legs read broken. Now the
    arm and the hand go round her below her shoulders, over her body and under her near arm, his
    fingers past her back (review8 #16: drawn behind her, the arm hardly wrapped her)."""
    ctx, _ = story
    figures = ctx.renderer.layers.figures
    drawn, final, frame = _moment(story, what, at)
    assert (frame.figures["him"].pose, frame.figures["her"].pose) == (pose, pose)
    # the hand curves round her back (the cupped `hold` drawing, its fingertips showing): the
    # flat open palm, splayed to the camera past her back, read as a third hand (review5 #22)
    hand = next(d for d in drawn if d.char == "him" and d.part == "near_hand")
    # the `cup` drawing: fingers curved round her, no thumb (the `hold` drawing's raised thumb
    # read past her waist as a detached paw giving a thumbs-up, review6 #17)
    assert hand.variant == "cup", f"his hand on her back is the {hand.variant!r} drawing"
    her, him = final["her"], final["him"]
    # the arm and the hand go round her on the near side, drawn over her body and under her near
    # arm, all of a piece (the arm behind her, the hand over her waist, read broken, review3 #28;
    # all behind her, only a small hand showed at her back: no embrace, review8 #16)
    for part in ("near_upper", "near_fore", "near_hand"):
        assert her["torso"].z < him[part].z < her["near_upper"].z, f"his {part} not between her body and her near arm"
    hs, ss = figures.specs["him"], figures.specs["her"]
    tip = local_point(hs, him["near_hand"], (30, 80))
    t = her["torso"]
    dx, dy = tip[0] - t.x, tip[1] - t.y
    c, s_ = math.cos(math.radians(-t.angle)), math.sin(math.radians(-t.angle))
    back_x = dx * c - dy * s_ + ss.parts["torso"].pivot[0]  # in her torso's drawing: its back edge is at x ~32
    assert back_x <= 32, f"his fingers {back_x - 32:.0f} px inside her back's contour: the hand would not show"
    spec = figures.specs["him"]
    p = spec.parts["near_fore"]
    shoulder = her["near_upper"].y  # her shoulder joint (her neck's base moved down 16 px into the chest: the
    for k in range(7):  # line was 35 below the neck's old base, i.e. 17 below the shoulder)
        _x, y = local_point(spec, him["near_fore"], (p.pivot[0], p.pivot[1] + (p.size[1] * 0.92 - p.pivot[1]) * k / 6))
        assert y >= shoulder + 17, f"his forearm {y - shoulder:.0f} px below her shoulder: across her throat"


@pytest.mark.parametrize(("what", "pose"), [("Her fingers trembled as she reached", "reach_notebook"),
                                            ("She wrote about the ache of missing him", "writing"),
                                            ("As the minutes turned into hours", "writing")])
def test_she_sits_on_the_cushion_when_she_leans_to_the_table(story: tuple[Any, Any], what: str, pose: str) -> None:
    """Leaning to the table she stays seated: hips on the cushion, thighs along the seat, shins
    straight down to the floor. Thighs sloping 16 degrees down with the shins tucked back 40
    degrees read as a crouch over the sofa's arm."""
    ctx, _ = story
    _drawn, final, frame = _moment(story, what, 3.0)
    assert frame.figures["her"].pose == pose
    her = final["her"]
    sofa = ctx.renderer.layers.props.room.anchor("sofa")
    front, back = float(sofa.props["seat_front"]), float(sofa.props["seat_back"])
    assert front <= her["near_thigh"].x <= back - 150, f"her hip at x={her['near_thigh'].x:.0f}, off the cushion"
    assert abs(her["near_thigh"].y - float(sofa.props["seat_top"])) <= 40, "her hip is not on the seat"
    for leg in ("near", "far"):
        thigh, shin = her[f"{leg}_thigh"].angle, her[f"{leg}_shin"].angle
        assert 80 <= -thigh <= 100, f"her {leg} thigh slopes {-thigh - 90:.0f} degrees from the seat"
        assert abs(shin) <= 10, f"her {leg} shin is {shin:.0f} degrees off plumb: feet not on the floor under the knee"


@pytest.mark.parametrize("at", [1.0, 3.0, 5.0])
def test_she_watches_him_write_seated_not_diving_over_the_table(story: tuple[Any, Any], at: float) -> None:
    """ "his penmanship shaky": she watches him write from the sofa. Holding his hand across the
    table her torso once leant 60 degrees (a dive over it); now her hand is let go, and she sits
    within 35 degrees of upright with her hips on the cushion and her near hand low, not out."""
    ctx, _ = story
    figures = ctx.renderer.layers.figures
    _drawn, final, frame = _moment(story, "his penmanship shaky, the ink blotting", at)
    assert frame.figures["her"].pose == "watching"
    her, spec = final["her"], figures.specs["her"]
    assert abs(her["torso"].angle) <= 35.0, f"her torso {her['torso'].angle:.0f} degrees from upright"
    shoulder = (her["near_upper"].x, her["near_upper"].y)
    hand = local_point(spec, her["near_hand"], (23, 54))
    assert hand[1] - shoulder[1] >= 150, f"her hand {shoulder[1] - hand[1]:.0f} px below her shoulder: held out"
    sofa = ctx.renderer.layers.props.room.anchor("sofa")
    assert abs(her["near_thigh"].y - float(sofa.props["seat_top"])) <= 40, "her hip is off the seat"


@pytest.mark.parametrize("at", [0.5, 2.0, 4.0])
def test_as_they_lean_in_their_faces_are_tender_not_grinning(story: tuple[Any, Any], at: float) -> None:
    """ "The room seemed to hold its breath as they leaned in", one line after her tears: both
    faces tender, the mouths soft and closed, her eyes still wet. The `tender` face showed the
    `smile` mouth on both, which read as two grins at the wide's scale (review5 #21)."""
    drawn, _final, frame = _moment(story, "hold its breath as they leaned in", at)
    assert (frame.figures["him"].face, frame.figures["her"].face) == ("tender", "tender")
    mouths = {d.char: d.variant for d in drawn if d.part == "mouth"}
    assert "smile" not in mouths.values(), f"grinning: {mouths}"
    wet = [d.alpha for d in drawn if d.char == "her" and d.part == "tears"]
    assert wet and max(wet) >= 0.3, f"her eyes dry (tears {wet})"
