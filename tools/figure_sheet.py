"""Contact sheets of the figures: every pose, wide and close, alone and together.

Writes, into `--out` (default docs/screens/):
    figures-<who>.png       every story pose of each character, at the wide shot and at the
                            character's close-up shot, for a display `--width` px wide
    figures-together.png    the story's beats, both figures in the wide shot
    figures-kiss.png, figures-her-close.png, figures-him-close.png
                            three key beats at their shots, full width
    figures-turns.png       a pose change and a crossing, frame by frame
Furniture boxes from the map are sketched in for placement only. Deterministic (seeded).

    python tools/figure_sheet.py [--width 1280] [--t 2.0] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `python tools/figure_sheet.py`

import pygame

from game.art.figures import Figures, FigureState, load_poses
from game.art.svg import SvgCache
from game.assets import Assets
from game.room.model import Room
from game.room.tmxload import load_room
from game.view import View, camera_view
from tools._common import SCREENS, grid, headless, positive_int, save

# (his pose, her pose) at the story's beats, in order
BEATS = [
    ("perched", "sofa"), ("leaning", "twirling"), ("writing", "watching"), ("watching", "reach_notebook"),
    ("watching", "writing"), ("closing", "reading"), ("reach_hand", "holding"), ("holding_writing", "holding"),
    ("leaning_in", "leaning_in"), ("kiss", "kiss"), ("embrace", "embrace"), ("writing", "reading"),
]
# name: ((his pose, her pose), shot)
CLOSE_UPS = {"kiss": (("kiss", "kiss"), "two"), "her-close": (("watching", "reading"), "her"),
             "him-close": (("perched", "sofa"), "him")}
FURNITURE = ("fireplace", "sofa", "armchair", "coffee_table", "notebook", "window")


def backdrop(surface: pygame.Surface, view: View, room: Room) -> None:
    """A dark wall and floor, the furniture's boxes and a glow where the fire is."""
    w, h = surface.get_size()
    for y in range(h):
        ry = view.to_room(0, y)[1]
        k = 30 if ry < 600 else 20
        pygame.draw.line(surface, (k + 8, k - 2, k), (0, y), (w, y))
    for name in FURNITURE:
        if name in room.anchors:
            r = room.anchors[name].rect
            pygame.draw.rect(surface, (70, 52, 46), view.rect(r.x, r.y, r.w, r.h), max(1, round(view.len(3))))
    fx, fy = view.pt(1565, 700)
    pygame.draw.circle(surface, (120, 50, 20), (fx, fy), max(2, round(view.len(40))))


def states(him: str, her: str) -> dict[str, FigureState]:
    """Both figures settled in their poses."""
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

    size = (round(width * 0.3), round(width * 0.36))
    full = pygame.Surface((width, round(width * 9 / 16)))
    wides: list[pygame.Surface] = []
    closes: list[pygame.Surface] = []
    for pose in poses:
        st = {cid: FigureState(pose, -10.0, pose)}
        for cells, view in ((wides, wide), (closes, close_view(figs.head_pos(cid, st, t)))):
            full.fill((0, 0, 0))
            backdrop(full, view, room)
            figs.draw(full, view, st, t)
            if cells is wides:
                centre: tuple[float, float] = figs.silhouettes(view, st, t)[0][1].center
            else:
                hx, hy = view.pt(*figs.head_pos(cid, st, t))
                centre = (hx, hy + size[1] * 0.3)
            cells.append(_cell(full, centre, size))
    cols = 4
    pad = [pygame.Surface(size)] * (-len(poses) % cols)  # close-ups start on a row of their own
    return grid(wides + pad + closes, cols, size)


def frame(figs: Figures, room: Room, view: View, size: tuple[int, int], st: dict[str, FigureState],
          t: float) -> pygame.Surface:
    """The figures in `st` at time t over the backdrop, through `view`, on a canvas of `size`."""
    full = pygame.Surface(size)
    backdrop(full, view, room)
    figs.draw(full, view, st, t)
    return full


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--width", type=positive_int, default=1280, help="display width in px (default 1280)")
    ap.add_argument("--t", type=float, default=2.0, help="time in seconds (idle motion; default 2.0)")
    ap.add_argument("--out", type=Path, default=SCREENS, help="folder for the PNGs (default docs/screens)")
    args = ap.parse_args(argv)
    headless()
    assets = Assets()
    room = load_room(assets.room_map)
    specs = load_poses(assets.poses)
    figs = Figures(room, specs, assets.art / "figures", SvgCache(), seed=7)
    w, t = args.width, args.t
    for cid, spec in specs.items():
        save(sheet(figs, room, cid, list(spec.story_poses), w, t), args.out / f"figures-{cid}.png")
    canvas = (w, w * 9 // 16)
    half = (w // 2, w * 9 // 32)
    wide = View(w / 1920)
    beats = [frame(figs, room, wide, canvas, states(a, b), t) for a, b in BEATS]
    save(grid(beats, 2, half), args.out / "figures-together.png")
    for name, ((a, b), shot) in CLOSE_UPS.items():
        r = room.shots[shot].rect
        save(frame(figs, room, camera_view(r.x, r.y, r.w, w), canvas, states(a, b), t),
             args.out / f"figures-{name}.png")
    crossing = {"him": FigureState("leaning_in", 0.0, "holding"), "her": FigureState("leaning_in", 0.0, "holding")}
    turns = [frame(figs, room, wide, canvas, crossing, dt) for dt in (0.3, 0.9, 1.5, 2.1, 2.7, 3.4)]
    save(grid(turns, 2, half), args.out / "figures-turns.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
