"""An error that escapes a frame in a player's run: one message, back to the title, the details logged."""

from __future__ import annotations

from pathlib import Path

from game.failsafe import FAILED, REPEAT_LIMIT, PlayerGuard


class FakeApp:
    def __init__(self) -> None:
        self.resets = 0
        self.code: int | None = None

    def reset_to_title(self, fade: bool) -> None:
        self.resets += 1

    def quit(self, code: int = 0) -> None:
        self.code = code


def _boom() -> Exception:
    try:
        raise ValueError("pen: line needs 13 rows, a page has 7")
    except ValueError as exc:
        return exc


def test_one_message_the_title_and_the_traceback_in_the_log(tmp_path: Path, capsys: object) -> None:
    guard = PlayerGuard(tmp_path / "state" / "errors.log", show_box=False)
    app = FakeApp()
    guard.failed(app, _boom())  # type: ignore[arg-type]
    assert app.resets == 1 and app.code is None
    assert guard.messages == [f"Something went wrong (ValueError: pen: line needs 13 rows, a page has 7). "
                              f"Back to the title; your place is kept. Details: {tmp_path / 'state' / 'errors.log'}"]
    logged = (tmp_path / "state" / "errors.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "in _boom" in logged


def test_errors_that_keep_coming_stop_the_game_instead_of_looping(tmp_path: Path) -> None:
    guard = PlayerGuard(tmp_path / "errors.log", show_box=False)
    app = FakeApp()
    for _ in range(REPEAT_LIMIT):
        guard.failed(app, _boom())  # type: ignore[arg-type]
    assert app.code == FAILED and app.resets == REPEAT_LIMIT - 1
    assert "keeps happening" in guard.messages[-1]


def test_an_unwritable_state_folder_still_gives_the_message(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    guard = PlayerGuard(blocked / "errors.log", show_box=False)  # its folder is a file
    app = FakeApp()
    guard.failed(app, _boom())  # type: ignore[arg-type]
    assert app.resets == 1 and guard.messages[0].endswith("Details: the log (stderr)")
