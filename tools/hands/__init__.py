"""The close shots' hands, drawn by numbers: `python -m tools.hands` rewrites their SVG parts
(and the clasp's insert.toml files) under assets/art/inserts/."""
