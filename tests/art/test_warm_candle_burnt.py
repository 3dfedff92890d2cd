"""Line 60, "Their eyes met again, and in that moment, they both knew" (review13 D2): hours after 24 the
candle must look burnt down. At 0aa3389 the burnt candle's drip pan and stem sank with its top, so the
wax stood as tall on screen as at 24 (~67 px against ~68 at 1080p) and only the holder was shorter. Now
the holder is 24's (its dish, stem and foot where they were) and the wax column above the dish is under
two thirds of 24's, with its runs and the pool in the dish kept; its flame, lower, lights the faces from
further below (the brows dimmer, under the chins warmer than at 24)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from tools.faces_close import gaze, gaze_head, kiss

INSERTS = Path(__file__).resolve().parents[2] / "assets" / "art" / "inserts"


def _candle(insert: str) -> tuple[np.ndarray, np.ndarray]:
    """The insert's candle drawing rastered on the 1080p canvas: rgb and alpha, indexed [x, y]."""
    surf = kiss.raster((INSERTS / insert / "candle.svg").read_text(encoding="utf-8"))
    return pygame.surfarray.array3d(surf).astype(int), pygame.surfarray.array_alpha(surf).astype(int)


def _wax_column(insert: str) -> tuple[int, int]:
    """Rows (1080p) of the wax column: its lit top beside the wick (ivory: blue over 0.7 of red, opaque)
    down to the dish's rim, read where only the dish is drawn (40 design px right of the wick, past the
    wax and the pool in it: its first opaque row)."""
    rgb, alpha = _candle(insert)
    x = round(gaze.FLAME[0])
    col, a = rgb[x + 5], alpha[x + 5]
    top = int(np.nonzero((a > 200) & (col[:, 0] > 120) & (col[:, 2] > 0.7 * col[:, 0]))[0].min())
    rim = top + int(np.nonzero(alpha[x + round(40 * gaze.VIEW.z), top:] > 200)[0].min())
    return top, rim


def test_the_wax_is_a_third_shorter_than_at_24() -> None:
    (top24, rim24), (top60, rim60) = _wax_column("gaze"), _wax_column("eyes_met")
    h24, h60 = rim24 - top24, rim60 - top60
    assert h60 <= 2 / 3 * h24, f"the wax {h60} px tall at 60 against {h24} at 24 (1080p): not a third shorter"


def test_the_holder_is_24s() -> None:
    """The dish, stem and foot (everything below the dish's rim) cover the same pixels at 24 and 60."""
    rim = _wax_column("gaze")[1] - 6
    held24, held60 = (_candle(name)[1][:, rim:] > 128 for name in ("gaze", "eyes_met"))
    same = np.count_nonzero(held24 & held60) / np.count_nonzero(held24 | held60)
    assert same > 0.97, f"the holder at 60 is {same:.0%} of 24's"
    svg = (INSERTS / "eyes_met" / "candle.svg").read_text(encoding="utf-8")
    assert svg.count('fill="#fff6e2"') >= 3 and 'fill="#efe2c8"' in svg, "the wax runs or the pool in the dish went"


def _chin_over_brow(insert: str, who: str) -> float:
    """The light under the chin over the light on the brow (mean luma of 12 px windows, 1080p) on the
    head `who` (her / his_head) in the tender face both shots can show."""
    she = who == "her"
    rgb = pygame.surfarray.array3d(kiss.raster((INSERTS / insert / "faces" / f"{who}.tender.svg")
                                               .read_text(encoding="utf-8"))).astype(float)
    at = gaze.HER_AT if she else gaze.HIM_AT
    lm = gaze_head.landmarks(gaze._prof(gaze.HER if she else gaze.HIM))
    (lx, ly), (mx, my) = lm["lip_lo"], lm["menton"]

    def luma(p: tuple[float, float]) -> float:
        x, y = (round(v) for v in at(p))
        return float(rgb[x - 6:x + 6, y - 6:y + 6].mean(axis=(0, 1)) @ np.array([0.3, 0.59, 0.11]))

    return luma(((lx + mx) / 2 - 12, (ly + my) / 2 + 10)) / luma((gaze.EYE_AT[0] + 10, gaze.EYE_AT[1] - 60))


def test_the_lower_flame_lights_the_faces_from_further_below() -> None:
    for who in ("her", "his_head"):
        at24, at60 = _chin_over_brow("gaze", who), _chin_over_brow("eyes_met", who)
        assert at60 >= 1.1 * at24, f"{who}: under the chin / the brow {at60:.2f} at 60, {at24:.2f} at 24"
