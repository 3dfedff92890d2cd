"""Parse a `.story` file into commands: one statement a line, one parser function a statement.

The grammar is deliberately tiny (docs/story-script.md): a line is a bare string
(narration), `ID "text"` (a written line), or a keyword with words, numbers and
`key=value` options. There are no expressions, so nothing in a story can run code.
Every problem is reported as `file:line: message`, with a "did you mean" hint for a
misspelt keyword; all problems of a file are collected before raising, so an author
fixes them in one pass.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from game.errors import ContentErrors, Problem
from game.story import commands as c

IDENT = re.compile(r"^[a-z][a-z0-9_]*$")
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


class _Bad(Exception):
    """A problem with the statement being parsed (its message, without the place)."""


@dataclass(frozen=True)
class Token:
    kind: str  # "word" | "string"
    text: str


@dataclass(frozen=True)
class Script:
    """A parsed story: its commands in order, and what was declared."""

    file: str
    commands: tuple[c.Command, ...]
    title: str
    subtitle: str
    characters: dict[str, c.Character] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)  # label name -> command index
    chapters: tuple[tuple[str, int], ...] = ()  # (title, the line it begins at), in order

    @property
    def lines(self) -> list[c.Line]:
        """Every line the player reads, in script order."""
        return [cmd for cmd in self.commands if isinstance(cmd, c.Narrate | c.Write)]

    def hand_of(self, line: c.Write) -> str:
        return line.hand or self.characters[line.who].hand


def written_lines(script: Script) -> list[tuple[str, str]]:
    """(text, hand) of every written line, in order."""
    return [(ln.text, script.hand_of(ln)) for ln in script.lines if isinstance(ln, c.Write)]


def tokenize(text: str) -> list[Token]:
    """Split a line into words and double-quoted strings; `#` outside quotes starts a comment."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "#" and (not tokens or tokens[-1].kind == "string" or text[i - 1].isspace()):
            break
        elif ch == '"':
            i += 1
            buf: list[str] = []
            while True:
                if i >= n:
                    raise _Bad("unterminated string (a closing \" is missing)")
                ch = text[i]
                if ch == "\\":
                    if i + 1 >= n or text[i + 1] not in '"\\':
                        raise _Bad('unknown escape in string (use \\" or \\\\)')
                    buf.append(text[i + 1])
                    i += 2
                elif ch == '"':
                    i += 1
                    break
                else:
                    buf.append(ch)
                    i += 1
            if i < n and not text[i].isspace():
                raise _Bad("a string must be followed by a space or the end of the line")
            tokens.append(Token("string", "".join(buf)))
        elif ch in "“”":
            raise _Bad("strings are quoted with straight double quotes \"…\"; typographic quotes go inside")
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] != '"':
                j += 1
            tokens.append(Token("word", text[i:j]))
            i = j
    return tokens


# --- argument helpers -------------------------------------------------------------------

def _words(args: list[Token], what: str) -> list[str]:
    for t in args:
        if t.kind != "word":
            raise _Bad(f"unexpected string \"{t.text}\" in {what}")
    return [t.text for t in args]


def _number(word: str, what: str, lo: float | None = None, hi: float | None = None) -> float:
    try:
        value = float(word)
    except ValueError:
        raise _Bad(f"{what} must be a number, not '{word}'") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise _Bad(f"{what} must be a number, not '{word}'")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        bounds = f"from {lo:g} to {hi:g}" if hi is not None else f"at least {lo:g}"
        raise _Bad(f"{what} must be {bounds}, not {word}")
    return value


def _split_over(words: list[str], stmt: str) -> tuple[list[str], float]:
    """Take a trailing `over SECONDS` off the words."""
    if "over" not in words:
        return words, 0.0
    k = words.index("over")
    if k != len(words) - 2:
        raise _Bad(f"'over' takes one number of seconds at the end: {stmt} … over 4")
    return words[:k], _number(words[k + 1], "'over' seconds", 0.0, 600.0)


def _ident(word: str, what: str) -> str:
    if not IDENT.match(word):
        raise _Bad(f"{what} '{word}' must be lower-case letters, digits and _")
    return word


def _exactly(words: list[str], count: int, usage: str) -> None:
    if len(words) != count:
        raise _Bad(f"expected {usage}")


def _colour(word: str) -> tuple[int, int, int]:
    if not HEX.match(word):
        raise _Bad(f"ink colour must look like #1b2a4a, not '{word}'")
    return (int(word[1:3], 16), int(word[3:5], 16), int(word[5:7], 16))


def _options(args: list[Token], allowed: tuple[str, ...], stmt: str) -> dict[str, str]:
    opts: dict[str, str] = {}
    for word in _words(args, stmt):
        key, eq, value = word.partition("=")
        if not eq or not value:
            raise _Bad(f"expected key=value options after the text of {stmt}, not '{word}'")
        if key not in allowed:
            hint = _hint(key, allowed)
            raise _Bad(f"unknown option '{key}' for {stmt}{hint}")
        if key in opts:
            raise _Bad(f"option '{key}' given twice")
        opts[key] = value
    return opts


def _hint(word: str, choices: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _one_string(args: list[Token], stmt: str) -> str:
    if len(args) != 1 or args[0].kind != "string":
        raise _Bad(f'expected {stmt} "text"')
    if not args[0].text.strip():
        raise _Bad(f"{stmt} text is empty")
    return args[0].text


# --- one parser per statement -----------------------------------------------------------

def _title(src: c.Source, args: list[Token]) -> c.Command:
    return c.Title(src, _one_string(args, "title"))


def _subtitle(src: c.Source, args: list[Token]) -> c.Command:
    return c.Subtitle(src, _one_string(args, "subtitle"))


def _chapter(src: c.Source, args: list[Token]) -> c.Command:
    return c.Chapter(src, _one_string(args, "chapter"))


def _character(src: c.Source, args: list[Token]) -> c.Command:
    usage = 'character ID "Name" hand=HAND [ink=#rrggbb] [figure=FIGURE]'
    if len(args) < 2 or args[0].kind != "word" or args[1].kind != "string":
        raise _Bad(f"expected {usage}")
    cid = _ident(args[0].text, "character id")
    opts = _options(args[2:], ("hand", "ink", "figure"), "character")
    if "hand" not in opts:
        raise _Bad(f"character '{cid}' needs a hand: {usage}")
    ink = _colour(opts["ink"]) if "ink" in opts else None
    figure = _ident(opts["figure"], "figure") if "figure" in opts else ""
    return c.Character(src, cid, args[1].text, opts["hand"], ink, figure)


def _shot(src: c.Source, args: list[Token]) -> c.Command:
    words, over = _split_over(_words(args, "shot"), "shot NAME")
    _exactly(words, 1, "shot NAME [over SECONDS]")
    return c.Shot(src, words[0], over)


DRIFTS = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0)}
CAMERA_USAGE = "camera [push FACTOR] [drift left|right|up|down FRACTION] over SECONDS"


def _camera(src: c.Source, args: list[Token]) -> c.Command:
    words, over = _split_over(_words(args, "camera"), "camera …")
    if over <= 0.0:
        raise _Bad(f"a camera move needs its length: {CAMERA_USAGE}")
    push, dx, dy = 1.0, 0.0, 0.0
    rest = list(words)
    if rest[:1] == ["push"]:
        if len(rest) < 2:
            raise _Bad(f"expected {CAMERA_USAGE}")
        push = _number(rest[1], "camera push", 0.75, 1.5)
        rest = rest[2:]
    if rest[:1] == ["drift"]:
        if len(rest) < 3 or rest[1] not in DRIFTS:
            raise _Bad(f"expected {CAMERA_USAGE}")
        amount = _number(rest[2], "camera drift", 0.0, 0.25)
        dx, dy = DRIFTS[rest[1]][0] * amount, DRIFTS[rest[1]][1] * amount
        rest = rest[3:]
    if rest or (push == 1.0 and dx == 0.0 and dy == 0.0):
        raise _Bad(f"expected {CAMERA_USAGE}")
    return c.Camera(src, push, dx, dy, over)


def _rain(src: c.Source, args: list[Token]) -> c.Command:
    words, over = _split_over(_words(args, "rain"), "rain LEVEL")
    _exactly(words, 1, "rain LEVEL [over SECONDS]")
    levels = tuple(c.RAIN_LEVELS)
    if words[0] not in c.RAIN_LEVELS:
        raise _Bad(f"unknown rain level '{words[0]}'{_hint(words[0], levels)}; use one of {', '.join(levels)}")
    return c.Rain(src, words[0], over)


def _clock(src: c.Source, args: list[Token]) -> c.Command:
    words, over = _split_over(_words(args, "clock"), "clock HH:MM")
    _exactly(words, 1, "clock HH:MM [over SECONDS]")
    m = TIME.match(words[0])
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise _Bad(f"clock time must be HH:MM from 00:00 to 23:59, not '{words[0]}'")
    return c.ClockTime(src, int(m.group(1)) * 60 + int(m.group(2)), over)


def _candles(src: c.Source, args: list[Token]) -> c.Command:
    words, over = _split_over(_words(args, "candles"), "candles FRACTION")
    _exactly(words, 1, "candles FRACTION [over SECONDS]")
    return c.Candles(src, _number(words[0], "candles", 0.0, 1.0), over)


def _glow(src: c.Source, args: list[Token]) -> c.Command:
    words, over = _split_over(_words(args, "glow"), "glow FRACTION")
    _exactly(words, 1, "glow FRACTION [over SECONDS]")
    return c.Glow(src, _number(words[0], "glow", 0.0, 1.0), over)


def _pose(src: c.Source, args: list[Token]) -> c.Command:
    words = _words(args, "pose")
    _exactly(words, 2, "pose ID POSE")
    return c.Pose(src, _ident(words[0], "character id"), _ident(words[1], "pose"))


def _look(src: c.Source, args: list[Token]) -> c.Command:
    words = _words(args, "look")
    _exactly(words, 2, "look ID TARGET")
    return c.Look(src, _ident(words[0], "character id"), _ident(words[1], "look target"))


def _face(src: c.Source, args: list[Token]) -> c.Command:
    words = _words(args, "face")
    _exactly(words, 2, "face ID EXPRESSION")
    return c.Face(src, _ident(words[0], "character id"), _ident(words[1], "expression"))


def _notebook(src: c.Source, args: list[Token]) -> c.Command:
    words = _words(args, "notebook")
    if not words or words[0] not in c.NOTEBOOK_ACTIONS:
        got = f" '{words[0]}'{_hint(words[0], c.NOTEBOOK_ACTIONS)}" if words else ""
        raise _Bad(f"unknown notebook action{got}; use open, close, turn or pass ID")
    if words[0] == "pass":
        _exactly(words, 2, "notebook pass ID")
        return c.Notebook(src, "pass", _ident(words[1], "character id"))
    _exactly(words, 1, f"notebook {words[0]} (with nothing after it)")
    return c.Notebook(src, words[0])


def _sound(src: c.Source, args: list[Token]) -> c.Command:
    words = _words(args, "sound")
    if len(words) not in (1, 2):
        raise _Bad("expected sound CUE [loop|stop]")
    mode = words[1] if len(words) == 2 else "once"
    if mode not in c.SOUND_MODES:
        raise _Bad(f"sound mode must be loop or stop, not '{mode}'")
    return c.Sound(src, _ident(words[0], "sound cue"), mode)


def _wait(src: c.Source, args: list[Token]) -> c.Command:
    words = _words(args, "wait")
    _exactly(words, 1, "wait SECONDS")
    return c.Wait(src, _number(words[0], "wait seconds", 0.0, 120.0))


def _label(src: c.Source, args: list[Token]) -> c.Command:
    words = _words(args, "label")
    _exactly(words, 1, "label NAME")
    return c.Label(src, _ident(words[0], "label"))


def _jump(src: c.Source, args: list[Token]) -> c.Command:
    words = _words(args, "jump")
    _exactly(words, 1, "jump NAME")
    return c.Jump(src, _ident(words[0], "label"))


def _end(src: c.Source, args: list[Token]) -> c.Command:
    if args:
        raise _Bad("'end' takes nothing after it")
    return c.End(src)


STATEMENTS: dict[str, Callable[[c.Source, list[Token]], c.Command]] = {
    "title": _title, "subtitle": _subtitle, "chapter": _chapter, "character": _character, "shot": _shot, "camera": _camera, "rain": _rain,
    "clock": _clock, "candles": _candles, "glow": _glow, "pose": _pose, "look": _look, "face": _face,
    "notebook": _notebook, "sound": _sound, "wait": _wait, "label": _label, "jump": _jump, "end": _end,
}


def parse_line(src: c.Source, text: str) -> c.Command | None:
    """One line to one command (None for blank and comment lines); raises _Bad."""
    tokens = tokenize(text)
    if not tokens:
        return None
    head, args = tokens[0], tokens[1:]
    if head.kind == "string":
        if args:
            raise _Bad("a narration line is one string and nothing else")
        if not head.text.strip():
            raise _Bad("narration text is empty")
        return c.Narrate(src, head.text)
    if head.text in STATEMENTS:
        return STATEMENTS[head.text](src, args)
    if args and args[0].kind == "string":  # ID "text" [hand=HAND]
        who = _ident(head.text, "character id")
        if not args[0].text.strip():
            raise _Bad(f"written line for '{who}' is empty")
        opts = _options(args[1:], ("hand",), "a written line")
        return c.Write(src, who, args[0].text, opts.get("hand"))
    raise _Bad(f"unknown statement '{head.text}'{_hint(head.text, list(STATEMENTS))}")


def parse_text(text: str, file: str) -> Script:
    """Parse a whole story; raises ContentErrors listing every problem found."""
    problems: list[Problem] = []
    cmds: list[c.Command] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        try:
            cmd = parse_line(c.Source(file, number), raw)
        except _Bad as bad:
            problems.append(Problem(file, number, str(bad)))
            continue
        if cmd is not None:
            cmds.append(cmd)
    script = _assemble(file, cmds, problems)
    if problems:
        raise ContentErrors(problems)
    return script


def parse_file(path: Path, display_name: str | None = None) -> Script:
    """Read and parse a story file; an unreadable file is one problem naming it."""
    name = display_name or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentErrors([Problem(name, 0, "story file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentErrors([Problem(name, 0, f"cannot read story file: {exc}")]) from None
    return parse_text(text, name)


def _assemble(file: str, cmds: list[c.Command], problems: list[Problem]) -> Script:
    """Collect declarations and labels; check what the script alone can check."""
    title = subtitle = ""
    characters: dict[str, c.Character] = {}
    labels: dict[str, int] = {}

    def bad(src: c.Source, msg: str) -> None:
        problems.append(Problem(src.file, src.line, msg))

    for index, cmd in enumerate(cmds):
        if isinstance(cmd, c.Title):
            title = cmd.text
        elif isinstance(cmd, c.Subtitle):
            subtitle = cmd.text
        elif isinstance(cmd, c.Character):
            if cmd.id in characters:
                bad(cmd.src, f"character '{cmd.id}' is declared twice (first at line {characters[cmd.id].src.line})")
            characters[cmd.id] = cmd
        elif isinstance(cmd, c.Label):
            if cmd.name in labels:
                bad(cmd.src, f"label '{cmd.name}' is defined twice")
            labels[cmd.name] = index
    known = list(characters)
    for cmd in cmds:
        who = getattr(cmd, "who", None)
        if isinstance(cmd, c.Notebook) and cmd.to is not None:
            who = cmd.to
        if who is not None and who not in characters:
            bad(cmd.src, f"unknown character '{who}'{_hint(who, known)}")
        if isinstance(cmd, c.Jump) and cmd.target not in labels:
            bad(cmd.src, f"jump to missing label '{cmd.target}'{_hint(cmd.target, list(labels))}")
    if cmds and "start" not in labels:
        problems.append(Problem(file, 0, "missing label 'start' (where the story begins)"))
    if not any(isinstance(cmd, c.Narrate | c.Write) for cmd in cmds):
        problems.append(Problem(file, 0, "the story has no lines to show"))
    chapters: list[tuple[str, int]] = []
    shown = 0
    for cmd in cmds:  # a chapter begins at the first line after it
        if isinstance(cmd, c.Narrate | c.Write):
            shown += 1
        elif isinstance(cmd, c.Chapter):
            if any(line == shown + 1 for _, line in chapters):
                bad(cmd.src, "two chapters begin at the same line")
            chapters.append((cmd.title, shown + 1))
    if chapters and chapters[-1][1] > shown:
        bad(next(cmd.src for cmd in reversed(cmds) if isinstance(cmd, c.Chapter)), "a chapter with no line after it")
    return Script(file, tuple(cmds), title, subtitle, characters, labels, tuple(chapters))
