"""The kiss's light on the skin (moved out of kiss.py, KISS4 stop 27, to keep it under 500 lines): the candle
between them on each face's front (glow_on), her cheek's form (cheek), his cheek laid smooth (smooth_cheek),
the far side's one turn (far_side), and rsoft, an ellipse kept round on the canvas under the heads' warp.
kiss.py re-exports what other modules read there."""

from __future__ import annotations

from tools.faces_close import face
from tools.faces_close.model import profile
from tools.faces_close.svgkit import Doc, P, Place, psoft, smooth

WARM = "#ffc27a"
NOSE_WARM = "#ec9a6c"  # the candle's warm on her nose (kiss.her())
NOSE_SHADE = "#a65c3a"  # the shade under her nose: warm and deep (her skin_shade there, under the candle's
# glow, read as grey-brown smudges round her nostril and upper lip, review13 D4)


def far_side(d: Doc, pl: Place, m: face.Model, alpha: float) -> None:
    """The face turning away from the light between them, toward the ear: one linear shade across the
    whole head's outline, clear at the front of the cheek and deepest at the back (review12 D4: the soft
    spots laid for this, seven on him, three on her, read as muddy brown blotches on both cheeks)."""
    g = d.lin(pl((-110, 0)), pl((-300, 0)), [(0, face.DEEP, 0), (0.55, face.DEEP, alpha * 0.6), (1, face.DEEP, alpha)])
    d.path(smooth(pl.all(profile(m)), tension=0.9), fill=g)



def rsoft(d: Doc, pl: Place, c: P, rx: float, ry: float, colour: str, opacity: float, rot: float = 0.0) -> None:
    """psoft kept as drawn on the canvas: the heads' warp (model.warp) squeezes the mid-face to ~0.7 of its
    height (0.33 under the nose), so a local ellipse there lies as a horizontal streak across the cheek
    (review13 look at 73: pale and brown streaks from the ear to the mouth)."""
    psoft(d, pl, c, rx, ry / pl.stretch(c[1]), colour, opacity, rot=rot)


def glow_on(d: Doc, pl: Place, m: face.Model, k: float = 1.0, dark: float = 1.0) -> None:
    """The candle light between them: the face's front lit warm (brow, cheekbone, lips, chin), turning
    through the cheek into shade toward the ear and the hair, so the face is modelled, not a flat plate."""
    sh = m.skin_shade
    # the side of the face away from the light, temple to the jaw's angle: one smooth turn (far_side; the
    # separate soft spots for temple, cheek and hollow read as muddy brown blotches, review12 D4)
    far_side(d, pl, m, 0.45 * dark)
    psoft(d, pl, (-190, 112), 80, 22, sh, 0.3 * dark, rot=-20)   # along the jaw
    psoft(d, pl, (-112, -206), 34, 26, sh, 0.3)           # the eye's socket under the brow
    psoft(d, pl, (-34, -52), 14, 12, NOSE_SHADE if m.she else sh, 0.4)  # under the nose
    # the lit planes facing the light: cheekbone, brow, bridge of the nose, the lips' surround, the chin
    rsoft(d, pl, (-130, -124), 56, 42, WARM, 0.26 * k, rot=-18)  # (round: a narrow one lined up across both
    # faces as one blurred band, lead stop 26)
    psoft(d, pl, (-110, -250), 36, 64, WARM, 0.22 * k)
    psoft(d, pl, (-46, -140), 9, 36, m.skin_lit, 0.4, rot=-28)
    psoft(d, pl, (-70, 50), 40, 46, WARM, 0.28 * k)
    rsoft(d, pl, (-80, -60), 60, 60, WARM, 0.2 * k)
    psoft(d, pl, (-44, 84), 26, 22, m.skin_lit, 0.35)
    # the warm rim where the light grazes the profile, forehead to chin
    # (brow to nose: the window's cold rim, face.planes; on her, the far face, none where his edge lies over
    # her upper lip: a pale seam there)
    prof = profile(m)
    # (his from the upper lip down: round his nose's underside it read as a beige strap, review10 #2)
    for run in ((prof[face.JOIN.stop - 1:22],) if m.she else (prof[15:22],)):
        d.path(smooth(pl.all([(x - 6, y) for x, y in run]), closed=False), stroke=WARM, width=5 * pl.scale,
               opacity=0.3 * k)


def cheek(d: Doc, pl: Place, m: face.Model) -> None:
    """Her cheek as a form, not a plain plate (KISS4: 'a huge plain plane'): the cheekbone's ridge catching
    the light from the eye's corner back toward the ear, a soft shade in the hollow under it running down
    to the jaw's angle, and the jaw's slim edge lit along its underside's turn."""
    # face.head's and face.planes' cheekbone lights, squeezed by the warp into a pale streak from the ear to
    # the nose, laid over in her skin first (review13 look at 73)
    rsoft(d, pl, (-136, -122), 76, 40, m.skin, 0.5)
    rsoft(d, pl, (-140, -122), 52, 34, m.skin_lit, 0.38, rot=-16)  # (round and low: a 70x20 stripe read as a band)
    rsoft(d, pl, (-124, -128), 22, 16, "#fff0d8", 0.16, rot=-16)
    # (no spots of shade in the cheek's hollow: with the far side's they read as blotches, review12 D4)
    # the cheek's plane from the mouth back to the jaw's angle in her own skin: face.head's shades there
    # (under the cheekbone, the jaw's turn) stacked into one dark band across her face at the mouth's
    # height, level with his (lead stop 26: 'a blurred band crosses both faces')
    # and over face.head's shade under the cheekbone, which ran from the ear to her upper lip as one dark
    # diagonal smudge (review12 D4: 'muddy brown blotches on the cheeks')
    # (one round cover, then the far side's one turn again: two long covers' ends read as streaks from the
    # ear to the mouth, review13 look at 73)
    psoft(d, pl, (-120, -20), 120, 100, m.skin, 0.6)
    far_side(d, pl, m, 0.25)
    rsoft(d, pl, (-108, -80), 36, 28, "#e0707a", 0.2)  # her blush again, round, over the cover
    psoft(d, pl, (-110, 58), 60, 8, m.skin_lit, 0.2, rot=-14)  # above the jaw's underside (kiss._jaw_under)


def smooth_cheek(d: Doc, pl: Place, m: face.Model) -> None:
    """His cheek from beside the nose back under the eye laid over in his own skin, soft: face.head's and
    face.planes' spots of shade there (under the cheekbone, its hollow, the ramus) stacked into soft brown
    patches beside her hand (review13 D4); far_side (_turn) turns the cheek to the ear as one form."""
    psoft(d, pl, (-130, -60), 90, 60, m.skin, 0.5, rot=10)
    rsoft(d, pl, (-136, -122), 76, 40, m.skin, 0.5)  # the cheekbone's squeezed streak (as on her, cheek())
    # and beside his nose's wing down to the lip (the fold's spots and the shave's cool grey there)
    psoft(d, pl, (-44, -48), 26, 26, m.skin, 0.45)
