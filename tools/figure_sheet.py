"""Contact sheets of the figures: every pose, wide and close, alone and together.

Writes `docs/screens/figures-him.png`, `figures-her.png` (every pose at the wide shot and
at the character's close-up shot, for a 1280x720 display), `figures-together.png` (the
story's beats, both figures in the wide shot) and `figures-turns.png` (a pose change and a
crossing, frame by frame). Furniture boxes from the map are sketched in for placement only.
Run: `python tools/figure_sheet.py [--width 1280] [--t 2.0]`. Deterministic (seeded).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.art.figures import Figures, FigureState, load_poses  # noqa: E402
from game.art.svg import SvgCache  # noqa: E402
from game.room.model import Room  # noqa: E402
from game.room.tmxload import load_room  # noqa: E402
from game.view import View, camera_view  # noqa: E402

BEATS = [
    ("perched", "sofa"), ("leaning", "twirling"), ("writing", "watching"), ("watching", "reach_notebook"),
    ("watching", "writing"), ("closing", "reading"), ("reach_hand", "holding"), ("holding_writing", "holding"),
    ("leaning_in", "leaning_in"), ("kiss", "kiss"), ("embrace", "embrace"), ("writing", "reading"),
]


def backdrop(surface: pygame.Surface, view: View, room: Room) -> None:
    w, h = surface.get_size()
    for y in range(h):
        ry = view.to_room(0, y)[1]
        k = 30 if ry < 600 else 20
        pygame.draw.line(surface, (k + 8, k - 2, k), (0, y), (w, y))
    for name in ("fireplace", "sofa", "armchair", "coffee_table", "notebook", "window"):
        if name in room.anchors:
            r = room.anchors[name].rect
            pygame.draw.rect(surface, (70, 52, 46), view.rect(r.x, r.y, r.w, r.h), max(1, round(view.len(3))))
    fx, fy = view.pt(1565, 700)
    pygame.draw.circle(surface, (120, 50, 20), (fx, fy), max(2, round(view.len(40))))


def states(him: str, her: str, t: float) -> dict[str, FigureState]:
    return {"him": FigureState(him, -10.0, him), "her": FigureState(her, -10.0, her)}


def _cell(full: pygame.Surface, centre: tuple[float, float], size: tuple[int, int]) -> pygame.Surface:
    crop = pygame.Rect((0, 0), size)
    crop.center = (round(centre[0]), round(centre[1]))
    cell = pygame.Surface(size)
    cell.blit(full, (0, 0), crop)
    pygame.draw.rect(cell, (60, 50, 50), cell.get_rect(), 1)
    return cell


def sheet(figs: Figures, room: Room, cid: str, poses: list[str], width: int, t: float) -> pygame.Surface:
    """Every pose of one figure: rows of wide-shot cells, then rows of close-up cells (head)."""
    wide = View(width / 1920)
    def close_view(head: tuple[float, float]) -> View:  # the character's shot, or the two-shot when away
        r = room.shots[cid].rect
        if not (r.x < head[0] < r.right and r.y < head[1] < r.bottom):
            r = room.shots["two"].rect
        return camera_view(r.x, r.y, r.w, width)

    cw, ch = round(width * 0.3), round(width * 0.36)
    cols = 4
    rows = (len(poses) + cols - 1) // cols
    out = pygame.Surface((cols * cw, 2 * rows * ch))
    full = pygame.Surface((width, round(width * 9 / 16)))
    for i, pose in enumerate(poses):
        st = {cid: FigureState(pose, -10.0, pose)}
        for half, view in ((0, wide), (1, close_view(figs.head_pos(cid, st, t)))):
            full.fill((0, 0, 0))
            backdrop(full, view, room)
            figs.draw(full, view, st, t)
            if half == 0:
                centre: tuple[float, float] = figs.silhouettes(view, st, t)[0][1].center
            else:
                hx, hy = view.pt(*figs.head_pos(cid, st, t))
                centre = (hx, hy + ch * 0.3)
            out.blit(_cell(full, centre, (cw, ch)), ((i % cols) * cw, (half * rows + i // cols) * ch))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--t", type=float, default=2.0)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    args = ap.parse_args()
    pygame.init()
    pygame.display.set_mode((1, 1))
    room = load_room(ROOT / "scenes" / "room.tmx")
    specs = load_poses(ROOT / "assets" / "figures" / "poses.toml")
    figs = Figures(room, specs, ROOT / "assets" / "art" / "figures", SvgCache(), seed=7)
    args.out.mkdir(parents=True, exist_ok=True)
    w = args.width
    for cid in ("him", "her"):
        img = sheet(figs, room, cid, list(specs[cid].story_poses), w, args.t)
        pygame.image.save(img, str(args.out / f"figures-{cid}.png"))
    # the beats, both together, wide
    scale = w / 1920
    cw, ch = w // 2, w * 9 // 32
    together = pygame.Surface((cw * 2, ch * ((len(BEATS) + 1) // 2)))
    full = pygame.Surface((w, w * 9 // 16))
    for i, (a, b) in enumerate(BEATS):
        full.fill((0, 0, 0))
        view = View(scale)
        backdrop(full, view, room)
        figs.draw(full, view, states(a, b, args.t), args.t)
        together.blit(pygame.transform.smoothscale(full, (cw, ch)), ((i % 2) * cw, (i // 2) * ch))
    pygame.image.save(together, str(args.out / "figures-together.png"))
    # close-ups of the key beats at full width
    for name, (a, b), shot in (("kiss", ("kiss", "kiss"), "two"), ("her-close", ("watching", "reading"), "her"), ("him-close", ("perched", "sofa"), "him")):
        r = room.shots[shot].rect
        view = camera_view(r.x, r.y, r.w, w)
        full.fill((0, 0, 0))
        backdrop(full, view, room)
        figs.draw(full, view, states(a, b, args.t), args.t)
        pygame.image.save(full, str(args.out / f"figures-{name}.png"))
    # a crossing, frame by frame: holding -> leaning_in
    frames = pygame.Surface((cw * 2, ch * 3))
    for i, dt in enumerate((0.3, 0.9, 1.5, 2.1, 2.7, 3.4)):
        full.fill((0, 0, 0))
        view = View(scale)
        backdrop(full, view, room)
        st = {"him": FigureState("leaning_in", 0.0, "holding"), "her": FigureState("leaning_in", 0.0, "holding")}
        figs.draw(full, view, st, dt)
        frames.blit(pygame.transform.smoothscale(full, (cw, ch)), ((i % 2) * cw, (i // 2) * ch))
    pygame.image.save(frames, str(args.out / "figures-turns.png"))
    print("wrote", *sorted(p.name for p in args.out.glob("figures-*.png")))


if __name__ == "__main__":
    main()
