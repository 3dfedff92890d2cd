"""Content checks that need more than the script: hands, poses, faces, shots, look targets, cues.

The parser checks what a story says on its own (syntax, characters, labels); this module
checks what it refers to elsewhere: the room map's shots and objects, the hands in
`assets/hands.toml`, the poses and faces in `assets/figures/poses.toml`, the sound cues in
`assets/audio/cues.toml`. The catalogues are read as plain TOML names here, without
loading fonts, images or the mixer, so `--lint` runs anywhere. The game runs the same
checks at start-up, so a broken reference is an author's message, never a crash mid-story.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.assets import Assets
from game.errors import ContentErrors, Problem
from game.room.model import Room
from game.room.tmxload import load_room
from game.story import commands as c
from game.story.lint_deep import deep_checks
from game.story.lint_text import endless_jumps, read_story_text
from game.story.parser import Script, parse_text
from game.tomlfile import read_toml_file


@dataclass(frozen=True)
class Catalogues:
    """The names a story may refer to."""

    hands: frozenset[str] = frozenset()
    poses: dict[str, frozenset[str]] = field(default_factory=dict)
    cues: frozenset[str] = frozenset()
    shots: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    figures: frozenset[str] = frozenset()  # the map's figure anchors
    faces: dict[str, frozenset[str]] = field(default_factory=dict)  # figure -> its expressions
    framings: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)  # shot -> room box


DISSOLVE_OVERLAP = 0.8  # `shot X over S` joins framings that share at least this much (area over union)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    both = w * h
    return both / (a[2] * a[3] + b[2] * b[3] - both)


def _hint(word: str, choices: frozenset[str] | set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def read_toml(path: Path, shown: str, problems: list[Problem]) -> dict[str, Any]:
    file = read_toml_file(path, problems, "its names are unknown", missing_is_problem=True, shown=shown)
    return file.doc if file is not None else {}


def load_catalogues(assets: Assets, room: Room | None, problems: list[Problem]) -> Catalogues:
    hands = read_toml(assets.hands, assets.rel(assets.hands), problems)
    poses_doc = read_toml(assets.poses, assets.rel(assets.poses), problems)
    cues_doc = read_toml(assets.cues, assets.rel(assets.cues), problems)
    poses: dict[str, frozenset[str]] = {}
    faces: dict[str, frozenset[str]] = {}
    for who, table in poses_doc.items():
        face_names = table.get("faces", []) if isinstance(table, dict) else []
        if not isinstance(face_names, list) or not all(isinstance(n, str) for n in face_names):
            problems.append(Problem(assets.rel(assets.poses), 0, f"[{who}] faces must be a list of names"))
        else:
            faces[who] = frozenset(face_names)
        names = table.get("poses") if isinstance(table, dict) else None
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            problems.append(Problem(assets.rel(assets.poses), 0, f"[{who}] needs poses = [\"…\", …]"))
            continue
        poses[who] = frozenset(names)
    cue_table = cues_doc.get("cues", cues_doc)
    hand_table = hands.get("hands", hands)
    return Catalogues(
        hands=frozenset(k for k, v in (hand_table.items() if isinstance(hand_table, dict) else []) if isinstance(v, dict)),
        poses=poses,
        cues=frozenset(k for k, v in (cue_table.items() if isinstance(cue_table, dict) else []) if isinstance(v, dict)),
        shots=frozenset(room.shots) if room else frozenset(),
        objects=frozenset(room.anchors) if room else frozenset(),
        figures=frozenset(a.name for a in room.anchors_of("figure")) if room else frozenset(),
        faces=faces,
        framings={n: (s.rect.x, s.rect.y, s.rect.w, s.rect.h) for n, s in room.shots.items()} if room else {},
    )


def lint_script(script: Script, cat: Catalogues) -> list[Problem]:
    """Every reference in the script that the catalogues do not know."""
    problems: list[Problem] = []

    def bad(src: c.Source, msg: str) -> None:
        problems.append(Problem(src.file, src.line, msg))

    shown = ""  # the shot before, in the script's order
    for cmd in script.commands:
        if isinstance(cmd, c.Shot):
            a, b = cat.framings.get(shown), cat.framings.get(cmd.name)
            if cmd.over > 0 and a is not None and b is not None and _overlap(a, b) < DISSOLVE_OVERLAP:
                bad(cmd.src, f"'shot {cmd.name} over {cmd.over:g}' dissolves from '{shown}', another framing: a double "
                             "exposure (two of each person); cut to it, and let time pass within the one shot")
            shown = cmd.name
        if isinstance(cmd, c.Character):
            if cmd.hand not in cat.hands:
                bad(cmd.src, f"unknown hand '{cmd.hand}'{_hint(cmd.hand, cat.hands)}")
            if cmd.figure_id not in cat.poses:
                bad(cmd.src, f"character '{cmd.id}': no figure '{cmd.figure_id}' in assets/figures/poses.toml"
                             f"{_hint(cmd.figure_id, frozenset(cat.poses))}")
            elif cmd.id not in cat.figures:
                bad(cmd.src, f"character '{cmd.id}': the room map has no figure anchor named '{cmd.id}'")
        elif isinstance(cmd, c.Write) and cmd.hand is not None and cmd.hand not in cat.hands:
            bad(cmd.src, f"unknown hand '{cmd.hand}'{_hint(cmd.hand, cat.hands)}")
        elif isinstance(cmd, c.Shot) and cmd.name not in cat.shots:
            bad(cmd.src, f"unknown shot '{cmd.name}'{_hint(cmd.name, cat.shots)}")
        elif isinstance(cmd, c.Pose) and cmd.who in script.characters:
            poses = cat.poses.get(script.characters[cmd.who].figure_id, frozenset())
            if poses and cmd.pose not in poses:
                bad(cmd.src, f"unknown pose '{cmd.pose}' for '{cmd.who}'{_hint(cmd.pose, poses)}")
        elif isinstance(cmd, c.Look):
            targets = cat.objects | frozenset(script.characters)
            if cmd.target not in targets:
                bad(cmd.src, f"unknown look target '{cmd.target}'{_hint(cmd.target, targets)}")
            elif cmd.target == cmd.who:
                bad(cmd.src, f"'{cmd.who}' cannot look at themself")
        elif isinstance(cmd, c.Face) and cmd.who in script.characters:
            fig = script.characters[cmd.who].figure_id
            known = cat.faces.get(fig, frozenset())
            if cmd.expression not in known:
                listed = ", ".join(sorted(known)) or "none"
                bad(cmd.src, f"unknown expression '{cmd.expression}' for '{cmd.who}'{_hint(cmd.expression, known)}"
                             f" (the faces listed for '{fig}' in assets/figures/poses.toml: {listed})")
        elif isinstance(cmd, c.Sound) and cmd.cue not in cat.cues:
            bad(cmd.src, f"unknown sound cue '{cmd.cue}'{_hint(cmd.cue, cat.cues)}")
    return problems


def load_checked(assets: Assets, story: Path | None = None) -> tuple[Script, Room]:
    """Parse the story and the map and check every reference; raises ContentErrors."""
    problems: list[Problem] = []
    room: Room | None = None
    script: Script | None = None
    path = story or assets.story
    own = path.parent / "room.tmx"  # a story's room lives beside it, else the game's (game.content)
    room_map = own if own.exists() else assets.room_map
    try:
        room = load_room(room_map, assets.rel(room_map))
    except ContentErrors as err:
        problems.extend(err.problems)
    try:
        script = parse_text(read_story_text(path, assets.rel(path)), assets.rel(path))
    except ContentErrors as err:
        problems.extend(err.problems)
    cat = load_catalogues(assets, room, problems)
    if script is not None:
        problems.extend(endless_jumps(script))
    if script is not None and room is not None:
        problems.extend(lint_script(script, cat))
    if problems or script is None or room is None:
        raise ContentErrors(problems)
    return script, room


def _error_problem(shown: str, exc: Exception) -> Problem:
    """A data loader's error as a Problem; its message already names the file (and line)."""
    text = str(exc)
    first, _, rest = text.partition(": ")
    named = first == shown or first.endswith("/" + shown)  # the loader named it by its full path
    return Problem(shown, 0, rest if rest and named else text)


def check_assets(assets: Assets, room: Room | None) -> list[Problem]:
    """Every file the game will load exists and parses: fonts, hands, poses and figure art,
    sound cues, prop art. Loaders are imported here so a missing one is itself reported."""
    problems: list[Problem] = []
    for font in (assets.serif, assets.serif_italic):
        if not font.is_file():
            problems.append(Problem(assets.rel(font), 0, "font file not found"))
    try:
        from game.pen.hands import load_hands

        load_hands(assets.hands)
    except Exception as exc:
        problems.append(_error_problem(assets.rel(assets.hands), exc))
    try:
        from game.audio.cues import load_cues
        from game.audio.roles import check_mood

        load_cues(assets.cues, check_files=True)
        problems.extend(check_mood(assets.cues, assets.poses, assets.rel))  # mood.toml: roles, hush poses
    except Exception as exc:
        problems.append(_error_problem(assets.rel(assets.cues), exc))
    try:
        from game.art.rig import load_poses

        for cid, spec in load_poses(assets.poses).items():
            for part in spec.parts.values():
                for file in part.variants.values():
                    path = assets.art / "figures" / cid / file
                    if not path.is_file():
                        problems.append(Problem(assets.rel(path), 0, f"figure art for '{cid}' part '{part.name}' not found"))
    except Exception as exc:
        problems.append(_error_problem(assets.rel(assets.poses), exc))
    if room is not None:
        from game.art.props import PropArt
        from game.art.svg import SvgCache

        props = PropArt(room, assets.art / "props", SvgCache(Path("/nonexistent")))
        for path in props.missing:
            problems.append(Problem(assets.rel(path), 0, "prop art not found"))
        from game.art.inserts import check_inserts  # close shots: each insert_NAME shot's art

        problems.extend(check_inserts(list(room.shots), assets.art / "inserts", assets.rel))
    return problems


def lint_all(assets: Assets, stories: list[Path] | None = None) -> list[Problem]:
    """Every problem in the given stories (default: every story under scenes/), in their
    rooms and words, and in every asset file they use."""
    from game.words import words_problems

    stories = stories if stories is not None else sorted(assets.scenes.glob("*.story"))
    if not stories:
        return [Problem(assets.rel(assets.scenes), 0, "no .story files")]
    problems: list[Problem] = []

    def add(found: list[Problem]) -> None:
        problems.extend(p for p in found if p not in problems)

    for story in stories:
        try:
            load_checked(assets, story)
        except ContentErrors as err:
            add(err.problems)
        words = story.parent / "words.toml"
        words = words if words.exists() else assets.scenes / "words.toml"
        add(words_problems(words, assets.rel(words))[1])
        from game.credits import credits_path, credits_problems  # the ending card's credits

        credits = credits_path(story, assets.scenes)
        add(credits_problems(credits, assets.rel(credits))[1])
    rooms = [s.parent / "room.tmx" if (s.parent / "room.tmx").exists() else assets.room_map for s in stories]
    for room_map in dict.fromkeys(rooms):
        try:
            room: Room | None = load_room(room_map, assets.rel(room_map))
        except ContentErrors:
            room = None  # already reported
        add(check_assets(assets, room))
    add(deep_checks(assets, stories))
    from game.story.lint_translation import check_translation  # a translation against its original

    for story in stories:
        add(check_translation(assets, story))
    return problems
