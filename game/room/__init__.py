"""The room: the Tiled map loaded into a model, and the renderer that composes its layers."""
