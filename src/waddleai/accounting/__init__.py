"""WaddleAI accounting."""
