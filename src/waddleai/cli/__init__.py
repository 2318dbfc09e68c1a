"""WaddleAI cli."""
