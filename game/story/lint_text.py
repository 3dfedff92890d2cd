"""Checks on a story's raw text and its flow, before and after parsing.

What the parser cannot see because it gets text, not bytes, or one line at a time:

- the file itself: a regular file of sane size (`--story /dev/zero` must not fill
  memory, a FIFO must not block), UTF-8 with the line of the first undecodable byte, a
  leading byte-order mark accepted (editors on Windows write one);
- control characters (a NUL, an escape) that would reach the fonts and break drawing;
- the flow: a `jump` that can come back to itself without a line shown in between would
  keep the director looping forever, with the window frozen.

Each problem is `file:line: message`, like every other content problem.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from game.errors import ContentErrors, Problem
from game.safeio import read_small_bytes
from game.story import commands as c
from game.story.parser import Script
from game.tomlfile import decode_lines

STORY_LIMIT = 4_000_000  # bytes: a novel is ~1 MB; anything larger is not a story
ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def read_story_text(path: Path, shown: str) -> str:
    """The story's text, or ContentErrors naming why it cannot be one."""
    try:
        data = read_small_bytes(path, STORY_LIMIT)
    except FileNotFoundError:
        raise ContentErrors([Problem(shown, 0, "story file not found")]) from None
    except OSError as exc:
        raise ContentErrors([Problem(shown, 0, f"cannot read story file: {exc.strerror or exc}")]) from None
    text, bad = decode_lines(data, shown)
    if text is None:
        raise ContentErrors([bad or Problem(shown, 0, "not UTF-8 text")])
    problems = control_characters(text, shown)
    if problems:
        raise ContentErrors(problems)
    return text


def control_characters(text: str, shown: str) -> list[Problem]:
    """Every control character (but tab and line ends), with its line and column."""
    problems: list[Problem] = []
    for number, row in enumerate(text.split("\n"), start=1):
        for col, ch in enumerate(row, start=1):
            if ch not in ALLOWED_CONTROLS and (unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029"):
                name = unicodedata.name(ch, "") or {0: "NUL", 27: "ESC", 127: "DEL"}.get(ord(ch), "control")
                problems.append(Problem(shown, number, f"control character U+{ord(ch):04X} ({name}) at column {col}"))
                break
    return problems


def endless_jumps(script: Script) -> list[Problem]:
    """Each `jump` from which the story can loop forever without showing a line."""
    cmds = script.commands
    problems: list[Problem] = []
    reported: set[int] = set()
    settled: set[int] = set()  # command indexes known to reach a line, an end or the file's end
    for start in range(len(cmds)):
        pc, seen, path = start, set[int](), list[int]()
        while pc < len(cmds) and pc not in settled:
            if pc in seen:
                loop = [i for i in path[path.index(pc):] if isinstance(cmds[i], c.Jump)]
                first = min(loop) if loop else pc
                if first not in reported:
                    reported.add(first)
                    jump = cmds[first]
                    assert isinstance(jump, c.Jump)
                    problems.append(Problem(jump.src.file, jump.src.line,
                                            f"jump {jump.target} loops back without showing a line "
                                            "(the story would wait here forever)"))
                break
            seen.add(pc)
            path.append(pc)
            cmd = cmds[pc]
            if isinstance(cmd, c.Narrate | c.Write | c.End):
                break
            pc = script.labels.get(cmd.target, len(cmds)) if isinstance(cmd, c.Jump) else pc + 1
        else:
            settled.update(path)
            continue
        if pc < len(cmds) and isinstance(cmds[pc], c.Narrate | c.Write | c.End):
            settled.update(path)
    return problems
