"""The pipeline's stages, one concern each (see pipeline/__init__.py for the order)."""
