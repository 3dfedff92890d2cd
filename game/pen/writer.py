"""The writer's hand over the page: sleeve, cuff, hand and the one pen that writes.

Seen from above, a right hand holds the pen in a tripod grip: the barrel pinched between
the thumb's pad and the side of the middle finger, the index finger lying on top of it,
ring and little fingers curled under the palm with their knuckles on the page, the back of
the hand turned up and to the right, the forearm coming in from the lower right (mirrored
for a writer on the left of the book).

It is painted, not drawn: every form (finger bones, knuckles, metacarpals, wrist, forearm,
cuff, sleeve, the pen's barrel and nib) is a tapered capsule with a height, and the forms
are joined by a smooth union into one height field with its normals, so fingers grow out
of the hand without seams and lie over or under the barrel by their height. The field is
lit by the scene's candle (off the frame at the upper left, as `game.pen.desk` lights the
table): wrapped diffuse light with a warm subsurface edge on skin, occlusion in the creases,
cast shadows of one form on another, a glint on nails, lacquer and gold; then its shadow on
the page is thrown by height. All of it once per (pixel scale, look), supersampled, in the
pen's own frame (the tip at the origin, the barrel along +u), then turned to the angle the
pen is held at; a frame costs two blits. The forms are plain data (game.pen.hand_forms) so
the picture can be mended without touching the code that paints it; the canvas is
game.pen.relief's, the lighting game.pen.shade's, both worked in bands of rows
(game.pen.bands: a cold bake of his hand at 1080p +170 -> +45 MB of resident).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import pygame

from game.art.baked import baked
from game.pen.bands import blur
from game.pen.hand_forms import BRUSH, PEN, hand_parts
from game.pen.hands import Hand
from game.pen.relief import Canvas, Joint, Mat, Part, bounds, paint_part
from game.pen.shade import shade

RGB = tuple[int, int, int]
Pt = tuple[float, float]

HER_CREASES = 0.35  # her hand's knuckle creases against his (review8 #21: her fingers read as jointed tubes)
LEFT_TURN = 18.0  # degrees the hand of a writer on the left is turned further clockwise (45 stood her brush upright
# and stacked her fingers along it: a hand in profile on a page seen from above, review16 D17)
ANGLE = 48.0  # degrees: the pen's direction from tip to cap on screen, a little steeper than the lying pen's
WRIST: Pt = (240.0, -76.0)  # the wrist's centre (pen frame, his size)
ARM_DIR = math.radians(23.0)  # the forearm's direction, relative to the barrel
ARM_LEN = 600.0  # how far the forearm reaches from the wrist (past any frame's edge)
ELBOW = 300.0  # her forearm's length, wrist to elbow (his size: the hand is scaled with hers)
HER_TILT = math.radians(30.0)  # her forearm turned this much further from the barrel than his: from the lower left
UPPER_DIR = math.radians(29.0)  # her upper arm, from the elbow toward her shoulder, in the pen's frame (lower left)
ARM_JOIN = (70.0, 110.0)  # along the arm: where the arm's own canvas fades in over the hand's
# the candle: from the upper left, fairly high; and where shadows fall, per unit of height
LIGHT = (-0.56, -0.50, 0.66)  # screen x (right), y (down), z (up, toward the viewer)
SHADOW_DIR = (0.6, 0.5)  # screen px of shadow offset per px of height


@dataclass(frozen=True)
class Look:
    """Whose hand: skin, sleeve (None: a bare forearm) and shirt cuff (None: none)."""

    skin: RGB
    sleeve: RGB | None = None
    cuff: RGB | None = None
    left: bool = False  # the writer sits to the left of the book: the hand comes in from the left
    size: float = 1.0  # the hand and arm against the pen (hers smaller and slimmer than his)
    brush: bool = False  # she holds a fine brush (her marks are a brush's), he his fountain pen

    @classmethod
    def of(cls, hand: Hand) -> Look:
        """The look of a hand from hands.toml: its skin, sleeve, cuff, side and size, and the
        brush for a brush hand (the held object matches the mark it makes)."""
        return cls(hand.skin, hand.sleeve, hand.cuff, hand.writes_from == "left", hand.hand_size, hand.nib == "brush")


def _arm_at(s: float, r: float, z: float, size: float) -> Joint:
    """A joint on the forearm's axis, `s` from the wrist (his size; scaled later with the hand)."""
    return (WRIST[0] + s * math.cos(ARM_DIR), WRIST[1] + s * math.sin(ARM_DIR), z, r)


def _fore_at(s: float, r: float, z: float) -> Joint:
    """A joint on her forearm's axis, `s` from the wrist (his size): turned HER_TILT further
    from the barrel than his, so it comes in from the lower left, not straight up from below."""
    a = ARM_DIR + HER_TILT
    return (WRIST[0] + s * math.cos(a), WRIST[1] + s * math.sin(a), z, r)


def _upper_at(t: float, r: float, z: float) -> Joint:
    """A joint on her upper arm's axis, `t` from her elbow toward her shoulder (his size)."""
    e = _fore_at(ELBOW, 0.0, 0.0)
    return (e[0] + t * math.cos(UPPER_DIR), e[1] + t * math.sin(UPPER_DIR), z, r)


def _her_arm() -> tuple[Part, ...]:
    """Her bare arm, his size: a forearm swelling from a slim wrist to its belly and narrowing
    again to the elbow, which bends there toward her shoulder at the lower left, into the
    banded hem of her green puff sleeve (it used to run on straight to the frame's edge: a
    600 px tube with no elbow, review11 #9)."""
    skin = Part((_fore_at(8.0, 34.0, 30.0), _fore_at(60.0, 35.0, 32.0), _fore_at(165.0, 42.0, 35.0),
                 _fore_at(225.0, 46.0, 36.0), _fore_at(ELBOW - 30.0, 42.0, 36.0), _upper_at(0.0, 38.0, 36.0),
                 _upper_at(90.0, 41.0, 38.0),
                 _upper_at(400.0, 44.0, 40.0)), "skin", k=12.0, flat=0.72)
    hem = Part((_upper_at(150.0, 45.0, 44.0), _upper_at(166.0, 46.0, 45.0)), "sleeve", k=1.0, flat=0.78, cut=True)
    puff = Part((_upper_at(164.0, 50.0, 46.0), _upper_at(250.0, 58.0, 50.0), _upper_at(420.0, 58.0, 50.0)),
                "sleeve", k=1.0, flat=0.74, cut=True, folds=7)
    return skin, hem, puff


def _arm_parts(look: Look) -> tuple[Part, ...]:
    """The forearm and what it wears, his size (scaled with the hand)."""
    s = look.size
    if look.cuff is None and look.left:
        parts = list(_her_arm())
    else:
        parts = [Part((_arm_at(8.0, 35.0, 30.0, s), _arm_at(120.0, 42.0, 34.0, s), _arm_at(300.0, 46.0, 38.0, s),
                       _arm_at(ARM_LEN, 45.0, 38.0, s)), "skin", k=12.0, flat=0.72)]
    if look.cuff is not None:
        parts.append(Part((_arm_at(14.0, 42.0, 42.0, s), _arm_at(54.0, 44.0, 43.0, s)), "cuff", k=1.0, flat=0.76,
                          cut=True, folds=3))
        cs, sn = math.cos(ARM_DIR), math.sin(ARM_DIR)  # his gold cufflink, on the cuff's thumb side
        lat = 27.0
        link = (WRIST[0] + 34.0 * cs - lat * sn, WRIST[1] + 34.0 * sn + lat * cs,
                42.0 + 0.76 * math.sqrt(43.0 ** 2 - lat ** 2) + 0.8, 4.6)
        parts.append(Part((link,), "gold", k=0.0, flat=0.45))
    if look.sleeve is not None and not (look.cuff is None and look.left):
        start = 46.0 if look.cuff is not None else 430.0  # hers: a short puff sleeve far up the bare arm
        r0 = 50.0 if look.cuff is not None else 56.0
        parts.append(Part((_arm_at(start, r0, 48.0, s), _arm_at(start + 200.0, r0 + 6.0, 50.0, s),
                           _arm_at(ARM_LEN + 20.0, r0 + 6.0, 50.0, s)), "sleeve", k=1.0, flat=0.74, cut=True, folds=9))
    if look.cuff is None:  # her thin gold bracelet, bowed round the wrist
        ring = []
        a = ARM_DIR + (HER_TILT if look.left else 0.0)  # round her forearm, as it is turned
        for i in range(9):
            lat = -1.0 + i / 4
            cs, sn = math.cos(a), math.sin(a)
            s_at = 48.0 + 5.0 * lat * lat  # it hangs a little toward the hand on the arm's sides
            u, v = WRIST[0] + s_at * cs - lat * 42.0 * sn, WRIST[1] + s_at * sn + lat * 42.0 * cs
            ring.append((u, v, 40.0 + 29.0 * math.sqrt(max(0.0, 1 - lat * lat)) + 1.4, 2.0))
        parts.append(Part(tuple(ring), "gold", k=0.8, flat=1.0))
    return tuple(parts)



def _materials(look: Look) -> dict[str, Mat]:
    grey = sum(look.skin) / 3
    skin = tuple(min(1.0, (c * 0.88 + grey * 0.12) / 255 * 0.95) for c in look.skin)
    cuff = tuple(c / 255 for c in (look.cuff or (236, 230, 216)))
    sleeve = tuple(c / 255 for c in (look.sleeve or (60, 60, 60)))
    return {
        "skin": Mat((skin[0], skin[1], skin[2]), 0.09, 14.0, 0.5, 1.0),
        "cuff": Mat((cuff[0], cuff[1], cuff[2]), 0.05, 6.0, 0.3, 0.0),
        "sleeve": Mat((sleeve[0], sleeve[1], sleeve[2]), 0.05, 5.0, 0.15, 0.0),
        "black": Mat((0.055, 0.045, 0.05), 0.95, 70.0, 0.0, 0.0),
        "gold": Mat((0.80, 0.60, 0.27), 1.1, 28.0, 0.0, 0.0),
        "hair": Mat((0.09, 0.055, 0.04), 0.5, 22.0, 0.0, 0.0),  # the brush's tuft, wet with her sepia
        "lacquer": Mat((0.36, 0.13, 0.07), 0.8, 60.0, 0.0, 0.0),  # a red-brown lacquered handle
    }


def _angle(left: bool) -> float:
    """The pen's direction on screen (degrees, y down): a writer on the left holds it in the same
    right hand turned, her forearm coming in from the lower left (the hand used to be mirrored,
    which showed a right hand's palm to the camera, upside down for writing: review10 #9)."""
    return ANGLE + LEFT_TURN if left else ANGLE


def _screen(left: bool) -> tuple[Pt, Pt]:
    """The pen frame's u and v axes on screen (y down): turned, never mirrored (a right hand)."""
    a = math.radians(_angle(left))
    return (math.cos(a), math.sin(a)), (-math.sin(a), math.cos(a))


@baked("writer")  # painted once per machine and code: the same pixels (game/art/baked.py)
def paint_writer(scale: float, look: Look, relax: float = 0.0) -> tuple[pygame.Surface, pygame.Surface, Pt, Pt]:
    """(hand, shadow, tip, shadow_tip): the hand with its pen and its soft shadow on the page,
    turned to ANGLE (mirrored for a writer on the left); `tip` is where the nib's point is
    in the hand's image and `shadow_tip` where it is in the shadow's. `relax`: the grip
    eased toward the hand at rest (`hand_parts`)."""
    size = look.size
    ss = max(1, round(2.4 / scale))  # supersampled to ~2-3 canvas px per logical px
    px = scale * ss
    mats = _materials(look)
    eu, ev = _screen(look.left)
    ls = LIGHT
    ln = math.sqrt(sum(c * c for c in ls))
    light = ((ls[0] * eu[0] + ls[1] * eu[1]) / ln, (ls[0] * ev[0] + ls[1] * ev[1]) / ln, ls[2] / ln)
    arm = _arm_parts(look)
    wrist = (WRIST[0] * size, WRIST[1] * size)
    seed = 1907
    # the hand's canvas, in the pen's frame: pen, hand, the forearm up to where the arm's takes over
    hand = hand_parts(relax)
    if look.brush:  # her slim young fingers: faint knuckle lines, no slimming between them (jointed tubes)
        hand = tuple(replace(p, crease_depth=HER_CREASES) if p.creases else p for p in hand)
    held = BRUSH if look.brush else PEN
    sized = [(p, 1.0 if p.pen else size) for p in (*arm, *held, *hand)]
    hb = bounds((0.0, 0.0), 0.0, sized, 4.0)
    s_cut = ARM_JOIN[1] + 12.0  # past the join, the hand's canvas has nothing more to paint
    a_lim = wrist[0] + (s_cut * math.cos(ARM_DIR) + 70 * math.sin(ARM_DIR)) * size
    hb = (hb[0], hb[1], min(hb[2], a_lim), min(hb[3], wrist[1] + (s_cut * math.sin(ARM_DIR) + 96) * size))
    cv = Canvas(px, (0.0, 0.0), 0.0, hb, ss)
    # skin first (one smooth body), then what it wears, then the pen by its height alone
    for p in (*[a for a in arm if a.mat == "skin"], *hand, *[a for a in arm if a.mat != "skin"]):
        paint_part(cv, p, size, mats[p.mat], seed)
    cv.hold()  # the hand without the pen: what occludes the light, what hides the barrel behind the web
    for p in held:
        paint_part(cv, p, size, mats[p.mat], seed)
    # lit, and clipped beyond the join (the arm's canvas lies over it there)
    hand_img, hand_h = shade(cv, light, size, wrist, ARM_DIR, cut=ARM_JOIN[1] * size + 10)
    del cv
    # the arm's canvas, in the arm's frame from the wrist: the rest of the forearm and sleeve
    arm_parts = [(p, size) for p in arm]
    ab = bounds(wrist, ARM_DIR, arm_parts, 4.0, (ARM_JOIN[0] * size - 4, ARM_LEN * size))
    acv = Canvas(px / ss * max(1, ss // 2), wrist, ARM_DIR, ab, max(1, ss // 2))
    for p in arm:
        if p.mat != "gold":
            paint_part(acv, p, size, mats[p.mat], seed)
    arm_img, arm_h = shade(acv, light, size, wrist, ARM_DIR, fade=ARM_JOIN)
    del acv
    # turn both to the screen and lay the arm over the hand where they meet
    img, himg, tip = _compose(scale, [(hand_img, hand_h, (0.0, 0.0), hb, 0.0), (arm_img, arm_h, wrist, ab, ARM_DIR)],
                              _angle(look.left))
    shadow, stip = _shadow(himg, tip, scale)
    return img, shadow, tip, stip


def _compose(scale: float, layers: list[tuple[pygame.Surface, pygame.Surface, Pt, tuple[float, float, float, float], float]],
             angle: float = ANGLE) -> tuple[pygame.Surface, pygame.Surface, Pt]:
    """Turn each canvas image to the pen's angle on screen (right-handed) and stack them,
    the later over the earlier; returns (image, height image, the nib's point in them)."""
    placed: list[tuple[pygame.Surface, pygame.Surface, float, float]] = []
    for img, himg, origin, extent, turn in layers:
        ang = angle + math.degrees(turn)
        rot = pygame.transform.rotozoom(img, -ang, 1.0)
        hrot = pygame.transform.rotozoom(himg, -ang, 1.0)
        # the nib (pen 0, 0) in this canvas's unturned image, then turned about its centre
        ca, sa = math.cos(turn), math.sin(turn)
        du, dv = -origin[0], -origin[1]
        fa, fb = du * ca + dv * sa, -du * sa + dv * ca
        x, y = (fa - extent[0]) * scale, (fb - extent[1]) * scale
        tx, ty = x - img.get_width() / 2, y - img.get_height() / 2
        ar = math.radians(ang)
        rx, ry = tx * math.cos(ar) - ty * math.sin(ar), tx * math.sin(ar) + ty * math.cos(ar)
        placed.append((rot, hrot, rot.get_width() / 2 + rx, rot.get_height() / 2 + ry))
    x0 = min(-nx for _, _, nx, _ in placed)
    y0 = min(-ny for _, _, _, ny in placed)
    x1 = max(r.get_width() - nx for r, _, nx, _ in placed)
    y1 = max(r.get_height() - ny for r, _, _, ny in placed)
    w, h = math.ceil(x1 - x0) + 1, math.ceil(y1 - y0) + 1
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    hout = pygame.Surface((w, h), pygame.SRCALPHA)
    tip = (-x0, -y0)
    for rot, hrot, nx, ny in placed:
        at = (round(tip[0] - nx), round(tip[1] - ny))
        out.blit(rot, at)
        hout.blit(hrot, at)
    return out, hout, tip


def _shadow(himg: pygame.Surface, tip: Pt, scale: float) -> tuple[pygame.Surface, Pt]:
    """The hand's shadow on the page: each height thrown away from the candle by its height
    (the knuckles on the page and the nib touch their shadows; the hand's back falls far),
    softened more the higher it is cast from."""
    q = 3  # worked at a third of the size
    w, h = himg.get_size()
    padded = pygame.Surface((w + (-w % q), h + (-h % q)), pygame.SRCALPHA)
    padded.blit(himg, (0, 0))
    small = pygame.transform.smoothscale(padded, (padded.get_width() // q, padded.get_height() // q))
    hv = pygame.surfarray.array3d(small)[..., 0].astype(np.float32) / 2 * scale / q  # height, small px
    a = pygame.surfarray.array_alpha(small).astype(np.float32) / 255
    dx, dy = SHADOW_DIR
    mx, my = max(4, round(dx * hv.max() + 12 * scale / q)), max(4, round(dy * hv.max() + 12 * scale / q))
    acc = np.zeros((a.shape[0] + mx, a.shape[1] + my), np.float32)
    levels = 10
    top = float(hv.max()) or 1.0
    for i in range(levels):
        z = top * i / levels
        m = a * (hv >= z)
        ox, oy = round(dx * z), round(dy * z)
        sl = acc[ox:ox + a.shape[0], oy:oy + a.shape[1]]
        np.maximum(sl, m, out=sl)
    soft = 0.5 * blur(acc, max(1, round(2.2 * scale))) + 0.5 * blur(acc, max(1, round(7 * scale)))
    sh = pygame.Surface(acc.shape, pygame.SRCALPHA)
    sh.fill((12, 7, 4, 0))
    pygame.surfarray.pixels_alpha(sh)[...] = np.clip(soft * 0.6 * 255, 0, 255).astype(np.uint8)
    sh = pygame.transform.smoothscale(sh, (acc.shape[0] * q, acc.shape[1] * q))
    return sh, (tip[0], tip[1])


PATCH_BAND = 96  # columns compared at a time (a few MB of int16, not the whole union's ~35)


def _on_union(img: pygame.Surface, at: tuple[int, int], box: pygame.Rect) -> np.ndarray:
    """`img` placed at `at` in the union's pixels, cut to `box` there: (w, h, 4) int16, 0 outside it."""
    out = np.zeros((box.w, box.h, 4), np.int16)
    part = pygame.Rect(at, img.get_size()).clip(box)
    if part.w > 0 and part.h > 0:
        src = (slice(part.left - at[0], part.right - at[0]), slice(part.top - at[1], part.bottom - at[1]))
        dst = (slice(part.left - box.x, part.right - box.x), slice(part.top - box.y, part.bottom - box.y))
        out[dst[0], dst[1], :3] = pygame.surfarray.pixels3d(img)[src]
        out[dst[0], dst[1], 3] = pygame.surfarray.pixels_alpha(img)[src]
    return out


def _rest_patch(grip: pygame.Surface, tip: Pt, rest: pygame.Surface, rtip: Pt) -> tuple[pygame.Rect, pygame.Surface]:
    """Where the hand at rest differs from the writing grip: a box in the grip image's pixels
    (it may reach past that image) and the resting hand's pixels in it. Only the fingers
    move, so the rest of the image (the back of the hand, the arm, the sleeve) is shared.
    Compared PATCH_BAND columns at a time, so finding the box costs a few MB, not a whole
    int16 copy of both images."""
    ox, oy = round(tip[0] - rtip[0]), round(tip[1] - rtip[1])  # the rest image's place in the grip's
    x0, y0 = min(0, ox), min(0, oy)
    x1, y1 = max(grip.get_width(), ox + rest.get_width()), max(grip.get_height(), oy + rest.get_height())
    g_at, r_at = (-x0, -y0), (ox - x0, oy - y0)  # each image's place in the union's pixels
    cols, rows = np.zeros(x1 - x0, bool), np.zeros(y1 - y0, bool)
    for bx in range(0, x1 - x0, PATCH_BAND):
        band = pygame.Rect(bx, 0, min(PATCH_BAND, x1 - x0 - bx), y1 - y0)
        diff = np.abs(_on_union(grip, g_at, band) - _on_union(rest, r_at, band)).max(axis=2) > 2
        cols[band.left:band.right] = diff.any(axis=1)
        rows |= diff.any(axis=0)
    if not cols.any():
        return pygame.Rect(0, 0, 0, 0), pygame.Surface((0, 0), pygame.SRCALPHA)
    xs, ys = np.nonzero(cols)[0], np.nonzero(rows)[0]
    box = pygame.Rect(int(xs[0]) - 2, int(ys[0]) - 2, int(xs[-1] - xs[0]) + 5, int(ys[-1] - ys[0]) + 5)
    box = box.clip(pygame.Rect(0, 0, x1 - x0, y1 - y0))
    patch = pygame.Surface(box.size, pygame.SRCALPHA)
    part = _on_union(rest, r_at, box)
    pygame.surfarray.pixels3d(patch)[...] = part[..., :3].astype(np.uint8)
    pygame.surfarray.pixels_alpha(patch)[...] = part[..., 3].astype(np.uint8)
    return box.move(x0, y0), patch


POSES = (0.5, 1.0)  # the eased grips painted besides the writing grip (relax), one shown at a time


@baked("writer-rest")  # a hand of the machine's cache is read back as its two small patches, not two whole hands
def rest_patches(scale: float, look: Look) -> tuple[tuple[tuple[int, int, int, int], pygame.Surface], ...]:
    """Each eased grip of POSES as the box where it differs from the writing grip (in the grip
    image's pixels; empty: none) and the resting hand's pixels in it (`_rest_patch`)."""
    out = []
    for relax in POSES:  # each eased hand painted before the grip is read back: one whole hand held while painting
        rest, _, rtip, _ = paint_writer(scale, look, relax=relax)
        image, _, tip, _ = paint_writer(scale, look)
        box, patch = _rest_patch(image, tip, rest, rtip)
        if not box.w:  # nothing moved (a PNG keeps no 0 x 0 image)
            patch = pygame.Surface((1, 1), pygame.SRCALPHA)
        out.append(((box.x, box.y, box.w, box.h), patch))
        del rest, image
    return tuple(out)


class WriterHand:
    """The hand at one pixel scale and look: `draw` puts the nib at (x, y), lifted 0..1, its
    grip eased by `relax` 0..1 (the hand at rest, between lines). The grip eases through
    painted poses (POSES), each a whole hand: the image never lays one hand over another
    (a cross-fade of two showed every moving finger twice)."""

    def __init__(self, scale: float, look: Look) -> None:
        self.scale = scale
        # the eased grips first: on a machine's first start they paint the writing grip too,
        # and this hand (~8 MB of images) is not held while the others are painted
        self.poses = [(pygame.Rect(box), patch) for box, patch in rest_patches(scale, look)]
        self.image, self.shadow, self.tip, self.shadow_tip = paint_writer(scale, look)
        if pygame.display.get_surface() is not None:  # the display's pixel format blits faster
            self.image, self.shadow = self.image.convert_alpha(), self.shadow.convert_alpha()
            self.poses = [(box, patch.convert_alpha()) for box, patch in self.poses]

    @staticmethod
    def pose(relax: float) -> int:
        """Which painted hand shows at `relax`: 0 the writing grip, i the eased POSES[i - 1]."""
        grips = (0.0, *POSES)
        return min(range(len(grips)), key=lambda i: (abs(grips[i] - relax), i))

    def draw(self, dst: pygame.Surface, x: float, y: float, lift: float, relax: float = 0.0) -> None:
        lift = min(1.0, max(0.0, lift))
        relax = min(1.0, max(0.0, relax))
        s = self.scale
        rise = lift * 7 * s  # the hand rises a little; its shadow slides away from the candle
        off = lift * 18 * s
        dst.blit(self.shadow, (round(x - self.shadow_tip[0] + off), round(y - self.shadow_tip[1] + 0.8 * off)))
        at = (round(x - self.tip[0]), round(y - self.tip[1] - rise))
        k = self.pose(relax)
        box, patch = self.poses[k - 1] if k else (pygame.Rect(0, 0, 0, 0), self.image)
        if not box.w:
            dst.blit(self.image, at)
            return
        # the grip's image around the fingers, the eased fingers in their box
        img = self.image.get_rect()
        for area in (pygame.Rect(0, 0, img.w, box.top), pygame.Rect(0, box.bottom, img.w, img.h - box.bottom),
                     pygame.Rect(0, box.top, box.left, box.h), pygame.Rect(box.right, box.top, img.w - box.right, box.h)):
            area = area.clip(img)
            if area.w > 0 and area.h > 0:
                dst.blit(self.image, (at[0] + area.x, at[1] + area.y), area)
        dst.blit(patch, (at[0] + box.x, at[1] + box.y))
