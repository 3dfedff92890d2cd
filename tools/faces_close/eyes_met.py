"""eyes_met (story lines 60-61, "Their eyes met again, and in that moment, they both knew"): the gaze
close-up of line 24 again, the two faces nearer each other.

Why: seated on the sofa and in the armchair their eyes stay ~510 room px apart, so the wide two-shot
`faces_met` was ~880 px (1080p) of bare wall between the faces, 44-51 % of the frame (review11 #16),
and the story keeps them in their seats (he reaches across the table at 62 and writes from his chair
at 65). The close two-face framing of 24 holds both faces on one eye line; here she is moved `SHIFT`
px toward him (her whole figure; the eyes stay on their line) and he is seen a little nearer, so the dark between the noses is under
a quarter of the frame, and "again" is seen: the same two profiles as their first look, closer.

Hours later than 24 ("minutes turned into hours"): the candle is burnt down by `BURNT` of its 44 px of
wax, with wax run down its side (the same height at 24 and 60 read as the same moment, review12 D2),
and the candle moves with the faces' middle. The faces are the story's `face` beats (tender at 60, a
change at 61: insert parts with `face` follow them).

The drawings are the gaze's own (../gaze/*.svg, their face variants with them, so a change to the gaze
art shows here too) but the candle (eyes_met/candle.svg, gaze.candle burnt) and her head, drawn by the
gaze with her lids heavier (eyes_met/her.svg, her_lids.svg, faces/her.*.svg) and his head in this shot's
beat (his_head.svg, faces/his_head.*.svg); this writes those and
eyes_met/insert.toml from gaze/insert.toml: python -m tools.faces_close.eyes_met."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from tools.faces_close import beats, gaze, gaze_head
from tools.faces_close.svgkit import Doc, P, psoft

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"
# design px (1080p) each figure moves toward the other: her whole figure right (200 px left the noses
# 376-462 px apart, review12 D2: at most ~300 wanted); his is not moved (his jacket's back ends at the
# frame's right edge: moved left, its cut edge showed against the dark) but scaled (HIS_SCALE)
SHIFT = {"her": 340.0, "his": 0.0}
HIS_SCALE, HIS_PIVOT = 1.04, (2144.0, 1404.0)  # he is seen a little nearer (his parts scaled about their pivot,
# insert.toml's, off the right edge so his jacket still runs off the frame): his half is not 24's drawing
# (review12 D2: 17k of 669k px differed), his face 4 % larger and ~45 px nearer her; dy keeps his eye on the line
BURNT = 22.0  # px of the candle's 44 px of wax (gaze.WAX_H) burnt away since 24: half (17 read as the same height
# on screen while the pan sank with the top, review13 D2)
CANDLE_DX = 150.0  # 1080p px the candle and flame move right, to stay between the nearer faces
HEAVY_LID = -0.8  # her upper lids at 60-61 (gaze.HER_LID -0.25 at 24): heavier, softened, hours on
LOCAL = ("candle.svg", "her.svg", "her_lids.svg", "his_head.svg")  # drawn for this shot (eyes_met/), not read from ../gaze/
TITLE = 'title = "Their eyes meet again over the candle, nearer than at first"'


def _moved(name: str) -> tuple[float, float]:
    """How far the part `name` (a gaze svg) moves (1080p px): her parts right, his by SHIFT, the candle
    right with the faces' middle, the flame with it and down onto the burnt candle's wick."""
    if name in ("candle.svg", "flame.svg"):
        return CANDLE_DX, (BURNT * gaze.VIEW.z if name == "flame.svg" else 0.0)
    return next((dx for who, dx in SHIFT.items() if name.startswith(who)), 0.0), 0.0


def insert_toml(toml: str) -> str:
    """The gaze's insert.toml with its drawings read from ../gaze/ and each face's parts moved by a
    constant key (added to the gaze's own moves)."""
    out = ['# "Their eyes met again, and in that moment, they both knew" (story lines 60-61)\n'
           '# Written by python -m tools.faces_close.eyes_met from gaze/insert.toml: do not edit.\n', TITLE, "\n"]
    body = toml[toml.index("[[part]]"):]
    for part in body.split("[[part]]")[1:]:
        name = re.search(r'svg = "([^"]+)"', part)
        assert name, part
        if name[1] not in LOCAL:
            part = part.replace(f'svg = "{name[1]}"', f'svg = "../gaze/{name[1]}"', 1)
        dx, dy = _moved(name[1])
        scale = HIS_SCALE if name[1].startswith("his") else 1.0
        if scale != 1.0:
            dy = round((gaze.HIM_AT(gaze.EYE_AT)[1] - HIS_PIVOT[1]) * (1.0 - scale), 1)
        if dx or dy or scale != 1.0:
            key = f"[0, {dx:g}, {dy:g}, 0" + (f", {scale:g}]" if scale != 1.0 else "]")
            part = part.rstrip("\n") + f'\n[[part.motion]]\nkind = "keys"\nkeys = [{key}]\n\n'
        out.append("\n[[part]]" + part)
    return "".join(out).rstrip("\n") + "\n"


# her dress painted bluer than 24's (gaze.HER's #3b594b/#58806b): the nearer, lower flame's warm glow on her sleeve
# turned 24's green (hue 90-95 on screen) to an olive (76-79 at 60/61, CONT); painted so it renders 24's green
DRESSED = replace(gaze.HER, cloth="#345b4d", cloth_lit="#50826b")
SHADE = "#140a06"  # the brow's dimming under the lower flame
LOWER_LIT = 0.2  # the strength of the lower flame's change to the faces' light (its warm under, its dim above)


def _lit_lower(head: str, she: bool) -> str:
    """The head `head` (the gaze's drawing, 24's candle light) lit by the burnt-down candle: its flame
    BURNT px lower, so the light comes from further below: the brow and the eye's socket dimmer, the
    undersides (the chin's, along the jaw, the nose's) warmer. Laid over the head's own drawing (its
    ids prefixed so they do not meet the head's), in its view and place."""
    view, pl, m = (gaze.VIEW_HER, gaze._HER, gaze.HER) if she else (gaze.VIEW_HIM, gaze._HIM, gaze.HIM)
    lm = gaze_head.landmarks(gaze._prof(m))
    (lx, ly), (mx, my), (tx, ty), (sx, sy) = lm["lip_lo"], lm["menton"], lm["tip"], lm["sub"]
    d = Doc(line_alpha=gaze.LINES, view=view)
    k = LOWER_LIT
    psoft(d, pl, (gaze.EYE_AT[0] + 10, gaze.EYE_AT[1] - 60), 70, 50, SHADE, k)           # the brow
    psoft(d, pl, (gaze.EYE_AT[0] - 10, gaze.EYE_AT[1] + 20), 46, 30, SHADE, 0.5 * k)     # the eye's socket
    chin: P = ((lx + mx) / 2 - 12, (ly + my) / 2 + 10)
    psoft(d, pl, chin, 30, 24, gaze.WARM, 1.2 * k)                                          # under the chin
    psoft(d, pl, (mx - 30, my - 16), 50, 14, gaze.WARM, k, rot=-20)                         # along the jaw
    psoft(d, pl, ((tx + sx) / 2 - 4, (ty + sy) / 2 + 6), 14, 7, "#ffe0b0", k)              # the nose's underside
    extra = d.text().replace('id="', 'id="low').replace("url(#", "url(#low")
    defs = extra[extra.index("<defs>\n") + 7:extra.index("\n</defs>")]
    body = extra[extra.index("<g transform"):].split("\n", 1)[1].rsplit("\n</g>", 1)[0]
    head = head.replace("\n</defs>", "\n" + defs + "\n</defs>", 1)
    at = head.rindex("\n</g>")
    return head[:at] + "\n" + body + head[at:]


def _her_heavy() -> str:
    """Her head as the gaze draws it, its upper lids lowered to HEAVY_LID (gaze.her reads gaze.HER_LID
    when it draws), in the expression the story gives her at this shot unless a variant is forced."""
    saved, gaze.HER_LID = gaze.HER_LID, HEAVY_LID
    paint, gaze.HER = gaze.HER, DRESSED
    forced = "her" not in beats._FORCED
    if forced:
        beats._FORCED["her"] = beats.faces_at_inserts().get("eyes_met", {}).get("her", "")
    try:
        return _lit_lower(gaze.her(), she=True)
    finally:
        gaze.HER_LID, gaze.HER = saved, paint
        if forced:
            beats._FORCED.pop("her", None)


def _his_head() -> str:
    """His head as the gaze draws it, in the face the story gives him at this shot (tender, not 24's
    longing) unless a variant is forced: the part's plain drawing is the beat in force at its shot."""
    if "him" in beats._FORCED:
        return _lit_lower(gaze.his_head(), she=False)
    beats._FORCED["him"] = beats.faces_at_inserts().get("eyes_met", {}).get("him", "")
    try:
        return _lit_lower(gaze.his_head(), she=False)
    finally:
        beats._FORCED.pop("him", None)


def write_faces(out: Path) -> None:
    """Her head with heavier lids and his head (plain and one per face beat, faces/<stem>.<expression>.svg,
    as the gaze's), and her blink's shut lids over hers."""
    (out / "her.svg").write_text(_her_heavy(), encoding="utf-8")
    (out / "her_lids.svg").write_text(gaze.lids(_her_heavy(), gaze.HER, HEAVY_LID), encoding="utf-8")
    (out / "his_head.svg").write_text(_his_head(), encoding="utf-8")
    beats.write_variants(out, {"her.svg": ("her", _her_heavy), "his_head.svg": ("him", _his_head)})


def write(out: Path) -> None:
    """eyes_met's insert.toml, burnt candle and faces into `out`."""
    toml = (INSERTS / "gaze" / "insert.toml").read_text(encoding="utf-8")
    (out / "insert.toml").write_text(insert_toml(toml), encoding="utf-8")
    (out / "candle.svg").write_text(gaze.candle(BURNT), encoding="utf-8")
    write_faces(out)


def main() -> None:
    write(INSERTS / "eyes_met")


if __name__ == "__main__":
    main()
