"""WaddleAI translate."""
