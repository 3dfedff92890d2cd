"""Text: fonts at the display's size, line wrapping, the narration typewriter."""
