"""The notebook moving: a leaf turning about the spine (page turn, closing, opening).

The closing of the cover is a rectangle hinged at the spine rotating through 180 degrees:
seen from above it narrows to the spine showing its front, then widens on the other side
showing its back. A page turn is the same motion with paper leaves, which bow as they go
over, grow as they stand nearer the eye and, held up to the candle, show their writing
through (`draw_turn`). Drawn as pure functions of the angle with a shade that follows the
light and a soft shadow on the page beneath. Only runs for the seconds of the motion, so
it may cost a few milliseconds a frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.easing import smoothstep as ease


def draw_leaf(dst: pygame.Surface, front: pygame.Surface, back: pygame.Surface, spine_x: int, top: int, theta: float) -> None:
    """A leaf hinged at `spine_x`, lying to the right at theta=0 and to the left at theta=pi.

    `front` is the leaf as it lies on the right (its left edge at the spine); `back` is
    the other face as it lies on the left once turned (its right edge at the spine).
    """
    c = math.cos(theta)
    lift = math.sin(theta)
    src = front if c >= 0 else back
    w = max(1, round(src.get_width() * abs(c)))
    grow = 1.0 + 0.05 * lift  # the standing leaf is nearer the eye
    h = max(1, round(src.get_height() * grow))
    img = pygame.transform.smoothscale(src, (w, h))
    shade = round(255 * (1.0 - 0.2 * lift))
    img.fill((shade, shade, shade), special_flags=pygame.BLEND_RGB_MULT)
    y = top - (h - src.get_height()) // 2
    # the shadow the leaf throws onto the page under it (toward the light's far side)
    sw = round(src.get_width() * 0.12 * lift)
    if sw > 0:
        sh = pygame.Surface((sw, src.get_height()), pygame.SRCALPHA)
        for i in range(sw):
            a = round(90 * lift * (1 - i / sw) ** 2)
            pygame.draw.line(sh, (0, 0, 0, a), (i, 0), (i, src.get_height()))
        if c >= 0:
            dst.blit(sh, (spine_x + w, top))
        else:
            dst.blit(pygame.transform.flip(sh, True, False), (spine_x - w - sw, top))
    dst.blit(img, (spine_x if c >= 0 else spine_x - w, y))


def draw_cover_motion(dst: pygame.Surface, x0: int, y0: int, page: pygame.Surface, leather: pygame.Surface, spine: int, secs: float, fold_t: float, total: float) -> None:
    """Closing at `secs` into the motion: the right half folds over the left, then the
    closed book fades and sinks. Opening is the same played backwards. `leather` is the
    closed book (panel-sized); its left half is the cover's outside as it lands."""
    w, h = page.get_size()
    if secs < fold_t:
        back = leather.subsurface(pygame.Rect(0, 0, spine, h))
        dst.blit(page, (x0, y0), pygame.Rect(0, 0, spine, h))
        front = page.subsurface(pygame.Rect(spine, 0, w - spine, h))
        draw_leaf(dst, front, back, x0 + spine, y0, math.pi * ease(secs / fold_t))
        return
    fade = ease((secs - fold_t) / (total - fold_t))
    img = leather.copy()
    img.set_alpha(round(255 * (1 - fade)))
    dst.blit(img, (x0, y0 + round(h * 0.05 * fade)))


# A page turn (`draw_turn`): the written leaf, then a blank one after it, each turning over
# between these shares of the turn, so their writing is seen lifting, standing and falling
# over before the fresh spread settles (a 1 s rigid flip read as a pop to blank pages)
TURN_LEAVES = ((0.07, 0.74), (0.3, 0.95))
SEGMENTS = 48  # a turning leaf is drawn as this many hinged strips: it can bow
BEND = 2.0  # radians between the spine side and the free edge at mid-turn: lifted by its edge, the leaf curls up off the
# page from there while its spine side still lies (trailing by 1.0 it read as a flat card, review11 N4)
CURL = 1.5  # how the lead grows from the spine to the free edge: the bend gathers toward the lifted edge
LAG = 0.45  # the share of the bend by which the spine side lags the hinge: it stays down while the edge lifts
EYE = 4.0  # the camera's height over the page, in page widths: the standing leaf's strips spread nearer the eye
RISE = 0.07  # a leaf standing a page width high is this share of its height taller: its top and bottom edges
# bow out along the curl by ~10-21 px at 1080p (0.06 gave 8.7 at phi 0.9 once the spine side lay flatter, LAG_UP), still over the book's leather, never the table (review10 #12:
# by the eye's EYE perspective it grew a third, ~80 px over the table; at 0.008 they bowed 2 px: a card)
TOP_EASE = 0.12  # the rise gives up this share at a page width high (the leaf standing straight, phi ~1.37)
LAG_UP = 0.8  # rising, the spine side may lag this much of the bend while the free edge is held upright
SWING = 0.2  # the leaf's mean angle runs this much (times sin phi) ahead of the hinge: it stands straight at phi ~1.37
LAG_DOWN = 0.2  # past upright the bend grows this fast, the edge swinging over ahead of the spine side (1 rad at pi/2)
LIGHT = (-0.51, 0.86)  # the candle's direction in the leaf's (x, up) plane: up and to the left
SHOW_THROUGH = 0.35  # how dark the writing shows, mirrored, through the back of a backlit leaf
LAID_THROUGH = 0.4  # the share of it still seen once the leaf lies on the left, until the next leaf covers it
CAST = 0.6  # a point at height z throws its shadow this many z to the right
SHORT = 0.015  # a leaf is this share of the page narrower at its free edge: laid on the left page, that page's own
# edge shows beyond it as a sliver (cut flush, the laid leaf's back read as the left page losing its writing)
EDGE_SHADOW = 0.03  # the soft shadow a laid leaf's free edge throws on the page under it, as a share of the page width


def leaf_angles(phi: float, n: int = SEGMENTS) -> list[float]:
    """The angle of each of a leaf's n strips, spine first, when its hinge has turned by
    `phi` (0 lying right .. pi lying left): lifted by its free edge, the leaf rolls over
    from there: the free edge leads, the spine side lags and lies until the roll reaches it
    (each strip at least 0), and past the upright the edge goes on over (beyond pi: down
    toward the left page, where `leaf_path` lays it flat)."""
    c, lead, lag = _leaf_shape(phi)
    return [max(0.0, c + lead * (((i + 0.5) / n) ** CURL - lag)) for i in range(n)]


def _leaf_shape(phi: float) -> tuple[float, float, float]:
    """The leaf's mean angle, its bend and the share of it its spine side lags by, at hinge angle `phi`.
    It never curls over onto itself while its front faces us: rising, the free edge is held at most
    upright while the spine side comes up to meet it (the spine side lying flatter, LAG up to LAG_UP,
    then the bend easing), so the writing is compressed toward that edge, not cut off by the leaf's
    own back folding over it (review12 D5: a mask sliding). It stands straight a moment just before
    mid-turn (SWING), and from there its spine side is at least upright (only its back is seen) while
    the edge swings on ahead to land first, as it did."""
    c = phi + SWING * math.sin(phi)
    full = BEND * math.sin(phi) ** 0.5
    if full <= 0.0:
        return c, 0.0, LAG
    if c < math.pi / 2:  # the edge, at c + (1 - lag) * lead, no further than upright
        room = math.pi / 2 - c
        lag = min(LAG_UP, max(LAG, 1.0 - room / full))
        return c, min(full, room / (1.0 - lag)), lag
    room = c - math.pi / 2  # the spine side, at c - lag * lead, at least upright
    lead = min(full, room / LAG_DOWN)
    return c, lead, min(LAG, room / lead) if lead > 0.0 else LAG


def leaf_path(w: float, phi: float) -> list[tuple[float, float, float, float, float]]:
    """The leaf's strips spine first as (theta, x0, z0, x1, z1) from the hinge, w wide in all:
    a strip that would go under the left page lies on it instead (the free edge lands first)."""
    out = []
    x = z = 0.0
    n = SEGMENTS
    for th in leaf_angles(phi, n):
        x1, z1 = x + math.cos(th) * w / n, z + math.sin(th) * w / n
        if z1 < 0.0:  # down on the left page: flat on it, onward to the left
            th, x1, z1 = math.pi, x - w / n, 0.0
        out.append((th, x, z, x1, z1))
        x, z = x1, z1
    return out


def _strip_light(theta: float) -> float:
    """How lit a strip at `theta` looks against the flat page (1): its visible face turned
    toward or away from the candle, and light through the paper when its back faces us."""
    nx, nz = -math.sin(theta), math.cos(theta)  # the front's normal
    lit = (nx * LIGHT[0] + nz * LIGHT[1]) / LIGHT[1]
    if nz >= 0:
        return min(1.0, 0.35 + 0.65 * max(0.0, lit))
    # the back is seen: lit by what falls on it, and by the candle through the front
    return min(1.0, 0.5 + 0.5 * max(0.0, -lit) + 0.45 * max(0.0, lit))


def leaf_strips(w: int, h: int, spine_x: float, top: int, phi: float,
                eye: tuple[float, float]) -> list[tuple[float, float, float, float, float]]:
    """Where each of a leaf's strips is seen (`draw_bent_leaf`): (theta, x0, x1, y_top, y_bottom)
    in dst px, spine first; its top and bottom edges bow out where the leaf rises toward the eye."""
    d = EYE * w
    out = []
    for th, x, z, x1, z1 in leaf_path(w, phi):
        g0, g1 = d / max(d - z, 1.0), d / max(d - z1, 1.0)
        sx0, sx1 = eye[0] + (spine_x + x - eye[0]) * g0, eye[0] + (spine_x + x1 - eye[0]) * g1
        q = (z + z1) / (2 * w)
        gv = 1.0 + RISE * (q - TOP_EASE * q**10)  # eased at full height: a straight standing leaf stays on the leather
        out.append((th, sx0, sx1, top + h / 2 - h * gv / 2, top + h / 2 + h * gv / 2))
    return out


def draw_bent_leaf(dst: pygame.Surface, front: pygame.Surface, back: pygame.Surface, spine_x: float, top: int,
                   phi: float, eye: tuple[float, float], smooth: bool = True) -> tuple[float, float, int]:
    """A leaf hinged at `spine_x`, its hinge turned by `phi` and bowing (`leaf_angles`), seen
    from a camera over `eye` (dst px) at EYE page widths: strips nearer the eye are larger.
    `front` lies to the right at phi=0; `back` is its other face as it lies on the left.
    `smooth=False` samples the nearest pixels: for a bare leaf (grain and horizontal ruling
    lose nothing), at a fraction of the cost. Returns where its free edge is seen: x, top, height."""
    scale = pygame.transform.smoothscale if smooth else pygame.transform.scale
    w, h = front.get_size()
    strips = leaf_strips(w, h, spine_x, top, phi, eye)
    n = len(strips)
    edge = (spine_x, float(top), h)
    for i, (th, sx0, sx1, y0f, y1f) in enumerate(strips):
        a, b = round(w * i / n), round(w * (i + 1) / n)
        src = front.subsurface(pygame.Rect(a, 0, b - a, h)) if math.cos(th) >= 0 else \
            back.subsurface(pygame.Rect(w - b, 0, b - a, h))
        left, right = min(sx0, sx1), max(sx0, sx1)
        sw = round(right) - round(left) + 1  # one px over: no seam between strips
        if sw > 0 and right - left > 0.05:
            _blit_strip(dst, scale, src, round(left), sw, y0f, y1f, _strip_light(th))
        edge = (sx1, y0f, round(y1f - y0f))
    return edge


def _blit_strip(dst: pygame.Surface, scale: Callable[[pygame.Surface, tuple[int, int]], pygame.Surface], src: pygame.Surface, x: int, sw: int, y0f: float, y1f: float,
                light: float) -> None:
    """One strip of a leaf from `y0f` to `y1f` (fractional px), shaded by `light`: the rows it covers
    wholly, and the part-covered rows at its top and bottom blended by their cover, so the leaf's
    bowed edges are anti-aliased (rounded to whole rows they stepped)."""
    ya, yb = math.ceil(y0f), math.floor(y1f)
    if yb <= ya:
        return
    img = scale(src, (sw, yb - ya))
    k = round(255 * light)
    if k < 255:
        img.fill((k, k, k), special_flags=pygame.BLEND_RGB_MULT)
    dst.blit(img, (x, ya))
    for cover, row, y in ((ya - y0f, 0, ya - 1), (y1f - yb, yb - ya - 1, yb)):
        if cover > 0.02:
            edge = img.subsurface(pygame.Rect(0, row, sw, 1)).copy()
            edge.set_alpha(round(255 * cover))
            dst.blit(edge, (x, y))


def _leaf_shadow(dst: pygame.Surface, spine_x: float, top: int, h: int, w: int, phi: float, clip: pygame.Rect) -> None:
    """The shadow a lifted leaf throws onto the page under it, to the right, away from the candle:
    darkest by the leaf, fading out where its highest point's shadow falls."""
    reach = foot = 0.0
    for _, _, _, x, z in leaf_path(w, phi):
        foot, reach = max(foot, x), max(reach, x + CAST * z)
    sw = round(reach - foot)
    if sw < 2 or phi <= 0.0:
        return
    ramp = pygame.Surface((sw, 1), pygame.SRCALPHA)
    depth = 110 * min(1.0, math.sin(min(phi, math.pi / 2)) * 2.0) * (1.0 if phi < math.pi / 2 else math.sin(phi) ** 0.5)
    for i in range(sw):
        ramp.set_at((i, 0), (20, 10, 0, round(depth * (1 - i / sw) ** 2)))
    shadow = pygame.transform.scale(ramp, (sw, h))
    old = dst.get_clip()
    dst.set_clip(clip.clip(old) if old else clip)
    dst.blit(shadow, (round(spine_x + foot), top))
    dst.set_clip(old)


@dataclass(frozen=True)
class Leaves:
    """What a page turn shows, cut once a turn as opaque surfaces (strips of them are scaled and
    blitted every frame: without alpha that is several times cheaper). Fronts lie on the right
    (their left edge at the spine), backs as they lie on the left once turned."""

    old_left: pygame.Surface  # the turned spread's left page, written
    written: pygame.Surface  # its right page, the leaf that turns first
    blank: pygame.Surface  # the fresh right page: the leaf that follows
    back: pygame.Surface  # a leaf's back, bare paper
    thru: pygame.Surface  # the written leaf's back held up to the candle: its writing through it, mirrored


def _opaque(src: pygame.Surface) -> pygame.Surface:
    out = pygame.Surface(src.get_size())
    out.blit(src, (0, 0))
    return out if pygame.display.get_surface() is None else out.convert()


def cut_leaves(old: pygame.Surface, ink: pygame.Surface, paper: pygame.Surface, left: pygame.Rect,
               right: pygame.Rect, spine: int) -> Leaves:
    """The leaves of a turn from the old spread (`old`, its `ink` alone: white = none) and the
    bare `paper`. Rects in panel px."""
    rside = pygame.Rect(spine, right.y, right.right - spine, right.h)
    back = paper.subsurface(pygame.Rect(left.x, left.y, spine - left.x, left.h))
    if back.get_size() != rside.size:  # the two halves rounded to a pixel apart: one leaf, one size
        back = pygame.transform.smoothscale(back, rside.size)
    back = _opaque(back)
    thru = back.copy()
    mirrored = pygame.transform.flip(pygame.transform.smoothscale(ink.subsurface(rside), back.get_size()), True, False)
    k = round(255 * (1 - SHOW_THROUGH))
    mirrored.fill((k, k, k), special_flags=pygame.BLEND_RGB_ADD)  # lightened toward the paper
    thru.blit(mirrored, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
    return Leaves(_opaque(old.subsurface(left)), _opaque(old.subsurface(rside)), _opaque(paper.subsurface(rside)),
                  back, thru)


def draw_turn(dst: pygame.Surface, x0: int, y0: int, leaves: Leaves, panel: tuple[int, int], left: pygame.Rect,
              right: pygame.Rect, spine: int, u: float) -> None:
    """A page turn at `u` 0..1 over the fresh spread (already drawn): the written right leaf
    lifts, stands (its back seen with the writing through it) and falls over onto the old left
    page; a blank leaf follows it, and the fresh spread is left. Rects in panel px."""
    dst.blit(leaves.old_left, (x0 + left.x, y0 + left.y))
    w, h = leaves.written.get_size()
    eye = (x0 + panel[0] / 2, y0 + panel[1] / 2)
    pages = pygame.Rect(x0 + left.x, y0 + left.y, right.right - left.x, left.h)
    phis = [math.pi * ease(min(1.0, max(0.0, (u - a) / (b - a)))) for a, b in TURN_LEAVES]
    for phi in phis:
        if 0.0 < phi < math.pi:
            _leaf_shadow(dst, x0 + spine, y0 + right.y, h, w, phi, pages)
    backs = [leaves.back, leaves.back]
    if phis[0] > 0.0:  # backlit while it stands; lying down its writing stays faintly through until covered
        k = math.sin(phis[0]) ** 0.7
        if phis[0] > math.pi / 2:
            k = max(k, LAID_THROUGH)
        if k > 0.02:
            face = leaves.back.copy()
            alpha = round(255 * k)  # 255 as no alpha: SDL blends an opaque surface at 255 in a slow loop (~30 ms a page)
            leaves.thru.set_alpha(alpha if alpha < 255 else None)
            face.blit(leaves.thru, (0, 0))
            leaves.thru.set_alpha(None)
            backs[0] = face
    # lower first: on the right (rising) the leaf turned further is above, on the left the one behind
    order = sorted(range(2), key=lambda i: (phis[i] if phis[i] <= math.pi / 2 else math.pi - phis[i], i))
    cut = round(w * SHORT)
    for i in order:
        if phis[i] > 0.0:
            # the last leaf's cut and edge go as the turn ends: the fresh spread's left page is that leaf
            k = 1.0 - ease((u - TURN_LEAVES[1][1]) / (1.0 - TURN_LEAVES[1][1])) if i == 1 else 1.0
            c = round(cut * k)
            front = (leaves.written, leaves.blank)[i]
            fx, ftop, fh = draw_bent_leaf(dst, front.subsurface(pygame.Rect(0, 0, w - c, h)),
                                          backs[i].subsurface(pygame.Rect(c, 0, w - c, h)), x0 + spine, y0 + right.y,
                                          phis[i], eye, smooth=i == 0)
            if phis[i] > math.pi / 2:
                # from the moment it leans over the left page its free edge shades the page beneath, more as it lands
                # (once the edge, trailing the curl, is over it: before, the shade would fall on the leaf itself)
                over = min(1.0, max(0.0, (x0 + spine - fx) / (0.1 * w)))
                _laid_edge(dst, fx, ftop, fh, w, over * k * (0.5 + 0.5 * ease((phis[i] / math.pi - 0.5) * 2.0)), pages)


def _laid_edge(dst: pygame.Surface, fx: float, top: float, h: int, w: int, k: float, clip: pygame.Rect) -> None:
    """A leaf coming down on the left page, seen as a leaf on a page: its free edge (at `fx`) a fine dark line,
    and a soft shadow from it onto the page beneath, strength `k` 0..1 as the leaf comes down."""
    sw = max(2, round(w * EDGE_SHADOW))
    if k <= 0.02:
        return
    ramp = pygame.Surface((sw + 2, 1), pygame.SRCALPHA)
    for i in range(sw):
        ramp.set_at((sw - 1 - i, 0), (30, 15, 0, round(100 * k * (1 - i / sw) ** 2)))
    ramp.set_at((sw, 0), (40, 22, 5, round(150 * k)))  # the paper's edge itself
    ramp.set_at((sw + 1, 0), (40, 22, 5, round(60 * k)))
    old = dst.get_clip()
    dst.set_clip(clip.clip(old) if old else clip)
    dst.blit(pygame.transform.scale(ramp, (sw + 2, h)), (round(fx) - sw, round(top)))
    dst.set_clip(old)
