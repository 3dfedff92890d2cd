"""The hand close shots: real hands in parts, and motions that tell the story's beats.

Lines 63 and 64 share one shot (her hand placed in his, then their fingers intertwined), so
the shot must change between them: his folded fingers appear only after her hand has come
down. Fingers pass behind and in front of each other because they are separate parts in
z-order (his palm, her fingers, the back of her hand, his folded fingers). A limb is never
half transparent (only the whitened-knuckle highlights fade); the tremor, the tapping foot
and the twirl move far enough to see at 1080p."""

from __future__ import annotations

import itertools
from pathlib import Path

import pygame
import pytest

from game.art.insert_light import InsertLight
from game.art.insert_motion import Transform
from game.art.inserts import PREFIX, Inserts, load_spec

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
WARM_LEFT = InsertLight(-1, (255, 179, 92), 1.0, (58, 90, 140), 0.5, (40, 30, 30))
HANDS = ("clenched_hands", "crossed_legs", "hair_twirl", "hand_reach", "hands_intertwined", "hands_tighten", "kiss")



def names(insert: str) -> list[str]:
    return [p.svg.name for p in load_spec(INSERTS, insert).parts]


def _finger_parts(order: list[str], who: str) -> list[int]:
    """The indices of `who`'s finger drawings (his risen fingers, her fingers, at any stage)."""
    # (his_bases: each of his fingers' first phalanx, under hers, out of his palm: review13 B1)
    pre = {"his": ("his_lace", "his_squeeze", "his_tip"), "his_bases": ("his_base",)}.get(who, ("her_lace", "her_squeeze", "her_grip"))
    return [i for i, n in enumerate(order) if n.startswith(pre)]


def test_fingers_are_separate_parts_passing_behind_and_in_front() -> None:
    """(review10 #1: her fingers run out from under her knuckles over his palm, his rise between
    hers over the back of her hand) his palm, her fingers, the back of her hand, his fingers."""
    for insert in ("hands_intertwined", "hands_tighten"):
        order = names(insert)
        his, her = _finger_parts(order, "his"), _finger_parts(order, "her")
        assert order.index("his.svg") < min(her) and max(her) < order.index("her.svg") < min(his), insert
        bases = _finger_parts(order, "his_bases")  # (review13 B1: his fingers dive between hers)
        assert bases and order.index("his.svg") < min(bases) and max(bases) < min(her), insert
    svg = (INSERTS / "hand_reach" / "his.svg").read_text(encoding="utf-8")
    assert svg.count("<path") > 40 and "radialGradient" in svg, "the reaching hand is drawn with volume and detail"


def test_placing_and_intertwining_are_different_frames(inserts: Inserts, tmp_path: Path) -> None:
    """Line 63 opens on her hand coming down into his open palm (the lacing follows within its
    first 3 s); by line 64 his fingers have folded over hers (drawn, not faded in)."""
    order = names("hands_intertwined")
    tips = _finger_parts(order, "his")
    placing, folded = inserts.transforms("hands_intertwined", 0.5), inserts.transforms("hands_intertwined", 6.0)
    assert all(placing[i].alpha == 0.0 for i in tips) and any(folded[i].alpha == 1.0 for i in tips)
    her = order.index("her.svg")
    assert abs(placing[her].dx) + abs(placing[her].dy) > 10, "her hand is still coming down at 0.5 s"
    size = (480, 270)
    a, b = pygame.Surface(size), pygame.Surface(size)
    inserts.draw(a, PREFIX + "hands_intertwined", 0.5, WARM_LEFT)
    inserts.draw(b, PREFIX + "hands_intertwined", 6.0, WARM_LEFT)
    diff = sum(1 for x in range(0, size[0], 4) for y in range(0, size[1], 4) if a.get_at((x, y)) != b.get_at((x, y)))
    assert diff > 200, f"the placing and intertwined frames barely differ ({diff} samples)"


def test_no_limb_turns_see_through(inserts: Inserts) -> None:
    for insert in HANDS:
        parts = load_spec(INSERTS, insert).parts
        for k in range(80):
            for part, tf in zip(parts, inserts.transforms(insert, k * 0.1 + 0.05), strict=True):
                if part.svg.name.startswith(("white", "glow", "light", "crease")) or part.svg.name.endswith("_open.svg"):
                    continue  # a highlight, a glow or layer of light or shade, or open eyes closing over shut lids may fade; a limb may not
                assert tf.alpha in (0.0, 1.0), f"{insert}/{part.svg.name} is {tf.alpha:.2f} opaque at {k * 0.1 + 0.05:.2f} s"


def test_the_beats_move_enough_to_see(inserts: Inserts) -> None:
    def travel(insert: str, part: str) -> tuple[float, float]:
        i = names(insert).index(part)
        frames = [inserts.transforms(insert, k / 50)[i] for k in range(200)]
        move = max(abs(f.dx - g.dx) + abs(f.dy - g.dy) for f in frames for g in frames)
        turn = max(abs(f.rot - g.rot) for f in frames for g in frames)
        return move, turn

    assert travel("clenched_hands", "fist_left.svg")[0] >= 4.0, "the tremor is too small to see"
    assert travel("crossed_legs", "foot_low.svg")[1] >= 10.0, "the foot does not tap"
    assert travel("hair_twirl", "hand.svg")[1] >= 5.0, "the hand does not twirl"
    assert travel("hands_tighten", "his_tip1.svg")[0] >= 4.0, "the grip does not tighten"
    assert travel("kiss", "her.svg")[0] >= 12.0, "they do not lean in"  # the last of the lean only (FACES, 0dd08b0)


def test_whitened_knuckles_swell_while_he_grips(inserts: Inserts) -> None:
    """The blanching's later stages are cut in while he grips and out as he eases."""
    for stage in ("white_left2.svg", "white_left3.svg", "white_right2.svg", "white_right3.svg"):
        i = names("clenched_hands").index(stage)
        alphas = [inserts.transforms("clenched_hands", k / 10)[i].alpha for k in range(40)]
        assert min(alphas) == 0.0 and max(alphas) == 1.0, stage


def _owners(inserts: Inserts, insert: str, u: float, size: tuple[int, int]) -> tuple[list[str], list[pygame.Surface]]:
    """Each part of an insert drawn alone at `u` (its own raster, moved by its own motion)."""
    from game.art.inserts import _blit_part

    spec = load_spec(INSERTS, insert)
    k = size[0] / 1920
    masks = []
    for part, tf in zip(spec.parts, inserts.transforms(insert, u), strict=True):
        s = pygame.Surface(size, pygame.SRCALPHA)
        if tf.alpha > 0.003:
            _blit_part(s, inserts._raster(part.svg, size), part.pivot, tf, k, {})
        masks.append(s)
    return [p.svg.name for p in spec.parts], masks


@pytest.mark.parametrize(("insert", "held"), [("hands_intertwined", 7.0), ("hands_tighten", 3.0)])
def test_fingers_truly_interlace(inserts: Inserts, insert: str, held: float) -> None:
    """At the held moment, down a line across the middle of the clasp (where the fingers of each
    pass between the other's), the topmost drawing alternates his, hers, his, hers: not stacked.
    A layered clasp (his fingers over or under hers) fails this. (The shaded web between them and
    his thumb crossing the top are left out.)"""
    size = (960, 540)
    names_, masks = _owners(inserts, insert, held, size)
    his, her = set(_finger_parts(names_, "his")) | set(_finger_parts(names_, "his_bases")), set(_finger_parts(names_, "her"))
    x = round(930 * size[0] / 1920)  # between her knuckles and his palm's edge
    runs: list[str] = []
    for y in range(size[1] * 2 // 9, size[1] * 7 // 9):
        top = "table"
        for j, m in enumerate(masks):
            if m.get_at((x, y)).a > 160:
                top = "his" if j in his else "her" if j in her else names_[j].removesuffix(".svg")
        if top in ("web", "his_thumb"):
            continue
        if len(runs) == 0 or runs[-1] != top:
            runs.append(top)
    core = [r for r in runs if r in ("his", "her")]
    assert core.count("his") >= 3 and core.count("her") >= 3, f"{insert}: the fingers do not alternate: {runs}"
    assert all(a != b for a, b in itertools.pairwise(core)), f"{insert}: {runs}"
    hers = pygame.mask.Mask(size)
    for j in her:
        hers.draw(pygame.mask.from_surface(masks[j], 160), (0, 0))
    mine = pygame.mask.Mask(size)
    for j in _finger_parts(names_, "his"):  # (not his bases: her finger edges lie over them by design, review13 B1)
        mine.draw(pygame.mask.from_surface(masks[j], 160), (0, 0))
    hidden = mine.overlap_area(hers, (0, 0)) / max(1, mine.count())
    assert hidden < 0.1, f"{insert}: her fingers lie over {hidden:.0%} of his (stacked, not side by side)"


def test_the_strand_winds_one_phase_at_a_time(inserts: Inserts) -> None:
    """The twirl's coils are drawn at four phases of a turn; exactly one phase shows at any
    moment (never two sets of coils, never none), and all four come round within a second."""
    order = names("hair_twirl")
    fronts = [order.index(f"strand{k}.svg") for k in range(4)]
    backs = [order.index(f"strand_back{k}.svg") for k in range(4)]
    seen: set[int] = set()
    for step in range(60):
        u = step * 0.067 + 0.01
        tfs = inserts.transforms("hair_twirl", u)
        front = [k for k, i in enumerate(fronts) if tfs[i].alpha > 0.5]
        back = [k for k, i in enumerate(backs) if tfs[i].alpha > 0.5]
        assert len(front) == 1 and front == back, f"at {u:.2f} s the coils shown are {front} over, {back} under"
        if u < 1.0:
            seen.add(front[0])
    assert seen == {0, 1, 2, 3}, f"the strand does not go round within a second: phases {sorted(seen)}"


def test_his_reach_ends_touching_her_fingertips(inserts: Inserts) -> None:
    """Line 62: his hand starts well away from hers and slides in, palm up (review10 #5); at the
    end her fingertips lie in his open hand (they overlap it), but her hand does not run on over
    his palm to his wrist."""
    size = (960, 540)

    def masks(u: float) -> tuple[pygame.mask.Mask, pygame.mask.Mask]:
        names_, surfs = _owners(inserts, "hand_reach", u, size)
        # each hand is drawn at several poses, one shown at a time
        hers, his = pygame.mask.Mask(size), pygame.mask.Mask(size)
        for name, m in zip(names_, surfs, strict=True):
            if name.startswith("hers"):
                hers.draw(pygame.mask.from_surface(m, 160), (0, 0))
            elif name.startswith("his"):
                his.draw(pygame.mask.from_surface(m, 160), (0, 0))
        return hers, his

    hers, his = masks(0.2)
    start = min(r.left for r in his.get_bounding_rects()) - max(r.right for r in hers.get_bounding_rects())
    assert start > 150, f"his hand starts only {start} px from hers"
    hers, his = masks(6.0)
    overlap = his.overlap_area(hers, (0, 0))
    her_right = max(r.right for r in hers.get_bounding_rects())
    his_box = max(his.get_bounding_rects(), key=lambda r: r.w * r.h)
    assert overlap > 1500, f"her fingertips do not reach into his hand ({overlap} px at 960x540)"
    assert her_right < his_box.left + 0.45 * his_box.w, "her hand runs on over his palm to his wrist"


def test_the_fists_rest_on_his_knees(inserts: Inserts) -> None:
    """Line 7: each fist sits on a trouser knee while it trembles: right under its lowest
    pixels is his knee, not the dark between them or the floor."""
    size = (960, 540)
    for u in (0.3, 1.1, 2.7):
        names_, masks = _owners(inserts, "clenched_hands", u, size)
        knees = pygame.mask.from_surface(masks[names_.index("knees.svg")], 160)
        for fist in ("fist_left.svg", "fist_right.svg"):
            m = pygame.mask.from_surface(masks[names_.index(fist)], 200)
            box = m.get_bounding_rects()[0]
            bottom = max(y for x in range(box.left, box.right) for y in range(box.top, box.bottom) if m.get_at((x, y)))
            row = [x for x in range(box.left, box.right) if m.get_at((x, bottom))]
            x = row[len(row) // 2]
            assert knees.get_at((x, min(size[1] - 1, bottom + 3))), f"{fist} floats at {u} s (nothing under it)"


def test_the_tapping_foot_stays_on_her_leg(inserts: Inserts) -> None:
    """Line 14: the planted foot taps by turning at the ankle, so at the top of a tap the
    ankle stays in the shoe while the toe lifts well clear of the floor. (review10 #13: the foot
    turns about the heel tip, which stays on the floor, and the shin tips back about its knee on
    the same beat, so the ankle is measured as carried by both; tests/art/test_legs_anatomy.py.)"""
    import math

    from tools.hands import legs

    spec = load_spec(INSERTS, "crossed_legs")
    order = names("crossed_legs")
    foot, shin = order.index("foot_low.svg"), order.index("shin_low.svg")
    ankle = legs.view(legs.FAR_ANKLE)  # (drawn in design px, shown half as large again: review11 N3)
    toe = legs.view(legs.shoe_point(legs.FAR_ANKLE, legs.FAR_SHOE_ANG, legs.TOE))

    def moved(p: tuple[float, float], pivot: tuple[float, float], rot: float) -> tuple[float, float]:
        a = math.radians(rot)  # counter-clockwise on screen (y down), as the insert turns parts
        vx, vy = p[0] - pivot[0], p[1] - pivot[1]
        return (pivot[0] + vx * math.cos(a) + vy * math.sin(a), pivot[1] - vx * math.sin(a) + vy * math.cos(a))

    k = max(range(40), key=lambda k: inserts.transforms("crossed_legs", k / 40)[foot].rot)
    tf = inserts.transforms("crossed_legs", k / 40)
    by_foot, by_shin = moved(ankle, spec.parts[foot].pivot, tf[foot].rot), moved(ankle, spec.parts[shin].pivot, tf[shin].rot)
    assert math.dist(by_foot, by_shin) < 10.0, "the ankle slides away from the shin as the foot taps"
    assert toe[1] - moved(toe, spec.parts[foot].pivot, tf[foot].rot)[1] > 25.0, "the toe barely lifts"


def test_the_grip_tightens_visibly(inserts: Inserts) -> None:
    """Line 71: as their hands tighten, his fingers curl deeper round hers (another drawing, cut
    to) and press in over her hand, so each middle knuckle moves 5-14 design px against her hand
    (review13 B2: pressed in, not slid: the old 20-40 px slide with the camera's push read as the
    camera), the knuckles stand up pale, and the pressure pulses."""
    from tools.hands.clasp import GRIP_STAGES, knuckles

    spec = load_spec(INSERTS, "hands_tighten")
    order = [p.svg.name for p in spec.parts]

    def where(u: float) -> list[tuple[float, float]]:
        tfs = inserts.transforms("hands_tighten", u)
        out = []
        for i in range(4):
            shown = [(suffix, curl) for suffix, curl in GRIP_STAGES if tfs[order.index(f"his_tip{i}{suffix}.svg")].alpha == 1.0]
            assert len(shown) == 1, f"finger {i} at {u} s shows {len(shown)} drawings"
            tf = tfs[order.index(f"his_tip{i}{shown[0][0]}.svg")]
            k = knuckles(shown[0][1])[i]
            out.append((k[0] + tf.dx, k[1] + tf.dy))
        return out

    held, gripped, pulse = where(0.5), where(3.0), where(3.4)  # (the squeeze at 2-3 s, review11 #3)
    her = order.index("her.svg")

    def her_dx(u: float) -> float:
        return inserts.transforms("hands_tighten", u)[her].dx

    for i in range(4):
        # against HER hand (review13 B2: his fingers slid ~40 px over her hand with his palm and
        # the push-in: it read as the camera, not a grip): they press in 5-14 design px
        moved = (held[i][0] - her_dx(0.5)) - (gripped[i][0] - her_dx(3.0))
        assert 5 <= moved <= 14, f"his knuckle {i} presses in {moved:.1f} design px against her hand as the grip tightens"
        assert abs((pulse[i][0] - her_dx(3.4)) - (gripped[i][0] - her_dx(3.0))) > 2, f"knuckle {i}: no pulse of pressure"
    her = order.index("her.svg")
    his = order.index("his.svg")
    a, b = inserts.transforms("hands_tighten", 0.5), inserts.transforms("hands_tighten", 3.0)
    closer = (b[her].dx - a[her].dx) - (b[his].dx - a[his].dx)
    # (review13 B2: pressed, not slid: the old 14+ px slide with the push-in read as the camera)
    assert 4 <= closer <= 12, f"the hands move {closer:.1f} px into each other"
    size = (960, 540)
    lum = []
    for u, pts in ((0.5, held), (3.0, gripped)):
        surf = pygame.Surface(size)
        inserts.draw(surf, PREFIX + "hands_tighten", u, WARM_LEFT)
        vals = []
        for x, y in pts:
            cx, cy = round(x / 2 - 1), round(y / 2 - 1.5)  # the pale crown of the knuckle
            c = pygame.transform.average_color(surf, pygame.Rect(cx - 3, cy - 3, 7, 7))
            vals.append(0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2])
        lum.append(vals)
    for i in range(4):
        assert lum[1][i] > lum[0][i] + 12, f"knuckle {i} does not whiten: {lum[0][i]:.0f} -> {lum[1][i]:.0f}"


def test_the_two_fists_are_a_left_and_a_right_hand_not_one_mirrored() -> None:
    """Line 7: his two fists are two hands (the left clenched harder, turned in, its thumb up
    along the index finger), not one drawing and its mirror image. Each fist's silhouette, cut
    to its own box and scaled to one size, the right one flipped: mirrored copies overlap
    almost entirely (0.98 of their union, the old art); two drawings do not."""
    pygame.init()

    def shape(svg: str) -> pygame.mask.Mask:
        s = pygame.image.load_sized_svg(str(INSERTS / "clenched_hands" / svg), (960, 540))
        rects = pygame.mask.from_surface(s, 128).get_bounding_rects()
        box = rects[0].unionall(rects[1:])
        return pygame.mask.from_surface(pygame.transform.smoothscale(s.subsurface(box).copy(), (200, 240)), 128)

    left = shape("fist_left.svg")
    right = shape("fist_right.svg")
    right_flipped = pygame.mask.Mask((200, 240))
    for y in range(240):
        for x in range(200):
            if right.get_at((x, y)):
                right_flipped.set_at((199 - x, y))
    inter = left.overlap_area(right_flipped, (0, 0))
    iou = inter / (left.count() + right_flipped.count() - inter)
    assert iou < 0.9, f"the fists are mirror images ({iou:.2f} of their silhouettes shared)"


def test_regenerating_the_hands_reproduces_the_committed_art(tmp_path: Path) -> None:
    """`python -m tools.hands` run on a copy of the inserts writes exactly the committed files
    (none changed, none added, none left over), so the art cannot drift from its generator."""
    import filecmp
    import shutil
    import subprocess
    import sys

    (tmp_path / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "__init__.py", tmp_path / "tools" / "__init__.py")
    shutil.copytree(ROOT / "tools" / "hands", tmp_path / "tools" / "hands",
                    ignore=shutil.ignore_patterns("__pycache__"))
    copy = tmp_path / "assets" / "art" / "inserts"
    shutil.copytree(INSERTS, copy)
    subprocess.run([sys.executable, "-m", "tools.hands"], cwd=tmp_path, check=True, env={"PYTHONPATH": str(tmp_path)})

    def files(root: Path) -> set[Path]:
        return {p.relative_to(root) for p in root.rglob("*") if p.is_file()}

    assert files(copy) == files(INSERTS), f"added or removed: {files(copy) ^ files(INSERTS)}"
    changed = [str(p) for p in sorted(files(INSERTS)) if not filecmp.cmp(copy / p, INSERTS / p, shallow=False)]
    assert not changed, f"python -m tools.hands rewrites {changed}"


def test_the_clenched_fists_tense_visibly_from_second_to_second(inserts: Inserts) -> None:
    """Line 7 (review3 #12): frames at 1, 3 and 5 s looked identical. The grip pulses: within any second
    the knuckles blanch and ease (stages of the white cut in and out) and the clasp is drawn up and in;
    frames whole seconds apart are at different moments of the grip, not the same phase of a 1 or 2 s loop."""
    parts = names("clenched_hands")
    for side in ("left", "right"):
        stages = [parts.index(f"white_{side}{k}.svg") for k in ("", "2", "3")]
        fist = parts.index(f"fist_{side}.svg")

        def white(tf: list[Transform], stages: list[int] = stages) -> float:
            return sum(tf[i].alpha for i in stages)
        for start in (0.0, 1.0, 2.5, 4.0):
            window = [inserts.transforms("clenched_hands", start + k / 20) for k in range(21)]
            whites = [white(tf) for tf in window]
            assert max(whites) - min(whites) >= 1.0, f"{side}: the knuckles hold one whiteness over {start}-{start + 1} s"
            lift = [tf[fist].dy for tf in window]
            assert max(lift) - min(lift) >= 3.0, f"{side}: the fist does not tighten over {start}-{start + 1} s"
        at = [inserts.transforms("clenched_hands", u) for u in (1.0, 3.0, 5.0)]
        for a, b in ((0, 1), (1, 2), (0, 2)):
            assert abs(white(at[a]) - white(at[b])) >= 0.15, f"{side}: as white at {a * 2 + 1} and {b * 2 + 1} s"
