"""Run the corpus cases of one kind in this process and print one JSON line per case.

`test_corpus.py` starts this once per kind (a fresh process each: the game's CLI,
loaders and pygame start clean), rather than once per case, to keep the suite's time
reasonable. Each case gets its own copy of the content (hard links, so it costs nothing;
a case's changes replace files, never write into a linked one), the CLI's `Assets` is
pointed at that copy, and `game.__main__.main` runs as a player's command line would.
Settings, saves and kiosk configs go through their loaders (and, for settings, a save
attempt), and the runner records whether the file was rewritten or deleted.

    python tests/corpus/runner.py KIND WORKDIR
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import sys
import tomllib
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
STORY_SHOWN = "scenes/whispers.story"


def load_cases() -> list[dict[str, Any]]:
    with open(HERE / "cases.toml", "rb") as f:
        cases: list[dict[str, Any]] = tomllib.load(f)["case"]
    return cases


def content_copy(target: Path) -> Path:
    """`assets/` and `scenes/` hard-linked under `target` (files replaced, never written into)."""
    from game.assets import ROOT as CONTENT

    for folder in ("assets", "scenes"):
        shutil.copytree(CONTENT / folder, target / folder, copy_function=os.link)
    return target


def _replace(path: Path, data: bytes) -> None:
    if path.exists() or path.is_symlink():
        path.unlink()  # break the hard link before writing
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def mutate(root: Path, case: dict[str, Any]) -> None:
    for rel in case.get("remove", []):
        (root / rel).unlink()
    for rel, source in case.get("put", {}).items():
        _replace(root / rel, (HERE / "inputs" / source).read_bytes())
    for edit in case.get("edit", []):
        path = root / edit["path"]
        text = path.read_text(encoding="utf-8")
        new, count = re.subn(edit["find"], edit["replace"], text, count=1, flags=re.MULTILINE | re.DOTALL)
        if count != 1:
            raise AssertionError(f"edit of {edit['path']} found nothing for {edit['find']!r}")
        _replace(path, new.encode("utf-8"))


def run_cli(root: Path, argv: list[str]) -> tuple[int, str]:
    import game.__main__ as cli
    from game.assets import Assets

    cli.Assets = lambda: Assets(root)  # type: ignore[attr-defined,assignment,misc]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(argv)
        except SystemExit as exc:  # argparse
            status = int(exc.code or 0)
        except BaseException:
            return -1, "TRACEBACK\n" + traceback.format_exc()
    return status, out.getvalue() + err.getvalue()


def run_content(case: dict[str, Any], work: Path) -> dict[str, Any]:
    root = content_copy(work / case["id"])
    story = root / "scenes" / "whispers.story"
    if case["kind"] == "story":
        story = root / "scenes" / "case.story"
        _replace(story, (HERE / "inputs" / case["input"]).read_bytes())
    mutate(root, case)
    mode = case.get("mode", "lint" if case["kind"] != "story" else "list")
    argv = ["--lint" if mode == "lint" else "--list-lines", "--story", str(story)]
    status, output = run_cli(root, argv)
    return {"status": status, "output": output}


def run_file(case: dict[str, Any], work: Path) -> dict[str, Any]:
    from game.errors import Problem

    path = work / f"{case['id']}.toml"
    data = (HERE / "inputs" / case["input"]).read_bytes().replace(b"{story}", STORY_SHOWN.encode())
    path.write_bytes(data)
    problems: list[Problem] = []
    status = 0
    try:
        if case["kind"] == "settings":
            from game.settings import Settings, SettingsNotSaved, load_settings, save_settings

            load_settings(path, problems)
            try:  # a change in the menu: never written over a file with a problem
                save_settings(path, Settings(auto_advance=True, text_cps=99.0))
                problems.append(Problem(str(path), 0, "SAVED OVER A FILE WITH PROBLEMS"))
            except SettingsNotSaved:
                pass
        elif case["kind"] == "save":
            from game.saves import load_save

            if load_save(path, STORY_SHOWN, 86, problems) is not None:
                problems.append(Problem(str(path), 0, "ACCEPTED"))
        else:
            from game.kiosk.config import load_kiosk_config

            load_kiosk_config(path, problems)
    except BaseException:
        return {"status": -1, "output": "TRACEBACK\n" + traceback.format_exc(), "kept": True}
    kept = path.is_file() and path.read_bytes() == data
    return {"status": status, "output": "\n".join(str(p).replace(str(path), "FILE") for p in problems),
            "kept": kept}


def main() -> int:
    kind, work = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    for case in load_cases():
        if case["kind"] != kind:
            continue
        if kind in ("settings", "save", "kiosk"):
            result = run_file(case, work)
        else:
            result = run_content(case, work)
        print(json.dumps({"id": case["id"], **result}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
