"""Room and figure art: SVG sources rasterized at the size they are shown."""
