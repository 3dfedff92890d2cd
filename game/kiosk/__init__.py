"""Kiosk mode: the story on a gallery screen, all day, with nobody watching.

`python -m game --kiosk` starts `supervisor` (no pygame), which runs the game as a child
(`launch`, with `--kiosk-child`) and restarts it when it crashes or hangs. Inside the
child, `policy.KioskPolicy` is handed to the App's loop and decides what visitors may do,
what idling does, and what an error does. `config` reads the operator's `[kiosk]` table;
`chord`, `idle`, `panel` and `health` are the small pieces the policy is made of.
"""
