"""Line 71, "Their hands tightened around each other's", as review13 B2 asks (CLASP4).

- The change between 2 and 4 s lives in the hands, not the camera: the shot has no camera push
  (`camera push 1.05 over 7` zoomed the whole frame ~1.5 % in those 2 s: 98k px changed, the
  hands' own change lost in it).
- His knuckles rise where a player can see it at 1:1: in his gripping drawings the lit crown of
  each middle knuckle (pixels brighter than the finger's median by 25 levels) covers at least
  1.5x the area it covers before the grip (the old art: the same drawing, +9 levels)."""

from __future__ import annotations

from pathlib import Path

import pygame

from tools.hands import clasp

ROOT = Path(__file__).resolve().parents[2]


def test_line_71_has_no_camera_push() -> None:
    lines = (ROOT / "scenes" / "whispers.story").read_text(encoding="utf-8").splitlines()
    at = lines.index("shot insert_hands_tighten")
    j = at + 1
    while not lines[j].startswith('"'):
        assert not lines[j].startswith("camera push"), f"line 71's shot pushes in: {lines[j]!r} (the grip must carry the beat)"
        j += 1


def _crown_area(svg: Path) -> int:
    """The pixels of one of his fingers' drawings lit well above its own median (the knuckles'
    crowns), at 1080p."""
    img = pygame.image.load_sized_svg(str(svg), (1920, 1080))
    w, h = img.get_size()
    lums = []
    for x in range(0, w, 2):
        for y in range(0, h, 2):
            c = img.get_at((x, y))
            if c.a > 230:
                lums.append(0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2])
    lums.sort()
    med = lums[len(lums) // 2]
    return sum(v > med + 25 for v in lums)


def test_his_knuckle_crowns_stand_up_as_he_grips() -> None:
    pygame.init()
    d = clasp.INSERTS / "hands_tighten"
    for i in range(4):
        before, gripped = _crown_area(d / f"his_tip{i}.svg"), _crown_area(d / f"his_tip{i}_grip.svg")
        assert gripped >= 1.5 * before and gripped - before >= 20, f"finger {i}: crown {before} -> {gripped} px"
