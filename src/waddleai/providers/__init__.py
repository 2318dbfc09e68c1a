"""WaddleAI providers."""
