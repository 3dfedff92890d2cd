"""The linter's slower checks, run by `--lint` and not at every start-up.

`load_checked` runs at every start (a kiosk restart must stay well under 3 s), so it
keeps to the script, the map's objects and the catalogues. What costs more, the pen
laying out every written line, fonts asked for every character, tileset images loaded,
every figure SVG rasterized once at a tiny size, runs here, for `python -m game --lint`
and the tests: what lint passes, plays.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from game.assets import Assets
from game.errors import ContentErrors, Problem
from game.story.lint_map import check_tiles
from game.story.lint_pen import check_narration_font, check_pen
from game.story.lint_text import read_story_text
from game.story.parser import Script, parse_text


def svg_problem(path: Path) -> str | None:
    """Why the SVG at `path` cannot be rasterized, or None (a tiny raster proves it can)."""
    import pygame

    try:
        pygame.image.load_sized_svg(str(path), (8, 8))
    except (pygame.error, OSError, ValueError) as exc:
        return str(exc) or "not an SVG image"
    return None


def check_figure_art(assets: Assets) -> list[Problem]:
    """Every figure part's SVG can be drawn (a missing one is check_assets' message)."""
    try:
        from game.art.rig import load_poses

        specs = load_poses(assets.poses)
    except Exception:  # reported by check_assets
        return []
    problems: list[Problem] = []
    for cid, spec in specs.items():
        for part in spec.parts.values():
            for file in dict.fromkeys(part.variants.values()):
                path = assets.art / "figures" / cid / file
                if path.is_file() and (why := svg_problem(path)) is not None:
                    problems.append(Problem(assets.rel(path), 0,
                                            f"figure art for '{cid}' part '{part.name}' cannot be drawn: {why}"))
    return problems


def deep_checks(assets: Assets, stories: list[Path]) -> list[Problem]:
    """Tiles of each story's room, fonts and pen for each story's lines, figure art."""
    problems: list[Problem] = []
    maps = [s.parent / "room.tmx" if (s.parent / "room.tmx").is_file() else assets.room_map for s in stories]
    for room_map in dict.fromkeys(maps):
        problems.extend(check_tiles(assets, room_map))
    scripts: list[Script] = []
    for story in stories:
        with contextlib.suppress(ContentErrors):  # reported by load_checked
            scripts.append(parse_text(read_story_text(story, assets.rel(story)), assets.rel(story)))
    problems.extend(check_narration_font(assets, scripts))
    problems.extend(check_pen(assets, scripts))
    problems.extend(check_figure_art(assets))
    return problems
