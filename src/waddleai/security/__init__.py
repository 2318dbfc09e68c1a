"""WaddleAI security."""
