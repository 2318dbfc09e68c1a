"""WaddleAI mock."""
