"""From what the player did (mouse, touch, keys, a game controller) to what they meant.

The loop hands every SDL event here and gets back `Intent`s: a named action
("advance", "rollback", "rollforward", "menu", "history", "skip", "auto", "hide",
"screenshot", "fullscreen", "up", "down", "left", "right") and, for a pointer, where it
was (window pixels). Scenes only ever see actions, so every action works from every kind
of input. The keys follow Ren'Py's where they do not clash with ours (`H` is the
history here, so hiding the text is `V` or the middle button, as in Ren'Py).

A touch screen makes SDL send both the touch and a mouse click made from it; only the
touch counts (the click carries `touch=True`), so one tap is one advance. Controllers
come and go while the game runs: SDL announces each with CONTROLLERDEVICEADDED and they
are opened then (hot-plug), closed on removal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pygame

log = logging.getLogger(__name__)

ADVANCE_KEYS = {pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER}
KEY_ACTIONS = {
    pygame.K_PAGEUP: "rollback", pygame.K_BACKSPACE: "rollback", pygame.K_PAGEDOWN: "rollforward",
    pygame.K_TAB: "skip", pygame.K_a: "auto", pygame.K_ESCAPE: "menu", pygame.K_h: "history",
    pygame.K_v: "hide", pygame.K_s: "screenshot", pygame.K_F12: "screenshot",
    pygame.K_UP: "up", pygame.K_DOWN: "down", pygame.K_LEFT: "left", pygame.K_RIGHT: "right",
}
MOUSE_ACTIONS = {1: "advance", 2: "hide", 3: "menu"}
PAD_ACTIONS = {
    pygame.CONTROLLER_BUTTON_A: "advance", pygame.CONTROLLER_BUTTON_B: "menu",
    pygame.CONTROLLER_BUTTON_START: "menu", pygame.CONTROLLER_BUTTON_Y: "history",
    pygame.CONTROLLER_BUTTON_X: "hide", pygame.CONTROLLER_BUTTON_BACK: "skip",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "rollback", pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "rollforward",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "up", pygame.CONTROLLER_BUTTON_DPAD_DOWN: "down",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "left", pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "right",
}


@dataclass(frozen=True)
class Intent:
    action: str
    pointer: tuple[float, float] | None = None  # window pixels, for pointer input
    keyboard: bool = False  # from a key or a controller (scenes forget the pointer then)


class Controllers:
    """The game controllers plugged in now, opened as SDL announces them."""

    def __init__(self) -> None:
        self.open: dict[int, object] = {}  # instance id -> pygame._sdl2.controller.Controller

    def added(self, index: int) -> None:
        try:
            from pygame._sdl2 import controller

            if not controller.get_init():
                controller.init()
            pad = controller.Controller(index)
            self.open[pad.as_joystick().get_instance_id()] = pad
            log.info("game controller connected: %s", pad.name)
        except (pygame.error, ImportError, IndexError) as exc:
            log.warning("a game controller could not be opened: %s", exc)

    def removed(self, instance_id: int) -> None:
        pad = self.open.pop(instance_id, None)
        if pad is not None:
            log.info("game controller disconnected")


def translate(event: pygame.event.Event, window_size: tuple[int, int] | None,
              controllers: Controllers | None = None) -> list[Intent]:
    """What the player meant by `event` (often nothing)."""
    kind = event.type
    if kind == pygame.MOUSEBUTTONDOWN:
        if getattr(event, "touch", False):  # SDL's click made from a touch: the touch counted
            return []
        action = MOUSE_ACTIONS.get(event.button)
        return [Intent(action, event.pos)] if action else []
    if kind == pygame.FINGERDOWN:
        pointer = (event.x * window_size[0], event.y * window_size[1]) if window_size else None
        return [Intent("advance", pointer)]
    if kind == pygame.MOUSEWHEEL and event.y != 0:
        return [Intent("rollback" if event.y > 0 else "rollforward")]
    if kind == pygame.KEYDOWN:
        alt = bool(event.mod & pygame.KMOD_ALT)
        if event.key == pygame.K_F11 or (alt and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)):
            return [Intent("fullscreen", keyboard=True)]
        if alt or event.mod & pygame.KMOD_CTRL:
            return []
        if event.key in ADVANCE_KEYS:
            return [Intent("advance", keyboard=True)]
        action = KEY_ACTIONS.get(event.key)
        return [Intent(action, keyboard=True)] if action else []
    if kind == pygame.CONTROLLERBUTTONDOWN:
        action = PAD_ACTIONS.get(event.button)
        return [Intent(action, keyboard=True)] if action else []
    if controllers is not None:
        if kind == pygame.CONTROLLERDEVICEADDED:
            controllers.added(getattr(event, "device_index", 0))
        elif kind == pygame.CONTROLLERDEVICEREMOVED:
            controllers.removed(getattr(event, "instance_id", -1))
    return []
