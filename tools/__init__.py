"""The authors' and operators' tools, importable as `tools.<name>` so the test suite runs
each one (tiny, into a temporary folder) and mypy checks them with the game they drive.

Each tool is also a script: `python tools/<name>.py --help`.
"""
