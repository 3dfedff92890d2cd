"""hand_reach (line 62): his hand slides across the table until his fingertips touch hers."""

from __future__ import annotations

from tools.hands.geometry import (
    HER,
    HIS,
    INSERTS,
    default_fingers,
    set_light,
    thumb_default,
    write,
)
from tools.hands.geometry import Doc as Doc
from tools.hands.geometry import FingerSpec as FingerSpec
from tools.hands.geometry import HandSpec as HandSpec
from tools.hands.geometry import P as P
from tools.hands.geometry import TransformFn as TransformFn
from tools.hands.geometry import Xf as Xf
from tools.hands.parts import hand, his_sleeve

OUT = str(INSERTS) + "/hand_reach/"


def main() -> None:
    set_light((-0.6, -0.8))
    # her hand, from the left, palm down, resting
    her = HandSpec(Xf(330, 450, rot=-3, s=1.35), HER)
    her.fingers = default_fingers(spread=7, bends=[(8, 6), (6, 5), (7, 6), (9, 8)], foreshorten=[0.97, 1, 0.97, 0.95])
    her.fingers = [FingerSpec((fs.base[0], fs.base[1] * 0.92), fs.ang, fs.lens, fs.w * 0.88, fs.bends, fs.show) for fs in her.fingers]
    her.thumb = thumb_default(ang=-30, bend=14, k=0.95)
    her.thumb = FingerSpec((86, -66), her.thumb.ang, her.thumb.lens, 44, her.thumb.bends, "back", taper=0.74)
    d = Doc()
    hand(d, her, forearm_len=520)  # bare forearm past the frame: short puffed sleeves (the wides)
    write(OUT + "hers.svg", d.svg())

    # his hand, from the right, palm down, reaching, fingers a little lifted
    him = HandSpec(Xf(1340, 440, rot=183, s=1.45, mirror=True), HIS)
    him.fingers = default_fingers(spread=6, bends=[(4, 4), (3, 3), (5, 4), (7, 6)], foreshorten=[1, 1, 0.98, 0.96])
    him.thumb = thumb_default(ang=-28, bend=12)
    him.thumb = FingerSpec((90, -70), -26, (72, 54), 48, (10,), 'back', taper=0.72)
    d = Doc()
    hand(d, him, shadow=(12, 18))  # resting on the table: a close contact shadow
    his_sleeve(d, him.xf)
    write(OUT + "his.svg", d.svg())
