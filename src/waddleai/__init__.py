"""WaddleAI: one gateway between any client and any model provider."""

__version__ = "0.1.0"
