"""The notebook as the player sees it: ink appears in pen order, clicks, seeds, rollback, pages."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pygame
import pytest
from pen_data import STORY_LINES

from game.pen import PANEL_H, PANEL_W, Hand, Notebook, Spread
from game.pen.glyphs import load_font
from game.pen.layout import layout_line
from game.pen.wet import BLOT_DRY, WET

SCALE = 0.5
RECT = pygame.Rect(0, 0, round(PANEL_W * SCALE), round(PANEL_H * SCALE))
LINE = STORY_LINES[0][0]
MakeNb = Callable[..., Notebook]


def _page(nb: Notebook, t: float, pen: bool = False) -> np.ndarray:
    surf = pygame.Surface(RECT.size)
    surf.fill((0, 0, 0))
    nb.update(t, 14.0)
    nb.draw(surf, RECT, t, pen=pen)
    return pygame.surfarray.array3d(surf).astype(int)


def test_first_ink_appears_where_the_first_glyph_begins(make_notebook: MakeNb, hands: dict[str, Hand]) -> None:
    nb = make_notebook(SCALE)
    nb.write(LINE, "elegant", None, 11, at=0.0)
    blank = _page(nb, 0.0)
    t = 0.0
    while True:
        t += 1 / 60
        img = _page(nb, t)
        changed = np.argwhere(np.abs(img - blank).sum(axis=2) > 30)
        if len(changed):
            break
        assert t < 2.0, "no ink within two seconds"
    h = hands["elegant"]
    sp = Spread()
    lay = layout_line(LINE, h, load_font(h.font, h.base_dir, h.extra_glyphs or None), 11, sp.text_width(), sp.row_pitch)
    ox, oy = sp.origin(0, 0)
    fx, fy = (ox + lay.first_point[0]) * SCALE, (oy + lay.first_point[1]) * SCALE
    # the first frame's ink starts at the glyph's first point and runs on from it (his
    # copperplate "I" opens with a swift hairline, ~14 px of it in a 60th of a second at this scale)
    assert np.hypot(changed[:, 0] - fx, changed[:, 1] - fy).min() < 1.5
    cx, cy = changed.mean(axis=0)
    assert abs(cx - fx) < 8 and abs(cy - fy) < 8


def _laid(nb: Notebook, t: float) -> np.ndarray:
    """The ink laid on the page by time t (without the wet ink drawn over it)."""
    _page(nb, t)
    return pygame.surfarray.array3d(nb.page_surface).astype(int)


def test_ink_only_grows_and_follows_the_pen(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)
    nb.write(LINE, "elegant", None, 11, at=0.0)
    prev = _laid(nb, 0.0)
    inked_prev = 0
    near = far = 0
    for i in range(1, 40):
        t = i * nb.duration(14.0) / 40
        img = _laid(nb, t)
        # ink never disappears (a level or two of rounding where a stroke crosses itself)
        assert np.all(img.sum(axis=2) <= prev.sum(axis=2) + 3)
        inked = int((img.sum(axis=2) < prev.sum(axis=2) - 30).sum())
        new = np.argwhere(img.sum(axis=2) < prev.sum(axis=2) - 30)
        pen = next(e for e in nb.update(t, 14.0) if e.kind == "speed")
        if len(new):
            d = np.hypot(new[:, 0] - pen.x * SCALE, new[:, 1] - pen.y * SCALE).min()
            near, far = (near + 1, far) if d < 12 else (near, far + 1)
        inked_prev += inked
        prev = img
    # "far": a sample taken while the pen travels between words, after the last ink of one
    assert inked_prev > 0 and near >= 30 and far <= 3


def test_click_completes_with_exactly_the_final_image(make_notebook: MakeNb) -> None:
    a = make_notebook(SCALE)
    a.write("I don’t want to lose you.", "shaky", None, 5, at=0.0)
    _page(a, 1.3)
    assert not a.done
    a.complete()
    assert a.done
    b = make_notebook(SCALE)
    b.write("I don’t want to lose you.", "shaky", None, 5, at=0.0)
    end = b.duration(14.0) + max(WET[-1][0], BLOT_DRY)  # the pen lifted, the last of the ink and the blot dry
    assert np.array_equal(_page(a, 1.3), _page(b, end))


def test_same_seed_same_pixels_at_any_moment(make_notebook: MakeNb) -> None:
    a, b = make_notebook(SCALE), make_notebook(SCALE)
    for nb in (a, b):
        nb.write(STORY_LINES[1][0], "brush", None, 9, at=0.0)
    for t in np.linspace(0, a.duration(14.0), 12):  # a is drawn frame by frame, b jumps
        img_a = _page(a, float(t), pen=True)
    assert np.array_equal(img_a, _page(b, float(t), pen=True))
    c = make_notebook(SCALE)
    c.write(STORY_LINES[1][0], "brush", None, 10, at=0.0)
    assert not np.array_equal(img_a, _page(c, float(t), pen=True))


def test_time_running_backwards_redraws_exactly(make_notebook: MakeNb) -> None:
    a, b = make_notebook(SCALE), make_notebook(SCALE)
    for nb in (a, b):
        nb.write(LINE, "elegant", None, 2, at=0.0)
    _page(a, 2.5)
    assert np.array_equal(_page(a, 1.0), _page(b, 1.0))


def test_restore_lays_earlier_lines_instantly(make_notebook: MakeNb) -> None:
    a, b = make_notebook(SCALE), make_notebook(SCALE)
    lines = [(text, hand, None, 40 + i) for i, (text, hand) in enumerate(STORY_LINES[:3])]
    t = 0.0
    for text, hand, ink, seed in lines:
        a.write(text, hand, ink, seed, at=t)
        t += a.duration(14.0)
    b.restore(lines)
    dry = t + WET[-1][0]  # the last line written and dried
    assert np.array_equal(_page(a, dry), _page(b, dry))


def test_a_full_spread_turns_the_page(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)
    long = STORY_LINES[2][0]
    t = 0.0
    durations: list[float] = []
    for _ in range(6):  # three or four rows each: two pages hold at most four of them
        nb.write(long, "elegant", None, 1, at=t)
        durations.append(nb.duration(14.0))
        t += durations[-1]
        if durations[-1] > durations[0] + 0.9:  # the page turn comes first
            break
    assert 3 <= len(durations) <= 5 and durations[-1] > durations[0] + 0.9
    blank = make_notebook(SCALE)
    img = _page(nb, t)
    right = pygame.Rect(round(Spread().right.x * SCALE), 0, round(Spread().right.w * SCALE), RECT.h)
    # the right page of the fresh spread is blank again; the left holds the new line
    assert np.array_equal(img[right.x : right.right], _page(blank, 0.0)[right.x : right.right])
    assert not np.array_equal(img[: right.x], _page(blank, 0.0)[: right.x])


def test_pen_events_follow_the_strokes(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)
    nb.write(LINE, "elegant", None, 3, at=0.0)
    events = []
    t = 0.0
    while t < nb.duration(14.0) + 0.1:
        events += nb.update(t, 14.0)
        t += 1 / 60
    downs = [e for e in events if e.kind == "down"]
    ups = [e for e in events if e.kind == "up"]
    assert len(downs) == len(ups) > 10
    assert all(d.t < u.t for d, u in zip(downs, ups, strict=True))
    speeds = [e.speed for e in events if e.kind == "speed"]
    assert max(speeds) > 50 and min(speeds) == 0.0


def test_text_speed_setting_scales_the_writing(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)
    nb.write(LINE, "elegant", None, 3, at=0.0)
    assert nb.duration(28.0) == pytest.approx(nb.duration(14.0) / 2, rel=1e-6)


def test_closed_notebook_draws_nothing(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)
    nb.write("Nor did I.", "brush", None, 1, at=0.0)
    nb.set_open(False, 5.0)
    assert nb.visible(5.5) and not nb.visible(7.0)
    assert _page(nb, 7.0).sum() == 0
    nb.write("I don’t want to lose you.", "shaky", None, 2, at=8.0)  # opens again by itself
    assert nb.visible(8.0) and nb.duration(14.0) > 1.0
    assert _page(nb, 8.0 + nb.duration(14.0)).sum() > 0


def test_a_click_ends_the_scratching_at_once(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)
    nb.write(LINE, "elegant", None, 3, at=0.0)
    t = 0.0
    while not any(e.kind == "down" for e in nb.update(t, 14.0)):
        t += 1 / 60
    nb.complete()
    events = nb.update(t + 1 / 60, 14.0)
    assert [e.kind for e in events] == ["up", "speed"] and events[-1].speed == 0.0
    assert nb.update(t + 2 / 60, 14.0)[-1].speed == 0.0


def test_transcription_is_drawn_beneath_the_handwriting(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)
    nb.write(LINE, "elegant", None, 3, at=0.0)
    end = nb.duration(14.0)
    plain = _page(nb, end)
    surf = pygame.Surface(RECT.size)
    surf.fill((0, 0, 0))
    nb.draw(surf, RECT, end, transcription=True, pen=False)
    with_text = pygame.surfarray.array3d(surf).astype(int)
    diff = np.argwhere(np.abs(with_text - plain).sum(axis=2) > 0)
    assert len(diff) > 100 and diff[:, 1].min() > RECT.h * 0.8  # a band at the bottom only


def test_restore_after_a_page_turn_shows_only_the_new_spread(make_notebook: MakeNb) -> None:
    a, b = make_notebook(SCALE), make_notebook(SCALE)
    a.restore([(STORY_LINES[0][0], "elegant", None, 1), None, (STORY_LINES[4][0], "shaky", None, 2)])
    b.restore([(STORY_LINES[4][0], "shaky", None, 2)])
    assert np.array_equal(_page(a, 0.0), _page(b, 0.0))


def test_linter_hook_and_any_seed(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)
    assert all(nb.fits(text, hand) for text, hand in STORY_LINES)
    assert not nb.fits(" ".join([STORY_LINES[2][0]] * 4), "elegant")
    nb.write("Nor did I.", "brush", None, -123456789012, at=0.0)  # e.g. a hash: negative, huge
    assert nb.duration(14.0) > 0.5


def test_warming_stamps_changes_no_pixel(make_notebook: MakeNb) -> None:
    a, b = make_notebook(SCALE), make_notebook(SCALE)
    a.warm([("brush", None)], "Nor did I.")
    for nb in (a, b):
        nb.write(STORY_LINES[3][0], "brush", None, 8, at=0.0)
    assert np.array_equal(_page(a, 2.0, pen=True), _page(b, 2.0, pen=True))


def test_a_cold_line_builds_its_stamps_as_its_dabs_are_laid(make_notebook: MakeNb) -> None:
    """A line written before the pen is warm (Begin while the warm-up runs) builds no stamp
    when it is queued, only each stamp as its dab is first laid: a few a frame, never the
    whole line's in its first frame; and its page is the warmed page."""
    cold, warm = make_notebook(SCALE), make_notebook(SCALE)
    warm.warm([("brush", None)], STORY_LINES[3][0])

    def built(nb: Notebook) -> int:
        return sum(len(st.places) for st in nb._stamps.values())

    for nb in (cold, warm):
        nb.write(STORY_LINES[3][0], "brush", None, 8, at=0.0)
    assert built(cold) == 0, "queued: nothing built yet (the old notebook built them all here)"
    end = cold.duration(14.0)
    keys = set(cold._lines[-1].ink_line.keys)  # type: ignore[union-attr]
    t, counts = 0.0, []
    while t < end + 2.5:
        a, b = _page(cold, t, pen=True), _page(warm, t, pen=True)
        assert np.array_equal(a, b), f"the same pixels at {t:.2f} s"
        counts.append(built(cold))
        t += 1 / 30
    steps = np.diff([0, *counts])
    assert counts[-1] >= len(keys), "every stamp the line lays is built by its end"
    assert steps.max() < len(keys) / 4, "built a few a frame, not the line's all at once"


def test_a_line_laid_out_ahead_is_written_without_laying_it_out(make_notebook: MakeNb,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`prelay` (the warming thread) lays the story's lines out ahead: writing one then lays
    out and times nothing in its first frame, and draws the same page."""
    import game.pen.notebook as notebook

    ahead, plain = make_notebook(SCALE), make_notebook(SCALE)
    plain.write(STORY_LINES[3][0], "brush", None, 8, at=0.0)
    ahead.prelay([(STORY_LINES[3][0], "brush", 8)])

    def refuse(*_: object) -> None:
        raise AssertionError("laid out again")

    monkeypatch.setattr(notebook, "layout_line", refuse)
    monkeypatch.setattr(notebook, "build_timeline", refuse)
    ahead.write(STORY_LINES[3][0], "brush", None, 8, at=0.0)
    assert np.array_equal(_page(ahead, 2.0, pen=True), _page(plain, 2.0, pen=True))


def test_fresh_ink_is_wet_then_dries_to_the_laid_ink(make_notebook: MakeNb) -> None:
    nb = make_notebook(SCALE)

    def laid() -> np.ndarray:
        surf = pygame.Surface(RECT.size)
        surf.fill((0, 0, 0))
        surf.blit(nb.page_surface, (0, 0))
        return pygame.surfarray.array3d(surf).astype(int)

    nb.write(LINE, "brush", None, 5, at=0.0)
    frame = _page(nb, nb.duration(14.0) * 0.5)
    differs = np.abs(frame - laid()).max(axis=2) > 12  # the wet strokes, darker or glinting
    assert 20 < int(differs.sum()) < 0.02 * differs.size
    frame = _page(nb, nb.duration(14.0) + 2.0)  # every stroke long dry: the frame is the laid page
    assert np.array_equal(frame, laid())


@pytest.mark.parametrize("seed", [0, 7, 123])
def test_the_whole_conversation_stays_on_one_spread(make_notebook: MakeNb, seed: int) -> None:
    """No entry is wiped: his three on the left, her answer and the last two on the right,
    whatever the line seeds; and the room's notebook gets the same ink, page by page."""
    nb = make_notebook(SCALE)
    nb.restore([(text, hand, None, seed + i) for i, (text, hand) in enumerate(STORY_LINES[:3])])
    assert nb.page_ink(0, (60, 30)) is not None and nb.page_ink(1, (60, 30)) is None
    nb.restore([(text, hand, None, seed + i) for i, (text, hand) in enumerate(STORY_LINES)])
    left = pygame.surfarray.array3d(nb.page_ink(0, (60, 30)) or pygame.Surface((1, 1)))
    assert nb.page_ink(1, (60, 30)) is not None
    assert left.min() < 200  # "I never meant..." is still there under everything written after it


def _ink_and_hand(nb: Notebook, t: float) -> tuple[np.ndarray, np.ndarray]:
    """Pixels of ink on the page, and pixels of the writer's hand (with its shadow), at t."""
    blank = _page(nb, -10.0)
    page, with_pen = _page(nb, t), _page(nb, t, pen=True)
    ink = np.argwhere(np.abs(page - blank).sum(axis=2) > 60)
    hand = np.argwhere(np.abs(with_pen - page).sum(axis=2) > 30)
    return ink, hand


@pytest.mark.parametrize("hand", ["elegant", "brush"])
def test_after_its_line_the_hand_rests_by_the_words(make_notebook: MakeNb, hand: str) -> None:
    nb = make_notebook(SCALE)
    nb.write(LINE, hand, None, 11, at=0.0)
    ink, pixels = _ink_and_hand(nb, nb.duration(14.0) + 3.0)
    assert len(ink) and len(pixels), "no ink or no hand after the line"
    last = ink[ink[:, 1] >= ink[:, 1].max() - 20 * SCALE]  # the line's last row of writing
    end = last[last[:, 0].argmax()]  # its last letter
    # the pen's nib (the hand's upper-most point) is near the end of the words, not far off in a corner
    nib = pixels[pixels[:, 1].argmin()]
    assert np.hypot(*(nib - end)) < 140 * SCALE
    spread = Spread()
    assert spread.left.x * SCALE < nib[0] < spread.right.right * SCALE


def test_wet_ink_is_darker_then_dries(make_notebook: MakeNb) -> None:
    # at scale 1 (a 1920-wide window shows the page at 1.46): his copperplate's hairlines are
    # under a pixel at half scale, where few pixels are wholly ink to show the wet shade
    nb = make_notebook(1.0)
    rect = pygame.Rect(0, 0, PANEL_W, PANEL_H)

    def page(t: float) -> np.ndarray:
        surf = pygame.Surface(rect.size)
        nb.update(t, 14.0)
        nb.draw(surf, rect, t, pen=False)
        return pygame.surfarray.array3d(surf).astype(int)

    nb.write(LINE, "elegant", None, 11, at=0.0)
    t = nb.duration(14.0) * 0.5
    shown = page(t)  # the page with the wet ink drawn over it
    laid = pygame.surfarray.array3d(nb.page_surface).astype(int)  # the same ink, dry
    darker = (laid.sum(axis=2) - shown.sum(axis=2)) > 30
    assert darker.sum() > 160  # the words just written are glossy and darker
    end = nb.duration(14.0) + WET[-1][0]
    assert np.array_equal(page(end), page(end + 5.0))  # dry: nothing changes any more
