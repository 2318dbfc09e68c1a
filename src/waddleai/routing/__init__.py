"""WaddleAI routing."""
