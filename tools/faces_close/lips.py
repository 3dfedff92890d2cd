"""trembling_lips (story line 19): her lower face, close, modelled with soft light instead of lines.

At this scale any drawn line on the skin reads as a ruled grid, so the nose, the philtrum,
the folds beside the mouth and the chin are each a few soft-edged ellipses of light or
shade (svgkit.soft): a lit nose tip and bridge, the wings' round shading, nostrils as soft
dark hollows, the shadow the nose casts on the upper lip, a philtrum groove between two
faint ridges, cheeks turning away into shade, a shadow under the lower lip and a lit chin.
Her chestnut hair frames the face in many fine strands of two lights. The lips (two parts
that tremble, insert.toml) are modelled shapes; the mouth's dark and the teeth are here.
"""

from __future__ import annotations

import random
from pathlib import Path

from tools.faces_close import beats
from tools.faces_close.svgkit import Doc, f, soft

SHADE = "#7a3e2c"
DEEP = "#4a2016"
LIGHT = "#fff0e2"


def face() -> str:
    d = Doc()
    d.body.append("<!-- Her lower face, close, modelled by soft light and shade (no lines on the skin); "
                  "the dark of the parted mouth and the teeth behind the trembling lips. -->")
    neck = d.lin((0, 700), (0, 1080), [(0, "#40241a", 1), (1, "#845640", 1)])
    d.path("M 700,700 C 760,860 800,980 780,1100 L 1300,1100 C 1270,980 1290,860 1330,700 Z", fill=neck)
    skin = d.rad((990, 360), 720, [(0, "#f8d8c0", 1), (0.4, "#e8b496", 1), (0.72, "#c08062", 1), (1, "#74402e", 1)])
    outline = ("M 470,-20 L 1460,-20 C 1470,250 1440,520 1310,690 C 1210,820 1110,888 1000,896 "
               "C 880,894 760,826 680,706 C 570,548 500,300 470,-20 Z")
    d.path(outline, fill=skin)
    # the cheeks turn away from the light into shade at both sides; the jaw rounds under
    soft(d, (540, 380), 170, 520, "#5a2c1e", 0.45, core=0.2)
    soft(d, (1420, 380), 160, 520, "#5a2c1e", 0.5, core=0.2)
    soft(d, (1000, 900), 360, 70, "#4a2016", 0.45, core=0.3)
    # cheek light and a rose flush
    soft(d, (700, 240), 170, 120, LIGHT, 0.22)
    soft(d, (1300, 240), 150, 110, LIGHT, 0.16)
    soft(d, (690, 340), 190, 130, "#e2766a", 0.32)
    soft(d, (1320, 330), 170, 120, "#e2766a", 0.28)
    # the nose: bridge and tip lit, wings rounded by shade, nostrils soft hollows, its shadow below
    soft(d, (996, 30), 46, 120, LIGHT, 0.35)
    soft(d, (890, 180), 64, 74, SHADE, 0.35)
    soft(d, (1110, 180), 64, 74, SHADE, 0.4)
    soft(d, (904, 176), 40, 44, "#f6ccb0", 0.55)
    soft(d, (1096, 176), 40, 44, "#f0c0a2", 0.45)
    soft(d, (1000, 150), 90, 74, "#fadcc4", 0.75, core=0.35)
    soft(d, (1000, 240), 150, 34, DEEP, 0.42, core=0.25)
    soft(d, (1008, 128), 40, 30, LIGHT, 0.7)
    # the nostrils: hollows in the shade under the tip, each under the round of its wing (crisp near-black
    # discs read as two holes in a blur, review7 #3), deepest toward the middle
    soft(d, (944, 212), 40, 18, "#5a2214", 0.45, rot=18)
    soft(d, (1056, 212), 40, 18, "#5a2214", 0.45, rot=-18)
    soft(d, (954, 214), 22, 9, "#2e1008", 0.6, rot=18)
    soft(d, (1046, 214), 22, 9, "#2e1008", 0.6, rot=-18)
    soft(d, (912, 196), 26, 20, "#f6ccb0", 0.3)   # the wings' rims catch the light round them
    soft(d, (1088, 196), 26, 20, "#f0c0a2", 0.25)
    soft(d, (1000, 222), 24, 14, "#f0c2a6", 0.5)
    # the shadow the nose casts on the upper lip; the philtrum groove between two soft ridges
    soft(d, (1014, 276), 120, 34, SHADE, 0.3)
    soft(d, (1000, 318), 26, 72, "#9a5640", 0.3)
    soft(d, (962, 320), 12, 70, LIGHT, 0.3)
    soft(d, (1038, 320), 12, 70, LIGHT, 0.25)
    # the folds beside the mouth: a lit cheek above a soft shade, never a line
    soft(d, (800, 370), 46, 180, SHADE, 0.2, rot=24, core=0.2)
    soft(d, (1200, 370), 46, 180, SHADE, 0.22, rot=-24, core=0.2)
    soft(d, (840, 300), 70, 150, LIGHT, 0.12, rot=24)
    soft(d, (1160, 300), 70, 150, LIGHT, 0.1, rot=-24)
    # the mouth's corners sink softly, deeper and lower the sadder the story's face beat (beats.py)
    droop = beats.look("trembling_lips", "her").droop
    soft(d, (724, 470 + 12 * droop), 34, 26, DEEP, round(0.35 + 0.2 * droop, 3))
    soft(d, (1276, 468 + 12 * droop), 34, 26, DEEP, round(0.35 + 0.2 * droop, 3))
    # the dark of the parted mouth and the teeth
    mouth = d.rad((1000, 470), 280, [(0, "#1a0507", 1), (1, "#4a1418", 1)])
    d.path("M 730,470 C 840,436 1160,436 1270,468 C 1160,540 840,540 730,470 Z", fill=mouth)
    # the corners' dark (the commissure), a little past where the lips meet: as the lower lip trembles
    # its corner parts from the upper's over shadow, never over bare skin
    for x, y, r in ((746, 478, 10), (1254, 476, -10)):
        soft(d, (x, y), 15, 9, "#2a0a0c", 0.85, rot=r, core=0.45)
    teeth = d.lin((0, 442), (0, 480), [(0, "#6a5046", 1), (0.35, "#e8dccc", 1), (0.8, "#f4ebe0", 1),
                                       (1, "#b8a496", 1)])
    d.path("M 850,452 C 940,442 1060,442 1150,452 C 1146,462 1140,472 1130,478 C 1050,470 950,470 870,480 "
           "C 860,472 854,462 850,452 Z", fill=teeth)
    # the teeth turn away into the mouth's dark at either side and lie in the upper lip's shade at the top
    # (a flat pale strip with square ends read as paper in the mouth, review7 #3)
    for x in (864, 1136):
        soft(d, (x, 464), 64, 20, "#1a0507", 0.55)
    soft(d, (1000, 449), 170, 7, "#3a1a14", 0.4)
    soft(d, (1000, 462), 3, 11, "#8a7468", 0.35)  # between the two front teeth
    # under the lower lip a soft hollow, then the chin's round light
    soft(d, (1000, 656), 210, 48, DEEP, 0.4, core=0.2)
    soft(d, (1000, 770), 170, 90, LIGHT, 0.26)
    soft(d, (1010, 790), 70, 40, LIGHT, 0.2)
    # the far jaw in shade
    d.path("M 1000,896 C 1110,888 1210,820 1310,690 C 1300,760 1200,860 1060,900 Z", fill="#3a1e16",
           opacity=0.3)
    return d.text()


def hair() -> str:
    """Chestnut hair either side, outside the face, in fine strands of a warm and a deep light."""
    d = Doc()
    d.body.append("<!-- Her chestnut hair framing the face: two masses of fine lit strands. -->")
    rng = random.Random(19)
    hl = d.lin((0, 0), (560, 0), [(0, "#1e0c05", 1), (0.7, "#5a2a12", 1), (1, "#8e4a24", 1)])
    d.path("M -20,-20 L 501,-20 L 500,6 C 470,200 450,470 520,720 C 560,880 520,1000 470,1100 L -20,1100 Z",
           fill=hl)
    hr = d.lin((1920, 0), (1400, 0), [(0, "#1a0a04", 1), (0.7, "#4e240e", 1), (1, "#844420", 1)])
    d.path("M 1430,-20 L 1918,-20 L 1918,1100 L 1520,1100 C 1580,900 1540,700 1480,520 C 1440,340 1440,140 "
           "1430,-20 Z", fill=hr)
    for side in (-1, 1):
        for _ in range(34):
            t = rng.random()
            if side < 0:
                x0 = 20 + 470 * t
                bow = -30 + 60 * rng.random()
                x1 = x0 - 20 + 50 * t + bow
                x2 = x0 - 60 + 80 * t
                near = t
            else:
                x0 = 1440 + 470 * (1 - t)
                bow = -30 + 60 * rng.random()
                x1 = x0 + 20 - 50 * t + bow
                x2 = x0 + 60 - 80 * t
                near = t
            lit = rng.random() < 0.55
            col = ("#d0844a" if side < 0 else "#b87040") if lit else "#1a0804"
            op = (0.25 + 0.45 * near * rng.random()) if lit else 0.35
            w = 1.5 + 3.5 * rng.random()
            y0 = -10 + 60 * rng.random()
            x0, x1, x2 = (min(1900.0, v) for v in (x0, x1, x2))  # short of the right edge: see write()
            d.path(f"M {f(x0)},{f(y0)} C {f(x1)},{f(300 + 80 * rng.random())} {f(x1 + 10 * side)},"
                   f"{f(700 + 80 * rng.random())} {f(x2)},1100", stroke=col, width=w, opacity=round(op, 2))
    # the edge strands nearest the face catch the candle
    d.path("M 498,10 C 470,220 455,470 522,722 C 556,860 526,990 480,1100", stroke="#e09a5e", width=3,
           opacity=0.45)
    d.path("M 1434,10 C 1446,180 1448,360 1484,524 C 1540,700 1580,900 1524,1100", stroke="#c88450", width=3,
           opacity=0.35)
    return d.text()


LIP_UPPER = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">
<!-- Her upper lip: a cupid's bow with volume, its edge fading softly into the skin (no ink line: review8 #17), a soft light on its ridge. -->
<defs>
<linearGradient id="lu" x1="0" y1="370" x2="0" y2="470" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#a84450"/><stop offset="0.6" stop-color="#cc6a72"/><stop offset="1" stop-color="#8a3440"/></linearGradient>
</defs>
<path d="M 730,470 C 800,424 880,372 950,372 C 976,373 990,386 1000,394 C 1010,386 1026,372 1052,371 C 1122,370 1200,424 1270,468 C 1200,462 1140,452 1080,452 C 1040,451 1016,460 1000,462 C 984,460 960,451 920,452 C 860,453 800,462 730,470 Z" fill="none" stroke="#b25a5c" stroke-width="9" stroke-linejoin="round" opacity="0.14"/>
<path d="M 730,470 C 800,424 880,372 950,372 C 976,373 990,386 1000,394 C 1010,386 1026,372 1052,371 C 1122,370 1200,424 1270,468 C 1200,462 1140,452 1080,452 C 1040,451 1016,460 1000,462 C 984,460 960,451 920,452 C 860,453 800,462 730,470 Z" fill="none" stroke="#b25a5c" stroke-width="5" stroke-linejoin="round" opacity="0.22"/>
<path d="M 730,470 C 800,424 880,372 950,372 C 976,373 990,386 1000,394 C 1010,386 1026,372 1052,371 C 1122,370 1200,424 1270,468 C 1200,462 1140,452 1080,452 C 1040,451 1016,460 1000,462 C 984,460 960,451 920,452 C 860,453 800,462 730,470 Z" fill="url(#lu)" stroke="#b25a5c" stroke-width="2" stroke-linejoin="round" stroke-opacity="0.35"/>
<path d="M 900,392 C 940,382 975,388 996,404" stroke="#e88a8a" stroke-width="9" fill="none" opacity="0.25" stroke-linecap="round"/>
<path d="M 1008,404 C 1030,388 1070,384 1110,394" stroke="#e88a8a" stroke-width="8" fill="none" opacity="0.2" stroke-linecap="round"/>
</svg>
"""

LIP_LOWER = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1920 1080" width="1920" height="1080">
<!-- Her lower lip, full and parted from the upper, its edge soft, a little moist light: it trembles (insert.toml). -->
<defs>
<linearGradient id="ll" x1="0" y1="480" x2="0" y2="620" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#8a3440"/><stop offset="0.18" stop-color="#dc7e84"/><stop offset="0.6" stop-color="#c86670"/><stop offset="1" stop-color="#94404a"/></linearGradient>
<radialGradient id="wet" cx="50%" cy="50%" r="50%"><stop offset="0" stop-color="#ffffff" stop-opacity="0.3"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
<radialGradient id="shade" cx="50%" cy="50%" r="50%"><stop offset="0" stop-color="#6a2430" stop-opacity="0.35"/><stop offset="1" stop-color="#6a2430" stop-opacity="0"/></radialGradient>
</defs>
<path d="M 738,474 C 830,494 940,508 1000,508 C 1060,508 1170,494 1262,472 C 1220,570 1120,622 1000,624 C 880,624 776,572 738,474 Z" fill="none" stroke="#b25e62" stroke-width="9" stroke-linejoin="round" opacity="0.14"/>
<path d="M 738,474 C 830,494 940,508 1000,508 C 1060,508 1170,494 1262,472 C 1220,570 1120,622 1000,624 C 880,624 776,572 738,474 Z" fill="none" stroke="#b25e62" stroke-width="5" stroke-linejoin="round" opacity="0.22"/>
<path d="M 738,474 C 830,494 940,508 1000,508 C 1060,508 1170,494 1262,472 C 1220,570 1120,622 1000,624 C 880,624 776,572 738,474 Z" fill="url(#ll)" stroke="#b25e62" stroke-width="2" stroke-linejoin="round" stroke-opacity="0.35"/>
<ellipse cx="1000" cy="600" rx="190" ry="22" fill="url(#shade)"/>
<ellipse cx="1030" cy="556" rx="120" ry="26" fill="url(#wet)"/>
<path d="M 990,548 C 1020,540 1060,540 1090,548" stroke="#fff6f0" stroke-width="7" fill="none" opacity="0.3" stroke-linecap="round"/>
<path d="M 880,560 C 900,570 920,576 940,578" stroke="#e89a98" stroke-width="4" fill="none" opacity="0.5" stroke-linecap="round"/>
</svg>
"""


def write(out: Path) -> None:
    """The hair stays 2 px short of the right edge: a part covering the whole canvas is drawn as an
    opaque backdrop by the insert renderer (game/art/inserts.py)."""
    (out / "face.svg").write_text(face(), encoding="utf-8")
    (out / "hair.svg").write_text(hair(), encoding="utf-8")
    (out / "lip_upper.svg").write_text(LIP_UPPER, encoding="utf-8")
    (out / "lip_lower.svg").write_text(LIP_LOWER, encoding="utf-8")
    beats.write_variants(out, {"face.svg": ("her", face)})
