"""Scenes: title, story, ending, and the stack that switches between them."""
