"""One model per person for the face close-ups, fed from the wides' heads (review11 #4: 'the wide is a
flat cel with snub noses; the close-up is airbrushed semi-realism with long straight noses and a jaw
about 1.5x wider').

What it holds, for her and for him:
- `WIDE_HER`, `WIDE_HIM` (`Wide`): the wide heads' landmarks, read off assets/art/figures/<who>/head.svg
  and its eyes_closed/brows_*/mouth_rest overlays (game/art/figures.py draws them) in head.svg units:
  the skull's top, the shut eye (centre, lid length), the brow (length, weight), the nose's tip and base,
  the mouth's line, the jaw's lowest point.
- `CLOSE_HER`, `CLOSE_HIM` (`Close`): the same landmarks on face.py's close profiles (local frame: facing
  right, lips' front at the origin, y down).
- `HER`, `HIM` (face.Model): the paint, skin as the wide heads paint the cheek (their skin gradient at
  0.75 across the head, its ends the lit front and the shaded back), hair as the wides' hair gradient,
  lips a deeper skin; `HER_IRIS` (face.py) her brown eyes.
- `warp(who)`: knots for svgkit.Place.ys that move the close profile's eye, nose base and chin to where
  the wide's stand for its cranium (skull top to eye kept): the mid-face from eye to mouth is 0.64 of the
  close profile's on her, 0.73 on him, his chin 0.82 (its jaw no deeper than the wide's allows), her
  chin kept (the wide's is deeper; her slim jaw stays).
- `eye_size(who)`, `brow_weight(who)`: the shut eye drawn larger and the brow heavier toward the wides'
  (the wide's lid is 0.42 of its cranium, the close's 0.17: EYE_TOWARD of the way there).
- `HER_NOSE`: her nose short and snub as in the wide (the bridge scooped under the brow, the tip turned
  up, its underside rising to it); `HIS_NOSE`: his straight, standing out past his brow; `HER_JAW`: her
  jaw a slim line from the chin to under the ear. Each replaces a run of face.py's profile (`profile`).

Names are stable (the gaze reads them too).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tools.faces_close import face
from tools.faces_close.svgkit import P


@dataclass(frozen=True)
class Wide:
    """A wide head's landmarks in its head.svg units (facing right, y down)."""

    crown: float      # the skull's top, under the hair
    eye: P            # the shut eye's centre
    lid: float        # the shut lid's length
    brow: float       # the brow's length
    brow_w: float     # its thickness
    nose_tip: P
    nose_base: P      # where the nose's underside meets the upper lip
    mouth: float      # the line between the lips
    chin: float       # the jaw's lowest point


# her/head.svg: skull top 18 ('C 26 36 50 18 76 18'), nose 'L 108 58 C 109 64 112 72 118 81 C 120 85 116 87
# 110 88', jaw 'C 100 120 90 124 80 124'; eyes_closed.svg's lid 94..110 at y 67-70 scaled 1.3 about (102,66);
# brows_soft.svg 91..108.5 scaled 1.2, 2.4 wide; mouth_rest.svg's line at 95 about 95 (scale 1.3).
WIDE_HER = Wide(crown=18.0, eye=(102.0, 69.0), lid=20.8, brow=21.5, brow_w=2.9, nose_tip=(119.5, 84.0),
                nose_base=(110.0, 88.0), mouth=96.0, chin=124.0)
# him/head.svg (inside its scale(0.92) group): skull top 12, nose tip 'C 116 72 121 79 126 86 C 127 89 123 91
# 118 92', lips to 108, jaw 'C 113 126 108 128 C 96 130'; eyes_closed.svg's lid centre (100, 70) in the
# same units, 19.5 long; mouth_rest.svg's line at 102; brows_soft.svg 92.6..113.8, ~3.3 thick.
WIDE_HIM = Wide(crown=12.0, eye=(100.0, 70.0), lid=19.5, brow=21.2, brow_w=3.3, nose_tip=(126.5, 87.5),
                nose_base=(118.0, 92.0), mouth=102.0, chin=129.0)


@dataclass(frozen=True)
class Close:
    """The same landmarks' heights on face.py's close profile (local frame, lips' front at 0)."""

    crown: float
    eye: float
    lid: float
    nose_base: float
    chin: float


CLOSE_HER = Close(crown=-430.0, eye=-194.0, lid=39.0, nose_base=-67.0, chin=106.0)
CLOSE_HIM = Close(crown=-450.0, eye=-194.0, lid=39.0, nose_base=-60.0, chin=146.0)
LIPS = 22.0  # the lips' band (face.LIP_UP/LIP_LO, +-21 local px) kept unwarped: the kiss's lips meet as drawn
EYE_TOWARD = 0.4  # how far the close eye goes toward the wide's size (all the way, 2.5x, read as a cartoon's)
BROW_TOWARD = 0.5


def _pair(she: bool) -> tuple[Wide, Close]:
    return (WIDE_HER, CLOSE_HER) if she else (WIDE_HIM, CLOSE_HIM)


def cranium_scale(she: bool) -> float:
    """Close local px per wide head.svg unit, matching the two craniums (skull top to eye)."""
    w, c = _pair(she)
    return (c.eye - c.crown) / (w.eye[1] - w.crown)


def warp(she: bool) -> tuple[P, ...]:
    """Knots (close y, drawn y) for svgkit.Place.ys: the lips stay at 0, the nose's base, the eye and the
    chin move to the wide's heights for the close cranium, the cranium above the eye moves down whole.
    The chin never grows (a deeper jaw than the close profile's read heavy: review9)."""
    w, c = _pair(she)
    s = cranium_scale(she)
    base = -(w.mouth - w.nose_base[1]) * s
    eye = base - (w.nose_base[1] - w.eye[1]) * s
    chin = min(c.chin, (w.chin - w.mouth) * s)
    lips = ((-LIPS, -LIPS), (LIPS, LIPS)) if base < -LIPS else ((0.0, 0.0),)
    return ((c.crown, eye - (c.eye - c.crown)), (c.eye, eye), (c.nose_base, base), *lips,
            (c.chin, chin))


def eye_size(she: bool) -> float:
    """The shut eye's scale about its centre: EYE_TOWARD of the way to the wide's lid for the cranium."""
    w, c = _pair(she)
    return 1.0 + EYE_TOWARD * (w.lid * cranium_scale(she) / c.lid - 1.0)


def brow_weight(she: bool) -> float:
    """The brow's thickness in close local px: BROW_TOWARD of the way from face.brow's to the wide's."""
    w, _ = _pair(she)
    now = 6.0 if she else 10.0  # face.brow's
    return now + BROW_TOWARD * (w.brow_w * cranium_scale(she) - now)


# The paint (review10 #4: 'cutting 72 -> 73 swaps the actors'): skin as the wide heads paint the cheek, hair
# as the wides' hair gradient (his near-black already the sheet's, her chestnut the wide's with its lit
# strands' colour). His shade a little deeper than the wide's neck (#9a6a4e): the close shot models his
# face in the candle's light.
# Her hair a muted chestnut (the kiss's light is warm and deepens saturation: the old #904422/#c8743e
# rendered at 73 a ginger, saturation 0.82-0.89, against the wides' 0.73-0.78); her dress a bluer green (the
# warm light turned #4f7a4a olive, hue 76 deg, the wides' 87-102). His suit near-black as in the wides (the
# old #4a4e58 rendered mid-grey, value 0.21, saturation 0.18, beside 72's 0.09).
HER = replace(face.HER, skin="#dcaa8f", skin_lit="#eec1a4", skin_shade="#8c5c45",
              hair="#a25f3e", hair_lit="#c07a4c", hair_dark="#623a25", cloth="#3f7458", cloth_lit="#5f9a78")
HIM = replace(face.HIM, skin="#d9a783", skin_lit="#e2b08c", skin_shade="#80523a",
              hair="#1a1412", hair_lit="#4a3a32", hair_dark="#0a0808", cloth="#2a2624", cloth_lit="#4a433e")

# Her nose as the wide's (her/head.svg: the bridge scooped in under the brow, the tip turned up and round,
# its underside rising from the upper lip to it): replaces face._FACE_HER[6:12], the root under the brow,
# two bridge points (10 px behind the root-to-tip line), the tip's front [9], its underside, the base.
HER_NOSE: list[P] = [(-54, -172), (-30, -132), (-2, -108), (14, -98), (10, -84), (-20, -67)]
# his straight and higher-bridged, standing out past his brow though his head tips down (at the model's
# length the tipped brow came level with its tip and the face read three-quarter): face._FACE_HIM[8:13]
HIS_NOSE: list[P] = [(-14, -128), (18, -96), (26, -82), (12, -68), (-22, -60)]
# her jaw a slim line rising from the chin to under the ear (the model's round jaw, turned up, hung below
# her mouth as a bulging plane): face._FACE_HER[19:26]
HER_JAW: list[P] = [(-24, 60), (-32, 86), (-58, 104), (-112, 106), (-170, 76), (-214, 28), (-246, -36)]


def profile(m: face.Model) -> list[P]:
    """The close profile of `m` in this model (face.py's local frame, before `warp`); its indices are
    face.py's (the nose's tip at [9], the lips' front at [15] on her)."""
    prof = list(face._face(m))
    if m.she:
        prof[6:12] = HER_NOSE
        prof[19:26] = HER_JAW
    else:
        prof[8:13] = HIS_NOSE
    return prof
