"""WaddleAI proxy."""
