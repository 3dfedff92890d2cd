"""Checks that need the pen and the fonts: what would otherwise fail mid-story.

A written line is laid out by the pen's own layout (`game.pen.layout.layout_line`, with
the notebook's own page geometry) at several seeds, because each player's seed moves the
letters a little: a line that needs more rows than a page has is an author's message
here, not a `ValueError` in the middle of play. Every hand's stroke font (the Hershey
font or a Vara JSON file, and its extra glyphs) must load; every character of a written
line must be one that hand can write (not the pen's last-resort '?'), and every
character of a narration line one that the narration font has.
"""

from __future__ import annotations

from pathlib import Path

from game.assets import Assets
from game.errors import Problem
from game.story import commands as c
from game.story.parser import Script

FIT_SEEDS = (1907, 0, 1, 2, 3)  # the layout's jitter depends on the seed; a line must fit at each


def _shown(assets: Assets, hands_file: Path, spec: str) -> str:
    return assets.rel(hands_file.parent / spec)


def check_pen(assets: Assets, scripts: list[Script]) -> list[Problem]:
    """Stroke fonts load; written lines fit a page and use only characters their hand has."""
    from game.pen.book import Spread
    from game.pen.charmap import resolve
    from game.pen.glyphs import StrokeFont, load_font
    from game.pen.hands import load_hands
    from game.pen.layout import layout_line

    problems: list[Problem] = []
    try:
        hands = load_hands(assets.hands)
    except Exception:  # reported by check_assets with the file and key
        return problems
    fonts: dict[str, StrokeFont] = {}
    for name, hand in hands.items():
        try:
            fonts[name] = load_font(hand.font, hand.base_dir, hand.extra_glyphs or None)
        except FileNotFoundError as exc:
            missing = Path(exc.filename) if exc.filename else hand.base_dir / hand.font
            problems.append(Problem(assets.rel(missing), 0, f"stroke file for hand '{name}' not found"))
        except Exception as exc:
            spec = hand.extra_glyphs if hand.extra_glyphs and hand.font.startswith("hershey:") else hand.font
            problems.append(Problem(_shown(assets, assets.hands, spec), 0,
                                    f"stroke file for hand '{name}' cannot be read: {exc}"))
    spread = Spread()
    checked: set[tuple[str, str]] = set()
    for script in scripts:
        for line in script.lines:
            if not isinstance(line, c.Write) or line.who not in script.characters:
                continue
            hand_name = script.hand_of(line)
            font = fonts.get(hand_name)
            if font is None or (line.text, hand_name) in checked:
                continue
            checked.add((line.text, hand_name))
            absent = sorted({lt.source for lt in resolve(line.text, font) if lt is not None
                             and lt.source != "?" and font.has("?") and lt.glyph is font.glyphs["?"]})
            if absent:
                shown = " ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in absent)
                problems.append(Problem(line.src.file, line.src.line, f"hand '{hand_name}' cannot write {shown}"))
            try:
                rows = 0
                for seed in FIT_SEEDS:  # more seeds only for a line near the page's end
                    rows = max(rows, layout_line(line.text, hands[hand_name], font, seed, spread.text_width(),
                                                 spread.row_pitch).rows)
                    if rows < spread.rows - 1 or rows > spread.rows:
                        break
            except ValueError as exc:
                problems.append(Problem(line.src.file, line.src.line, str(exc).removeprefix("pen: ")))
                continue
            if rows > spread.rows:
                problems.append(Problem(line.src.file, line.src.line,
                                        f"written line needs {rows} rows; a notebook page has {spread.rows}"))
    return problems


def check_narration_font(assets: Assets, scripts: list[Script]) -> list[Problem]:
    """Every narration character is one the narration font has a glyph for."""
    import pygame
    import pygame.freetype

    if not assets.serif.is_file():
        return []  # reported by check_assets
    pygame.freetype.init()  # (pygame.font draws a box for a missing glyph; freetype says None)
    try:
        font = pygame.freetype.Font(str(assets.serif), 24)
    except (pygame.error, OSError):
        return []
    problems: list[Problem] = []
    for script in scripts:
        texts = [(ln.src, ln.text) for ln in script.lines if isinstance(ln, c.Narrate)]
        texts += [(cmd.src, cmd.text) for cmd in script.commands if isinstance(cmd, c.Title | c.Subtitle)]
        for src, text in texts:
            metrics = font.get_metrics(text)
            missing = sorted({ch for ch, m in zip(text, metrics, strict=False) if m is None and not ch.isspace()})
            if missing:
                shown = " ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in missing)
                problems.append(Problem(src.file, src.line, f"the narration font has no glyph for {shown}"))
    return problems
