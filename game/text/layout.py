"""Word wrapping, independent of any font library.

`wrap` takes a `measure` function (text -> width in pixels) so it works with pygame
fonts in the game and with a fake measure in tests. Lines break at spaces; a word too
long for a line is put on its own line rather than cut, because story text is short and
never contains such words by design (the linter keeps it so). `wrap_balanced` breaks a
paragraph into as few lines as `wrap` does, but of even widths, as a typesetter sets a
caption: no lone word left on the last line ("...fractured" / "souls.").
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


BREAK_AFTER = (",", ";", ":", ".", "!", "?", "—")  # a line that ends on a pause reads as a phrase
PAUSE_BONUS = 0.05  # a break after a pause is taken if the wider line grows by less than this
SHORT_WORD = 0.08  # ... and a line left ending on "a", "of", "de" costs as much as this


def wrap_balanced(text: str, max_width: float, measure: Callable[[str], float]) -> list[str]:
    """`wrap`, each paragraph in the same number of lines but of like widths, as a typesetter
    sets a caption. Two lines: the break that keeps the wider of the two narrowest, preferring,
    within a few percent, one after a pause (a comma) and not after a one- or two-letter word.
    More lines: the narrowest measure that still takes no more lines than `wrap`."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        greedy = wrap(paragraph, max_width, measure)
        words = paragraph.split()
        if len(greedy) == 2:
            lines.extend(_two_lines(words, max_width, measure) or greedy)
        elif len(greedy) > 2:
            lines.extend(_narrowest(paragraph, greedy, measure))
        else:
            lines.extend(greedy)
    return lines


def _two_lines(words: list[str], max_width: float, measure: Callable[[str], float]) -> list[str] | None:
    splits = []
    for k in range(1, len(words)):
        a, b = " ".join(words[:k]), " ".join(words[k:])
        wa, wb = measure(a), measure(b)
        if max(wa, wb) <= max_width:
            splits.append((max(wa, wb), min(wa, wb), a, b))
    if not splits:
        return None
    even = min(s[0] for s in splits)

    def cost(split: tuple[float, float, str, str]) -> float:
        wide, narrow, a, _ = split
        last = a.split()[-1]
        c = wide / even
        if last.endswith(BREAK_AFTER):
            c -= PAUSE_BONUS
        elif len(last) <= 2:
            c += SHORT_WORD
        return c if narrow >= 0.5 * wide else c + 1.0

    best = min(splits, key=cost)
    return [best[2], best[3]]


def _narrowest(paragraph: str, greedy: list[str], measure: Callable[[str], float]) -> list[str]:
    """The paragraph wrapped at the narrowest measure that takes no more lines than `greedy`."""
    lo = max(measure(w) for w in paragraph.split())  # no narrower measure holds the longest word
    hi = max(lo, max(measure(line) for line in greedy))
    best = greedy
    while hi - lo > 0.5:  # the line count only grows as the measure narrows: bisect it
        mid = (lo + hi) / 2
        trial = wrap(paragraph, mid, measure)
        if len(trial) <= len(greedy):
            best, hi = trial, mid
        else:
            lo = mid
    return best


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
