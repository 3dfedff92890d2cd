"""The software present path: when OpenGL can only be software, vsync through it is refused."""

from __future__ import annotations

import sys

import pygame
import pytest

from game.present import (
    FALLBACK_RATE,
    HINT,
    display_rate,
    is_software_renderer,
    open_display,
    software_gl_likely,
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the render-node guess is Linux's")
def test_no_render_node_means_software_gl() -> None:
    assert software_gl_likely({}, render_nodes=[])
    assert not software_gl_likely({}, render_nodes=["/dev/dri/renderD128"])


def test_forced_software_gl_is_software_whatever_the_hardware() -> None:
    assert software_gl_likely({"LIBGL_ALWAYS_SOFTWARE": "1"}, render_nodes=["/dev/dri/renderD128"])
    assert software_gl_likely({"GALLIUM_DRIVER": "llvmpipe"}, render_nodes=["/dev/dri/renderD128"])
    assert not software_gl_likely({"LIBGL_ALWAYS_SOFTWARE": "0"}, render_nodes=["/dev/dri/renderD128"])


def test_renderer_names() -> None:
    assert is_software_renderer("llvmpipe (LLVM 15.0.6, 256 bits)")
    assert is_software_renderer("Software Rasterizer")
    assert not is_software_renderer("Mesa Intel(R) UHD Graphics 620 (KBL GT2)")
    assert not is_software_renderer(None)


def test_headless_window_is_capped_not_vsynced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(HINT, raising=False)
    pygame.display.init()
    try:
        window, vsync = open_display((160, 90), 0, 0)
        assert window.get_size() == (160, 90)
        assert vsync is False, "the loop's own cap paces a window without real vsync"
        assert display_rate(99) == FALLBACK_RATE, "an unknown display is paced at 60"
    finally:
        pygame.display.quit()
