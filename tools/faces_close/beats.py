"""Which expression each face close-up shows: the story's `face` beat in force at its shot.

The story script says how each character feels (`face her tearful`, names listed in
assets/figures/poses.toml); a close-up must carry that feeling, not one drawn once. So the
generator reads scenes/whispers.story, takes the last `face` line for each character before
each `shot insert_NAME`, and turns the expression into the few numbers a face is drawn with
(`Look`): how far the brows' inner ends lift (sorrow, negative knits them down), how far
the mouth's corners fall (droop, negative lifts them) and how far the lips part. Change a
face beat before a close-up and `python -m tools.faces_close` redraws it; a test checks the
committed art is what the generator writes, so the two cannot drift apart.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

STORY = Path(__file__).resolve().parents[2] / "scenes" / "whispers.story"
POSES = Path(__file__).resolve().parents[2] / "assets" / "figures" / "poses.toml"
VARIANTS = "faces"  # each insert's folder/faces/<part stem>.<expression>.svg: the game picks one by the live beat
_FORCED: dict[str, str] = {}  # character -> expression, while write_variants draws a variant


@dataclass(frozen=True)
class Look:
    sorrow: float  # brows' inner ends lifted (>0) or knit down (<0)
    droop: float   # mouth corners down (>0) or up (<0)
    parted: float  # lips apart, in the face's local pixels


LOOKS: dict[str, Look] = {
    "calm": Look(0.2, 0.0, 0.0),
    "apprehensive": Look(0.8, 0.3, 2.0),
    "longing": Look(1.0, 0.5, 2.0),
    "aching": Look(1.3, 0.7, 3.0),
    "tearful": Look(1.6, 0.9, 4.0),
    "tender": Look(0.3, -0.2, 1.0),
    "tense": Look(-0.6, 0.3, 0.0),
    "brooding": Look(-0.9, 0.5, 0.0),
    "pleading": Look(1.5, 0.6, 3.0),
    "remorseful": Look(1.3, 0.8, 1.0),
}
NEUTRAL = Look(0.5, 0.3, 1.0)


def faces_at_inserts(story: Path = STORY) -> dict[str, dict[str, str]]:
    """insert name -> {character: expression} in force when the story cuts to it."""
    now: dict[str, str] = {}
    out: dict[str, dict[str, str]] = {}
    for line in story.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == "face":
            now[words[1]] = words[2]
        elif len(words) == 2 and words[0] == "shot" and words[1].startswith("insert_"):
            out.setdefault(words[1].removeprefix("insert_"), dict(now))
    return out


def look(insert: str, who: str, story: Path = STORY) -> Look:
    """The Look of `who` in the close-up `insert` (NEUTRAL if the story gives no face beat)."""
    expr = _FORCED.get(who) or faces_at_inserts(story).get(insert, {}).get(who)
    return LOOKS.get(expr, NEUTRAL) if expr else NEUTRAL


def expressions(who: str, poses: Path = POSES) -> list[str]:
    """The faces the story may give `who` (assets/figures/poses.toml, what the lint allows)."""
    data = tomllib.loads(poses.read_text(encoding="utf-8")).get(who, {})
    faces = data.get("faces", []) if isinstance(data, dict) else []
    return [str(f) for f in faces]


def write_variants(out: Path, parts: dict[str, tuple[str, Callable[[], str]]]) -> None:
    """Each part that carries a character's face (file name -> (character, its drawing)) drawn once
    per expression the character can take, as out/faces/<stem>.<expression>.svg. The part's plain
    file is the beat in force in the script; game/art/inserts.py shows the variant of the beat in
    force when the story cuts to it (the same drawing unless the story was changed since)."""
    folder = out / VARIANTS
    folder.mkdir(exist_ok=True)
    for name, (who, draw) in parts.items():
        for expr in expressions(who):
            _FORCED[who] = expr
            try:
                text = draw()
            finally:
                _FORCED.pop(who, None)
            (folder / f"{Path(name).stem}.{expr}.svg").write_text(text, encoding="utf-8")
