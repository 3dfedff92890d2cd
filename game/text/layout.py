"""Word wrapping, independent of any font library.

`wrap` takes a `measure` function (text -> width in pixels) so it works with pygame
fonts in the game and with a fake measure in tests. Lines break at spaces; a word too
long for a line is put on its own line rather than cut, because story text is short and
never contains such words by design (the linter keeps it so).
"""

from __future__ import annotations

from collections.abc import Callable


def wrap(text: str, max_width: float, measure: Callable[[str], float]) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        line = words[0]
        for word in words[1:]:
            candidate = f"{line} {word}"
            if measure(candidate) <= max_width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def split_visible(lines: list[str], visible: int) -> list[str]:
    """The wrapped lines cut to the first `visible` characters of the original text.

    Wrapping is done on the whole line first, so text being typed never jumps from one
    line to the next as a word grows. Each line break stands for one (space) character.
    """
    out: list[str] = []
    left = visible
    for line in lines:
        if left <= 0:
            break
        out.append(line[:left])
        left -= len(line) + 1
    return out
