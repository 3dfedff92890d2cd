"""The grid the figures' silhouette masks are posed on (game/art/figures.py `Figures.silhouettes`).

A mask is rasterized at most at MASK_SCALE room px a mask px (at line 17's push, 4.32x, a mask px
is 8.6 screen px), each part placed to a whole mask px counted from the canvas's origin. A camera
move draws its frames on a large frame (game/camera.py) whose origin lies a whole number of px off
the settled still's, but not a whole number of mask px: the parts landed on other mask px, the
silhouettes' edges up to a mask px off the still's, and with them all the light laid by the
figures' alpha (their side light, the haze kept off them, what they hide of the glass and the
flames). At the settle the figures' lit edges jumped: line 17's profile and hair 30-56 levels
on a band a few px wide, the move's frame at progress 1 against the still at the same moment.
So the camera names the still a move's large frame settles on (`settle_on`), and the masks of
that frame are posed on the still's grid and moved by the whole px between the two."""

from __future__ import annotations

from game.view import View

KEPT = 4  # large frames remembered (a move's, and the next line's made ahead)


class MaskGrid:
    """Which still's mask grid each large frame's view takes (none: its own)."""

    def __init__(self) -> None:
        self._still: dict[View, View] = {}

    def settle_on(self, view: View, still: View) -> None:
        """Pose the masks drawn through `view` (a move's large frame, at `still`'s scale, its
        origin a whole number of px off `still`'s) on `still`'s grid."""
        self._still.pop(view, None)
        self._still[view] = still
        while len(self._still) > KEPT:
            del self._still[next(iter(self._still))]

    def mask_view(self, view: View, k: float) -> tuple[View, tuple[int, int]]:
        """The view the masks of `view` are posed through at `k` mask px a screen px, and the
        whole screen px (dx, dy) the masks' rects are moved by from it: the still's grid and
        the offset of `view` from the still for a large frame named by `settle_on`, else
        `view`'s own grid and (0, 0)."""
        still = self._still.get(view)
        if still is None or still.scale != view.scale:
            return View(view.scale * k, view.ox * k, view.oy * k), (0, 0)
        return View(still.scale * k, still.ox * k, still.oy * k), (round(view.ox - still.ox), round(view.oy - still.oy))
