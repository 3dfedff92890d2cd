"""The clasp (lines 63, 64, 71) is one solid pair of hands closing, not a dissolve (review10 #1).

- Nothing in these inserts fades: every alpha a part takes is 0 or 1, so a drawing is replaced
  on a cut and no finger, palm or film ever lets another (or the table) show through (the old
  art faded a crease band, her blanching film and the candle pool, and her bent fingers were
  half-transparent stubs with his fingers seen through them).
- During the lacing and the held clasp, no pixel inside the hands' outline is less than opaque:
  the parts composed over nothing leave no hole and no see-through patch in the silhouette.
- Each of her fingers goes from straight to curled through at least three in-between drawings
  over about half a second, its tip drawing back over his palm by well over 40 px at 1080p.
- The held clasp (64) and the tightening (71) squeeze: his fingers draw in by at least 6 px at
  1080p (their knuckles stand up), and his thumb strokes."""

from __future__ import annotations

import itertools
from pathlib import Path

import pygame
import pytest

from game.art.inserts import Inserts, _blit_part, load_spec
from tools.hands import clasp, laced

ROOT = Path(__file__).resolve().parents[2]
INSERTS = ROOT / "assets" / "art" / "inserts"
SIZE = (960, 540)
K = SIZE[0] / 1920
TO_1080 = 1920 / SIZE[0]


def _compose(inserts: Inserts, insert: str, u: float) -> pygame.Surface:
    """Every part but the table drawn at `u` on a transparent canvas."""
    spec = load_spec(INSERTS, insert)
    out = pygame.Surface(SIZE, pygame.SRCALPHA)
    for part, tf in zip(spec.parts, inserts.transforms(insert, u), strict=True):
        if part.svg.name != "back.svg" and tf.alpha > 0.003:
            _blit_part(out, inserts._raster(part.svg, SIZE), part.pivot, tf, K, {})
    return out


def _holes(img: pygame.Surface, level: int = 250, speck: int = 0) -> int:
    """Pixels under `level` alpha enclosed by opaque ones (not reaching the canvas's edge), in
    patches of more than `speck` pixels."""
    solid = pygame.mask.from_surface(img, level)
    gaps = solid.copy()
    gaps.invert()
    w, h = gaps.get_size()
    total = 0
    for comp in gaps.connected_components(4):
        box = comp.get_bounding_rects()[0]
        if box.left > 0 and box.top > 0 and box.right < w and box.bottom < h:
            total += comp.count() if comp.count() > speck else 0
    return total


@pytest.mark.parametrize("insert", ["hands_intertwined", "hands_tighten"])
def test_no_part_fades(inserts: Inserts, insert: str) -> None:
    spec = load_spec(INSERTS, insert)
    half = []
    for k in range(0, 12 * 30):
        u = k / 30 + 0.0043  # (off the cuts' millisecond ramps)
        for part, tf in zip(spec.parts, inserts.transforms(insert, u), strict=True):
            if 0.003 < tf.alpha < 0.997:
                half.append((part.svg.name, round(u, 2), round(tf.alpha, 2)))
    assert not half, f"{insert}: parts shown part-transparent (a fade, not a cut): {half[:6]}"


@pytest.mark.parametrize(("insert", "times"), [
    ("hands_intertwined", (1.15, 1.3, 1.45, 1.6, 1.75, 1.9, 2.2, 3.5, 4.2, 5.0)),
    ("hands_tighten", (0.5, 1.1, 1.4, 1.7, 2.2, 2.8, 4.0)),
])
def test_no_see_through_inside_the_hands(inserts: Inserts, insert: str, times: tuple[float, ...]) -> None:
    # (a see-through patch: 25 px under half alpha, or 20 px under full alpha; the anti-aliased
    # meeting of two solid edges, or of a hand's edge and its own soft shadow, leaves hairlines)
    bad = {u: (a, b) for u in times for img in [_compose(inserts, insert, u)]
           if (a := _holes(img, 128, speck=25)) + (b := _holes(img, 250, speck=20)) > 0}
    assert not bad, f"{insert}: pixels inside the hands' outline are not opaque (table or finger seen through): {bad}"


def _tip_x(svg: Path, lane_y: float) -> float:
    """The right-most opaque x (1080p px) in a 6 px band about `lane_y` (design px) of one drawing."""
    img = pygame.image.load_sized_svg(str(svg), (1920, 1080))
    m = pygame.mask.from_surface(img, 200)
    xs = [x for y in range(int(lane_y) - 3, int(lane_y) + 3) for x in range(700, 1300) if m.get_at((x, y))]
    return max(xs)


def test_each_of_her_fingers_curls_through_three_in_betweens(inserts: Inserts) -> None:
    d = INSERTS / "hands_intertwined"
    for i in range(4):
        mcp = clasp.HER_XF(clasp.HER_MCP[i])
        y = mcp[1] + (clasp.HER_XF((300, clasp.HER_MCP[i][1]))[1] - mcp[1]) * 0.5
        # the frames in which finger i is straight, three in-betweens, curled
        frames = [i + s for s in range(clasp.STAGES + 1)]
        xs = [_tip_x(d / f"her_lace{k}.svg", y) for k in frames]
        assert all(a > b + 4 for a, b in itertools.pairwise(xs)), \
            f"her finger {i}: its tip does not draw back step by step as it curls: {xs}"
        assert xs[0] - xs[-1] > 40, f"her finger {i}: the curl moves its tip only {xs[0] - xs[-1]:.0f} px"
    # shown one after another, each for STEP s: straight to curled in ~0.5 s
    names = [p.svg.name for p in load_spec(INSERTS, "hands_intertwined").parts]
    seen = []
    for k in range(int(0.9 * 60), int(2.3 * 60)):
        tfs = inserts.transforms("hands_intertwined", k / 60 + 0.0043)
        shown = [n for n, tf in zip(names, tfs, strict=True) if n.startswith("her_lace") and tf.alpha == 1.0]
        assert len(shown) == 1, f"at {k / 60:.2f} s {len(shown)} drawings of her fingers are shown: {shown}"
        if not seen or seen[-1][0] != shown[0]:
            seen.append((shown[0], k / 60))
    assert [n for n, _ in seen] == [f"her_lace{k}.svg" for k in range(clasp.FRAMES)], seen
    assert 0.3 <= seen[4][1] - seen[1][1] <= 0.7, f"her index curls over {seen[4][1] - seen[1][1]:.2f} s: {seen}"


def _his_index_tip(svg: Path) -> float:
    """The left-most opaque x (1080p) of his index finger, over the back of her hand."""
    cp = clasp.HER_XF(laced.CROWNS[0])  # (his index's knuckle crown, over the edge of her hand)
    img = pygame.image.load_sized_svg(str(svg), (1920, 1080))
    m = pygame.mask.from_surface(img, 200)
    y0 = int(cp[1])
    xs = [x for y in range(y0 - 30, y0 + 10) for x in range(500, int(cp[0])) if m.get_at((x, y))]
    return min(xs)


def test_line_64_the_held_clasp_squeezes_and_his_thumb_strokes(inserts: Inserts) -> None:
    d = INSERTS / "hands_intertwined"
    moved = _his_index_tip(d / "his_squeeze2.svg") - _his_index_tip(d / "his_lace7.svg")
    assert moved >= 6, f"his fingers draw in only {moved:.0f} px as the hands squeeze"
    names = [p.svg.name for p in load_spec(INSERTS, "hands_intertwined").parts]
    shown = {round(u, 2): {n for n, tf in zip(names, inserts.transforms("hands_intertwined", u), strict=True)
                           if tf.alpha == 1.0 and n.startswith("his_")}
             for u in (clasp.HELD + 0.3, clasp.HELD + 1.5, clasp.HELD + 4.3, clasp.HELD + 5.5)}
    tight = [u for u, s in shown.items() if "his_squeeze2.svg" in s]
    loose = [u for u, s in shown.items() if "his_lace7.svg" in s]
    assert len(tight) == 2 and len(loose) == 2, f"the squeeze does not come and go in every period: {shown}"
    th = names.index("his_thumb.svg")
    rots = [inserts.transforms("hands_intertwined", clasp.HELD + t)[th].rot for t in (0.0, 1.9, 3.8, 5.7)]
    assert abs(rots[1] - rots[0]) >= 8 and abs(rots[3] - rots[2]) >= 8, f"his thumb does not stroke: {rots}"


def test_line_71_his_knuckles_rise_and_his_thumb_strokes(inserts: Inserts) -> None:
    d = INSERTS / "hands_tighten"
    moved = _his_index_tip(d / "his_tip0_grip.svg") - _his_index_tip(d / "his_tip0.svg")
    assert moved >= 6, f"his gripping index draws in only {moved:.0f} px"
    names = [p.svg.name for p in load_spec(INSERTS, "hands_tighten").parts]
    th = names.index("his_thumb.svg")
    t = [inserts.transforms("hands_tighten", u)[th] for u in (3.3, 4.8, 6.3, 7.8)]
    assert abs(t[1].rot - t[0].rot) >= 6 and abs(t[2].rot - t[1].rot) >= 6, "his thumb does not stroke at 71"


@pytest.mark.parametrize("insert", ["hands_intertwined", "hands_tighten"])
def test_the_notebook_corner_is_a_bound_book_not_a_card(insert: str) -> None:
    """Review10 #19: the notebook in the clasp's corner was a flat card, 85 % opaque over the wood.
    Down a line through its lower edge: the page, then a stack of page edges at least 6 px deep,
    then the leather cover, then the wood; and no part of it is drawn see-through."""
    svg = (INSERTS / insert / "back.svg").read_text(encoding="utf-8")
    assert 'opacity="0.85"' not in svg, "the notebook's page is drawn see-through"
    img = pygame.image.load_sized_svg(str(INSERTS / insert / "back.svg"), (1920, 1080))
    column = [img.get_at((200, y)) for y in range(200, 320)]
    light = [c.r + c.g + c.b > 420 for c in column]  # page and page edges (cream)
    leather = [c.r > c.b + 40 and 130 < c.r + c.g + c.b < 330 for c in column]  # (the bare wood here: about 104)
    last_light = max(i for i, v in enumerate(light) if v)
    edge = sum(1 for i in range(last_light - 14, last_light + 1) if light[i])
    assert edge >= 6 and any(leather[last_light + 1:last_light + 40]), \
        f"{insert}: below the page no stack of leaves ({edge} px) and leather cover"
    stack = [c for c in column[last_light - 10:last_light + 1]]
    assert max(c.r + c.g + c.b for c in stack) - min(c.r + c.g + c.b for c in stack) > 40, \
        f"{insert}: the page edges are one flat band, not a stack of leaves"
